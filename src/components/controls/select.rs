//! A drop-down list.

use civic_core::content::Choice;
use leptos::prelude::*;

use super::field::Field;
use crate::t;

/// A labelled `<select>` whose first entry, "Choose…", means no answer. Prefer radios for
/// short lists; a select suits long ones (wards, languages).
///
/// ARIA: native `<select>` named by its `<label>`; hint and error via `aria-describedby`.
/// Keyboard: native (arrows, type-ahead, `Alt`+`↓` opens the list).
///
/// ```ignore
/// view! { <Select field=field options=choices value=value on_change=set /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#controls-select` (`scripts/build-gallery.sh`).
#[component]
pub fn Select(
    field: Field,
    options: Vec<Choice>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let items = options
        .into_iter()
        .map(|o| {
            let v = o.value.clone();
            let selected = move || value.with(|cur| *cur == v);
            view! { <option value=o.value prop:selected=selected>{o.label}</option> }
        })
        .collect_view();
    view! {
        <div class=field.group_class()>
            <label class="cp-field__label" for=field.id.clone()>{field.label_view()}</label>
            {field.hint_and_error()}
            <select class="cp-select" id=field.id.clone() name=field.id.clone()
                aria-required=field.required.then_some("true")
                aria-describedby=field.described_by(None) aria-invalid=field.invalid()
                on:change=move |ev| on_change.run(event_target_value(&ev))>
                <option value="" prop:selected=move || value.with(String::is_empty)>{t!(FORM_SELECT_PLACEHOLDER)}</option>
                {items}
            </select>
        </div>
    }
}

crate::components::examples! {
    "default" => {
        let (value, set) = bind(String::new());
        let f = field("ward", "Which ward do you live in?", None, None);
        let options = choices(&["Central", "Harbour", "Hillside", "Riverside"]);
        view! { <Select field=f options=options value=value on_change=set /> }
    },
    "error" => {
        let (value, set) = bind(String::new());
        let f = field(
            "ward",
            "Which ward do you live in?",
            None,
            Some("Select your ward"),
        );
        let options = choices(&["Central", "Harbour"]);
        view! { <Select field=f options=options value=value on_change=set /> }
    },
    "long-text" => {
        let (value, set) = bind(String::new());
        let f = field("ward", LONG, Some(LONG), None);
        let options = choices(&[LONG, "Harbour"]);
        view! { <Select field=f options=options value=value on_change=set /> }
    },
}
