//! The confirmation after sending: the reference number, what happens next, and links to the
//! visitor's response and the published results.

use civic_core::content::FormDefinition;
use leptos::prelude::*;

use crate::a11y::PageHeading;
use crate::i18n::{msg, use_i18n};
use crate::t;

/// After sending: the reference number and what happens next. The journey shows it only
/// when something was sent in this visit (`reference`); otherwise it shows the start.
#[component]
pub fn DoneStep(def: FormDefinition, reference: String) -> impl IntoView {
    let i18n = use_i18n();
    let title = def.title.clone();
    let form_id = def.id.clone();
    let results_id = def.id.clone();
    let results = def.results.as_ref().is_some_and(|r| r.public);
    view! {
        <div class="cp-form">
            <div class="cp-panel" data-testid="form-done">
                <PageHeading text=Signal::derive(move || i18n.t(msg::FORM_DONE_TITLE)) />
                <p class="cp-panel__body">
                    {t!(FORM_DONE_REFERENCE)}<br />
                    <strong class="cp-panel__reference" data-testid="form-reference">{reference}</strong>
                </p>
            </div>
            <p>{move || i18n.t_args(msg::FORM_DONE_NEXT, &[("form", title.clone().into())])}</p>
            <ul class="cp-form__links">
                <li><a href=move || i18n.href(&format!("/forms/{form_id}/response")) data-testid="form-view-response">{t!(FORM_DONE_VIEW_RESPONSE)}</a></li>
                {results.then(|| view! {
                    <li><a href=move || i18n.href(&format!("/forms/{results_id}/results")) data-testid="form-view-results">{t!(FORM_DONE_RESULTS)}</a></li>
                })}
                <li><a href=move || i18n.href("/")>{t!(FORM_DONE_HOME)}</a></li>
            </ul>
        </div>
    }
}
