//! A contacts file is streamed, never read whole: a CSV of 100,000 rows
//! imports with progress, in bounded time, holding a few megabytes
//! whatever the file's size (the allocator counts what the import holds at
//! each row read); a row of many megabytes (a quote never closed, a cell
//! of a pasted file) stops the import at that row before it is held; a
//! file over the size limit is refused before it is read at all.

use plenary_core::contacts::MAX_FILE_BYTES;
use plenary_core::{ErrorKind, Library};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

const ROWS: u64 = 100_000;

/// The allocator's counts are the process's: the tests run one at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn alone() -> MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

/// What the allocator holds now, counted from `region`'s start.
fn held(region: &Region<System>) -> usize {
    let stats = region.change();
    stats
        .bytes_allocated
        .saturating_sub(stats.bytes_deallocated)
}

#[test]
fn a_csv_of_100000_rows_imports_with_progress_in_bounded_time_and_memory() {
    let _alone = alone();
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
    let _alone = alone();
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

/// A row of 20 MB, in one cell or in a quote that never closes over the
/// rows after it: the import stops at that row, naming it, before the row
/// is held (the allocator counts what buffers grew by on the way), and
/// nothing is imported.
#[test]
fn a_row_of_many_megabytes_stops_the_import_at_that_row_without_holding_it() {
    let _alone = alone();
    let dir = tempfile::tempdir().unwrap();
    let header = "state,poc_type,full_name,email,notes\n";
    let good = "Chile,technical,Ana Soto,asoto@minrel.gob.cl,\n";
    let one_cell = format!(
        "{header}{good}Chile,technical,Big Note,big@minrel.gob.cl,{}\n{good}",
        "x".repeat(20 * 1024 * 1024)
    );
    let mut open_quote =
        format!("{header}{good}{good}Chile,technical,\"Open Quote,q@minrel.gob.cl,\n");
    while open_quote.len() < 20 * 1024 * 1024 {
        open_quote.push_str(good);
    }
    for (name, text, row) in [("cell.csv", one_cell, 3), ("quote.csv", open_quote, 4)] {
        let path = dir.path().join(name);
        std::fs::write(&path, &text).unwrap();
        drop(text);
        let mut library = Library::open_in_memory().unwrap();
        let region = Region::new(GLOBAL);
        let result = library.import_contacts(&path, None, |_| {});
        // A row is read into a buffer that grows by reallocation: what
        // buffers grew by bounds the longest row held.
        let grown = region.change().bytes_reallocated;
        assert!(
            grown < 8 * 1024 * 1024,
            "{name}: buffers grew by {} MB for a row of 20 MB: the row was held",
            grown / 1024 / 1024
        );
        let refused = result.unwrap_err();
        assert_eq!(refused.kind(), ErrorKind::BadInput);
        assert!(
            refused.to_string().contains(&format!(
                "row {row}: the row is longer than 1 MB, which no contact is"
            )),
            "{name}: {refused}"
        );
        assert!(
            library.contacts(None, None, None).unwrap().is_empty(),
            "{name}"
        );
    }
}
