//! One list of sessions and one of topics, used by drafts, talking points
//! and commitments: a library written before the lists existed is upgraded
//! with its free-text values mapped where they match (whatever their case
//! and hyphens, a session by its key or only name) and listed where they
//! do not; a value is merged into another (a commitment's change kept in
//! its history), a topic added, renamed and taken off the list.

mod common;

use common::drafting::kind_of;
use plenary_core::model::{ChangeKind, DraftStart, DraftStatus, Language, ListKind, UseKind};
use plenary_core::{ErrorKind, Library};
use rusqlite::Connection;

/// A library of version 12 whose drafts, points and commitments hold free
/// text, some naming list entries and some not.
fn old_library(path: &std::path::Path) {
    let mut conn = Connection::open(path).unwrap();
    common::version_12().to_latest(&mut conn).unwrap();
    conn.execute_batch(
        "INSERT INTO drafts (key, title, session, topic, body, words, created_at, updated_at) VALUES
           ('d1', 'By key', 'GM-2026-DTG', 'Confidence building measures', '', 0, 't', 't'),
           ('d2', 'By name', 'Dedicated thematic groups', 'confidence-building  measures', '', 0, 't', 't'),
           ('d3', 'Unknown', 'OEWG third session', 'Cyber diplomacy', '', 0, 't', 't');
         INSERT INTO talking_points (key, title, text, pillar, session, created_at, updated_at) VALUES
           ('p1', 'Directory', 'Nominate points of contact.', 'capacity building',
            'First substantive plenary session', 't', 't'),
           ('p2', 'Ambiguous', 'Two sessions have this name.', NULL,
            'Organizational session', 't', 't');
         INSERT INTO commitments (key, text, kind, status, topic, created_at, updated_at) VALUES
           ('c1', 'Host the workshop', 'pledge', 'open', 'CBMs', 't', 't');
         INSERT INTO commitment_status_history (commitment_id, status, changed_at)
           SELECT id, 'open', 't' FROM commitments;",
    )
    .unwrap();
}

#[test]
fn free_text_is_mapped_at_upgrade_where_it_matches_and_listed_where_it_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.db");
    old_library(&path);
    let mut library = Library::open(&path).unwrap();

    let drafts = library.drafts().unwrap();
    let of = |title: &str| drafts.iter().find(|d| d.title == title).unwrap().clone();
    assert_eq!(of("By key").session.as_deref(), Some("gm-2026-dtg"));
    assert_eq!(of("By name").session.as_deref(), Some("gm-2026-dtg"));
    assert_eq!(
        of("By name").topic.as_deref(),
        Some("Confidence-building measures")
    );
    assert_eq!(of("Unknown").session.as_deref(), Some("OEWG third session"));
    let points = library.talking_points(None, None, None).unwrap();
    let directory = points.iter().find(|p| p.title == "Directory").unwrap();
    assert_eq!(directory.pillar.as_deref(), Some("Capacity-building"));
    assert_eq!(directory.session.as_deref(), Some("gm-2026-plenary-1"));

    let unlisted: Vec<(ListKind, String, Vec<UseKind>)> = library
        .unlisted_values()
        .unwrap()
        .into_iter()
        .map(|v| (v.list, v.value, v.uses.iter().map(|u| u.kind).collect()))
        .collect();
    assert_eq!(
        unlisted,
        vec![
            (
                ListKind::Session,
                "OEWG third session".to_owned(),
                vec![UseKind::Draft]
            ),
            (
                ListKind::Session,
                "Organizational session".to_owned(),
                vec![UseKind::TalkingPoint]
            ),
            (
                ListKind::Topic,
                "CBMs".to_owned(),
                vec![UseKind::Commitment]
            ),
            (
                ListKind::Topic,
                "Cyber diplomacy".to_owned(),
                vec![UseKind::Draft]
            ),
        ]
    );

    // Each is sorted out: merged into a value on the list, or added to it.
    assert_eq!(
        library
            .merge_topic("CBMs", "confidence building measures")
            .unwrap(),
        1
    );
    let commitment = library.commitments(&Default::default()).unwrap()[0].clone();
    assert_eq!(
        commitment.topic.as_deref(),
        Some("Confidence-building measures")
    );
    let last = library
        .commitment_detail(commitment.id)
        .unwrap()
        .history
        .pop()
        .unwrap();
    assert_eq!(
        (last.change, last.from.as_deref(), last.to.as_deref()),
        (
            ChangeKind::Topic,
            Some("CBMs"),
            Some("Confidence-building measures")
        )
    );
    library.add_topic("Cyber diplomacy").unwrap();
    library
        .merge_session("OEWG third session", "oewg-2019-s3")
        .unwrap();
    library
        .merge_session("Organizational session", "gm-2026-org")
        .unwrap();
    assert!(library.unlisted_values().unwrap().is_empty());
    let topics = library.topics().unwrap();
    let uses = |name: &str| topics.iter().find(|t| t.name == name).unwrap().uses;
    assert_eq!(uses("Confidence-building measures"), 3);
    assert_eq!(uses("Cyber diplomacy"), 1);
}

