//! The drafts' part of the facade: the drafter's settings and templates,
//! drafts with their revisions and provenance, suggestions while typing,
//! exports, and delivery. Every method is an adapter over `drafts` (and
//! `render` for exports); a delivered draft's sentences join the in-memory
//! reuse index as it is imported.

use super::Library;
use crate::agreed::AgreedLibrary;
use crate::drafts::{self, settings, Suggestion};
use crate::import;
use crate::model::Filter;
use crate::model::{
    Chair, DiffOp, Draft, DraftStart, DraftSummary, InsertionSource, Language, ParagraphProvenance,
    Result, Revision, Settings, Template,
};
use crate::render::{self, DraftForExport, DraftFormat};
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

    /// Every template, "Blank" first, then the rest by name, as a new draft
    /// in `language` addressing `chair` starts from it.
    pub fn templates(&self, language: Language, chair: Chair) -> Result<Vec<Template>> {
        drafts::templates_in(&self.store, language, chair)
    }

    /// Creates a template or replaces the one of the same name.
    pub fn save_template(&mut self, template: &Template) -> Result<Vec<Template>> {
        drafts::save_template(&mut self.store, template)
    }

    /// Every draft, by session, then status, then the newest first.
    pub fn drafts(&self) -> Result<Vec<DraftSummary>> {
        self.store.draft_summaries()
    }

    /// A new draft in a language, from a template ("Blank" when none is
    /// named) whose opening and closing follow the language and the chair,
    /// or from a body given outright.
    pub fn create_draft(&mut self, title: &str, start: &DraftStart) -> Result<Draft> {
        drafts::create_draft(&mut self.store, title, start)
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

    /// Sets title, session, topic, language, target_minutes or status.
    pub fn update_draft(&mut self, id: i64, field: &str, value: Option<&str>) -> Result<Draft> {
        drafts::update_draft(&mut self.store, id, field, value)
    }

    /// Deletes a draft with its revisions; a statement it became stays.
    pub fn delete_draft(&mut self, id: i64) -> Result<()> {
        self.store.delete_draft(id)
    }

    /// Suggestions for a drafter at work on `text`: earlier language that
    /// matches it or goes on from its last sentence, and talking points
    /// that fit it, at most `k`, best first (`drafts::suggest`).
    pub fn suggest(&self, text: &str, filter: &Filter, k: usize) -> Result<Vec<Suggestion>> {
        let delegation = self.store.settings()?.delegation;
        drafts::suggest(
            &self.store,
            &*self.reuse_index()?,
            text,
            filter,
            delegation.as_deref(),
            k,
        )
    }

    /// Puts talking point `point_id` into the draft as a paragraph of its
    /// own after paragraph `after` (from 1; 0 first; by default before the
    /// closing), recording the insertion.
    pub fn insert_talking_point(
        &mut self,
        draft_id: i64,
        point_id: i64,
        after: Option<usize>,
    ) -> Result<Draft> {
        drafts::insert_point(&mut self.store, draft_id, point_id, after)
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
        let agreed = AgreedLibrary::load(&self.store)?;
        drafts::paragraph_provenance(&self.store, &*self.reuse_index()?, &agreed, &draft)
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

    /// The draft as a Word document, a PDF, a web page, Markdown, the
    /// podium reading copy or the provenance report for capital, with
    /// "Check against delivery" above its title when asked.
    pub fn export_draft(
        &self,
        id: i64,
        format: DraftFormat,
        check_against_delivery: bool,
    ) -> Result<Vec<u8>> {
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
        let heading = drafts::heading(&self.store, &draft, delivered_on)?;
        let provenance = match format.is_report() {
            true => self.draft_provenance(id)?,
            false => Vec::new(),
        };
        render::export_draft(
            &DraftForExport {
                title: &draft.summary.title,
                heading: &heading,
                check_against_delivery,
                body: &draft.body,
                language: draft.summary.language,
                words_per_minute: settings.words_per_minute,
                provenance: &provenance,
                author: settings.user_name.as_deref(),
                created_at: Some(&draft.created_at),
                modified_at: Some(&draft.summary.updated_at),
            },
            format,
        )
    }

    /// Marks the draft sent to capital for clearance.
    pub fn send_to_capital(&mut self, id: i64) -> Result<Draft> {
        drafts::send_to_capital(&mut self.store, id)
    }

    /// Records capital's clearance of the draft as it reads now: by the
    /// user named in the settings, now, as its latest revision.
    pub fn clear_draft(&mut self, id: i64) -> Result<Draft> {
        drafts::clear(&mut self.store, id)
    }

    /// The word diff from the cleared revision to the draft as it reads;
    /// none when it is not cleared or has not changed since.
    pub fn changes_since_cleared(&self, id: i64) -> Result<Vec<DiffOp>> {
        drafts::changes_since_cleared(&self.store, id)
    }

    /// Adds the draft to the library as a statement delivered on `date`,
    /// spoken by the delegation and filed under its session, through the
    /// import pipeline: its passages become sources of reuse at once. The
    /// draft is marked delivered and linked to the document. A draft that
    /// capital has not cleared as it reads is delivered only `uncleared`.
    pub fn deliver_draft(&mut self, id: i64, date: &str, uncleared: bool) -> Result<Draft> {
        let delivery = drafts::delivery(&self.store, id, date, uncleared)?;
        let index = self.take_reuse_index()?;
        let (outcome, index) =
            import::import_markdown(&mut self.store, index, &delivery.name, &delivery.markdown)?;
        self.reuse.replace(index);
        drafts::record_delivery(&mut self.store, &delivery, &outcome)
    }
}
