//! Downloads the `.ftl` files of one locale from `/locales/<tag>/` (copied there by Trunk),
//! through the app's one transport (`backend::fetch`: time-out, cache, the pre-renderer's
//! source).

use civic_core::l10n::Source;

use crate::backend::fetch;

/// How long one `.ftl` file may take.
const TIMEOUT_MS: u32 = 10_000;

/// The path of `file` of locale `tag`.
pub fn url(tag: &str, file: &str) -> String {
    format!("/locales/{tag}/{file}")
}

pub async fn fetch_sources(tag: &str, files: &[&str]) -> Result<Vec<Source>, String> {
    let mut sources = Vec::with_capacity(files.len());
    for file in files {
        let url = url(tag, file);
        // A host that answers a missing file with index.html counts as not found.
        let response = fetch::get(&url, Some("text/plain, */*"), TIMEOUT_MS)
            .await
            .map_err(|e| format!("{url}: {e}"))?;
        sources.push(Source {
            locale: tag.to_string(),
            name: file.to_string(),
            text: response.text.to_string(),
        });
    }
    Ok(sources)
}
