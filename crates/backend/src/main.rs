//! The `civic-backend` command: parses the flags, opens the database and serves.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use civic_backend::{app, AppState, Mode, Settings};

const USAGE: &str = "usage: civic-backend [--port 8081] [--address 127.0.0.1] \
[--db .data/submissions.sqlite] [--content public/content] [--delay-ms 0] \
[--mode normal|error|malformed] [--reference-prefix SC] [--test-controls] [--help]";

fn main() {
    if let Err(message) = run() {
        eprintln!("civic-backend: {message}\n{USAGE}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let mut port: u16 = 8081;
    let mut address = "127.0.0.1".to_string();
    let mut db = PathBuf::from(".data/submissions.sqlite");
    let mut settings = Settings {
        content_dir: PathBuf::from("public/content"),
        delay: Duration::ZERO,
        mode: Mode::Normal,
        test_controls: false,
    };
    let mut prefix = "SC".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--port" => port = value("--port")?.parse().map_err(|_| "--port: not a port")?,
            "--address" => address = value("--address")?,
            "--db" => db = PathBuf::from(value("--db")?),
            "--content" => settings.content_dir = PathBuf::from(value("--content")?),
            "--delay-ms" => {
                let ms: u64 = value("--delay-ms")?
                    .parse()
                    .map_err(|_| "--delay-ms: not a number")?;
                settings.delay = Duration::from_millis(ms);
            }
            "--mode" => {
                settings.mode =
                    Mode::parse(&value("--mode")?).ok_or("--mode: normal, error or malformed")?
            }
            "--reference-prefix" => prefix = value("--reference-prefix")?,
            "--test-controls" => settings.test_controls = true,
            "--help" | "-h" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    if let Some(parent) = db.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    let store = civic_backend::store::Store::open(&db, &prefix)
        .map_err(|e| format!("{}: {e}", db.display()))?;
    let addr: SocketAddr = format!("{address}:{port}")
        .parse()
        .map_err(|_| format!("`{address}:{port}` is not an address"))?;
    let state = Arc::new(AppState { settings, store });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
        println!("civic-backend listening on http://{addr}");
        let router = app(state).layer(axum::middleware::from_fn(civic_backend::log_request));
        axum::serve(listener, router)
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(|e| e.to_string())
    })
}

/// Resolves on SIGINT (Ctrl-C) or, on Unix, SIGTERM (what `kill` and process managers send),
/// so that requests under way are answered before the process exits.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
    eprintln!("civic-backend: shutting down");
}
