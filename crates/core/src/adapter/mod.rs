//! Adapters (target B3): map what a backend sends onto the content contract.
//!
//! An adapter knows two things about a backend: the URL of each request, and how to turn the
//! response into contract types. It does no I/O (the app's `backend` module fetches), so every
//! adapter is tested natively on fixtures written from the backend's public API documentation.
//!
//! | adapter | pages | news |
//! |---|---|---|
//! | [`native`] | `<base>/<locale>/pages/<slug>.json` | `<base>/<locale>/news/<page>.json` |
//! | [`wordpress`] | `<base>/wp/v2/pages?slug=<slug>&lang=<locale>` | `<base>/wp/v2/posts?lang=<locale>&page=<n>` |
//! | [`drupal`] | `<base>/<locale>/jsonapi/node/page?filter[path.alias]=/<slug>` | `<base>/<locale>/jsonapi/node/article?sort=-created&page[offset]=…` |
//!
//! Site settings always come in the contract format from `site_url` (see
//! [`crate::config::BackendConfig::site_url`]).

pub mod drupal;
mod json;
pub mod native;
mod news;
pub mod wordpress;

use crate::config::{AdapterKind, BackendConfig};
use crate::content::{DecodeError, NewsList, Page};

/// A page as an adapter decoded it. CMS adapters deliver the body as HTML, which the app
/// parses inertly and converts with [`crate::html::to_blocks`] (appended to `page.blocks`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageSource {
    pub page: Page,
    pub body_html: Option<String>,
}

/// Response headers an adapter may read (WordPress sends its page count in headers).
pub trait Headers {
    fn get(&self, name: &str) -> Option<String>;
}

impl Headers for () {
    fn get(&self, _: &str) -> Option<String> {
        None
    }
}

impl<const N: usize> Headers for [(&str, &str); N] {
    fn get(&self, name: &str) -> Option<String> {
        self.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.to_string())
    }
}

/// The URL of the site settings of `locale`.
pub fn site_url(config: &BackendConfig, locale: &str) -> String {
    format!("{}/{locale}/site.json", config.site_url)
}

/// The URL of form `id`'s definition in `locale` (always the contract's format).
pub fn form_url(config: &BackendConfig, locale: &str, id: &str) -> String {
    format!("{}/{locale}/forms/{id}.json", config.forms_base())
}

/// Where the backend's own site search is asked for `query` in `locale`, for adapters that
/// have one (WordPress's `wp/v2/search`); `None`: the app searches the build's index
/// (`/search/<locale>.json`, see [`crate::search`]).
pub fn search_url(config: &BackendConfig, locale: &str, query: &str) -> Option<String> {
    match config.adapter {
        AdapterKind::Wordpress => Some(wordpress::search_url(&config.base_url, locale, query)),
        AdapterKind::Native | AdapterKind::Drupal => None,
    }
}

/// Decodes the answer to [`search_url`]: results linking to the app's routes.
pub fn decode_search(
    config: &BackendConfig,
    text: &str,
    locale: &str,
) -> Result<Vec<crate::search::SearchDoc>, DecodeError> {
    match config.adapter {
        AdapterKind::Wordpress => wordpress::decode_search(text, locale),
        AdapterKind::Native | AdapterKind::Drupal => Err(DecodeError {
            path: ".".into(),
            message: "this adapter has no search endpoint".into(),
        }),
    }
}

/// Where form `id`'s published results are read (the contract's results protocol).
pub fn results_url(config: &BackendConfig, id: &str) -> String {
    format!("{}/forms/{id}/results", config.forms_base())
}

/// Where answers to form `id` are posted (the contract's submission protocol).
pub fn submission_url(config: &BackendConfig, id: &str) -> String {
    format!("{}/forms/{id}/submissions", config.forms_base())
}

/// The URL of page `slug` in `locale`.
pub fn page_url(config: &BackendConfig, locale: &str, slug: &str) -> String {
    match config.adapter {
        AdapterKind::Native => native::page_url(&config.base_url, locale, slug),
        AdapterKind::Wordpress => wordpress::page_url(&config.base_url, locale, slug),
        AdapterKind::Drupal => drupal::page_url(&config.base_url, locale, slug),
    }
}

/// The URL of news page `page` (from 1) in `locale`.
pub fn news_url(config: &BackendConfig, locale: &str, page: u32) -> String {
    match config.adapter {
        AdapterKind::Native => native::news_url(&config.base_url, locale, page),
        AdapterKind::Wordpress => {
            wordpress::news_url(&config.base_url, locale, page, config.news_per_page)
        }
        AdapterKind::Drupal => {
            drupal::news_url(&config.base_url, locale, page, config.news_per_page)
        }
    }
}

/// Decodes a page response. `Ok(None)` means the backend answered but has no such page
/// (WordPress and Drupal answer an empty list rather than 404).
pub fn decode_page(
    config: &BackendConfig,
    text: &str,
    locale: &str,
    slug: &str,
) -> Result<Option<PageSource>, DecodeError> {
    match config.adapter {
        AdapterKind::Native => native::decode_page(text, locale, slug).map(Some),
        AdapterKind::Wordpress => wordpress::decode_page(text, locale, slug),
        AdapterKind::Drupal => drupal::decode_page(text, locale, slug),
    }
}

/// Whether an error status in answer to news page `page` means that there is no such page.
/// WordPress answers a page past the last with 400 `rest_post_invalid_page_number` (not 404),
/// which is the visitor's "not found", not a problem of the server.
pub fn news_page_missing(config: &BackendConfig, status: u16, page: u32) -> bool {
    matches!(config.adapter, AdapterKind::Wordpress) && status == 400 && page > 1
}

/// Decodes a news response for page `page` of `locale`.
pub fn decode_news(
    config: &BackendConfig,
    text: &str,
    headers: &dyn Headers,
    locale: &str,
    page: u32,
) -> Result<NewsList, DecodeError> {
    match config.adapter {
        AdapterKind::Native => native::decode_news(text, locale, page),
        AdapterKind::Wordpress => {
            wordpress::decode_news(text, headers, locale, page, config.news_per_page)
        }
        AdapterKind::Drupal => drupal::decode_news(text, locale, page, config.news_per_page),
    }
}
