//! The application shell: router, providers (meta, i18n, announcer) and the page frame that
//! stays in place while routes change (skip link, header, main, footer).

use civic_core::locale;
use leptos::prelude::*;

use crate::a11y::{RouteAnnouncer, MAIN_ID};
use crate::components::chrome::emergency_banner::EmergencyBanner;
use crate::components::{
    chrome::l10n_overlay::L10nOverlay, chrome::site_footer::SiteFooter,
    chrome::site_header::SiteHeader, chrome::skip_link::SkipLink,
};
use crate::consent::{ConsentBanner, ConsentDialog};
use crate::i18n;
use crate::offline::{self, UpdateNotice};
use crate::pages::cookie_settings::CookieSettingsPage;
use crate::pages::{
    content_page::ContentPage, home::HomePage, news::NewsPage, not_found::NotFoundPage,
    root_redirect::RootRedirect,
};
use crate::router::{self, Route};
use crate::t;
use crate::{backend, consent, furigana, head, site};

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Shell />
    }
}

/// The page frame. The interface locale follows the URL prefix; a path without one keeps the
/// visitor's best match (only `/` itself redirects).
#[component]
fn Shell() -> impl IntoView {
    let location = router::provide_router();
    let url_locale = locale::split_path(&location.pathname.get_untracked()).0;
    let initial = url_locale.unwrap_or_else(|| {
        let tag = locale::negotiate(
            i18n::saved_locale(),
            &i18n::browser_languages(),
            locale::REFERENCE,
        );
        locale::find(tag).expect("negotiate returns a shipped locale")
    });
    let i18n = i18n::provide_i18n(initial);
    let backend = backend::provide_backend();
    site::provide_site();
    consent::provide_consent();
    offline::provide_offline(backend);
    furigana::provide_furigana();
    // A new language prefix: its strings and the page's content in it download together,
    // started before the page re-renders for the new address.
    router::before_navigating(move |path, search| {
        if let Some(target) = locale::split_path(path).0 {
            let news_page = router::news_page_of(path, search);
            i18n.switch_with(target, backend.warm(target, Route::of(path), news_page));
        }
    });
    head::root(
        Signal::derive(move || i18n.locale().tag),
        Signal::derive(move || i18n.locale().dir.as_str()),
        Signal::derive(move || location.pathname.get()),
    );
    view! {
        <RouteAnnouncer />
        <Show when=move || i18n.ready() fallback=|| view! { <div class="cp-boot"></div> }>
            <ConsentBanner />
            <SkipLink />
            <UpdateNotice />
            <EmergencyBanner />
            <SiteHeader />
            <main id=MAIN_ID class="cp-main cp-container" tabindex="-1">
                <p class="cp-visually-hidden">{t!(MAIN_CONTENT_STARTS)}</p>
                <RouteView location=location />
            </main>
            <SiteFooter />
            <L10nOverlay />
            <ConsentDialog />
        </Show>
    }
}

/// The view of the current route. A change of slug or form id keeps the same view (its
/// resources follow the parameter); a change of kind of page replaces it.
#[component]
fn RouteView(location: router::Location) -> impl IntoView {
    let route = Memo::new(move |_| Route::of(&location.pathname.get()));
    let kind = Memo::new(move |_| route.get().view_kind());
    let param = Memo::new(move |_| route.get().param());
    move || match kind.get() {
        Route::Root => view! { <RootRedirect /> }.into_any(),
        Route::Home => view! { <HomePage /> }.into_any(),
        Route::News(_) => view! { <NewsPage /> }.into_any(),
        Route::Page(_) => view! { <ContentPage slug=param /> }.into_any(),
        Route::CookieSettings => view! { <CookieSettingsPage /> }.into_any(),
        Route::Form(_) => view! { <crate::forms::FormPage id=param /> }.into_any(),
        Route::FormResponse(_) => view! { <crate::forms::ResponsePage id=param /> }.into_any(),
        Route::FormResults(_) => view! { <crate::forms::ResultsPage id=param /> }.into_any(),
        Route::Search => view! { <crate::pages::search::SearchPage /> }.into_any(),
        Route::NotFound => view! { <NotFoundPage /> }.into_any(),
    }
}
