//! Pages and their body blocks.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::is_safe_href;
use super::{bad, check_locale, decode, is_iso_date, is_valid_slug, DecodeError};

/// A page of the portal (home, topic, policy, statement, news story), in one locale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Lower-case letters, digits and inner hyphens; the last segment of the page's URL.
    pub slug: String,
    /// The language of this page's text (BCP 47).
    pub locale: String,
    pub title: String,
    /// A numbered or dated label shown above the title ("Policy speech No. 12").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kicker: Option<String>,
    /// One or two sentences shown under the title, also used as the page description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Date of the last update, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// The trail from the home page to this page's parent (the page itself is not listed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breadcrumbs: Vec<Link>,
    /// The same page in other languages: locale → slug. The page's own locale may be listed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub alternates: BTreeMap<String, String>,
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// A labelled link (navigation, breadcrumbs, footer).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub label: String,
    pub href: String,
}

impl Link {
    /// The target if it is safe to render (see [`is_safe_href`]).
    pub fn safe_href(&self) -> Option<&str> {
        Some(self.href.as_str()).filter(|h| is_safe_href(h))
    }
}

/// One structured block of a page body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// A section heading, level 2 to 4 (the page title is the only level 1). `id` makes it
    /// a link target (`#scope`).
    Heading {
        level: u8,
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<String>,
    },
    Paragraph {
        content: Vec<Inline>,
    },
    /// A bulleted or numbered list; items may hold a nested list.
    List {
        #[serde(default)]
        ordered: bool,
        items: Vec<ListItem>,
    },
    /// A data table. `head` labels the columns (empty: a table of data without column
    /// headers); with `row_headers`, the first cell of every body row labels its row. An empty
    /// `caption` means the table has none.
    Table {
        caption: String,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
        #[serde(default)]
        row_headers: bool,
    },
    /// An image. `alt` is required; an empty `alt` marks a decorative image.
    Image {
        src: String,
        alt: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        caption: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        width: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        height: Option<u32>,
    },
    /// A highlighted box: information, or a warning.
    Notice {
        #[serde(default)]
        variant: NoticeVariant,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        content: Vec<Inline>,
    },
    /// A quotation, with whom or where it is from.
    Quote {
        content: Vec<Inline>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cite: Option<String>,
    },
    /// Who to contact about the page's subject.
    Contact(Contact),
    /// Sections that the visitor opens and closes; each holds ordinary blocks.
    Accordion {
        sections: Vec<AccordionSection>,
    },
    /// Panels of which one is shown at a time, chosen from a row of tabs (2 to 8). Each
    /// panel holds ordinary blocks, but no other tabs block.
    Tabs {
        /// What the tabs are about; the accessible name of the tab list.
        label: String,
        tabs: Vec<TabPanel>,
    },
    /// A video from a third-party service declared in the consent configuration. It is only
    /// loaded once the visitor allows that service (once, or always); until then a
    /// placeholder says who provides it and what playing it sends to whom.
    Video {
        /// The consent service id (`youtube`), whose `embed_url` builds the player URL.
        service: String,
        /// The video's id at that service: letters, digits, `-` and `_`.
        id: String,
        /// What the video shows; the player frame's accessible name.
        title: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        caption: Option<String>,
    },
    /// A link to a document, with its format and size ("PDF, 1.2 MB").
    File {
        href: String,
        title: String,
        /// Short format name shown to visitors: "PDF", "Excel", "CSV".
        format: String,
        size_bytes: u64,
    },
}

/// Whether a notice informs or warns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeVariant {
    #[default]
    Info,
    Warning,
}

/// An item of a list block, optionally with a nested list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListItem {
    pub content: Vec<Inline>,
    /// A nested list block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Box<Block>>,
}

