//! The `l10n-check` binary: exit codes, text and JSON output.

use std::path::PathBuf;
use std::process::{Command, Output};

fn fixture(name: &str) -> String {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn l10n_check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_l10n-check"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn clean_tree_exits_0() {
    let output = l10n_check(&["--strict", &fixture("clean")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("en (ref)   100.0%       4/4       0         0\n"),
        "{text}"
    );
    assert!(
        text.ends_with("l10n-check: 0 errors, 0 warnings in 3 locales\n"),
        "{text}"
    );
}

#[test]
fn warnings_exit_0_unless_strict() {
    let tree = fixture("missing-obsolete");
    let lenient = l10n_check(&[&tree]);
    assert_eq!(lenient.status.code(), Some(0));
    let text = stdout(&lenient);
    assert!(
        text.contains("fr: warning[missing-message] parks-map: "),
        "{text}"
    );
    assert!(
        text.contains("fr/main.ftl:6: warning[obsolete-message] parks-events: "),
        "{text}"
    );
    assert!(
        text.contains("fr          50.0%       2/4       0         5\n"),
        "{text}"
    );

    let strict = l10n_check(&["--strict", &tree]);
    assert_eq!(strict.status.code(), Some(1));
    let text = stdout(&strict);
    assert!(
        text.contains("fr: error[missing-message] parks-map: "),
        "{text}"
    );
    assert!(
        text.ends_with("l10n-check: 5 errors, 0 warnings in 2 locales\n"),
        "{text}"
    );
}

#[test]
fn errors_exit_1_with_file_and_line() {
    let output = l10n_check(&[&fixture("syntax")]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("ja/main.ftl:4: error[syntax]: "), "{text}");
    assert!(text.contains("de/main.ftl:6: error[syntax]: "), "{text}");
    assert!(
        text.contains("locale   coverage  messages  errors  warnings\n"),
        "{text}"
    );
}

#[test]
fn reference_and_locales_options() {
    let tree = fixture("en-us-nested");
    let output = l10n_check(&[
        "--reference",
        "en-US",
        "--locales",
        "pt-BR",
        "--strict",
        &tree,
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let rows: Vec<&str> = text
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert_eq!(rows, ["locale", "en-US", "pt-BR", "l10n-check:"], "{text}");

    let output = l10n_check(&["--reference=en-US", "--strict", &tree]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("es: error[missing-message] contact-send: "));
}

#[test]
fn usage_and_tree_problems_exit_2() {
    let missing = fixture("no-such-tree");
    let nested = fixture("en-us-nested");
    let file = format!("{}/en/main.ftl", fixture("clean"));
    let cases: [&[&str]; 9] = [
        &[],
        &["--bogus", &nested],
        &["--format", "xml", &nested],
        &["--bundle", "folder", &nested],
        &["--reference"],
        &[&nested, &nested],
        &[&missing],
        &[&file],
        &["--locales", "es,xx", "--reference", "en-US", &nested],
    ];
    for args in cases {
        let output = l10n_check(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stdout(&output).is_empty(), "{args:?}");
        assert!(stderr(&output).starts_with("l10n-check: "), "{args:?}");
    }
    // Default reference `en` is missing: the message names it and what exists.
    let output = l10n_check(&[&nested]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("en-us-nested/en "), "{message}");
    assert!(message.contains("found: en-US, es, pt-BR"), "{message}");
}

#[test]
fn help_exits_0() {
    let output = l10n_check(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    for needle in [
        "Usage: l10n-check",
        "--reference TAG",
        "--format text|json",
        "--strict",
        "--locales a,b,c",
        "--bundle locale|file",
        "added-reference",
        "missing-plural-category",
        "Exit status",
    ] {
        assert!(text.contains(needle), "help lacks {needle}: {text}");
    }
}

#[test]
fn json_output_parses_with_the_documented_fields() {
    let output = l10n_check(&["--format", "json", &fixture("variables")]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(json["reference"], "en");
    assert_eq!(json["strict"], false);
    assert_eq!(json["errors"], 3);
    assert_eq!(json["warnings"], 2);

    let locales = json["locales"].as_array().unwrap();
    assert_eq!(locales.len(), 2);
    assert_eq!(
        locales[1],
        serde_json::json!({
            "locale": "ja", "reference": false, "coverage": 100.0, "messages": 2,
            "translated": 2, "errors": 3, "warnings": 2
        })
    );
    assert_eq!(locales[0]["reference"], true);

    let findings = json["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 5);
    let second = &findings[1];
    assert_eq!(second["severity"], "error");
    assert_eq!(second["kind"], "unknown-variable");
    assert_eq!(second["locale"], "ja");
    assert_eq!(second["file"], "ja/main.ftl");
    assert_eq!(second["line"], 2);
    assert_eq!(second["id"], "requests-open");
    assert!(second["message"].as_str().unwrap().contains("$user"));
    let keys: Vec<&String> = second.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 7, "{keys:?}");

    let strict = l10n_check(&["--format=json", "--strict", &fixture("missing-obsolete")]);
    let json: serde_json::Value = serde_json::from_slice(&strict.stdout).expect("valid JSON");
    assert_eq!(json["strict"], true);
    assert_eq!(json["locales"][1]["coverage"], 50.0);
    assert_eq!(json["findings"][0]["line"], serde_json::Value::Null);
    assert_eq!(json["findings"][0]["kind"], "missing-term");
}

#[test]
fn bundle_option_changes_what_is_a_duplicate() {
    let tree = fixture("bundle-file");
    let kinds = |output: &Output| -> Vec<(String, String)> {
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["kind"].as_str().unwrap().to_string(),
                    f["file"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let locale = l10n_check(&["--format", "json", &tree]);
    assert_eq!(locale.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&locale.stdout).unwrap();
    assert_eq!(json["bundle"], "locale");
    let duplicates: Vec<_> = kinds(&locale)
        .into_iter()
        .filter(|(kind, _)| kind == "duplicate")
        .collect();
    assert_eq!(duplicates.len(), 3, "{duplicates:?}");

    let file = l10n_check(&["--format=json", "--bundle=file", &tree]);
    assert_eq!(file.status.code(), Some(1), "{}", stderr(&file));
    let json: serde_json::Value = serde_json::from_slice(&file.stdout).unwrap();
    assert_eq!(json["bundle"], "file");
    let found = kinds(&file);
    let duplicates: Vec<_> = found
        .iter()
        .filter(|(kind, _)| kind == "duplicate")
        .collect();
    assert_eq!(
        duplicates,
        [&("duplicate".to_string(), "de/panel/main.ftl".to_string())]
    );
    assert_eq!(
        found
            .iter()
            .filter(|(kind, _)| kind == "unknown-reference")
            .count(),
        4,
        "{found:?}"
    );

    let text = stdout(&l10n_check(&["--bundle", "file", &tree]));
    assert!(
        text.contains("de/panel/main.ftl:5: error[duplicate] close: "),
        "{text}"
    );
    assert!(
        text.contains("de          83.3%       5/6       3         2\n"),
        "{text}"
    );
}

#[test]
fn reference_and_plural_findings_are_warnings_in_text_and_json() {
    let references = l10n_check(&["--strict", &fixture("references")]);
    assert_eq!(references.status.code(), Some(0), "{}", stderr(&references));
    let text = stdout(&references);
    assert!(
        text.contains(
            "de/main.ftl:8: warning[added-reference] settings: `{ -brand }` is used here"
        ),
        "{text}"
    );
    assert!(
        text.contains("de/main.ftl:6: warning[dropped-reference] help: "),
        "{text}"
    );

    let plurals = l10n_check(&["--format", "json", "--strict", &fixture("plurals")]);
    assert_eq!(plurals.status.code(), Some(0), "{}", stderr(&plurals));
    let json: serde_json::Value = serde_json::from_slice(&plurals.stdout).expect("valid JSON");
    let findings = json["findings"].as_array().unwrap();
    let ru = findings
        .iter()
        .find(|f| f["locale"] == "ru" && f["id"] == "files")
        .expect("a finding for ru files");
    assert_eq!(ru["kind"], "missing-plural-category");
    assert_eq!(ru["severity"], "warning");
    assert_eq!(ru["file"], "ru/main.ftl");
    assert_eq!(ru["line"], 2);
    assert!(ru["message"].as_str().unwrap().contains("[few]"));
    let no_rules = findings
        .iter()
        .find(|f| f["kind"] == "no-plural-rules")
        .expect("a no-plural-rules finding");
    assert_eq!(no_rules["locale"], "templates");
    assert_eq!(no_rules["id"], serde_json::Value::Null);
    assert_eq!(json["errors"], 0);
    assert_eq!(json["warnings"], 6);
}
