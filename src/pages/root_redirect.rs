//! `/`: sends the visitor to the best locale for them (target I1), replacing the history
//! entry so that "Back" does not bounce.

use civic_core::locale;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::components::load_state::Loading;
use crate::i18n;

#[component]
pub fn RootRedirect() -> impl IntoView {
    let navigate = use_navigate();
    Effect::new(move |_| {
        let tag = locale::negotiate(
            i18n::saved_locale(),
            &i18n::browser_languages(),
            locale::REFERENCE,
        );
        navigate(
            &locale::localized_path(tag, "/"),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
    view! { <Loading /> }
}
