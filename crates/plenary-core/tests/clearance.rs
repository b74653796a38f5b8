//! Clearance by capital and delivery filed properly: a draft goes from
//! drafting to sent to capital to cleared (who, when, which revision) to
//! delivered; an edit after clearance shows as changed since cleared with
//! the diff; an uncleared draft is delivered only when the caller says so;
//! and the statement is filed with the delegation as speaker, the forum,
//! session and place of its session in the calendar and its topic as a
//! topic, so that it stands on its session's page. A library made before
//! clearance is upgraded with its drafts whole.

mod common;

use common::drafting::kind_of;
use plenary_core::model::{DiffKind, DraftStart, DraftStatus, Settings};
use plenary_core::render::DraftFormat;
use plenary_core::{ErrorKind, Library};
use rusqlite::Connection;

const BODY: &str = "Mr. Chair,\n\nPakistan supports a permanent mechanism for regular institutional dialogue.\n\nI thank you, Mr. Chair.\n";

fn with_settings(library: &mut Library, user_name: Option<&str>) {
    library
        .save_settings(&Settings {
            delegation: Some("Pakistan".into()),
            user_name: user_name.map(str::to_owned),
            ..Settings::default()
        })
        .unwrap();
}

#[test]
fn a_draft_is_sent_cleared_changed_and_delivered_only_when_cleared_or_confirmed() {
    let mut library = Library::open_in_memory().unwrap();
    with_settings(&mut library, None);
    let id = library
        .create_draft(
            "Statement",
            &DraftStart {
                body: Some(BODY),
                ..DraftStart::default()
            },
        )
        .unwrap()
        .summary
        .id;
    let (kind, message) = kind_of(library.deliver_draft(id, "2026-12-08", false));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(
        message.starts_with("status:") && message.contains("it is drafting"),
        "{message}"
    );

    let sent = library.send_to_capital(id).unwrap();
    assert_eq!(sent.summary.status, DraftStatus::SentToCapital);
    assert!(sent.clearance.is_none());
    let (kind, message) = kind_of(library.clear_draft(id));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.starts_with("user_name:"), "{message}");

    with_settings(&mut library, Some("Ayesha Khan"));
    let cleared = library.clear_draft(id).unwrap();
    assert_eq!(cleared.summary.status, DraftStatus::Cleared);
    assert!(cleared.is_cleared() && !cleared.summary.changed_since_cleared);
    let clearance = cleared.clearance.clone().expect("recorded");
    assert_eq!(clearance.cleared_by, "Ayesha Khan");
    let latest = &library.revisions(id).unwrap()[0];
    assert_eq!(
        (clearance.revision_id, clearance.revision_number),
        (latest.id, latest.number)
    );
    assert_eq!(
        library.revision_body(id, clearance.revision_id).unwrap(),
        BODY
    );
    assert!(chrono::DateTime::parse_from_rfc3339(&clearance.cleared_at).is_ok());
    assert!(library.changes_since_cleared(id).unwrap().is_empty());

    // An edit after clearance: still cleared, but changed since, with the diff.
    let edited = BODY.replace(
        "a permanent mechanism",
        "a permanent and inclusive mechanism",
    );
    let summary = library.save_draft_body(id, &edited).unwrap();
    assert!(summary.changed_since_cleared);
    assert_eq!(summary.status, DraftStatus::Cleared);
    let draft = library.draft(id).unwrap();
    assert!(!draft.is_cleared());
    assert_eq!(draft.clearance.as_ref().map(|c| c.id), Some(clearance.id));
    let changes = library.changes_since_cleared(id).unwrap();
    let inserted: Vec<&str> = changes
        .iter()
        .filter(|op| op.op == DiffKind::Insert)
        .map(|op| op.text.as_str())
        .collect();
    assert_eq!(inserted, ["and inclusive"]);
    assert!(library.drafts().unwrap()[0].changed_since_cleared);
    let (_, message) = kind_of(library.deliver_draft(id, "2026-12-08", false));
    assert!(message.contains("changed since Ayesha Khan"), "{message}");

    // Cleared again as it reads now, it is delivered without a question.
    let again = library.update_draft(id, "status", Some("cleared")).unwrap();
    assert!(again.is_cleared());
    assert_ne!(again.clearance.as_ref().map(|c| c.id), Some(clearance.id));
    let delivered = library.deliver_draft(id, "2026-12-08", false).unwrap();
    assert_eq!(delivered.summary.status, DraftStatus::Delivered);
    assert!(
        delivered.clearance.is_some(),
        "who cleared it stays on file"
    );
    assert!(kind_of(library.send_to_capital(id))
        .1
        .contains("delivered already"));

    // A draft never cleared is delivered when the caller confirms it.
    let other = library
        .create_draft(
            "Other",
            &DraftStart {
                body: Some(&BODY.replace("permanent", "standing")),
                ..DraftStart::default()
            },
        )
        .unwrap()
        .summary
        .id;
    let delivered = library.deliver_draft(other, "2026-12-09", true).unwrap();
    assert_eq!(delivered.summary.status, DraftStatus::Delivered);
    assert!(delivered.clearance.is_none());
}

