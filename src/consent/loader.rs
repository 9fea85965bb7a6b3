//! Loads the scripts of allowed services, and removes those of withdrawn ones. A script is
//! never added to the page before its category is allowed (C1).

use civic_core::consent::Service;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::browser;

const ATTR: &str = "data-consent-service";

fn head() -> Option<web_sys::HtmlHeadElement> {
    web_sys::window()?.document()?.head()
}

/// Adds the service's scripts to `<head>` once. When a Google tag id is configured, the tag
/// is initialised once the script has loaded.
pub fn ensure_loaded(service: &Service) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(head) = head() else { return };
    for url in &service.scripts {
        let selector = format!("script[{ATTR}=\"{}\"]", service.id);
        let present = doc
            .query_selector_all(&selector)
            .map(|list| {
                (0..list.length()).any(|i| {
                    list.item(i)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                        .and_then(|e| e.get_attribute("src"))
                        .is_some_and(|src| &src == url)
                })
            })
            .unwrap_or(false);
        if present {
            continue;
        }
        let Ok(element) = doc.create_element("script") else {
            continue;
        };
        let _ = element.set_attribute("src", url);
        let _ = element.set_attribute("async", "");
        let _ = element.set_attribute(ATTR, &service.id);
        if let Some(id) = service.gtag_id.clone() {
            let on_load = Closure::once_into_js(move || {
                browser::gtag(&["js".into(), js_sys::Date::new_0().into()]);
                browser::gtag(&["config".into(), JsValue::from_str(&id)]);
            });
            let _ = element.add_event_listener_with_callback("load", on_load.unchecked_ref());
        }
        let _ = head.append_child(&element);
    }
}

/// Removes the service's scripts from the page (code already run cannot be unloaded; with
/// its storage deleted and Consent Mode denied it stops collecting).
pub fn unload(service: &Service) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(list) = doc.query_selector_all(&format!("script[{ATTR}=\"{}\"]", service.id)) {
        for i in 0..list.length() {
            if let Some(node) = list.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
}
