//! Fluent message lookup with a per-message fallback chain.
//!
//! A [`Localizer`] holds one `FluentBundle` per locale of the chain, most preferred first and
//! the reference locale last (`ja` → `en`). [`Localizer::format`] asks each bundle in turn, so
//! a message missing from `ja` is shown in English instead of as a raw id, and the miss is
//! reported exactly once so that the app can log it. Broken `.ftl` sources never lose the
//! valid entries around the error: Fluent's parser recovers per entry and the errors are
//! returned with file and line for the caller to report.

use std::cell::RefCell;
use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// The bundle type used everywhere in civic-portal (single-threaded memoizer: the app runs on
/// the browser's main thread).
pub type Bundle = fluent_bundle::FluentBundle<FluentResource>;

/// One Fluent source file of a locale.
#[derive(Clone, Debug)]
pub struct Source {
    /// Locale tag (`ja`).
    pub locale: String,
    /// File name for error reports (`main.ftl`).
    pub name: String,
    pub text: String,
}

/// Something wrong with a source or with a lookup, for the console or a checker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The `.ftl` text has a syntax error; the entry at that line was skipped.
    Syntax {
        locale: String,
        file: String,
        line: usize,
        message: String,
    },
    /// Two sources of one locale define the same message; the first one wins.
    Duplicate {
        locale: String,
        file: String,
        id: String,
    },
    /// A message is missing from `locale` and was taken from `used` instead (or from no
    /// locale at all when `used` is `None`).
    Missing {
        id: String,
        locale: String,
        used: Option<String>,
    },
    /// Formatting the message produced errors (an unknown variable, say).
    Format {
        id: String,
        locale: String,
        message: String,
    },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Syntax {
                locale,
                file,
                line,
                message,
            } => write!(f, "{locale}/{file}:{line}: syntax error: {message}"),
            Problem::Duplicate { locale, file, id } => {
                write!(f, "{locale}/{file}: duplicate message `{id}` ignored")
            }
            Problem::Missing { id, locale, used } => match used {
                Some(used) => write!(f, "message `{id}` missing in {locale}; showing {used}"),
                None => write!(f, "message `{id}` missing in {locale} and every fallback"),
            },
            Problem::Format {
                id,
                locale,
                message,
            } => write!(f, "message `{id}` in {locale}: {message}"),
        }
    }
}

/// A formatted message plus whatever went wrong while finding it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Formatted {
    pub text: String,
    /// Reported once per message id and locale; later lookups return `None` here.
    pub problem: Option<Problem>,
}

/// Messages of one locale with its fallback chain.
pub struct Localizer {
    bundles: Vec<(String, Bundle)>,
    reported: RefCell<BTreeSet<String>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("chain", &self.chain())
            .finish()
    }
}

/// Converts a byte offset into a 1-based line number.
/// How deep `{ placeables }` and `FUNCTION(calls)` may nest. Fluent's parser recurses once
/// per level, so absurd nesting would overflow the stack (in the browser too); real
/// translations nest a handful of levels at most. Files nested deeper are refused unparsed,
/// here and by the translators' checker.
pub const MAX_NESTING: usize = 100;

/// The line at which `{` placeables and `(` call arguments inside them first nest deeper
/// than [`MAX_NESTING`], skipping comments and string literals. An approximation that can
/// only err on the side of absurd input.
pub fn too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut line) = (0usize, 1usize);
    let (mut in_string, mut escaped, mut in_comment, mut line_start) = (false, false, false, true);
    // The last byte that was not a space: a `"` starts a string literal only where an
    // expression can start (after `{`, `(`, `,` or `:`); in a select variant's text it is a
    // plain character.
    let mut previous = b'\n';
    for byte in text.bytes() {
        if byte == b'\n' {
            (line, in_string, in_comment, line_start) = (line + 1, false, false, true);
            previous = b'\n';
            continue;
        }
        let at_line_start = std::mem::replace(&mut line_start, false);
        if in_comment {
            continue;
        }
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'#' if at_line_start && depth == 0 => in_comment = true,
            b'"' if depth > 0 && matches!(previous, b'{' | b'(' | b',' | b':') => in_string = true,
            b'{' => depth += 1,
            b'(' if depth > 0 => depth += 1,
            b'}' | b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_NESTING {
            return Some(line);
        }
        if !byte.is_ascii_whitespace() {
            previous = byte;
        }
    }
    None
}

