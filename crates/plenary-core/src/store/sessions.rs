//! The sessions and agenda_items tables: the calendar of meetings, each
//! with its agenda in order and the time it was last changed. A session is
//! found, replaced and deleted by its key; a replacement rewrites its
//! agenda in the same transaction. Which values are acceptable is the
//! caller's business (`sessions`).

use super::columns::{now, Day};
use super::list_values;
use super::Store;
use crate::model::{AgendaItem, ListKind, Result, Session};
use rusqlite::{params, Connection, OptionalExtension, Row};

/// A session read with its row id and the time it was last changed.
struct Stored {
    id: i64,
    session: Session,
    updated_at: String,
}

fn session_from_row(r: &Row) -> rusqlite::Result<Stored> {
    Ok(Stored {
        id: r.get("id")?,
        updated_at: r.get("updated_at")?,
        session: Session {
            key: r.get("key")?,
            forum: r.get("forum")?,
            name: r.get("name")?,
            starts_on: r.get::<_, Day>("starts_on")?.0,
            ends_on: r.get::<_, Day>("ends_on")?.0,
            place: r.get("place")?,
            agenda: Vec::new(),
        },
    })
}

/// The sessions a statement's WHERE clause lets through, with their
/// agendas and the times they were last changed.
fn sessions_where(conn: &Connection, clause: &str, key: Option<&str>) -> Result<Vec<Stored>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, key, forum, name, starts_on, ends_on, place, updated_at FROM sessions \
         {clause} ORDER BY starts_on, ends_on, key"
    ))?;
    let rows = match key {
        Some(key) => stmt.query_map([key], session_from_row)?,
        None => stmt.query_map([], session_from_row)?,
    };
    let found = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    let mut agenda = conn.prepare_cached(
        "SELECT number, title FROM agenda_items WHERE session_id = ?1 ORDER BY position",
    )?;
    let mut sessions = Vec::with_capacity(found.len());
    for mut stored in found {
        stored.session.agenda = agenda
            .query_map([stored.id], |r| {
                Ok(AgendaItem {
                    number: r.get("number")?,
                    title: r.get("title")?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        sessions.push(stored);
    }
    Ok(sessions)
}

impl Store {
    /// Every session, by start date.
    pub fn sessions(&self) -> Result<Vec<Session>> {
        Ok(sessions_where(&self.conn, "", None)?
            .into_iter()
            .map(|s| s.session)
            .collect())
    }

    /// Every session, by start date, with the time it was last changed
    /// (RFC 3339, UTC).
    pub fn sessions_with_times(&self) -> Result<Vec<(Session, String)>> {
        Ok(sessions_where(&self.conn, "", None)?
            .into_iter()
            .map(|s| (s.session, s.updated_at))
            .collect())
    }

    /// The session of `key` (exactly), if there is one.
    pub fn session(&self, key: &str) -> Result<Option<Session>> {
        Ok(sessions_where(&self.conn, "WHERE key = ?1", Some(key))?
            .into_iter()
            .next()
            .map(|s| s.session))
    }

    /// Creates the session of `session.key`, or replaces it whole, agenda
    /// included, in one transaction.
    pub fn save_session(&mut self, session: &Session) -> Result<()> {
        let tx = self.conn.transaction()?;
        let values = params![
            session.key,
            session.forum,
            session.name,
            session.starts_on.to_string(),
            session.ends_on.to_string(),
            session.place,
            now()
        ];
        let existing: Option<i64> = tx
            .query_row(
                "SELECT id FROM sessions WHERE key = ?1",
                [&session.key],
                |r| r.get("id"),
            )
            .optional()?;
        let id = match existing {
            Some(id) => {
                tx.execute(
                    "UPDATE sessions SET forum = ?2, name = ?3, starts_on = ?4, ends_on = ?5, \
                     place = ?6, updated_at = ?7 WHERE key = ?1",
                    values,
                )?;
                tx.execute("DELETE FROM agenda_items WHERE session_id = ?1", [id])?;
                id
            }
            None => {
                tx.execute(
                    "INSERT INTO sessions (key, forum, name, starts_on, ends_on, place, \
                     updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    values,
                )?;
                tx.last_insert_rowid()
            }
        };
        {
            let mut item = tx.prepare_cached(
                "INSERT INTO agenda_items (session_id, position, number, title) \
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (position, a) in session.agenda.iter().enumerate() {
                item.execute(params![id, position as i64 + 1, a.number, a.title])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Deletes the session of `key` with its agenda; false when there was none.
    pub fn delete_session(&mut self, key: &str) -> Result<bool> {
        Ok(self
            .conn
            .execute("DELETE FROM sessions WHERE key = ?1", [key])?
            > 0)
    }

    /// Rewrites every use of `from` (a session's key, or a value on no
    /// list) as the session `into`, and deletes the session `from` from
    /// the calendar with its agenda, in one transaction. Gives back how
    /// many drafts, points and commitments changed.
    pub fn merge_session(&mut self, from: &str, into: &str) -> Result<u64> {
        let tx = self.conn.transaction()?;
        let changed = list_values::rewrite(
            &tx,
            ListKind::Session,
            from,
            into,
            &format!("merged into {into}"),
        )?;
        tx.execute(
            "DELETE FROM sessions WHERE key = ?1 COLLATE NOCASE AND key <> ?2",
            [from, into],
        )?;
        tx.commit()?;
        Ok(changed)
    }
}
