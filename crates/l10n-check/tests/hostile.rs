//! Hostile input, generated: arbitrary bytes, arbitrary strings, Fluent-flavoured token soup
//! and mutated copies of the project's real `.ftl` files (truncated, bytes flipped, syntax
//! characters, NUL and invalid UTF-8 inserted), as a translation or as the reference.
//!
//! The library never panics and its report always renders as text and as JSON; the binary
//! always exits with 0, 1 or 2 (never 101, never a signal such as a stack overflow's abort)
//! and its `--format json` output always parses, with exit 1 exactly when an error was found.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use l10n_check::{check, Bundle, Options, Severity};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

/// A fresh, empty folder for one property, under Cargo's scratch folder for tests.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("l10n-check-hostile")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// The project's real translation files, `(locale, text)`.
fn real_files() -> &'static [(String, Vec<u8>)] {
    static FILES: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales"));
        let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(root)
            .expect("locales/ is readable")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter_map(|locale| {
                let bytes = fs::read(root.join(&locale).join("main.ftl")).ok()?;
                Some((locale, bytes))
            })
            .collect();
        files.sort();
        assert!(
            files.iter().any(|(l, _)| l == "en") && files.len() > 1,
            "expected locales/en/main.ftl and at least one translation"
        );
        files
    })
}

/// The real file on the valid side of a tree with a mutated real file at `place`: the
/// reference `en`, or a real translation.
fn real_companion(place: Place) -> &'static [u8] {
    let files = real_files();
    match place {
        Place::Translation => &files.iter().find(|(l, _)| l == "en").unwrap().1,
        Place::Reference => &files.iter().find(|(l, _)| l != "en").unwrap().1,
    }
}

/// A small companion for the generated files (the mutated real files get the real
/// reference): messages, attributes, terms, variables, references and a selector.
const SMALL: &[u8] = b"\
-brand = Sample City
home = { -brand } home
    .title = Home of { -brand }
greeting = Hello, { $name }!
news-count = { $count ->
    [one] One news item
   *[other] { $count } news items
}
only-attrs =
    .label = Label
see-home = See { home } and { home.title }
";

/// Where the hostile file goes: a translation next to a valid reference, or the
/// reference itself next to a valid translation.
#[derive(Debug, Clone, Copy)]
enum Place {
    Translation,
    Reference,
}

fn place() -> impl Strategy<Value = Place> {
    prop_oneof![Just(Place::Translation), Just(Place::Reference)]
}

/// Writes a tree `en/` + `xx/` with `hostile` at `place` (the other side valid), plus
/// a second hostile copy in a subfolder so that file paths with folders are exercised.
fn write_tree(dir: &Path, hostile: &[u8], place: Place) {
    write_tree_with(dir, hostile, place, SMALL);
}

/// Like [`write_tree`], with `companion` as the valid side.
fn write_tree_with(dir: &Path, hostile: &[u8], place: Place, companion: &[u8]) {
    for locale in ["en", "xx"] {
        let _ = fs::remove_dir_all(dir.join(locale));
        fs::create_dir_all(dir.join(locale).join("sub")).unwrap();
    }
    let (hostile_locale, valid_locale) = match place {
        Place::Translation => ("xx", "en"),
        Place::Reference => ("en", "xx"),
    };
    fs::write(dir.join(valid_locale).join("main.ftl"), companion).unwrap();
    fs::write(dir.join(hostile_locale).join("main.ftl"), hostile).unwrap();
    fs::write(dir.join(hostile_locale).join("sub/extra.ftl"), hostile).unwrap();
}

/// The library on the tree, with both bundle models: no panic, a report that renders and
/// is consistent.
fn check_library(dir: &Path, strict: bool) -> Result<(), TestCaseError> {
    for bundle in [Bundle::Locale, Bundle::File] {
        check_library_with(dir, strict, bundle)?;
    }
    Ok(())
}

fn check_library_with(dir: &Path, strict: bool, bundle: Bundle) -> Result<(), TestCaseError> {
    let options = Options {
        strict,
        bundle,
        ..Options::default()
    };
    let report = check(dir, &options).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(report
        .findings
        .iter()
        .all(|f| f.line.is_none_or(|l| l >= 1)));
    prop_assert!(report
        .findings
        .iter()
        .all(|f| f.file.starts_with("en/") || f.file.starts_with("xx/")));
    prop_assert_eq!(
        report.errors() + report.warnings(),
        report.findings.len(),
        "every finding is an error or a warning"
    );
    prop_assert!(report.render_text().contains("l10n-check: "));
    let json: Value = serde_json::from_str(&report.render_json())
        .map_err(|e| TestCaseError::fail(format!("render_json is not JSON: {e}")))?;
    prop_assert!(json["findings"].is_array());
    for row in &report.locales {
        prop_assert!(row.coverage.is_finite() && (0.0..=100.0).contains(&row.coverage));
        prop_assert!(row.translated <= row.messages || row.reference);
    }
    Ok(())
}

