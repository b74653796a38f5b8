//! Delivery: a draft that was spoken becomes a statement in the library.
//! `delivery` checks the draft and the date and writes the draft as a
//! Markdown file would be written, with front matter holding its metadata
//! (the delegation as speaker, the date, the session with its forum when
//! it is one of the calendar, the topic as agenda item, kind statement,
//! the title). The caller imports that text through
//! the import pipeline, so its passages become sources of reuse like any
//! imported statement's, and `record_delivery` then marks the draft
//! delivered with a link to the document it became.

use super::paragraphs;
use crate::import::FileOutcome;
use crate::model::{Draft, Error, Kind, Metadata, Result};
use crate::store::Store;
use crate::text::dates::parse_date;

/// A draft ready to be imported as a statement.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub draft_id: i64,
    /// The name the import gives the text in place of a file's path.
    pub name: String,
    /// Markdown with front matter.
    pub markdown: String,
}

/// Checks that draft `id` may be delivered on `date` (written as a person
/// writes a date) and writes it as a statement's Markdown.
pub fn delivery(store: &Store, id: i64, date: &str) -> Result<Delivery> {
    let draft = store.draft(id)?;
    let date = parse_date(date.trim()).ok_or_else(|| {
        Error::field(
            "date",
            format!(
                "'{}' is not a date (write 2026-03-05 or 5 March 2026)",
                date.trim()
            ),
        )
    })?;
    if let Some(document) = draft.delivered_document {
        return Err(Error::field(
            "status",
            format!("draft {id} was delivered already, as document {document}"),
        ));
    }
    if paragraphs(&draft.body).is_empty() {
        return Err(Error::field(
            "body",
            "the draft is empty: write the statement before delivering it",
        ));
    }
    let speaker = store.settings()?.delegation.ok_or_else(|| {
        Error::field(
            "delegation",
            "set the delegation you speak for in the settings first: it is the statement's speaker",
        )
    })?;
    let calendar = match draft.summary.session.as_deref() {
        Some(key) => store.session(key)?,
        None => None,
    };
    let metadata = Metadata {
        title: Some(draft.summary.title.clone()),
        kind: Some(Kind::Statement),
        speaker: Some(speaker),
        forum: calendar.as_ref().map(|s| s.forum.clone()),
        session: calendar
            .map(|s| s.name)
            .or_else(|| draft.summary.session.clone()),
        agenda_item: draft.summary.topic.clone(),
        date: Some(date),
        ..Metadata::default()
    };
    let yaml: String = serde_yaml::to_string(&metadata)
        .map_err(|e| Error::field("title", format!("cannot be written as front matter: {e}")))?
        .lines()
        .filter(|l| !l.ends_with(": null") && *l != "tags: []")
        .map(|l| format!("{l}\n"))
        .collect();
    Ok(Delivery {
        draft_id: id,
        name: format!("draft-{id}.md"),
        markdown: format!("---\n{yaml}---\n\n{}\n", draft.body.trim()),
    })
}

/// Marks the draft delivered as the document its import wrote (or the
/// library already held, word for word), or says why it was not imported.
pub fn record_delivery(
    store: &mut Store,
    delivery: &Delivery,
    outcome: &FileOutcome,
) -> Result<Draft> {
    let document = match outcome {
        FileOutcome::Imported { document_id, .. } | FileOutcome::Duplicate { document_id, .. } => {
            *document_id
        }
        FileOutcome::Failed { reason, .. } | FileOutcome::Skipped { reason, .. } => {
            return Err(Error::field(
                "body",
                format!("the draft could not be added to the library: {reason}"),
            ))
        }
    };
    store.set_draft_delivered(delivery.draft_id, document)?;
    store.draft(delivery.draft_id)
}
