//! The library on the fixture trees of `tests/fixtures/<case>/<locale>/*.ftl`, each broken
//! in one known way: exact kinds, severities, files, lines, ids and coverage.

use std::path::PathBuf;

use l10n_check::{check, Bundle, CheckError, Kind, Options, Report, Severity};
use Severity::{Error, Warning};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")).join(name)
}

fn run(name: &str, reference: &str, strict: bool) -> Report {
    run_with(name, reference, strict, Bundle::Locale)
}

fn run_with(name: &str, reference: &str, strict: bool, bundle: Bundle) -> Report {
    let options = Options {
        reference: reference.to_string(),
        strict,
        locales: None,
        bundle,
    };
    check(&fixture(name), &options).unwrap_or_else(|e| panic!("{name}: {e}"))
}

type Brief<'a> = (Severity, Kind, &'a str, Option<usize>, Option<&'a str>);

/// (severity, kind, file, line, id) of every finding, in report order.
fn brief(report: &Report) -> Vec<Brief<'_>> {
    report
        .findings
        .iter()
        .map(|f| (f.severity, f.kind, f.file.as_str(), f.line, f.id.as_deref()))
        .collect()
}

/// (coverage, translated, messages, errors, warnings) of one locale's row.
fn row(report: &Report, locale: &str) -> (f64, usize, usize, usize, usize) {
    let row = report
        .locale(locale)
        .unwrap_or_else(|| panic!("no row for {locale}"));
    (
        row.coverage,
        row.translated,
        row.messages,
        row.errors,
        row.warnings,
    )
}

fn message_of<'a>(report: &'a Report, kind: Kind, id: Option<&str>) -> &'a str {
    report
        .findings
        .iter()
        .find(|f| f.kind == kind && f.id.as_deref() == id)
        .map(|f| f.message.as_str())
        .unwrap_or_else(|| panic!("no {kind} finding for {id:?}"))
}

#[test]
fn syntax_errors_are_reported_at_their_line_and_later_entries_still_count() {
    let report = run("syntax", "en", false);
    assert_eq!(
        brief(&report),
        [
            (
                Warning,
                Kind::MissingMessage,
                "de/main.ftl",
                None,
                Some("town-hall-closed")
            ),
            (Error, Kind::Syntax, "de/main.ftl", Some(6), None),
            (
                Warning,
                Kind::MissingMessage,
                "ja/main.ftl",
                None,
                Some("town-hall-open")
            ),
            (Error, Kind::Syntax, "ja/main.ftl", Some(4), None),
        ]
    );
    let ja = report
        .findings
        .iter()
        .find(|f| f.kind == Kind::Syntax && f.locale == "ja")
        .unwrap();
    assert!(
        ja.message.contains("Expected a token starting with \"=\""),
        "{}",
        ja.message
    );
    assert!(ja.message.contains("town-hall-open"), "{}", ja.message);
    // The two messages after the broken one are still there.
    assert_eq!(row(&report, "ja"), (75.0, 3, 4, 1, 1));
    assert_eq!(row(&report, "de"), (75.0, 3, 4, 1, 1));
    assert_eq!(row(&report, "en"), (100.0, 4, 4, 0, 0));
    assert_eq!((report.errors(), report.warnings()), (2, 2));
}

#[test]
fn duplicates_across_files_and_within_a_file() {
    let report = run("duplicate", "en", true);
    assert_eq!(
        brief(&report),
        [
            (
                Error,
                Kind::Duplicate,
                "ja/main.ftl",
                Some(3),
                Some("library-hours")
            ),
            (
                Error,
                Kind::Duplicate,
                "ko/main.ftl",
                Some(5),
                Some("-city")
            ),
        ]
    );
    assert!(report.findings[0].message.contains("ja/events.ftl:4"));
    assert!(report.findings[1].message.contains("ko/main.ftl:1"));
    assert_eq!(row(&report, "ja"), (100.0, 4, 4, 1, 0));
    assert_eq!(row(&report, "ko"), (100.0, 4, 4, 1, 0));
}

