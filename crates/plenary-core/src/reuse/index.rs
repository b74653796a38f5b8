//! The in-memory candidate index for reuse. Every substantive sentence is
//! kept as its word ids (compactly, in a `WordStore`), and is indexed under a sketch: the K smallest
//! hashes of its word shingles (a bottom-K MinHash sketch). Two wordings
//! that share much of their shingles share, with high probability, at least
//! one sketch entry, so a query looks up each of its own shingles and counts
//! which sentences it meets; only the best-counted candidates are then
//! scored exactly. Each sentence is also indexed under its opening (its
//! first `SHINGLE` words), so the first words of a sentence being typed
//! find the earlier sentences that begin the same way. The index is built
//! from the library on first use and kept current by imports; it holds no
//! state the database does not.

use super::pending::Pending;
use super::similarity::{Positions, TokenId};
use super::words::WordStore;
use rustc_hash::{FxHashMap, FxHashSet};

/// Words per shingle.
const SHINGLE: usize = 4;
/// Entries per sentence sketch.
const SKETCH_SIZE: usize = 12;
/// Sentences shorter than this are not reuse candidates.
pub const MIN_SENTENCE_TOKENS: usize = 5;
/// At most this many sentences are visited per shingle (the most recent).
const MAX_POSTINGS: usize = 48;
/// Pending postings are merged into the sorted table past this many.
const PENDING_LIMIT: usize = 200_000;

/// Where an indexed sentence is, and when it was said. Its words are
/// kept apart, in the index's `WordStore`, at the same position.
#[derive(Debug, Clone)]
pub struct SentenceEntry {
    pub passage_id: i64,
    pub document_id: i64,
    /// Days since the common era, when the document's date is known.
    pub date: Option<i32>,
    /// 1-based position of the sentence in its passage.
    pub ordinal: u32,
    /// Byte range of the sentence in its passage's text.
    pub start: u32,
    pub end: u32,
}

/// A sentence to match or to index, with its word ids.
#[derive(Debug, Clone)]
pub struct NewSentence {
    pub entry: SentenceEntry,
    pub tokens: Vec<TokenId>,
}

impl SentenceEntry {
    /// True when `self` was said before `other`: by date when both are
    /// dated and differ, otherwise by import order.
    pub fn is_before(&self, other: &SentenceEntry) -> bool {
        match (self.date, other.date) {
            (Some(a), Some(b)) if a != b => a < b,
            _ => self.document_id < other.document_id,
        }
    }
}

/// The sorted table of postings is kept as two columns: each posting's
/// hash without its top 16 bits (which `buckets` already says) and its
/// entry, 6 bytes a posting instead of 8.
#[derive(Default)]
pub struct ReuseIndex {
    pub entries: Vec<SentenceEntry>,
    words: WordStore,
    /// The low 16 bits of each posting's hash, sorted within each bucket.
    sorted_low: Vec<u16>,
    /// Each posting's entry, beside its hash.
    sorted_entry: Vec<u32>,
    /// Where each value of a hash's top 16 bits starts in the sorted
    /// columns, so a look-up searches one small bucket.
    buckets: Vec<u32>,
    /// Postings added since the sorted table was last rebuilt.
    pending: Pending,
    /// Each document's entries, so one document's are found without a scan.
    by_document: FxHashMap<i64, Vec<u32>>,
    /// Entries of documents analysed again since the index was built: they
    /// keep their place (postings point at it) but never match.
    retired: FxHashSet<u32>,
}

/// Builds the index of a whole library at once: the postings are gathered
/// in one table and sorted once, with none left pending.
#[derive(Default)]
pub struct IndexBuilder {
    index: ReuseIndex,
    postings: Vec<u64>,
}

impl IndexBuilder {
    pub fn add(&mut self, sentence: &NewSentence) {
        if let Some(at) = self.index.hold(sentence) {
            for hash in sketch(&sentence.tokens) {
                self.postings.push((u64::from(hash) << 32) | u64::from(at));
            }
        }
    }

    /// The index, its buffers trimmed to what they hold.
    pub fn finish(self) -> ReuseIndex {
        let IndexBuilder {
            mut index,
            mut postings,
        } = self;
        postings.sort_unstable();
        index.set_sorted(&postings);
        drop(postings);
        index.entries.shrink_to_fit();
        index.words.shrink_to_fit();
        index
    }
}

