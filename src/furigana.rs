//! Whether furigana are shown: the visitor's choice, remembered on the device
//! (`civic-portal.furigana`, strictly necessary, written on their click only), applied to
//! the whole document as a class on `<html>` (`style/chrome/furigana-toggle.css` then hides `rt` and `rp`,
//! so they are neither shown nor read).

use leptos::prelude::*;

use crate::storage::{self, Key};

const HIDDEN_CLASS: &str = "cp-furigana-off";

/// The furigana state of the page, provided by the shell.
#[derive(Clone, Copy)]
pub struct Furigana {
    shown: RwSignal<bool>,
}

impl Furigana {
    pub fn shown(&self) -> bool {
        self.shown.get()
    }

    /// Shows or hides furigana and remembers the choice.
    pub fn set_shown(&self, shown: bool) {
        self.shown.set(shown);
        if shown {
            storage::remove(Key::Furigana);
        } else {
            storage::set(Key::Furigana, "off");
        }
    }
}

pub fn provide_furigana() {
    // Shown until the stored choice is read after hydration: the pre-rendered page shows
    // them, for a visitor who has chosen nothing.
    let shown = RwSignal::new(true);
    Effect::new(move |_| {
        if storage::get(Key::Furigana).as_deref() == Some("off") {
            shown.set(false);
        }
    });
    Effect::new(move |_| apply(shown.get()));
    provide_context(Furigana { shown });
}

pub fn use_furigana() -> Furigana {
    expect_context::<Furigana>()
}

fn apply(shown: bool) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let classes = root.class_list();
        let _ = if shown {
            classes.remove_1(HIDDEN_CLASS)
        } else {
            classes.add_1(HIDDEN_CLASS)
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (shown, HIDDEN_CLASS);
}
