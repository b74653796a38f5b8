//! The reuse_links table: a later passage's span that repeats an earlier
//! passage's span, with its score. Links are written with the document that
//! makes them, rewritten when a document's date changes (which may turn
//! their direction), and read back from either end.

use super::columns::offset;
use super::Store;
use crate::model::{Result, Span};
use rusqlite::{params, Connection};

/// A link about to be stored: the earlier passage is the source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NewLink {
    pub source_passage_id: i64,
    pub target_passage_id: i64,
    pub score: f64,
    pub source_span: (u32, u32),
    pub target_span: (u32, u32),
}

/// A stored link seen from one of its ends, in a given document.
pub struct LinkEnd {
    pub link_id: i64,
    pub score: f64,
    /// The passage in the document asked about, and its text.
    pub passage_id: i64,
    pub ordinal: i64,
    pub text: String,
    pub span: Span,
    /// The passage at the other end.
    pub other_id: i64,
    pub other_span: Span,
}

/// Stores links inside the caller's transaction.
pub(super) fn insert(conn: &Connection, links: &[NewLink]) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO reuse_links (source_passage_id, target_passage_id, score, \
         source_start, source_end, target_start, target_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for link in links {
        insert.execute(params![
            link.source_passage_id,
            link.target_passage_id,
            link.score,
            link.source_span.0,
            link.source_span.1,
            link.target_span.0,
            link.target_span.1
        ])?;
    }
    Ok(())
}

impl Store {
    /// Replaces every link with an end in document `id` by `links`, in one
    /// transaction.
    pub fn replace_links_of_document(&mut self, id: i64, links: &[NewLink]) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "DELETE FROM reuse_links WHERE source_passage_id IN (SELECT id FROM passages WHERE document_id = ?1) \
             OR target_passage_id IN (SELECT id FROM passages WHERE document_id = ?1)",
            [id],
        )?;
        insert(&tx, links)?;
        tx.commit()?;
        Ok(())
    }

    /// The links of document `id`'s passages whose other end is earlier
    /// (`earlier`) or later, by passage order and best score first,
    /// leaving out deleted documents.
    pub fn link_ends(&self, id: i64, earlier: bool) -> Result<Vec<LinkEnd>> {
        let (this, other) = match earlier {
            true => ("target", "source"),
            false => ("source", "target"),
        };
        let sql = format!(
            "SELECT l.id, l.score, l.{this}_passage_id AS passage_id, p.ordinal, p.text, \
             l.{this}_start AS start, l.{this}_end AS end, l.{other}_passage_id AS other_id, \
             l.{other}_start AS other_start, l.{other}_end AS other_end \
             FROM reuse_links l JOIN passages p ON p.id = l.{this}_passage_id \
             JOIN passages o ON o.id = l.{other}_passage_id JOIN documents od ON od.id = o.document_id \
             WHERE p.document_id = ?1 AND od.deleted_at IS NULL ORDER BY p.ordinal, l.score DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([id], |r| {
            Ok(LinkEnd {
                link_id: r.get("id")?,
                score: r.get("score")?,
                passage_id: r.get("passage_id")?,
                ordinal: r.get("ordinal")?,
                text: r.get("text")?,
                span: Span {
                    start: offset(r, "start")?,
                    end: offset(r, "end")?,
                },
                other_id: r.get("other_id")?,
                other_span: Span {
                    start: offset(r, "other_start")?,
                    end: offset(r, "other_end")?,
                },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
