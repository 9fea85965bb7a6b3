//! The browser calls of the i18n module: `navigator.languages` and console reports. The
//! pre-renderer has no visitor: no languages, and reports go to its own report.

#[cfg(not(target_arch = "wasm32"))]
pub fn languages() -> Vec<String> {
    Vec::new()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn warn(message: &str) {
    crate::backend::fetch::native::log(&format!("[i18n] {message}"));
}

#[cfg(target_arch = "wasm32")]
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

#[cfg(target_arch = "wasm32")]
pub fn warn(message: &str) {
    web_sys::console::warn_1(&format!("[i18n] {message}").into());
}
