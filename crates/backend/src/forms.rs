//! Form definitions, read from the same static files the app shows
//! (`<content>/<locale>/forms/<id>.json`, falling back to English), decoded and checked with
//! `civic_core` — the one set of rules shared with the front end.

use std::path::{Path, PathBuf};

use civic_core::content::{self, FormDefinition};
use civic_core::locale;

/// The definition of form `id` in `locale` (or English when that locale has none).
/// Read at each request, so edits to the content show up without a restart.
pub fn load(content_dir: &Path, locale: &str, id: &str) -> Option<FormDefinition> {
    if !content::is_valid_slug(id) {
        return None;
    }
    let mut tags = vec![locale];
    if locale != locale::REFERENCE {
        tags.push(locale::REFERENCE);
    }
    tags.into_iter().find_map(|tag| {
        let path: PathBuf = content_dir
            .join(tag)
            .join("forms")
            .join(format!("{id}.json"));
        let text = std::fs::read_to_string(&path).ok()?;
        match content::decode_form(&text, tag, id) {
            Ok(def) => Some(def),
            Err(err) => {
                eprintln!("civic-backend: {} is malformed: {err}", path.display());
                None
            }
        }
    })
}
