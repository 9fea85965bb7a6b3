//! `/:lang/news`: the list of announcements, newest first.

use civic_core::content::NewsList;
use leptos::prelude::*;

use crate::a11y::PageHeading;
use crate::backend;
use crate::components::content_language::ContentLanguageNotice;
use crate::components::load_state::{LoadFailure, Loading};
use crate::i18n::{msg, use_i18n};
use crate::t;

#[component]
pub fn NewsPage() -> impl IntoView {
    let i18n = use_i18n();
    let resource = LocalResource::new(move || {
        let locale = i18n.locale();
        async move { backend::news(locale).await }
    });
    let retry = Callback::new(move |_| resource.refetch());
    view! {
        <Transition fallback=Loading>
            {move || {
                resource
                    .get()
                    .map(|result| match result {
                        Ok(list) => view! { <NewsListView list=list /> }.into_any(),
                        Err(error) => view! { <LoadFailure error=error retry=retry /> }.into_any(),
                    })
            }}
        </Transition>
    }
}

#[component]
fn NewsListView(list: NewsList) -> impl IntoView {
    let i18n = use_i18n();
    let total = list.items.len();
    let items = if list.items.is_empty() {
        view! { <p class="cp-news__empty">{t!(NEWS_EMPTY)}</p> }.into_any()
    } else {
        let items = list
            .items
            .into_iter()
            .map(|item| {
                let date = item.date.clone();
                let published =
                    move || i18n.t_args(msg::NEWS_PUBLISHED, &[("date", date.clone().into())]);
                let title = match item.href.filter(|h| civic_core::content::is_safe_href(h)) {
                    Some(href) => view! { <a href=href>{item.title}</a> }.into_any(),
                    None => item.title.into_any(),
                };
                view! {
                    <li class="cp-news__item">
                        <h2 class="cp-news__title">{title}</h2>
                        <p class="cp-news__date"><time datetime=item.date>{published}</time></p>
                        <p>{item.summary}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="cp-news__list">{items}</ul> }.into_any()
    };
    let count = move || i18n.t_args(msg::NEWS_COUNT, &[("count", total.into())]);
    view! {
        <div class="cp-news">
            <PageHeading text=Signal::derive(move || i18n.t(msg::NEWS_TITLE)) />
            <p class="cp-page__lead">{t!(NEWS_INTRO)}</p>
            <ContentLanguageNotice content_locale=list.locale.clone() />
            <p class="cp-news__count" data-testid="news-count">{count}</p>
            <div lang=list.locale>{items}</div>
        </div>
    }
}
