//! The embedded default content under `public/content/` (the sample city, target B2) decodes
//! with the same rules the app uses, is complete in `en` and `ja`, and every internal link in
//! it (blocks, navigation, footer, breadcrumbs, alternates) points at content that exists.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use civic_core::content::{decode_news, decode_page, decode_site, Block, Inline, Page};
use civic_core::locale::{self, LocaleInfo};
use civic_core::route::Route;

/// Locales whose content must be complete (every page of `en` exists in them).
const COMPLETE: &[&str] = &["en", "ja"];

fn content_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/content")
}

fn listed_locales() -> Vec<&'static LocaleInfo> {
    locale::listed().collect()
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn pages(locale: &str) -> Vec<Page> {
    files(&content_root().join(locale).join("pages"))
        .iter()
        .map(|file| {
            let page = decode_page(&read(file), locale)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            assert_eq!(
                file.file_stem().unwrap().to_str().unwrap(),
                page.slug,
                "{}: slug differs from file name",
                file.display()
            );
            page
        })
        .collect()
}

fn slugs(locale: &str) -> BTreeSet<String> {
    pages(locale).into_iter().map(|p| p.slug).collect()
}

fn news_pages(locale: &str) -> u32 {
    files(&content_root().join(locale).join("news")).len() as u32
}

fn inline_links(content: &[Inline], out: &mut Vec<String>) {
    out.extend(content.iter().filter_map(|i| i.href.clone()));
}

fn block_links(blocks: &[Block], out: &mut Vec<String>) {
    for block in blocks {
        match block {
            Block::Paragraph { content }
            | Block::Notice { content, .. }
            | Block::Quote { content, .. } => inline_links(content, out),
            Block::List { items, .. } => {
                for item in items {
                    inline_links(&item.content, out);
                    if let Some(child) = &item.children {
                        block_links(std::slice::from_ref(child), out);
                    }
                }
            }
            Block::Accordion { sections } => {
                for s in sections {
                    block_links(&s.blocks, out);
                }
            }
            Block::Tabs { tabs, .. } => {
                for t in tabs {
                    block_links(&t.blocks, out);
                }
            }
            Block::File { href, .. } => out.push(href.clone()),
            Block::Contact(c) => out.extend(c.form_href.clone()),
            Block::Heading { .. }
            | Block::Table { .. }
            | Block::Image { .. }
            | Block::Video { .. } => {}
        }
    }
}

/// Whether a site-relative link points at content that exists, in the link's locale or
/// (as the app does) along that locale's fallback chain.
fn link_exists(href: &str) -> bool {
    let path = href.split(['#', '?']).next().unwrap_or("");
    let (Some(info), rest) = locale::split_path(path) else {
        // Static files next to the app (documents, images).
        return content_root()
            .join("..")
            .join(path.trim_start_matches('/'))
            .exists();
    };
    if rest == "/cookie-settings" {
        return true; // the app's own page, generated from config.json
    }
    info.chain().into_iter().any(|tag| {
        let dir = content_root().join(tag);
        if rest == "/" {
            return dir.join("pages/home.json").exists();
        }
        if let route @ Route::News(_) = Route::of(path) {
            let query = href.split_once("?page=").map(|(_, n)| n);
            return route.news_page(query) <= news_pages(tag);
        }
        match rest.strip_prefix("/pages/") {
            Some(slug) => dir.join("pages").join(format!("{slug}.json")).exists(),
            None => false,
        }
    })
}

fn assert_links(what: &str, hrefs: &[String]) {
    for href in hrefs.iter().filter(|h| h.starts_with('/')) {
        assert!(link_exists(href), "{what}: broken internal link {href}");
    }
}

#[test]
fn every_listed_locale_has_site_settings() {
    for info in listed_locales() {
        let file = content_root().join(info.tag).join("site.json");
        let site = decode_site(&read(&file), info.tag)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let mut hrefs: Vec<String> = site.footer_links.iter().map(|l| l.href.clone()).collect();
        fn nav(items: &[civic_core::content::NavItem], out: &mut Vec<String>) {
            for item in items {
                out.push(item.href.clone());
                nav(&item.children, out);
            }
        }
        nav(&site.navigation, &mut hrefs);
        assert!(
            !site.navigation.is_empty(),
            "{}: empty navigation",
            info.tag
        );
        assert_links(&file.display().to_string(), &hrefs);
    }
}

#[test]
fn every_page_decodes_and_its_links_resolve() {
    for info in listed_locales() {
        for page in pages(info.tag) {
            let what = format!("{}/pages/{}.json", info.tag, page.slug);
            let mut hrefs: Vec<String> = page.breadcrumbs.iter().map(|l| l.href.clone()).collect();
            block_links(&page.blocks, &mut hrefs);
            assert_links(&what, &hrefs);
            for (locale, slug) in &page.alternates {
                let file = content_root()
                    .join(locale)
                    .join("pages")
                    .join(format!("{slug}.json"));
                assert!(
                    file.exists(),
                    "{what}: alternate {locale} → {slug} does not exist"
                );
            }
        }
    }
}

#[test]
fn english_and_japanese_are_complete_and_alike() {
    let reference = slugs("en");
    assert!(reference.contains("home"));
    for locale in COMPLETE {
        assert_eq!(slugs(locale), reference, "{locale}: pages differ from en");
        assert_eq!(
            news_pages(locale),
            news_pages("en"),
            "{locale}: news pages differ from en"
        );
    }
}

#[test]
fn news_is_paged_newest_first_with_at_least_twelve_items() {
    for info in listed_locales() {
        let total = news_pages(info.tag);
        if total == 0 {
            assert!(!COMPLETE.contains(&info.tag), "{}: news missing", info.tag);
            continue;
        }
        let mut dates: Vec<String> = Vec::new();
        let mut count = 0;
        for n in 1..=total {
            let file = content_root()
                .join(info.tag)
                .join("news")
                .join(format!("{n}.json"));
            let list = decode_news(&read(&file), info.tag)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            assert_eq!(
                (list.page, list.total_pages),
                (n, total),
                "{}",
                file.display()
            );
            count += list.items.len();
            dates.extend(list.items.iter().map(|i| i.date.clone()));
            let hrefs: Vec<String> = list.items.iter().filter_map(|i| i.href.clone()).collect();
            assert_links(&file.display().to_string(), &hrefs);
            if let Some(total_items) = list.total_items {
                assert!(total_items as usize >= count);
            }
        }
        let mut sorted = dates.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(dates, sorted, "{}: news must be newest first", info.tag);
        if COMPLETE.contains(&info.tag) {
            assert!(count >= 12, "{}: only {count} news items", info.tag);
            assert!(total >= 2, "{}: news should span several pages", info.tag);
        }
    }
}

#[test]
fn the_shipped_config_decodes_with_a_valid_consent_section() {
    let file = content_root().join("../config.json");
    let config = civic_core::config::decode_config(&read(&file))
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let consent = config.consent.expect("the sample city configures consent");
    assert!(consent.categories.iter().any(|c| c.required));
    for c in &consent.categories {
        for s in &c.services {
            for locale in ["en", "ja"] {
                for (what, text) in [
                    ("purpose", &s.purpose),
                    ("data_sent", &s.data_sent),
                    ("recipient", &s.recipient),
                ] {
                    assert!(
                        text.contains_key(locale),
                        "service {}: {what} missing in {locale}",
                        s.id
                    );
                }
            }
        }
    }
}
