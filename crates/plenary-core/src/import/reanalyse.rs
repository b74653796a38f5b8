//! Re-analysing documents already in the library, from their stored text:
//! after the user chose another layout, or after an upgrade that reads
//! paragraphs better. The import's own parsing runs again (`analyse`), the
//! fields a person set (by hand or in front matter) are kept, the others
//! are derived again, and reuse links are matched anew.
//!
//! Two stages run at once, in document order: this thread reads each
//! document and writes the new analyses a chunk of documents to a
//! transaction, while a second one analyses the documents read ahead and
//! matches their sentences against the reuse index, which it holds for
//! the re-analysis.

use super::prepare::{analyse, layout_for};
use super::Format;
use crate::model::{Document, Field, Layout, Metadata, Result};
use crate::reuse::{self, ReuseIndex};
use crate::store::{Reanalysis, Store};
use serde::Serialize;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

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
/// Documents read ahead of the one being written.
const AHEAD: usize = 32;

/// A stored document as its re-analysis reads it, with the fields a person
/// set (by hand or in front matter).
struct Stored {
    doc: Document,
    from_front_matter: bool,
    kept: Vec<Field>,
}

/// A document analysed again.
enum Analysed {
    /// Nothing a reader sees changes: only its layout is recorded.
    Unchanged {
        id: i64,
        layout: Layout,
        set_by_user: bool,
    },
    Changed(Box<Reanalysis>),
}

/// The analysing stage: it gives each changed document the next passage
/// ids and matches its sentences, in the order the documents come.
struct Analyser<'a> {
    index: &'a mut ReuseIndex,
    chosen: Option<Layout>,
    next_passage_id: i64,
}

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
    let mut analyser = Analyser {
        index,
        chosen,
        next_passage_id: store.last_passage_id()? + 1,
    };
    let (to_analyse, stored) = sync_channel::<Stored>(AHEAD);
    let (analysed_tx, analysed) = sync_channel(AHEAD);
    std::thread::scope(|scope| {
        let analysing = scope.spawn(move || {
            for document in stored {
                if analysed_tx.send(analyser.analyse(document)).is_err() {
                    break;
                }
            }
        });
        let written = read_ahead_write_behind(store, ids, to_analyse, &analysed);
        // The analysing stage ends once it has nothing more to read; a
        // panic there is passed on here.
        drop(analysed);
        analysing
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        written
    })
}

/// Reads each document and sends it to be analysed, at most `AHEAD` ahead,
/// and writes what comes back, in the same order.
fn read_ahead_write_behind(
    store: &mut Store,
    ids: &[i64],
    to_analyse: SyncSender<Stored>,
    analysed: &Receiver<Result<(Analysed, usize)>>,
) -> Result<ReanalysisReport> {
    let mut report = ReanalysisReport::default();
    let mut chunk: Vec<Reanalysis> = Vec::new();
    let mut in_flight = 0;
    let mut ids = ids.iter();
    loop {
        let next = match in_flight < AHEAD {
            true => ids.next(),
            false => None,
        };
        if let Some(&id) = next {
            if to_analyse.send(read(store, id)?).is_err() {
                // The analysing stage stopped: its panic is passed on.
                break;
            }
            in_flight += 1;
            continue;
        }
        if in_flight == 0 {
            break;
        }
        // The analysing stage only stops early by panicking, passed on.
        let Ok(outcome) = analysed.recv() else { break };
        in_flight -= 1;
        let (outcome, passages_before) = outcome?;
        report.documents += 1;
        report.passages_before += passages_before;
        match outcome {
            Analysed::Unchanged {
                id,
                layout,
                set_by_user,
            } => {
                report.passages_after += passages_before;
                store.record_layout(id, layout, set_by_user)?;
            }
            Analysed::Changed(new) => {
                report.passages_after += new.passages.len();
                chunk.push(*new);
                if chunk.len() >= CHUNK {
                    store.rewrite_analyses(&chunk)?;
                    chunk.clear();
                }
            }
        }
    }
    store.rewrite_analyses(&chunk)?;
    Ok(report)
}

/// Reads what the re-analysis of document `id` needs.
fn read(store: &Store, id: i64) -> Result<Stored> {
    let doc = store.document(id)?;
    let front_matter = store.front_matter_fields(id)?;
    let mut kept = store.user_fields(id)?;
    kept.extend(front_matter.iter().copied());
    Ok(Stored {
        doc,
        from_front_matter: !front_matter.is_empty(),
        kept,
    })
}

impl Analyser<'_> {
    /// A document's new analysis, under the next passage ids, its
    /// sentences matched and put in the index, or `Unchanged` when nothing
    /// a reader sees changes; with the number of its stored passages.
    fn analyse(&mut self, stored: Stored) -> Result<(Analysed, usize)> {
        let Stored {
            doc,
            from_front_matter,
            kept,
        } = stored;
        let id = doc.summary.id;
        let (layout, set_by_user) = match (self.chosen, doc.layout_set_by_user, doc.layout) {
            (Some(layout), _, _) | (None, true, Some(layout)) => (layout, true),
            _ => {
                let format = Format::from_extension(&doc.summary.format).unwrap_or(Format::Text);
                (layout_for(format, from_front_matter, &doc.markdown), false)
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
        let same_passages = passages.len() == doc.passages.len()
            && passages.iter().zip(&doc.passages).all(|(new, old)| {
                new.text == old.text
                    && new.role == old.role
                    && new.sentences.len() == old.sentences.len()
            });
        let same_fields = derived.iter().all(|f| metadata.text(*f) == stored.text(*f))
            && same_set(&inferred, &doc.summary.inferred);
        let before = doc.passages.len();
        if same_passages && same_fields {
            let unchanged = Analysed::Unchanged {
                id,
                layout,
                set_by_user,
            };
            return Ok((unchanged, before));
        }
        self.index.retire_document(id);
        let first_passage_id = self.next_passage_id;
        self.next_passage_id += passages.len() as i64;
        let links =
            reuse::link_new_document(self.index, id, first_passage_id, metadata.date, &passages);
        let changed = Reanalysis {
            document_id: id,
            first_passage_id,
            layout,
            layout_set_by_user: set_by_user,
            derived,
            inferred,
            metadata,
            passages,
            links,
        };
        Ok((Analysed::Changed(Box::new(changed)), before))
    }
}

/// True when two lists hold the same fields, in any order.
fn same_set(a: &[Field], b: &[Field]) -> bool {
    a.len() == b.len() && a.iter().all(|f| b.contains(f))
}
