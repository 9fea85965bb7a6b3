//! civic-backend: the reference implementation of the write side of civic-portal's contract
//! (`docs/contract.md`, "Submission protocol"). It is what `scripts/serve.sh` runs behind
//! Trunk's proxy and what the browser tests send forms to; a city's own backend implements
//! the same protocol in whatever it runs.
//!
//! - [`forms`] reads the form definitions (the same static files the app shows) and
//!   validates answers with `civic_core::forms`, the rules the front end applies too;
//! - [`store`] keeps accepted submissions in SQLite, one row per idempotency key;
//! - this module routes requests and turns every bad request into a JSON error.
//!
//! Not a production server: no authentication, no rate limiting, no TLS.

pub mod forms;
pub mod store;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::Request;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use civic_core::content::{FormSubmission, SubmissionErrors};
use civic_core::forms::{asked_answers, check_answers, is_idempotency_key};
use serde::Deserialize;
use serde_json::json;

/// The largest request body accepted (a long questionnaire is a few kilobytes).
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// How every submission is answered (the `--mode` switch), for trying out the app's error
/// handling by hand.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Normal,
    /// 503 with a JSON body, nothing stored.
    Error,
    /// The submission is stored, but the answer is not valid JSON.
    Malformed,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "normal" => Some(Mode::Normal),
            "error" => Some(Mode::Error),
            "malformed" => Some(Mode::Malformed),
            _ => None,
        }
    }
}

/// Settings of a running backend.
#[derive(Clone, Debug)]
pub struct Settings {
    pub content_dir: PathBuf,
    pub delay: Duration,
    pub mode: Mode,
    /// Enables the `x-civic-test` request header and `/__control/*` (browser tests only).
    pub test_controls: bool,
}

pub struct AppState {
    pub settings: Settings,
    pub store: store::Store,
}

/// The routes: `POST /forms/{id}/submissions` (also under `/content`, the path the app's
/// default `forms_url` gives), `GET /health`, and the test controls.
pub fn app(state: Arc<AppState>) -> Router {
    let forms = Router::new().route("/forms/{id}/submissions", post(submit));
    Router::new()
        .merge(forms.clone())
        .nest("/content", forms)
        .route("/health", get(|| async { Json(json!({ "status": "ok" })) }))
        .route("/__control/submissions", get(control_submissions))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
}

fn error(status: StatusCode, code: &str, detail: impl Into<String>) -> Response {
    let detail = detail.into();
    let body = if detail.is_empty() {
        json!({ "error": code })
    } else {
        json!({ "error": code, "detail": detail })
    };
    (status, Json(body)).into_response()
}

/// What the `x-civic-test` header asks for: `delay=<ms>`, `error`, `malformed`, comma-separated.
fn test_switches(settings: &Settings, headers: &HeaderMap) -> (Duration, Mode) {
    let mut delay = settings.delay;
    let mut mode = settings.mode;
    if settings.test_controls {
        let value = headers
            .get("x-civic-test")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        for part in value.split(',').map(str::trim) {
            if let Some(ms) = part.strip_prefix("delay=") {
                if let Ok(ms) = ms.parse::<u64>() {
                    delay = Duration::from_millis(ms.min(60_000));
                }
            } else if let Some(m) = Mode::parse(part) {
                mode = m;
            }
        }
    }
    (delay, mode)
}

