//! The word diff runs in memory linear in its input: two linked passages of
//! 20,000 words each are diffed with a few megabytes, where a full n×m table
//! would take about 800 MB. The allocator counts what the diff allocates.

use plenary_core::reuse::similarity::word_diff;
use plenary_core::reuse::DiffKind;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

#[test]
fn two_long_passages_are_diffed_in_linear_memory() {
    let words = |edit: bool| -> String {
        (0..20_000)
            .map(|i| match (edit, i % 500) {
                (true, 7) => "amended".to_owned(),
                _ => format!("w{}", i % 997),
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (earlier, later) = (words(false), words(true));
    let region = Region::new(GLOBAL);
    let diff = word_diff(&earlier, &later);
    let allocated = region.change().bytes_allocated;
    assert!(
        allocated < 64 * 1024 * 1024,
        "the diff allocated {} MB",
        allocated / 1024 / 1024
    );
    let inserted = diff.iter().filter(|op| op.op == DiffKind::Insert).count();
    assert_eq!(inserted, 40, "each of the 40 amended words is found");
}
