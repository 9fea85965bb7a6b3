//! Consent management (targets C1–C13): owns the visitor's consent state, the banner, the
//! preferences dialog, the scripts of third-party services and the cleanup when consent is
//! withdrawn. The rules (validity, expiry, revision, GPC, Consent Mode) are
//! `civic_core::consent`'s; this module applies them in the browser.
//!
//! - Nothing optional runs before a choice: scripts are injected by `loader` only for allowed
//!   services; Google Consent Mode starts all-denied (`/consent-mode.js`, loaded before the
//!   app) and gets an `update` on every page load and every choice.
//! - The choice is stored under `storage::Key::Consent`; a tampered, old or expired record
//!   counts as no choice.
//! - Withdrawing deletes the withdrawn services' cookies and storage keys and removes their
//!   scripts; on every load, leftovers of services not allowed are deleted too.
//! - Other code asks [`Consent::allows`] (reactive) through [`use_consent`].

mod banner;
mod browser;
mod choices;
mod dialog;
mod loader;

use std::collections::BTreeMap;

use civic_core::consent::{
    self, name_matches, ConsentConfig, ConsentRecord, ConsentState, Method, Service,
};
use leptos::prelude::*;

pub use banner::ConsentBanner;
pub use browser::iso_time;
pub use choices::ConsentChoices;
pub use dialog::ConsentDialog;

use crate::backend::use_backend;
use crate::i18n::{msg, use_i18n, I18n};
use crate::storage;

/// How long a consent receipt may take (config.json's default `backend.timeout_ms`).
#[cfg(target_arch = "wasm32")]
const RECEIPT_TIMEOUT_MS: u32 = 10_000;

/// The consent handle provided through context. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Consent {
    config: RwSignal<Option<ConsentConfig>>,
    state: RwSignal<Option<ConsentState>>,
    /// `config.json` has been read (with or without a consent section).
    resolved: RwSignal<bool>,
    /// "Accept all" or "Reject all" pressed before `config.json` arrived (`true` = accept):
    /// applied as soon as it is read, so the click is not lost.
    queued: StoredValue<Option<bool>>,
    dialog_open: RwSignal<bool>,
    /// The confirmation of the last choice (a message id), announced in a status region.
    confirmation: RwSignal<Option<&'static str>>,
    return_focus: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
    /// The origins whose images load without consent: the page's and the backend's.
    first_party: RwSignal<Vec<String>>,
    i18n: I18n,
}

/// [`civic_core::consent::ImageSource`], owned (for a view to keep).
#[derive(Clone, Debug, PartialEq)]
pub enum ImageSourceOf {
    FirstParty,
    Service {
        category: String,
        service: Box<Service>,
    },
    Undeclared(String),
}

/// The consent handle provided by [`provide_consent`].
pub fn use_consent() -> Consent {
    expect_context::<Consent>()
}

/// Creates the consent handle, reads the stored record once the configuration is known, and
/// applies it (Consent Mode update, scripts of allowed services, cleanup of the others).
pub fn provide_consent() -> Consent {
    let backend = use_backend();
    let consent = Consent {
        config: RwSignal::new(None),
        state: RwSignal::new(None),
        resolved: RwSignal::new(false),
        queued: StoredValue::new(None),
        dialog_open: RwSignal::new(false),
        confirmation: RwSignal::new(None),
        return_focus: StoredValue::new_local(None),
        first_party: RwSignal::new(Vec::new()),
        i18n: use_i18n(),
    };
    provide_context(consent);
    // In the browser only (effects do not run in the pre-renderer), after the first render:
    // a pre-rendered page and its hydration both show the banner of a first visit, and
    // `/consent-mode.js` hides it from the first paint when a record is stored, so a
    // returning visitor never sees it flash.
    Effect::new(move |_| {
        // A button pressed before the app ran: Accept or Reject are queued like a click
        // before config.json arrives; Choose opens the dialog once the choices are known.
        let early = browser::take_early_choice();
        match early.as_deref() {
            Some("accept") => consent.queued.set_value(Some(true)),
            Some("reject") => consent.queued.set_value(Some(false)),
            _ => {}
        }
        leptos::task::spawn_local(async move {
            let config = backend.config().await;
            let b = &config.backend;
            let first_party = [Some(&b.base_url), Some(&b.site_url), b.forms_url.as_ref()]
                .into_iter()
                .flatten()
                .cloned()
                .chain(browser::page_origin())
                .collect();
            consent.first_party.set(first_party);
            consent.resolve(config.consent);
            if early.as_deref() == Some("choose") {
                consent.open_dialog();
            }
        });
    });
    consent
}

