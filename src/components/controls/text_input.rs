//! Single-line text input (text, email, telephone, web address, number).

use leptos::prelude::*;

use super::field::Field;

/// A labelled `<input>` with hint and error message.
///
/// ARIA: native `<label for>`; hint and error via `aria-describedby`; `aria-invalid` while in
/// error; `required` is marked in the label text (and `aria-required`), never only by colour.
/// Keyboard: native text editing; the value is reported on every input, so nothing typed is
/// lost when the visitor leaves the page.
///
/// ```ignore
/// view! { <TextInput field=field input_type="email" autocomplete="email" value=value on_change=set /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#controls-text_input` (`scripts/build-gallery.sh`).
#[component]
pub fn TextInput(
    field: Field,
    /// `text`, `email`, `tel`, `url`.
    #[prop(default = "text")]
    input_type: &'static str,
    /// `numeric` for numbers (a text input with a numeric keyboard, as GOV.UK recommends).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// A short unit shown after the input ("%").
    #[prop(optional)]
    suffix: Option<&'static str>,
    /// `cp-input--short` for numbers and other short answers.
    #[prop(optional)]
    width_class: Option<&'static str>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let class = format!("cp-input {}", width_class.unwrap_or_default());
    let input = view! {
        <input class=class id=field.id.clone() name=field.id.clone() type=input_type
            inputmode=inputmode autocomplete=autocomplete spellcheck=(input_type == "text").then_some("true")
            aria-required=field.required.then_some("true")
            aria-describedby=field.described_by(None) aria-invalid=field.invalid()
            prop:value=move || value.get()
            on:input=move |ev| on_change.run(event_target_value(&ev)) />
    };
    let control = match suffix {
        Some(s) => view! { <div class="cp-input-wrap">{input}<span class="cp-input-suffix" aria-hidden="true">{s}</span></div> }.into_any(),
        None => input.into_any(),
    };
    view! {
        <div class=field.group_class()>
            <label class="cp-field__label" for=field.id.clone()>{field.label_view()}</label>
            {field.hint_and_error()}
            {control}
        </div>
    }
}

crate::components::examples! {
    "default" => {
        let (value, set) = bind(String::new());
        let f = field(
            "email",
            "Email address",
            Some("We send a copy of your message to it."),
            None,
        );
        view! { <TextInput field=f input_type="email" autocomplete="email" value=value on_change=set /> }
    },
    "suffix" => {
        let (value, set) = bind("3".to_string());
        let f = field("people", "How many people live with you?", None, None);
        view! { <TextInput field=f inputmode="numeric" suffix="people" width_class="cp-input--short" value=value on_change=set /> }
    },
    "error" => {
        let (value, set) = bind("aiko@".to_string());
        let f = field(
            "email",
            "Email address",
            None,
            Some("Enter an email address in the correct format, like name@example.com"),
        );
        view! { <TextInput field=f input_type="email" value=value on_change=set /> }
    },
    "long-text" => {
        let (value, set) = bind(LONG.to_string());
        let f = field("email", LONG, Some(LONG), Some(LONG));
        view! { <TextInput field=f value=value on_change=set /> }
    },
}
