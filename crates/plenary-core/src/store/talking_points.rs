//! The talking_points table: the delegation's short points, each tagged by
//! pillar or topic and by session. Written whole from a form, listed newest
//! first with the filters the studio's panel uses (words of their text or
//! title, a pillar, a session), and deleted outright; a draft that used a
//! deleted point still names it (see `store::drafts`).

use super::columns::now;
use super::Store;
use crate::model::{Error, Result, TalkingPoint};
use rusqlite::{params, OptionalExtension, Row};

/// A talking point's values, already checked.
pub struct PointValues<'a> {
    pub title: &'a str,
    pub text: &'a str,
    pub pillar: Option<&'a str>,
    pub session: Option<&'a str>,
}

fn point_from_row(r: &Row) -> rusqlite::Result<TalkingPoint> {
    Ok(TalkingPoint {
        id: r.get("id")?,
        title: r.get("title")?,
        text: r.get("text")?,
        pillar: r.get("pillar")?,
        session: r.get("session")?,
        updated_at: r.get("updated_at")?,
    })
}

fn not_found(id: i64) -> Error {
    Error::NotFound {
        what: "talking point",
        id,
    }
}

/// `%`, `_` and the escape character itself, escaped for `LIKE … ESCAPE '\'`.
fn like_pattern(word: &str) -> String {
    let mut out = String::from("%");
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

impl Store {
    /// One talking point.
    pub fn talking_point(&self, id: i64) -> Result<TalkingPoint> {
        self.conn
            .prepare_cached(
                "SELECT id, title, text, pillar, session, updated_at FROM talking_points WHERE id = ?1",
            )?
            .query_row([id], point_from_row)
            .optional()?
            .ok_or_else(|| not_found(id))
    }

    /// The points whose title or text holds every one of `words` (ignoring
    /// case), of the pillar and session given, newest first.
    pub fn talking_points(
        &self,
        words: &[&str],
        pillar: Option<&str>,
        session: Option<&str>,
    ) -> Result<Vec<TalkingPoint>> {
        let mut sql = String::from(
            "SELECT id, title, text, pillar, session, updated_at FROM talking_points \
             WHERE (?1 IS NULL OR pillar = ?1 COLLATE NOCASE) \
             AND (?2 IS NULL OR session = ?2 COLLATE NOCASE)",
        );
        let mut values: Vec<String> = Vec::new();
        for word in words {
            values.push(like_pattern(word));
            let n = values.len() + 2;
            sql.push_str(&format!(
                " AND (title LIKE ?{n} ESCAPE '\\' OR text LIKE ?{n} ESCAPE '\\')"
            ));
        }
        sql.push_str(" ORDER BY updated_at DESC, id DESC");
        let mut stmt = self.conn.prepare(&sql)?;
        let mut bound: Vec<&dyn rusqlite::ToSql> = vec![&pillar, &session];
        bound.extend(values.iter().map(|v| v as &dyn rusqlite::ToSql));
        let rows = stmt.query_map(bound.as_slice(), point_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Creates a talking point, or rewrites point `id`.
    pub fn save_talking_point(
        &mut self,
        id: Option<i64>,
        point: &PointValues,
    ) -> Result<TalkingPoint> {
        let at = now();
        let id = match id {
            None => {
                self.conn.execute(
                    "INSERT INTO talking_points (key, title, text, pillar, session, created_at, updated_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    params![
                        uuid::Uuid::new_v4().to_string(),
                        point.title,
                        point.text,
                        point.pillar,
                        point.session,
                        at
                    ],
                )?;
                self.conn.last_insert_rowid()
            }
            Some(id) => {
                let changed = self.conn.execute(
                    "UPDATE talking_points SET title = ?2, text = ?3, pillar = ?4, session = ?5, \
                     updated_at = ?6 WHERE id = ?1",
                    params![id, point.title, point.text, point.pillar, point.session, at],
                )?;
                if changed == 0 {
                    return Err(not_found(id));
                }
                id
            }
        };
        self.talking_point(id)
    }

    /// Deletes a talking point.
    pub fn delete_talking_point(&mut self, id: i64) -> Result<()> {
        match self
            .conn
            .execute("DELETE FROM talking_points WHERE id = ?1", [id])?
        {
            0 => Err(not_found(id)),
            _ => Ok(()),
        }
    }

    /// The pillars or topics the talking points are tagged with, by name.
    pub fn talking_point_pillars(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT pillar FROM talking_points WHERE pillar IS NOT NULL \
             ORDER BY pillar COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], |r| r.get("pillar"))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