#[test]
fn missing_and_obsolete_messages_and_terms_are_warnings() {
    let report = run("missing-obsolete", "en", false);
    assert_eq!(
        brief(&report),
        [
            (
                Warning,
                Kind::MissingTerm,
                "fr/main.ftl",
                None,
                Some("-mayor-office")
            ),
            (
                Warning,
                Kind::MissingMessage,
                "fr/main.ftl",
                None,
                Some("parks-map")
            ),
            (
                Warning,
                Kind::MissingMessage,
                "fr/main.ftl",
                None,
                Some("parks-rules")
            ),
            (
                Warning,
                Kind::ObsoleteTerm,
                "fr/main.ftl",
                Some(2),
                Some("-city-hall")
            ),
            (
                Warning,
                Kind::ObsoleteMessage,
                "fr/main.ftl",
                Some(6),
                Some("parks-events")
            ),
        ]
    );
    assert!(message_of(&report, Kind::MissingMessage, Some("parks-map")).contains("en/main.ftl:6"));
    assert!(
        message_of(&report, Kind::MissingTerm, Some("-mayor-office")).contains("en/main.ftl:2")
    );
    assert_eq!(row(&report, "fr"), (50.0, 2, 4, 0, 5));
    assert_eq!(report.errors(), 0);
}

#[test]
fn strict_mode_makes_missing_and_obsolete_entries_errors() {
    let lenient = run("missing-obsolete", "en", false);
    let strict = run("missing-obsolete", "en", true);
    assert!(strict.strict && !lenient.strict);
    assert_eq!(strict.findings.len(), 5);
    for (before, after) in lenient.findings.iter().zip(&strict.findings) {
        assert_eq!(before.kind, after.kind);
        assert_eq!(before.severity, Warning);
        assert_eq!(after.severity, Error, "{after:?}");
    }
    assert_eq!(row(&strict, "fr"), (50.0, 2, 4, 5, 0));

    // Attributes escalate too, values and variables do not.
    let attributes = run("attributes", "en", true);
    let severities: Vec<_> = attributes
        .findings
        .iter()
        .map(|f| (f.kind, f.severity))
        .collect();
    assert_eq!(
        severities,
        [
            (Kind::MissingAttribute, Error),
            (Kind::ObsoleteAttribute, Error),
            (Kind::UnexpectedValue, Warning),
            (Kind::MissingValue, Warning),
            (Kind::ObsoleteAttribute, Error),
        ]
    );
    let variables = run("variables", "en", true);
    assert!(variables
        .findings
        .iter()
        .filter(|f| f.kind == Kind::UnusedVariable)
        .all(|f| f.severity == Warning));
    assert_eq!((variables.errors(), variables.warnings()), (3, 2));
}

#[test]
fn attributes_and_values() {
    let report = run("attributes", "en", false);
    assert_eq!(
        brief(&report),
        [
            (
                Warning,
                Kind::MissingAttribute,
                "de/main.ftl",
                Some(1),
                Some("search-box.aria-label")
            ),
            (
                Warning,
                Kind::ObsoleteAttribute,
                "de/main.ftl",
                Some(3),
                Some("search-box.title")
            ),
            (
                Warning,
                Kind::UnexpectedValue,
                "de/main.ftl",
                Some(4),
                Some("search-button")
            ),
            (
                Warning,
                Kind::MissingValue,
                "de/main.ftl",
                Some(6),
                Some("search-help")
            ),
            (
                Warning,
                Kind::ObsoleteAttribute,
                "de/main.ftl",
                Some(7),
                Some("search-help.title")
            ),
        ]
    );
    assert!(message_of(
        &report,
        Kind::MissingAttribute,
        Some("search-box.aria-label")
    )
    .contains("en/main.ftl:3"));
    assert_eq!(row(&report, "de"), (100.0, 3, 3, 0, 5));
}

