//! Each response is decoded once per visit: views that ask again for the same content (going
//! back, a language switch and back, the boot's decoding ahead of hydration) get a copy of
//! what was decoded, not a second parse of the JSON and of any CMS HTML.
//!
//! A decoded value is keyed by the response text it came from (the cached [`Rc<str>`]) and
//! its type; when the cache lets that response go (expired, replaced), the value goes too.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

type Key = (*const u8, TypeId);
/// The response a value was decoded from, and the value.
type Entry = (Weak<str>, Rc<dyn Any>);

thread_local! {
    static DECODED: RefCell<HashMap<Key, Entry>> = RefCell::new(HashMap::new());
}

/// `decode(text)`, or a copy of the value it gave before for the same response text.
/// Only successes are kept: an error is decoded again next time, and reported again.
pub fn once<T: Clone + 'static, E>(
    text: &Rc<str>,
    decode: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T, E> {
    let key = (Rc::as_ptr(text) as *const u8, TypeId::of::<T>());
    if let Some(value) = known(&key).and_then(|v| v.downcast_ref::<T>().cloned()) {
        return Ok(value);
    }
    let value = decode(text)?;
    keep(key, text, Rc::new(value.clone()));
    Ok(value)
}

// The type-independent halves, out of line: one copy in the wasm, not one per type.
#[inline(never)]
fn known(key: &Key) -> Option<Rc<dyn Any>> {
    DECODED.with(|d| d.borrow().get(key).map(|(_, value)| Rc::clone(value)))
}

#[inline(never)]
fn keep(key: Key, text: &Rc<str>, value: Rc<dyn Any>) {
    DECODED.with(|d| {
        let mut d = d.borrow_mut();
        // Values of responses nobody holds any more (the cache dropped them) go. A weak
        // reference keeps the text's address from being reused while its key is here.
        d.retain(|_, (source, _)| source.strong_count() > 0);
        d.insert(key, (Rc::downgrade(text), value));
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn decodes_a_response_once_and_again_after_it_is_dropped() {
        let calls = Cell::new(0);
        let decode = |t: &str| -> Result<usize, ()> {
            calls.set(calls.get() + 1);
            Ok(t.len())
        };
        let text: Rc<str> = Rc::from("{\"a\":1}");
        assert_eq!(once(&text, decode), Ok(7));
        assert_eq!(once(&text, decode), Ok(7));
        assert_eq!(calls.get(), 1, "the same response is decoded once");
        // Another type from the same text is its own value.
        assert_eq!(
            once(&text, |t: &str| -> Result<String, ()> { Ok(t.to_string()) }),
            Ok(text.to_string())
        );
        // An equal text of another response (a refetch) is decoded anew.
        let refetched: Rc<str> = Rc::from("{\"a\":1}");
        assert_eq!(once(&refetched, decode), Ok(7));
        assert_eq!(calls.get(), 2);
        drop(text);
        let third: Rc<str> = Rc::from("x");
        assert_eq!(once(&third, decode), Ok(1));
        let kept = DECODED.with(|d| d.borrow().len());
        assert_eq!(kept, 2, "the values of the dropped response went: {kept}");
    }

    #[test]
    fn errors_are_not_kept() {
        let calls = Cell::new(0);
        let failing = |_: &str| -> Result<u8, &str> {
            calls.set(calls.get() + 1);
            Err("malformed")
        };
        let text: Rc<str> = Rc::from("{");
        assert_eq!(once(&text, failing), Err("malformed"));
        assert_eq!(once(&text, failing), Err("malformed"));
        assert_eq!(calls.get(), 2);
    }
}
