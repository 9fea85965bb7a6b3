//! The translated message of each error code a question can have, from the browser's checks
//! or the backend's refusal (the codes are `civic_core::forms::code`).

use civic_core::content::{Question, QuestionKind};
use civic_core::forms::{self, code};

use crate::i18n::{msg, I18n};

/// The translated message for error `code` on `question` (a code this version does not know
/// still gets a message, naming the code).
pub fn error_message(i18n: I18n, question: &Question, code: &str) -> String {
    let label = || ("label", question.label.clone().into());
    let choice_kind = matches!(
        question.kind,
        QuestionKind::Radios
            | QuestionKind::Checkboxes
            | QuestionKind::Select
            | QuestionKind::YesNo
    );
    match code {
        code::REQUIRED if choice_kind => i18n.t_args(msg::FORM_ERROR_REQUIRED_CHOICE, &[label()]),
        code::REQUIRED => i18n.t_args(msg::FORM_ERROR_REQUIRED, &[label()]),
        code::TOO_LONG => i18n.t_args(
            msg::FORM_ERROR_TOO_LONG,
            &[
                label(),
                (
                    "max",
                    (question
                        .max_length
                        .unwrap_or(forms::DEFAULT_MAX_LENGTH as u32))
                    .into(),
                ),
            ],
        ),
        code::INVALID_EMAIL => i18n.t_args(msg::FORM_ERROR_INVALID_EMAIL, &[label()]),
        code::INVALID_TEL => i18n.t_args(msg::FORM_ERROR_INVALID_TEL, &[label()]),
        code::INVALID_URL => i18n.t_args(msg::FORM_ERROR_INVALID_URL, &[label()]),
        code::INVALID_DATE => i18n.t_args(msg::FORM_ERROR_INVALID_DATE, &[label()]),
        code::INVALID_NUMBER => i18n.t_args(msg::FORM_ERROR_INVALID_NUMBER, &[label()]),
        code::TOO_SMALL => i18n.t_args(
            msg::FORM_ERROR_TOO_SMALL,
            &[label(), ("min", bound(question, true).into())],
        ),
        code::TOO_LARGE => i18n.t_args(
            msg::FORM_ERROR_TOO_LARGE,
            &[label(), ("max", bound(question, false).into())],
        ),
        code::INVALID_CHOICE => i18n.t_args(msg::FORM_ERROR_INVALID_CHOICE, &[label()]),
        code::UNKNOWN_QUESTION => i18n.t_args(msg::FORM_ERROR_UNKNOWN_QUESTION, &[label()]),
        other => i18n.t_args(
            msg::FORM_ERROR_OTHER,
            &[label(), ("code", other.to_string().into())],
        ),
    }
}

fn bound(question: &Question, min: bool) -> i64 {
    match (question.kind, min) {
        (QuestionKind::Percentage, true) => 0,
        (QuestionKind::Percentage, false) => 100,
        (_, true) => question.min.unwrap_or(0),
        (_, false) => question.max.unwrap_or(0),
    }
}
