//! # civic-core
//!
//! The browser-free rules of civic-portal, shared by the Leptos app, the translators' checker
//! and (later) the reference backend and the pre-renderer. Nothing here touches `web-sys`:
//! every rule compiles natively and is unit-tested with plain `cargo test`.
//!
//! | module | owns |
//! |---|---|
//! | [`locale`] | the shipped locales, URL prefixes (`/ja/...`) and language negotiation |
//! | [`l10n`] | Fluent bundles, the per-message fallback chain and missing-message reports |
//! | [`pseudo`] | accented and right-to-left pseudo-localisation transforms |
//! | [`content`] | the content contract types (site pages, blocks, news) and their decoding |

pub mod content;
pub mod l10n;
pub mod locale;
pub mod pseudo;
