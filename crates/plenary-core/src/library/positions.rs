//! The positions' part of the facade: a position's timeline, and who else
//! says this. Adapters over `positions`.

use super::termbase::not_a_term;
use super::Library;
use crate::model::Result;
use crate::positions::{self, PositionTimeline};
use crate::reuse::ReuseMatch;
use crate::termbase::TermIndex;

impl Library {
    /// How `speaker`'s wording of a topic, phrase or passage evolved
    /// (the delegation's when `None`, every speaker's when no delegation
    /// is set); in `all_languages`, a query that is a termbase term is
    /// followed through its concept into every language.
    pub fn position_timeline(
        &self,
        query: &str,
        speaker: Option<&str>,
        all_languages: bool,
    ) -> Result<PositionTimeline> {
        let delegation = match speaker {
            Some(_) => None,
            None => self.store.settings()?.delegation,
        };
        let speaker = speaker.or(delegation.as_deref());
        let terms = match all_languages {
            true => Some(TermIndex::new(self.store.concepts()?)),
            false => None,
        };
        let across = match &terms {
            Some(terms) => Some(
                terms
                    .concept_named(query)
                    .ok_or_else(|| not_a_term(query))?,
            ),
            None => None,
        };
        positions::position_timeline(&self.store, &*self.reuse_index()?, query, speaker, across)
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
