//! The SQLite store of accepted submissions: one row per idempotency key (a UNIQUE column),
//! so a retried or doubled request can never be stored twice, even when two arrive at once.
//! Each row keeps the fingerprint of what was sent with its key, so the same key with other
//! content is told apart from a retry.
//!
//! Every call blocks (SQLite waits up to [`BUSY_TIMEOUT`] for another writer): call it from
//! `tokio::task::spawn_blocking`, never on an async worker.

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use civic_core::content::SubmissionReceipt;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

/// How long a write waits for another connection's write (a second backend process, a backup
/// or an administrator's `sqlite3` shell) before it fails.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

pub struct Store {
    conn: Mutex<Connection>,
    prefix: String,
}

/// A submission to store.
pub struct NewSubmission<'a> {
    pub idempotency_key: &'a str,
    /// What was sent with the key ([`crate::fingerprint`]).
    pub fingerprint: &'a str,
    pub form_id: &'a str,
    pub locale: &'a str,
    pub answers_json: &'a str,
}

/// What is stored under a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Known {
    /// Nothing yet.
    New,
    /// A submission with this fingerprint (a retry): its receipt.
    Same(SubmissionReceipt),
    /// A submission with other content.
    Different,
}

/// What became of an insert.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inserted {
    /// Stored now, with this receipt.
    Now(SubmissionReceipt),
    /// The key was taken meanwhile (never `Known::New`).
    Already(Known),
}

impl Store {
    /// Opens (and creates, or brings up to date) the database at `path`; `:memory:` for tests.
    pub fn open(path: &Path, reference_prefix: &str) -> rusqlite::Result<Store> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             CREATE TABLE IF NOT EXISTS submissions (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 idempotency_key TEXT NOT NULL UNIQUE,
                 form_id TEXT NOT NULL,
                 locale TEXT NOT NULL,
                 answers TEXT NOT NULL,
                 reference TEXT NOT NULL UNIQUE,
                 received_at TEXT NOT NULL,
                 fingerprint TEXT
             );",
        )?;
        // Databases made before fingerprints: add the column (old rows keep NULL and are
        // answered as retries, as before).
        let has_fingerprint = conn
            .prepare("SELECT 1 FROM pragma_table_info('submissions') WHERE name = 'fingerprint'")?
            .exists([])?;
        if !has_fingerprint {
            conn.execute_batch("ALTER TABLE submissions ADD COLUMN fingerprint TEXT")?;
        }
        Ok(Store {
            conn: Mutex::new(conn),
            prefix: reference_prefix.to_string(),
        })
    }

    /// What is stored under `key`, compared with `fingerprint`.
    pub fn known(&self, key: &str, fingerprint: &str) -> rusqlite::Result<Known> {
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        known(&conn, key, fingerprint)
    }

    /// Stores `new` unless its key is known; `received_at` is RFC 3339 UTC, `year` goes into
    /// the reference.
    pub fn insert(
        &self,
        new: &NewSubmission,
        received_at: &str,
        year: i32,
    ) -> rusqlite::Result<Inserted> {
        let mut conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        // IMMEDIATE takes the write lock first, so a busy database is waited for (busy
        // timeout) instead of failing when a read turns into a write.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        match known(&tx, new.idempotency_key, new.fingerprint)? {
            Known::New => {}
            other => return Ok(Inserted::Already(other)),
        }
        // The reference needs the row id: insert with a placeholder, then set it. The
        // placeholder contains `:`, which no key and no reference has, so it cannot collide
        // with a stored reference (a key may look like one: `SC-2026-000001` is a valid key).
        tx.execute(
            "INSERT INTO submissions (idempotency_key, form_id, locale, answers, reference, received_at, fingerprint)
             VALUES (?1, ?2, ?3, ?4, 'pending:' || ?1, ?5, ?6)",
            params![
                new.idempotency_key,
                new.form_id,
                new.locale,
                new.answers_json,
                received_at,
                new.fingerprint
            ],
        )?;
        let id = tx.last_insert_rowid();
        let reference = format!("{}-{year}-{id:06}", self.prefix);
        tx.execute(
            "UPDATE submissions SET reference = ?1 WHERE id = ?2",
            params![reference, id],
        )?;
        tx.commit()?;
        Ok(Inserted::Now(SubmissionReceipt {
            reference,
            received_at: received_at.to_string(),
        }))
    }

    /// Rows stored under `key` and their references (the test controls' view).
    pub fn count_by_key(&self, key: &str) -> rusqlite::Result<(i64, Vec<String>)> {
        self.count("idempotency_key", key)
    }

    /// Rows stored for `form_id` and their references.
    pub fn count_by_form(&self, form_id: &str) -> rusqlite::Result<(i64, Vec<String>)> {
        self.count("form_id", form_id)
    }

    /// The stored answers (JSON) of every submission of `form_id`, oldest first: what the
    /// published results are counted from.
    pub fn answers_of(&self, form_id: &str) -> rusqlite::Result<Vec<String>> {
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let mut stmt =
            conn.prepare("SELECT answers FROM submissions WHERE form_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([form_id], |r| r.get(0))?.collect();
        rows
    }

    /// Every stored idempotency key (the load benchmark's check).
    pub fn keys(&self) -> rusqlite::Result<Vec<String>> {
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let mut stmt = conn.prepare("SELECT idempotency_key FROM submissions ORDER BY id")?;
        let keys = stmt.query_map([], |r| r.get(0))?.collect();
        keys
    }

    fn count(&self, column: &str, value: &str) -> rusqlite::Result<(i64, Vec<String>)> {
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let count: i64 = conn.query_row(
            &format!("SELECT COUNT(*) FROM submissions WHERE {column} = ?1"),
            [value],
            |r| r.get(0),
        )?;
        let mut stmt = conn.prepare(&format!(
            "SELECT reference FROM submissions WHERE {column} = ?1 ORDER BY id"
        ))?;
        let refs = stmt
            .query_map([value], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok((count, refs))
    }
}

fn known(conn: &Connection, key: &str, fingerprint: &str) -> rusqlite::Result<Known> {
    let row = conn
        .query_row(
            "SELECT reference, received_at, fingerprint FROM submissions WHERE idempotency_key = ?1",
            [key],
            |r| {
                Ok((
                    SubmissionReceipt {
                        reference: r.get(0)?,
                        received_at: r.get(1)?,
                    },
                    r.get::<_, Option<String>>(2)?,
                ))
            },
        )
        .optional()?;
    Ok(match row {
        None => Known::New,
        Some((receipt, None)) => Known::Same(receipt),
        Some((receipt, Some(stored))) if stored == fingerprint => Known::Same(receipt),
        Some(_) => Known::Different,
    })
}
