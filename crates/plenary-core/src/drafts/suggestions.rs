//! Suggestions for a drafter at work on a paragraph: the library's earlier
//! language (`reuse::suggest`: matches, and earlier sentences that go on
//! from the typed words, marked as such) and the delegation's talking
//! points whose text fits the paragraph, marked as talking points. A point
//! is scored as provenance scores it once inserted (`provenance::best_run`,
//! the best run of the paragraph's sentences against the point's text),
//! so every suggestion stands on the one scale of every score.

use super::provenance::{best_run, sentences_of, RESEMBLES};
use crate::model::{DiffOp, Filter, Kind, Result, Span, TalkingPoint};
use crate::reuse::similarity::{shown_score, token_ids, word_diff};
use crate::reuse::{self, ReuseIndex, ReuseMatch};
use crate::store::Store;
use rustc_hash::FxHashSet;
use serde::Serialize;

/// One suggestion: earlier language, or a talking point.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Suggestion {
    /// A passage of the library, as `reuse` finds it.
    Passage(ReuseMatch),
    /// One of the delegation's talking points.
    TalkingPoint(PointMatch),
}

/// A talking point whose text fits the paragraph.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PointMatch {
    pub point: TalkingPoint,
    /// The paragraph's similarity to the point, 0 to 100.
    pub score: f64,
    /// The run of the paragraph's sentences that the point fits.
    pub query_span: Span,
    /// From the point's wording to the paragraph's.
    pub diff: Vec<DiffOp>,
}

impl Suggestion {
    pub fn score(&self) -> f64 {
        match self {
            Suggestion::Passage(m) => m.score,
            Suggestion::TalkingPoint(p) => p.score,
        }
    }

    /// The library passage suggested, if it is one.
    pub fn passage_id(&self) -> Option<i64> {
        self.passage().map(|m| m.source.passage_id)
    }

    /// The earlier language suggested, if it is that.
    pub fn passage(&self) -> Option<&ReuseMatch> {
        match self {
            Suggestion::Passage(m) => Some(m),
            Suggestion::TalkingPoint(_) => None,
        }
    }

    /// True for an earlier sentence that goes on from the typed words.
    pub fn continues(&self) -> bool {
        self.passage().is_some_and(|m| m.continues)
    }
}

/// Earlier language and talking points for `text`, at most `k`, best
/// score first; among equal scores, earlier language first. Talking points
/// are the delegation's own, so a filter on another speaker, on a kind
/// other than talking points, or on dates leaves them out.
pub fn suggest(
    store: &Store,
    index: &ReuseIndex,
    text: &str,
    filter: &Filter,
    delegation: Option<&str>,
    k: usize,
) -> Result<Vec<Suggestion>> {
    let mut found: Vec<Suggestion> = reuse::suggest(store, index, text, filter, k)?
        .into_iter()
        .map(Suggestion::Passage)
        .collect();
    let own = filter
        .speaker
        .as_deref()
        .is_none_or(|s| Some(s) == delegation)
        && filter
            .kind
            .as_deref()
            .is_none_or(|kind| Kind::parse(kind) == Ok(Kind::TalkingPoints))
        && filter.from.is_none()
        && filter.to.is_none();
    if own {
        found.extend(
            fitting_points(store, text)?
                .into_iter()
                .map(Suggestion::TalkingPoint),
        );
    }
    // A stable sort: earlier language keeps its order among equal scores.
    found.sort_by(|a, b| b.score().total_cmp(&a.score()));
    found.truncate(k);
    Ok(found)
}

/// The talking points that fit `text` as well as an inserted wording must
/// to remain its source (`RESEMBLES`).
fn fitting_points(store: &Store, text: &str) -> Result<Vec<PointMatch>> {
    let sentences = sentences_of(text);
    let mut found = Vec::new();
    for point in store.talking_points(&[], None, None)? {
        let tokens = token_ids(&point.text);
        let words: FxHashSet<u32> = tokens.iter().copied().collect();
        let Some((raw, run)) = best_run(&sentences, &tokens, &words) else {
            continue;
        };
        let fitted = &text[run.clone()];
        let score = shown_score(raw, point.text.trim(), fitted);
        if score >= RESEMBLES {
            found.push(PointMatch {
                diff: word_diff(&point.text, fitted),
                score,
                query_span: Span {
                    start: run.start,
                    end: run.end,
                },
                point,
            });
        }
    }
    Ok(found)
}
