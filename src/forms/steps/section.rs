//! One section of a form as its own step: "Step n of N", its questions (conditional ones
//! appear as they apply), the error summary, Continue (checks the step) and Back.

use civic_core::content::FormDefinition;
use civic_core::forms::{self, Step};
use leptos::prelude::*;

use super::super::question::QuestionField;
use super::super::state::{step_href, FormState};
use crate::a11y::{after_render, focus_by_id, PageHeading};
use crate::components::controls::button::Button;
use crate::components::controls::error_summary::{ErrorSummary, Problem, ERROR_SUMMARY_ID};
use crate::i18n::{msg, use_i18n};
use crate::router::use_navigate;
use crate::t;

/// One section: "Step n of N", its questions, the error summary, Continue and Back.
#[component]
pub fn SectionStep(
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
            view! { <QuestionField asked=asked question=q lang=lang state=state /> }
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
