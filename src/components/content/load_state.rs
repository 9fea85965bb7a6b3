//! Loading and error states of content that comes from the backend (target B5).

use civic_core::content::LoadError;
use leptos::prelude::*;

use crate::a11y::PageHeading;
use crate::backend::Remote;
use crate::i18n::{msg, use_i18n};
use crate::offline::KeptPages;
use crate::t;

/// Shown while content loads. It reserves room so that the footer does not jump up and
/// down, and tells assistive technology that the region is busy.
///
/// ARIA: `role="status"` with the translated "Loading…" text.
///
/// Examples: `examples()` at the end of this file, shown in the component gallery at
/// `/__gallery/#content-load_state` (`scripts/build-gallery.sh`).
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="cp-loading" role="status" aria-busy="true">
            <p class="cp-loading__text">{t!(LOADING)}</p>
        </div>
    }
}

/// Why content could not be shown, with a way forward: not found, offline (with links to
/// the pages kept on the device, when the service worker keeps any), time-out, network,
/// server error, too large, malformed; each has its own translated message.
/// Not-found offers the home page; the other kinds offer "Try again", which calls `retry`. The message becomes the page's
/// `<h1>` and title, so the visitor hears what happened after a navigation.
///
/// ARIA: the title is the page heading; the retry control is a `<button>`.
/// Keyboard: `Enter`/`Space` on the button retries.
#[component]
pub fn LoadFailure(error: LoadError, retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let (title_id, body): (&'static str, Box<dyn Fn() -> String + Send + Sync>) = match &error {
        LoadError::NotFound => (
            msg::NOT_FOUND_TITLE,
            Box::new(move || i18n.t(msg::NOT_FOUND_BODY)),
        ),
        LoadError::Offline => (
            msg::ERROR_OFFLINE_TITLE,
            Box::new(move || i18n.t(msg::ERROR_OFFLINE_BODY)),
        ),
        LoadError::Timeout => (
            msg::ERROR_TIMEOUT_TITLE,
            Box::new(move || i18n.t(msg::ERROR_TIMEOUT_BODY)),
        ),
        LoadError::TooLarge => (
            msg::ERROR_TOO_LARGE_TITLE,
            Box::new(move || i18n.t(msg::ERROR_TOO_LARGE_BODY)),
        ),
        LoadError::Network(_) => (
            msg::ERROR_NETWORK_TITLE,
            Box::new(move || i18n.t(msg::ERROR_NETWORK_BODY)),
        ),
        LoadError::RateLimited(seconds) => {
            let seconds = seconds.unwrap_or(60);
            (
                msg::ERROR_BUSY_TITLE,
                Box::new(move || i18n.t_args(msg::ERROR_BUSY_BODY, &[("seconds", seconds.into())])),
            )
        }
        LoadError::Server(status) => {
            let status = *status;
            (
                msg::ERROR_SERVER_TITLE,
                Box::new(move || i18n.t_args(msg::ERROR_SERVER_BODY, &[("status", status.into())])),
            )
        }
        LoadError::Malformed(_) => (
            msg::ERROR_MALFORMED_TITLE,
            Box::new(move || i18n.t(msg::ERROR_MALFORMED_BODY)),
        ),
    };
    let kind = match &error {
        LoadError::NotFound => "not-found",
        LoadError::Offline => "offline",
        LoadError::Timeout => "timeout",
        LoadError::TooLarge => "too-large",
        LoadError::Network(_) => "network",
        LoadError::RateLimited(_) => "busy",
        LoadError::Server(_) => "server",
        LoadError::Malformed(_) => "malformed",
    };
    let action = if matches!(error, LoadError::NotFound) {
        view! { <p><a href=move || i18n.href("/")>{t!(NOT_FOUND_HOME)}</a></p> }.into_any()
    } else {
        view! {
            <button type="button" class="cp-button" on:click=move |_| retry.run(())>{t!(RETRY)}</button>
        }
        .into_any()
    };
    let kept = matches!(error, LoadError::Offline).then(|| view! { <KeptPages /> });
    view! {
        <div class="cp-failure" data-state=kind>
            <PageHeading text=Signal::derive(move || i18n.t(title_id)) />
            <p>{body}</p>
            {action}
            {kept}
        </div>
    }
}

/// Shows the result of a backend request: [`Loading`] on the first load (previous content
/// stays on screen while a new key loads), `render` for the content, or a [`LoadFailure`]
/// whose "Try again" asks again. Every page that shows backend content goes through it, so
/// all of them have the same states (target B5).
pub fn remote<T: Clone + 'static>(
    remote: Remote<T>,
    render: impl Fn(T) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let retry = Callback::new(move |_| remote.retry());
    move || {
        let render = render.clone();
        match remote.get() {
            None => view! { <Loading /> }.into_any(),
            Some(Ok(value)) => render(value),
            Some(Err(error)) => view! { <LoadFailure error=error retry=retry /> }.into_any(),
        }
    }
}

crate::components::examples! {
    "loading" => {
        view! { <Loading /> }
    },
    "network-error" => {
        view! { <LoadFailure error=LoadError::Network("refused".into()) retry=Callback::new(|_| {}) /> }
    },
    "not-found" => {
        view! { <LoadFailure error=LoadError::NotFound retry=Callback::new(|_| {}) /> }

    },
    "rate-limited" => {
        view! { <LoadFailure error=LoadError::RateLimited(Some(30)) retry=Callback::new(|_| {}) /> }
    },
}
