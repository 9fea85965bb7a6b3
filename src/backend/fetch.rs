//! HTTP GET with a time-out, offline detection, a size limit and a per-visit cache.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use civic_core::content::LoadError;
use gloo_net::http::Request;

/// The largest response accepted (5 MB): more is a misconfigured backend.
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
}

/// GETs `url` as JSON text. `accept` overrides the `Accept` header. Answers from the cache
/// when the same URL succeeded in the last five minutes.
pub async fn get(url: &str, accept: Option<&str>, timeout_ms: u32) -> Result<Response, LoadError> {
    let now = js_sys::Date::now();
    if let Some(hit) = CACHE.with(|c| {
        c.borrow()
            .get(url)
            .filter(|(at, _)| now - at < CACHE_MS)
            .map(|(_, r)| r.clone())
    }) {
        return Ok(hit);
    }
    if !online() {
        return Err(LoadError::Offline);
    }
    let result = with_timeout(timeout_ms, |signal| async move {
        request(url, accept, signal.as_ref()).await
    })
    .await;
    if let Ok(response) = &result {
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= CACHE_ENTRIES {
                c.clear();
            }
            c.insert(url.to_string(), (now, response.clone()));
        });
    }
    result
}

/// Runs `send` with an abort signal that fires after `timeout_ms`; an aborted request is a
/// [`LoadError::Timeout`], a network failure while the browser is offline is
/// [`LoadError::Offline`].
async fn with_timeout<T, F, Fut>(timeout_ms: u32, send: F) -> Result<T, LoadError>
where
    F: FnOnce(Option<web_sys::AbortSignal>) -> Fut,
    Fut: std::future::Future<Output = Result<T, LoadError>>,
{
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let timed_out = Rc::new(std::cell::Cell::new(false));
    let timer = {
        let controller = controller.clone();
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
    let result = send(signal).await;
    if let Some(timer) = timer {
        timer.clear();
    }
    match result {
        Err(_) if timed_out.get() => Err(LoadError::Timeout),
        Err(LoadError::Network(_)) if !online() => Err(LoadError::Offline),
        other => other,
    }
}

/// POSTs `body` as JSON and returns the status and the body text of any answer (the caller
/// decides what a 422 or a 201 means). Never cached.
pub async fn post(url: &str, body: &str, timeout_ms: u32) -> Result<(u16, String), LoadError> {
    if !online() {
        return Err(LoadError::Offline);
    }
    with_timeout(timeout_ms, |signal| async move {
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
    web_sys::console::error_1(&format!("[backend] {message}").into());
}
