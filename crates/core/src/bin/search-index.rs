//! `search-index`: writes the site-search index of every listed locale into a build, from the
//! native contract's files in it (`<dist>/<base_url>/<locale>/pages|news`), as
//! `<dist>/search/<locale>.json` ([`civic_core::search`]). Run by `scripts/build.sh` after the
//! pre-renderer; the app downloads a locale's index only when a visitor searches.
//!
//! ```text
//! search-index --dist dist
//! ```
//!
//! With a CMS adapter (WordPress, Drupal) nothing is written: the app asks the CMS's own
//! search. Exit status 1 when a content file does not decode or the index cannot be written.

use std::process::ExitCode;

use civic_core::config::AdapterKind;
use civic_core::search::index_of_tree;

fn main() -> ExitCode {
    let (dist, config) = match civic_core::build_tool::dist_and_config("search-index") {
        Ok(found) => found,
        Err(status) => return status,
    };
    let base = &config.backend.base_url;
    if config.backend.adapter != AdapterKind::Native || !base.starts_with('/') {
        println!("search-index: the content is not in this build (adapter or base_url elsewhere): the app uses the backend's search");
        return ExitCode::SUCCESS;
    }
    let content = dist.join(base.trim_start_matches('/'));
    let out = dist.join("search");
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("search-index: {}: {e}", out.display());
        return ExitCode::from(1);
    }
    for info in civic_core::locale::listed() {
        let index = match index_of_tree(&content, info.tag) {
            Ok(index) => index,
            Err(e) => {
                eprintln!("search-index: {e}");
                return ExitCode::from(1);
            }
        };
        let json = serde_json::to_string(&index).unwrap_or_default();
        let file = out.join(format!("{}.json", info.tag));
        if let Err(e) = std::fs::write(&file, &json) {
            eprintln!("search-index: {}: {e}", file.display());
            return ExitCode::from(1);
        }
        println!(
            "search-index: {}: {} documents, {} terms, {} bytes",
            file.display(),
            index.docs.len(),
            index.terms.len(),
            json.len()
        );
    }
    ExitCode::SUCCESS
}