/// The hashes of a token sequence's word shingles (or of the whole
/// sequence when it is shorter than three words), sorted and deduplicated.
pub fn shingles(tokens: &[TokenId]) -> Vec<u32> {
    let mut out: Vec<u32> = if tokens.len() < SHINGLE {
        vec![mix(tokens)]
    } else {
        tokens.windows(SHINGLE).map(mix).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// The hash a sentence's opening words are indexed under, apart from its
/// shingles' (a different seed), when it has at least `SHINGLE` words.
pub fn opening(tokens: &[TokenId]) -> Option<u32> {
    let window = tokens.get(..SHINGLE)?;
    Some(mix_from(0xC2B2_AE3D_27D4_EB4F, window))
}

/// The hashes a sentence is indexed under: its sketch and its opening.
fn sketch(tokens: &[TokenId]) -> impl Iterator<Item = u32> {
    let opening = opening(tokens);
    shingles(tokens)
        .into_iter()
        .take(SKETCH_SIZE)
        .chain(opening)
}

fn mix(window: &[TokenId]) -> u32 {
    mix_from(0x9E37_79B9_7F4A_7C15, window)
}

fn mix_from(seed: u64, window: &[TokenId]) -> u32 {
    let mut h: u64 = seed;
    for &t in window {
        h = (h ^ u64::from(t)).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        h ^= h >> 29;
    }
    (h >> 32) as u32
}

impl ReuseIndex {
    /// Gives a document's sentences a new date (days since the common
    /// era), after its date was corrected.
    pub fn set_document_date(&mut self, document_id: i64, date: Option<i32>) {
        for &i in self.by_document.get(&document_id).into_iter().flatten() {
            self.entries[i as usize].date = date;
        }
    }

    /// Retires a document's sentences, before it is analysed again: they
    /// keep their place (postings point at it) but never match. The index
    /// built at the next open leaves them out.
    pub fn retire_document(&mut self, document_id: i64) {
        self.retired
            .extend(self.by_document.remove(&document_id).unwrap_or_default());
    }

    /// The word ids of entry `at` (none for a retired one), read into `out`.
    pub fn tokens<'a>(&self, at: u32, out: &'a mut Vec<TokenId>) -> &'a [TokenId] {
        match self.retired.contains(&at) {
            true => {
                out.clear();
                out
            }
            false => self.words.read(at as usize, out),
        }
    }

    /// A text's word ids as the index holds its sentences' words, ready to
    /// be compared with many of them (`similarity`). A word no indexed
    /// sentence has is held as `u32::MAX`, which matches none.
    pub fn positions(&self, tokens: &[TokenId]) -> Positions {
        let codes: Vec<u32> = tokens
            .iter()
            .map(|id| self.words.code(*id).unwrap_or(u32::MAX))
            .collect();
        Positions::new(&codes)
    }

    /// The similarity of a text (its `positions`) to entry `at`, as
    /// `similarity::similarity` of their word ids gives it (a retired entry
    /// has no words).
    pub fn similarity(&self, text: &Positions, at: u32) -> f64 {
        match !self.retired.is_empty() && self.retired.contains(&at) {
            true => text.similarity(std::iter::empty()),
            false => text.similarity(self.words.codes(at as usize)),
        }
    }

    /// Keeps a sentence long enough to be a candidate: its place, its
    /// words, and its document's list. Gives its entry's number.
    fn hold(&mut self, sentence: &NewSentence) -> Option<u32> {
        if sentence.tokens.len() < MIN_SENTENCE_TOKENS {
            return None;
        }
        let at = self.entries.len() as u32;
        self.by_document
            .entry(sentence.entry.document_id)
            .or_default()
            .push(at);
        self.entries.push(sentence.entry.clone());
        self.words.push(&sentence.tokens);
        Some(at)
    }

    pub fn add(&mut self, sentence: &NewSentence) {
        let Some(at) = self.hold(sentence) else {
            return;
        };
        for hash in sketch(&sentence.tokens) {
            self.pending.push(hash, at);
        }
        if self.pending.len() > PENDING_LIMIT {
            self.merge_pending();
        }
    }

    /// Merges the pending postings into the sorted table, bucket by bucket.
    fn merge_pending(&mut self) {
        let mut fresh = self.pending.take_sorted().into_iter().peekable();
        let total = self.sorted_entry.len() + fresh.len();
        let (mut low, mut entry) = (Vec::with_capacity(total), Vec::with_capacity(total));
        let mut buckets = vec![0u32; (1 << 16) + 1];
        for top in 0..1usize << 16 {
            let held = self
                .buckets
                .get(top..top + 2)
                .map_or(0..0, |b| b[0] as usize..b[1] as usize);
            let mut held = held
                .map(|at| (self.sorted_low[at], self.sorted_entry[at]))
                .peekable();
            loop {
                let new = fresh
                    .peek()
                    .filter(|p| (**p >> 48) as usize == top)
                    .map(|p| ((*p >> 32) as u16, *p as u32));
                let next = match (held.peek(), new) {
                    (Some(&h), Some(n)) if h <= n => held.next(),
                    (_, Some(n)) => {
                        fresh.next();
                        Some(n)
                    }
                    (Some(_), None) => held.next(),
                    (None, None) => break,
                };
                if let Some((l, e)) = next {
                    low.push(l);
                    entry.push(e);
                }
            }
            buckets[top + 1] = low.len() as u32;
        }
        self.sorted_low = low;
        self.sorted_entry = entry;
        self.buckets = buckets;
    }

    /// Takes `sorted` (whole postings, sorted) as the table of postings,
    /// with its buckets.
    fn set_sorted(&mut self, sorted: &[u64]) {
        self.buckets = vec![0; (1 << 16) + 1];
        for v in sorted {
            self.buckets[(v >> 48) as usize + 1] += 1;
        }
        for b in 1..self.buckets.len() {
            self.buckets[b] += self.buckets[b - 1];
        }
        self.sorted_low = sorted.iter().map(|v| (v >> 32) as u16).collect();
        self.sorted_entry = sorted.iter().map(|v| *v as u32).collect();
    }

    /// Visits the entries indexed under `hash`: the most recent
    /// `MAX_POSTINGS` of them, since a shingle that many sentences share
    /// says little, and a formula repeated that often is found in its
    /// recent copies.
    fn postings(&self, hash: u32, mut visit: impl FnMut(u32)) {
        let room = MAX_POSTINGS - self.pending.visit(hash, MAX_POSTINGS, &mut visit);
        if room == 0 {
            return;
        }
        let Some(bucket) = self
            .buckets
            .get((hash >> 16) as usize..(hash >> 16) as usize + 2)
        else {
            return;
        };
        let (from, to) = (bucket[0] as usize, bucket[1] as usize);
        let low = hash as u16;
        let within = &self.sorted_low[from..to];
        let hi = within.partition_point(|v| *v <= low);
        let lo = within[..hi]
            .partition_point(|v| *v < low)
            .max(hi.saturating_sub(room));
        self.sorted_entry[from + lo..from + hi]
            .iter()
            .for_each(|i| visit(*i));
    }

    /// Entries indexed under any of `hashes` (a text's `shingles`, and
    /// perhaps its `opening`), most hashes shared first, at most `limit`,
    /// among those `accept` lets through.
    pub fn candidates(
        &self,
        hashes: &[u32],
        limit: usize,
        accept: impl Fn(&SentenceEntry) -> bool,
    ) -> Vec<u32> {
        let mut counts: FxHashMap<u32, u32> =
            FxHashMap::with_capacity_and_hasher(hashes.len() * 16, Default::default());
        for &hash in hashes {
            self.postings(hash, |i| *counts.entry(i).or_insert(0) += 1);
        }
        let mut found: Vec<(u32, u32)> = counts.into_iter().collect();
        let best_first = |a: &(u32, u32), b: &(u32, u32)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
        let usable = |(i, _): &(u32, u32)| {
            (self.retired.is_empty() || !self.retired.contains(i))
                && accept(&self.entries[*i as usize])
        };
        // The best of those not yet looked at are brought to the front and
        // the usable ones kept, until `limit` are kept or none is left: only
        // the entries that may be kept are checked, which in an import is
        // nearly always the first `limit`.
        let mut chosen = Vec::with_capacity(limit);
        let mut rest = &mut found[..];
        while chosen.len() < limit && !rest.is_empty() {
            let wanted = (limit - chosen.len()).min(rest.len());
            if rest.len() > wanted {
                rest.select_nth_unstable_by(wanted, best_first);
            }
            let (best, worse) = rest.split_at_mut(wanted);
            chosen.extend(best.iter().filter(|c| usable(c)));
            rest = worse;
        }
        chosen.sort_unstable_by(best_first);
        chosen.into_iter().map(|(i, _)| i).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reuse::similarity::token_ids;

    fn entry(id: i64, text: &str) -> NewSentence {
        NewSentence {
            entry: SentenceEntry {
                passage_id: id,
                document_id: id,
                date: None,
                ordinal: 1,
                start: 0,
                end: text.len() as u32,
            },
            tokens: token_ids(text),
        }
    }

    #[test]
    fn lightly_edited_sentences_meet_through_the_sketch() {
        let mut index = ReuseIndex::default();
        index.add(&entry(1, "We must be particularly concerned at the significant increase in recent years in the frequency of cyber attacks on critical infrastructure."));
        index.add(&entry(2, "The digital divide between developed and developing countries must be bridged for all."));
        for i in 3..(PENDING_LIMIT as i64 / 6) {
            index.add(&entry(
                i,
                &format!("Filler sentence number {i} about nothing in particular at all."),
            ));
        }
        let query = token_ids("We are particularly concerned at the frequency of cyber attacks on critical infrastructure.");
        let found = index.candidates(&shingles(&query), 5, |_| true);
        assert_eq!(
            index.entries[found[0] as usize].passage_id, 1,
            "the edited sentence is the top candidate"
        );
    }
}
