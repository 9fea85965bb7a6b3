//! The browser side of drafts: local storage (through [`crate::storage`]), the clock and
//! random idempotency keys; plus which drafts were already announced as restored in this visit
//! (what was sent in this visit is kept by [`super::response`]).

use std::cell::RefCell;
use std::collections::HashSet;

use civic_core::content::FormDefinition;
use civic_core::forms::{self, Draft};

use crate::storage::{self, Key};

thread_local! {
    static OPENED: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// The stored draft of `def`, if readable; a tampered or foreign one is deleted (and said
/// in the console), never shown.
pub fn load(def: &FormDefinition) -> Option<Draft> {
    let stored = storage::get(Key::FormDraft(&def.id))?;
    match forms::restore(def, &stored) {
        Ok(draft) => {
            let saved = js_sys::Date::parse(&draft.saved_at);
            if saved.is_nan() || forms::is_expired(saved, js_sys::Date::now(), def.draft_days) {
                web_sys::console::info_1(
                    &format!(
                        "[forms] the saved answers of `{}` were older than {} days and were removed",
                        def.id, def.draft_days
                    )
                    .into(),
                );
                delete(&def.id);
                return None;
            }
            Some(draft)
        }
        Err(err) => {
            web_sys::console::warn_1(
                &format!(
                    "[forms] the saved answers of `{}` were unreadable ({err:?}) and were removed",
                    def.id
                )
                .into(),
            );
            delete(&def.id);
            None
        }
    }
}

/// Stores `draft`; `false` when storage is unavailable or full.
pub fn save(draft: &Draft) -> bool {
    storage::set(Key::FormDraft(&draft.form_id), &draft.encode())
}

pub fn delete(form_id: &str) {
    storage::remove(Key::FormDraft(form_id));
}

/// `true` the first time a form is opened in this visit (the "restored" notice shows once).
pub fn first_open_this_visit(form_id: &str) -> bool {
    OPENED.with(|o| o.borrow_mut().insert(form_id.to_string()))
}

/// A new idempotency key: a random UUID (version 4).
pub fn new_key() -> String {
    crate::random::uuid_v4()
}

/// Now, as ISO 8601 (UTC).
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}
