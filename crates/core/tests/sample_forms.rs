//! The sample city's form definitions, `public/content/<locale>/forms/<id>.json`:
//!
//! - every file decodes into `FormDefinition`, sits at its place in the URL layout (locale
//!   folder = `locale`, file name = `id`), passes `check_definition` and `decode_form` (what
//!   the app runs on a fetched form) and validates against `docs/contract/form.schema.json`;
//! - every translation has exactly the structure of the English form (ids, kinds, required
//!   flags, option values, limits, conditions): only human text differs;
//! - the contact form exists in every content language, and the e-government survey keeps
//!   the shape of the questionnaire it is modelled on (9 sections, about 40 numbered
//!   questions, every question kind, conditional follow-ups);
//! - a complete set of answers passes `check_answers`, and each required question left
//!   empty is reported as `required`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use civic_core::content::{
    decode, decode_form, decode_site, Answer, FormDefinition, Question, QuestionKind,
};
use civic_core::forms::{check_answers, check_definition, code, is_asked};
use civic_core::locale;
use jsonschema::{Draft, Registry, Validator};
use serde_json::{json, Value};

const SURVEY: &str = "e-government-survey";
const CONTACT: &str = "contact";

/// Where the schemas say they live (`$id` = BASE + file name).
const BASE: &str = "https://civic-portal.example/schema/";

/// The sections of the survey, in order (as in the questionnaire it is modelled on).
const SURVEY_SECTIONS: [&str; 9] = [
    "institutional-framework",
    "legal-framework",
    "strategy",
    "online-services",
    "user-satisfaction",
    "social-media",
    "crisis-response",
    "smart-city",
    "contact",
];

/// Every question kind. `kind_index` has no wildcard arm, so a new kind does not compile
/// until it is listed here, and the survey test then asks for it.
const ALL_KINDS: [QuestionKind; 13] = [
    QuestionKind::Text,
    QuestionKind::Email,
    QuestionKind::Tel,
    QuestionKind::Url,
    QuestionKind::UrlList,
    QuestionKind::Number,
    QuestionKind::Percentage,
    QuestionKind::Textarea,
    QuestionKind::Radios,
    QuestionKind::Checkboxes,
    QuestionKind::Select,
    QuestionKind::Date,
    QuestionKind::YesNo,
];

fn kind_index(kind: QuestionKind) -> usize {
    match kind {
        QuestionKind::Text => 0,
        QuestionKind::Email => 1,
        QuestionKind::Tel => 2,
        QuestionKind::Url => 3,
        QuestionKind::UrlList => 4,
        QuestionKind::Number => 5,
        QuestionKind::Percentage => 6,
        QuestionKind::Textarea => 7,
        QuestionKind::Radios => 8,
        QuestionKind::Checkboxes => 9,
        QuestionKind::Select => 10,
        QuestionKind::Date => 11,
        QuestionKind::YesNo => 12,
    }
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn content_root() -> PathBuf {
    repo_root().join("public/content")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths
}

fn file_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or("")
}

/// One form file: its locale folder, its file stem, its path and its raw text.
struct FormFile {
    locale: String,
    stem: String,
    path: PathBuf,
    text: String,
}

impl FormFile {
    fn shown(&self) -> String {
        format!(
            "public/content/{}/forms/{}",
            self.locale,
            file_name(&self.path)
        )
    }

    fn decode(&self) -> FormDefinition {
        decode::<FormDefinition>(&self.text)
            .unwrap_or_else(|e| panic!("{} does not decode: {e}", self.shown()))
    }
}

/// Every `public/content/*/forms/*.json`.
fn form_files() -> Vec<FormFile> {
    let mut files = Vec::new();
    for locale_dir in sorted_entries(&content_root()) {
        for path in sorted_entries(&locale_dir.join("forms")) {
            if path.extension().is_some_and(|x| x == "json") {
                files.push(FormFile {
                    locale: file_name(&locale_dir).to_string(),
                    stem: path.file_stem().unwrap().to_str().unwrap().to_string(),
                    text: read(&path),
                    path,
                });
            }
        }
    }
    files
}

/// The decoded form `id` in `locale`.
fn form(locale: &str, id: &str) -> FormDefinition {
    let path = content_root().join(format!("{locale}/forms/{id}.json"));
    decode::<FormDefinition>(&read(&path))
        .unwrap_or_else(|e| panic!("{}: does not decode: {e}", path.display()))
}

