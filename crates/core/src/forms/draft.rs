//! Drafts: the answers a visitor has given so far, kept in the browser so that a reload, a
//! closed tab or a failed request loses nothing (target B6). The app stores a [`Draft`] per
//! form after every change and restores it with [`restore`], which distrusts what it reads:
//! storage can be edited by hand, or hold a draft of an older version of the form.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::{Answer, FormDefinition, QuestionKind};

/// The version of the stored shape; a draft of another version is discarded.
pub const DRAFT_VERSION: u32 = 1;

/// The longest stored answer kept when restoring (answers are also checked on submit).
const MAX_STORED_CHARS: usize = 20_000;

/// A form being filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub version: u32,
    pub form_id: String,
    /// When the answers were last changed (ISO 8601), shown when they are restored.
    pub saved_at: String,
    /// Created once per filled-in form and sent with every attempt to submit it.
    pub idempotency_key: String,
    pub answers: BTreeMap<String, Answer>,
    /// When the first answer was given (ISO 8601): the start of "time to complete".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
}

impl Draft {
    /// An empty draft of `form_id` with a fresh `idempotency_key`.
    pub fn new(form_id: &str, idempotency_key: String, now: String) -> Self {
        Draft {
            version: DRAFT_VERSION,
            form_id: form_id.to_string(),
            saved_at: now,
            idempotency_key,
            answers: BTreeMap::new(),
            started_at: None,
        }
    }

    /// Whether the visitor has answered anything.
    pub fn has_answers(&self) -> bool {
        self.answers.values().any(|a| match a {
            Answer::Text(t) => !t.trim().is_empty(),
            Answer::Many(v) => !v.is_empty(),
        })
    }

    /// The JSON stored in the browser.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Whether `key` can be an idempotency key: 8 to 100 ASCII letters, digits and `-`
/// (a UUID is 36).
pub fn is_idempotency_key(key: &str) -> bool {
    (8..=100).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Why a stored draft was not restored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// Not a draft at all (edited by hand, truncated, another version).
    Unreadable,
    /// A draft of another form under this form's key.
    OtherForm,
}

/// Whether a draft last changed at `saved_ms` (milliseconds since 1970) is past the form's
/// `draft_days` at `now_ms`. A time in the future (a clock set back) is not expired.
pub fn is_expired(saved_ms: f64, now_ms: f64, draft_days: u32) -> bool {
    now_ms - saved_ms > f64::from(draft_days) * 86_400_000.0
}

/// Reads a stored draft of `def`. Answers to questions the form does not have (any more),
/// answers of the wrong shape (a list for a text question) and overlong answers are dropped,
/// so that what is restored can always be shown.
pub fn restore(def: &FormDefinition, stored: &str) -> Result<Draft, RestoreError> {
    let mut draft: Draft = serde_json::from_str(stored).map_err(|_| RestoreError::Unreadable)?;
    if draft.version != DRAFT_VERSION
        || !is_idempotency_key(&draft.idempotency_key)
        || !crate::content::is_iso_date(&draft.saved_at)
    {
        return Err(RestoreError::Unreadable);
    }
    if draft
        .started_at
        .as_deref()
        .is_some_and(|s| !crate::content::is_iso_date(s))
    {
        return Err(RestoreError::Unreadable);
    }
    if draft.form_id != def.id {
        return Err(RestoreError::OtherForm);
    }
    draft.answers.retain(|id, answer| {
        let Some(q) = def
            .sections
            .iter()
            .flat_map(|s| &s.questions)
            .find(|q| &q.id == id)
        else {
            return false;
        };
        match answer {
            Answer::Text(t) => {
                q.kind != QuestionKind::Checkboxes && t.chars().count() <= MAX_STORED_CHARS
            }
            Answer::Many(values) => {
                q.kind == QuestionKind::Checkboxes
                    && values.len() <= q.options.len()
                    && values
                        .iter()
                        .all(|v| q.options.iter().any(|o| &o.value == v))
            }
        }
    });
    Ok(draft)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Choice, FormSection, Question};

