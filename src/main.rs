//! civic-portal: the Leptos client-side app. `main` only mounts; see [`app`] for the shell.

mod a11y;
mod app;
mod backend;
mod components;
mod consent;
mod forms;
mod i18n;
mod pages;
mod router;
mod site;
mod storage;

fn main() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