fn questions(def: &FormDefinition) -> Vec<&Question> {
    def.sections
        .iter()
        .flat_map(|s| s.questions.iter())
        .collect()
}

/// The schema of form definitions, with the other contract schemas in a registry so that its
/// references to `page.schema.json#/$defs/...` resolve offline.
fn form_validator() -> Validator {
    let dir = repo_root().join("docs/contract");
    let resources: Vec<(String, Value)> = sorted_entries(&dir)
        .into_iter()
        .filter(|p| file_name(p).ends_with(".schema.json"))
        .map(|p| {
            let schema: Value = serde_json::from_str(&read(&p))
                .unwrap_or_else(|e| panic!("{}: not JSON: {e}", p.display()));
            (format!("{BASE}{}", file_name(&p)), schema)
        })
        .collect();
    assert!(
        resources
            .iter()
            .any(|(uri, _)| uri.ends_with("/form.schema.json")),
        "docs/contract/form.schema.json is missing"
    );
    let registry = Registry::new()
        .extend(resources)
        .and_then(|builder| builder.prepare())
        .unwrap_or_else(|e| panic!("the schemas do not form a registry: {e}"));
    jsonschema::options()
        .with_draft(Draft::Draft202012)
        .with_registry(&registry)
        .build(&json!({ "$ref": format!("{BASE}form.schema.json") }))
        .unwrap_or_else(|e| panic!("no validator for form.schema.json: {e}"))
}

/// The locale folders that have site settings: the languages the sample city is published in.
fn site_locales() -> Vec<String> {
    sorted_entries(&content_root())
        .iter()
        .filter(|dir| dir.join("site.json").is_file())
        .map(|dir| file_name(dir).to_string())
        .collect()
}

