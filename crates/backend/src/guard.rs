//! Refusals made before a submission's body is read: requests from other sites (403) and
//! bodies that do not say they are JSON (415). A city's own backend should refuse the same.
//!
//! The cross-site rule follows the Fetch Metadata resource-isolation policy (as Go's
//! `net/http.CrossOriginProtection` applies it): a browser sends `Sec-Fetch-Site` with every
//! request, so `same-origin` (or `none`, typed by the visitor) passes and anything else must
//! come from an origin the backend was told to allow. Browsers without `Sec-Fetch-Site` still
//! send `Origin` on a cross-origin POST, which must then match the request's host (as the
//! proxy in front saw it: `X-Forwarded-Host`, which a page on another site cannot set without
//! a CORS preflight this backend refuses, else `Host`) or the allowed list. A request with neither header is not a browser's (curl, a load test, a city's
//! own integration) and cannot carry a visitor's credentials, so it passes.

use axum::http::header::{CONTENT_TYPE, HOST, ORIGIN};
use axum::http::HeaderMap;

/// Whether `headers` come with a request from another site that `allowed` (exact origins such
/// as `https://www.city.example`) does not list.
pub fn is_cross_site(headers: &HeaderMap, allowed: &[String]) -> bool {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let origin = text(ORIGIN.as_str());
    if origin.is_some_and(|o| allowed.iter().any(|a| a == o)) {
        return false;
    }
    match text("sec-fetch-site") {
        Some("same-origin" | "none") => return false,
        Some(_) => return true,
        None => {}
    }
    match origin {
        None => false,
        Some(origin) => {
            let host = origin.split_once("://").map(|(_, host)| host);
            let requested = text("x-forwarded-host").or(text(HOST.as_str()));
            host.is_none() || host != requested
        }
    }
}

/// Whether the body is declared as JSON: `application/json`, parameters (`; charset=utf-8`)
/// allowed, any letter case. A form post (`text/plain`, `application/x-www-form-urlencoded`,
/// `multipart/form-data`) is what a hostile page can send without asking the browser first.
pub fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn cross_site_requests_are_told_apart() {
        let allowed = ["https://www.city.example".to_string()];
        let same = headers(&[("sec-fetch-site", "same-origin"), ("origin", "http://a:1")]);
        assert!(!is_cross_site(&same, &allowed));
        let other = headers(&[
            ("sec-fetch-site", "cross-site"),
            ("origin", "https://evil.example"),
        ]);
        assert!(is_cross_site(&other, &allowed));
        let sibling = headers(&[
            ("sec-fetch-site", "same-site"),
            ("origin", "https://x.city.example"),
        ]);
        assert!(is_cross_site(&sibling, &allowed));
        let listed = headers(&[
            ("sec-fetch-site", "cross-site"),
            ("origin", "https://www.city.example"),
        ]);
        assert!(!is_cross_site(&listed, &allowed));
        // Older browsers: Origin only, compared with Host.
        let old_same = headers(&[
            ("origin", "http://127.0.0.1:4173"),
            ("host", "127.0.0.1:4173"),
        ]);
        assert!(!is_cross_site(&old_same, &allowed));
        let old_other = headers(&[
            ("origin", "https://evil.example"),
            ("host", "127.0.0.1:4173"),
        ]);
        assert!(is_cross_site(&old_other, &allowed));
        // Behind a proxy that rewrote Host (Trunk's).
        let proxied = headers(&[
            ("origin", "http://127.0.0.1:8080"),
            ("host", "127.0.0.1"),
            ("x-forwarded-host", "127.0.0.1:8080"),
        ]);
        assert!(!is_cross_site(&proxied, &allowed));
        let opaque = headers(&[("origin", "null"), ("host", "127.0.0.1:4173")]);
        assert!(is_cross_site(&opaque, &allowed));
        // Not a browser.
        assert!(!is_cross_site(&headers(&[("host", "127.0.0.1")]), &allowed));
    }

    #[test]
    fn only_json_bodies() {
        assert!(is_json(&headers(&[("content-type", "application/json")])));
        assert!(is_json(&headers(&[(
            "content-type",
            "Application/JSON; charset=utf-8"
        )])));
        assert!(!is_json(&headers(&[("content-type", "text/plain")])));
        assert!(!is_json(&headers(&[("content-type", "application/jsonp")])));
        assert!(!is_json(&headers(&[(
            "content-type",
            "multipart/form-data; boundary=x"
        )])));
        assert!(!is_json(&HeaderMap::new()));
    }
}
