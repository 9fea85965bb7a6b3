//! The site settings of the interface locale (name, navigation, footer links, contact,
//! emergency banner), loaded through the backend once per locale and shared by the header,
//! the footer and the emergency banner. While they load, or if they cannot be loaded, the
//! frame falls back to the built-in navigation, so header and footer never disappear.

use civic_core::content::SiteSettings;
use leptos::prelude::*;

use crate::backend::{use_backend, Remote};
use crate::i18n::{msg, use_i18n, I18n};

#[derive(Clone, Copy)]
pub struct Site {
    settings: Remote<SiteSettings>,
    i18n: I18n,
}

/// Starts loading the site settings of the interface locale and provides them as context.
pub fn provide_site() -> Site {
    let backend = use_backend();
    let i18n = use_i18n();
    let settings = Remote::new(
        move || i18n.locale(),
        move |locale| async move { backend.site(locale).await },
    );
    let site = Site { settings, i18n };
    provide_context(site);
    site
}

pub fn use_site() -> Site {
    expect_context::<Site>()
}

impl Site {
    /// The settings, once loaded (`None` while loading or when they could not be loaded).
    pub fn settings(&self) -> Option<SiteSettings> {
        self.settings.get().and_then(Result::ok)
    }

    /// The site's name: from the settings, else the interface's built-in name.
    pub fn name(&self) -> String {
        self.settings()
            .map(|s| s.name)
            .unwrap_or_else(|| self.i18n.t(msg::HEADER_SITE_NAME))
    }
}

/// `path` as an absolute URL on this site (`https://city.example/ja/pages/x`), for links that
/// must be absolute, such as `hreflang` alternates. The origin is the page's own in the
/// browser, and the deployed site's (`--origin`) in the pre-renderer.
pub fn absolute_url(path: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let origin = crate::prerender::origin();
    format!("{origin}{path}")
}
