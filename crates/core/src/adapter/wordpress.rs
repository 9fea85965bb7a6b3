//! Placeholder, being written: see adapter/mod.rs for the API.

use crate::content::{DecodeError, NewsList};

use super::PageSource;

pub fn page_url(base: &str, locale: &str, slug: &str) -> String {
    format!("{base}/{locale}/{slug}")
}

pub fn news_url(base: &str, locale: &str, page: u32, per_page: u32) -> String {
    format!("{base}/{locale}/{page}/{per_page}")
}

pub fn decode_page(_text: &str, _locale: &str, _slug: &str) -> Result<Option<PageSource>, DecodeError> {
    Ok(None)
}

pub fn decode_news(
    _text: &str,
    _headers: &dyn super::Headers,
    locale: &str,
    page: u32,
    _per_page: u32,
) -> Result<NewsList, DecodeError> {
    Ok(NewsList { locale: locale.into(), page, total_pages: 1, total_items: None, items: vec![] })
}