#[test]
fn every_form_decodes_sits_at_its_url_and_is_sound() {
    let files = form_files();
    assert!(!files.is_empty(), "no form under public/content/*/forms/");
    let validator = form_validator();
    let mut problems = Vec::new();
    for file in &files {
        let shown = file.shown();
        assert!(
            locale::find(&file.locale).is_some_and(|l| l.tag == file.locale),
            "{shown}: `{}` is not a shipped locale tag",
            file.locale
        );
        let def = file.decode();
        if def.locale != file.locale {
            problems.push(format!(
                "{shown}: locale is `{}`, expected `{}` (its folder)",
                def.locale, file.locale
            ));
        }
        if def.id != file.stem {
            problems.push(format!(
                "{shown}: id is `{}`, expected `{}` (its file name)",
                def.id, file.stem
            ));
        }
        if let Err(e) = check_definition(&def) {
            problems.push(format!("{shown}: {e}"));
        }
        // What the app does when it fetches the form for this URL.
        if let Err(e) = decode_form(&file.text, &file.locale, &file.stem) {
            problems.push(format!("{shown}: decode_form refuses it: {e}"));
        }
        let instance: Value = serde_json::from_str(&file.text).unwrap();
        for error in validator.iter_errors(&instance) {
            problems.push(format!(
                "{shown}: schema: at {}: {error}",
                error.instance_path().as_str()
            ));
        }
        // No empty human text: every label, title and option must say something.
        let mut texts = vec![("title", def.title.as_str())];
        for section in &def.sections {
            texts.push(("section title", section.title.as_str()));
            for q in &section.questions {
                texts.push(("label", q.label.as_str()));
                texts.extend(q.options.iter().map(|o| ("option label", o.label.as_str())));
            }
        }
        for (what, text) in texts {
            if text.trim().is_empty() {
                problems.push(format!("{shown}: an empty {what}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Everything of a form except its human text: what must be the same in every language.
fn skeleton(def: &FormDefinition) -> Value {
    let sections: Vec<Value> = def
        .sections
        .iter()
        .map(|s| {
            let questions: Vec<Value> = s
                .questions
                .iter()
                .map(|q| {
                    let options: Vec<Value> = q
                        .options
                        .iter()
                        .map(|o| json!({ "value": o.value, "exclusive": o.exclusive }))
                        .collect();
                    json!({
                        "id": q.id,
                        "kind": q.kind,
                        "required": q.required,
                        "options": options,
                        "max_length": q.max_length,
                        "min": q.min,
                        "max": q.max,
                        "show_if": q.show_if,
                        "has_hint": q.hint.is_some(),
                    })
                })
                .collect();
            json!({ "id": s.id, "has_intro": s.intro.is_some(), "questions": questions })
        })
        .collect();
    json!({
        "id": def.id,
        "has_intro": def.intro.is_some(),
        "has_privacy_notice": def.privacy_notice.is_some(),
        "sections": sections,
    })
}

#[test]
fn translations_have_exactly_the_structure_of_english() {
    let mut problems = Vec::new();
    let mut compared = 0;
    for file in form_files() {
        if file.locale == locale::REFERENCE {
            continue;
        }
        let english_path = content_root().join(format!("en/forms/{}.json", file.stem));
        if !english_path.is_file() {
            problems.push(format!("{}: there is no English form", file.shown()));
            continue;
        }
        let (english, translated) = (form("en", &file.stem), file.decode());
        let (a, b) = (skeleton(&english), skeleton(&translated));
        if a != b {
            problems.push(format!(
                "{}: differs in structure from the English form\n  en: {a}\n  {}: {b}",
                file.shown(),
                file.locale
            ));
            continue;
        }
        // Translated, not copied: the title and every question differ from English.
        if translated.title == english.title {
            problems.push(format!("{}: the title is not translated", file.shown()));
        }
        for (en_q, q) in questions(&english).into_iter().zip(questions(&translated)) {
            if en_q.label == q.label {
                problems.push(format!(
                    "{}: question `{}` is not translated",
                    file.shown(),
                    q.id
                ));
            }
        }
        compared += 1;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(compared >= 5, "only {compared} translations were compared");
}

#[test]
fn the_contact_form_is_in_every_language_and_asks_what_a_reply_needs() {
    let locales = site_locales();
    assert!(locales.len() >= 5, "content languages: {locales:?}");
    for l in &locales {
        assert!(
            content_root()
                .join(format!("{l}/forms/{CONTACT}.json"))
                .is_file(),
            "public/content/{l}/forms/{CONTACT}.json is missing: the inquiry form is linked \
             from every page"
        );
    }
    let def = form("en", CONTACT);
    let qs = questions(&def);
    let by_id: BTreeMap<&str, &Question> = qs.iter().map(|q| (q.id.as_str(), *q)).collect();
    let expect = [
        ("name", QuestionKind::Text, true),
        ("email", QuestionKind::Email, true),
        ("phone", QuestionKind::Tel, false),
        ("resident", QuestionKind::YesNo, true),
        ("ward", QuestionKind::Select, false),
        ("topic", QuestionKind::Radios, true),
        ("needs", QuestionKind::Checkboxes, false),
        ("body", QuestionKind::Textarea, true),
        ("reply_language", QuestionKind::Select, false),
    ];
    for (id, kind, required) in expect {
        let q = by_id
            .get(id)
            .unwrap_or_else(|| panic!("the contact form has no question `{id}`"));
        assert_eq!((q.kind, q.required), (kind, required), "question `{id}`");
    }
    assert_eq!(by_id["name"].max_length, Some(100));
    assert_eq!(by_id["body"].max_length, Some(2000));
    assert!(
        by_id["needs"].options.iter().any(|o| o.exclusive),
        "`needs` has no exclusive “None of these”"
    );
    assert!(
        qs.iter().any(|q| q.show_if.is_some()),
        "no conditional question"
    );
    assert!(def.intro.is_some() && def.privacy_notice.is_some());
    // The reply languages are the site's languages, each named in its own language.
    for l in &locales {
        let reply = questions(&form(l, CONTACT))
            .into_iter()
            .find(|q| q.id == "reply_language")
            .cloned()
            .unwrap();
        let values: Vec<&str> = reply.options.iter().map(|o| o.value.as_str()).collect();
        let mut expected: Vec<&str> = locales.iter().map(String::as_str).collect();
        expected.sort_unstable();
        let mut sorted = values.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, expected, "{l}: reply languages");
        for o in &reply.options {
            assert_eq!(
                Some(o.label.as_str()),
                locale::find(&o.value).map(|i| i.native_name),
                "{l}: reply language `{}`",
                o.value
            );
        }
    }
    // Every listed content language of the site settings has the form too.
    let site = decode_site(&read(&content_root().join("en/site.json")), "en").unwrap();
    for l in &site.content_locales {
        assert!(locales.contains(l), "{l} is listed but has no site.json");
    }
}

#[test]
fn the_survey_keeps_the_shape_of_the_questionnaire() {
    for l in ["en", "ja"] {
        let def = form(l, SURVEY);
        let ids: Vec<&str> = def.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, SURVEY_SECTIONS, "{l}: sections");
        let qs = questions(&def);
        assert!(
            (38..=44).contains(&qs.len()),
            "{l}: {} questions, expected 38 to 44",
            qs.len()
        );
        // Numbered in order, "1. ", "2. ", ... as on the paper questionnaire.
        for (i, q) in qs.iter().enumerate() {
            let number = format!("{}. ", i + 1);
            assert!(
                q.label.starts_with(&number),
                "{l}: question `{}` should start with `{number}`: {}",
                q.id,
                q.label
            );
        }
        assert!(def.intro.is_some() && def.privacy_notice.is_some(), "{l}");
    }

    let def = form("en", SURVEY);
    let qs = questions(&def);
    let mut used = [false; ALL_KINDS.len()];
    for q in &qs {
        used[kind_index(q.kind)] = true;
    }
    let missing: Vec<QuestionKind> = ALL_KINDS
        .iter()
        .copied()
        .filter(|k| !used[kind_index(*k)])
        .collect();
    assert!(
        missing.is_empty(),
        "kinds the survey does not use: {missing:?}"
    );

    let required = qs.iter().filter(|q| q.required).count();
    assert!(required >= 10, "only {required} required questions");
    assert!(
        qs.iter().filter(|q| q.hint.is_some()).count() >= 5,
        "too few hints"
    );
    assert!(
        def.sections.iter().filter(|s| s.intro.is_some()).count() >= 2,
        "too few section intros"
    );
    for q in &qs {
        match q.kind {
            QuestionKind::Number => assert!(
                q.min.is_some() && q.max.is_some(),
                "number `{}` has no bounds",
                q.id
            ),
            QuestionKind::Textarea | QuestionKind::UrlList => {
                assert!(q.max_length.is_some(), "`{}` has no max_length", q.id)
            }
            _ => {}
        }
    }
    assert!(
        qs.iter().any(|q| q.kind == QuestionKind::Checkboxes
            && q.options.len() >= 16
            && q.options.iter().any(|o| o.exclusive)),
        "no long “check all that apply” list with an exclusive “None of these”"
    );
    let parent_kind = |id: &str| qs.iter().find(|q| q.id == id).map(|q| q.kind);
    let conditions: Vec<Option<QuestionKind>> = qs
        .iter()
        .filter_map(|q| q.show_if.as_ref())
        .map(|c| parent_kind(&c.question))
        .collect();
    assert!(
        conditions
            .iter()
            .filter(|k| **k == Some(QuestionKind::YesNo))
            .count()
            >= 3,
        "too few “if you answered yes” follow-ups"
    );
    assert!(
        conditions.contains(&Some(QuestionKind::Checkboxes)),
        "no question depends on a checkboxes answer"
    );

    // The browser tests fill in the first and the last section.
    let first = &def.sections[0];
    assert!(
        (3..=5).contains(&first.questions.len()),
        "the first section should stay short"
    );
    let last = def.sections.last().unwrap();
    let last_kinds: Vec<(QuestionKind, bool)> = last
        .questions
        .iter()
        .map(|q| (q.kind, q.required))
        .collect();
    for expected in [
        (QuestionKind::Text, true),
        (QuestionKind::Email, true),
        (QuestionKind::Tel, false),
        (QuestionKind::Date, true),
    ] {
        assert!(
            last_kinds.contains(&expected),
            "the contact section has no {expected:?} question"
        );
    }
}

/// A valid answer to `q`. Checkboxes get every non-exclusive option and yes/no gets "yes",
/// so that every follow-up question is asked.
fn valid_answer(q: &Question) -> Answer {
    let text = |s: &str| {
        let max = q.max_length.map_or(usize::MAX, |m| m as usize);
        Answer::Text(s.chars().take(max).collect())
    };
    match q.kind {
        QuestionKind::Text => text("Digital Policy Section"),
        QuestionKind::Textarea => text("A few lines of explanation.\nOn two lines."),
        QuestionKind::Email => text("respondent@city.example"),
        QuestionKind::Tel => text("+81-3-0000-0000"),
        QuestionKind::Url => text("https://www.city.example/"),
        QuestionKind::UrlList => {
            text("https://www.city.example/a\nhttps://opendata.city.example/catalogue")
        }
        QuestionKind::Number => {
            let n = 42.clamp(q.min.unwrap_or(i64::MIN), q.max.unwrap_or(i64::MAX));
            text(&n.to_string())
        }
        QuestionKind::Percentage => text("65"),
        QuestionKind::Radios | QuestionKind::Select => text(&q.options[0].value),
        QuestionKind::Checkboxes => Answer::Many(
            q.options
                .iter()
                .filter(|o| !o.exclusive)
                .map(|o| o.value.clone())
                .collect(),
        ),
        QuestionKind::Date => text("2026-07-01"),
        QuestionKind::YesNo => text("yes"),
    }
}

/// Answers every question that is asked, in order, as a visitor filling in the form would.
fn complete_answers(def: &FormDefinition) -> BTreeMap<String, Answer> {
    let mut answers = BTreeMap::new();
    for q in questions(def) {
        if is_asked(def, &answers, q) {
            answers.insert(q.id.clone(), valid_answer(q));
        }
    }
    answers
}

#[test]
fn complete_answers_pass_and_missing_required_ones_are_reported() {
    for id in [SURVEY, CONTACT] {
        let def = form("en", id);
        let answers = complete_answers(&def);
        let all: BTreeSet<&str> = questions(&def).iter().map(|q| q.id.as_str()).collect();
        let answered: BTreeSet<&str> = answers.keys().map(String::as_str).collect();
        assert_eq!(answered, all, "{id}: every question should be asked");
        check_answers(&def, &answers)
            .unwrap_or_else(|e| panic!("{id}: complete answers refused: {e:?}"));

        let required: Vec<&Question> = questions(&def).into_iter().filter(|q| q.required).collect();
        assert!(!required.is_empty(), "{id}: no required question");
        for q in required {
            for empty in [
                None,
                Some(Answer::Text(String::new())),
                Some(Answer::Many(Vec::new())),
            ] {
                let mut a = answers.clone();
                match &empty {
                    None => a.remove(&q.id),
                    Some(e) => a.insert(q.id.clone(), e.clone()),
                };
                let errors = check_answers(&def, &a)
                    .expect_err(&format!("{id}: `{}` left empty was accepted", q.id));
                assert_eq!(
                    errors.get(&q.id),
                    Some(&vec![code::REQUIRED.to_string()]),
                    "{id}: `{}` left empty ({empty:?})",
                    q.id
                );
                // Any other error is an answer to a follow-up that is no longer asked.
                for (other, codes) in &errors {
                    if other != &q.id {
                        assert_eq!(
                            codes,
                            &vec![code::UNKNOWN_QUESTION.to_string()],
                            "{id}: `{other}` when `{}` is empty",
                            q.id
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn conditional_questions_of_the_survey_follow_their_answers() {
    let def = form("en", SURVEY);
    let mut answers = complete_answers(&def);
    // "No" to a yes/no question hides its follow-ups: their answers are then refused, and
    // they are no longer required.
    let follow_ups: Vec<&Question> = questions(&def)
        .into_iter()
        .filter(|q| q.show_if.as_ref().is_some_and(|c| c.question == "has_cdo"))
        .collect();
    assert!(!follow_ups.is_empty(), "`has_cdo` has no follow-up");
    answers.insert("has_cdo".into(), Answer::Text("no".into()));
    let errors = check_answers(&def, &answers).unwrap_err();
    for q in &follow_ups {
        assert!(!is_asked(&def, &answers, q), "`{}` is still asked", q.id);
        assert_eq!(errors[&q.id], vec![code::UNKNOWN_QUESTION], "`{}`", q.id);
    }
    for q in &follow_ups {
        answers.remove(&q.id);
    }
    check_answers(&def, &answers).unwrap();

    // The exclusive "None of these" cannot be combined with another choice.
    let long_list = questions(&def)
        .into_iter()
        .find(|q| q.kind == QuestionKind::Checkboxes && q.options.len() >= 16)
        .unwrap();
    let none = long_list.options.iter().find(|o| o.exclusive).unwrap();
    let mut both = answers.clone();
    both.insert(
        long_list.id.clone(),
        Answer::Many(vec![long_list.options[0].value.clone(), none.value.clone()]),
    );
    let errors = check_answers(&def, &both).unwrap_err();
    assert_eq!(errors[&long_list.id], vec![code::INVALID_CHOICE]);
}