#[test]
fn variables_inside_selects_function_calls_and_attributes() {
    let report = run("variables", "en", false);
    assert_eq!(
        brief(&report),
        [
            (
                Warning,
                Kind::UnusedVariable,
                "ja/main.ftl",
                Some(1),
                Some("requests-open")
            ),
            (
                Error,
                Kind::UnknownVariable,
                "ja/main.ftl",
                Some(2),
                Some("requests-open")
            ),
            (
                Error,
                Kind::UnknownVariable,
                "ja/main.ftl",
                Some(4),
                Some("request-sent")
            ),
            (
                Warning,
                Kind::UnusedVariable,
                "ja/main.ftl",
                Some(4),
                Some("request-sent")
            ),
            (
                Error,
                Kind::UnknownVariable,
                "ja/main.ftl",
                Some(5),
                Some("request-sent.title")
            ),
        ]
    );
    let messages: Vec<&str> = report.findings.iter().map(|f| f.message.as_str()).collect();
    assert!(messages[0].contains("`$name`"), "{}", messages[0]);
    assert!(messages[1].contains("`$user`"), "{}", messages[1]);
    assert!(messages[2].contains("`$day`"), "{}", messages[2]);
    assert!(messages[3].contains("`$date`"), "{}", messages[3]);
    assert!(messages[4].contains("`$sender`"), "{}", messages[4]);
    assert_eq!(row(&report, "ja"), (100.0, 2, 2, 3, 2));
}

#[test]
fn unknown_term_reference_is_an_error_but_reference_only_terms_are_known() {
    let report = run("unknown-term", "en", false);
    assert_eq!(
        brief(&report),
        [
            (
                Warning,
                Kind::MissingTerm,
                "ko/main.ftl",
                None,
                Some("-recycling-centre")
            ),
            (
                Error,
                Kind::UnknownReference,
                "ko/main.ftl",
                Some(2),
                Some("waste-title")
            ),
            // The Korean title swapped `{ -city }` for `{ -town }`.
            (
                Warning,
                Kind::AddedReference,
                "ko/main.ftl",
                Some(2),
                Some("waste-title")
            ),
            (
                Warning,
                Kind::DroppedReference,
                "ko/main.ftl",
                Some(2),
                Some("waste-title")
            ),
        ]
    );
    assert!(report.findings[1].message.contains("-town"));
    assert!(report.findings[2].message.contains("`{ -town }`"));
    assert!(report.findings[3].message.contains("`{ -city }`"));
}

#[test]
fn reference_locale_problems_are_reported() {
    let report = run("reference-broken", "en", true);
    assert_eq!(
        brief(&report),
        [
            (
                Error,
                Kind::Duplicate,
                "en/main.ftl",
                Some(4),
                Some("tax-title")
            ),
            (
                Error,
                Kind::UnknownReference,
                "en/main.ftl",
                Some(5),
                Some("tax-help")
            ),
            (Error, Kind::Syntax, "en/main.ftl", Some(6), None),
        ]
    );
    assert!(report.findings[0].message.contains("en/main.ftl:2"));
    assert!(report.findings[1].message.contains("tax-office"));
    assert_eq!(row(&report, "en"), (100.0, 4, 4, 3, 0));
    assert_eq!(report.locales.len(), 1);
}

#[test]
fn clean_tree_has_no_findings_even_when_strict() {
    let report = run("clean", "en", true);
    assert_eq!(brief(&report), []);
    let rows: Vec<(&str, bool)> = report
        .locales
        .iter()
        .map(|r| (r.locale.as_str(), r.reference))
        .collect();
    assert_eq!(rows, [("en", true), ("fr", false), ("ja", false)]);
    for locale in ["en", "fr", "ja"] {
        assert_eq!(row(&report, locale), (100.0, 4, 4, 0, 0));
    }
}

#[test]
fn en_us_reference_with_nested_subfolder() {
    let report = run("en-us-nested", "en-US", false);
    assert_eq!(
        brief(&report),
        [(
            Warning,
            Kind::MissingMessage,
            "es/forms/contact.ftl",
            None,
            Some("contact-send")
        )]
    );
    assert!(report.findings[0]
        .message
        .contains("en-US/forms/contact.ftl:4"));
    assert_eq!(report.reference, "en-US");
    let rows: Vec<&str> = report.locales.iter().map(|r| r.locale.as_str()).collect();
    assert_eq!(rows, ["en-US", "es", "pt-BR"]);
    assert_eq!(row(&report, "es"), (75.0, 3, 4, 0, 1));
    assert_eq!(row(&report, "pt-BR"), (100.0, 4, 4, 0, 0));

    // The default reference `en` has no folder here.
    match check(&fixture("en-us-nested"), &Options::default()) {
        Err(CheckError::MissingReference {
            reference, found, ..
        }) => {
            assert_eq!(reference, "en");
            assert_eq!(found, ["en-US", "es", "pt-BR"]);
        }
        other => panic!("expected MissingReference, got {other:?}"),
    }
}

