//! civic-backend: the reference implementation of the write side of civic-portal's contract
//! (`docs/contract.md`, "Submission protocol"). It is what `scripts/serve.sh` runs behind
//! Trunk's proxy and what the browser tests send forms to; a city's own backend implements
//! the same protocol in whatever it runs.
//!
//! - [`forms`] reads the form definitions (the same static files the app shows) and
//!   validates answers with `civic_core::forms`, the rules the front end applies too;
//! - [`store`] keeps accepted submissions in SQLite, one row per idempotency key;
//! - [`guard`] refuses cross-site requests and bodies that are not JSON;
//! - [`limits`] limits submissions per client;
//! - [`serve`] runs the connections: header time-out, shutdown with a deadline;
//! - this module routes requests and turns every bad request into a JSON error.
//!
//! No authentication and no TLS: put it behind the city's web server (docs/deploy.md).

pub mod forms;
pub mod guard;
pub mod limits;
pub mod serve;
pub mod store;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use civic_core::content::{FormSubmission, SubmissionErrors, SubmissionReceipt};
use civic_core::forms::{asked_answers, check_answers, is_idempotency_key};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use tower_http::cors::{AllowOrigin, CorsLayer};

use store::{Inserted, Known};

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
    /// Origins of other sites that may post (`https://www.city.example`), answered with CORS
    /// headers; the backend's own origin needs no entry.
    pub allowed_origins: Vec<String>,
    /// How long a request body may take to arrive once its headers have.
    pub body_timeout: Duration,
    /// Submissions a minute per client.
    pub rate_per_minute: u32,
    /// Count clients by the address their proxy appended to `X-Forwarded-For`.
    pub behind_proxy: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            content_dir: PathBuf::from("public/content"),
            delay: Duration::ZERO,
            mode: Mode::Normal,
            test_controls: false,
            allowed_origins: Vec::new(),
            body_timeout: Duration::from_secs(10),
            rate_per_minute: 10,
            behind_proxy: false,
        }
    }
}

pub struct AppState {
    pub settings: Settings,
    pub store: store::Store,
    /// Shared by every router made from this state.
    pub limiter: Arc<limits::Config>,
}

impl AppState {
    pub fn new(settings: Settings, store: store::Store) -> Arc<AppState> {
        let key = limits::ClientKey {
            behind_proxy: settings.behind_proxy,
        };
        let limiter = limits::config(settings.rate_per_minute, key);
        Arc::new(AppState {
            settings,
            store,
            limiter,
        })
    }
}

/// The routes: `POST /forms/{id}/submissions` (also under `/content`, the path the app's
/// default `forms_url` gives), rate-limited per client; `GET /forms/{id}/results` for a form
/// whose results are public; `GET /health`; the test controls.
pub fn app(state: Arc<AppState>) -> Router {
    let mut forms = Router::new()
        .route("/forms/{id}/submissions", post(submit))
        .layer(limits::layer(state.limiter.clone()))
        .route("/forms/{id}/results", get(results));
    let origins: Vec<HeaderValue> = state
        .settings
        .allowed_origins
        .iter()
        .filter_map(|o| o.parse().ok())
        .collect();
    if !origins.is_empty() {
        forms = forms.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(origins))
                .allow_methods([Method::GET, Method::POST])
                .allow_headers([header::CONTENT_TYPE, header::ACCEPT])
                .expose_headers([header::RETRY_AFTER])
                .max_age(Duration::from_secs(600)),
        );
    }
    Router::new()
        .merge(forms.clone())
        .nest("/content", forms)
        .route("/health", get(|| async { Json(json!({ "status": "ok" })) }))
        .route("/__control/submissions", get(control_submissions))
        .with_state(state)
}

