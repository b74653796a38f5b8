//! The passages and sentences tables: writing a document's passages,
//! reading them back, a passage's provenance, and the substantive sentences
//! that reuse and the phrase bank read.

use super::columns::{offset, text_ref};
use super::{filter, Store};
use crate::model::{Error, Filter, Kind, Passage, PassageRole, Provenance, Result, Sentence};
use crate::text::tokens::has_cjk;
use crate::text::PassageDraft;
use rusqlite::{params, Connection};

/// A substantive sentence with what reuse needs to know of its document.
pub struct BodySentence<'a> {
    pub passage_id: i64,
    pub document_id: i64,
    pub date: Option<chrono::NaiveDate>,
    /// 1-based position in its passage.
    pub ordinal: u32,
    /// Byte range in the passage's text.
    pub range: std::ops::Range<usize>,
    pub passage_text: &'a str,
}

/// A substantive sentence as the phrase bank reads it.
pub struct PhraseSentence {
    pub document_id: i64,
    pub date: Option<String>,
    pub speaker: Option<String>,
    pub text: String,
}

/// Writes a document's passages (with the ids from `first_passage_id` on)
/// and their sentences. Their search index rows are written later, for a
/// whole batch at once (see `search_index::index_passages_after`).
pub(super) fn insert(
    conn: &Connection,
    document_id: i64,
    first_passage_id: i64,
    facets: &str,
    passages: &[PassageDraft],
) -> Result<()> {
    let mut passage = conn.prepare_cached(
        "INSERT INTO passages (id, document_id, ordinal, role, markdown, text, word_count, has_cjk, facets) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut sentence = conn.prepare_cached(
        "INSERT INTO sentences (passage_id, ordinal, start, end) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, p) in passages.iter().enumerate() {
        let passage_id = first_passage_id + i as i64;
        passage.execute(params![
            passage_id,
            document_id,
            p.ordinal,
            p.role.as_str(),
            // Stored only where formatting makes it differ from the text.
            if p.markdown == p.text {
                ""
            } else {
                &p.markdown
            },
            p.text,
            p.word_count as i64,
            has_cjk(&p.text),
            facets,
        ])?;
        for (j, s) in p.sentences.iter().enumerate() {
            sentence.execute(params![
                passage_id,
                j as i64 + 1,
                s.start as i64,
                s.end as i64
            ])?;
        }
    }
    Ok(())
}

/// The largest passage id in the library, 0 when there is none.
pub(super) fn last_passage_id(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT coalesce(max(id), 0) AS last FROM passages",
        [],
        |r| r.get("last"),
    )?)
}

/// A passage's provenance from a row naming its document's `document_id`,
/// `title`, `date`, `speaker` and `kind`, and its `passage_id` and `ordinal`.
pub(super) fn provenance_from_row(r: &rusqlite::Row) -> rusqlite::Result<Provenance> {
    let kind: Option<String> = r.get("kind")?;
    Ok(Provenance {
        document_id: r.get("document_id")?,
        title: r.get("title")?,
        date: r.get("date")?,
        speaker: r.get("speaker")?,
        kind: kind.and_then(|k| Kind::parse(&k).ok()),
        passage_id: r.get("passage_id")?,
        ordinal: r.get("ordinal")?,
    })
}

fn role(r: &rusqlite::Row) -> rusqlite::Result<PassageRole> {
    Ok(PassageRole::parse(&r.get::<_, String>("role")?).unwrap_or(PassageRole::Body))
}

