//! WordPress REST API v2 (`/wp-json/wp/v2/pages|posts`), with Polylang's `lang` filter and
//! its `lang`/`translations` fields.
//!
//! This file owns the URLs of WordPress requests and the mapping of their responses onto the
//! contract:
//!
//! * a page is looked up by slug: `GET <base>/wp/v2/pages?slug=<slug>&lang=<locale>` answers a
//!   JSON array (empty when there is no such page). `title.rendered` and `excerpt.rendered`
//!   are HTML strings and go through [`crate::html::strip_tags`]; `content.rendered` is handed
//!   to the app as `body_html`, which converts it with [`crate::html::to_blocks`].
//!   Password-protected pages are treated as absent (not public).
//! * news is a page of posts, `GET <base>/wp/v2/posts?lang=<locale>&page=<n>&per_page=<m>`;
//!   the page count comes in the `X-WP-Total` and `X-WP-TotalPages` headers.
//!
//! Assumptions a web team must know:
//!
//! * `lang` and `translations` are added by Polylang (Pro, or a plugin that registers the same
//!   REST fields). Without them the page is taken to be in the requested locale and has no
//!   alternates.
//! * Polylang's `translations` maps locales to post ids, not slugs. The adapter assumes that
//!   every translation of a page has **the same slug** (Polylang Pro's "share slugs" option)
//!   and lists each translated locale as an alternate with this page's slug.
//! * A news item links to `/<locale>/pages/<post slug>`, which the app fetches from
//!   `wp/v2/pages`: the post's story must be reachable there (e.g. published as a page with
//!   the same slug), or the link leads to "not found".
//!
//! Errors name the JSON path in the WordPress response (`[0].title.rendered`), so that a web
//! team can find the field in the REST output.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;

use crate::content::{self, is_iso_date, is_valid_slug, DecodeError, NewsItem, NewsList, Page};
use crate::html::{is_lang_tag, strip_tags};

use super::{Headers, PageSource};

/// Fields requested for a page (`_fields` keeps the response small).
const PAGE_FIELDS: &str = "id,slug,lang,title,excerpt,content,modified,translations";
/// Fields requested for a page of posts.
const POST_FIELDS: &str = "id,slug,date,title,excerpt,link,lang";

/// `GET` URL of page `slug` in `locale`; `base` is the REST root, e.g.
/// `https://cms.example.org/wp-json`.
pub fn page_url(base: &str, locale: &str, slug: &str) -> String {
    format!(
        "{base}/wp/v2/pages?slug={}&lang={}&_fields={PAGE_FIELDS}",
        encode_component(slug),
        encode_component(locale)
    )
}

/// `GET` URL of news page `page` (from 1) in `locale`, `per_page` posts a page.
pub fn news_url(base: &str, locale: &str, page: u32, per_page: u32) -> String {
    format!(
        "{base}/wp/v2/posts?lang={}&page={page}&per_page={per_page}&_fields={POST_FIELDS}",
        encode_component(locale)
    )
}

/// Percent-encodes `s` for a URL query value or path segment: everything but the unreserved
/// characters `A-Z a-z 0-9 - . _ ~` is written as `%XX` bytes of its UTF-8.
pub(crate) fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// `{"rendered": "..."}`, as WordPress sends titles and excerpts.
#[derive(Deserialize)]
struct Rendered {
    rendered: String,
}

#[derive(Deserialize)]
struct Content {
    rendered: String,
    #[serde(default)]
    protected: bool,
}

/// The fields of a `wp/v2/pages` item that the adapter reads (others are ignored).
#[derive(Deserialize)]
struct WpPage {
    slug: String,
    #[serde(default)]
    lang: Option<String>,
    title: Rendered,
    #[serde(default)]
    excerpt: Option<Rendered>,
    content: Content,
    #[serde(default)]
    modified: Option<String>,
    /// Polylang: `{"en": 42, "ja": 57}`. Kept loose because PHP encodes an empty map as `[]`.
    #[serde(default)]
    translations: Option<serde_json::Value>,
}

/// The fields of a `wp/v2/posts` item that the adapter reads.
#[derive(Deserialize)]
struct WpPost {
    id: u64,
    #[serde(default)]
    slug: Option<String>,
    date: String,
    title: Rendered,
    #[serde(default)]
    excerpt: Option<Rendered>,
}

