//! The error message of one form field.

use leptos::prelude::*;

use crate::t;

/// The message under a field's label saying what is wrong, prefixed with a visually hidden
/// "Error:" so that screen-reader users hear it is an error (not colour alone).
///
/// ARIA: a paragraph referenced by the control's `aria-describedby` (see
/// [`Field::described_by`](super::field::Field::described_by)); the control gets
/// `aria-invalid="true"`. Nothing is announced by itself: the error summary takes focus.
/// Keyboard: none.
///
/// ```ignore
/// view! { <ErrorMessage id="name-error" text=error /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#controls-error_message` (`scripts/build-gallery.sh`).
#[component]
pub fn ErrorMessage(id: String, text: Signal<Option<String>>) -> impl IntoView {
    move || {
        text.get().map(|message| {
            view! {
                <p class="cp-error-message" id=id.clone()>
                    <span class="cp-visually-hidden">{t!(FORM_ERROR_PREFIX)}" "</span>{message}
                </p>
            }
        })
    }
}

crate::components::examples! {
    "default" => {
        let text = Signal::derive(|| Some("Enter your email address".to_string()));
        view! { <ErrorMessage id="email-error".to_string() text=text /> }
    },
    "long-text" => {
        let text = Signal::derive(|| Some(LONG.to_string()));
        view! { <ErrorMessage id="email-error".to_string() text=text /> }
    },
    "empty" => {
        let text = Signal::derive(|| None);
        view! { <ErrorMessage id="email-error".to_string() text=text /> }
    },
}
