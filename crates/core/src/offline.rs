//! Reading offline (issue 14): what a build's service worker keeps, and the answer it gives
//! for anything else while the device is offline.
//!
//! The plan is made at build time ([`plan_of_build`], run by `bin/offline-manifest`) from
//! `config.json`'s `offline.pages` and the build's files, and written into `dist/sw.js`:
//! - the **shell**, kept when the service worker installs: the HTML shell, the hashed wasm,
//!   script and stylesheet, `config.json`, and the icons;
//! - per locale, the **pack** kept once a visitor reads the site in that locale: the
//!   pre-rendered pages, their content in every locale of the fallback chain (a missing
//!   translation is kept as the "not found" the app falls back on), the site settings with
//!   the emergency banner, the translations, and the files the pages link to (the
//!   evacuation shelter list);
//! - per locale, the pages the offline state links to.
//!
//! Its `version` changes whenever a kept file changes, so the browser installs the new
//! worker, which keeps everything afresh in a cache of its own before the old one is
//! deleted: never a mix of versions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::DecodeError;

/// The header with which the service worker marks its offline answer (status 503).
pub const OFFLINE_HEADER: &str = "x-civic-portal-offline";

/// The prefix of the service worker's cache names (`<prefix><version>`), listed as strictly
/// necessary storage in the consent configuration.
pub const CACHE_PREFIX: &str = "civic-portal-offline-";

/// A page kept offline, as the offline state links to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfflinePage {
    /// The app's route (`/ja/pages/disaster-prevention`).
    pub href: String,
    pub title: String,
    /// The content's language when it is not the locale's own (a fallback).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// What the service worker of one build keeps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfflinePlan {
    pub version: String,
    /// The build's module loader: a kept HTML page must load this one (same version).
    pub boot: String,
    pub shell: Vec<String>,
    /// Per locale: the URLs of its pack.
    pub locales: BTreeMap<String, Vec<String>>,
    /// Per locale: the pages the offline state lists.
    pub pages: BTreeMap<String, Vec<OfflinePage>>,
}

/// The body of the service worker's offline answer: the pages kept, by locale.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfflineAnswer {
    pub offline: BTreeMap<String, Vec<OfflinePage>>,
}

/// The most pages an offline answer may list (more is not from our service worker).
const MAX_LISTED: usize = 200;

/// Decodes the service worker's offline answer. Only site-relative links are kept.
pub fn decode_offline_answer(text: &str) -> Result<OfflineAnswer, DecodeError> {
    let mut answer: OfflineAnswer = crate::content::decode(text)?;
    let mut listed = 0;
    for pages in answer.offline.values_mut() {
        pages.retain(|p| {
            p.href.starts_with('/') && !p.href.starts_with("//") && !p.title.trim().is_empty()
        });
        listed += pages.len();
    }
    if listed > MAX_LISTED {
        return Err(DecodeError {
            path: "offline".into(),
            message: format!("{listed} pages listed, at most {MAX_LISTED}"),
        });
    }
    Ok(answer)
}

impl OfflineAnswer {
    /// The pages to offer a visitor reading `locale`: its own, else those of every locale
    /// kept (each marked with its language).
    pub fn for_locale(&self, locale: &str) -> Vec<OfflinePage> {
        if let Some(pages) = self.offline.get(locale).filter(|p| !p.is_empty()) {
            return pages.clone();
        }
        self.offline
            .iter()
            .flat_map(|(tag, pages)| {
                pages.iter().map(|p| OfflinePage {
                    lang: p.lang.clone().or_else(|| Some(tag.clone())),
                    ..p.clone()
                })
            })
            .collect()
    }
}

