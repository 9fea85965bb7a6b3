//! Downloads the `.ftl` files of one locale from `/locales/<tag>/` (copied there by Trunk).

use civic_core::l10n::Source;
use gloo_net::http::Request;

pub async fn fetch_sources(tag: &str, files: &[&str]) -> Result<Vec<Source>, String> {
    let mut sources = Vec::with_capacity(files.len());
    for file in files {
        let url = format!("/locales/{tag}/{file}");
        let response = Request::get(&url)
            .send()
            .await
            .map_err(|e| format!("{url}: {e}"))?;
        if !response.ok() {
            return Err(format!("{url}: HTTP {}", response.status()));
        }
        // Single-page hosts answer unknown paths with index.html and status 200.
        let kind = response.headers().get("content-type").unwrap_or_default();
        if kind.contains("text/html") {
            return Err(format!("{url}: not found (the host answered with HTML)"));
        }
        let text = response.text().await.map_err(|e| format!("{url}: {e}"))?;
        sources.push(Source {
            locale: tag.to_string(),
            name: file.to_string(),
            text,
        });
    }
    Ok(sources)
}
