//! Reading the layout on disk: `<DIR>/<locale>/**/*.ftl`.
//!
//! Every folder directly inside `DIR` whose name does not start with `.` is a locale.
//! Its `.ftl` files are found in the folder itself and in its subfolders, and each file
//! is identified by its path relative to the locale folder, written with `/`. This
//! module only reads bytes and checks that they are UTF-8; it knows nothing of Fluent.

use std::fs;
use std::io;
use std::path::Path;

use crate::error::CheckError;

/// How deep subfolders of a locale folder are followed (this also stops symbolic link
/// loops).
const MAX_DEPTH: usize = 16;

/// One `.ftl` file of a locale, or a folder of it that could not be listed.
#[derive(Debug)]
pub(crate) struct SourceFile {
    /// Path relative to the locale folder, e.g. `forms/contact.ftl`.
    pub rel: String,
    /// Path relative to the tree's root, e.g. `ja/forms/contact.ftl`.
    pub display: String,
    pub contents: Contents,
}

#[derive(Debug)]
pub(crate) enum Contents {
    Text(String),
    /// The bytes are not UTF-8; `line` is the line of the first invalid byte.
    NotUtf8 {
        line: usize,
    },
    /// The file or folder could not be read.
    Unreadable(String),
}

/// The names of the locale folders of `dir`, sorted.
pub(crate) fn list_locales(dir: &Path) -> Result<Vec<String>, CheckError> {
    let io_error = |source| CheckError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let meta = fs::metadata(dir).map_err(io_error)?;
    if !meta.is_dir() {
        return Err(CheckError::NotADirectory {
            path: dir.to_path_buf(),
        });
    }
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_error)? {
        let entry = entry.map_err(io_error)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        // `fs::metadata` follows symbolic links, so a linked locale folder counts.
        if fs::metadata(entry.path()).is_ok_and(|m| m.is_dir()) {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// Every `.ftl` file of the locale folder `dir/locale`, sorted by relative path.
pub(crate) fn read_locale(dir: &Path, locale: &str) -> Vec<SourceFile> {
    let mut files = Vec::new();
    walk(&dir.join(locale), locale, "", 0, &mut files);
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    files
}

fn walk(folder: &Path, locale: &str, prefix: &str, depth: usize, out: &mut Vec<SourceFile>) {
    let problem = |rel: &str, message: String| SourceFile {
        rel: rel.to_string(),
        display: join(locale, rel),
        contents: Contents::Unreadable(message),
    };
    let here = prefix.trim_end_matches('/');
    if depth > MAX_DEPTH {
        out.push(problem(
            here,
            format!(
                "folders nested more than {MAX_DEPTH} deep are not read (a symbolic link loop?)"
            ),
        ));
        return;
    }
    let entries = match fs::read_dir(folder).and_then(|it| it.collect::<io::Result<Vec<_>>>()) {
        Ok(entries) => entries,
        Err(e) => {
            out.push(problem(here, format!("cannot list this folder: {e}")));
            return;
        }
    };
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let rel = format!("{prefix}{name}");
        let path = entry.path();
        let is_ftl = name.ends_with(".ftl");
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                walk(&path, locale, &format!("{rel}/"), depth + 1, out);
            }
            Ok(meta) if meta.is_file() && is_ftl => out.push(SourceFile {
                display: join(locale, &rel),
                contents: read(&path),
                rel,
            }),
            Ok(_) => {}
            Err(e) if is_ftl => out.push(problem(&rel, format!("cannot read this file: {e}"))),
            Err(_) => {}
        }
    }
}

fn join(locale: &str, rel: &str) -> String {
    if rel.is_empty() {
        locale.to_string()
    } else {
        format!("{locale}/{rel}")
    }
}

fn read(path: &Path) -> Contents {
    match fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Contents::Text(text),
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let line = e.as_bytes()[..valid]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1;
                Contents::NotUtf8 { line }
            }
        },
        Err(e) => Contents::Unreadable(format!("cannot read this file: {e}")),
    }
}