/// 64-bit FNV-1a: a content fingerprint for the version (not a security measure).
pub fn fingerprint(parts: &[&[u8]]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.iter().chain(&[0xff]) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    use super::{fingerprint, OfflinePage, OfflinePlan};
    use crate::adapter::{page_url, site_url};
    use crate::config::{AdapterKind, Config};
    use crate::content::{decode_page, Block};

    /// The top-level files of a build the app needs to start (not the reports, not the
    /// pre-rendered root pages, not the worker itself).
    fn is_shell(name: &str) -> bool {
        let ext = name.rsplit('.').next().unwrap_or("");
        name == "spa.html"
            || name == "config.json"
            || matches!(ext, "js" | "wasm" | "css" | "svg" | "ico" | "png") && name != "sw.js"
    }

    /// Same-origin file links of blocks, inside accordions and tabs too (the shelter list).
    fn files_of(blocks: &[Block], out: &mut BTreeSet<String>) {
        for block in blocks {
            match block {
                Block::File { href, .. } if href.starts_with('/') && !href.starts_with("//") => {
                    out.insert(href.clone());
                }
                Block::Accordion { sections } => {
                    for section in sections {
                        files_of(&section.blocks, out);
                    }
                }
                Block::Tabs { tabs, .. } => {
                    for tab in tabs {
                        files_of(&tab.blocks, out);
                    }
                }
                _ => {}
            }
        }
    }

    /// Plans what the service worker of the build in `dist` keeps, for `config`. `Ok(None)`
    /// when the configuration keeps nothing offline.
    pub fn plan_of_build(dist: &Path, config: &Config) -> Result<Option<OfflinePlan>, String> {
        let Some(offline) = &config.offline else {
            return Ok(None);
        };
        let read = |url: &str| std::fs::read(dist.join(url.trim_start_matches('/'))).ok();
        let mut shell: Vec<String> = std::fs::read_dir(dist)
            .map_err(|e| format!("{}: {e}", dist.display()))?
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| is_shell(n))
            .map(|n| format!("/{n}"))
            .collect();
        shell.sort_unstable();
        if !shell.iter().any(|u| u == "/spa.html") {
            return Err(format!(
                "{}/spa.html is missing: not a build",
                dist.display()
            ));
        }
        let boot = shell
            .iter()
            .find(|u| u.starts_with("/boot-") && u.ends_with(".js"))
            .cloned()
            .ok_or_else(|| format!("{}: no boot-*.js module loader", dist.display()))?;
        let backend = &config.backend;
        let native_content = (backend.adapter == AdapterKind::Native
            && backend.base_url.starts_with('/'))
        .then(|| backend.base_url.clone());
        let same_origin = |url: &String| url.starts_with('/') && !url.starts_with("//");
        let mut locales = BTreeMap::new();
        let mut pages = BTreeMap::new();
        for info in crate::locale::listed() {
            let chain = info.chain();
            let mut urls: BTreeSet<String> = BTreeSet::new();
            let mut listed = Vec::new();
            for slug in &offline.pages {
                let route = if slug == "home" {
                    format!("/{}", info.tag)
                } else {
                    format!("/{}/pages/{slug}", info.tag)
                };
                let html = dist.join(route.trim_start_matches('/')).join("index.html");
                let Ok(html) = std::fs::read_to_string(&html) else {
                    continue; // not pre-rendered in this locale: nothing to keep
                };
                urls.insert(route.clone());
                let mut title = None;
                for tag in &chain {
                    let url = page_url(backend, tag, slug);
                    let found = native_content.as_ref().and_then(|_| read(&url));
                    if same_origin(&url) {
                        urls.insert(url.clone());
                    }
                    if let Some(bytes) = found {
                        // The first locale of the chain that has the page: the app asks
                        // for no further one.
                        let text = String::from_utf8_lossy(&bytes);
                        let page = decode_page(&text, tag).map_err(|e| format!("{url}: {e}"))?;
                        files_of(&page.blocks, &mut urls);
                        title = Some((page.title, *tag));
                        break;
                    }
                }
                let (title, tag) = title.unwrap_or_else(|| (title_of_html(&html, slug), info.tag));
                listed.push(OfflinePage {
                    href: route,
                    title,
                    lang: (tag != info.tag).then(|| tag.to_string()),
                });
            }
            if listed.is_empty() {
                continue;
            }
            let mut site_found = false;
            for tag in &chain {
                let site = site_url(backend, tag);
                if same_origin(&site) && !site_found {
                    site_found = read(&site).is_some() && backend.site_url.starts_with('/');
                    urls.insert(site);
                }
                if *tag != crate::locale::REFERENCE {
                    let dir = dist.join("locales").join(tag);
                    let mut ftl: Vec<String> = std::fs::read_dir(&dir)
                        .into_iter()
                        .flatten()
                        .flatten()
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .filter(|n| n.ends_with(".ftl"))
                        .map(|n| format!("/locales/{tag}/{n}"))
                        .collect();
                    ftl.sort_unstable();
                    urls.extend(ftl);
                }
            }
            // The pre-rendered pages first: the worker checks the first to see what is kept.
            let mut ordered: Vec<String> = listed.iter().map(|p| p.href.clone()).collect();
            let rest: Vec<String> = urls.into_iter().filter(|u| !ordered.contains(u)).collect();
            ordered.extend(rest);
            locales.insert(info.tag.to_string(), ordered);
            pages.insert(info.tag.to_string(), listed);
        }
        let mut parts: Vec<Vec<u8>> = Vec::new();
        for url in shell.iter().chain(locales.values().flatten()) {
            parts.push(url.as_bytes().to_vec());
            let file = if url.contains('.') {
                url.clone()
            } else {
                format!("{url}/index.html")
            };
            parts.push(read(&file).unwrap_or_default());
        }
        let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
        Ok(Some(OfflinePlan {
            version: fingerprint(&refs),
            boot,
            shell,
            locales,
            pages,
        }))
    }

    /// The `<title>` of a pre-rendered page (for CMS content, which is not in the build).
    fn title_of_html(html: &str, fallback: &str) -> String {
        html.split_once("<title>")
            .and_then(|(_, rest)| rest.split_once("</title>"))
            .map(|(title, _)| {
                title
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&")
            })
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| fallback.to_string())
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use build::plan_of_build;

