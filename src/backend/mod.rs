//! The one place that talks to the content backend (targets B2–B5). Pages ask for typed
//! content ([`Backend::site`], [`Backend::page`], [`Backend::news`]) and get either the
//! content or a [`LoadError`] of a distinct kind; they never call `fetch` themselves.
//!
//! - `config.json` (next to the app) chooses the backend's base URL, the adapter (native
//!   contract, WordPress, Drupal) and the time-out; it is read once per visit, without a
//!   rebuild. A missing or malformed file falls back to the embedded sample city and says
//!   why in the console.
//! - URLs and decoding are `civic_core::adapter`'s; CMS HTML bodies are parsed inertly by
//!   the browser (`dom`) and turned into blocks by `civic_core::html`'s allowlist.
//! - When a page does not exist in the visitor's locale, the locale's fallback chain is
//!   tried in order (`ko` → `en`); the returned page's `locale` says what was found.
//! - Successful responses are cached for the visit ([`fetch`]), so going back is instant.
//!   [`Remote`] is how views hold a response: rendered at once when it is cached (a
//!   pre-rendered page's embedded data, so that hydration matches), fetched otherwise.

#[cfg(target_arch = "wasm32")]
mod dom;
/// Natively (the pre-renderer) CMS bodies are parsed by `civic_core::native_html`, into the
/// same tree for the same allowlist.
#[cfg(not(target_arch = "wasm32"))]
mod dom {
    pub use civic_core::native_html::parse as parse_html;
}
mod decoded;
pub mod fetch;
mod remote;

pub use remote::Remote;

use std::future::Future;

use civic_core::adapter::{self, Headers};
use civic_core::config::{self, Config};
use civic_core::content::{
    self, FormDefinition, FormSubmission, LoadError, NewsList, Page, SiteSettings,
    SubmissionErrors, SubmissionReceipt, SurveyResults,
};
use civic_core::html;
use civic_core::locale::LocaleInfo;
use civic_core::route::Route;
use civic_core::search::{SearchDoc, SearchIndex};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::*;

/// Where the runtime configuration is read from.
pub const CONFIG_URL: &str = "/config.json";

/// The backend handle provided through context. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Backend {
    /// `config.json` being read or read: one request however many ask at once.
    config: StoredValue<Option<Shared<LocalBoxFuture<'static, Config>>>, LocalStorage>,
}

/// Creates the backend handle and provides it as context.
pub fn provide_backend() -> Backend {
    let backend = Backend {
        config: StoredValue::new_local(None),
    };
    provide_context(backend);
    backend
}

impl Backend {
    /// A handle of its own, outside the app's context: the boot decodes a pre-rendered page's
    /// data with it before the app starts (see [`decoded`]).
    pub fn detached() -> Backend {
        Backend {
            config: StoredValue::new_local(None),
        }
    }
}

/// The backend handle provided by [`provide_backend`].
pub fn use_backend() -> Backend {
    expect_context::<Backend>()
}

async fn load_config() -> Config {
    match fetch::get(CONFIG_URL, None, 10_000).await {
        Ok(response) => match decoded::once(&response.text, config::decode_config) {
            Ok(config) => config,
            Err(err) => {
                fetch::log_error(&format!(
                    "{CONFIG_URL} is malformed at {err}; using the embedded sample content"
                ));
                Config::default()
            }
        },
        Err(LoadError::NotFound) => Config::default(),
        Err(err) => {
            fetch::log_error(&format!(
                "{CONFIG_URL} could not be read ({err}); using the embedded sample content"
            ));
            Config::default()
        }
    }
}

impl Backend {
    /// The runtime configuration (reads `config.json` on first use; the response is cached,
    /// so it is read once per visit).
    pub async fn config(&self) -> Config {
        if let Some(config) = self.config.with_value(|c| c.clone()) {
            return config.await;
        }
        if !fetch::may_request(CONFIG_URL) {
            // Rendering from cached data only, and the page did not embed config.json.
            return Config::default();
        }
        let config = load_config().boxed_local().shared();
        self.config.set_value(Some(config.clone()));
        config.await
    }

    /// The site settings for a visitor reading `locale`.
    pub async fn site(&self, locale: &LocaleInfo) -> Result<SiteSettings, LoadError> {
        let config = self.config().await;
        first_found(locale, |tag| {
            let url = adapter::site_url(&config.backend, tag);
            let timeout = config.backend.timeout_ms;
            async move {
                let response = fetch::get(&url, None, timeout).await?;
                decoded::once(&response.text, |text| content::decode_site(text, tag))
                    .map_err(|e| malformed(&url, e))
            }
        })
        .await
    }

