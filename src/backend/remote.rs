//! [`Remote`]: a backend response held by a view, with its loading and error states.
//!
//! The first value is taken synchronously when the response is already cached: natively the
//! pre-renderer's source always answers, and in the browser a pre-rendered page has embedded
//! the responses it was rendered from. So the first render in the browser is the server's
//! render, and hydration keeps the DOM. Anything not cached is fetched after the first
//! render; a later change of the key (another slug, another language) fetches again, keeping
//! the previous content on screen until the new one arrives.
//!
//! A load whose answer is no longer wanted — the key changed again, or the view went away —
//! is dropped, and with it its request (`fetch` aborts a request nobody waits for), as
//! Leptos's `hackernews` example does with `on_cleanup` and an `AbortController`.

use std::future::Future;
use std::sync::{Arc, Mutex};

use futures::future::{abortable, AbortHandle};

use civic_core::content::LoadError;
use leptos::prelude::*;

use super::fetch;

/// A response as a view sees it: `None` while the first load runs.
pub struct Remote<T: 'static> {
    state: RwSignal<Option<Result<T, LoadError>>, LocalStorage>,
    retry: RwSignal<u32>,
}

impl<T> Clone for Remote<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Remote<T> {}

impl<T: Clone + 'static> Remote<T> {
    /// Loads `load(key())`, again whenever `key` changes or [`retry`](Self::retry) is called.
    pub fn new<K, Fut>(
        key: impl Fn() -> K + 'static,
        load: impl Fn(K) -> Fut + 'static,
    ) -> Remote<T>
    where
        K: PartialEq + Clone + 'static,
        Fut: Future<Output = Result<T, LoadError>> + 'static,
    {
        let first_key = untrack(&key);
        let first = fetch::cached_only(load(first_key.clone()));
        let ready = first.is_some();
        let remote = Remote {
            state: RwSignal::new_local(first),
            retry: RwSignal::new(0),
        };
        let generation = StoredValue::new(0u32);
        // The load under way, stopped when another starts or the view goes away.
        let running: Arc<Mutex<Option<AbortHandle>>> = Arc::default();
        let stop = {
            let running = running.clone();
            move || {
                if let Some(load) = running.lock().ok().and_then(|mut r| r.take()) {
                    load.abort();
                }
            }
        };
        on_cleanup(stop.clone());
        // Effects run only in the browser, after the first render (or hydration).
        Effect::new(move |previous: Option<(K, u32)>| {
            let key = key();
            let attempt = remote.retry.get();
            let unchanged = match &previous {
                Some((k, a)) => *k == key && *a == attempt,
                None => ready && key == first_key,
            };
            if !unchanged {
                generation.update_value(|g| *g += 1);
                let this = generation.get_value();
                stop();
                let (future, handle) = abortable(load(key.clone()));
                if let Ok(mut running) = running.lock() {
                    *running = Some(handle);
                }
                leptos::task::spawn_local(async move {
                    // `Err`: stopped, and its request with it.
                    let Ok(result) = future.await else { return };
                    if generation.try_get_value() == Some(this) {
                        remote.state.try_set(Some(result));
                    }
                });
            }
            (key, attempt)
        });
        remote
    }

    /// The response (`None` until the first one arrives). Reactive.
    pub fn get(&self) -> Option<Result<T, LoadError>> {
        self.state.get()
    }

    /// Asks again (the "Try again" of an error state).
    pub fn retry(&self) {
        self.retry.update(|n| *n += 1);
    }
}
