//! The submission protocol of docs/contract.md, request by request, against the router with a
//! fixture form in a temporary content directory and a temporary SQLite file.

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use civic_backend::{app, format_utc};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use support::{post, state, submission, valid, KEY, URL};
use tower::ServiceExt;

#[tokio::test]
async fn accepted_once_per_key_with_the_same_receipt() {
    let s = state("once", false);
    let (status, body) = post(&s, URL, submission(KEY, valid()), None).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let first: Value = serde_json::from_str(&body).unwrap();
    let reference = first["reference"].as_str().unwrap();
    assert!(
        reference.starts_with("SC-20") && reference.ends_with("-000001"),
        "{reference}"
    );
    assert!(first["received_at"].as_str().unwrap().ends_with('Z'));

    let (status, body) = post(&s, URL, submission(KEY, valid()), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(serde_json::from_str::<Value>(&body).unwrap(), first);
    assert_eq!(s.store.count_by_key(KEY).unwrap().0, 1);
}

#[tokio::test]
async fn concurrent_requests_with_one_key_store_one_row() {
    let s = state("race", false);
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let s = s.clone();
            tokio::spawn(async move { post(&s, URL, submission(KEY, valid()), None).await })
        })
        .collect();
    let mut references = Vec::new();
    for t in tasks {
        let (status, body) = t.await.unwrap();
        assert!(status == StatusCode::CREATED || status == StatusCode::OK);
        references.push(serde_json::from_str::<Value>(&body).unwrap()["reference"].clone());
    }
    references.dedup();
    assert_eq!(references.len(), 1);
    assert_eq!(s.store.count_by_key(KEY).unwrap().0, 1);
}

#[tokio::test]
async fn refused_answers_get_codes_per_field_and_are_not_remembered() {
    let s = state("refused", false);
    let answers = json!({ "email": "not-an-address", "resident": "yes" });
    let (status, body) = post(&s, URL, submission(KEY, answers), None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap(),
        json!({ "errors": { "name": ["required"], "email": ["invalid_email"], "ward": ["required"] } })
    );
    assert_eq!(s.store.count_by_key(KEY).unwrap().0, 0);
    // Corrected, with the same key: accepted.
    let (status, _) = post(&s, URL, submission(KEY, valid()), None).await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn hidden_questions_are_not_checked_and_not_stored() {
    let s = state("hidden", false);
    // resident = no: the ward question is not asked, so its (required) answer is not needed.
    let (status, body) = post(&s, URL, submission(KEY, valid()), None).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    // An answer to a question that is not asked is refused.
    let mut answers = valid();
    answers["ward"] = json!("north");
    let (status, body) = post(&s, URL, submission("other-key-1234", answers), None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("unknown_question"), "{body}");
}

#[tokio::test]
async fn bad_requests_get_json_errors() {
    let s = state("bad", false);
    let cases = [
        (
            "/forms/nope/submissions",
            json!({ "form_id": "nope", "locale": "en", "idempotency_key": KEY, "answers": {} }).to_string(),
            StatusCode::NOT_FOUND,
        ),
        (URL, "{not json".to_string(), StatusCode::BAD_REQUEST),
        (
            URL,
            json!({ "form_id": "contact", "locale": "en", "idempotency_key": KEY, "answers": {}, "extra": 1 }).to_string(),
            StatusCode::BAD_REQUEST,
        ),
        (
            URL,
            json!({ "form_id": "survey", "locale": "en", "idempotency_key": KEY, "answers": {} }).to_string(),
            StatusCode::BAD_REQUEST,
        ),
        (
            URL,
            json!({ "form_id": "contact", "locale": "xx", "idempotency_key": KEY, "answers": {} }).to_string(),
            StatusCode::BAD_REQUEST,
        ),
        (URL, submission("bad key!", valid()), StatusCode::BAD_REQUEST),
        (URL, "x".repeat(civic_backend::MAX_BODY_BYTES + 1), StatusCode::PAYLOAD_TOO_LARGE),
    ];
    for (path, body, expected) in cases {
        let (status, text) = post(&s, path, body, None).await;
        assert_eq!(status, expected, "{path}: {text}");
        let json: Value =
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"));
        assert!(json["error"].is_string(), "{text}");
    }
    assert_eq!(s.store.count_by_form("contact").unwrap().0, 0);
}

#[tokio::test]
async fn the_content_prefix_and_another_locale_work() {
    let s = state("prefix", false);
    let body =
        json!({ "form_id": "contact", "locale": "ja", "idempotency_key": KEY, "answers": valid() });
    // No Japanese definition in the fixture: the English one applies.
    let (status, text) = post(
        &s,
        "/content/forms/contact/submissions",
        body.to_string(),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{text}");
}

#[tokio::test]
async fn test_switches_only_with_test_controls() {
    let plain = state("plain", false);
    let (status, _) = post(&plain, URL, submission(KEY, valid()), Some("error")).await;
    assert_eq!(status, StatusCode::CREATED);

    let s = state("switches", true);
    let (status, body) = post(&s, URL, submission(KEY, valid()), Some("error")).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(serde_json::from_str::<Value>(&body).is_ok());
    assert_eq!(s.store.count_by_key(KEY).unwrap().0, 0);
    let (status, body) = post(
        &s,
        URL,
        submission(KEY, valid()),
        Some("delay=10,malformed"),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert!(serde_json::from_str::<Value>(&body).is_err(), "{body}");
    // The garbled answer came after storing: a retry gets the receipt.
    let (status, body) = post(&s, URL, submission(KEY, valid()), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let res = app(s.clone())
        .oneshot(
            Request::get(format!("/__control/submissions?idempotency_key={KEY}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let json: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(json["count"], 1);
    let res = app(plain)
        .oneshot(
            Request::get("/__control/submissions?form_id=contact")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_key_that_looks_like_a_reference_is_stored() {
    let s = state("lookalike", false);
    let (status, body) = post(&s, URL, submission(KEY, valid()), None).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let first: Value = serde_json::from_str(&body).unwrap();
    // A valid key (letters, digits, `-`) equal to the reference just given out.
    let lookalike = first["reference"].as_str().unwrap().to_string();
    let (status, body) = post(&s, URL, submission(&lookalike, valid()), None).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let second: Value = serde_json::from_str(&body).unwrap();
    assert_ne!(second["reference"], first["reference"]);
    assert_eq!(s.store.count_by_form("contact").unwrap().0, 2);
}

#[tokio::test]
async fn a_form_id_that_is_not_a_slug_is_not_found_before_the_body_is_read() {
    let s = state("slug", false);
    let (status, body) = post(&s, "/forms/No%20Such/submissions", "{not json".into(), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert_eq!(
        serde_json::from_str::<Value>(&body).unwrap(),
        json!({ "error": "not_found" })
    );
}

#[test]
fn utc_formatting() {
    let at = |secs| time::OffsetDateTime::from_unix_timestamp(secs).unwrap();
    assert_eq!(
        format_utc(at(0)),
        ("1970-01-01T00:00:00Z".to_string(), 1970)
    );
    assert_eq!(format_utc(at(1_795_000_000)).0, "2026-11-18T11:06:40Z");
    assert_eq!(format_utc(at(951_782_400)).0, "2000-02-29T00:00:00Z");
    // Sub-seconds are dropped, other offsets are turned into UTC.
    let tokyo = time::UtcOffset::from_hms(9, 0, 0).unwrap();
    let t = at(1_795_000_000)
        .replace_millisecond(250)
        .unwrap()
        .to_offset(tokyo);
    assert_eq!(format_utc(t).0, "2026-11-18T11:06:40Z");
}
