//! The parsed HTML tree, the classes of elements the walkers share, and the limits that bound
//! hostile input.

use std::borrow::Cow;

/// A parsed HTML node: an element with its (lower-case) tag name and attributes, or text.
///
/// Dropping a tree is iterative (see the `Drop` impl), so a hostile tree nested thousands of
/// levels deep cannot overflow the stack when it is freed. Match on references
/// (`match &node`) rather than moving fields out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HtmlNode {
    Element {
        tag: String,
        attrs: Vec<(String, String)>,
        children: Vec<HtmlNode>,
    },
    Text(String),
}

impl Drop for HtmlNode {
    fn drop(&mut self) {
        let HtmlNode::Element { children, .. } = self else {
            return;
        };
        if children.iter().all(|c| matches!(c, HtmlNode::Text(_))) {
            return;
        }
        let mut stack = std::mem::take(children);
        while let Some(mut node) = stack.pop() {
            if let HtmlNode::Element { children, .. } = &mut node {
                stack.append(children);
            }
            // `node` is dropped here with no children left.
        }
    }
}

/// The deepest element nesting that is walked; deeper content is kept as text only, so that
/// hostile input cannot exhaust the stack.
pub const MAX_DEPTH: usize = 64;

/// The most blocks [`to_blocks`] produces (nested blocks included); the rest is dropped.
pub const MAX_BLOCKS: usize = 5_000;

/// The most inline runs (stretches of one formatting or link) a paragraph, list item or
/// other text gets. The rest of its text is kept, as plain text in the last run: a page of a
/// million `<b>x</b>` is one element per word no more.
pub const MAX_RUNS: usize = 1_000;

/// Elements dropped with everything inside them.
pub(super) const DROPPED: &[&str] = &[
    "script", "style", "template", "iframe", "object", "embed", "noscript", "svg", "math", "form",
    "input", "button", "select", "textarea", "canvas", "audio", "video", "source", "track", "link",
    "meta", "base", "frame", "frameset", "applet", "dialog", "noembed", "noframes", "head",
    "title", "option", "optgroup", "datalist", "param", "portal", "slot", "rp",
];

/// Elements that are block containers: transparent, but they end the current paragraph.
const CONTAINERS: &[&str] = &[
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "center",
    "address",
    "dl",
    "dt",
    "dd",
    "pre",
    "figcaption",
    "hgroup",
    "fieldset",
    "legend",
    "body",
    "html",
    "li",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "summary",
    "search",
];

/// Elements whose boundaries separate words in plain text.
const TEXT_BREAKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "menu",
    "table",
    "blockquote",
    "details",
    "figure",
    "hr",
    "br",
    "img",
];

pub(super) fn lower(tag: &str) -> Cow<'_, str> {
    if tag.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(tag.to_ascii_lowercase())
    } else {
        Cow::Borrowed(tag)
    }
}

pub(super) fn is_dropped(tag: &str) -> bool {
    DROPPED.contains(&tag)
}

pub(super) fn is_text_break(tag: &str) -> bool {
    CONTAINERS.contains(&tag) || TEXT_BREAKS.contains(&tag)
}

pub(super) fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// HTML's inter-element whitespace: space, tab, line feed, form feed, carriage return.
pub(super) fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0C' | '\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropping_a_deep_tree_does_not_overflow() {
        let mut node = HtmlNode::Text("x".into());
        for _ in 0..200_000 {
            node = HtmlNode::Element {
                tag: "div".into(),
                attrs: vec![],
                children: vec![node],
            };
        }
        drop(node);
    }
}
