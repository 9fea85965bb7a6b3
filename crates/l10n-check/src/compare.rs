//! The checks themselves: loading each locale (through [`tree`](crate::tree) and
//! [`analysis`](crate::analysis)) and grouping its files into bundles ([`Bundle`]),
//! finding duplicates and unknown references within a bundle, and comparing every other
//! locale with the reference one, bundle by bundle, message by message, attribute by
//! attribute and variable by variable (the reference and plural checks are in
//! [`references`](crate::references) and [`plurals`](crate::plurals)). Also owns
//! [`Options`] and [`check`], the library's entry point.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::analysis::{self, Entry, EntryKind, Pattern};
use crate::error::CheckError;
use crate::plurals;
use crate::references::{self, Patterns};
use crate::report::{self, Finding, Kind, LocaleSummary, Report, Severity};
use crate::tree::{self, Contents};

/// What to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The reference locale folder, e.g. `en` or `en-US`.
    pub reference: String,
    /// Missing and obsolete messages, attributes and terms are errors, not warnings.
    pub strict: bool,
    /// Check only these locales (the reference is always loaded and checked); `None`
    /// checks every locale folder.
    pub locales: Option<Vec<String>>,
    /// Which files form one Fluent bundle.
    pub bundle: Bundle,
}

impl Default for Options {
    /// Reference `en`, not strict, every locale, one bundle per locale.
    fn default() -> Self {
        Options {
            reference: "en".to_string(),
            strict: false,
            locales: None,
            bundle: Bundle::Locale,
        }
    }
}

/// Which files of a locale form one Fluent bundle: the scope of ids, of duplicates, of
/// references and of the comparison with the reference locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bundle {
    /// All of a locale's files are one bundle (the default, and how civic-portal loads
    /// its locales): an id defined in two files is a `duplicate`, a reference may point
    /// into any file of the locale, and a message may move to another file of a
    /// translation without being missing.
    #[default]
    Locale,
    /// Each file is its own bundle, as in large applications that load a few files per
    /// screen: the same id in two files is two messages (a duplicate is one within a
    /// file), a reference must be defined in the same file (or the reference locale's
    /// file of the same path), and `ja/a/b.ftl` is compared with `en/a/b.ftl` only.
    File,
}

impl Bundle {
    /// `locale` or `file`, as on the command line and in the JSON report.
    pub fn as_str(self) -> &'static str {
        match self {
            Bundle::Locale => "locale",
            Bundle::File => "file",
        }
    }
}

impl std::str::FromStr for Bundle {
    type Err = String;

    /// `locale` or `file`; anything else is an error that says so.
    fn from_str(s: &str) -> Result<Self, String> {
        [Bundle::Locale, Bundle::File]
            .into_iter()
            .find(|bundle| bundle.as_str() == s)
            .ok_or_else(|| format!("unknown bundle model `{s}` (use locale or file)"))
    }
}

