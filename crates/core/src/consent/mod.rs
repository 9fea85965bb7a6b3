//! Consent rules (targets C1–C11), browser-free: what the visitor agreed to, whether to ask
//! (again), and what each service may do.
//!
//! - [`config`]: the categories and services a city declares in `config.json`, each service
//!   with its purpose, the data sent and the recipient (Japan's external-transmission rule),
//!   the cookies and storage keys it sets and the scripts it loads.
//! - [`record`]: the stored record of one choice (id, time, policy revision, language,
//!   choices) and its validation: anything tampered, unreadable, from an old revision or
//!   expired counts as no consent, never as a crash.
//! - [`decision`]: the state of a visit (ask or not, what is allowed), Global Privacy
//!   Control, withdrawal (what to delete), Google Consent Mode v2 signals.
//! - [`images`]: whose a content image is (the site's, a declared service's, or nobody's),
//!   which decides whether it may load before consent.
//!
//! Doing nothing is refusal: until a valid record exists, only strictly necessary
//! categories are allowed.

pub mod config;
pub mod decision;
pub mod images;
pub mod record;

pub use config::*;
pub use decision::*;
pub use images::*;
pub use record::*;
