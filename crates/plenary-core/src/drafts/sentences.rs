//! Each sentence of a draft marked for capital, who clears a statement by
//! asking of every sentence: has this been said before, and where first?
//!
//! A sentence is a formula when `text::roles` reads it as a salutation or
//! a closing. Otherwise it is agreed language when agreed quotes cover at
//! least half its words, and edited when it alters agreed language (both
//! from `agreed::check_text`). Its other sources are the library's earlier
//! passages that match it (`reuse::find_reuse`, at `REUSE_THRESHOLD`) and
//! the sentences of what the drafter inserted that it still resembles as
//! much; all are scored on the one scale every score uses
//! (`similarity::shown_score`) and listed earliest first, so the statement
//! that said it first leads and the later repeats follow. A sentence whose
//! closest source has the same words is reused; one whose closest source
//! differs is edited, with the word diff from that source; one with no
//! source is new.

use crate::agreed::{AgreedSource, CheckedSpan, SpanKind};
use crate::model::{
    DiffKind, DiffOp, DraftSource, Filter, Insertion, Result, SentenceMark, SentenceProvenance,
    SentenceSource, Span,
};
use crate::reuse::similarity::{placed_tokens, shown_score, similarity, token_ids, word_diff};
use crate::reuse::{self, FindOptions, ReuseIndex, MAX_QUERY_BYTES, REUSE_THRESHOLD};
use crate::store::Store;
use crate::text::roles;
use crate::text::sentences::{push_trimmed, split_sentences};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// At most this many earlier passages are listed for one sentence.
const SOURCES_PER_SENTENCE: usize = 12;

/// One inserted text, read as its sentences and their words.
struct Inserted<'a> {
    insertion: &'a Insertion,
    sentences: Vec<(&'a str, Vec<u32>)>,
}

/// What marking a draft's sentences reads, gathered once per draft.
pub(super) struct SentenceMarker<'a> {
    store: &'a Store,
    index: &'a ReuseIndex,
    options: FindOptions,
    inserted: Vec<Inserted<'a>>,
    /// The body's agreed and altered spans, in body offsets.
    agreed: Vec<CheckedSpan>,
    /// The library's sources of each sentence text seen, once each.
    library: FxHashMap<String, Vec<SentenceSource>>,
}

impl<'a> SentenceMarker<'a> {
    pub fn new(
        store: &'a Store,
        index: &'a ReuseIndex,
        insertions: &'a [Insertion],
        agreed: Vec<CheckedSpan>,
        exclude_document: Option<i64>,
    ) -> Self {
        let inserted = insertions
            .iter()
            .map(|insertion| Inserted {
                insertion,
                sentences: split_sentences(&insertion.text)
                    .into_iter()
                    .map(|range| {
                        let text = &insertion.text[range];
                        (text, token_ids(text))
                    })
                    .collect(),
            })
            .collect();
        SentenceMarker {
            store,
            index,
            options: FindOptions {
                k: SOURCES_PER_SENTENCE,
                min_score: REUSE_THRESHOLD,
                exclude_document,
            },
            inserted,
            agreed: agreed
                .into_iter()
                .filter(|s| s.kind != SpanKind::New)
                .collect(),
            library: FxHashMap::default(),
        }
    }

    /// The sentences of a paragraph that starts at byte `offset` of the
    /// body, each marked, in order.
    pub fn paragraph(&mut self, text: &str, offset: usize) -> Result<Vec<SentenceProvenance>> {
        sentence_ranges(text)
            .into_iter()
            .map(|range| self.sentence(&text[range.clone()], range, offset))
            .collect()
    }

