//! Pages of news items, newest first.

use serde::{Deserialize, Serialize};

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
