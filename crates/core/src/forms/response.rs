//! The respondent's own response: what they sent, as they read it when sending (title,
//! reference, times, and each asked question with its answer, in the language the form was
//! filled in). The app builds it once the backend accepted the answers, shows it, prints it,
//! offers it as a file, and keeps it on the device only if the visitor asks;
//! [`restore`] distrusts a stored copy like a stored draft.

use serde::{Deserialize, Serialize};

/// The version of the stored shape; a copy of another version is discarded.
pub const RESPONSE_VERSION: u32 = 1;

/// Bounds of a stored copy (a longer one was not made by this app).
const MAX_SECTIONS: usize = 100;
const MAX_ANSWERS: usize = 1000;
const MAX_CHARS: usize = 20_000;

/// A sent response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentResponse {
    pub version: u32,
    pub form_id: String,
    /// The form's title, in [`locale`](Self::locale).
    pub title: String,
    /// The language the form was filled in.
    pub locale: String,
    pub reference: String,
    /// When the backend received it (ISO 8601).
    pub sent_at: String,
    /// From the first answer to sending, in whole minutes (at least 1); `None` when the draft
    /// did not record its start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    pub sections: Vec<ResponseSection>,
}

/// A section of the form with its asked questions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseSection {
    pub title: String,
    pub answers: Vec<ResponseAnswer>,
}

/// One asked question and its answer as shown (an empty `lines`: not answered).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseAnswer {
    pub question_id: String,
    pub label: String,
    /// The answer's lines: the chosen options' labels, or the text as entered.
    pub lines: Vec<String>,
}

/// Whole minutes from `started_ms` to `sent_ms` (milliseconds since 1970), rounded up and at
/// least 1; `None` for a start after the end (a clock changed meanwhile) or past 90 days.
pub fn minutes_between(started_ms: f64, sent_ms: f64) -> Option<u32> {
    let ms = sent_ms - started_ms;
    if !(0.0..=90.0 * 86_400_000.0).contains(&ms) {
        return None;
    }
    Some(((ms / 60_000.0).ceil() as u32).max(1))
}

/// Hours and the minutes past them, for "1 hour 5 minutes".
pub fn hours_and_minutes(minutes: u32) -> (u32, u32) {
    (minutes / 60, minutes % 60)
}

impl SentResponse {
    /// The JSON kept on the device.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The file offered for download: plain text, one line per field. `header` holds the
    /// translated (label, value) lines shown above the answers (reference, sent, time taken);
    /// `not_answered` stands for an empty answer.
    pub fn to_text(&self, header: &[(String, String)], not_answered: &str) -> String {
        let mut out = String::new();
        out.push_str(&self.title);
        out.push('\n');
        out.push_str(&"=".repeat(self.title.chars().count().clamp(3, 72)));
        out.push_str("\n\n");
        for (label, value) in header {
            out.push_str(&format!("{label}: {value}\n"));
        }
        for section in &self.sections {
            out.push('\n');
            out.push_str(&section.title);
            out.push('\n');
            out.push_str(&"-".repeat(section.title.chars().count().clamp(3, 72)));
            out.push('\n');
            for answer in &section.answers {
                out.push('\n');
                out.push_str(&answer.label);
                out.push('\n');
                if answer.lines.is_empty() {
                    out.push_str(&format!("    {not_answered}\n"));
                }
                for line in answer.lines.iter().flat_map(|l| l.lines()) {
                    out.push_str(&format!("    {line}\n"));
                }
            }
        }
        // CRLF: the file opens line by line in every editor, Windows' Notepad included.
        out.replace('\n', "\r\n")
    }

    /// A file name for the download: the reference, kept to letters, digits and `-`.
    pub fn file_name(&self) -> String {
        let safe: String = self
            .reference
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(64)
            .collect();
        if safe.is_empty() {
            format!("{}-response.txt", self.form_id)
        } else {
            format!("{safe}.txt")
        }
    }
}