/// Checks the tree `dir` (`<dir>/<locale>/**/*.ftl`) against `options.reference`.
///
/// Fails only when `dir` cannot be read, or when the reference locale or a locale asked
/// for has no folder; every problem inside the tree is a [`Finding`] of the report.
pub fn check(dir: &Path, options: &Options) -> Result<Report, CheckError> {
    let found = tree::list_locales(dir)?;
    if !found.contains(&options.reference) {
        return Err(CheckError::MissingReference {
            dir: dir.to_path_buf(),
            reference: options.reference.clone(),
            found,
        });
    }
    let selected: Vec<String> = match &options.locales {
        None => found
            .iter()
            .filter(|name| **name != options.reference)
            .cloned()
            .collect(),
        Some(wanted) => {
            let mut selected = BTreeSet::new();
            for locale in wanted {
                if !found.contains(locale) {
                    return Err(CheckError::UnknownLocale {
                        dir: dir.to_path_buf(),
                        locale: locale.clone(),
                        found,
                    });
                }
                if *locale != options.reference {
                    selected.insert(locale.clone());
                }
            }
            selected.into_iter().collect()
        }
    };

    let mut findings = Vec::new();
    let reference = Locale::load(dir, &options.reference, options.bundle, &mut findings);
    check_references(&reference, &reference, &mut findings);
    reference.check_plurals(&mut findings);
    let reference_messages = reference.count(EntryKind::Message);
    let mut translated = BTreeMap::new();
    for name in &selected {
        let locale = Locale::load(dir, name, options.bundle, &mut findings);
        check_references(&locale, &reference, &mut findings);
        compare(&locale, &reference, options.strict, &mut findings);
        locale.check_plurals(&mut findings);
        translated.insert(name.clone(), locale.translated(&reference));
    }

    findings.sort_by(|a, b| (&a.locale, &a.file, a.line).cmp(&(&b.locale, &b.file, b.line)));
    let row = |locale: &str, is_reference: bool, translated: usize| {
        let count = |severity| {
            findings
                .iter()
                .filter(|f| f.locale == locale && f.severity == severity)
                .count()
        };
        LocaleSummary {
            locale: locale.to_string(),
            reference: is_reference,
            coverage: report::coverage(translated, reference_messages),
            messages: reference_messages,
            translated,
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
        }
    };
    let mut locales = vec![row(&options.reference, true, reference_messages)];
    locales.extend(
        translated
            .iter()
            .map(|(name, &translated)| row(name, false, translated)),
    );
    Ok(Report {
        reference: options.reference.clone(),
        strict: options.strict,
        bundle: options.bundle,
        locales,
        findings,
    })
}

/// One file of a locale, parsed (empty when it could not be read).
struct File {
    rel: String,
    display: String,
    analysis: analysis::FileAnalysis,
}

/// The ids of one bundle: a whole locale, or one file of it (see [`Bundle`]).
#[derive(Default)]
struct Defs {
    /// First definition of each id: (file index, entry index).
    first: BTreeMap<(EntryKind, String), (usize, usize)>,
    /// The first definitions, in file and source order.
    order: Vec<(usize, usize)>,
}

impl Defs {
    fn has(&self, kind: EntryKind, name: &str) -> bool {
        self.first.contains_key(&(kind, name.to_string()))
    }
}

/// One locale folder, parsed and indexed.
struct Locale {
    name: String,
    files: Vec<File>,
    /// Its bundles, by key: `""` for the whole locale, or a file's relative path.
    bundles: BTreeMap<String, Defs>,
    /// The key of each file's bundle.
    bundle_of: Vec<String>,
}

/// No bundle: what a locale has for a reference bundle it lacks.
static NO_DEFS: Defs = Defs {
    first: BTreeMap::new(),
    order: Vec::new(),
};

impl Locale {
    /// Reads and parses the locale, reporting unreadable files, syntax errors and
    /// duplicate ids (within a bundle).
    fn load(dir: &Path, name: &str, bundle: Bundle, findings: &mut Vec<Finding>) -> Locale {
        let mut files = Vec::new();
        for source in tree::read_locale(dir, name) {
            let file_finding = |kind, line, message| {
                finding(
                    Severity::Error,
                    kind,
                    name,
                    &source.display,
                    line,
                    None,
                    message,
                )
            };
            let analysis = match &source.contents {
                Contents::Text(text) => analysis::analyse(text),
                Contents::NotUtf8 { line } => {
                    findings.push(file_finding(
                        Kind::Syntax,
                        Some(*line),
                        "this file is not UTF-8 (Fluent files must be saved as UTF-8)".to_string(),
                    ));
                    analysis::FileAnalysis::default()
                }
                Contents::Unreadable(problem) => {
                    findings.push(file_finding(Kind::Unreadable, None, problem.clone()));
                    analysis::FileAnalysis::default()
                }
            };
            for error in &analysis.syntax_errors {
                findings.push(file_finding(
                    Kind::Syntax,
                    Some(error.line),
                    error.message.clone(),
                ));
            }
            files.push(File {
                rel: source.rel,
                display: source.display,
                analysis,
            });
        }

        let bundle_of: Vec<String> = files
            .iter()
            .map(|file| match bundle {
                Bundle::Locale => String::new(),
                Bundle::File => file.rel.clone(),
            })
            .collect();
        let mut bundles: BTreeMap<String, Defs> = BTreeMap::new();
        for (fi, file) in files.iter().enumerate() {
            let defs = bundles.entry(bundle_of[fi].clone()).or_default();
            for (ei, entry) in file.analysis.entries.iter().enumerate() {
                let key = (entry.kind, entry.name.clone());
                if let Some(&(first_file, first_entry)) = defs.first.get(&key) {
                    let first: &File = &files[first_file];
                    let first_line = first.analysis.entries[first_entry].line;
                    let id = entry.kind.display_id(&entry.name);
                    findings.push(finding(
                        Severity::Error,
                        Kind::Duplicate,
                        name,
                        &file.display,
                        Some(entry.line),
                        Some(id.clone()),
                        format!(
                            "{} `{id}` is defined more than once; first defined at {}:{first_line}",
                            entry.kind.noun(),
                            first.display
                        ),
                    ));
                } else {
                    defs.first.insert(key, (fi, ei));
                    defs.order.push((fi, ei));
                }
            }
        }
        Locale {
            name: name.to_string(),
            files,
            bundles,
            bundle_of,
        }
    }

