//! The delegation's commitments and the calendar of sessions: commitments
//! created open, checked, moved from status to status with every change
//! kept, listed overdue first and by the desk's views; the pre-loaded
//! calendar, edited and deleted; a session's page and the home view's
//! summary of what is due before the next session.

mod common;

use chrono::{Days, Local, NaiveDate};
use common::drafting::{kind_of, library_with_statements};
use plenary_core::model::{
    AgendaItem, ChangeKind, CommitmentFilter, CommitmentInput, CommitmentKind, CommitmentStatus,
    DraftStart, Session,
};
use plenary_core::{ErrorKind, Library};

fn today() -> NaiveDate {
    Local::now().date_naive()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn input(text: &str, due_on: Option<NaiveDate>) -> CommitmentInput {
    CommitmentInput {
        id: None,
        text: text.to_owned(),
        kind: CommitmentKind::ActionItem,
        owner: None,
        due_on,
        session: None,
        topic: None,
        source_passage_id: None,
    }
}

/// The calendar with every session after today removed and one added that
/// starts in five days: the next session, whatever the day the test runs.
fn calendar_with_next_session(library: &mut Library) -> Session {
    for session in library.sessions().unwrap() {
        if session.ends_on >= today() {
            library.delete_session(&session.key).unwrap();
        }
    }
    let next = Session {
        key: "gm-test-plenary".into(),
        forum: "Global Mechanism".into(),
        name: "Test plenary".into(),
        starts_on: today() + Days::new(5),
        ends_on: today() + Days::new(9),
        place: Some(" Geneva ".into()),
        agenda: vec![AgendaItem {
            number: "1".into(),
            title: "Opening".into(),
        }],
    };
    library.save_session(&next).unwrap()
}

#[test]
fn the_calendar_is_preloaded_with_the_oewg_the_roundtable_and_the_global_mechanism() {
    let library = Library::open_in_memory().unwrap();
    let sessions = library.sessions().unwrap();
    assert_eq!(sessions.len(), 20);
    let starts: Vec<NaiveDate> = sessions.iter().map(|s| s.starts_on).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted, "by start date");
    let find = |key: &str| sessions.iter().find(|s| s.key == key).unwrap();
    let first = find("oewg-2021-s1");
    assert_eq!(
        (first.starts_on, first.ends_on),
        (day("2021-12-13"), day("2021-12-17"))
    );
    assert_eq!(first.forum, "OEWG 2021-2025");
    assert_eq!(
        first.agenda.first().unwrap().title,
        "Opening of the session"
    );
    assert!(first.agenda.iter().any(|a| a.title == "International law"));
    let eleventh = find("oewg-2021-s11");
    assert_eq!(eleventh.starts_on, day("2025-07-07"));
    assert_eq!(
        eleventh.agenda.last().unwrap().title,
        "Adoption of the final report"
    );
    let roundtable = find("oewg-2024-roundtable");
    assert_eq!(
        (roundtable.starts_on, roundtable.ends_on),
        (day("2024-05-09"), day("2024-05-10"))
    );
    let plenary = find("gm-2026-plenary-1");
    assert_eq!(plenary.forum, "Global Mechanism");
    assert_eq!(plenary.starts_on, day("2026-07-20"));
    assert_eq!(find("gm-2026-org").starts_on, day("2026-03-30"));
    assert_eq!(find("gm-2026-dtg").ends_on, day("2026-12-11"));
    // The OEWG 2019-2021's agendas are the user's to fill in.
    assert!(sessions
        .iter()
        .filter(|s| s.forum != "OEWG 2019-2021")
        .all(|s| s.agenda.len() >= 5));
    let third = find("oewg-2019-s3");
    assert_eq!(
        (third.starts_on, third.ends_on, third.place.as_deref()),
        (day("2021-03-08"), day("2021-03-12"), Some("New York"))
    );
}

