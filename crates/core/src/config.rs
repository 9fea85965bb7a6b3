//! Runtime configuration (target B3): `config.json`, read by the app at start, so that one
//! build can serve any city's backend without recompiling.
//!
//! ```json
//! { "backend": { "adapter": "wordpress", "base_url": "https://cms.example.org/wp-json",
//!                "timeout_ms": 8000 } }
//! ```
//! Every field has a default, so `{}` is a valid configuration: the embedded sample content.

use serde::{Deserialize, Serialize};

use crate::content::{decode, DecodeError};

/// The whole `config.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub backend: BackendConfig,
    /// The locale for visitors whose browser languages match none of the shipped ones.
    #[serde(default = "default_locale")]
    pub default_locale: String,
    /// Consent categories and services. Without it, only strictly necessary functions run
    /// and no banner is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<crate::consent::ConsentConfig>,
    /// What the service worker keeps for reading offline. Without it, no service worker is
    /// registered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offline: Option<OfflineConfig>,
}

/// The pages kept offline, in every language a visitor reads them in (with the app shell,
/// the site settings with the emergency banner, the translations and the files the pages
/// link to, such as the evacuation shelter list).
///
/// ```json
/// "offline": { "pages": ["disaster-prevention"] }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfflineConfig {
    /// Slugs of the pages kept, in the order the offline state lists them (at most
    /// [`MAX_OFFLINE_PAGES`]).
    pub pages: Vec<String>,
}

/// The most pages a visitor's device is asked to keep offline.
pub const MAX_OFFLINE_PAGES: usize = 20;

impl Default for Config {
    fn default() -> Self {
        Config {
            backend: BackendConfig::default(),
            default_locale: default_locale(),
            consent: None,
            offline: None,
        }
    }
}

fn default_locale() -> String {
    crate::locale::REFERENCE.to_string()
}

/// Where content comes from and how it is shaped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackendConfig {
    #[serde(default)]
    pub adapter: AdapterKind,
    /// Base URL of the content API, absolute or site-relative, without a trailing slash.
    #[serde(default = "default_base")]
    pub base_url: String,
    /// Base URL of the site settings (`<site_url>/<locale>/site.json`, contract format).
    /// CMS adapters have no standard place for menus and contact details, so these stay
    /// static files by default, next to the app.
    #[serde(default = "default_base")]
    pub site_url: String,
    /// Base URL of form definitions and submissions (contract format:
    /// `<forms_url>/<locale>/forms/<id>.json`, `POST <forms_url>/forms/<id>/submissions`).
    /// Default: `base_url` with the native adapter, otherwise `site_url` (CMS adapters do not
    /// map forms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forms_url: Option<String>,
    /// A request that has not answered after this many milliseconds is abandoned and shown
    /// as a time-out, with a retry.
    #[serde(default = "default_timeout")]
    pub timeout_ms: u32,
    /// Items per page of news, for adapters that page on the server (WordPress, Drupal).
    #[serde(default = "default_per_page")]
    pub news_per_page: u32,
    /// The slug of the page the home route (`/<locale>`) shows: a CMS's front page, whose
    /// slug the city chose ("welcome"); WordPress does not publish its front-page setting.
    #[serde(default = "default_home")]
    pub home_slug: String,
}

/// The app's own name of the home page: a page with this slug is shown at `/<locale>`, and
/// the home page asks the backend for [`BackendConfig::home_slug`].
pub const HOME: &str = "home";

impl Default for BackendConfig {
    fn default() -> Self {
        BackendConfig {
            adapter: AdapterKind::default(),
            base_url: default_base(),
            site_url: default_base(),
            forms_url: None,
            timeout_ms: default_timeout(),
            news_per_page: default_per_page(),
            home_slug: default_home(),
        }
    }
}