    fn entry(&self, at: (usize, usize)) -> (&File, &Entry) {
        let file = &self.files[at.0];
        (file, &file.analysis.entries[at.1])
    }

    /// The bundle of key `key`, empty when the locale has none.
    fn bundle(&self, key: &str) -> &Defs {
        self.bundles.get(key).unwrap_or(&NO_DEFS)
    }

    fn get(&self, defs: &Defs, kind: EntryKind, name: &str) -> Option<(&File, &Entry)> {
        defs.first
            .get(&(kind, name.to_string()))
            .map(|&at| self.entry(at))
    }

    /// How many ids of `kind` the locale defines, bundle by bundle.
    fn count(&self, kind: EntryKind) -> usize {
        self.bundles
            .values()
            .map(|defs| defs.first.keys().filter(|(k, _)| *k == kind).count())
            .sum()
    }

    /// How many of the reference's messages this locale defines (in the same bundle).
    fn translated(&self, reference: &Locale) -> usize {
        reference
            .bundles
            .iter()
            .map(|(key, reference_defs)| {
                let defs = self.bundle(key);
                reference_defs
                    .first
                    .keys()
                    .filter(|(kind, name)| *kind == EntryKind::Message && defs.has(*kind, name))
                    .count()
            })
            .sum()
    }

    /// `missing-plural-category` and `no-plural-rules` for every select of the locale.
    fn check_plurals(&self, findings: &mut Vec<Finding>) {
        let files = self
            .files
            .iter()
            .map(|file| (file.display.as_str(), file.analysis.selects.as_slice()));
        plurals::check_locale(&self.name, files, findings);
    }
}

fn finding(
    severity: Severity,
    kind: Kind,
    locale: &str,
    file: &str,
    line: Option<usize>,
    id: Option<String>,
    message: String,
) -> Finding {
    Finding {
        severity,
        kind,
        locale: locale.to_string(),
        file: file.to_string(),
        line,
        id,
        message,
    }
}

/// `unknown-reference`: references to ids defined neither in their bundle of `locale` nor
/// in the same bundle of the reference (which may be `locale` itself).
fn check_references(locale: &Locale, reference: &Locale, findings: &mut Vec<Finding>) {
    for (fi, file) in locale.files.iter().enumerate() {
        let key = &locale.bundle_of[fi];
        let here = locale.bundle(key);
        let there = reference.bundle(key);
        for r in &file.analysis.references {
            if here.has(r.kind, &r.name) || there.has(r.kind, &r.name) {
                continue;
            }
            let where_ = match (key.is_empty(), locale.name == reference.name) {
                (true, true) => format!("nowhere in the reference locale `{}`", reference.name),
                (true, false) => format!(
                    "neither in `{}` nor in the reference locale `{}`",
                    locale.name, reference.name
                ),
                (false, true) => {
                    "nowhere in this file (with --bundle file, each file is its own bundle)"
                        .to_string()
                }
                (false, false) => format!(
                    "neither in this file nor in the reference's `{}/{key}` \
                     (with --bundle file, each file is its own bundle)",
                    reference.name
                ),
            };
            findings.push(finding(
                Severity::Error,
                Kind::UnknownReference,
                &locale.name,
                &file.display,
                Some(r.line),
                Some(r.in_entry.clone()),
                format!(
                    "`{{ {} }}` refers to a {} that is defined {where_}",
                    r.kind.display_id(&r.name),
                    r.kind.noun()
                ),
            ));
        }
    }
}

