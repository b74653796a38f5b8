//! An import that meets a value the library refuses, a folder that links to
//! itself, or a panic half-way: each costs at most the file at fault, and
//! the library is left whole and out of any transaction.

use plenary_core::import::FileOutcome;
use plenary_core::model::Filter;
use plenary_core::Library;
use std::path::Path;

fn statement(speaker: &str) -> String {
    format!("Statement by {speaker}\n\nMr. Chair,\n\n{speaker} supports a permanent mechanism for regular institutional dialogue on ICT security under the auspices of the United Nations.\n")
}

fn write_statements(folder: &Path, n: usize) {
    std::fs::create_dir_all(folder).unwrap();
    for (i, speaker) in ["Chile", "Peru", "Kenya", "Ghana", "Fiji"]
        .iter()
        .take(n)
        .enumerate()
    {
        std::fs::write(folder.join(format!("{i}.md")), statement(speaker)).unwrap();
    }
}

#[test]
fn a_five_digit_year_fails_its_file_only() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    write_statements(&folder, 4);
    std::fs::write(
        folder.join("2-far-future.md"),
        format!("---\ndate: +12345-01-01\n---\n\n{}", statement("Nauru")),
    )
    .unwrap();
    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let report = library.import_paths(&[folder], |_| {}).unwrap();
    assert_eq!((report.imported, report.failed), (4, 1), "{report:#?}");
    let failed = report
        .files
        .iter()
        .find_map(|f| match f {
            FileOutcome::Failed { path, reason, .. } => Some((path, reason)),
            _ => None,
        })
        .unwrap();
    assert!(failed.0.ends_with("2-far-future.md"), "{failed:?}");
    assert!(
        failed.1.contains("'date'"),
        "the reason names the field: {}",
        failed.1
    );
    assert_eq!(library.documents(&Filter::default()).unwrap().len(), 4);
    assert_eq!(library.integrity_check().unwrap(), "ok");
}

#[cfg(unix)]
#[test]
fn a_folder_that_links_to_itself_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    write_statements(&folder, 2);
    std::os::unix::fs::symlink(&folder, folder.join("again")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("nowhere"), folder.join("gone.md")).unwrap();
    let mut library = Library::open_in_memory().unwrap();
    let report = library.import_paths(&[folder], |_| {}).unwrap();
    assert_eq!(report.imported, 2, "{report:#?}");
    let problems: Vec<String> = report
        .files
        .iter()
        .filter_map(|f| match f {
            FileOutcome::Failed { path, reason, .. } => Some(format!("{path}: {reason}")),
            _ => None,
        })
        .collect();
    assert_eq!(
        problems.len(),
        2,
        "the loop and the broken link are reported: {problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|m| m.contains("again") && m.contains("leads back")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|m| m.contains("gone.md")),
        "{problems:?}"
    );
}

#[test]
fn a_panic_during_an_import_leaves_no_transaction_open() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    write_statements(&folder, 5);
    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        library.import_paths(std::slice::from_ref(&folder), |progress| {
            assert!(progress.done < 3, "a progress listener fails");
        })
    }));
    assert!(panicked.is_err(), "the listener's panic goes through");
    assert!(
        library.is_idle(),
        "the batch was rolled back, not left open"
    );
    assert_eq!(
        library.stats().unwrap().documents,
        0,
        "the open batch was undone"
    );
    let report = library.import_paths(&[folder], |_| {}).unwrap();
    assert_eq!(report.imported, 5, "the next import runs: {report:#?}");
    assert_eq!(library.integrity_check().unwrap(), "ok");
}
