//! What the reference backend refuses, and how: cross-site posts, bodies that are not JSON,
//! too many submissions from one client, an idempotency key reused with other answers; and
//! that storage trouble is waited out, logged and never shown raw, without holding the
//! async workers.

mod support;

use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use civic_backend::app;
use serde_json::{json, Value};
use support::{post, send, state, state_with, submission, valid, KEY, URL};

const HERE: [u8; 4] = [127, 0, 0, 1];

fn request(content_type: &str, headers: &[(&str, &str)], body: String) -> Request<Body> {
    let mut builder = Request::post(URL).header("content-type", content_type);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Body::from(body)).unwrap()
}

#[tokio::test]
async fn a_cross_site_or_non_json_post_is_refused_and_not_stored() {
    let s = state("cross-site", false);
    let router = app(s.clone());
    let hostile = [
        ("sec-fetch-site", "cross-site"),
        ("origin", "https://evil.example"),
    ];
    // What a hostile page can send without a preflight: a text/plain form post.
    let (status, _, body) = send(
        &router,
        request("text/plain", &hostile, submission(KEY, valid())),
        HERE,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["error"],
        "cross_site"
    );
    // The same from an old browser without Sec-Fetch-Site: Origin against Host.
    let (status, _, _) = send(
        &router,
        request(
            "application/json",
            &[
                ("origin", "https://evil.example"),
                ("host", "127.0.0.1:8081"),
            ],
            submission(KEY, valid()),
        ),
        HERE,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Same origin, but not JSON.
    for content_type in ["text/plain", "application/x-www-form-urlencoded"] {
        let (status, _, body) = send(
            &router,
            request(
                content_type,
                &[("sec-fetch-site", "same-origin")],
                submission(KEY, valid()),
            ),
            HERE,
        )
        .await;
        assert_eq!(
            status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type}: {body}"
        );
        assert_eq!(
            serde_json::from_str::<Value>(&body).unwrap()["error"],
            "unsupported_media_type"
        );
    }
    assert_eq!(s.store.count_by_form("contact").unwrap().0, 0);
    // The app's own request passes.
    let (status, _, body) = send(
        &router,
        request(
            "application/json; charset=utf-8",
            &[
                ("sec-fetch-site", "same-origin"),
                ("origin", "http://127.0.0.1:4173"),
            ],
            submission(KEY, valid()),
        ),
        HERE,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

#[tokio::test]
async fn an_allowed_origin_may_post_and_gets_cors_headers() {
    let city = "https://www.city.example";
    let s = state_with("cors", |s| s.allowed_origins = vec![city.to_string()]);
    let router = app(s.clone());
    let preflight = Request::options(URL)
        .header("origin", city)
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type")
        .body(Body::empty())
        .unwrap();
    let (status, headers, _) = send(&router, preflight, HERE).await;
    assert!(status.is_success(), "{status}");
    assert_eq!(headers["access-control-allow-origin"], city);
    let (status, headers, body) = send(
        &router,
        request(
            "application/json",
            &[("sec-fetch-site", "cross-site"), ("origin", city)],
            submission(KEY, valid()),
        ),
        HERE,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(headers["access-control-allow-origin"], city);
    // Another site is still refused, and gets no CORS headers.
    let (status, headers, _) = send(
        &router,
        request(
            "application/json",
            &[
                ("sec-fetch-site", "cross-site"),
                ("origin", "https://evil.example"),
            ],
            submission("another-key-1", valid()),
        ),
        HERE,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(headers.get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn past_the_rate_a_client_gets_429_with_retry_after() {
    let s = state_with("rate", |s| s.rate_per_minute = 3);
    let router = app(s.clone());
    let from = |peer, key: &str| {
        let router = router.clone();
        let body = submission(key, valid());
        async move {
            send(
                &router,
                request(
                    "application/json",
                    &[("sec-fetch-site", "same-origin")],
                    body,
                ),
                peer,
            )
            .await
        }
    };
    for n in 0..3 {
        let (status, _, body) = from([10, 0, 0, 1], &format!("burst-key-{n}")).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let (status, headers, body) = from([10, 0, 0, 1], "burst-key-3").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    let retry_after: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    let json: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["error"], "rate_limited");
    assert_eq!(json["retry_after"], retry_after);
    assert_eq!(s.store.count_by_key("burst-key-3").unwrap().0, 0);
    // Another client is not affected, and reading is not limited.
    let (status, _, _) = from([10, 0, 0, 2], "burst-key-4").await;
    assert_eq!(status, StatusCode::CREATED);
    let health = Request::get("/health").body(Body::empty()).unwrap();
    assert_eq!(send(&router, health, [10, 0, 0, 1]).await.0, StatusCode::OK);
}

#[tokio::test]
async fn behind_a_proxy_clients_are_told_apart_by_the_proxys_entry() {
    let s = state_with("proxy", |s| {
        s.rate_per_minute = 1;
        s.behind_proxy = true;
    });
    let router = app(s.clone());
    let via_proxy = |forwarded: &str, key: &str| {
        request(
            "application/json",
            &[
                ("sec-fetch-site", "same-origin"),
                ("x-forwarded-for", forwarded),
            ],
            submission(key, valid()),
        )
    };
    let first = send(&router, via_proxy("203.0.113.7", "proxy-key-1"), HERE).await;
    assert_eq!(first.0, StatusCode::CREATED);
    // A client cannot escape by writing its own first entry: the proxy's (last) one counts.
    let spoofed = send(
        &router,
        via_proxy("198.51.100.1, 203.0.113.7", "proxy-key-2"),
        HERE,
    )
    .await;
    assert_eq!(spoofed.0, StatusCode::TOO_MANY_REQUESTS);
    let other = send(&router, via_proxy("203.0.113.8", "proxy-key-3"), HERE).await;
    assert_eq!(other.0, StatusCode::CREATED);
}

#[tokio::test]
async fn a_key_sent_again_with_other_answers_is_refused() {
    let s = state("reused", false);
    let (status, first) = post(&s, URL, submission(KEY, valid()), None).await;
    assert_eq!(status, StatusCode::CREATED);
    let mut other = valid();
    other["name"] = json!("Somebody else");
    let (status, body) = post(&s, URL, submission(KEY, other), None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap()["error"],
        "key_reused"
    );
    assert_eq!(s.store.count_by_key(KEY).unwrap().0, 1);
    // The same answers again (in another language of the interface) are a retry.
    let retry =
        json!({ "form_id": "contact", "locale": "ja", "idempotency_key": KEY, "answers": valid() });
    let (status, body) = post(&s, URL, retry.to_string(), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap(),
        serde_json::from_str::<Value>(&first).unwrap()
    );
}

fn db_of(s: &civic_backend::AppState) -> std::path::PathBuf {
    s.settings.content_dir.join("db.sqlite")
}

#[tokio::test]
async fn storage_errors_are_logged_not_returned() {
    let s = state("broken-db", false);
    let other = rusqlite::Connection::open(db_of(&s)).unwrap();
    other.execute_batch("DROP TABLE submissions").unwrap();
    let (status, body) = post(&s, URL, submission(KEY, valid()), None).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap(),
        json!({ "error": "storage" })
    );
}

/// Another connection (a second process, a backup) holds the write lock for `hold`.
fn hold_write_lock(s: &civic_backend::AppState, hold: Duration) -> std::thread::JoinHandle<()> {
    let other = rusqlite::Connection::open(db_of(s)).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    std::thread::spawn(move || {
        std::thread::sleep(hold);
        other.execute_batch("COMMIT").unwrap();
    })
}

#[tokio::test]
async fn a_busy_database_is_waited_for() {
    let s = state("busy", false);
    let holder = hold_write_lock(&s, Duration::from_millis(300));
    let (status, body) = post(&s, URL, submission(KEY, valid()), None).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    holder.join().unwrap();
}

// One worker thread (tokio's test default): a submission waiting on the database must not
// keep it from answering others.
#[tokio::test(flavor = "current_thread")]
async fn waiting_on_the_database_does_not_hold_the_async_worker() {
    let s = state("off-worker", false);
    let holder = hold_write_lock(&s, Duration::from_millis(1500));
    let waiting = {
        let s = s.clone();
        tokio::spawn(async move { post(&s, URL, submission(KEY, valid()), None).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    let health = Request::get("/health").body(Body::empty()).unwrap();
    let (status, _, _) = send(&app(s.clone()), health, HERE).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !waiting.is_finished(),
        "the health check waited for the submission"
    );
    assert_eq!(waiting.await.unwrap().0, StatusCode::CREATED);
    holder.join().unwrap();
}
