//! The connection loop over real TCP on loopback: header and body time-outs, and shutdown
//! (requests under way finish, the deadline bounds it, a second signal stops at once), in
//! the library and in the `civic-backend` binary with real signals.

mod support;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use civic_backend::serve::{serve, Ended, Timeouts};
use civic_backend::{app, AppState};
use support::{state_with, submission, valid};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc::{unbounded_channel, UnboundedSender};
use tokio::task::JoinHandle;

/// No test may hang: what should end but does not fails here.
const BOUND: Duration = Duration::from_secs(10);

async fn start(
    state: Arc<AppState>,
    timeouts: Timeouts,
) -> (SocketAddr, UnboundedSender<()>, JoinHandle<Ended>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (signals, received) = unbounded_channel();
    let server = tokio::spawn(serve(listener, app(state), timeouts, received));
    (addr, signals, server)
}

fn long() -> Timeouts {
    Timeouts {
        headers: Duration::from_secs(60),
        shutdown: Duration::from_secs(60),
    }
}

/// A complete submission request as bytes, with extra header lines.
fn request_bytes(extra: &str) -> Vec<u8> {
    let body = submission("6f1c2a4e-9b7d-4c1e-8a52-3d0f9e7b1c44", valid());
    format!(
        "POST /forms/contact/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n\
         Content-Type: application/json\r\nSec-Fetch-Site: same-origin\r\n{extra}\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// Everything the server sends until it closes the connection.
async fn read_all(stream: &mut TcpStream) -> String {
    let mut out = Vec::new();
    tokio::time::timeout(BOUND, stream.read_to_end(&mut out))
        .await
        .expect("the server neither answered nor closed the connection")
        .unwrap();
    String::from_utf8_lossy(&out).into_owned()
}

#[tokio::test]
async fn a_client_trickling_headers_is_disconnected() {
    let s = state_with("headers", |_| {});
    let timeouts = Timeouts {
        headers: Duration::from_millis(300),
        ..long()
    };
    let (addr, _signals, _server) = start(s, timeouts).await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"POST /forms/contact/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .await
        .unwrap();
    // Closed without an answer (hyper drops a connection whose headers time out).
    let answer = read_all(&mut slow).await;
    assert!(!answer.contains("201"), "{answer}");
}

#[tokio::test]
async fn a_body_that_stops_arriving_gets_408() {
    let s = state_with("body", |s| s.body_timeout = Duration::from_millis(300));
    let (addr, _signals, _server) = start(s.clone(), long()).await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(
        b"POST /forms/contact/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n\
          Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"form_id\":",
    )
    .await
    .unwrap();
    let answer = read_all(&mut slow).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("\"timeout\""), "{answer}");
    assert_eq!(s.store.count_by_form("contact").unwrap().0, 0);
}

#[tokio::test]
async fn shutdown_answers_requests_under_way() {
    let s = state_with("drain", |s| s.test_controls = true);
    let (addr, signals, server) = start(s.clone(), long()).await;
    let mut client = TcpStream::connect(addr).await.unwrap();
    client
        .write_all(&request_bytes("X-Civic-Test: delay=500\r\n"))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    signals.send(()).unwrap();
    let answer = read_all(&mut client).await;
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    let ended = tokio::time::timeout(BOUND, server).await.unwrap().unwrap();
    assert_eq!(ended, Ended::Drained);
    // No new connection is accepted any more.
    assert!(TcpStream::connect(addr).await.is_err());
}

#[tokio::test]
async fn the_deadline_bounds_shutdown() {
    let s = state_with("deadline", |s| s.test_controls = true);
    let timeouts = Timeouts {
        shutdown: Duration::from_millis(300),
        ..long()
    };
    let (addr, signals, server) = start(s, timeouts).await;
    // A request that would take 30 s, and a client that never finishes its headers.
    let mut stuck = TcpStream::connect(addr).await.unwrap();
    stuck
        .write_all(&request_bytes("X-Civic-Test: delay=30000\r\n"))
        .await
        .unwrap();
    let mut trickling = TcpStream::connect(addr).await.unwrap();
    trickling.write_all(b"POST / HTTP/1.1\r\n").await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    signals.send(()).unwrap();
    let ended = tokio::time::timeout(BOUND, server).await.unwrap().unwrap();
    assert_eq!(ended, Ended::DeadlinePassed);
}

#[tokio::test]
async fn a_second_signal_stops_at_once() {
    let s = state_with("twice", |s| s.test_controls = true);
    let (addr, signals, server) = start(s, long()).await;
    let mut stuck = TcpStream::connect(addr).await.unwrap();
    stuck
        .write_all(&request_bytes("X-Civic-Test: delay=30000\r\n"))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    signals.send(()).unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    signals.send(()).unwrap();
    let ended = tokio::time::timeout(BOUND, server).await.unwrap().unwrap();
    assert_eq!(ended, Ended::Interrupted);
}

/// The binary with real signals: one SIGINT waits for the request under way, a second one
/// exits at once (status 130).
#[tokio::test]
async fn the_binary_exits_on_a_second_ctrl_c() {
    let dir = support::temp_dir("binary");
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_civic-backend"))
        .args([
            "--port",
            "0",
            "--test-controls",
            "--shutdown-deadline-ms",
            "60000",
        ])
        .arg("--content")
        .arg(&dir)
        .arg("--db")
        .arg(dir.join("db.sqlite"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while !line.ends_with(b"\n") {
        let n = tokio::time::timeout(BOUND, stdout.read(&mut byte))
            .await
            .unwrap()
            .unwrap();
        assert!(n > 0, "the backend exited before listening");
        line.push(byte[0]);
    }
    let line = String::from_utf8(line).unwrap();
    let addr = line.trim().rsplit("http://").next().unwrap().to_string();
    let mut stuck = TcpStream::connect(&addr).await.unwrap();
    stuck
        .write_all(&request_bytes("X-Civic-Test: delay=30000\r\n"))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let pid = child.id().unwrap().to_string();
    let interrupt = || {
        std::process::Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .unwrap()
    };
    assert!(interrupt().success());
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        child.try_wait().unwrap().is_none(),
        "the first signal must let the request finish"
    );
    assert!(interrupt().success());
    let status = tokio::time::timeout(BOUND, child.wait())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(status.code(), Some(130));
}
