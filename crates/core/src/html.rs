//! CMS HTML → structured blocks (target B4).
//!
//! civic-portal never inserts backend HTML into the page. HTML from a CMS (WordPress
//! `content.rendered`, Drupal `body.processed`) is parsed by an inert parser (the browser's
//! `DOMParser` in the app, where scripts never run; an HTML5 parser in native tests) into an
//! [`HtmlNode`] tree, and [`to_blocks`] walks that tree with an allowlist into the same
//! [`Block`]s the native contract uses. Anything not on the allowlist is dropped or reduced to
//! its text: scripts, styles, frames, forms, event-handler attributes and unsafe URLs cannot
//! reach the DOM, because no attribute is ever copied and every block renders as text.
//!
//! This file owns:
//!
//! * [`to_blocks`]: the allowlist walk (headings, paragraphs with links and emphasis, lists,
//!   tables, images, quotes, `<details>` accordions; containers are transparent; dangerous
//!   elements are dropped with their content);
//! * [`to_text`]: the text of a tree, for titles, captions and table cells;
//! * [`decode_entities`] and [`strip_tags`]: for CMS titles and excerpts that arrive as HTML
//!   strings without a DOM.
//!
//! Hostile input is bounded: elements nested deeper than [`MAX_DEPTH`] are reduced to their
//! text without recursion, at most [`MAX_BLOCKS`] blocks are produced, a text has at most
//! [`MAX_RUNS`] inline runs (the rest of it plain), lists and accordions
//! never nest deeper than [`MAX_BLOCK_DEPTH`], and the output always passes
//! [`crate::content::check_page`].

use std::borrow::Cow;
use std::cell::Cell;

use crate::content::{
    is_safe_href, is_safe_src, is_valid_slug, AccordionSection, Block, Inline, ListItem,
    MAX_BLOCK_DEPTH,
};

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
const DROPPED: &[&str] = &[
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

fn lower(tag: &str) -> Cow<'_, str> {
    if tag.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(tag.to_ascii_lowercase())
    } else {
        Cow::Borrowed(tag)
    }
}

fn is_dropped(tag: &str) -> bool {
    DROPPED.contains(&tag)
}

fn is_text_break(tag: &str) -> bool {
    CONTAINERS.contains(&tag) || TEXT_BREAKS.contains(&tag)
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// HTML's inter-element whitespace: space, tab, line feed, form feed, carriage return.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0C' | '\r')
}

/// Whether `tag` looks like a BCP 47 language tag: letters, digits and inner hyphens, up to
/// 35 characters, starting with a letter.
pub(crate) fn is_lang_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 35
        && tag.as_bytes()[0].is_ascii_alphabetic()
        && !tag.ends_with('-')
        && !tag.contains("--")
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Converts parsed CMS HTML into blocks with an allowlist (see the module documentation).
pub fn to_blocks(nodes: &[HtmlNode]) -> Vec<Block> {
    let budget = Cell::new(MAX_BLOCKS);
    let mut walker = Walker::blocks(&budget, 0);
    walker.walk(nodes, &Fmt::default(), 0);
    walker.flush();
    walker.out
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

/// The formatting of an inline run while walking.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Fmt {
    href: Option<String>,
    em: bool,
    strong: bool,
    lang: Option<String>,
}

impl Fmt {
    fn matches(&self, run: &Inline) -> bool {
        run.href == self.href
            && run.em == self.em
            && run.strong == self.strong
            && run.lang == self.lang
            && run.ruby.is_none()
    }

    fn run(&self, text: &str) -> Inline {
        Inline {
            text: text.to_string(),
            href: self.href.clone(),
            em: self.em,
            strong: self.strong,
            lang: self.lang.clone(),
            ruby: None,
        }
    }

    /// This format with the element's `lang` attribute applied, if it is a language tag.
    fn with_lang(&self, attrs: &[(String, String)]) -> Cow<'_, Fmt> {
        match attr(attrs, "lang")
            .map(str::trim)
            .filter(|l| is_lang_tag(l))
        {
            Some(lang) if self.lang.as_deref() != Some(lang) => Cow::Owned(Fmt {
                lang: Some(lang.to_string()),
                ..self.clone()
            }),
            _ => Cow::Borrowed(self),
        }
    }
}

