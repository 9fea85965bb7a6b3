//! Skip link (target A10).

use leptos::prelude::*;

use crate::a11y;
use crate::t;

/// "Skip to main content": the first focusable element of every page. Hidden until focused,
/// then shown at the top left above everything else.
///
/// Keyboard: `Tab` from the top of the page reaches it first; `Enter` moves focus to `<main>`
/// (which has `tabindex="-1"`), so the next `Tab` continues inside the content.
///
/// ```ignore
/// view! { <SkipLink /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#chrome-skip_link` (`scripts/build-gallery.sh`).
#[component]
pub fn SkipLink() -> impl IntoView {
    let on_click = |ev: leptos::ev::MouseEvent| {
        // Handled here, not by the router: a fragment link would be treated as navigation.
        ev.prevent_default();
        a11y::focus_main();
    };
    view! {
        <a class="cp-skip-link" href=format!("#{}", a11y::MAIN_ID) on:click=on_click>
            {t!(SKIP_LINK)}
        </a>
    }
}

crate::components::examples! {
    "default" => {
        view! { <SkipLink /> }
    },
}
