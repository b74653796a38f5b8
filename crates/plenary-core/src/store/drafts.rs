//! The drafts table and what hangs off a draft: its revisions (saved states
//! of its body, `draft_revisions`) and the insertions of earlier language
//! or talking points into it (`draft_insertions`). Creating, listing,
//! reading, autosaving and correcting drafts; when a revision is kept is
//! the caller's decision (`draft::revisions`), made here in one
//! transaction with the body it keeps.

use super::columns::now;
use super::passages::provenance_from_row;
use super::Store;
use crate::model::{
    Draft, DraftSource, DraftStatus, DraftSummary, Error, Insertion, Language, Result, Revision,
};
use rusqlite::{params, Connection, OptionalExtension, Row};

/// A draft about to be created.
pub struct NewDraft<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub words: i64,
    pub language: Language,
}

/// A draft's field as a column, so that no caller's text names a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftColumn {
    Title,
    Session,
    Topic,
    Language,
    TargetMinutes,
    Status,
}

impl DraftColumn {
    fn name(self) -> &'static str {
        match self {
            DraftColumn::Title => "title",
            DraftColumn::Session => "session",
            DraftColumn::Topic => "topic",
            DraftColumn::Language => "language",
            DraftColumn::TargetMinutes => "target_minutes",
            DraftColumn::Status => "status",
        }
    }
}

/// A value for a `DraftColumn`.
pub enum DraftValue<'a> {
    Text(Option<&'a str>),
    Number(f64),
}

/// An insertion about to be recorded, its source already checked.
pub enum NewInsertion<'a> {
    Passage {
        passage_id: i64,
        text: &'a str,
        score: Option<f64>,
    },
    TalkingPoint {
        id: i64,
        text: &'a str,
        score: Option<f64>,
    },
}

/// The most recent revision of a draft.
pub struct LastRevision {
    pub saved_at: String,
}

/// A draft's summary columns, with whether a cleared draft's body is no
/// longer that of the revision its latest clearance names (a draft marked
/// cleared before clearances were recorded has none to differ from).
const SUMMARY_COLUMNS: &str =
    "id, title, language, session, topic, status, target_minutes, words, updated_at, \
     (status = 'cleared' AND ifnull((SELECT r.body FROM draft_clearances c \
       JOIN draft_revisions r ON r.id = c.revision_id WHERE c.draft_id = drafts.id \
       ORDER BY c.id DESC LIMIT 1), body) IS NOT body) AS changed_since_cleared";

fn not_found(id: i64) -> Error {
    Error::NotFound { what: "draft", id }
}

fn summary_from_row(r: &Row) -> rusqlite::Result<DraftSummary> {
    let status: String = r.get("status")?;
    let language: Option<String> = r.get("language")?;
    Ok(DraftSummary {
        id: r.get("id")?,
        title: r.get("title")?,
        // The column's CHECK holds it to the six codes.
        language: language.and_then(|code| Language::parse(&code).ok()),
        session: r.get("session")?,
        topic: r.get("topic")?,
        status: DraftStatus::parse(&status).unwrap_or(DraftStatus::Drafting),
        target_minutes: r.get("target_minutes")?,
        words: r.get("words")?,
        updated_at: r.get("updated_at")?,
        changed_since_cleared: r.get("changed_since_cleared")?,
    })
}

/// Saves the draft's stored body as its next revision, unless its latest
/// revision holds the same text.
pub(super) fn keep_revision(conn: &Connection, draft_id: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO draft_revisions (draft_id, number, body, words, saved_at) \
         SELECT d.id, coalesce((SELECT max(number) FROM draft_revisions WHERE draft_id = d.id), 0) + 1, \
         d.body, d.words, ?2 FROM drafts d WHERE d.id = ?1 AND d.body IS NOT \
         (SELECT body FROM draft_revisions WHERE draft_id = d.id ORDER BY number DESC LIMIT 1)",
    )?
    .execute(params![draft_id, now()])?;
    Ok(())
}

fn exists(conn: &Connection, id: i64) -> Result<()> {
    let found: bool = conn
        .prepare_cached("SELECT count(*) AS n FROM drafts WHERE id = ?1")?
        .query_row([id], |r| r.get("n"))?;
    found.then_some(()).ok_or_else(|| not_found(id))
}

