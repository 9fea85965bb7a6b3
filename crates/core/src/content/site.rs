//! Site settings: everything around the pages.

use serde::{Deserialize, Serialize};

use super::page::{Contact, Inline, Link};
use super::{bad, check_locale, decode, is_safe_src, DecodeError};

/// The settings of the site in one locale: its name, navigation, footer and contact, and an
/// optional emergency banner shown on every page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteSettings {
    pub locale: String,
    pub name: String,
    /// A short line under the name ("Official website").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tagline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<Logo>,
    /// The locales that have content on this backend (the interface may offer more).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content_locales: Vec<String>,
    /// The main menu; items may have children (one level is shown in the header).
    pub navigation: Vec<NavItem>,
    /// Links in the footer: site policies, contact, sitemap.
    pub footer_links: Vec<Link>,
    pub contact: Contact,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emergency: Option<Emergency>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logo {
    pub src: String,
    /// Empty when the logo only repeats the site name next to it.
    pub alt: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NavItem {
    pub label: String,
    pub href: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<NavItem>,
}

/// A site-wide emergency message (disaster, evacuation order, system outage).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    #[serde(default)]
    pub level: EmergencyLevel,
    pub title: String,
    pub content: Vec<Inline>,
    /// When the message was last updated, ISO 8601 date or date-time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmergencyLevel {
    /// Advice that affects many people (a storm warning).
    #[default]
    Warning,
    /// Act now (an evacuation order).
    Critical,
}

/// Decodes the site settings and checks their locale.
pub fn decode_site(text: &str, expected_locale: &str) -> Result<SiteSettings, DecodeError> {
    let site: SiteSettings = decode(text)?;
    check_locale(&site.locale, expected_locale)?;
    if site.name.trim().is_empty() {
        return Err(bad("name", "must not be empty"));
    }
    if let Some(logo) = &site.logo {
        if !is_safe_src(&logo.src) {
            return Err(bad(
                "logo.src",
                "must be a site-relative path or an https URL",
            ));
        }
    }
    Ok(site)
}
