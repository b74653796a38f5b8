//! The commitment_suggestion_decisions table and what suggestions read:
//! the sentences of the statements' body passages, one sentence of a
//! passage, and the suggested sentences accepted or dismissed, kept by
//! passage and sentence index and by their document and words (which a
//! re-analysis keeps). Which sentence reads as a commitment is the
//! caller's business (`commitments`).

use super::columns::{now, offset, text_ref};
use super::Store;
use crate::model::Result;
use rusqlite::{params, Connection, OptionalExtension};

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
pub(super) fn decide(
    conn: &Connection,
    sentence: &SuggestedSentence,
    decision: &str,
) -> Result<()> {
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

impl Store {
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
            let start = offset(r, "start")?;
            let end = offset(r, "end")?;
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
                let range = offset(r, "start")?..offset(r, "end")?;
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
}
