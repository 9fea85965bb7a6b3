//! The SQLite store of accepted submissions: one row per idempotency key (a UNIQUE column),
//! so a retried or doubled request can never be stored twice, even when two arrive at once.

use std::path::Path;
use std::sync::Mutex;

use civic_core::content::SubmissionReceipt;
use rusqlite::{params, Connection, OptionalExtension};

pub struct Store {
    conn: Mutex<Connection>,
    prefix: String,
}

/// A submission to store.
pub struct NewSubmission<'a> {
    pub idempotency_key: &'a str,
    pub form_id: &'a str,
    pub locale: &'a str,
    pub answers_json: &'a str,
}

impl Store {
    /// Opens (and creates) the database at `path`; `:memory:` for tests.
    pub fn open(path: &Path, reference_prefix: &str) -> rusqlite::Result<Store> {
        let conn = Connection::open(path)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             CREATE TABLE IF NOT EXISTS submissions (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 idempotency_key TEXT NOT NULL UNIQUE,
                 form_id TEXT NOT NULL,
                 locale TEXT NOT NULL,
                 answers TEXT NOT NULL,
                 reference TEXT NOT NULL UNIQUE,
                 received_at TEXT NOT NULL
             );",
        )?;
        Ok(Store {
            conn: Mutex::new(conn),
            prefix: reference_prefix.to_string(),
        })
    }

    /// The receipt of the submission stored under `key`, if any.
    pub fn receipt(&self, key: &str) -> rusqlite::Result<Option<SubmissionReceipt>> {
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        receipt_of(&conn, key)
    }

    /// Stores `new` unless its key is known. Returns the receipt and whether it was stored now.
    pub fn insert(
        &self,
        new: &NewSubmission,
        received_at: &str,
        year: i32,
    ) -> rusqlite::Result<(SubmissionReceipt, bool)> {
        let mut conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let tx = conn.transaction()?;
        if let Some(existing) = receipt_of(&tx, new.idempotency_key)? {
            return Ok((existing, false));
        }
        // The reference needs the row id: insert with a placeholder, then set it. The
        // placeholder contains `:`, which no key and no reference has, so it cannot collide
        // with a stored reference (a key may look like one: `SC-2026-000001` is a valid key).
        tx.execute(
            "INSERT INTO submissions (idempotency_key, form_id, locale, answers, reference, received_at)
             VALUES (?1, ?2, ?3, ?4, 'pending:' || ?1, ?5)",
            params![new.idempotency_key, new.form_id, new.locale, new.answers_json, received_at],
        )?;
        let id = tx.last_insert_rowid();
        let reference = format!("{}-{year}-{id:06}", self.prefix);
        tx.execute(
            "UPDATE submissions SET reference = ?1 WHERE id = ?2",
            params![reference, id],
        )?;
        tx.commit()?;
        Ok((
            SubmissionReceipt {
                reference,
                received_at: received_at.to_string(),
            },
            true,
        ))
    }

    /// Rows stored under `key` and their references (the test controls' view).
    pub fn count_by_key(&self, key: &str) -> rusqlite::Result<(i64, Vec<String>)> {
        self.count("idempotency_key", key)
    }

    /// Rows stored for `form_id` and their references.
    pub fn count_by_form(&self, form_id: &str) -> rusqlite::Result<(i64, Vec<String>)> {
        self.count("form_id", form_id)
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

fn receipt_of(conn: &Connection, key: &str) -> rusqlite::Result<Option<SubmissionReceipt>> {
    conn.query_row(
        "SELECT reference, received_at FROM submissions WHERE idempotency_key = ?1",
        [key],
        |r| {
            Ok(SubmissionReceipt {
                reference: r.get(0)?,
                received_at: r.get(1)?,
            })
        },
    )
    .optional()
}
