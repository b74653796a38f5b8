//! The concepts and concept_terms tables: the termbase. A concept is
//! written whole (its subject and every term, in order) in one
//! transaction, listed in the order it was added, found by id or by key,
//! and deleted with its terms. An import merges entries by key in one
//! transaction; the concepts Plenary ships are put in once, the first
//! time a library is opened, and a row of `termbase_shipped` says so.
//! Which values are acceptable is the caller's business (`termbase`).

use super::columns::{now, Named};
use super::Store;
use crate::model::{Concept, ConceptFields, Error, Language, Result, Term, TermStatus};
use rusqlite::{params, Connection, OptionalExtension, Row};

/// The edition of the shipped concepts a library has been given.
const SHIPPED_EDITION: i64 = 1;

/// What merging entries into the termbase did: how many were added,
/// rewritten, and found as they were.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeCounts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

fn not_found(id: i64) -> Error {
    Error::NotFound {
        what: "termbase entry",
        id,
    }
}

fn term_from_row(r: &Row) -> rusqlite::Result<(i64, Term)> {
    let code: String = r.get("language")?;
    let language = Language::parse(&code).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into())
    })?;
    Ok((
        r.get("concept_id")?,
        Term {
            language,
            text: r.get("text")?,
            status: r.get::<_, Named<TermStatus>>("status")?.0,
            note: r.get("note")?,
        },
    ))
}

/// Every concept, or the one with `id`, with its terms in order.
fn read_concepts(conn: &Connection, id: Option<i64>) -> Result<Vec<Concept>> {
    let mut concepts: Vec<Concept> = conn
        .prepare_cached(
            "SELECT id, key, subject, updated_at FROM concepts \
             WHERE ?1 IS NULL OR id = ?1 ORDER BY id",
        )?
        .query_map([id], |r| {
            Ok(Concept {
                id: r.get("id")?,
                key: r.get("key")?,
                fields: ConceptFields {
                    subject: r.get("subject")?,
                    terms: Vec::new(),
                },
                updated_at: r.get("updated_at")?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut statement = conn.prepare_cached(
        "SELECT concept_id, language, text, status, note FROM concept_terms \
         WHERE ?1 IS NULL OR concept_id = ?1 ORDER BY concept_id, position",
    )?;
    let mut at = 0;
    for row in statement.query_map([id], term_from_row)? {
        let (concept_id, term) = row?;
        while concepts.get(at).is_some_and(|c| c.id < concept_id) {
            at += 1;
        }
        if let Some(concept) = concepts.get_mut(at).filter(|c| c.id == concept_id) {
            concept.fields.terms.push(term);
        }
    }
    Ok(concepts)
}

fn concept_id_by_key(conn: &Connection, key: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM concepts WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

fn write_terms(conn: &Connection, id: i64, fields: &ConceptFields) -> Result<()> {
    conn.prepare_cached("DELETE FROM concept_terms WHERE concept_id = ?1")?
        .execute([id])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO concept_terms (concept_id, position, language, text, status, note) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, term) in fields.terms.iter().enumerate() {
        insert.execute(params![
            id,
            position as i64,
            term.language.code(),
            term.text,
            term.status.as_str(),
            term.note
        ])?;
    }
    Ok(())
}

fn insert_concept(conn: &Connection, key: &str, fields: &ConceptFields) -> Result<i64> {
    let at = now();
    conn.prepare_cached(
        "INSERT INTO concepts (key, subject, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
    )?
    .execute(params![key, fields.subject, at])
    .map_err(|e| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => {
            Error::field("key", format!("the termbase already has an entry '{key}'"))
        }
        _ => e.into(),
    })?;
    let id = conn.last_insert_rowid();
    write_terms(conn, id, fields)?;
    Ok(id)
}

fn update_concept(conn: &Connection, id: i64, fields: &ConceptFields) -> Result<()> {
    let changed = conn
        .prepare_cached("UPDATE concepts SET subject = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![id, fields.subject, now()])?;
    if changed == 0 {
        return Err(not_found(id));
    }
    write_terms(conn, id, fields)
}

/// Adds each entry whose key is new and rewrites each one whose key is
/// known but whose fields differ.
fn merge(conn: &Connection, entries: &[(String, ConceptFields)]) -> Result<MergeCounts> {
    let mut counts = MergeCounts::default();
    for (key, fields) in entries {
        match concept_id_by_key(conn, key)? {
            None => {
                insert_concept(conn, key, fields)?;
                counts.added += 1;
            }
            Some(id) => {
                let held = read_concepts(conn, Some(id))?;
                if held.first().is_some_and(|c| &c.fields == fields) {
                    counts.unchanged += 1;
                } else {
                    update_concept(conn, id, fields)?;
                    counts.updated += 1;
                }
            }
        }
    }
    Ok(counts)
}

impl Store {
    /// Every entry of the termbase, in the order they were added.
    pub fn concepts(&self) -> Result<Vec<Concept>> {
        read_concepts(&self.conn, None)
    }

    pub fn concept(&self, id: i64) -> Result<Concept> {
        read_concepts(&self.conn, Some(id))?
            .pop()
            .ok_or_else(|| not_found(id))
    }

    /// Adds an entry under `key`, which no other entry may have.
    pub fn add_concept(&mut self, key: &str, fields: &ConceptFields) -> Result<i64> {
        let tx = self.conn.transaction()?;
        let id = insert_concept(&tx, key, fields)?;
        tx.commit()?;
        Ok(id)
    }

    /// Rewrites an entry's subject and terms, keeping its key.
    pub fn update_concept(&mut self, id: i64, fields: &ConceptFields) -> Result<()> {
        let tx = self.conn.transaction()?;
        update_concept(&tx, id, fields)?;
        Ok(tx.commit()?)
    }

    /// Deletes an entry with its terms.
    pub fn remove_concept(&mut self, id: i64) -> Result<()> {
        match self
            .conn
            .execute("DELETE FROM concepts WHERE id = ?1", [id])?
        {
            0 => Err(not_found(id)),
            _ => Ok(()),
        }
    }

    /// Merges entries by key, all or none of them.
    pub fn merge_concepts(&mut self, entries: &[(String, ConceptFields)]) -> Result<MergeCounts> {
        let tx = self.conn.transaction()?;
        let counts = merge(&tx, entries)?;
        tx.commit()?;
        Ok(counts)
    }

    /// True once the shipped concepts have been put in the termbase.
    pub fn termbase_shipped(&self) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM termbase_shipped WHERE edition = ?1")?
            .query_row([SHIPPED_EDITION], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Puts the shipped concepts in the termbase, unless that was done
    /// before (by another process, perhaps): merged by key, and marked as
    /// done in the same transaction. True when they were put in now.
    pub fn provide_shipped_concepts(
        &mut self,
        entries: &[(String, ConceptFields)],
    ) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let done = tx
            .prepare_cached("SELECT 1 FROM termbase_shipped WHERE edition = ?1")?
            .query_row([SHIPPED_EDITION], |_| Ok(()))
            .optional()?
            .is_some();
        if done {
            return Ok(false);
        }
        merge(&tx, entries)?;
        tx.execute(
            "INSERT INTO termbase_shipped (edition, provided_at) VALUES (?1, ?2)",
            params![SHIPPED_EDITION, now()],
        )?;
        tx.commit()?;
        Ok(true)
    }
}
