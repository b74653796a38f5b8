//! The documents table and the tables that hang off one document: its text
//! (`document_texts`), its topics (`topics`, `document_topics`) and where
//! each metadata field came from (`document_field_sources`), and which
//! fields a heuristic inferred rather than read (`document_inferred_fields`). Writing a new
//! document, reading documents back by column name, listing them with
//! filters, correcting one field, and the library's counts.

use super::columns::{now, read_field};
use super::{facets, filter, Store};
use crate::model::{
    Document, DocumentSummary, Error, Field, Layout, LibraryStats, Metadata, Result,
};
use crate::text::PassageDraft;
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row};
use std::sync::OnceLock;

/// A document about to be written, under the ids an import chose for it.
pub struct NewDocument<'a> {
    pub id: i64,
    pub first_passage_id: i64,
    pub source_path: &'a str,
    pub format: &'a str,
    pub content_hash: &'a str,
    pub markdown: &'a str,
    pub layout: Layout,
    pub metadata: &'a Metadata,
    pub passages: &'a [PassageDraft],
    /// Fields that came from front matter rather than heuristics.
    pub front_matter_fields: &'a [Field],
    /// Fields a heuristic inferred from context rather than read.
    pub inferred_fields: &'a [Field],
    pub warnings: &'a [String],
}

/// The columns a summary is read from, each named as `SummaryColumns`
/// reads it: the fields' own columns come from `Field::ALL`.
fn summary_columns() -> &'static str {
    static COLUMNS: OnceLock<String> = OnceLock::new();
    COLUMNS.get_or_init(|| {
        let fields: String = Field::ALL
            .iter()
            .filter(|f| f.has_column())
            .map(|f| format!("d.{}, ", f.name()))
            .collect();
        format!(
            "d.id, d.key, {fields}d.format, d.source_path, d.word_count, \
             (SELECT count(*) FROM passages p WHERE p.document_id = d.id) AS passage_count, \
             d.imported_at, d.warnings, \
             (SELECT group_concat(t.name, char(31)) FROM document_topics dt JOIN topics t ON t.id = dt.topic_id \
              WHERE dt.document_id = d.id) AS tags, \
             (SELECT group_concat(i.field, char(31)) FROM document_inferred_fields i \
              WHERE i.document_id = d.id) AS inferred_fields"
        )
    })
}

/// Where each column of `summary_columns` stands in a statement, found by
/// name once per statement rather than once per row.
struct SummaryColumns {
    fields: Vec<(Field, usize)>,
    named: [usize; 10],
}

impl SummaryColumns {
    const NAMED: [&'static str; 10] = [
        "id",
        "key",
        "format",
        "source_path",
        "word_count",
        "passage_count",
        "imported_at",
        "warnings",
        "tags",
        "inferred_fields",
    ];

    fn of(stmt: &rusqlite::Statement) -> rusqlite::Result<Self> {
        let mut named = [0; 10];
        for (slot, name) in named.iter_mut().zip(Self::NAMED) {
            *slot = stmt.column_index(name)?;
        }
        let fields = Field::ALL
            .iter()
            .filter(|f| f.has_column())
            .map(|f| Ok((*f, stmt.column_index(f.name())?)))
            .collect::<rusqlite::Result<_>>()?;
        Ok(SummaryColumns { fields, named })
    }

    fn read(&self, row: &Row) -> rusqlite::Result<DocumentSummary> {
        let [id, key, format, source_path, word_count, passage_count, imported_at, warnings, tags, inferred] =
            self.named;
        let mut metadata = Metadata::default();
        for &(field, column) in &self.fields {
            read_field(row, column, &mut metadata, field)?;
        }
        let tags: Option<String> = row.get(tags)?;
        metadata.tags = tags
            .map(|t| t.split('\u{1f}').map(str::to_owned).collect())
            .unwrap_or_default();
        let warnings: String = row.get(warnings)?;
        let inferred: Option<String> = row.get(inferred)?;
        let inferred = inferred
            .map(|i| {
                i.split('\u{1f}')
                    .filter_map(|f| Field::parse(f).ok())
                    .collect()
            })
            .unwrap_or_default();
        Ok(DocumentSummary {
            id: row.get(id)?,
            key: row.get(key)?,
            metadata,
            format: row.get(format)?,
            source_path: row.get(source_path)?,
            word_count: row.get(word_count)?,
            passage_count: row.get(passage_count)?,
            imported_at: row.get(imported_at)?,
            warnings: serde_json::from_str(&warnings).unwrap_or_default(),
            inferred,
        })
    }
}

