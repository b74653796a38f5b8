//! Documents and their passages: writing an imported document in one
//! transaction, reading documents back, listing them with filters, and
//! correcting their metadata field by field.

use super::filter::Filter;
use super::Library;
use crate::error::{Error, Result};
use crate::import::{dates, front_matter, metadata, Metadata, Placement, PreparedDocument};
use crate::text::PassageRole;
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

/// The metadata fields a user or front matter can set.
pub const METADATA_FIELDS: &[&str] = &[
    "title",
    "kind",
    "speaker",
    "person",
    "function",
    "forum",
    "session",
    "agenda_item",
    "event",
    "place",
    "date",
    "language",
    "tags",
];

/// A document as listed: its metadata and counts, not its text.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct DocumentSummary {
    pub id: i64,
    pub key: String,
    #[serde(flatten)]
    pub metadata: Metadata,
    pub format: String,
    pub source_path: Option<String>,
    pub word_count: i64,
    pub passage_count: i64,
    pub imported_at: String,
    pub warnings: Vec<String>,
}

/// A document with its text and passages.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Document {
    #[serde(flatten)]
    pub summary: DocumentSummary,
    pub markdown: String,
    pub passages: Vec<Passage>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Passage {
    pub id: i64,
    pub ordinal: i64,
    pub role: PassageRole,
    pub markdown: String,
    pub text: String,
    pub word_count: i64,
    pub sentences: Vec<Sentence>,
}

/// A sentence as a byte range of its passage's text.
#[derive(Debug, Clone, Copy, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct LibraryStats {
    pub documents: i64,
    pub passages: i64,
    pub substantive_passages: i64,
    pub words: i64,
    pub speakers: i64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub by_kind: Vec<(String, i64)>,
    pub by_language: Vec<(String, i64)>,
}

const SUMMARY_COLUMNS: &str = "d.id, d.key, d.title, d.kind, d.speaker, d.person, d.function, d.forum, \
    d.session, d.agenda_item, d.event, d.place, d.date, d.language, d.format, d.source_path, \
    d.word_count, (SELECT count(*) FROM passages p WHERE p.document_id = d.id), d.imported_at, d.warnings, \
    (SELECT group_concat(t.name, char(31)) FROM document_topics dt JOIN topics t ON t.id = dt.topic_id WHERE dt.document_id = d.id)";

fn summary_from_row(row: &Row) -> rusqlite::Result<DocumentSummary> {
    let date: Option<String> = row.get(12)?;
    let warnings: String = row.get(19)?;
    let tags: Option<String> = row.get(20)?;
    Ok(DocumentSummary {
        id: row.get(0)?,
        key: row.get(1)?,
        metadata: Metadata {
            title: row.get(2)?,
            kind: row.get(3)?,
            speaker: row.get(4)?,
            person: row.get(5)?,
            function: row.get(6)?,
            forum: row.get(7)?,
            session: row.get(8)?,
            agenda_item: row.get(9)?,
            event: row.get(10)?,
            place: row.get(11)?,
            date: date.and_then(|d| d.parse().ok()),
            language: row.get(13)?,
            tags: tags
                .map(|t| t.split('\u{1f}').map(str::to_owned).collect())
                .unwrap_or_default(),
        },
        format: row.get(14)?,
        source_path: row.get(15)?,
        word_count: row.get(16)?,
        passage_count: row.get(17)?,
        imported_at: row.get(18)?,
        warnings: serde_json::from_str(&warnings).unwrap_or_default(),
    })
}

pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

impl Library {
    /// Writes a new document, its passages, sentences and reuse links under
    /// the ids the import chose for it, in one savepoint inside the
    /// import's batch (see `import`).
    pub(crate) fn insert_document(
        &mut self,
        doc: &PreparedDocument,
        placement: &Placement,
    ) -> Result<()> {
        let tx = self.conn.savepoint()?;
        let m = &doc.metadata;
        let document_id = placement.document_id;
        let words: usize = doc.passages.iter().map(|p| p.word_count).sum();
        let now = now();
        tx.prepare_cached(
            "INSERT INTO documents (id, key, content_hash, source_path, format, title, kind, speaker, person, \
             function, forum, session, agenda_item, event, place, date, language, \
             word_count, warnings, imported_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?20)",
        )?
        .execute(params![
            document_id,
            uuid::Uuid::new_v4().to_string(),
            doc.content_hash,
            doc.source_path,
            doc.format.as_str(),
            m.title,
            m.kind,
            m.speaker,
            m.person,
            m.function,
            m.forum,
            m.session,
            m.agenda_item,
            m.event,
            m.place,
            m.date.map(|d| d.to_string()),
            m.language,
            words as i64,
            serde_json::to_string(&doc.warnings).unwrap_or_default(),
            now,
        ])?;
        tx.prepare_cached("INSERT INTO document_texts (document_id, markdown) VALUES (?1, ?2)")?
            .execute(params![document_id, doc.markdown])?;
        if !m.tags.is_empty() {
            set_tags(&tx, document_id, &m.tags)?;
        }
        let facets = super::facets::document_facets(&tx, document_id, m)?;
        write_passages(&tx, document_id, placement.first_passage_id, &facets, doc)?;
        crate::reuse::store_links(&tx, &placement.links)?;
        tx.commit()?;
        Ok(())
    }

