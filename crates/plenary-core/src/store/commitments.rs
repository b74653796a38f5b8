//! The commitments, commitment_status_history and
//! commitment_suggestion_decisions tables: the delegation's commitments,
//! each status change kept with its date and note (the first row being the
//! status it was created with), and the suggested sentences accepted or
//! dismissed, by passage and sentence index and by their document and
//! words (which a re-analysis keeps). A commitment is read with its source
//! passage and statement (found again by its document and paragraph
//! number when a re-analysis rewrote the passages), and flagged overdue
//! against a day the caller gives. The statements' sentences that suggestions are read from,
//! and the later passages that repeat a source (its reuse links), are read
//! here too. Which values are acceptable is the caller's business (`desk`).

use super::columns::{now, text_ref, Day, Named};
use super::Store;
use crate::model::{
    Commitment, CommitmentInput, CommitmentKind, CommitmentRepeat, CommitmentSource,
    CommitmentStatus, Error, Result, StatusChange,
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

/// A sentence of a statement's body passage, as suggestions read it.
pub struct StatementSentence<'a> {
    pub passage_id: i64,
    pub document_id: i64,
    /// The document's date, `YYYY-MM-DD`.
    pub date: Option<&'a str>,
    pub speaker: Option<&'a str>,
    /// 1-based position in its passage.
    pub ordinal: u32,
    pub text: &'a str,
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
        text: r.get("text")?,
        kind: r.get::<_, Named<CommitmentKind>>("kind")?.0,
        owner: r.get("owner")?,
        status: r.get::<_, Named<CommitmentStatus>>("status")?.0,
        due_on: r.get::<_, Option<Day>>("due_on")?.map(|d| d.0),
        session: r.get("session")?,
        topic: r.get("topic")?,
        source: source_from_row(r)?,
        overdue: r.get("overdue")?,
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
        "SELECT c.id, c.text, c.kind, c.owner, c.status, c.due_on, c.session, c.topic, \
         c.created_at, c.updated_at, p.id AS passage_id, p.document_id, d.title, d.speaker, \
         d.date, p.text AS passage_text, \
         coalesce({STILL_DUE} AND c.due_on < :today, 0) AS overdue \
         FROM commitments c LEFT JOIN passages p ON p.id = coalesce(c.source_passage_id, \
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

fn insert_status(
    conn: &Connection,
    id: i64,
    status: CommitmentStatus,
    note: Option<&str>,
    at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO commitment_status_history (commitment_id, status, changed_at, note) \
         VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![id, status.as_str(), at, note])?;
    Ok(())
}

/// A suggested sentence: where it is, and its document and words, by
/// which a decision on it is kept.
#[derive(Debug, Clone, Copy)]
pub struct SuggestedSentence<'a> {
    pub passage_id: i64,
    pub sentence_index: u32,
    pub document_id: i64,
    pub text: &'a str,
}

