//! The `civic-backend` command: parses the flags, opens the database and serves until a
//! signal (see `serve` for the shutdown).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use civic_backend::serve::{Ended, Timeouts};
use civic_backend::{app, limits, AppState, Mode, Settings};

const USAGE: &str = "usage: civic-backend [--port 8081] [--address 127.0.0.1] \
[--db .data/submissions.sqlite] [--content public/content] \
[--allow-origin https://www.city.example]... [--rate-limit 10] [--behind-proxy] \
[--header-timeout-ms 10000] [--body-timeout-ms 10000] [--shutdown-deadline-ms 10000] \
[--delay-ms 0] [--mode normal|error|malformed] [--reference-prefix SC] [--test-controls] [--help]

  --allow-origin       another site that may post forms (CORS); repeat for several
  --rate-limit         submissions a minute per client (429 with Retry-After past it)
  --behind-proxy       count clients by the address the proxy adds to X-Forwarded-For
  --port 0             any free port (the address is printed)";

fn main() {
    match run() {
        Ok(Ended::Drained) => {}
        Ok(Ended::DeadlinePassed) => {
            eprintln!("civic-backend: deadline passed, connections still open were dropped");
            std::process::exit(1);
        }
        Ok(Ended::Interrupted) => {
            eprintln!("civic-backend: stopped at once (second signal)");
            std::process::exit(130);
        }
        Err(message) => {
            eprintln!("civic-backend: {message}\n{USAGE}");
            std::process::exit(2);
        }
    }
}

fn millis(value: Result<String, String>, name: &str) -> Result<Duration, String> {
    let ms: u64 = value?
        .parse()
        .map_err(|_| format!("{name}: not a number"))?;
    Ok(Duration::from_millis(ms))
}

fn run() -> Result<Ended, String> {
    let mut port: u16 = 8081;
    let mut address = "127.0.0.1".to_string();
    let mut db = PathBuf::from(".data/submissions.sqlite");
    let mut settings = Settings::default();
    let mut timeouts = Timeouts {
        headers: Duration::from_secs(10),
        shutdown: Duration::from_secs(10),
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
            "--allow-origin" => settings.allowed_origins.push(value("--allow-origin")?),
            "--rate-limit" => {
                settings.rate_per_minute = value("--rate-limit")?
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or("--rate-limit: a number of submissions a minute, at least 1")?
            }
            "--behind-proxy" => settings.behind_proxy = true,
            "--header-timeout-ms" => {
                timeouts.headers = millis(value("--header-timeout-ms"), "--header-timeout-ms")?
            }
            "--body-timeout-ms" => {
                settings.body_timeout = millis(value("--body-timeout-ms"), "--body-timeout-ms")?
            }
            "--shutdown-deadline-ms" => {
                timeouts.shutdown =
                    millis(value("--shutdown-deadline-ms"), "--shutdown-deadline-ms")?
            }
            "--delay-ms" => settings.delay = millis(value("--delay-ms"), "--delay-ms")?,
            "--mode" => {
                settings.mode =
                    Mode::parse(&value("--mode")?).ok_or("--mode: normal, error or malformed")?
            }
            "--reference-prefix" => prefix = value("--reference-prefix")?,
            "--test-controls" => settings.test_controls = true,
            "--help" | "-h" => {
                println!("{USAGE}");
                return Ok(Ended::Drained);
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
    let state = AppState::new(settings, store);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let ended = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
        let bound = listener.local_addr().map_err(|e| e.to_string())?;
        println!("civic-backend listening on http://{bound}");
        tokio::spawn(limits::forget_idle_clients(state.limiter.clone()));
        let (signals, received) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(forward_signals(signals));
        let router = app(state).layer(axum::middleware::from_fn(civic_backend::log_request));
        Ok::<_, String>(civic_backend::serve::serve(listener, router, timeouts, received).await)
    })?;
    // Blocking work still running (a write waiting on a busy database) is not waited for.
    runtime.shutdown_timeout(Duration::from_millis(200));
    Ok(ended)
}

/// Sends one message per SIGINT (Ctrl-C) or, on Unix, SIGTERM (what `kill` and process
/// managers send), for as long as the process runs.
async fn forward_signals(signals: tokio::sync::mpsc::UnboundedSender<()>) {
    #[cfg(unix)]
    let mut terminate =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    loop {
        #[cfg(unix)]
        let terminated = async {
            match terminate.as_mut() {
                Some(signal) => {
                    signal.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let terminated = std::future::pending::<()>();
        tokio::select! {
            result = tokio::signal::ctrl_c() => {
                if result.is_err() {
                    std::future::pending::<()>().await;
                }
            }
            () = terminated => {}
        }
        if signals.send(()).is_err() {
            return;
        }
    }
}
