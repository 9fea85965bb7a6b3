//! civic-portal's own contract: static files or any server that speaks it.

use crate::content::{self, DecodeError, NewsList};

use super::PageSource;

pub fn page_url(base: &str, locale: &str, slug: &str) -> String {
    format!("{base}/{locale}/pages/{slug}.json")
}

pub fn news_url(base: &str, locale: &str, page: u32) -> String {
    format!("{base}/{locale}/news/{page}.json")
}

pub fn decode_page(text: &str, locale: &str, slug: &str) -> Result<PageSource, DecodeError> {
    let page = content::decode_page(text, locale)?;
    if page.slug != slug {
        return Err(DecodeError {
            path: "slug".into(),
            message: format!("expected `{slug}`, found `{}`", page.slug),
        });
    }
    Ok(PageSource {
        page,
        body_html: None,
    })
}

pub fn decode_news(text: &str, locale: &str, page: u32) -> Result<NewsList, DecodeError> {
    let list = content::decode_news(text, locale)?;
    if list.page != page {
        return Err(DecodeError {
            path: "page".into(),
            message: format!("expected page {page}, found {}", list.page),
        });
    }
    Ok(list)
}
