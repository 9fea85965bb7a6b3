//! Primary navigation.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{msg, use_i18n};

/// The main menu: links to the portal's top-level sections.
///
/// ARIA: `<nav>` landmark labelled "Main menu"; the link of the current section has
/// `aria-current="page"` (set by the router's `<A>`). Keyboard: ordinary links.
///
/// ```ignore
/// view! { <PrimaryNav /> }
/// ```
#[component]
pub fn PrimaryNav() -> impl IntoView {
    let i18n = use_i18n();
    let items: [(&'static str, &'static str, bool); 3] = [
        ("/", msg::NAV_HOME, true),
        ("/news", msg::NAV_NEWS, false),
        ("/pages/city-diplomacy", msg::NAV_CITY_DIPLOMACY, false),
    ];
    let links = items
        .into_iter()
        .map(|(path, label, exact)| {
            view! {
                <li class="cp-nav__item">
                    <A href=move || i18n.href(path) exact=exact attr:class="cp-nav__link">
                        {move || i18n.t(label)}
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="cp-nav" aria-label=move || i18n.t(msg::NAV_PRIMARY_LABEL)>
            <ul class="cp-nav__list cp-container">{links}</ul>
        </nav>
    }
}
