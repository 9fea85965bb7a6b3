//! The forms engine (targets A4, A11, B6): renders any form definition from the backend as a
//! journey of steps (`/:lang/forms/:id?step=N`), one section per step, then "check your
//! answers", then a confirmation with the reference number.
//!
//! - Every change is saved as a draft in local storage ([`draft_store`]); opening the form
//!   again restores it and says so, with "Start again".
//! - Continuing checks the step with `civic_core::forms` (the rules the reference backend
//!   uses too); errors appear on each field and in a focused error summary.
//! - Sending posts the answers once per idempotency key (a double click or a retry never
//!   stores twice); a refused answer comes back as field errors; a failed request keeps
//!   everything and offers "Try again".
//!
//! Each step is its own URL, so Back and Forward work, and every step gets a title, an
//! announcement and focus on its heading like any page (see [`crate::a11y`]).

mod check;
mod draft_store;
mod question;
mod response;
mod results;

pub use response::ResponsePage;
pub use results::ResultsPage;

use std::collections::BTreeMap;

use civic_core::content::{Answer, FormDefinition, FormSubmission, LoadError, Question};
use civic_core::forms::{self, Draft, Step};
use leptos::prelude::*;

use crate::a11y::{after_render, focus_by_id, PageHeading};
use crate::backend::{use_backend, Remote, Submitted};
use crate::components::button::{Button, ButtonStyle};
use crate::components::content_language::ContentLanguageNotice;
use crate::components::error_summary::{ErrorSummary, Problem, ERROR_SUMMARY_ID};
use crate::components::load_state::remote;
use crate::components::notification_banner::{BannerKind, NotificationBanner};
use crate::i18n::{msg, use_i18n, I18n};
use crate::router::{query_param, use_navigate};
use crate::t;

/// The form being filled in: the answers, the errors shown, and the state of sending.
/// Lives as long as the form's route, across steps and language changes.
#[derive(Clone, Copy)]
pub(crate) struct FormState {
    form_id: StoredValue<String>,
    answers: RwSignal<BTreeMap<String, Answer>>,
    /// Errors shown on the fields, by question id (client checks or the backend's 422).
    errors: RwSignal<BTreeMap<String, Vec<String>>>,
    key: StoredValue<String>,
    /// When the first answer was given: the start of "time to complete".
    started_at: StoredValue<Option<String>>,
    saved_at: RwSignal<Option<String>>,
    /// The last save failed (storage full or turned off): said instead of the last "Saved".
    save_failed: RwSignal<bool>,
    /// When a draft was restored on opening the form: its time.
    restored: RwSignal<Option<String>>,
    /// "Start again" was chosen: says that the answers were deleted.
    cleared: RwSignal<bool>,
    loaded: StoredValue<bool>,
    sending: RwSignal<bool>,
    failure: RwSignal<Option<LoadError>>,
}

impl FormState {
    fn new(form_id: String) -> Self {
        FormState {
            form_id: StoredValue::new(form_id),
            answers: RwSignal::new(BTreeMap::new()),
            errors: RwSignal::new(BTreeMap::new()),
            key: StoredValue::new(String::new()),
            started_at: StoredValue::new(None),
            saved_at: RwSignal::new(None),
            save_failed: RwSignal::new(false),
            restored: RwSignal::new(None),
            cleared: RwSignal::new(false),
            loaded: StoredValue::new(false),
            sending: RwSignal::new(false),
            failure: RwSignal::new(None),
        }
    }

    /// Reads the stored draft once, when the definition first arrives.
    fn load(&self, def: &FormDefinition) {
        if self.loaded.get_value() {
            return;
        }
        self.loaded.set_value(true);
        if cfg!(not(target_arch = "wasm32")) {
            return; // the pre-renderer renders a first visit: no draft, no key yet
        }
        if crate::boot::hydrating() {
            // Stored answers are the visitor's own: applied after hydration, so the
            // pre-rendered page is kept as it is and then updated.
            let this = *self;
            let def = def.clone();
            Effect::new(move |_| this.restore(&def));
            return;
        }
        self.restore(def);
    }

