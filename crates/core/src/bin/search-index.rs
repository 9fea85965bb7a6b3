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

use std::path::PathBuf;
use std::process::ExitCode;

use civic_core::config::{decode_config, AdapterKind};
use civic_core::search::index_of_tree;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dist = match args.as_slice() {
        [flag, dir] if flag == "--dist" => PathBuf::from(dir),
        _ => {
            eprintln!("usage: search-index --dist DIR");
            return ExitCode::from(2);
        }
    };
    let config = match std::fs::read_to_string(dist.join("config.json"))
        .map_err(|e| e.to_string())
        .and_then(|t| decode_config(&t).map_err(|e| e.to_string()))
    {
        Ok(config) => config,
        Err(e) => {
            eprintln!("search-index: {}/config.json: {e}", dist.display());
            return ExitCode::from(1);
        }
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
