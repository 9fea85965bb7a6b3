//! The JSON Schemas of the content contract (`docs/contract/*.schema.json`) against the Rust
//! decoder, the sample content and the prose guide (`docs/contract.md`).
//!
//! - every schema is valid JSON Schema 2020-12, every `$ref` resolves and every property is
//!   described for web developers;
//! - every JSON file under `public/content/` (and `public/config.json`) validates against the
//!   schema of its place in the URL layout;
//! - hand-written fixtures under `tests/fixtures/contract/` get the same verdict from the schema
//!   and from `civic_core` (`valid/`, `invalid/`), or the documented different one where JSON
//!   Schema is stricter (`schema-only/`) or cannot express a check (`decoder-only/`);
//! - the schema patterns agree with `is_valid_slug`, `is_iso_date`, `is_safe_href`,
//!   `is_safe_src` and the base-URL check of `decode_config`;
//! - every JSON example of `docs/contract.md` is valid.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use civic_core::config::decode_config;
use civic_core::content::{
    decode, decode_news, decode_page, decode_results, decode_site, is_iso_date, is_safe_href,
    is_safe_src, is_valid_slug, DecodeError, FormDefinition, FormSubmission, SubmissionErrors,
    SubmissionReceipt,
};
use civic_core::locale;
use jsonschema::{Draft, Registry, Validator};
use serde_json::{json, Value};

/// Where the schemas say they live (`$id` = BASE + file name).
const BASE: &str = "https://civic-portal.example/schema/";
const DRAFT_2020_12: &str = "https://json-schema.org/draft/2020-12/schema";

/// The document kinds of the contract: each has `docs/contract/<kind>.schema.json`. Longer
/// names first, so that a fixture name is matched by its longest kind.
const KINDS: &[&str] = &[
    "submission-response",
    "submission",
    "results",
    "config",
    "site",
    "page",
    "news",
    "form",
];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema_dir() -> PathBuf {
    repo_root().join("docs/contract")
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contract")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse(path: &Path, text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()))
}

fn shown(path: &Path) -> String {
    path.strip_prefix(repo_root())
        .unwrap_or(path)
        .display()
        .to_string()
}

fn schema_file(kind: &str) -> PathBuf {
    schema_dir().join(format!("{kind}.schema.json"))
}

fn load_schema(kind: &str) -> Value {
    let path = schema_file(kind);
    parse(&path, &read(&path))
}

/// All schemas, loaded into a registry under their `$id`, so that relative references between
/// files (`page.schema.json#/$defs/Inline`) resolve offline.
struct Contract {
    registry: Registry<'static>,
}

impl Contract {
    fn load() -> Contract {
        let resources = KINDS
            .iter()
            .map(|kind| (format!("{BASE}{kind}.schema.json"), load_schema(kind)));
        let registry = Registry::new()
            .extend(resources)
            .and_then(|builder| builder.prepare())
            .unwrap_or_else(|e| panic!("the schemas do not form a registry: {e}"));
        Contract { registry }
    }

    fn build(&self, schema: &Value) -> Result<Validator, String> {
        jsonschema::options()
            .with_draft(Draft::Draft202012)
            .with_registry(&self.registry)
            .build(schema)
            .map_err(|e| e.to_string())
    }

    /// A validator for a whole document kind (`page`) or a definition
    /// (`page.schema.json#/$defs/Block`).
    fn validator(&self, target: &str) -> Validator {
        let uri = if KINDS.contains(&target) {
            format!("{BASE}{target}.schema.json")
        } else {
            format!("{BASE}{target}")
        };
        self.build(&json!({ "$ref": uri }))
            .unwrap_or_else(|e| panic!("no validator for {target}: {e}"))
    }
}

/// The schema's complaints, each as `instance path: message` (path `/` for the document).
fn schema_errors(validator: &Validator, instance: &Value) -> Vec<(String, String)> {
    validator
        .iter_errors(instance)
        .map(|e| (e.instance_path().as_str().to_string(), e.to_string()))
        .collect()
}

