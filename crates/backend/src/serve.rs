//! The connection loop: accepts connections, serves each with hyper (a time-out for reading
//! request headers, so a client that trickles them cannot hold a connection), and shuts down
//! in order. On the first signal it stops accepting and lets requests under way finish, for
//! at most the deadline; a second signal stops at once.
//!
//! `axum::serve` does none of this: it sets no header time-out and its graceful shutdown
//! waits for every connection, however slow.

use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::mpsc::UnboundedReceiver;
use tower::ServiceExt;

/// How long things may take.
#[derive(Clone, Copy, Debug)]
pub struct Timeouts {
    /// From a connection's first byte (or the end of its previous request) to the end of the
    /// request's headers.
    pub headers: Duration,
    /// After the first shutdown signal, for requests under way.
    pub shutdown: Duration,
}

/// How serving ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// Every request under way was answered.
    Drained,
    /// The deadline passed with connections still open; they were dropped.
    DeadlinePassed,
    /// A second signal came before the requests under way were answered.
    Interrupted,
}

/// Serves `router` on `listener` until the first message on `signals`, then shuts down as the
/// module doc says.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    timeouts: Timeouts,
    mut signals: UnboundedReceiver<()>,
) -> Ended {
    let graceful = GracefulShutdown::new();
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(timeouts.headers);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, say: wait instead of spinning.
                    eprintln!("civic-backend: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            _ = signals.recv() => break,
        };
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request
                .extensions_mut()
                .insert(ConnectInfo::<SocketAddr>(peer));
            router.clone().oneshot(request)
        });
        let connection = graceful.watch(builder.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // A header time-out or a client that went away ends its connection; nothing to
            // answer.
            let _ = connection.await;
        });
    }
    drop(listener);
    eprintln!(
        "civic-backend: shutting down: answering requests under way for at most {} s \
         (a second signal stops at once)",
        timeouts.shutdown.as_secs_f32()
    );
    tokio::select! {
        () = graceful.shutdown() => Ended::Drained,
        () = tokio::time::sleep(timeouts.shutdown) => Ended::DeadlinePassed,
        _ = signals.recv() => Ended::Interrupted,
    }
}
