//! Drupal 10 JSON:API (`/jsonapi/node/page|article`).
//!
//! This file owns the URLs of Drupal requests and the mapping of JSON:API documents onto the
//! contract:
//!
//! * a page is looked up by its path alias,
//!   `GET <base>/<locale>/jsonapi/node/page?filter[path.alias]=/<slug>&filter[status]=1`,
//!   which answers a collection (`data: []` when there is no such page). The title is plain
//!   text; `body.processed` (the text format's filtered HTML) becomes `body_html`, which the
//!   app converts with [`crate::html::to_blocks`]. `body.value`, the unfiltered source, is
//!   never read.
//! * news is a page of articles, newest first, paged with `page[limit]` and `page[offset]`.
//!   The page count comes from `meta.count` when the site sends it (JSON:API Extras' "include
//!   count"), otherwise from the presence of `links.next`.
//!
//! Everything else in a JSON:API document (`jsonapi`, `links`, `relationships`, `included`,
//! other attributes) is ignored.
//!
//! Assumptions a web team must know:
//!
//! * Every language, the default one included, has a URL prefix (`/en/jsonapi`, `/ja/jsonapi`)
//!   in Drupal's language negotiation settings.
//! * Pages have a one-segment path alias (`/accessibility`) equal to the portal's slug.
//!   `path.alias` is a computed field in Drupal: if a site refuses to filter on it, give pages
//!   a stored slug field and filter on that instead (a change of [`page_url`] only).
//! * JSON:API does not list translations, so pages have no alternates.
//!
//! Errors name the JSON path in the Drupal document (`data[0].attributes.title`).

use serde::Deserialize;

use crate::content::{self, is_valid_slug, DecodeError, NewsItem, NewsList, Page};
use crate::html::strip_tags;

use super::wordpress::{encode_component, iso_day};
use super::PageSource;

/// The longest summary made from an article's body, in characters (before the "…").
pub const SUMMARY_CHARS: usize = 200;

/// `GET` URL of page `slug` in `locale`; `base` is the site root, e.g.
/// `https://cms.example.org`. Brackets stay raw (Drupal accepts them); the slug is encoded.
pub fn page_url(base: &str, locale: &str, slug: &str) -> String {
    format!(
        "{base}/{}/jsonapi/node/page?filter[path.alias]=/{}&filter[status]=1",
        encode_component(locale),
        encode_component(slug)
    )
}

/// `GET` URL of news page `page` (from 1) in `locale`, `per_page` articles a page.
pub fn news_url(base: &str, locale: &str, page: u32, per_page: u32) -> String {
    let offset = u64::from(page.saturating_sub(1)) * u64::from(per_page);
    format!(
        "{base}/{}/jsonapi/node/article?sort=-created&filter[status]=1&page[limit]={per_page}&page[offset]={offset}",
        encode_component(locale)
    )
}

/// A JSON:API collection document (only the members the adapter reads).
#[derive(Deserialize)]
struct Document {
    data: Vec<Resource>,
    #[serde(default)]
    meta: Option<Meta>,
    #[serde(default)]
    links: Option<Links>,
}

