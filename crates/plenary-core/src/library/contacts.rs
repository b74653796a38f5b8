//! The contacts' part of the facade: the Points of Contact directory.
//! Every method is an adapter over `contacts`, which it gives today's date
//! for the stale flag and the contact log; no derived data depends on the
//! directory.

use super::{today, Library};
use crate::contacts::{self, ContactFormat};
use crate::model::{
    Contact, ContactFields, ContactFilePreview, ContactImportReport, ContactLogEntry,
    ContactLogKind, ContactMapping, ContactOutcome, MappingSource, PocType, Result,
};
use chrono::NaiveDate;
use std::path::Path;

impl Library {
    /// Directory entries holding every word of `query`, of the State and
    /// POC type given, by State, type and name.
    pub fn contacts(
        &self,
        query: Option<&str>,
        state: Option<&str>,
        poc_type: Option<PocType>,
    ) -> Result<Vec<Contact>> {
        contacts::contacts(&self.store, query, state, poc_type, today())
    }

    pub fn contact(&self, id: i64) -> Result<Contact> {
        contacts::contact(&self.store, id, today())
    }

    /// Adds an entry; a second one of the same State, type and email is refused.
    pub fn add_contact(&mut self, fields: &ContactFields) -> Result<Contact> {
        contacts::add_contact(&mut self.store, fields, today())
    }

    /// Rewrites an entry whole.
    pub fn edit_contact(&mut self, id: i64, fields: &ContactFields) -> Result<Contact> {
        contacts::edit_contact(&mut self.store, id, fields, today())
    }

    /// Deletes an entry with its log.
    pub fn delete_contact(&mut self, id: i64) -> Result<()> {
        self.store.delete_contact(id)
    }

    /// Logs a call, email or ping test; an answered call or ping test
    /// verifies the entry on that day. Gives back the entry.
    pub fn log_contact(
        &mut self,
        id: i64,
        date: NaiveDate,
        kind: ContactLogKind,
        outcome: ContactOutcome,
        note: Option<&str>,
    ) -> Result<Contact> {
        contacts::log_contact(&mut self.store, id, (date, kind, outcome), note, today())
    }

    /// An entry's log, oldest first.
    pub fn contact_log(&self, id: i64) -> Result<Vec<ContactLogEntry>> {
        contacts::contact_log(&self.store, id)
    }

    /// The mapping step of an import: the first rows of the contacts file
    /// at `path` (CSV or vCard) and how its columns would be read, by
    /// `preset`'s headers when given (see `contacts::preview`).
    pub fn preview_contacts(
        &self,
        path: &Path,
        preset: Option<MappingSource>,
    ) -> Result<ContactFilePreview> {
        contacts::preview(&self.store, path, preset)
    }

    /// Imports a contacts file through `mapping` (the proposed one when
    /// `None`; see `contacts::import`), calling `on_row` with the count of
    /// entries read.
    pub fn import_contacts(
        &mut self,
        path: &Path,
        mapping: Option<&ContactMapping>,
        on_row: impl FnMut(u64),
    ) -> Result<ContactImportReport> {
        contacts::import(&mut self.store, path, mapping, on_row)
    }

    /// The canonical names of the States an entry may be of.
    pub fn state_names(&self) -> Vec<&'static str> {
        crate::text::states::state_names()
    }

    /// The entries given, or the whole directory, as CSV or vCard 3.0.
    pub fn export_contacts(&self, ids: &[i64], format: ContactFormat) -> Result<Vec<u8>> {
        let contacts = match ids.is_empty() {
            true => self.contacts(None, None, None)?,
            false => ids
                .iter()
                .map(|id| self.contact(*id))
                .collect::<Result<Vec<_>>>()?,
        };
        contacts::export_contacts(&contacts, format)
    }

    /// The months after which an unverified entry is flagged stale.
    pub fn contact_stale_months(&self) -> Result<u32> {
        contacts::stale_months(&self.store)
    }

    pub fn set_contact_stale_months(&mut self, months: u32) -> Result<()> {
        contacts::set_stale_months(&mut self.store, months)
    }
}
