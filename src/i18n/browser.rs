//! The browser calls of the i18n module: `navigator.languages` and console reports.

pub fn languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&format!("[i18n] {message}").into());
}