/// A JSON error: `{"error": code}`, with `detail` when it is not empty. Never carries an
/// internal error's text (storage errors are logged instead).
pub fn error(status: StatusCode, code: &str, detail: impl Into<String>) -> Response {
    let detail = detail.into();
    let body = if detail.is_empty() {
        json!({ "error": code })
    } else {
        json!({ "error": code, "detail": detail })
    };
    (status, Json(body)).into_response()
}

fn storage_error(e: rusqlite::Error) -> Response {
    eprintln!("civic-backend: storage error: {e}");
    error(StatusCode::INTERNAL_SERVER_ERROR, "storage", "")
}

/// What was sent with an idempotency key: SHA-256 of the form id and the answers (in key
/// order, as JSON). The locale is left out: the same answers sent again after switching
/// language are a retry.
pub fn fingerprint(submission: &FormSubmission) -> String {
    let canonical = json!({ "form_id": submission.form_id, "answers": submission.answers });
    let digest = Sha256::digest(canonical.to_string().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
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

/// Reads the body: at most [`MAX_BODY_BYTES`], within the body time-out.
async fn read_body(body: Body, timeout: Duration) -> Result<Bytes, Response> {
    let limited = Limited::new(body, MAX_BODY_BYTES).collect();
    match tokio::time::timeout(timeout, limited).await {
        Err(_) => Err(error(StatusCode::REQUEST_TIMEOUT, "timeout", "")),
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => {
            Err(error(StatusCode::PAYLOAD_TOO_LARGE, "too_large", ""))
        }
        Ok(Err(e)) => Err(error(StatusCode::BAD_REQUEST, "malformed", e.to_string())),
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
    }
}

async fn submit(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let (delay, mode) = test_switches(&state.settings, &headers);
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    if !civic_core::content::is_valid_slug(&id) {
        return error(StatusCode::NOT_FOUND, "not_found", "");
    }
    if guard::is_cross_site(&headers, &state.settings.allowed_origins) {
        return error(StatusCode::FORBIDDEN, "cross_site", "");
    }
    if !guard::is_json(&headers) {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send application/json",
        );
    }
    let body = match read_body(body, state.settings.body_timeout).await {
        Ok(body) => body,
        Err(response) => return response,
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
    // Files and SQLite block: off the async workers.
    let worker = state.clone();
    let outcome = tokio::task::spawn_blocking(move || accept(&worker, &submission)).await;
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(e) => {
            eprintln!("civic-backend: a submission's worker failed: {e}");
            return error(StatusCode::INTERNAL_SERVER_ERROR, "internal", "");
        }
    };
    let (receipt, created) = match outcome {
        Outcome::Accepted(receipt, created) => (receipt, created),
        Outcome::Refused(errors) => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(SubmissionErrors { errors }),
            )
                .into_response()
        }
        Outcome::NoSuchForm => return error(StatusCode::NOT_FOUND, "not_found", ""),
        Outcome::KeyReused => {
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "key_reused",
                "this idempotency key was sent before with other answers",
            )
        }
        Outcome::Storage(e) => return storage_error(e),
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

