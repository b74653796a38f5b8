//! The agreed language part of the facade: marking agreed texts, and
//! checking a draft, a text or a document against them. The agreed texts
//! are read afresh for every check, so a mark, an unmark or a re-analysis
//! is seen at once.

use super::Library;
use crate::agreed::{self, AgreedLibrary, CheckedSpan, PassageCheck};
use crate::model::{AgreedText, Result};

impl Library {
    /// Marks a document as an agreed text cited as `symbol`.
    pub fn mark_agreed(&mut self, document_id: i64, symbol: &str) -> Result<AgreedText> {
        agreed::mark(&mut self.store, document_id, symbol)
    }

    /// Takes the agreed mark off a document.
    pub fn unmark_agreed(&mut self, document_id: i64) -> Result<()> {
        self.store.unmark_agreed(document_id)
    }

    /// Every agreed text, by symbol.
    pub fn agreed_texts(&self) -> Result<Vec<AgreedText>> {
        self.store.agreed_texts()
    }

    /// A document's agreed mark, if it has one.
    pub fn agreed_text(&self, document_id: i64) -> Result<Option<AgreedText>> {
        self.store.document_exists(document_id)?;
        self.store.agreed_text(document_id)
    }

    /// Every agreed, altered and new span of a draft's body, in order.
    pub fn check_draft(&self, id: i64) -> Result<Vec<CheckedSpan>> {
        let draft = self.store.draft(id)?;
        self.check_text(&draft.body)
    }

    /// Every agreed, altered and new span of `text`, in order.
    pub fn check_text(&self, text: &str) -> Result<Vec<CheckedSpan>> {
        let agreed = AgreedLibrary::load(&self.store)?;
        agreed::check_text(&self.store, &agreed, text)
    }

    /// The passages of a stored document that quote or alter an agreed
    /// text, for the reader; none for an agreed text itself.
    pub fn check_document(&self, id: i64) -> Result<Vec<PassageCheck>> {
        let document = self.store.document(id)?;
        if self.store.agreed_text(id)?.is_some() {
            return Ok(Vec::new());
        }
        let agreed = AgreedLibrary::load(&self.store)?;
        agreed::check_passages(&self.store, &agreed, &document.passages)
    }
}
