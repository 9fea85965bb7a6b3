//! Form controls: what the forms engine (`crate::forms`) builds its questions from. Each
//! control takes a [`field::Field`] (label, hint, error, required) and follows GOV.UK
//! Frontend's markup and the Digital Agency's guidance.

pub mod button;
pub mod checkboxes;
pub mod date_input;
pub mod error_message;
pub mod error_summary;
pub mod field;
pub mod fieldset;
pub mod radios;
pub mod select;
pub mod text_input;
pub mod textarea;
