//! "Your response" (`/:lang/forms/:id/response`, target X7): what the visitor sent, as they
//! read it when sending — title, reference, when it was sent, time to complete, and each
//! asked question with its answer (hidden questions left out), in the language it was filled
//! in. It prints on A4 without the site's chrome (`style/print.css`), downloads as a text
//! file, and stays on the device only if the visitor chooses "Keep a copy" (deletable there).
//!
//! The response is made once the backend accepted the answers ([`build`]) and kept for the
//! rest of the visit in memory; a kept copy is read back with
//! `civic_core::forms::response::restore`, which refuses a tampered one.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use civic_core::content::{Answer, FormDefinition, SubmissionReceipt};
use civic_core::forms::response::{
    hours_and_minutes, restore, ResponseAnswer, ResponseSection, SentResponse, RESPONSE_VERSION,
};
use civic_core::forms::{self, Shown};
use leptos::prelude::*;

use crate::a11y::{after_render, focus_by_id, PageHeading};
use crate::components::controls::button::{Button, ButtonStyle};
use crate::i18n::{msg, use_i18n, I18n};
use crate::storage::{self, Key};
use crate::t;

const KEEP_ID: &str = "response-keep-copy";
const DELETE_ID: &str = "response-delete";

thread_local! {
    /// The responses sent in this visit, by form id.
    static SENT: RefCell<HashMap<String, SentResponse>> = RefCell::new(HashMap::new());
}

/// The answer's lines as "check your answers" shows them, in the current language.
pub(crate) fn shown_lines(i18n: I18n, shown: Shown) -> Vec<String> {
    match shown {
        Shown::Nothing => Vec::new(),
        Shown::Text(t) => vec![t],
        Shown::Choices(labels) => labels,
        Shown::YesNo(yes) => vec![i18n.t(if yes { msg::FORM_YES } else { msg::FORM_NO })],
        Shown::Date(date) => vec![i18n.t_args(msg::FORM_DATE_SHOWN, &[("date", date.into())])],
    }
}

/// The response to `def` made of the `answers` sent (only asked ones), as read now.
pub(crate) fn build(
    i18n: I18n,
    def: &FormDefinition,
    answers: &BTreeMap<String, Answer>,
    receipt: &SubmissionReceipt,
    minutes: Option<u32>,
) -> SentResponse {
    let asked = forms::asked(def, answers);
    let sections = def
        .sections
        .iter()
        .map(|section| ResponseSection {
            title: section.title.clone(),
            answers: section
                .questions
                .iter()
                .filter(|q| asked.contains(q.id.as_str()))
                .map(|q| ResponseAnswer {
                    question_id: q.id.clone(),
                    label: q.label.clone(),
                    lines: shown_lines(i18n, forms::shown_answer(q, answers.get(&q.id))),
                })
                .collect(),
        })
        .filter(|s| !s.answers.is_empty())
        .collect();
    SentResponse {
        version: RESPONSE_VERSION,
        form_id: def.id.clone(),
        title: def.title.clone(),
        locale: def.locale.clone(),
        reference: receipt.reference.clone(),
        sent_at: receipt.received_at.clone(),
        minutes,
        sections,
    }
}

/// Remembers `response` for the rest of the visit. A copy kept on the device from an earlier
/// response of the same form is replaced only if the visitor chooses to keep this one.
pub(crate) fn remember(response: SentResponse) {
    SENT.with(|s| s.borrow_mut().insert(response.form_id.clone(), response));
}

/// The response to `form_id` sent in this visit (its confirmation shows the reference).
pub(crate) fn sent_in_this_visit(form_id: &str) -> Option<SentResponse> {
    SENT.with(|s| s.borrow().get(form_id).cloned())
}

/// The response to `form_id` sent in this visit, else the copy kept on this device.
fn find(form_id: &str) -> Option<(SentResponse, bool)> {
    let kept = kept(form_id);
    let sent = sent_in_this_visit(form_id);
    match (sent, kept) {
        (Some(sent), Some(kept)) => {
            let same = kept == sent;
            Some((sent, same))
        }
        (Some(sent), None) => Some((sent, false)),
        (None, Some(kept)) => Some((kept, true)),
        (None, None) => None,
    }
}

