//! Client-side routing, small and explicit: the current path and query as signals, the route
//! they name, `history.pushState` navigation, and one document-level click listener that turns
//! clicks on same-site links into navigations. It replaces `leptos_router`, which cost about
//! 40 KB of compressed wasm for features this app does not use (nested outlets, actions,
//! forms, lazy routes). This module is the only one that touches `window.history`.
//!
//! Links are plain `<a href>` everywhere. A click is left to the browser when it is not a
//! plain left click, when the link has `target`, `download` or `rel="external"`, goes to
//! another origin or to a file (a path with an extension), or only changes the `#fragment`
//! of the current page (the skip link). `data-noscroll` on a link keeps the scroll position
//! (the language selector: same page, other language).

pub use civic_core::route::Route;
use leptos::prelude::*;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::closure::Closure;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;

/// Where the visitor is. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Location {
    /// The path, e.g. `/ja/pages/fees`.
    pub pathname: RwSignal<String>,
    /// The query with its `?`, or empty.
    pub search: RwSignal<String>,
}

#[cfg(target_arch = "wasm32")]
fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The path and query being pre-rendered.
    static RENDERED: std::cell::RefCell<(String, String)> =
        std::cell::RefCell::new(("/".into(), String::new()));
}

/// Natively: the path and query (with its `?`, or empty) the next render is of.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_at(path: &str, search: &str) {
    RENDERED.with(|r| *r.borrow_mut() = (path.to_string(), search.to_string()));
}

#[cfg(not(target_arch = "wasm32"))]
fn current() -> (String, String) {
    RENDERED.with(|r| r.borrow().clone())
}

#[cfg(target_arch = "wasm32")]
fn current() -> (String, String) {
    let location = window().location();
    (
        location.pathname().unwrap_or_else(|_| "/".into()),
        location.search().unwrap_or_default(),
    )
}

/// Creates the location signals, follows Back and Forward (`popstate`) and intercepts clicks
/// on same-site links. Call once, at the root.
pub fn provide_router() -> Location {
    let (path, search) = current();
    let location = Location {
        pathname: RwSignal::new(path),
        search: RwSignal::new(search),
    };
    provide_context(location);
    #[cfg(target_arch = "wasm32")]
    listen(location);
    location
}

/// Follows Back and Forward and intercepts clicks on same-site links.
#[cfg(target_arch = "wasm32")]
fn listen(location: Location) {
    let on_pop = Closure::<dyn Fn()>::new(move || {
        let (path, search) = current();
        run_before_navigating(&path, &search);
        location.pathname.set(path);
        location.search.set(search);
    });
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if let Some((href, noscroll)) = intercepted(&ev) {
            ev.prevent_default();
            go(location, &href, false, !noscroll);
        }
    });
    if let Some(document) = window().document() {
        let _ =
            document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    }
    on_click.forget();
}

/// What runs before the address changes: given the new path and query.
#[cfg(target_arch = "wasm32")]
type Hook = std::rc::Rc<dyn Fn(&str, &str)>;

#[cfg(target_arch = "wasm32")]
thread_local! {
    static BEFORE_NAVIGATING: std::cell::RefCell<Option<Hook>> = const { std::cell::RefCell::new(None) };
}

/// Sets what runs when the address changes (a followed link, [`navigate`], Back, Forward),
/// before the location signals change and the page re-renders: it gets the new path and
/// query. The shell starts a language switch there, so that its downloads do not wait for
/// the re-render. Natively nothing navigates.
pub fn before_navigating(hook: impl Fn(&str, &str) + 'static) {
    #[cfg(target_arch = "wasm32")]
    BEFORE_NAVIGATING.with(|h| *h.borrow_mut() = Some(std::rc::Rc::new(hook)));
    #[cfg(not(target_arch = "wasm32"))]
    drop(hook);
}

