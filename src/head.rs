//! The document's head and root element, outside the app's mount point: the title,
//! `<html lang dir>`, the canonical link and the `hreflang` alternates of the page shown.
//!
//! In the browser each is applied to the DOM by an effect (after hydration, so the
//! pre-rendered head stays as it is until something changes). Natively the pre-renderer
//! reads what the views asked for ([`rendered`]) and writes it into the page's `<head>`.

use leptos::prelude::*;

/// What the pre-renderer writes into `<head>` for the page just rendered.
#[derive(Clone, Debug, Default)]
pub struct Rendered {
    pub title: String,
    /// The page's summary, for `<meta name="description">` (the site's default without).
    pub description: Option<String>,
    /// `(hreflang, absolute URL)` of each language version of the page.
    pub alternates: Vec<(String, String)>,
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static TITLE: std::cell::RefCell<Option<Signal<String>>> = const { std::cell::RefCell::new(None) };
    static ALTERNATES: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
    static DESCRIPTION: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Natively: the head of the page rendered last (call after rendering, inside its owner).
#[cfg(not(target_arch = "wasm32"))]
pub fn rendered() -> Rendered {
    Rendered {
        title: TITLE.with(|t| t.borrow().map(|s| s.get_untracked()).unwrap_or_default()),
        description: DESCRIPTION.with(|d| d.borrow().clone()),
        alternates: ALTERNATES.with(|a| a.borrow().clone()),
    }
}

/// Natively: forgets the head of the previous page.
#[cfg(not(target_arch = "wasm32"))]
pub fn start_page() {
    TITLE.with(|t| *t.borrow_mut() = None);
    ALTERNATES.with(|a| a.borrow_mut().clear());
    DESCRIPTION.with(|d| *d.borrow_mut() = None);
}

/// The description of the page being rendered (natively; search engines read the
/// pre-rendered page, so the browser leaves the meta element as it is).
pub fn description(text: Option<String>) {
    #[cfg(not(target_arch = "wasm32"))]
    DESCRIPTION.with(|d| *d.borrow_mut() = text);
    #[cfg(target_arch = "wasm32")]
    let _ = text;
}

/// Keeps `document.title` equal to `title`, without Fluent's isolation marks (a tab title,
/// a bookmark and a search result show them as stray characters).
pub fn title(title: Signal<String>) {
    let title = Signal::derive(move || civic_core::l10n::without_isolation(&title.get()));
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        let text = title.get();
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if document.title() != text {
                document.set_title(&text);
            }
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    TITLE.with(|t| *t.borrow_mut() = Some(title));
}

/// Keeps `<html lang dir>` equal to the interface locale's, and the canonical link equal to
/// `path` on this site.
pub fn root(lang: Signal<&'static str>, dir: Signal<&'static str>, path: Signal<String>) {
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.get());
            let _ = root.set_attribute("dir", dir.get());
        }
        if let Ok(Some(link)) = document.query_selector("link[rel=canonical]") {
            let _ = link.set_attribute("href", &crate::site::absolute_url(&path.get()));
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, dir, path);
}

/// The `hreflang` alternates of the page being shown (`(hreflang, absolute URL)`), in the
/// head while the calling view is mounted.
pub fn alternates(links: Vec<(String, String)>) {
    #[cfg(target_arch = "wasm32")]
    {
        let added = StoredValue::new_local(Vec::<web_sys::Element>::new());
        Effect::new(move |_| {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let Some(head) = document.head() else { return };
            // The pre-rendered page's links (or a previous view's) make way for these.
            if let Ok(old) = document.query_selector_all("link[data-cp-alternate]") {
                for i in 0..old.length() {
                    if let Some(node) = old.item(i) {
                        let _ = head.remove_child(&node);
                    }
                }
            }
            let mut elements = Vec::new();
            for (lang, href) in &links {
                if let Ok(link) = document.create_element("link") {
                    let _ = link.set_attribute("rel", "alternate");
                    let _ = link.set_attribute("hreflang", lang);
                    let _ = link.set_attribute("href", href);
                    let _ = link.set_attribute("data-cp-alternate", "");
                    let _ = head.append_child(&link);
                    elements.push(link);
                }
            }
            added.set_value(elements);
        });
        on_cleanup(move || {
            if let Some(elements) = added.try_get_value() {
                for element in elements {
                    element.remove();
                }
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    ALTERNATES.with(|a| *a.borrow_mut() = links);
}