/// The copy kept on this device; a tampered one is deleted (and said in the console).
fn kept(form_id: &str) -> Option<SentResponse> {
    let stored = storage::get(Key::Response(form_id))?;
    let response = restore(form_id, &stored);
    if response.is_none() {
        web_sys::console::warn_1(
            &format!(
                "[forms] the kept copy of a response to `{form_id}` was unreadable and was removed"
            )
            .into(),
        );
        storage::remove(Key::Response(form_id));
    }
    response
}

/// "1 hour 5 minutes", in the current language.
fn time_taken(i18n: I18n, minutes: Option<u32>) -> String {
    match minutes {
        Some(m) => {
            let (hours, minutes) = hours_and_minutes(m);
            // Numbers only: no isolation marks needed.
            civic_core::l10n::without_isolation(&i18n.t_args(
                msg::FORM_RESPONSE_TIME_TAKEN,
                &[("hours", hours.into()), ("minutes", minutes.into())],
            ))
            .trim()
            .to_string()
        }
        None => i18n.t(msg::FORM_RESPONSE_TIME_UNKNOWN),
    }
}

/// A `data:` address of the response as a UTF-8 text file (with a byte-order mark, so that
/// every editor reads Japanese or Chinese right).
fn download_href(i18n: I18n, response: &SentResponse) -> String {
    let header = vec![
        (
            i18n.t(msg::FORM_RESPONSE_REFERENCE),
            response.reference.clone(),
        ),
        (
            i18n.t(msg::FORM_RESPONSE_SENT),
            sent_at(i18n, &response.sent_at),
        ),
        (
            i18n.t(msg::FORM_RESPONSE_TIME),
            time_taken(i18n, response.minutes),
        ),
    ];
    let text = response.to_text(&header, &i18n.t(msg::FORM_NOT_ANSWERED));
    let text = civic_core::l10n::without_isolation(&text);
    let encoded: String = js_sys::encode_uri_component(&format!("\u{feff}{text}")).into();
    format!("data:text/plain;charset=utf-8,{encoded}")
}

fn sent_at(i18n: I18n, iso: &str) -> String {
    civic_core::l10n::without_isolation(&i18n.t_args(
        msg::FORM_RESPONSE_SENT_AT,
        &[("time", iso.to_string().into())],
    ))
}

/// `/:lang/forms/:id/response`: the visitor's own response, or "nothing here" with a link to
/// the form.
#[component]
pub fn ResponsePage(
    /// The form id of the route.
    id: Memo<String>,
) -> impl IntoView {
    move || {
        let id = id.get();
        match find(&id) {
            Some((response, kept)) => {
                view! { <ResponseView response=response kept=kept /> }.into_any()
            }
            None => view! { <NoResponse form_id=id /> }.into_any(),
        }
    }
}

#[component]
fn NoResponse(form_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let href = move || i18n.href(&format!("/forms/{form_id}"));
    view! {
        <div class="cp-response" data-testid="response-none">
            <PageHeading text=Signal::derive(move || i18n.t(msg::FORM_RESPONSE_NONE_TITLE)) />
            <p>{t!(FORM_RESPONSE_NONE_BODY)}</p>
            <p><a href=href>{t!(FORM_RESPONSE_NONE_FORM)}</a></p>
        </div>
    }
}

