//! Checking a text against the agreed texts. Each blank-line paragraph is
//! read on its own:
//!
//! 1. its sentences are matched against the agreed texts' sentences with
//!    the reuse engine (`reuse::find_reuse` on the agreed index). Where
//!    the word diff changes, cuts or adds words *between* shared words
//!    (a qualifier cut from inside a quoted part of a long agreed sentence
//!    included), the stretch from the first shared word to the last is
//!    altered agreed language when it scores at least `ALTERED_MIN_SCORE`
//!    against the agreed stretch it follows ("that", "the", "a" or "an"
//!    alone dropped or added does not count). Words added or left out
//!    only at its ends are not: quoting part of an agreed sentence, or
//!    going on after it, alters nothing;
//! 2. every run of at least `MIN_QUOTE_WORDS` words the paragraph shares
//!    exactly with an agreed paragraph, outside the altered spans, is
//!    agreed language, cited by symbol and paragraph number;
//! 3. what lies between is new wording.
//!
//! The spans come back in the order of the text, covering every word.

use super::{citation, run_hash, AgreedLibrary, MIN_QUOTE_WORDS};
use crate::model::{Filter, Result, Span};
use crate::reuse::similarity::{
    placed_tokens, shown_score, similarity, token_ids, word_diff, PlacedToken,
};
use crate::reuse::{self, DiffKind, DiffOp, FindOptions};
use crate::store::Store;
use crate::text::paragraphs::{offset_in, paragraphs};
use serde::Serialize;

/// A stretch of text scoring at least this against the stretch of an
/// agreed sentence it follows, with words changed inside it, is altered
/// agreed language.
pub const ALTERED_MIN_SCORE: f64 = 60.0;
/// The agreed sentences a text's sentence is compared with are those it
/// scores at least this against as a whole: a sentence that quotes part of
/// a long agreed sentence scores low against all of it.
const CANDIDATE_MIN_SCORE: f64 = 30.0;
/// At most this many agreed passages are read per paragraph.
const MATCHES_PER_PARAGRAPH: usize = 32;
/// A paragraph longer than this (in bytes) is checked for exact quotes
/// only, as the reuse engine matches at most about 15,000 words at once.
const MAX_MATCHED_BYTES: usize = 100_000;

/// What a span of the checked text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum SpanKind {
    /// An exact quote of an agreed text.
    Agreed,
    /// An agreed text with words changed, added or dropped inside it.
    Altered,
    /// Wording of the drafter's own.
    New,
}

/// The agreed paragraph a span quotes or alters.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct AgreedSource {
    pub document_id: i64,
    pub passage_id: i64,
    pub symbol: String,
    /// The paragraph's number as its document gives it, if it has one.
    pub paragraph: Option<String>,
    /// How to cite it: "A/77/275 ¶ 15".
    pub citation: String,
    /// The agreed wording the span follows.
    pub text: String,
}

/// One span of a checked text.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct CheckedSpan {
    pub kind: SpanKind,
    /// The blank-line paragraph it is in, from 0.
    pub paragraph: usize,
    /// Byte range in the checked text.
    pub span: Span,
    pub text: String,
    /// The agreed paragraph, for agreed and altered spans.
    pub source: Option<AgreedSource>,
    /// Similarity to the agreed wording, 0 to 100 (100 for an exact quote).
    pub score: Option<f64>,
    /// For altered spans, from the agreed wording to the span's.
    pub diff: Vec<DiffOp>,
}

/// The agreed and altered spans of one passage of a document.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PassageCheck {
    pub passage_id: i64,
    pub ordinal: i64,
    /// Byte ranges in the passage's text.
    pub spans: Vec<CheckedSpan>,
}

