//! Pagination.

use leptos::prelude::*;

use crate::i18n::{msg, use_i18n};

/// Links to the pages of a list: previous, each page number, next. The current page is
/// marked with `aria-current="page"`; on the first and last page the previous/next link is
/// left out rather than disabled.
///
/// ARIA: `<nav>` labelled by `label`; page links are named "Page 2" for screen readers.
/// Keyboard: links only.
///
/// ```ignore
/// view! { <Pagination current=2 total=3 href=Route::news_href base="/en/news".to_string() label=msg::PAGINATION_LABEL /> }
/// ```
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
        let pages = (1..=total)
            .map(|n| {
                let to = href(&base, n);
                let name = move || i18n.t_args(msg::PAGINATION_PAGE, &[("number", n.into())]);
                let is_current = n == current;
                view! {
                    <li class="cp-pagination__item">
                        <a href=to aria-label=name aria-current=is_current.then_some("page")
                            class:cp-pagination__link--current=is_current class="cp-pagination__link">
                            {n.to_string()}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="cp-pagination" aria-label=move || i18n.t(label)>
                <ul class="cp-pagination__list">{prev}{pages}{next}</ul>
            </nav>
        }
    })
}