/// A collapsed space waiting for the next word, and the context it appeared in.
#[derive(Default)]
enum Pending {
    #[default]
    None,
    /// In the same formatting as the last run.
    InLast,
    /// In other formatting (between two elements, at the start of one).
    Other(Fmt),
}

/// Inline runs being collected, with HTML whitespace collapsing.
#[derive(Default)]
struct Runs {
    runs: Vec<Inline>,
    pending: Pending,
}

impl Runs {
    /// A collapsible space (whitespace, `<br>`, a block boundary inside inline content) in
    /// formatting `fmt`. Leading spaces are dropped.
    fn space(&mut self, fmt: &Fmt) {
        if !matches!(self.pending, Pending::None) {
            return;
        }
        match self.runs.last() {
            None => {}
            Some(last) if fmt.matches(last) => self.pending = Pending::InLast,
            Some(_) => self.pending = Pending::Other(fmt.clone()),
        }
    }

    fn push_text(&mut self, text: &str, fmt: &Fmt) {
        for (i, word) in text.split(is_html_space).enumerate() {
            if i > 0 {
                self.space(fmt);
            }
            if !word.is_empty() {
                self.push_word(word, fmt);
            }
        }
    }

    fn push_word(&mut self, word: &str, fmt: &Fmt) {
        self.settle(fmt);
        self.append(word, fmt);
    }

    /// Writes the pending space, if any, before a word in formatting `fmt`.
    fn settle(&mut self, fmt: &Fmt) {
        match std::mem::take(&mut self.pending) {
            Pending::None => {}
            // A space outside links stays in the formatting it appeared in.
            Pending::Other(space) if space.href.is_none() => self.append(" ", &space),
            // A space in a link is kept out of it unless the link goes on, so that links are
            // never underlined across a gap.
            Pending::InLast | Pending::Other(_) => match self.runs.last_mut() {
                Some(last) if last.href.is_none() || last.href == fmt.href => last.text.push(' '),
                Some(_) if fmt.href.is_none() => self.append(" ", fmt),
                Some(_) => self.append(" ", &Fmt::default()),
                None => {}
            },
        }
    }

    /// `base` annotated with `reading` (one `<ruby>` pair): a run of its own, never merged.
    fn push_ruby(&mut self, base: &str, reading: &str, fmt: &Fmt) {
        let (base, reading) = (collapse(base), collapse(reading));
        if base.is_empty() {
            return;
        }
        if reading.is_empty() || self.runs.len() >= MAX_RUNS - 1 {
            let text = if reading.is_empty() {
                base
            } else {
                format!("{base}({reading})")
            };
            return self.push_text(&text, fmt);
        }
        self.settle(fmt);
        self.runs.push(Inline {
            ruby: Some(reading),
            ..fmt.run(&base)
        });
    }

    fn append(&mut self, text: &str, fmt: &Fmt) {
        // From the last run allowed on, the text goes on in one plain run (see MAX_RUNS).
        let plain = Fmt::default();
        let fmt = if self.runs.len() >= MAX_RUNS - 1 {
            &plain
        } else {
            fmt
        };
        match self.runs.last_mut() {
            Some(last) if fmt.matches(last) => last.text.push_str(text),
            _ => self.runs.push(fmt.run(text)),
        }
    }

    /// The collected runs, or nothing if they hold only whitespace (`<p>&nbsp;</p>`).
    fn take(&mut self) -> Vec<Inline> {
        self.pending = Pending::None;
        let runs = std::mem::take(&mut self.runs);
        if runs.iter().all(|r| r.text.chars().all(char::is_whitespace)) {
            Vec::new()
        } else {
            runs
        }
    }
}

