//! The consent configuration: categories and services.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Text in several languages: locale → text. Looked up with [`localized`].
pub type Localized = BTreeMap<String, String>;

/// The text for `locale`, else the reference locale's, else any.
pub fn localized<'a>(text: &'a Localized, locale: &str) -> &'a str {
    text.get(locale)
        .or_else(|| text.get(crate::locale::REFERENCE))
        .or_else(|| text.values().next())
        .map(String::as_str)
        .unwrap_or("")
}

/// The `consent` section of `config.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentConfig {
    /// The revision of the cookie policy. A record of another revision is no longer valid:
    /// the visitor is asked again (C9).
    pub revision: String,
    /// How long a choice is valid, in days (default 182, about six months).
    #[serde(default = "default_expiry_days")]
    pub expiry_days: u32,
    /// Where to post the consent record (no personal data in it), if anywhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt_url: Option<String>,
    pub categories: Vec<Category>,
}

fn default_expiry_days() -> u32 {
    182
}

/// A purpose category (strictly necessary, preferences, analytics, media...).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    /// Strictly necessary: always on, cannot be refused, needs no consent.
    #[serde(default)]
    pub required: bool,
    /// Whether Global Privacy Control turns this category off without asking (C11).
    #[serde(default)]
    pub honours_gpc: bool,
    pub name: Localized,
    pub description: Localized,
    #[serde(default)]
    pub services: Vec<Service>,
}

/// A third-party or first-party service within a category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: String,
    /// Why the data is sent.
    pub purpose: Localized,
    /// What is sent.
    pub data_sent: Localized,
    /// Who receives it (company and country).
    pub recipient: Localized,
    /// How long the recipient keeps it.
    #[serde(default)]
    pub retention: Localized,
    /// The recipient's privacy policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_url: Option<String>,
    /// Cookie names it sets; a trailing `*` matches any suffix (`_ga_*`).
    #[serde(default)]
    pub cookies: Vec<String>,
    /// `localStorage`/`sessionStorage` keys it sets, same patterns.
    #[serde(default)]
    pub storage_keys: Vec<String>,
    /// Scripts loaded only once the category is allowed.
    #[serde(default)]
    pub scripts: Vec<String>,
    /// Hosts contacted (for the Content Security Policy and embeds).
    #[serde(default)]
    pub hosts: Vec<String>,
    /// Content images from `hosts` (a photo library, an image CDN) belong to this service:
    /// they load once it is allowed, and the Content Security Policy allows its hosts for
    /// images. Images from hosts no service declares never load by themselves.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub images: bool,
    /// Google Consent Mode v2 types this service's category grants (`analytics_storage`...).
    #[serde(default)]
    pub consent_mode: Vec<String>,
    /// For embeddable media: the player URL with `{id}` where the video id goes
    /// (`https://www.youtube-nocookie.com/embed/{id}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embed_url: Option<String>,
    /// A Google tag id (`G-XXXXXXX`): once the script has loaded, the app calls
    /// `gtag('js', now)` and `gtag('config', id)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gtag_id: Option<String>,
}

impl ConsentConfig {
    /// The category with `id`.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The service with `id` and its category.
    pub fn service(&self, id: &str) -> Option<(&Category, &Service)> {
        self.categories
            .iter()
            .find_map(|c| c.services.iter().find(|s| s.id == id).map(|s| (c, s)))
    }

    /// Checks ids, patterns and the presence of a required category.
    pub fn check(&self) -> Result<(), String> {
        if self.revision.trim().is_empty() {
            return Err("consent.revision must not be empty".into());
        }
        if self.expiry_days == 0 || self.expiry_days > 400 {
            return Err("consent.expiry_days must be between 1 and 400".into());
        }
        if !self.categories.iter().any(|c| c.required) {
            return Err("consent.categories needs a required (strictly necessary) category".into());
        }
        let mut ids: Vec<&str> = Vec::new();
        for (i, c) in self.categories.iter().enumerate() {
            for id in std::iter::once(c.id.as_str()).chain(c.services.iter().map(|s| s.id.as_str()))
            {
                if !crate::content::is_valid_slug(id) {
                    return Err(format!("consent.categories[{i}]: `{id}` is not a valid id"));
                }
                if ids.contains(&id) {
                    return Err(format!("consent.categories[{i}]: id `{id}` is used twice"));
                }
                ids.push(id);
            }
            if c.required && c.honours_gpc {
                return Err(format!(
                    "consent.categories[{i}]: a required category cannot honour GPC"
                ));
            }
            for s in &c.services {
                if let Some(url) = &s.embed_url {
                    if !url.starts_with("https://") || !url.contains("{id}") {
                        return Err(format!(
                            "service `{}`: embed_url must be https and contain {{id}}",
                            s.id
                        ));
                    }
                }
                if s.images && s.hosts.is_empty() {
                    return Err(format!("service `{}`: images needs its hosts", s.id));
                }
                for host in &s.hosts {
                    let plain = !host.is_empty()
                        && host.bytes().all(|b| {
                            b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b':'
                        });
                    if !plain {
                        return Err(format!(
                            "service `{}`: host `{host}` must be a plain host name (`images.city.example`)",
                            s.id
                        ));
                    }
                }
                for url in &s.scripts {
                    let site_relative = url.starts_with('/') && !url.starts_with("//");
                    if !(url.starts_with("https://") || site_relative) {
                        return Err(format!(
                            "service `{}`: script `{url}` must be https or site-relative",
                            s.id
                        ));
                    }
                }
            }
        }
        Ok(())
    }
}