/// Reads a stored copy of form `form_id`'s response; `None` when it is not one this app
/// made (edited by hand, another version, another form, too large).
pub fn restore(form_id: &str, stored: &str) -> Option<SentResponse> {
    let response: SentResponse = serde_json::from_str(stored).ok()?;
    let long = |s: &String| s.chars().count() > MAX_CHARS;
    let sound = response.version == RESPONSE_VERSION
        && response.form_id == form_id
        && crate::content::is_iso_date(&response.sent_at)
        && crate::locale::find(&response.locale).is_some()
        && !response.reference.trim().is_empty()
        && !long(&response.title)
        && !long(&response.reference)
        && response.sections.len() <= MAX_SECTIONS
        && response
            .sections
            .iter()
            .map(|s| s.answers.len())
            .sum::<usize>()
            <= MAX_ANSWERS
        && response.sections.iter().all(|s| {
            !long(&s.title)
                && s.answers
                    .iter()
                    .all(|a| !long(&a.label) && a.lines.len() <= 1000 && !a.lines.iter().any(long))
        });
    sound.then_some(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response() -> SentResponse {
        SentResponse {
            version: RESPONSE_VERSION,
            form_id: "contact".into(),
            title: "Contact the city".into(),
            locale: "en".into(),
            reference: "SC-2026-000123".into(),
            sent_at: "2026-12-04T01:30:00Z".into(),
            minutes: Some(65),
            sections: vec![ResponseSection {
                title: "About you".into(),
                answers: vec![
                    ResponseAnswer {
                        question_id: "name".into(),
                        label: "Name".into(),
                        lines: vec!["Aiko Tanaka".into()],
                    },
                    ResponseAnswer {
                        question_id: "body".into(),
                        label: "Your message".into(),
                        lines: vec!["Line one\nLine two".into()],
                    },
                    ResponseAnswer {
                        question_id: "phone".into(),
                        label: "Phone".into(),
                        lines: vec![],
                    },
                ],
            }],
        }
    }

    #[test]
    fn minutes_are_rounded_up_and_bounded() {
        assert_eq!(minutes_between(0.0, 1.0), Some(1));
        assert_eq!(minutes_between(0.0, 60_000.0), Some(1));
        assert_eq!(minutes_between(0.0, 60_001.0), Some(2));
        assert_eq!(minutes_between(10.0, 0.0), None);
        assert_eq!(minutes_between(0.0, 91.0 * 86_400_000.0), None);
        assert_eq!(minutes_between(f64::NAN, 0.0), None);
        assert_eq!(hours_and_minutes(65), (1, 5));
        assert_eq!(hours_and_minutes(59), (0, 59));
    }

    #[test]
    fn a_stored_copy_round_trips_and_tampering_is_refused() {
        let r = response();
        assert_eq!(restore("contact", &r.encode()), Some(r.clone()));
        assert_eq!(
            restore("e-government-survey", &r.encode()),
            None,
            "another form"
        );
        assert_eq!(restore("contact", "{not json"), None);
        let mut old = r.clone();
        old.version = 0;
        assert_eq!(restore("contact", &old.encode()), None);
        let mut bad_date = r.clone();
        bad_date.sent_at = "yesterday".into();
        assert_eq!(restore("contact", &bad_date.encode()), None);
        let mut bad_locale = r.clone();
        bad_locale.locale = "xx".into();
        assert_eq!(restore("contact", &bad_locale.encode()), None);
        let mut huge = r.clone();
        huge.sections[0].answers[0].lines = vec!["x".repeat(MAX_CHARS + 1)];
        assert_eq!(restore("contact", &huge.encode()), None);
        let extra = r.encode().replacen('{', "{\"script\":\"x\",", 1);
        assert_eq!(restore("contact", &extra), None, "unknown fields");
    }

    #[test]
    fn the_text_file_has_every_answer_and_the_header() {
        let header = vec![
            ("Reference".to_string(), "SC-2026-000123".to_string()),
            (
                "Time to complete".to_string(),
                "1 hour 5 minutes".to_string(),
            ),
        ];
        let text = response().to_text(&header, "Not answered");
        assert!(text.starts_with("Contact the city\r\n================\r\n"));
        assert!(text.contains("Reference: SC-2026-000123\r\n"));
        assert!(text.contains("Time to complete: 1 hour 5 minutes\r\n"));
        assert!(text.contains("About you\r\n---------\r\n"));
        assert!(text.contains("Name\r\n    Aiko Tanaka\r\n"));
        assert!(text.contains("    Line one\r\n    Line two\r\n"), "{text}");
        assert!(text.contains("Phone\r\n    Not answered\r\n"));
        assert!(!text.contains("\n\n\n"));
        assert_eq!(response().file_name(), "SC-2026-000123.txt");
        let mut odd = response();
        odd.reference = "../../etc".into();
        assert_eq!(odd.file_name(), "etc.txt");
        odd.reference = "//".into();
        assert_eq!(odd.file_name(), "contact-response.txt");
    }
}
