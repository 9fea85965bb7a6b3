//! `/:lang/pages/:slug`: a content page (policy, topic, statement) from the backend.

use civic_core::content::Page;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::a11y::PageHeading;
use crate::backend;
use crate::components::blocks::Blocks;
use crate::components::content_language::ContentLanguageNotice;
use crate::components::load_state::{LoadFailure, Loading};
use crate::i18n::{msg, use_i18n};

/// The route view: loads the page named by the `slug` parameter in the active locale.
#[component]
pub fn ContentPage() -> impl IntoView {
    let params = use_params_map();
    // A memo, so that a change of language (same slug, new path) does not refetch twice.
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    view! { <PageBySlug slug=slug /> }
}

/// Loads and renders the page `slug`; shared by the content route and the home page.
#[component]
pub fn PageBySlug(#[prop(into)] slug: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let resource = LocalResource::new(move || {
        let slug = slug.get();
        let locale = i18n.locale();
        async move { backend::page(locale, &slug).await }
    });
    let retry = Callback::new(move |_| resource.refetch());
    view! {
        <Transition fallback=Loading>
            {move || {
                resource
                    .get()
                    .map(|result| match result {
                        Ok(page) => view! { <PageView page=page /> }.into_any(),
                        Err(error) => view! { <LoadFailure error=error retry=retry /> }.into_any(),
                    })
            }}
        </Transition>
    }
}

/// A decoded page: heading, summary, last-updated date and body.
#[component]
fn PageView(page: Page) -> impl IntoView {
    let i18n = use_i18n();
    let title = page.title.clone();
    let updated = page.updated.clone().map(|date| {
        let label = {
            let date = date.clone();
            move || i18n.t_args(msg::PAGE_UPDATED, &[("date", date.clone().into())])
        };
        view! { <p class="cp-page__meta"><time datetime=date>{label}</time></p> }
    });
    view! {
        <ContentLanguageNotice content_locale=page.locale.clone() />
        <article class="cp-page" lang=page.locale.clone()>
            <PageHeading text=Signal::derive(move || title.clone()) />
            {page.summary.map(|s| view! { <p class="cp-page__lead">{s}</p> })}
            {updated}
            <Blocks blocks=page.blocks />
        </article>
    }
}
