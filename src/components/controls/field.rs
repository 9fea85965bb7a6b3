//! What every form control shares: its label text, hint, "(required)" marker, error message
//! and the ids that tie them together with `aria-describedby`.

use leptos::prelude::*;

use super::error_message::ErrorMessage;
use crate::t;

/// The description of one form control, given to [`TextInput`](super::text_input::TextInput),
/// [`Textarea`](super::textarea::Textarea), [`Radios`](super::radios::Radios) and the others.
#[derive(Clone)]
pub struct Field {
    /// The control's id (a group's first control for radios, checkboxes and dates), the
    /// target of the error summary's link.
    pub id: String,
    /// Visible label or legend.
    pub label: String,
    pub hint: Option<String>,
    /// Marks the label with "(required)" in text (not colour alone, target A11).
    pub required: bool,
    /// The error shown on the field, translated; `None` when the answer is fine.
    pub error: Signal<Option<String>>,
}

impl Field {
    pub fn hint_id(&self) -> String {
        format!("{}-hint", self.id)
    }

    pub fn error_id(&self) -> String {
        format!("{}-error", self.id)
    }

    /// The `aria-describedby` of the control: hint, then error when shown, then `extra`
    /// (a character count, say).
    pub fn described_by(&self, extra: Option<String>) -> Signal<Option<String>> {
        let hint = self.hint.as_ref().map(|_| self.hint_id());
        let error_id = self.error_id();
        let error = self.error;
        Signal::derive(move || {
            let ids: Vec<String> = hint
                .iter()
                .cloned()
                .chain(error.with(Option::is_some).then(|| error_id.clone()))
                .chain(extra.iter().cloned())
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    }

    /// `aria-invalid="true"` while an error is shown.
    pub fn invalid(&self) -> Signal<Option<&'static str>> {
        let error = self.error;
        Signal::derive(move || error.with(Option::is_some).then_some("true"))
    }

    /// The label text with the required marker.
    pub fn label_view(&self) -> impl IntoView {
        let required = self
            .required
            .then(|| view! { " " <span class="cp-field__required">{t!(FORM_REQUIRED)}</span> });
        view! { {self.label.clone()}{required} }
    }

    /// The hint and the error message, in the order GOV.UK uses (hint, then error).
    pub fn hint_and_error(&self) -> impl IntoView {
        let hint = self
            .hint
            .clone()
            .map(|h| view! { <p class="cp-field__hint" id=self.hint_id()>{h}</p> });
        view! { {hint}<ErrorMessage id=self.error_id() text=self.error /> }
    }

    /// The CSS class of the field's wrapper (marked while in error).
    pub fn group_class(&self) -> Signal<&'static str> {
        let error = self.error;
        Signal::derive(move || {
            if error.with(Option::is_some) {
                "cp-field cp-field--error"
            } else {
                "cp-field"
            }
        })
    }
}
