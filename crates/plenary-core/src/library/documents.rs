//! The documents' part of the facade: import, the documents and their
//! metadata, re-analysis, search, the concordance, reuse and exports. What
//! derived data a write changes is brought up to date here: a corrected
//! date re-derives the document's reuse links, so that each runs from the
//! earlier passage to the later one, and a chosen layout or a re-analysis
//! rewrites the document's passages and links in one transaction while
//! the in-memory reuse index follows.

use super::termbase::not_a_term;
use super::Library;
use crate::import::{self, ImportProgress, ImportReport, ReanalysisReport};
use crate::model::{
    Document, DocumentSummary, Error, Field, Filter, Layout, LibraryStats, Metadata, Provenance,
    Result,
};
use crate::render::{self, ExportFormat};
use crate::reuse::{self, FindOptions, Phrase, PhraseOptions, ReuseMap, ReuseMatch};
use crate::search::{self, ConcordanceLine, SearchOptions, SearchResults};
use crate::termbase::TermIndex;
use std::path::PathBuf;

impl Library {
    /// Imports files and folders (recursively), calling `on_progress` after
    /// each file. Only a failure of the library itself is an `Err`; a bad
    /// file is a `Failed` outcome in the report.
    pub fn import_paths(
        &mut self,
        paths: &[PathBuf],
        on_progress: impl FnMut(&ImportProgress),
    ) -> Result<ImportReport> {
        let index = self.take_reuse_index()?;
        let (report, index) = import::import_paths(&mut self.store, index, paths, on_progress)?;
        self.reuse.replace(index);
        Ok(report)
    }

    /// One document with its passages.
    pub fn document(&self, id: i64) -> Result<Document> {
        self.store.document(id)
    }

    /// Documents matching `filter`, newest first.
    pub fn documents(&self, filter: &Filter) -> Result<Vec<DocumentSummary>> {
        self.store.documents(filter)
    }

    /// Corrects one metadata field, named as in `Field`; `None` or an empty
    /// value clears it. The field is marked as set by the user, so no
    /// heuristic overrides it. A new date re-derives the document's reuse
    /// links, so that each runs from the earlier passage to the later one.
    pub fn update_metadata(
        &mut self,
        id: i64,
        field: &str,
        value: Option<&str>,
    ) -> Result<DocumentSummary> {
        let field = Field::parse(field).map_err(|p| Error::field(field, p))?;
        let mut metadata = Metadata::default();
        import::front_matter::set_field(&mut metadata, field, value)
            .map_err(|p| Error::field(field.name(), p))?;
        let summary = self.store.correct_field(id, field, &metadata)?;
        if field == Field::Date {
            let mut index = self.take_reuse_index()?;
            let relinked =
                reuse::relink_document(&mut self.store, &mut index, id, summary.metadata.date);
            self.reuse.replace(Some(index));
            relinked?;
        }
        Ok(summary)
    }

    /// Cuts document `id` into paragraphs again in `layout` (named as in
    /// `Layout::as_str`), kept as its user's choice: its passages,
    /// sentences, search index rows, heuristic fields and reuse links are
    /// rewritten in one transaction.
    pub fn set_layout(&mut self, id: i64, layout: &str) -> Result<Document> {
        let chosen = Layout::parse(layout).ok_or_else(|| {
            let names: Vec<&str> = Layout::ALL.iter().map(|l| l.as_str()).collect();
            Error::field("layout", format!("use one of {}", names.join(", ")))
        })?;
        self.reanalyse_with(&[id], Some(chosen))?;
        self.store.document(id)
    }

    /// Analyses documents again from their stored text (all of them when
    /// `ids` is empty), keeping every field a person set and each layout a
    /// user chose; heuristic fields and reuse links are derived again.
    pub fn reanalyse(&mut self, ids: &[i64]) -> Result<ReanalysisReport> {
        self.reanalyse_with(ids, None)
    }

    /// The documents imported before layouts were recorded, which a
    /// re-analysis would cut into paragraphs as a reader sees them.
    pub fn unanalysed_documents(&self) -> Result<Vec<i64>> {
        self.store.unanalysed_documents()
    }

    fn reanalyse_with(&mut self, ids: &[i64], chosen: Option<Layout>) -> Result<ReanalysisReport> {
        let mut ids = match ids.is_empty() {
            true => self.store.document_ids(&Filter::default())?,
            false => ids.to_vec(),
        };
        ids.sort_unstable();
        ids.dedup();
        for id in &ids {
            self.store.document_exists(*id)?;
        }
        let mut index = self.take_reuse_index()?;
        // On an error the index may hold sentences that were never
        // written: it is dropped here and rebuilt on next use.
        let report = import::reanalyse_documents(&mut self.store, &mut index, &ids, chosen)?;
        self.reuse.replace(Some(index));
        Ok(report)
    }

    /// Counts for `plenary stats` and the library view.
    pub fn stats(&self) -> Result<LibraryStats> {
        self.store.stats()
    }

    /// Searches passages; see `search::query` for the query language.
    pub fn search(
        &self,
        input: &str,
        filter: &Filter,
        options: SearchOptions,
    ) -> Result<SearchResults> {
        if !options.all_languages {
            return search::search(&self.store, input, filter, options);
        }
        let terms = TermIndex::new(self.store.concepts()?);
        let (concept, term) = terms
            .concept_named(input)
            .ok_or_else(|| not_a_term(input))?;
        search::search_concept(&self.store, concept, term, filter, options)
    }

    /// Every occurrence of `phrase`, oldest first (undated documents last).
    pub fn concordance(&self, phrase: &str, filter: &Filter) -> Result<Vec<ConcordanceLine>> {
        search::concordance(&self.store, phrase, filter)
    }

    /// The earlier passages that best match `text`, best first.
    pub fn find_reuse(
        &self,
        text: &str,
        filter: &Filter,
        options: FindOptions,
    ) -> Result<Vec<ReuseMatch>> {
        reuse::find_reuse(&self.store, &*self.reuse_index()?, text, filter, options)
    }

    /// `find_reuse` for a stored passage, leaving out its own document.
    pub fn passage_reuse(
        &self,
        passage_id: i64,
        filter: &Filter,
        options: FindOptions,
    ) -> Result<Vec<ReuseMatch>> {
        reuse::passage_reuse(
            &self.store,
            &*self.reuse_index()?,
            passage_id,
            filter,
            options,
        )
    }

    /// A passage's provenance and its text.
    pub fn provenance(&self, passage_id: i64) -> Result<(Provenance, String)> {
        self.store.provenance(passage_id)
    }

    /// A document's reuse map: each passage's earlier sources and later reuses.
    pub fn reuse_map(&self, document_id: i64) -> Result<ReuseMap> {
        reuse::reuse_map(&self.store, document_id)
    }

    /// The recurring formulations in the documents the filter lets through.
    pub fn phrases(&self, options: &PhraseOptions) -> Result<Vec<Phrase>> {
        reuse::phrases(&self.store, options)
    }

    /// A document as Markdown with front matter, or as an HTML page.
    pub fn export(&self, id: i64, format: ExportFormat) -> Result<String> {
        render::export(&self.store, id, format)
    }
}
