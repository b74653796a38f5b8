//! Re-analysis: a document cut into paragraphs again (a chosen layout, or
//! `reanalyse` after an upgrade) keeps every field corrected by hand and
//! each chosen layout, and gets its heuristic fields and reuse links
//! derived again, in a library that stays consistent.

mod common;

use plenary_core::model::{ErrorKind, Filter, Layout, PassageRole};
use plenary_core::reuse::FindOptions;
use plenary_core::search::SearchOptions;
use plenary_core::Library;
use rusqlite::Connection;
use std::path::Path;

const EARLIER: &str = "\
Statement by Freedonia at the first substantive session
New York, 13 December 2021
Mr. Chair,
Freedonia aligns itself with the statement delivered by the European Union.
Ransomware attacks against hospitals and water systems are a growing threat to international peace and security.
We call on all States to protect critical infrastructure and to cooperate through the Global POC Directory.
";

const LATER: &str = "\
Statement by Freedonia at the fifth substantive session
New York, 24 July 2023
Madam Chair,
Ransomware attacks against hospitals and water systems are a growing threat to international peace and security.
Freedonia will present a working paper on capacity-building later this year.
";

fn import(library: &mut Library, dir: &Path, files: &[(&str, &str)]) -> Vec<i64> {
    common::import_texts(library, dir, files)
        .files
        .iter()
        .map(|f| f.document_id().unwrap())
        .collect()
}

fn reuse_sources(library: &Library, id: i64) -> usize {
    let map = library.reuse_map(id).unwrap();
    map.passages.iter().map(|p| p.sources.len()).sum()
}

#[test]
fn reanalyse_keeps_a_hand_corrected_field_and_rederives_links() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let ids = import(
        &mut library,
        dir.path(),
        &[("earlier.txt", EARLIER), ("later.txt", LATER)],
    );
    assert_eq!(library.document(ids[0]).unwrap().passages.len(), 6);
    assert_eq!(reuse_sources(&library, ids[1]), 1);
    library
        .update_metadata(ids[1], "speaker", Some("Republic of Freedonia"))
        .unwrap();
    let derived_date = library.document(ids[1]).unwrap().summary.metadata.date;
    assert!(derived_date.is_some());

    let report = library.reanalyse(&[]).unwrap();
    assert_eq!(report.documents, 2);
    assert_eq!(report.passages_before, report.passages_after);

    let later = library.document(ids[1]).unwrap();
    assert_eq!(
        later.summary.metadata.speaker.as_deref(),
        Some("Republic of Freedonia"),
        "the hand correction is kept"
    );
    assert_eq!(later.summary.metadata.date, derived_date);
    assert_eq!(later.layout, Some(Layout::OnePerLine));
    assert_eq!(
        reuse_sources(&library, ids[1]),
        1,
        "the link is derived again"
    );
    let found = library
        .search("ransomware", &Filter::default(), SearchOptions::default())
        .unwrap();
    assert_eq!(
        found.groups.len(),
        2,
        "the search index holds the new passages"
    );
    assert_eq!(library.integrity_check().unwrap(), "ok");
    assert!(library.is_idle());
}

#[test]
fn a_chosen_layout_re_splits_the_document_and_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let ids = import(
        &mut library,
        dir.path(),
        &[("earlier.txt", EARLIER), ("later.txt", LATER)],
    );
    let doc = library.set_layout(ids[0], "markdown").unwrap();
    assert_eq!(doc.layout, Some(Layout::Markdown));
    assert!(doc.layout_set_by_user);
    let roles: Vec<PassageRole> = doc.passages.iter().map(|p| p.role).collect();
    assert_eq!(
        roles,
        [PassageRole::Alignment, PassageRole::Body],
        "read as Markdown, the lines are one paragraph, its alignment split out"
    );
    assert_eq!(
        reuse_sources(&library, ids[1]),
        1,
        "the later statement still repeats the earlier one"
    );

    library.reanalyse(&[]).unwrap();
    let doc = library.document(ids[0]).unwrap();
    assert_eq!(doc.layout, Some(Layout::Markdown), "the choice survives");
    assert_eq!(doc.passages.len(), 2);

    let doc = library.set_layout(ids[0], "one-per-line").unwrap();
    assert_eq!(doc.passages.len(), 6);
    assert_eq!(doc.passages[3].role, PassageRole::Alignment);
    let matches = library
        .find_reuse(
            "Ransomware attacks against hospitals and water systems are a growing threat to \
             international peace and security.",
            &Filter::default(),
            FindOptions::default(),
        )
        .unwrap();
    let current: Vec<i64> = ids
        .iter()
        .flat_map(|id| library.document(*id).unwrap().passages)
        .map(|p| p.id)
        .collect();
    assert_eq!(matches.len(), 2, "one match in each statement: {matches:?}");
    assert!(
        matches
            .iter()
            .all(|m| current.contains(&m.source.passage_id)),
        "the in-memory index points at the new passages only"
    );
    assert_eq!(
        library.set_layout(ids[0], "sideways").unwrap_err().kind(),
        ErrorKind::InvalidField
    );
    assert_eq!(
        library.reanalyse(&[999]).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(library.integrity_check().unwrap(), "ok");
}

