//! A library file made by an older version opens and is upgraded in place,
//! keeping what it held.

use plenary_core::Library;
use rusqlite::Connection;

#[test]
fn a_file_from_before_any_schema_is_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    Connection::open(&path).unwrap().execute_batch("CREATE TABLE unrelated (x); PRAGMA user_version = 0;").unwrap();
    let library = Library::open(&path).unwrap();
    assert_eq!(library.stats().unwrap().documents, 0);
    assert_eq!(library.integrity_check().unwrap(), "ok");
}

#[test]
fn reopening_a_current_library_keeps_its_documents() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.db");
    let samples = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/samples");
    Library::open(&path).unwrap().import_paths(&[samples], |_| {}).unwrap();
    let version: i64 = Connection::open(&path).unwrap().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert!(version >= 1, "the schema version is recorded");
    let library = Library::open(&path).unwrap();
    assert_eq!(library.stats().unwrap().documents, 2);
    let journal: String = Connection::open(&path).unwrap().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(journal, "wal");
}
