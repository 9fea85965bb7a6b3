//! civic-portal: the Leptos client-side app. `main` only mounts; see [`app`] for the shell.

mod a11y;
mod app;
mod backend;
mod components;
mod i18n;
mod pages;
mod storage;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
