//! Breadcrumbs.

use civic_core::content::Link;
use leptos::prelude::*;

use crate::i18n::{msg, use_i18n};

/// The trail from the home page to the current page ("Home › City diplomacy"). The current
/// page ends the trail as text with `aria-current="page"`.
///
/// ARIA: `<nav>` landmark labelled "You are here" containing an ordered list; separators are
/// drawn by CSS so screen readers do not read them. Keyboard: links only.
///
/// ```ignore
/// view! { <Breadcrumbs trail=page.breadcrumbs current=page.title /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#chrome-breadcrumbs` (`scripts/build-gallery.sh`).
#[component]
pub fn Breadcrumbs(trail: Vec<Link>, current: String) -> impl IntoView {
    let i18n = use_i18n();
    (!trail.is_empty()).then(|| {
        let items = trail
            .into_iter()
            .map(|link| {
                let body = match link.safe_href() {
                    Some(href) => {
                        view! { <a href=href.to_string()>{link.label.clone()}</a> }.into_any()
                    }
                    None => link.label.clone().into_any(),
                };
                view! { <li class="cp-breadcrumbs__item">{body}</li> }
            })
            .collect_view();
        view! {
            <nav class="cp-breadcrumbs" aria-label=move || i18n.t(msg::BREADCRUMBS_LABEL)>
                <ol class="cp-breadcrumbs__list">
                    {items}
                    <li class="cp-breadcrumbs__item" aria-current="page">{current}</li>
                </ol>
            </nav>
        }
    })
}

crate::components::examples! {
    "default" => {
        let trail = vec![
            Link {
                label: "Home".into(),
                href: "/en".into(),
            },
            Link {
                label: "Living and environment".into(),
                href: "/en/pages/living".into(),
            },
        ];
        view! { <Breadcrumbs trail=trail current="Waste and recycling".to_string() /> }

    },
    "long-text" => {
        let trail = vec![
            Link {
                label: "Home".into(),
                href: "/en".into(),
            },
            Link {
                label: LONG.into(),
                href: "/en/pages/grants".into(),
            },
        ];
        view! { <Breadcrumbs trail=trail current=LONG.to_string() /> }
    },
    "empty" => {
        view! { <Breadcrumbs trail=Vec::new() current="Home".to_string() /> }
    },
}