/// Writes the document's own rows (not its passages).
pub(super) fn insert(conn: &Connection, doc: &NewDocument) -> Result<()> {
    let columns: Vec<&str> = Field::ALL
        .iter()
        .filter(|f| f.has_column())
        .map(|f| f.name())
        .collect();
    let sql = format!(
        "INSERT INTO documents (id, key, content_hash, source_path, format, word_count, warnings, \
         imported_at, updated_at, layout, {}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, {})",
        columns.join(", "),
        (0..columns.len())
            .map(|i| format!("?{}", i + 10))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let words: usize = doc.passages.iter().map(|p| p.word_count).sum();
    let text = |t: &str| Value::Text(t.to_owned());
    let mut values = vec![
        Value::Integer(doc.id),
        text(&uuid::Uuid::new_v4().to_string()),
        text(doc.content_hash),
        text(doc.source_path),
        text(doc.format),
        Value::Integer(words as i64),
        text(&serde_json::to_string(doc.warnings).unwrap_or_default()),
        text(&now()),
        text(doc.layout.as_str()),
    ];
    values.extend(
        Field::ALL
            .iter()
            .filter(|f| f.has_column())
            .map(|f| doc.metadata.text(*f).map_or(Value::Null, Value::Text)),
    );
    conn.prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(values))?;
    conn.prepare_cached("INSERT INTO document_texts (document_id, markdown) VALUES (?1, ?2)")?
        .execute(params![doc.id, doc.markdown])?;
    set_tags(conn, doc.id, &doc.metadata.tags)?;
    let mut source = conn.prepare_cached(
        "INSERT INTO document_field_sources (document_id, field, source) VALUES (?1, ?2, 'front_matter')",
    )?;
    for field in doc.front_matter_fields {
        source.execute(params![doc.id, field.name()])?;
    }
    let mut inferred = conn.prepare_cached(
        "INSERT INTO document_inferred_fields (document_id, field) VALUES (?1, ?2)",
    )?;
    for field in doc.inferred_fields {
        inferred.execute(params![doc.id, field.name()])?;
    }
    Ok(())
}

/// A document's stored metadata.
pub(super) fn metadata_of(conn: &Connection, id: i64) -> Result<Metadata> {
    let sql = format!(
        "SELECT {} FROM documents d WHERE d.id = ?1",
        summary_columns()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let columns = SummaryColumns::of(&stmt)?;
    Ok(stmt.query_row([id], |r| columns.read(r))?.metadata)
}

/// The largest document id in the library, 0 when there is none.
pub(super) fn last_document_id(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT coalesce(max(id), 0) AS last FROM documents",
        [],
        |r| r.get("last"),
    )?)
}

