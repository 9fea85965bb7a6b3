//! The journey through a form, without a browser: which step a URL names, which errors
//! belong to a step, what "check your answers" shows, how a checkbox click changes an answer,
//! and how the three parts of a date input become one answer.

use std::collections::BTreeMap;

use crate::content::{Answer, FormDefinition, Question, QuestionKind};

use super::{asked, check_answer};

/// Where the visitor is in a form, from the `step` query parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The form's introduction (no `step`).
    Start,
    /// Section `n` (0-based; `?step=1` is the first section).
    Section(usize),
    /// "Check your answers" (`?step=check`).
    Check,
    /// The confirmation after submitting (`?step=done`).
    Done,
}

impl Step {
    /// Reads the `step` parameter; anything unknown or out of range is the start.
    pub fn parse(param: Option<&str>, sections: usize) -> Step {
        match param {
            Some("check") => Step::Check,
            Some("done") => Step::Done,
            Some(n) => match n.parse::<usize>() {
                Ok(n) if (1..=sections).contains(&n) => Step::Section(n - 1),
                _ => Step::Start,
            },
            None => Step::Start,
        }
    }

    /// The `step` parameter for this step (`None` for the start).
    pub fn param(self) -> Option<String> {
        match self {
            Step::Start => None,
            Step::Section(n) => Some((n + 1).to_string()),
            Step::Check => Some("check".into()),
            Step::Done => Some("done".into()),
        }
    }
}

/// Error codes of the asked questions of section `index`.
pub fn section_errors(
    def: &FormDefinition,
    index: usize,
    answers: &BTreeMap<String, Answer>,
) -> BTreeMap<String, Vec<String>> {
    let asked = asked(def, answers);
    def.sections
        .get(index)
        .map(|section| {
            section
                .questions
                .iter()
                .filter(|q| asked.contains(q.id.as_str()))
                .filter_map(|q| {
                    let codes = check_answer(q, answers.get(&q.id));
                    (!codes.is_empty())
                        .then(|| (q.id.clone(), codes.into_iter().map(String::from).collect()))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The index of the section that holds question `id`.
pub fn section_of(def: &FormDefinition, id: &str) -> Option<usize> {
    def.sections
        .iter()
        .position(|s| s.questions.iter().any(|q| q.id == id))
}

/// The first section with an error in `errors` (server errors, for instance).
pub fn first_section_with_errors(
    def: &FormDefinition,
    errors: &BTreeMap<String, Vec<String>>,
) -> Option<usize> {
    errors.keys().filter_map(|id| section_of(def, id)).min()
}

/// How an answer reads on "check your answers".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Not answered.
    Nothing,
    /// Text as entered (lines kept).
    Text(String),
    /// The labels of the chosen options, in the form's order.
    Choices(Vec<String>),
    /// A yes/no answer (the app translates it).
    YesNo(bool),
    /// A date `YYYY-MM-DD` (the app formats it for the locale).
    Date(String),
}

/// What "check your answers" shows for `question`.
pub fn shown_answer(question: &Question, answer: Option<&Answer>) -> Shown {
    let label_of = |v: &str| {
        question
            .options
            .iter()
            .find(|o| o.value == v)
            .map(|o| o.label.clone())
    };
    match (question.kind, answer) {
        (_, None) => Shown::Nothing,
        (QuestionKind::Checkboxes, Some(Answer::Many(values))) if !values.is_empty() => {
            Shown::Choices(
                question
                    .options
                    .iter()
                    .filter(|o| values.contains(&o.value))
                    .map(|o| o.label.clone())
                    .collect(),
            )
        }
        (_, Some(Answer::Text(t))) if t.trim().is_empty() => Shown::Nothing,
        (QuestionKind::Radios | QuestionKind::Select, Some(Answer::Text(t))) => {
            label_of(t).map_or(Shown::Text(t.clone()), |l| Shown::Choices(vec![l]))
        }
        (QuestionKind::YesNo, Some(Answer::Text(t))) if t == "yes" || t == "no" => {
            Shown::YesNo(t == "yes")
        }
        (QuestionKind::Date, Some(Answer::Text(t))) if super::is_date(t) => Shown::Date(t.clone()),
        (_, Some(Answer::Text(t))) => Shown::Text(t.clone()),
        (_, Some(Answer::Many(_))) => Shown::Nothing,
    }
}

/// The answer to a checkbox question after the visitor (un)ticks `value`: an exclusive
/// option ("None of these") clears the others, and any other option clears the exclusive
/// ones. Keeps the options' order.
pub fn toggle_choice(
    question: &Question,
    current: &[String],
    value: &str,
    on: bool,
) -> Vec<String> {
    let exclusive = |v: &str| question.options.iter().any(|o| o.value == v && o.exclusive);
    question
        .options
        .iter()
        .map(|o| o.value.as_str())
        .filter(|v| {
            if *v == value {
                on
            } else if on && (exclusive(value) || exclusive(v)) {
                false
            } else {
                current.iter().any(|c| c == v)
            }
        })
        .map(String::from)
        .collect()
}

/// The answer of a date input from its three fields: `""` when all are empty, `YYYY-MM-DD`
/// (zero-padded) when they are numbers, otherwise the parts as typed joined by `-`, which
/// fails validation with `invalid_date` but keeps what was typed.
pub fn join_date(year: &str, month: &str, day: &str) -> String {
    let clean = |s: &str| s.trim().replace('-', "");
    let (y, m, d) = (clean(year), clean(month), clean(day));
    if y.is_empty() && m.is_empty() && d.is_empty() {
        return String::new();
    }
    let num = |s: &str, width: usize| match s.parse::<u32>() {
        Ok(n) if s.len() <= width => Some(format!("{n:0width$}")),
        _ => None,
    };
    // The year is never padded: "2" while typing "2026" must stay "2".
    match (num(&m, 2), num(&d, 2)) {
        (Some(m), Some(d)) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{y}-{m}-{d}")
        }
        _ => format!("{y}-{m}-{d}"),
    }
}

/// The three fields (year, month, day) of a date answer, as [`join_date`] made it.
pub fn split_date(answer: &str) -> (String, String, String) {
    let mut parts = answer.splitn(3, '-').map(|p| {
        p.strip_prefix('0')
            .filter(|rest| !rest.is_empty() && p.len() == 2)
            .unwrap_or(p)
            .to_string()
    });
    (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    )
}

/// Full-width digits and signs (`０-９`, `＋`, `－`, `（`, `）`, ideographic space), as Japanese,
/// Chinese and Korean input methods often type them, turned into their ASCII forms, for the
/// answers of number, percentage, telephone and date fields.
pub fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '＋' => '+',
            '－' | 'ー' | '−' | '‐' => '-',
            '（' => '(',
            '）' => ')',
            '\u{3000}' => ' ',
            '．' => '.',
            _ => c,
        })
        .collect()
}

