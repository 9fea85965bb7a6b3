//! A form's published results: counting the stored responses of its choice questions (the
//! reference backend), and checking what a backend sent before it is charted (the app).
//! Free-text answers are never counted, and a count below the form's `min_count` is
//! withheld, so that a few respondents cannot be picked out.

use std::collections::BTreeMap;

use crate::content::{
    Answer, FormDefinition, OptionCount, Question, QuestionKind, QuestionResults, SurveyResults,
};

/// The values of a yes/no question's two options, in the order they are shown.
pub const YES_NO_VALUES: [&str; 2] = ["yes", "no"];

/// Whether `question` is counted in the results: one of the choice kinds.
pub fn is_counted(question: &Question) -> bool {
    matches!(
        question.kind,
        QuestionKind::Radios
            | QuestionKind::Checkboxes
            | QuestionKind::Select
            | QuestionKind::YesNo
    )
}

/// The option values of a counted question, in the form's order.
pub fn option_values(question: &Question) -> Vec<&str> {
    match question.kind {
        QuestionKind::YesNo => YES_NO_VALUES.to_vec(),
        _ => question.options.iter().map(|o| o.value.as_str()).collect(),
    }
}

/// `count`, or `None` when it is above zero and below `min_count`.
pub fn published(count: u64, min_count: u32) -> Option<u64> {
    (count == 0 || count >= u64::from(min_count)).then_some(count)
}

/// Counts `responses` (the stored answers of each accepted submission) for `def`'s results.
/// `min_count` is the form's (or [`crate::content::DEFAULT_MIN_COUNT`]).
pub fn aggregate<'a>(
    def: &FormDefinition,
    responses: impl IntoIterator<Item = &'a BTreeMap<String, Answer>>,
    generated_at: String,
) -> SurveyResults {
    let min_count = def
        .results
        .as_ref()
        .map_or(crate::content::DEFAULT_MIN_COUNT, |r| r.min_count);
    let questions: Vec<&Question> = def
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .filter(|q| is_counted(q))
        .collect();
    // The option values of each question, found once (not once per response).
    let values: Vec<Vec<&str>> = questions.iter().map(|q| option_values(q)).collect();
    // answered, then one count per option, for each question.
    let mut counts: Vec<(u64, Vec<u64>)> = values.iter().map(|v| (0, vec![0; v.len()])).collect();
    let mut total = 0u64;
    for answers in responses {
        total += 1;
        for ((q, options), (answered, per_option)) in
            questions.iter().zip(&values).zip(counts.iter_mut())
        {
            let chosen: Vec<&str> = match answers.get(&q.id) {
                Some(Answer::Text(v)) if !v.is_empty() => vec![v.as_str()],
                Some(Answer::Many(values)) => values.iter().map(String::as_str).collect(),
                _ => Vec::new(),
            };
            let mut any = false;
            for (i, value) in options.iter().enumerate() {
                if chosen.contains(value) {
                    per_option[i] += 1;
                    any = true;
                }
            }
            if any {
                *answered += 1;
            }
        }
    }
    let questions = questions
        .iter()
        .zip(&values)
        .zip(counts)
        .map(|((q, options), (answered, per_option))| {
            let shown = published(answered, min_count);
            QuestionResults {
                id: q.id.clone(),
                answered: shown,
                options: options
                    .iter()
                    .zip(per_option)
                    .map(|(value, count)| OptionCount {
                        value: (*value).to_string(),
                        count: shown.and_then(|_| published(count, min_count)),
                    })
                    .collect(),
            }
        })
        .collect();
    SurveyResults {
        form_id: def.id.clone(),
        responses: total,
        min_count,
        generated_at,
        questions,
    }
}