#[test]
fn a_delivered_statement_is_filed_under_its_session_and_topic() {
    let mut library = Library::open_in_memory().unwrap();
    with_settings(&mut library, Some("Ayesha Khan"));
    let id = library
        .create_draft(
            "Statement on capacity-building",
            &DraftStart {
                body: Some(BODY),
                ..DraftStart::default()
            },
        )
        .unwrap()
        .summary
        .id;
    library
        .update_draft(id, "session", Some("gm-2026-dtg"))
        .unwrap();
    library
        .update_draft(id, "topic", Some("Capacity-building"))
        .unwrap();
    // The heading of every export names the session as people write it.
    for format in [
        DraftFormat::Docx,
        DraftFormat::Html,
        DraftFormat::Markdown,
        DraftFormat::Pdf,
    ] {
        let bytes = library.export_draft(id, format, false).unwrap();
        let text = match format {
            DraftFormat::Docx => docx_text(&bytes),
            DraftFormat::Pdf => String::from_utf8_lossy(&bytes).into_owned(),
            _ => String::from_utf8(bytes).unwrap(),
        };
        assert!(!text.contains("gm-2026-dtg"), "{format:?}: no internal key");
        if format != DraftFormat::Pdf {
            assert!(
                text.contains("Global Mechanism, Dedicated thematic groups"),
                "{format:?}: {text}"
            );
            assert!(text.contains("New York, 7–11 December 2026"), "{format:?}");
        }
    }
    // Delivered on a day outside the session's days, it is still filed there.
    let draft = library.deliver_draft(id, "2026-03-05", true).unwrap();
    let document = draft.delivered_document.unwrap();
    let meta = library.document(document).unwrap().summary.metadata;
    assert_eq!(meta.speaker.as_deref(), Some("Pakistan"));
    assert_eq!(meta.forum.as_deref(), Some("Global Mechanism"));
    assert_eq!(meta.session.as_deref(), Some("Dedicated thematic groups"));
    assert_eq!(meta.place.as_deref(), Some("New York"));
    assert_eq!(
        meta.tags,
        ["Capacity-building"],
        "the topic, as the list of topics names it"
    );
    assert_eq!(meta.agenda_item, None, "the topic is not an agenda item");
    let page = library.session_file("gm-2026-dtg").unwrap();
    assert!(
        page.statements.iter().any(|d| d.id == document),
        "{:?}",
        page.statements
    );
    // Exported now, the heading gives the day it was delivered.
    let page =
        String::from_utf8(library.export_draft(id, DraftFormat::Html, false).unwrap()).unwrap();
    assert!(page.contains("New York, 5 March 2026"), "{page}");
}

/// The text of a Word file's body part.
fn docx_text(docx: &[u8]) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn a_library_made_before_clearance_keeps_its_drafts_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v12.db");
    {
        let mut conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        let before = [
            include_str!("../migrations/0001_library.sql"),
            include_str!("../migrations/0002_search_facets.sql"),
            include_str!("../migrations/0003_search_index_triggers.sql"),
            include_str!("../migrations/0004_document_texts.sql"),
            include_str!("../migrations/0005_batched_search_index.sql"),
            include_str!("../migrations/0006_document_layout.sql"),
            include_str!("../migrations/0007_inferred_fields.sql"),
            include_str!("../migrations/0008_drafting.sql"),
            include_str!("../migrations/0009_speaker_filter_index.sql"),
            include_str!("../migrations/0010_contacts.sql"),
            include_str!("../migrations/0011_commitments_sessions.sql"),
            include_str!("../migrations/0012_agreed_texts.sql"),
        ];
        rusqlite_migration::Migrations::new(before.map(rusqlite_migration::M::up).to_vec())
            .to_latest(&mut conn)
            .unwrap();
        conn.execute_batch(
            "INSERT INTO drafts (id, key, title, status, body, words, created_at, updated_at)
             VALUES (7, 'k7', 'Old draft', 'cleared', 'Body now.', 2, '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z');
             INSERT INTO draft_revisions (id, draft_id, number, body, words, saved_at)
             VALUES (70, 7, 1, 'Body then.', 2, '2025-01-01T00:00:00Z');
             INSERT INTO talking_points (id, key, title, text, created_at, updated_at)
             VALUES (3, 'p3', 'Point', 'A point.', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
             INSERT INTO draft_insertions (draft_id, source_kind, talking_point_id, talking_point_title, text, inserted_at)
             VALUES (7, 'talking_point', 3, 'Point', 'A point.', '2025-01-01T00:00:00Z');",
        )
        .unwrap();
    }
    let mut library = Library::open(&path).unwrap();
    let draft = library.draft(7).unwrap();
    assert_eq!(draft.summary.title, "Old draft");
    assert_eq!(draft.summary.status, DraftStatus::Cleared);
    assert!(draft.clearance.is_none() && !draft.summary.changed_since_cleared);
    assert_eq!(draft.insertions.len(), 1);
    assert_eq!(library.revisions(7).unwrap()[0].id, 70);
    assert_eq!(
        library.send_to_capital(7).unwrap().summary.status,
        DraftStatus::SentToCapital
    );
    library.delete_draft(7).unwrap();
    let conn = Connection::open(&path).unwrap();
    let left: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM draft_revisions) + (SELECT count(*) FROM draft_insertions)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        left, 0,
        "deleting the draft still takes its revisions and insertions"
    );
    let broken: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken, 0);
    assert_eq!(library.integrity_check().unwrap(), "ok");
}
