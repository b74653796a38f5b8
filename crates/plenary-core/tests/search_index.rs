//! Imports add their passages to the search index a batch at a time; these
//! tests check that every imported passage is found, whatever the batch,
//! including tagged documents, later imports and a bad file mid-batch.

mod common;

use common::samples_dir;
use plenary_core::model::Filter;
use plenary_core::search::SearchOptions;
use plenary_core::Library;

fn statement(word: &str, front_matter: &str) -> String {
    format!(
        "{front_matter}Mr. Chair,\n\nOur delegation welcomes the **{word}** proposal on confidence-building measures.\n\nWe remain committed to the {word} agenda.\n\nI thank you.\n"
    )
}

fn hits(library: &Library, query: &str, filter: &Filter) -> usize {
    library
        .search(query, filter, SearchOptions::default())
        .unwrap()
        .groups
        .len()
}

#[test]
fn every_imported_passage_is_searchable_across_batches() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first");
    std::fs::create_dir(&first).unwrap();
    // More files than one batch holds, so the index is written more than once.
    for i in 0..130 {
        std::fs::write(
            first.join(format!("s{i:03}.md")),
            statement(&format!("zeta{i}"), ""),
        )
        .unwrap();
    }
    std::fs::write(first.join("s050-bad.md"), b"").unwrap();
    std::fs::write(
        first.join("tagged.md"),
        statement(
            "omicron",
            "---\nspeaker: Chile\ntags: [POC directory]\ndate: 2024-05-10\n---\n",
        ),
    )
    .unwrap();
    let path = dir.path().join("library.db");
    let mut library = Library::open(&path).unwrap();
    let report = library.import_paths(&[first], |_| {}).unwrap();
    assert_eq!((report.imported, report.failed), (131, 1), "{report:?}");
    for i in [0, 49, 51, 99, 100, 129] {
        assert_eq!(
            hits(&library, &format!("zeta{i}"), &Filter::default()),
            1,
            "zeta{i}"
        );
    }
    let by_topic = Filter {
        topic: Some("POC directory".into()),
        ..Filter::default()
    };
    assert_eq!(hits(&library, "omicron", &by_topic), 1, "tag filter");
    assert_eq!(hits(&library, "zeta1", &by_topic), 0);

    // A later import into a library that already has passages.
    let report = library.import_paths(&[samples_dir()], |_| {}).unwrap();
    assert_eq!(report.imported, 2);
    assert_eq!(hits(&library, "\"legally binding\"", &Filter::default()), 2);
    assert_eq!(library.integrity_check().unwrap(), "ok");

    // Markdown is kept where it differs from the plain text.
    let id = library
        .search("omicron", &by_topic, SearchOptions::default())
        .unwrap()
        .groups[0]
        .document
        .id;
    let document = library.document(id).unwrap();
    let welcome = &document.passages[1];
    assert!(welcome.markdown.contains("**omicron**"), "{welcome:?}");
    assert!(!welcome.text.contains('*'));
    let committed = &document.passages[2];
    assert_eq!(committed.markdown, committed.text);
}
