//! Primary navigation, collapsing into a disclosure menu on narrow screens.

use civic_core::content::{is_safe_href, NavItem};
use leptos::prelude::*;

use crate::a11y::focus_by_id;
use crate::components::chrome::search_box::SearchBox;
use crate::i18n::{msg, use_i18n};
use crate::router::use_location;
use crate::site::use_site;

const MENU_ID: &str = "primary-nav-list";
const TOGGLE_ID: &str = "primary-nav-toggle";

/// The main menu: the top-level items of the site settings' navigation, or the built-in
/// Home and News while the settings load or when they cannot be loaded. On wide screens the
/// links are always shown; below 40rem they fold behind a "Menu" button (the CSS decides
/// which, so the layout follows the visitor's zoom and font size).
///
/// ARIA: `<nav>` landmark labelled "Main menu"; disclosure pattern: a `<button>` with
/// `aria-expanded` and `aria-controls` naming the list. The link of the current page has
/// `aria-current="page"` (matching the whole path).
/// Keyboard: `Enter`/`Space` on "Menu" opens or closes it; `Escape` inside the open menu
/// closes it and returns focus to the button; following a link closes it.
///
/// ```ignore
/// view! { <PrimaryNav /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#chrome-primary_nav` (`scripts/build-gallery.sh`).
#[component]
pub fn PrimaryNav() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let open = RwSignal::new(false);
    let location = use_location();
    // A navigation closes the menu.
    Effect::new(move |_| {
        location.pathname.track();
        open.set(false);
    });
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
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            focus_by_id(TOGGLE_ID);
        }
    };
    view! {
        <nav class="cp-nav" aria-label=move || i18n.t(msg::NAV_PRIMARY_LABEL) on:keydown=on_keydown>
            <div class="cp-container cp-nav__bar">
                <button type="button" class="cp-nav__toggle" id=TOGGLE_ID aria-controls=MENU_ID
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    on:click=move |_| open.update(|o| *o = !*o)>
                    <span class="cp-nav__toggle-icon" aria-hidden="true"></span>
                    {move || i18n.t(msg::NAV_MENU)}
                </button>
                <ul class="cp-nav__list" id=MENU_ID data-open=move || if open.get() { "true" } else { "false" }>
                    <For each=items key=|item| (item.href.clone(), item.label.clone()) let:item>
                        <li class="cp-nav__item">
                            <a href=item.href.clone() class="cp-nav__link"
                                aria-current={
                                    let href = item.href.clone();
                                    move || location.pathname.with(|p| *p == href).then_some("page")
                                }>
                                {item.label.clone()}
                            </a>
                        </li>
                    </For>
                </ul>
                // After the list, so that Tab from an open "Menu" goes into the menu; the
                // stylesheet shows it beside the button on narrow screens.
                <SearchBox id="header-search" />
            </div>
        </nav>
    }
}

crate::components::examples! {
    "default" => {
        view! { <PrimaryNav /> }
    },
}
