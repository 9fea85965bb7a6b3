//! Whose a content image is. A page's images may come from anywhere its CMS points; loading
//! one contacts its host, so before consent only first-party images load (C1): the site's
//! own, and the configured backend's. An image on a host that a service with `images`
//! declares loads once that service is allowed; an image on any other host never loads by
//! itself (the visitor may follow a link to it).

use super::config::{Category, ConsentConfig, Service};

/// What an image's `src` is to the visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageSource<'a> {
    /// Site-relative, or on the site's or the backend's origin: loads at once.
    FirstParty,
    /// On a host of this declared image service.
    Service(&'a Category, &'a Service),
    /// On a host no service declares (the host is given, for the placeholder).
    Undeclared(&'a str),
}

/// The host (with its port, if any) of an absolute `http(s)` URL; `None` for a site-relative
/// one.
pub fn url_host(src: &str) -> Option<&str> {
    // Schemes in any letter case (`HTTPS://` passes `is_safe_src` too).
    let rest = ["https://", "http://", "//"].iter().find_map(|prefix| {
        src.get(..prefix.len())
            .filter(|head| head.eq_ignore_ascii_case(prefix))
            .map(|_| &src[prefix.len()..])
    })?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    // user:password@host: the host is after the last `@`.
    Some(authority.rsplit('@').next().unwrap_or(authority))
}

/// Whose `src` is, given the origins that are first party (`https://www.city.example`, the
/// backend's `https://cms.city.example`) and the consent configuration.
pub fn image_source<'a>(
    src: &'a str,
    first_party: &[String],
    config: Option<&'a ConsentConfig>,
) -> ImageSource<'a> {
    let Some(host) = url_host(src) else {
        return ImageSource::FirstParty;
    };
    let same_host =
        |origin: &String| url_host(origin).is_some_and(|h| h.eq_ignore_ascii_case(host));
    if first_party.iter().any(same_host) {
        return ImageSource::FirstParty;
    }
    let declared = config
        .into_iter()
        .flat_map(|c| &c.categories)
        .find_map(|c| {
            c.services
                .iter()
                .find(|s| s.images && s.hosts.iter().any(|h| h.eq_ignore_ascii_case(host)))
                .map(|s| (c, s))
        });
    match declared {
        Some((category, service)) => ImageSource::Service(category, service),
        None => ImageSource::Undeclared(host),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> ConsentConfig {
        serde_json::from_str(
            r#"{ "revision": "1", "categories": [
                { "id": "necessary", "required": true, "name": {}, "description": {} },
                { "id": "media", "name": {}, "description": {}, "services": [
                    { "id": "photos", "name": "Photos", "purpose": {}, "data_sent": {}, "recipient": {},
                      "hosts": ["live.staticflickr.com"], "images": true },
                    { "id": "analytics", "name": "Analytics", "purpose": {}, "data_sent": {}, "recipient": {},
                      "hosts": ["www.google-analytics.com"] }
                ] }
            ] }"#,
        )
        .unwrap()
    }

    #[test]
    fn hosts_of_urls() {
        assert_eq!(url_host("https://a.example/x.png"), Some("a.example"));
        assert_eq!(url_host("https://a.example:8443?x"), Some("a.example:8443"));
        assert_eq!(url_host("//a.example/x"), Some("a.example"));
        assert_eq!(url_host("https://user:pw@a.example/x"), Some("a.example"));
        assert_eq!(url_host("/content/x.png"), None);
        assert_eq!(url_host("HTTPS://A.example/x.png"), Some("A.example"));
    }

    #[test]
    fn only_first_party_images_before_consent() {
        let config = config();
        let first = vec![
            "https://www.city.example".to_string(),
            "https://cms.city.example".into(),
        ];
        let of = |src| image_source(src, &first, Some(&config));
        assert_eq!(of("/content/en/map.png"), ImageSource::FirstParty);
        assert_eq!(
            of("https://www.city.example/a.png"),
            ImageSource::FirstParty
        );
        assert_eq!(
            of("https://CMS.city.example/wp-content/a.png"),
            ImageSource::FirstParty
        );
        assert!(
            matches!(of("https://live.staticflickr.com/1/2.jpg"), ImageSource::Service(_, s) if s.id == "photos")
        );
        // A host declared for something else (a tag's beacon) is not an image service.
        assert_eq!(
            of("https://www.google-analytics.com/collect?v=1"),
            ImageSource::Undeclared("www.google-analytics.com")
        );
        assert_eq!(
            of("https://tracker.example/p.gif"),
            ImageSource::Undeclared("tracker.example")
        );
        // An upper-case scheme is still another host, never "site-relative".
        assert_eq!(
            of("HTTPS://tracker.example/p.gif"),
            ImageSource::Undeclared("tracker.example")
        );
        // No configuration yet: nothing is declared.
        assert!(matches!(
            image_source("https://live.staticflickr.com/1.jpg", &first, None),
            ImageSource::Undeclared(_)
        ));
    }

    #[test]
    fn an_image_service_needs_plain_hosts() {
        let mut config = config();
        config.categories[1].services[0].hosts = vec!["https://x.example/".into()];
        assert!(config.check().unwrap_err().contains("plain host name"));
        config.categories[1].services[0].hosts.clear();
        assert!(config
            .check()
            .unwrap_err()
            .contains("images needs its hosts"));
    }
}