/// The allowlist walk. A walker either produces blocks, or (`inline_only`, for list items and
/// quotes) only inline runs, where block elements become word breaks.
struct Walker<'b> {
    out: Vec<Block>,
    runs: Runs,
    /// Blocks that may still be produced, shared by all walkers of one conversion.
    budget: &'b Cell<usize>,
    inline_only: bool,
    /// Nesting of the blocks this walker produces (lists and accordions), for
    /// [`MAX_BLOCK_DEPTH`].
    nest: usize,
    /// The `<figcaption>` of the enclosing `<figure>`, until an image or table takes it.
    fig_caption: Option<String>,
}

impl<'b> Walker<'b> {
    fn blocks(budget: &'b Cell<usize>, nest: usize) -> Self {
        Walker {
            out: Vec::new(),
            runs: Runs::default(),
            budget,
            inline_only: false,
            nest,
            fig_caption: None,
        }
    }

    fn inline(budget: &'b Cell<usize>, nest: usize) -> Self {
        Walker {
            inline_only: true,
            ..Walker::blocks(budget, nest)
        }
    }

    fn exhausted(&self) -> bool {
        self.budget.get() == 0
    }

    fn push_block(&mut self, block: Block) {
        if self.inline_only {
            return;
        }
        if let Some(left) = self.budget.get().checked_sub(1) {
            self.budget.set(left);
            self.out.push(block);
        }
    }

    /// Ends the current paragraph.
    fn flush(&mut self) {
        if self.inline_only {
            self.runs.space(&Fmt::default());
            return;
        }
        let content = self.runs.take();
        if !content.is_empty() {
            self.push_block(Block::Paragraph { content });
        }
    }

    fn walk(&mut self, nodes: &[HtmlNode], fmt: &Fmt, depth: usize) {
        for node in nodes {
            if self.exhausted() {
                return;
            }
            match node {
                HtmlNode::Text(text) => self.runs.push_text(text, fmt),
                HtmlNode::Element {
                    tag,
                    attrs,
                    children,
                } => self.element(&lower(tag), attrs, children, fmt, depth),
            }
        }
    }

    fn walk_one(&mut self, node: &HtmlNode, fmt: &Fmt, depth: usize) {
        self.walk(std::slice::from_ref(node), fmt, depth);
    }

    /// A block container: transparent, but it ends the paragraph before and after it.
    fn container(&mut self, children: &[HtmlNode], fmt: &Fmt, depth: usize) {
        self.flush();
        self.walk(children, fmt, depth);
        self.flush();
    }

