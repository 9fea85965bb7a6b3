//! Checking form definitions and answers.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::content::{is_iso_date, is_valid_slug, Answer, FormDefinition, Question, QuestionKind};

/// Error codes of a single answer, as sent in `SubmissionErrors` and translated by the app.
pub mod code {
    pub const REQUIRED: &str = "required";
    pub const TOO_LONG: &str = "too_long";
    pub const INVALID_EMAIL: &str = "invalid_email";
    pub const INVALID_TEL: &str = "invalid_tel";
    pub const INVALID_URL: &str = "invalid_url";
    pub const INVALID_DATE: &str = "invalid_date";
    pub const INVALID_NUMBER: &str = "invalid_number";
    pub const TOO_SMALL: &str = "too_small";
    pub const TOO_LARGE: &str = "too_large";
    pub const INVALID_CHOICE: &str = "invalid_choice";
    /// An answer to a question the form does not have (or does not ask now).
    pub const UNKNOWN_QUESTION: &str = "unknown_question";
}

/// The longest answer accepted when a question sets no `max_length` (a safety limit).
pub const DEFAULT_MAX_LENGTH: usize = 10_000;

/// Checks a definition: unique question ids (slugs or snake-style ids), choices for the
/// choice kinds, and conditions that refer to an earlier question.
pub fn check_definition(def: &FormDefinition) -> Result<(), String> {
    if !is_valid_slug(&def.id) {
        return Err(format!("form id `{}` is not a slug", def.id));
    }
    if !(1..=90).contains(&def.draft_days) {
        return Err(format!(
            "draft_days must be 1 to 90, found {}",
            def.draft_days
        ));
    }
    if let Some(results) = &def.results {
        if !(2..=1000).contains(&results.min_count) {
            return Err(format!(
                "results.min_count must be 2 to 1000, found {}",
                results.min_count
            ));
        }
    }
    // The questions so far, by id: every check below is a lookup, so a long form is checked
    // in linear time.
    let mut seen: HashMap<&str, &Question> = HashMap::new();
    let mut sections: HashSet<&str> = HashSet::new();
    for section in &def.sections {
        if !sections.insert(section.id.as_str()) {
            return Err(format!("section id `{}` is used twice", section.id));
        }
        for q in &section.questions {
            let id_ok = !q.id.is_empty()
                && q.id.len() <= 64
                && q.id.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-'
                });
            if !id_ok {
                return Err(format!(
                    "question id `{}` must be lower-case letters, digits, `_` or `-`",
                    q.id
                ));
            }
            if seen.contains_key(q.id.as_str()) {
                return Err(format!("question id `{}` is used twice", q.id));
            }
            let needs_options = matches!(
                q.kind,
                QuestionKind::Radios | QuestionKind::Checkboxes | QuestionKind::Select
            );
            if needs_options && q.options.is_empty() {
                return Err(format!("question `{}` needs options", q.id));
            }
            let mut values: Vec<&str> = q.options.iter().map(|o| o.value.as_str()).collect();
            values.sort_unstable();
            if values.windows(2).any(|w| w[0] == w[1]) {
                return Err(format!(
                    "question `{}` has two options with one value",
                    q.id
                ));
            }
            if let Some(cond) = &q.show_if {
                let Some(parent) = seen.get(cond.question.as_str()).copied() else {
                    return Err(format!(
                        "question `{}` depends on `{}`, which is not asked before it",
                        q.id, cond.question
                    ));
                };
                // The condition must be able to hold: values the earlier question can have.
                let possible = |v: &str| match parent.kind {
                    QuestionKind::YesNo => v == "yes" || v == "no",
                    QuestionKind::Radios | QuestionKind::Select | QuestionKind::Checkboxes => {
                        parent.options.iter().any(|o| o.value == v)
                    }
                    _ => !v.is_empty(),
                };
                if cond.any_of.is_empty() || !cond.any_of.iter().all(|v| possible(v)) {
                    return Err(format!(
                        "question `{}`: show_if names a value `{}` cannot have",
                        q.id, cond.question
                    ));
                }
            }
            if let (Some(min), Some(max)) = (q.min, q.max) {
                if min > max {
                    return Err(format!("question `{}`: min is greater than max", q.id));
                }
            }
            seen.insert(q.id.as_str(), q);
        }
    }
    Ok(())
}

