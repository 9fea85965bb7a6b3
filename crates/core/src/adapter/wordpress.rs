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

use serde_json::Value;

use crate::content::{self, is_iso_date, is_valid_slug, DecodeError, NewsList, Page};
use crate::html::{is_lang_tag, strip_tags};
use crate::search::SearchDoc;

use super::json::{flag, index, join, opt_record, opt_str, record, record_at, seq, str_at, u64_at};
use super::news::{self, CmsItem, ItemPaths, Paging};
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

/// The fields of a `wp/v2/pages` item that the adapter reads (others are ignored).
struct WpPage<'a> {
    slug: &'a str,
    modified: Option<&'a str>,
    /// `title.rendered`
    title: &'a str,
    /// `content.rendered`
    content: &'a str,
    /// `content.protected`
    protected: bool,
    /// `excerpt.rendered`
    excerpt: Option<&'a str>,
    lang: Option<&'a str>,
    /// Polylang: `{"en": 42, "ja": 57}`. Kept loose because PHP encodes an empty map as `[]`.
    translations: Option<&'a Value>,
}

impl<'a> WpPage<'a> {
    /// Reads the item `v` at `path`, members in the order WordPress sends them, so that of
    /// several faults the first in the response is usually the one reported.
    fn read(v: &'a Value, path: &str) -> Result<Self, DecodeError> {
        record(v, path, "struct WpPage")?;
        let slug = str_at(v, path, "slug")?;
        let modified = opt_str(v, path, "modified")?;
        let title = rendered(v, path, "title")?;
        let content = record_at(v, path, "content", "struct Content")?;
        let content_path = join(path, "content");
        Ok(WpPage {
            slug,
            modified,
            title,
            content: str_at(content, &content_path, "rendered")?,
            protected: flag(content, &content_path, "protected")?,
            excerpt: opt_rendered(v, path, "excerpt")?,
            lang: opt_str(v, path, "lang")?,
            translations: v.get("translations"),
        })
    }
}

/// The fields of a `wp/v2/posts` item that the adapter reads.
struct WpPost<'a> {
    id: u64,
    date: &'a str,
    slug: Option<&'a str>,
    title: &'a str,
    excerpt: Option<&'a str>,
}

impl<'a> WpPost<'a> {
    /// Reads the item `v` at `path` (members in the order WordPress sends them).
    fn read(v: &'a Value, path: &str) -> Result<Self, DecodeError> {
        record(v, path, "struct WpPost")?;
        Ok(WpPost {
            id: u64_at(v, path, "id")?,
            date: str_at(v, path, "date")?,
            slug: opt_str(v, path, "slug")?,
            title: rendered(v, path, "title")?,
            excerpt: opt_rendered(v, path, "excerpt")?,
        })
    }
}

/// `key.rendered` of the object `v` at `path`: WordPress sends titles and excerpts as
/// `{"rendered": "..."}`.
fn rendered<'a>(v: &'a Value, path: &str, key: &str) -> Result<&'a str, DecodeError> {
    let r = record_at(v, path, key, "struct Rendered")?;
    str_at(r, &join(path, key), "rendered")
}

/// Like [`rendered`], `None` when `key` is absent or `null`.
fn opt_rendered<'a>(v: &'a Value, path: &str, key: &str) -> Result<Option<&'a str>, DecodeError> {
    match opt_record(v, path, key, "struct Rendered")? {
        Some(r) => str_at(r, &join(path, key), "rendered").map(Some),
        None => Ok(None),
    }
}

/// The items of the document `root`, an array, each read by `read` with its path (`[0]`).
fn read_items<'a, T>(
    root: &'a Value,
    read: fn(&'a Value, &str) -> Result<T, DecodeError>,
) -> Result<Vec<T>, DecodeError> {
    seq(root, ".")?
        .iter()
        .enumerate()
        .map(|(i, v)| read(v, &index(".", i)))
        .collect()
}