/// `text` without the entries nested deeper than [`MAX_NESTING`] (an entry starts at a line
/// that begins with a letter, `-` or `#`), and the lines where those entries start. The
/// rest of the file still loads, as with any other broken entry.
pub fn without_too_deep_entries(text: &str) -> (String, Vec<usize>) {
    if too_deep(text).is_none() {
        return (text.to_string(), Vec::new());
    }
    let mut kept = String::with_capacity(text.len());
    let mut skipped = Vec::new();
    let mut entry = String::new();
    let mut entry_line = 1;
    let mut flush = |entry: &mut String, line: usize, kept: &mut String| {
        if too_deep(entry).is_some() {
            skipped.push(line);
            // Keep the line count, so later errors name the right lines.
            kept.push_str(&"\n".repeat(entry.matches('\n').count()));
        } else {
            kept.push_str(entry);
        }
        entry.clear();
    };
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let starts_entry = line
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'#');
        if starts_entry && !entry.is_empty() {
            flush(&mut entry, entry_line, &mut kept);
        }
        if entry.is_empty() {
            entry_line = i + 1;
        }
        entry.push_str(line);
    }
    flush(&mut entry, entry_line, &mut kept);
    (kept, skipped)
}

/// `text` without the Unicode bidi isolation marks Fluent puts around every placeable
/// (U+2066–U+2069). They keep a name or number in another script from reordering the text
/// laid out around it, but in a tab title, a bookmark, a search result, an accessible name
/// or a live region they are stray characters that break matching and may be spoken.
pub fn without_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
        .collect()
}

