//! Pages of news items, newest first.

use serde::{Deserialize, Serialize};

use super::{bad, check_locale, decode, is_iso_date, DecodeError};

/// One page of the news list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsList {
    pub locale: String,
    /// This page's number, from 1.
    #[serde(default = "first_page")]
    pub page: u32,
    /// How many pages there are (at least 1, even when there are no items).
    #[serde(default = "first_page")]
    pub total_pages: u32,
    /// How many items there are over all pages, when the backend knows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_items: Option<u32>,
    pub items: Vec<NewsItem>,
}

fn first_page() -> u32 {
    1
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsItem {
    pub id: String,
    pub title: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
    pub summary: String,
    /// The page with the full story, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
    /// A category shown with the item ("Disaster prevention").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
}

/// Decodes a page of news and checks its locale, page numbers and dates.
pub fn decode_news(text: &str, expected_locale: &str) -> Result<NewsList, DecodeError> {
    let list: NewsList = decode(text)?;
    check_news(&list, expected_locale)?;
    Ok(list)
}

/// The checks of [`decode_news`] on an already decoded list.
pub fn check_news(list: &NewsList, expected_locale: &str) -> Result<(), DecodeError> {
    check_locale(&list.locale, expected_locale)?;
    if list.total_pages == 0 || list.page == 0 || list.page > list.total_pages {
        return Err(bad(
            "page",
            format!("page {} of {} is out of range", list.page, list.total_pages),
        ));
    }
    for (i, item) in list.items.iter().enumerate() {
        if !is_iso_date(&item.date) {
            return Err(bad(
                format!("items[{i}].date"),
                format!("`{}` is not a YYYY-MM-DD date", item.date),
            ));
        }
    }
    Ok(())
}
