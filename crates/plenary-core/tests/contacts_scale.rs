//! A contacts file is streamed, never read whole: a CSV of 100,000 rows
//! imports with progress, in bounded time, holding a few megabytes
//! whatever the file's size (the allocator counts what the import holds at
//! each row read); a file over the size limit is refused before it is
//! read at all.

use plenary_core::contacts::MAX_FILE_BYTES;
use plenary_core::{ErrorKind, Library};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

const ROWS: u64 = 100_000;

/// What the allocator holds now, counted from `region`'s start.
fn held(region: &Region<System>) -> usize {
    let stats = region.change();
    stats
        .bytes_allocated
        .saturating_sub(stats.bytes_deallocated)
}

#[test]
fn a_csv_of_100000_rows_imports_with_progress_in_bounded_time_and_memory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.csv");
    const STATES: [&str; 6] = ["Chile", "Cuba", "France", "Ghana", "Japan", "Peru"];
    let mut csv = String::from("state,poc_type,full_name,institution,email,phone,notes\n");
    for n in 0..ROWS {
        let kind = ["diplomatic", "technical"][(n % 2) as usize];
        csv.push_str(&format!(
            "{},{kind},Personne {n},Ministère {},p{n}@example.org,+1 555 {n:06},note {n} {}\n",
            STATES[(n % 6) as usize],
            n % 50,
            "x".repeat(150)
        ));
    }
    std::fs::write(&path, &csv).unwrap();
    let file_bytes = csv.len();
    assert!(file_bytes > 20 * 1024 * 1024);
    drop(csv);

    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let started = Instant::now();
    let region = Region::new(GLOBAL);
    let mut peak = 0usize;
    let mut calls = 0u64;
    let report = library
        .import_contacts(&path, None, |_| {
            calls += 1;
            peak = peak.max(held(&region));
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
        peak < 8 * 1024 * 1024,
        "held {} MB for a file of {} MB: the file was not streamed",
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

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    let file = std::fs::File::create(&path).unwrap();
    std::fs::write(&path, "state,poc_type,full_name\n").unwrap();
    file.set_len(MAX_FILE_BYTES + 1).unwrap();

    let mut library = Library::open_in_memory().unwrap();
    let region = Region::new(GLOBAL);
    let refused = library.import_contacts(&path, None, |_| {}).unwrap_err();
    let peak = held(&region);
    assert_eq!(refused.kind(), ErrorKind::BadInput);
    assert!(
        refused
            .to_string()
            .ends_with("the file is 268 MB; a contacts file may hold at most 256 MB"),
        "{refused}"
    );
    assert!(peak < 1024 * 1024, "held {} KB", peak / 1024);
    assert!(library.preview_contacts(&path, None).is_err());
}
