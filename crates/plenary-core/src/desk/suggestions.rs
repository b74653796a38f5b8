//! Commitments suggested from the library's statements: the sentences of
//! the delegation's statements (every speaker's when no delegation is set)
//! that read as commitments (`cues`), minus those accepted or dismissed,
//! by confidence, then newest first; a wording said again in later
//! statements is suggested once, from the newest. A suggestion accepted
//! (as it is or edited) becomes a commitment linked to its passage; one
//! dismissed stays dismissed.

use super::{commitments, cues};
use crate::model::{
    Commitment, CommitmentInput, CommitmentKind, CommitmentSuggestion, Error, Result,
};
use crate::store::Store;
use chrono::NaiveDate;
use std::collections::HashSet;

/// A sentence that reads as a commitment, before its source is read.
struct Candidate {
    passage_id: i64,
    sentence_index: u32,
    date: Option<String>,
    text: String,
    reading: cues::Reading,
}

/// The suggestions, at most `limit`: by confidence, then newest first.
pub fn suggestions(store: &Store, limit: usize) -> Result<Vec<CommitmentSuggestion>> {
    let delegation = store.settings()?.delegation;
    let decided = store.decided_suggestions()?;
    let mut candidates = Vec::new();
    store.statement_sentences(delegation.as_deref(), |s| {
        if decided.contains(&(s.passage_id, s.ordinal)) {
            return;
        }
        if let Some(reading) = cues::read_sentence(s.text, s.speaker) {
            candidates.push(Candidate {
                passage_id: s.passage_id,
                sentence_index: s.ordinal,
                date: s.date.map(str::to_owned),
                text: s.text.to_owned(),
                reading,
            });
        }
    })?;
    candidates.sort_by(|a, b| {
        b.reading
            .confidence
            .total_cmp(&a.reading.confidence)
            .then_with(|| b.date.cmp(&a.date))
            .then_with(|| b.passage_id.cmp(&a.passage_id))
            .then_with(|| a.sentence_index.cmp(&b.sentence_index))
    });
    let mut seen = HashSet::new();
    let mut suggestions = Vec::new();
    for candidate in candidates {
        if suggestions.len() >= limit {
            break;
        }
        let wording: String = candidate
            .text
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !seen.insert(wording) {
            continue;
        }
        suggestions.push(CommitmentSuggestion {
            source: store.commitment_source(candidate.passage_id)?,
            sentence_index: candidate.sentence_index,
            text: candidate.text,
            kind: candidate.reading.kind,
            confidence: candidate.reading.confidence,
        });
    }
    Ok(suggestions)
}

/// The text of sentence `sentence_index` of passage `passage_id`, or an
/// error naming what is missing.
fn sentence(store: &Store, passage_id: i64, sentence_index: u32) -> Result<String> {
    store.commitment_source(passage_id)?;
    store
        .passage_sentence(passage_id, sentence_index)?
        .ok_or_else(|| {
            Error::field(
                "sentence_index",
                format!("passage {passage_id} has no sentence {sentence_index}"),
            )
        })
}

/// Makes a suggestion a commitment linked to its passage: its text and
/// kind, unless `edited` gives others (its id and source are ignored).
pub fn accept(
    store: &mut Store,
    passage_id: i64,
    sentence_index: u32,
    edited: Option<&CommitmentInput>,
    today: NaiveDate,
) -> Result<Commitment> {
    let text = sentence(store, passage_id, sentence_index)?;
    if store
        .suggestion_decision(passage_id, sentence_index)?
        .as_deref()
        == Some("accepted")
    {
        return Err(Error::field(
            "sentence_index",
            format!("sentence {sentence_index} of passage {passage_id} is already a commitment"),
        ));
    }
    let input = match edited {
        Some(edited) => CommitmentInput {
            id: None,
            source_passage_id: Some(passage_id),
            ..edited.clone()
        },
        None => {
            let speaker = store.commitment_source(passage_id)?.speaker;
            let kind = cues::read_sentence(&text, speaker.as_deref())
                .map_or(CommitmentKind::Position, |r| r.kind);
            CommitmentInput {
                id: None,
                text,
                kind,
                owner: None,
                due_on: None,
                session: None,
                topic: None,
                source_passage_id: Some(passage_id),
            }
        }
    };
    let input = commitments::checked(store, &input)?;
    let id = store.add_commitment(&input, Some((passage_id, sentence_index)))?;
    store.commitment(id, today)
}

/// Dismisses a suggestion for good.
pub fn dismiss(store: &mut Store, passage_id: i64, sentence_index: u32) -> Result<()> {
    sentence(store, passage_id, sentence_index)?;
    store.dismiss_suggestion(passage_id, sentence_index)
}