    /// Takes over the stored draft of `def`, if any, or starts with a new idempotency key.
    fn restore(&self, def: &FormDefinition) {
        match draft_store::load(def) {
            Some(draft) => {
                if draft.has_answers() && draft_store::first_open_this_visit(&def.id) {
                    self.restored.set(Some(draft.saved_at.clone()));
                }
                self.key.set_value(draft.idempotency_key);
                self.started_at.set_value(draft.started_at);
                self.saved_at.set(Some(draft.saved_at));
                self.answers.set(draft.answers);
            }
            None => self.key.set_value(draft_store::new_key()),
        }
    }

    fn save(&self) {
        let now = draft_store::now_iso();
        if self.started_at.with_value(Option::is_none) {
            self.started_at.set_value(Some(now.clone()));
        }
        let draft = Draft {
            version: forms::DRAFT_VERSION,
            form_id: self.form_id.get_value(),
            saved_at: now.clone(),
            idempotency_key: self.key.get_value(),
            answers: self.answers.get_untracked(),
            started_at: self.started_at.get_value(),
        };
        let saved = draft_store::save(&draft);
        if saved {
            self.saved_at.set(Some(now));
        }
        self.save_failed.set(!saved);
    }

    /// Sets the answer to `id` and saves the draft. A field's error goes away once the
    /// visitor changes it (it is checked again on continue).
    pub(crate) fn set_answer(&self, id: &str, answer: Answer) {
        self.answers.update(|a| {
            a.insert(id.to_string(), answer);
        });
        if self.errors.with_untracked(|e| e.contains_key(id)) {
            self.errors.update(|e| {
                e.remove(id);
            });
        }
        self.cleared.set(false);
        self.save();
    }

    /// Deletes the draft and starts with no answers and a new idempotency key ("Start
    /// again", and after a successful send).
    fn reset(&self) {
        draft_store::delete(&self.form_id.get_value());
        self.answers.set(BTreeMap::new());
        self.errors.set(BTreeMap::new());
        self.key.set_value(draft_store::new_key());
        self.started_at.set_value(None);
        self.saved_at.set(None);
        self.restored.set(None);
        self.failure.set(None);
    }

    /// "Start again": [`reset`](Self::reset), and says that the answers were deleted.
    fn start_again(&self) {
        self.reset();
        self.cleared.set(true);
    }

    /// The translated error of question `id` (its first code), for the field.
    pub(crate) fn error_of(&self, i18n: I18n, def: &FormDefinition, id: &str) -> Option<String> {
        let question = def
            .sections
            .iter()
            .flat_map(|s| &s.questions)
            .find(|q| q.id == id)?;
        self.error_for(i18n, question)
    }

    /// The message of the first error shown on `question`, if any.
    pub(crate) fn error_for(&self, i18n: I18n, question: &Question) -> Option<String> {
        self.errors.with(|e| {
            e.get(&question.id)?
                .first()
                .map(|code| question::error_message(i18n, question, code))
        })
    }
}

/// `/:lang/forms/:id`: loads the definition in the visitor's language and shows the step
/// named by `?step=`.
#[component]
pub fn FormPage(
    /// The form id of the route.
    id: Memo<String>,
) -> impl IntoView {
    move || {
        let id = id.get();
        view! { <FormById id=id /> }
    }
}

#[component]
fn FormById(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let backend = use_backend();
    let state = FormState::new(id.clone());
    let definition = Remote::new(
        move || i18n.locale(),
        move |locale| {
            let id = id.clone();
            async move { backend.form(locale, &id).await }
        },
    );
    remote(definition, move |def| {
        state.load(&def);
        let shown_in = def.locale.clone();
        view! {
            <ContentLanguageNotice content_locale=shown_in />
            <FormJourney def=def state=state />
        }
        .into_any()
    })
}

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

/// The step of the journey named by the query.
#[component]
fn FormJourney(def: FormDefinition, state: FormState) -> impl IntoView {
    let step_param = query_param("step");
    let from = query_param("from");
    let sections = def.sections.len();
    let step = Memo::new(move |_| Step::parse(step_param.get().as_deref(), sections));
    let from_check = Memo::new(move |_| from.get().as_deref() == Some("check"));
    let def = StoredValue::new(def);
    move || {
        let def = def.get_value();
        match step.get() {
            Step::Start => view! { <StartStep def=def state=state /> }.into_any(),
            Step::Section(n) => {
                view! { <SectionStep def=def state=state index=n from_check=from_check /> }
                    .into_any()
            }
            Step::Check => view! { <check::CheckStep def=def state=state /> }.into_any(),
            Step::Done => view! { <DoneStep def=def state=state /> }.into_any(),
        }
    }
}

