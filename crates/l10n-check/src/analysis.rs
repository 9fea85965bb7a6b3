//! Parsing one `.ftl` file with `fluent-syntax` and boiling its AST down to what the
//! checks compare: the messages and terms it defines (with their lines, attributes and
//! the `$variables` and references each pattern uses), the message and term references
//! it makes, its select expressions (for the plural checks), and its syntax errors.
//!
//! The AST carries no positions, but every identifier it holds is a slice of the source
//! text, so a line is found from the slice's address within the text.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};

use fluent_syntax::ast;
use fluent_syntax::parser::{self, ParserError};

/// What one file defines, references and gets wrong.
#[derive(Debug, Default)]
pub(crate) struct FileAnalysis {
    pub entries: Vec<Entry>,
    pub references: Vec<Reference>,
    /// Every select expression of the file, nested ones included, in source order.
    pub selects: Vec<Select>,
    pub syntax_errors: Vec<SyntaxError>,
}

/// Messages and terms live in separate namespaces (`-brand` and `brand` may both exist).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum EntryKind {
    Message,
    Term,
}

impl EntryKind {
    /// `brand` for a message, `-brand` for a term: the id as written in Fluent.
    pub fn display_id(self, name: &str) -> String {
        match self {
            EntryKind::Message => name.to_string(),
            EntryKind::Term => format!("-{name}"),
        }
    }

    pub fn noun(self) -> &'static str {
        match self {
            EntryKind::Message => "message",
            EntryKind::Term => "term",
        }
    }
}

/// A message or term definition.
#[derive(Debug)]
pub(crate) struct Entry {
    pub kind: EntryKind,
    /// The identifier without the `-` of terms.
    pub name: String,
    pub line: usize,
    /// The value; `None` when the entry has no value (only attributes).
    pub value: Option<Pattern>,
    pub attributes: Vec<Attribute>,
}

#[derive(Debug)]
pub(crate) struct Attribute {
    pub name: String,
    pub line: usize,
    pub pattern: Pattern,
}

/// What one pattern (a value or an attribute) uses.
#[derive(Debug, Default)]
pub(crate) struct Pattern {
    pub variables: Variables,
    pub references: References,
}

/// The `$variables` a pattern uses, each with the line of its first use.
pub(crate) type Variables = BTreeMap<String, usize>;

/// The message and term references a pattern uses, written as in Fluent (`brand`,
/// `brand.title`, `-site-name`), each with the line of its first use. References to a
/// term's attribute (`{ -site-name.gender -> … }`, only allowed as a selector) are left
/// out: a term's attributes belong to each locale.
pub(crate) type References = BTreeMap<String, usize>;

/// A select expression, `{ selector -> [key] … *[default] … }`.
#[derive(Debug)]
pub(crate) struct Select {
    /// Where it is: `message`, `message.attribute`, `-term` or `-term.attribute`.
    pub in_pattern: String,
    /// The line of its first variant key.
    pub line: usize,
    pub selector: Selector,
    /// The variant keys, in source order.
    pub keys: Vec<VariantKey>,
    /// The key of the default (`*`) variant, as written.
    pub default_key: String,
}

/// What a select expression selects on, as far as the plural checks care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Selector {
    /// A `NUMBER(…)` call or a number literal: a number, for certain. `ordinal` when the
    /// call says `type: "ordinal"`.
    Number { ordinal: bool },
    /// Anything else: a `$variable` (a number or a string, only the keys can tell), a term
    /// attribute, another function.
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum VariantKey {
    /// `[one]`, `[masculine]`.
    Name(String),
    /// `[0]`, `[1.5]`: matches that number exactly.
    Number(String),
}

impl VariantKey {
    pub fn as_str(&self) -> &str {
        match self {
            VariantKey::Name(name) | VariantKey::Number(name) => name,
        }
    }
}

/// A `{ message }` or `{ -term }` reference (with or without `.attribute`).
#[derive(Debug)]
pub(crate) struct Reference {
    pub kind: EntryKind,
    pub name: String,
    pub line: usize,
    /// The display id of the entry the reference is written in.
    pub in_entry: String,
}

#[derive(Debug)]
pub(crate) struct SyntaxError {
    pub line: usize,
    pub message: String,
}

use civic_core::l10n::{too_deep, MAX_NESTING};