    fn element(
        &mut self,
        tag: &str,
        attrs: &[(String, String)],
        children: &[HtmlNode],
        fmt: &Fmt,
        depth: usize,
    ) {
        if is_dropped(tag) {
            return;
        }
        if depth >= MAX_DEPTH {
            // Too deep to walk: keep the text only, without recursion.
            let text = to_text(children);
            if is_text_break(tag) {
                self.runs.space(fmt);
            }
            self.runs.push_text(&text, fmt);
            if is_text_break(tag) {
                self.runs.space(fmt);
            }
            return;
        }
        let depth = depth + 1;
        match tag {
            "br" => self.runs.space(fmt),
            "hr" => self.flush(),
            "a" => {
                let href = attr(attrs, "href")
                    .map(str::trim)
                    .filter(|h| is_safe_href(h))
                    .map(str::to_string);
                let fmt = Fmt {
                    href,
                    ..fmt.with_lang(attrs).into_owned()
                };
                self.walk(children, &fmt, depth);
            }
            "em" | "i" | "cite" | "dfn" | "var" => {
                let fmt = Fmt {
                    em: true,
                    ..fmt.with_lang(attrs).into_owned()
                };
                self.walk(children, &fmt, depth);
            }
            "strong" | "b" => {
                let fmt = Fmt {
                    strong: true,
                    ..fmt.with_lang(attrs).into_owned()
                };
                self.walk(children, &fmt, depth);
            }
            "ruby" => self.ruby(children, &fmt.with_lang(attrs)),
            "rt" => {
                // A stray annotation outside `<ruby>` reads as "(かんじ)".
                let fmt = fmt.with_lang(attrs);
                self.runs.push_text("(", &fmt);
                self.walk(children, &fmt, depth);
                self.runs.push_text(")", &fmt);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" if !self.inline_only => {
                self.flush();
                let text = to_text(children);
                if !text.is_empty() {
                    let level = match tag {
                        "h1" | "h2" => 2,
                        "h3" => 3,
                        _ => 4,
                    };
                    let id = attr(attrs, "id")
                        .map(str::trim)
                        .filter(|id| is_valid_slug(id))
                        .map(str::to_string);
                    self.push_block(Block::Heading { level, text, id });
                }
            }
            "p" => self.container(children, fmt, depth),
            "ul" | "ol" | "menu" if !self.inline_only => {
                self.flush();
                if let Some(list) = self.list(tag == "ol", children, fmt, depth, self.nest) {
                    self.push_block(list);
                }
            }
            "table" if !self.inline_only => {
                self.flush();
                if let Some(table) = self.table(children) {
                    self.push_block(table);
                }
            }
            "img" if self.inline_only => {
                // In a list item or quote an image cannot be a block: its text alternative
                // is read in its place (keeping e.g. an icon link's text).
                if let Some(alt) = attr(attrs, "alt").filter(|a| !a.trim().is_empty()) {
                    self.runs.push_text(alt, fmt);
                }
            }
            "img" => {
                if let Some(image) = self.image(attrs) {
                    self.flush();
                    self.push_block(image);
                }
            }
            "figure" if !self.inline_only => self.figure(children, fmt, depth),
            "blockquote" if !self.inline_only => self.quote(children, fmt, depth),
            "details" if !self.inline_only => self.details(children, fmt, depth),
            _ if is_text_break(tag) => self.container(children, fmt, depth),
            // Any other element (span, code, small, abbr, time, font, unknown): its content.
            _ => {
                let fmt = fmt.with_lang(attrs);
                self.walk(children, &fmt, depth);
            }
        }
    }

    /// `<ul>`/`<ol>`: one item per `<li>`; a list directly inside an item becomes its
    /// `children` while nesting allows, any other content of the item becomes its text.
    fn list(
        &mut self,
        ordered: bool,
        children: &[HtmlNode],
        fmt: &Fmt,
        depth: usize,
        nest: usize,
    ) -> Option<Block> {
        let mut items: Vec<ListItem> = Vec::new();
        for child in children {
            if self.exhausted() {
                break;
            }
            let item = match child {
                HtmlNode::Text(t) if t.chars().all(is_html_space) => None,
                HtmlNode::Element { tag, children, .. } if lower(tag) == "li" => {
                    self.item(children, fmt, depth + 1, nest)
                }
                HtmlNode::Element { tag, .. } if is_dropped(&lower(tag)) => None,
                // Stray text or wrappers directly in the list: an item of their own.
                other => self.item(std::slice::from_ref(other), fmt, depth, nest),
            };
            match (item, items.last_mut()) {
                // A list directly inside a list (`<ul><li>a</li><ul>...</ul></ul>`) belongs to
                // the item before it.
                (Some(item), Some(last)) if item.content.is_empty() && last.children.is_none() => {
                    last.children = item.children;
                }
                (Some(item), _) => items.push(item),
                (None, _) => {}
            }
        }
        (!items.is_empty()).then_some(Block::List { ordered, items })
    }

    fn item(
        &mut self,
        children: &[HtmlNode],
        fmt: &Fmt,
        depth: usize,
        nest: usize,
    ) -> Option<ListItem> {
        let mut text = Walker::inline(self.budget, nest);
        let mut nested: Option<Block> = None;
        let can_nest = depth < MAX_DEPTH && nest < MAX_BLOCK_DEPTH;
        for child in children {
            match child {
                HtmlNode::Element { tag, children, .. }
                    if can_nest && matches!(&*lower(tag), "ul" | "ol" | "menu") =>
                {
                    let ordered = lower(tag) == "ol";
                    let sub = self.list(ordered, children, &Fmt::default(), depth + 1, nest + 1);
                    match (&mut nested, sub) {
                        (
                            Some(Block::List { items, .. }),
                            Some(Block::List { items: more, .. }),
                        ) => items.extend(more),
                        (None, sub) => nested = sub,
                        _ => {}
                    }
                }
                other => text.walk_one(other, fmt, depth),
            }
        }
        let content = text.runs.take();
        if content.is_empty() && nested.is_none() {
            return None;
        }
        Some(ListItem {
            content,
            children: nested.map(Box::new),
        })
    }