    /// The page `slug` for a visitor reading `locale`, trying the locale's fallback chain
    /// when it does not exist in that locale.
    pub async fn page(&self, locale: &LocaleInfo, slug: &str) -> Result<Page, LoadError> {
        if !content::is_valid_slug(slug) {
            return Err(LoadError::NotFound);
        }
        let config = self.config().await;
        // The home page is the backend's page `home_slug` (a CMS's front page), shown as the
        // app's home: its slug, and its translations' slugs, read `home` once decoded.
        let home = config.backend.home_slug.as_str();
        let (asked, slug) = (slug, if slug == config::HOME { home } else { slug });
        let page = first_found(locale, |tag| {
            let url = adapter::page_url(&config.backend, tag, slug);
            let config = &config;
            async move {
                let response = fetch::get(&url, None, config.backend.timeout_ms).await?;
                let source = decoded::once(&response.text, |text| {
                    let source = adapter::decode_page(&config.backend, text, tag, slug)?;
                    // A CMS body is parsed into blocks once, with the page.
                    Ok::<_, _>(source.map(|source| {
                        let mut page = source.page;
                        if let Some(body) = source.body_html {
                            page.blocks.extend(html::to_blocks_from(
                                &dom::parse_html(&body),
                                config.backend.origin(),
                            ));
                        }
                        page
                    }))
                })
                .map_err(|e| malformed(&url, e))?;
                source.ok_or(LoadError::NotFound)
            }
        })
        .await;
        page.map(|mut page| {
            if asked == config::HOME && home != config::HOME {
                page.slug = config::HOME.to_string();
                for other in page.alternates.values_mut().filter(|s| *s == home) {
                    *other = config::HOME.to_string();
                }
            }
            page
        })
    }

    /// Page `number` (from 1) of the news, with the same language fallback as [`page`](Self::page).
    pub async fn news(&self, locale: &LocaleInfo, number: u32) -> Result<NewsList, LoadError> {
        let config = self.config().await;
        first_found(locale, |tag| {
            let url = adapter::news_url(&config.backend, tag, number);
            let config = &config;
            async move {
                let response = match fetch::get(&url, None, config.backend.timeout_ms).await {
                    Err(LoadError::Server(status))
                        if adapter::news_page_missing(&config.backend, status, number) =>
                    {
                        return Err(LoadError::NotFound);
                    }
                    other => other?,
                };
                decoded::once(&response.text, |text| {
                    adapter::decode_news(&config.backend, text, &response, tag, number)
                })
                .map_err(|e| malformed(&url, e))
            }
        })
        .await
    }
}

impl Backend {
    /// Requests what the view of `route` will ask for in `locale` (the site settings and the
    /// route's content), so that a language switch can fetch it while the locale's `.ftl`
    /// files download, not after. The answers land in the cache ([`fetch`]); failures are
    /// left for the view to report when it asks again.
    pub async fn warm(self, locale: &'static LocaleInfo, route: Route, news_page: u32) {
        let content = async move {
            let _ = match &route {
                Route::Home => self.page(locale, "home").await.map(drop),
                Route::Page(slug) => self.page(locale, slug).await.map(drop),
                Route::News(_) => self.news(locale, news_page).await.map(drop),
                Route::Form(id) | Route::FormResults(id) => self.form(locale, id).await.map(drop),
                Route::Root
                | Route::CookieSettings
                | Route::FormResponse(_)
                | Route::Search
                | Route::NotFound => Ok(()),
            };
        };
        futures::future::join(self.site(locale).map(drop), content).await;
    }
}

/// What became of a submission.
#[derive(Clone, Debug)]
pub enum Submitted {
    /// Stored (now or by an earlier attempt with the same idempotency key).
    Accepted(SubmissionReceipt),
    /// The backend refused answers: error codes per question id.
    Refused(SubmissionErrors),
    /// The backend has this idempotency key with other answers (an earlier attempt arrived
    /// although the app saw it fail, and the visitor changed an answer since): send again
    /// with a new key.
    KeyReused,
}

/// A refusal the protocol names by code (`{"error": "key_reused"}`).
#[derive(serde::Deserialize)]
struct Refusal {
    error: String,
}

impl Backend {
    /// The definition of form `id`, in the visitor's locale or the next one of its chain.
    pub async fn form(&self, locale: &LocaleInfo, id: &str) -> Result<FormDefinition, LoadError> {
        if !content::is_valid_slug(id) {
            return Err(LoadError::NotFound);
        }
        let config = self.config().await;
        first_found(locale, |tag| {
            let url = adapter::form_url(&config.backend, tag, id);
            let timeout = config.backend.timeout_ms;
            async move {
                let response = fetch::get(&url, None, timeout).await?;
                decoded::once(&response.text, |text| content::decode_form(text, tag, id))
                    .map_err(|e| malformed(&url, e))
            }
        })
        .await
    }