/// Parses `text` and collects what the checks need. Never panics: should the parser
/// itself panic, that is reported as a syntax error on line 1.
pub(crate) fn analyse(text: &str) -> FileAnalysis {
    let lines = LineIndex::new(text);
    if let Some(line) = too_deep(text) {
        return FileAnalysis {
            syntax_errors: vec![SyntaxError {
                line,
                message: format!(
                    "placeables or function calls nested more than {MAX_NESTING} deep; \
                     the file was not parsed"
                ),
            }],
            ..FileAnalysis::default()
        };
    }
    // A byte order mark is not Fluent syntax; editors add it, runtimes skip it.
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let base = text.len() - body.len();

    let parsed = panic::catch_unwind(AssertUnwindSafe(|| parser::parse(body)));
    let (resource, errors) = match parsed {
        Ok(Ok(resource)) => (resource, Vec::new()),
        Ok(Err((resource, errors))) => (resource, errors),
        Err(_) => {
            return FileAnalysis {
                syntax_errors: vec![SyntaxError {
                    line: 1,
                    message: "the Fluent parser failed on this file".to_string(),
                }],
                ..FileAnalysis::default()
            }
        }
    };

    let mut analysis = FileAnalysis {
        syntax_errors: errors
            .iter()
            .map(|e| syntax_error(text, &lines, base, e))
            .collect(),
        ..FileAnalysis::default()
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                collect_entry(
                    text,
                    &lines,
                    EntryKind::Message,
                    &m.id,
                    m.value.as_ref(),
                    &m.attributes,
                    &mut analysis,
                );
            }
            ast::Entry::Term(t) => {
                collect_entry(
                    text,
                    &lines,
                    EntryKind::Term,
                    &t.id,
                    Some(&t.value),
                    &t.attributes,
                    &mut analysis,
                );
            }
            // Junk always comes with a parser error, reported above.
            ast::Entry::Junk { .. }
            | ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
        }
    }
    analysis
}

fn syntax_error(text: &str, lines: &LineIndex, base: usize, error: &ParserError) -> SyntaxError {
    let offset = base.saturating_add(error.pos.start).min(text.len());
    let line = lines.line_of(offset);
    let mut message = error.kind.to_string();
    if let Some(source) = lines.source_line(text, line) {
        let source = source.trim();
        if !source.is_empty() {
            message.push_str(&format!(" in `{}`", shorten(source, 60)));
        }
    }
    SyntaxError { line, message }
}

fn shorten(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        s.to_string()
    } else {
        let mut short: String = s.chars().take(max_chars).collect();
        short.push('…');
        short
    }
}

/// Collects one message or term into `analysis`: the entry itself, its references and
/// its select expressions.
fn collect_entry(
    text: &str,
    lines: &LineIndex,
    kind: EntryKind,
    id: &ast::Identifier<&str>,
    value: Option<&ast::Pattern<&str>>,
    attributes: &[ast::Attribute<&str>],
    analysis: &mut FileAnalysis,
) {
    let in_entry = kind.display_id(id.name);
    let mut walker = Walker {
        text,
        lines,
        in_entry: &in_entry,
        in_pattern: in_entry.clone(),
        references: &mut analysis.references,
        selects: &mut analysis.selects,
        pattern: Pattern::default(),
    };
    let value = value.map(|pattern| walker.walk(pattern));
    let attributes = attributes
        .iter()
        .map(|attribute| {
            walker.in_pattern = format!("{in_entry}.{}", attribute.id.name);
            Attribute {
                name: attribute.id.name.to_string(),
                line: lines.line_of_slice(text, attribute.id.name),
                pattern: walker.walk(&attribute.value),
            }
        })
        .collect();
    analysis.entries.push(Entry {
        kind,
        name: id.name.to_string(),
        line: lines.line_of_slice(text, id.name),
        value,
        attributes,
    });
}

/// Walks patterns, collecting variables and references (per pattern), and references and
/// select expressions (per file).
struct Walker<'a> {
    text: &'a str,
    lines: &'a LineIndex,
    in_entry: &'a str,
    /// The display id of the pattern being walked (`message` or `message.attribute`).
    in_pattern: String,
    references: &'a mut Vec<Reference>,
    selects: &'a mut Vec<Select>,
    pattern: Pattern,
}

