//! CMS HTML parsed natively (feature `native-html`: the pre-renderer and the tests). The
//! browser app parses with its inert `DOMParser` instead; both hand the same
//! [`HtmlNode`](crate::html::HtmlNode) tree to the allowlist.

use scraper::{Html, Node};

use crate::html::HtmlNode;

/// Parses `html` as a `<body>` fragment into `HtmlNode`s (the children of the fragment root).
/// Iterative, so a hostile nesting depth cannot overflow the stack.
pub fn parse(html: &str) -> Vec<HtmlNode> {
    let doc = Html::parse_fragment(html);
    let root = doc.root_element();
    // (children still to visit, converted children, the element being built)
    let mut stack = vec![(root.children(), Vec::new(), None)];
    loop {
        let Some(top) = stack.last_mut() else {
            return Vec::new();
        };
        match top.0.next() {
            Some(child) => match child.value() {
                Node::Text(text) => top.1.push(HtmlNode::Text(text.to_string())),
                Node::Element(el) => {
                    let attrs: Vec<(String, String)> = el
                        .attrs()
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .collect();
                    stack.push((
                        child.children(),
                        Vec::new(),
                        Some((el.name().to_string(), attrs)),
                    ));
                }
                _ => {}
            },
            None => {
                let (_, children, element) = stack.pop().expect("non-empty stack");
                match (element, stack.last_mut()) {
                    (Some((tag, attrs)), Some(parent)) => parent.1.push(HtmlNode::Element {
                        tag,
                        attrs,
                        children,
                    }),
                    _ => return children,
                }
            }
        }
    }
}
