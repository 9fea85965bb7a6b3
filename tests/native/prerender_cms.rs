//! The pre-renderer against a CMS at deploy time (issue 11, item 2): a WordPress REST API
//! (a loopback server answering like WordPress with Polylang) renders into static pages; the
//! CMS body goes through the allowlist; what it cannot render is reported and left to the
//! single-page fallback.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

const HOME: &str = r#"[{"id":1,"slug":"home","lang":"en","modified":"2026-11-30T10:00:00",
  "title":{"rendered":"Welcome from the CMS"},"excerpt":{"rendered":"<p>The city&#8217;s news.</p>"},
  "content":{"rendered":"<p>Published in WordPress.<script>alert(1)</script><img src=x onerror=alert(2)></p><h2>Opening hours</h2><p>Weekdays.</p>","protected":false},
  "translations":{"en":1}}]"#;
const POSTS: &str = include_str!("../../crates/core/tests/fixtures/wordpress/posts-page-1.json");

/// Answers like WordPress: the home page, one page of posts, and `[]` for any other slug.
fn serve_wordpress() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(&stream);
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let path = request.split_whitespace().nth(1).unwrap_or("/");
            let (body, extra) = if path.starts_with("/wp-json/wp/v2/pages?slug=home&lang=en&") {
                (HOME, "")
            } else if path.starts_with("/wp-json/wp/v2/posts?") && path.contains("page=1&") {
                (POSTS, "X-WP-Total: 5\r\nX-WP-TotalPages: 1\r\n")
            } else {
                ("[]", "")
            };
            let _ = write!(
                &stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    port
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A build like Trunk's: the shell, the sample city's site settings and the translations.
fn build_dir(port: u16) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dist = std::env::temp_dir().join(format!("civic-prerender-cms-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dist);
    copy_dir(&root.join("public/content"), &dist.join("content"));
    copy_dir(&root.join("locales"), &dist.join("locales"));
    // An emergency notice in the site settings: part of every pre-rendered page.
    let site_file = dist.join("content/en/site.json");
    let mut site: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&site_file).unwrap()).unwrap();
    site["emergency"] = serde_json::json!({
        "level": "critical",
        "title": "Evacuation order for the riverside district",
        "content": [{ "text": "Move to higher ground now." }],
        "updated": "2026-11-22T06:30:00+09:00"
    });
    std::fs::write(&site_file, site.to_string()).unwrap();
    std::fs::write(
        dist.join("index.html"),
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head><meta name=\"description\" content=\"Sample\"><title>Sample City</title></head>\n<body><noscript>JavaScript</noscript></body>\n</html>\n",
    )
    .unwrap();
    let config = format!(
        r#"{{"backend":{{"adapter":"wordpress","base_url":"http://127.0.0.1:{port}/wp-json","site_url":"/content","timeout_ms":5000}}}}"#
    );
    std::fs::write(dist.join("cms-config.json"), config).unwrap();
    dist
}

#[test]
fn a_wordpress_site_is_rendered_at_deploy_time() {
    let port = serve_wordpress();
    let dist = build_dir(port);
    let out = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .args([
            "--dist",
            dist.to_str().unwrap(),
            "--origin",
            "https://www.city.example",
        ])
        .args(["--config", dist.join("cms-config.json").to_str().unwrap()])
        .output()
        .expect("the pre-renderer runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let home = std::fs::read_to_string(dist.join("en/index.html")).unwrap();
    assert!(home.contains("Welcome from the CMS"), "the page's heading");
    assert!(
        home.contains("Published in WordPress."),
        "the CMS body, as blocks"
    );
    assert!(home.contains("Opening hours"));
    assert!(
        home.contains("Evacuation order for the riverside district")
            && home.contains("November 22, 2026 at 6:30 AM"),
        "the emergency banner, dated in the city's own time"
    );
    let body = home.split("<body>").nth(1).unwrap();
    assert!(
        !body.contains("alert("),
        "scripts and handlers never pass the allowlist"
    );
    assert!(!body.contains("<script") && !body.contains("onerror"));
    // The CMS's raw answer is embedded as data only: never executable, never markup.
    let head = home.split("<body>").next().unwrap();
    assert!(head.contains(r#"<script type="application/json" id="cp-data">"#));
    assert!(
        !head.contains("<script>alert"),
        "`<` inside the data is escaped"
    );
    assert!(
        home.contains("<title>Welcome from the CMS | Sample City</title>")
            || home.contains("Welcome from the CMS\u{2069} | \u{2068}Sample City")
    );
    assert!(home.contains(r#"<link rel="canonical" href="https://www.city.example/en">"#));
    // The embedded data is the CMS's answer, as the app would fetch it.
    assert!(home.contains(&format!(
        "http://127.0.0.1:{port}/wp-json/wp/v2/pages?slug=home"
    )));
    // The browser reads the deployed config.json: the one rendered with.
    let deployed = std::fs::read_to_string(dist.join("config.json")).unwrap();
    assert!(deployed.contains("wordpress"));

    let news = std::fs::read_to_string(dist.join("en/news/index.html")).unwrap();
    assert!(
        news.contains("Road works on Station Street"),
        "posts as news"
    );

    // Pages the CMS does not have (the sample menu links to them) are reported, not written.
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dist.join("prerender-report.json")).unwrap())
            .unwrap();
    let failed = report["failed"].as_array().unwrap();
    assert!(!failed.is_empty(), "{stdout}");
    assert!(failed
        .iter()
        .all(|f| f["reason"].as_str().unwrap().contains("not-found")));
    let missing = failed[0]["path"].as_str().unwrap().trim_start_matches('/');
    assert!(!dist.join(missing).join("index.html").exists());
    assert!(
        dist.join("spa.html").exists(),
        "the single-page shell for what was not rendered"
    );
    let _ = std::fs::remove_dir_all(&dist);
}
