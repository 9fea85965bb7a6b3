//! `added-reference` and `dropped-reference`: the message and term references of a
//! translated pattern compared with those of the same pattern (the value, or the
//! attribute of the same name) in the reference message, as compare-locales does.
//!
//! A reference is written as in Fluent: `{ brand }`, `{ brand.title }` (another id than
//! `{ brand }`), `{ -site-name }` (with or without arguments, such as
//! `{ -site-name(case: "genitive") }`). Both kinds are warnings, also with `--strict`:
//! a translation may have a reason (the English says "this site" where the Japanese
//! names `{ -site-name }`), but a dropped `{ -site-name }` is usually the brand typed by
//! hand, and an added `{ other-message }` often a copy-paste slip.
//!
//! Terms get compare-locales' leniency:
//!
//! - the definitions of terms (`-brand = …`) are not compared: a term's value and
//!   attributes belong to its locale, which may build it from other terms or not;
//! - a term's attributes are not references: `{ -brand.gender -> … }` selects on a
//!   grammatical property that only some languages give their terms, so it neither adds
//!   a reference nor stands in for `{ -brand }`.

use crate::analysis::References;
use crate::report::{Finding, Kind};

/// One translated pattern next to its reference pattern.
pub(crate) struct Patterns<'a> {
    pub reference: &'a References,
    /// Where the reference pattern is, e.g. `en/main.ftl:12`.
    pub at_reference: String,
    pub translation: &'a References,
    /// The line of the translated pattern (of its message or attribute name).
    pub line: usize,
}

/// Compares the references of `patterns`; `finding(kind, line, message)` makes a
/// warning of the translation's file.
pub(crate) fn compare(
    patterns: &Patterns<'_>,
    finding: &dyn Fn(Kind, usize, String) -> Finding,
    findings: &mut Vec<Finding>,
) {
    for (reference, &line) in patterns.translation {
        if !patterns.reference.contains_key(reference) {
            findings.push(finding(
                Kind::AddedReference,
                line,
                format!(
                    "`{{ {reference} }}` is used here but not in the reference ({}){}",
                    patterns.at_reference,
                    uses(patterns.reference)
                ),
            ));
        }
    }
    for reference in patterns.reference.keys() {
        if !patterns.translation.contains_key(reference) {
            findings.push(finding(
                Kind::DroppedReference,
                patterns.line,
                format!(
                    "the reference ({}) uses `{{ {reference} }}` but this translation does not",
                    patterns.at_reference
                ),
            ));
        }
    }
}

/// `, which uses only { a }, { -b }` or `, which uses no references`.
fn uses(references: &References) -> String {
    if references.is_empty() {
        ", which uses no message or term references".to_string()
    } else {
        let names: Vec<String> = references.keys().map(|r| format!("{{ {r} }}")).collect();
        format!(", which uses only {}", names.join(", "))
    }
}