    fn def() -> FormDefinition {
        let q = |id: &str, kind| Question {
            id: id.into(),
            kind,
            label: id.into(),
            hint: None,
            required: false,
            options: if kind == QuestionKind::Checkboxes {
                vec![
                    Choice {
                        value: "a".into(),
                        label: "A".into(),
                        hint: None,
                        exclusive: false,
                    },
                    Choice {
                        value: "b".into(),
                        label: "B".into(),
                        hint: None,
                        exclusive: false,
                    },
                ]
            } else {
                Vec::new()
            },
            max_length: None,
            min: None,
            max: None,
            show_if: None,
        };
        FormDefinition {
            draft_days: 7,
            results: None,
            id: "contact".into(),
            locale: "en".into(),
            title: "Contact".into(),
            intro: None,
            privacy_notice: None,
            sections: vec![FormSection {
                id: "s".into(),
                title: "S".into(),
                intro: None,
                questions: vec![
                    q("name", QuestionKind::Text),
                    q("needs", QuestionKind::Checkboxes),
                ],
            }],
        }
    }

    const KEY: &str = "6f1c2a4e-9b7d-4c1e-8a52-3d0f9e7b1c44";

    #[test]
    fn drafts_expire_after_the_forms_days() {
        let day = 86_400_000.0;
        assert!(!is_expired(0.0, 7.0 * day, 7));
        assert!(is_expired(0.0, 7.0 * day + 1.0, 7));
        assert!(!is_expired(10.0 * day, 0.0, 1)); // saved "in the future": kept
    }

    #[test]
    fn a_saved_draft_comes_back_unchanged() {
        let mut draft = Draft::new("contact", KEY.into(), "2026-11-22T05:00:00Z".into());
        assert!(!draft.has_answers());
        draft
            .answers
            .insert("name".into(), Answer::Text("Aiko Tanaka".into()));
        draft
            .answers
            .insert("needs".into(), Answer::Many(vec!["b".into()]));
        assert!(draft.has_answers());
        assert_eq!(restore(&def(), &draft.encode()), Ok(draft));
    }

    #[test]
    fn tampered_drafts_are_refused_or_cleaned() {
        for bad in [
            "",
            "null",
            "{",
            "[]",
            r#"{"version":1}"#,
            &format!(
                r#"{{"version":2,"form_id":"contact","saved_at":"2026-11-22T05:00:00Z","idempotency_key":"{KEY}","answers":{{}}}}"#
            ),
            r#"{"version":1,"form_id":"contact","saved_at":"2026-11-22T05:00:00Z","idempotency_key":"<script>","answers":{}}"#,
            &format!(
                r#"{{"version":1,"form_id":"contact","saved_at":"yesterday","idempotency_key":"{KEY}","answers":{{}}}}"#
            ),
            &format!(
                r#"{{"version":1,"form_id":"contact","saved_at":"2026-11-22T05:00:00Z","idempotency_key":"{KEY}","answers":{{"name":7}}}}"#
            ),
        ] {
            assert_eq!(restore(&def(), bad), Err(RestoreError::Unreadable), "{bad}");
        }
        let other = format!(
            r#"{{"version":1,"form_id":"survey","saved_at":"2026-11-22T05:00:00Z","idempotency_key":"{KEY}","answers":{{}}}}"#
        );
        assert_eq!(restore(&def(), &other), Err(RestoreError::OtherForm));

        let messy = format!(
            r#"{{"version":1,"form_id":"contact","saved_at":"2026-11-22T05:00:00Z","idempotency_key":"{KEY}",
                "answers":{{"name":["x"],"needs":["a","zzz"],"gone":"old question"}}}}"#
        );
        assert!(restore(&def(), &messy).unwrap().answers.is_empty());
        let long = format!(
            r#"{{"version":1,"form_id":"contact","saved_at":"2026-11-22T05:00:00Z","idempotency_key":"{KEY}","answers":{{"name":"{}"}}}}"#,
            "x".repeat(MAX_STORED_CHARS + 1)
        );
        assert!(restore(&def(), &long).unwrap().answers.is_empty());
    }

    #[test]
    fn idempotency_keys() {
        assert!(is_idempotency_key(KEY));
        assert!(!is_idempotency_key("short"));
        assert!(!is_idempotency_key(&"a".repeat(101)));
        assert!(!is_idempotency_key("6f1c2a4e 9b7d"));
    }
}
