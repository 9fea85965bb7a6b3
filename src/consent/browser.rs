//! The browser calls of the consent module: Global Privacy Control, the clock, random ids,
//! cookies, Google Consent Mode (`window.gtag`, defined by `/consent-mode.js`) and the
//! download of the receipt.

use std::collections::BTreeMap;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The choice made in the pre-rendered banner before the app started (`window.cpEarlyConsent`,
/// kept by `/consent-mode.js`), taken once.
pub fn take_early_choice() -> Option<String> {
    let window = web_sys::window()?;
    let key = JsValue::from_str("cpEarlyConsent");
    let value = Reflect::get(&window, &key).ok()?.as_string()?;
    let _ = Reflect::delete_property(&window, &key);
    Some(value)
}

/// Whether the browser sends Global Privacy Control (`navigator.globalPrivacyControl`).
pub fn gpc() -> bool {
    web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &"globalPrivacyControl".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// The page's origin (`https://www.city.example`).
pub fn page_origin() -> Option<String> {
    web_sys::window()?.location().origin().ok()
}

/// Milliseconds since 1970.
pub fn now() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// A random id of 32 hex digits.
pub fn random_id() -> String {
    crate::random::bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn document() -> Option<web_sys::HtmlDocument> {
    web_sys::window()?.document()?.dyn_into().ok()
}

/// The names of the cookies visible to the page.
pub fn cookie_names() -> Vec<String> {
    let cookies = document().and_then(|d| d.cookie().ok()).unwrap_or_default();
    cookies
        .split(';')
        .filter_map(|c| c.split('=').next())
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

/// Expires the cookie `name` on this host and its parent domains (analytics tools set them
/// on the registrable domain).
pub fn delete_cookie(name: &str) {
    let Some(doc) = document() else { return };
    let host = web_sys::window()
        .and_then(|w| w.location().hostname().ok())
        .unwrap_or_default();
    let expired = "Max-Age=0; path=/";
    let _ = doc.set_cookie(&format!("{name}=; {expired}"));
    let parts: Vec<&str> = host.split('.').collect();
    for i in 0..parts.len().saturating_sub(1) {
        let domain = parts[i..].join(".");
        let _ = doc.set_cookie(&format!("{name}=; {expired}; domain=.{domain}"));
    }
}

/// Sends a Consent Mode command (`default` or `update`) through `window.gtag`, if present.
pub fn consent_mode(command: &str, signal: &BTreeMap<&'static str, &'static str>) {
    let object = Object::new();
    for (k, v) in signal {
        let _ = Reflect::set(&object, &(*k).into(), &(*v).into());
    }
    gtag(&["consent".into(), command.into(), object.into()]);
}

/// Calls `window.gtag(...args)` if `/consent-mode.js` defined it.
pub fn gtag(args: &[JsValue]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(f) = Reflect::get(&window, &"gtag".into()) else {
        return;
    };
    let Some(f) = f.dyn_ref::<Function>() else {
        return;
    };
    let array: Array = args.iter().collect();
    let _ = f.apply(&JsValue::NULL, &array);
}

/// Offers `text` as a file download named `filename`.
pub fn download(filename: &str, text: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts: Array = std::iter::once(JsValue::from_str(text)).collect();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc.create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", filename);
        if let Some(a) = a.dyn_ref::<web_sys::HtmlElement>() {
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The element that has focus now, to give it back after the banner closes.
pub fn active_element() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .active_element()?
        .dyn_into()
        .ok()
}

/// An ISO 8601 date-time (for `DATETIME()`) from milliseconds since 1970.
pub fn iso_time(ms: u64) -> String {
    js_sys::Date::new(&JsValue::from_f64(ms as f64))
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// Whether focus is in the banner or the dialog (which are about to disappear), or on the
/// document itself.
pub fn focus_is_in_consent_ui() -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    match doc.active_element() {
        None => true,
        Some(e) => {
            doc.body()
                .is_some_and(|b| e == *b.unchecked_ref::<web_sys::Element>())
                || e.closest(".cp-consent, .cp-dialog")
                    .ok()
                    .flatten()
                    .is_some()
        }
    }
}

/// Moves focus to the skip link, the first thing on the page after the banner.
pub fn focus_skip_link() {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".cp-skip-link").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
