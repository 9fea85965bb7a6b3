//! Site header: the site name, the language selector and the primary navigation.

use leptos::prelude::*;

use super::{language_selector::LanguageSelector, primary_nav::PrimaryNav};
use crate::i18n::{msg, use_i18n};
use crate::site::use_site;

/// The banner landmark at the top of every page.
///
/// ARIA: `<header>` (banner landmark); the site name (from the site settings) links to the
/// home page, named by its visible text (the logo is decorative), as on GOV.UK. "Contact us"
/// (the inquiry form) sits in the same place on every page (target A9), before the language
/// selector. Keyboard: ordinary links, in reading order.
///
/// ```ignore
/// view! { <SiteHeader /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#chrome-site_header` (`scripts/build-gallery.sh`).
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let home = move || i18n.href("/");
    view! {
        <header class="cp-header">
            <div class="cp-header__bar cp-container">
                <a class="cp-header__name" href=home>
                    <img class="cp-header__logo" src="/logo.svg" alt="" width="32" height="32" />
                    <span>{move || site.name()}</span>
                </a>
                <div class="cp-header__tools">
                    <a class="cp-header__contact" href=move || i18n.href("/forms/contact") data-testid="header-contact">
                        {move || i18n.t(msg::NAV_CONTACT)}
                    </a>
                    <LanguageSelector />
                </div>
            </div>
            <PrimaryNav />
        </header>
    }
}

crate::components::examples! {
    "default" => {
        view! { <SiteHeader /> }
    },
}