/// The passages of a document that quote or alter agreed texts, with
/// those spans (new wording left out), in reading order.
pub fn check_passages(
    store: &Store,
    agreed: &AgreedLibrary,
    passages: &[crate::model::Passage],
) -> Result<Vec<PassageCheck>> {
    let mut out = Vec::new();
    if agreed.is_empty() {
        return Ok(out);
    }
    for passage in passages.iter().filter(|p| p.role.is_substantive()) {
        let spans: Vec<CheckedSpan> = check_text(store, agreed, &passage.text)?
            .into_iter()
            .filter(|s| s.kind != SpanKind::New)
            .collect();
        if !spans.is_empty() {
            out.push(PassageCheck {
                passage_id: passage.id,
                ordinal: passage.ordinal,
                spans,
            });
        }
    }
    Ok(out)
}

/// Every agreed, altered and new span of `text`, in order.
pub fn check_text(store: &Store, agreed: &AgreedLibrary, text: &str) -> Result<Vec<CheckedSpan>> {
    let mut out = Vec::new();
    for (at, paragraph) in paragraphs(text).into_iter().enumerate() {
        let base = offset_in(text, paragraph);
        let tokens = placed_tokens(paragraph);
        let mut marked = match agreed.is_empty()
            || tokens.len() < MIN_QUOTE_WORDS
            || paragraph.len() > MAX_MATCHED_BYTES
        {
            true => Vec::new(),
            false => altered_spans(store, agreed, paragraph)?,
        };
        let exact = exact_quotes(agreed, paragraph, &tokens, &marked);
        marked.extend(exact);
        marked.sort_by_key(|s| s.span.start);
        let mut cursor = 0;
        for mut span in marked {
            push_new(
                &mut out,
                at,
                paragraph,
                base,
                &tokens,
                cursor..span.span.start,
            );
            cursor = span.span.end;
            span.paragraph = at;
            span.span = Span {
                start: base + span.span.start,
                end: base + span.span.end,
            };
            out.push(span);
        }
        push_new(
            &mut out,
            at,
            paragraph,
            base,
            &tokens,
            cursor..paragraph.len(),
        );
    }
    Ok(out)
}

/// The new wording in `range` of a paragraph, from its first word to its
/// last, when it holds any word.
fn push_new(
    out: &mut Vec<CheckedSpan>,
    at: usize,
    paragraph: &str,
    base: usize,
    tokens: &[PlacedToken],
    range: std::ops::Range<usize>,
) {
    let mut inside = tokens
        .iter()
        .filter(|(span, _)| span.start >= range.start && span.end <= range.end);
    let Some((first, _)) = inside.next() else {
        return;
    };
    let end = inside.next_back().map_or(first.end, |(span, _)| span.end);
    // Closing punctuation right after the last word belongs to it.
    let end = end
        + paragraph[end..range.end]
            .chars()
            .take_while(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '”' | '’'))
            .map(char::len_utf8)
            .sum::<usize>();
    out.push(CheckedSpan {
        kind: super::SpanKind::New,
        paragraph: at,
        span: Span {
            start: base + first.start,
            end: base + end,
        },
        text: paragraph[first.start..end].to_owned(),
        source: None,
        score: None,
        diff: Vec::new(),
    });
}

