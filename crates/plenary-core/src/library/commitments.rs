//! The commitments' part of the facade: suggestions read from the
//! delegation's statements, and the register of commitments. Every method
//! is an adapter over `commitments`, which it gives today's date for what
//! is overdue and which session is next.

use super::{today, Library};
use crate::commitments::{self, suggestions};
use crate::model::{
    Commitment, CommitmentDetail, CommitmentFilter, CommitmentInput, CommitmentStatus,
    CommitmentSuggestion, Result,
};

impl Library {
    /// Sentences of the delegation's statements (`Settings::delegation`;
    /// every speaker's when unset) that read as commitments, minus those
    /// accepted or dismissed, at most `limit`: by confidence, then newest
    /// first.
    pub fn commitment_suggestions(&self, limit: usize) -> Result<Vec<CommitmentSuggestion>> {
        suggestions::suggestions(&self.store, limit)
    }

    /// Makes a suggestion a commitment linked to its passage, with its
    /// text and kind unless `edited` gives others; it is no longer
    /// suggested.
    pub fn accept_suggestion(
        &mut self,
        passage_id: i64,
        sentence_index: u32,
        edited: Option<&CommitmentInput>,
    ) -> Result<Commitment> {
        suggestions::accept(&mut self.store, passage_id, sentence_index, edited, today())
    }

    /// Dismisses a suggestion; it stays dismissed.
    pub fn dismiss_suggestion(&mut self, passage_id: i64, sentence_index: u32) -> Result<()> {
        suggestions::dismiss(&mut self.store, passage_id, sentence_index)
    }

    /// Creates a commitment (open, kept in its history) when `input.id` is
    /// `None`, or rewrites one's fields, leaving its status as it is; every
    /// field changed is kept in its history, with `note` (or the note
    /// alone, when nothing changed).
    pub fn save_commitment(
        &mut self,
        input: &CommitmentInput,
        note: Option<&str>,
    ) -> Result<Commitment> {
        commitments::save_commitment(&mut self.store, input, note, today())
    }

    /// Moves a commitment to `status`; every change is kept, with its date
    /// and note.
    pub fn set_commitment_status(
        &mut self,
        id: i64,
        status: CommitmentStatus,
        note: Option<&str>,
    ) -> Result<Commitment> {
        commitments::set_status(&mut self.store, id, status, note, today())
    }

    /// Deletes a commitment with its history.
    pub fn delete_commitment(&mut self, id: i64) -> Result<()> {
        self.store.delete_commitment(id)
    }

    /// The commitments `filter` lets through: overdue first, then by due
    /// date (none last), then newest first.
    pub fn commitments(&self, filter: &CommitmentFilter) -> Result<Vec<Commitment>> {
        commitments::commitments(&self.store, filter, today())
    }

    /// A commitment with its status history and the later statements that
    /// repeat its source passage.
    pub fn commitment_detail(&self, id: i64) -> Result<CommitmentDetail> {
        commitments::commitment_detail(&self.store, id, today())
    }
}
