//! The content contract (target B1): what a backend sends for the site settings, a page, a
//! page of news and a form definition, and how each is decoded and checked before the app
//! renders it. `docs/contract.md` and `docs/contract/*.schema.json` describe the same shapes
//! for web teams; a test keeps the sample content valid against both.
//!
//! | file | owns |
//! |---|---|
//! | `mod.rs` | what every shape shares: [`DecodeError`] and [`LoadError`], link, slug and date rules |
//! | `site.rs` | site settings: name, logo, navigation tree, footer links, contact, emergency banner; [`decode_site`] |
//! | `page.rs` | pages and their blocks (headings, paragraphs, lists, tables, images, ...); [`decode_page`], [`check_page`] and the block rules |
//! | `news.rs` | pages of news items with pagination; [`decode_news`], [`check_news`] |
//! | `form.rs` | form definitions, submissions and published results; [`decode_form`], [`decode_results`] |
//! | `json_path.rs` | the JSON path of the first bad field in a decoding error |
//!
//! Pages are structured blocks, not HTML: the app renders each block with its own component,
//! so backend text can never become markup. Decoding reports the JSON path of the first bad
//! field (`blocks[3].level`) so that a web team can find it in their CMS.

mod form;
mod json_path;
mod news;
mod page;
mod site;

pub use form::*;
pub use news::*;
pub use page::*;
pub use site::*;

/// Whether a link target from the backend may be rendered as an `href`.
pub fn is_safe_href(href: &str) -> bool {
    let h = href.trim();
    if h.is_empty() || h.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    if h.starts_with("//") || h.starts_with("/\\") {
        return false;
    }
    if h.starts_with('/') || h.starts_with('#') {
        return true;
    }
    let lower = h.to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

/// Whether `slug` can name a page: 1 to 80 characters of `a-z`, `0-9` and inner `-`. Anything
/// else (dots, slashes, upper case) is refused before a URL is built from it.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 80
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A response that is valid JSON of the wrong shape, or has values out of range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// JSON path of the offending field (`blocks[2].level`), `.` for the document itself.
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why content could not be shown. Each kind has its own translated message in the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The device is offline (the browser says so), so nothing was asked.
    Offline,
    /// The request never got an answer (DNS, refused connection, CORS).
    Network(String),
    /// No answer within the configured time-out.
    Timeout,
    /// The answer was larger than the app accepts (a misconfigured backend).
    TooLarge,
    /// The backend answered 404.
    NotFound,
    /// The backend answered 429: too many requests from this visitor's connection. The
    /// seconds to wait, when its `Retry-After` gave them.
    RateLimited(Option<u32>),
    /// Any other non-success status.
    Server(u16),
    /// The answer was not the JSON the contract describes.
    Malformed(DecodeError),
}

/// The seconds a `Retry-After` header asks to wait: delta-seconds only (an HTTP date is
/// `None`: the app then says "in a minute"), at most a day.
pub fn retry_after_seconds(value: Option<&str>) -> Option<u32> {
    let value = value?.trim();
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(value.parse::<u64>().map_or(86_400, |s| s.min(86_400)) as u32)
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Offline => write!(f, "offline"),
            LoadError::Network(m) => write!(f, "network error: {m}"),
            LoadError::Timeout => write!(f, "timed out"),
            LoadError::TooLarge => write!(f, "response too large"),
            LoadError::NotFound => write!(f, "not found"),
            LoadError::RateLimited(Some(s)) => write!(f, "rate limited: retry after {s} s"),
            LoadError::RateLimited(None) => write!(f, "rate limited"),
            LoadError::Server(s) => write!(f, "server error: HTTP {s}"),
            LoadError::Malformed(e) => write!(f, "malformed response at {e}"),
        }
    }
}

/// Decodes JSON text into `T`, naming the path of the first bad field.
pub fn decode<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    serde_json::from_str(text).map_err(|err| DecodeError {
        path: json_path::path_at(text, err.line(), err.column()),
        message: err.to_string(),
    })
}

