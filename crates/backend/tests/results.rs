//! The results protocol of docs/contract.md: `GET /forms/{id}/results` counts the stored
//! submissions of a form whose results are public, per option of its choice questions, never
//! its free text, and withholds counts below the form's `min_count`.

mod support;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use civic_backend::{app, AppState};
use serde_json::{json, Value};
use support::{post, send, state_with, submission, FORM};

/// The fixture form with public results (threshold 3).
fn public_state(name: &str) -> Arc<AppState> {
    let s = state_with(name, |_| {});
    let form = FORM.replacen(
        r#""title": "Contact","#,
        r#""title": "Contact", "results": { "public": true, "min_count": 3 },"#,
        1,
    );
    assert_ne!(form, FORM);
    std::fs::write(s.settings.content_dir.join("en/forms/contact.json"), form).unwrap();
    s
}

async fn get(s: &Arc<AppState>, path: &str) -> (StatusCode, String, Option<String>) {
    let (status, headers, body) = send(
        &app(s.clone()),
        Request::get(path).body(Body::empty()).unwrap(),
        [127, 0, 0, 1],
    )
    .await;
    let cache = headers
        .get("cache-control")
        .map(|v| v.to_str().unwrap().to_string());
    (status, body, cache)
}

async fn send_answers(s: &Arc<AppState>, n: usize, answers: Value) {
    for i in 0..n {
        let name: String = answers["name"]
            .as_str()
            .unwrap()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        let key = format!("results-{name}-{i}-{n}");
        let (status, body) = post(
            s,
            "/forms/contact/submissions",
            submission(&key, answers.clone()),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
}

#[tokio::test]
async fn counts_choices_withholds_small_counts_and_never_shows_text() {
    let s = public_state("counts");
    let (status, body, _) = get(&s, "/content/forms/contact/results").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let empty: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(empty["responses"], 0);

    send_answers(
        &s,
        4,
        json!({ "name": "Secret Name", "email": "secret@example.org", "resident": "yes", "ward": "north" }),
    )
    .await;
    send_answers(
        &s,
        1,
        json!({ "name": "Other Person", "email": "other@example.org", "resident": "no" }),
    )
    .await;
    let (status, body, cache) = get(&s, "/forms/contact/results").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(cache.as_deref(), Some("no-cache"));
    assert!(
        !body.contains("Secret") && !body.contains("example.org"),
        "{body}"
    );
    let results: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(results["form_id"], "contact");
    assert_eq!(results["responses"], 5);
    assert_eq!(results["min_count"], 3);
    let questions = results["questions"].as_array().unwrap();
    let ids: Vec<&str> = questions
        .iter()
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["resident", "ward"], "only the choice questions");
    assert_eq!(questions[0]["answered"], 5);
    assert_eq!(
        questions[0]["options"],
        json!([{ "value": "yes", "count": 4 }, { "value": "no", "count": null }]),
        "one `no` is below 3: withheld"
    );
    assert_eq!(questions[1]["answered"], 4);
    // The app checks what it charts with the same rules.
    civic_core::content::decode_results(&body, "contact").unwrap();
}

#[tokio::test]
async fn forms_without_public_results_and_unknown_forms_are_not_found() {
    let s = state_with("private", |_| {});
    for path in [
        "/forms/contact/results",
        "/forms/no-such-form/results",
        "/forms/..%2Fetc/results",
    ] {
        let (status, body, _) = get(&s, path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {body}");
        assert_eq!(
            serde_json::from_str::<Value>(&body).unwrap()["error"],
            "not_found"
        );
    }
}

#[tokio::test]
async fn reading_results_does_not_use_up_the_submission_limit() {
    let s = state_with("limit", |settings| settings.rate_per_minute = 2);
    let form = FORM.replacen(
        r#""title": "Contact","#,
        r#""title": "Contact", "results": { "public": true },"#,
        1,
    );
    std::fs::write(s.settings.content_dir.join("en/forms/contact.json"), form).unwrap();
    for _ in 0..10 {
        let (status, _, _) = get(&s, "/forms/contact/results").await;
        assert_eq!(status, StatusCode::OK);
    }
    send_answers(
        &s,
        2,
        json!({ "name": "Aiko", "email": "a@example.org", "resident": "no" }),
    )
    .await;
}
