//! The content contract: what the backend sends for a page or a news list, and how it is
//! decoded and checked before the app renders it.
//!
//! Pages are structured blocks, not HTML: the app renders each block with its own component,
//! so backend text can never become markup. Decoding reports the JSON path of the first bad
//! field (`blocks[3].level`) so that a web team can find it in their CMS.

use serde::{Deserialize, Serialize};

/// A page of the portal (home, topic, policy, statement), in one locale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub slug: String,
    pub locale: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Date of the last update, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// One structured block of a page body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// A section heading, level 2 to 4 (the page title is the only level 1).
    Heading {
        level: u8,
        text: String,
    },
    Paragraph {
        content: Vec<Inline>,
    },
    List {
        #[serde(default)]
        ordered: bool,
        items: Vec<ListItem>,
    },
    /// A highlighted box (information or warning).
    Notice {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        content: Vec<Inline>,
    },
}

/// An item of a list block, optionally with a nested list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListItem {
    pub content: Vec<Inline>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Box<Block>>,
}

/// A run of text inside a block: plain, a link, or emphasised.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inline {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub em: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub strong: bool,
}

impl Inline {
    /// The link target if it is safe to put in an `href`: site-relative paths, fragments and
    /// `http`, `https`, `mailto` and `tel` URLs. Anything else (`javascript:`, `data:`,
    /// protocol-relative `//host`) is dropped and the text renders without a link.
    pub fn safe_href(&self) -> Option<&str> {
        self.href.as_deref().filter(|h| is_safe_href(h))
    }
}

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

/// A list of news items, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsList {
    pub locale: String,
    pub items: Vec<NewsItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsItem {
    pub id: String,
    pub title: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    pub summary: String,
    /// The page with the full story, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
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
    /// The request never got an answer (offline, DNS, CORS).
    Network(String),
    /// The backend answered 404.
    NotFound,
    /// Any other non-success status.
    Server(u16),
    /// The answer was not the JSON the contract describes.
    Malformed(DecodeError),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Network(m) => write!(f, "network error: {m}"),
            LoadError::NotFound => write!(f, "not found"),
            LoadError::Server(s) => write!(f, "server error: HTTP {s}"),
            LoadError::Malformed(e) => write!(f, "malformed response at {e}"),
        }
    }
}

/// Decodes JSON text into `T`, naming the path of the first bad field.
pub fn decode<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|err| {
        let path = err.path().to_string();
        DecodeError {
            path,
            message: err.into_inner().to_string(),
        }
    })
}

/// Decodes and checks a page: heading levels within 2..=4, the expected locale, a title.
pub fn decode_page(text: &str, expected_locale: &str) -> Result<Page, DecodeError> {
    let page: Page = decode(text)?;
    if page.title.trim().is_empty() {
        return Err(DecodeError {
            path: "title".into(),
            message: "must not be empty".into(),
        });
    }
    if page.locale != expected_locale {
        return Err(DecodeError {
            path: "locale".into(),
            message: format!("expected `{expected_locale}`, found `{}`", page.locale),
        });
    }
    for (i, block) in page.blocks.iter().enumerate() {
        check_block(block, &format!("blocks[{i}]"))?;
    }
    Ok(page)
}

fn check_block(block: &Block, path: &str) -> Result<(), DecodeError> {
    match block {
        Block::Heading { level, .. } if !(2..=4).contains(level) => Err(DecodeError {
            path: format!("{path}.level"),
            message: format!("heading level must be 2, 3 or 4, found {level}"),
        }),
        Block::List { items, .. } => {
            for (i, item) in items.iter().enumerate() {
                if let Some(child) = &item.children {
                    if !matches!(**child, Block::List { .. }) {
                        return Err(DecodeError {
                            path: format!("{path}.items[{i}].children"),
                            message: "must be a list block".into(),
                        });
                    }
                    check_block(child, &format!("{path}.items[{i}].children"))?;
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Decodes a news list and checks its locale.
pub fn decode_news(text: &str, expected_locale: &str) -> Result<NewsList, DecodeError> {
    let list: NewsList = decode(text)?;
    if list.locale != expected_locale {
        return Err(DecodeError {
            path: "locale".into(),
            message: format!("expected `{expected_locale}`, found `{}`", list.locale),
        });
    }
    Ok(list)
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
            text: "x".into(),
            href: Some("javascript:alert(1)".into()),
            em: false,
            strong: false,
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
            r#"{"locale":"en","items":[{"id":"n1","title":"T","date":"2026-01-02","summary":"S"}]}"#,
            "en",
        )
        .unwrap();
        assert_eq!(news.items.len(), 1);
    }
}
