//! The topics' part of the facade: the list of topics drafts, talking
//! points and commitments are tagged with, and the values on no list (of
//! topics or sessions) for a person to sort out. Adapters over `topics`.

use super::Library;
use crate::model::{Result, Topic, UnlistedValue};
use crate::topics;

impl Library {
    /// The list of topics, by name, each with its uses.
    pub fn topics(&self) -> Result<Vec<Topic>> {
        topics::topics(&self.store)
    }

    /// Adds a topic to the list; gives back its name as kept.
    pub fn add_topic(&mut self, name: &str) -> Result<String> {
        topics::add_topic(&mut self.store, name)
    }

    /// Renames a topic; what is tagged with it follows.
    pub fn rename_topic(&mut self, from: &str, to: &str) -> Result<String> {
        topics::rename_topic(&mut self.store, from, to)
    }

    /// Deletes a topic nothing is tagged with.
    pub fn delete_topic(&mut self, name: &str) -> Result<()> {
        topics::delete_topic(&mut self.store, name)
    }

    /// Merges a topic, or a value on no list, into a topic of the list;
    /// gives back how many drafts, points and commitments changed.
    pub fn merge_topic(&mut self, from: &str, into: &str) -> Result<u64> {
        topics::merge_topic(&mut self.store, from, into)
    }

    /// The sessions and topics that drafts, points and commitments hold
    /// but no list does, with what holds each.
    pub fn unlisted_values(&self) -> Result<Vec<UnlistedValue>> {
        topics::unlisted_values(&self.store)
    }
}
