//! Starting the app in the browser. A pre-rendered page carries the data it was rendered from
//! in a non-executable `<script type="application/json" id="cp-data">` ([`PageData`]); when
//! it is the page of the address shown, the responses go into the fetch cache, the
//! interface strings of its language are fetched, and the app hydrates the page (keeping
//! every node). Anywhere else (the single-page fallback of a path not pre-rendered,
//! `trunk serve`, the root's language list) the app renders from scratch.

use std::cell::Cell;

use serde::{Deserialize, Serialize};

/// The id of the page's data block.
pub const DATA_ID: &str = "cp-data";

/// What a pre-rendered page embeds for the app.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PageData {
    /// The path the page was rendered for.
    pub path: String,
    /// Its query, with `?`, or empty.
    #[serde(default)]
    pub search: String,
    /// `false` for pages the app renders afresh anyway (the root's language list, the
    /// not-found page served for any path).
    pub hydrate: bool,
    /// The backend responses the page was rendered from, as the app would fetch them.
    #[serde(default)]
    pub responses: Vec<Embedded>,
}

/// One backend response embedded in a page: a body, or a "not found" (a locale the content
/// is missing in, before the fallback chain found it), which the first render needs too.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Embedded {
    pub url: String,
    #[serde(default, skip_serializing_if = "is_found")]
    pub not_found: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<(String, String)>,
}

fn is_found(not_found: &bool) -> bool {
    !*not_found
}

thread_local! {
    static HYDRATING: Cell<bool> = const { Cell::new(false) };
}

/// Whether the app is hydrating now (the first, synchronous render over pre-rendered HTML):
/// browser-only state (drafts, stored choices) waits until it is over.
pub fn hydrating() -> bool {
    HYDRATING.with(|h| h.get())
}

/// Starts the app: hydrates the pre-rendered page of this address, or renders from scratch.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use crate::backend::fetch;

    let Some(data) = read_data().filter(|d| d.hydrate && is_this_page(d)) else {
        render_fresh();
        return;
    };
    let mut not_found = Vec::new();
    for response in data.responses {
        if response.not_found {
            fetch::seed_not_found(&response.url);
            not_found.push(response.url);
        } else {
            fetch::seed(&response.url, &response.text, response.headers);
        }
    }
    let locale = civic_core::locale::split_path(&data.path).0;
    let route = civic_core::route::Route::of(&data.path);
    let news_page = crate::router::news_page_of(&data.path, &data.search);
    // Leptos's executor starts with the app: this task runs on wasm-bindgen's own.
    wasm_bindgen_futures::spawn_local(async move {
        // The files every page shares (the configuration, the interface strings of the
        // page's language; cached by the browser across pages), so that the first render is
        // the page's own. Without them the app renders afresh and shows what it can.
        let mut shared = vec![crate::backend::CONFIG_URL.to_string()];
        if let Some(locale) = locale {
            shared.extend(crate::i18n::I18n::files_of(locale));
        }
        for url in shared {
            if fetch::get(&url, Some("application/json, text/plain, */*"), 10_000)
                .await
                .is_err()
            {
                render_fresh();
                return;
            }
        }
        // What the first render would do inside hydration's one long task, each in a task of
        // its own so that the page answers input in between: parse the interface strings,
        // decode the page's data (the app then takes both).
        if let Some(locale) = locale {
            next_task().await;
            crate::i18n::build_ahead(locale);
            next_task().await;
            let backend = crate::backend::Backend::detached();
            let _ = fetch::cached_only(backend.warm(locale, route, news_page));
            // A "not found" is answered once; the first render takes the same fallback again.
            for url in &not_found {
                fetch::seed_not_found(url);
            }
            next_task().await;
        }
        HYDRATING.with(|h| h.set(true));
        leptos::mount::hydrate_body(crate::app::App);
        HYDRATING.with(|h| h.set(false));
        mark_started("hydrated");
    });
}

/// Resolves in a later task of the event loop (`setTimeout(0)`): the browser may handle
/// input and paint in between.
#[cfg(target_arch = "wasm32")]
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled =
            web_sys::window().is_some_and(|w| w.set_timeout_with_callback(&resolve).is_ok());
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Says on `<html data-cp-started>` how the app started (`hydrated` or `rendered`), for
/// tests and for anyone checking a deployment.
#[cfg(target_arch = "wasm32")]
fn mark_started(how: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-cp-started", how);
    }
}

#[cfg(target_arch = "wasm32")]
fn read_data() -> Option<PageData> {
    let document = web_sys::window()?.document()?;
    let text = document.get_element_by_id(DATA_ID)?.text_content()?;
    match serde_json::from_str(&text) {
        Ok(data) => Some(data),
        Err(err) => {
            web_sys::console::warn_1(&format!("[boot] unreadable page data ({err})").into());
            None
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn is_this_page(data: &PageData) -> bool {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    path.trim_end_matches('/') == data.path.trim_end_matches('/') && search == data.search
}

/// Empties `<body>` (a pre-rendered page of another address) and mounts the app.
#[cfg(target_arch = "wasm32")]
fn render_fresh() {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        body.set_text_content(None);
    }
    leptos::mount::mount_to_body(crate::app::App);
    mark_started("rendered");
}
