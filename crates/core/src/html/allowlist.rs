//! The allowlist walk: parsed CMS HTML → the contract's [`Block`]s. No attribute is ever
//! copied; only the allowlisted ones are read, checked and turned into fields.

use std::borrow::Cow;
use std::cell::Cell;

use super::node::{
    attr, is_dropped, is_html_space, is_text_break, lower, HtmlNode, MAX_BLOCKS, MAX_DEPTH,
    MAX_RUNS,
};
use super::text::{collapse, to_text};

use crate::content::{
    is_safe_href, is_safe_src, is_valid_slug, AccordionSection, Block, Inline, ListItem,
    MAX_BLOCK_DEPTH,
};

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

/// Converts parsed CMS HTML into blocks with an allowlist (see the module documentation).
pub fn to_blocks(nodes: &[HtmlNode]) -> Vec<Block> {
    to_blocks_from(nodes, None)
}

/// [`to_blocks`] for HTML from the CMS at `origin` (`scheme://host[:port]`): its own images
/// are kept whatever their scheme, and root-relative image sources are its.
pub fn to_blocks_from(nodes: &[HtmlNode], origin: Option<&str>) -> Vec<Block> {
    let budget = Cell::new(MAX_BLOCKS);
    let mut walker = Walker::blocks(&budget, 0, origin);
    walker.walk(nodes, &Fmt::default(), 0);
    walker.flush();
    walker.out
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
    /// The origin of the CMS the HTML comes from (`http://cms.city.example`), if known: its
    /// own images are kept whatever their scheme, and root-relative sources are its.
    origin: Option<&'b str>,
}

impl<'b> Walker<'b> {
    fn blocks(budget: &'b Cell<usize>, nest: usize, origin: Option<&'b str>) -> Self {
        Walker {
            out: Vec::new(),
            runs: Runs::default(),
            budget,
            inline_only: false,
            nest,
            fig_caption: None,
            origin,
        }
    }

    fn inline(budget: &'b Cell<usize>, nest: usize, origin: Option<&'b str>) -> Self {
        Walker {
            inline_only: true,
            ..Walker::blocks(budget, nest, origin)
        }
    }

    /// The source of an image, if it may be shown: a safe one (site-relative or https), or,
    /// with the CMS's origin known, one of the CMS's own (its scheme as the CMS serves it,
    /// `http` on an intranet or a staging site included), root-relative ones resolved
    /// against that origin rather than the app's.
    fn image_source(&self, src: &str) -> Option<String> {
        match self.origin {
            Some(origin) => {
                let path = if src.starts_with('/') && !src.starts_with("//") {
                    Some(src)
                } else {
                    src.strip_prefix(origin).filter(|p| p.starts_with('/'))
                };
                match path {
                    Some(path) if is_safe_src(path) => Some(format!("{origin}{path}")),
                    _ => is_safe_src(src).then(|| src.to_string()),
                }
            }
            None => is_safe_src(src).then(|| src.to_string()),
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
        let mut text = Walker::inline(self.budget, nest, self.origin);
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
            None if body_rows.is_empty() => return None,
            // Without a <thead>, a first row of header cells (<th>) is the header; a first row
            // of data is data: the table then has no column headers.
            None if body_rows[0].iter().all(|c| c.th) => body_rows.remove(0),
            None => Vec::new(),
        };
        let width = if head.is_empty() {
            body_rows.iter().map(Vec::len).max().unwrap_or(0)
        } else {
            head.len()
        };
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
        // Only what the CMS says is a caption (the table's, or its figure's); without one the
        // table has none, and the page names its scrolling region "Table".
        let caption = caption
            .or_else(|| self.fig_caption.take())
            .unwrap_or_default();
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
            .and_then(|s| self.image_source(s))?;
        let dimension = |name: &str| {
            attr(attrs, name)
                .and_then(|v| v.trim().parse::<u32>().ok())
                .filter(|v| *v > 0)
        };
        Some(Block::Image {
            src,
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
        let mut text = Walker::inline(self.budget, self.nest, self.origin);
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
        let mut section = Walker::blocks(self.budget, self.nest + 1, self.origin);
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
