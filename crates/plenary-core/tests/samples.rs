//! The demo library: both samples import with exactly the metadata a desk
//! officer would file them under, their boilerplate is marked, and search
//! and concordance find what they should.

mod common;

use common::{by_kind, sample_library, samples_dir};
use plenary_core::import::FileOutcome;
use plenary_core::model::Filter;
use plenary_core::model::PassageRole;
use plenary_core::model::{ErrorKind, Language};
use plenary_core::search::SearchOptions;
use plenary_core::Library;

#[test]
fn statement_metadata_is_exact() {
    let library = sample_library();
    let docs = library.documents(&Filter::default()).unwrap();
    let m = &by_kind(&docs, "statement").metadata;
    assert_eq!(m.speaker.as_deref(), Some("Pakistan"));
    assert_eq!(m.person.as_deref(), Some("Munir Akram"));
    assert_eq!(m.function.as_deref(), Some("Permanent Representative"));
    assert_eq!(m.forum.as_deref(), Some("OEWG 2021-2025"));
    assert_eq!(m.session.as_deref(), Some("first substantive session"));
    assert_eq!(m.place.as_deref(), Some("New York"));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2021-12-13"));
    assert_eq!(m.language, Some(Language::En));
    assert_eq!(
        m.title.as_deref(),
        Some("Statement by Ambassador Munir Akram, Permanent Representative of Pakistan, during the First Substantive Session of the Open-ended Working Group on security of and in the use of information and communication technologies 2021-2025"),
        "the statement's own heading, not the letterhead's address"
    );
    assert_eq!(
        m.event, None,
        "the statement belongs to a session, not an event"
    );
}

#[test]
fn press_release_metadata_is_exact() {
    let library = sample_library();
    let docs = library.documents(&Filter::default()).unwrap();
    let m = &by_kind(&docs, "press release").metadata;
    assert_eq!(m.speaker.as_deref(), Some("Pakistan"));
    assert_eq!(m.person.as_deref(), Some("Munir Akram"));
    assert_eq!(
        m.event.as_deref(),
        Some("Global Roundtable on ICT Security Capacity Building")
    );
    assert_eq!(m.place.as_deref(), Some("New York"));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2024-05-11"));
    assert_eq!(m.language, Some(Language::En));
    assert_eq!(
        m.title.as_deref(),
        Some("Pakistan calls for international legal framework in cyberspace at UN ICT Security Roundtable")
    );
}

#[test]
fn statement_boilerplate_is_marked_and_body_counted() {
    let library = sample_library();
    let docs = library.documents(&Filter::default()).unwrap();
    let doc = library.document(by_kind(&docs, "statement").id).unwrap();
    let role_of = |start: &str| {
        doc.passages
            .iter()
            .find(|p| p.text.starts_with(start))
            .unwrap_or_else(|| panic!("a passage starts with {start:?}"))
            .role
    };
    assert_eq!(role_of("PAKISTAN"), PassageRole::Letterhead);
    assert_eq!(role_of("PERMANENT MISSION"), PassageRole::Letterhead);
    assert_eq!(role_of("8 EAST 65th STREET"), PassageRole::Letterhead);
    assert_eq!(role_of("Statement by Ambassador"), PassageRole::Heading);
    assert_eq!(role_of("New York, 13 December 2021"), PassageRole::Dateline);
    assert_eq!(role_of("I thank you"), PassageRole::Closing);
    assert_eq!(role_of("***"), PassageRole::Closing);
    let chairman: Vec<_> = doc
        .passages
        .iter()
        .filter(|p| p.text == "Mr. Chairman,")
        .collect();
    assert_eq!(
        chairman.len(),
        7,
        "the statement addresses the Chairman seven times"
    );
    assert!(
        chairman.iter().all(|p| p.role == PassageRole::Salutation),
        "every 'Mr. Chairman,' is a salutation"
    );

    let body: Vec<_> = doc
        .passages
        .iter()
        .filter(|p| p.role.is_substantive())
        .collect();
    assert_eq!(
        body.len(),
        20,
        "twenty substantive paragraphs, the page-break split joined"
    );
    assert!(body[0]
        .text
        .starts_with("The Pakistan delegation congratulates you"));
    assert!(body[body.len() - 1]
        .text
        .starts_with("With a population of over 200 million people"));
    assert!(
        body.iter().any(|p| p
            .text
            .contains("in recent years in the frequency of cyber attacks")),
        "the paragraph a page break cut in two is one passage"
    );
    let ordinals: Vec<i64> = doc.passages.iter().map(|p| p.ordinal).collect();
    assert_eq!(
        ordinals,
        (1..=doc.passages.len() as i64).collect::<Vec<_>>(),
        "ordinals run in reading order"
    );
}