#[test]
fn a_session_is_edited_replaced_by_key_and_deleted() {
    let mut library = Library::open_in_memory().unwrap();
    let mut session = library.session_file("OEWG-2021-S2").unwrap().session;
    session.place = Some("  ".into());
    session.agenda.truncate(2);
    session.agenda[1].title = " Adoption of the agenda as orally revised ".into();
    let saved = library.save_session(&session).unwrap();
    assert_eq!(saved.place, None);
    assert_eq!(saved.agenda.len(), 2);
    assert_eq!(
        saved.agenda[1].title,
        "Adoption of the agenda as orally revised"
    );
    assert_eq!(library.sessions().unwrap().len(), 20, "replaced, not added");

    let bad = Session {
        ends_on: day("2022-03-01"),
        ..session.clone()
    };
    let (kind, message) = kind_of(library.save_session(&bad));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.starts_with("ends_on:"), "{message}");
    let bad = Session {
        key: "second session!".into(),
        ..session.clone()
    };
    assert!(kind_of(library.save_session(&bad)).1.starts_with("key:"));
    let mut bad = session.clone();
    bad.agenda[0].title = " ".into();
    assert!(kind_of(library.save_session(&bad))
        .1
        .starts_with("agenda item 1:"));
    assert_eq!(
        library.session_file("oewg-2021-s2").unwrap().session,
        saved,
        "a refused session leaves the stored one as it was"
    );

    library.delete_session("oewg-2021-s2").unwrap();
    assert_eq!(library.sessions().unwrap().len(), 19);
    let (kind, message) = kind_of(library.session_file("oewg-2021-s2"));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.contains("oewg-2021-s2"), "{message}");
    assert!(library.delete_session("oewg-2021-s2").is_err());
}

#[test]
fn a_commitment_is_created_open_and_every_status_change_is_kept() {
    let mut library = Library::open_in_memory().unwrap();
    let mut new = input(
        " Nominate a technical point of contact ",
        Some(day("2030-01-15")),
    );
    new.owner = Some("Desk officer".into());
    new.topic = Some("Confidence-building measures".into());
    new.session = Some("First substantive plenary session".into());
    let created = library.save_commitment(&new, None).unwrap();
    assert_eq!(created.text, "Nominate a technical point of contact");
    assert_eq!(created.status, CommitmentStatus::Open);
    assert_eq!(created.session.as_deref(), Some("gm-2026-plenary-1"));
    assert!(!created.overdue);

    library
        .set_commitment_status(
            created.id,
            CommitmentStatus::InProgress,
            Some("Capital asked"),
        )
        .unwrap();
    let done = library
        .set_commitment_status(created.id, CommitmentStatus::Done, None)
        .unwrap();
    assert_eq!(done.status, CommitmentStatus::Done);
    let detail = library.commitment_detail(created.id).unwrap();
    let statuses: Vec<_> = detail
        .history
        .iter()
        .map(|h| (h.status, h.note.clone()))
        .collect();
    assert_eq!(
        statuses,
        vec![
            (CommitmentStatus::Open, None),
            (CommitmentStatus::InProgress, Some("Capital asked".into())),
            (CommitmentStatus::Done, None),
        ]
    );
    assert!(detail.history.iter().all(|h| h.changed_at.ends_with('Z')));

    // An edit changes the fields, never the status or its history.
    let edited = library
        .save_commitment(
            &CommitmentInput {
                id: Some(created.id),
                text: "Nominate a diplomatic point of contact".into(),
                ..new.clone()
            },
            None,
        )
        .unwrap();
    assert_eq!(edited.status, CommitmentStatus::Done);
    let history = library.commitment_detail(created.id).unwrap().history;
    assert_eq!(history.len(), 4);
    assert_eq!(history[3].change, ChangeKind::Text);
    assert_eq!(history[3].status, CommitmentStatus::Done);

    library.delete_commitment(created.id).unwrap();
    let (kind, _) = kind_of(library.commitment_detail(created.id));
    assert_eq!(kind, ErrorKind::NotFound);
    assert_eq!(
        kind_of(library.set_commitment_status(created.id, CommitmentStatus::Open, None)).0,
        ErrorKind::NotFound
    );
}

#[test]
fn bad_commitments_are_refused_by_field_and_nothing_is_stored() {
    let mut library = Library::open_in_memory().unwrap();
    let (kind, message) = kind_of(library.save_commitment(&input("  ", None), None));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.starts_with("text:"), "{message}");
    let mut unknown = input("Submit a working paper", None);
    unknown.session = Some("Twelfth substantive session".into());
    assert!(kind_of(library.save_commitment(&unknown, None))
        .1
        .starts_with("session:"));
    let mut ambiguous = input("Submit a working paper", None);
    ambiguous.session = Some("Organizational session".into());
    let message = kind_of(library.save_commitment(&ambiguous, None)).1;
    assert!(
        message.contains("gm-2026-org") && message.contains("oewg-2021-org"),
        "{message}"
    );
    let mut sourced = input("Submit a working paper", None);
    sourced.source_passage_id = Some(999);
    assert_eq!(
        kind_of(library.save_commitment(&sourced, None)).0,
        ErrorKind::NotFound
    );
    let mut edit = input("Submit a working paper", None);
    edit.id = Some(42);
    assert_eq!(
        kind_of(library.save_commitment(&edit, None)).0,
        ErrorKind::NotFound
    );
    assert!(library
        .commitments(&CommitmentFilter::default())
        .unwrap()
        .is_empty());
}

