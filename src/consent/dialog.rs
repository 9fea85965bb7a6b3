//! The consent preferences dialog.

use leptos::html;
use leptos::prelude::*;

use super::{use_consent, ConsentChoices};
use crate::i18n::{msg, use_i18n};

/// The second layer: every category with its services, as a modal dialog (C12). It uses the
/// native `<dialog>` opened with `showModal()`, which makes the rest of the page inert (a
/// real focus trap), closes on `Escape`, and is `aria-modal`. Closing without saving counts
/// as refusal when no choice was made before (C4). After a choice, focus returns to where it
/// was before the banner (see `Consent::choose`).
///
/// ARIA: `dialog` labelled by its heading, described by its introduction.
/// Keyboard: `Tab`/`Shift+Tab` cycle inside; `Escape` closes; `Space` toggles a category.
///
/// ```ignore
/// view! { <ConsentDialog /> }
/// ```
#[component]
pub fn ConsentDialog() -> impl IntoView {
    let consent = use_consent();
    let i18n = use_i18n();
    let dialog: NodeRef<html::Dialog> = NodeRef::new();
    Effect::new(move |_| {
        let open = consent.dialog_open();
        if let Some(el) = dialog.get() {
            if open && !el.open() {
                let _ = el.show_modal();
            } else if !open && el.open() {
                el.close();
            }
        }
    });
    view! {
        <dialog node_ref=dialog class="cp-dialog" aria-labelledby="cp-dialog-title"
            aria-describedby="cp-dialog-intro" data-testid="consent-dialog"
            on:close=move |_| consent.close_dialog()>
            <div class="cp-dialog__header">
                <h2 id="cp-dialog-title" class="cp-dialog__title">{move || i18n.t(msg::CONSENT_DIALOG_TITLE)}</h2>
                <button type="button" class="cp-button cp-button--secondary cp-dialog__close"
                    on:click=move |_| consent.close_dialog()>
                    {move || i18n.t(msg::CONSENT_CLOSE)}
                </button>
            </div>
            <p id="cp-dialog-intro">{move || i18n.t(msg::CONSENT_DIALOG_INTRO)}</p>
            {move || consent.dialog_open().then(|| view! { <ConsentChoices heading_level=3 /> })}
        </dialog>
    }
}
