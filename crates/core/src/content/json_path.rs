//! Where in a JSON document an error happened, as a path (`blocks[3].level`).
//!
//! serde_json reports the line and column at which decoding failed. Rather than tracking
//! the path during decoding (serde_path_to_error does that by wrapping every `Deserialize`
//! impl, which cost about 20 KB of brotli-compressed wasm across the contract's types), this
//! module re-reads the text up to that position and names the innermost value being read.

/// One open container while scanning.
enum Frame {
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    Array {
        index: usize,
        started: bool,
    },
}

/// The byte offset just after the character at 1-based `line` and `column` (serde_json
/// points at the last character it read), clamped to the text.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line.max(1) {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let mut end = (start + column).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// The path of the value being read at `line`/`column` of `text`: `.` for the document
/// itself, `title`, `blocks[2]`, `backend.adapter`.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let end = offset(text, line, column);
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => {
                mark_started(&mut stack);
                stack.push(Frame::Object {
                    key: None,
                    expecting_key: true,
                });
            }
            b'[' => {
                mark_started(&mut stack);
                stack.push(Frame::Array {
                    index: 0,
                    started: false,
                });
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                Some(Frame::Array { index, started }) => {
                    *index += 1;
                    *started = false;
                }
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expecting_key, .. }) = stack.last_mut() {
                    *expecting_key = false;
                }
            }
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                let raw = text.get(start..i.min(text.len())).unwrap_or("");
                match stack.last_mut() {
                    Some(Frame::Object { key, expecting_key }) if *expecting_key => {
                        *key = Some(raw.to_string());
                    }
                    _ => mark_started(&mut stack),
                }
            }
            b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => mark_started(&mut stack),
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Array {
                index,
                started: true,
            } => path.push_str(&format!("[{index}]")),
            // Just after a comma: serde had finished the previous element when it failed
            // (a buffered, internally tagged block is checked once it is complete).
            Frame::Array {
                index,
                started: false,
            } if *index > 0 => path.push_str(&format!("[{}]", index - 1)),
            _ => {}
        }
    }
    if path.is_empty() {
        ".".to_string()
    } else {
        path
    }
}

fn mark_started(stack: &mut [Frame]) {
    if let Some(Frame::Array { started, .. }) = stack.last_mut() {
        *started = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let err = serde_json::from_str::<T>(text).unwrap_err();
        path_at(text, err.line(), err.column())
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        n: u8,
    }

    #[test]
    fn names_the_field_serde_complains_about() {
        assert_eq!(at_error::<Doc>(r#"{"title": 7, "items": []}"#), "title");
        assert_eq!(
            at_error::<Doc>(r#"{"title": "t", "items": [{"n": 1}, {"n": "x"}]}"#),
            "items[1].n"
        );
        assert_eq!(
            at_error::<Doc>("{\"title\": \"t\",\n \"items\": [\n {\"n\": 300}]}"),
            "items[0].n"
        );
        assert_eq!(
            at_error::<Doc>(r#"{"title": "t", "items": [], "extra": 1}"#),
            "extra"
        );
        assert_eq!(
            at_error::<Doc>(r#"{"title": "t", "items": [{}]}"#),
            "items[0]"
        );
        assert_eq!(at_error::<Doc>(r#"{"items": []}"#), ".");
        assert_eq!(
            at_error::<Doc>(r#"{"title": "a \"quoted\" [x]", "items": [{"n": -1}]}"#),
            "items[0].n"
        );
    }

    #[test]
    fn never_panics_on_odd_positions() {
        for (line, column) in [(0, 0), (1, 0), (1, 1000), (50, 3)] {
            let _ = path_at("{\"a\": [1, 2", line, column);
            let _ = path_at("", line, column);
            let _ = path_at("{\"é\": \"ü\"}", line, column);
        }
        assert_eq!(path_at("{\"é\": [1, 2", 1, 12), "é[1]");
    }
}
