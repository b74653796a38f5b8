//! Re-analysing documents: each one's passages, sentences, search index
//! rows, reuse links, heuristic fields and layout rewritten, after its text
//! was cut into paragraphs again (a new layout, or a newer version of the
//! analysis). The text and the fields its user or its front matter set are
//! not touched. A chunk of documents is written in one transaction, and
//! the old passages of the whole chunk are deleted in one statement: FTS5
//! writes its pending changes out as an index segment at every commit and
//! every statement's savepoint, so a commit, or a delete, per document made
//! it write and merge one segment each.

use super::columns::now;
use super::{documents, facets, passages, reuse_links, search_index, NewLink, Store};
use crate::model::{Error, Field, Layout, Metadata, Result};
use crate::text::PassageDraft;
use rusqlite::{params, params_from_iter, Connection};
use rustc_hash::FxHashSet;

/// A document's new analysis, under the passage ids chosen for it.
pub struct Reanalysis {
    pub document_id: i64,
    /// The first id of its new passages: the library's largest passage id
    /// plus one when it was chosen.
    pub first_passage_id: i64,
    pub layout: Layout,
    pub layout_set_by_user: bool,
    /// The fields derived again; the others keep their stored values.
    pub derived: Vec<Field>,
    /// Of those, the ones the heuristics inferred rather than read.
    pub inferred: Vec<Field>,
    pub metadata: Metadata,
    pub passages: Vec<PassageDraft>,
    pub links: Vec<NewLink>,
}

impl Store {
    /// The fields of a document that its front matter set.
    pub fn front_matter_fields(&self, id: i64) -> Result<Vec<Field>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT field FROM document_field_sources WHERE document_id = ?1 \
             AND source = 'front_matter'",
        )?;
        let names = stmt
            .query_map([id], |r| r.get::<_, String>("field"))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(names.iter().filter_map(|n| Field::parse(n).ok()).collect())
    }

    /// The documents imported before layouts were recorded, which still
    /// await re-analysis.
    pub fn unanalysed_documents(&self) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare(
            "SELECT id FROM documents WHERE layout IS NULL AND deleted_at IS NULL ORDER BY id",
        )?;
        let ids = stmt
            .query_map([], |r| r.get("id"))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// Records the layout a document was read in, when a re-analysis found
    /// nothing else to change.
    pub fn record_layout(&mut self, id: i64, layout: Layout, set_by_user: bool) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE documents SET layout = ?1, layout_set_by_user = ?2 WHERE id = ?3",
            )?
            .execute(params![layout.as_str(), set_by_user, id])?;
        Ok(())
    }

    /// Replaces the analyses of some documents (their passage ids chosen
    /// in order from the library's largest plus one) in one transaction.
    /// Fails, changing nothing, when another writer added passages since
    /// the ids were chosen.
    pub fn rewrite_analyses(&mut self, chunk: &[Reanalysis]) -> Result<()> {
        if chunk.is_empty() {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        let last = passages::last_passage_id(&tx)?;
        if chunk
            .first()
            .is_some_and(|first| last + 1 != first.first_passage_id)
        {
            return Err(Error::Busy(
                "another program wrote to the library during the re-analysis; run it again"
                    .to_owned(),
            ));
        }
        let ids: Vec<i64> = chunk.iter().map(|new| new.document_id).collect();
        let replaced = delete_passages(&tx, &ids)?;
        for new in chunk {
            rewrite(&tx, new, &replaced)?;
        }
        search_index::index_passages_after(&tx, last)?;
        tx.commit()?;
        Ok(())
    }
}

/// Deletes the passages of some documents in one statement (their
/// sentences, links and index rows go with them), giving their ids.
fn delete_passages(conn: &Connection, documents: &[i64]) -> Result<FxHashSet<i64>> {
    // Only the number of documents goes into the SQL, never a value.
    let among = vec!["?"; documents.len()].join(", ");
    let replaced = conn
        .prepare(&format!(
            "SELECT id FROM passages WHERE document_id IN ({among})"
        ))?
        .query_map(params_from_iter(documents), |r| r.get("id"))?
        .collect::<rusqlite::Result<_>>()?;
    conn.execute(
        &format!("DELETE FROM passages WHERE document_id IN ({among})"),
        params_from_iter(documents),
    )?;
    Ok(replaced)
}

/// Replaces one document's analysis inside the caller's transaction, its
/// old passages (`replaced`, with those of the rest of the chunk) already
/// deleted; its new passages enter the search index with the whole chunk.
/// Its links to a replaced passage are left out: a document analysed
/// before another in the chunk may have been matched with the other's old
/// sentences, and those links would have gone with them.
fn rewrite(tx: &rusqlite::Transaction, new: &Reanalysis, replaced: &FxHashSet<i64>) -> Result<()> {
    let id = new.document_id;
    for field in new.derived.iter().filter(|f| f.has_column()) {
        // The column name comes from `Field`, never from the caller's text.
        tx.prepare_cached(&format!(
            "UPDATE documents SET {} = ?1 WHERE id = ?2",
            field.name()
        ))?
        .execute(params![new.metadata.text(*field), id])?;
    }
    let words: usize = new.passages.iter().map(|p| p.word_count).sum();
    tx.execute(
        "UPDATE documents SET layout = ?1, layout_set_by_user = ?2, word_count = ?3, \
             updated_at = ?4 WHERE id = ?5",
        params![
            new.layout.as_str(),
            new.layout_set_by_user,
            words as i64,
            now(),
            id
        ],
    )?;
    for field in &new.derived {
        tx.execute(
            "DELETE FROM document_inferred_fields WHERE document_id = ?1 AND field = ?2",
            params![id, field.name()],
        )?;
    }
    for field in new.inferred.iter().filter(|f| new.derived.contains(f)) {
        tx.execute(
            "INSERT OR IGNORE INTO document_inferred_fields (document_id, field) VALUES (?1, ?2)",
            params![id, field.name()],
        )?;
    }
    let stored = documents::metadata_of(tx, id)?;
    let facets = facets::document_facets(tx, id, &stored)?;
    passages::insert(tx, id, new.first_passage_id, &facets, &new.passages)?;
    let links: Vec<NewLink> = new
        .links
        .iter()
        .filter(|l| {
            !replaced.contains(&l.source_passage_id) && !replaced.contains(&l.target_passage_id)
        })
        .copied()
        .collect();
    reuse_links::insert(tx, &links)
}