impl Service {
    /// The player URL of video `id`, if the service embeds media and `id` is plain
    /// (letters, digits, `-`, `_`: nothing that could change the URL).
    pub fn embed(&self, id: &str) -> Option<String> {
        if !crate::content::is_plain_id(id) {
            return None;
        }
        self.embed_url.as_ref().map(|u| u.replace("{id}", id))
    }
}

/// Whether a cookie or storage key `name` matches `pattern` (`_ga` exactly, `_ga_*` any
/// suffix).
pub fn name_matches(pattern: &str, name: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => name.starts_with(prefix),
        None => name == pattern,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn sample() -> ConsentConfig {
        let text = |en: &str| Localized::from([("en".to_string(), en.to_string())]);
        ConsentConfig {
            revision: "2026-11".into(),
            expiry_days: 182,
            receipt_url: None,
            categories: vec![
                Category {
                    id: "necessary".into(),
                    required: true,
                    honours_gpc: false,
                    name: text("Strictly necessary"),
                    description: text("Makes the site work."),
                    services: vec![],
                },
                Category {
                    id: "preferences".into(),
                    required: false,
                    honours_gpc: false,
                    name: text("Preferences"),
                    description: text("Remembers settings."),
                    services: vec![],
                },
                Category {
                    id: "analytics".into(),
                    required: false,
                    honours_gpc: true,
                    name: text("Analytics"),
                    description: text("Measures use."),
                    services: vec![Service {
                        id: "ga4".into(),
                        name: "Google Analytics 4".into(),
                        purpose: text("Usage statistics"),
                        data_sent: text("Pages viewed, device"),
                        recipient: text("Google LLC (USA)"),
                        retention: text("14 months"),
                        privacy_url: None,
                        cookies: vec!["_ga".into(), "_ga_*".into()],
                        storage_keys: vec![],
                        scripts: vec!["https://www.googletagmanager.com/gtag/js?id=G-TEST".into()],
                        hosts: vec!["www.googletagmanager.com".into()],
                        images: false,
                        consent_mode: vec!["analytics_storage".into()],
                        embed_url: None,
                        gtag_id: Some("G-TEST".into()),
                    }],
                },
            ],
        }
    }

    #[test]
    fn sample_config_is_valid() {
        sample().check().unwrap();
    }

    #[test]
    fn invalid_configs_are_refused() {
        let mut c = sample();
        c.categories[0].required = false;
        assert!(c.check().unwrap_err().contains("required"));
        let mut c = sample();
        c.categories[1].id = "analytics".into();
        assert!(c.check().unwrap_err().contains("twice"));
        let mut c = sample();
        c.categories[2].services[0].scripts = vec!["http://insecure.example/x.js".into()];
        assert!(c.check().is_err());
        let mut c = sample();
        c.categories[0].honours_gpc = true;
        assert!(c.check().is_err());
    }

    #[test]
    fn embed_urls_only_take_plain_ids() {
        let mut s = sample().categories[2].services[0].clone();
        assert_eq!(s.embed("abc"), None);
        s.embed_url = Some("https://video.example/embed/{id}".into());
        assert_eq!(
            s.embed("a-B_9").as_deref(),
            Some("https://video.example/embed/a-B_9")
        );
        for bad in ["", "../x", "a?b", "a/b", "\"x"] {
            assert_eq!(s.embed(bad), None, "{bad}");
        }
    }

    #[test]
    fn patterns_match_names() {
        assert!(name_matches("_ga", "_ga"));
        assert!(!name_matches("_ga", "_gat"));
        assert!(name_matches("_ga_*", "_ga_ABC123"));
        assert!(!name_matches("_ga_*", "_gb_ABC"));
    }

    #[test]
    fn localized_text_falls_back_to_english() {
        let t = Localized::from([
            ("en".to_string(), "Hello".to_string()),
            ("ja".to_string(), "こんにちは".to_string()),
        ]);
        assert_eq!(localized(&t, "ja"), "こんにちは");
        assert_eq!(localized(&t, "ko"), "Hello");
        assert_eq!(localized(&Localized::new(), "ko"), "");
    }
}