/// The sentences of a paragraph that alter an agreed sentence, best score
/// first among overlapping ones; spans are relative to the paragraph.
fn altered_spans(
    store: &Store,
    agreed: &AgreedLibrary,
    paragraph: &str,
) -> Result<Vec<CheckedSpan>> {
    let options = FindOptions {
        k: MATCHES_PER_PARAGRAPH,
        min_score: CANDIDATE_MIN_SCORE,
        exclude_document: None,
    };
    let found = reuse::find_reuse(store, &agreed.index, paragraph, &Filter::default(), options)?;
    let mut candidates: Vec<CheckedSpan> = Vec::new();
    for m in found {
        let Some(&p) = agreed.by_passage.get(&m.source.passage_id) else {
            continue;
        };
        let source = &agreed.paragraphs[p];
        let wording = without_number(&source.text, m.source_span);
        let query = &paragraph[m.query_span.start..m.query_span.end];
        let diff = word_diff(wording, query);
        let Some((first, last)) = core_of(&diff) else {
            continue;
        };
        let core = &diff[first..=last];
        if !core.iter().any(alters) || shared_words(core) < MIN_QUOTE_WORDS {
            continue;
        }
        // The drafter's own words before and after the altered wording
        // are not part of it, nor the agreed words the draft leaves out
        // before and after it.
        let Some(span) = stretch(query, later_words(&diff[..first]), later_words(core)) else {
            continue;
        };
        let Some(followed) = stretch(wording, earlier_words(&diff[..first]), earlier_words(core))
        else {
            continue;
        };
        let text = &query[span.start..span.end];
        let agreed_wording = &wording[followed.start..followed.end];
        let score = similarity(&token_ids(agreed_wording), &token_ids(text));
        if score < ALTERED_MIN_SCORE {
            continue;
        }
        candidates.push(CheckedSpan {
            kind: super::SpanKind::Altered,
            paragraph: 0,
            text: text.to_owned(),
            span: Span {
                start: m.query_span.start + span.start,
                end: m.query_span.start + span.end,
            },
            source: Some(agreed_source(source, agreed_wording)),
            score: Some(shown_score(score, agreed_wording, text)),
            diff: core.to_vec(),
        });
    }
    candidates.sort_by(|a, b| b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)));
    let mut spans: Vec<CheckedSpan> = Vec::new();
    for candidate in candidates {
        let overlaps = spans
            .iter()
            .any(|s| s.span.start < candidate.span.end && candidate.span.start < s.span.end);
        if !overlaps {
            spans.push(candidate);
        }
    }
    Ok(spans)
}

/// The first and last shared runs of a diff that the altered wording runs
/// between. A shared run of minor words only ("that the") at either end
/// is no anchor when the change beside it replaces words (the drafter's
/// framing meeting the agreed sentence's opening by chance), but it is one
/// beside words only cut or only added ("the voluntary, non-binding
/// norms" quoted as "the norms").
fn core_of(diff: &[DiffOp]) -> Option<(usize, usize)> {
    let equal: Vec<usize> = (0..diff.len())
        .filter(|&i| diff[i].op == DiffKind::Equal)
        .collect();
    let (mut from, mut to) = (0, equal.len().checked_sub(1)?);
    let weak = |at: usize, change: &[DiffOp]| {
        !counts(&diff[at].text)
            && change.iter().any(|op| op.op == DiffKind::Delete)
            && change.iter().any(|op| op.op == DiffKind::Insert)
    };
    while from < to && weak(equal[from], &diff[equal[from] + 1..equal[from + 1]]) {
        from += 1;
    }
    while to > from && weak(equal[to], &diff[equal[to - 1] + 1..equal[to]]) {
        to -= 1;
    }
    Some((equal[from], equal[to]))
}

/// The stretch of `text` from its word `skip` (from 0) over `words` words,
/// as a byte range.
fn stretch(text: &str, skip: usize, words: usize) -> Option<Span> {
    let tokens = placed_tokens(text);
    let (first, last) = (
        tokens.get(skip)?,
        tokens.get((skip + words).checked_sub(1)?)?,
    );
    Some(Span {
        start: first.0.start,
        end: last.0.end,
    })
}

/// The agreed wording of a matched span, without the paragraph number
/// that opens its passage.
fn without_number(text: &str, span: Span) -> &str {
    let wording = text.get(span.start..span.end).unwrap_or("");
    if span.start > 0 {
        return wording;
    }
    match super::paragraph_number(wording) {
        Some(number) => {
            let after = wording.trim_start()[number.len() + 1..].trim_start();
            after
        }
        None => wording,
    }
}

/// Words whose dropping or adding alone alters nothing ("recalled that
/// international law …" quoted as "recalled, international law …").
const MINOR_WORDS: [&str; 4] = ["that", "the", "a", "an"];

