//! The per-client rate limit of submissions (`--rate-limit N`: N a minute, in bursts of up to
//! N), with `tower_governor`'s GCRA limiter. Past it a client gets 429 with `Retry-After`
//! (whole seconds, at least 1) and a JSON body like every other refusal; the app shows it as
//! a translated message and keeps the draft.
//!
//! A client is its peer address, or, with `--behind-proxy`, the address the proxy in front
//! appended last to `X-Forwarded-For` (only the proxy's own entry can be trusted: a client
//! can write anything before it).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderValue, Method, Request, Response, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use governor::middleware::NoOpMiddleware;
use serde_json::json;
use tower_governor::governor::{GovernorConfig, GovernorConfigBuilder};
use tower_governor::key_extractor::KeyExtractor;
use tower_governor::{GovernorError, GovernorLayer};

/// Who a request counts against.
#[derive(Clone, Copy, Debug)]
pub struct ClientKey {
    pub behind_proxy: bool,
}

impl KeyExtractor for ClientKey {
    type Key = IpAddr;

    fn extract<T>(&self, req: &Request<T>) -> Result<IpAddr, GovernorError> {
        if self.behind_proxy {
            let forwarded = req
                .headers()
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .next_back()
                .and_then(|ip| ip.trim().parse().ok());
            if let Some(ip) = forwarded {
                return Ok(ip);
            }
        }
        req.extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip())
            .ok_or(GovernorError::UnableToExtractKey)
    }
}

pub type Config = GovernorConfig<ClientKey, NoOpMiddleware>;

/// The limiter for `per_minute` submissions a minute per client (at least 1).
pub fn config(per_minute: u32, key: ClientKey) -> Arc<Config> {
    let per_minute = per_minute.max(1);
    let period = Duration::from_secs(60) / per_minute;
    let config = GovernorConfigBuilder::default()
        .period(period.max(Duration::from_nanos(1)))
        .burst_size(per_minute)
        .methods(vec![Method::POST])
        .key_extractor(key)
        .finish()
        .expect("a non-zero period and burst");
    Arc::new(config)
}

/// The layer that applies `config`, answering refusals as JSON.
pub fn layer(config: Arc<Config>) -> GovernorLayer<ClientKey, NoOpMiddleware, Body> {
    GovernorLayer::new(config).error_handler(refusal)
}

/// Forgets clients that have not been seen for a while, so the table stays small under a
/// storm of addresses. Runs until the process ends.
pub async fn forget_idle_clients(config: Arc<Config>) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        config.limiter().retain_recent();
    }
}

fn refusal(error: GovernorError) -> Response<Body> {
    match error {
        GovernorError::TooManyRequests { wait_time, .. } => {
            let seconds = wait_time.max(1);
            let mut response = (
                StatusCode::TOO_MANY_REQUESTS,
                Json(json!({ "error": "rate_limited", "retry_after": seconds })),
            )
                .into_response();
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
            response
        }
        GovernorError::UnableToExtractKey => {
            eprintln!("civic-backend: a request without a client address (no ConnectInfo)");
            crate::error(StatusCode::INTERNAL_SERVER_ERROR, "internal", "")
        }
        GovernorError::Other { code, .. } => crate::error(code, "refused", ""),
    }
}