/// Every document's content hash, with its id: how an import knows a
/// duplicate before it writes anything.
pub(super) fn content_hashes(conn: &Connection) -> Result<rustc_hash::FxHashMap<String, i64>> {
    let mut stmt = conn.prepare("SELECT content_hash, id FROM documents")?;
    let rows = stmt.query_map([], |r| Ok((r.get("content_hash")?, r.get("id")?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// One document with its passages.
    pub fn document(&self, id: i64) -> Result<Document> {
        let sql = format!(
            "SELECT {}, t.markdown, d.layout, d.layout_set_by_user FROM documents d \
             JOIN document_texts t ON t.document_id = d.id WHERE d.id = ?1 AND d.deleted_at IS NULL",
            summary_columns()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let columns = SummaryColumns::of(&stmt)?;
        let (summary, markdown, layout, layout_set_by_user) = stmt
            .query_row([id], |r| {
                let layout: Option<String> = r.get("layout")?;
                Ok((
                    columns.read(r)?,
                    r.get::<_, String>("markdown")?,
                    layout.as_deref().and_then(Layout::parse),
                    r.get("layout_set_by_user")?,
                ))
            })
            .optional()?
            .ok_or(Error::NotFound {
                what: "document",
                id,
            })?;
        Ok(Document {
            summary,
            markdown,
            layout,
            layout_set_by_user,
            passages: self.passages_of(id)?,
        })
    }

    /// `NotFound` unless the document exists and is not deleted.
    pub fn document_exists(&self, id: i64) -> Result<()> {
        let found: bool = self.conn.query_row(
            "SELECT count(*) FROM documents WHERE id = ?1 AND deleted_at IS NULL",
            [id],
            |r| r.get(0),
        )?;
        match found {
            true => Ok(()),
            false => Err(Error::NotFound {
                what: "document",
                id,
            }),
        }
    }

    /// Summaries of the given documents, in the order given.
    pub fn summaries(&self, ids: &[i64]) -> Result<Vec<DocumentSummary>> {
        let sql = format!(
            "SELECT {} FROM documents d WHERE d.id = ?1",
            summary_columns()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let columns = SummaryColumns::of(&stmt)?;
        ids.iter()
            .map(|id| Ok(stmt.query_row([id], |r| columns.read(r))?))
            .collect()
    }

    /// Documents matching `filter`, newest first.
    pub fn documents(&self, filter: &crate::model::Filter) -> Result<Vec<DocumentSummary>> {
        let (clause, values) = filter::where_clause(filter)?;
        let sql = format!(
            "SELECT {} FROM documents d WHERE d.deleted_at IS NULL {clause} \
             ORDER BY d.date IS NULL, d.date DESC, d.id DESC",
            summary_columns()
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let columns = SummaryColumns::of(&stmt)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values), |r| columns.read(r))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The ids of the documents a filter lets through.
    pub fn document_ids(&self, filter: &crate::model::Filter) -> Result<Vec<i64>> {
        let (clause, values) = filter::where_clause(filter)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT d.id FROM documents d WHERE d.deleted_at IS NULL {clause}"
        ))?;
        let ids = stmt
            .query_map(rusqlite::params_from_iter(values), |r| r.get("id"))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// Stores `field` of document `id` as `metadata` holds it (empty
    /// clears it), marks it as set by the user so that no heuristic
    /// overrides it, and rewrites the document's facet words, all in one
    /// transaction.
    pub fn correct_field(
        &mut self,
        id: i64,
        field: Field,
        metadata: &Metadata,
    ) -> Result<DocumentSummary> {
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
        if field.has_column() {
            // The column name comes from `Field`, never from the caller's text.
            tx.execute(
                &format!(
                    "UPDATE documents SET {} = ?1, updated_at = ?2 WHERE id = ?3",
                    field.name()
                ),
                params![metadata.text(field), now(), id],
            )?;
        } else {
            tx.execute("DELETE FROM document_topics WHERE document_id = ?1", [id])?;
            set_tags(&tx, id, &metadata.tags)?;
        }
        tx.execute(
            "INSERT OR REPLACE INTO document_field_sources (document_id, field, source) VALUES (?1, ?2, 'user')",
            params![id, field.name()],
        )?;
        tx.execute(
            "DELETE FROM document_inferred_fields WHERE document_id = ?1 AND field = ?2",
            params![id, field.name()],
        )?;
        let sql = format!(
            "SELECT {} FROM documents d WHERE d.id = ?1",
            summary_columns()
        );
        let mut stmt = tx.prepare(&sql)?;
        let summary = stmt.query_row([id], |r| SummaryColumns::of(r.as_ref())?.read(r))?;
        drop(stmt);
        facets::refresh_document(&tx, id, &summary.metadata)?;
        tx.commit()?;
        Ok(summary)
    }

    /// The fields of a document that its user corrected by hand.
    pub fn user_fields(&self, id: i64) -> Result<Vec<Field>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT field FROM document_field_sources WHERE document_id = ?1 AND source = 'user'",
        )?;
        let names = stmt
            .query_map([id], |r| r.get::<_, String>("field"))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(names.iter().filter_map(|n| Field::parse(n).ok()).collect())
    }

    /// Counts for `plenary stats` and the library view.
    pub fn stats(&self) -> Result<LibraryStats> {
        let c = &self.conn;
        let live = "FROM documents WHERE deleted_at IS NULL";
        let grouped = |column: &str| -> Result<Vec<(String, i64)>> {
            let sql = format!(
                "SELECT coalesce({column}, 'unknown') AS value, count(*) AS n {live} GROUP BY 1 ORDER BY 2 DESC, 1"
            );
            let mut stmt = c.prepare(&sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get("value")?, r.get("n")?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let (documents, words, speakers, first_date, last_date) = c.query_row(
            &format!(
                "SELECT count(*) AS documents, coalesce(sum(word_count), 0) AS words, \
                 count(DISTINCT speaker) AS speakers, min(date) AS first, max(date) AS last {live}"
            ),
            [],
            |r| {
                Ok((
                    r.get("documents")?,
                    r.get("words")?,
                    r.get("speakers")?,
                    r.get("first")?,
                    r.get("last")?,
                ))
            },
        )?;
        let (passages, substantive) = c.query_row(
            "SELECT count(*) AS passages, coalesce(sum(p.role = 'body'), 0) AS substantive \
             FROM passages p JOIN documents d ON d.id = p.document_id WHERE d.deleted_at IS NULL",
            [],
            |r| Ok((r.get("passages")?, r.get("substantive")?)),
        )?;
        Ok(LibraryStats {
            documents,
            passages,
            substantive_passages: substantive,
            words,
            speakers,
            first_date,
            last_date,
            by_kind: grouped(Field::Kind.name())?,
            by_language: grouped(Field::Language.name())?,
        })
    }
}

/// Links a document to its tags, creating topics for new tag names.
fn set_tags(conn: &Connection, document_id: i64, tags: &[String]) -> Result<()> {
    for tag in tags {
        let key: String = tag
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        conn.prepare_cached("INSERT OR IGNORE INTO topics (key, name) VALUES (?1, ?2)")?
            .execute(params![key, tag])?;
        conn.prepare_cached(
            "INSERT OR IGNORE INTO document_topics (document_id, topic_id) \
             SELECT ?1, id FROM topics WHERE name = ?2 OR key = ?3",
        )?
        .execute(params![document_id, tag, key])?;
    }
    Ok(())
}
