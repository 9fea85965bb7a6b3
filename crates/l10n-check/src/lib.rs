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
//! l10n-check [--reference TAG] [--format text|json] [--strict] [--locales a,b,c] DIR
//! ```
//!
//! - `--reference TAG`: the reference locale folder (default `en`; any name, e.g. `en-US`).
//! - `--format text|json`: one line per finding plus a coverage table (default), or a
//!   pretty-printed JSON [`Report`].
//! - `--strict`: missing and obsolete messages, attributes and terms are errors instead of
//!   warnings (for CI).
//! - `--locales a,b,c`: check only these locales; the reference is always loaded and
//!   its own problems are always reported.
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
//! `unknown-variable`, `unused-variable`, `unknown-reference`, `missing-term` and
//! `obsolete-term`. See [`Kind`] for what each means and which are errors.
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
//!   attributes, variables and references.
//! - `compare`: the checks, [`Options`] and [`check`].
//! - `report`: [`Report`], [`Finding`], coverage rows and the text and JSON output.
//! - `error`: [`CheckError`].

mod analysis;
mod compare;
mod error;
mod report;
mod tree;

pub use compare::{check, Options};
pub use error::CheckError;
pub use report::{Finding, Kind, LocaleSummary, Report, Severity};
