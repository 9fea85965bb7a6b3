//! # l10n-check: the translators' checker for Fluent trees
//!
//! Checks a tree of [Fluent](https://projectfluent.org) files laid out as
//! `<DIR>/<locale>/*.ftl` (files in subfolders of a locale folder count too; a file is
//! identified by its path relative to its locale folder) against a reference locale.
//! It works on any Fluent project with that layout.
//!
//! ## Command line
//!
//! ```text
//! l10n-check [--reference TAG] [--format text|json] [--strict] [--locales a,b,c]
//!            [--bundle locale|file] DIR
//! ```
//!
//! - `--reference TAG`: the reference locale folder (default `en`; any name, e.g. `en-US`).
//! - `--format text|json`: one line per finding plus a coverage table (default), or a
//!   pretty-printed JSON [`Report`].
//! - `--strict`: missing and obsolete messages, attributes and terms are errors instead of
//!   warnings (for CI).
//! - `--locales a,b,c`: check only these locales; the reference is always loaded and
//!   its own problems are always reported.
//! - `--bundle locale|file`: which files form one Fluent bundle ([`Bundle`]), the scope
//!   within which ids are unique and references resolve, and in which a translation is
//!   compared with the reference.
//!   - `locale` (default, how civic-portal loads its locales): all of a locale's files
//!     are one bundle. An id defined in two files is a `duplicate`; a reference may
//!     point into any file of the locale (or of the reference locale); a message counts
//!     as translated in whichever file of the translation it is.
//!   - `file`: each file is its own bundle, as in large applications that load a few
//!     files per screen. The same id in two files is two messages (a duplicate is one
//!     defined twice in one file); a reference must be defined in the same file, or in
//!     the reference locale's file of the same path; `ja/a/b.ftl` is compared with
//!     `en/a/b.ftl` only (a message in another file is missing there, and obsolete
//!     where it is), and coverage counts messages file by file.
//!
//! Exit status: **0** when no finding is an error, **1** when at least one is, **2** for
//! a usage error, an unreadable `DIR` or a missing reference (or `--locales`) folder.
//!
//! ## Findings
//!
//! Each [`Finding`] has a [`Severity`], a [`Kind`] (kebab-case in the output), the locale,
//! the file (relative to `DIR`, e.g. `ja/main.ftl`), usually a line and an id, and a
//! message: `syntax`, `unreadable`, `duplicate`, `missing-message`, `obsolete-message`,
//! `missing-attribute`, `obsolete-attribute`, `missing-value`, `unexpected-value`,
//! `unknown-variable`, `unused-variable`, `unknown-reference`, `missing-term`,
//! `obsolete-term`, `added-reference`, `dropped-reference`, `missing-plural-category`
//! and `no-plural-rules`. See [`Kind`] for what each means and which are errors.
//!
//! Two groups of checks follow Mozilla's compare-locales:
//!
//! - **References** (`added-reference`, `dropped-reference`, warnings): each translated
//!   value and attribute must use the same `{ message }`, `{ message.attribute }` and
//!   `{ -term }` references as the same pattern of the reference message. As in
//!   compare-locales, term definitions are not compared (a term belongs to its locale),
//!   and a term's attributes (`{ -brand.gender -> … }`) are not references.
//! - **Plural categories** (`missing-plural-category`, warning): a select on a number (a
//!   `NUMBER(…)` selector, or one with a `[zero]`, `[one]`, `[two]`, `[few]` or `[many]`
//!   key) needs a variant for each CLDR plural category of the locale: `[one]`, `[few]`
//!   and `[many]` in `ru`, `[one]` in `en`, nothing in `ja`, `ko` or `zh-Hant`;
//!   `NUMBER($n, type: "ordinal")` needs the ordinal ones. `other` is never asked for,
//!   as the default variant covers it, and a number key such as `[0]` stands for no
//!   category. The categories come from CLDR (`intl_pluralrules`) for the locale
//!   folder's name, looked up without its script or region when needed (`zh-Hant` as
//!   `zh`); a folder name with no CLDR rules is reported once (`no-plural-rules`) when it
//!   has number selects, and they are not checked. Every locale is checked, the
//!   reference too.
//!
//! Neither group turns into errors with `--strict`.
//!
//! ## Library
//!
//! ```no_run
//! use std::path::Path;
//! use l10n_check::{check, Options};
//!
//! let options = Options { strict: true, ..Options::default() };
//! let report = check(Path::new("locales"), &options).expect("locales/ is readable");
//! print!("{}", report.render_text());
//! std::process::exit(if report.errors() > 0 { 1 } else { 0 });
//! ```
//!
//! ## Modules
//!
//! - `tree`: finds the locale folders and their `.ftl` files, reads them as UTF-8.
//! - `analysis`: parses one file with `fluent-syntax` and collects ids, lines,
//!   attributes, variables, references and select expressions.
//! - `compare`: [`Options`], [`Bundle`], [`check`], and the checks within and across
//!   bundles (duplicates, unknown references, missing and obsolete entries, values,
//!   attributes, variables).
//! - `references`: `added-reference` and `dropped-reference`.
//! - `plurals`: CLDR plural categories, `missing-plural-category` and `no-plural-rules`.
//! - `report`: [`Report`], [`Finding`], coverage rows and the text and JSON output.
//! - `error`: [`CheckError`].

mod analysis;
mod compare;
mod error;
mod plurals;
mod references;
mod report;
mod tree;

pub use compare::{check, Bundle, Options};
pub use error::CheckError;
pub use report::{Finding, Kind, LocaleSummary, Report, Severity};