#[test]
fn second_import_reports_duplicates_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.db");
    let mut library = Library::open(&path).unwrap();
    let first = library.import_paths(&[samples_dir()], |_| {}).unwrap();
    assert_eq!((first.imported, first.duplicates), (2, 0));
    let before = library.stats().unwrap();
    drop(library);
    let mut library = Library::open(&path).unwrap();
    let second = library.import_paths(&[samples_dir()], |_| {}).unwrap();
    assert_eq!((second.imported, second.duplicates), (0, 2), "{second:?}");
    assert!(second
        .files
        .iter()
        .all(|f| matches!(f, FileOutcome::Duplicate { .. })));
    let after = library.stats().unwrap();
    assert_eq!(
        (before.documents, before.passages, before.words),
        (after.documents, after.passages, after.words)
    );
}

#[test]
fn legally_binding_is_found_in_both_with_highlights() {
    let library = sample_library();
    let results = library
        .search(
            "\"legally binding\"",
            &Filter::default(),
            SearchOptions::default(),
        )
        .unwrap();
    assert_eq!(
        results.groups.len(),
        2,
        "both samples speak of a legally binding instrument"
    );
    for group in &results.groups {
        let hit = &group.hits[0];
        let highlighted: Vec<&str> = hit
            .snippet
            .iter()
            .filter(|s| s.hit)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(
            highlighted,
            ["legally binding"],
            "the phrase is highlighted in the snippet"
        );
    }
    let newest_first = library
        .search(
            "\"legally binding\"",
            &Filter {
                kind: Some("press release".into()),
                ..Filter::default()
            },
            SearchOptions::default(),
        )
        .unwrap();
    assert_eq!(
        newest_first.groups.len(),
        1,
        "the kind filter keeps only the press release"
    );
}

#[test]
fn concordance_is_in_date_order() {
    let library = sample_library();
    let lines = library
        .concordance("capacity building", &Filter::default())
        .unwrap();
    assert!(
        lines.len() >= 5,
        "capacity building occurs in both documents: {}",
        lines.len()
    );
    let dates: Vec<&str> = lines
        .iter()
        .map(|l| l.source.date.as_deref().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "lines run oldest first");
    assert_eq!(dates[0], "2021-12-13");
    assert_eq!(dates[dates.len() - 1], "2024-05-11");
    assert!(lines
        .iter()
        .all(|l| l.keyword.to_lowercase().replace('-', " ") == "capacity building"));
}

#[test]
fn metadata_can_be_corrected() {
    let mut library = sample_library();
    let docs = library.documents(&Filter::default()).unwrap();
    let id = by_kind(&docs, "press release").id;
    let updated = library
        .update_metadata(id, "session", Some("Global Roundtable"))
        .unwrap();
    assert_eq!(
        updated.metadata.session.as_deref(),
        Some("Global Roundtable")
    );
    let updated = library
        .update_metadata(id, "date", Some("May 10, 2024"))
        .unwrap();
    assert_eq!(updated.metadata.date.unwrap().to_string(), "2024-05-10");
    let err = library
        .update_metadata(id, "date", Some("soon"))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidField);
    assert!(
        err.to_string().contains("date") && err.to_string().contains("soon"),
        "{err}"
    );
    let updated = library
        .update_metadata(id, "tags", Some("capacity-building, POC directory"))
        .unwrap();
    assert_eq!(updated.metadata.tags.len(), 2);
    let by_topic = library
        .documents(&Filter {
            topic: Some("POC directory".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(by_topic.len(), 1);
}