#[derive(Deserialize)]
struct Meta {
    /// A number, or a numeric string on some versions of JSON:API Extras.
    #[serde(default)]
    count: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct Links {
    #[serde(default)]
    next: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct Resource {
    id: String,
    attributes: NodeAttributes,
}

#[derive(Deserialize)]
struct NodeAttributes {
    title: String,
    #[serde(default)]
    langcode: Option<String>,
    #[serde(default)]
    created: Option<String>,
    #[serde(default)]
    changed: Option<String>,
    #[serde(default)]
    path: Option<PathField>,
    #[serde(default)]
    body: Option<Body>,
}

#[derive(Deserialize)]
struct PathField {
    #[serde(default)]
    alias: Option<String>,
}

/// A formatted text field. `value` (unfiltered) is deliberately not read.
#[derive(Deserialize)]
struct Body {
    #[serde(default)]
    processed: Option<String>,
    #[serde(default)]
    summary: Option<String>,
}

impl NodeAttributes {
    /// The path alias without its leading `/`, if there is one.
    fn alias(&self) -> Option<&str> {
        let alias = self.path.as_ref()?.alias.as_deref()?;
        Some(alias.strip_prefix('/').unwrap_or(alias)).filter(|a| !a.is_empty())
    }

    fn body_summary(&self) -> Option<String> {
        let summary = self.body.as_ref()?.summary.as_deref()?;
        Some(strip_tags(summary)).filter(|s| !s.is_empty())
    }

    fn body_processed(&self) -> Option<&str> {
        self.body
            .as_ref()?
            .processed
            .as_deref()
            .filter(|p| !p.trim().is_empty())
    }
}

/// Decodes a `node/page` collection filtered by alias: `Ok(None)` when `data` is empty.
pub fn decode_page(
    text: &str,
    locale: &str,
    slug: &str,
) -> Result<Option<PageSource>, DecodeError> {
    let doc: Document = content::decode(text)?;
    let Some(node) = doc.data.into_iter().next() else {
        return Ok(None);
    };
    let a = node.attributes;
    let at = |field: &str| format!("data[0].attributes.{field}");
    let page_locale = match a.langcode.as_deref() {
        // Language-neutral nodes ("und", "zxx") are shown in the requested locale.
        Some(code) if !code.is_empty() && !matches!(code, "und" | "zxx") => {
            if code.eq_ignore_ascii_case(locale) {
                locale.to_string()
            } else {
                code.to_string()
            }
        }
        _ => locale.to_string(),
    };
    let page = Page {
        slug: a.alias().unwrap_or(slug).to_string(),
        locale: page_locale,
        title: a.title.clone(),
        kicker: None,
        summary: a.body_summary(),
        updated: iso_day(a.changed.as_deref()),
        breadcrumbs: Vec::new(),
        alternates: Default::default(),
        blocks: Vec::new(),
    };
    content::check_page(&page, locale).map_err(|e| DecodeError {
        path: match e.path.as_str() {
            "title" => at("title"),
            "locale" => at("langcode"),
            "slug" => at("path.alias"),
            "updated" => at("changed"),
            p => at(p),
        },
        message: e.message,
    })?;
    if page.slug != slug {
        return Err(DecodeError {
            path: at("path.alias"),
            message: format!("expected `/{slug}`, found `/{}`", page.slug),
        });
    }
    let body_html = a.body_processed().map(str::to_string);
    Ok(Some(PageSource { page, body_html }))
}

/// Decodes a `node/article` collection for page `page` of `locale`.
pub fn decode_news(
    text: &str,
    locale: &str,
    page: u32,
    per_page: u32,
) -> Result<NewsList, DecodeError> {
    let doc: Document = content::decode(text)?;
    let count = doc.meta.and_then(|m| m.count).and_then(|c| match c {
        serde_json::Value::Number(n) => n.as_u64(),
        serde_json::Value::String(s) => s.trim().parse::<u64>().ok(),
        _ => None,
    });
    let has_next = doc
        .links
        .and_then(|l| l.next)
        .is_some_and(|next| !next.is_null());
    let (total_items, total_pages) = match count {
        Some(count) => {
            let pages = count.div_ceil(u64::from(per_page.max(1))).max(1);
            (
                Some(u32::try_from(count).unwrap_or(u32::MAX)),
                u32::try_from(pages).unwrap_or(u32::MAX),
            )
        }
        None if has_next => (None, page.saturating_add(1)),
        None => (None, page.max(1)),
    };
    let items = doc
        .data
        .into_iter()
        .map(|node| {
            let a = node.attributes;
            let created = a.created.as_deref().unwrap_or("");
            NewsItem {
                id: node.id,
                date: created.get(..10).unwrap_or(created).to_string(),
                summary: a
                    .body_summary()
                    .or_else(|| a.body_processed().map(|p| truncate(&strip_tags(p))))
                    .unwrap_or_default(),
                href: a
                    .alias()
                    .filter(|s| is_valid_slug(s))
                    .map(|s| format!("/{locale}/pages/{s}")),
                title: a.title,
                category: None,
            }
        })
        .collect();
    let list = NewsList {
        locale: locale.to_string(),
        page,
        total_pages,
        total_items,
        items,
    };
    content::check_news(&list, locale).map_err(|e| DecodeError {
        path: match e.path.strip_prefix("items") {
            Some(rest) => match rest.strip_suffix(".date") {
                Some(index) => format!("data{index}.attributes.created"),
                None => format!("data{rest}"),
            },
            None => e.path,
        },
        message: e.message,
    })?;
    Ok(list)
}

/// `text` cut to at most [`SUMMARY_CHARS`] characters, at a word boundary when there is one
/// in the second half, with "…" appended when anything was cut.
pub fn truncate(text: &str) -> String {
    let Some((cut, _)) = text.char_indices().nth(SUMMARY_CHARS) else {
        return text.to_string();
    };
    let head = &text[..cut];
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if head[..space].chars().count() >= SUMMARY_CHARS / 2 => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end())
}
