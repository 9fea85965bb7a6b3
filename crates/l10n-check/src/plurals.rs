//! Plural categories: `missing-plural-category` and `no-plural-rules`.
//!
//! A select expression on a number must have a variant for each CLDR plural category of
//! its locale (Russian: `one`, `few`, `many`), or numbers of a missing category get the
//! default variant, in the wrong grammatical form. The categories come from CLDR through
//! `intl_pluralrules` (the crate `fluent-bundle` formats with), the locale from the name
//! of its folder, parsed by `unic-langid`.
//!
//! The rules, as compare-locales has them, made precise:
//!
//! - A select is on a number when its selector is a `NUMBER(…)` call or a number
//!   literal, or when one of its keys is a plural category other than `other` (`zero`,
//!   `one`, `two`, `few`, `many`). `{ $kind -> [bus] … *[other] … }` and
//!   `{ $n -> [0] … *[other] … }` are not checked: nothing says `$kind` or `$n` is a
//!   number in a way this locale must follow.
//! - `NUMBER($n, type: "ordinal")` is checked against the ordinal categories (English:
//!   `one`, `two`, `few` for 1st, 2nd, 3rd); every other number select against the
//!   cardinal ones, which is what Fluent selects with.
//! - `other` is never asked for: the default variant, which Fluent requires, is what
//!   numbers in `other` get (Russian keeps `other` for fractions, and `[one] [few]
//!   *[many]` is a complete Russian select).
//! - A number key (`[0]`, `[1]`) matches that number only and stands for no category.
//! - Keys the locale has no use for (`[one]` in Japanese) are not reported.
//! - Every locale is checked, the reference too, messages and terms alike.
//!
//! The locale is looked up as written, then without its region or script (`zh-Hant` →
//! `zh`, `pt-PT` stays `pt-PT`). A folder name that is no locale tag, or one CLDR has no
//! rules for, is reported once (`no-plural-rules`) if it has number selects at all, and
//! its selects are not checked.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Mutex, OnceLock};

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::analysis::{Select, Selector, VariantKey};
use crate::report::{Finding, Kind, Severity};

/// The CLDR category names, in CLDR's order.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// How many example numbers a finding gives for a missing category.
const EXAMPLES: usize = 3;

/// The plural categories of one locale and rule type, each with a few example numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Categories {
    /// The tag the rules were found under, e.g. `zh` for `zh-Hant`.
    pub found_as: String,
    /// `(category, examples)`, in CLDR's order.
    pub categories: Vec<(&'static str, Vec<String>)>,
}

impl Categories {
    /// The category names, in CLDR's order.
    pub fn names(&self) -> Vec<&'static str> {
        self.categories.iter().map(|(name, _)| *name).collect()
    }
}

/// The numbers the rules are sampled at. CLDR rules (version 37 in `intl_pluralrules`)
/// look at the integer digits modulo 10, 100 and 1,000,000, and at up to two fraction
/// digits with and without trailing zeros, so these reach every category.
fn samples() -> &'static [String] {
    static SAMPLES: OnceLock<Vec<String>> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        let mut samples: Vec<String> = (0..=1100).map(|i| i.to_string()).collect();
        for big in [10_000, 100_000, 1_000_000, 2_000_000, 10_000_000] {
            samples.push(big.to_string());
        }
        for i in 0..=120 {
            for f in 0..=9 {
                samples.push(format!("{i}.{f}"));
            }
        }
        for i in 0..=30 {
            for f in 0..=99 {
                samples.push(format!("{i}.{f:02}"));
            }
        }
        samples
    })
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The tags to look `locale` up as: as written (without variants), without region, without
/// script, language only.
fn candidates(locale: &str) -> Vec<LanguageIdentifier> {
    let Ok(id) = locale.parse::<LanguageIdentifier>() else {
        return Vec::new();
    };
    let mut out: Vec<LanguageIdentifier> = Vec::new();
    for (script, region) in [
        (id.script, id.region),
        (id.script, None),
        (None, id.region),
        (None, None),
    ] {
        let candidate = LanguageIdentifier::from_parts(id.language, script, region, &[]);
        if !out.contains(&candidate) {
            out.push(candidate);
        }
    }
    out
}

