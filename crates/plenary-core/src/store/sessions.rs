//! The sessions and agenda_items tables: the calendar of meetings, each
//! with its agenda in order. A session is found, replaced and deleted by
//! its key; a replacement rewrites its agenda in the same transaction.
//! Which values are acceptable is the caller's business (`desk`).

use super::columns::Day;
use super::Store;
use crate::model::{AgendaItem, Result, Session};
use rusqlite::{params, Connection, OptionalExtension, Row};

fn session_from_row(r: &Row) -> rusqlite::Result<(i64, Session)> {
    Ok((
        r.get("id")?,
        Session {
            key: r.get("key")?,
            forum: r.get("forum")?,
            name: r.get("name")?,
            starts_on: r.get::<_, Day>("starts_on")?.0,
            ends_on: r.get::<_, Day>("ends_on")?.0,
            place: r.get("place")?,
            agenda: Vec::new(),
        },
    ))
}

/// The sessions a statement's WHERE clause lets through, with their agendas.
fn sessions_where(conn: &Connection, clause: &str, key: Option<&str>) -> Result<Vec<Session>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, key, forum, name, starts_on, ends_on, place FROM sessions {clause} \
         ORDER BY starts_on, ends_on, key"
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
    for (id, mut session) in found {
        session.agenda = agenda
            .query_map([id], |r| {
                Ok(AgendaItem {
                    number: r.get("number")?,
                    title: r.get("title")?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        sessions.push(session);
    }
    Ok(sessions)
}

impl Store {
    /// Every session, by start date.
    pub fn sessions(&self) -> Result<Vec<Session>> {
        sessions_where(&self.conn, "", None)
    }

    /// The session of `key` (exactly), if there is one.
    pub fn session(&self, key: &str) -> Result<Option<Session>> {
        Ok(sessions_where(&self.conn, "WHERE key = ?1", Some(key))?
            .into_iter()
            .next())
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
            session.place
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
                     place = ?6 WHERE key = ?1",
                    values,
                )?;
                tx.execute("DELETE FROM agenda_items WHERE session_id = ?1", [id])?;
                id
            }
            None => {
                tx.execute(
                    "INSERT INTO sessions (key, forum, name, starts_on, ends_on, place) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
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
}
