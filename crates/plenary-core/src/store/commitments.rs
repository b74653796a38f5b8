//! The commitments and commitment_history tables: the delegation's
//! commitments, each change kept with its date, its values before and
//! after, and its note (the first row being its creation with its first
//! status; then status changes, field changes and bare notes). A
//! commitment is read with its source passage and statement (found again
//! by its document and paragraph number when a re-analysis rewrote the
//! passages), the last day of its session, and flagged overdue against a
//! day the caller gives. The later passages that repeat a source (its
//! reuse links) are read here too. Which values are acceptable is the
//! caller's business (`commitments`).

use super::columns::{now, Day, Named};
use super::commitment_suggestions::{decide, SuggestedSentence};
use super::Store;
use crate::model::{
    ChangeKind, Commitment, CommitmentChange, CommitmentInput, CommitmentKind, CommitmentRepeat,
    CommitmentSource, CommitmentStatus, Error, Result,
};
use chrono::NaiveDate;
use rusqlite::{named_params, params, Connection, OptionalExtension, Row};

/// Which commitments to read; every field given narrows the list.
#[derive(Debug, Clone, Copy, Default)]
pub struct CommitmentQuery<'a> {
    pub id: Option<i64>,
    pub status: Option<CommitmentStatus>,
    /// Only open or in-progress ones due before the day read against.
    pub overdue: bool,
    /// Only open or in-progress ones due by this day, or of this session
    /// (by key, ignoring case).
    pub due_by: Option<(NaiveDate, &'a str)>,
    pub topic: Option<&'a str>,
    pub session: Option<&'a str>,
    /// Only those whose source passage is in this document.
    pub document_id: Option<i64>,
}

const STILL_DUE: &str = "c.status IN ('open', 'in_progress')";

fn source_from_row(r: &Row) -> rusqlite::Result<Option<CommitmentSource>> {
    let Some(document_id) = r.get::<_, Option<i64>>("document_id")? else {
        return Ok(None);
    };
    Ok(Some(CommitmentSource {
        passage_id: r.get("passage_id")?,
        document_id,
        document_title: r.get("title")?,
        speaker: r.get("speaker")?,
        date: r.get("date")?,
        passage_text: r.get("passage_text")?,
    }))
}

fn commitment_from_row(r: &Row) -> rusqlite::Result<Commitment> {
    Ok(Commitment {
        id: r.get("id")?,
        key: r.get("key")?,
        text: r.get("text")?,
        kind: r.get::<_, Named<CommitmentKind>>("kind")?.0,
        owner: r.get("owner")?,
        status: r.get::<_, Named<CommitmentStatus>>("status")?.0,
        due_on: r.get::<_, Option<Day>>("due_on")?.map(|d| d.0),
        session: r.get("session")?,
        topic: r.get("topic")?,
        source: source_from_row(r)?,
        overdue: r.get("overdue")?,
        session_ends_on: r.get::<_, Option<Day>>("session_ends_on")?.map(|d| d.0),
        due_after_session: r.get("due_after_session")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

fn not_found(id: i64) -> Error {
    Error::NotFound {
        what: "commitment",
        id,
    }
}

/// The commitments `query` lets through: overdue first, then by due date
/// (none last), then newest first.
fn commitments(
    conn: &Connection,
    query: &CommitmentQuery,
    today: NaiveDate,
) -> Result<Vec<Commitment>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT c.id, c.key, c.text, c.kind, c.owner, c.status, c.due_on, c.session, c.topic, \
         c.created_at, c.updated_at, p.id AS passage_id, p.document_id, d.title, d.speaker, \
         d.date, p.text AS passage_text, \
         coalesce({STILL_DUE} AND c.due_on < :today, 0) AS overdue, \
         s.ends_on AS session_ends_on, coalesce(c.due_on > s.ends_on, 0) AS due_after_session \
         FROM commitments c LEFT JOIN sessions s ON s.key = c.session \
         LEFT JOIN passages p ON p.id = coalesce(c.source_passage_id, \
              (SELECT q.id FROM passages q WHERE q.document_id = c.source_document_id \
               AND q.ordinal = c.source_passage_ordinal)) \
         LEFT JOIN documents d ON d.id = p.document_id \
         WHERE (:id IS NULL OR c.id = :id) \
         AND (:status IS NULL OR c.status = :status) \
         AND (NOT :overdue OR ({STILL_DUE} AND c.due_on < :today)) \
         AND (:due_by IS NULL OR ({STILL_DUE} AND (c.due_on <= :due_by \
              OR c.session = :due_session COLLATE NOCASE))) \
         AND (:topic IS NULL OR c.topic = :topic COLLATE NOCASE) \
         AND (:session IS NULL OR c.session = :session COLLATE NOCASE) \
         AND (:document IS NULL OR p.document_id = :document) \
         ORDER BY overdue DESC, c.due_on IS NULL, c.due_on, c.created_at DESC, c.id DESC"
    ))?;
    let rows = stmt.query_map(
        named_params! {
            ":today": today.to_string(),
            ":id": query.id,
            ":status": query.status.map(CommitmentStatus::as_str),
            ":overdue": query.overdue,
            ":due_by": query.due_by.map(|(day, _)| day.to_string()),
            ":due_session": query.due_by.map(|(_, key)| key),
            ":topic": query.topic,
            ":session": query.session,
            ":document": query.document_id,
        },
        commitment_from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One row of a commitment's history.
struct Change<'a> {
    change: ChangeKind,
    from: Option<String>,
    to: Option<String>,
    status: CommitmentStatus,
    note: Option<&'a str>,
}

fn insert_change(conn: &Connection, id: i64, change: &Change, at: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO commitment_history \
         (commitment_id, field, old_value, new_value, status, changed_at, note) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        id,
        change.change.as_str(),
        change.from,
        change.to,
        change.status.as_str(),
        at,
        change.note
    ])?;
    Ok(())
}