fn bad(path: impl Into<String>, message: impl Into<String>) -> DecodeError {
    DecodeError {
        path: path.into(),
        message: message.into(),
    }
}

fn check_locale(found: &str, expected: &str) -> Result<(), DecodeError> {
    if found == expected {
        Ok(())
    } else {
        Err(bad(
            "locale",
            format!("expected `{expected}`, found `{found}`"),
        ))
    }
}

/// Whether `date` is `YYYY-MM-DD` or starts with it (an ISO 8601 date-time).
pub fn is_iso_date(date: &str) -> bool {
    let b = date.as_bytes();
    b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
        && matches!(
            &date[5..7],
            "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"
        )
        && (1..=31).contains(&date[8..10].parse::<u8>().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"{
        "slug": "accessibility", "locale": "en", "title": "Accessibility",
        "summary": "How we make the site usable.", "updated": "2026-04-01",
        "blocks": [
            {"type": "heading", "level": 2, "text": "Scope"},
            {"type": "paragraph", "content": [{"text": "See "}, {"text": "the report", "href": "/en/pages/report"}]},
            {"type": "list", "ordered": true, "items": [
                {"content": [{"text": "One"}], "children": {"type": "list", "items": [{"content": [{"text": "One.a"}]}]}}
            ]},
            {"type": "notice", "content": [{"text": "Important", "strong": true}]}
        ]
    }"#;

    #[test]
    fn decodes_a_page_with_every_block_kind() {
        let page = decode_page(PAGE, "en").expect("valid page");
        assert_eq!(page.blocks.len(), 4);
        assert!(matches!(page.blocks[0], Block::Heading { level: 2, .. }));
        assert!(matches!(
            page.blocks[3],
            Block::Notice {
                variant: NoticeVariant::Info,
                ..
            }
        ));
        match &page.blocks[2] {
            Block::List { ordered, items } => {
                assert!(*ordered);
                assert!(items[0].children.is_some());
            }
            other => panic!("expected a list, got {other:?}"),
        }
    }

    #[test]
    fn malformed_field_is_named_by_path() {
        let bad = PAGE.replace(r#""level": 2"#, r#""level": "two""#);
        let err = decode_page(&bad, "en").unwrap_err();
        // Internally tagged blocks are buffered by serde, so the path stops at the block.
        assert_eq!(err.path, "blocks[0]");
        assert!(err.message.contains("expected u8"), "{err}");
        let bad = PAGE.replace(r#""title": "Accessibility""#, r#""title": 7"#);
        assert_eq!(decode_page(&bad, "en").unwrap_err().path, "title");
    }

    #[test]
    fn out_of_range_heading_level_is_rejected() {
        let bad = PAGE.replace(r#""level": 2"#, r#""level": 1"#);
        let err = decode_page(&bad, "en").unwrap_err();
        assert_eq!(err.path, "blocks[0].level");
    }

    #[test]
    fn unknown_block_type_is_rejected() {
        let bad = PAGE.replace(r#""type": "notice""#, r#""type": "script""#);
        let err = decode_page(&bad, "en").unwrap_err();
        assert!(err.path.starts_with("blocks[3]"), "{err}");
    }

    #[test]
    fn wrong_locale_is_rejected() {
        let err = decode_page(PAGE, "ja").unwrap_err();
        assert_eq!(err.path, "locale");
    }

    #[test]
    fn not_json_is_a_decode_error() {
        assert!(decode_page("<html>oops</html>", "en").is_err());
        assert!(decode_news("", "en").is_err());
    }

    #[test]
    fn only_safe_link_targets_are_kept() {
        for ok in [
            "/en/news",
            "#scope",
            "https://example.org/a",
            "mailto:a@b.c",
            "tel:+81-3-0000",
        ] {
            assert!(is_safe_href(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,x",
            "//evil.example",
            "/\\evil.example",
            "java\tscript:x",
            "vbscript:x",
            "",
        ] {
            assert!(!is_safe_href(bad), "{bad:?}");
        }
        let inline = Inline {
            href: Some("javascript:alert(1)".into()),
            ..Inline::text("x")
        };
        assert_eq!(inline.safe_href(), None);
    }

    #[test]
    fn slugs_cannot_escape_the_content_tree() {
        for ok in ["home", "city-diplomacy", "a1"] {
            assert!(is_valid_slug(ok), "{ok}");
        }
        for bad in [
            "",
            "../config",
            "a/b",
            "Home",
            "a.json",
            "-x",
            "x-",
            "%2e%2e",
        ] {
            assert!(!is_valid_slug(bad), "{bad}");
        }
        assert!(!is_valid_slug(&"a".repeat(81)));
    }

    #[test]
    fn decodes_news() {
        let news = decode_news(
            r#"{"locale":"en","page":2,"total_pages":3,"items":[{"id":"n1","title":"T","date":"2026-01-02","summary":"S"}]}"#,
            "en",
        )
        .unwrap();
        assert_eq!(news.items.len(), 1);
        assert_eq!((news.page, news.total_pages), (2, 3));
    }

    #[test]
    fn news_page_numbers_and_dates_are_checked() {
        let page4of3 = r#"{"locale":"en","page":4,"total_pages":3,"items":[]}"#;
        assert_eq!(decode_news(page4of3, "en").unwrap_err().path, "page");
        let bad_date =
            r#"{"locale":"en","items":[{"id":"n","title":"T","date":"2026-13-01","summary":"S"}]}"#;
        assert_eq!(
            decode_news(bad_date, "en").unwrap_err().path,
            "items[0].date"
        );
    }

    #[test]
    fn every_block_kind_decodes_and_is_checked() {
        let page = |blocks: &str| {
            format!(r#"{{"slug":"p","locale":"en","title":"T","blocks":[{blocks}]}}"#)
        };
        let ok = page(concat!(
            r#"{"type":"table","caption":"Fees","head":["Service","Fee"],"rows":[["Copy","300 yen"]],"row_headers":true},"#,
            r#"{"type":"image","src":"/img/a.png","alt":"A bridge","caption":"The bridge","width":640,"height":480},"#,
            r#"{"type":"quote","content":[{"text":"We will"}],"cite":"Mayor"},"#,
            r#"{"type":"contact","name":"Section","phone":"03-0000-0000"},"#,
            r#"{"type":"accordion","sections":[{"title":"Q","blocks":[{"type":"paragraph","content":[{"text":"A"}]}]}]},"#,
            r#"{"type":"file","href":"/files/a.pdf","title":"Report","format":"PDF","size_bytes":1200000},"#,
            r#"{"type":"tabs","label":"Earthquake","tabs":[{"title":"Before","blocks":[{"type":"paragraph","content":[{"text":"A"}]}]},{"title":"After","blocks":[]}]},"#,
            r#"{"type":"notice","variant":"warning","content":[{"text":"Careful","lang":"en"}]},"#,
            r#"{"type":"table","caption":"","head":[],"rows":[["Market","5:00"],["Festival","August"]]}"#
        ));
        let decoded = decode_page(&ok, "en").expect("valid blocks");
        assert_eq!(decoded.blocks.len(), 9);
        match &decoded.blocks[6] {
            Block::Tabs { label, tabs } => {
                assert_eq!(label, "Earthquake");
                assert_eq!(tabs.len(), 2);
                assert_eq!(tabs[0].title, "Before");
                assert_eq!(tabs[0].blocks.len(), 1);
            }
            other => panic!("expected tabs, got {other:?}"),
        }
        for (blocks, path) in [
            (
                r#"{"type":"table","caption":"C","head":["A","B"],"rows":[["1"]]}"#,
                "blocks[0].rows[0]",
            ),
            (
                r#"{"type":"table","caption":"C","head":[],"rows":[]}"#,
                "blocks[0].rows",
            ),
            (
                r#"{"type":"table","caption":"","head":[],"rows":[["a","b"],["c"]]}"#,
                "blocks[0].rows[1]",
            ),
            (
                r#"{"type":"image","src":"javascript:alert(1)","alt":""}"#,
                "blocks[0].src",
            ),
            (
                r#"{"type":"image","src":"data:image/png;base64,AAAA","alt":""}"#,
                "blocks[0].src",
            ),
            (
                r#"{"type":"file","href":"javascript:x","title":"T","format":"PDF","size_bytes":1}"#,
                "blocks[0].href",
            ),
            (
                r#"{"type":"accordion","sections":[]}"#,
                "blocks[0].sections",
            ),
            (
                r#"{"type":"accordion","sections":[{"title":"Q","blocks":[{"type":"heading","level":7,"text":"x"}]}]}"#,
                "blocks[0].sections[0].blocks[0].level",
            ),
            (
                r#"{"type":"heading","level":2,"text":"x","id":"Not an id"}"#,
                "blocks[0].id",
            ),
            (
                r#"{"type":"tabs","label":"L","tabs":[{"title":"Only","blocks":[]}]}"#,
                "blocks[0].tabs",
            ),
            (r#"{"type":"tabs","label":"L","tabs":[]}"#, "blocks[0].tabs"),
            (
                r#"{"type":"tabs","label":" ","tabs":[{"title":"A","blocks":[]},{"title":"B","blocks":[]}]}"#,
                "blocks[0].label",
            ),
            (
                r#"{"type":"tabs","label":"L","tabs":[{"title":"A","blocks":[]},{"title":"\u3000","blocks":[]}]}"#,
                "blocks[0].tabs[1].title",
            ),
            (
                r#"{"type":"tabs","label":"L","tabs":[{"title":"A","blocks":[]},{"title":"B","blocks":[{"type":"heading","level":1,"text":"x"}]}]}"#,
                "blocks[0].tabs[1].blocks[0].level",
            ),
        ] {
            let err = decode_page(&page(blocks), "en").unwrap_err();
            assert_eq!(err.path, path, "{blocks}: {err}");
        }
    }

    fn tabs(count: usize, blocks: &str) -> String {
        let panels: Vec<String> = (0..count)
            .map(|i| format!(r#"{{"title":"Tab {i}","blocks":[{blocks}]}}"#))
            .collect();
        format!(
            r#"{{"type":"tabs","label":"L","tabs":[{}]}}"#,
            panels.join(",")
        )
    }

    fn page_of(blocks: &str) -> String {
        format!(r#"{{"slug":"p","locale":"en","title":"T","blocks":[{blocks}]}}"#)
    }

    #[test]
    fn tabs_hold_two_to_eight_panels() {
        for count in [0, 1, 9, 20] {
            let err = decode_page(&page_of(&tabs(count, "")), "en").unwrap_err();
            assert_eq!(err.path, "blocks[0].tabs", "{count} tabs: {err}");
        }
        for count in TABS_RANGE {
            decode_page(&page_of(&tabs(count, "")), "en")
                .unwrap_or_else(|e| panic!("{count} tabs: {e}"));
        }
        // Two tabs blocks side by side are fine.
        let two = format!("{},{}", tabs(2, ""), tabs(3, ""));
        assert_eq!(decode_page(&page_of(&two), "en").unwrap().blocks.len(), 2);
    }

    #[test]
    fn tabs_inside_tabs_are_refused_at_any_depth() {
        let inner = tabs(2, "");
        let err = decode_page(&page_of(&tabs(2, &inner)), "en").unwrap_err();
        assert_eq!(err.path, "blocks[0].tabs[0].blocks[0]", "{err}");
        assert!(err.message.contains("inside another tabs block"), "{err}");
        // Through an accordion in a panel.
        let accordion =
            format!(r#"{{"type":"accordion","sections":[{{"title":"S","blocks":[{inner}]}}]}}"#);
        let err = decode_page(&page_of(&tabs(2, &accordion)), "en").unwrap_err();
        assert_eq!(
            err.path,
            "blocks[0].tabs[0].blocks[0].sections[0].blocks[0]"
        );
        // Tabs inside an accordion (not inside tabs) are fine.
        let outer =
            format!(r#"{{"type":"accordion","sections":[{{"title":"S","blocks":[{inner}]}}]}}"#);
        decode_page(&page_of(&outer), "en").expect("tabs in an accordion");
    }

    #[test]
    fn tabs_count_towards_the_nesting_limit() {
        // Tabs, then accordions down to the limit: accepted; one level more: refused.
        let nest = |accordions: usize| {
            let mut inner = r#"{"type":"paragraph","content":[{"text":"x"}]}"#.to_string();
            for _ in 0..accordions {
                inner = format!(
                    r#"{{"type":"accordion","sections":[{{"title":"S","blocks":[{inner}]}}]}}"#
                );
            }
            page_of(&tabs(2, &inner))
        };
        decode_page(&nest(MAX_BLOCK_DEPTH - 1), "en").expect("at the limit");
        let err = decode_page(&nest(MAX_BLOCK_DEPTH), "en").unwrap_err();
        assert!(err.message.contains("nest deeper"), "{err}");
    }

    #[test]
    fn deeply_nested_content_is_refused_not_overflowing() {
        let mut list = r#"{"type":"list","items":[{"content":[{"text":"x"}]}]}"#.to_string();
        for _ in 0..(MAX_BLOCK_DEPTH + 2) {
            list = format!(
                r#"{{"type":"list","items":[{{"content":[{{"text":"x"}}],"children":{list}}}]}}"#
            );
        }
        let page = format!(r#"{{"slug":"p","locale":"en","title":"T","blocks":[{list}]}}"#);
        assert!(decode_page(&page, "en").is_err());
    }

    #[test]
    fn iso_dates() {
        for ok in ["2026-01-31", "2026-11-02T09:30:00+09:00"] {
            assert!(is_iso_date(ok), "{ok}");
        }
        for bad in ["2026-1-31", "2026-00-10", "2026-12-32", "yesterday", ""] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    #[test]
    fn site_settings_decode() {
        let site = decode_site(
            r#"{"locale":"en","name":"Sample City","navigation":[{"label":"Home","href":"/en","children":[{"label":"News","href":"/en/news"}]}],
               "footer_links":[{"label":"Accessibility","href":"/en/pages/accessibility"}],
               "contact":{"name":"City Hall","phone":"03-0000-0000"},
               "emergency":{"level":"critical","title":"Evacuate","content":[{"text":"Go to higher ground."}]}}"#,
            "en",
        )
        .unwrap();
        assert_eq!(site.navigation[0].children.len(), 1);
        assert_eq!(site.emergency.unwrap().level, EmergencyLevel::Critical);
        let missing = decode_site(r#"{"locale":"en"}"#, "en").unwrap_err();
        assert!(
            missing.message.contains("missing field `name`"),
            "{missing}"
        );
    }
}

#[cfg(test)]
mod retry_after_tests {
    use super::retry_after_seconds;

    #[test]
    fn delta_seconds_only() {
        assert_eq!(retry_after_seconds(Some("30")), Some(30));
        assert_eq!(retry_after_seconds(Some(" 7 ")), Some(7));
        assert_eq!(
            retry_after_seconds(Some("99999999999999999999")),
            Some(86_400)
        );
        assert_eq!(
            retry_after_seconds(Some("Wed, 21 Oct 2026 07:28:00 GMT")),
            None
        );
        assert_eq!(retry_after_seconds(Some("-5")), None);
        assert_eq!(retry_after_seconds(Some("")), None);
        assert_eq!(retry_after_seconds(None), None);
    }
}
