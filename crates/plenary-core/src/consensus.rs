//! Layer 5, with `lib.rs`: the agreed-language and positions half of the
//! `Library` facade. Adapters over `agreed` (marking agreed texts, checking
//! a draft or a text against them) and `positions` (a position's timeline,
//! who else says this). The agreed texts are read afresh for every check,
//! so a mark, an unmark or a re-analysis is seen at once.

use crate::agreed::{self, AgreedLibrary, CheckedSpan, PassageCheck};
use crate::model::{AgreedText, Result};
use crate::positions::{self, PositionTimeline};
use crate::reuse::ReuseMatch;
use crate::Library;

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

    /// How `speaker`'s wording of a topic, phrase or passage evolved
    /// (the delegation's when `None`, every speaker's when no delegation
    /// is set).
    pub fn position_timeline(
        &self,
        query: &str,
        speaker: Option<&str>,
    ) -> Result<PositionTimeline> {
        let delegation = match speaker {
            Some(_) => None,
            None => self.store.settings()?.delegation,
        };
        let speaker = speaker.or(delegation.as_deref());
        positions::position_timeline(&self.store, &*self.reuse_index()?, query, speaker)
    }

    /// Other speakers' passages with the same or near wording as a stored
    /// passage, at most `k`.
    pub fn who_else_says_passage(&self, passage_id: i64, k: usize) -> Result<Vec<ReuseMatch>> {
        let (source, text) = self.store.provenance(passage_id)?;
        positions::who_else_says(
            &self.store,
            &*self.reuse_index()?,
            &text,
            source.speaker.as_deref(),
            Some(source.document_id),
            k,
        )
    }

    /// Other speakers' passages with the same or near wording as `text`
    /// (a draft paragraph), the delegation's own left out, at most `k`.
    pub fn who_else_says(&self, text: &str, k: usize) -> Result<Vec<ReuseMatch>> {
        let delegation = self.store.settings()?.delegation;
        positions::who_else_says(
            &self.store,
            &*self.reuse_index()?,
            text,
            delegation.as_deref(),
            None,
            k,
        )
    }
}
