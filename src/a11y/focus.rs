//! Focus moves: the browser calls of the a11y module.

use wasm_bindgen::JsCast;

/// Runs `f` on the next animation frame, once the DOM reflects the current update.
pub fn after_render(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(f);
}

/// Focuses the element with `id` if it exists and can take focus.
pub fn focus_by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Moves focus to `<main>` (the skip link's job); the browser scrolls it into view.
pub fn focus_main() {
    focus_by_id(super::MAIN_ID);
}
