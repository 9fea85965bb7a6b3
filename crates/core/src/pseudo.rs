//! Pseudo-localisation (target I7): transforms of the reference strings that make layout
//! and internationalisation bugs visible without a translation.
//!
//! Used as Fluent transforms (`FluentBundle::set_transform`), so only the translatable text
//! is changed; variables, numbers and dates are inserted untouched.

use std::borrow::Cow;

/// Accented, about 40% longer, wrapped in brackets: `"Home"` → `"[Ĥöööɱé]"`-like text. A
/// string that is not transformed on screen was not translated through Fluent; a clipped
/// bracket means a layout that cannot grow.
pub fn accented(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut vowels = 0usize;
    for c in text.chars() {
        out.push(accent(c));
        if matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u') {
            vowels += 1;
            // Doubling every second vowel gives about 40% more length for English text.
            if vowels.is_multiple_of(2) {
                out.push(accent(c));
            }
        }
    }
    Cow::Owned(format!("[{out}]"))
}

fn accent(c: char) -> char {
    match c {
        'a' => 'å',
        'b' => 'ƀ',
        'c' => 'ç',
        'd' => 'ð',
        'e' => 'é',
        'f' => 'ƒ',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'i' => 'î',
        'j' => 'ĵ',
        'k' => 'ķ',
        'l' => 'ļ',
        'm' => 'ɱ',
        'n' => 'ñ',
        'o' => 'ö',
        'p' => 'þ',
        'q' => 'ǫ',
        'r' => 'ŕ',
        's' => 'š',
        't' => 'ţ',
        'u' => 'û',
        'v' => 'ṽ',
        'w' => 'ŵ',
        'x' => 'ẋ',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Å',
        'B' => 'Ɓ',
        'C' => 'Ç',
        'D' => 'Ð',
        'E' => 'É',
        'F' => 'Ƒ',
        'G' => 'Ĝ',
        'H' => 'Ĥ',
        'I' => 'Î',
        'J' => 'Ĵ',
        'K' => 'Ķ',
        'L' => 'Ļ',
        'M' => 'Ṁ',
        'N' => 'Ñ',
        'O' => 'Ö',
        'P' => 'Þ',
        'Q' => 'Ǫ',
        'R' => 'Ŕ',
        'S' => 'Š',
        'T' => 'Ţ',
        'U' => 'Û',
        'V' => 'Ṽ',
        'W' => 'Ŵ',
        'X' => 'Ẋ',
        'Y' => 'Ý',
        'Z' => 'Ž',
        other => other,
    }
}

/// Right-to-left pseudo text: each run of Latin letters is wrapped in RIGHT-TO-LEFT
/// OVERRIDE … POP DIRECTIONAL FORMATTING, so English words display mirrored, as in Android's
/// `ar-XB`. Together with `dir="rtl"` on the page this shows whether the layout mirrors
/// and whether any text escapes Fluent.
pub fn bidi(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut in_word = false;
    for c in text.chars() {
        let letter = c.is_ascii_alphabetic();
        if letter && !in_word {
            out.push('\u{202E}');
            in_word = true;
        } else if !letter && in_word {
            out.push('\u{202C}');
            in_word = false;
        }
        out.push(c);
    }
    if in_word {
        out.push('\u{202C}');
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_is_longer_bracketed_and_keeps_non_letters() {
        let out = accented("Skip to main content");
        assert!(out.starts_with('[') && out.ends_with(']'));
        assert!(out.chars().count() as f64 >= "Skip to main content".len() as f64 * 1.2);
        assert!(!out.chars().any(|c| c.is_ascii_lowercase()), "{out}");
        assert_eq!(accented("  "), "  ");
        assert_eq!(accented("12:30 — 日本"), "[12:30 — 日本]");
    }

    #[test]
    fn bidi_wraps_each_latin_word_in_an_override() {
        assert_eq!(bidi("Go home"), "\u{202E}Go\u{202C} \u{202E}home\u{202C}");
        assert_eq!(bidi("1,234 — 日本"), "1,234 — 日本");
    }

    #[test]
    fn transforms_apply_to_text_not_variables() {
        use crate::l10n::{Localizer, Source};
        use fluent_bundle::{FluentArgs, FluentValue};
        let (l, _) = Localizer::new(
            &[(
                "en-XA",
                vec![Source {
                    locale: "en-XA".into(),
                    name: "main.ftl".into(),
                    text: "hello = Hello { $name }\n".into(),
                }],
            )],
            &|b| {
                b.set_use_isolating(false);
                b.set_transform(Some(accented));
            },
        );
        let mut args = FluentArgs::new();
        args.set("name", FluentValue::from("Kai"));
        let out = l.format("hello", Some(&args)).text;
        assert!(out.contains("Kai"), "{out}");
        assert!(out.starts_with("[Ĥ"), "{out}");
    }
}