/// Records a decision on a suggestion: an acceptance replaces a dismissal,
/// a dismissal leaves an acceptance as it was.
fn decide(conn: &Connection, sentence: &SuggestedSentence, decision: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO commitment_suggestion_decisions \
         (passage_id, sentence_index, document_id, sentence, decision, decided_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
         ON CONFLICT (document_id, sentence) DO UPDATE SET passage_id = excluded.passage_id, \
         sentence_index = excluded.sentence_index, decision = excluded.decision, \
         decided_at = excluded.decided_at WHERE excluded.decision = 'accepted'",
    )?
    .execute(params![
        sentence.passage_id,
        sentence.sentence_index,
        sentence.document_id,
        sentence.text,
        decision,
        now()
    ])?;
    Ok(())
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

    /// Adds an open commitment with the first row of its history; when it
    /// is an accepted suggestion (`accepted`: its passage and sentence
    /// index), records that too, in the same transaction.
    pub fn add_commitment(
        &mut self,
        input: &CommitmentInput,
        accepted: Option<&SuggestedSentence>,
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
        insert_status(&tx, id, CommitmentStatus::Open, None, &at)?;
        if let Some(sentence) = accepted {
            decide(&tx, sentence, "accepted")?;
        }
        tx.commit()?;
        Ok(id)
    }

    /// Rewrites commitment `id`'s fields; its status is left as it is.
    pub fn rewrite_commitment(&mut self, id: i64, input: &CommitmentInput) -> Result<()> {
        let changed = self.conn.execute(
            &format!(
                "UPDATE commitments SET text = ?2, kind = ?3, owner = ?4, due_on = ?5, \
                 session = ?6, topic = ?7, source_passage_id = ?8, \
                 source_document_id = {SOURCE_DOCUMENT}, source_passage_ordinal = {SOURCE_ORDINAL}, \
                 updated_at = ?9 WHERE id = ?1"
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
                now()
            ],
        )?;
        match changed {
            0 => Err(not_found(id)),
            _ => Ok(()),
        }
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
        let changed = tx.execute(
            "UPDATE commitments SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, status.as_str(), at],
        )?;
        if changed == 0 {
            return Err(not_found(id));
        }
        insert_status(&tx, id, status, note, &at)?;
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

    /// A commitment's status changes, oldest first.
    pub fn commitment_history(&self, id: i64) -> Result<Vec<StatusChange>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT status, changed_at, note FROM commitment_status_history \
             WHERE commitment_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(StatusChange {
                status: r.get::<_, Named<CommitmentStatus>>("status")?.0,
                changed_at: r.get("changed_at")?,
                note: r.get("note")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records that the suggestion of a sentence was dismissed.
    pub fn dismiss_suggestion(&mut self, sentence: &SuggestedSentence) -> Result<()> {
        decide(&self.conn, sentence, "dismissed")
    }

    /// The sentences whose suggestion was accepted or dismissed.
    pub fn decided_sentences(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT sentence FROM commitment_suggestion_decisions")?;
        let rows = stmt.query_map([], |r| r.get("sentence"))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Visits each sentence of the body passages of the live statements
    /// (of `speaker`, ignoring case, when given), leaving out reports,
    /// which hold agreed text rather than a delegation's words.
    pub fn statement_sentences(
        &self,
        speaker: Option<&str>,
        mut visit: impl FnMut(&StatementSentence),
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.passage_id, p.document_id, d.date, d.speaker, s.ordinal, s.start, s.end, \
             p.text \
             FROM sentences s JOIN passages p ON p.id = s.passage_id \
             JOIN documents d ON d.id = p.document_id \
             WHERE p.role = 'body' AND d.deleted_at IS NULL AND coalesce(d.kind, '') <> 'report' \
             AND (?1 IS NULL OR d.speaker = ?1 COLLATE NOCASE) \
             ORDER BY s.passage_id, s.ordinal",
        )?;
        let mut rows = stmt.query([speaker])?;
        while let Some(r) = rows.next()? {
            let passage = text_ref(r, "text")?;
            let start = super::columns::offset(r, "start")?;
            let end = super::columns::offset(r, "end")?;
            visit(&StatementSentence {
                passage_id: r.get("passage_id")?,
                document_id: r.get("document_id")?,
                date: r.get_ref("date")?.as_str_or_null().ok().flatten(),
                speaker: r.get_ref("speaker")?.as_str_or_null().ok().flatten(),
                ordinal: r.get("ordinal")?,
                text: passage.get(start..end).unwrap_or(""),
            });
        }
        Ok(())
    }

    /// Sentence `ordinal` (1-based) of passage `passage_id`, if it has one.
    pub fn passage_sentence(&self, passage_id: i64, ordinal: u32) -> Result<Option<String>> {
        let sentence = self
            .conn
            .prepare_cached(
                "SELECT p.text, s.start, s.end FROM sentences s JOIN passages p \
                 ON p.id = s.passage_id WHERE s.passage_id = ?1 AND s.ordinal = ?2",
            )?
            .query_row(params![passage_id, ordinal], |r| {
                let text = text_ref(r, "text")?;
                let range = super::columns::offset(r, "start")?..super::columns::offset(r, "end")?;
                Ok(text.get(range).unwrap_or("").to_owned())
            })
            .optional()?;
        Ok(sentence)
    }

    /// Whether the suggestion of a sentence was accepted or dismissed, if
    /// either.
    pub fn suggestion_decision(&self, sentence: &SuggestedSentence) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT decision FROM commitment_suggestion_decisions \
                 WHERE document_id = ?1 AND sentence = ?2",
            )?
            .query_row(params![sentence.document_id, sentence.text], |r| {
                r.get("decision")
            })
            .optional()?)
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
