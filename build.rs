//! Build step for the i18n module (target I5).
//!
//! Reads every `locales/<tag>/*.ftl`, and writes `$OUT_DIR/l10n_generated.rs` with:
//! - `msg::*` constants, one per message of the reference locale (`nav-home` → `NAV_HOME`),
//!   so a misspelt message id in Rust code fails `cargo build`;
//! - the reference locale's sources, embedded without comments (the last link of every fallback chain is
//!   therefore always present, even offline);
//! - the list of `.ftl` files of each locale, which the app downloads on demand.
//!
//! A syntax error in the reference locale fails the build with `file:line`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const REFERENCE: &str = "en";

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let locales_dir = root.join("locales");
    println!("cargo:rerun-if-changed={}", locales_dir.display());

    let mut locales: Vec<(String, Vec<String>)> = Vec::new();
    for entry in read_sorted(&locales_dir) {
        if !entry.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", entry.display());
        let tag = entry.file_name().unwrap().to_string_lossy().to_string();
        let files: Vec<String> = read_sorted(&entry)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .map(|p| {
                println!("cargo:rerun-if-changed={}", p.display());
                p.file_name().unwrap().to_string_lossy().to_string()
            })
            .collect();
        locales.push((tag, files));
    }

    let reference_files = locales
        .iter()
        .find(|(t, _)| t == REFERENCE)
        .map(|(_, f)| f.clone())
        .unwrap_or_else(|| panic!("locales/{REFERENCE}/ is missing"));

    let mut ids: Vec<String> = Vec::new();
    let mut out = String::new();
    out.push_str("/// Sources of the reference locale, embedded at build time.\n");
    out.push_str("pub const REFERENCE_SOURCES: &[(&str, &str)] = &[\n");
    for file in &reference_files {
        let path = locales_dir.join(REFERENCE).join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => {
                let first = &errors[0];
                let line = text[..first.pos.start.min(text.len())]
                    .matches('\n')
                    .count()
                    + 1;
                panic!(
                    "locales/{REFERENCE}/{file}:{line}: {} (fix the reference locale)",
                    first.kind
                );
            }
        };
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_string());
            }
        }
        // Embedded without its comments (a line starting with `#` is always a comment in
        // Fluent; patterns continue on indented lines): they are for translators, and would
        // only add bytes to the wasm.
        let embedded: String = text
            .split_inclusive('\n')
            .filter(|line| !line.starts_with('#'))
            .collect();
        writeln!(out, "    ({file:?}, {embedded:?}),").unwrap();
    }
    out.push_str("];\n\n");

    out.push_str(
        "/// The `.ftl` files of each locale folder, fetched on demand from `/locales/<tag>/`.\n",
    );
    out.push_str("pub const LOCALE_FILES: &[(&str, &[&str])] = &[\n");
    for (tag, files) in &locales {
        writeln!(out, "    ({tag:?}, &{files:?}),").unwrap();
    }
    out.push_str("];\n\n");

    ids.sort();
    ids.dedup();
    out.push_str("/// Message ids of the reference locale. Use these, never string literals.\n");
    out.push_str("#[allow(dead_code)]\npub mod msg {\n");
    for id in &ids {
        let name = id.to_ascii_uppercase().replace('-', "_");
        writeln!(out, "    pub const {name}: &str = {id:?};").unwrap();
    }
    out.push_str("}\n");

    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("l10n_generated.rs");
    std::fs::write(dest, out).unwrap();
}

fn read_sorted(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}
