//! A CSV of 100,000 contacts imports with progress, in bounded time and
//! memory: the allocator counts what the import holds at each row read,
//! which stays a small multiple of the file itself (the file is read and
//! decoded whole; its rows are written as they are read, in one
//! transaction).

use plenary_core::Library;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

const ROWS: u64 = 100_000;

#[test]
fn a_csv_of_100000_rows_imports_with_progress_in_bounded_time_and_memory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.csv");
    let mut csv = String::from("state,poc_type,full_name,institution,email,phone,notes\n");
    for n in 0..ROWS {
        let kind = ["diplomatic", "technical"][(n % 2) as usize];
        csv.push_str(&format!(
            "État {},{kind},Personne {n},Ministère {},p{n}@example.org,+1 555 {n:06},note {n}\n",
            n % 193,
            n % 50
        ));
    }
    std::fs::write(&path, &csv).unwrap();
    let file_bytes = csv.len();
    drop(csv);

    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let started = Instant::now();
    let region = Region::new(GLOBAL);
    let mut peak = 0usize;
    let mut calls = 0u64;
    let report = library
        .import_contacts(&path, |_| {
            calls += 1;
            let stats = region.change();
            peak = peak.max(
                stats
                    .bytes_allocated
                    .saturating_sub(stats.bytes_deallocated),
            );
        })
        .unwrap();
    let took = started.elapsed();

    assert_eq!(
        report.added,
        ROWS,
        "{:?}",
        &report.rejected[..report.rejected.len().min(3)]
    );
    assert_eq!(calls, ROWS, "progress after every row");
    assert!(took < Duration::from_secs(120), "took {took:?}");
    assert!(
        peak < 4 * file_bytes + 16 * 1024 * 1024,
        "held {} MB for a file of {} MB",
        peak / 1024 / 1024,
        file_bytes / 1024 / 1024
    );
    assert_eq!(
        library
            .contacts(Some("Personne 99999"), None, None)
            .unwrap()
            .len(),
        1
    );
}