/// The categories of `locale` (a locale folder name) for one rule type, or `None` when the
/// name is no locale tag or CLDR has no rules for it. Worked out once per process.
pub(crate) fn categories(locale: &str, ordinal: bool) -> Option<Categories> {
    type Cache = Mutex<BTreeMap<(String, bool), Option<Categories>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Cache::default);
    let key = (locale.to_string(), ordinal);
    if let Some(found) = cache.lock().ok().and_then(|map| map.get(&key).cloned()) {
        return found;
    }
    let found = sample_categories(locale, ordinal);
    if let Ok(mut map) = cache.lock() {
        map.insert(key, found.clone());
    }
    found
}

fn sample_categories(locale: &str, ordinal: bool) -> Option<Categories> {
    let rule_type = if ordinal {
        PluralRuleType::ORDINAL
    } else {
        PluralRuleType::CARDINAL
    };
    let (found_as, rules) = candidates(locale)
        .into_iter()
        .find_map(|id| Some((id.to_string(), PluralRules::create(id, rule_type).ok()?)))?;
    let mut examples: [Vec<String>; 6] = Default::default();
    for sample in samples() {
        let Ok(category) = rules.select(sample.as_str()) else {
            continue;
        };
        let name = category_name(category);
        let index = CATEGORIES.iter().position(|c| *c == name).unwrap_or(5);
        if examples[index].len() < EXAMPLES {
            examples[index].push(sample.clone());
        }
    }
    let categories = CATEGORIES
        .iter()
        .zip(examples)
        .filter(|(_, examples)| !examples.is_empty())
        .map(|(name, examples)| (*name, examples))
        .collect();
    Some(Categories {
        found_as,
        categories,
    })
}

/// Whether `select` is on a number (see the module doc), and with which rules.
fn number_select(select: &Select) -> Option<bool> {
    match select.selector {
        Selector::Number { ordinal } => Some(ordinal),
        Selector::Other => select.keys.iter().any(is_category).then_some(false),
    }
}

/// `[zero]`, `[one]`, `[two]`, `[few]` or `[many]`: a key only a number select has.
fn is_category(key: &VariantKey) -> bool {
    match key {
        VariantKey::Name(name) => CATEGORIES[..5].contains(&name.as_str()),
        VariantKey::Number(_) => false,
    }
}

/// The plural checks of one locale: `files` are `(display path, selects)`.
pub(crate) fn check_locale<'a>(
    locale: &str,
    files: impl IntoIterator<Item = (&'a str, &'a [Select])>,
    findings: &mut Vec<Finding>,
) {
    // Looked up on the first select that needs them: [cardinal, ordinal].
    let mut rules: [Option<Option<Categories>>; 2] = [None, None];
    // The first unchecked select (file, line), how many there are, which rules lacked.
    let mut unchecked: Option<(&str, usize)> = None;
    let mut unchecked_count = 0;
    let mut lacking = [false, false];
    for (file, selects) in files {
        for select in selects {
            let Some(is_ordinal) = number_select(select) else {
                continue;
            };
            let slot = usize::from(is_ordinal);
            match rules[slot].get_or_insert_with(|| categories(locale, is_ordinal)) {
                Some(rules) => check_select(locale, file, select, is_ordinal, rules, findings),
                None => {
                    unchecked.get_or_insert((file, select.line));
                    unchecked_count += 1;
                    lacking[slot] = true;
                }
            }
        }
    }
    let Some((file, line)) = unchecked else {
        return;
    };
    let what = match lacking {
        [true, true] => "cardinal or ordinal",
        [false, true] => "ordinal",
        _ => "cardinal",
    };
    let why = if locale.parse::<LanguageIdentifier>().is_ok() {
        format!("CLDR has no {what} plural rules for `{locale}`")
    } else {
        format!("`{locale}` is not a locale tag, so its plural rules are unknown")
    };
    let selects = if unchecked_count == 1 {
        "this number select was".to_string()
    } else {
        format!(
            "this and {} more number selects of the locale were",
            unchecked_count - 1
        )
    };
    findings.push(Finding {
        severity: Severity::Warning,
        kind: Kind::NoPluralRules,
        locale: locale.to_string(),
        file: file.to_string(),
        line: Some(line),
        id: None,
        message: format!("{why}; {selects} not checked for missing plural categories"),
    });
}

