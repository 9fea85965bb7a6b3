//! HTTP GET with a time-out, offline detection, a size limit, a per-visit cache and one
//! request per URL at a time: the one transport of every request the app makes. A GET that
//! nobody waits for any more (every view that asked for it has gone away) is aborted.
//!
//! The cache is also how a pre-rendered page hands its data to the app: the page embeds the
//! responses it was rendered from ([`seed`]), and views render them synchronously
//! ([`cached_only`]) so that hydration sees exactly the server's content. Natively (the
//! pre-renderer) requests go to a [`NativeSource`] instead of the network.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::rc::Rc;

use civic_core::content::LoadError;
#[cfg(target_arch = "wasm32")]
use gloo_net::http::Request;

/// The largest response accepted (5 MB): more is a misconfigured backend.
#[cfg(target_arch = "wasm32")]
const MAX_BYTES: usize = 5_000_000;
/// How long a successful response is reused (going back, switching language back).
const CACHE_MS: f64 = 5.0 * 60.0 * 1000.0;
const CACHE_ENTRIES: usize = 200;

/// A successful response.
#[derive(Clone)]
pub struct Response {
    pub text: Rc<str>,
    pub headers: Vec<(String, String)>,
}

thread_local! {
    static CACHE: RefCell<HashMap<String, (f64, Response)>> = RefCell::new(HashMap::new());
    /// URLs a pre-rendered page found missing (answered "not found" until a request is made).
    static NOT_FOUND: RefCell<std::collections::HashSet<String>> = RefCell::new(Default::default());
    /// Inside [`cached_only`]: a cache miss fails at once instead of requesting.
    static CACHED_ONLY: Cell<bool> = const { Cell::new(false) };
    static MISSED: Cell<bool> = const { Cell::new(false) };
}

/// The answer of a request under way, shared by everyone who asks for its URL meanwhile.
#[cfg(target_arch = "wasm32")]
type Answer =
    futures::future::Shared<futures::future::LocalBoxFuture<'static, Result<Response, LoadError>>>;

