//! Layer 5, with `lib.rs`: the desk officer's commitments and calendar of
//! sessions, the second half of the desk's `Library` facade (the contacts
//! directory is in `deskwork.rs`). Every method is an adapter over
//! `desk::commitments` and `desk::calendar`, which it gives today's date
//! (the local calendar's) for what is overdue and which session is next.

use crate::desk::{calendar, commitments, suggestions};
use crate::model::{
    Commitment, CommitmentDetail, CommitmentFilter, CommitmentInput, CommitmentStatus,
    CommitmentSuggestion, DeskAgenda, Result, Session, SessionFile,
};
use crate::Library;
use chrono::NaiveDate;

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

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
    /// `None`, or rewrites one's fields, leaving its status as it is.
    pub fn save_commitment(&mut self, input: &CommitmentInput) -> Result<Commitment> {
        commitments::save_commitment(&mut self.store, input, today())
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

    /// The calendar, by start date.
    pub fn sessions(&self) -> Result<Vec<Session>> {
        self.store.sessions()
    }

    /// A session's page: its drafts, the commitments due by it, its
    /// talking points and the statements delivered there.
    pub fn session_file(&self, key: &str) -> Result<SessionFile> {
        calendar::session_file(&self.store, key, today())
    }

    /// Creates the session of its key, or replaces it whole.
    pub fn save_session(&mut self, session: &Session) -> Result<Session> {
        calendar::save_session(&mut self.store, session)
    }

    pub fn delete_session(&mut self, key: &str) -> Result<()> {
        calendar::delete_session(&mut self.store, key)
    }

    /// The home view's summary: the next session and what is due before it.
    pub fn desk_agenda(&self) -> Result<DeskAgenda> {
        calendar::desk_agenda(&self.store, today())
    }
}