/// Compares `locale` with `reference`, bundle by bundle: missing and obsolete entries,
/// then values, attributes, variables and references of the messages both define.
fn compare(locale: &Locale, reference: &Locale, strict: bool, findings: &mut Vec<Finding>) {
    let gap = if strict {
        Severity::Error
    } else {
        Severity::Warning
    };
    let here = |kind, file: &File, line, id, message| {
        finding(gap, kind, &locale.name, &file.display, line, id, message)
    };

    for (key, reference_defs) in &reference.bundles {
        let defs = locale.bundle(key);
        for &at in &reference_defs.order {
            let (ref_file, ref_entry) = reference.entry(at);
            let id = ref_entry.kind.display_id(&ref_entry.name);
            match locale.get(defs, ref_entry.kind, &ref_entry.name) {
                None => findings.push(finding(
                    gap,
                    match ref_entry.kind {
                        EntryKind::Message => Kind::MissingMessage,
                        EntryKind::Term => Kind::MissingTerm,
                    },
                    &locale.name,
                    // Where it would go: the reference's file, in this locale.
                    &format!("{}/{}", locale.name, ref_file.rel),
                    None,
                    Some(id),
                    format!(
                        "{} is not translated; the reference has it at {}:{}",
                        ref_entry.kind.noun(),
                        ref_file.display,
                        ref_entry.line
                    ),
                )),
                Some((file, entry)) if entry.kind == EntryKind::Message => {
                    let pair = Pair {
                        locale: &locale.name,
                        ref_file,
                        ref_entry,
                        file,
                        entry,
                    };
                    pair.compare(gap, findings);
                }
                // Terms are compared by id only: their attributes, variables and
                // references are private to each locale.
                Some(_) => {}
            }
        }
    }

    for (key, defs) in &locale.bundles {
        let reference_defs = reference.bundle(key);
        for &at in &defs.order {
            let (file, entry) = locale.entry(at);
            if reference_defs.has(entry.kind, &entry.name) {
                continue;
            }
            let (kind, what) = match entry.kind {
                EntryKind::Message => (Kind::ObsoleteMessage, "message"),
                EntryKind::Term => (Kind::ObsoleteTerm, "term"),
            };
            let where_ = if key.is_empty() {
                format!("the reference locale `{}`", reference.name)
            } else {
                format!("the reference's `{}/{key}`", reference.name)
            };
            findings.push(here(
                kind,
                file,
                Some(entry.line),
                Some(entry.kind.display_id(&entry.name)),
                format!("{what} is not in {where_}; remove it, or add it there first"),
            ));
        }
    }
}

/// A message defined both in the reference and in a locale.
struct Pair<'a> {
    locale: &'a str,
    ref_file: &'a File,
    ref_entry: &'a Entry,
    file: &'a File,
    entry: &'a Entry,
}