/// A request under way: its answer, how to stop it, and how many callers wait for it.
#[cfg(target_arch = "wasm32")]
struct InFlight {
    /// Tells this request from a later one of the same URL.
    id: u64,
    answer: Answer,
    controller: Option<web_sys::AbortController>,
    waiting: usize,
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Requests under way by URL: a second caller (a view asking for what a language switch
    /// is already fetching) waits for the same answer instead of requesting it again.
    static IN_FLIGHT: RefCell<HashMap<String, InFlight>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
}

/// One caller waiting for a request under way. Dropped with the caller's future (its view
/// went away, or asked for something else): when it was the last one, the request is aborted.
#[cfg(target_arch = "wasm32")]
struct Waiting {
    url: String,
    id: u64,
}

#[cfg(target_arch = "wasm32")]
impl Waiting {
    fn new(url: &str, id: u64) -> Waiting {
        IN_FLIGHT.with(|f| {
            if let Some(entry) = f.borrow_mut().get_mut(url).filter(|e| e.id == id) {
                entry.waiting += 1;
            }
        });
        Waiting {
            url: url.to_string(),
            id,
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl Drop for Waiting {
    fn drop(&mut self) {
        let abandoned = IN_FLIGHT.with(|f| {
            let mut f = f.borrow_mut();
            let entry = f.get_mut(&self.url).filter(|e| e.id == self.id)?;
            entry.waiting -= 1;
            if entry.waiting > 0 {
                return None;
            }
            f.remove(&self.url)
        });
        // Still under way and wanted by nobody: stop it (its answer would be thrown away).
        if let Some(controller) = abandoned.and_then(|entry| entry.controller) {
            controller.abort();
        }
    }
}

/// Puts a response into the cache as if it had just been fetched (a pre-rendered page's
/// embedded data).
pub fn seed(url: &str, text: &str, headers: Vec<(String, String)>) {
    let response = Response {
        text: text.into(),
        headers,
    };
    CACHE.with(|c| c.borrow_mut().insert(url.to_string(), (now(), response)));
}

/// Records that `url` was not found when the page was rendered: the first render takes the
/// same fallback as the server did (the embedded page's data), once.
pub fn seed_not_found(url: &str) {
    NOT_FOUND.with(|n| n.borrow_mut().insert(url.to_string()));
}

/// Polls `future` once with requests limited to the cache: `Some` when it completed from
/// cached responses alone (or, natively, from the pre-renderer's source), `None` when it
/// would have needed the network (nothing is requested then).
pub fn cached_only<T>(future: impl Future<Output = T>) -> Option<T> {
    use futures::FutureExt;
    let was = CACHED_ONLY.with(|c| c.replace(true));
    MISSED.with(|m| m.set(false));
    let out = future.now_or_never();
    CACHED_ONLY.with(|c| c.set(was));
    if MISSED.with(|m| m.replace(false)) {
        None
    } else {
        out
    }
}

/// `false` when `url` is not cached and requests are limited to the cache (the miss is
/// recorded, so [`cached_only`] answers `None`).
pub fn may_request(url: &str) -> bool {
    if cfg!(not(target_arch = "wasm32"))
        || !CACHED_ONLY.with(|c| c.get())
        || CACHE.with(|c| c.borrow().contains_key(url))
    {
        return true;
    }
    MISSED.with(|m| m.set(true));
    false
}

#[cfg(target_arch = "wasm32")]
fn now() -> f64 {
    js_sys::Date::now()
}

#[cfg(not(target_arch = "wasm32"))]
fn now() -> f64 {
    0.0
}

/// GETs `url` as JSON text. `accept` overrides the `Accept` header. Answers from the cache
/// when the same URL succeeded in the last five minutes, and from the request under way when
/// one is (one request per URL at a time).
pub async fn get(url: &str, accept: Option<&str>, timeout_ms: u32) -> Result<Response, LoadError> {
    let now = now();
    if let Some(hit) = CACHE.with(|c| {
        c.borrow()
            .get(url)
            .filter(|(at, _)| now - at < CACHE_MS)
            .map(|(_, r)| r.clone())
    }) {
        return Ok(hit);
    }
    if NOT_FOUND.with(|n| n.borrow_mut().remove(url)) {
        return Err(LoadError::NotFound);
    }
    #[cfg(target_arch = "wasm32")]
    {
        if CACHED_ONLY.with(|c| c.get()) {
            MISSED.with(|m| m.set(true));
            return Err(LoadError::Network("not in the page's data".into()));
        }
        // Offline, the request still goes out: the service worker may answer it from its
        // cache. Without one it fails at once and is reported as offline.
        let pending = IN_FLIGHT.with(|f| f.borrow().get(url).map(|e| (e.id, e.answer.clone())));
        let (id, answer) = pending.unwrap_or_else(|| start_request(url, accept, timeout_ms, now));
        let _waiting = Waiting::new(url, id);
        answer.await
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (accept, timeout_ms);
        let result = native::get(url);
        if let Ok(response) = &result {
            remember(url, now, response);
        }
        result
    }
}

/// Starts the request of `url` and registers it as under way until it ends.
#[cfg(target_arch = "wasm32")]
fn start_request(url: &str, accept: Option<&str>, timeout_ms: u32, at: f64) -> (u64, Answer) {
    use futures::FutureExt;
    let id = NEXT_ID.with(|n| n.replace(n.get() + 1));
    let controller = web_sys::AbortController::new().ok();
    let (key, accept) = (url.to_string(), accept.map(str::to_string));
    let url = key.clone();
    let stop = controller.clone();
    let request = async move {
        let (to, accept) = (url.as_str(), accept.as_deref());
        let result = with_timeout(timeout_ms, stop, move |signal| async move {
            request(to, accept, signal.as_ref()).await
        })
        .await;
        // Done here, not by the first caller: its view may have closed meanwhile.
        IN_FLIGHT.with(|f| {
            let mut f = f.borrow_mut();
            if f.get(&url).is_some_and(|e| e.id == id) {
                f.remove(&url);
            }
        });
        if let Ok(response) = &result {
            remember(&url, at, response);
        }
        result
    }
    .boxed_local()
    .shared();
    let entry = InFlight {
        id,
        answer: request.clone(),
        controller,
        waiting: 0,
    };
    IN_FLIGHT.with(|f| f.borrow_mut().insert(key, entry));
    (id, request)
}

/// Caches a successful response of `url`, fetched at `at`.
fn remember(url: &str, at: f64, response: &Response) {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_ENTRIES {
            c.clear();
        }
        c.insert(url.to_string(), (at, response.clone()));
    });
}

/// Clears its timer when dropped: a request that ended, or was abandoned, leaves no timer.
#[cfg(target_arch = "wasm32")]
struct ClearOnDrop(Option<leptos::prelude::TimeoutHandle>);

#[cfg(target_arch = "wasm32")]
impl Drop for ClearOnDrop {
    fn drop(&mut self) {
        if let Some(timer) = self.0.take() {
            timer.clear();
        }
    }
}

#[cfg(target_arch = "wasm32")]
/// Runs `send` with the signal of `controller`, aborted after `timeout_ms`; a request aborted
/// by the timer is a [`LoadError::Timeout`], a network failure while the browser is offline
/// is [`LoadError::Offline`].
async fn with_timeout<T, F, Fut>(
    timeout_ms: u32,
    controller: Option<web_sys::AbortController>,
    send: F,
) -> Result<T, LoadError>
where
    F: FnOnce(Option<web_sys::AbortSignal>) -> Fut,
    Fut: std::future::Future<Output = Result<T, LoadError>>,
{
    let signal = controller.as_ref().map(|c| c.signal());
    let timed_out = Rc::new(std::cell::Cell::new(false));
    let timer = {
        let timed_out = timed_out.clone();
        leptos::prelude::set_timeout_with_handle(
            move || {
                timed_out.set(true);
                if let Some(c) = controller {
                    c.abort();
                }
            },
            std::time::Duration::from_millis(timeout_ms.into()),
        )
        .ok()
    };
    let timer = ClearOnDrop(timer);
    let result = send(signal).await;
    drop(timer);
    match result {
        Err(_) if timed_out.get() => Err(LoadError::Timeout),
        Err(LoadError::Network(_)) if !online() => Err(LoadError::Offline),
        other => other,
    }
}

#[cfg(target_arch = "wasm32")]
/// POSTs `body` as JSON and returns the status and the body text of any answer (the caller
/// decides what a 422 or a 201 means). Never cached.
pub async fn post(url: &str, body: &str, timeout_ms: u32) -> Result<(u16, String), LoadError> {
    if !online() {
        return Err(LoadError::Offline);
    }
    // Never aborted when its view goes away: the answers may already be stored, and the
    // visitor is told what happened.
    let controller = web_sys::AbortController::new().ok();
    with_timeout(timeout_ms, controller, |signal| async move {
        let response = Request::post(url)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .abort_signal(signal.as_ref())
            .body(body.to_string())
            .map_err(|e| LoadError::Network(e.to_string()))?
            .send()
            .await
            .map_err(|e| LoadError::Network(e.to_string()))?;
        let status = response.status();
        if status == 429 {
            return Err(rate_limited(&response));
        }
        let text = response
            .text()
            .await
            .map_err(|e| LoadError::Network(e.to_string()))?;
        if text.len() > MAX_BYTES {
            // An oversized answer is not "your answers are too long": the submission may
            // have been stored, so it is an unreadable answer (retrying is safe: same key).
            return Err(LoadError::Malformed(civic_core::content::DecodeError {
                path: ".".into(),
                message: format!("answer of {} bytes is over the limit", text.len()),
            }));
        }
        Ok((status, text))
    })
    .await
}

#[cfg(target_arch = "wasm32")]
/// A 429, with the wait its `Retry-After` asks for.
fn rate_limited(response: &gloo_net::http::Response) -> LoadError {
    let retry_after = response.headers().get("retry-after");
    LoadError::RateLimited(civic_core::content::retry_after_seconds(
        retry_after.as_deref(),
    ))
}

#[cfg(target_arch = "wasm32")]
async fn request(
    url: &str,
    accept: Option<&str>,
    signal: Option<&web_sys::AbortSignal>,
) -> Result<Response, LoadError> {
    let response = Request::get(url)
        .header("Accept", accept.unwrap_or("application/json"))
        .abort_signal(signal)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    match response.status() {
        200..=299 => {}
        404 | 410 => return Err(LoadError::NotFound),
        429 => return Err(rate_limited(&response)),
        503 if response
            .headers()
            .get(civic_core::offline::OFFLINE_HEADER)
            .is_some() =>
        {
            // The service worker's answer while offline: what it keeps, for the offline
            // state's links.
            if let Ok(text) = response.text().await {
                crate::offline::record_answer(&text);
            }
            return Err(LoadError::Offline);
        }
        status => return Err(LoadError::Server(status)),
    }
    let headers: Vec<(String, String)> = response.headers().entries().collect();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    // Single-page hosts (and `trunk serve`) answer a missing file with index.html and 200.
    if header("content-type").is_some_and(|t| t.contains("text/html")) {
        return Err(LoadError::NotFound);
    }
    if header("content-length")
        .and_then(|l| l.parse::<usize>().ok())
        .is_some_and(|l| l > MAX_BYTES)
    {
        return Err(LoadError::TooLarge);
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if text.len() > MAX_BYTES {
        return Err(LoadError::TooLarge);
    }
    Ok(Response {
        text: text.into(),
        headers,
    })
}

#[cfg(target_arch = "wasm32")]
fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Drops `url` from the cache: its answer could not be decoded, so "Try again" must ask the
/// server again rather than re-read the same bad text.
pub fn forget(url: &str) {
    CACHE.with(|c| {
        c.borrow_mut().remove(url);
    });
}

pub fn log_error(message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::error_1(&format!("[backend] {message}").into());
    #[cfg(not(target_arch = "wasm32"))]
    native::log(message);
}

/// Where the pre-renderer's requests go (files of a build, or a CMS over HTTP).
#[cfg(not(target_arch = "wasm32"))]
pub type NativeSource = Box<dyn Fn(&str) -> Result<NativeResponse, LoadError>>;

/// A response of a [`NativeSource`]: the body and the headers the adapters read.
#[cfg(not(target_arch = "wasm32"))]
pub type NativeResponse = crate::boot::Embedded;

#[cfg(not(target_arch = "wasm32"))]
pub mod native {
    //! The pre-renderer's transport: answers from a [`NativeSource`](super::NativeSource),
    //! and remembers every response and problem of the page being rendered, so that the page
    //! can embed its data and the report can say what failed.

    use std::cell::RefCell;

    use civic_core::content::LoadError;

    use super::{NativeResponse, NativeSource, Response};

    thread_local! {
        static SOURCE: RefCell<Option<NativeSource>> = RefCell::new(None);
        static USED: RefCell<Vec<NativeResponse>> = const { RefCell::new(Vec::new()) };
        static PROBLEMS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }

    /// Sets where requests go, for the rest of this thread.
    pub fn set_source(source: NativeSource) {
        SOURCE.with(|s| *s.borrow_mut() = Some(source));
    }

    /// Empties the cache and the records of the previous page.
    pub fn start_page() {
        super::CACHE.with(|c| c.borrow_mut().clear());
        USED.with(|u| u.borrow_mut().clear());
        PROBLEMS.with(|p| p.borrow_mut().clear());
    }

    /// The responses the page was rendered from, in request order.
    pub fn used() -> Vec<NativeResponse> {
        USED.with(|u| u.borrow().clone())
    }

    /// What went wrong while rendering the page (malformed answers, missing translations).
    pub fn problems() -> Vec<String> {
        PROBLEMS.with(|p| p.borrow().clone())
    }

    pub(crate) fn log(message: &str) {
        PROBLEMS.with(|p| p.borrow_mut().push(message.to_string()));
    }

    pub(super) fn get(url: &str) -> Result<Response, LoadError> {
        let response = SOURCE.with(|s| match s.borrow().as_ref() {
            Some(source) => source(url),
            None => Err(LoadError::Network("no content source".into())),
        });
        if let Err(LoadError::NotFound) = response {
            USED.with(|u| {
                u.borrow_mut().push(NativeResponse {
                    url: url.to_string(),
                    not_found: true,
                    text: String::new(),
                    headers: Vec::new(),
                })
            });
        }
        let response = response?;
        USED.with(|u| u.borrow_mut().push(response.clone()));
        Ok(Response {
            text: response.text.into(),
            headers: response.headers,
        })
    }
}
