//! Re-analysing documents already in the library, from their stored text:
//! after the user chose another layout, or after an upgrade that reads
//! paragraphs better. The import's own parsing runs again (`analyse`), the
//! fields a person set (by hand or in front matter) are kept, the others
//! are derived again, and reuse links are matched anew; the store writes
//! the new analyses a hundred documents to a transaction.

use super::prepare::{analyse, layout_for};
use super::Format;
use crate::model::{Field, Layout, Metadata, Result};
use crate::reuse::{self, ReuseIndex};
use crate::store::{Reanalysis, Store};
use serde::Serialize;

/// What a re-analysis changed.
#[derive(Debug, Clone, Default, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ReanalysisReport {
    pub documents: usize,
    pub passages_before: usize,
    pub passages_after: usize,
}

/// Documents written per transaction.
const CHUNK: usize = 100;

/// Analyses documents again, in `chosen` layout when given (which then
/// counts as their user's choice), otherwise in the layout their user
/// chose before or the one their text shows. Each document's entries in
/// the index are replaced; on an error the caller must discard the index.
pub fn reanalyse_documents(
    store: &mut Store,
    index: &mut ReuseIndex,
    ids: &[i64],
    chosen: Option<Layout>,
) -> Result<ReanalysisReport> {
    let mut report = ReanalysisReport::default();
    let mut chunk: Vec<Reanalysis> = Vec::new();
    let mut next_passage_id = store.last_passage_id()? + 1;
    for &id in ids {
        if let Some(new) = reanalysis(store, index, id, chosen, next_passage_id, &mut report)? {
            next_passage_id += new.passages.len() as i64;
            chunk.push(new);
        }
        if chunk.len() >= CHUNK {
            store.rewrite_analyses(&chunk)?;
            chunk.clear();
        }
    }
    store.rewrite_analyses(&chunk)?;
    Ok(report)
}

/// Document `id`'s new analysis, under passage ids from `first_passage_id`
/// on, its sentences matched and put in the index; `None` when nothing a
/// reader sees changes, and only its layout is recorded.
fn reanalysis(
    store: &mut Store,
    index: &mut ReuseIndex,
    id: i64,
    chosen: Option<Layout>,
    first_passage_id: i64,
    report: &mut ReanalysisReport,
) -> Result<Option<Reanalysis>> {
    let doc = store.document(id)?;
    let front_matter = store.front_matter_fields(id)?;
    let mut kept = store.user_fields(id)?;
    kept.extend(front_matter.iter().copied());
    let (layout, set_by_user) = match (chosen, doc.layout_set_by_user, doc.layout) {
        (Some(layout), _, _) | (None, true, Some(layout)) => (layout, true),
        _ => {
            let format = Format::from_extension(&doc.summary.format).unwrap_or(Format::Text);
            (
                layout_for(format, !front_matter.is_empty(), &doc.markdown),
                false,
            )
        }
    };
    let stored = &doc.summary.metadata;
    let mut metadata = Metadata {
        tags: stored.tags.clone(),
        ..Metadata::default()
    };
    for field in &kept {
        // A stored value was valid when it was stored.
        let _ = metadata.set_text(*field, stored.text(*field).as_deref());
    }
    let name = doc.summary.source_path.as_deref().unwrap_or("document");
    let (passages, inferred) = analyse(name, &doc.markdown, layout, &mut metadata)?;
    let derived: Vec<Field> = Field::ALL
        .iter()
        .copied()
        .filter(|f| f.has_column() && !kept.contains(f))
        .collect();
    report.documents += 1;
    report.passages_before += doc.passages.len();
    report.passages_after += passages.len();
    let same_passages = passages.len() == doc.passages.len()
        && passages.iter().zip(&doc.passages).all(|(new, old)| {
            new.text == old.text
                && new.role == old.role
                && new.sentences.len() == old.sentences.len()
        });
    let same_fields = derived.iter().all(|f| metadata.text(*f) == stored.text(*f))
        && same_set(&inferred, &doc.summary.inferred);
    if same_passages && same_fields {
        store.record_layout(id, layout, set_by_user)?;
        return Ok(None);
    }
    index.retire_document(id);
    let links = reuse::link_new_document(index, id, first_passage_id, metadata.date, &passages);
    Ok(Some(Reanalysis {
        document_id: id,
        first_passage_id,
        layout,
        layout_set_by_user: set_by_user,
        derived,
        inferred,
        metadata,
        passages,
        links,
    }))
}

/// True when two lists hold the same fields, in any order.
fn same_set(a: &[Field], b: &[Field]) -> bool {
    a.len() == b.len() && a.iter().all(|f| b.contains(f))
}