#[test]
fn locales_option_limits_the_check() {
    let options = |locales: &[&str]| Options {
        reference: "en-US".to_string(),
        strict: true,
        locales: Some(locales.iter().map(|l| l.to_string()).collect()),
        bundle: Bundle::Locale,
    };
    let report = check(&fixture("en-us-nested"), &options(&["pt-BR"])).unwrap();
    let rows: Vec<&str> = report.locales.iter().map(|r| r.locale.as_str()).collect();
    assert_eq!(rows, ["en-US", "pt-BR"]);
    assert_eq!(report.findings, []);

    let report = check(&fixture("en-us-nested"), &options(&["es", "en-US"])).unwrap();
    let rows: Vec<&str> = report.locales.iter().map(|r| r.locale.as_str()).collect();
    assert_eq!(rows, ["en-US", "es"]);
    assert_eq!(report.errors(), 1);

    match check(&fixture("en-us-nested"), &options(&["es", "xx"])) {
        Err(CheckError::UnknownLocale { locale, .. }) => assert_eq!(locale, "xx"),
        other => panic!("expected UnknownLocale, got {other:?}"),
    }
}

#[test]
fn findings_are_sorted_by_locale_file_and_line() {
    for (case, reference) in [
        ("syntax", "en"),
        ("duplicate", "en"),
        ("missing-obsolete", "en"),
        ("attributes", "en"),
        ("variables", "en"),
        ("unknown-term", "en"),
        ("reference-broken", "en"),
        ("en-us-nested", "en-US"),
        ("bundle-file", "en"),
        ("references", "en"),
        ("plurals", "en"),
    ] {
        let report = run(case, reference, false);
        assert!(!report.findings.is_empty(), "{case} should have findings");
        let keys: Vec<_> = report
            .findings
            .iter()
            .map(|f| (&f.locale, &f.file, f.line))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted, "{case}");
        for finding in &report.findings {
            assert!(
                finding.file.starts_with(&format!("{}/", finding.locale)),
                "{finding:?}"
            );
        }
    }
}

#[test]
fn bundle_locale_model_same_id_in_two_files_is_a_duplicate() {
    let report = run_with("bundle-file", "en", false, Bundle::Locale);
    assert_eq!(report.bundle, Bundle::Locale);
    assert_eq!(
        brief(&report),
        [
            (
                Error,
                Kind::Duplicate,
                "de/panel/main.ftl",
                Some(3),
                Some("close")
            ),
            (
                Error,
                Kind::Duplicate,
                "de/panel/main.ftl",
                Some(5),
                Some("close")
            ),
            (
                Error,
                Kind::Duplicate,
                "en/panel/main.ftl",
                Some(4),
                Some("close")
            ),
        ]
    );
    assert!(report.findings[0]
        .message
        .contains("first defined at de/dialog/main.ftl:5"));
    assert!(report.findings[2]
        .message
        .contains("first defined at en/dialog/main.ftl:4"));
    // One bundle: references into the other file resolve, and `panel-help` counts as
    // translated although German keeps it in another file.
    assert_eq!(row(&report, "en"), (100.0, 5, 5, 1, 0));
    assert_eq!(row(&report, "de"), (100.0, 5, 5, 2, 0));
}

