//! Primary navigation.

use civic_core::content::{is_safe_href, NavItem};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{msg, use_i18n};
use crate::site::use_site;

/// The main menu: the top-level items of the site settings' navigation, or the built-in
/// Home and News while the settings load or when they cannot be loaded.
///
/// ARIA: `<nav>` landmark labelled "Main menu"; the link of the current page has
/// `aria-current="page"` (set by the router's `<A>`, matching the whole path, so that a
/// link to an anchor of the home page is not "current" on every page). Keyboard: ordinary links.
///
/// ```ignore
/// view! { <PrimaryNav /> }
/// ```
#[component]
pub fn PrimaryNav() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let items = move || -> Vec<NavItem> {
        match site.settings() {
            Some(settings) if !settings.navigation.is_empty() => settings
                .navigation
                .into_iter()
                .filter(|item| is_safe_href(&item.href))
                .collect(),
            _ => vec![
                NavItem {
                    label: i18n.t(msg::NAV_HOME),
                    href: i18n.href("/"),
                    children: Vec::new(),
                },
                NavItem {
                    label: i18n.t(msg::NAV_NEWS),
                    href: i18n.href("/news"),
                    children: Vec::new(),
                },
            ],
        }
    };
    view! {
        <nav class="cp-nav" aria-label=move || i18n.t(msg::NAV_PRIMARY_LABEL)>
            <ul class="cp-nav__list cp-container">
                <For each=items key=|item| (item.href.clone(), item.label.clone()) let:item>
                    <li class="cp-nav__item">
                        <A href=item.href.clone() exact=true attr:class="cp-nav__link">
                            {item.label.clone()}
                        </A>
                    </li>
                </For>
            </ul>
        </nav>
    }
}
