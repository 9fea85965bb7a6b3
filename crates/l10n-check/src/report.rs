//! The result of a check: [`Finding`]s, per-locale [`LocaleSummary`] rows (coverage and
//! counts), and their text and JSON renderings.

use std::fmt;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::compare::Bundle;

/// How bad a finding is. Any error makes the CLI exit with status 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a finding is about. Serialised (and displayed) in kebab-case, e.g.
/// `missing-message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A parser error, or a file that is not UTF-8 (always an error).
    Syntax,
    /// A file or folder of the tree that could not be read (always an error).
    Unreadable,
    /// A message or term id defined twice in one locale (always an error).
    Duplicate,
    /// A reference message absent from the locale.
    MissingMessage,
    /// A message of the locale absent from the reference.
    ObsoleteMessage,
    /// An attribute of the reference message absent from the translation.
    MissingAttribute,
    /// An attribute of the translation absent from the reference message.
    ObsoleteAttribute,
    /// The reference message has a value, the translation only attributes (warning).
    MissingValue,
    /// The translation has a value, the reference message only attributes (warning).
    UnexpectedValue,
    /// The translation uses a `$variable` its reference pattern never uses (error).
    UnknownVariable,
    /// The reference pattern uses a `$variable` the translation never uses (warning).
    UnusedVariable,
    /// A `{ message }` or `{ -term }` defined neither in the locale nor in the
    /// reference (error).
    UnknownReference,
    /// A reference term absent from the locale.
    MissingTerm,
    /// A term of the locale absent from the reference.
    ObsoleteTerm,
    /// The translated value or attribute uses a `{ message }`, `{ message.attribute }`
    /// or `{ -term }` that the same pattern of the reference message does not (warning).
    AddedReference,
    /// The reference message's value or attribute uses a `{ message }`,
    /// `{ message.attribute }` or `{ -term }` that the translated one does not (warning).
    DroppedReference,
    /// A select on a number lacks a variant for a CLDR plural category of the locale,
    /// e.g. `[few]` in Russian; `other` is left to the default variant (warning).
    MissingPluralCategory,
    /// The locale folder's name is no locale tag, or CLDR has no plural rules for it, so
    /// its number selects were not checked; reported once per locale (warning).
    NoPluralRules,
}

impl Kind {
    /// Every kind, in the order of this enum.
    pub const ALL: [Kind; 18] = [
        Kind::Syntax,
        Kind::Unreadable,
        Kind::Duplicate,
        Kind::MissingMessage,
        Kind::ObsoleteMessage,
        Kind::MissingAttribute,
        Kind::ObsoleteAttribute,
        Kind::MissingValue,
        Kind::UnexpectedValue,
        Kind::UnknownVariable,
        Kind::UnusedVariable,
        Kind::UnknownReference,
        Kind::MissingTerm,
        Kind::ObsoleteTerm,
        Kind::AddedReference,
        Kind::DroppedReference,
        Kind::MissingPluralCategory,
        Kind::NoPluralRules,
    ];

    /// The kebab-case name, as in the text and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Syntax => "syntax",
            Kind::Unreadable => "unreadable",
            Kind::Duplicate => "duplicate",
            Kind::MissingMessage => "missing-message",
            Kind::ObsoleteMessage => "obsolete-message",
            Kind::MissingAttribute => "missing-attribute",
            Kind::ObsoleteAttribute => "obsolete-attribute",
            Kind::MissingValue => "missing-value",
            Kind::UnexpectedValue => "unexpected-value",
            Kind::UnknownVariable => "unknown-variable",
            Kind::UnusedVariable => "unused-variable",
            Kind::UnknownReference => "unknown-reference",
            Kind::MissingTerm => "missing-term",
            Kind::ObsoleteTerm => "obsolete-term",
            Kind::AddedReference => "added-reference",
            Kind::DroppedReference => "dropped-reference",
            Kind::MissingPluralCategory => "missing-plural-category",
            Kind::NoPluralRules => "no-plural-rules",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem found in the tree.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub kind: Kind,
    /// The locale folder the finding belongs to.
    pub locale: String,
    /// Path relative to the tree's root, with `/`, e.g. `ja/main.ftl`. For something
    /// missing from a locale, the file where the reference has it, in that locale.
    pub file: String,
    /// 1-based line in `file`, when the finding points at one.
    pub line: Option<usize>,
    /// The message or term id (`nav-home`, `-site-name`), or `message.attribute`.
    pub id: Option<String>,
    /// What is wrong, for people.
    pub message: String,
}