async fn submit(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let (delay, mode) = test_switches(&state.settings, &headers);
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    if !civic_core::content::is_valid_slug(&id) {
        return error(StatusCode::NOT_FOUND, "not_found", "");
    }
    let body = match body {
        Ok(b) => b,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return error(StatusCode::PAYLOAD_TOO_LARGE, "too_large", "");
        }
        Err(rejection) => {
            return error(StatusCode::BAD_REQUEST, "malformed", rejection.body_text())
        }
    };
    if mode == Mode::Error {
        return error(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "test switch: server error",
        );
    }
    let submission: FormSubmission = match serde_json::from_slice(&body) {
        Ok(s) => s,
        Err(e) => return error(StatusCode::BAD_REQUEST, "malformed", e.to_string()),
    };
    if submission.form_id != id {
        return error(
            StatusCode::BAD_REQUEST,
            "malformed",
            format!(
                "form_id `{}` does not match the URL's `{id}`",
                submission.form_id
            ),
        );
    }
    if civic_core::locale::find(&submission.locale).is_none() {
        return error(
            StatusCode::BAD_REQUEST,
            "malformed",
            format!("`{}` is not a locale of this site", submission.locale),
        );
    }
    if !is_idempotency_key(&submission.idempotency_key) {
        return error(
            StatusCode::BAD_REQUEST,
            "malformed",
            "idempotency_key must be 8 to 100 letters, digits or `-`",
        );
    }
    let Some(def) = forms::load(&state.settings.content_dir, &submission.locale, &id) else {
        return error(StatusCode::NOT_FOUND, "not_found", "");
    };
    let stored = state.store.receipt(&submission.idempotency_key);
    let (receipt, created) = match stored {
        Ok(Some(receipt)) => (receipt, false),
        Ok(None) => {
            if let Err(errors) = check_answers(&def, &submission.answers) {
                return (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Json(SubmissionErrors { errors }),
                )
                    .into_response();
            }
            let answers = asked_answers(&def, &submission.answers);
            let answers_json = serde_json::to_string(&answers).unwrap_or_default();
            let (now, year) = now_utc();
            let new = store::NewSubmission {
                idempotency_key: &submission.idempotency_key,
                form_id: &id,
                locale: &submission.locale,
                answers_json: &answers_json,
            };
            match state.store.insert(&new, &now, year) {
                Ok(r) => r,
                Err(e) => {
                    return error(StatusCode::INTERNAL_SERVER_ERROR, "storage", e.to_string())
                }
            }
        }
        Err(e) => return error(StatusCode::INTERNAL_SERVER_ERROR, "storage", e.to_string()),
    };
    if mode == Mode::Malformed {
        return (StatusCode::CREATED, "{\"reference\": ").into_response();
    }
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    (status, Json(receipt)).into_response()
}

#[derive(Deserialize)]
struct ControlQuery {
    idempotency_key: Option<String>,
    form_id: Option<String>,
}

async fn control_submissions(
    State(state): State<Arc<AppState>>,
    Query(q): Query<ControlQuery>,
) -> Response {
    if !state.settings.test_controls {
        return error(StatusCode::NOT_FOUND, "not_found", "");
    }
    let result = match (&q.idempotency_key, &q.form_id) {
        (Some(key), _) => state.store.count_by_key(key),
        (None, Some(form)) => state.store.count_by_form(form),
        (None, None) => {
            return error(
                StatusCode::BAD_REQUEST,
                "malformed",
                "give idempotency_key or form_id",
            )
        }
    };
    match result {
        Ok((count, references)) => {
            Json(json!({ "count": count, "references": references })).into_response()
        }
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, "storage", e.to_string()),
    }
}

/// Logs one line per request to stderr: method, path, status and milliseconds taken.
pub async fn log_request(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    eprintln!(
        "civic-backend: {method} {path} {} {}ms",
        response.status().as_u16(),
        started.elapsed().as_millis()
    );
    response
}

/// Now as ISO 8601 UTC (`2026-11-22T05:30:00Z`), and the year.
pub fn now_utc() -> (String, i32) {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    format_utc(secs)
}

/// Seconds since 1970 as ISO 8601 UTC, and the year (civil-from-days, proleptic Gregorian).
pub fn format_utc(secs: i64) -> (String, i32) {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (
        format!(
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
            rem / 3600,
            rem % 3600 / 60,
            rem % 60
        ),
        year,
    )
}
