//! The application shell: router, providers (meta, i18n, announcer) and the page frame that
//! stays in place while routes change (skip link, header, main, footer).

use civic_core::locale;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_params_map};
use leptos_router::path;

use crate::a11y::{RouteAnnouncer, MAIN_ID};
use crate::components::emergency_banner::EmergencyBanner;
use crate::components::{
    l10n_overlay::L10nOverlay, site_footer::SiteFooter, site_header::SiteHeader,
    skip_link::SkipLink,
};
use crate::consent::{ConsentBanner, ConsentDialog};
use crate::i18n::{self, use_i18n};
use crate::pages::cookie_settings::CookieSettingsPage;
use crate::pages::{
    content_page::ContentPage, home::HomePage, news::NewsPage, not_found::NotFoundPage,
    root_redirect::RootRedirect,
};
use crate::t;
use crate::{backend, consent, site};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Shell />
        </Router>
    }
}

/// The page frame. The interface locale follows the URL prefix; a path without one keeps the
/// visitor's best match (only `/` itself redirects).
#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let url_locale = Memo::new(move |_| locale::split_path(&location.pathname.get()).0);
    let initial = url_locale.get_untracked().unwrap_or_else(|| {
        let tag = locale::negotiate(
            i18n::saved_locale(),
            &i18n::browser_languages(),
            locale::REFERENCE,
        );
        locale::find(tag).expect("negotiate returns a shipped locale")
    });
    let i18n = i18n::provide_i18n(initial);
    backend::provide_backend();
    site::provide_site();
    consent::provide_consent();
    Effect::new(move |_| {
        if let Some(target) = url_locale.get() {
            i18n.switch_to(target);
        }
    });
    let lang = move || i18n.locale().tag;
    let dir = move || i18n.locale().dir.as_str();
    view! {
        <Html {..} lang=lang dir=dir />
        <RouteAnnouncer />
        <Show when=move || i18n.ready() fallback=|| view! { <div class="cp-boot"></div> }>
            <ConsentBanner />
            <SkipLink />
            <EmergencyBanner />
            <SiteHeader />
            <main id=MAIN_ID class="cp-main cp-container" tabindex="-1">
                <p class="cp-visually-hidden">{t!(MAIN_CONTENT_STARTS)}</p>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=RootRedirect />
                    <ParentRoute path=path!("/:lang") view=LocaleGate>
                        <Route path=path!("") view=HomePage />
                        <Route path=path!("news") view=NewsPage />
                        <Route path=path!("pages/:slug") view=ContentPage />
                        <Route path=path!("cookie-settings") view=CookieSettingsPage />
                        <Route path=path!("forms/:id") view=crate::forms::FormPage />
                    </ParentRoute>
                </Routes>
            </main>
            <SiteFooter />
            <L10nOverlay />
            <ConsentDialog />
        </Show>
    }
}

/// Renders the child route only when the first path segment is a shipped locale; `/xx/...`
/// is a not-found page.
#[component]
fn LocaleGate() -> impl IntoView {
    let params = use_params_map();
    let valid = move || {
        params
            .read()
            .get("lang")
            .is_some_and(|l| locale::find(&l).is_some())
    };
    let _ = use_i18n();
    view! {
        <Show when=valid fallback=NotFoundPage>
            <Outlet />
        </Show>
    }
}