fn questions(def: &FormDefinition) -> impl Iterator<Item = &Question> {
    def.sections.iter().flat_map(|s| s.questions.iter())
}

fn answer_values(answer: Option<&Answer>) -> Vec<&str> {
    match answer {
        Some(Answer::Text(t)) if !t.trim().is_empty() => vec![t.trim()],
        Some(Answer::Many(v)) => v
            .iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect(),
        _ => Vec::new(),
    }
}

/// The ids of the questions asked given the answers so far, found in one pass over the form
/// in order: a conditional question is asked when the question it depends on (always an
/// earlier one: [`check_definition`]) is asked and its answer is (or includes) one of the
/// values. Linear in the number of questions, however long a chain of conditions is.
pub fn asked<'a>(def: &'a FormDefinition, answers: &BTreeMap<String, Answer>) -> HashSet<&'a str> {
    let mut asked = HashSet::new();
    for q in questions(def) {
        let shown = match &q.show_if {
            None => true,
            Some(cond) => {
                asked.contains(cond.question.as_str())
                    && answer_values(answers.get(&cond.question))
                        .iter()
                        .any(|v| cond.any_of.iter().any(|a| a == v))
            }
        };
        if shown {
            asked.insert(q.id.as_str());
        }
    }
    asked
}

/// Whether `question` is asked given the answers so far (see [`asked`]; to ask about every
/// question, call that once instead).
pub fn is_asked(
    def: &FormDefinition,
    answers: &BTreeMap<String, Answer>,
    question: &Question,
) -> bool {
    question.show_if.is_none() || asked(def, answers).contains(question.id.as_str())
}

/// The answers to questions that are asked, without empty ones: what is submitted and
/// stored (answers to questions that became hidden are dropped).
pub fn asked_answers(
    def: &FormDefinition,
    answers: &BTreeMap<String, Answer>,
) -> BTreeMap<String, Answer> {
    let asked = asked(def, answers);
    questions(def)
        .filter(|q| asked.contains(q.id.as_str()))
        .filter_map(|q| {
            let a = answers.get(&q.id)?;
            (!answer_values(Some(a)).is_empty()).then(|| (q.id.clone(), a.clone()))
        })
        .collect()
}

/// The error codes of one answer (empty when valid).
pub fn check_answer(question: &Question, answer: Option<&Answer>) -> Vec<&'static str> {
    let values = answer_values(answer);
    if values.is_empty() {
        return if question.required {
            vec![code::REQUIRED]
        } else {
            Vec::new()
        };
    }
    let many = matches!(answer, Some(Answer::Many(_)));
    if many != (question.kind == QuestionKind::Checkboxes) {
        return vec![code::INVALID_CHOICE];
    }
    let max_len = question
        .max_length
        .map(|m| m as usize)
        .unwrap_or(DEFAULT_MAX_LENGTH);
    let mut errors = Vec::new();
    for value in &values {
        if value.chars().count() > max_len {
            errors.push(code::TOO_LONG);
            break;
        }
        let problem = match question.kind {
            QuestionKind::Email if !is_email(value) => Some(code::INVALID_EMAIL),
            QuestionKind::Tel if !is_tel(value) => Some(code::INVALID_TEL),
            QuestionKind::Url if !is_url(value) => Some(code::INVALID_URL),
            QuestionKind::UrlList
                if !value
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .all(is_url) =>
            {
                Some(code::INVALID_URL)
            }
            QuestionKind::Date if !is_date(value) => Some(code::INVALID_DATE),
            QuestionKind::Number | QuestionKind::Percentage => number_problem(question, value),
            QuestionKind::Radios | QuestionKind::Select | QuestionKind::Checkboxes
                if !question.options.iter().any(|o| o.value == *value) =>
            {
                Some(code::INVALID_CHOICE)
            }
            QuestionKind::YesNo if !matches!(*value, "yes" | "no") => Some(code::INVALID_CHOICE),
            _ => None,
        };
        if let Some(p) = problem {
            errors.push(p);
            break;
        }
    }
    if question.kind == QuestionKind::Checkboxes && errors.is_empty() {
        let exclusive = values.iter().any(|v| {
            question
                .options
                .iter()
                .any(|o| o.value == *v && o.exclusive)
        });
        let mut unique = values.clone();
        unique.sort_unstable();
        unique.dedup();
        if (exclusive && values.len() > 1) || unique.len() != values.len() {
            errors.push(code::INVALID_CHOICE);
        }
    }
    errors
}

