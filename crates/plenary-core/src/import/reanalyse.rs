//! Re-analysing documents already in the library, from their stored text:
//! after the user chose another layout, or after an upgrade that reads
//! paragraphs better. The import's own parsing runs again (`analyse`), the
//! fields a person set (by hand or in front matter) are kept, the others
//! are derived again, and reuse links are matched anew; the store writes
//! each document's new analysis in one transaction.

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

/// Analyses document `id` again, in `chosen` layout when given (which
/// then counts as the user's choice), otherwise in the layout its user
/// chose before or the one its text shows. The index's entries for the
/// document are replaced; on an error the caller must discard the index.
pub fn reanalyse_document(
    store: &mut Store,
    index: &mut ReuseIndex,
    id: i64,
    chosen: Option<Layout>,
    report: &mut ReanalysisReport,
) -> Result<()> {
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
    let passages = analyse(name, &doc.markdown, layout, &mut metadata)?;
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
    let same_fields = derived.iter().all(|f| metadata.text(*f) == stored.text(*f));
    if same_passages && same_fields {
        // Nothing a reader sees changes: only the layout is recorded.
        return store.record_layout(id, layout, set_by_user);
    }
    index.retire_document(id);
    let first_passage_id = store.last_passage_id()? + 1;
    let links = reuse::link_new_document(index, id, first_passage_id, metadata.date, &passages);
    store.rewrite_analysis(&Reanalysis {
        document_id: id,
        first_passage_id,
        layout,
        layout_set_by_user: set_by_user,
        derived: &derived,
        metadata: &metadata,
        passages: &passages,
        links: &links,
    })
}