/// True for a changed run of words with a word in it that counts.
fn alters(op: &DiffOp) -> bool {
    op.op != DiffKind::Equal && counts(&op.text)
}

/// True when a run of words holds one that is not a minor word.
fn counts(words: &str) -> bool {
    crate::text::tokens::tokenize(words)
        .iter()
        .any(|t| !MINOR_WORDS.contains(&t.norm.as_str()))
}

/// How many words of the later wording a run of diff ops holds.
fn later_words(ops: &[DiffOp]) -> usize {
    words_of(ops, DiffKind::Delete)
}

/// How many words of the earlier wording a run of diff ops holds.
fn earlier_words(ops: &[DiffOp]) -> usize {
    words_of(ops, DiffKind::Insert)
}

/// How many words the ops other than those of kind `not` hold.
fn words_of(ops: &[DiffOp], not: DiffKind) -> usize {
    ops.iter()
        .filter(|op| op.op != not)
        .map(|op| placed_tokens(&op.text).len())
        .sum()
}

/// How many words a diff keeps.
fn shared_words(diff: &[DiffOp]) -> usize {
    diff.iter()
        .filter(|op| op.op == DiffKind::Equal)
        .map(|op| placed_tokens(&op.text).len())
        .sum()
}

fn agreed_source(source: &super::AgreedParagraph, wording: &str) -> AgreedSource {
    AgreedSource {
        document_id: source.document_id,
        passage_id: source.passage_id,
        symbol: source.symbol.clone(),
        paragraph: source.number.clone(),
        citation: citation(&source.symbol, source.number.as_deref()),
        text: wording.to_owned(),
    }
}

/// The longest runs of at least `MIN_QUOTE_WORDS` words that a paragraph
/// shares exactly with an agreed paragraph, outside the `taken` spans;
/// spans are relative to the paragraph.
fn exact_quotes(
    agreed: &AgreedLibrary,
    paragraph: &str,
    tokens: &[PlacedToken],
    taken: &[CheckedSpan],
) -> Vec<CheckedSpan> {
    let ids: Vec<u32> = tokens.iter().map(|(_, id)| *id).collect();
    let free = |at: usize| {
        let span = &tokens[at].0;
        !taken
            .iter()
            .any(|t| t.span.start < span.end && span.start < t.span.end)
    };
    let mut out = Vec::new();
    let mut at = 0;
    while at + MIN_QUOTE_WORDS <= ids.len() {
        let mut best: Option<(usize, u32, u32)> = None;
        for &(p, from) in agreed
            .runs
            .get(&run_hash(&ids[at..at + MIN_QUOTE_WORDS]))
            .into_iter()
            .flatten()
        {
            let source = &agreed.paragraphs[p as usize].tokens;
            let len = ids[at..]
                .iter()
                .zip(&source[from as usize..])
                .take_while(|(a, (_, b))| *a == b)
                .count();
            if len >= MIN_QUOTE_WORDS && best.is_none_or(|(l, _, _)| len > l) {
                best = Some((len, p, from));
            }
        }
        let Some((mut len, p, from)) = best else {
            at += 1;
            continue;
        };
        // A quote stops where an altered span begins.
        len = (0..len).take_while(|i| free(at + i)).count();
        if len < MIN_QUOTE_WORDS {
            at += 1;
            continue;
        }
        let source = &agreed.paragraphs[p as usize];
        let source_span = Span {
            start: source.tokens[from as usize].0.start,
            end: source.tokens[from as usize + len - 1].0.end,
        };
        let span = Span {
            start: tokens[at].0.start,
            end: tokens[at + len - 1].0.end,
        };
        out.push(CheckedSpan {
            kind: super::SpanKind::Agreed,
            paragraph: 0,
            span,
            text: paragraph[span.start..span.end].to_owned(),
            source: Some(agreed_source(
                source,
                &source.text[source_span.start..source_span.end],
            )),
            score: Some(100.0),
            diff: Vec::new(),
        });
        at += len;
    }
    out
}