    /// `<table>`: cell text only, the header row as `head`, rows made rectangular.
    fn table(&mut self, children: &[HtmlNode]) -> Option<Block> {
        struct CellText {
            text: String,
            th: bool,
        }
        fn row(cells: &[HtmlNode]) -> Vec<CellText> {
            let mut row = Vec::new();
            for cell in cells {
                if let HtmlNode::Element {
                    tag,
                    attrs,
                    children,
                } = cell
                {
                    let tag = lower(tag);
                    if tag != "td" && tag != "th" {
                        continue;
                    }
                    let span = attr(attrs, "colspan")
                        .and_then(|s| s.trim().parse::<usize>().ok())
                        .unwrap_or(1)
                        .clamp(1, 32);
                    row.push(CellText {
                        text: to_text(children),
                        th: tag == "th",
                    });
                    for _ in 1..span {
                        row.push(CellText {
                            text: String::new(),
                            th: false,
                        });
                    }
                }
            }
            row
        }
        fn rows_of<'n>(nodes: &'n [HtmlNode]) -> impl Iterator<Item = &'n [HtmlNode]> + 'n {
            nodes.iter().filter_map(|n| match n {
                HtmlNode::Element { tag, children, .. } if lower(tag) == "tr" => {
                    Some(children.as_slice())
                }
                _ => None,
            })
        }

        let mut caption: Option<String> = None;
        let mut head_rows: Vec<Vec<CellText>> = Vec::new();
        let mut body_rows: Vec<Vec<CellText>> = Vec::new();
        for child in children {
            let HtmlNode::Element {
                tag,
                children: inner,
                ..
            } = child
            else {
                continue;
            };
            match &*lower(tag) {
                "caption" if caption.is_none() => {
                    caption = Some(to_text(inner)).filter(|c| !c.is_empty());
                }
                "thead" => head_rows.extend(rows_of(inner).map(row)),
                "tbody" | "tfoot" => body_rows.extend(rows_of(inner).map(row)),
                "tr" => body_rows.push(row(inner)),
                _ => {}
            }
        }
        body_rows.retain(|r| !r.is_empty());
        head_rows.retain(|r| !r.is_empty());

