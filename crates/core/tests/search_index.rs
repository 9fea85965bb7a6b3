//! The site-search index built from the sample city's own content, in every locale: what a
//! visitor types finds the page they mean, in Japanese, Chinese and Korean too (no spaces
//! between words), and the index survives its own file format.

use std::path::PathBuf;

use civic_core::content::{decode_news, decode_page};
use civic_core::search::{page_text, SearchDoc, SearchIndex, Source};

fn content() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/content")
}

/// The index of `locale`'s pages and news, as the build makes it.
fn index_of(locale: &str) -> SearchIndex {
    let mut sources = Vec::new();
    let mut pages: Vec<PathBuf> = std::fs::read_dir(content().join(locale).join("pages"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    for path in pages {
        let page = decode_page(&std::fs::read_to_string(&path).unwrap(), locale).unwrap();
        let href = if page.slug == "home" {
            format!("/{locale}")
        } else {
            format!("/{locale}/pages/{}", page.slug)
        };
        sources.push(Source {
            doc: SearchDoc {
                href,
                title: page.title.clone(),
                summary: page.summary.clone().unwrap_or_default(),
                kind: "page".into(),
            },
            text: page_text(&page),
        });
    }
    let news_dir = content().join(locale).join("news");
    for n in 1.. {
        let Ok(text) = std::fs::read_to_string(news_dir.join(format!("{n}.json"))) else {
            break;
        };
        let list = decode_news(&text, locale).unwrap();
        for item in list.items {
            let href = item.href.clone().unwrap_or_else(|| {
                if n == 1 {
                    format!("/{locale}/news")
                } else {
                    format!("/{locale}/news/page/{n}")
                }
            });
            sources.push(Source {
                doc: SearchDoc {
                    href,
                    title: item.title,
                    summary: item.summary,
                    kind: "news".into(),
                },
                text: String::new(),
            });
        }
    }
    SearchIndex::build(locale, sources)
}

fn first_href(index: &SearchIndex, query: &str) -> Option<String> {
    index
        .search(query)
        .first()
        .map(|h| index.docs[h.doc as usize].href.clone())
}

#[test]
fn visitors_find_the_disaster_prevention_page_in_every_locale() {
    for (locale, query) in [
        ("en", "disaster prevention"),
        ("en", "DISASTER"),
        ("ja", "防災"),
        ("ja", "ぼうさい"),
        ("zh-Hans", "防灾"),
        ("zh-Hant", "防災"),
        ("ko", "방재"),
    ] {
        let index = index_of(locale);
        let found: Vec<String> = index
            .search(query)
            .iter()
            .map(|h| index.docs[h.doc as usize].href.clone())
            .collect();
        if query == "ぼうさい" {
            // Kana the page does not contain finds nothing rather than something wrong.
            assert!(
                found.iter().all(|h| h.ends_with("disaster-prevention")),
                "{locale} {query}: {found:?}"
            );
            continue;
        }
        assert_eq!(
            found.first().map(String::as_str),
            Some(format!("/{locale}/pages/disaster-prevention").as_str()),
            "{locale} `{query}` finds {found:?}"
        );
    }
}

#[test]
fn words_inside_japanese_text_are_found_without_spaces() {
    let index = index_of("ja");
    // 避難所 (evacuation shelter) appears inside longer sentences of the disaster page.
    let found = first_href(&index, "避難所").expect("避難所 is found");
    assert!(found.contains("disaster-prevention"), "{found}");
    assert!(index.search("存在しない言葉です").is_empty());
}

#[test]
fn every_locale_index_round_trips_and_reports_its_size() {
    for locale in ["en", "ja", "ko", "zh-Hans", "zh-Hant"] {
        let index = index_of(locale);
        assert!(
            index
                .docs
                .iter()
                .any(|d| d.href.ends_with("/pages/disaster-prevention")),
            "{locale}: {} documents without the disaster page",
            index.docs.len()
        );
        let json = serde_json::to_string(&index).unwrap();
        assert_eq!(SearchIndex::decode(&json, locale).unwrap(), index);
        eprintln!(
            "search index {locale}: {} documents, {} terms, {} bytes of JSON",
            index.docs.len(),
            index.terms.len(),
            json.len()
        );
    }
}
