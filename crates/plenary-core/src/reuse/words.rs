//! The reuse index's sentences as word ids, held compactly: every sentence's
//! words in one shared buffer (no allocation per sentence), each word as a
//! code in the order the library first used it. The first 32,768 words
//! take one 16-bit unit, and any later one two units, so a library of any
//! vocabulary is held exactly, and the common words, which make most of
//! the text, in half the space of their 32-bit ids. Reading a sentence
//! gives back the very ids it was stored with.

use super::similarity::TokenId;
use rustc_hash::FxHashMap;

/// Codes below this take one unit; the high bit of a unit marks the first
/// of a two-unit code.
const SHORT_CODES: u32 = 0x8000;

#[derive(Default)]
pub struct WordStore {
    /// Each word id's code.
    codes: FxHashMap<TokenId, u32>,
    /// Each code's word id.
    ids: Vec<TokenId>,
    /// Every sentence's codes, one after another.
    units: Vec<u16>,
    /// Where each sentence's units start in `units`, and, last, their end.
    starts: Vec<u32>,
}

impl WordStore {
    /// Appends a sentence's word ids; it is read back by its position.
    pub fn push(&mut self, tokens: &[TokenId]) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        for &id in tokens {
            let next = self.ids.len() as u32;
            let code = *self.codes.entry(id).or_insert(next);
            if code == next {
                self.ids.push(id);
            }
            if code < SHORT_CODES {
                self.units.push(code as u16);
            } else {
                self.units.push(0x8000 | (code >> 16) as u16);
                self.units.push(code as u16);
            }
        }
        self.starts.push(self.units.len() as u32);
    }

    /// The word ids of sentence `at`, into `out` (cleared first).
    pub fn read<'a>(&self, at: usize, out: &'a mut Vec<TokenId>) -> &'a [TokenId] {
        out.clear();
        out.extend(self.codes(at).map(|code| self.ids[code as usize]));
        out
    }

    /// The code a word id is held as, when the store holds it. Codes are
    /// below 2^31, so `u32::MAX` is never one.
    pub fn code(&self, id: TokenId) -> Option<u32> {
        self.codes.get(&id).copied()
    }

    /// The codes of sentence `at`'s words, in order (none past the end):
    /// comparing codes is comparing words, without reading their ids.
    pub fn codes(&self, at: usize) -> impl Iterator<Item = u32> + '_ {
        let units = match (self.starts.get(at), self.starts.get(at + 1)) {
            (Some(&start), Some(&end)) => &self.units[start as usize..end as usize],
            _ => &[],
        };
        let mut units = units.iter();
        std::iter::from_fn(move || {
            let &unit = units.next()?;
            Some(match unit & 0x8000 {
                0 => u32::from(unit),
                _ => (u32::from(unit & 0x7FFF) << 16) | u32::from(*units.next().unwrap_or(&0)),
            })
        })
    }

    /// Gives back the room the buffers grew into but do not use.
    pub fn shrink_to_fit(&mut self) {
        self.ids.shrink_to_fit();
        self.units.shrink_to_fit();
        self.starts.shrink_to_fit();
        self.codes.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_read_back_exactly_past_the_short_codes() {
        let mut store = WordStore::default();
        let first: Vec<TokenId> = (0..40_000u32)
            .map(|i| i.wrapping_mul(2_654_435_761))
            .collect();
        store.push(&first);
        let second = vec![first[39_999], first[0], 7, first[32_768], first[32_767]];
        store.push(&second);
        store.push(&[]);
        let mut out = Vec::new();
        assert_eq!(store.read(0, &mut out), &first[..]);
        assert_eq!(store.read(1, &mut out), &second[..]);
        assert_eq!(store.read(2, &mut out), &[] as &[TokenId]);
        assert_eq!(
            store.read(3, &mut out),
            &[] as &[TokenId],
            "past the end: nothing"
        );
        assert_eq!(store.starts.len(), 4, "three sentences");
        assert_eq!(
            store.units.len(),
            32_768 + 2 * 7_232 + 8,
            "the first 32,768 words take one unit, later ones two"
        );
    }
}