        let mut head_rows = head_rows.into_iter();
        let head = match head_rows.next() {
            Some(head) => {
                // Further header rows are kept as data rather than lost.
                let rest: Vec<_> = head_rows.collect();
                body_rows.splice(0..0, rest);
                head
            }
            // Without a <thead>, the first row is the header (CMS editors often mark it
            // only visually, and the contract needs column headers).
            None if body_rows.is_empty() => return None,
            None => body_rows.remove(0),
        };
        let width = head.len();
        if width == 0 {
            return None;
        }
        let row_headers =
            !body_rows.is_empty() && body_rows.iter().all(|r| r.first().is_some_and(|c| c.th));
        let head: Vec<String> = head.into_iter().map(|c| c.text).collect();
        let rows: Vec<Vec<String>> = body_rows
            .into_iter()
            .map(|r| {
                let mut cells: Vec<String> = r.into_iter().take(width).map(|c| c.text).collect();
                cells.resize(width, String::new());
                cells
            })
            .collect();
        if head.iter().all(String::is_empty) && rows.iter().flatten().all(String::is_empty) {
            return None;
        }
        let caption = caption
            .or_else(|| self.fig_caption.take())
            .or_else(|| {
                let joined = head
                    .iter()
                    .filter(|h| !h.is_empty())
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(", ");
                (!joined.is_empty()).then_some(joined)
            })
            .unwrap_or_else(|| "Table".to_string());
        Some(Block::Table {
            caption,
            head,
            rows,
            row_headers,
        })
    }

    /// `<img>`: only with a safe `src`; `alt` copied (missing means decorative).
    fn image(&mut self, attrs: &[(String, String)]) -> Option<Block> {
        let src = attr(attrs, "src")
            .map(str::trim)
            .filter(|s| is_safe_src(s))?;
        let dimension = |name: &str| {
            attr(attrs, name)
                .and_then(|v| v.trim().parse::<u32>().ok())
                .filter(|v| *v > 0)
        };
        Some(Block::Image {
            src: src.to_string(),
            alt: attr(attrs, "alt").map(collapse).unwrap_or_default(),
            caption: self.fig_caption.take(),
            width: dimension("width"),
            height: dimension("height"),
        })
    }

    /// `<figure>`: transparent; its `<figcaption>` captions the first image or table inside,
    /// or becomes a paragraph after it.
    /// `<ruby>`: each base text up to an `<rt>` becomes a run annotated with that reading;
    /// `<rp>` fallback parentheses are dropped (the renderer writes its own); a base without
    /// a reading stays plain text. Markup inside the base keeps only its text.
    fn ruby(&mut self, children: &[HtmlNode], fmt: &Fmt) {
        let mut base = String::new();
        for child in children {
            match child {
                HtmlNode::Element { tag, children, .. } if lower(tag) == "rt" => {
                    self.runs.push_ruby(&base, &to_text(children), fmt);
                    base.clear();
                }
                HtmlNode::Element { tag, .. } if lower(tag) == "rp" => {}
                other => base.push_str(&to_text(std::slice::from_ref(other))),
            }
        }
        if !base.is_empty() {
            self.runs.push_text(&base, fmt);
        }
    }

    fn figure(&mut self, children: &[HtmlNode], fmt: &Fmt, depth: usize) {
        let is_caption =
            |n: &HtmlNode| matches!(n, HtmlNode::Element { tag, .. } if lower(tag) == "figcaption");
        let caption = children
            .iter()
            .filter(|n| is_caption(n))
            .find_map(|n| match n {
                HtmlNode::Element { children, .. } => {
                    Some(to_text(children)).filter(|t| !t.is_empty())
                }
                HtmlNode::Text(_) => None,
            });
        let outer = std::mem::replace(&mut self.fig_caption, caption);
        self.flush();
        for child in children.iter().filter(|n| !is_caption(n)) {
            self.walk_one(child, fmt, depth);
        }
        self.flush();
        if let Some(caption) = self.fig_caption.take() {
            self.push_block(Block::Paragraph {
                content: vec![Inline::text(caption)],
            });
        }
        self.fig_caption = outer;
    }

    /// `<blockquote>`: its text as one quote; a direct `<cite>` or `<footer>` names the source.
    fn quote(&mut self, children: &[HtmlNode], fmt: &Fmt, depth: usize) {
        self.flush();
        let mut cite: Option<String> = None;
        let mut text = Walker::inline(self.budget, self.nest);
        for child in children {
            match child {
                HtmlNode::Element { tag, children, .. }
                    if cite.is_none() && matches!(&*lower(tag), "cite" | "footer") =>
                {
                    cite = Some(to_text(children)).filter(|c| !c.is_empty());
                }
                other => text.walk_one(other, fmt, depth),
            }
        }
        let content = text.runs.take();
        if !content.is_empty() {
            self.push_block(Block::Quote { content, cite });
        } else if let Some(cite) = cite {
            self.push_block(Block::Paragraph {
                content: vec![Inline::text(cite)],
            });
        }
    }

    /// `<details>` with a `<summary>`: an accordion section; adjacent ones share an
    /// accordion. Without a summary, or nested too deep, the content is shown as is.
    fn details(&mut self, children: &[HtmlNode], fmt: &Fmt, depth: usize) {
        let is_summary =
            |n: &HtmlNode| matches!(n, HtmlNode::Element { tag, .. } if lower(tag) == "summary");
        let title = children.iter().find_map(|n| match n {
            HtmlNode::Element { tag, children, .. } if lower(tag) == "summary" => {
                Some(to_text(children)).filter(|t| !t.is_empty())
            }
            _ => None,
        });
        let Some(title) = title else {
            self.container(children, fmt, depth);
            return;
        };
        self.flush();
        let title_paragraph = |title: String| Block::Paragraph {
            content: vec![Inline {
                strong: true,
                ..Inline::text(title)
            }],
        };
        if self.nest >= MAX_BLOCK_DEPTH {
            self.push_block(title_paragraph(title));
            for child in children.iter().filter(|n| !is_summary(n)) {
                self.walk_one(child, fmt, depth);
            }
            self.flush();
            return;
        }
        let mut section = Walker::blocks(self.budget, self.nest + 1);
        for child in children.iter().filter(|n| !is_summary(n)) {
            section.walk_one(child, &Fmt::default(), depth);
        }
        section.flush();
        if section.out.is_empty() {
            self.push_block(title_paragraph(title));
            return;
        }
        let section = AccordionSection {
            title,
            blocks: std::mem::take(&mut section.out),
        };
        match self.out.last_mut() {
            Some(Block::Accordion { sections }) => sections.push(section),
            _ => self.push_block(Block::Accordion {
                sections: vec![section],
            }),
        }
    }
}

