//! The fuzzy-match score and the word diff. Both work on word tokens
//! normalised by `text::tokens` (case, punctuation, quotes, hyphens and
//! whitespace do not count; numbers, names and dates do).
//!
//! similarity(a, b) = 100 × 2·LCS(a, b) / (|a| + |b|)
//!
//! where LCS is the longest common subsequence of the two token sequences.
//! Equivalently it is 100 × (1 − d / (|a| + |b|)) with d the token edit
//! distance when a word may be inserted or deleted at cost 1 (a changed word
//! costs 2): a translation memory's fuzzy match, normalised by length.
//! 100 means the same wording; `docs/REUSE.md` has worked examples.

pub use crate::model::{DiffKind, DiffOp};
use crate::text::tokens::for_each_token;
use std::ops::Range;

/// A token's identity for matching: a 32-bit hash of its normalised form.
pub type TokenId = u32;

/// Hashes a normalised token (FNV-1a, folded to 32 bits).
pub fn token_id(norm: &str) -> TokenId {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in norm.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h ^ (h >> 32)) as u32
}

/// A token's byte span in its text, and its id.
pub type PlacedToken = (Range<usize>, TokenId);

/// A text's tokens, in order, as ids with their spans (no string is built
/// per token).
pub fn placed_tokens(text: &str) -> Vec<PlacedToken> {
    let mut tokens = Vec::new();
    for_each_token(text, |norm, span| tokens.push((span, token_id(norm))));
    tokens
}

/// A text's token ids, in order.
pub fn token_ids(text: &str) -> Vec<TokenId> {
    let mut ids = Vec::new();
    for_each_token(text, |norm, _| ids.push(token_id(norm)));
    ids
}

/// Length of the longest common subsequence (see `Positions`).
pub fn lcs_len(a: &[TokenId], b: &[TokenId]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    Positions::new(a).lcs_len(b.iter().copied()).0
}

/// A slot of the table that holds no token (tokens are 32-bit).
const EMPTY: u64 = u64::MAX;

/// Where each distinct token of a sequence stands in it, as bit masks (one
/// machine word per 64 positions), in a small open-addressing table: what
/// the bit-parallel LCS reads for each token of the other sequence. Built
/// once for a sequence compared with many others (a query sentence with its
/// candidates), it makes each comparison linear in the other's length.
pub struct Positions {
    len: usize,
    /// Machine words per mask.
    words: usize,
    /// A token's first slot is its multiplicative hash shifted by this.
    shift: u32,
    /// Each slot's token, or `EMPTY`.
    slots: Vec<u64>,
    /// `words` machine words per slot.
    masks: Vec<u64>,
}

impl Positions {
    pub fn new(sequence: &[TokenId]) -> Self {
        let words = sequence.len().div_ceil(64).max(1);
        // A table at most a quarter full: a word the sequence lacks is
        // nearly always told at the first slot.
        let capacity = (sequence.len() * 4).next_power_of_two().max(16);
        let mut positions = Positions {
            len: sequence.len(),
            words,
            shift: 32 - capacity.trailing_zeros(),
            slots: vec![EMPTY; capacity],
            masks: vec![0; capacity * words],
        };
        for (i, &token) in sequence.iter().enumerate() {
            let slot = positions.slot(token);
            positions.slots[slot] = u64::from(token);
            positions.masks[slot * words + i / 64] |= 1 << (i % 64);
        }
        positions
    }

    /// The slot holding `token`, or the empty one where it would go.
    #[inline]
    fn slot(&self, token: TokenId) -> usize {
        let last = self.slots.len() - 1;
        let mut slot = (token.wrapping_mul(0x9E37_79B1) >> self.shift) as usize & last;
        while self.slots[slot] != EMPTY && self.slots[slot] != u64::from(token) {
            slot = (slot + 1) & last;
        }
        slot
    }

    /// The masks of `token`'s positions; `None` when it does not occur.
    #[inline]
    fn masks_of(&self, token: TokenId) -> Option<&[u64]> {
        let slot = self.slot(token);
        (self.slots[slot] != EMPTY).then(|| &self.masks[slot * self.words..][..self.words])
    }

