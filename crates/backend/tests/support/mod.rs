//! What the backend's tests share: a fixture form in a temporary content directory, a state
//! on a temporary SQLite file, and requests sent to the router as a peer on loopback.
#![allow(dead_code)] // each test file uses part of it

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use civic_backend::{app, store::Store, AppState, Settings};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

pub const FORM: &str = r#"{
  "id": "contact", "locale": "en", "title": "Contact",
  "sections": [{ "id": "s", "title": "S", "questions": [
    { "id": "name", "kind": "text", "label": "Name", "required": true, "max_length": 20 },
    { "id": "email", "kind": "email", "label": "Email", "required": true },
    { "id": "resident", "kind": "yes_no", "label": "Resident?" },
    { "id": "ward", "kind": "select", "label": "Ward", "required": true,
      "options": [{ "value": "north", "label": "North" }],
      "show_if": { "question": "resident", "any_of": ["yes"] } }
  ]}]
}"#;

pub const URL: &str = "/forms/contact/submissions";
pub const KEY: &str = "6f1c2a4e-9b7d-4c1e-8a52-3d0f9e7b1c44";

pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "civic-backend-test-{name}-{}-{:?}",
        std::process::id(),
        std::time::SystemTime::now()
    ));
    std::fs::create_dir_all(dir.join("en/forms")).unwrap();
    std::fs::write(dir.join("en/forms/contact.json"), FORM).unwrap();
    dir
}

/// A state with the test controls on or off and a rate limit no test reaches by accident.
pub fn state(name: &str, test_controls: bool) -> Arc<AppState> {
    state_with(name, |s| s.test_controls = test_controls)
}

/// A state with settings changed by `change`.
pub fn state_with(name: &str, change: impl FnOnce(&mut Settings)) -> Arc<AppState> {
    let dir = temp_dir(name);
    let store = Store::open(&dir.join("db.sqlite"), "SC").unwrap();
    let mut settings = Settings {
        content_dir: dir,
        rate_per_minute: 1000,
        ..Settings::default()
    };
    change(&mut settings);
    AppState::new(settings, store)
}

pub fn submission(key: &str, answers: Value) -> String {
    json!({ "form_id": "contact", "locale": "en", "idempotency_key": key, "answers": answers })
        .to_string()
}

pub fn valid() -> Value {
    json!({ "name": "Aiko", "email": "aiko@example.org", "resident": "no" })
}

/// Sends `request` to `router` as a client at `peer`: status, headers and body text.
pub async fn send(
    router: &Router,
    request: Request<Body>,
    peer: [u8; 4],
) -> (StatusCode, HeaderMap, String) {
    let mut request = request;
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::from((peer, 50000))));
    let res = router.clone().oneshot(request).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

/// POSTs `body` as the app does, with the `x-civic-test` header when given.
pub async fn post(
    state: &Arc<AppState>,
    path: &str,
    body: String,
    test_header: Option<&str>,
) -> (StatusCode, String) {
    let mut req = Request::post(path).header("content-type", "application/json");
    if let Some(h) = test_header {
        req = req.header("x-civic-test", h);
    }
    let (status, _, text) = send(
        &app(state.clone()),
        req.body(Body::from(body)).unwrap(),
        [127, 0, 0, 1],
    )
    .await;
    (status, text)
}
