//! The project's own `locales/` folder must pass the strict check (this is what CI runs).

use std::path::Path;

use l10n_check::{check, Bundle, Options};

#[test]
fn project_locales_pass_strict_check() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales"));
    let options = Options {
        reference: "en".to_string(),
        strict: true,
        locales: None,
        // The app loads all of a locale's files into one bundle.
        bundle: Bundle::Locale,
    };
    let report = check(dir, &options).expect("locales/ is readable and has en/");
    assert_eq!(report.errors(), 0, "\n{}", report.render_text());
    assert!(report.locales.len() > 1, "expected translations besides en");
    assert!(report.locale("en").is_some_and(|row| row.messages > 0));
}
