//! Any path that matches no route.

use civic_core::content::LoadError;
use leptos::prelude::*;

use crate::components::content::load_state::LoadFailure;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <LoadFailure error=LoadError::NotFound retry=Callback::new(|_| ()) /> }
}
