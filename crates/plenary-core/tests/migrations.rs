//! A library file made by an older version opens and is upgraded in place,
//! keeping what it held: its documents, and its contacts with their log,
//! their States made canonical where the States table knows them.

mod common;

use plenary_core::Library;
use rusqlite::Connection;

#[test]
fn a_file_from_before_any_schema_is_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE unrelated (x); PRAGMA user_version = 0;")
        .unwrap();
    let library = Library::open(&path).unwrap();
    assert_eq!(library.stats().unwrap().documents, 0);
    assert_eq!(library.integrity_check().unwrap(), "ok");
}

#[test]
fn reopening_a_current_library_keeps_its_documents() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.db");
    let samples = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/samples");
    Library::open(&path)
        .unwrap()
        .import_paths(&[samples], |_| {})
        .unwrap();
    let version: i64 = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert!(version >= 1, "the schema version is recorded");
    let library = Library::open(&path).unwrap();
    assert_eq!(library.stats().unwrap().documents, 2);
    let journal: String = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(journal, "wal");
}

#[test]
fn a_version_1_library_is_upgraded_with_facets_and_separate_texts() {
    use plenary_core::model::Filter;
    use plenary_core::search::SearchOptions;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        let mut conn = Connection::open(&path).unwrap();
        let v1 = rusqlite_migration::Migrations::new(vec![rusqlite_migration::M::up(
            include_str!("../migrations/0001_library.sql"),
        )]);
        v1.to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO documents (id, key, content_hash, format, kind, speaker, date, markdown, plain_text, word_count, imported_at, updated_at)
             VALUES (1, 'k1', 'h1', 'markdown', 'statement', 'Chile', '2022-03-01', 'x', 'x', 9, '2022-03-01', '2022-03-01');
             INSERT INTO passages (id, document_id, ordinal, role, markdown, text, word_count)
             VALUES (1, 1, 1, 'body', 'x', 'Chile supports a permanent mechanism for regular institutional dialogue.', 9);
             INSERT INTO passages (id, document_id, ordinal, role, markdown, text, word_count)
             VALUES (2, 1, 2, 'body', 'We thank the Chair.', 'We thank the Chair.', 4);",
        )
        .unwrap();
    }
    let library = Library::open(&path).unwrap();
    let by_chile = Filter {
        speaker: Some("Chile".into()),
        ..Filter::default()
    };
    let found = library
        .search("mechanism", &by_chile, SearchOptions::default())
        .unwrap();
    assert_eq!(
        found.groups.len(),
        1,
        "the upgraded passage is found with a speaker filter"
    );
    let by_peru = Filter {
        speaker: Some("Peru".into()),
        ..Filter::default()
    };
    assert!(library
        .search("mechanism", &by_peru, SearchOptions::default())
        .unwrap()
        .groups
        .is_empty());
    let in_2022 = Filter {
        from: chrono::NaiveDate::from_ymd_opt(2022, 1, 1),
        to: chrono::NaiveDate::from_ymd_opt(2022, 12, 31),
        ..Filter::default()
    };
    assert_eq!(
        library
            .search("mechanism", &in_2022, SearchOptions::default())
            .unwrap()
            .groups
            .len(),
        1
    );
    let document = library.document(1).unwrap();
    assert_eq!(document.markdown, "x", "the text moved to its own table");
    assert_eq!(
        document.passages[1].markdown, "We thank the Chair.",
        "Markdown the same as the text is read back from the text"
    );
    assert_eq!(document.passages[0].markdown, "x");
    assert_eq!(
        library
            .search("cha*", &Filter::default(), SearchOptions::default())
            .unwrap()
            .groups
            .len(),
        1,
        "the rebuilt index answers prefix queries"
    );
    assert_eq!(library.integrity_check().unwrap(), "ok");
}

#[test]
fn a_version_12_directory_keeps_its_entries_and_log_with_states_made_canonical() {
    use plenary_core::model::StateFlag;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v12.db");
    {
        let mut conn = Connection::open(&path).unwrap();
        common::version_12().to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO contacts (id, key, state, poc_type, full_name, email, created_at, updated_at) VALUES
               (1, 'k1', 'Russia', 'technical', 'Ivan Petrov', 'ivan@mid.ru', 't', 't'),
               (2, 'k2', 'Kuba', 'diplomatic', 'Ana Pérez', NULL, 't', 't'),
               (3, 'k3', 'Chile', 'diplomatic', 'Tomás Ríos', 't@minrel.gob.cl', 't', 't');
             INSERT INTO contact_log (contact_id, date, kind, outcome) VALUES
               (1, '2025-01-10', 'call', 'answered'), (2, '2025-02-11', 'email', 'no_answer');",
        )
        .unwrap();
    }
    let library = Library::open(&path).unwrap();
    let contacts = library.contacts(None, None, None).unwrap();
    let state = |name: &str| {
        let c = contacts
            .iter()
            .find(|c| c.fields.full_name == name)
            .unwrap();
        (c.fields.state.clone(), c.state_flag)
    };
    assert_eq!(
        state("Ivan Petrov"),
        (Some("Russian Federation".into()), None)
    );
    assert_eq!(
        state("Ana Pérez"),
        (Some("Kuba".into()), Some(StateFlag::Unknown))
    );
    assert_eq!(state("Tomás Ríos"), (Some("Chile".into()), None));
    assert_eq!(library.contact_log(1).unwrap().len(), 1);
    assert_eq!(library.contact_log(2).unwrap().len(), 1);
    assert_eq!(library.integrity_check().unwrap(), "ok");
}