    /// One document with its passages.
    pub fn document(&self, id: i64) -> Result<Document> {
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS}, t.markdown FROM documents d JOIN document_texts t ON t.document_id = d.id \
             WHERE d.id = ?1 AND d.deleted_at IS NULL"
        );
        let (summary, markdown) = self
            .conn
            .query_row(&sql, [id], |r| {
                Ok((summary_from_row(r)?, r.get::<_, String>(21)?))
            })
            .optional()?
            .ok_or(Error::NotFound {
                what: "document",
                id,
            })?;
        let mut sentences_of = self.conn.prepare_cached(
            "SELECT start, end FROM sentences WHERE passage_id = ?1 ORDER BY ordinal",
        )?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, ordinal, role, CASE markdown WHEN '' THEN text ELSE markdown END, text, word_count \
             FROM passages WHERE document_id = ?1 ORDER BY ordinal",
        )?;
        let mut passages = stmt
            .query_map([id], |r| {
                Ok(Passage {
                    id: r.get(0)?,
                    ordinal: r.get(1)?,
                    role: PassageRole::parse(&r.get::<_, String>(2)?).unwrap_or(PassageRole::Body),
                    markdown: r.get(3)?,
                    text: r.get(4)?,
                    word_count: r.get(5)?,
                    sentences: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for p in &mut passages {
            p.sentences = sentences_of
                .query_map([p.id], |r| {
                    Ok(Sentence {
                        start: r.get::<_, i64>(0)? as usize,
                        end: r.get::<_, i64>(1)? as usize,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
        }
        Ok(Document {
            summary,
            markdown,
            passages,
        })
    }

    /// `NotFound` unless the document exists and is not deleted.
    pub(crate) fn document_exists(&self, id: i64) -> Result<()> {
        let found: bool = self.conn.query_row(
            "SELECT count(*) FROM documents WHERE id = ?1 AND deleted_at IS NULL",
            [id],
            |r| r.get(0),
        )?;
        if found {
            Ok(())
        } else {
            Err(Error::NotFound {
                what: "document",
                id,
            })
        }
    }

    /// Summaries of the given documents, in the order given.
    pub(crate) fn summaries(&self, ids: &[i64]) -> Result<Vec<DocumentSummary>> {
        let sql = format!("SELECT {SUMMARY_COLUMNS} FROM documents d WHERE d.id = ?1");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        ids.iter()
            .map(|id| Ok(stmt.query_row([id], summary_from_row)?))
            .collect()
    }

    /// Documents matching `filter`, newest first.
    pub fn documents(&self, filter: &Filter) -> Result<Vec<DocumentSummary>> {
        let (clause, values) = filter.where_clause()?;
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM documents d WHERE d.deleted_at IS NULL {clause} \
             ORDER BY d.date IS NULL, d.date DESC, d.id DESC"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values), summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Corrects one metadata field; `None` or an empty value clears it. The
    /// field is marked as set by the user, so no heuristic overrides it.
    pub fn update_metadata(
        &mut self,
        id: i64,
        field: &str,
        value: Option<&str>,
    ) -> Result<DocumentSummary> {
        let value = value.map(str::trim).filter(|v| !v.is_empty());
        if !METADATA_FIELDS.contains(&field) {
            return Err(Error::field(
                field,
                format!(
                    "not a metadata field; use one of {}",
                    METADATA_FIELDS.join(", ")
                ),
            ));
        }
        let stored: Option<String> = match (field, value) {
            (_, None) => None,
            ("date", Some(v)) => Some(
                dates::parse_date(v)
                    .ok_or_else(|| {
                        Error::field(
                            "date",
                            format!("'{v}' is not a date (write 2021-12-13 or 13 December 2021)"),
                        )
                    })?
                    .to_string(),
            ),
            ("kind", Some(v)) if !metadata::KINDS.contains(&v) => {
                return Err(Error::field(
                    "kind",
                    format!("'{v}' is not one of {}", metadata::KINDS.join(", ")),
                ))
            }
            ("language", Some(v)) => {
                Some(front_matter::language_code(v).map_err(|p| Error::field("language", p))?)
            }
            (_, Some(v)) => Some(v.to_owned()),
        };
        let tx = self.conn.transaction()?;
        let exists: bool = tx.query_row(
            "SELECT count(*) FROM documents WHERE id = ?1 AND deleted_at IS NULL",
            [id],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(Error::NotFound {
                what: "document",
                id,
            });
        }
        if field == "tags" {
            let tags: Vec<String> = stored
                .iter()
                .flat_map(|t| t.split(','))
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty())
                .collect();
            tx.execute("DELETE FROM document_topics WHERE document_id = ?1", [id])?;
            set_tags(&tx, id, &tags)?;
        } else {
            // `field` is one of METADATA_FIELDS, checked above, so it is safe as a column name.
            tx.execute(
                &format!("UPDATE documents SET {field} = ?1, updated_at = ?2 WHERE id = ?3"),
                params![stored, now(), id],
            )?;
        }
        tx.execute(
            "INSERT OR REPLACE INTO document_field_sources (document_id, field, source) VALUES (?1, ?2, 'user')",
            params![id, field],
        )?;
        let sql = format!("SELECT {SUMMARY_COLUMNS} FROM documents d WHERE d.id = ?1");
        let summary = tx.query_row(&sql, [id], summary_from_row)?;
        super::facets::refresh_document(&tx, id, &summary.metadata)?;
        tx.commit()?;
        Ok(summary)
    }

    /// Counts for `plenary stats` and the library view.
    pub fn stats(&self) -> Result<LibraryStats> {
        let c = &self.conn;
        let live = "FROM documents WHERE deleted_at IS NULL";
        let grouped = |column: &str| -> Result<Vec<(String, i64)>> {
            let sql = format!("SELECT coalesce({column}, 'unknown'), count(*) {live} GROUP BY 1 ORDER BY 2 DESC, 1");
            let mut stmt = c.prepare(&sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let (documents, words, speakers, first_date, last_date) = c.query_row(
            &format!("SELECT count(*), coalesce(sum(word_count), 0), count(DISTINCT speaker), min(date), max(date) {live}"),
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
        let (passages, substantive) = c.query_row(
            "SELECT count(*), coalesce(sum(p.role = 'body'), 0) FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.deleted_at IS NULL",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(LibraryStats {
            documents,
            passages,
            substantive_passages: substantive,
            words,
            speakers,
            first_date,
            last_date,
            by_kind: grouped("kind")?,
            by_language: grouped("language")?,
        })
    }
}

/// Writes a document's passages (with the ids from `first_passage_id` on),
/// their sentences, and which fields came from front matter. Their search
/// index rows are written later, for a whole batch at once, by
/// `index_passages_after`.
fn write_passages(
    conn: &rusqlite::Connection,
    document_id: i64,
    first_passage_id: i64,
    facets: &str,
    doc: &PreparedDocument,
) -> Result<()> {
    let mut passage = conn.prepare_cached(
        "INSERT INTO passages (id, document_id, ordinal, role, markdown, text, word_count, has_cjk, facets) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut sentence = conn.prepare_cached(
        "INSERT INTO sentences (passage_id, ordinal, start, end) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, p) in doc.passages.iter().enumerate() {
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
            crate::text::tokens::has_cjk(&p.text),
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
    let mut source = conn.prepare_cached(
        "INSERT INTO document_field_sources (document_id, field, source) VALUES (?1, ?2, 'front_matter')",
    )?;
    for field in &doc.front_matter_fields {
        source.execute(params![document_id, field])?;
    }
    Ok(())
}

/// Adds the passages written since `after_id` (the largest passage id
/// before the batch) to the word index, and those in Chinese or Japanese to
/// the trigram index: one statement per index for a whole batch, because
/// FTS5 writes out its pending terms at every statement savepoint, and a
/// row-by-row trigger made one index segment per passage.
pub(crate) fn index_passages_after(conn: &rusqlite::Connection, after_id: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO passages_fts (rowid, text, facets) SELECT id, text, facets FROM passages WHERE id > ?1",
    )?
    .execute([after_id])?;
    conn.prepare_cached(
        "INSERT INTO passages_trigram (rowid, text) SELECT id, text FROM passages WHERE id > ?1 AND has_cjk",
    )?
    .execute([after_id])?;
    Ok(())
}

/// Every document's content hash, with its id: how an import knows a
/// duplicate before it writes anything.
pub(crate) fn content_hashes(
    conn: &rusqlite::Connection,
) -> Result<rustc_hash::FxHashMap<String, i64>> {
    let mut stmt = conn.prepare("SELECT content_hash, id FROM documents")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The largest passage id in the library, 0 when there is none.
pub(crate) fn last_passage_id(conn: &rusqlite::Connection) -> Result<i64> {
    Ok(
        conn.query_row("SELECT coalesce(max(id), 0) FROM passages", [], |r| {
            r.get(0)
        })?,
    )
}

/// Links a document to its tags, creating topics for new tag names.
fn set_tags(conn: &rusqlite::Connection, document_id: i64, tags: &[String]) -> Result<()> {
    for tag in tags {
        let key: String = tag
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        conn.execute(
            "INSERT OR IGNORE INTO topics (key, name) VALUES (?1, ?2)",
            params![key, tag],
        )?;
        conn.execute(
            "INSERT OR IGNORE INTO document_topics (document_id, topic_id) SELECT ?1, id FROM topics WHERE name = ?2 OR key = ?3",
            params![document_id, tag, key],
        )?;
    }
    Ok(())
}
