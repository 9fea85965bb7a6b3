//! civic-portal: the Leptos app, rendered twice by the same components. In the browser
//! ([`boot`], from `main.rs`) it hydrates a pre-rendered page or renders from scratch; natively
//! ([`prerender`], from `bin/prerender.rs`) it renders every route to static HTML at deploy
//! time. See [`app`] for the shell.

pub mod a11y;
pub mod app;
pub mod backend;
pub mod boot;
mod components;
mod consent;
mod forms;
mod furigana;
#[cfg(feature = "gallery")]
pub mod gallery;
pub mod head;
pub mod i18n;
mod offline;
mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod random;
pub mod router;
mod site;
mod storage;
