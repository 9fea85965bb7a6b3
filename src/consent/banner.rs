//! The first-layer consent banner.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::use_consent;
use crate::i18n::{msg, use_i18n};
use crate::site::use_site;

/// The first layer (C2–C4, C12): what the site would like to do, with "Accept all" and
/// "Reject all" as buttons of the same size and weight, "Choose" to decide per category, and
/// a link to the cookie settings. It is part of the page flow at the very top, so it never
/// covers content or the focused element, and the site works behind it (no cookie wall).
/// Until a choice is made it stays; scrolling, navigating or ignoring it is refusal.
/// After a choice a confirmation is announced in a status region and focus returns to where
/// it was before the banner took it.
///
/// ARIA: a region labelled by its heading, first in the document so keyboard and screen
/// reader users meet it first. Keyboard: `Tab` through the three buttons and the link;
/// `Enter`/`Space` activate.
///
/// ```ignore
/// view! { <ConsentBanner /> }
/// ```
#[component]
pub fn ConsentBanner() -> impl IntoView {
    let consent = use_consent();
    let i18n = use_i18n();
    let site = use_site();
    // Remember where focus came from when it enters the banner from outside.
    let on_focusin = move |ev: leptos::ev::FocusEvent| {
        let banner = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let previous = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .filter(|p| !banner.as_ref().is_some_and(|b| b.contains(Some(p))));
        if previous.is_some() {
            consent.remember_focus(previous);
        }
    };
    // Whether the banner shows, as a memo: when `config.json` is read the signals behind it
    // change but the answer usually does not, and re-running the view closure would build
    // every text of the banner anew (tachys rebuilds a reactive child by replacing it), so
    // the browser would paint them again after hydration.
    let shown = Memo::new(move |_| consent.needs_prompt() && !consent.dialog_open());
    let banner = move || {
        shown.get().then(|| {
            view! {
                <section class="cp-consent" aria-labelledby="cp-consent-title" data-testid="consent-banner"
                    data-resolved=move || consent.resolved().then_some("") on:focusin=on_focusin>
                    <div class="cp-container">
                        <h2 id="cp-consent-title" class="cp-consent__title">
                            {move || i18n.t_args(msg::CONSENT_BANNER_TITLE, &[("site", site.name().into())])}
                        </h2>
                        <p class="cp-consent__body">{move || i18n.t(msg::CONSENT_BANNER_BODY)}</p>
                        <div class="cp-consent__actions">
                            <button type="button" class="cp-button cp-consent__choice" data-testid="consent-accept-all" data-consent-early="accept"
                                on:click=move |_| consent.accept_all()>
                                {move || i18n.t(msg::CONSENT_ACCEPT_ALL)}
                            </button>
                            <button type="button" class="cp-button cp-consent__choice" data-testid="consent-reject-all" data-consent-early="reject"
                                on:click=move |_| consent.reject_all()>
                                {move || i18n.t(msg::CONSENT_REJECT_ALL)}
                            </button>
                            <button type="button" class="cp-button cp-button--secondary" data-testid="consent-choose" data-consent-early="choose"
                                on:click=move |_| consent.open_dialog()>
                                {move || i18n.t(msg::CONSENT_CHOOSE)}
                            </button>
                            <a class="cp-consent__link" href=move || i18n.href("/cookie-settings")>
                                {move || i18n.t(msg::CONSENT_SETTINGS_LINK)}
                            </a>
                        </div>
                    </div>
                </section>
            }
        })
    };
    let confirmation = move || {
        consent.confirmation().map(|id| {
            view! {
                <p class="cp-container cp-consent-status__text">
                    {move || i18n.t(id)}" "
                    <a href=move || i18n.href("/cookie-settings")>{move || i18n.t(msg::CONSENT_SETTINGS_LINK)}</a>
                </p>
            }
        })
    };
    view! {
        {banner}
        <div class="cp-consent-status" role="status" data-testid="consent-status">{confirmation}</div>
    }
}
