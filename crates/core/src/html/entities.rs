//! HTML character references: the named ones CMSs use and numeric ones.

/// The named character references [`decode_entities`] knows.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("hellip", '…'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("middot", '·'),
    ("bull", '•'),
];

/// Decodes HTML character references: the named ones in `ENTITIES` (`&amp;`, `&hellip;`,
/// `&rsquo;`, ...) and numeric ones (`&#8217;`, `&#x2019;`), each with its `;`. Unknown or
/// unterminated references are left as written; numeric references to invalid code points
/// (NUL, surrogates, beyond U+10FFFF) become U+FFFD.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match entity(after) {
            Some((ch, len)) => {
                out.push(ch);
                rest = after.get(len..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character of the reference at the start of `s` (just after `&`) and its length
/// including the `;`.
fn entity(s: &str) -> Option<(char, usize)> {
    let semi = s.bytes().take(32).position(|b| b == b';')?;
    let name = s.get(..semi)?;
    if let Some(number) = name.strip_prefix('#') {
        let (digits, radix) = match number.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (number, 10),
        };
        if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        let ch = u32::from_str_radix(digits, radix)
            .ok()
            .and_then(char::from_u32)
            .filter(|c| *c != '\0')
            .unwrap_or('\u{FFFD}');
        return Some((ch, semi + 1));
    }
    ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, ch)| (*ch, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_and_numeric_entities_decode() {
        assert_eq!(
            decode_entities("Fish &amp; chips &lt;b&gt; &quot;x&quot; &apos;y&apos;"),
            "Fish & chips <b> \"x\" 'y'"
        );
        assert_eq!(
            decode_entities("a&nbsp;b&hellip;&ndash;&mdash;&lsquo;&rsquo;&ldquo;&rdquo;"),
            "a\u{A0}b…–—‘’“”"
        );
        assert_eq!(
            decode_entities("&copy;&reg;&trade;&laquo;&raquo;&middot;&bull;"),
            "©®™«»·•"
        );
        assert_eq!(
            decode_entities("It&#8217;s &#x201C;ok&#X201D;"),
            "It’s “ok”"
        );
        assert_eq!(decode_entities("&#038;&#38;&#x26;"), "&&&");
    }

    #[test]
    fn unknown_or_unterminated_entities_stay_as_written() {
        for s in [
            "&unknown;",
            "AT&T",
            "a & b",
            "&amp",
            "&#;",
            "&#x;",
            "&#12a;",
            "javascript&colon;alert(1)",
            "&",
            "&&",
        ] {
            assert_eq!(decode_entities(s), s, "{s}");
        }
        assert_eq!(decode_entities("&&amp;"), "&&");
    }

    #[test]
    fn invalid_code_points_become_replacement_characters() {
        for s in ["&#0;", "&#xD800;", "&#x110000;", "&#99999999999999999999;"] {
            assert_eq!(decode_entities(s), "\u{FFFD}", "{s}");
        }
        assert_eq!(decode_entities("&#x1F600;"), "😀");
    }
}