impl Store {
    /// Creates a draft in the drafting status, with its body as revision 1.
    pub fn create_draft(&mut self, draft: &NewDraft) -> Result<i64> {
        let tx = self.conn.transaction()?;
        let at = now();
        tx.execute(
            "INSERT INTO drafts (key, title, body, words, language, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![
                uuid::Uuid::new_v4().to_string(),
                draft.title,
                draft.body,
                draft.words,
                draft.language.code(),
                at
            ],
        )?;
        let id = tx.last_insert_rowid();
        keep_revision(&tx, id)?;
        tx.commit()?;
        Ok(id)
    }

    /// Every draft, by session (none last), then status (drafting, sent to
    /// capital, cleared, delivered), then the most recently changed first.
    pub fn draft_summaries(&self) -> Result<Vec<DraftSummary>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM drafts ORDER BY session IS NULL, session COLLATE NOCASE, \
             CASE status WHEN 'drafting' THEN 0 WHEN 'sent_to_capital' THEN 1 \
             WHEN 'cleared' THEN 2 ELSE 3 END, \
             updated_at DESC, id DESC"
        ))?;
        let rows = stmt.query_map([], summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One draft's summary.
    pub fn draft_summary(&self, id: i64) -> Result<DraftSummary> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {SUMMARY_COLUMNS} FROM drafts WHERE id = ?1"
            ))?
            .query_row([id], summary_from_row)
            .optional()?
            .ok_or_else(|| not_found(id))
    }

    /// One draft with its body and insertions.
    pub fn draft(&self, id: i64) -> Result<Draft> {
        let (summary, body, created_at, delivered_document) = self
            .conn
            .prepare_cached(&format!(
                "SELECT {SUMMARY_COLUMNS}, body, created_at, delivered_document_id \
                 FROM drafts WHERE id = ?1"
            ))?
            .query_row([id], |r| {
                Ok((
                    summary_from_row(r)?,
                    r.get("body")?,
                    r.get("created_at")?,
                    r.get("delivered_document_id")?,
                ))
            })
            .optional()?
            .ok_or_else(|| not_found(id))?;
        let clearance = match summary.status {
            DraftStatus::Cleared | DraftStatus::Delivered => self.latest_clearance(id)?,
            DraftStatus::Drafting | DraftStatus::SentToCapital => None,
        };
        Ok(Draft {
            summary,
            body,
            created_at,
            delivered_document,
            clearance,
            insertions: self.insertions(id)?,
        })
    }

    /// A draft's insertions, oldest first. A passage rewritten by a
    /// re-analysis is found again by its document and paragraph number;
    /// an insertion whose passage is gone altogether is left out.
    fn insertions(&self, draft_id: i64) -> Result<Vec<Insertion>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT i.id AS insertion_id, i.source_kind, i.talking_point_id, \
             coalesce(t.title, i.talking_point_title, '') AS point_title, i.text AS inserted_text, \
             i.score, i.inserted_at, d.id AS document_id, d.title, d.date, d.speaker, d.kind, \
             p.id AS passage_id, p.ordinal \
             FROM draft_insertions i \
             LEFT JOIN passages p ON p.id = coalesce(i.passage_id, \
               (SELECT q.id FROM passages q WHERE q.document_id = i.document_id AND q.ordinal = i.passage_ordinal)) \
             LEFT JOIN documents d ON d.id = p.document_id \
             LEFT JOIN talking_points t ON t.id = i.talking_point_id \
             WHERE i.draft_id = ?1 ORDER BY i.id",
        )?;
        let rows = stmt.query_map([draft_id], |r| {
            let source = match r.get::<_, String>("source_kind")?.as_str() {
                "talking_point" => DraftSource::TalkingPoint {
                    id: r.get("talking_point_id")?,
                    title: r.get("point_title")?,
                },
                _ if r.get::<_, Option<i64>>("passage_id")?.is_none() => return Ok(None),
                _ => DraftSource::Passage {
                    provenance: provenance_from_row(r)?,
                },
            };
            Ok(Some(Insertion {
                id: r.get("insertion_id")?,
                source,
                text: r.get("inserted_text")?,
                score: r.get("score")?,
                inserted_at: r.get("inserted_at")?,
            }))
        })?;
        let rows = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows.into_iter().flatten().collect())
    }

    /// Stores a draft's body (autosave). With `revision`, the new body is
    /// also kept as a revision, unless the latest one holds the same text.
    pub fn save_draft_body(
        &mut self,
        id: i64,
        body: &str,
        words: i64,
        revision: bool,
    ) -> Result<DraftSummary> {
        let tx = self.conn.transaction()?;
        let changed = tx
            .prepare_cached(
                "UPDATE drafts SET body = ?2, words = ?3, updated_at = ?4 WHERE id = ?1",
            )?
            .execute(params![id, body, words, now()])?;
        if changed == 0 {
            return Err(not_found(id));
        }
        if revision {
            keep_revision(&tx, id)?;
        }
        tx.commit()?;
        self.draft_summary(id)
    }

    /// Keeps a draft's stored body as a revision (before it is replaced by
    /// an earlier one, or before an insertion), unless the latest revision
    /// holds the same text.
    pub fn keep_draft_revision(&mut self, id: i64) -> Result<()> {
        exists(&self.conn, id)?;
        keep_revision(&self.conn, id)
    }

    /// When the draft's latest revision was saved, if it has one.
    pub fn last_draft_revision(&self, draft_id: i64) -> Result<Option<LastRevision>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT saved_at FROM draft_revisions WHERE draft_id = ?1 ORDER BY number DESC LIMIT 1",
            )?
            .query_row([draft_id], |r| {
                Ok(LastRevision {
                    saved_at: r.get("saved_at")?,
                })
            })
            .optional()?)
    }

    /// Sets one field of a draft.
    pub fn set_draft_field(
        &mut self,
        id: i64,
        column: DraftColumn,
        value: DraftValue,
    ) -> Result<()> {
        // The column name comes from `DraftColumn`, never from the caller's text.
        let sql = format!(
            "UPDATE drafts SET {} = ?2, updated_at = ?3 WHERE id = ?1",
            column.name()
        );
        let changed = match value {
            DraftValue::Text(text) => self.conn.execute(&sql, params![id, text, now()])?,
            DraftValue::Number(n) => self.conn.execute(&sql, params![id, n, now()])?,
        };
        match changed {
            0 => Err(not_found(id)),
            _ => Ok(()),
        }
    }

    /// Marks a draft delivered as document `document_id`.
    pub fn set_draft_delivered(&mut self, id: i64, document_id: i64) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE drafts SET status = 'delivered', delivered_document_id = ?2, updated_at = ?3 \
             WHERE id = ?1",
            params![id, document_id, now()],
        )?;
        match changed {
            0 => Err(not_found(id)),
            _ => Ok(()),
        }
    }

    /// Deletes a draft with its revisions and insertions.
    pub fn delete_draft(&mut self, id: i64) -> Result<()> {
        match self
            .conn
            .execute("DELETE FROM drafts WHERE id = ?1", [id])?
        {
            0 => Err(not_found(id)),
            _ => Ok(()),
        }
    }

    /// A draft's revisions, newest first.
    pub fn draft_revisions(&self, draft_id: i64) -> Result<Vec<Revision>> {
        exists(&self.conn, draft_id)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, number, words, saved_at FROM draft_revisions WHERE draft_id = ?1 \
             ORDER BY number DESC",
        )?;
        let rows = stmt.query_map([draft_id], |r| {
            Ok(Revision {
                id: r.get("id")?,
                number: r.get("number")?,
                words: r.get("words")?,
                saved_at: r.get("saved_at")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The body a revision of the draft holds.
    pub fn revision_body(&self, draft_id: i64, revision_id: i64) -> Result<String> {
        exists(&self.conn, draft_id)?;
        self.conn
            .prepare_cached("SELECT body FROM draft_revisions WHERE id = ?2 AND draft_id = ?1")?
            .query_row(params![draft_id, revision_id], |r| r.get("body"))
            .optional()?
            .ok_or(Error::NotFound {
                what: "revision of this draft",
                id: revision_id,
            })
    }

    /// Records an insertion into a draft.
    pub fn add_insertion(&mut self, draft_id: i64, insertion: &NewInsertion) -> Result<()> {
        exists(&self.conn, draft_id)?;
        let at = now();
        let (written, what, source_id) = match *insertion {
            NewInsertion::Passage {
                passage_id,
                text,
                score,
            } => (
                self.conn.execute(
                "INSERT INTO draft_insertions (draft_id, source_kind, passage_id, document_id, \
                 passage_ordinal, text, score, inserted_at) \
                 SELECT ?1, 'passage', p.id, p.document_id, p.ordinal, ?3, ?4, ?5 \
                 FROM passages p WHERE p.id = ?2",
                params![draft_id, passage_id, text, score, at],
            )?,
                "passage",
                passage_id,
            ),
            NewInsertion::TalkingPoint { id, text, score } => (
                self.conn.execute(
                "INSERT INTO draft_insertions (draft_id, source_kind, talking_point_id, \
                 talking_point_title, text, score, inserted_at) \
                 SELECT ?1, 'talking_point', t.id, t.title, ?3, ?4, ?5 \
                 FROM talking_points t WHERE t.id = ?2",
                params![draft_id, id, text, score, at],
            )?,
                "talking point",
                id,
            ),
        };
        match written {
            0 => Err(Error::NotFound {
                what,
                id: source_id,
            }),
            _ => Ok(()),
        }
    }
}
