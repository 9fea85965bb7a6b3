//! Plain text of HTML: of a parsed tree ([`to_text`]) and of an HTML string without a DOM
//! ([`strip_tags`]), whitespace collapsed.

use super::entities::decode_entities;
use super::node::{is_dropped, is_text_break, lower, HtmlNode};

pub(super) fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The text of parsed HTML, whitespace collapsed (for titles, captions and table cells).
/// Dropped elements (scripts, styles, ...) contribute nothing; block boundaries and `<br>`
/// separate words. Iterative, so any depth is safe.
pub fn to_text(nodes: &[HtmlNode]) -> String {
    enum Work<'a> {
        Node(&'a HtmlNode),
        Push(&'static str),
    }
    let mut out = String::new();
    let mut stack: Vec<Work<'_>> = nodes.iter().rev().map(Work::Node).collect();
    while let Some(work) = stack.pop() {
        match work {
            Work::Push(s) => out.push_str(s),
            Work::Node(HtmlNode::Text(t)) => out.push_str(t),
            Work::Node(HtmlNode::Element { tag, children, .. }) => {
                let tag = lower(tag);
                if is_dropped(&tag) {
                    continue;
                }
                let (open, close) = if tag == "rt" {
                    ("(", ")")
                } else if is_text_break(&tag) {
                    (" ", " ")
                } else {
                    ("", "")
                };
                out.push_str(open);
                stack.push(Work::Push(close));
                stack.extend(children.iter().rev().map(Work::Node));
            }
        }
    }
    collapse(&out)
}

/// The plain text of an HTML string without building a tree (for CMS titles and excerpts):
/// tags and comments removed (with the content of `<script>` and `<style>`), block tags and
/// `<br>` read as spaces, entities decoded, whitespace collapsed and trimmed.
pub fn strip_tags(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut text = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        let Some(lt) = s.get(i..).and_then(|rest| rest.find('<')) else {
            text.push_str(s.get(i..).unwrap_or(""));
            break;
        };
        text.push_str(s.get(i..i + lt).unwrap_or(""));
        i += lt;
        let next = bytes.get(i + 1).copied();
        if bytes[i..].starts_with(b"<!--") {
            i = find(bytes, i + 4, b"-->").map_or(bytes.len(), |end| end + 3);
            continue;
        }
        let closing = next == Some(b'/');
        let name_start = if closing { i + 2 } else { i + 1 };
        let starts_tag = matches!(next, Some(b'!' | b'?'))
            || bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic);
        if !starts_tag {
            text.push('<');
            i += 1;
            continue;
        }
        let name_end = (name_start..bytes.len())
            .find(|&j| !bytes[j].is_ascii_alphanumeric())
            .unwrap_or(bytes.len());
        let name = s
            .get(name_start..name_end)
            .unwrap_or("")
            .to_ascii_lowercase();
        i = tag_end(bytes, name_end);
        if name == "br" || is_text_break(&name) {
            text.push(' ');
        }
        if !closing && matches!(name.as_str(), "script" | "style") {
            // Raw text: skip to the matching end tag.
            let mut j = i;
            i = bytes.len();
            while let Some(at) = find(bytes, j, b"</") {
                let end = at + 2 + name.len();
                if bytes
                    .get(at + 2..end)
                    .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
                {
                    i = tag_end(bytes, end);
                    break;
                }
                j = at + 2;
            }
        }
    }
    collapse(&decode_entities(&text))
}

/// The index just past the `>` that ends a tag whose attributes start at `from`, honouring
/// quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (j, &b) in bytes.iter().enumerate().skip(from) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return j + 1,
            None => {}
        }
    }
    bytes.len()
}

fn find(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_tags_keeps_text_only() {
        assert_eq!(
            strip_tags("<p>Road works &#8211; <strong>Station</strong> Street</p>\n"),
            "Road works – Station Street"
        );
        assert_eq!(
            strip_tags("<p>One</p><p>Two<br/>Three</p>"),
            "One Two Three"
        );
        assert_eq!(strip_tags("Sample&nbsp;City &#038; Co"), "Sample City & Co");
        assert_eq!(
            strip_tags("a<script>alert('<p>x</p>')</script>b<STYLE>p{}</style >c"),
            "abc"
        );
        assert_eq!(strip_tags("x<!-- <p>hidden</p> -->y"), "xy");
        assert_eq!(strip_tags(r#"<a title="a>b" href='c>d'>link</a>"#), "link");
        assert_eq!(strip_tags("1 < 2 and 3 <= 4"), "1 < 2 and 3 <= 4");
        assert_eq!(strip_tags("&lt;script&gt;"), "<script>");
        assert_eq!(strip_tags("unterminated <b class=\"x"), "unterminated");
        assert_eq!(strip_tags("<script>never closed"), "");
        assert_eq!(strip_tags("   \n\t "), "");
        assert_eq!(strip_tags("日本語<br>テキスト"), "日本語 テキスト");
    }

    #[test]
    fn to_text_skips_dropped_elements_and_separates_blocks() {
        let el = |tag: &str, children: Vec<HtmlNode>| HtmlNode::Element {
            tag: tag.into(),
            attrs: vec![],
            children,
        };
        let t = |s: &str| HtmlNode::Text(s.into());
        let nodes = vec![
            el("p", vec![t("One")]),
            el("script", vec![t("alert(1)")]),
            el("p", vec![t("Two "), el("em", vec![t("three")])]),
            el(
                "ruby",
                vec![t("漢"), el("rp", vec![t("(")]), el("rt", vec![t("かん")])],
            ),
        ];
        assert_eq!(to_text(&nodes), "One Two three 漢(かん)");
    }
}
