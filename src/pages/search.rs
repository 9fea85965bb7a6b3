//! `/:lang/search?q=...`: site search over the current language's pages and news, through
//! `Backend::search`: the build's index (`/search/<locale>.json`, see `civic_core::search`),
//! downloaded only when a visitor searches, or the CMS's own search (WordPress). Results mark
//! the words found, their number is announced in one status region, and no result comes with
//! suggestions.

use civic_core::search::{marks, SearchDoc};
use leptos::prelude::*;

use crate::a11y::PageHeading;
use crate::backend::{use_backend, Remote};
use crate::components::chrome::search_box::SearchBox;
use crate::components::content::load_state::Loading;
use crate::i18n::{msg, use_i18n};
use crate::router::query_param;
use crate::t;

#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let backend = use_backend();
    let q = query_param("q");
    let query = Memo::new(move |_| q.get().unwrap_or_default().trim().to_string());
    let heading = Signal::derive(move || i18n.t(msg::SEARCH_TITLE));
    // An empty query asks for nothing (the index is downloaded only for a search).
    let found = Remote::new(
        move || (i18n.locale(), query.get()),
        move |(locale, q)| async move {
            if q.is_empty() {
                Ok(Vec::new())
            } else {
                backend.search(locale, &q).await
            }
        },
    );
    // One status region for the page's life, so that each new count is announced.
    let status = move || {
        let q = query.get();
        match found.get() {
            Some(Ok(docs)) if !q.is_empty() => civic_core::l10n::without_isolation(&i18n.t_args(
                msg::SEARCH_COUNT,
                &[("count", docs.len().into()), ("query", q.into())],
            )),
            _ => String::new(),
        }
    };
    let results = move || {
        let q = query.get();
        if q.is_empty() {
            return view! { <p class="cp-search__hint">{t!(SEARCH_HINT)}</p> }.into_any();
        }
        // The page keeps its own heading and box: a failure is said below them.
        match found.get() {
            None => view! { <Loading /> }.into_any(),
            Some(Ok(docs)) => view! { <SearchResults docs=docs query=q /> }.into_any(),
            Some(Err(error)) => {
                fetch_problem(&error);
                view! {
                    <div class="cp-search__failure" role="alert" data-testid="search-failure">
                        <p>{t!(SEARCH_UNAVAILABLE)}</p>
                        <button type="button" class="cp-button" on:click=move |_| found.retry()>{t!(RETRY)}</button>
                    </div>
                }
                .into_any()
            }
        }
    };
    view! {
        <div class="cp-search-page">
            <PageHeading text=heading />
            <SearchBox id="search-page-q" visible_label=true />
            <p class="cp-search__count" role="status" data-testid="search-count">{status}</p>
            {results}
        </div>
    }
}

/// Says in the console why the index could not be used (the visitor sees one message).
fn fetch_problem(error: &civic_core::content::LoadError) {
    web_sys::console::warn_1(
        &format!("[search] the search index could not be used: {error:?}").into(),
    );
}

/// `text` with the words of `query` in `<mark>`.
fn marked(text: &str, query: &str) -> impl IntoView {
    let mut parts = Vec::new();
    let mut at = 0;
    for (start, end) in marks(text, query) {
        if start > at {
            parts.push(text[at..start].to_string().into_any());
        }
        parts.push(view! { <mark>{text[start..end].to_string()}</mark> }.into_any());
        at = end;
    }
    if at < text.len() {
        parts.push(text[at..].to_string().into_any());
    }
    parts
}

#[component]
fn SearchResults(docs: Vec<SearchDoc>, query: String) -> impl IntoView {
    let i18n = use_i18n();
    if docs.is_empty() {
        return view! {
            <div class="cp-search__none" data-testid="search-none">
                <h2>{t!(SEARCH_NONE_TITLE)}</h2>
                <ul>
                    <li>{t!(SEARCH_NONE_SPELLING)}</li>
                    <li>{t!(SEARCH_NONE_FEWER)}</li>
                    <li><a href=move || i18n.href("/")>{t!(SEARCH_NONE_HOME)}</a></li>
                    <li><a href=move || i18n.href("/news")>{t!(SEARCH_NONE_NEWS)}</a></li>
                    <li><a href=move || i18n.href("/forms/contact")>{t!(SEARCH_NONE_CONTACT)}</a></li>
                </ul>
            </div>
        }
        .into_any();
    }
    let items = docs
        .into_iter()
        .map(|doc| {
            let kind = (doc.kind == "news")
                .then(|| view! { <span class="cp-search__kind">{t!(SEARCH_KIND_NEWS)}</span> });
            view! {
                <li class="cp-search__result" lang=doc.lang.clone()>
                    <h2 class="cp-search__title"><a href=doc.href.clone()>{marked(&doc.title, &query)}</a></h2>
                    {kind}
                    <p class="cp-search__summary">{marked(&doc.summary, &query)}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="cp-search__results" data-testid="search-results">{items}</ol> }.into_any()
}
