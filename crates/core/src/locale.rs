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

/// How a pseudo-locale transforms the reference strings (target I7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pseudo {
    /// Accented and about 40% longer, in brackets: finds hard-coded text, clipped or
    /// truncated labels and concatenated strings.
    Accented,
    /// Right-to-left: mirrored layout with bidi-overridden text.
    Bidi,
}

/// A locale the interface ships with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    /// BCP 47 tag, also the URL prefix and the folder under `locales/`.
    pub tag: &'static str,
    /// The language's name written in that language ("日本語"), shown in the selector.
    pub native_name: &'static str,
    pub dir: Direction,
    /// Where a message missing in this locale is looked up next, before the reference
    /// locale (which always ends the chain). Empty for most locales.
    pub fallback: &'static [&'static str],
    /// For pseudo-locales: how the reference strings are transformed. Pseudo-locales have
    /// no `.ftl` files and are not offered to visitors, only reachable by URL.
    pub pseudo: Option<Pseudo>,
    /// Whether a browser's language preferences can select this locale. `false` for a
    /// locale only the visitor chooses (easy Japanese: no browser asks for it).
    pub negotiable: bool,
}

impl LocaleInfo {
    /// The chain of locales to look messages up in, this one first, the reference last.
    pub fn chain(&self) -> Vec<&'static str> {
        let mut chain: Vec<&'static str> = Vec::new();
        let own = if self.pseudo.is_some() {
            REFERENCE
        } else {
            self.tag
        };
        for tag in std::iter::once(own).chain(self.fallback.iter().copied()) {
            if let Some(info) = find(tag) {
                if !chain.contains(&info.tag) {
                    chain.push(info.tag);
                }
            }
        }
        if !chain.contains(&REFERENCE) {
            chain.push(REFERENCE);
        }
        chain
    }

    /// Whether the language selector offers this locale to visitors.
    pub fn is_listed(&self) -> bool {
        self.pseudo.is_none()
    }

    /// The tag without private-use subtags (`ja-x-easy` → `ja`): what plural rules, number
    /// and date formats and `unic-langid` understand.
    pub fn language(&self) -> &'static str {
        language_of(self.tag)
    }
}

/// `tag` without its private-use part (`-x-…`), which carries no grammar of its own.
pub fn language_of(tag: &str) -> &str {
    let lower = tag.to_ascii_lowercase();
    match lower.find("-x-") {
        Some(i) => &tag[..i],
        None => tag,
    }
}

/// The reference locale: every other locale falls back to it, message by message.
pub const REFERENCE: &str = "en";

const fn locale(tag: &'static str, native_name: &'static str) -> LocaleInfo {
    LocaleInfo {
        tag,
        native_name,
        dir: Direction::Ltr,
        fallback: &[],
        pseudo: None,
        negotiable: true,
    }
}

/// The locales the interface ships with, in the order the language selector lists them,
/// then the pseudo-locales for layout testing.
pub const SHIPPED: &[LocaleInfo] = &[
    locale("en", "English"),
    locale("ja", "日本語"),
    locale("zh-Hans", "简体中文"),
    locale("zh-Hant", "繁體中文"),
    locale("ko", "한국어"),
    // Easy Japanese (やさしい日本語): plain wording with furigana for residents who are
    // learning Japanese. BCP 47 has no subtag for it, so the private-use `x-easy` marks it
    // (docs/TRANSLATING: why); screen readers and fonts still see `ja`. Messages and pages
    // it lacks come from ordinary Japanese; browsers never ask for it.
    LocaleInfo {
        fallback: &["ja"],
        negotiable: false,
        ..locale("ja-x-easy", "やさしい日本語")
    },
    LocaleInfo {
        pseudo: Some(Pseudo::Accented),
        ..locale("en-XA", "[Ƥšéûðö Ļöçåļé]")
    },
    LocaleInfo {
        dir: Direction::Rtl,
        pseudo: Some(Pseudo::Bidi),
        ..locale("ar-XB", "\u{202e}Pseudo RTL\u{202c}")
    },
];

/// The locales offered to visitors (no pseudo-locales).
pub fn listed() -> impl Iterator<Item = &'static LocaleInfo> {
    SHIPPED.iter().filter(|l| l.is_listed())
}

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

