//! `/:lang/pages/:slug`: a content page (policy, topic, statement) from the backend.

use civic_core::content::{self, Page};
use civic_core::locale;
use leptos::prelude::*;

use crate::a11y::PageHeading;
use crate::backend::{use_backend, Remote};
use crate::components::chrome::breadcrumbs::Breadcrumbs;
use crate::components::chrome::furigana_toggle::FuriganaToggle;
use crate::components::content::blocks::Blocks;
use crate::components::content::content_language::ContentLanguageNotice;
use crate::components::content::load_state::remote;
use crate::head;
use crate::i18n::{msg, use_i18n};
use crate::site::absolute_url;

/// The route view: loads the page named by the `slug` parameter in the active locale.
#[component]
pub fn ContentPage(
    /// The slug of the route (a memo, so that a change of language, same slug on a new path,
    /// does not refetch twice).
    slug: Memo<String>,
) -> impl IntoView {
    view! { <PageBySlug slug=slug /> }
}

/// Loads and renders the page `slug`; shared by the content route and the home page.
#[component]
pub fn PageBySlug(#[prop(into)] slug: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let backend = use_backend();
    let page = Remote::new(
        move || (slug.get(), i18n.locale()),
        move |(slug, locale)| async move { backend.page(locale, &slug).await },
    );
    remote(page, |page| view! { <PageView page=page /> }.into_any())
}

fn page_path(slug: &str) -> String {
    if slug == "home" {
        "/".to_string()
    } else {
        format!("/pages/{slug}")
    }
}

/// A decoded page: breadcrumbs, kicker, heading, summary, last-updated date and body, with
/// `hreflang` alternates in the document head.
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
    head::description(page.summary.clone());
    head::alternates(
        page.alternates
            .iter()
            .filter_map(|(tag, slug)| Some((locale::find(tag)?, slug)))
            .map(|(info, slug)| {
                let href = absolute_url(&locale::localized_path(info.tag, &page_path(slug)));
                (info.tag.to_string(), href)
            })
            .collect(),
    );
    view! {
        <Breadcrumbs trail=page.breadcrumbs.clone() current=page.title.clone() />
        <ContentLanguageNotice content_locale=page.locale.clone() alternates=page.alternates.clone()
            path=page_path />
        <article class="cp-page" lang=page.locale.clone()>
            {page.kicker.map(|k| view! { <p class="cp-page__kicker">{k}</p> })}
            <PageHeading text=Signal::derive(move || title.clone()) />
            {page.summary.map(|s| view! { <p class="cp-page__lead">{s}</p> })}
            {updated}
            {content::has_ruby(&page.blocks).then(|| view! { <FuriganaToggle /> })}
            <Blocks blocks=page.blocks />
        </article>
    }
}
