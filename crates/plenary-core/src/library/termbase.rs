//! The termbase's part of the facade: its entries, their import and
//! export, and the terms found in a text. Adapters over `termbase`; the
//! concepts Plenary ships are put in when a library is first opened
//! (`Library::open`).

use super::Library;
use crate::import::metadata::detect_language;
use crate::model::{Concept, ConceptFields, Error, Result, TermHit, TermbaseImportReport};
use crate::termbase::{self, TermIndex, TermbaseFormat};
use std::path::Path;

impl Library {
    /// Every entry of the termbase, in the order they were added.
    pub fn concepts(&self) -> Result<Vec<Concept>> {
        self.store.concepts()
    }

    pub fn concept(&self, id: i64) -> Result<Concept> {
        self.store.concept(id)
    }

    /// Adds an entry under a new key.
    pub fn add_concept(&mut self, fields: &ConceptFields) -> Result<Concept> {
        termbase::add_concept(&mut self.store, fields)
    }

    /// Rewrites an entry's subject and terms.
    pub fn edit_concept(&mut self, id: i64, fields: &ConceptFields) -> Result<Concept> {
        termbase::edit_concept(&mut self.store, id, fields)
    }

    /// Deletes an entry with its terms.
    pub fn remove_concept(&mut self, id: i64) -> Result<()> {
        self.store.remove_concept(id)
    }

    /// Imports a TBX or CSV file (by its extension), merging entries by key.
    pub fn import_termbase(&mut self, path: &Path) -> Result<TermbaseImportReport> {
        match TermbaseFormat::of_path(path) {
            TermbaseFormat::Tbx => termbase::import_tbx(&mut self.store, path),
            TermbaseFormat::Csv => termbase::import_csv(&mut self.store, path),
        }
    }

    /// The whole termbase as a TBX or CSV file's bytes.
    pub fn export_termbase(&self, format: TermbaseFormat) -> Result<Vec<u8>> {
        termbase::export_termbase(&self.store.concepts()?, format)
    }

    /// The termbase's terms found in `text` (a draft), each with the
    /// preferred term when another was used, and its equivalents.
    pub fn term_hits(&self, text: &str) -> Result<Vec<TermHit>> {
        let index = TermIndex::new(self.store.concepts()?);
        Ok(index.hits(text, detect_language(text)))
    }

    /// The entry one of whose terms `query` is, in any of its forms.
    pub fn concept_named(&self, query: &str) -> Result<Option<Concept>> {
        let index = TermIndex::new(self.store.concepts()?);
        Ok(index.concept_named(query).map(|(c, _)| c.clone()))
    }
}

/// A query followed into all languages that the termbase does not have.
pub(super) fn not_a_term(query: &str) -> Error {
    Error::InvalidQuery(format!(
        "'{}' is not a term of the termbase, so it cannot be followed into other languages; add it in the termbase first",
        query.trim()
    ))
}
