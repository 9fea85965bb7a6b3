//! The start of a form: what it is for, its steps, the privacy notice, and "Start now" (or
//! "Continue" with restored answers, and "Start again"); for a visitor without JavaScript, the
//! city's phone and e-mail instead.

use civic_core::content::FormDefinition;
use civic_core::forms::{self, Step};
use leptos::prelude::*;

use super::super::state::{step_href, FormState};
use crate::a11y::PageHeading;
use crate::components::content::notification_banner::{BannerKind, NotificationBanner};
use crate::components::controls::button::{Button, ButtonStyle};
use crate::i18n::{msg, use_i18n};
use crate::t;

/// For a visitor without JavaScript (the pre-rendered start page is all they get): sending
/// needs it, and the city's phone and e-mail are the way to reach it instead. Hidden by the
/// stylesheet whenever scripts run (`html.cp-js`, set by `/consent-mode.js`).
#[component]
fn NoScriptAlternative() -> impl IntoView {
    let i18n = use_i18n();
    let site = crate::site::use_site();
    let contact = move || site.settings().map(|s| s.contact).unwrap_or_default();
    let phone = move || {
        contact().phone.map(|phone| {
            let href = format!("tel:{}", phone.replace([' ', '-'], ""));
            let label = move || {
                i18n.t_args(
                    msg::FORM_ALTERNATIVE_PHONE,
                    &[("phone", phone.clone().into())],
                )
            };
            view! { <li><a href=href>{label}</a></li> }
        })
    };
    let email = move || {
        contact().email.map(|email| {
            let href = format!("mailto:{email}");
            let label = move || {
                i18n.t_args(
                    msg::FORM_ALTERNATIVE_EMAIL,
                    &[("email", email.clone().into())],
                )
            };
            view! { <li><a href=href>{label}</a></li> }
        })
    };
    view! {
        <div class="cp-nojs-only" data-testid="form-needs-javascript">
            <NotificationBanner kind=BannerKind::Info id="form-needs-javascript"
                title=Signal::derive(move || i18n.t(msg::FORM_NEEDS_JAVASCRIPT_TITLE))>
                <p>{t!(FORM_NEEDS_JAVASCRIPT)}</p>
                <ul>{phone}{email}</ul>
            </NotificationBanner>
        </div>
    }
}

/// The introduction: what the form is for, how many steps, the privacy notice, and "Start
/// now" (or "Continue" with the restored answers and "Start again").
#[component]
pub fn StartStep(def: FormDefinition, state: FormState) -> impl IntoView {
    let i18n = use_i18n();
    let title = def.title.clone();
    let form_id = def.id.clone();
    let steps = def.sections.len();
    let days = def.draft_days;
    let results = def.results.as_ref().is_some_and(|r| r.public);
    let results_id = def.id.clone();
    let has_answers = move || state.answers.with(|a| !a.is_empty());
    let start_href = {
        let form_id = form_id.clone();
        move || step_href(i18n, &form_id, Step::Section(0))
    };
    let resume_href = {
        let form_id = form_id.clone();
        let def = def.clone();
        move || {
            let next = (0..def.sections.len())
                .find(|&i| {
                    state
                        .answers
                        .with(|a| !forms::section_errors(&def, i, a).is_empty())
                })
                .map_or(Step::Check, Step::Section);
            step_href(i18n, &form_id, next)
        }
    };
    let restored = move || {
        state.restored.get().map(|time| {
            view! {
                <NotificationBanner kind=BannerKind::Status id="form-restored"
                    title=Signal::derive(move || i18n.t(msg::FORM_RESTORED_TITLE))>
                    <p>{move || civic_core::l10n::without_isolation(&i18n.t_args(msg::FORM_RESTORED, &[("time", time.clone().into())]))}</p>
                </NotificationBanner>
            }
        })
    };
    let cleared = move || {
        state
            .cleared
            .get()
            .then(|| view! { <p class="cp-form__note" role="status">{t!(FORM_CLEARED)}</p> })
    };
    let sections = def
        .sections
        .iter()
        .map(|s| view! { <li>{s.title.clone()}</li> })
        .collect_view();
    view! {
        <div class="cp-form">
            <NoScriptAlternative />
            {restored}
            {cleared}
            <PageHeading text=Signal::derive(move || title.clone()) />
            {def.intro.clone().map(|i| view! { <p class="cp-page__lead">{i}</p> })}
            <p>{move || i18n.t_args(msg::FORM_STEPS_INTRO, &[("count", steps.into())])}</p>
            <ol class="cp-form__sections">{sections}</ol>
            {def.privacy_notice.clone().map(|p| view! {
                <h2>{t!(FORM_PRIVACY_TITLE)}</h2>
                <p>{p}</p>
            })}
            {results.then(|| view! {
                <p><a href=move || i18n.href(&format!("/forms/{results_id}/results")) data-testid="form-start-results">{t!(FORM_START_RESULTS)}</a></p>
            })}
            <p class="cp-form__note" data-testid="form-save-note">{move || i18n.t_args(msg::FORM_SAVE_NOTE, &[("days", days.into())])}</p>
            <div class="cp-form__actions">
                {move || if has_answers() {
                    let state = state;
                    view! {
                        <a class="cp-button" href=resume_href.clone() data-testid="form-resume">{t!(FORM_RESUME)}</a>
                        <Button style=ButtonStyle::Secondary test_id="form-start-again"
                            on_click=Callback::new(move |_| state.start_again())>
                            {t!(FORM_START_AGAIN)}
                        </Button>
                    }.into_any()
                } else {
                    view! { <a class="cp-button" href=start_href.clone() data-testid="form-start">{t!(FORM_START)}</a> }.into_any()
                }}
            </div>
        </div>
    }
}
