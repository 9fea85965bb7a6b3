//! The only module that touches the browser's Web Storage. Everything stored by civic-portal
//! has a [`Key`] here, so the full list of what the app keeps on a visitor's device is this
//! enum (the consent policy lists the same keys).
//!
//! Storage can be missing (privacy modes), full, or edited by hand: reads return `None`
//! and writes report `false` instead of failing, and callers validate what they read.

/// Everything civic-portal stores in `localStorage`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key<'a> {
    /// The interface language the visitor chose in the language selector (strictly
    /// necessary: it only remembers an explicit request; written on that click only).
    Locale,
    /// The visitor's consent record (strictly necessary: it is how a refusal is remembered).
    Consent,
    /// The draft of a form being filled in (strictly necessary: the visitor's own answers,
    /// kept so that a reload or a failed request loses nothing; deleted once sent).
    FormDraft(&'a str),
    /// A copy of a sent response, kept only when the visitor asks for it on the response
    /// page (strictly necessary: the visitor's own record, deletable there).
    Response(&'a str),
    /// `off` when the visitor hid the furigana (strictly necessary: remembers an explicit
    /// choice, written on that click only).
    Furigana,
}

impl Key<'_> {
    pub fn name(&self) -> String {
        match self {
            Key::Locale => "civic-portal.locale".into(),
            Key::Consent => "civic-portal.consent".into(),
            Key::FormDraft(id) => format!("civic-portal.form.{id}"),
            Key::Response(id) => format!("civic-portal.response.{id}"),
            Key::Furigana => "civic-portal.furigana".into(),
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The pre-renderer renders for a visitor with nothing stored.
#[cfg(not(target_arch = "wasm32"))]
fn local_storage() -> Option<web_sys::Storage> {
    None
}

/// Reads a value; `None` when absent or when storage is unavailable.
pub fn get(key: Key) -> Option<String> {
    local_storage()?.get_item(&key.name()).ok().flatten()
}

/// Writes a value; `false` when storage is unavailable or full.
pub fn set(key: Key, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(&key.name(), value).is_ok())
}

/// Removes a value (a tampered or outdated entry, say).
pub fn remove(key: Key) {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(&key.name());
    }
}

/// Removes every key of `localStorage` and `sessionStorage` for which `matches` holds
/// (the storage of a service whose consent was withdrawn). Returns how many were removed.
pub fn remove_matching(matches: impl Fn(&str) -> bool) -> usize {
    if local_storage().is_none() {
        return 0;
    }
    let Some(window) = web_sys::window() else {
        return 0;
    };
    let stores = [
        window.local_storage().ok().flatten(),
        window.session_storage().ok().flatten(),
    ];
    let mut removed = 0;
    for store in stores.into_iter().flatten() {
        let len = store.length().unwrap_or(0);
        let keys: Vec<String> = (0..len)
            .filter_map(|i| store.key(i).ok().flatten())
            .collect();
        for key in keys.into_iter().filter(|k| matches(k)) {
            if store.remove_item(&key).is_ok() {
                removed += 1;
            }
        }
    }
    removed
}