/// The response itself, the print and download actions and the choice to keep a copy.
#[component]
fn ResponseView(response: SentResponse, kept: bool) -> impl IntoView {
    let i18n = use_i18n();
    let kept = RwSignal::new(kept);
    // What the last keep/delete did, said in the status region.
    let said = RwSignal::new(None::<&'static str>);
    let stored = StoredValue::new(response.clone());
    let lang = response.locale.clone();
    let form_title = response.title.clone();
    let heading = Signal::derive(move || i18n.t(msg::FORM_RESPONSE_TITLE));
    let document_title =
        Signal::derive(move || format!("{} – {}", i18n.t(msg::FORM_RESPONSE_TITLE), form_title));
    let minutes = response.minutes;
    let sent_iso = response.sent_at.clone();
    let sections = response
        .sections
        .iter()
        .map(|section| {
            let rows = section
                .answers
                .iter()
                .map(|a| {
                    let value = match a.lines.as_slice() {
                        [] => view! { <span class="cp-summary__empty">{t!(FORM_NOT_ANSWERED)}</span> }.into_any(),
                        [one] => view! { <span class="cp-summary__text">{one.clone()}</span> }.into_any(),
                        many => view! {
                            <ul class="cp-summary__list">{many.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
                        }
                        .into_any(),
                    };
                    view! {
                        <div class="cp-summary__row" data-question=a.question_id.clone()>
                            <dt class="cp-summary__key">{a.label.clone()}</dt>
                            <dd class="cp-summary__value">{value}</dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section class="cp-response__section">
                    <h2 class="cp-summary__title">{section.title.clone()}</h2>
                    <dl class="cp-summary">{rows}</dl>
                </section>
            }
        })
        .collect_view();
    let keep = Callback::new(move |_| {
        if storage::set(
            Key::Response(&stored.with_value(|r| r.form_id.clone())),
            &stored.with_value(SentResponse::encode),
        ) {
            kept.set(true);
            said.set(Some(msg::FORM_RESPONSE_KEPT_NOW));
            // The pressed button is replaced: focus goes to the one that undoes it.
            after_render(|| focus_by_id(DELETE_ID));
        } else {
            said.set(Some(msg::FORM_RESPONSE_KEEP_FAILED));
        }
    });
    let delete = Callback::new(move |_| {
        storage::remove(Key::Response(&stored.with_value(|r| r.form_id.clone())));
        kept.set(false);
        said.set(Some(msg::FORM_RESPONSE_DELETED));
        after_render(|| focus_by_id(KEEP_ID));
    });
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let download = move || stored.with_value(|r| download_href(i18n, r));
    let file_name = response.file_name();
    view! {
        <div class="cp-response" data-testid="response">
            <PageHeading text=heading document_title=document_title />
            <div lang=lang.clone()>
                <p class="cp-page__lead" data-testid="response-form">{response.title.clone()}</p>
            </div>
            <dl class="cp-summary cp-response__facts">
                <div class="cp-summary__row">
                    <dt class="cp-summary__key">{t!(FORM_RESPONSE_REFERENCE)}</dt>
                    <dd class="cp-summary__value"><strong data-testid="response-reference">{response.reference.clone()}</strong></dd>
                </div>
                <div class="cp-summary__row">
                    <dt class="cp-summary__key">{t!(FORM_RESPONSE_SENT)}</dt>
                    <dd class="cp-summary__value" data-testid="response-sent">{move || sent_at(i18n, &sent_iso)}</dd>
                </div>
                <div class="cp-summary__row">
                    <dt class="cp-summary__key">{t!(FORM_RESPONSE_TIME)}</dt>
                    <dd class="cp-summary__value" data-testid="response-time">{move || time_taken(i18n, minutes)}</dd>
                </div>
            </dl>
            <div class="cp-response__actions" data-testid="response-actions">
                <button type="button" class="cp-button cp-button--secondary" data-testid="response-print" on:click=print>
                    {t!(FORM_RESPONSE_PRINT)}
                </button>
                <a class="cp-button cp-button--secondary" href=download download=file_name data-testid="response-download">
                    {t!(FORM_RESPONSE_DOWNLOAD)}
                </a>
            </div>
            <div class="cp-response__keep" data-testid="response-keep">
                {move || if kept.get() {
                    view! {
                        <p>{t!(FORM_RESPONSE_KEPT)}</p>
                        <Button style=ButtonStyle::Secondary on_click=delete test_id="response-delete" id=DELETE_ID>{t!(FORM_RESPONSE_DELETE)}</Button>
                    }.into_any()
                } else {
                    view! {
                        <h2 class="cp-response__keep-title">{t!(FORM_RESPONSE_KEEP_TITLE)}</h2>
                        <p>{t!(FORM_RESPONSE_KEEP_BODY)}</p>
                        <Button style=ButtonStyle::Secondary on_click=keep test_id="response-keep-copy" id=KEEP_ID>{t!(FORM_RESPONSE_KEEP)}</Button>
                    }.into_any()
                }}
                <p class="cp-form__note" role="status" data-testid="response-status">{move || said.get().map(|id| i18n.t(id))}</p>
            </div>
            <div class="cp-response__answers" lang=lang>
                {sections}
            </div>
        </div>
    }
}
