//! [`CheckError`]: the failures that stop a check before any finding can be reported
//! (the CLI exits with status 2 for them). Problems inside the tree, such as an
//! unreadable `.ftl` file, are findings instead, so that the rest of the tree is still
//! checked.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// Why a check could not run at all.
#[derive(Debug)]
pub enum CheckError {
    /// The tree's root folder could not be read.
    Io {
        /// The folder given to [`check`](crate::check).
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// The tree's root exists but is not a folder.
    NotADirectory {
        /// The path given to [`check`](crate::check).
        path: PathBuf,
    },
    /// The reference locale has no folder in the tree.
    MissingReference {
        /// The tree's root folder.
        dir: PathBuf,
        /// The reference locale that was asked for.
        reference: String,
        /// The locale folders that do exist, sorted.
        found: Vec<String>,
    },
    /// A locale asked for with [`Options::locales`](crate::Options::locales) has no folder.
    UnknownLocale {
        /// The tree's root folder.
        dir: PathBuf,
        /// The locale that was asked for.
        locale: String,
        /// The locale folders that do exist, sorted.
        found: Vec<String>,
    },
}

fn list(found: &[String]) -> String {
    if found.is_empty() {
        "no locale folders at all".to_string()
    } else {
        format!("found: {}", found.join(", "))
    }
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::Io { path, source } => {
                write!(f, "cannot read the folder {}: {source}", path.display())
            }
            CheckError::NotADirectory { path } => write!(
                f,
                "{} is not a folder (expected a folder holding one folder per locale)",
                path.display()
            ),
            CheckError::MissingReference {
                dir,
                reference,
                found,
            } => write!(
                f,
                "the reference locale folder {}/{reference} does not exist ({}); \
                 choose another one with --reference",
                dir.display(),
                list(found)
            ),
            CheckError::UnknownLocale { dir, locale, found } => write!(
                f,
                "the locale folder {}/{locale} does not exist ({})",
                dir.display(),
                list(found)
            ),
        }
    }
}

impl std::error::Error for CheckError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CheckError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