fn check_select(
    locale: &str,
    file: &str,
    select: &Select,
    is_ordinal: bool,
    rules: &Categories,
    findings: &mut Vec<Finding>,
) {
    let given: BTreeSet<&str> = select
        .keys
        .iter()
        .filter_map(|key| match key {
            VariantKey::Name(name) => Some(name.as_str()),
            VariantKey::Number(_) => None,
        })
        .collect();
    let missing: Vec<&(&str, Vec<String>)> = rules
        .categories
        .iter()
        .filter(|(name, _)| *name != "other" && !given.contains(name))
        .collect();
    if missing.is_empty() {
        return;
    }
    let (what, rules_name) = if is_ordinal {
        ("ordinal", "CLDR ordinal rules")
    } else {
        ("plural", "CLDR plural rules")
    };
    let needed: Vec<String> = rules
        .names()
        .iter()
        .filter(|name| **name != "other")
        .map(|name| format!("[{name}]"))
        .collect();
    let missing_text: Vec<String> = missing
        .iter()
        .enumerate()
        .map(|(i, (name, examples))| {
            let such_as = if i == 0 { "numbers such as" } else { "such as" };
            format!("[{name}] ({such_as} {})", examples.join(", "))
        })
        .collect();
    let numbered = select.keys.iter().find_map(|key| match key {
        VariantKey::Number(number) => Some(number.as_str()),
        VariantKey::Name(_) => None,
    });
    let numbers_note = match numbered {
        Some(number) => format!(
            "; a number key such as [{number}] matches that number only and stands for no category"
        ),
        None => String::new(),
    };
    let found_as = if rules.found_as == locale {
        String::new()
    } else {
        format!(", as `{}`", rules.found_as)
    };
    findings.push(Finding {
        severity: Severity::Warning,
        kind: Kind::MissingPluralCategory,
        locale: locale.to_string(),
        file: file.to_string(),
        line: Some(select.line),
        id: Some(select.in_pattern.clone()),
        message: format!(
            "this {what} select has no variant for {}, which get the default `*[{}]` instead; \
             `{locale}` needs {} ({rules_name}{found_as}){numbers_note}",
            list(&missing_text, "or"),
            select.default_key,
            list(&needed, "and"),
        ),
    });
}

