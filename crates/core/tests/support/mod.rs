//! Helpers shared by the native integration tests: the pre-renderer's HTML parser and
//! builders of the contract's inline runs and blocks (each test crate uses some of them).
#![allow(dead_code)]

use civic_core::content::{Block, Inline, ListItem};

/// Parses `html` as a `<body>` fragment into `HtmlNode`s: the pre-renderer's parser.
pub use civic_core::native_html::parse;

/// A plain run.
pub fn t(text: &str) -> Inline {
    Inline::text(text)
}

/// A bold run.
pub fn strong(text: &str) -> Inline {
    Inline {
        strong: true,
        ..t(text)
    }
}

/// An emphasised run.
pub fn em(text: &str) -> Inline {
    Inline {
        em: true,
        ..t(text)
    }
}

/// A link.
pub fn link(text: &str, href: &str) -> Inline {
    Inline {
        href: Some(href.into()),
        ..t(text)
    }
}

/// A paragraph of `content`.
pub fn p(content: Vec<Inline>) -> Block {
    Block::Paragraph { content }
}

/// A paragraph of one plain run.
pub fn para(text: &str) -> Block {
    p(vec![t(text)])
}

/// A list item of one plain run, without a nested list.
pub fn item(text: &str) -> ListItem {
    ListItem {
        content: vec![t(text)],
        children: None,
    }
}

/// A heading.
pub fn heading(level: u8, text: &str, id: Option<&str>) -> Block {
    Block::Heading {
        level,
        text: text.into(),
        id: id.map(String::from),
    }
}
