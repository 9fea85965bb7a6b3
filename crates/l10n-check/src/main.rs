//! The `l10n-check` command: parses the arguments by hand, runs
//! [`l10n_check::check`] and prints the report. Everything else lives in the library.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use l10n_check::{Bundle, Options};

const HELP: &str = "\
l10n-check: checks Fluent (.ftl) translations against a reference locale

Usage: l10n-check [--reference TAG] [--format text|json] [--strict] [--locales a,b,c]
                  [--bundle locale|file] DIR

DIR holds one folder per locale, each with .ftl files (subfolders allowed), e.g.
DIR/en/main.ftl, DIR/ja/main.ftl, DIR/ja/forms/contact.ftl. A file is identified by
its path inside its locale folder.

Options:
  --reference TAG      reference locale folder (default: en)
  --format text|json   output format (default: text)
  --strict             missing/obsolete messages, attributes and terms are errors,
                       not warnings (for CI)
  --locales a,b,c      check only these locales (the reference is always checked)
  --bundle locale|file which files form one Fluent bundle (default: locale)
                         locale: all files of a locale; an id in two files is a
                                 duplicate
                         file:   each file on its own; the same id may be in two
                                 files, references resolve within the file, and
                                 ja/x.ftl is compared with en/x.ftl only
  -h, --help           print this help
  -V, --version        print the version

Findings: syntax, unreadable, duplicate, missing-message, obsolete-message,
missing-attribute, obsolete-attribute, missing-value, unexpected-value,
unknown-variable, unused-variable, unknown-reference, missing-term, obsolete-term,
added-reference, dropped-reference, missing-plural-category, no-plural-rules.
Plural categories are CLDR's for the locale folder's name (zh-Hant as zh).

Exit status:
  0  no errors (warnings allowed)
  1  at least one error
  2  usage error, unreadable DIR, or missing reference or --locales folder
";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Version,
    Run {
        dir: PathBuf,
        options: Options,
        format: Format,
    },
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut options = Options::default();
    let mut format = Format::Text;
    let mut dir: Option<PathBuf> = None;
    let mut only_positional = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let text = arg.to_str().map(str::to_string);
        let positional = only_positional || !text.as_deref().is_some_and(|t| t.starts_with('-'));
        if positional || text.as_deref() == Some("-") {
            if dir.is_some() {
                return Err(format!(
                    "only one DIR may be given (got a second one: {})",
                    arg.to_string_lossy()
                ));
            }
            dir = Some(PathBuf::from(arg));
            continue;
        }
        let text = text.unwrap_or_default();
        let (flag, inline) = match text.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_string())),
            _ => (text.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            let value = match inline.clone() {
                Some(value) => value,
                None => args
                    .next()
                    .ok_or_else(|| format!("{name} needs a value"))?
                    .into_string()
                    .map_err(|_| format!("the value of {name} is not valid UTF-8"))?,
            };
            if value.is_empty() {
                return Err(format!("the value of {name} is empty"));
            }
            Ok(value)
        };
        match flag {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--" => only_positional = true,
            "--strict" if inline.is_none() => options.strict = true,
            "--reference" => options.reference = value(flag)?,
            "--format" => {
                format = match value(flag)?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => {
                        return Err(format!("unknown format `{other}` (use text or json)"));
                    }
                }
            }
            "--bundle" => options.bundle = value(flag)?.parse::<Bundle>()?,
            "--locales" => {
                let list = value(flag)?;
                let locales: Vec<String> = list.split(',').map(|l| l.trim().to_string()).collect();
                if locales.iter().any(String::is_empty) {
                    return Err(format!("--locales has an empty name in `{list}`"));
                }
                options.locales = Some(locales);
            }
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    match dir {
        Some(dir) => Ok(Command::Run {
            dir,
            options,
            format,
        }),
        None => Err("missing DIR (the folder holding one folder per locale)".to_string()),
    }
}

