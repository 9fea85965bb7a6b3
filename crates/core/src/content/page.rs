//! Pages and their body blocks.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::is_safe_href;

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
    /// A data table. The first row of `head` labels the columns; with `row_headers`, the
    /// first cell of every body row labels its row.
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
