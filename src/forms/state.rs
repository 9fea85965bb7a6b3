//! The state of a form being filled in and its sending: the answers and the errors shown,
//! the draft saved on every change, one [`reset`](FormState::reset) shared by "Start again"
//! and a successful send, and [`send`] (check everything, post once per idempotency key).
//! Every step reads and changes the form through this module; nothing here knows the steps.

use std::collections::BTreeMap;

use civic_core::content::{Answer, FormDefinition, FormSubmission, LoadError, Question};
use civic_core::forms::{self, Draft, Step};
use leptos::prelude::*;

use super::{draft_store, messages, response};
use crate::a11y::{after_render, focus_by_id};
use crate::backend::{use_backend, Submitted};
use crate::components::controls::error_summary::ERROR_SUMMARY_ID;
use crate::i18n::{use_i18n, I18n};

/// The id of the message shown when sending failed (it takes focus).
pub const FAILURE_ID: &str = "form-send-failure";

/// The form being filled in: the answers, the errors shown, and the state of sending.
/// Lives as long as the form's route, across steps and language changes.
#[derive(Clone, Copy)]
pub struct FormState {
    form_id: StoredValue<String>,
    pub(in crate::forms) answers: RwSignal<BTreeMap<String, Answer>>,
    /// Errors shown on the fields, by question id (client checks or the backend's 422).
    pub(in crate::forms) errors: RwSignal<BTreeMap<String, Vec<String>>>,
    key: StoredValue<String>,
    /// When the first answer was given: the start of "time to complete".
    started_at: StoredValue<Option<String>>,
    pub(in crate::forms) saved_at: RwSignal<Option<String>>,
    /// The last save failed (storage full or turned off): said instead of the last "Saved".
    pub(in crate::forms) save_failed: RwSignal<bool>,
    /// When a draft was restored on opening the form: its time.
    pub(in crate::forms) restored: RwSignal<Option<String>>,
    /// "Start again" was chosen: says that the answers were deleted.
    pub(in crate::forms) cleared: RwSignal<bool>,
    loaded: StoredValue<bool>,
    pub(in crate::forms) sending: RwSignal<bool>,
    pub(in crate::forms) failure: RwSignal<Option<LoadError>>,
}

impl FormState {
    pub fn new(form_id: String) -> Self {
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
    pub fn load(&self, def: &FormDefinition) {
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
    pub fn set_answer(&self, id: &str, answer: Answer) {
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
    pub fn reset(&self) {
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
    pub fn start_again(&self) {
        self.reset();
        self.cleared.set(true);
    }

    /// The translated error of question `id` (its first code), for the field.
    pub fn error_of(&self, i18n: I18n, def: &FormDefinition, id: &str) -> Option<String> {
        let question = def
            .sections
            .iter()
            .flat_map(|s| &s.questions)
            .find(|q| q.id == id)?;
        self.error_for(i18n, question)
    }

    /// The message of the first error shown on `question`, if any.
    pub fn error_for(&self, i18n: I18n, question: &Question) -> Option<String> {
        self.errors.with(|e| {
            e.get(&question.id)?
                .first()
                .map(|code| messages::error_message(i18n, question, code))
        })
    }
}

/// The URL of `step` of the current form, keeping the locale prefix.
pub fn step_href(i18n: I18n, form_id: &str, step: Step) -> String {
    let path = format!("/forms/{form_id}");
    match step.param() {
        Some(p) => i18n.href(&format!("{path}?step={p}")),
        None => i18n.href(&path),
    }
}

/// Sends the answers: checks everything first (moving to the first step with a problem),
/// then posts once per idempotency key.
pub fn send(def: FormDefinition, state: FormState, navigate: impl Fn(&str) + 'static) {
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
                after_render(|| focus_by_id(FAILURE_ID));
            }
            Err(error) => {
                state.failure.set(Some(error));
                after_render(|| focus_by_id(FAILURE_ID));
            }
        }
    });
}
