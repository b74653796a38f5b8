//! The reuse index's postings added since its sorted table was last
//! rebuilt (an import adds each new document's sentences as it goes). They
//! are kept in the order added, in one buffer, each linked to the one added
//! before it under the same hash, so a look-up walks a hash's postings
//! newest first and adding one allocates nothing per hash. A bit per slice
//! of the hashes says whether any posting may be under a hash, so most
//! look-ups of a hash with none end there, without reading the map.

use rustc_hash::FxHashMap;

/// No earlier posting under the same hash.
const NONE: u32 = u32::MAX;
/// Bits in `may_hold` (128 KB of them).
const SLICES: usize = 1 << 20;

#[derive(Default)]
pub struct Pending {
    /// For each slice of the hashes (their low bits), whether a posting
    /// was added under one of them; empty until the first is.
    may_hold: Vec<u64>,
    /// Each hash's newest posting, as an index into `postings`.
    newest: FxHashMap<u32, u32>,
    /// Every posting, (hash << 32 | entry), in the order added.
    postings: Vec<u64>,
    /// For each posting, the one added before it under the same hash.
    earlier: Vec<u32>,
}

impl Pending {
    pub fn push(&mut self, hash: u32, entry: u32) {
        if self.may_hold.is_empty() {
            self.may_hold = vec![0; SLICES / 64];
        }
        let slice = hash as usize % SLICES;
        self.may_hold[slice / 64] |= 1 << (slice % 64);
        let at = self.postings.len() as u32;
        self.earlier
            .push(self.newest.insert(hash, at).unwrap_or(NONE));
        self.postings
            .push((u64::from(hash) << 32) | u64::from(entry));
    }

    pub fn len(&self) -> usize {
        self.postings.len()
    }

    /// Visits the newest `at_most` entries under `hash`, newest first, and
    /// gives how many it visited.
    pub fn visit(&self, hash: u32, at_most: usize, mut visit: impl FnMut(u32)) -> usize {
        let slice = hash as usize % SLICES;
        let may_hold = self
            .may_hold
            .get(slice / 64)
            .is_some_and(|bits| bits & (1 << (slice % 64)) != 0);
        if !may_hold {
            return 0;
        }
        let mut at = self.newest.get(&hash).copied().unwrap_or(NONE);
        let mut visited = 0;
        while at != NONE && visited < at_most {
            visit(self.postings[at as usize] as u32);
            visited += 1;
            at = self.earlier[at as usize];
        }
        visited
    }

    /// Takes every posting, sorted, leaving none.
    pub fn take_sorted(&mut self) -> Vec<u64> {
        self.may_hold.fill(0);
        self.newest.clear();
        self.earlier.clear();
        let mut postings = std::mem::take(&mut self.postings);
        postings.sort_unstable();
        postings
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_gives_its_newest_postings_first_and_no_others() {
        let mut pending = Pending::default();
        for entry in 0..10 {
            pending.push(7, entry);
            pending.push(9, 100 + entry);
        }
        let mut seen = Vec::new();
        assert_eq!(pending.visit(7, 4, |e| seen.push(e)), 4);
        assert_eq!(seen, [9, 8, 7, 6]);
        seen.clear();
        assert_eq!(pending.visit(9, 50, |e| seen.push(e)), 10);
        assert_eq!(seen, (100..110).rev().collect::<Vec<_>>());
        assert_eq!(pending.visit(8, 50, |_| {}), 0);
        let sorted = pending.take_sorted();
        assert_eq!(sorted.len(), 20);
        assert!(sorted.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(pending.len(), 0);
        assert_eq!(pending.visit(7, 50, |_| {}), 0);
    }
}
