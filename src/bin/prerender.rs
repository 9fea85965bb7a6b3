//! `prerender`: writes a static HTML page for every route of the configured content into a
//! built `dist/` (run after `trunk build --release`; `scripts/prerender.sh` does both).
//!
//! ```text
//! prerender [--dist DIR] [--config FILE] [--origin URL]
//! ```
//! - `--dist`: the build to complete (default `dist`); its `index.html` is the template.
//! - `--config`: the `config.json` whose backend is rendered (default `<dist>/config.json`):
//!   site-relative URLs are read from the build, absolute ones over HTTP (a WordPress or
//!   Drupal site at deploy time). The app in the browser reads `<dist>/config.json`, so render
//!   with the configuration you deploy.
//! - `--origin`: the deployed site's origin, for canonical and `hreflang` links (default
//!   `http://127.0.0.1:8080`, where `scripts/serve.sh` serves).
//!
//! Prints one line per route (`rendered` / `failed` with the reason) and a summary, writes
//! `<dist>/prerender-report.json`, and exits 1 when the home page of a listed locale failed
//! (a broken backend must not deploy an empty site) or 2 on bad arguments.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use civic_core::config;
use civic_core::content::LoadError;
use civic_portal::backend::fetch::{NativeResponse, NativeSource};
use civic_portal::prerender::{crawl, Outcome, Renderer};

struct Args {
    dist: PathBuf,
    config: Option<PathBuf>,
    origin: Option<String>,
}