impl BackendConfig {
    /// The origin (`scheme://host[:port]`) of the content API when `base_url` is absolute:
    /// a CMS's own images and root-relative links are on it. `None` when the content is on
    /// the app's own site.
    pub fn origin(&self) -> Option<&str> {
        let rest = self
            .base_url
            .strip_prefix("https://")
            .or_else(|| self.base_url.strip_prefix("http://"))?;
        let end = rest.find('/').unwrap_or(rest.len());
        Some(&self.base_url[..self.base_url.len() - rest.len() + end]).filter(|_| end > 0)
    }

    /// Where forms are defined and submitted (see [`BackendConfig::forms_url`]).
    pub fn forms_base(&self) -> &str {
        match (&self.forms_url, self.adapter) {
            (Some(url), _) => url,
            (None, AdapterKind::Native) => &self.base_url,
            (None, _) => &self.site_url,
        }
    }
}

fn default_base() -> String {
    "/content".to_string()
}

fn default_timeout() -> u32 {
    10_000
}

fn default_per_page() -> u32 {
    10
}

fn default_home() -> String {
    HOME.to_string()
}

/// Which shape the backend speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdapterKind {
    /// civic-portal's own contract (`docs/contract.md`), e.g. the embedded sample city.
    #[default]
    Native,
    /// WordPress REST API (`/wp-json/wp/v2/pages|posts`), with Polylang's `lang`.
    Wordpress,
    /// Drupal JSON:API (`/jsonapi/node/page|article`).
    Drupal,
}