/// The URL of `step` of the current form, keeping the locale prefix.
pub(crate) fn step_href(i18n: I18n, form_id: &str, step: Step) -> String {
    let path = format!("/forms/{form_id}");
    match step.param() {
        Some(p) => i18n.href(&format!("{path}?step={p}")),
        None => i18n.href(&path),
    }
}

/// The introduction: what the form is for, how many steps, the privacy notice, and "Start
/// now" (or "Continue" with the restored answers and "Start again").
#[component]
fn StartStep(def: FormDefinition, state: FormState) -> impl IntoView {
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

/// One section: "Step n of N", its questions, the error summary, Continue and Back.
#[component]
fn SectionStep(
    def: FormDefinition,
    state: FormState,
    index: usize,
    from_check: Memo<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let total = def.sections.len();
    let section = def.sections[index].clone();
    let form_id = def.id.clone();
    let form_title = def.title.clone();
    let section_title = section.title.clone();
    let caption = move || {
        i18n.t_args(
            msg::FORM_STEP,
            &[("current", (index + 1).into()), ("total", total.into())],
        )
    };
    let heading = {
        let section_title = section_title.clone();
        Signal::derive(move || section_title.clone())
    };
    let document_title =
        Signal::derive(move || format!("{} – {} – {}", caption(), section_title, form_title));
    let def_stored = StoredValue::new(def.clone());
    let problems = Signal::derive(move || {
        let def = def_stored.get_value();
        let ids: Vec<String> = def.sections[index]
            .questions
            .iter()
            .filter(|q| state.errors.with(|e| e.contains_key(&q.id)))
            .map(|q| q.id.clone())
            .collect();
        ids.into_iter()
            .filter_map(|id| {
                Some(Problem {
                    message: state.error_of(i18n, &def, &id)?,
                    field_id: format!("q-{id}"),
                    href: None,
                })
            })
            .collect::<Vec<_>>()
    });
    // Which of this step's questions are asked, in one pass over the form per change of the
    // answers (not a search of the form per question: a long form stays linear).
    let asked = {
        let def = def.clone();
        let ids: Vec<String> = section.questions.iter().map(|q| q.id.clone()).collect();
        Memo::new(move |_| {
            state.answers.with(|a| {
                let asked = forms::asked(&def, a);
                ids.iter()
                    .map(|id| asked.contains(id.as_str()))
                    .collect::<Vec<bool>>()
            })
        })
    };
    let questions = section
        .questions
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, q)| {
            let lang = def.locale.clone();
            let asked = Signal::derive(move || asked.with(|a| a.get(i).copied().unwrap_or(false)));
            view! { <question::QuestionField asked=asked question=q lang=lang state=state /> }
        })
        .collect_view();
    let back_href = {
        let form_id = form_id.clone();
        move || {
            let prev = if from_check.get() {
                Step::Check
            } else if index == 0 {
                Step::Start
            } else {
                Step::Section(index - 1)
            };
            step_href(i18n, &form_id, prev)
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let def = def_stored.get_value();
        let errors = state
            .answers
            .with_untracked(|a| forms::section_errors(&def, index, a));
        // Keep errors of other steps (from the backend); replace this step's.
        state.errors.update(|e| {
            for q in &def.sections[index].questions {
                e.remove(&q.id);
            }
            e.extend(errors.clone());
        });
        if !errors.is_empty() {
            after_render(|| focus_by_id(ERROR_SUMMARY_ID));
            return;
        }
        let next = if from_check.get_untracked() || index + 1 == def.sections.len() {
            Step::Check
        } else {
            Step::Section(index + 1)
        };
        navigate(&step_href(i18n, &def.id, next));
    };
    let saved = move || {
        if state.save_failed.get() {
            return Some(i18n.t(msg::FORM_SAVE_FAILED));
        }
        state
            .saved_at
            .get()
            .map(|time| i18n.t_args(msg::FORM_SAVED, &[("time", time.into())]))
            // A status region is read out: no isolation marks.
            .map(|text| civic_core::l10n::without_isolation(&text))
    };
    view! {
        <div class="cp-form">
            <p><a class="cp-back-link" href=back_href>{t!(FORM_BACK)}</a></p>
            <ErrorSummary problems=problems />
            <p class="cp-caption" data-testid="form-step">{caption}</p>
            <PageHeading text=heading document_title=document_title />
            {section.intro.clone().map(|i| view! { <p class="cp-page__lead">{i}</p> })}
            <form class="cp-form__body" novalidate on:submit=submit>
                {questions}
                <div class="cp-form__actions">
                    <Button kind="submit" test_id="form-continue">{t!(FORM_CONTINUE)}</Button>
                </div>
            </form>
            <p class="cp-form__note" role="status" data-testid="form-saved">{saved}</p>
        </div>
    }
}