/// Checks results a backend sent: for form `expected_id`, counts that cannot be larger than
/// the responses, a withheld count never shown below `min_count`.
pub fn check_results(results: &SurveyResults, expected_id: &str) -> Result<(), String> {
    if results.form_id != expected_id {
        return Err(format!(
            "form_id: expected `{expected_id}`, found `{}`",
            results.form_id
        ));
    }
    if results.min_count == 0 {
        return Err("min_count must be at least 1".into());
    }
    if results.questions.len() > 1000 {
        return Err("more than 1000 questions".into());
    }
    for q in &results.questions {
        if q.options.len() > 1000 {
            return Err(format!("questions.{}: more than 1000 options", q.id));
        }
        let answered = q.answered.unwrap_or(0);
        if answered > results.responses {
            return Err(format!(
                "questions.{}.answered: {answered} is more than the {} responses",
                q.id, results.responses
            ));
        }
        for o in &q.options {
            match o.count {
                Some(count) if count > answered => {
                    return Err(format!(
                    "questions.{}.options.{}.count: {count} is more than the {answered} answers",
                    q.id, o.value
                ))
                }
                Some(count) if count > 0 && count < u64::from(results.min_count) => {
                    return Err(format!(
                        "questions.{}.options.{}.count: {count} is below min_count {}",
                        q.id, o.value, results.min_count
                    ))
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// The share of `count` in `of`, in whole per cent (0 when `of` is 0).
pub fn percent(count: u64, of: u64) -> u32 {
    if of == 0 {
        return 0;
    }
    ((count as f64 * 100.0 / of as f64).round() as u32).min(100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{FormSection, ResultsSettings};
    use crate::forms::testing::question;

    fn survey(min_count: u32) -> FormDefinition {
        FormDefinition {
            id: "survey".into(),
            locale: "en".into(),
            title: "Survey".into(),
            intro: None,
            privacy_notice: None,
            draft_days: 7,
            results: Some(ResultsSettings {
                public: true,
                min_count,
            }),
            sections: vec![FormSection {
                id: "s".into(),
                title: "S".into(),
                intro: None,
                questions: vec![
                    question("name", QuestionKind::Text, &[]),
                    question("cdo", QuestionKind::YesNo, &[]),
                    question("channels", QuestionKind::Checkboxes, &["web", "app", "sms"]),
                    question("stage", QuestionKind::Radios, &["plan", "pilot"]),
                ],
            }],
        }
    }

    fn response(pairs: &[(&str, Answer)]) -> BTreeMap<String, Answer> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect()
    }

    fn text(v: &str) -> Answer {
        Answer::Text(v.into())
    }

    fn many(v: &[&str]) -> Answer {
        Answer::Many(v.iter().map(|s| (*s).to_string()).collect())
    }

    #[test]
    fn counts_choice_questions_only_and_never_text() {
        let responses: Vec<_> = (0..6)
            .map(|i| {
                response(&[
                    ("name", text(&format!("Respondent {i}"))),
                    ("cdo", text(if i < 5 { "yes" } else { "no" })),
                    (
                        "channels",
                        many(if i < 3 { &["web", "app"] } else { &["web"] }),
                    ),
                ])
            })
            .collect();
        let results = aggregate(&survey(2), &responses, "2026-12-04T00:00:00Z".into());
        assert_eq!(results.responses, 6);
        let ids: Vec<&str> = results.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(
            ids,
            ["cdo", "channels", "stage"],
            "the text question is not counted"
        );
        let json = serde_json::to_string(&results).unwrap();
        assert!(!json.contains("Respondent"), "no free text: {json}");
        let cdo = &results.questions[0];
        assert_eq!(cdo.answered, Some(6));
        assert_eq!(
            cdo.options[0],
            OptionCount {
                value: "yes".into(),
                count: Some(5)
            }
        );
        // 1 "no" is below min_count 2: withheld.
        assert_eq!(cdo.options[1].count, None);
        let channels = &results.questions[1];
        assert_eq!(channels.answered, Some(6));
        let counts: Vec<Option<u64>> = channels.options.iter().map(|o| o.count).collect();
        assert_eq!(
            counts,
            [Some(6), Some(3), Some(0)],
            "zero is shown, checkboxes add up past answered"
        );
        // Nobody answered "stage": zero answered, zero counts (nothing to withhold).
        assert_eq!(results.questions[2].answered, Some(0));
        check_results(&results, "survey").unwrap();
    }

    #[test]
    fn a_question_answered_by_too_few_withholds_every_count() {
        let responses: Vec<_> = (0..10)
            .map(|i| {
                if i < 3 {
                    response(&[("stage", text("plan"))])
                } else {
                    response(&[])
                }
            })
            .collect();
        let results = aggregate(&survey(5), &responses, String::new());
        let stage = results.questions.iter().find(|q| q.id == "stage").unwrap();
        assert_eq!(stage.answered, None);
        assert!(stage.options.iter().all(|o| o.count.is_none()));
        assert_eq!(results.min_count, 5);
    }

    #[test]
    fn values_the_form_does_not_have_are_not_counted() {
        let responses = [response(&[
            ("stage", text("other")),
            ("channels", many(&["fax", "web"])),
        ])];
        let results = aggregate(&survey(2), &responses, String::new());
        let stage = results.questions.iter().find(|q| q.id == "stage").unwrap();
        assert_eq!(stage.answered, Some(0));
        let channels = results
            .questions
            .iter()
            .find(|q| q.id == "channels")
            .unwrap();
        assert_eq!(channels.answered, None, "1 answer is below 2");
    }

    #[test]
    fn impossible_results_are_refused() {
        let mut results = aggregate(&survey(2), &[], String::new());
        assert!(check_results(&results, "other").is_err());
        results.questions[0].answered = Some(3);
        assert!(check_results(&results, "survey")
            .unwrap_err()
            .contains("more than the 0 responses"));
        results.responses = 3;
        results.questions[0].options[0].count = Some(1);
        assert!(check_results(&results, "survey")
            .unwrap_err()
            .contains("below min_count"));
        results.questions[0].options[0].count = Some(4);
        assert!(check_results(&results, "survey")
            .unwrap_err()
            .contains("more than the 3 answers"));
        results.questions[0].options[0].count = Some(3);
        check_results(&results, "survey").unwrap();
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(5, 5), 100);
        assert_eq!(percent(7, 5), 100);
    }
}
