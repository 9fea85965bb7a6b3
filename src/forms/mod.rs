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
//!
//! Data flows one way: this module loads the definition and picks the step; [`state`] holds
//! the answers and sends them; each of [`steps`] (and [`question`], a question's field) reads
//! and changes the form only through [`state`].

mod draft_store;
mod messages;
mod question;
mod response;
mod results;
mod state;
mod steps;

pub use response::ResponsePage;
pub use results::ResultsPage;

use civic_core::content::FormDefinition;
use civic_core::forms::Step;
use leptos::prelude::*;

use crate::backend::{use_backend, Remote};
use crate::components::content::content_language::ContentLanguageNotice;
use crate::components::content::load_state::remote;
use crate::i18n::use_i18n;
use crate::router::query_param;
use state::FormState;
use steps::{check::CheckStep, done::DoneStep, section::SectionStep, start::StartStep};

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
            Step::Check => view! { <CheckStep def=def state=state /> }.into_any(),
            // The confirmation is for what was sent in this visit; a reload of it in a later
            // visit starts the form instead.
            Step::Done => match response::sent_in_this_visit(&def.id) {
                Some(sent) => view! { <DoneStep def=def reference=sent.reference /> }.into_any(),
                None => view! { <StartStep def=def state=state /> }.into_any(),
            },
        }
    }
}