impl Consent {
    /// Applies the stored record once the configuration is known (once per page load).
    fn resolve(&self, settings: Option<ConsentConfig>) {
        let consent = *self;
        consent.resolved.set(true);
        let Some(settings) = settings else {
            return;
        };
        if consent.state.get_untracked().is_some() {
            return; // already applied for this page load
        }
        let stored = storage::get(storage::Key::Consent);
        let state =
            ConsentState::resolve(stored.as_deref(), &settings, browser::now(), browser::gpc());
        if state.record.is_none() && stored.is_some() {
            // Tampered, old or expired: it is no consent, and it goes.
            storage::remove(storage::Key::Consent);
        }
        apply(&settings, None, &state);
        consent.config.set(Some(settings));
        consent.state.set(Some(state));
        match consent.queued.get_value() {
            Some(true) => consent.accept_all(),
            Some(false) => consent.reject_all(),
            None => {}
        }
    }
}

/// Makes the page match `after`: Consent Mode, scripts, and no leftovers of services that
/// are not allowed (those withdrawn since `before` included).
fn apply(config: &ConsentConfig, before: Option<&ConsentState>, after: &ConsentState) {
    browser::consent_mode("update", &after.consent_mode(config));
    for category in &config.categories {
        for service in &category.services {
            if after.allows_category(config, &category.id) {
                loader::ensure_loaded(service);
            } else {
                loader::unload(service);
            }
        }
    }
    let mut services = consent::not_allowed(config, after);
    if let Some(before) = before {
        services.extend(consent::withdrawn(config, before, after));
    }
    for service in services {
        for name in browser::cookie_names() {
            if service.cookies.iter().any(|p| name_matches(p, &name)) {
                browser::delete_cookie(&name);
            }
        }
        storage::remove_matching(|key| service.storage_keys.iter().any(|p| name_matches(p, key)));
    }
}

impl Consent {
    /// The configuration, once `config.json` is read (`None` without a consent section).
    pub fn config(&self) -> Option<ConsentConfig> {
        self.config.get()
    }

    /// The current state (`None` until the configuration is read).
    pub fn state(&self) -> Option<ConsentState> {
        self.state.get()
    }

    /// Whether the service `id` may run now. Reactive: components re-render on a change.
    /// (The API for components that embed third-party content, e.g. `VideoEmbed`.)
    pub fn allows(&self, service: &str) -> bool {
        match (self.config.get(), self.state.get()) {
            (Some(config), Some(state)) => state.allows_service(&config, service),
            _ => false,
        }
    }

    /// Whose the image at `src` is (reactive: known once `config.json` is read; until then
    /// every image from another host counts as undeclared). See `civic_core::consent::images`.
    pub fn image_source(&self, src: &str) -> ImageSourceOf {
        let config = self.config.get();
        let first_party = self.first_party.get();
        match consent::image_source(src, &first_party, config.as_ref()) {
            consent::ImageSource::FirstParty => ImageSourceOf::FirstParty,
            consent::ImageSource::Service(category, service) => ImageSourceOf::Service {
                category: category.id.clone(),
                service: Box::new(service.clone()),
            },
            consent::ImageSource::Undeclared(host) => ImageSourceOf::Undeclared(host.to_string()),
        }
    }

    /// Whether the first-layer banner is to be shown.
    pub fn needs_prompt(&self) -> bool {
        match (self.config.get(), self.state.get()) {
            (Some(config), Some(state)) => state.needs_prompt(&config),
            // Before config.json is read: a first visit will be asked, so the banner is there
            // from the first paint (no layout shift); `/consent-mode.js` marks the document
            // when a record is stored, and the stylesheet hides this early banner then.
            _ => !self.resolved.get(),
        }
    }