    /// The length of the longest common subsequence of this sequence and
    /// `other`, and the length of `other`. Bit-parallel (after Allison and
    /// Dix): for each token of `other`, V' = (V + U) | (V − U) with
    /// U = V & positions(token), the carry and borrow passed from word to
    /// word; the LCS is the number of zero bits of V. A token that does not
    /// occur leaves V as it is.
    pub fn lcs_len(&self, other: impl IntoIterator<Item = TokenId>) -> (usize, usize) {
        let mut other_len = 0;
        if self.words == 1 {
            // The common case, a sentence of at most 64 words, in a register.
            let mut v: u64 = !0;
            for y in other {
                other_len += 1;
                if let Some(m) = self.masks_of(y) {
                    let u = v & m[0];
                    v = v.wrapping_add(u) | v.wrapping_sub(u);
                }
            }
            let mask = match self.len {
                64 => !0,
                len => (1u64 << len) - 1,
            };
            return ((!v & mask).count_ones() as usize, other_len);
        }
        let mut v = vec![!0u64; self.words];
        for y in other {
            other_len += 1;
            let Some(m) = self.masks_of(y) else {
                continue;
            };
            let (mut carry, mut borrow) = (false, false);
            for (w, &m) in v.iter_mut().zip(m) {
                let u = *w & m;
                let (sum, c1) = w.overflowing_add(u);
                let (sum, c2) = sum.overflowing_add(u64::from(carry));
                let (diff, b1) = w.overflowing_sub(u);
                let (diff, b2) = diff.overflowing_sub(u64::from(borrow));
                carry = c1 || c2;
                borrow = b1 || b2;
                *w = sum | diff;
            }
        }
        let tail = self.len % 64;
        let lcs = v
            .iter()
            .enumerate()
            .map(|(k, w)| {
                let mask = if k + 1 == self.words && tail != 0 {
                    (1u64 << tail) - 1
                } else {
                    !0
                };
                (!w & mask).count_ones() as usize
            })
            .sum();
        (lcs, other_len)
    }

    /// The similarity percentage of this sequence and `other`.
    pub fn similarity(&self, other: impl IntoIterator<Item = TokenId>) -> f64 {
        let (lcs, other_len) = self.lcs_len(other);
        score(lcs, self.len, other_len)
    }
}

/// The similarity percentage of two token sequences (see the module doc).
pub fn similarity(a: &[TokenId], b: &[TokenId]) -> f64 {
    score(lcs_len(a, b), a.len(), b.len())
}

/// The similarity percentage from an LCS and the two lengths.
fn score(lcs: usize, a_len: usize, b_len: usize) -> f64 {
    if a_len == 0 && b_len == 0 {
        return 100.0;
    }
    200.0 * lcs as f64 / (a_len + b_len) as f64
}

/// The score shown for two wordings whose `similarity` is `score`: with
/// one decimal, and 100 only when the two texts are the same once white
/// space and quote marks are made alike. Wordings with the same words but
/// a comma, a capital or a hyphen of difference score 99.9, and no rounding
/// lifts a lower score to 100: a translator reads 100 as an exact match.
pub fn shown_score(score: f64, earlier: &str, later: &str) -> f64 {
    let rounded = (score * 10.0).round() / 10.0;
    match same_text(earlier, later) {
        true => 100.0,
        false => rounded.min(99.9),
    }
}

/// True when two texts are the same but for white space (any run of it,
/// and at either end) and the style of their quote marks.
pub fn same_text(a: &str, b: &str) -> bool {
    fn normalised(text: &str) -> impl Iterator<Item = char> + '_ {
        text.split_whitespace()
            .enumerate()
            .flat_map(|(i, word)| (i > 0).then_some(' ').into_iter().chain(word.chars()))
            .map(|c| match c {
                '‘' | '’' | '‚' | '‛' | '′' | '`' | '´' => '\'',
                '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
                other => other,
            })
    }
    normalised(a).eq(normalised(b))
}

/// Runs of words, as the diff finds them: deletions index the earlier
/// tokens, the rest the later. Adjacent runs of one kind are one run, and
/// inside a changed stretch the deletion comes first.
#[derive(Default)]
struct Runs(Vec<(DiffKind, std::ops::Range<usize>)>);

impl Runs {
    fn push(&mut self, kind: DiffKind, words: std::ops::Range<usize>) {
        if words.is_empty() {
            return;
        }
        match self.0.last_mut() {
            Some((last, range)) if *last == kind && range.end == words.start => {
                range.end = words.end;
            }
            Some((DiffKind::Insert, _)) if kind == DiffKind::Delete => {
                let insert = self.0.pop();
                self.push(kind, words);
                self.0.extend(insert);
            }
            _ => self.0.push((kind, words)),
        }
    }
}

impl similar::algorithms::DiffHook for Runs {
    type Error = std::convert::Infallible;

    fn equal(&mut self, _old: usize, new: usize, len: usize) -> Result<(), Self::Error> {
        self.push(DiffKind::Equal, new..new + len);
        Ok(())
    }

    fn delete(&mut self, old: usize, len: usize, _new: usize) -> Result<(), Self::Error> {
        self.push(DiffKind::Delete, old..old + len);
        Ok(())
    }

    fn insert(&mut self, _old: usize, new: usize, len: usize) -> Result<(), Self::Error> {
        self.push(DiffKind::Insert, new..new + len);
        Ok(())
    }
}

