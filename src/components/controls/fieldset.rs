//! A group of controls answering one question.

use leptos::prelude::*;

use super::field::Field;

/// `<fieldset>` with the question as `<legend>`, then hint and error, then the controls.
/// Used by [`Radios`](super::radios::Radios), [`Checkboxes`](super::checkboxes::Checkboxes)
/// and [`DateInput`](super::date_input::DateInput).
///
/// ARIA: the legend names the group; hint and error are linked to the fieldset with
/// `aria-describedby`, so they are read when focus enters the group. Keyboard: none of its own.
///
/// ```ignore
/// view! { <Fieldset field=field.clone()>{controls}</Fieldset> }
/// ```
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#controls-fieldset` (`scripts/build-gallery.sh`).
#[component]
pub fn Fieldset(field: Field, children: Children) -> impl IntoView {
    view! {
        <div class=field.group_class()>
            <fieldset class="cp-fieldset" aria-describedby=field.described_by(None)>
                <legend class="cp-fieldset__legend">{field.label_view()}</legend>
                {field.hint_and_error()}
                {children()}
            </fieldset>
        </div>
    }
}

/// The id of control `index` of a group: the first is the field's id (the error summary's
/// link target), the others get a suffix.
pub fn control_id(field: &Field, index: usize) -> String {
    if index == 0 {
        field.id.clone()
    } else {
        format!("{}-{index}", field.id)
    }
}

/// The parts of option `index` of a radio or checkbox group: its input's id, its hint (shown
/// under its label) and the `aria-describedby` value that links the two.
pub fn option_parts(
    field: &Field,
    index: usize,
    hint: Option<String>,
) -> (String, Option<AnyView>, Option<String>) {
    let id = control_id(field, index);
    let hint_id = format!("{id}-item-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    let hint = hint.map(|h| view! { <p class="cp-choice__hint" id=hint_id>{h}</p> }.into_any());
    (id, hint, described)
}

crate::components::examples! {
    "default" => {
        let f = field(
            "address",
            "What is your address?",
            Some("The address where you live now."),
            None,
        );
        view! {
            <Fieldset field=f>
                <label class="cp-field__label" for="address-line">"Street and number"</label>
                <input class="cp-input" id="address-line" autocomplete="street-address" />
            </Fieldset>
        }

    },
    "error" => {
        let f = field(
            "address",
            "What is your address?",
            None,
            Some("Enter your street and number"),
        );
        view! {
            <Fieldset field=f>
                <label class="cp-field__label" for="address-line">"Street and number"</label>
                <input class="cp-input" id="address-line" aria-invalid="true" />
            </Fieldset>
        }

    },
    "long-text" => {
        let f = field("address", LONG, Some(LONG), None);
        view! {
            <Fieldset field=f>
                <label class="cp-field__label" for="address-line">{LONG}</label>
                <input class="cp-input" id="address-line" />
            </Fieldset>
        }

    },
}