/// Decodes `config.json` and checks its values.
pub fn decode_config(text: &str) -> Result<Config, DecodeError> {
    let config: Config = decode(text)?;
    let check_base = |path: &str, url: &str| {
        let ok = url.starts_with('/') && !url.starts_with("//")
            || url.starts_with("https://")
            || url.starts_with("http://");
        if ok && !url.ends_with('/') {
            Ok(())
        } else {
            Err(DecodeError {
                path: path.into(),
                message: "must be a site-relative path or an http(s) URL, without a trailing slash"
                    .into(),
            })
        }
    };
    check_base("backend.base_url", &config.backend.base_url)?;
    check_base("backend.site_url", &config.backend.site_url)?;
    if let Some(forms) = &config.backend.forms_url {
        check_base("backend.forms_url", forms)?;
    }
    if !(500..=120_000).contains(&config.backend.timeout_ms) {
        return Err(DecodeError {
            path: "backend.timeout_ms".into(),
            message: "must be between 500 and 120000".into(),
        });
    }
    if !crate::content::is_valid_slug(&config.backend.home_slug) {
        return Err(DecodeError {
            path: "backend.home_slug".into(),
            message: format!("`{}` is not a valid slug", config.backend.home_slug),
        });
    }
    if !(1..=100).contains(&config.backend.news_per_page) {
        return Err(DecodeError {
            path: "backend.news_per_page".into(),
            message: "must be between 1 and 100".into(),
        });
    }
    if crate::locale::find(&config.default_locale).is_none_or(|l| !l.is_listed()) {
        return Err(DecodeError {
            path: "default_locale".into(),
            message: format!("`{}` is not a shipped locale", config.default_locale),
        });
    }
    if let Some(consent) = &config.consent {
        consent.check().map_err(|message| DecodeError {
            path: "consent".into(),
            message,
        })?;
    }
    if let Some(offline) = &config.offline {
        let bad = |path: String, message: String| DecodeError { path, message };
        if offline.pages.len() > MAX_OFFLINE_PAGES {
            return Err(bad(
                "offline.pages".into(),
                format!("at most {MAX_OFFLINE_PAGES} pages can be kept offline"),
            ));
        }
        for (i, slug) in offline.pages.iter().enumerate() {
            if !crate::content::is_valid_slug(slug) {
                return Err(bad(
                    format!("offline.pages[{i}]"),
                    format!("`{slug}` is not a valid slug"),
                ));
            }
            if offline.pages[..i].contains(slug) {
                return Err(bad(
                    format!("offline.pages[{i}]"),
                    format!("`{slug}` is listed twice"),
                ));
            }
        }
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offline_pages_are_checked() {
        let config =
            decode_config(r#"{"offline": {"pages": ["disaster-prevention", "home"]}}"#).unwrap();
        assert_eq!(
            config.offline.unwrap().pages,
            ["disaster-prevention", "home"]
        );
        for (text, path) in [
            (r#"{"offline": {"pages": ["../etc"]}}"#, "offline.pages[0]"),
            (r#"{"offline": {"pages": ["a", "a"]}}"#, "offline.pages[1]"),
            (r#"{"offline": {"pages": "a"}}"#, "offline.pages"),
            (r#"{"offline": {"page": ["a"]}}"#, "offline"),
        ] {
            let err = decode_config(text).unwrap_err();
            assert!(err.path.starts_with(path), "{text}: {err:?}");
        }
        let many: Vec<String> = (0..=MAX_OFFLINE_PAGES)
            .map(|i| format!("\"p{i}\""))
            .collect();
        let text = format!(r#"{{"offline": {{"pages": [{}]}}}}"#, many.join(","));
        assert_eq!(decode_config(&text).unwrap_err().path, "offline.pages");
    }

    #[test]
    fn empty_config_is_the_embedded_sample_city() {
        let config = decode_config("{}").unwrap();
        assert_eq!(config, Config::default());
        assert_eq!(config.backend.adapter, AdapterKind::Native);
        assert_eq!(config.backend.base_url, "/content");
    }

    #[test]
    fn a_cms_backend_is_configured_without_rebuilding() {
        let config = decode_config(
            r#"{"backend": {"adapter": "drupal", "base_url": "https://cms.example.org", "timeout_ms": 5000}, "default_locale": "ja"}"#,
        )
        .unwrap();
        assert_eq!(config.backend.adapter, AdapterKind::Drupal);
        assert_eq!(config.backend.timeout_ms, 5000);
        assert_eq!(config.backend.home_slug, HOME);
        assert_eq!(config.backend.origin(), Some("https://cms.example.org"));
        assert_eq!(Config::default().backend.origin(), None);
        let intranet = decode_config(
            r#"{"backend": {"adapter": "wordpress", "base_url": "http://10.0.0.5:8080/wp-json"}}"#,
        )
        .unwrap();
        assert_eq!(intranet.backend.origin(), Some("http://10.0.0.5:8080"));
        let wordpress =
            decode_config(r#"{"backend": {"adapter": "wordpress", "home_slug": "welcome"}}"#)
                .unwrap();
        assert_eq!(wordpress.backend.home_slug, "welcome");
        assert_eq!(config.default_locale, "ja");
    }

    #[test]
    fn bad_values_name_their_field() {
        for (json, path) in [
            (r#"{"backend": {"adapter": "joomla"}}"#, "backend.adapter"),
            (
                r#"{"backend": {"base_url": "javascript:alert(1)"}}"#,
                "backend.base_url",
            ),
            (
                r#"{"backend": {"base_url": "//evil.example"}}"#,
                "backend.base_url",
            ),
            (
                r#"{"backend": {"base_url": "/content/"}}"#,
                "backend.base_url",
            ),
            (r#"{"backend": {"timeout_ms": 0}}"#, "backend.timeout_ms"),
            (
                r#"{"backend": {"home_slug": "../index"}}"#,
                "backend.home_slug",
            ),
            (
                r#"{"backend": {"news_per_page": 1000}}"#,
                "backend.news_per_page",
            ),
            (r#"{"default_locale": "en-XA"}"#, "default_locale"),
            (r#"{"colour": "red"}"#, "colour"),
        ] {
            let err = decode_config(json).unwrap_err();
            assert_eq!(err.path, path, "{json}: {err}");
        }
    }
}
