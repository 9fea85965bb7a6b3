//! Checkboxes: "check all that apply", with an optional exclusive "None of these".

use civic_core::content::Choice;
use leptos::prelude::*;

use super::field::Field;
use super::fieldset::{option_parts, Fieldset};
use crate::t;

/// A [`Fieldset`] of checkboxes. Exclusive options ("None of these") come after an "or"
/// divider; ticking one clears the others and ticking another clears it (the rule is
/// `civic_core::forms::toggle_choice`, applied by the caller through `on_toggle`).
///
/// ARIA: native checkboxes in a group named by the legend; option hints linked with
/// `aria-describedby`. Keyboard: `Tab` moves between boxes, `Space` ticks.
///
/// ```ignore
/// view! { <Checkboxes field=field options=choices values=values on_toggle=toggle /> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#controls-checkboxes` (`scripts/build-gallery.sh`).
#[component]
pub fn Checkboxes(
    field: Field,
    options: Vec<Choice>,
    #[prop(into)] values: Signal<Vec<String>>,
    /// `(value, ticked)`.
    on_toggle: Callback<(String, bool)>,
) -> impl IntoView {
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let (id, hint, described) = option_parts(&field, i, option.hint.clone());
            let v = option.value.clone();
            let checked = {
                let v = v.clone();
                move || values.with(|cur| cur.contains(&v))
            };
            let divider = (option.exclusive && i > 0)
                .then(|| view! { <p class="cp-choices__or">{t!(FORM_CHOICE_OR)}</p> });
            view! {
                {divider}
                <div class="cp-choice cp-choice--checkbox">
                    <input class="cp-choice__input" type="checkbox" id=id.clone() name=field.id.clone()
                        value=v.clone() prop:checked=checked aria-describedby=described
                        on:change=move |ev| on_toggle.run((v.clone(), event_target_checked(&ev))) />
                    <label class="cp-choice__label" for=id>{option.label}</label>
                    {hint}
                </div>
            }
        })
        .collect_view();
    view! { <Fieldset field=field.clone()><div class="cp-choices">{items}</div></Fieldset> }
}

crate::components::examples! {
    "default" => {
        let values = RwSignal::new(vec!["b".to_string()]);
        let on_toggle = Callback::new(move |(v, on): (String, bool)| {
            values.update(|vs| {
                vs.retain(|x| *x != v);
                if on {
                    vs.push(v);
                }
            })
        });
        let f = field(
            "topics",
            "Which topics interest you?",
            Some("Select all that apply."),
            None,
        );
        let options = choices(&[
            "Parks and green spaces",
            "Waste and recycling",
            "Public transport",
        ]);
        view! { <Checkboxes field=f options=options values=values on_toggle=on_toggle /> }

    },
    "error" => {
        let values = RwSignal::new(Vec::<String>::new());
        let f = field(
            "topics",
            "Which topics interest you?",
            None,
            Some("Select at least one topic"),
        );
        let options = choices(&["Parks and green spaces", "Waste and recycling"]);
        view! { <Checkboxes field=f options=options values=values on_toggle=Callback::new(|_| {}) /> }
    },
    "long-text" => {
        let values = RwSignal::new(Vec::<String>::new());
        let f = field("topics", LONG, Some(LONG), None);
        let options = choices(&[LONG, "Public transport"]);
        view! { <Checkboxes field=f options=options values=values on_toggle=Callback::new(|_| {}) /> }
    },
}