    fn sentence(
        &mut self,
        text: &str,
        range: Range<usize>,
        offset: usize,
    ) -> Result<SentenceProvenance> {
        let span = Span {
            start: range.start,
            end: range.end,
        };
        if roles::is_formula(text) {
            return Ok(SentenceProvenance {
                span,
                text: text.to_owned(),
                mark: SentenceMark::Formula,
                sources: Vec::new(),
                diff: Vec::new(),
            });
        }
        let agreed = self.agreed_mark(text, offset + range.start..offset + range.end)?;
        let mut sources = self.library_sources(text)?;
        for source in self.inserted_sources(text) {
            merge(&mut sources, source);
        }
        if let Some((_, source, _)) = &agreed {
            merge(&mut sources, source.clone());
        }
        sources.sort_by(|a, b| said_first(a).cmp(&said_first(b)));
        let (mark, diff) = match agreed {
            Some((mark, _, diff)) => (mark, diff),
            None => match sources.iter().max_by(|a, b| a.score.total_cmp(&b.score)) {
                None => (SentenceMark::New, Vec::new()),
                Some(closest) => {
                    let diff = word_diff(&closest.text, text);
                    match diff.iter().all(|op| op.op == DiffKind::Equal) {
                        true => (SentenceMark::Reused, Vec::new()),
                        false => (SentenceMark::Edited, diff),
                    }
                }
            },
        };
        Ok(SentenceProvenance {
            span,
            text: text.to_owned(),
            mark,
            sources,
            diff,
        })
    }

    /// Agreed when agreed quotes cover half the sentence's words or more;
    /// edited when it alters agreed language. `body` is its range in the
    /// body the spans were found in.
    fn agreed_mark(
        &self,
        text: &str,
        body: Range<usize>,
    ) -> Result<Option<(SentenceMark, SentenceSource, Vec<DiffOp>)>> {
        let inside = |s: &&CheckedSpan| s.span.start < body.end && body.start < s.span.end;
        if let Some(altered) = self
            .agreed
            .iter()
            .filter(inside)
            .find(|s| s.kind == SpanKind::Altered)
        {
            let score = altered.score.unwrap_or(0.0);
            return Ok(agreed_source(self.store, altered.source.as_ref(), score)?
                .map(|source| (SentenceMark::Edited, source, altered.diff.clone())));
        }
        let words = placed_tokens(text);
        let covered = |span: &CheckedSpan| {
            words
                .iter()
                .filter(|(w, _)| {
                    span.span.start <= body.start + w.start && body.start + w.end <= span.span.end
                })
                .count()
        };
        let Some(quote) = self
            .agreed
            .iter()
            .filter(inside)
            .filter(|s| s.kind == SpanKind::Agreed)
            .max_by_key(|s| covered(s))
        else {
            return Ok(None);
        };
        let all: usize = self
            .agreed
            .iter()
            .filter(inside)
            .filter(|s| s.kind == SpanKind::Agreed)
            .map(covered)
            .sum();
        if words.is_empty() || 2 * all < words.len() {
            return Ok(None);
        }
        let wording = quote.source.as_ref().map_or("", |s| s.text.as_str());
        let score = shown_score(
            similarity(&token_ids(wording), &token_ids(text)),
            wording,
            text,
        );
        Ok(agreed_source(self.store, quote.source.as_ref(), score)?
            .map(|source| (SentenceMark::Agreed, source, Vec::new())))
    }

    /// The library's earlier passages that match the sentence.
    fn library_sources(&mut self, text: &str) -> Result<Vec<SentenceSource>> {
        if let Some(found) = self.library.get(text) {
            return Ok(found.clone());
        }
        let found: Vec<SentenceSource> = match text.len() > MAX_QUERY_BYTES {
            true => Vec::new(),
            false => reuse::find_reuse(
                self.store,
                self.index,
                text,
                &Filter::default(),
                self.options,
            )?
            .into_iter()
            .map(|m| SentenceSource {
                source: DraftSource::Passage {
                    provenance: m.source,
                },
                score: m.score,
                text: m.source_text,
                citation: None,
                inserted_at: None,
            })
            .collect(),
        };
        self.library.insert(text.to_owned(), found.clone());
        Ok(found)
    }