/// Whether any inline run of `blocks` (inside lists, accordions and tabs too) carries
/// furigana: the page then offers to hide them.
pub fn has_ruby(blocks: &[Block]) -> bool {
    let runs = |content: &[Inline]| content.iter().any(|r| r.ruby.is_some());
    fn items(list: &[ListItem], runs: &dyn Fn(&[Inline]) -> bool) -> bool {
        list.iter().any(|item| {
            runs(&item.content)
                || item
                    .children
                    .as_deref()
                    .is_some_and(|b| has_ruby(std::slice::from_ref(b)))
        })
    }
    blocks.iter().any(|block| match block {
        Block::Paragraph { content }
        | Block::Notice { content, .. }
        | Block::Quote { content, .. } => runs(content),
        Block::List { items: list, .. } => items(list, &runs),
        Block::Accordion { sections } => sections.iter().any(|s| has_ruby(&s.blocks)),
        Block::Tabs { tabs, .. } => tabs.iter().any(|t| has_ruby(&t.blocks)),
        _ => false,
    })
}

/// A section of an accordion block.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccordionSection {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A tab of a tabs block: its title, and the blocks of its panel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TabPanel {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// Contact details of a section or office (also used by the site settings).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The section, office or service ("International Relations Section").
    pub name: String,
    /// The division or bureau it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub division: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// As dialled from within the country; shown as written and linked as `tel:`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Opening hours, as text ("Weekdays 8:30–17:15").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    /// A contact form for this office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form_href: Option<String>,
}

/// A run of text inside a block: plain, a link, emphasised, or in another language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inline {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub em: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub strong: bool,
    /// The language of this run if it differs from the page's (`lang` attribute).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The reading of the whole run (furigana): `{"text": "避難", "ruby": "ひなん"}` renders as
    /// `<ruby>避難<rp>(</rp><rt>ひなん</rt><rp>)</rp></ruby>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ruby: Option<String>,
}

impl Inline {
    /// Plain text.
    pub fn text(text: impl Into<String>) -> Self {
        Inline {
            text: text.into(),
            href: None,
            em: false,
            strong: false,
            lang: None,
            ruby: None,
        }
    }

    /// The run as plain text: the reading in brackets after an annotated run (`避難(ひなん)`),
    /// for search, `title` and other text-only uses.
    pub fn plain(&self) -> String {
        match self.ruby.as_deref().filter(|r| !r.is_empty()) {
            Some(reading) => format!("{}({reading})", self.text),
            None => self.text.clone(),
        }
    }

    /// The link target if it is safe to put in an `href`: site-relative paths, fragments and
    /// `http`, `https`, `mailto` and `tel` URLs. Anything else (`javascript:`, `data:`,
    /// protocol-relative `//host`) is dropped and the text renders without a link.
    pub fn safe_href(&self) -> Option<&str> {
        self.href.as_deref().filter(|h| is_safe_href(h))
    }
}

/// The deepest nesting of lists, accordions and tabs accepted (more is a malformed response).
pub const MAX_BLOCK_DEPTH: usize = 8;

/// The fewest and most tabs of a tabs block.
pub const TABS_RANGE: std::ops::RangeInclusive<usize> = 2..=8;

/// Decodes and checks a page: a title, the expected locale, a valid slug and dates, and
/// blocks within the rules of the contract (heading levels 2–4, nested lists only inside
/// list items, tables whose rows match their header, images with `alt`, 2 to 8 titled tabs
/// and no tabs inside tabs).
pub fn decode_page(text: &str, expected_locale: &str) -> Result<Page, DecodeError> {
    let mut page: Page = decode(text)?;
    check_page(&page, expected_locale)?;
    cap_runs(&mut page.blocks);
    Ok(page)
}