#[test]
fn bundle_file_model_each_file_is_its_own_bundle() {
    let report = run_with("bundle-file", "en", false, Bundle::File);
    assert_eq!(report.bundle, Bundle::File);
    assert_eq!(
        brief(&report),
        [
            // References into panel/main.ftl do not resolve from dialog/main.ftl.
            (
                Error,
                Kind::UnknownReference,
                "de/dialog/main.ftl",
                Some(1),
                Some("dialog-title")
            ),
            (
                Error,
                Kind::UnknownReference,
                "de/dialog/main.ftl",
                Some(2),
                Some("dialog-help")
            ),
            // Compared file by file: in the wrong file, it is obsolete there and
            // missing where the reference has it.
            (
                Warning,
                Kind::ObsoleteMessage,
                "de/dialog/main.ftl",
                Some(4),
                Some("panel-help")
            ),
            (
                Warning,
                Kind::MissingMessage,
                "de/panel/main.ftl",
                None,
                Some("panel-help")
            ),
            // `close` in both files is fine; twice in one file is still a duplicate.
            (
                Error,
                Kind::Duplicate,
                "de/panel/main.ftl",
                Some(5),
                Some("close")
            ),
            (
                Error,
                Kind::UnknownReference,
                "en/dialog/main.ftl",
                Some(2),
                Some("dialog-title")
            ),
            (
                Error,
                Kind::UnknownReference,
                "en/dialog/main.ftl",
                Some(3),
                Some("dialog-help")
            ),
        ]
    );
    assert!(message_of(&report, Kind::Duplicate, Some("close"))
        .contains("first defined at de/panel/main.ftl:3"));
    let unknown: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.kind == Kind::UnknownReference)
        .map(|f| f.message.as_str())
        .collect();
    assert!(unknown[0].contains("`{ -brand }`"), "{}", unknown[0]);
    assert!(unknown[0].contains("en/dialog/main.ftl"), "{}", unknown[0]);
    assert!(unknown[1].contains("`{ panel-title }`"), "{}", unknown[1]);
    assert!(
        unknown[2].contains("nowhere in this file"),
        "{}",
        unknown[2]
    );
    assert!(
        message_of(&report, Kind::ObsoleteMessage, Some("panel-help"))
            .contains("en/dialog/main.ftl")
    );
    assert!(
        message_of(&report, Kind::MissingMessage, Some("panel-help"))
            .contains("en/panel/main.ftl:3")
    );
    // Messages are counted file by file: `close` twice.
    assert_eq!(row(&report, "en"), (100.0, 6, 6, 2, 0));
    assert_eq!(row(&report, "de"), (83.3, 5, 6, 3, 2));
}

#[test]
fn bundle_models_agree_on_a_one_file_locale() {
    for case in ["attributes", "variables", "missing-obsolete", "plurals"] {
        let locale = run_with(case, "en", true, Bundle::Locale);
        let file = run_with(case, "en", true, Bundle::File);
        assert!(!locale.findings.is_empty(), "{case}");
        // The same findings (their wording may say which bundle they mean).
        assert_eq!(brief(&locale), brief(&file), "{case}");
        assert_eq!(locale.locales, file.locales, "{case}");
    }
}

#[test]
fn added_and_dropped_references_are_warnings() {
    let report = run("references", "en", true);
    assert_eq!(
        brief(&report),
        [
            (
                Warning,
                Kind::DroppedReference,
                "de/main.ftl",
                Some(6),
                Some("help")
            ),
            (
                Warning,
                Kind::AddedReference,
                "de/main.ftl",
                Some(7),
                Some("help.title")
            ),
            (
                Warning,
                Kind::DroppedReference,
                "de/main.ftl",
                Some(7),
                Some("help.title")
            ),
            (
                Warning,
                Kind::AddedReference,
                "de/main.ftl",
                Some(8),
                Some("settings")
            ),
            (
                Warning,
                Kind::DroppedReference,
                "de/main.ftl",
                Some(9),
                Some("settings.title")
            ),
            (
                Warning,
                Kind::DroppedReference,
                "de/main.ftl",
                Some(10),
                Some("welcome")
            ),
        ]
    );
    let messages: Vec<&str> = report.findings.iter().map(|f| f.message.as_str()).collect();
    // A message reference, dropped from the value.
    assert!(messages[0].contains("`{ about }`"), "{}", messages[0]);
    assert!(messages[0].contains("en/main.ftl:5"), "{}", messages[0]);
    // `{ about }` is not `{ about.title }`.
    assert!(messages[1].contains("`{ about }`"), "{}", messages[1]);
    assert!(messages[1].contains("{ about.title }"), "{}", messages[1]);
    assert!(messages[2].contains("`{ about.title }`"), "{}", messages[2]);
    // A term reference, added to the value and dropped from the attribute.
    assert!(messages[3].contains("`{ -brand }`"), "{}", messages[3]);
    assert!(
        messages[3].contains("uses no message or term"),
        "{}",
        messages[3]
    );
    assert!(messages[4].contains("`{ -brand }`"), "{}", messages[4]);
    // A term attribute as selector does not stand in for the term.
    assert!(messages[5].contains("`{ -brand }`"), "{}", messages[5]);
    // Not found: `about` with arguments for the term (same reference), `goodbye` (the term
    // inside a select on its attribute), `-brand-full` (term definitions are the
    // locale's own), `-brand.gender` (not a reference).
    for f in &report.findings {
        assert!(!f.message.contains("-brand.gender"), "{f:?}");
        assert_ne!(f.id.as_deref(), Some("about"));
        assert_ne!(f.id.as_deref(), Some("goodbye"));
        assert_ne!(f.id.as_deref(), Some("-brand-full"));
    }
    // Warnings even with --strict.
    assert_eq!(row(&report, "de"), (100.0, 5, 5, 0, 6));
}

