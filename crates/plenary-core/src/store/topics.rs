//! The topics table as the desk's list: the topics drafts, talking points
//! and commitments are tagged with are its `listed` rows (the others are
//! tags documents brought in), each with how many use it. A topic is added
//! (a document's tag of that name or key joins the list), renamed (its
//! uses with it) and taken off the list by its name (ignoring case); one
//! merged into another leaves the list, its uses rewritten as the other
//! (see `list_values`). Which names are acceptable is the caller's
//! business (`topics`).

use super::list_values;
use super::Store;
use crate::model::{Error, ListKind, Result, Topic};
use rusqlite::OptionalExtension;

fn not_listed(name: &str) -> Error {
    Error::field(
        "topic",
        format!("there is no topic '{name}' in the list of topics"),
    )
}

impl Store {
    /// The list, by name, each topic with its uses.
    pub fn topics(&self) -> Result<Vec<Topic>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.name, \
             (SELECT count(*) FROM drafts d WHERE d.topic = t.name COLLATE NOCASE) + \
             (SELECT count(*) FROM talking_points p WHERE p.pillar = t.name COLLATE NOCASE) + \
             (SELECT count(*) FROM commitments c WHERE c.topic = t.name COLLATE NOCASE) AS uses \
             FROM topics t WHERE t.listed = 1 ORDER BY t.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Topic {
                name: r.get("name")?,
                uses: r.get::<_, i64>("uses")?.max(0) as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The topic named `name` (ignoring case) as the list writes it.
    pub fn topic(&self, name: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT name FROM topics WHERE listed = 1 AND name = ?1 COLLATE NOCASE",
            )?
            .query_row([name], |r| r.get("name"))
            .optional()?)
    }

    /// Adds a topic under `key` (its name's words, joined by hyphens); a
    /// document's tag of that name or key joins the list, written as
    /// given. One already on the list (ignoring case) is refused.
    pub fn add_topic(&mut self, name: &str, key: &str) -> Result<()> {
        if let Some(listed) = self.topic(name)? {
            return Err(Error::field(
                "topic",
                format!("'{listed}' is already in the list of topics"),
            ));
        }
        let tx = self.conn.transaction()?;
        let tagged = tx.execute(
            "UPDATE topics SET listed = 1, name = ?1 WHERE name = ?1 COLLATE NOCASE OR key = ?2",
            [name, key],
        )?;
        if tagged == 0 {
            tx.execute(
                "INSERT INTO topics (key, name, listed) VALUES (?1, ?2, 1)",
                [key, name],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Renames a topic, and every use of it, in one transaction.
    pub fn rename_topic(&mut self, from: &str, to: &str) -> Result<()> {
        let tx = self.conn.transaction()?;
        let renamed = tx.execute(
            "UPDATE topics SET name = ?2 WHERE listed = 1 AND name = ?1 COLLATE NOCASE",
            [from, to],
        )?;
        if renamed == 0 {
            return Err(not_listed(from));
        }
        list_values::rewrite(&tx, ListKind::Topic, from, to, "topic renamed")?;
        tx.commit()?;
        Ok(())
    }

    /// Takes a topic off the list (documents keep it as a tag); false
    /// when none of that name was on it.
    pub fn delete_topic(&mut self, name: &str) -> Result<bool> {
        Ok(self.conn.execute(
            "UPDATE topics SET listed = 0 WHERE listed = 1 AND name = ?1 COLLATE NOCASE",
            [name],
        )? > 0)
    }

    /// Rewrites every use of `from` (a topic of the list or a value on no
    /// list) as the topic `into`, and takes `from` off the list, in one
    /// transaction. Gives back how many drafts, points and commitments
    /// changed.
    pub fn merge_topic(&mut self, from: &str, into: &str) -> Result<u64> {
        let tx = self.conn.transaction()?;
        let changed = list_values::rewrite(
            &tx,
            ListKind::Topic,
            from,
            into,
            &format!("merged into {into}"),
        )?;
        tx.execute(
            "UPDATE topics SET listed = 0 WHERE name = ?1 COLLATE NOCASE AND name <> ?2",
            [from, into],
        )?;
        tx.commit()?;
        Ok(changed)
    }

    /// Every value of `list` in use, with the draft, point or commitment
    /// holding it, by value.
    pub fn list_values_in_use(
        &self,
        list: ListKind,
    ) -> Result<Vec<(String, crate::model::ValueUse)>> {
        list_values::values_in_use(&self.conn, list)
    }
}