impl fmt::Display for Finding {
    /// `ja/main.ftl:12: error[syntax]: …`, or `ja: warning[missing-message] nav-home: …`
    /// for a finding without a line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: ", self.file)?,
            None => write!(f, "{}: ", self.locale)?,
        }
        write!(f, "{}[{}]", self.severity, self.kind)?;
        if let Some(id) = &self.id {
            write!(f, " {id}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// One row of the summary table.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LocaleSummary {
    pub locale: String,
    /// Whether this is the reference locale.
    pub reference: bool,
    /// Percentage of the reference's messages present in the locale, one decimal. It is
    /// 100.0 only when every message is present.
    pub coverage: f64,
    /// Number of messages in the reference locale (with `--bundle file`, counted file by
    /// file: an id defined in two files counts twice).
    pub messages: usize,
    /// How many of them the locale defines (by id, in the same file with `--bundle file`).
    pub translated: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// Coverage in percent, rounded to one decimal but never up to 100.0 when incomplete.
pub(crate) fn coverage(translated: usize, messages: usize) -> f64 {
    if messages == 0 || translated >= messages {
        return 100.0;
    }
    let per_mille = (translated as f64 * 1000.0 / messages as f64).round();
    per_mille.min(999.0) / 10.0
}

/// Everything a check found. Serialises to the JSON of [`Report::render_json`].
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The reference locale.
    pub reference: String,
    /// Whether missing and obsolete entries were errors.
    pub strict: bool,
    /// The bundle model the tree was checked with.
    pub bundle: Bundle,
    /// The reference first, then the checked locales in name order.
    pub locales: Vec<LocaleSummary>,
    /// Sorted by locale, file and line.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Number of findings with severity error.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// Number of findings with severity warning.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The summary row of `locale`.
    pub fn locale(&self, locale: &str) -> Option<&LocaleSummary> {
        self.locales.iter().find(|row| row.locale == locale)
    }

    /// One line per finding, a summary table, and a closing count line.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        for finding in &self.findings {
            out.push_str(&finding.to_string());
            out.push('\n');
        }
        if !self.findings.is_empty() {
            out.push('\n');
        }
        out.push_str(&self.table());
        out.push_str(&format!(
            "l10n-check: {}, {} in {}\n",
            plural(self.errors(), "error"),
            plural(self.warnings(), "warning"),
            plural(self.locales.len(), "locale"),
        ));
        out
    }

    fn table(&self) -> String {
        let header = ["locale", "coverage", "messages", "errors", "warnings"];
        let rows: Vec<[String; 5]> = self
            .locales
            .iter()
            .map(|row| {
                [
                    if row.reference {
                        format!("{} (ref)", row.locale)
                    } else {
                        row.locale.clone()
                    },
                    format!("{:.1}%", row.coverage),
                    format!("{}/{}", row.translated, row.messages),
                    row.errors.to_string(),
                    row.warnings.to_string(),
                ]
            })
            .collect();
        let mut widths = header.map(|h| h.chars().count());
        for row in &rows {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        let line = |cells: [&str; 5]| {
            let mut s = format!("{:<w$}", cells[0], w = widths[0]);
            s.push_str(&format!(" {:>w$}", cells[1], w = widths[1]));
            for (cell, width) in cells.iter().zip(widths).skip(2) {
                s.push_str(&format!("  {cell:>width$}"));
            }
            s.push('\n');
            s
        };
        let mut out = line(header);
        for row in &rows {
            out.push_str(&line([&row[0], &row[1], &row[2], &row[3], &row[4]]));
        }
        out
    }

    /// The report as pretty-printed JSON (see [`Report`]'s `Serialize`).
    pub fn render_json(&self) -> String {
        match serde_json::to_string_pretty(self) {
            Ok(mut json) => {
                json.push('\n');
                json
            }
            Err(e) => format!("{{\"error\": {:?}}}\n", e.to_string()),
        }
    }
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

impl Serialize for Report {
    /// `{"reference", "strict", "bundle", "locales", "findings", "errors", "warnings"}`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Report", 7)?;
        s.serialize_field("reference", &self.reference)?;
        s.serialize_field("strict", &self.strict)?;
        s.serialize_field("bundle", &self.bundle)?;
        s.serialize_field("locales", &self.locales)?;
        s.serialize_field("findings", &self.findings)?;
        s.serialize_field("errors", &self.errors())?;
        s.serialize_field("warnings", &self.warnings())?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coverage_has_one_decimal_and_only_complete_is_100() {
        assert_eq!(coverage(41, 42), 97.6);
        assert_eq!(coverage(42, 42), 100.0);
        assert_eq!(coverage(0, 42), 0.0);
        assert_eq!(coverage(0, 0), 100.0);
        assert_eq!(coverage(1999, 2000), 99.9);
    }

    fn report() -> Report {
        let row = |locale: &str, reference, translated, errors, warnings| LocaleSummary {
            locale: locale.to_string(),
            reference,
            coverage: coverage(translated, 42),
            messages: 42,
            translated,
            errors,
            warnings,
        };
        Report {
            reference: "en".into(),
            strict: false,
            bundle: Bundle::Locale,
            locales: vec![row("en", true, 42, 0, 0), row("ja", false, 41, 1, 2)],
            findings: vec![
                Finding {
                    severity: Severity::Error,
                    kind: Kind::Syntax,
                    locale: "ja".into(),
                    file: "ja/main.ftl".into(),
                    line: Some(12),
                    id: None,
                    message: "Expected a value".into(),
                },
                Finding {
                    severity: Severity::Warning,
                    kind: Kind::MissingMessage,
                    locale: "ja".into(),
                    file: "ja/main.ftl".into(),
                    line: None,
                    id: Some("nav-home".into()),
                    message: "not translated".into(),
                },
            ],
        }
    }

    #[test]
    fn text_rendering_matches_the_documented_layout() {
        let text = report().render_text();
        let expected = "\
ja/main.ftl:12: error[syntax]: Expected a value
ja: warning[missing-message] nav-home: not translated

locale   coverage  messages  errors  warnings
en (ref)   100.0%     42/42       0         0
ja          97.6%     41/42       1         2
l10n-check: 1 error, 1 warning in 2 locales
";
        assert_eq!(text, expected);
    }

    #[test]
    fn every_kind_is_serialised_as_displayed() {
        let mut names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        for kind in Kind::ALL {
            assert_eq!(
                serde_json::to_value(kind).unwrap(),
                serde_json::Value::from(kind.as_str())
            );
            assert_eq!(kind.to_string(), kind.as_str());
        }
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Kind::ALL.len());
    }

    #[test]
    fn json_has_the_documented_fields() {
        let value: serde_json::Value = serde_json::from_str(&report().render_json()).unwrap();
        assert_eq!(value["reference"], "en");
        assert_eq!(value["strict"], false);
        assert_eq!(value["bundle"], "locale");
        assert_eq!(value["errors"], 1);
        assert_eq!(value["warnings"], 1);
        assert_eq!(value["locales"][1]["coverage"], 97.6);
        assert_eq!(value["locales"][0]["reference"], true);
        assert_eq!(value["findings"][0]["kind"], "syntax");
        assert_eq!(value["findings"][0]["line"], 12);
        assert_eq!(value["findings"][0]["id"], serde_json::Value::Null);
        assert_eq!(value["findings"][1]["kind"], "missing-message");
        assert_eq!(value["findings"][1]["severity"], "warning");
    }
}