/// Decodes a `wp/v2/pages?slug=` response: `Ok(None)` when the array is empty or the page is
/// password-protected. With several matches, the one whose `lang` is `locale` is taken.
pub fn decode_page(
    text: &str,
    locale: &str,
    slug: &str,
) -> Result<Option<PageSource>, DecodeError> {
    let pages: Vec<WpPage> = content::decode(text)?;
    let index = pages
        .iter()
        .position(|p| p.lang.as_deref() == Some(locale))
        .unwrap_or(0);
    let Some(wp) = pages.into_iter().nth(index) else {
        return Ok(None);
    };
    if wp.content.protected {
        return Ok(None);
    }
    let at = |field: &str| format!("[{index}].{field}");
    let page_locale = match wp.lang {
        Some(lang) if !lang.eq_ignore_ascii_case(locale) => lang,
        _ => locale.to_string(),
    };
    let alternates: BTreeMap<String, String> = match &wp.translations {
        Some(serde_json::Value::Object(map)) => map
            .iter()
            .filter(|(lang, id)| is_lang_tag(lang) && id.as_u64().is_some_and(|id| id > 0))
            .map(|(lang, _)| (lang.clone(), wp.slug.clone()))
            .collect(),
        _ => BTreeMap::new(),
    };
    let page = Page {
        slug: wp.slug,
        locale: page_locale,
        title: strip_tags(&wp.title.rendered),
        kicker: None,
        summary: wp
            .excerpt
            .map(|e| strip_tags(&e.rendered))
            .filter(|s| !s.is_empty()),
        updated: iso_day(wp.modified.as_deref()),
        breadcrumbs: Vec::new(),
        alternates,
        blocks: Vec::new(),
    };
    content::check_page(&page, locale).map_err(|e| DecodeError {
        path: match e.path.as_str() {
            "title" => at("title.rendered"),
            "locale" => at("lang"),
            "slug" => at("slug"),
            "updated" => at("modified"),
            p => match p.strip_prefix("alternates.") {
                Some(lang) => at(&format!("translations.{lang}")),
                None => at(p),
            },
        },
        message: e.message,
    })?;
    if page.slug != slug {
        return Err(DecodeError {
            path: at("slug"),
            message: format!("expected `{slug}`, found `{}`", page.slug),
        });
    }
    let body = wp.content.rendered;
    Ok(Some(PageSource {
        page,
        body_html: (!body.trim().is_empty()).then_some(body),
    }))
}

/// Decodes a `wp/v2/posts` response for page `page` of `locale`, with the pagination headers.
/// Without `X-WP-TotalPages`, a full page (`per_page` items) is taken to have a next page.
pub fn decode_news(
    text: &str,
    headers: &dyn Headers,
    locale: &str,
    page: u32,
    per_page: u32,
) -> Result<NewsList, DecodeError> {
    let posts: Vec<WpPost> = content::decode(text)?;
    let header = |name: &str| headers.get(name).and_then(|v| v.trim().parse::<u32>().ok());
    let total_items = header("X-WP-Total");
    let full = per_page > 0 && posts.len() >= usize::try_from(per_page).unwrap_or(usize::MAX);
    let total_pages = match header("X-WP-TotalPages") {
        Some(n) => n.max(1),
        None if full => page.saturating_add(1),
        None => page.max(1),
    };
    let items = posts
        .into_iter()
        .map(|post| NewsItem {
            id: post.id.to_string(),
            title: strip_tags(&post.title.rendered),
            date: post.date.get(..10).unwrap_or(&post.date).to_string(),
            summary: post
                .excerpt
                .map(|e| strip_tags(&e.rendered))
                .unwrap_or_default(),
            href: post
                .slug
                .filter(|s| is_valid_slug(s))
                .map(|s| format!("/{locale}/pages/{s}")),
            category: None,
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
                Some(index) => format!("{index}.date"),
                None => rest.to_string(),
            },
            None => e.path,
        },
        message: e.message,
    })?;
    Ok(list)
}

/// The `YYYY-MM-DD` start of an ISO 8601 date-time, if it is one.
pub(crate) fn iso_day(date: Option<&str>) -> Option<String> {
    date.filter(|d| is_iso_date(d))
        .and_then(|d| d.get(..10))
        .map(str::to_string)
}
