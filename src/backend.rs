//! The one place that talks to the content backend. Pages ask for typed content
//! ([`page`], [`news`]) and get a [`LoadError`] of a distinct kind when anything goes wrong;
//! they never call `fetch` themselves.
//!
//! The embedded default backend is the static tree under `public/content/` (copied to
//! `/content/` by Trunk): `/content/<locale>/pages/<slug>.json` and
//! `/content/<locale>/news.json`. Runtime configuration of other backends and CMS adapters
//! builds on this module.

use civic_core::content::{self, LoadError, NewsList, Page};
use civic_core::locale::LocaleInfo;
use gloo_net::http::Request;

/// Where the embedded default content is served from.
const CONTENT_BASE: &str = "/content";

/// Fetches the page `slug` for a visitor reading `locale`. When the page does not exist in
/// that locale, the locale's fallback chain is tried in order (`ko` → `en`); the returned
/// page's `locale` says which language was found, so the view can say so (target I9).
pub async fn page(locale: &LocaleInfo, slug: &str) -> Result<Page, LoadError> {
    if !content::is_valid_slug(slug) {
        return Err(LoadError::NotFound);
    }
    first_found(locale, |tag| async move {
        let text = get_json_text(&format!("{CONTENT_BASE}/{tag}/pages/{slug}.json")).await?;
        content::decode_page(&text, tag).map_err(|e| malformed(slug, e))
    })
    .await
}

/// Fetches the news list, with the same language fallback as [`page`].
pub async fn news(locale: &LocaleInfo) -> Result<NewsList, LoadError> {
    first_found(locale, |tag| async move {
        let text = get_json_text(&format!("{CONTENT_BASE}/{tag}/news.json")).await?;
        content::decode_news(&text, tag).map_err(|e| malformed("news", e))
    })
    .await
}

/// Runs `fetch` for each locale of the chain until one is not a 404.
async fn first_found<T, F, Fut>(locale: &LocaleInfo, fetch: F) -> Result<T, LoadError>
where
    F: Fn(&'static str) -> Fut,
    Fut: std::future::Future<Output = Result<T, LoadError>>,
{
    let mut last = LoadError::NotFound;
    for tag in locale.chain() {
        match fetch(tag).await {
            Err(LoadError::NotFound) => last = LoadError::NotFound,
            other => return other,
        }
    }
    Err(last)
}

fn malformed(what: &str, err: content::DecodeError) -> LoadError {
    web_sys::console::error_1(&format!("[backend] malformed response for {what}: {err}").into());
    LoadError::Malformed(err)
}

async fn get_json_text(url: &str) -> Result<String, LoadError> {
    let response = Request::get(url)
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    match response.status() {
        200..=299 => {}
        404 | 410 => return Err(LoadError::NotFound),
        status => return Err(LoadError::Server(status)),
    }
    // Single-page hosts (and `trunk serve`) answer a missing file with index.html and 200.
    let kind = response.headers().get("content-type").unwrap_or_default();
    if kind.contains("text/html") {
        return Err(LoadError::NotFound);
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}
