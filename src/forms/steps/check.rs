//! "Check your answers": every asked question with its answer and a change link, the
//! privacy notice, and Send; after a refusal, the backend's errors; after a failed request,
//! what happened and "Try again".

use civic_core::content::{FormDefinition, LoadError};
use civic_core::forms::{self, Shown, Step};
use leptos::prelude::*;

use super::super::state::{send, step_href, FormState, FAILURE_ID};
use crate::a11y::PageHeading;
use crate::components::content::notification_banner::{BannerKind, NotificationBanner};
use crate::components::controls::button::Button;
use crate::components::controls::error_summary::{ErrorSummary, Problem};
use crate::i18n::{msg, use_i18n, I18n};
use crate::router::use_navigate;
use crate::t;

/// "Check your answers" of `def`, with Send (or "Try again" after a failed request).
#[component]
pub fn CheckStep(def: FormDefinition, state: FormState) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let form_title = def.title.clone();
    let def_stored = StoredValue::new(def.clone());
    let change_href = move |section: usize, id: &str| {
        let base = step_href(
            i18n,
            &def_stored.with_value(|d| d.id.clone()),
            Step::Section(section),
        );
        format!("{base}&from=check#q-{id}")
    };
    // Errors (from the backend) link to their question's step.
    let problems = Signal::derive(move || {
        let def = def_stored.get_value();
        let ids: Vec<String> = state.errors.with(|e| e.keys().cloned().collect());
        ids.into_iter()
            .filter_map(|id| {
                let section = forms::section_of(&def, &id)?;
                Some(Problem {
                    message: state.error_of(i18n, &def, &id)?,
                    href: Some(change_href(section, &id)),
                    field_id: format!("q-{id}"),
                })
            })
            .collect::<Vec<_>>()
    });
    let sections = move || {
        let def = def_stored.get_value();
        let answers = state.answers.get();
        let asked = forms::asked(&def, &answers);
        def.sections
            .iter()
            .enumerate()
            .map(|(index, section)| {
                let rows = section
                    .questions
                    .iter()
                    .filter(|q| asked.contains(q.id.as_str()))
                    .map(|q| {
                        let shown = shown_view(i18n, forms::shown_answer(q, answers.get(&q.id)));
                        let href = change_href(index, &q.id);
                        view! {
                            <div class="cp-summary__row" data-question=q.id.clone()>
                                <dt class="cp-summary__key">{q.label.clone()}</dt>
                                <dd class="cp-summary__value">{shown}</dd>
                                <dd class="cp-summary__actions">
                                    <a href=href>{t!(FORM_CHANGE)}<span class="cp-visually-hidden">" "{q.label.clone()}</span></a>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <h2 class="cp-summary__title">{section.title.clone()}</h2>
                    <dl class="cp-summary">{rows}</dl>
                }
            })
            .collect_view()
    };
    let failure = move || {
        state.failure.get().map(|error| {
            view! {
                <div class="cp-form__failure" id=FAILURE_ID tabindex="-1" role="alert" data-testid="form-failure">
                    <h2 class="cp-form__failure-title">{t!(FORM_SEND_FAILED_TITLE)}</h2>
                    <p>{civic_core::l10n::without_isolation(&failure_text(i18n, &error))}</p>
                    <p>{t!(FORM_SEND_FAILED_KEPT)}</p>
                </div>
            }
        })
    };
    let send_now = Callback::new(move |_| {
        let navigate = navigate.clone();
        send(def_stored.get_value(), state, navigate);
    });
    let button_label = move || {
        if state.failure.with(Option::is_some) {
            i18n.t(msg::FORM_SEND_RETRY)
        } else {
            i18n.t(msg::FORM_SEND)
        }
    };
    let sending_label = Signal::derive(move || i18n.t(msg::FORM_SENDING));
    let privacy = def.privacy_notice.clone().map(|p| {
        view! {
            <NotificationBanner kind=BannerKind::Info id="form-privacy"
                title=Signal::derive(move || i18n.t(msg::FORM_PRIVACY_TITLE))>
                <p>{p}</p>
            </NotificationBanner>
        }
    });
    view! {
        <div class="cp-form">
            <p><a class="cp-back-link" href=move || step_href(i18n, &def_stored.with_value(|d| d.id.clone()), Step::Section(def_stored.with_value(|d| d.sections.len().saturating_sub(1))))>{t!(FORM_BACK)}</a></p>
            <ErrorSummary problems=problems />
            {failure}
            <PageHeading text=Signal::derive(move || i18n.t(msg::FORM_CHECK_TITLE))
                document_title=Signal::derive(move || format!("{} – {}", i18n.t(msg::FORM_CHECK_TITLE), form_title)) />
            {sections}
            {privacy}
            <div class="cp-form__actions">
                <Button on_click=send_now busy=state.sending busy_label=sending_label test_id="form-send">
                    {button_label}
                </Button>
            </div>
            <p class="cp-visually-hidden" role="status">{move || state.sending.get().then(|| i18n.t(msg::FORM_SENDING))}</p>
        </div>
    }
}

fn shown_view(i18n: I18n, shown: Shown) -> AnyView {
    match shown {
        Shown::Nothing => view! { <span class="cp-summary__empty">{i18n.t(msg::FORM_NOT_ANSWERED)}</span> }.into_any(),
        Shown::Text(t) => view! { <span class="cp-summary__text">{t}</span> }.into_any(),
        Shown::Choices(labels) if labels.len() == 1 => labels.into_iter().next().unwrap_or_default().into_any(),
        Shown::Choices(labels) => view! {
            <ul class="cp-summary__list">{labels.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Shown::YesNo(yes) => i18n.t(if yes { msg::FORM_YES } else { msg::FORM_NO }).into_any(),
        Shown::Date(date) => i18n.t_args(msg::FORM_DATE_SHOWN, &[("date", date.into())]).into_any(),
    }
}

fn failure_text(i18n: I18n, error: &LoadError) -> String {
    match error {
        LoadError::Offline => i18n.t(msg::FORM_SEND_OFFLINE),
        LoadError::Timeout => i18n.t(msg::FORM_SEND_TIMEOUT),
        LoadError::Server(status) => {
            i18n.t_args(msg::ERROR_SERVER_BODY, &[("status", (*status).into())])
        }
        LoadError::RateLimited(seconds) => i18n.t_args(
            msg::FORM_SEND_RATE_LIMITED,
            &[("seconds", seconds.unwrap_or(60).into())],
        ),
        LoadError::Malformed(_) => i18n.t(msg::FORM_SEND_MALFORMED),
        LoadError::TooLarge => i18n.t(msg::FORM_SEND_TOO_LARGE),
        LoadError::NotFound => i18n.t(msg::FORM_SEND_NOT_FOUND),
        LoadError::Network(_) => i18n.t(msg::ERROR_NETWORK_BODY),
    }
}