#[test]
fn lists_put_overdue_first_then_by_due_date_and_the_views_narrow_them() {
    let mut library = Library::open_in_memory().unwrap();
    let next = calendar_with_next_session(&mut library);
    assert_eq!(next.place.as_deref(), Some("Geneva"));
    let save = |library: &mut Library, text: &str, due: Option<NaiveDate>, topic: Option<&str>| {
        let mut new = input(text, due);
        new.topic = topic.map(str::to_owned);
        library.save_commitment(&new, None).unwrap()
    };
    let later = save(&mut library, "Later", Some(today() + Days::new(60)), None);
    let undated = save(&mut library, "Undated", None, Some("International law"));
    let soon = save(
        &mut library,
        "Soon",
        Some(today() + Days::new(3)),
        Some("capacity-building"),
    );
    let overdue = save(&mut library, "Overdue", Some(today() - Days::new(2)), None);
    let done_late = save(
        &mut library,
        "Done late",
        Some(today() - Days::new(9)),
        None,
    );
    library
        .set_commitment_status(done_late.id, CommitmentStatus::Done, Some("sent"))
        .unwrap();
    let mut of_session = input("Of the session", None);
    of_session.session = Some(next.key.clone());
    let of_session = library.save_commitment(&of_session, None).unwrap();

    let ids = |filter: CommitmentFilter| -> Vec<i64> {
        library
            .commitments(&filter)
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect()
    };
    assert_eq!(
        ids(CommitmentFilter::default()),
        vec![
            overdue.id,
            done_late.id,
            soon.id,
            later.id,
            of_session.id,
            undated.id
        ]
    );
    let all = library.commitments(&CommitmentFilter::default()).unwrap();
    assert!(
        all[0].overdue && !all[1].overdue,
        "a done commitment is never overdue"
    );
    assert_eq!(
        ids(CommitmentFilter {
            overdue: true,
            ..Default::default()
        }),
        vec![overdue.id]
    );
    assert_eq!(
        ids(CommitmentFilter {
            status: Some(CommitmentStatus::Done),
            ..Default::default()
        }),
        vec![done_late.id]
    );
    assert_eq!(
        ids(CommitmentFilter {
            due_by_next_session: true,
            ..Default::default()
        }),
        vec![overdue.id, soon.id, of_session.id]
    );
    assert_eq!(
        ids(CommitmentFilter {
            topic: Some("Capacity-Building".into()),
            ..Default::default()
        }),
        vec![soon.id]
    );

    let agenda = library.desk_agenda().unwrap();
    assert_eq!(agenda.next_session.unwrap().key, next.key);
    let due: Vec<i64> = agenda.due.iter().map(|c| c.id).collect();
    assert_eq!(due, vec![overdue.id, soon.id, of_session.id]);
    assert_eq!(agenda.stale_contacts, 0);

    let file = library.session_file(&next.key).unwrap();
    let due: Vec<i64> = file.commitments_due.iter().map(|c| c.id).collect();
    assert_eq!(due, vec![overdue.id, soon.id, of_session.id]);
}

#[test]
fn a_session_file_gathers_its_drafts_talking_points_and_statements() {
    let (_dir, mut library) = library_with_statements();
    for (title, session) in [
        ("Plenary statement", "gm-2026-plenary-1"),
        ("By name", "first substantive plenary session"),
        ("Elsewhere", "oewg-2021-s1"),
    ] {
        let draft = library.create_draft(title, &DraftStart::default()).unwrap();
        library
            .update_draft(draft.summary.id, "session", Some(session))
            .unwrap();
    }
    let point = library
        .save_talking_point(&plenary_core::model::TalkingPointInput {
            id: None,
            title: "Funding".into(),
            text: "A dedicated fund for capacity-building.".into(),
            pillar: None,
            session: Some("gm-2026-plenary-1".into()),
        })
        .unwrap();
    let file = library.session_file("gm-2026-plenary-1").unwrap();
    let titles: Vec<&str> = file.drafts.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles.contains(&"Plenary statement") && titles.contains(&"By name"));
    assert_eq!(file.talking_points.len(), 1);
    assert_eq!(file.talking_points[0].id, point.id);

    // The 2021 statement was delivered at the first substantive session.
    let id = library.documents(&Default::default()).unwrap()[1].id;
    library
        .update_metadata(id, "forum", Some("OEWG 2021-2025"))
        .unwrap();
    let first = library.session_file("oewg-2021-s1").unwrap();
    let dates: Vec<_> = first
        .statements
        .iter()
        .map(|d| d.metadata.date.map(|d| d.to_string()))
        .collect();
    assert_eq!(dates, vec![Some("2021-12-13".to_owned())]);
}

