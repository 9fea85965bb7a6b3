//! # civic-core
//!
//! The browser-free rules of civic-portal, shared by the Leptos app, the translators' checker,
//! the reference backend and the pre-renderer. Nothing here touches `web-sys`:
//! every rule compiles natively and is unit-tested with plain `cargo test`.
//!
//! | module | owns |
//! |---|---|
//! | [`locale`] | the shipped locales, URL prefixes (`/ja/...`) and language negotiation |
//! | [`l10n`] | Fluent bundles, the per-message fallback chain and missing-message reports |
//! | [`intl`] | native stand-ins for the browser's `Intl` number and date formats (the pre-renderer) |
//! | [`pseudo`] | accented and right-to-left pseudo-localisation transforms |
//! | [`route`] | which view a path names (the router, the pre-renderer and the search index agree) |
//! | [`content`] | the content contract: site settings, pages and blocks, news, forms; decoding and checks |
//! | [`config`] | `config.json`: backend base URL, adapter, time-out, offline pages |
//! | [`consent`] | consent categories and services, the stored record, GPC, withdrawal, Consent Mode |
//! | [`adapter`] | URLs and response mapping for the native contract, WordPress and Drupal |
//! | [`forms`] | form definitions checks, conditional questions, answer validation (shared with the reference backend) |
//! | [`html`] | CMS HTML → blocks through an allowlist (no HTML ever reaches the DOM) |
//! | `native_html` | CMS HTML parsed natively (feature `native-html`: the pre-renderer and the tests) |
//! | [`pagination`] | which page links a paged list shows |
//! | [`search`] | the site-search index of a locale (CJK-aware terms), searching it, marking matches |
//! | [`offline`] | what a build's service worker keeps for reading offline (`bin/offline-manifest`) |
//! | `build_tool` | the shared start of the build-time tools (`bin/search-index`, `bin/offline-manifest`) |

pub mod adapter;
#[cfg(not(target_arch = "wasm32"))]
pub mod build_tool;
pub mod config;
pub mod consent;
pub mod content;
pub mod forms;
pub mod html;
pub mod intl;
pub mod l10n;
pub mod locale;
#[cfg(feature = "native-html")]
pub mod native_html;
pub mod offline;
pub mod pagination;
pub mod pseudo;
pub mod route;
pub mod search;
