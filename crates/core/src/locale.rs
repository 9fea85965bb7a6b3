//! Locales: which ones ship, how they appear in URLs, and how a visitor's preferences are
//! negotiated against them (`fluent-langneg`).
//!
//! URL scheme: every localised route starts with the locale tag (`/en/news`, `/ja/pages/x`).
//! The bare root `/` is negotiated in the order of target I1: URL prefix, saved choice,
//! browser languages, configured default.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// Writing direction of a locale, used for `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A locale the interface ships with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    /// BCP 47 tag, also the URL prefix and the folder under `locales/`.
    pub tag: &'static str,
    /// The language's name written in that language ("日本語"), shown in the selector.
    pub native_name: &'static str,
    pub dir: Direction,
}

/// The reference locale: every other locale falls back to it, message by message.
pub const REFERENCE: &str = "en";

/// The locales the interface ships with, in the order the language selector lists them.
pub const SHIPPED: &[LocaleInfo] = &[
    LocaleInfo {
        tag: "en",
        native_name: "English",
        dir: Direction::Ltr,
    },
    LocaleInfo {
        tag: "ja",
        native_name: "日本語",
        dir: Direction::Ltr,
    },
];

/// Looks a shipped locale up by its exact tag (case-insensitive, as URLs may vary).
pub fn find(tag: &str) -> Option<&'static LocaleInfo> {
    SHIPPED.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// Splits a URL path into its locale prefix (if the first segment is a shipped locale) and
/// the rest of the path, which always starts with `/`.
///
/// `"/ja/news"` → `(Some(ja), "/news")`; `"/about"` → `(None, "/about")`.
pub fn split_path(path: &str) -> (Option<&'static LocaleInfo>, String) {
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let (first, rest) = match trimmed.find('/') {
        Some(i) => (&trimmed[..i], &trimmed[i..]),
        None => (trimmed, ""),
    };
    match find(first) {
        Some(info) => {
            let rest = if rest.is_empty() { "/" } else { rest };
            (Some(info), rest.to_string())
        }
        None => (None, normalise(path)),
    }
}

fn normalise(path: &str) -> String {
    if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    }
}

/// Builds the path of `rest` (a path without locale prefix) in the locale `tag`:
/// `("ja", "/news")` → `"/ja/news"`, `("ja", "/")` → `"/ja"`.
pub fn localized_path(tag: &str, rest: &str) -> String {
    let rest = rest.trim_start_matches('/');
    if rest.is_empty() {
        format!("/{tag}")
    } else {
        format!("/{tag}/{rest}")
    }
}

/// Picks the shipped locale for a visitor: the saved choice if it is still shipped, else the
/// best match of the browser's preferred languages, else `default`.
///
/// Matching follows fluent-langneg's filtering strategy, so `ja-JP` finds `ja` and `en-GB`
/// finds `en`; malformed tags in `browser` are ignored.
pub fn negotiate(saved: Option<&str>, browser: &[String], default: &str) -> &'static str {
    if let Some(info) = saved.and_then(find) {
        return info.tag;
    }
    let requested: Vec<LanguageIdentifier> =
        browser.iter().filter_map(|t| t.parse().ok()).collect();
    let available: Vec<LanguageIdentifier> = SHIPPED
        .iter()
        .map(|l| l.tag.parse().expect("shipped tags are valid BCP 47"))
        .collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    if let Some(best) = chosen.first() {
        let best = best.to_string();
        if let Some(info) = find(&best) {
            return info.tag;
        }
    }
    find(default).map(|l| l.tag).unwrap_or(REFERENCE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn splits_locale_prefix_from_path() {
        let (loc, rest) = split_path("/ja/news");
        assert_eq!(loc.map(|l| l.tag), Some("ja"));
        assert_eq!(rest, "/news");
        let (loc, rest) = split_path("/en");
        assert_eq!(loc.map(|l| l.tag), Some("en"));
        assert_eq!(rest, "/");
        let (loc, rest) = split_path("/en/pages/accessibility");
        assert_eq!(loc.map(|l| l.tag), Some("en"));
        assert_eq!(rest, "/pages/accessibility");
    }

    #[test]
    fn path_without_shipped_prefix_has_no_locale() {
        let (loc, rest) = split_path("/fr/news");
        assert!(loc.is_none());
        assert_eq!(rest, "/fr/news");
        let (loc, rest) = split_path("/");
        assert!(loc.is_none());
        assert_eq!(rest, "/");
        // "english" merely starts with "en": not a locale prefix.
        assert!(split_path("/english").0.is_none());
    }

    #[test]
    fn localized_path_round_trips_with_split_path() {
        for rest in ["/", "/news", "/pages/multilingual-support"] {
            for info in SHIPPED {
                let path = localized_path(info.tag, rest);
                let (loc, back) = split_path(&path);
                assert_eq!(loc.map(|l| l.tag), Some(info.tag));
                assert_eq!(back, rest);
            }
        }
        assert_eq!(localized_path("ja", "/"), "/ja");
    }

    #[test]
    fn saved_choice_wins_over_browser_languages() {
        assert_eq!(negotiate(Some("ja"), &langs(&["en-US"]), "en"), "ja");
    }

    #[test]
    fn unknown_saved_choice_is_ignored() {
        assert_eq!(negotiate(Some("xx"), &langs(&["ja-JP"]), "en"), "ja");
    }

    #[test]
    fn browser_languages_match_by_language_subtag() {
        assert_eq!(negotiate(None, &langs(&["ja-JP", "en-US"]), "en"), "ja");
        assert_eq!(negotiate(None, &langs(&["en-GB", "ja"]), "ja"), "en");
        assert_eq!(negotiate(None, &langs(&["fr-FR", "ja"]), "en"), "ja");
    }

    #[test]
    fn falls_back_to_default_then_reference() {
        assert_eq!(negotiate(None, &langs(&["fr", "de"]), "ja"), "ja");
        assert_eq!(negotiate(None, &langs(&[]), "xx"), REFERENCE);
        assert_eq!(negotiate(None, &langs(&["not a tag!"]), "en"), "en");
    }

    #[test]
    fn shipped_locales_are_unique_and_include_reference() {
        assert!(find(REFERENCE).is_some());
        for (i, a) in SHIPPED.iter().enumerate() {
            for b in &SHIPPED[i + 1..] {
                assert_ne!(a.tag, b.tag);
            }
        }
    }
}
