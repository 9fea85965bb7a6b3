//! One file per route. Pages compose components and ask [`crate::backend`] and
//! [`crate::i18n`] for what they show; they never fetch or touch browser storage directly.

pub mod content_page;
pub mod cookie_settings;
pub mod home;
pub mod news;
pub mod not_found;
pub mod root_redirect;
pub mod search;