/// Caps every text in `blocks` at [`crate::html::MAX_RUNS`] inline runs, as the HTML path
/// does: from the last run allowed on, the text goes on as one plain run, so nothing of it
/// is lost and a paragraph of a hundred thousand links does not become a hundred thousand
/// elements. (Depth is bounded by [`check_page`] first.)
pub fn cap_runs(blocks: &mut [Block]) {
    fn cap(runs: &mut Vec<Inline>) {
        let max = crate::html::MAX_RUNS;
        if runs.len() > max {
            let rest: String = runs.drain(max - 1..).map(|r| r.text).collect();
            runs.push(Inline::text(rest));
        }
    }
    for block in blocks {
        match block {
            Block::Paragraph { content }
            | Block::Notice { content, .. }
            | Block::Quote { content, .. } => cap(content),
            Block::List { items, .. } => {
                for item in items {
                    cap(&mut item.content);
                    if let Some(child) = item.children.as_deref_mut() {
                        cap_runs(std::slice::from_mut(child));
                    }
                }
            }
            Block::Accordion { sections, .. } => {
                for section in sections {
                    cap_runs(&mut section.blocks);
                }
            }
            Block::Tabs { tabs, .. } => {
                for tab in tabs {
                    cap_runs(&mut tab.blocks);
                }
            }
            _ => {}
        }
    }
}

/// The checks of [`decode_page`] on an already decoded page (adapters use them too).
pub fn check_page(page: &Page, expected_locale: &str) -> Result<(), DecodeError> {
    if page.title.trim().is_empty() {
        return Err(bad("title", "must not be empty"));
    }
    check_locale(&page.locale, expected_locale)?;
    if !is_valid_slug(&page.slug) {
        return Err(bad("slug", format!("`{}` is not a valid slug", page.slug)));
    }
    if let Some(date) = &page.updated {
        if !is_iso_date(date) {
            return Err(bad("updated", format!("`{date}` is not a YYYY-MM-DD date")));
        }
    }
    for (locale, slug) in &page.alternates {
        if !is_valid_slug(slug) {
            return Err(bad(
                format!("alternates.{locale}"),
                format!("`{slug}` is not a valid slug"),
            ));
        }
    }
    check_blocks(&page.blocks, "blocks", 0, false)
}

/// Checks `blocks` at nesting level `depth`; `in_tabs` when they are inside a tab panel
/// (where another tabs block is refused).
fn check_blocks(
    blocks: &[Block],
    path: &str,
    depth: usize,
    in_tabs: bool,
) -> Result<(), DecodeError> {
    if depth > MAX_BLOCK_DEPTH {
        return Err(bad(
            path,
            format!("blocks nest deeper than {MAX_BLOCK_DEPTH} levels"),
        ));
    }
    for (i, block) in blocks.iter().enumerate() {
        check_block(block, &format!("{path}[{i}]"), depth, in_tabs)?;
    }
    Ok(())
}

