//! `/:lang/news` and `/:lang/news/page/N`: the announcements, newest first, a page at a
//! time. The old `/:lang/news?page=N` still shows page N in the browser.

use civic_core::content::NewsList;
use civic_core::route::Route;
use leptos::prelude::*;

use crate::router::{news_page_of, use_location};

use crate::a11y::PageHeading;
use crate::backend::{use_backend, Remote};
use crate::components::chrome::pagination::Pagination;
use crate::components::content::content_language::ContentLanguageNotice;
use crate::components::content::load_state::remote;
use crate::i18n::{msg, use_i18n};
use crate::t;

#[component]
pub fn NewsPage() -> impl IntoView {
    let i18n = use_i18n();
    let backend = use_backend();
    let location = use_location();
    // Leaving the news keeps the last number: no request for page 1 on the way out.
    let number = Memo::new(move |last: Option<&u32>| {
        let path = location.pathname.get();
        match Route::of(&path) {
            Route::News(_) => news_page_of(&path, &location.search.get()),
            _ => last.copied().unwrap_or(1),
        }
    });
    let news = Remote::new(
        move || (i18n.locale(), number.get()),
        move |(locale, number)| async move { backend.news(locale, number).await },
    );
    remote(news, |list| view! { <NewsListView list=list /> }.into_any())
}

#[component]
fn NewsListView(list: NewsList) -> impl IntoView {
    let i18n = use_i18n();
    let (page, total_pages) = (list.page, list.total_pages);
    let total = list
        .total_items
        .map(|n| n as usize)
        .unwrap_or(list.items.len());
    let items = if list.items.is_empty() {
        view! { <p class="cp-news__empty" data-state="empty">{t!(NEWS_EMPTY)}</p> }.into_any()
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
                        <p class="cp-news__date">
                            <time datetime=item.date>{published}</time>
                            {item.category.map(|c| view! { " · "<span class="cp-news__category">{c}</span> })}
                        </p>
                        <p>{item.summary}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="cp-news__list">{items}</ul> }.into_any()
    };
    let title = Signal::derive(move || {
        if total_pages > 1 {
            i18n.t_args(
                msg::NEWS_TITLE_PAGED,
                &[("page", page.into()), ("total", total_pages.into())],
            )
        } else {
            i18n.t(msg::NEWS_TITLE)
        }
    });
    let count = move || i18n.t_args(msg::NEWS_COUNT, &[("count", total.into())]);
    view! {
        <div class="cp-news">
            <PageHeading text=title />
            <p class="cp-page__lead">{t!(NEWS_INTRO)}</p>
            <ContentLanguageNotice content_locale=list.locale.clone() />
            <p class="cp-news__count" data-testid="news-count">{count}</p>
            <div lang=list.locale>{items}</div>
            <Pagination current=page total=total_pages href=Route::news_href base=untrack(|| i18n.href("/news"))
                label=msg::PAGINATION_LABEL />
        </div>
    }
}
