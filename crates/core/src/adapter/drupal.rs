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

use serde_json::Value;

use crate::content::{self, DecodeError, NewsList, Page};
use crate::html::strip_tags;

use super::json::{field, index, join, opt_record, opt_str, record, record_at, seq, str_at};
use super::news::{self, CmsItem, ItemPaths, Paging};
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
struct Document<'a> {
    data: Vec<Node<'a>>,
    /// `meta.count`: a number, or a numeric string on some versions of JSON:API Extras.
    count: Option<&'a Value>,
    /// `links.next`, unless absent or `null`.
    has_next: bool,
}

impl<'a> Document<'a> {
    fn read(root: &'a Value) -> Result<Self, DecodeError> {
        record(root, ".", "struct Document")?;
        let data = seq(field(root, ".", "data")?, "data")?
            .iter()
            .enumerate()
            .map(|(i, v)| Node::read(v, &index("data", i)))
            .collect::<Result<_, _>>()?;
        let meta = opt_record(root, ".", "meta", "struct Meta")?;
        let links = opt_record(root, ".", "links", "struct Links")?;
        Ok(Document {
            data,
            count: meta.and_then(|m| m.get("count")),
            has_next: links
                .and_then(|l| l.get("next"))
                .is_some_and(|next| !next.is_null()),
        })
    }
}

/// A node resource: its `id` and the attributes the adapter reads.
struct Node<'a> {
    id: &'a str,
    langcode: Option<&'a str>,
    title: &'a str,
    created: Option<&'a str>,
    changed: Option<&'a str>,
    /// `path.alias`
    path_alias: Option<&'a str>,
    /// `body.processed`. `body.value` (unfiltered) is deliberately not read.
    processed: Option<&'a str>,
    /// `body.summary`
    summary: Option<&'a str>,
}

impl<'a> Node<'a> {
    /// Reads the resource `v` at `path`, members in the order Drupal sends them, so that of
    /// several faults the first in the response is usually the one reported.
    fn read(v: &'a Value, path: &str) -> Result<Self, DecodeError> {
        record(v, path, "struct Resource")?;
        let id = str_at(v, path, "id")?;
        let at = join(path, "attributes");
        let a = record_at(v, path, "attributes", "struct NodeAttributes")?;
        let langcode = opt_str(a, &at, "langcode")?;
        let title = str_at(a, &at, "title")?;
        let created = opt_str(a, &at, "created")?;
        let changed = opt_str(a, &at, "changed")?;
        // An absent `path` or `body` reads as one whose members are all absent.
        let none = &Value::Null;
        let path_field = opt_record(a, &at, "path", "struct PathField")?.unwrap_or(none);
        let path_alias = opt_str(path_field, &join(&at, "path"), "alias")?;
        let body = opt_record(a, &at, "body", "struct Body")?.unwrap_or(none);
        let body_at = join(&at, "body");
        Ok(Node {
            id,
            langcode,
            title,
            created,
            changed,
            path_alias,
            processed: opt_str(body, &body_at, "processed")?,
            summary: opt_str(body, &body_at, "summary")?,
        })
    }

    /// The path alias without its leading `/`, if there is one.
    fn alias(&self) -> Option<&'a str> {
        let alias = self.path_alias?;
        Some(alias.strip_prefix('/').unwrap_or(alias)).filter(|a| !a.is_empty())
    }

    fn body_summary(&self) -> Option<String> {
        Some(strip_tags(self.summary?)).filter(|s| !s.is_empty())
    }

    fn body_processed(&self) -> Option<&'a str> {
        self.processed.filter(|p| !p.trim().is_empty())
    }
}

/// Decodes a `node/page` collection filtered by alias: `Ok(None)` when `data` is empty.
pub fn decode_page(
    text: &str,
    locale: &str,
    slug: &str,
) -> Result<Option<PageSource>, DecodeError> {
    let root: Value = content::decode(text)?;
    let Some(node) = Document::read(&root)?.data.into_iter().next() else {
        return Ok(None);
    };
    let at = |field: &str| format!("data[0].attributes.{field}");
    let page_locale = match node.langcode {
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
        slug: node.alias().unwrap_or(slug).to_string(),
        locale: page_locale,
        title: node.title.to_string(),
        kicker: None,
        summary: node.body_summary(),
        updated: iso_day(node.changed),
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
    let body_html = node.body_processed().map(str::to_string);
    Ok(Some(PageSource { page, body_html }))
}

/// Decodes a `node/article` collection for page `page` of `locale`.
pub fn decode_news(
    text: &str,
    locale: &str,
    page: u32,
    per_page: u32,
) -> Result<NewsList, DecodeError> {
    let root: Value = content::decode(text)?;
    let doc = Document::read(&root)?;
    let count = doc.count.and_then(|c| match c {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse::<u64>().ok(),
        _ => None,
    });
    let paging = Paging {
        total_items: count.map(|c| u32::try_from(c).unwrap_or(u32::MAX)),
        total_pages: count.map(|c| {
            let pages = c.div_ceil(u64::from(per_page.max(1))).max(1);
            u32::try_from(pages).unwrap_or(u32::MAX)
        }),
        has_next: doc.has_next,
    };
    let items = doc
        .data
        .into_iter()
        .map(|node| CmsItem {
            id: node.id.to_string(),
            title: node.title.to_string(),
            date: node.created.unwrap_or(""),
            summary: node
                .body_summary()
                .or_else(|| node.body_processed().map(|p| truncate(&strip_tags(p))))
                .unwrap_or_default(),
            slug: node.alias(),
        })
        .collect();
    let paths = ItemPaths {
        items: "data",
        date: ".attributes.created",
    };
    news::finish(locale, page, paging, items, paths)
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
