//! The furigana switch of pages with ruby annotations (easy Japanese).

use leptos::prelude::*;

use crate::furigana::use_furigana;
use crate::t;

/// A toggle button that shows or hides the furigana of every annotated word; the choice
/// holds on every page ([`crate::furigana`]).
///
/// ARIA: the APG toggle button: a `<button>` with a constant label ("Furigana") and
/// `aria-pressed` saying whether they are shown. Keyboard: `Enter`/`Space` toggles.
///
/// ```ignore
/// view! { <FuriganaToggle /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#chrome-furigana_toggle` (`scripts/build-gallery.sh`).
#[component]
pub fn FuriganaToggle() -> impl IntoView {
    let furigana = use_furigana();
    view! {
        <p class="cp-furigana">
            <button type="button" class="cp-button cp-button--secondary cp-furigana__toggle"
                id="furigana-toggle" aria-pressed=move || furigana.shown().to_string()
                on:click=move |_| furigana.set_shown(!furigana.shown())>
                {t!(FURIGANA_TOGGLE)}
            </button>
        </p>
    }
}

crate::components::examples! {
    "default" => {
        view! { <FuriganaToggle /> }
    },
}