    /// Whether `config.json` has been read and the stored record checked.
    pub fn resolved(&self) -> bool {
        self.resolved.get()
    }

    pub fn dialog_open(&self) -> bool {
        self.dialog_open.get()
    }

    pub fn confirmation(&self) -> Option<&'static str> {
        self.confirmation.get()
    }

    /// Opens the preferences dialog, remembering where focus was.
    pub fn open_dialog(&self) {
        self.remember_focus(browser::active_element());
        self.dialog_open.set(true);
    }

    /// Closes the dialog. Closing without a choice on record counts as refusal (C4).
    pub fn close_dialog(&self) {
        if !self.dialog_open.get_untracked() {
            return;
        }
        self.dialog_open.set(false);
        let undecided = self
            .state
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.record.is_none()));
        if undecided {
            self.reject_all();
        }
    }

    pub fn accept_all(&self) {
        if self.config.get_untracked().is_none() {
            self.queued.set_value(Some(true));
            return;
        }
        self.choose(Method::AcceptAll, &|_| true, msg::CONSENT_ACCEPTED);
    }

    pub fn reject_all(&self) {
        if self.config.get_untracked().is_none() {
            self.queued.set_value(Some(false));
            return;
        }
        self.choose(Method::RejectAll, &|_| false, msg::CONSENT_REJECTED);
    }

    /// Saves a choice made category by category.
    pub fn save(&self, choices: &BTreeMap<String, bool>) {
        self.choose(
            Method::Custom,
            &|c| choices.get(c).copied().unwrap_or(false),
            msg::CONSENT_SAVED,
        );
    }

    fn choose(&self, method: Method, allowed: &dyn Fn(&str) -> bool, confirmation: &'static str) {
        let Some(config) = self.config.get_untracked() else {
            return;
        };
        let before = self.state.get_untracked();
        let gpc = browser::gpc();
        let record = ConsentRecord::new(
            &config,
            browser::random_id(),
            browser::now(),
            self.i18n.locale_untracked().tag,
            method,
            gpc,
            allowed,
        );
        storage::set(storage::Key::Consent, &record.to_json());
        #[cfg(target_arch = "wasm32")]
        if let Some(url) = config.receipt_url.clone() {
            let body = record.to_json();
            leptos::task::spawn_local(async move {
                crate::backend::post_json(&url, &body, RECEIPT_TIMEOUT_MS).await
            });
        }
        let after = ConsentState::chosen(record, gpc);
        apply(&config, before.as_ref(), &after);
        self.state.set(Some(after));
        self.dialog_open.set(false);
        self.confirmation.set(Some(confirmation));
        // Give focus back to where it was before the banner or dialog took it; a visitor who
        // started in the banner (it is first on the page) continues at the skip link, the
        // next thing on the page, so focus is never dropped on the document.
        let previous = self.return_focus.get_value().filter(|e| e.is_connected());
        self.return_focus.set_value(None);
        let had_focus_inside = browser::active_element().is_none_or(|e| !e.is_connected())
            || browser::focus_is_in_consent_ui();
        match previous {
            Some(element) => {
                let _ = element.focus();
            }
            None if had_focus_inside => browser::focus_skip_link(),
            None => {}
        }
    }

    /// Remembers the element that had focus before the banner got it (its `focusin`
    /// related target), to give focus back after a choice.
    pub fn remember_focus(&self, previous: Option<web_sys::HtmlElement>) {
        if self.return_focus.with_value(|f| f.is_none()) {
            self.return_focus.set_value(previous);
        }
    }

    /// The current record as a receipt (JSON), in the interface language.
    pub fn receipt(&self) -> Option<String> {
        let config = self.config.get()?;
        let record = self.state.get()?.record?;
        Some(consent::receipt(&record, &config, self.i18n.locale().tag))
    }

    /// Offers the receipt as a file download.
    pub fn download_receipt(&self) {
        if let Some(receipt) = self.receipt() {
            browser::download("consent-record.json", &receipt);
        }
    }
}
