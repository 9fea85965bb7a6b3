//! Form rules shared by the app and the reference backend (one source of truth, target B6):
//! which questions are asked (conditional questions), whether a definition is sound, and
//! whether answers are valid, with error codes the app translates
//! (`required`, `too_long`, `invalid_email`, ...; see `docs/contract.md`); plus the parts of
//! the journey that need no browser: steps, drafts, checkbox and date-input answers.

mod draft;
mod flow;
pub mod response;
pub mod results;
mod validate;

pub use draft::*;
pub use flow::*;
pub use validate::*;

/// Builders shared by the unit tests of the form rules.
#[cfg(test)]
pub(crate) mod testing {
    use crate::content::{Choice, Question, QuestionKind};

    /// A question `id` of `kind` labelled with its id, with an option per value (labelled in
    /// capitals).
    pub fn question(id: &str, kind: QuestionKind, options: &[&str]) -> Question {
        Question {
            id: id.into(),
            kind,
            label: id.into(),
            hint: None,
            required: false,
            options: options
                .iter()
                .map(|v| Choice {
                    value: (*v).into(),
                    label: v.to_uppercase(),
                    hint: None,
                    exclusive: false,
                })
                .collect(),
            max_length: None,
            min: None,
            max: None,
            show_if: None,
        }
    }
}