fn main() -> ExitCode {
    let command = match parse_args(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(problem) => {
            eprintln!("l10n-check: {problem}\nTry `l10n-check --help`.");
            return ExitCode::from(2);
        }
    };
    let (dir, options, format) = match command {
        Command::Help => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Command::Version => {
            println!("l10n-check {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Command::Run {
            dir,
            options,
            format,
        } => (dir, options, format),
    };
    let report = match l10n_check::check(&dir, &options) {
        Ok(report) => report,
        Err(e) => {
            eprintln!("l10n-check: {e}");
            return ExitCode::from(2);
        }
    };
    let output = match format {
        Format::Text => report.render_text(),
        Format::Json => report.render_json(),
    };
    // A closed pipe (e.g. `| head`) is not worth a panic; the exit status still counts.
    let _ = std::io::stdout().lock().write_all(output.as_bytes());
    ExitCode::from(if report.errors() > 0 { 1 } else { 0 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use l10n_check::Kind;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(OsString::from))
    }

    #[test]
    fn defaults() {
        assert_eq!(
            parse(&["locales"]),
            Ok(Command::Run {
                dir: PathBuf::from("locales"),
                options: Options::default(),
                format: Format::Text,
            })
        );
    }

    #[test]
    fn every_option_in_both_spellings() {
        let expected = Command::Run {
            dir: PathBuf::from("tree"),
            options: Options {
                reference: "en-US".into(),
                strict: true,
                locales: Some(vec!["ja".into(), "ko".into()]),
                bundle: Bundle::File,
            },
            format: Format::Json,
        };
        let spaced = [
            "--reference",
            "en-US",
            "--format",
            "json",
            "--strict",
            "--locales",
            "ja,ko",
            "--bundle",
            "file",
            "tree",
        ];
        assert_eq!(parse(&spaced), Ok(expected));
        let joined = [
            "tree",
            "--reference=en-US",
            "--format=json",
            "--strict",
            "--locales=ja, ko",
            "--bundle=file",
        ];
        assert_eq!(
            parse(&joined),
            Ok(Command::Run {
                dir: PathBuf::from("tree"),
                options: Options {
                    reference: "en-US".into(),
                    strict: true,
                    locales: Some(vec!["ja".into(), "ko".into()]),
                    bundle: Bundle::File,
                },
                format: Format::Json,
            })
        );
        assert_eq!(
            parse(&["--", "--odd-dir"]).map(|c| match c {
                Command::Run { dir, .. } => dir,
                _ => PathBuf::new(),
            }),
            Ok(PathBuf::from("--odd-dir"))
        );
    }

    #[test]
    fn bundle_option() {
        let bundle = |args: &[&str]| match parse(args) {
            Ok(Command::Run { options, .. }) => Ok(options.bundle),
            Ok(other) => panic!("{args:?} gave {other:?}"),
            Err(e) => Err(e),
        };
        assert_eq!(bundle(&["dir"]), Ok(Bundle::Locale));
        assert_eq!(bundle(&["--bundle", "locale", "dir"]), Ok(Bundle::Locale));
        assert_eq!(bundle(&["--bundle", "file", "dir"]), Ok(Bundle::File));
        assert_eq!(bundle(&["dir", "--bundle=file"]), Ok(Bundle::File));
        // The last one wins, as for the other options.
        assert_eq!(
            bundle(&["--bundle=file", "--bundle=locale", "dir"]),
            Ok(Bundle::Locale)
        );
        let problem = bundle(&["--bundle", "files", "dir"]).unwrap_err();
        assert!(problem.contains("`files`"), "{problem}");
        assert!(problem.contains("locale or file"), "{problem}");
        assert_eq!(
            bundle(&["dir", "--bundle"]),
            Err("--bundle needs a value".to_string())
        );
        for model in [Bundle::Locale, Bundle::File] {
            assert_eq!(model.as_str().parse::<Bundle>(), Ok(model));
            let json = serde_json::to_value(model).unwrap();
            assert_eq!(json, model.as_str());
        }
        // `--bundle dir` takes `dir` as the model, an unknown one.
        assert!(bundle(&["--bundle", "dir"]).unwrap_err().contains("`dir`"));
    }

    #[test]
    fn help_and_module_doc_name_every_kind_and_option() {
        let doc = include_str!("lib.rs");
        // The help wraps lines; compare it without line breaks.
        let help = HELP.replace('\n', " ");
        for kind in Kind::ALL {
            let name = format!("{kind}");
            assert!(help.contains(&name), "HELP lacks {name}");
            assert!(
                doc.contains(&format!("`{name}`")),
                "lib.rs doc lacks {name}"
            );
        }
        for option in [
            "--reference",
            "--format",
            "--strict",
            "--locales",
            "--bundle",
        ] {
            assert!(HELP.contains(option), "HELP lacks {option}");
            assert!(
                doc.contains(&format!("`{option}")),
                "lib.rs doc lacks {option}"
            );
        }
    }

    #[test]
    fn help_and_version() {
        assert_eq!(parse(&["--help"]), Ok(Command::Help));
        assert_eq!(parse(&["dir", "-h"]), Ok(Command::Help));
        assert_eq!(parse(&["-V"]), Ok(Command::Version));
    }

    #[test]
    fn usage_errors() {
        for args in [
            &[][..],
            &["--format", "xml", "dir"],
            &["--reference"],
            &["--reference", "", "dir"],
            &["--locales", "ja,,ko", "dir"],
            &["--bogus", "dir"],
            &["--strict=yes", "dir"],
            &["--bundle", "xml", "dir"],
            &["--bundle=", "dir"],
            &["--bundle", "File", "dir"],
            &["a", "b"],
        ] {
            assert!(parse(args).is_err(), "{args:?} should be a usage error");
        }
    }
}