/// `GET /forms/{id}/results`: the aggregated results of a form that declares them public
/// (`civic_core::forms::results`); 404 for any other form, so that a form's existence is not
/// told either.
async fn results(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> Response {
    if !civic_core::content::is_valid_slug(&id) {
        return error(StatusCode::NOT_FOUND, "not_found", "");
    }
    let worker = state.clone();
    let counted = tokio::task::spawn_blocking(move || {
        let def = forms::load(
            &worker.settings.content_dir,
            civic_core::locale::REFERENCE,
            &id,
        )
        .filter(|def| def.results.as_ref().is_some_and(|r| r.public))?;
        let rows = match worker.store.answers_of(&def.id) {
            Ok(rows) => rows,
            Err(e) => return Some(Err(e)),
        };
        let answers: Vec<BTreeMap<String, civic_core::content::Answer>> = rows
            .iter()
            .filter_map(|row| match serde_json::from_str(row) {
                Ok(answers) => Some(answers),
                Err(e) => {
                    eprintln!("civic-backend: a stored submission of `{id}` is unreadable: {e}");
                    None
                }
            })
            .collect();
        let (now, _) = now_utc();
        Some(Ok(civic_core::forms::results::aggregate(
            &def, &answers, now,
        )))
    })
    .await;
    match counted {
        Ok(Some(Ok(results))) => (
            [(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"))],
            Json(results),
        )
            .into_response(),
        Ok(Some(Err(e))) => storage_error(e),
        Ok(None) => error(StatusCode::NOT_FOUND, "not_found", ""),
        Err(e) => {
            eprintln!("civic-backend: counting results failed: {e}");
            error(StatusCode::INTERNAL_SERVER_ERROR, "internal", "")
        }
    }
}

/// What [`accept`] decided.
enum Outcome {
    /// Stored now (`true`) or by an earlier request with the same key and content.
    Accepted(SubmissionReceipt, bool),
    Refused(BTreeMap<String, Vec<String>>),
    NoSuchForm,
    /// The key was used before with other content.
    KeyReused,
    Storage(rusqlite::Error),
}

/// Checks and stores a well-formed submission (blocking: files and SQLite).
fn accept(state: &AppState, submission: &FormSubmission) -> Outcome {
    let id = &submission.form_id;
    let Some(def) = forms::load(&state.settings.content_dir, &submission.locale, id) else {
        return Outcome::NoSuchForm;
    };
    let fingerprint = fingerprint(submission);
    let key = &submission.idempotency_key;
    match state.store.known(key, &fingerprint) {
        Ok(Known::Same(receipt)) => return Outcome::Accepted(receipt, false),
        Ok(Known::Different) => return Outcome::KeyReused,
        Ok(Known::New) => {}
        Err(e) => return Outcome::Storage(e),
    }
    if let Err(errors) = check_answers(&def, &submission.answers) {
        return Outcome::Refused(errors);
    }
    let answers = asked_answers(&def, &submission.answers);
    let answers_json = serde_json::to_string(&answers).unwrap_or_default();
    let (now, year) = now_utc();
    let new = store::NewSubmission {
        idempotency_key: key,
        fingerprint: &fingerprint,
        form_id: id,
        locale: &submission.locale,
        answers_json: &answers_json,
    };
    match state.store.insert(&new, &now, year) {
        Ok(Inserted::Now(receipt)) => Outcome::Accepted(receipt, true),
        Ok(Inserted::Already(Known::Same(receipt))) => Outcome::Accepted(receipt, false),
        Ok(Inserted::Already(_)) => Outcome::KeyReused,
        Err(e) => Outcome::Storage(e),
    }
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
    let result = tokio::task::spawn_blocking(move || match (&q.idempotency_key, &q.form_id) {
        (Some(key), _) => Some(state.store.count_by_key(key)),
        (None, Some(form)) => Some(state.store.count_by_form(form)),
        (None, None) => None,
    })
    .await
    .ok()
    .flatten();
    match result {
        None => error(
            StatusCode::BAD_REQUEST,
            "malformed",
            "give idempotency_key or form_id",
        ),
        Some(Ok((count, references))) => {
            Json(json!({ "count": count, "references": references })).into_response()
        }
        Some(Err(e)) => storage_error(e),
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

/// Now as RFC 3339 UTC to the second (`2026-11-22T05:30:00Z`), and the year.
pub fn now_utc() -> (String, i32) {
    format_utc(OffsetDateTime::now_utc())
}

/// `time` as RFC 3339 UTC to the second, and its year.
pub fn format_utc(time: OffsetDateTime) -> (String, i32) {
    let utc = time.to_offset(time::UtcOffset::UTC);
    let utc = utc.replace_nanosecond(0).unwrap_or(utc);
    (utc.format(&Rfc3339).unwrap_or_default(), utc.year())
}