#[test]
fn past_the_calendar_everything_still_due_is_due_and_a_session_narrows_the_list() {
    let mut library = Library::open_in_memory().unwrap();
    for session in library.sessions().unwrap() {
        if session.ends_on >= today() {
            library.delete_session(&session.key).unwrap();
        }
    }
    let far = library
        .save_commitment(&input("Far off", Some(today() + Days::new(400))), None)
        .unwrap();
    let undated = library
        .save_commitment(&input("Undated", None), None)
        .unwrap();
    let mut of_first = input("Of the first session", Some(day("2021-12-17")));
    of_first.session = Some("oewg-2021-s1".into());
    let of_first = library.save_commitment(&of_first, None).unwrap();
    assert!(of_first.overdue);

    let agenda = library.desk_agenda().unwrap();
    assert_eq!(agenda.next_session, None);
    let due: Vec<i64> = agenda.due.iter().map(|c| c.id).collect();
    assert_eq!(due, vec![of_first.id, far.id], "undated ones are not due");
    assert!(!due.contains(&undated.id));

    // Two forums have a "First substantive session": the key tells them apart.
    let of_session = library
        .commitments(&CommitmentFilter {
            session: Some("OEWG-2021-S1".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(of_session.len(), 1);
    assert_eq!(of_session[0].id, of_first.id);

    // Deleted from the calendar, a session is still listed by its key.
    library.delete_session("oewg-2021-s1").unwrap();
    let of_deleted = library
        .commitments(&CommitmentFilter {
            session: Some("oewg-2021-s1".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(of_deleted.len(), 1);
}

#[test]
fn a_due_date_owner_or_note_changes_without_a_status_change_and_every_change_is_kept() {
    let mut library = Library::open_in_memory().unwrap();
    let mut new = input("Host the regional workshop", Some(day("2026-12-01")));
    new.session = Some("gm-2026-dtg".into());
    let created = library
        .save_commitment(&new, Some("Agreed at capital"))
        .unwrap();
    assert!(!created.due_after_session);
    assert_eq!(created.session_ends_on, Some(day("2026-12-11")));

    // The due date moves past the session's last day: kept, and flagged.
    let later = CommitmentInput {
        id: Some(created.id),
        due_on: Some(day("2027-01-15")),
        owner: Some("Cyber desk".into()),
        ..new.clone()
    };
    let moved = library
        .save_commitment(&later, Some("Plazo ampliado"))
        .unwrap();
    assert_eq!(moved.status, CommitmentStatus::Open);
    assert_eq!(moved.due_on, Some(day("2027-01-15")));
    assert!(moved.due_after_session);

    // A note alone, with nothing changed, is kept too; saving the same
    // values with no note keeps nothing.
    library
        .save_commitment(&later, Some("Capital confirmed"))
        .unwrap();
    library.save_commitment(&later, None).unwrap();

    let history = library.commitment_detail(created.id).unwrap().history;
    let rows: Vec<_> = history
        .iter()
        .map(|h| {
            (
                h.change,
                h.from.as_deref(),
                h.to.as_deref(),
                h.status,
                h.note.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (
                ChangeKind::Created,
                None,
                None,
                CommitmentStatus::Open,
                Some("Agreed at capital")
            ),
            (
                ChangeKind::Owner,
                None,
                Some("Cyber desk"),
                CommitmentStatus::Open,
                None
            ),
            (
                ChangeKind::DueOn,
                Some("2026-12-01"),
                Some("2027-01-15"),
                CommitmentStatus::Open,
                Some("Plazo ampliado")
            ),
            (
                ChangeKind::Note,
                None,
                None,
                CommitmentStatus::Open,
                Some("Capital confirmed")
            ),
        ]
    );

    // A status change names the status it left.
    library
        .set_commitment_status(created.id, CommitmentStatus::InProgress, None)
        .unwrap();
    let last = library
        .commitment_detail(created.id)
        .unwrap()
        .history
        .pop()
        .unwrap();
    assert_eq!(
        (last.change, last.from.as_deref(), last.to.as_deref()),
        (ChangeKind::Status, Some("open"), Some("in_progress"))
    );
}
