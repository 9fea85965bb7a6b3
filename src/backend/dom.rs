//! Inert HTML parsing for CMS bodies: the browser's `DOMParser` builds a document in which
//! scripts never run and resources never load; the tree is copied into
//! `civic_core::html::HtmlNode` for the allowlist. Nothing parsed here is ever inserted into
//! the page.

use civic_core::html::{HtmlNode, MAX_DEPTH};
use wasm_bindgen::JsCast;

/// Parses `html` and returns the children of its `<body>`.
pub fn parse_html(html: &str) -> Vec<HtmlNode> {
    let Ok(parser) = web_sys::DomParser::new() else {
        return Vec::new();
    };
    let Ok(document) = parser.parse_from_string(html, web_sys::SupportedType::TextHtml) else {
        return Vec::new();
    };
    match document.body() {
        Some(body) => children(&body, 0),
        None => Vec::new(),
    }
}

fn children(node: &web_sys::Node, depth: usize) -> Vec<HtmlNode> {
    let list = node.child_nodes();
    let mut out = Vec::with_capacity(list.length() as usize);
    for i in 0..list.length() {
        let Some(child) = list.item(i) else { continue };
        match child.node_type() {
            web_sys::Node::TEXT_NODE => {
                if let Some(text) = child.text_content() {
                    out.push(HtmlNode::Text(text));
                }
            }
            web_sys::Node::ELEMENT_NODE => {
                let Ok(element) = child.dyn_into::<web_sys::Element>() else {
                    continue;
                };
                if depth >= MAX_DEPTH {
                    // Too deep: keep the text only, never recurse further.
                    out.push(HtmlNode::Text(element.text_content().unwrap_or_default()));
                    continue;
                }
                let attributes = element.attributes();
                let attrs = (0..attributes.length())
                    .filter_map(|j| attributes.item(j))
                    .map(|a| (a.name().to_ascii_lowercase(), a.value()))
                    .collect();
                out.push(HtmlNode::Element {
                    tag: element.tag_name().to_ascii_lowercase(),
                    attrs,
                    children: children(&element, depth + 1),
                });
            }
            _ => {}
        }
    }
    out
}
