//! Reading offline in the browser: registers the build's service worker (`/sw.js`, which
//! `offline-manifest` writes from `service-worker.js` beside this file) when `config.json`
//! keeps pages offline, tells the visitor when a newer version is ready and switches every
//! open page to it together, and remembers which pages the worker says are kept (its
//! offline answer, read by the transport) for the offline state.

use std::cell::RefCell;

use civic_core::offline::{decode_offline_answer, OfflineAnswer, OfflinePage};
use leptos::prelude::*;

use crate::backend::Backend;
use crate::i18n::use_i18n;
use crate::t;

thread_local! {
    /// The pages the service worker last said it keeps.
    static KEPT: RefCell<Option<OfflineAnswer>> = const { RefCell::new(None) };
}

/// Reads the service worker's offline answer (the transport calls this on a 503 marked
/// with [`civic_core::offline::OFFLINE_HEADER`]). A malformed one lists nothing.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn record_answer(text: &str) {
    let answer = decode_offline_answer(text).ok();
    KEPT.with(|k| *k.borrow_mut() = answer);
}

/// The pages kept offline to offer a visitor reading `locale`.
pub fn kept_for(locale: &str) -> Vec<OfflinePage> {
    KEPT.with(|k| {
        k.borrow()
            .as_ref()
            .map(|a| a.for_locale(locale))
            .unwrap_or_default()
    })
}

/// Whether a newer version of the site is installed and waiting for the visitor.
#[derive(Clone, Copy)]
struct UpdateReady(RwSignal<bool>);

/// Registers the service worker once the page has loaded, if the configuration keeps pages
/// offline, and provides the "newer version" state to [`UpdateNotice`].
pub fn provide_offline(backend: Backend) {
    let ready = RwSignal::new(false);
    provide_context(UpdateReady(ready));
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        if backend.config().await.offline.is_some() {
            browser::after_load(move || browser::register(ready));
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = backend;
}

/// Says that a newer version of the site is ready, with a button that switches to it (every
/// open page of the site reloads in the new version).
///
/// ARIA: a persistent `role="status"` region, so the message is announced when it appears
/// without moving focus; the action is a `<button>`. Keyboard: `Enter`/`Space` on the
/// button.
///
/// ```ignore
/// view! { <UpdateNotice /> }
/// ```
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let ready = use_context::<UpdateReady>().map(|r| r.0);
    let shown = move || ready.is_some_and(|r| r.get());
    view! {
        <div class="cp-update" role="status" data-testid="update-notice">
            <Show when=shown>
                <div class="cp-update__body cp-container">
                    <p class="cp-update__text">{t!(UPDATE_READY)}</p>
                    <button type="button" class="cp-button cp-button--secondary" id="update-apply"
                        on:click=move |_| apply()>
                        {t!(UPDATE_APPLY)}
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// The pages kept offline, as links (for the offline state). Renders nothing when the
/// service worker has listed none.
///
/// ARIA: a labelled `<section>` with a list of links, each with the `lang` of its content
/// when that is not the interface language. Keyboard: links only.
///
/// ```ignore
/// view! { <KeptPages /> }
/// ```
#[component]
pub fn KeptPages() -> impl IntoView {
    let i18n = use_i18n();
    let pages = kept_for(i18n.locale_untracked().tag);
    (!pages.is_empty()).then(|| {
        let items = pages
            .into_iter()
            .map(|page| {
                view! { <li><a href=page.href hreflang=page.lang.clone() lang=page.lang>{page.title}</a></li> }
            })
            .collect_view();
        view! {
            <section class="cp-kept" aria-labelledby="cp-kept-title" data-testid="kept-pages">
                <h2 id="cp-kept-title" class="cp-kept__title">{t!(OFFLINE_KEPT_TITLE)}</h2>
                <p>{t!(OFFLINE_KEPT_INTRO)}</p>
                <ul class="cp-kept__list">{items}</ul>
            </section>
        }
    })
}

/// Switches to the waiting version: the worker takes over and every page reloads.
fn apply() {
    #[cfg(target_arch = "wasm32")]
    browser::apply();
}

#[cfg(target_arch = "wasm32")]
mod browser {
    //! The `ServiceWorkerContainer` calls.

    use leptos::prelude::*;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

    const WORKER_URL: &str = "/sw.js";

    fn container() -> Option<ServiceWorkerContainer> {
        let navigator = web_sys::window()?.navigator();
        // Absent in insecure contexts and some embedded browsers.
        js_sys::Reflect::has(&navigator, &"serviceWorker".into())
            .ok()
            .filter(|has| *has)?;
        Some(navigator.service_worker())
    }

    /// Runs `f` once the page has loaded (at once if it has), so that the worker's downloads
    /// never compete with the first view.
    pub fn after_load(f: impl FnOnce() + 'static) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let loaded = window
            .document()
            .is_some_and(|d| d.ready_state() == "complete");
        if loaded {
            f();
            return;
        }
        let callback = Closure::once_into_js(f);
        let _ = window.add_event_listener_with_callback("load", callback.unchecked_ref());
    }

    pub fn register(ready: RwSignal<bool>) {
        let Some(container) = container() else {
            return;
        };
        // A page that had a worker and gets another: an update took over (this page or
        // another one accepted it), so it reloads rather than mix two versions. (The first
        // worker taking over a page that had none is the same version.)
        let had_worker = std::rc::Rc::new(std::cell::Cell::new(container.controller().is_some()));
        let on_change = Closure::<dyn FnMut()>::new(move || {
            if had_worker.replace(true) {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        wasm_bindgen_futures::spawn_local(async move {
            let registered =
                wasm_bindgen_futures::JsFuture::from(container.register(WORKER_URL)).await;
            let registration = match registered {
                Ok(value) => value.dyn_into::<ServiceWorkerRegistration>().ok(),
                Err(e) => {
                    // No sw.js (`trunk serve`) or a host that refuses it: online as before.
                    web_sys::console::info_2(&"[offline] no service worker:".into(), &e);
                    None
                }
            };
            let Some(registration) = registration else {
                return;
            };
            // A version installed on an earlier visit, still waiting.
            if registration.waiting().is_some() && container.controller().is_some() {
                ready.set(true);
            }
            // Says "ready" once a worker being installed while another version controls
            // the page has installed: an update.
            let watch = move |installing: web_sys::ServiceWorker| {
                let (worker, container) = (installing.clone(), container.clone());
                let on_state = Closure::<dyn FnMut()>::new(move || {
                    let update = container.controller().is_some();
                    if worker.state() == ServiceWorkerState::Installed && update {
                        ready.set(true);
                    }
                });
                installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
            };
            // The browser checks for an update when the page loads: one may be installing
            // already, its `updatefound` gone by.
            if let Some(installing) = registration.installing() {
                watch(installing);
            }
            let watched = registration.clone();
            let on_found = Closure::<dyn FnMut()>::new(move || {
                if let Some(installing) = watched.installing() {
                    watch(installing);
                }
            });
            registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
            on_found.forget();
        });
    }

    pub fn apply() {
        let Some(container) = container() else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(ready) = container.ready() else {
                return;
            };
            let Ok(value) = wasm_bindgen_futures::JsFuture::from(ready).await else {
                return;
            };
            let waiting = value
                .dyn_into::<ServiceWorkerRegistration>()
                .ok()
                .and_then(|r| r.waiting());
            match waiting {
                Some(worker) => {
                    let _ = worker.post_message(&"skip-waiting".into());
                }
                // Already taken over (another page accepted it): reload into it.
                None => {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                }
            }
        });
    }
}