#[cfg(target_arch = "wasm32")]
fn run_before_navigating(path: &str, search: &str) {
    // Cloned out first: the hook may navigate in turn.
    if let Some(hook) = BEFORE_NAVIGATING.with(|h| h.borrow().clone()) {
        hook(path, search);
    }
}

/// The location provided by [`provide_router`].
pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// The value of query parameter `name`, reactively.
pub fn query_param(name: &'static str) -> Memo<Option<String>> {
    let location = use_location();
    Memo::new(move |_| param_of(&location.search.get(), name))
}

/// The page of the news that `path` and `search` name: the path's number, else an old-style
/// `?page=` (see [`Route::news_page`]).
pub fn news_page_of(path: &str, search: &str) -> u32 {
    Route::of(path).news_page(param_of(search, "page").as_deref())
}

/// The value of parameter `name` in `search` (a query, with or without its `?`), decoded.
pub fn param_of(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| decode_component(&v.replace('+', " ")))
}

#[cfg(target_arch = "wasm32")]
fn decode_component(v: &str) -> String {
    js_sys::decode_uri_component(v)
        .map(String::from)
        .unwrap_or_else(|_| v.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn decode_component(v: &str) -> String {
    v.to_string() // the pre-renderer renders no query with escapes
}

/// Goes to `href` (a site-relative path with optional query and fragment), adding a history
/// entry, or replacing the current one with `replace`.
pub fn navigate(href: &str, replace: bool) {
    go(use_location(), href, replace, true);
}

/// A navigation function for event handlers and tasks (it does not read the context later).
pub fn use_navigate() -> impl Fn(&str) + Clone + 'static {
    let location = use_location();
    move |href: &str| go(location, href, false, true)
}

/// [`navigate`] for tasks, which have no context: `location` from [`use_location`].
pub fn navigate_at(location: Location, href: &str, replace: bool) {
    go(location, href, replace, true);
}

#[cfg(not(target_arch = "wasm32"))]
fn go(_location: Location, _href: &str, _replace: bool, _scroll_to_top: bool) {}

#[cfg(target_arch = "wasm32")]
fn go(location: Location, href: &str, replace: bool, scroll_to_top: bool) {
    let history = window().history().ok();
    if let Some(history) = history {
        let _ = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        };
    }
    let (path, search) = current();
    run_before_navigating(&path, &search);
    location.pathname.set(path);
    location.search.set(search);
    let hash = window().location().hash().unwrap_or_default();
    if hash.len() > 1 {
        // A link to a part of another page: show that part once it is rendered.
        let id = hash[1..].to_string();
        request_animation_frame(move || {
            if let Some(el) = window().document().and_then(|d| d.get_element_by_id(&id)) {
                el.scroll_into_view();
            }
        });
    } else if scroll_to_top {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

#[cfg(target_arch = "wasm32")]
/// The target of a click that this router should handle, and whether the link asks to keep
/// the scroll position.
fn intercepted(ev: &web_sys::MouseEvent) -> Option<(String, bool)> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = target.closest("a[href]").ok()??;
    if anchor.has_attribute("target")
        || anchor.has_attribute("download")
        || anchor
            .get_attribute("rel")
            .is_some_and(|r| r.split_whitespace().any(|r| r == "external"))
    {
        return None;
    }
    let anchor: web_sys::HtmlAnchorElement = anchor.dyn_into().ok()?;
    let here = window().location();
    if anchor.origin() != here.origin().ok()? {
        return None;
    }
    let path = anchor.pathname();
    let last = path.rsplit('/').next().unwrap_or("");
    if last.contains('.') {
        return None; // a file (CSV, PDF): the browser downloads or opens it
    }
    let search = anchor.search();
    let hash = anchor.hash();
    if !hash.is_empty()
        && Some(path.as_str()) == here.pathname().ok().as_deref()
        && Some(search.as_str()) == here.search().ok().as_deref()
    {
        return None; // the same page: the browser scrolls to the fragment
    }
    let noscroll = anchor.has_attribute("data-noscroll");
    Some((format!("{path}{search}{hash}"), noscroll))
}
