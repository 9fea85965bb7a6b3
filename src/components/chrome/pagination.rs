//! Pagination.

use civic_core::pagination::{self, Item};
use leptos::prelude::*;

use crate::i18n::{msg, use_i18n};

/// Links to the pages of a list: previous, page numbers, next. However many pages there are,
/// the numbers are a bounded window (`civic_core::pagination`): the first and last page, the
/// current page and its neighbours, and "…" for each run left out (`1 … 4 5 6 … 40`). The
/// current page is marked with `aria-current="page"`; on the first and last page the
/// previous/next link is left out rather than disabled.
///
/// ARIA: `<nav>` labelled by `label`; page links are named "Page 2" for screen readers; a
/// gap is plain text in its own list item. Keyboard: links only.
///
/// ```ignore
/// view! { <Pagination current=2 total=3 href=Route::news_href base="/en/news".to_string() label=msg::PAGINATION_LABEL /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#chrome-pagination` (`scripts/build-gallery.sh`).
#[component]
pub fn Pagination(
    current: u32,
    total: u32,
    href: fn(&str, u32) -> String,
    /// The path the page links start from (passed to `href`).
    base: String,
    label: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    (total > 1).then(|| {
        let prev = (current > 1).then(|| {
            let to = href(&base, current - 1);
            view! { <li class="cp-pagination__prev"><a href=to rel="prev">{move || i18n.t(msg::PAGINATION_PREVIOUS)}</a></li> }
        });
        let next = (current < total).then(|| {
            let to = href(&base, current + 1);
            view! { <li class="cp-pagination__next"><a href=to rel="next">{move || i18n.t(msg::PAGINATION_NEXT)}</a></li> }
        });
        let pages = pagination::window(current, total)
            .into_iter()
            .map(|item| {
                let Item::Page(n) = item else {
                    return view! { <li class="cp-pagination__item cp-pagination__item--gap">"…"</li> }
                        .into_any();
                };
                let to = href(&base, n);
                // The number as the link shows it (no grouping: "Page 4000000" for a link that reads
                // "4000000"), so that the accessible name contains the visible label.
                // An accessible name, not laid out text: without Fluent's isolation marks.
                let name = move || {
                    civic_core::l10n::without_isolation(
                        &i18n.t_args(msg::PAGINATION_PAGE, &[("number", n.to_string().into())]),
                    )
                };
                let is_current = n == current;
                view! {
                    <li class="cp-pagination__item">
                        <a href=to aria-label=name aria-current=is_current.then_some("page")
                            class:cp-pagination__link--current=is_current class="cp-pagination__link">
                            {n.to_string()}
                        </a>
                    </li>
                }
                .into_any()
            })
            .collect_view();
        view! {
            <nav class="cp-pagination" aria-label=move || i18n.t(label)>
                <ul class="cp-pagination__list">{prev}{pages}{next}</ul>
            </nav>
        }
    })
}

crate::components::examples! {
    "default" => {
        view! { <Pagination current=2 total=3 href=civic_core::route::Route::news_href base="/en/news".to_string() label=msg::PAGINATION_LABEL /> }
    },
    "many-pages" => {
        view! { <Pagination current=17 total=40 href=civic_core::route::Route::news_href base="/en/news".to_string() label=msg::PAGINATION_LABEL /> }
    },
    "last" => {
        view! { <Pagination current=40 total=40 href=civic_core::route::Route::news_href base="/en/news".to_string() label=msg::PAGINATION_LABEL /> }
    },
    "empty" => {
        view! { <Pagination current=1 total=1 href=civic_core::route::Route::news_href base="/en/news".to_string() label=msg::PAGINATION_LABEL /> }
    },
}