/// A commitment's fields as stored, to tell what a rewrite changes.
fn stored_fields(conn: &Connection, id: i64) -> Result<(CommitmentStatus, [Option<String>; 6])> {
    conn.prepare_cached(
        "SELECT status, text, kind, owner, due_on, session, topic FROM commitments WHERE id = ?1",
    )?
    .query_row([id], |r| {
        Ok((
            r.get::<_, Named<CommitmentStatus>>("status")?.0,
            [
                r.get("text")?,
                r.get("kind")?,
                r.get("owner")?,
                r.get("due_on")?,
                r.get("session")?,
                r.get("topic")?,
            ],
        ))
    })
    .optional()?
    .ok_or_else(|| not_found(id))
}

/// The fields a rewrite compares, in the order of `stored_fields`.
const FIELDS: [ChangeKind; 6] = [
    ChangeKind::Text,
    ChangeKind::Kind,
    ChangeKind::Owner,
    ChangeKind::DueOn,
    ChangeKind::Session,
    ChangeKind::Topic,
];

fn field_values(input: &CommitmentInput) -> [Option<String>; 6] {
    [
        Some(input.text.clone()),
        Some(input.kind.as_str().to_owned()),
        input.owner.clone(),
        input.due_on.map(|d| d.to_string()),
        input.session.clone(),
        input.topic.clone(),
    ]
}

/// A commitment's source passage (`?8`) is also stored by its document
/// and paragraph number, to find it again after a re-analysis.
const SOURCE_DOCUMENT: &str = "(SELECT document_id FROM passages WHERE id = ?8)";
const SOURCE_ORDINAL: &str = "(SELECT ordinal FROM passages WHERE id = ?8)";

impl Store {
    /// One commitment, overdue if still due before `today`.
    pub fn commitment(&self, id: i64, today: NaiveDate) -> Result<Commitment> {
        let query = CommitmentQuery {
            id: Some(id),
            ..Default::default()
        };
        commitments(&self.conn, &query, today)?
            .pop()
            .ok_or_else(|| not_found(id))
    }

    /// The commitments `query` lets through: overdue (against `today`)
    /// first, then by due date (none last), then newest first.
    pub fn commitments(
        &self,
        query: &CommitmentQuery,
        today: NaiveDate,
    ) -> Result<Vec<Commitment>> {
        commitments(&self.conn, query, today)
    }

    /// Adds an open commitment with the first row of its history (with
    /// `note`); when it is an accepted suggestion (`accepted`: its passage
    /// and sentence index), records that too, in the same transaction.
    pub fn add_commitment(
        &mut self,
        input: &CommitmentInput,
        accepted: Option<&SuggestedSentence>,
        note: Option<&str>,
    ) -> Result<i64> {
        let at = now();
        let tx = self.conn.transaction()?;
        tx.execute(
            &format!(
                "INSERT INTO commitments (key, text, kind, owner, status, due_on, session, topic, \
                 source_passage_id, source_document_id, source_passage_ordinal, created_at, \
                 updated_at) VALUES (?1, ?2, ?3, ?4, 'open', ?5, ?6, ?7, ?8, {SOURCE_DOCUMENT}, {SOURCE_ORDINAL}, ?9, ?9)"
            ),
            params![
                uuid::Uuid::new_v4().to_string(),
                input.text,
                input.kind.as_str(),
                input.owner,
                input.due_on.map(|d| d.to_string()),
                input.session,
                input.topic,
                input.source_passage_id,
                at
            ],
        )?;
        let id = tx.last_insert_rowid();
        let created = Change {
            change: ChangeKind::Created,
            from: None,
            to: None,
            status: CommitmentStatus::Open,
            note,
        };
        insert_change(&tx, id, &created, &at)?;
        if let Some(sentence) = accepted {
            decide(&tx, sentence, "accepted")?;
        }
        tx.commit()?;
        Ok(id)
    }