#[test]
fn plural_categories_follow_cldr_for_each_locale() {
    let report = run("plurals", "en", true);
    assert_eq!(
        brief(&report),
        [
            // ar needs zero, one, two, few and many.
            (
                Warning,
                Kind::MissingPluralCategory,
                "ar/main.ftl",
                Some(2),
                Some("files")
            ),
            // The reference is checked too: [0] and [1] are no `one`.
            (
                Warning,
                Kind::MissingPluralCategory,
                "en/main.ftl",
                Some(6),
                Some("queue")
            ),
            // Ordinal rules for NUMBER(…, type: "ordinal"): 2nd.
            (
                Warning,
                Kind::MissingPluralCategory,
                "en/main.ftl",
                Some(11),
                Some("place")
            ),
            (
                Warning,
                Kind::MissingPluralCategory,
                "ru/main.ftl",
                Some(2),
                Some("files")
            ),
            (
                Warning,
                Kind::MissingPluralCategory,
                "ru/main.ftl",
                Some(15),
                Some("ride")
            ),
            (
                Warning,
                Kind::NoPluralRules,
                "templates/main.ftl",
                Some(2),
                None
            ),
        ]
    );
    let messages: Vec<&str> = report.findings.iter().map(|f| f.message.as_str()).collect();
    assert!(messages[0].contains("no variant for [zero] (numbers such as 0,"));
    assert!(messages[0].contains("`ar` needs [zero], [one], [two], [few] and [many]"));
    assert!(
        messages[1].contains("no variant for [one] (numbers such as 1)"),
        "{}",
        messages[1]
    );
    assert!(messages[1].contains("[0] matches that number only"));
    assert!(
        messages[2].contains("ordinal select has no variant for [two] (numbers such as 2, 22, 32)")
    );
    assert!(messages[2].contains("`en` needs [one], [two] and [few] (CLDR ordinal rules)"));
    // ru: [one] [many] *[other] lacks few; `other` is left to the default variant.
    assert!(
        messages[3].contains(
            "no variant for [few] (numbers such as 2, 3, 4), which get the default `*[other]`"
        ),
        "{}",
        messages[3]
    );
    assert!(messages[3].contains("`ru` needs [one], [few] and [many]"));
    // A plural-category key makes a `$kind` select a number select.
    assert!(messages[4].contains("[one] (numbers such as 1, 21, 31) or [many] (such as 0, 5, 6)"));
    assert!(messages[5].contains("`templates` is not a locale tag"));
    assert!(messages[5].contains("this and 2 more number selects"));
    // Not found: ru `queue` ([one] [few] *[many]: complete without [other]), anything in
    // ja or zh-Hant (only `other`, so [one] there is harmless), the string selects
    // `ride` of en, ja, ar and zh-Hant.
    for locale in ["ja", "zh-Hant"] {
        assert_eq!(row(&report, locale), (100.0, 4, 4, 0, 0), "{locale}");
    }
    assert!(!report
        .findings
        .iter()
        .any(|f| f.locale == "ru" && f.id.as_deref() == Some("queue")));
    assert_eq!(row(&report, "ru"), (100.0, 4, 4, 0, 2));
    assert_eq!(row(&report, "ar"), (100.0, 4, 4, 0, 1));
}