/// The schema as the version before layouts left it: migrations 1 to 5.
fn library_before_layouts(path: &Path) {
    let mut conn = Connection::open(path).unwrap();
    rusqlite_migration::Migrations::new(vec![
        rusqlite_migration::M::up(include_str!("../migrations/0001_library.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/0002_search_facets.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/0003_search_index_triggers.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/0004_document_texts.sql")),
        rusqlite_migration::M::up(include_str!("../migrations/0005_batched_search_index.sql")),
    ])
    .to_latest(&mut conn)
    .unwrap();
    let insert_document = "INSERT INTO documents (id, key, content_hash, source_path, format, title, \
         speaker, date, word_count, imported_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, 'text', ?5, ?6, ?7, 60, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')";
    for (id, text, speaker, date) in [
        (1, EARLIER, "Freedonia", "2021-12-13"),
        (2, LATER, "Freedonia (hand-corrected)", "2023-07-24"),
    ] {
        conn.execute(
            insert_document,
            rusqlite::params![
                id,
                format!("k{id}"),
                format!("h{id}"),
                format!("/old/{id}.txt"),
                text.lines().next(),
                speaker,
                date
            ],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO document_texts (document_id, markdown) VALUES (?1, ?2)",
            rusqlite::params![id, text],
        )
        .unwrap();
        // The old reading: every line joined into one passage, marked as an
        // alignment because one sentence aligns.
        let lumped = text.split_whitespace().collect::<Vec<_>>().join(" ");
        conn.execute(
            "INSERT INTO passages (id, document_id, ordinal, role, markdown, text, word_count, facets) \
             VALUES (?1, ?1, 1, 'alignment', '', ?2, 60, '')",
            rusqlite::params![id, lumped],
        )
        .unwrap();
    }
    conn.execute_batch(
        "INSERT INTO document_field_sources (document_id, field, source) VALUES (2, 'speaker', 'user');
         INSERT INTO passages_fts (rowid, text, facets) SELECT id, text, facets FROM passages;",
    )
    .unwrap();
}

#[test]
fn an_upgraded_library_is_reanalysed_and_keeps_hand_corrections() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    library_before_layouts(&path);

    let mut library = Library::open(&path).unwrap();
    assert_eq!(library.unanalysed_documents().unwrap(), [1, 2]);
    assert_eq!(library.document(2).unwrap().layout, None);

    let report = library.reanalyse(&[]).unwrap();
    assert_eq!((report.passages_before, report.passages_after), (2, 11));
    assert!(library.unanalysed_documents().unwrap().is_empty());

    let later = library.document(2).unwrap();
    assert_eq!(
        later.summary.metadata.speaker.as_deref(),
        Some("Freedonia (hand-corrected)")
    );
    assert_eq!(
        later.summary.metadata.title.as_deref(),
        Some("Statement by Freedonia at the fifth substantive session"),
        "a heuristic field is derived again"
    );
    let roles: Vec<PassageRole> = later.passages.iter().map(|p| p.role).collect();
    use PassageRole::*;
    assert_eq!(roles, [Heading, Dateline, Salutation, Body, Body]);
    assert_eq!(
        reuse_sources(&library, 2),
        1,
        "the shared sentence is found as reuse once it is body"
    );
    assert_eq!(library.integrity_check().unwrap(), "ok");
}
