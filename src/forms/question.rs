//! One question of a form definition as the right component (its error message comes from
//! [`super::messages`] through the form's state).

use civic_core::content::{Answer, Question, QuestionKind};
use civic_core::forms;
use leptos::prelude::*;

use super::state::FormState;
use crate::components::controls::checkboxes::Checkboxes;
use crate::components::controls::date_input::DateInput;
use crate::components::controls::field::Field;
use crate::components::controls::radios::Radios;
use crate::components::controls::select::Select;
use crate::components::controls::text_input::TextInput;
use crate::components::controls::textarea::Textarea;
use crate::i18n::{msg, use_i18n, I18n};

/// A question of the form, shown only while it is asked (a conditional question appears as
/// soon as the answer it depends on matches, right after that question).
#[component]
pub fn QuestionField(
    /// Whether the question is asked now (its condition holds).
    asked: Signal<bool>,
    question: Question,
    /// The language of the definition's texts.
    lang: String,
    state: FormState,
) -> impl IntoView {
    let i18n = use_i18n();
    let question = StoredValue::new(question);
    let asked = Memo::new(move |_| asked.get());
    move || {
        asked.get().then(|| {
            let q = question.get_value();
            let id = q.id.clone();
            let field = Field {
                id: format!("q-{id}"),
                label: q.label.clone(),
                hint: q.hint.clone(),
                required: q.required,
                error: Signal::derive(move || question.with_value(|q| state.error_for(i18n, q))),
            };
            let text = {
                let id = id.clone();
                Signal::derive(move || {
                    state.answers.with(|a| match a.get(&id) {
                        Some(Answer::Text(t)) => t.clone(),
                        _ => String::new(),
                    })
                })
            };
            let set_text = {
                let id = id.clone();
                Callback::new(move |v: String| state.set_answer(&id, Answer::Text(v)))
            };
            // Digits typed full-width by an input method count as digits.
            let set_digits = {
                let id = id.clone();
                Callback::new(move |v: String| {
                    state.set_answer(&id, Answer::Text(forms::ascii_digits(&v)))
                })
            };
            let class = if q.show_if.is_some() {
                "cp-question cp-question--conditional"
            } else {
                "cp-question"
            };
            let control = match q.kind {
                QuestionKind::Text => view! { <TextInput field=field value=text on_change=set_text /> }.into_any(),
                QuestionKind::Email => view! {
                    <TextInput field=field input_type="email" autocomplete="email" value=text on_change=set_text />
                }.into_any(),
                QuestionKind::Tel => view! {
                    <TextInput field=field input_type="tel" autocomplete="tel" width_class="cp-input--medium" value=text on_change=set_digits />
                }.into_any(),
                QuestionKind::Url => view! {
                    <TextInput field=field input_type="url" value=text on_change=set_text />
                }.into_any(),
                QuestionKind::Number => view! {
                    <TextInput field=field inputmode="numeric" width_class="cp-input--medium" value=text on_change=set_digits />
                }.into_any(),
                QuestionKind::Percentage => view! {
                    <TextInput field=field inputmode="numeric" width_class="cp-input--short" suffix="%" value=text on_change=set_digits />
                }.into_any(),
                QuestionKind::Textarea => view! {
                    <Textarea field=field max_length=q.max_length value=text on_change=set_text />
                }.into_any(),
                QuestionKind::UrlList => {
                    let mut field = field;
                    let extra = i18n.t(msg::FORM_URL_LIST_HINT);
                    field.hint = Some(match field.hint.take() {
                        Some(h) => format!("{h} {extra}"),
                        None => extra,
                    });
                    view! { <Textarea field=field max_length=q.max_length rows=4 value=text on_change=set_text /> }.into_any()
                }
                QuestionKind::Radios => view! {
                    <Radios field=field options=q.options.clone() value=text on_change=set_text />
                }.into_any(),
                QuestionKind::YesNo => {
                    let options = yes_no(i18n);
                    view! { <Radios field=field options=options inline=true value=text on_change=set_text /> }.into_any()
                }
                QuestionKind::Select => view! {
                    <Select field=field options=q.options.clone() value=text on_change=set_text />
                }.into_any(),
                QuestionKind::Date => view! { <DateInput field=field value=text on_change=set_digits /> }.into_any(),
                QuestionKind::Checkboxes => {
                    let values = {
                        let id = id.clone();
                        Signal::derive(move || {
                            state.answers.with(|a| match a.get(&id) {
                                Some(Answer::Many(v)) => v.clone(),
                                _ => Vec::new(),
                            })
                        })
                    };
                    let toggle = Callback::new(move |(value, on): (String, bool)| {
                        let q = question.get_value();
                        let next = forms::toggle_choice(&q, &values.get_untracked(), &value, on);
                        state.set_answer(&q.id, Answer::Many(next));
                    });
                    view! { <Checkboxes field=field options=q.options.clone() values=values on_toggle=toggle /> }.into_any()
                }
            };
            // The question's text is in the definition's language (English when the form has
            // no translation), the controls' own words in the interface language.
            view! { <div class=class data-question=id lang=lang.clone()>{control}</div> }
        })
    }
}

/// The two options of a yes/no question, in the interface language.
pub fn yes_no(i18n: I18n) -> Vec<civic_core::content::Choice> {
    [("yes", msg::FORM_YES), ("no", msg::FORM_NO)]
        .into_iter()
        .map(|(value, label)| civic_core::content::Choice {
            value: value.into(),
            label: i18n.t(label),
            hint: None,
            exclusive: false,
        })
        .collect()
}