/// Characters left in an answer limited to `max` (negative when over).
pub fn chars_left(max: u32, text: &str) -> i64 {
    i64::from(max) - text.chars().count() as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Choice, FormSection};

    fn question(kind: QuestionKind, options: &[(&str, bool)]) -> Question {
        Question {
            id: "q".into(),
            kind,
            label: "Q".into(),
            hint: None,
            required: true,
            options: options
                .iter()
                .map(|(v, exclusive)| Choice {
                    value: v.to_string(),
                    label: v.to_uppercase(),
                    hint: None,
                    exclusive: *exclusive,
                })
                .collect(),
            max_length: None,
            min: None,
            max: None,
            show_if: None,
        }
    }

    #[test]
    fn steps_round_trip_and_unknown_steps_are_the_start() {
        for step in [
            Step::Start,
            Step::Section(0),
            Step::Section(8),
            Step::Check,
            Step::Done,
        ] {
            assert_eq!(Step::parse(step.param().as_deref(), 9), step);
        }
        for bad in ["0", "10", "-1", "two", "", "1e3"] {
            assert_eq!(Step::parse(Some(bad), 9), Step::Start, "{bad}");
        }
    }

    #[test]
    fn exclusive_options_clear_the_others_and_back() {
        let q = question(
            QuestionKind::Checkboxes,
            &[("web", false), ("app", false), ("none", true)],
        );
        let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            toggle_choice(&q, &s(&["app"]), "web", true),
            s(&["web", "app"])
        );
        assert_eq!(
            toggle_choice(&q, &s(&["web", "app"]), "none", true),
            s(&["none"])
        );
        assert_eq!(toggle_choice(&q, &s(&["none"]), "app", true), s(&["app"]));
        assert_eq!(
            toggle_choice(&q, &s(&["web", "app"]), "web", false),
            s(&["app"])
        );
        assert_eq!(toggle_choice(&q, &s(&["zzz"]), "web", true), s(&["web"]));
    }

    #[test]
    fn dates_join_split_and_keep_what_was_typed() {
        assert_eq!(join_date("2026", "4", "1"), "2026-04-01");
        assert_eq!(
            split_date("2026-04-01"),
            ("2026".into(), "4".into(), "1".into())
        );
        assert_eq!(join_date("", " ", ""), "");
        // Typing a year digit by digit keeps what was typed.
        assert_eq!(split_date(&join_date("2", "11", "20")).0, "2");
        assert_eq!(split_date(&join_date("202", "11", "20")).0, "202");
        let odd = join_date("26", "13", "x");
        assert_eq!(split_date(&odd), ("26".into(), "13".into(), "x".into()));
        assert!(!crate::forms::is_date(&odd));
        assert_eq!(join_date("2026", "02", "30"), "2026-02-30");
        assert!(!crate::forms::is_date("2026-02-30"));
        assert_eq!(
            split_date("2026-10-10"),
            ("2026".into(), "10".into(), "10".into())
        );
    }

    #[test]
    fn full_width_digits_become_ascii() {
        assert_eq!(ascii_digits("０３－１２３４－５６７８"), "03-1234-5678");
        assert_eq!(ascii_digits("＋８１ ３"), "+81 3");
        assert_eq!(ascii_digits("４２"), "42");
        assert_eq!(ascii_digits("東京 42"), "東京 42");
    }

    #[test]
    fn shown_answers_use_option_labels() {
        let radios = question(QuestionKind::Radios, &[("a", false), ("b", false)]);
        assert_eq!(
            shown_answer(&radios, Some(&Answer::Text("b".into()))),
            Shown::Choices(vec!["B".into()])
        );
        let boxes = question(QuestionKind::Checkboxes, &[("a", false), ("b", false)]);
        assert_eq!(
            shown_answer(&boxes, Some(&Answer::Many(vec!["b".into(), "a".into()]))),
            Shown::Choices(vec!["A".into(), "B".into()])
        );
        let yes_no = question(QuestionKind::YesNo, &[]);
        assert_eq!(
            shown_answer(&yes_no, Some(&Answer::Text("no".into()))),
            Shown::YesNo(false)
        );
        assert_eq!(
            shown_answer(&yes_no, Some(&Answer::Text(" ".into()))),
            Shown::Nothing
        );
        assert_eq!(shown_answer(&yes_no, None), Shown::Nothing);
    }

    #[test]
    fn errors_are_found_per_section() {
        let mut a = question(QuestionKind::Text, &[]);
        a.id = "a".into();
        let mut b = question(QuestionKind::Email, &[]);
        b.id = "b".into();
        let def = FormDefinition {
            draft_days: 7,
            results: None,
            id: "f".into(),
            locale: "en".into(),
            title: "F".into(),
            intro: None,
            privacy_notice: None,
            sections: vec![
                FormSection {
                    id: "one".into(),
                    title: "One".into(),
                    intro: None,
                    questions: vec![a],
                },
                FormSection {
                    id: "two".into(),
                    title: "Two".into(),
                    intro: None,
                    questions: vec![b],
                },
            ],
        };
        let mut answers = BTreeMap::new();
        answers.insert("b".to_string(), Answer::Text("not an address".into()));
        let first = section_errors(&def, 0, &answers);
        assert_eq!(first.get("a"), Some(&vec!["required".to_string()]));
        assert_eq!(
            section_errors(&def, 1, &answers).get("b"),
            Some(&vec!["invalid_email".to_string()])
        );
        assert_eq!(
            first_section_with_errors(&def, &section_errors(&def, 1, &answers)),
            Some(1)
        );
        assert_eq!(section_of(&def, "zzz"), None);
        assert_eq!(chars_left(10, "日本語"), 7);
    }
}