/// The binary on the tree: a clean exit code and a JSON report that agrees with it.
fn check_binary(dir: &Path, strict: bool) -> Result<(), TestCaseError> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_l10n-check"));
    command.args(["--format", "json"]);
    if strict {
        command.arg("--strict");
    }
    let output = command.arg(dir).output().expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let code = output.status.code();
    // `None` is death by a signal (a stack overflow aborts), 101 is a panic.
    prop_assert!(
        matches!(code, Some(0..=2)),
        "exit status {:?}, stderr: {}",
        output.status,
        stderr
    );
    prop_assert!(!stderr.contains("panicked"), "stderr: {}", stderr);
    // The tree always has its reference folder, so 2 (usage/unreadable) is not expected.
    prop_assert_ne!(code, Some(2), "stderr: {}", stderr);
    let json: Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| TestCaseError::fail(format!("--format json output is not JSON: {e}")))?;
    let findings = json["findings"]
        .as_array()
        .ok_or_else(|| TestCaseError::fail("no findings array"))?;
    let errors = findings.iter().filter(|f| f["severity"] == "error").count();
    prop_assert_eq!(
        code == Some(1),
        errors > 0,
        "exit code and error findings disagree"
    );
    Ok(())
}

/// Syntax characters, NUL, a byte order mark, line ends and invalid UTF-8 sequences.
const INSERTS: &[&[u8]] = &[
    b"{",
    b"}",
    b"-",
    b".",
    b"=",
    b"*[",
    b"[",
    b"]",
    b"->",
    b"$",
    b"\"",
    b"\\",
    b"\\u",
    b"(",
    b")",
    b",",
    b":",
    b"#",
    b"\0",
    b"\n",
    b"\r",
    b"\r\n",
    b"\n    ",
    b"\t",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xfe",
    b"\xc3",
    b"\x80",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"{ $",
    b"{ -",
    b"{ {",
    b"}}}}",
    b"{{{{{{{{{{{{{{{{{{{{",
];

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(Index),
    Flip(Index, u8),
    Insert(Index, &'static [u8]),
    Delete(Index, usize),
    /// Copies a span of the file to another place (duplicate ids, misplaced lines).
    Splice(Index, usize, Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => any::<Index>().prop_map(Mutation::Truncate),
        3 => (any::<Index>(), 1u8..=255).prop_map(|(i, x)| Mutation::Flip(i, x)),
        4 => (any::<Index>(), prop::sample::select(INSERTS)).prop_map(|(i, s)| Mutation::Insert(i, s)),
        1 => (any::<Index>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        1 => (any::<Index>(), 1usize..200, any::<Index>()).prop_map(|(a, n, b)| Mutation::Splice(a, n, b)),
    ]
}

fn apply(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = bytes.len();
        match m {
            Mutation::Truncate(at) => bytes.truncate(at.index(len + 1)),
            Mutation::Flip(at, x) if len > 0 => bytes[at.index(len)] ^= x,
            Mutation::Flip(..) => {}
            Mutation::Insert(at, s) => {
                let at = at.index(len + 1);
                bytes.splice(at..at, s.iter().copied());
            }
            Mutation::Delete(at, n) => {
                let at = at.index(len + 1);
                bytes.drain(at..(at + n).min(len));
            }
            Mutation::Splice(from, n, to) => {
                let from = from.index(len + 1);
                let span = bytes[from..(from + n).min(len)].to_vec();
                let to = to.index(len + 1);
                bytes.splice(to..to, span);
            }
        }
    }
    bytes
}

/// A real file (any locale) with 1 to 12 mutations.
fn mutated_real_file() -> impl Strategy<Value = Vec<u8>> {
    (any::<Index>(), prop::collection::vec(mutation(), 1..12)).prop_map(|(file, mutations)| {
        let files = real_files();
        let original = files[file.index(files.len())].1.clone();
        apply(original, &mutations)
    })
}

/// Fluent-flavoured token soup: pieces of syntax in random order.
fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    const PIECES: &[&str] = common::FLUENT_PIECES;
    prop::collection::vec(prop::sample::select(PIECES), 0..120)
        .prop_map(|p| p.concat().into_bytes())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn library_survives_arbitrary_bytes(
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
        place in place(),
        strict in any::<bool>(),
    ) {
        let dir = scratch_for("lib-bytes");
        write_tree(&dir, &bytes, place);
        check_library(&dir, strict)?;
    }

    #[test]
    fn library_survives_arbitrary_strings(
        text in any::<String>(),
        place in place(),
        strict in any::<bool>(),
    ) {
        let dir = scratch_for("lib-strings");
        write_tree(&dir, text.as_bytes(), place);
        check_library(&dir, strict)?;
    }

    #[test]
    fn library_survives_token_soup(bytes in token_soup(), place in place(), strict in any::<bool>()) {
        let dir = scratch_for("lib-soup");
        write_tree(&dir, &bytes, place);
        check_library(&dir, strict)?;
    }

    #[test]
    fn library_survives_mutated_real_files(
        bytes in mutated_real_file(),
        place in place(),
        strict in any::<bool>(),
    ) {
        let dir = scratch_for("lib-mutated");
        write_tree_with(&dir, &bytes, place, real_companion(place));
        check_library(&dir, strict)?;
    }
}

