//! The only module that touches the browser's Web Storage. Everything stored by civic-portal
//! has a [`Key`] here, so the full list of what the app keeps on a visitor's device is this
//! enum (the consent policy lists the same keys).
//!
//! Storage can be missing (privacy modes), full, or edited by hand: reads return `None`
//! and writes report `false` instead of failing, and callers validate what they read.

/// Everything civic-portal stores in `localStorage`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// The interface language the visitor chose in the language selector (strictly
    /// necessary: it only remembers an explicit request; written on that click only).
    Locale,
}

impl Key {
    pub fn name(self) -> &'static str {
        match self {
            Key::Locale => "civic-portal.locale",
        }
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a value; `None` when absent or when storage is unavailable.
pub fn get(key: Key) -> Option<String> {
    local_storage()?.get_item(key.name()).ok().flatten()
}

/// Writes a value; `false` when storage is unavailable or full.
pub fn set(key: Key, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key.name(), value).is_ok())
}

/// Removes a value (a tampered or outdated entry, say).
pub fn remove(key: Key) {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(key.name());
    }
}