#[test]
fn a_cleared_spanish_draft_of_version_16_keeps_its_language_and_clearance_when_mapped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v16.db");
    {
        let mut conn = Connection::open(&path).unwrap();
        common::version_16().to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO drafts (id, key, title, session, topic, status, body, words, created_at,
                                 updated_at, language)
             VALUES (5, 'k5', 'Declaración', 'Dedicated thematic groups',
                     'confidence building measures', 'cleared', 'Señor Presidente:', 2,
                     '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', 'es');
             INSERT INTO draft_revisions (id, draft_id, number, body, words, saved_at)
             VALUES (50, 5, 1, 'Señor Presidente:', 2, '2026-01-02T00:00:00Z');
             INSERT INTO draft_clearances (draft_id, revision_id, cleared_by, cleared_at)
             VALUES (5, 50, 'Capital', '2026-01-03T00:00:00Z');",
        )
        .unwrap();
    }
    let library = Library::open(&path).unwrap();
    let draft = library.draft(5).unwrap();
    assert_eq!(draft.summary.session.as_deref(), Some("gm-2026-dtg"));
    assert_eq!(
        draft.summary.topic.as_deref(),
        Some("Confidence-building measures")
    );
    assert_eq!(draft.summary.language, Some(Language::Es));
    assert_eq!(draft.summary.status, DraftStatus::Cleared);
    assert_eq!(
        draft.clearance.as_ref().map(|c| c.cleared_by.as_str()),
        Some("Capital")
    );
    assert!(!draft.summary.changed_since_cleared);
    assert_eq!(library.integrity_check().unwrap(), "ok");
}

#[test]
fn a_topic_is_added_explicitly_renamed_with_its_uses_and_merged_rather_than_deleted() {
    let mut library = Library::open_in_memory().unwrap();
    assert_eq!(
        library.topics().unwrap().len(),
        6,
        "the framework's pillars"
    );
    let draft = library
        .create_draft("On CBMs", &DraftStart::default())
        .unwrap()
        .summary
        .id;

    // Not on the list: refused, with the closest names, until added.
    let (kind, message) = kind_of(library.update_draft(draft, "topic", Some("Cyber hygiene")));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(
        message.starts_with("topic: there is no topic 'Cyber hygiene'"),
        "{message}"
    );
    assert_eq!(
        library.add_topic(" Cyber hygiene ").unwrap(),
        "Cyber hygiene"
    );
    let (_, again) = kind_of(library.add_topic("cyber-hygiene"));
    assert!(
        again.contains("'Cyber hygiene' is already in the list"),
        "{again}"
    );
    library
        .update_draft(draft, "topic", Some("cyber hygiene"))
        .unwrap();

    // Renamed, with what is tagged with it.
    library
        .rename_topic("Cyber hygiene", "Cyber hygiene and awareness")
        .unwrap();
    assert_eq!(
        library.draft(draft).unwrap().summary.topic.as_deref(),
        Some("Cyber hygiene and awareness")
    );
    // In use: merged, not deleted.
    let (_, in_use) = kind_of(library.delete_topic("Cyber hygiene and awareness"));
    assert!(in_use.contains("merge it into another topic"), "{in_use}");
    library
        .merge_topic("Cyber hygiene and awareness", "Capacity-building")
        .unwrap();
    assert_eq!(
        library.draft(draft).unwrap().summary.topic.as_deref(),
        Some("Capacity-building")
    );
    assert_eq!(library.topics().unwrap().len(), 6);
    library.delete_topic("International law").unwrap();
    assert_eq!(library.topics().unwrap().len(), 5);
    // A merge into itself, or of a value nothing holds, is refused.
    assert!(library
        .merge_topic("Capacity-building", "capacity building")
        .is_err());
    assert!(library.merge_topic("Nothing", "Capacity-building").is_err());
}
