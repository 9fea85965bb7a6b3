//! The site-search index built from the sample city's own content, in every locale: what a
//! visitor types finds the page they mean, in Japanese, Chinese and Korean too (no spaces
//! between words), and the index survives its own file format.

use std::path::PathBuf;

use civic_core::search::{index_of_tree, SearchIndex};

fn content() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/content")
}

/// The index of `locale`'s pages and news, as the build makes it.
fn index_of(locale: &str) -> SearchIndex {
    index_of_tree(&content(), locale).unwrap()
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
        if locale != "en" {
            // Pages without a translation are found too, in the fallback's language.
            assert!(
                index.docs.len()
                    >= index_of("en")
                        .docs
                        .iter()
                        .filter(|d| d.kind == "page")
                        .count()
            );
        }
        eprintln!(
            "search index {locale}: {} documents, {} terms, {} bytes of JSON",
            index.docs.len(),
            index.terms.len(),
            json.len()
        );
    }
}
