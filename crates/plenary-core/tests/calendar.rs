//! The calendar exported as an iCalendar file and read back by an
//! independent parser (python's icalendar, see `common::venv_python`):
//! every session and every commitment due date appears once, as an
//! all-day event with a UID that stays the same from one export to the
//! next, even after an edit, whose SEQUENCE then does not go down; the
//! OEWG 2019-2021's sessions are in the calendar.

mod common;

use chrono::NaiveDate;
use plenary_core::model::{CommitmentInput, CommitmentKind, CommitmentStatus};
use plenary_core::Library;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn commitment(text: &str, due: Option<&str>) -> CommitmentInput {
    CommitmentInput {
        id: None,
        text: text.to_owned(),
        kind: CommitmentKind::Pledge,
        owner: None,
        due_on: due.map(day),
        session: None,
        topic: None,
        source_passage_id: None,
    }
}

/// The library's calendar, exported to `dir` and read by icalendar.
fn exported(library: &Library, dir: &Path, name: &str) -> Value {
    let path = dir.join(name);
    std::fs::write(&path, library.export_calendar().unwrap()).unwrap();
    common::read_with_python("read_calendar.py", &path)
}

/// Each event by its UID; a UID seen twice fails.
fn by_uid(calendar: &Value) -> BTreeMap<String, Value> {
    let mut events = BTreeMap::new();
    for event in calendar["events"].as_array().unwrap() {
        let uid = event["uid"].as_str().unwrap().to_owned();
        assert!(
            events.insert(uid.clone(), event.clone()).is_none(),
            "{uid} twice"
        );
    }
    events
}

#[test]
fn every_session_and_due_date_is_one_event_with_a_uid_that_stays() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let mut workshop = commitment(
        "Host the regional workshop on confidence-building measures",
        Some("2026-12-01"),
    );
    workshop.session = Some("gm-2026-dtg".into());
    let workshop = library.save_commitment(&workshop, None).unwrap();
    let paper = library
        .save_commitment(
            &commitment("Submit a working paper", Some("2026-06-30")),
            None,
        )
        .unwrap();
    library
        .set_commitment_status(paper.id, CommitmentStatus::Done, None)
        .unwrap();
    let dropped = library
        .save_commitment(&commitment("Fund a fellowship", Some("2026-09-15")), None)
        .unwrap();
    library
        .set_commitment_status(dropped.id, CommitmentStatus::Dropped, None)
        .unwrap();
    library
        .save_commitment(&commitment("Support the directory", None), None)
        .unwrap();

    let first = exported(&library, dir.path(), "first.ics");
    assert_eq!(first["version"], "2.0");
    let events = by_uid(&first);
    let sessions = library.sessions().unwrap();
    assert_eq!(events.len(), sessions.len() + 3, "{events:#?}");

    for session in &sessions {
        let event = &events[&format!("session-{}@plenary", session.key)];
        assert_eq!(event["first_day"], session.starts_on.to_string());
        assert_eq!(event["last_day"], session.ends_on.to_string());
        assert_eq!(
            event["summary"],
            format!("{}: {}", session.forum, session.name)
        );
    }
    let oewg_2019: Vec<&str> = sessions
        .iter()
        .filter(|s| s.forum == "OEWG 2019-2021")
        .map(|s| s.key.as_str())
        .collect();
    assert_eq!(
        oewg_2019,
        [
            "oewg-2019-org",
            "oewg-2019-s1",
            "oewg-2019-s2",
            "oewg-2019-s3"
        ]
    );
    let dtg = &events["session-gm-2026-dtg@plenary"];
    assert_eq!(dtg["location"], "New York");
    assert!(dtg["description"]
        .as_str()
        .unwrap()
        .contains("Dedicated thematic group on ICT security capacity-building"));

    let due = |c: &plenary_core::model::Commitment| {
        events[&format!("commitment-{}@plenary", c.key)].clone()
    };
    let workshop_event = due(&workshop);
    assert_eq!(workshop_event["first_day"], "2026-12-01");
    assert_eq!(workshop_event["last_day"], "2026-12-01");
    assert_eq!(
        workshop_event["summary"],
        "Due: Host the regional workshop on confidence-building measures"
    );
    assert!(workshop_event["description"]
        .as_str()
        .unwrap()
        .contains("Session: gm-2026-dtg"));
    assert_eq!(due(&paper)["summary"], "Done: Submit a working paper");
    assert_eq!(due(&dropped)["status"], "CANCELLED");

    // The same export again: the same events, byte for byte.
    let again = exported(&library, dir.path(), "again.ics");
    assert_eq!(again, first);

    // An edit keeps each UID; the edited event's sequence does not go down.
    let mut renamed = sessions
        .iter()
        .find(|s| s.key == "gm-2026-dtg")
        .unwrap()
        .clone();
    renamed.name = "Dedicated thematic groups (first meetings)".into();
    library.save_session(&renamed).unwrap();
    let edited = by_uid(&exported(&library, dir.path(), "edited.ics"));
    assert_eq!(
        edited.keys().collect::<Vec<_>>(),
        events.keys().collect::<Vec<_>>()
    );
    let after = &edited["session-gm-2026-dtg@plenary"];
    assert_eq!(
        after["summary"],
        "Global Mechanism: Dedicated thematic groups (first meetings)"
    );
    assert!(after["sequence"].as_i64() >= dtg["sequence"].as_i64());
}