fn number_problem(question: &Question, value: &str) -> Option<&'static str> {
    let Ok(n) = value.parse::<i64>() else {
        return Some(code::INVALID_NUMBER);
    };
    let (min, max) = if question.kind == QuestionKind::Percentage {
        (Some(0), Some(100))
    } else {
        (question.min, question.max)
    };
    if min.is_some_and(|m| n < m) {
        Some(code::TOO_SMALL)
    } else if max.is_some_and(|m| n > m) {
        Some(code::TOO_LARGE)
    } else {
        None
    }
}

/// Validates a whole set of answers: every asked question, and no answer to a question that
/// does not exist or is not asked. `Err` maps question ids to error codes.
pub fn check_answers(
    def: &FormDefinition,
    answers: &BTreeMap<String, Answer>,
) -> Result<(), BTreeMap<String, Vec<String>>> {
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let asked = asked(def, answers);
    for q in questions(def).filter(|q| asked.contains(q.id.as_str())) {
        let codes = check_answer(q, answers.get(&q.id));
        if !codes.is_empty() {
            errors.insert(q.id.clone(), codes.into_iter().map(String::from).collect());
        }
    }
    for id in answers.keys() {
        if !asked.contains(id.as_str()) && !answer_values(answers.get(id)).is_empty() {
            errors.insert(id.clone(), vec![code::UNKNOWN_QUESTION.to_string()]);
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// A plausible email address: one `@`, something before it, a dot in the domain, no spaces.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && domain.len() <= 253
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A telephone number: digits with optional `+` at the start and spaces, hyphens, dots or
/// parentheses between them; 5 to 20 digits.
pub fn is_tel(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (5..=20).contains(&digits)
        && s.char_indices().all(|(i, c)| {
            c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')') || (c == '+' && i == 0)
        })
}

/// An absolute `http`/`https` URL with a host and no spaces.
pub fn is_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty()
            && host.contains('.')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// A real calendar date `YYYY-MM-DD` (leap years included).
pub fn is_date(s: &str) -> bool {
    if s.len() != 10 || !is_iso_date(s) {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (
        s[..4].parse::<u32>(),
        s[5..7].parse::<u32>(),
        s[8..].parse::<u32>(),
    ) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Choice, Condition, FormSection};

    fn q(id: &str, kind: QuestionKind) -> Question {
        crate::forms::testing::question(id, kind, &[])
    }

    fn choice(value: &str, exclusive: bool) -> Choice {
        Choice {
            value: value.into(),
            label: value.into(),
            hint: None,
            exclusive,
        }
    }

    fn form() -> FormDefinition {
        let has_strategy = Question {
            required: true,
            ..q("has_strategy", QuestionKind::YesNo)
        };
        let strategy_url = Question {
            required: true,
            show_if: Some(Condition {
                question: "has_strategy".into(),
                any_of: vec!["yes".into()],
            }),
            ..q("strategy_url", QuestionKind::Url)
        };
        let channels = Question {
            options: vec![
                choice("web", false),
                choice("app", false),
                choice("none", true),
            ],
            ..q("channels", QuestionKind::Checkboxes)
        };
        let app_users = Question {
            show_if: Some(Condition {
                question: "channels".into(),
                any_of: vec!["app".into()],
            }),
            ..q("app_share", QuestionKind::Percentage)
        };
        FormDefinition {
            draft_days: 7,
            results: None,
            id: "survey".into(),
            locale: "en".into(),
            title: "Survey".into(),
            intro: None,
            privacy_notice: None,
            sections: vec![FormSection {
                id: "s1".into(),
                title: "Strategy".into(),
                intro: None,
                questions: vec![
                    has_strategy,
                    strategy_url,
                    channels,
                    app_users,
                    Question {
                        max_length: Some(10),
                        ..q("note", QuestionKind::Textarea)
                    },
                    Question {
                        required: true,
                        ..q("email", QuestionKind::Email)
                    },
                ],
            }],
        }
    }

    fn answers(pairs: &[(&str, Answer)]) -> BTreeMap<String, Answer> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    fn text(s: &str) -> Answer {
        Answer::Text(s.into())
    }

    #[test]
    fn the_sample_definition_is_sound() {
        check_definition(&form()).unwrap();
    }

    #[test]
    fn sections_options_and_conditions_must_be_consistent() {
        let mut twice = form();
        twice.sections.push(twice.sections[0].clone());
        twice.sections[1].questions.clear();
        assert!(check_definition(&twice).unwrap_err().contains("section id"));

        let mut typo = form();
        typo.sections[0].questions[1]
            .show_if
            .as_mut()
            .unwrap()
            .any_of = vec!["Yes".into()];
        assert!(check_definition(&typo).unwrap_err().contains("show_if"));

        let mut empty = form();
        empty.sections[0].questions[1]
            .show_if
            .as_mut()
            .unwrap()
            .any_of
            .clear();
        assert!(check_definition(&empty).is_err());

        let mut same = form();
        same.sections[0].questions[2].options[1].value = "web".into();
        assert!(check_definition(&same).unwrap_err().contains("two options"));
    }

    #[test]
    fn unsound_definitions_are_refused() {
        let mut f = form();
        f.sections[0].questions[1]
            .show_if
            .as_mut()
            .unwrap()
            .question = "email".into();
        assert!(check_definition(&f)
            .unwrap_err()
            .contains("not asked before"));
        let mut f = form();
        f.sections[0].questions[5].id = "note".into();
        assert!(check_definition(&f).unwrap_err().contains("twice"));
        let mut f = form();
        f.sections[0].questions[2].options.clear();
        assert!(check_definition(&f).unwrap_err().contains("options"));
    }

    #[test]
    fn conditional_questions_follow_earlier_answers() {
        let f = form();
        let url_q = &f.sections[0].questions[1];
        assert!(!is_asked(&f, &answers(&[]), url_q));
        assert!(!is_asked(
            &f,
            &answers(&[("has_strategy", text("no"))]),
            url_q
        ));
        assert!(is_asked(
            &f,
            &answers(&[("has_strategy", text("yes"))]),
            url_q
        ));
        let share = &f.sections[0].questions[3];
        let many = |v: &[&str]| Answer::Many(v.iter().map(|s| s.to_string()).collect());
        assert!(is_asked(
            &f,
            &answers(&[("channels", many(&["web", "app"]))]),
            share
        ));
        assert!(!is_asked(
            &f,
            &answers(&[("channels", many(&["web"]))]),
            share
        ));
    }

    #[test]
    fn required_and_conditional_required_answers() {
        let f = form();
        let err = check_answers(&f, &answers(&[])).unwrap_err();
        assert_eq!(err["has_strategy"], vec!["required"]);
        assert_eq!(err["email"], vec!["required"]);
        assert!(
            !err.contains_key("strategy_url"),
            "not asked, so not required"
        );
        let err = check_answers(
            &f,
            &answers(&[("has_strategy", text("yes")), ("email", text("a@b.jp"))]),
        )
        .unwrap_err();
        assert_eq!(err.keys().collect::<Vec<_>>(), vec!["strategy_url"]);
        check_answers(
            &f,
            &answers(&[
                ("has_strategy", text("yes")),
                ("strategy_url", text("https://city.example/strategy")),
                ("email", text("a@b.jp")),
            ]),
        )
        .unwrap();
    }

    #[test]
    fn each_kind_has_its_error_code() {
        let f = form();
        let base = [("has_strategy", text("no")), ("email", text("a@b.jp"))];
        let check = |extra: (&str, Answer)| {
            let mut a = answers(&base);
            a.insert(extra.0.into(), extra.1);
            check_answers(&f, &a)
                .err()
                .map(|e| e.values().flatten().cloned().collect::<Vec<_>>())
        };
        let many = |v: &[&str]| Answer::Many(v.iter().map(|s| s.to_string()).collect());
        assert_eq!(
            check(("email", text("not an email"))),
            Some(vec!["invalid_email".into()])
        );
        assert_eq!(
            check(("note", text("far too long for ten"))),
            Some(vec!["too_long".into()])
        );
        assert_eq!(
            check(("channels", many(&["web", "fax"]))),
            Some(vec!["invalid_choice".into()])
        );
        assert_eq!(
            check(("channels", many(&["web", "none"]))),
            Some(vec!["invalid_choice".into()])
        );
        assert_eq!(
            check(("channels", many(&["web", "web"]))),
            Some(vec!["invalid_choice".into()])
        );
        assert_eq!(
            check(("channels", text("web"))),
            Some(vec!["invalid_choice".into()])
        );
        assert_eq!(
            check(("has_strategy", text("maybe"))),
            Some(vec!["invalid_choice".into()])
        );
        assert_eq!(
            check(("smuggled", text("x"))),
            Some(vec!["unknown_question".into()])
        );
        // An answer to a question that is no longer asked is refused too.
        assert_eq!(
            check(("strategy_url", text("https://x.example"))),
            Some(vec!["unknown_question".into()])
        );
        let mut a = answers(&base);
        a.insert("channels".into(), many(&["app"]));
        a.insert("app_share".into(), text("120"));
        assert_eq!(
            check_answers(&f, &a).unwrap_err()["app_share"],
            vec!["too_large"]
        );
        a.insert("app_share".into(), text("12.5"));
        assert_eq!(
            check_answers(&f, &a).unwrap_err()["app_share"],
            vec!["invalid_number"]
        );
        a.insert("app_share".into(), text("45"));
        check_answers(&f, &a).unwrap();
    }

    #[test]
    fn hidden_answers_are_dropped_before_submitting() {
        let f = form();
        let a = answers(&[
            ("has_strategy", text("no")),
            ("strategy_url", text("https://old.example")),
            ("email", text("a@b.jp")),
            ("note", text("  ")),
        ]);
        let kept = asked_answers(&f, &a);
        assert_eq!(
            kept.keys().collect::<Vec<_>>(),
            vec!["email", "has_strategy"]
        );
        check_answers(&f, &kept).unwrap();
    }

    #[test]
    fn formats() {
        for ok in ["a@b.jp", "first.last+tag@city.example.org"] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in ["", "a@", "@b.jp", "a@b", "a b@c.jp", "a@@b.jp", "a@.jp"] {
            assert!(!is_email(bad), "{bad}");
        }
        for ok in ["03-0000-0000", "+81 3 0000 0000", "(03) 0000.0000"] {
            assert!(is_tel(ok), "{ok}");
        }
        for bad in ["12", "03-0000-000a", "0+3000000", ""] {
            assert!(!is_tel(bad), "{bad}");
        }
        for ok in ["https://city.example", "http://a.example/b?c#d"] {
            assert!(is_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "https://",
            "ftp://a.example",
            "https://localhost",
            "https://a .example",
        ] {
            assert!(!is_url(bad), "{bad}");
        }
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2026-02-29"));
        assert!(!is_date("2026-04-31"));
        assert!(!is_date("2026-04-01T00:00"));
    }

    #[test]
    fn a_chain_of_twenty_thousand_conditions_is_checked_in_one_pass() {
        // Each question is asked when the one before is answered "yes". Checked question by
        // question along the chain this was cubic; it must stay linear (a submission to the
        // reference backend runs these checks).
        let n = 20_000;
        let questions: Vec<Question> = (0..n)
            .map(|i| Question {
                show_if: (i > 0).then(|| Condition {
                    question: format!("q{}", i - 1),
                    any_of: vec!["yes".into()],
                }),
                ..q(&format!("q{i}"), QuestionKind::YesNo)
            })
            .collect();
        let mut def = form();
        def.sections[0].questions = questions;
        assert_eq!(check_definition(&def), Ok(()));
        let all_yes: BTreeMap<String, Answer> =
            (0..n).map(|i| (format!("q{i}"), text("yes"))).collect();
        assert_eq!(asked(&def, &all_yes).len(), n);
        assert_eq!(asked_answers(&def, &all_yes).len(), n);
        assert_eq!(check_answers(&def, &all_yes), Ok(()));
        // A "no" halfway hides the rest, and their answers become unknown ones.
        let mut broken = all_yes.clone();
        broken.insert(format!("q{}", n / 2), text("no"));
        assert_eq!(asked(&def, &broken).len(), n / 2 + 1);
        let errors = check_answers(&def, &broken).unwrap_err();
        assert_eq!(errors.len(), n / 2 - 1);
        assert!(!is_asked(&def, &broken, &def.sections[0].questions[n - 1]));
        assert!(is_asked(&def, &broken, &def.sections[0].questions[n / 2]));
    }
}