    /// Rewrites commitment `id`'s fields, its status left as it is, and
    /// keeps each field that changed in its history, with `note` on the
    /// last; a note with no change is kept on its own. Gives back whether
    /// anything was kept.
    pub fn rewrite_commitment(
        &mut self,
        id: i64,
        input: &CommitmentInput,
        note: Option<&str>,
    ) -> Result<bool> {
        let at = now();
        let tx = self.conn.transaction()?;
        let (status, stored) = stored_fields(&tx, id)?;
        let mut changes: Vec<Change> = FIELDS
            .iter()
            .zip(stored)
            .zip(field_values(input))
            .filter(|((_, before), after)| before != after)
            .map(|((change, from), to)| Change {
                change: *change,
                from,
                to,
                status,
                note: None,
            })
            .collect();
        if changes.is_empty() && note.is_some() {
            changes.push(Change {
                change: ChangeKind::Note,
                from: None,
                to: None,
                status,
                note: None,
            });
        }
        if let Some(last) = changes.last_mut() {
            last.note = note;
        }
        tx.execute(
            &format!(
                "UPDATE commitments SET text = ?2, kind = ?3, owner = ?4, due_on = ?5, \
                 session = ?6, topic = ?7, source_passage_id = ?8, \
                 source_document_id = {SOURCE_DOCUMENT}, source_passage_ordinal = {SOURCE_ORDINAL}, \
                 updated_at = CASE WHEN ?10 THEN ?9 ELSE updated_at END WHERE id = ?1"
            ),
            params![
                id,
                input.text,
                input.kind.as_str(),
                input.owner,
                input.due_on.map(|d| d.to_string()),
                input.session,
                input.topic,
                input.source_passage_id,
                at,
                !changes.is_empty()
            ],
        )?;
        for change in &changes {
            insert_change(&tx, id, change, &at)?;
        }
        tx.commit()?;
        Ok(!changes.is_empty())
    }

    /// Moves commitment `id` to `status`, adding the change to its history.
    pub fn set_commitment_status(
        &mut self,
        id: i64,
        status: CommitmentStatus,
        note: Option<&str>,
    ) -> Result<()> {
        let at = now();
        let tx = self.conn.transaction()?;
        let (before, _) = stored_fields(&tx, id)?;
        tx.execute(
            "UPDATE commitments SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, status.as_str(), at],
        )?;
        let change = Change {
            change: ChangeKind::Status,
            from: Some(before.as_str().to_owned()),
            to: Some(status.as_str().to_owned()),
            status,
            note,
        };
        insert_change(&tx, id, &change, &at)?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes a commitment with its history.
    pub fn delete_commitment(&mut self, id: i64) -> Result<()> {
        match self
            .conn
            .execute("DELETE FROM commitments WHERE id = ?1", [id])?
        {
            0 => Err(not_found(id)),
            _ => Ok(()),
        }
    }

    /// A commitment's history, oldest first.
    pub fn commitment_history(&self, id: i64) -> Result<Vec<CommitmentChange>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT field, old_value, new_value, status, changed_at, note FROM commitment_history \
             WHERE commitment_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(CommitmentChange {
                change: r.get::<_, Named<ChangeKind>>("field")?.0,
                from: r.get("old_value")?,
                to: r.get("new_value")?,
                status: r.get::<_, Named<CommitmentStatus>>("status")?.0,
                changed_at: r.get("changed_at")?,
                note: r.get("note")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A passage with its statement, as a commitment's source.
    pub fn commitment_source(&self, passage_id: i64) -> Result<CommitmentSource> {
        self.conn
            .prepare_cached(
                "SELECT p.id AS passage_id, p.document_id, d.title, d.speaker, d.date, \
                 p.text AS passage_text FROM passages p JOIN documents d ON d.id = p.document_id \
                 WHERE p.id = ?1",
            )?
            .query_row([passage_id], source_from_row)
            .optional()?
            .flatten()
            .ok_or(Error::NotFound {
                what: "passage",
                id: passage_id,
            })
    }

    /// The later passages that repeat passage `id` (its reuse links' other
    /// ends), each once with its best score, oldest statement first.
    pub fn repeats_of(&self, passage_id: i64) -> Result<Vec<CommitmentRepeat>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id AS passage_id, p.document_id, d.title, d.speaker, d.date, \
             p.text AS passage_text, max(l.score) AS score \
             FROM reuse_links l JOIN passages p ON p.id = l.target_passage_id \
             JOIN documents d ON d.id = p.document_id \
             WHERE l.source_passage_id = ?1 AND d.deleted_at IS NULL \
             GROUP BY p.id ORDER BY d.date IS NULL, d.date, score DESC, p.id",
        )?;
        let rows = stmt.query_map([passage_id], |r| {
            let score = r.get("score")?;
            Ok(source_from_row(r)?.map(|source| CommitmentRepeat { source, score }))
        })?;
        Ok(rows
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect())
    }
}
