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