/// The named character references [`decode_entities`] knows.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("hellip", '…'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("middot", '·'),
    ("bull", '•'),
];

/// Decodes HTML character references: the named ones in `ENTITIES` (`&amp;`, `&hellip;`,
/// `&rsquo;`, ...) and numeric ones (`&#8217;`, `&#x2019;`), each with its `;`. Unknown or
/// unterminated references are left as written; numeric references to invalid code points
/// (NUL, surrogates, beyond U+10FFFF) become U+FFFD.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match entity(after) {
            Some((ch, len)) => {
                out.push(ch);
                rest = after.get(len..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character of the reference at the start of `s` (just after `&`) and its length
/// including the `;`.
fn entity(s: &str) -> Option<(char, usize)> {
    let semi = s.bytes().take(32).position(|b| b == b';')?;
    let name = s.get(..semi)?;
    if let Some(number) = name.strip_prefix('#') {
        let (digits, radix) = match number.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (number, 10),
        };
        if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        let ch = u32::from_str_radix(digits, radix)
            .ok()
            .and_then(char::from_u32)
            .filter(|c| *c != '\0')
            .unwrap_or('\u{FFFD}');
        return Some((ch, semi + 1));
    }
    ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, ch)| (*ch, semi + 1))
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
    fn named_and_numeric_entities_decode() {
        assert_eq!(
            decode_entities("Fish &amp; chips &lt;b&gt; &quot;x&quot; &apos;y&apos;"),
            "Fish & chips <b> \"x\" 'y'"
        );
        assert_eq!(
            decode_entities("a&nbsp;b&hellip;&ndash;&mdash;&lsquo;&rsquo;&ldquo;&rdquo;"),
            "a\u{A0}b…–—‘’“”"
        );
        assert_eq!(
            decode_entities("&copy;&reg;&trade;&laquo;&raquo;&middot;&bull;"),
            "©®™«»·•"
        );
        assert_eq!(
            decode_entities("It&#8217;s &#x201C;ok&#X201D;"),
            "It’s “ok”"
        );
        assert_eq!(decode_entities("&#038;&#38;&#x26;"), "&&&");
    }

    #[test]
    fn unknown_or_unterminated_entities_stay_as_written() {
        for s in [
            "&unknown;",
            "AT&T",
            "a & b",
            "&amp",
            "&#;",
            "&#x;",
            "&#12a;",
            "javascript&colon;alert(1)",
            "&",
            "&&",
        ] {
            assert_eq!(decode_entities(s), s, "{s}");
        }
        assert_eq!(decode_entities("&&amp;"), "&&");
    }

    #[test]
    fn invalid_code_points_become_replacement_characters() {
        for s in ["&#0;", "&#xD800;", "&#x110000;", "&#99999999999999999999;"] {
            assert_eq!(decode_entities(s), "\u{FFFD}", "{s}");
        }
        assert_eq!(decode_entities("&#x1F600;"), "😀");
    }

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