fn check_block(block: &Block, path: &str, depth: usize, in_tabs: bool) -> Result<(), DecodeError> {
    match block {
        Block::Heading { level, .. } if !(2..=4).contains(level) => Err(bad(
            format!("{path}.level"),
            format!("heading level must be 2, 3 or 4, found {level}"),
        )),
        Block::Heading { id: Some(id), .. } if !is_valid_slug(id) => Err(bad(
            format!("{path}.id"),
            format!("`{id}` is not a valid anchor id"),
        )),
        Block::List { items, .. } => {
            for (i, item) in items.iter().enumerate() {
                if let Some(child) = &item.children {
                    let child_path = format!("{path}.items[{i}].children");
                    if !matches!(**child, Block::List { .. }) {
                        return Err(bad(child_path, "must be a list block"));
                    }
                    if depth >= MAX_BLOCK_DEPTH {
                        return Err(bad(
                            child_path,
                            format!("lists nest deeper than {MAX_BLOCK_DEPTH} levels"),
                        ));
                    }
                    check_block(child, &child_path, depth + 1, in_tabs)?;
                }
            }
            Ok(())
        }
        Block::Table { head, rows, .. } => {
            // Column headers are optional (a CMS table of plain data has none); then every
            // row has as many cells as the first.
            let width = if head.is_empty() {
                match rows.first() {
                    Some(first) if !first.is_empty() => first.len(),
                    _ => {
                        return Err(bad(
                            format!("{path}.rows"),
                            "a table without column headers needs rows with cells",
                        ))
                    }
                }
            } else {
                head.len()
            };
            let of = if head.is_empty() {
                "the first row"
            } else {
                "the header"
            };
            for (i, row) in rows.iter().enumerate() {
                if row.len() != width {
                    return Err(bad(
                        format!("{path}.rows[{i}]"),
                        format!("has {} cells, {of} has {width}", row.len()),
                    ));
                }
            }
            Ok(())
        }
        Block::Image { src, .. } if !is_safe_src(src) => Err(bad(
            format!("{path}.src"),
            "must be a site-relative path or an https URL",
        )),
        Block::Video { id, .. } if !is_plain_id(id) => Err(bad(
            format!("{path}.id"),
            "must be 1 to 64 letters, digits, `-` or `_`",
        )),
        Block::Video { service, .. } if !is_valid_slug(service) => {
            Err(bad(format!("{path}.service"), "must be a service id"))
        }
        Block::File { href, .. } if !is_safe_href(href) => {
            Err(bad(format!("{path}.href"), "is not a safe link target"))
        }
        Block::Accordion { sections } => {
            if sections.is_empty() {
                return Err(bad(format!("{path}.sections"), "must not be empty"));
            }
            for (i, section) in sections.iter().enumerate() {
                check_blocks(
                    &section.blocks,
                    &format!("{path}.sections[{i}].blocks"),
                    depth + 1,
                    in_tabs,
                )?;
            }
            Ok(())
        }
        Block::Tabs { .. } if in_tabs => Err(bad(
            path,
            "a tabs block cannot be inside another tabs block",
        )),
        Block::Tabs { label, tabs } => {
            if label.trim().is_empty() {
                return Err(bad(format!("{path}.label"), "must not be empty"));
            }
            if !TABS_RANGE.contains(&tabs.len()) {
                return Err(bad(
                    format!("{path}.tabs"),
                    format!(
                        "must have {} to {} tabs, found {}",
                        TABS_RANGE.start(),
                        TABS_RANGE.end(),
                        tabs.len()
                    ),
                ));
            }
            for (i, tab) in tabs.iter().enumerate() {
                if tab.title.trim().is_empty() {
                    return Err(bad(format!("{path}.tabs[{i}].title"), "must not be empty"));
                }
                check_blocks(
                    &tab.blocks,
                    &format!("{path}.tabs[{i}].blocks"),
                    depth + 1,
                    true,
                )?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Whether `id` is 1 to 64 ASCII letters, digits, `-` or `_`: safe to put into a URL
/// template (a video id).
pub fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether an image source may be loaded: site-relative paths and `https` URLs only (no
/// `data:`, no `javascript:`, no plain `http` on an https site).
pub fn is_safe_src(src: &str) -> bool {
    let s = src.trim();
    !s.is_empty()
        && !s.chars().any(|c| c.is_control() || c.is_whitespace())
        && (s.starts_with('/') && !s.starts_with("//") && !s.starts_with("/\\")
            || s.to_ascii_lowercase().starts_with("https://"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_paragraph_with_absurdly_many_runs_is_capped_without_losing_text() {
        let runs: Vec<serde_json::Value> = (0..5_000)
            .map(|i| serde_json::json!({ "text": format!("w{i} "), "href": "/en/news" }))
            .collect();
        let page = serde_json::json!({
            "slug": "many", "locale": "en", "title": "Many",
            "blocks": [
                { "type": "paragraph", "content": runs },
                { "type": "list", "ordered": false, "items": [{ "content": runs }] }
            ]
        });
        let page = decode_page(&page.to_string(), "en").unwrap();
        let Block::Paragraph { content } = &page.blocks[0] else {
            panic!()
        };
        assert_eq!(content.len(), crate::html::MAX_RUNS);
        assert!(content[..crate::html::MAX_RUNS - 1]
            .iter()
            .all(|r| r.href.is_some()));
        let last = content.last().unwrap();
        assert!(last.href.is_none());
        assert!(last.text.starts_with("w999 ") && last.text.ends_with("w4999 "));
        let Block::List { items, .. } = &page.blocks[1] else {
            panic!()
        };
        assert_eq!(items[0].content.len(), crate::html::MAX_RUNS);
    }
}