impl Pair<'_> {
    fn finding(
        &self,
        severity: Severity,
        kind: Kind,
        line: usize,
        id: String,
        message: String,
    ) -> Finding {
        finding(
            severity,
            kind,
            self.locale,
            &self.file.display,
            Some(line),
            Some(id),
            message,
        )
    }

    /// `en/main.ftl:12`, where the reference defines something.
    fn at_reference(&self, line: usize) -> String {
        format!("{}:{line}", self.ref_file.display)
    }

    fn compare(&self, gap: Severity, findings: &mut Vec<Finding>) {
        let id = &self.entry.name;
        let ref_line = self.ref_entry.line;
        match (&self.ref_entry.value, &self.entry.value) {
            (Some(reference), Some(translation)) => self.compare_patterns(
                id.clone(),
                reference,
                ref_line,
                translation,
                self.entry.line,
                findings,
            ),
            (Some(_), None) => findings.push(self.finding(
                Severity::Warning,
                Kind::MissingValue,
                self.entry.line,
                id.clone(),
                format!(
                    "the reference message has a value ({}) but this translation has only attributes",
                    self.at_reference(ref_line)
                ),
            )),
            (None, Some(_)) => findings.push(self.finding(
                Severity::Warning,
                Kind::UnexpectedValue,
                self.entry.line,
                id.clone(),
                format!(
                    "this translation has a value but the reference message has only attributes ({})",
                    self.at_reference(ref_line)
                ),
            )),
            (None, None) => {}
        }

        for ref_attribute in &self.ref_entry.attributes {
            let attribute_id = format!("{id}.{}", ref_attribute.name);
            let found = self
                .entry
                .attributes
                .iter()
                .find(|a| a.name == ref_attribute.name);
            match found {
                None => findings.push(self.finding(
                    gap,
                    Kind::MissingAttribute,
                    self.entry.line,
                    attribute_id,
                    format!(
                        "attribute `.{}` is missing; the reference has it at {}",
                        ref_attribute.name,
                        self.at_reference(ref_attribute.line)
                    ),
                )),
                Some(attribute) => self.compare_patterns(
                    attribute_id,
                    &ref_attribute.pattern,
                    ref_attribute.line,
                    &attribute.pattern,
                    attribute.line,
                    findings,
                ),
            }
        }
        for attribute in &self.entry.attributes {
            if self
                .ref_entry
                .attributes
                .iter()
                .all(|a| a.name != attribute.name)
            {
                findings.push(self.finding(
                    gap,
                    Kind::ObsoleteAttribute,
                    attribute.line,
                    format!("{id}.{}", attribute.name),
                    format!(
                        "attribute `.{}` is not in the reference message ({})",
                        attribute.name,
                        self.at_reference(ref_line)
                    ),
                ));
            }
        }
    }

    /// `unknown-variable`, `unused-variable`, `added-reference` and `dropped-reference`
    /// for one pattern (a value or an attribute).
    fn compare_patterns(
        &self,
        id: String,
        reference: &Pattern,
        ref_line: usize,
        translation: &Pattern,
        line: usize,
        findings: &mut Vec<Finding>,
    ) {
        let patterns = Patterns {
            reference: &reference.references,
            at_reference: self.at_reference(ref_line),
            translation: &translation.references,
            line,
        };
        let make =
            |kind, line, message| self.finding(Severity::Warning, kind, line, id.clone(), message);
        references::compare(&patterns, &make, findings);

        let (reference, translation) = (&reference.variables, &translation.variables);
        for (variable, &used_at) in translation {
            if reference.contains_key(variable) {
                continue;
            }
            let known = if reference.is_empty() {
                "which uses no variables".to_string()
            } else {
                let names: Vec<String> = reference.keys().map(|v| format!("${v}")).collect();
                format!("which uses only {}", names.join(", "))
            };
            findings.push(self.finding(
                Severity::Error,
                Kind::UnknownVariable,
                used_at,
                id.clone(),
                format!(
                    "`${variable}` is not a variable of the reference ({}, {known}); \
                     the application never passes it, so formatting would fail",
                    self.at_reference(ref_line)
                ),
            ));
        }
        for variable in reference.keys() {
            if !translation.contains_key(variable) {
                findings.push(self.finding(
                    Severity::Warning,
                    Kind::UnusedVariable,
                    line,
                    id.clone(),
                    format!(
                        "the reference ({}) uses `${variable}` but this translation does not",
                        self.at_reference(ref_line)
                    ),
                ));
            }
        }
    }
}