    /// The site-search index of `locale` (`/search/<locale>.json`, written by the build), or
    /// not found when the build has none (a CMS backend).
    async fn search_index(&self, locale: &LocaleInfo) -> Result<SearchIndex, LoadError> {
        let config = self.config().await;
        let url = format!("/search/{}.json", locale.tag);
        let response = fetch::get(&url, None, config.backend.timeout_ms).await?;
        decoded::once(&response.text, |text| {
            SearchIndex::decode(text, locale.tag).map_err(|message| content::DecodeError {
                path: ".".into(),
                message,
            })
        })
        .map_err(|e| malformed(&url, e))
    }

    /// The results for `query` in `locale`: from the backend's own search when its adapter
    /// has one (WordPress), else from the build's index of the locale.
    pub async fn search(
        &self,
        locale: &LocaleInfo,
        query: &str,
    ) -> Result<Vec<SearchDoc>, LoadError> {
        let config = self.config().await;
        if let Some(url) = adapter::search_url(&config.backend, locale.tag, query) {
            let response = fetch::get(&url, None, config.backend.timeout_ms).await?;
            return decoded::once(&response.text, |text| {
                adapter::decode_search(&config.backend, text, locale.tag)
            })
            .map_err(|e| malformed(&url, e));
        }
        let index = self.search_index(locale).await?;
        Ok(index
            .search(query)
            .into_iter()
            .map(|hit| index.docs[hit.doc as usize].clone())
            .collect())
    }

    /// The published results of form `id` (the contract's results protocol): not found
    /// unless the form declares them public.
    pub async fn results(&self, id: &str) -> Result<SurveyResults, LoadError> {
        if !content::is_valid_slug(id) {
            return Err(LoadError::NotFound);
        }
        let config = self.config().await;
        let url = adapter::results_url(&config.backend, id);
        let response = fetch::get(&url, None, config.backend.timeout_ms).await?;
        decoded::once(&response.text, |text| content::decode_results(text, id))
            .map_err(|e| malformed(&url, e))
    }

    /// Posts a filled-in form (submission protocol of `docs/contract.md`). A time-out, a lost
    /// connection, a server error or an unreadable answer is an `Err`: the caller keeps the
    /// draft and may retry with the same idempotency key.
    pub async fn submit(&self, submission: &FormSubmission) -> Result<Submitted, LoadError> {
        let config = self.config().await;
        let url = adapter::submission_url(&config.backend, &submission.form_id);
        let body = serde_json::to_string(submission).unwrap_or_default();
        #[cfg(target_arch = "wasm32")]
        let (status, text) = fetch::post(&url, &body, config.backend.timeout_ms).await?;
        #[cfg(not(target_arch = "wasm32"))]
        let (status, text): (u16, String) = {
            let _ = &body;
            (503, String::new()) // the pre-renderer sends nothing
        };
        match status {
            200 | 201 => {
                // The results counted before this response are out of date.
                fetch::forget(&adapter::results_url(&config.backend, &submission.form_id));
                content::decode::<SubmissionReceipt>(&text)
                    .map(Submitted::Accepted)
                    .map_err(|e| malformed(&url, e))
            }
            422 if serde_json::from_str::<Refusal>(&text)
                .is_ok_and(|r| r.error == "key_reused") =>
            {
                Ok(Submitted::KeyReused)
            }
            422 => content::decode::<SubmissionErrors>(&text)
                .map(Submitted::Refused)
                .map_err(|e| malformed(&url, e)),
            404 | 410 => Err(LoadError::NotFound),
            413 => Err(LoadError::TooLarge),
            status => {
                fetch::log_error(&format!("POST {url} answered {status}"));
                Err(LoadError::Server(status))
            }
        }
    }
}

impl Headers for fetch::Response {
    fn get(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    }
}

/// Runs `fetch` for each locale of the chain until one is not a 404.
async fn first_found<T, F, Fut>(locale: &LocaleInfo, fetch: F) -> Result<T, LoadError>
where
    F: Fn(&'static str) -> Fut,
    Fut: Future<Output = Result<T, LoadError>>,
{
    for tag in locale.chain() {
        match fetch(tag).await {
            Err(LoadError::NotFound) => continue,
            other => return other,
        }
    }
    Err(LoadError::NotFound)
}

fn malformed(url: &str, err: content::DecodeError) -> LoadError {
    fetch::log_error(&format!("malformed response from {url}: {err}"));
    fetch::forget(url);
    LoadError::Malformed(err)
}

#[cfg(target_arch = "wasm32")]
/// Posts `body` (JSON) to `url`, best effort: a consent receipt, say. It goes through the one
/// transport ([`fetch::post`]: time-out, offline, error mapping); failures are logged only,
/// nothing the visitor did depends on them.
pub async fn post_json(url: &str, body: &str, timeout_ms: u32) {
    match fetch::post(url, body, timeout_ms).await {
        Ok((status, _)) if (200..300).contains(&status) => {}
        Ok((status, _)) => fetch::log_error(&format!("POST {url} answered {status}")),
        Err(e) => fetch::log_error(&format!("POST {url} failed: {e}")),
    }
}
