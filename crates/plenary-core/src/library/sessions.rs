//! The sessions' part of the facade: the calendar, a session's page and
//! the home view's summary of what is due before the next session.
//! Adapters over `sessions`, given today's date.

use super::{today, Library};
use crate::model::{DeskAgenda, Result, Session, SessionFile};
use crate::sessions;

impl Library {
    /// The calendar, by start date.
    pub fn sessions(&self) -> Result<Vec<Session>> {
        self.store.sessions()
    }

    /// A session's page: its drafts, the commitments due by it, its
    /// talking points and the statements delivered there.
    pub fn session_file(&self, key: &str) -> Result<SessionFile> {
        sessions::session_file(&self.store, key, today())
    }

    /// Creates the session of its key, or replaces it whole.
    pub fn save_session(&mut self, session: &Session) -> Result<Session> {
        sessions::save_session(&mut self.store, session)
    }

    pub fn delete_session(&mut self, key: &str) -> Result<()> {
        sessions::delete_session(&mut self.store, key)
    }

    /// Merges a session, or a value on no list, into a session of the
    /// calendar: what held the one holds the other, and the first leaves
    /// the calendar. Gives back how many drafts, points and commitments
    /// changed.
    pub fn merge_session(&mut self, from: &str, into: &str) -> Result<u64> {
        sessions::merge_session(&mut self.store, from, into)
    }

    /// The calendar as an iCalendar file (RFC 5545): every session and
    /// every commitment with a due date, each an event whose UID never
    /// changes, so importing it again updates the events.
    pub fn export_calendar(&self) -> Result<Vec<u8>> {
        sessions::export_calendar(&self.store, today())
    }

    /// The home view's summary: the next session and what is due before it.
    pub fn desk_agenda(&self) -> Result<DeskAgenda> {
        sessions::desk_agenda(&self.store, today())
    }
}
