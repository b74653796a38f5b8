//! Helpers shared by the integration tests: a library built from texts the
//! test writes (`library_of`, `import_texts`), the sample library's
//! location and a fresh library with it imported, the python that reads
//! exports back, and the schema of version 12 (before the desk's lists)
//! for upgrade tests; `drafting` holds the drafting tests' own fixtures.

#![allow(dead_code)]

pub mod drafting;

use plenary_core::import::ImportReport;
use plenary_core::model::DocumentSummary;
use plenary_core::Library;
use std::path::{Path, PathBuf};

/// Writes each `(name, text)` into `dir` and imports the files, in that
/// order, into `library`; fails the test unless every one is imported.
pub fn import_texts<T: AsRef<str>>(
    library: &mut Library,
    dir: &Path,
    texts: &[(&str, T)],
) -> ImportReport {
    let paths: Vec<PathBuf> = texts
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text.as_ref()).unwrap();
            path
        })
        .collect();
    let report = library.import_paths(&paths, |_| {}).unwrap();
    assert_eq!(
        report.imported,
        texts.len(),
        "every text imports: {report:#?}"
    );
    report
}

/// A library file in a fresh temporary folder holding `texts`, each written
/// there under its name and imported (see `import_texts`). The folder, and
/// the library in it, last as long as the returned guard.
pub fn library_of<T: AsRef<str>>(texts: &[(&str, T)]) -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    import_texts(&mut library, dir.path(), texts);
    (dir, library)
}

/// The python of the tests' virtual environment, where `make setup-python`
/// puts it, with `tests/python-requirements.txt` installed:
/// `$CARGO_TARGET_DIR/python` when that is set (relative to the workspace,
/// as make reads it), else `<workspace>/target/python`. Fails the test, saying
/// how to make it, when it is missing.
pub fn venv_python() -> PathBuf {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => workspace.join(dir),
        _ => workspace.join("target"),
    };
    let python = target.join("python/bin/python");
    assert!(
        python.exists(),
        "the tests' python environment is missing ({}): run `make setup` \
         (or `make setup-python`) first",
        python.display()
    );
    python
}

/// What the python script `tests/<script>` prints as JSON when given
/// `file`: the reading of an exported file by an independent parser.
pub fn read_with_python(script: &str, file: &Path) -> serde_json::Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(script);
    let output = std::process::Command::new(venv_python())
        .arg(&script)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("run {}: {e}", script.display()));
    assert!(
        output.status.success(),
        "{} failed: {}",
        script.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

pub fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/samples")
}

/// A fresh in-memory library holding the two sample documents.
pub fn sample_library() -> Library {
    let mut library = Library::open_in_memory().expect("an in-memory library opens");
    let report = library
        .import_paths(&[samples_dir()], |_| {})
        .expect("the samples import");
    assert_eq!(report.imported, 2, "both samples import: {report:?}");
    library
}

pub fn by_kind<'a>(docs: &'a [DocumentSummary], kind: &str) -> &'a DocumentSummary {
    docs.iter()
        .find(|d| d.metadata.kind.map(|k| k.name()) == Some(kind))
        .unwrap_or_else(|| panic!("a document of kind {kind} is in the library"))
}

/// Migrations 0001 to 0012, as shipped before the termbase.
const UP_TO_12: [&str; 12] = [
    include_str!("../../migrations/0001_library.sql"),
    include_str!("../../migrations/0002_search_facets.sql"),
    include_str!("../../migrations/0003_search_index_triggers.sql"),
    include_str!("../../migrations/0004_document_texts.sql"),
    include_str!("../../migrations/0005_batched_search_index.sql"),
    include_str!("../../migrations/0006_document_layout.sql"),
    include_str!("../../migrations/0007_inferred_fields.sql"),
    include_str!("../../migrations/0008_drafting.sql"),
    include_str!("../../migrations/0009_speaker_filter_index.sql"),
    include_str!("../../migrations/0010_contacts.sql"),
    include_str!("../../migrations/0011_commitments_sessions.sql"),
    include_str!("../../migrations/0012_agreed_texts.sql"),
];

/// Migrations 0013 to 0016: the search index's hash size, the termbase,
/// drafts' language and clearance by capital.
const UP_TO_16: [&str; 4] = [
    include_str!("../../migrations/0013_search_index_hash_size.sql"),
    include_str!("../../migrations/0014_termbase.sql"),
    include_str!("../../migrations/0015_draft_language.sql"),
    include_str!("../../migrations/0016_clearance.sql"),
];

/// The schema before the lists: migrations 0001 to 0012.
pub fn version_12() -> rusqlite_migration::Migrations<'static> {
    rusqlite_migration::Migrations::new(UP_TO_12.map(rusqlite_migration::M::up).to_vec())
}

/// The schema with drafts' language and clearances, before the address
/// books and the lists: migrations 0001 to 0016.
pub fn version_16() -> rusqlite_migration::Migrations<'static> {
    rusqlite_migration::Migrations::new(
        UP_TO_12
            .iter()
            .chain(UP_TO_16.iter())
            .map(|sql| rusqlite_migration::M::up(sql))
            .collect(),
    )
}
