//! `/`: sends the visitor to the best locale for them (target I1: saved choice, browser
//! languages, `default_locale` of `config.json`), replacing the history entry so that "Back"
//! does not bounce. Until then (and for ever without JavaScript: the pre-rendered `/`) it
//! offers every language as a plain link.

use civic_core::locale;
use leptos::prelude::*;

use crate::a11y::PageHeading;
use crate::backend::use_backend;
use crate::i18n::{msg, use_i18n};
use crate::{i18n, router};

#[component]
pub fn RootRedirect() -> impl IntoView {
    let backend = use_backend();
    let i18n = use_i18n();
    let location = router::use_location();
    Effect::new(move |_| {
        leptos::task::spawn_local(async move {
            let config = backend.config().await;
            let tag = locale::negotiate(
                i18n::saved_locale(),
                &i18n::browser_languages(),
                &config.default_locale,
            );
            router::navigate_at(location, &locale::localized_path(tag, "/"), true);
        });
    });
    let languages = locale::listed()
        .map(|info| {
            view! {
                <li><a href=locale::localized_path(info.tag, "/") lang=info.tag hreflang=info.tag>
                    {info.native_name}
                </a></li>
            }
        })
        .collect_view();
    view! {
        <PageHeading text=Signal::derive(move || i18n.t(msg::LANGUAGE_SELECTOR_LABEL)) />
        <ul class="cp-root-languages">{languages}</ul>
    }
}