/// Picks the shipped locale for a visitor, in the order of target I1 after the URL prefix:
/// the saved choice if it is still shipped, else the best match of the browser's preferred
/// languages, else `default`, else the reference locale.
///
/// Matching uses fluent-langneg's filtering strategy, so `ja-JP` finds `ja` and `en-GB` finds
/// `en`. Chinese tags without a script are given the script their region implies (`zh-TW`,
/// `zh-HK`, `zh-MO` → Traditional; `zh`, `zh-CN`, `zh-SG` → Simplified) because browsers
/// send them that way. Pseudo-locales are never negotiated, only chosen by URL; malformed
/// tags are ignored.
pub fn negotiate(saved: Option<&str>, browser: &[String], default: &str) -> &'static str {
    if let Some(info) = saved.and_then(find) {
        return info.tag;
    }
    let requested: Vec<LanguageIdentifier> = browser
        .iter()
        // A private-use tag asks for its language (`ja-x-easy` → `ja`).
        .filter_map(|t| language_of(t).parse::<LanguageIdentifier>().ok())
        .map(with_implied_script)
        .collect();
    let available: Vec<LanguageIdentifier> = listed()
        .filter(|l| l.negotiable)
        .map(|l| l.tag.parse().expect("shipped tags are valid BCP 47"))
        .collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering);
    if let Some(info) = chosen.first().and_then(|best| find(&best.to_string())) {
        return info.tag;
    }
    find(default)
        .filter(|l| l.is_listed())
        .map(|l| l.tag)
        .unwrap_or(REFERENCE)
}

fn with_implied_script(mut id: LanguageIdentifier) -> LanguageIdentifier {
    if id.language.as_str() == "zh" && id.script.is_none() {
        let traditional = id
            .region
            .is_some_and(|r| matches!(r.as_str(), "TW" | "HK" | "MO"));
        id.script = Some(
            (if traditional { "Hant" } else { "Hans" })
                .parse()
                .expect("valid script"),
        );
    }
    id
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
    fn locale_prefix_is_case_insensitive_and_canonicalised() {
        let (loc, rest) = split_path("/ZH-hant/news");
        assert_eq!(loc.map(|l| l.tag), Some("zh-Hant"));
        assert_eq!(rest, "/news");
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
    fn easy_japanese_is_chosen_only_by_the_visitor() {
        // No browser language selects it, not even its own tag...
        for browser in [
            &["ja"][..],
            &["ja-JP"],
            &["ja-x-easy"],
            &["ja-x-easy", "ja"],
        ] {
            assert_eq!(negotiate(None, &langs(browser), "en"), "ja");
        }
        // ...but the visitor's saved choice and the URL do.
        assert_eq!(
            negotiate(Some("ja-x-easy"), &langs(&["en"]), "en"),
            "ja-x-easy"
        );
        let (loc, rest) = split_path("/ja-x-easy/pages/disaster-prevention");
        assert_eq!(loc.map(|l| l.tag), Some("ja-x-easy"));
        assert_eq!(rest, "/pages/disaster-prevention");
        let easy = find("ja-x-easy").unwrap();
        assert!(easy.is_listed());
        assert_eq!(easy.chain(), vec!["ja-x-easy", "ja", "en"]);
        assert_eq!(easy.language(), "ja");
        assert_eq!(language_of("JA-X-EASY"), "JA");
        assert_eq!(language_of("zh-Hant"), "zh-Hant");
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
    fn chinese_tags_find_the_right_script() {
        for (tag, want) in [
            ("zh-TW", "zh-Hant"),
            ("zh-HK", "zh-Hant"),
            ("zh-Hant-TW", "zh-Hant"),
            ("zh-CN", "zh-Hans"),
            ("zh", "zh-Hans"),
            ("zh-SG", "zh-Hans"),
        ] {
            assert_eq!(negotiate(None, &langs(&[tag]), "en"), want, "{tag}");
        }
        assert_eq!(negotiate(None, &langs(&["ko-KR"]), "en"), "ko");
    }

    #[test]
    fn pseudo_locales_are_only_reachable_by_url() {
        assert_eq!(negotiate(None, &langs(&["en-XA"]), "en"), "en");
        assert_eq!(negotiate(None, &langs(&["ar"]), "ar-XB"), "en");
        assert!(!find("ar-XB").unwrap().is_listed());
        assert_eq!(split_path("/ar-XB/news").0.map(|l| l.tag), Some("ar-XB"));
        assert_eq!(find("ar-XB").unwrap().dir, Direction::Rtl);
        assert!(listed().all(|l| l.pseudo.is_none()));
    }

    #[test]
    fn chains_end_in_the_reference_locale() {
        assert_eq!(find("ja").unwrap().chain(), vec!["ja", "en"]);
        assert_eq!(find("en").unwrap().chain(), vec!["en"]);
        assert_eq!(find("en-XA").unwrap().chain(), vec!["en"]);
        let custom = LocaleInfo {
            fallback: &["zh-Hans", "nope"],
            ..*find("zh-Hant").unwrap()
        };
        assert_eq!(custom.chain(), vec!["zh-Hant", "zh-Hans", "en"]);
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