impl Store {
    /// A document's passages with their sentences, in reading order.
    pub(super) fn passages_of(&self, document_id: i64) -> Result<Vec<Passage>> {
        let mut sentences_of = self.conn.prepare_cached(
            "SELECT start, end FROM sentences WHERE passage_id = ?1 ORDER BY ordinal",
        )?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, ordinal, role, CASE markdown WHEN '' THEN text ELSE markdown END AS markdown, \
             text, word_count FROM passages WHERE document_id = ?1 ORDER BY ordinal",
        )?;
        let mut passages = stmt
            .query_map([document_id], |r| {
                Ok(Passage {
                    id: r.get("id")?,
                    ordinal: r.get("ordinal")?,
                    role: role(r)?,
                    markdown: r.get("markdown")?,
                    text: r.get("text")?,
                    word_count: r.get("word_count")?,
                    sentences: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for p in &mut passages {
            p.sentences = sentences_of
                .query_map([p.id], |r| {
                    Ok(Sentence {
                        start: offset(r, "start")?,
                        end: offset(r, "end")?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
        }
        Ok(passages)
    }

    /// A passage's provenance and its text.
    pub fn provenance(&self, passage_id: i64) -> Result<(Provenance, String)> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id AS document_id, d.title, d.date, d.speaker, d.kind, p.id AS passage_id, p.ordinal, p.text \
             FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.id = ?1",
        )?;
        stmt.query_row(params![passage_id], |r| {
            Ok((provenance_from_row(r)?, r.get("text")?))
        })
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NotFound {
                what: "passage",
                id: passage_id,
            },
            other => other.into(),
        })
    }

    /// Visits every substantive sentence of the live documents (or of one
    /// document), grouped by passage, in passage order.
    pub fn body_sentences(
        &self,
        document: Option<i64>,
        mut visit: impl FnMut(&BodySentence),
    ) -> Result<()> {
        // One document's sentences are found through its passages' index;
        // `?1 IS NULL OR …` would make SQLite scan every sentence.
        let mut stmt = self.conn.prepare_cached(match document {
            Some(_) => {
                "SELECT s.passage_id, p.document_id, d.date, s.ordinal, s.start, s.end, p.text \
                 FROM passages p JOIN sentences s ON s.passage_id = p.id JOIN documents d ON d.id = p.document_id \
                 WHERE p.document_id = ?1 AND p.role = 'body' AND d.deleted_at IS NULL \
                 ORDER BY s.passage_id, s.ordinal"
            }
            None => {
                "SELECT s.passage_id, p.document_id, d.date, s.ordinal, s.start, s.end, p.text \
                 FROM sentences s JOIN passages p ON p.id = s.passage_id JOIN documents d ON d.id = p.document_id \
                 WHERE p.role = 'body' AND d.deleted_at IS NULL AND ?1 IS NULL \
                 ORDER BY s.passage_id, s.ordinal"
            }
        })?;
        // Every sentence of the library passes here when the reuse index is
        // built: columns are looked up by name once, not on every row, and
        // a document's date is read once, not for each of its sentences.
        let column = |name| stmt.column_index(name);
        let (passage, doc, date, ordinal, start, end, text) = (
            column("passage_id")?,
            column("document_id")?,
            column("date")?,
            column("ordinal")?,
            column("start")?,
            column("end")?,
            column("text")?,
        );
        let mut dated: Option<(i64, Option<chrono::NaiveDate>)> = None;
        let mut rows = stmt.query([document])?;
        while let Some(r) = rows.next()? {
            let document_id: i64 = r.get(doc)?;
            if dated.is_none_or(|(id, _)| id != document_id) {
                let day: Option<String> = r.get(date)?;
                dated = Some((document_id, day.and_then(|d| d.parse().ok())));
            }
            visit(&BodySentence {
                passage_id: r.get(passage)?,
                document_id,
                date: dated.and_then(|(_, day)| day),
                ordinal: r.get::<_, i64>(ordinal)? as u32,
                range: offset(r, start)?..offset(r, end)?,
                passage_text: text_ref(r, text)?,
            });
        }
        Ok(())
    }

    /// The substantive sentences of the documents a filter lets through,
    /// in document order.
    pub fn phrase_sentences(&self, filter: &Filter) -> Result<Vec<PhraseSentence>> {
        let (clause, values) = filter::where_clause(filter)?;
        let sql = format!(
            "SELECT d.id AS document_id, d.date, d.speaker, p.text, s.start, s.end FROM sentences s \
             JOIN passages p ON p.id = s.passage_id JOIN documents d ON d.id = p.document_id \
             WHERE p.role = 'body' AND d.deleted_at IS NULL {clause} ORDER BY d.id, p.ordinal, s.ordinal"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values), |r| {
            let passage = text_ref(r, "text")?;
            Ok(PhraseSentence {
                document_id: r.get("document_id")?,
                date: r.get("date")?,
                speaker: r.get("speaker")?,
                text: passage
                    .get(offset(r, "start")?..offset(r, "end")?)
                    .unwrap_or("")
                    .to_owned(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