fn describe(errors: &[(String, String)]) -> String {
    errors
        .iter()
        .map(|(path, msg)| {
            let path = if path.is_empty() { "/" } else { path };
            format!("  at {path}: {msg}")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Decodes `text` as `kind` with the checks the app makes. Documents that carry a locale are
/// decoded as if fetched for `locale`.
fn rust_decode(kind: &str, text: &str, locale: &str) -> Result<(), DecodeError> {
    match kind {
        "site" => decode_site(text, locale).map(drop),
        "page" => decode_page(text, locale).map(drop),
        "news" => decode_news(text, locale).map(drop),
        "form" => decode::<FormDefinition>(text).map(drop),
        "submission" => decode::<FormSubmission>(text).map(drop),
        "submission-response" => decode::<SubmissionReceipt>(text)
            .map(drop)
            .or_else(|_| decode::<SubmissionErrors>(text).map(drop)),
        "results" => {
            let id = serde_json::from_str::<Value>(text)
                .ok()
                .and_then(|v| v["form_id"].as_str().map(str::to_string))
                .unwrap_or_default();
            decode_results(text, &id).map(drop)
        }
        "config" => decode_config(text).map(drop),
        other => panic!("unknown kind {other}"),
    }
}

/// `blocks[3].items[0]` → `["blocks", "3", "items", "0"]`; `.` → `[]`.
fn rust_path_segments(path: &str) -> Vec<String> {
    path.replace('[', ".")
        .replace(']', "")
        .split('.')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn pointer_segments(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// Places the decoder names for a neighbouring field: `check_news` reports every page-number
/// range error at `page`, also when `total_pages` is the bad one.
const SAME_PLACE: &[(&str, &str)] = &[("page", "/total_pages")];

/// Whether two places in a document are on one branch (one contains the other): serde stops
/// at the enclosing block of a tagged enum, JSON Schema names the field itself.
fn same_branch(rust_path: &str, pointer: &str) -> bool {
    if SAME_PLACE.contains(&(rust_path, pointer)) {
        return true;
    }
    let (a, b) = (rust_path_segments(rust_path), pointer_segments(pointer));
    let n = a.len().min(b.len());
    a[..n] == b[..n]
}

fn walk_json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk_json_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "json") {
            out.push(path);
        }
    }
}

#[test]
fn every_schema_is_valid_json_schema_2020_12_with_resolvable_refs() {
    // Exactly the documented set of schema files, no stray or missing one.
    let mut found: Vec<PathBuf> = Vec::new();
    walk_json_files(&schema_dir(), &mut found);
    let found: BTreeSet<String> = found.iter().map(|p| shown(p)).collect();
    let expected: BTreeSet<String> = KINDS.iter().map(|k| shown(&schema_file(k))).collect();
    assert_eq!(found, expected, "schema files in docs/contract/");

    let contract = Contract::load();
    let mut problems = Vec::new();
    for kind in KINDS {
        let schema = load_schema(kind);
        let file = format!("{kind}.schema.json");
        if schema["$schema"] != DRAFT_2020_12 {
            problems.push(format!("{file}: $schema must be {DRAFT_2020_12}"));
        }
        if schema["$id"] != format!("{BASE}{file}").as_str() {
            problems.push(format!("{file}: $id must be {BASE}{file}"));
        }
        if let Err(e) = jsonschema::draft202012::meta::validate(&schema) {
            problems.push(format!(
                "{file}: not valid against the 2020-12 meta-schema at {}: {e}",
                e.instance_path()
            ));
        }
        if let Err(e) = contract.build(&schema) {
            problems.push(format!("{file}: does not compile: {e}"));
        }
        // Every reference resolves to a subschema (built on its own, so that references the
        // compiler might resolve lazily are checked too).
        let mut refs = Vec::new();
        collect_refs(&schema, &mut refs);
        for reference in refs {
            let absolute = if reference.starts_with('#') {
                format!("{BASE}{file}{reference}")
            } else {
                format!("{BASE}{reference}")
            };
            if let Err(e) = contract.build(&json!({ "$ref": absolute })) {
                problems.push(format!("{file}: $ref {reference} does not resolve: {e}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn collect_refs(schema: &Value, out: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            for (key, value) in map {
                match (key.as_str(), value) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => collect_refs(value, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

#[test]
fn every_schema_property_and_definition_is_described() {
    let mut problems = Vec::new();
    for kind in KINDS {
        let schema = load_schema(kind);
        let file = format!("{kind}.schema.json");
        for key in ["title", "description"] {
            if !is_text(&schema[key]) {
                problems.push(format!("{file}: no {key}"));
            }
        }
        check_described(&schema, "", &file, &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn is_text(value: &Value) -> bool {
    value.as_str().is_some_and(|s| !s.trim().is_empty())
}

/// Every member of `properties` and of `$defs` has a `description` written for people.
fn check_described(schema: &Value, pointer: &str, file: &str, problems: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            for (key, value) in map {
                let here = format!("{pointer}/{key}");
                // Conditions restate properties described elsewhere.
                if matches!(key.as_str(), "if" | "then" | "else" | "not") {
                    continue;
                }
                if key == "properties" || key == "$defs" {
                    for (name, sub) in value.as_object().into_iter().flatten() {
                        if !is_text(&sub["description"]) {
                            problems.push(format!("{file}#{here}/{name}: no description"));
                        }
                    }
                }
                check_described(value, &here, file, problems);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check_described(item, &format!("{pointer}/{i}"), file, problems);
            }
        }
        _ => {}
    }
}

#[test]
fn schema_locales_are_the_interface_locales() {
    let schema = load_schema("page");
    let in_schema: Vec<&str> = schema["$defs"]["Locale"]["enum"]
        .as_array()
        .expect("page.schema.json#/$defs/Locale/enum")
        .iter()
        .map(|v| v.as_str().expect("locale tags are strings"))
        .collect();
    let shipped: Vec<&str> = locale::listed().map(|l| l.tag).collect();
    assert_eq!(
        in_schema, shipped,
        "page.schema.json#/$defs/Locale must list the locales of crates/core/src/locale.rs"
    );
}

/// Whether a file under `public/content/` is in a locale folder (`en/...`). Other files
/// (documents under `files/`) are not contract documents.
fn in_locale_folder(relative: &Path) -> bool {
    let first = relative
        .iter()
        .next()
        .and_then(|p| p.to_str())
        .unwrap_or("");
    locale::find(first).is_some_and(|l| l.tag == first)
}

/// The schema kind of a file in a locale folder, from its place in the URL layout.
fn layout_kind(relative: &Path) -> Option<&'static str> {
    let parts: Vec<&str> = relative.iter().map(|p| p.to_str().unwrap_or("")).collect();
    match parts.as_slice() {
        [_locale, "site.json"] => Some("site"),
        [_locale, "pages", _] => Some("page"),
        [_locale, "news", _] => Some("news"),
        [_locale, "forms", _] => Some("form"),
        _ => None,
    }
}

#[test]
fn sample_content_and_config_match_the_schemas() {
    let contract = Contract::load();
    let public = repo_root().join("public");
    let content = public.join("content");
    let required = content.join("en/site.json");
    assert!(
        required.is_file(),
        "{} is missing: the app cannot start without the site settings of its default locale",
        shown(&required)
    );

    let mut files = Vec::new();
    walk_json_files(&content, &mut files);
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in &files {
        let relative = file.strip_prefix(&content).unwrap();
        if !in_locale_folder(relative) {
            continue;
        }
        let Some(kind) = layout_kind(relative) else {
            problems.push(format!(
                "{}: not a place of the contract's URL layout (<locale>/site.json, \
                 <locale>/pages/<slug>.json, <locale>/news/<page>.json, \
                 <locale>/forms/<id>.json); the app never fetches it",
                shown(file)
            ));
            continue;
        };
        let instance = parse(file, &read(file));
        let errors = schema_errors(&contract.validator(kind), &instance);
        if !errors.is_empty() {
            problems.push(format!(
                "{} is not a valid {kind}.schema.json document:\n{}",
                shown(file),
                describe(&errors)
            ));
        }
        checked += 1;
    }
    let config = public.join("config.json");
    if config.is_file() {
        let errors = schema_errors(
            &contract.validator("config"),
            &parse(&config, &read(&config)),
        );
        if !errors.is_empty() {
            problems.push(format!(
                "{} is not a valid config.schema.json document:\n{}",
                shown(&config),
                describe(&errors)
            ));
        }
        checked += 1;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked >= 1, "no content was checked");
}

/// What the schema and the decoder should say about a fixture, by its folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    /// Both accept.
    Valid,
    /// Both refuse, at the same place of the document.
    Invalid,
    /// The schema refuses what the decoder tolerates (the app drops or normalises it).
    SchemaOnly,
    /// The decoder refuses what JSON Schema cannot express (documented in descriptions).
    DecoderOnly,
}

const VERDICTS: &[(&str, Verdict)] = &[
    ("valid", Verdict::Valid),
    ("invalid", Verdict::Invalid),
    ("schema-only", Verdict::SchemaOnly),
    ("decoder-only", Verdict::DecoderOnly),
];

fn fixture_kind(name: &str) -> Option<&'static str> {
    KINDS
        .iter()
        .copied()
        .find(|kind| name.starts_with(&format!("{kind}-")))
}

#[test]
fn schemas_and_decoder_agree_on_the_fixtures() {
    let contract = Contract::load();
    let mut problems = Vec::new();
    let mut seen: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (folder, verdict) in VERDICTS {
        let mut files = Vec::new();
        walk_json_files(&fixture_dir().join(folder), &mut files);
        for file in &files {
            let name = file.file_stem().unwrap().to_str().unwrap();
            let Some(kind) = fixture_kind(name) else {
                problems.push(format!(
                    "{}: the name must start with a kind ({}) and a hyphen",
                    shown(file),
                    KINDS.join(", ")
                ));
                continue;
            };
            seen.insert((kind, folder));
            let text = read(file);
            let instance = parse(file, &text);
            let schema = schema_errors(&contract.validator(kind), &instance);
            let rust = rust_decode(kind, &text, "en");
            let what = format!("{folder}/{name}.json");
            match (verdict, schema.is_empty(), &rust) {
                (Verdict::Valid, true, Ok(())) => {}
                (Verdict::Invalid, false, Err(e)) => {
                    if !schema
                        .iter()
                        .any(|(pointer, _)| same_branch(&e.path, pointer))
                    {
                        problems.push(format!(
                            "{what}: the decoder refuses at {e} but the schema elsewhere:\n{}",
                            describe(&schema)
                        ));
                    }
                }
                (Verdict::SchemaOnly, false, Ok(())) => {}
                (Verdict::DecoderOnly, true, Err(_)) => {}
                _ => problems.push(format!(
                    "{what}: expected {verdict:?}; schema: {}; decoder: {}",
                    if schema.is_empty() {
                        "accepts".to_string()
                    } else {
                        format!("refuses\n{}", describe(&schema))
                    },
                    match &rust {
                        Ok(()) => "accepts".to_string(),
                        Err(e) => format!("refuses at {e}"),
                    }
                )),
            }
        }
    }
    for kind in KINDS {
        for folder in ["valid", "invalid"] {
            if !seen.contains(&(kind, folder)) {
                problems.push(format!("no {folder}/{kind}-*.json fixture"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Checks a schema definition against a Rust check on the same strings. `tolerated` are the
/// strings the decoder accepts and the schema refuses on purpose.
fn compare_pattern(
    contract: &Contract,
    definition: &str,
    rust: impl Fn(&str) -> bool,
    samples: &[&str],
    tolerated: &[&str],
    problems: &mut Vec<String>,
) {
    let validator = contract.validator(definition);
    for sample in samples.iter().chain(tolerated) {
        let schema = validator.is_valid(&json!(sample));
        let expected = rust(sample) && !tolerated.contains(sample);
        if schema != expected {
            problems.push(format!(
                "{definition} {} {sample:?}, the decoder {}",
                if schema { "accepts" } else { "refuses" },
                if rust(sample) {
                    "accepts it"
                } else {
                    "refuses it"
                }
            ));
        }
    }
}

#[test]
fn schema_patterns_agree_with_the_rust_checks() {
    let contract = Contract::load();
    let mut problems = Vec::new();
    let long_slug = "a".repeat(80);
    let too_long_slug = "a".repeat(81);
    compare_pattern(
        &contract,
        "page.schema.json#/$defs/Slug",
        is_valid_slug,
        &[
            "home",
            "city-diplomacy",
            "a1",
            "a",
            "0",
            "a--b",
            &long_slug,
            &too_long_slug,
            "",
            "-x",
            "x-",
            "-",
            "Home",
            "a.json",
            "../config",
            "a/b",
            "%2e%2e",
            "a b",
            "café",
            "a_b",
            "home\n",
        ],
        &[],
        &mut problems,
    );
    compare_pattern(
        &contract,
        "page.schema.json#/$defs/Date",
        is_iso_date,
        &[
            "2026-01-31",
            "2026-12-01",
            "2026-11-02T09:30:00+09:00",
            "0001-01-01",
            "2026-02-31",
            "2026-1-31",
            "2026-00-10",
            "2026-13-01",
            "2026-12-32",
            "2026-12-00",
            "26-01-01",
            "2026/01/01",
            "yesterday",
            "",
            " 2026-01-01",
            "２０２６-01-01",
        ],
        &[],
        &mut problems,
    );
    compare_pattern(
        &contract,
        "page.schema.json#/$defs/SafeHref",
        is_safe_href,
        &[
            "/en/news",
            "/",
            "#",
            "#scope",
            "https://example.org/a",
            "HTTPS://EXAMPLE.ORG",
            "http://example.org",
            "mailto:a@b.c",
            "MailTo:a@b.c",
            "tel:+81-3-0000",
            "/files/a%20b.pdf",
            "/en/news?page=2",
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,x",
            "//evil.example",
            "/\\evil.example",
            "java\tscript:x",
            "vbscript:x",
            "ftp://example.org",
            "fees",
            "./fees",
            "",
            " ",
            "/a b",
            "https://a\u{0}b",
            "/a\u{85}b",
            "https://x\u{3000}y",
        ],
        // The decoder trims surrounding white space before checking; the contract asks for
        // none.
        &[
            " /en/news",
            "/en/news ",
            "\thttps://example.org\n",
            "https://x\u{3000}",
        ],
        &mut problems,
    );
    compare_pattern(
        &contract,
        "page.schema.json#/$defs/SafeSrc",
        is_safe_src,
        &[
            "/img/a.png",
            "/",
            "https://example.org/a.png",
            "HTTPS://example.org/a.png",
            "http://example.org/a.png",
            "data:image/png;base64,AAAA",
            "javascript:alert(1)",
            "//evil.example/a.png",
            "/\\evil.example",
            "#x",
            "mailto:a@b.c",
            "img/a.png",
            "",
            "/a b.png",
            "https://x/\u{7f}",
        ],
        &[" /img/a.png", "https://example.org/a.png\n"],
        &mut problems,
    );
    compare_pattern(
        &contract,
        "page.schema.json#/$defs/Text",
        |s: &str| !s.trim().is_empty(),
        &["Fees", " a ", "", " ", "\t\n", "\u{3000}", "\u{a0}"],
        &[],
        &mut problems,
    );
    let base_url_ok = |url: &str| {
        let config = json!({ "backend": { "base_url": url, "site_url": url } }).to_string();
        decode_config(&config).is_ok()
    };
    compare_pattern(
        &contract,
        "config.schema.json#/$defs/BaseUrl",
        base_url_ok,
        &[
            "/content",
            "/a",
            "/a/b",
            "https://cms.example.org/wp-json",
            "http://localhost:8080",
            "https://cms.example.org",
            "/",
            "/content/",
            "https://",
            "https://cms.example.org/",
            "//evil.example",
            "javascript:alert(1)",
            "HTTPS://cms.example.org",
            "content",
            "",
        ],
        &[],
        &mut problems,
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A JSON example of `docs/contract.md` with the marker line before it:
/// `<!-- example: page -->` (a whole document: schema and decoder),
/// `<!-- example: page.schema.json#/$defs/Block -->` (a definition: schema only) or
/// `<!-- example: none -->` (not a contract document, such as a refused example).
struct DocExample {
    line: usize,
    target: String,
    text: String,
}

fn doc_examples(markdown: &str) -> Result<Vec<DocExample>, String> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut examples = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_start().starts_with("```json") {
            let marker = lines[..i]
                .iter()
                .rev()
                .find(|l| !l.trim().is_empty())
                .and_then(|l| l.trim().strip_prefix("<!-- example:"))
                .and_then(|l| l.strip_suffix("-->"))
                .map(|t| t.trim().to_string());
            let Some(target) = marker else {
                return Err(format!(
                    "docs/contract.md:{}: a JSON example needs a `<!-- example: ... -->` line before it",
                    i + 1
                ));
            };
            let start = i + 1;
            let end = (start..lines.len())
                .find(|&j| lines[j].trim_start().starts_with("```"))
                .ok_or_else(|| format!("docs/contract.md:{}: unclosed code block", i + 1))?;
            examples.push(DocExample {
                line: i + 1,
                target,
                text: lines[start..end].join("\n"),
            });
            i = end;
        }
        i += 1;
    }
    Ok(examples)
}

#[test]
fn every_json_example_of_the_guide_is_valid() {
    let guide = repo_root().join("docs/contract.md");
    let examples = doc_examples(&read(&guide)).unwrap_or_else(|e| panic!("{e}"));
    let contract = Contract::load();
    let mut problems = Vec::new();
    let mut block_types = BTreeSet::new();
    let mut documents = BTreeSet::new();
    for example in &examples {
        if example.target == "none" {
            continue;
        }
        let at = format!("docs/contract.md:{} ({})", example.line, example.target);
        let instance: Value = match serde_json::from_str(&example.text) {
            Ok(v) => v,
            Err(e) => {
                problems.push(format!("{at}: not JSON: {e}"));
                continue;
            }
        };
        let errors = schema_errors(&contract.validator(&example.target), &instance);
        if !errors.is_empty() {
            problems.push(format!("{at}:\n{}", describe(&errors)));
        }
        if KINDS.contains(&example.target.as_str()) {
            documents.insert(example.target.clone());
            let locale = instance["locale"].as_str().unwrap_or("en");
            if let Err(e) = rust_decode(&example.target, &example.text, locale) {
                problems.push(format!("{at}: the decoder refuses it at {e}"));
            }
        }
        if example.target.ends_with("#/$defs/Block") {
            block_types.extend(instance["type"].as_str().map(str::to_string));
        }
    }
    let all_blocks: BTreeSet<String> = load_schema("page")["$defs"]["Block"]["properties"]["type"]
        ["enum"]
        .as_array()
        .expect("Block type enum")
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    for missing in all_blocks.difference(&block_types) {
        problems.push(format!(
            "docs/contract.md: no example of the {missing} block"
        ));
    }
    for kind in KINDS {
        if !documents.contains(*kind) {
            problems.push(format!(
                "docs/contract.md: no `<!-- example: {kind} -->` example"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
