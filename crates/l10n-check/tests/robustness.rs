//! Odd inputs: bytes that are not UTF-8, byte order marks, CRLF line ends, unreadable
//! entries, hidden folders, trees that cannot be checked, and generated garbage. None may
//! panic.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use l10n_check::{check, CheckError, Kind, Options, Report, Severity};

/// A fresh, empty folder for one test, under Cargo's scratch folder for tests.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("l10n-check")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, rel: &str, bytes: &[u8]) {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

fn run(dir: &Path) -> Report {
    check(dir, &Options::default()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_file_that_is_not_utf8_is_a_syntax_error_at_its_line() {
    let dir = scratch("not-utf8");
    write(&dir, "en/main.ftl", b"park = Park\nlake = Lake\n");
    write(
        &dir,
        "ja/main.ftl",
        b"park = \xe5\x85\xac\xe5\x9c\x92\nlake = \xff\xfe\n",
    );
    let report = run(&dir);
    let syntax: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.kind == Kind::Syntax)
        .collect();
    assert_eq!(syntax.len(), 1, "{:?}", report.findings);
    assert_eq!(syntax[0].severity, Severity::Error);
    assert_eq!(syntax[0].file, "ja/main.ftl");
    assert_eq!(syntax[0].line, Some(2));
    assert!(syntax[0].message.contains("UTF-8"), "{}", syntax[0].message);
    assert_eq!(report.locale("ja").unwrap().translated, 0);
}

#[test]
fn byte_order_mark_and_crlf_line_ends_are_fine() {
    let dir = scratch("bom-crlf");
    write(&dir, "en/main.ftl", b"park = Park\r\nlake = Lake\r\n");
    write(
        &dir,
        "fr/main.ftl",
        "\u{feff}park = Parc\r\n\r\nlake { $x }\r\nriver = Rivi\u{e8}re\r\n".as_bytes(),
    );
    let report = run(&dir);
    let brief: Vec<_> = report
        .findings
        .iter()
        .map(|f| (f.kind, f.file.as_str(), f.line, f.id.as_deref()))
        .collect();
    assert_eq!(
        brief,
        [
            (Kind::MissingMessage, "fr/main.ftl", None, Some("lake")),
            (Kind::Syntax, "fr/main.ftl", Some(3), None),
            (Kind::ObsoleteMessage, "fr/main.ftl", Some(4), Some("river")),
        ]
    );
}

#[cfg(unix)]
#[test]
fn a_dangling_symbolic_link_is_an_unreadable_finding() {
    let dir = scratch("dangling");
    write(&dir, "en/main.ftl", b"park = Park\n");
    write(&dir, "ja/main.ftl", b"park = Park\n");
    std::os::unix::fs::symlink(dir.join("nowhere.ftl"), dir.join("ja/broken.ftl")).unwrap();
    let report = run(&dir);
    assert_eq!(report.findings.len(), 1, "{:?}", report.findings);
    let finding = &report.findings[0];
    assert_eq!(
        (
            finding.severity,
            finding.kind,
            finding.file.as_str(),
            finding.line
        ),
        (Severity::Error, Kind::Unreadable, "ja/broken.ftl", None)
    );
}

#[test]
fn hidden_folders_and_other_files_are_ignored() {
    let dir = scratch("hidden");
    write(&dir, "en/main.ftl", b"park = Park\n");
    write(&dir, "en/notes.txt", b"not fluent {{{\n");
    write(&dir, "en/.backup.ftl", b"broken {{{\n");
    write(&dir, ".git/main.ftl", b"broken {{{\n");
    write(&dir, "README.ftl", b"broken {{{\n");
    let report = run(&dir);
    assert_eq!(report.findings, []);
    let rows: Vec<&str> = report.locales.iter().map(|r| r.locale.as_str()).collect();
    assert_eq!(rows, ["en"]);
}

#[test]
fn trees_that_cannot_be_checked_are_errors() {
    let dir = scratch("unusable");
    match check(&dir.join("absent"), &Options::default()) {
        Err(e @ CheckError::Io { .. }) => assert!(e.to_string().contains("absent")),
        other => panic!("expected Io, got {other:?}"),
    }
    write(&dir, "file", b"");
    assert!(matches!(
        check(&dir.join("file"), &Options::default()),
        Err(CheckError::NotADirectory { .. })
    ));
    write(&dir, "ja/main.ftl", b"park = Park\n");
    match check(&dir, &Options::default()) {
        Err(e @ CheckError::MissingReference { .. }) => {
            assert!(e.to_string().contains("found: ja"), "{e}")
        }
        other => panic!("expected MissingReference, got {other:?}"),
    }
}

/// A tiny deterministic generator (no dependency needed for this).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below
    }
}

#[test]
fn generated_garbage_never_panics() {
    const PIECES: &[&str] = common::FLUENT_PIECES;
    let dir = scratch("garbage");
    write(
        &dir,
        "en/main.ftl",
        b"msg = { $var }\n    .attr = A\n-term = T\n",
    );
    let mut random = Lcg(0x5eed);
    for i in 0..400 {
        let mut text = String::new();
        for _ in 0..random.next(60) {
            text.push_str(PIECES[random.next(PIECES.len())]);
        }
        write(&dir, &format!("xx/f{i:03}.ftl"), text.as_bytes());
    }
    // Raw bytes too, some of them not UTF-8.
    for i in 0..50 {
        let bytes: Vec<u8> = (0..random.next(200))
            .map(|_| random.next(256) as u8)
            .collect();
        write(&dir, &format!("xx/raw/b{i:02}.ftl"), &bytes);
    }
    for strict in [false, true] {
        let options = Options {
            strict,
            ..Options::default()
        };
        let report = check(&dir, &options).expect("the tree is readable");
        assert!(report
            .findings
            .iter()
            .all(|f| f.line.is_none_or(|l| l >= 1)));
        assert!(report
            .findings
            .iter()
            .all(|f| f.file.starts_with("en/") || f.file.starts_with("xx/")));
        assert!(!report.render_text().is_empty());
        serde_json::from_str::<serde_json::Value>(&report.render_json()).expect("valid JSON");
    }
}