impl Walker<'_> {
    /// What `pattern` uses.
    fn walk(&mut self, pattern: &ast::Pattern<&str>) -> Pattern {
        self.pattern_elements(pattern);
        std::mem::take(&mut self.pattern)
    }

    fn line(&self, part: &str) -> usize {
        self.lines.line_of_slice(self.text, part)
    }

    fn pattern_elements(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                self.select(selector, variants);
                for variant in variants {
                    self.pattern_elements(&variant.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn select(&mut self, selector: &ast::InlineExpression<&str>, variants: &[ast::Variant<&str>]) {
        let selector = match selector {
            ast::InlineExpression::NumberLiteral { .. } => Selector::Number { ordinal: false },
            ast::InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
                let ordinal = arguments.named.iter().any(|named| {
                    named.name.name == "type"
                        && matches!(
                            named.value,
                            ast::InlineExpression::StringLiteral { value: "ordinal" }
                        )
                });
                Selector::Number { ordinal }
            }
            _ => Selector::Other,
        };
        let keys: Vec<(VariantKey, &str)> = variants
            .iter()
            .map(|variant| match variant.key {
                ast::VariantKey::Identifier { name } => (VariantKey::Name(name.to_string()), name),
                ast::VariantKey::NumberLiteral { value } => {
                    (VariantKey::Number(value.to_string()), value)
                }
            })
            .collect();
        // The parser drops a select without variants or without a default as junk.
        let Some(&(_, first)) = keys.first() else {
            return;
        };
        let default_key = variants
            .iter()
            .zip(&keys)
            .find(|(variant, _)| variant.default)
            .map_or_else(String::new, |(_, (key, _))| key.as_str().to_string());
        self.selects.push(Select {
            in_pattern: self.in_pattern.clone(),
            line: self.line(first),
            selector,
            keys: keys.into_iter().map(|(key, _)| key).collect(),
            default_key,
        });
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        match inline {
            ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. } => {}
            ast::InlineExpression::VariableReference { id } => {
                let line = self.line(id.name);
                self.pattern
                    .variables
                    .entry(id.name.to_string())
                    .or_insert(line);
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                self.arguments(arguments);
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                self.reference(EntryKind::Message, id);
                let written = match attribute {
                    Some(attribute) => format!("{}.{}", id.name, attribute.name),
                    None => id.name.to_string(),
                };
                let line = self.line(id.name);
                self.pattern.references.entry(written).or_insert(line);
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                self.reference(EntryKind::Term, id);
                if attribute.is_none() {
                    let line = self.line(id.name);
                    self.pattern
                        .references
                        .entry(EntryKind::Term.display_id(id.name))
                        .or_insert(line);
                }
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        for positional in &arguments.positional {
            self.inline(positional);
        }
        for named in &arguments.named {
            self.inline(&named.value);
        }
    }

    fn reference(&mut self, kind: EntryKind, id: &ast::Identifier<&str>) {
        self.references.push(Reference {
            kind,
            name: id.name.to_string(),
            line: self.line(id.name),
            in_entry: self.in_entry.to_string(),
        });
    }
}

/// Byte offset → 1-based line number.
pub(crate) struct LineIndex {
    /// Byte offset at which each line starts.
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
    }

    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset).max(1)
    }

    /// The line of `part`, a slice of `text` (line 1 should it not be one).
    pub fn line_of_slice(&self, text: &str, part: &str) -> usize {
        let start = text.as_ptr() as usize;
        let at = part.as_ptr() as usize;
        match at.checked_sub(start) {
            Some(offset) if offset <= text.len() => self.line_of(offset),
            _ => 1,
        }
    }

    /// The text of 1-based `line`, without its line break.
    pub fn source_line<'t>(&self, text: &'t str, line: usize) -> Option<&'t str> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).map_or(text.len(), |&next| next);
        text.get(start..end)
            .map(|l| l.trim_end_matches(['\n', '\r']))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_from_one() {
        let index = LineIndex::new("a\nbc\n\nd");
        assert_eq!(index.line_of(0), 1);
        assert_eq!(index.line_of(1), 1);
        assert_eq!(index.line_of(2), 2);
        assert_eq!(index.line_of(5), 3);
        assert_eq!(index.line_of(6), 4);
        assert_eq!(index.line_of(600), 4);
        assert_eq!(index.source_line("a\nbc\n\nd", 2), Some("bc"));
        assert_eq!(index.source_line("a\nbc\n\nd", 9), None);
    }

    #[test]
    fn collects_entries_variables_and_references() {
        let text = "\u{feff}-city = Sample City\n\
                    greeting = Hello { $name }, welcome to { -city }\n    \
                    .title = { $count ->\n        [one] { $place }\n       \
                    *[other] { NUMBER($count, $digits) } { other-msg.attr }\n    }\n";
        let analysis = analyse(text);
        assert!(
            analysis.syntax_errors.is_empty(),
            "{:?}",
            analysis.syntax_errors
        );
        assert_eq!(analysis.entries.len(), 2);
        let term = &analysis.entries[0];
        assert_eq!(
            (term.kind, term.name.as_str(), term.line),
            (EntryKind::Term, "city", 1)
        );
        let message = &analysis.entries[1];
        assert_eq!((message.name.as_str(), message.line), ("greeting", 2));
        let value = message.value.as_ref().unwrap();
        let vars: Vec<_> = value.variables.iter().collect();
        assert_eq!(vars, [(&"name".to_string(), &2)]);
        let refs: Vec<_> = value.references.iter().collect();
        assert_eq!(refs, [(&"-city".to_string(), &2)]);
        let title = &message.attributes[0];
        assert_eq!((title.name.as_str(), title.line), ("title", 3));
        let vars: Vec<_> = title.pattern.variables.keys().map(String::as_str).collect();
        assert_eq!(vars, ["count", "digits", "place"]);
        assert_eq!(title.pattern.variables["place"], 4);
        let refs: Vec<_> = title.pattern.references.iter().collect();
        assert_eq!(refs, [(&"other-msg.attr".to_string(), &5)]);
        assert_eq!(analysis.selects.len(), 1);
        let select = &analysis.selects[0];
        assert_eq!(
            (select.in_pattern.as_str(), select.line, select.selector),
            ("greeting.title", 4, Selector::Other)
        );
        assert_eq!(
            select.keys,
            [
                VariantKey::Name("one".into()),
                VariantKey::Name("other".into())
            ]
        );
        assert_eq!(select.default_key, "other");
        let refs: Vec<_> = analysis
            .references
            .iter()
            .map(|r| (r.kind, r.name.as_str(), r.line, r.in_entry.as_str()))
            .collect();
        assert_eq!(
            refs,
            [
                (EntryKind::Term, "city", 2, "greeting"),
                (EntryKind::Message, "other-msg", 5, "greeting"),
            ]
        );
    }

    #[test]
    fn absurd_nesting_is_a_syntax_error_not_a_stack_overflow() {
        let braces = format!(
            "a = b\nc = {}$x{}\n",
            "{".repeat(100_000),
            "}".repeat(100_000)
        );
        let calls = format!(
            "a = {{ {}$x{} }}\n",
            "F(".repeat(100_000),
            ")".repeat(100_000)
        );
        for text in [braces, calls] {
            let analysis = analyse(&text);
            assert_eq!(analysis.syntax_errors.len(), 1);
            assert_eq!(
                analysis.syntax_errors[0].line,
                if text.starts_with("a = b") { 2 } else { 1 }
            );
            assert!(analysis.entries.is_empty());
        }
        // Deep but sane nesting, string literals and comments do not count.
        let fine = format!(
            "# {}\na = {}$x{} {{ \"{}\" }}\n",
            "{".repeat(500),
            "{".repeat(MAX_NESTING),
            "}".repeat(MAX_NESTING),
            "{(".repeat(200)
        );
        let analysis = analyse(&fine);
        assert!(
            analysis.syntax_errors.is_empty(),
            "{:?}",
            analysis.syntax_errors
        );
        assert_eq!(analysis.entries.len(), 1);
    }

    #[test]
    fn syntax_errors_have_lines_and_later_entries_survive() {
        let text = "one = 1\ntwo 2\nthree = { $n ->\n  [x] y\n}\nfour = 4\n";
        let analysis = analyse(text);
        let lines: Vec<_> = analysis.syntax_errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 5]);
        assert!(analysis.syntax_errors[0].message.contains("`two 2`"));
        let names: Vec<_> = analysis.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["one", "four"]);
    }
}