/// Decodes a `wp/v2/pages?slug=` response: `Ok(None)` when the array is empty or the page is
/// password-protected. With several matches, the one whose `lang` is `locale` is taken.
pub fn decode_page(
    text: &str,
    locale: &str,
    slug: &str,
) -> Result<Option<PageSource>, DecodeError> {
    let root: Value = content::decode(text)?;
    let pages = read_items(&root, WpPage::read)?;
    let index = pages
        .iter()
        .position(|p| p.lang == Some(locale))
        .unwrap_or(0);
    let Some(wp) = pages.into_iter().nth(index) else {
        return Ok(None);
    };
    if wp.protected {
        return Ok(None);
    }
    let at = |field: &str| format!("[{index}].{field}");
    let page_locale = match wp.lang {
        Some(lang) if !lang.eq_ignore_ascii_case(locale) => lang.to_string(),
        _ => locale.to_string(),
    };
    let alternates: BTreeMap<String, String> = match wp.translations {
        Some(Value::Object(map)) => map
            .iter()
            .filter(|(lang, id)| is_lang_tag(lang) && id.as_u64().is_some_and(|id| id > 0))
            .map(|(lang, _)| (lang.clone(), wp.slug.to_string()))
            .collect(),
        _ => BTreeMap::new(),
    };
    let page = Page {
        slug: wp.slug.to_string(),
        locale: page_locale,
        title: strip_tags(wp.title),
        kicker: None,
        summary: wp
            .excerpt
            .map(strip_tags)
            .filter(|s| !s.is_empty())
            .filter(|s| !is_generated_excerpt(s, &strip_tags(wp.content))),
        updated: iso_day(wp.modified),
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
    let body = wp.content;
    Ok(Some(PageSource {
        page,
        body_html: (!body.trim().is_empty()).then(|| body.to_string()),
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
    let root: Value = content::decode(text)?;
    let posts = read_items(&root, WpPost::read)?;
    let header = |name: &str| headers.get(name).and_then(|v| v.trim().parse::<u32>().ok());
    let full = per_page > 0 && posts.len() >= usize::try_from(per_page).unwrap_or(usize::MAX);
    let paging = Paging {
        total_items: header("X-WP-Total"),
        total_pages: header("X-WP-TotalPages"),
        has_next: full,
    };
    let items = posts
        .into_iter()
        .map(|post| CmsItem {
            id: post.id.to_string(),
            title: strip_tags(post.title),
            date: post.date,
            summary: post.excerpt.map(strip_tags).unwrap_or_default(),
            slug: post.slug,
        })
        .collect();
    let paths = ItemPaths {
        items: "",
        date: ".date",
    };
    news::finish(locale, page, paging, items, paths)
}

/// How many words at the start of an excerpt tell WordPress's own excerpt from an editor's.
const EXCERPT_WORDS: usize = 12;

/// Whether `excerpt` is the one WordPress makes when a page has none of its own: the first
/// words of the body (its text, blocks WordPress leaves out of excerpts aside), then " […]".
/// Shown under the title it would only repeat the start of the page, so it is left out. Both
/// are compared word by word without punctuation (WordPress and [`strip_tags`] differ in
/// spacing and punctuation around tags), over their first [`EXCERPT_WORDS`] words.
pub(crate) fn is_generated_excerpt(excerpt: &str, body: &str) -> bool {
    // ASCII punctuation and the typographic marks CMSs put in text; not Unicode's tables
    // (`char::is_alphanumeric` costs the wasm about 3 KB).
    let is_mark = |c: char| {
        c.is_ascii_punctuation()
            || matches!(
                c,
                '…' | '–' | '—' | '‘' | '’' | '“' | '”' | '«' | '»' | '·' | '、' | '。'
            )
    };
    let words = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .map(|w| w.chars().filter(|c| !is_mark(*c)).collect::<String>())
            .filter(|w| !w.is_empty())
            .take(EXCERPT_WORDS)
            .collect()
    };
    let (excerpt, body) = (words(excerpt), words(body));
    !excerpt.is_empty() && body.starts_with(&excerpt)
}

/// The `YYYY-MM-DD` start of an ISO 8601 date-time, if it is one.
pub(crate) fn iso_day(date: Option<&str>) -> Option<String> {
    date.filter(|d| is_iso_date(d))
        .and_then(|d| d.get(..10))
        .map(str::to_string)
}

/// Fields requested from the search endpoint.
const SEARCH_FIELDS: &str = "id,title,url,subtype";

/// `GET` URL of WordPress's own search (`wp/v2/search`) for `query` in `locale`: pages and
/// posts, 20 at most, best match first (WordPress's order).
pub fn search_url(base: &str, locale: &str, query: &str) -> String {
    format!(
        "{base}/wp/v2/search?search={}&type=post&subtype=page,post&per_page=20&lang={}&_fields={SEARCH_FIELDS}",
        encode_component(query),
        encode_component(locale)
    )
}

/// Decodes a `wp/v2/search` response into results linking to the app's pages: the slug is
/// the last segment of the result's permalink (pretty permalinks); a result without one
/// (`?p=12`) is left out, since the app could not open it. Titles go through
/// [`strip_tags`]; the endpoint sends no excerpt, so summaries are empty.
pub fn decode_search(text: &str, locale: &str) -> Result<Vec<SearchDoc>, DecodeError> {
    let root: Value = content::decode(text)?;
    let items = seq(&root, ".")?;
    let mut docs = Vec::new();
    for (i, v) in items.iter().enumerate() {
        let path = index(".", i);
        record(v, &path, "struct WpSearchResult")?;
        let title = str_at(v, &path, "title")?;
        let url = str_at(v, &path, "url")?;
        let subtype = opt_str(v, &path, "subtype")?.unwrap_or("page");
        let slug = url
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .filter(|s| is_valid_slug(s));
        let Some(slug) = slug else {
            continue;
        };
        docs.push(SearchDoc {
            href: format!("/{locale}/pages/{slug}"),
            title: strip_tags(title),
            summary: String::new(),
            kind: if subtype == "post" { "news" } else { "page" }.to_string(),
            lang: None,
        });
    }
    Ok(docs)
}

#[cfg(test)]
mod search_tests {

    #[test]
    fn the_excerpt_wordpress_makes_is_told_from_an_editors() {
        let body = "History Kawabe grew around its fishing harbour. Today it is known for its morning market and the Kawabe lantern festival. Population by ward";
        // WordPress's own: the first words, then " […]".
        assert!(is_generated_excerpt(
            "History Kawabe grew around its fishing harbour. Today it is known for its morning […]",
            body
        ));
        assert!(is_generated_excerpt(
            "History Kawabe grew around its fishing harbour.",
            body
        ));
        // An editor's excerpt says something else, even when it shares a first word.
        assert!(!is_generated_excerpt(
            "Kawabe's history, from fishing village to harbour city.",
            body
        ));
        assert!(!is_generated_excerpt("History of the city in brief.", body));
        assert!(!is_generated_excerpt("[…]", body));
    }

    use super::*;

    #[test]
    fn search_results_link_to_the_app_by_permalink_slug() {
        let url = search_url("https://cms.example.org/wp-json", "ja", "防災 訓練");
        assert!(
            url.starts_with(
                "https://cms.example.org/wp-json/wp/v2/search?search=%E9%98%B2%E7%81%BD%20"
            ),
            "{url}"
        );
        assert!(url.contains("&lang=ja&"));
        let text = r#"[
            {"id": 7, "title": "Disaster &amp; <em>prevention</em>", "url": "https://cms.example.org/disaster-prevention/", "subtype": "page"},
            {"id": 9, "title": "Drill", "url": "https://cms.example.org/2026/11/drill/?x=1", "subtype": "post"},
            {"id": 11, "title": "No slug", "url": "https://cms.example.org/?p=11", "subtype": "post"}
        ]"#;
        let docs = decode_search(text, "en").unwrap();
        assert_eq!(
            docs.len(),
            2,
            "the result without a pretty permalink is left out"
        );
        assert_eq!(docs[0].href, "/en/pages/disaster-prevention");
        assert_eq!(docs[0].title, "Disaster & prevention");
        assert_eq!(docs[0].kind, "page");
        assert_eq!(docs[1].href, "/en/pages/drill");
        assert_eq!(docs[1].kind, "news");
        let err = decode_search(r#"{"code": "oops"}"#, "en").unwrap_err();
        assert_eq!(err.path, ".");
        let err = decode_search(r#"[{"id": 1, "url": "https://x.example/a/"}]"#, "en").unwrap_err();
        assert!(err.path.contains("[0]"), "{}", err.path);
    }
}
