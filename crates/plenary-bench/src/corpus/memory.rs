//! What the corpus remembers while it is written, and the plan it follows.
//! `plan` draws every document's day, speaker, meeting and kind up front and
//! sorts them by date, so file numbers follow dates. `Memory` keeps every
//! lineage root (the first occurrence of a wording) and every paragraph per
//! speaker and topic; what is written on a day becomes reusable only the next
//! day, so a source is always strictly older than its copy.

use super::layout::Event;
use super::rng::Rng;
use super::speakers::Speaker;
use super::vocabulary::TOPICS;

/// A document to write: its day, speaker, meeting and kind.
pub(super) struct Plan {
    pub(super) day: i64,
    pub(super) speaker: usize,
    pub(super) event: usize,
    pub(super) press: bool,
    pub(super) seed: u64,
    pub(super) topics: Vec<u32>,
}

/// Plans `docs` documents and sorts them by date, so file numbers follow dates.
pub(super) fn plan(
    rng: &mut Rng,
    docs: usize,
    speakers: &[Speaker],
    events: &[Event],
) -> Vec<Plan> {
    let activity: Vec<u32> = speakers.iter().map(|_| 2 + rng.below(10) as u32).collect();
    let interests: Vec<Vec<u32>> = speakers
        .iter()
        .map(|_| {
            let mut w: Vec<u32> = TOPICS.iter().map(|_| 1 + rng.below(4) as u32).collect();
            for _ in 0..3 {
                let t = rng.below(w.len());
                w[t] += 10;
            }
            w
        })
        .collect();
    let event_weights: Vec<u32> = events.iter().map(|e| e.weight).collect();
    let mut plans: Vec<(u64, Plan)> = (0..docs)
        .map(|_| {
            let event = rng.weighted(&event_weights);
            let speaker = rng.weighted(&activity);
            let press = !speakers[speaker].group && rng.chance(0.14);
            let e = &events[event];
            let mut day = e.start + rng.below(e.days as usize) as i64;
            if press {
                day += rng.below(3) as i64;
            }
            let plan = Plan {
                day,
                speaker,
                event,
                press,
                seed: rng.next_u64(),
                topics: interests[speaker].clone(),
            };
            (rng.next_u64(), plan)
        })
        .collect();
    plans.sort_by_key(|(tiebreak, p)| (p.day, *tiebreak));
    plans.into_iter().map(|(_, p)| p).collect()
}

pub(super) struct Root {
    pub(super) text: String,
    pub(super) doc: u32,
    pub(super) paragraph: u32,
    pub(super) sentence: u32,
    pub(super) speaker: u16,
}

pub(super) struct Pending {
    pub(super) day: i64,
    pub(super) speaker: usize,
    pub(super) sentences: Vec<(usize, u32)>,
    pub(super) paragraphs: Vec<(usize, Vec<u32>)>,
}

/// Everything written so far that later documents may reuse.
pub(super) struct Memory {
    pub(super) roots: Vec<Root>,
    /// [speaker][topic] -> root ids.
    pub(super) own: Vec<Vec<Vec<u32>>>,
    /// [topic] -> root ids of all speakers.
    pub(super) shared: Vec<Vec<u32>>,
    /// [speaker][topic] -> paragraphs as root ids.
    pub(super) paragraphs: Vec<Vec<Vec<Vec<u32>>>>,
    /// Written on a day not yet over: not reusable yet.
    pub(super) pending: Vec<Pending>,
}

impl Memory {
    pub(super) fn new(speakers: usize) -> Self {
        Memory {
            roots: Vec::new(),
            own: (0..speakers)
                .map(|_| vec![Vec::new(); TOPICS.len()])
                .collect(),
            shared: vec![Vec::new(); TOPICS.len()],
            paragraphs: (0..speakers)
                .map(|_| vec![Vec::new(); TOPICS.len()])
                .collect(),
            pending: Vec::new(),
        }
    }

    /// Makes what was written before `day` reusable.
    pub(super) fn advance_to(&mut self, day: i64) {
        let ready = self.pending.iter().take_while(|p| p.day < day).count();
        for p in self.pending.drain(..ready) {
            for (topic, id) in p.sentences {
                self.own[p.speaker][topic].push(id);
                self.shared[topic].push(id);
            }
            for (topic, paragraph) in p.paragraphs {
                self.paragraphs[p.speaker][topic].push(paragraph);
            }
        }
    }
}

/// Picks from a pool, half the time among its most recent entries.
pub(super) fn pick_recent<T: Clone>(rng: &mut Rng, pool: &[T]) -> Option<T> {
    if pool.is_empty() {
        return None;
    }
    let i = if rng.chance(0.5) {
        pool.len() - 1 - rng.below(pool.len().min(40))
    } else {
        rng.below(pool.len())
    };
    Some(pool[i].clone())
}