fn args() -> Result<Args, String> {
    let mut out = Args {
        dist: PathBuf::from("dist"),
        config: None,
        origin: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--dist" => out.dist = PathBuf::from(value()?),
            "--config" => out.config = Some(PathBuf::from(value()?)),
            "--origin" => out.origin = Some(value()?),
            "-h" | "--help" => {
                return Err("usage: prerender [--dist DIR] [--config FILE] [--origin URL]".into())
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(out)
}

/// Answers the app's requests: a site-relative URL is a file of the build (as the static host
/// of `dist` would answer it), an absolute one goes to that backend over HTTP (a CMS).
fn source(dist: PathBuf, timeout_ms: u32) -> NativeSource {
    let agent = ureq::AgentBuilder::new()
        .timeout(std::time::Duration::from_millis(timeout_ms.into()))
        .build();
    Box::new(move |url: &str| {
        if url.starts_with("https://") || url.starts_with("http://") {
            return http_get(&agent, url);
        }
        let path = url.split(['?', '#']).next().unwrap_or("");
        if !path.starts_with('/') || path.contains("..") {
            return Err(LoadError::Network(format!(
                "{url}: neither a file of the build nor an http(s) URL"
            )));
        }
        let file = dist.join(path.trim_start_matches('/'));
        match std::fs::read_to_string(&file) {
            Ok(text) => Ok(NativeResponse {
                url: url.to_string(),
                not_found: false,
                text,
                headers: Vec::new(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(LoadError::NotFound),
            Err(e) => Err(LoadError::Network(format!("{}: {e}", file.display()))),
        }
    })
}

/// The largest answer read (as in the browser: more is a misconfigured backend).
const MAX_BYTES: u64 = 5_000_000;

fn http_get(agent: &ureq::Agent, url: &str) -> Result<NativeResponse, LoadError> {
    let response = match agent.get(url).set("Accept", "application/json").call() {
        Ok(r) => r,
        Err(ureq::Error::Status(404 | 410, _)) => return Err(LoadError::NotFound),
        Err(ureq::Error::Status(status, _)) => return Err(LoadError::Server(status)),
        Err(e) => return Err(LoadError::Network(format!("{url}: {e}"))),
    };
    if response.content_type().contains("html") {
        return Err(LoadError::NotFound); // a single-page host's answer to a missing file
    }
    let headers = response
        .headers_names()
        .into_iter()
        .filter_map(|name| Some((name.clone(), response.header(&name)?.to_string())))
        .collect();
    let mut text = String::new();
    use std::io::Read;
    response
        .into_reader()
        .take(MAX_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| LoadError::Network(format!("{url}: {e}")))?;
    if text.len() as u64 > MAX_BYTES {
        return Err(LoadError::TooLarge);
    }
    Ok(NativeResponse {
        url: url.to_string(),
        not_found: false,
        text,
        headers,
    })
}

/// The start page of every form whose definition is a file of the build (the contract's
/// `<forms base>/<locale>/forms/<id>.json`), in every listed locale: a form need not be linked
/// from a page to be published.
fn forms_in_build(dist: &Path, config: &config::Config) -> Vec<String> {
    let base = config.backend.forms_base();
    if !base.starts_with('/') {
        return Vec::new(); // on the CMS: found through links only
    }
    let mut ids = std::collections::BTreeSet::new();
    for info in civic_core::locale::listed() {
        let dir = dist
            .join(base.trim_start_matches('/'))
            .join(info.tag)
            .join("forms");
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if let Some(id) = name.strip_suffix(".json") {
                ids.insert(id.to_string());
            }
        }
    }
    civic_core::locale::listed()
        .flat_map(|info| {
            ids.iter()
                .map(move |id| format!("/{}/forms/{id}", info.tag))
        })
        .collect()
}

fn write(dist: &Path, path: &str, html: &str) -> std::io::Result<PathBuf> {
    let file = match path.trim_matches('/') {
        "" => dist.join("index.html"),
        rest => dist.join(rest).join("index.html"),
    };
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&file, html)?;
    Ok(file)
}

fn main() -> ExitCode {
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::from(2);
        }
    };
    // Trunk's index.html, or its copy when this build was pre-rendered before.
    let mut template_path = args.dist.join("index.html");
    let shell_copy = args.dist.join("spa.html");
    if std::fs::read_to_string(&template_path)
        .is_ok_and(|t| t.contains(civic_portal::boot::DATA_ID))
    {
        template_path = shell_copy;
    }
    let template = match std::fs::read_to_string(&template_path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "prerender: cannot read {} ({e}); run `trunk build --release` first",
                template_path.display()
            );
            return ExitCode::from(2);
        }
    };
    let deployed_config = args.dist.join("config.json");
    let config_path = args.config.unwrap_or_else(|| deployed_config.clone());
    let config = match std::fs::read_to_string(&config_path) {
        Ok(text) => match config::decode_config(&text) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("prerender: {} is malformed at {e}", config_path.display());
                return ExitCode::from(2);
            }
        },
        Err(e) => {
            eprintln!("prerender: cannot read {} ({e})", config_path.display());
            return ExitCode::from(2);
        }
    };
    // The browser reads the build's config.json: it must be the one rendered with.
    if config_path != deployed_config {
        if let Err(e) = std::fs::copy(&config_path, &deployed_config) {
            eprintln!(
                "prerender: cannot copy {} into the build ({e})",
                config_path.display()
            );
            return ExitCode::from(1);
        }
    }
    let origin = args
        .origin
        .unwrap_or_else(|| "http://127.0.0.1:8080".into());
    // The template must stay the single-page shell for paths not rendered: keep a copy.
    let shell = args.dist.join("spa.html");
    if let Err(e) = std::fs::write(&shell, &template) {
        eprintln!("prerender: cannot write {} ({e})", shell.display());
        return ExitCode::from(1);
    }
    let renderer = Renderer::new(
        template,
        &origin,
        source(args.dist.clone(), config.backend.timeout_ms),
    );
    let mut rendered = Vec::new();
    let mut failed = Vec::new();
    let write_page = |path: &str, html: &str| match write(&args.dist, path, html) {
        Ok(_) => true,
        Err(e) => {
            eprintln!("prerender: cannot write {path}: {e}");
            false
        }
    };
    crawl(
        &renderer,
        forms_in_build(&args.dist, &config),
        |outcome| match outcome {
            Outcome::Rendered(page) => {
                if write_page(&page.path, &page.html) {
                    println!("rendered {}", page.path);
                    rendered.push(page.path);
                }
            }
            Outcome::Failed { path, reason } => {
                println!("failed   {path}: {reason}");
                failed.push((path, reason));
            }
        },
    );
    // The root (a language list that sends visitors on) and the page of unknown paths; the
    // app renders both afresh in the browser.
    for (path, file) in [("/", "index.html"), ("/en/404", "404.html")] {
        if let Outcome::Rendered(page) = renderer.render(path, false) {
            if let Err(e) = std::fs::write(args.dist.join(file), &page.html) {
                eprintln!("prerender: cannot write {file}: {e}");
                return ExitCode::from(1);
            }
            println!("rendered {path} -> {file}");
        }
    }
    let report = serde_json::json!({
        "origin": origin,
        "rendered": rendered,
        "failed": failed.iter().map(|(p, r)| serde_json::json!({"path": p, "reason": r})).collect::<Vec<_>>(),
    });
    let _ = std::fs::write(
        args.dist.join("prerender-report.json"),
        serde_json::to_string_pretty(&report).unwrap_or_default(),
    );
    println!(
        "prerender: {} pages rendered, {} failed (left to the single-page fallback)",
        rendered.len(),
        failed.len()
    );
    let homes_failed = failed
        .iter()
        .filter(|(p, _)| p.trim_matches('/').split('/').count() == 1)
        .count();
    if homes_failed > 0 {
        eprintln!("prerender: {homes_failed} home page(s) failed");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