proptest! {
    // A process per case: fewer cases, the same generators.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn binary_exits_cleanly_on_arbitrary_bytes(
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
        place in place(),
        strict in any::<bool>(),
    ) {
        let dir = scratch_for("bin-bytes");
        write_tree(&dir, &bytes, place);
        check_binary(&dir, strict)?;
    }

    #[test]
    fn binary_exits_cleanly_on_arbitrary_strings(text in any::<String>(), place in place()) {
        let dir = scratch_for("bin-strings");
        write_tree(&dir, text.as_bytes(), place);
        check_binary(&dir, false)?;
    }

    #[test]
    fn binary_exits_cleanly_on_mutated_real_files(
        bytes in mutated_real_file(),
        place in place(),
        strict in any::<bool>(),
    ) {
        let dir = scratch_for("bin-mutated");
        write_tree_with(&dir, &bytes, place, real_companion(place));
        check_binary(&dir, strict)?;
    }

    /// Arbitrary arguments (no `/`, run in an empty folder, so no real tree is walked):
    /// a usage error is 2, never a panic.
    #[test]
    fn binary_exits_cleanly_on_arbitrary_arguments(
        args in prop::collection::vec("[^/\\\\\u{0}]{0,12}", 0..5),
    ) {
        let dir = scratch_for("bin-args");
        let output = Command::new(env!("CARGO_BIN_EXE_l10n-check"))
            .args(&args)
            .current_dir(&dir)
            .output()
            .expect("the binary runs");
        prop_assert!(
            matches!(output.status.code(), Some(0..=2)),
            "{:?}: exit status {:?}",
            args,
            output.status
        );
        prop_assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
    }
}

/// One scratch folder per property, created once per test process (cases run one after
/// the other within a property, and each rewrites the tree).
fn scratch_for(name: &str) -> PathBuf {
    static MADE: OnceLock<std::sync::Mutex<std::collections::HashSet<String>>> = OnceLock::new();
    let made = MADE.get_or_init(Default::default);
    let mut made = made.lock().unwrap();
    if made.insert(name.to_string()) {
        scratch(name)
    } else {
        Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("l10n-check-hostile")
            .join(name)
    }
}

/// Deep nesting that the parser would follow until the stack overflows must be refused
/// before parsing (`MAX_NESTING`), however it is written. Checked through the binary so
/// that an overflow (an abort, not a panic) fails this test instead of killing the harness.
#[test]
fn deep_nesting_never_overflows_the_stack() {
    let dir = scratch("deep-nesting");
    let cases: Vec<(&str, String)> = vec![
        ("placeables", format!("a = {}\n", "{ ".repeat(50_000))),
        ("calls", format!("a = {{ {}\n", "F(".repeat(50_000))),
        (
            "select variants",
            format!("a = {}\n", "{ $x ->\n *[o] ".repeat(5_000)),
        ),
    ];
    for (name, text) in cases {
        write_tree(&dir, text.as_bytes(), Place::Translation);
        check_binary(&dir, false).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// Found by this file: the nesting guard (`civic_core::l10n::too_deep`) once took a `"`
/// inside a select variant's text, where it is plain text, for the start of a string
/// literal, so the `{` after it went uncounted and the parser overflowed the stack (the
/// binary died with status 134). Now a string starts only in expression position.
#[test]
fn deep_nesting_behind_a_quote_in_a_variant_is_refused_cleanly() {
    let dir = scratch("deep-nesting-quote");
    let text = format!("a = {{ $x ->\n   *[o] \" {}\n  }}\n", "{ ".repeat(20_000));
    write_tree(&dir, text.as_bytes(), Place::Translation);
    check_binary(&dir, false).unwrap_or_else(|e| panic!("{e}"));
}

/// Severity is only error or warning in the JSON too (guards `check_binary`'s count).
#[test]
fn json_severities_are_error_or_warning() {
    let dir = scratch("severities");
    write_tree(&dir, b"a = { $x\nb = B\n", Place::Translation);
    let report = check(&dir, &Options::default()).unwrap();
    assert!(report
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error));
    let json: Value = serde_json::from_str(&report.render_json()).unwrap();
    for f in json["findings"].as_array().unwrap() {
        assert!(
            f["severity"] == "error" || f["severity"] == "warning",
            "{f}"
        );
    }
}