pub fn line_of(text: &str, byte: usize) -> usize {
    let end = byte.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

impl Localizer {
    /// Builds the chain from sources grouped by locale, in chain order (most preferred
    /// first). `setup` runs on each new bundle, e.g. to install `NUMBER` formatting.
    ///
    /// Returns the localizer and every syntax or duplicate problem found; valid entries are
    /// kept even in a file with errors.
    pub fn new(chain: &[(&str, Vec<Source>)], setup: &dyn Fn(&mut Bundle)) -> (Self, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut bundles = Vec::new();
        for (tag, sources) in chain {
            let langid: LanguageIdentifier = crate::locale::language_of(tag)
                .parse()
                .unwrap_or_else(|_| LanguageIdentifier::default());
            let mut bundle = Bundle::new(vec![langid]);
            // NUMBER() stays the built-in one so that plural selection sees a number; the
            // app formats numbers for display through `set_formatter` (Intl.NumberFormat).
            bundle
                .add_builtins()
                .expect("built-in functions register on a new bundle");
            setup(&mut bundle);
            for source in sources {
                let (text, deep) = without_too_deep_entries(&source.text);
                for line in deep {
                    problems.push(Problem::Syntax {
                        locale: tag.to_string(),
                        file: source.name.clone(),
                        line,
                        message: format!(
                            "nested more than {MAX_NESTING} levels deep; the entry was skipped"
                        ),
                    });
                }
                let resource = match FluentResource::try_new(text) {
                    Ok(res) => res,
                    Err((res, errors)) => {
                        for err in errors {
                            problems.push(Problem::Syntax {
                                locale: tag.to_string(),
                                file: source.name.clone(),
                                line: line_of(&source.text, err.pos.start),
                                message: err.kind.to_string(),
                            });
                        }
                        res
                    }
                };
                if let Err(errors) = bundle.add_resource(resource) {
                    for err in errors {
                        if let fluent_bundle::FluentError::Overriding { id, .. } = err {
                            problems.push(Problem::Duplicate {
                                locale: tag.to_string(),
                                file: source.name.clone(),
                                id,
                            });
                        }
                    }
                }
            }
            bundles.push((tag.to_string(), bundle));
        }
        (
            Localizer {
                bundles,
                reported: RefCell::new(BTreeSet::new()),
            },
            problems,
        )
    }

    /// The locale tags of the chain, most preferred first.
    pub fn chain(&self) -> Vec<&str> {
        self.bundles.iter().map(|(t, _)| t.as_str()).collect()
    }

    /// Whether some locale of the chain has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|(_, b)| b.has_message(id))
    }

    /// Formats message `id` (or `id.attribute`) from the first bundle of the chain that has
    /// it. A message found nowhere formats as an empty string, never as its raw id.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Formatted {
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let wanted = self
            .bundles
            .first()
            .map(|(t, _)| t.clone())
            .unwrap_or_default();
        for (tag, bundle) in &self.bundles {
            let Some(message) = bundle.get_message(msg_id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => message.get_attribute(a).map(|at| at.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            let problem = if !errors.is_empty() {
                Some(Problem::Format {
                    id: id.to_string(),
                    locale: tag.clone(),
                    message: errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                })
            } else if *tag != wanted {
                Some(Problem::Missing {
                    id: id.to_string(),
                    locale: wanted.clone(),
                    used: Some(tag.clone()),
                })
            } else {
                None
            };
            return Formatted {
                text,
                problem: problem.filter(|p| self.first_report(p)),
            };
        }
        let problem = Problem::Missing {
            id: id.to_string(),
            locale: wanted,
            used: None,
        };
        Formatted {
            text: String::new(),
            problem: Some(problem).filter(|p| self.first_report(p)),
        }
    }

    fn first_report(&self, problem: &Problem) -> bool {
        self.reported.borrow_mut().insert(problem.to_string())
    }
}

#[cfg(test)]
mod nesting_tests {
    use super::*;

    #[test]
    fn entries_nested_too_deep_are_skipped_and_the_rest_kept() {
        let deep = format!("deep = {}\n", "{ ".repeat(5_000));
        let text =
            format!("a = A\n{deep}b = B\n    continued\nc = {{ $x ->\n   *[o] \" {{ $y }}\n}}\n");
        let (kept, skipped) = without_too_deep_entries(&text);
        assert_eq!(skipped, vec![2]);
        assert!(kept.starts_with("a = A\n\nb = B\n    continued\nc = "));
        assert_eq!(kept.lines().count(), text.lines().count());
        // A quote in a variant's text is text: the braces after it still count.
        let quoted = format!("a = {{ $x ->\n   *[o] \" {}\n}}\n", "{ ".repeat(500));
        assert_eq!(too_deep(&quoted), Some(2));
        assert_eq!(too_deep("a = {\"{\"}\n"), None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isolation_marks_are_removed_and_nothing_else() {
        assert_eq!(
            without_isolation(
                "News, page \u{2068}1\u{2069} of \u{2068}3\u{2069} | \u{2068}Sample City\u{2069}"
            ),
            "News, page 1 of 3 | Sample City"
        );
        assert_eq!(without_isolation("\u{2066}a\u{2067}b\u{2069}"), "ab");
        // Other directional and invisible characters stay (they are the author's).
        assert_eq!(
            without_isolation("\u{200F}שלום\u{200E} 東京"),
            "\u{200F}שלום\u{200E} 東京"
        );
    }
    use fluent_bundle::FluentValue;

    fn src(locale: &str, text: &str) -> Source {
        Source {
            locale: locale.into(),
            name: "main.ftl".into(),
            text: text.into(),
        }
    }

    fn no_setup(b: &mut Bundle) {
        b.set_use_isolating(false);
    }

    fn ja_en() -> (Localizer, Vec<Problem>) {
        Localizer::new(
            &[
                ("ja", vec![src("ja", "greeting = こんにちは\n")]),
                (
                    "en",
                    vec![src(
                        "en",
                        "greeting = Hello\nfarewell = Goodbye\nitems = { $count ->\n    [one] One item\n   *[other] { $count } items\n}\nbutton = Send\n    .title = Send the form\n",
                    )],
                ),
            ],
            &no_setup,
        )
    }

    #[test]
    fn active_locale_is_used_when_it_has_the_message() {
        let (l, problems) = ja_en();
        assert!(problems.is_empty());
        let f = l.format("greeting", None);
        assert_eq!(f.text, "こんにちは");
        assert_eq!(f.problem, None);
    }

    #[test]
    fn missing_message_falls_back_and_is_reported_once() {
        let (l, _) = ja_en();
        let first = l.format("farewell", None);
        assert_eq!(first.text, "Goodbye");
        assert_eq!(
            first.problem,
            Some(Problem::Missing {
                id: "farewell".into(),
                locale: "ja".into(),
                used: Some("en".into())
            })
        );
        let second = l.format("farewell", None);
        assert_eq!(second.text, "Goodbye");
        assert_eq!(second.problem, None);
    }

    #[test]
    fn unknown_message_is_never_shown_as_its_id() {
        let (l, _) = ja_en();
        let f = l.format("no-such-message", None);
        assert_eq!(f.text, "");
        assert!(matches!(
            f.problem,
            Some(Problem::Missing { used: None, .. })
        ));
    }

    #[test]
    fn plurals_and_attributes_format() {
        let (l, _) = ja_en();
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(1));
        assert_eq!(l.format("items", Some(&args)).text, "One item");
        args.set("count", FluentValue::from(5));
        assert_eq!(l.format("items", Some(&args)).text, "5 items");
        assert_eq!(l.format("button.title", None).text, "Send the form");
    }

    #[test]
    fn syntax_errors_keep_valid_entries_and_report_the_line() {
        let (l, problems) = Localizer::new(
            &[(
                "en",
                vec![src(
                    "en",
                    "ok-one = Fine\nbroken = { $\nok-two = Also fine\n",
                )],
            )],
            &no_setup,
        );
        assert_eq!(l.format("ok-one", None).text, "Fine");
        assert_eq!(l.format("ok-two", None).text, "Also fine");
        assert!(
            matches!(&problems[..], [Problem::Syntax { line: 2, .. }]),
            "{problems:?}"
        );
    }

    #[test]
    fn duplicates_are_reported_and_first_wins() {
        let (l, problems) = Localizer::new(
            &[(
                "en",
                vec![src("en", "a = first\n"), src("en", "a = second\n")],
            )],
            &no_setup,
        );
        assert_eq!(l.format("a", None).text, "first");
        assert!(matches!(&problems[..], [Problem::Duplicate { id, .. }] if id == "a"));
    }

    #[test]
    fn missing_variable_is_a_format_problem() {
        let (l, _) = Localizer::new(&[("en", vec![src("en", "hi = Hi { $name }\n")])], &no_setup);
        let f = l.format("hi", None);
        assert!(matches!(f.problem, Some(Problem::Format { .. })));
    }

    fn one_locale(tag: &str, text: &str, isolating: bool) -> Localizer {
        let (l, problems) = Localizer::new(&[(tag, vec![src(tag, text)])], &|b| {
            b.set_use_isolating(isolating);
        });
        assert!(problems.is_empty(), "{problems:?}");
        l
    }

    #[test]
    fn plural_categories_follow_each_shipped_locale() {
        let ftl = "n = { NUMBER($n) ->\n    [one] one\n   *[other] other\n}\nz = { $n ->\n    [0] zero\n   *[other] { $n }\n}\n";
        let mut args = FluentArgs::new();
        for (tag, one) in [
            ("en", "one"),
            ("ja", "other"),
            ("zh-Hans", "other"),
            ("zh-Hant", "other"),
            ("ko", "other"),
        ] {
            let l = one_locale(tag, ftl, false);
            args.set("n", FluentValue::from(1));
            assert_eq!(l.format("n", Some(&args)).text, one, "{tag} with 1");
            args.set("n", FluentValue::from(2));
            assert_eq!(l.format("n", Some(&args)).text, "other", "{tag} with 2");
            args.set("n", FluentValue::from(0));
            assert_eq!(
                l.format("z", Some(&args)).text,
                "zero",
                "{tag}: exact match wins"
            );
        }
    }

    #[test]
    fn isolation_marks_wrap_interpolations_in_both_directions() {
        // Left-to-right message with a right-to-left value (an Arabic name).
        let ltr = one_locale("en", "hi = Hello, { $name }!\n", true);
        let mut args = FluentArgs::new();
        args.set("name", FluentValue::from("سلمى"));
        assert_eq!(
            ltr.format("hi", Some(&args)).text,
            "Hello, \u{2068}سلمى\u{2069}!"
        );
        // Right-to-left message with a left-to-right value (a URL).
        let rtl = one_locale("ar", "visit = زر { $site } الآن\n", true);
        args.set("site", FluentValue::from("example.org/a"));
        assert_eq!(
            rtl.format("visit", Some(&args)).text,
            "زر \u{2068}example.org/a\u{2069} الآن"
        );
        // A message that is only a placeable is not wrapped (nothing to isolate it from).
        let only = one_locale("en", "only = { $name }\n", true);
        assert_eq!(only.format("only", Some(&args)).text, "سلمى");
    }

    #[test]
    fn line_numbers_are_one_based() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 100), 3);
    }
}
