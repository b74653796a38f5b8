//! The drafts' part of the facade: the drafter's settings and templates,
//! drafts with their revisions and provenance, suggestions while typing,
//! exports, and delivery. Every method is an adapter over `drafts` (and
//! `render` for exports); a delivered draft's sentences join the in-memory
//! reuse index as it is imported.

use super::Library;
use crate::drafts::{self, settings};
use crate::import;
use crate::model::Filter;
use crate::model::{
    Draft, DraftSummary, InsertionSource, ParagraphProvenance, Result, Revision, Settings, Template,
};
use crate::render::{self, DraftForExport, DraftFormat};
use crate::reuse::{self, ReuseMatch};
use crate::store::NewInsertion;

impl Library {
    /// The drafter's settings, with defaults for what was never set.
    pub fn settings(&self) -> Result<Settings> {
        self.store.settings()
    }

    /// Checks and stores the settings; gives back what was stored.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<Settings> {
        settings::save(&mut self.store, settings)
    }

    /// Every template: "Blank" first, then the rest by name.
    pub fn templates(&self) -> Result<Vec<Template>> {
        drafts::templates(&self.store)
    }

    /// Creates a template or replaces the one of the same name.
    pub fn save_template(&mut self, template: &Template) -> Result<Vec<Template>> {
        drafts::save_template(&mut self.store, template)
    }

    /// Every draft, by session, then status, then the newest first.
    pub fn drafts(&self) -> Result<Vec<DraftSummary>> {
        self.store.draft_summaries()
    }

    /// A new draft from a template ("Blank" when none is named), or from a
    /// body given outright.
    pub fn create_draft(
        &mut self,
        title: &str,
        template: Option<&str>,
        body: Option<&str>,
    ) -> Result<Draft> {
        drafts::create_draft(&mut self.store, title, template, body)
    }

    pub fn draft(&self, id: i64) -> Result<Draft> {
        self.store.draft(id)
    }

    /// Autosave: stores the body, and keeps it as a revision when the
    /// latest revision is more than a minute old.
    pub fn save_draft_body(&mut self, id: i64, body: &str) -> Result<DraftSummary> {
        drafts::save_body(&mut self.store, id, body)
    }

    /// Replaces the body, always as a new revision.
    pub fn write_draft(&mut self, id: i64, body: &str) -> Result<Draft> {
        drafts::write_body(&mut self.store, id, body)
    }

    /// Sets title, session, topic, target_minutes or status.
    pub fn update_draft(&mut self, id: i64, field: &str, value: Option<&str>) -> Result<Draft> {
        drafts::update_draft(&mut self.store, id, field, value)
    }

    /// Deletes a draft with its revisions; a statement it became stays.
    pub fn delete_draft(&mut self, id: i64) -> Result<()> {
        self.store.delete_draft(id)
    }

    /// Suggestions for a drafter at work on `text`: earlier language that
    /// matches it or goes on from its last sentence, at most `k`, best
    /// first and, among equal scores, newest first (`reuse::suggest`).
    pub fn suggest(&self, text: &str, filter: &Filter, k: usize) -> Result<Vec<ReuseMatch>> {
        reuse::suggest(&self.store, &*self.reuse_index()?, text, filter, k)
    }

    /// Records that `text` from `source` was inserted into the draft
    /// (with its score when it was a suggestion), after keeping the body
    /// as it was as a revision.
    pub fn record_insertion(
        &mut self,
        draft_id: i64,
        source: &InsertionSource,
        text: &str,
        score: Option<f64>,
    ) -> Result<Draft> {
        drafts::check_insertion(text, score)?;
        let insertion = match *source {
            InsertionSource::Passage { passage_id } => NewInsertion::Passage {
                passage_id,
                text,
                score,
            },
            InsertionSource::TalkingPoint { id } => NewInsertion::TalkingPoint { id, text, score },
        };
        self.store.keep_draft_revision(draft_id)?;
        self.store.add_insertion(draft_id, &insertion)?;
        self.store.draft(draft_id)
    }

    /// Each paragraph of the draft with where its language comes from now.
    pub fn draft_provenance(&self, id: i64) -> Result<Vec<ParagraphProvenance>> {
        let draft = self.store.draft(id)?;
        drafts::paragraph_provenance(&self.store, &*self.reuse_index()?, &draft)
    }

    /// The draft's revisions, newest first.
    pub fn revisions(&self, draft_id: i64) -> Result<Vec<Revision>> {
        self.store.draft_revisions(draft_id)
    }

    pub fn revision_body(&self, draft_id: i64, revision_id: i64) -> Result<String> {
        self.store.revision_body(draft_id, revision_id)
    }

    /// Brings back an earlier revision, keeping the current body as a
    /// revision first.
    pub fn restore_revision(&mut self, draft_id: i64, revision_id: i64) -> Result<Draft> {
        drafts::restore_revision(&mut self.store, draft_id, revision_id)
    }

    /// The draft as a Word document, a web page, Markdown, the podium
    /// reading copy or the provenance report for capital.
    pub fn export_draft(&self, id: i64, format: DraftFormat) -> Result<Vec<u8>> {
        let draft = self.store.draft(id)?;
        let settings = self.store.settings()?;
        let delivered_on = match draft.delivered_document {
            Some(document) => self
                .store
                .document(document)
                .ok()
                .and_then(|d| d.summary.metadata.date),
            None => None,
        };
        let header = drafts::header_line(&self.store, &draft, &settings, delivered_on)?;
        let provenance = match format {
            DraftFormat::Provenance => self.draft_provenance(id)?,
            _ => Vec::new(),
        };
        render::export_draft(
            &DraftForExport {
                title: &draft.summary.title,
                header: header.as_deref(),
                body: &draft.body,
                words_per_minute: settings.words_per_minute,
                provenance: &provenance,
            },
            format,
        )
    }

    /// Adds the draft to the library as a statement delivered on `date`,
    /// spoken by the delegation, through the import pipeline: its passages
    /// become sources of reuse at once. The draft is marked delivered and
    /// linked to the document.
    pub fn deliver_draft(&mut self, id: i64, date: &str) -> Result<Draft> {
        let delivery = drafts::delivery(&self.store, id, date)?;
        let index = self.take_reuse_index()?;
        let (outcome, index) =
            import::import_markdown(&mut self.store, index, &delivery.name, &delivery.markdown)?;
        self.reuse.replace(index);
        drafts::record_delivery(&mut self.store, &delivery, &outcome)
    }
}