/// `a`, `a or b`, `a, b or c`.
fn list(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(locale: &str, ordinal: bool) -> Option<Vec<&'static str>> {
        categories(locale, ordinal).map(|c| c.names())
    }

    #[test]
    fn cldr_categories_of_some_locales() {
        assert_eq!(names("en", false).unwrap(), ["one", "other"]);
        assert_eq!(names("de", false).unwrap(), ["one", "other"]);
        assert_eq!(names("ja", false).unwrap(), ["other"]);
        assert_eq!(names("ko", false).unwrap(), ["other"]);
        assert_eq!(names("ru", false).unwrap(), ["one", "few", "many", "other"]);
        assert_eq!(names("pl", false).unwrap(), ["one", "few", "many", "other"]);
        assert_eq!(
            names("ar", false).unwrap(),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(names("cy", false).unwrap().len(), 6);
        assert_eq!(names("en", true).unwrap(), ["one", "two", "few", "other"]);
    }

    #[test]
    fn scripts_and_regions_fall_back_to_the_language() {
        for (tag, found_as) in [
            ("zh-Hans", "zh"),
            ("zh-Hant", "zh"),
            ("en-US", "en"),
            ("en-XA", "en"),
            ("sr-Latn", "sr"),
            ("pt-BR", "pt"),
            ("pt-PT", "pt-PT"),
            ("ru", "ru"),
        ] {
            let found = categories(tag, false).unwrap_or_else(|| panic!("{tag}"));
            assert_eq!(found.found_as, found_as, "{tag}");
        }
        assert_eq!(names("zh-Hant", false).unwrap(), ["other"]);
        // pt-PT and pt differ: 0 is `one` in Brazil, `other` in Portugal.
        let pt = categories("pt", false).unwrap();
        let pt_pt = categories("pt-PT", false).unwrap();
        assert!(pt.categories[0].1.contains(&"0".to_string()), "{pt:?}");
        assert!(
            !pt_pt.categories[0].1.contains(&"0".to_string()),
            "{pt_pt:?}"
        );
    }

    #[test]
    fn unknown_or_invalid_locales_have_no_categories() {
        assert_eq!(names("templates", false), None);
        assert_eq!(names("xx", false), None);
        assert_eq!(names("", false), None);
        assert_eq!(names("en_US!", false), None);
    }

    fn check(locale: &str, text: &str) -> Vec<Finding> {
        let analysis = crate::analysis::analyse(text);
        assert!(
            analysis.syntax_errors.is_empty(),
            "{:?}",
            analysis.syntax_errors
        );
        let mut findings = Vec::new();
        check_locale(
            locale,
            [("x/main.ftl", analysis.selects.as_slice())],
            &mut findings,
        );
        findings
    }

    #[test]
    fn which_selects_are_number_selects() {
        let text = "\
a = { $n ->
    [one] a
   *[other] b
}
b = { NUMBER($n) ->
   *[other] b
}
c = { 3 ->
   *[other] c
}
d = { $n ->
    [0] d
   *[other] e
}
e = { $kind ->
    [bus] e
   *[other] f
}
f = { NUMBER($n, type: \"ordinal\") ->
   *[other] f
}
g = { -term.gender ->
    [many] g
   *[other] h
}
";
        let selects = crate::analysis::analyse(text).selects;
        let kinds: Vec<(&str, Option<bool>)> = selects
            .iter()
            .map(|s| (s.in_pattern.as_str(), number_select(s)))
            .collect();
        assert_eq!(
            kinds,
            [
                ("a", Some(false)),
                ("b", Some(false)),
                ("c", Some(false)),
                ("d", None),
                ("e", None),
                ("f", Some(true)),
                ("g", Some(false)),
            ]
        );
        // In Russian all but d and e lack categories (c and b only have `other`); the
        // ordinal f is complete, as Russian ordinals have only `other`.
        let ids: Vec<Option<String>> = check("ru", text).into_iter().map(|f| f.id).collect();
        let ids: Vec<&str> = ids.iter().flatten().map(String::as_str).collect();
        assert_eq!(ids, ["a", "b", "c", "g"]);
        assert!(check("ja", text).is_empty());
    }

    #[test]
    fn nested_selects_and_attributes_are_checked_with_their_ids() {
        let text = "\
-term = { $n ->
    [one] { $m ->
        [one] x
       *[other] y
    }
   *[other] z
}
    .count = { $n ->
        [few] a
       *[other] b
    }
";
        let findings = check("pl", text);
        let brief: Vec<(Option<&str>, Option<usize>)> =
            findings.iter().map(|f| (f.id.as_deref(), f.line)).collect();
        assert_eq!(
            brief,
            [
                (Some("-term"), Some(2)),
                (Some("-term"), Some(3)),
                (Some("-term.count"), Some(9)),
            ]
        );
        assert!(findings[0]
            .message
            .contains("[few] (numbers such as 2, 3, 4) or [many]"));
        assert!(findings[2]
            .message
            .contains("no variant for [one] (numbers such as 1) or [many]"));
    }

    #[test]
    fn a_locale_without_rules_is_reported_once() {
        let text =
            "a = { $n ->\n    [one] a\n   *[other] b\n}\nb = { NUMBER($n) ->\n   *[other] b\n}\n";
        let findings = check("qya", text);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].kind, Kind::NoPluralRules);
        assert_eq!(findings[0].line, Some(2));
        assert!(findings[0]
            .message
            .starts_with("CLDR has no cardinal plural rules for `qya`; this and 1 more"));
        let findings = check("not a tag", text);
        assert!(findings[0]
            .message
            .starts_with("`not a tag` is not a locale tag"));
        // No number select, nothing to say.
        assert!(check("qya", "a = { $kind ->\n    [x] a\n   *[other] b\n}\n").is_empty());
        assert!(check("qya", "a = plain\n").is_empty());
    }

    #[test]
    fn a_locale_with_cardinal_rules_only_is_reported_for_its_ordinals() {
        let ordinal = PluralRules::get_locales(PluralRuleType::ORDINAL);
        let cardinal_only = PluralRules::get_locales(PluralRuleType::CARDINAL)
            .into_iter()
            .find(|id| !ordinal.contains(id))
            .expect("CLDR has locales without ordinal rules")
            .to_string();
        let text = "a = { NUMBER($n, type: \"ordinal\") ->\n   *[other] b\n}\n";
        let findings = check(&cardinal_only, text);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert!(
            findings[0].message.starts_with(&format!(
                "CLDR has no ordinal plural rules for `{cardinal_only}`"
            )),
            "{}",
            findings[0].message
        );
    }

    #[test]
    fn examples_are_numbers_of_their_category() {
        let ru = categories("ru", false).unwrap();
        assert_eq!(
            ru.categories,
            [
                ("one", vec!["1".into(), "21".into(), "31".into()]),
                ("few", vec!["2".into(), "3".into(), "4".into()]),
                ("many", vec!["0".into(), "5".into(), "6".into()]),
                ("other", vec!["0.0".into(), "0.1".into(), "0.2".into()]),
            ]
        );
    }
}