    /// The insertions with a sentence that this one resembles as much as
    /// a reuse link would need, each scored against its closest sentence.
    fn inserted_sources(&self, text: &str) -> Vec<SentenceSource> {
        let tokens = token_ids(text);
        self.inserted
            .iter()
            .filter_map(|inserted| {
                let (wording, score) = inserted
                    .sentences
                    .iter()
                    .map(|(wording, words)| (*wording, similarity(&tokens, words)))
                    .max_by(|a, b| a.1.total_cmp(&b.1))?;
                (score >= REUSE_THRESHOLD).then(|| SentenceSource {
                    source: inserted.insertion.source.clone(),
                    score: shown_score(score, wording, text),
                    text: wording.to_owned(),
                    citation: None,
                    inserted_at: Some(inserted.insertion.inserted_at.clone()),
                })
            })
            .collect()
    }
}

/// The agreed paragraph a span follows, as a source of the sentence.
fn agreed_source(
    store: &Store,
    agreed: Option<&AgreedSource>,
    score: f64,
) -> Result<Option<SentenceSource>> {
    let Some(agreed) = agreed else {
        return Ok(None);
    };
    let (provenance, _) = store.provenance(agreed.passage_id)?;
    Ok(Some(SentenceSource {
        source: DraftSource::Passage { provenance },
        score,
        text: agreed.text.clone(),
        citation: Some(agreed.citation.clone()),
        inserted_at: None,
    }))
}

/// Which source an entry names, so that one source is listed once.
pub(super) fn source_key(source: &DraftSource) -> (bool, i64) {
    match source {
        DraftSource::Passage { provenance } => (true, provenance.passage_id),
        DraftSource::TalkingPoint { id, .. } => (false, *id),
    }
}

/// Adds a source, or folds it into the entry naming the same one: the
/// better score and its wording, an agreed citation and the time it was
/// inserted kept from either.
fn merge(sources: &mut Vec<SentenceSource>, source: SentenceSource) {
    let key = source_key(&source.source);
    let Some(seen) = sources.iter_mut().find(|s| source_key(&s.source) == key) else {
        sources.push(source);
        return;
    };
    let (citation, inserted_at) = (
        seen.citation.take().or(source.citation.clone()),
        seen.inserted_at.take().or(source.inserted_at.clone()),
    );
    if source.score > seen.score {
        *seen = source;
    }
    seen.citation = citation;
    seen.inserted_at = inserted_at;
}

/// The order sources are listed in: dated documents by date, then
/// undated ones in the order they came into the library, then talking
/// points.
fn said_first(source: &SentenceSource) -> (u8, Option<&str>, i64) {
    match &source.source {
        DraftSource::Passage { provenance } => (
            u8::from(provenance.date.is_none()),
            provenance.date.as_deref(),
            provenance.document_id,
        ),
        DraftSource::TalkingPoint { id, .. } => (2, None, *id),
    }
}

/// A paragraph's sentences as byte ranges. A salutation on the first line
/// of a paragraph ("Mr. Chair,\nWe welcome …") is a sentence of its own,
/// and so is each item of a list.
fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for range in split_sentences(text) {
        let mut start = range.start;
        for (at, _) in text[range.clone()].match_indices('\n') {
            let cut = range.start + at;
            let next = text[cut..range.end].trim_start();
            let first_line = &text[start..cut];
            if roles::is_salutation(first_line) || opens_list_item(next) {
                push_trimmed(&mut out, text, start, cut);
                start = range.end - next.len();
            }
        }
        push_trimmed(&mut out, text, start, range.end);
    }
    out
}

/// True when a line opens a Markdown list item ("- ", "* ", "+ ", "3. ").
fn opens_list_item(line: &str) -> bool {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &line[digits..];
    match digits {
        0 => rest.starts_with(['-', '*', '+']) && rest[1..].starts_with(' '),
        _ => rest.starts_with(['.', ')']) && rest[1..].starts_with(' '),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        sentence_ranges(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn a_salutation_line_and_each_list_item_are_sentences_of_their_own() {
        assert_eq!(
            sentences("Mr. Chair,\nWe welcome the report. It is timely."),
            ["Mr. Chair,", "We welcome the report.", "It is timely."]
        );
        assert_eq!(
            sentences("- Capacity-building must be demand-driven.\n- it must respect\n  sovereignty.\n3) Last"),
            [
                "- Capacity-building must be demand-driven.",
                "- it must respect\n  sovereignty.",
                "3) Last"
            ]
        );
    }
}
