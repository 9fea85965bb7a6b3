//! `/:lang/cookie-settings`: the cookie policy generated from the consent configuration
//! (so the page and the banner can never disagree, C5), the visitor's current choice, the
//! choices form, and the consent receipt (C8).

use leptos::prelude::*;

use crate::a11y::PageHeading;
use crate::consent::{self, use_consent, ConsentChoices};
use crate::i18n::{msg, use_i18n};

#[component]
pub fn CookieSettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let consent = use_consent();
    let status = move || match consent.state().and_then(|s| s.record) {
        Some(record) => {
            let date = consent::iso_time(record.timestamp);
            i18n.t_args(
                msg::CONSENT_STATUS_MADE,
                &[
                    ("date", date.into()),
                    ("revision", record.revision.clone().into()),
                ],
            )
        }
        None => i18n.t(msg::CONSENT_STATUS_NONE),
    };
    let receipt = move || {
        consent.receipt().map(|json| {
            view! {
                <section class="cp-receipt" aria-labelledby="cp-receipt-title">
                    <h2 id="cp-receipt-title">{i18n.t(msg::CONSENT_RECEIPT_TITLE)}</h2>
                    <p>{i18n.t(msg::CONSENT_RECEIPT_BODY)}</p>
                    <div class="cp-receipt__json" role="region" aria-labelledby="cp-receipt-title" tabindex="0">
                        <pre data-testid="consent-receipt">{json}</pre>
                    </div>
                    <button type="button" class="cp-button cp-button--secondary" data-testid="consent-download"
                        on:click=move |_| consent.download_receipt()>
                        {i18n.t(msg::CONSENT_RECEIPT_DOWNLOAD)}
                    </button>
                </section>
            }
        })
    };
    view! {
        <div class="cp-page">
            <PageHeading text=Signal::derive(move || i18n.t(msg::CONSENT_PAGE_TITLE)) />
            <p class="cp-page__lead">{move || i18n.t(msg::CONSENT_PAGE_INTRO)}</p>
            <p class="cp-consent-current" data-testid="consent-current">{status}</p>
            <ConsentChoices heading_level=2 />
            {receipt}
        </div>
    }
}
