//! Form definitions and submissions. The forms engine renders a [`FormDefinition`]; the
//! reference backend and the app validate answers with the same rules.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{bad, check_locale, decode, DecodeError};

/// A form: sections shown one step at a time, each with questions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormDefinition {
    /// Lower-case id, also the last segment of the form's URL.
    pub id: String,
    pub locale: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    /// What happens to the answers (purpose, retention): shown before submitting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_notice: Option<String>,
    /// Days a draft stays on the visitor's device after its last change (1 to 90, default
    /// 7): an older one is deleted instead of restored. The start page says so.
    #[serde(default = "default_draft_days")]
    pub draft_days: u32,
    /// Whether the backend publishes the form's aggregated results (`"results": {"public":
    /// true}`): counts per option of its choice questions, never free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<ResultsSettings>,
    pub sections: Vec<FormSection>,
}

/// How a form's results are published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultsSettings {
    /// Served at `<forms_url>/forms/<id>/results` and shown at `/<locale>/forms/<id>/results`.
    pub public: bool,
    /// A count below this (but above zero) is withheld, so that a small group of respondents
    /// cannot be told apart (2 to 1000, default 5).
    #[serde(default = "default_min_count")]
    pub min_count: u32,
}

/// The smallest published count unless the form says otherwise.
pub const DEFAULT_MIN_COUNT: u32 = 5;

fn default_min_count() -> u32 {
    DEFAULT_MIN_COUNT
}

/// The aggregated results of a form (`GET <forms_url>/forms/<id>/results`): how many
/// responses, and for each choice question how many chose each option. A count from 1 to
/// `min_count - 1` is `null` (withheld).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyResults {
    pub form_id: String,
    /// Responses received.
    pub responses: u64,
    /// The smallest count shown.
    pub min_count: u32,
    /// When these figures were counted (ISO 8601).
    pub generated_at: String,
    /// The form's choice questions, in the form's order.
    pub questions: Vec<QuestionResults>,
}

/// The counts of one choice question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionResults {
    pub id: String,
    /// Responses that answered it (`null` when withheld; then every count is too).
    pub answered: Option<u64>,
    /// One entry per option, in the form's order (`yes` and `no` for a yes/no question). For
    /// checkboxes the counts can add up to more than `answered`.
    pub options: Vec<OptionCount>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionCount {
    pub value: String,
    pub count: Option<u64>,
}

/// How long a draft is kept unless the form says otherwise.
pub const DEFAULT_DRAFT_DAYS: u32 = 7;

fn default_draft_days() -> u32 {
    DEFAULT_DRAFT_DAYS
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormSection {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique within the form; the key of the answer in a submission.
    pub id: String,
    pub kind: QuestionKind,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default)]
    pub required: bool,
    /// The choices of `radios`, `checkboxes` and `select`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
    /// Longest accepted answer in characters (`text`, `textarea`, `url_list`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// Bounds of `number` answers (a `percentage` is always 0 to 100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,
    /// Ask this question only when an earlier answer matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Text,
    Email,
    Tel,
    Url,
    /// Several web addresses, one per line.
    UrlList,
    Number,
    Percentage,
    Textarea,
    Radios,
    Checkboxes,
    Select,
    Date,
    YesNo,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub value: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// For checkboxes: choosing this one ("None of these") clears the others.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exclusive: bool,
}

/// Shows a question when the answer to `question` is (or, for checkboxes, includes) one of
/// `any_of`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    pub any_of: Vec<String>,
}

/// One answer: text, or the values chosen in a checkbox question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Text(String),
    Many(Vec<String>),
}

/// What the app posts to the backend.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormSubmission {
    pub form_id: String,
    pub locale: String,
    /// Random, created once per filled-in form: a retried or doubled request with the same
    /// key is stored once and answered with the same reference.
    pub idempotency_key: String,
    pub answers: BTreeMap<String, Answer>,
}

/// The backend's answer to an accepted submission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmissionReceipt {
    /// Shown to the visitor ("SC-2026-000123").
    pub reference: String,
    /// ISO 8601 date-time.
    pub received_at: String,
}

/// The backend's answer to a refused submission: error codes per question id
/// (`required`, `too_long`, `invalid_email`, ...), translated by the app.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmissionErrors {
    pub errors: BTreeMap<String, Vec<String>>,
}

/// Decodes a form definition and checks its locale, its id and the rules of
/// [`crate::forms::check_definition`].
pub fn decode_form(
    text: &str,
    expected_locale: &str,
    expected_id: &str,
) -> Result<FormDefinition, DecodeError> {
    let form: FormDefinition = decode(text)?;
    check_locale(&form.locale, expected_locale)?;
    if form.id != expected_id {
        return Err(bad(
            "id",
            format!("expected `{expected_id}`, found `{}`", form.id),
        ));
    }
    crate::forms::check_definition(&form).map_err(|m| bad("sections", m))?;
    Ok(form)
}

/// Decodes a form's published results and checks that they are possible
/// ([`crate::forms::results::check_results`]).
pub fn decode_results(text: &str, expected_id: &str) -> Result<SurveyResults, DecodeError> {
    let results: SurveyResults = decode(text)?;
    crate::forms::results::check_results(&results, expected_id).map_err(|m| {
        let (path, message) = m.split_once(": ").unwrap_or(("questions", m.as_str()));
        bad(path, message)
    })?;
    Ok(results)
}
