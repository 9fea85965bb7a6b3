//! Accessors for walking a parsed `serde_json::Value`, used by the CMS adapters instead of
//! `#[derive(Deserialize)]` structs (whose generated code cost about 24 KB of
//! brotli-compressed wasm for the WordPress and Drupal adapters).
//!
//! Each accessor is given the JSON path of the object it reads (`.` for the document,
//! `[0]`, `data[1].attributes`) and reports errors where serde's derived code did, with its
//! messages: `missing field `key`` at the object, `invalid type: …, expected …` at the member.
//! As with `#[serde(default)] Option<_>` fields, the `opt_` accessors treat `null` like an
//! absent member; the others reject it.
//!
//! Two differences from the derived code remain, both only for responses that fail anyway or
//! that no CMS sends: a missing member is reported when it is read (serde named it only after
//! the object's other members), and an array is never read as a struct (serde took `[a, b]`
//! as the struct's fields in order; an empty array still reads as an empty optional object).

use serde::de::{Error as _, Unexpected};
use serde_json::Value;

use crate::content::DecodeError;

/// The path of member `key` of the object at `path`.
pub(super) fn join(path: &str, key: &str) -> String {
    match path {
        "." => key.to_string(),
        _ => format!("{path}.{key}"),
    }
}

/// The path of element `i` of the array at `path`.
pub(super) fn index(path: &str, i: usize) -> String {
    match path {
        "." => format!("[{i}]"),
        _ => format!("{path}[{i}]"),
    }
}

/// An "invalid type" error at `path`: `found` is not `expected` (`a string`, `struct Meta`).
fn invalid(path: &str, found: &Value, expected: &str) -> DecodeError {
    let found = match found {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (_, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    };
    DecodeError {
        path: path.to_string(),
        message: serde_json::Error::invalid_type(found, &expected).to_string(),
    }
}

/// `v` as an array.
pub(super) fn seq<'a>(v: &'a Value, path: &str) -> Result<&'a [Value], DecodeError> {
    match v {
        Value::Array(items) => Ok(items),
        _ => Err(invalid(path, v, "a sequence")),
    }
}

/// `v`, checked to be an object (`name` is what errors call it, e.g. `struct Document`).
pub(super) fn record<'a>(v: &'a Value, path: &str, name: &str) -> Result<&'a Value, DecodeError> {
    match v {
        Value::Object(_) => Ok(v),
        _ => Err(invalid(path, v, name)),
    }
}

/// The required member `key` of the object `v` at `path`, of any type (`null` included).
pub(super) fn field<'a>(v: &'a Value, path: &str, key: &str) -> Result<&'a Value, DecodeError> {
    v.get(key).ok_or_else(|| DecodeError {
        path: path.to_string(),
        message: format!("missing field `{key}`"),
    })
}

/// The required member `key`, checked to be an object (see [`record`]).
pub(super) fn record_at<'a>(
    v: &'a Value,
    path: &str,
    key: &str,
    name: &str,
) -> Result<&'a Value, DecodeError> {
    record(field(v, path, key)?, &join(path, key), name)
}

/// The optional member `key`, checked to be an object; `None` when absent or `null`. An empty
/// array (how PHP encodes an empty map) is taken as an object without members, so reading
/// from it finds every member absent.
pub(super) fn opt_record<'a>(
    v: &'a Value,
    path: &str,
    key: &str,
    name: &str,
) -> Result<Option<&'a Value>, DecodeError> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(x) if x.as_array().is_some_and(Vec::is_empty) => Ok(Some(x)),
        Some(x) => record(x, &join(path, key), name).map(Some),
    }
}

/// The required string member `key` of the object `v` at `path`.
pub(super) fn str_at<'a>(v: &'a Value, path: &str, key: &str) -> Result<&'a str, DecodeError> {
    let x = field(v, path, key)?;
    x.as_str()
        .ok_or_else(|| invalid(&join(path, key), x, "a string"))
}

/// The optional string member `key`; `None` when absent or `null`.
pub(super) fn opt_str<'a>(
    v: &'a Value,
    path: &str,
    key: &str,
) -> Result<Option<&'a str>, DecodeError> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(x) => x
            .as_str()
            .map(Some)
            .ok_or_else(|| invalid(&join(path, key), x, "a string")),
    }
}

/// The boolean member `key`, `false` when absent (but not when `null`).
pub(super) fn flag(v: &Value, path: &str, key: &str) -> Result<bool, DecodeError> {
    match v.get(key) {
        None => Ok(false),
        Some(x) => x
            .as_bool()
            .ok_or_else(|| invalid(&join(path, key), x, "a boolean")),
    }
}

/// The required member `key`, a non-negative integer.
pub(super) fn u64_at(v: &Value, path: &str, key: &str) -> Result<u64, DecodeError> {
    let x = field(v, path, key)?;
    x.as_u64().ok_or_else(|| match x.as_i64() {
        // A negative integer has the right type but is out of range, as serde says.
        Some(i) => DecodeError {
            path: join(path, key),
            message: serde_json::Error::invalid_value(Unexpected::Signed(i), &"u64").to_string(),
        },
        None => invalid(&join(path, key), x, "u64"),
    })
}
