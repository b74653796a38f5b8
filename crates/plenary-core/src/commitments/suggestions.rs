//! Commitments suggested from the library's statements: the sentences of
//! the delegation's statements (every speaker's when no delegation is set)
//! that read as commitments (`cues`), minus those accepted or dismissed,
//! by confidence, then newest first; a wording said again in other
//! statements (over the years) is suggested once, from the newest, with
//! the statements that repeat it listed. A suggestion accepted
//! (as it is or edited) becomes a commitment linked to its passage; one
//! dismissed stays dismissed. Both are kept by the sentence's document and
//! words, so a re-analysis that rewrites the passages changes neither, and
//! the same wording in another statement is not suggested again either.

use super::{cues, register};
use crate::model::{
    Commitment, CommitmentInput, CommitmentKind, CommitmentRepeat, CommitmentSuggestion, Error,
    Result,
};
use crate::store::{Store, SuggestedSentence};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// A sentence that reads as a commitment, before its source is read.
struct Candidate {
    passage_id: i64,
    sentence_index: u32,
    date: Option<String>,
    text: String,
    reading: cues::Reading,
}

/// A sentence's words, lowercase, without punctuation or a paragraph's
/// number, for telling the same wording again.
fn wording(sentence: &str) -> String {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let numbered = words
        .first()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
    words[usize::from(numbered && words.len() > 1)..].join(" ")
}

/// The suggestions, at most `limit`: by confidence, then newest first.
pub fn suggestions(store: &Store, limit: usize) -> Result<Vec<CommitmentSuggestion>> {
    let delegation = store.settings()?.delegation;
    let mut candidates = Vec::new();
    store.statement_sentences(delegation.as_deref(), |s| {
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
    // A wording accepted or dismissed once is not suggested again, from
    // any statement.
    let decided: HashSet<String> = store
        .decided_sentences()?
        .iter()
        .map(|s| wording(s))
        .collect();
    // Each wording once, from its first candidate (the surest, then the
    // newest), with the passages of its other candidates.
    let mut order: Vec<String> = Vec::new();
    let mut by_wording: HashMap<String, Vec<Candidate>> = HashMap::new();
    for candidate in candidates {
        let words = wording(&candidate.text);
        if decided.contains(&words) {
            continue;
        }
        let same = by_wording.entry(words.clone()).or_default();
        if same.is_empty() {
            order.push(words);
        }
        same.push(candidate);
    }
    let mut suggestions = Vec::new();
    for words in order.into_iter().take(limit) {
        let mut same = by_wording.remove(&words).unwrap_or_default().into_iter();
        let Some(first) = same.next() else {
            continue;
        };
        let mut repeats = Vec::new();
        for other in same {
            repeats.push(CommitmentRepeat {
                source: store.commitment_source(other.passage_id)?,
                score: 1.0,
            });
        }
        repeats.sort_by(|a, b| a.source.date.cmp(&b.source.date));
        suggestions.push(CommitmentSuggestion {
            source: store.commitment_source(first.passage_id)?,
            sentence_index: first.sentence_index,
            text: first.text,
            kind: first.reading.kind,
            confidence: first.reading.confidence,
            repeats,
        });
    }
    Ok(suggestions)
}

/// Sentence `sentence_index` of passage `passage_id`, or an error naming
/// what is missing.
fn sentence(store: &Store, passage_id: i64, sentence_index: u32) -> Result<(i64, String)> {
    let source = store.commitment_source(passage_id)?;
    let text = store
        .passage_sentence(passage_id, sentence_index)?
        .ok_or_else(|| {
            Error::field(
                "sentence_index",
                format!("passage {passage_id} has no sentence {sentence_index}"),
            )
        })?;
    Ok((source.document_id, text))
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
    let (document_id, text) = sentence(store, passage_id, sentence_index)?;
    let suggested = SuggestedSentence {
        passage_id,
        sentence_index,
        document_id,
        text: &text,
    };
    if store.suggestion_decision(&suggested)?.as_deref() == Some("accepted") {
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
                text: text.clone(),
                kind,
                owner: None,
                due_on: None,
                session: None,
                topic: None,
                source_passage_id: Some(passage_id),
            }
        }
    };
    let input = register::checked(store, &input)?;
    let id = store.add_commitment(&input, Some(&suggested), None)?;
    store.commitment(id, today)
}

/// Dismisses a suggestion for good.
pub fn dismiss(store: &mut Store, passage_id: i64, sentence_index: u32) -> Result<()> {
    let (document_id, text) = sentence(store, passage_id, sentence_index)?;
    store.dismiss_suggestion(&SuggestedSentence {
        passage_id,
        sentence_index,
        document_id,
        text: &text,
    })
}
