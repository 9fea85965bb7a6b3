//! The shared start of the build-time tools (`search-index`, `offline-manifest`): the
//! `--dist DIR` argument, and the `config.json` of that build, decoded and checked.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::config::{decode_config, Config};

/// The build directory from `--dist DIR` and its configuration. On a wrong argument it
/// prints the usage (exit status 2); on a missing or invalid `config.json`, why (1).
pub fn dist_and_config(tool: &str) -> Result<(PathBuf, Config), ExitCode> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dist = match args.as_slice() {
        [flag, dir] if flag == "--dist" => PathBuf::from(dir),
        _ => {
            eprintln!("usage: {tool} --dist DIR");
            return Err(ExitCode::from(2));
        }
    };
    let path = dist.join("config.json");
    let config = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|t| decode_config(&t).map_err(|e| e.to_string()))
        .map_err(|e| {
            eprintln!("{tool}: {}: {e}", path.display());
            ExitCode::from(1)
        })?;
    Ok((dist, config))
}