/// After sending: the reference number and what happens next.
#[component]
fn DoneStep(def: FormDefinition, state: FormState) -> impl IntoView {
    let i18n = use_i18n();
    let reference = response::sent_in_this_visit(&def.id).map(|r| r.reference);
    let title = def.title.clone();
    let form_id = def.id.clone();
    let results_id = def.id.clone();
    let results = def.results.as_ref().is_some_and(|r| r.public);
    match reference {
        Some(reference) => view! {
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
        .into_any(),
        // Nothing was sent in this visit (a reload of the confirmation): start instead.
        None => view! { <StartStep def=def state=state /> }.into_any(),
    }
}

/// Sends the answers: checks everything first (moving to the first step with a problem),
/// then posts once per idempotency key.
pub(crate) fn send(def: FormDefinition, state: FormState, navigate: impl Fn(&str) + 'static) {
    if state.sending.get_untracked() {
        return;
    }
    let i18n = use_i18n();
    let backend = use_backend();
    // Only what is asked is checked and sent (answers to questions hidden since are dropped).
    let answers = forms::asked_answers(&def, &state.answers.get_untracked());
    if let Err(errors) = forms::check_answers(&def, &answers) {
        state.errors.set(errors.clone());
        if let Some(section) = forms::first_section_with_errors(&def, &errors) {
            navigate(&step_href(i18n, &def.id, Step::Section(section)));
            after_render(|| focus_by_id(ERROR_SUMMARY_ID));
        }
        return;
    }
    let submission = FormSubmission {
        form_id: def.id.clone(),
        locale: i18n.locale_untracked().tag.to_string(),
        idempotency_key: state.key.get_value(),
        answers,
    };
    state.sending.set(true);
    state.failure.set(None);
    leptos::task::spawn_local(async move {
        let mut submission = submission;
        let mut result = backend.submit(&submission).await;
        if matches!(result, Ok(Submitted::KeyReused)) {
            // The first attempt arrived with the answers as they were; these are others.
            submission.idempotency_key = draft_store::new_key();
            state.key.set_value(submission.idempotency_key.clone());
            result = backend.submit(&submission).await;
        }
        state.sending.set(false);
        match result {
            Ok(Submitted::Accepted(receipt)) => {
                let minutes = state.started_at.get_value().and_then(|started| {
                    civic_core::forms::response::minutes_between(
                        js_sys::Date::parse(&started),
                        js_sys::Date::now(),
                    )
                });
                response::remember(response::build(
                    i18n,
                    &def,
                    &submission.answers,
                    &receipt,
                    minutes,
                ));
                state.reset();
                navigate(&step_href(i18n, &def.id, Step::Done));
            }
            Ok(Submitted::Refused(refused)) => {
                state.errors.set(refused.errors);
                after_render(|| focus_by_id(ERROR_SUMMARY_ID));
            }
            // A new random key refused as reused: a backend that is wrong; say so.
            Ok(Submitted::KeyReused) => {
                state.failure.set(Some(LoadError::Server(422)));
                after_render(|| focus_by_id(check::FAILURE_ID));
            }
            Err(error) => {
                state.failure.set(Some(error));
                after_render(|| focus_by_id(check::FAILURE_ID));
            }
        }
    });
}
