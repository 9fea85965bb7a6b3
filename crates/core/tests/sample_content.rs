//! The embedded default content under `public/content/` decodes with the same rules the app
//! uses, in every locale folder, and its internal links point at pages that exist.

use std::path::{Path, PathBuf};

use civic_core::content::{decode_news, decode_page, Block, Inline};
use civic_core::locale::{self, LocaleInfo};

fn content_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/content")
}

/// Locales with content: `en` and `ja` are complete; other locales may have some pages
/// (the app falls back along the locale's chain and says so).
fn content_locales() -> Vec<&'static LocaleInfo> {
    let with_content: Vec<&'static LocaleInfo> = locale::SHIPPED
        .iter()
        .filter(|l| content_root().join(l.tag).is_dir())
        .collect();
    for required in ["en", "ja"] {
        assert!(
            with_content.iter().any(|l| l.tag == required),
            "{required} content missing"
        );
    }
    with_content
}

fn page_files(locale: &str) -> Vec<PathBuf> {
    let dir = content_root().join(locale).join("pages");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

fn links(blocks: &[Block], out: &mut Vec<String>) {
    fn runs(content: &[Inline], out: &mut Vec<String>) {
        out.extend(content.iter().filter_map(|i| i.href.clone()));
    }
    for block in blocks {
        match block {
            Block::Paragraph { content } | Block::Notice { content, .. } => runs(content, out),
            Block::List { items, .. } => {
                for item in items {
                    runs(&item.content, out);
                    if let Some(child) = &item.children {
                        links(std::slice::from_ref(child), out);
                    }
                }
            }
            Block::Heading { .. } => {}
        }
    }
}

#[test]
fn every_page_decodes_and_matches_its_file_name() {
    for info in content_locales() {
        let files = page_files(info.tag);
        assert!(
            files.iter().any(|f| f.ends_with("home.json")),
            "{}: home page missing",
            info.tag
        );
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let page =
                decode_page(&text, info.tag).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            assert_eq!(
                file.file_stem().unwrap().to_str().unwrap(),
                page.slug,
                "{}",
                file.display()
            );
        }
    }
}

#[test]
fn news_decodes_in_every_locale() {
    for info in content_locales() {
        let file = content_root().join(info.tag).join("news.json");
        if !file.exists() && !["en", "ja"].contains(&info.tag) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let news =
            decode_news(&text, info.tag).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(!news.items.is_empty());
        let dates: Vec<&str> = news.items.iter().map(|i| i.date.as_str()).collect();
        let sorted = {
            let mut d = dates.clone();
            d.sort_by(|a, b| b.cmp(a));
            d
        };
        assert_eq!(dates, sorted, "{}: news must be newest first", info.tag);
    }
}

#[test]
fn internal_links_point_at_existing_pages_in_the_same_locale() {
    for info in content_locales() {
        for file in page_files(info.tag) {
            let page = decode_page(&std::fs::read_to_string(&file).unwrap(), info.tag).unwrap();
            let mut hrefs = Vec::new();
            links(&page.blocks, &mut hrefs);
            for href in hrefs.iter().filter(|h| h.starts_with('/')) {
                let prefix = format!("/{}/", info.tag);
                assert!(
                    href.starts_with(&prefix),
                    "{}: {href} leaves the locale",
                    file.display()
                );
                let rest = &href[prefix.len()..];
                let ok = rest == "news"
                    || rest.strip_prefix("pages/").is_some_and(|slug| {
                        content_root()
                            .join(info.tag)
                            .join("pages")
                            .join(format!("{slug}.json"))
                            .exists()
                    });
                assert!(ok, "{}: broken internal link {href}", file.display());
            }
        }
    }
}
