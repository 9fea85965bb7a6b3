//! `/:lang`: the home page, the backend's page with slug `home`.

use leptos::prelude::*;

use super::content_page::PageBySlug;

#[component]
pub fn HomePage() -> impl IntoView {
    view! { <PageBySlug slug="home".to_string() /> }
}