#[cfg(test)]
mod tests {
    use super::*;

    fn page(href: &str, title: &str) -> OfflinePage {
        OfflinePage {
            href: href.into(),
            title: title.into(),
            lang: None,
        }
    }

    #[test]
    fn the_offline_answer_lists_the_visitors_pages_first() {
        let answer = decode_offline_answer(
            r#"{"offline": {"ja": [{"href": "/ja/pages/disaster-prevention", "title": "防災"}],
                            "en": [{"href": "/en/pages/disaster-prevention", "title": "Disaster prevention"},
                                   {"href": "javascript:alert(1)", "title": "x"},
                                   {"href": "//evil.example/", "title": "x"}]}}"#,
        )
        .unwrap();
        assert_eq!(
            answer.for_locale("ja"),
            [page("/ja/pages/disaster-prevention", "防災")]
        );
        // Unsafe links are dropped; a locale with nothing kept is offered every locale's
        // pages, each in its language.
        let all = answer.for_locale("ko");
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].lang.as_deref(), Some("en"));
        assert_eq!(all[1].lang.as_deref(), Some("ja"));
        for bad in [
            "",
            "{}",
            r#"{"offline": []}"#,
            r#"{"offline": {"ja": [{"href": "/x"}]}}"#,
            r#"{"offline": {}, "extra": 1}"#,
        ] {
            assert!(decode_offline_answer(bad).is_err(), "{bad}");
        }
        let many: Vec<String> = (0..=MAX_LISTED)
            .map(|i| format!(r#"{{"href": "/p{i}", "title": "p"}}"#))
            .collect();
        let text = format!(r#"{{"offline": {{"en": [{}]}}}}"#, many.join(","));
        assert_eq!(decode_offline_answer(&text).unwrap_err().path, "offline");
    }

    #[test]
    fn the_fingerprint_changes_with_any_byte_and_boundary() {
        let a = fingerprint(&[b"/a.js", b"x"]);
        assert_eq!(a, fingerprint(&[b"/a.js", b"x"]));
        assert_ne!(a, fingerprint(&[b"/a.js", b"y"]));
        assert_ne!(a, fingerprint(&[b"/a.j", b"sx"]));
        assert_eq!(a.len(), 16);
    }
}
