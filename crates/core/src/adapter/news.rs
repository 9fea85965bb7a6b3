//! Finishing a CMS news list: what the WordPress and Drupal adapters share once each has read
//! its own JSON. Items become contract [`NewsItem`]s the same way (the day of the date, a link
//! only for a valid slug), the page count follows the same rules, and the list is checked like
//! a native one, with errors naming the CMS's own JSON path.

use crate::content::{self, is_valid_slug, DecodeError, NewsItem, NewsList};

/// What a CMS says about the size of the list.
pub(crate) struct Paging {
    pub total_items: Option<u32>,
    /// The page count when the CMS sends it (or the item count it follows from).
    pub total_pages: Option<u32>,
    /// Without a page count: whether there is a next page (a full page, a `next` link).
    pub has_next: bool,
}

/// One item as a CMS lists it, its text already plain.
pub(crate) struct CmsItem<'a> {
    pub id: String,
    pub title: String,
    /// An ISO 8601 date or date-time; the list keeps its `YYYY-MM-DD` start.
    pub date: &'a str,
    pub summary: String,
    pub slug: Option<&'a str>,
}

/// Where the CMS's JSON holds the items and, inside an item, its date: `("", ".date")` for
/// WordPress's top-level array, `("data", ".attributes.created")` for Drupal's JSON:API.
pub(crate) struct ItemPaths {
    pub items: &'static str,
    pub date: &'static str,
}

/// The checked [`NewsList`] of page `page` of `locale`.
pub(crate) fn finish(
    locale: &str,
    page: u32,
    paging: Paging,
    items: Vec<CmsItem<'_>>,
    paths: ItemPaths,
) -> Result<NewsList, DecodeError> {
    let total_pages = match paging.total_pages {
        Some(n) => n.max(1),
        None if paging.has_next => page.saturating_add(1),
        None => page.max(1),
    };
    let items = items
        .into_iter()
        .map(|item| NewsItem {
            id: item.id,
            title: item.title,
            date: item.date.get(..10).unwrap_or(item.date).to_string(),
            summary: item.summary,
            href: item
                .slug
                .filter(|s| is_valid_slug(s))
                .map(|s| format!("/{locale}/pages/{s}")),
            category: None,
        })
        .collect();
    let list = NewsList {
        locale: locale.to_string(),
        page,
        total_pages,
        total_items: paging.total_items,
        items,
    };
    content::check_news(&list, locale).map_err(|e| DecodeError {
        path: match e.path.strip_prefix("items") {
            Some(rest) => match rest.strip_suffix(".date") {
                Some(index) => format!("{}{index}{}", paths.items, paths.date),
                None => format!("{}{rest}", paths.items),
            },
            None => e.path,
        },
        message: e.message,
    })?;
    Ok(list)
}