/// How long a word diff may search for the shortest edit before it settles
/// for a good one: two long, very different passages cannot stall a view.
const DIFF_DEADLINE: std::time::Duration = std::time::Duration::from_millis(200);

/// The word diff from `earlier` to `later`, by Myers' algorithm (the
/// `similar` crate), in memory linear in the two texts. Each op's text is
/// the original text of its words (equal runs as the later wording writes
/// them); inside a changed stretch the deletion comes first.
pub fn word_diff(earlier: &str, later: &str) -> Vec<DiffOp> {
    let (earlier_tokens, later_tokens) = (placed_tokens(earlier), placed_tokens(later));
    let a: Vec<TokenId> = earlier_tokens.iter().map(|(_, id)| *id).collect();
    let b: Vec<TokenId> = later_tokens.iter().map(|(_, id)| *id).collect();
    let deadline = std::time::Instant::now() + DIFF_DEADLINE;
    let mut runs = Runs::default();
    let _ = similar::algorithms::myers::diff_deadline(
        &mut runs,
        &a,
        0..a.len(),
        &b,
        0..b.len(),
        Some(deadline),
    );
    runs.0
        .into_iter()
        .map(|(op, words)| {
            let (text, tokens) = match op {
                DiffKind::Delete => (earlier, &earlier_tokens),
                _ => (later, &later_tokens),
            };
            DiffOp {
                op,
                text: text[tokens[words.start].0.start..tokens[words.end - 1].0.end].to_owned(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<TokenId> {
        token_ids(text)
    }

    #[test]
    fn punctuation_case_and_quotes_do_not_lower_the_score() {
        assert_eq!(
            similarity(
                &ids("“Capacity-building,” he said."),
                &ids("\"capacity building\" He said")
            ),
            100.0
        );
    }

    #[test]
    fn a_hundred_is_shown_for_the_same_text_only() {
        let same = "We welcome the “report”.";
        let spaced = "  We welcome\nthe \"report\".";
        let score = similarity(&ids(same), &ids(spaced));
        assert_eq!(shown_score(score, same, spaced), 100.0);
        let comma = "We welcome, the report.";
        let score = similarity(&ids(same), &ids(comma));
        assert_eq!(score, 100.0, "the same words");
        assert_eq!(shown_score(score, same, comma), 99.9);
        assert_eq!(shown_score(99.97, "a b", "a c"), 99.9, "no rounding to 100");
        assert_eq!(shown_score(66.666, "a b", "a c"), 66.7);
    }

    #[test]
    fn numbers_and_names_do_lower_it() {
        assert!(
            similarity(
                &ids("Resolution 75/240 of 2020"),
                &ids("Resolution 76/19 of 2021")
            ) < 70.0
        );
    }

    #[test]
    fn the_formula_on_a_worked_example() {
        // LCS 3 of lengths 4 and 5: 2·3 / 9.
        let s = similarity(
            &ids("we support the mechanism"),
            &ids("we strongly support a mechanism"),
        );
        assert!((s - 66.666).abs() < 0.01, "{s}");
    }

    /// The classic dynamic programme, to check the bit-parallel one against.
    fn lcs_table(a: &[TokenId], b: &[TokenId]) -> usize {
        let mut row = vec![0usize; b.len() + 1];
        for &x in a {
            let mut diagonal = 0;
            for (j, &y) in b.iter().enumerate() {
                let above = row[j + 1];
                row[j + 1] = if x == y {
                    diagonal + 1
                } else {
                    above.max(row[j])
                };
                diagonal = above;
            }
        }
        row[b.len()]
    }

    #[test]
    fn bit_parallel_lcs_agrees_with_the_table() {
        let mut state = 7u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) % n) as u32
        };
        for len in [1usize, 5, 63, 64, 65, 130, 200] {
            for _ in 0..20 {
                let a: Vec<u32> = (0..len).map(|_| next(6)).collect();
                let b: Vec<u32> = (0..(len / 2 + next(40) as usize))
                    .map(|_| next(6))
                    .collect();
                assert_eq!(
                    lcs_len(&a, &b),
                    lcs_table(&a, &b),
                    "lengths {} and {}",
                    a.len(),
                    b.len()
                );
            }
        }
    }

    #[test]
    fn diff_shows_changed_words() {
        let before = "could be another area of early progress.";
        let after = "could be an important area of early progress,” he said.";
        let ops = word_diff(before, after);
        let shown: Vec<(DiffKind, &str)> = ops.iter().map(|o| (o.op, o.text.as_str())).collect();
        assert_eq!(
            shown,
            [
                (DiffKind::Equal, "could be"),
                (DiffKind::Delete, "another"),
                (DiffKind::Insert, "an important"),
                (DiffKind::Equal, "area of early progress"),
                (DiffKind::Insert, "he said"),
            ]
        );
    }
}
