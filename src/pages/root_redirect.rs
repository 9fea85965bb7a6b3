//! `/`: sends the visitor to the best locale for them (target I1: saved choice, browser
//! languages, `default_locale` of `config.json`), replacing the history entry so that "Back"
//! does not bounce.

use civic_core::locale;
use leptos::prelude::*;

use crate::backend::use_backend;
use crate::components::load_state::Loading;
use crate::{i18n, router};

#[component]
pub fn RootRedirect() -> impl IntoView {
    let backend = use_backend();
    let config = LocalResource::new(move || async move { backend.config().await });
    Effect::new(move |_| {
        let Some(config) = config.get() else { return };
        let tag = locale::negotiate(
            i18n::saved_locale(),
            &i18n::browser_languages(),
            &config.default_locale,
        );
        router::navigate(&locale::localized_path(tag, "/"), true);
    });
    view! { <Loading /> }
}
