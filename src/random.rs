//! Random identifiers (the consent record's id, a form's idempotency key), from Web Crypto's
//! `crypto.getRandomValues`, which browsers have in every context. (`crypto.randomUUID`
//! exists only on HTTPS and localhost, and not in older Safari: an intranet portal on plain
//! HTTP would throw.)

/// 16 random bytes. Without Web Crypto (not seen in a supported browser) they come from the
/// clock and `Math.random`: these ids are not secrets, only unlikely to repeat.
pub fn bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        let now = js_sys::Date::now() as u64;
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = ((js_sys::Math::random() * 256.0) as u8) ^ ((now >> (i % 8)) as u8);
        }
    }
    bytes
}

/// A random UUID, version 4 (`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`).
pub fn uuid_v4() -> String {
    uuid_from(bytes())
}

/// The version-4 UUID of 16 random bytes (6 of their bits become the version and variant).
fn uuid_from(bytes: [u8; 16]) -> String {
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .hyphenated()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_4_uuid_that_the_backend_takes_as_an_idempotency_key() {
        let key = uuid_from([0xff; 16]);
        assert_eq!(key, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(uuid_from([0; 16]), "00000000-0000-4000-8000-000000000000");
        assert!(civic_core::forms::is_idempotency_key(&key));
    }
}
