//! Radio buttons: one answer from a short list (also yes/no questions).

use civic_core::content::Choice;
use leptos::prelude::*;

use super::field::Field;
use super::fieldset::{option_parts, Fieldset};

/// A [`Fieldset`] of radio buttons, each with its label and optional hint. Two short options
/// (yes/no) sit side by side.
///
/// ARIA: native radio group named by the legend; each option's hint is linked to its input.
/// Keyboard: `Tab` enters the group at the chosen option (or the first); arrow keys move and
/// choose; `Space` chooses.
///
/// ```ignore
/// view! { <Radios field=field options=choices value=value on_change=set /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#controls-radios` (`scripts/build-gallery.sh`).
#[component]
pub fn Radios(
    field: Field,
    options: Vec<Choice>,
    #[prop(optional)] inline: bool,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let name = field.id.clone();
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let (id, hint, described) = option_parts(&field, i, option.hint.clone());
            let v = option.value.clone();
            let checked = {
                let v = v.clone();
                move || value.with(|cur| *cur == v)
            };
            view! {
                <div class="cp-choice">
                    <input class="cp-choice__input" type="radio" id=id.clone() name=name.clone()
                        value=v.clone() prop:checked=checked aria-describedby=described
                        on:change=move |_| on_change.run(v.clone()) />
                    <label class="cp-choice__label" for=id>{option.label}</label>
                    {hint}
                </div>
            }
        })
        .collect_view();
    let class = if inline {
        "cp-choices cp-choices--inline"
    } else {
        "cp-choices"
    };
    view! { <Fieldset field=field><div class=class>{items}</div></Fieldset> }
}

crate::components::examples! {
    "default" => {
        let (value, set) = bind(String::new());
        let f = field(
            "contact-by",
            "How should we contact you?",
            Some("We only use this to answer you."),
            None,
        );
        let options = choices(&["Email", "Telephone", "Post"]);
        view! { <Radios field=f options=options value=value on_change=set /> }
    },
    "inline" => {
        let (value, set) = bind("a".to_string());
        let f = field("resident", "Do you live in Sample City?", None, None);
        let options = choices(&["Yes", "No"]);
        view! { <Radios field=f options=options inline=true value=value on_change=set /> }
    },
    "error" => {
        let (value, set) = bind(String::new());
        let f = field(
            "contact-by",
            "How should we contact you?",
            None,
            Some("Select how we should contact you"),
        );
        let options = choices(&["Email", "Telephone"]);
        view! { <Radios field=f options=options value=value on_change=set /> }
    },
    "long-text" => {
        let (value, set) = bind(String::new());
        let f = field("contact-by", LONG, Some(LONG), None);
        let options = choices(&[LONG, "Telephone"]);
        view! { <Radios field=f options=options value=value on_change=set /> }
    },
}
