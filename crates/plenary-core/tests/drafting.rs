//! The drafting studio on temporary libraries: drafts, templates, settings
//! and talking points read back as written; revisions kept and restored;
//! and every bad value refused with its field named.

mod common;

use common::drafting::kind_of;
use plenary_core::model::{
    Chair, DraftStart, DraftStatus, InsertMode, InsertionSource, Language, Settings,
    TalkingPointInput, Template,
};
use plenary_core::{ErrorKind, Library};

#[test]
fn a_draft_reads_back_as_written_and_is_listed_by_session_then_status() {
    let mut library = Library::open_in_memory().unwrap();
    let draft = library
        .create_draft(
            "  Statement on CBMs ",
            &DraftStart {
                template: Some("statement"),
                ..DraftStart::default()
            },
        )
        .unwrap();
    assert_eq!(draft.summary.title, "Statement on CBMs");
    assert_eq!(draft.summary.status, DraftStatus::Drafting);
    assert_eq!(draft.summary.target_minutes, 3.0);
    assert!(draft.body.starts_with("Mr. Chair,\n\n"), "{:?}", draft.body);
    assert!(draft.body.trim_end().ends_with("I thank you, Mr. Chair."));
    assert_eq!(draft.summary.words, 7);
    assert!(draft.insertions.is_empty() && draft.delivered_document.is_none());

    let id = draft.summary.id;
    library
        .update_draft(id, "session", Some("Eleventh substantive session"))
        .unwrap();
    library
        .update_draft(id, "topic", Some("international law"))
        .unwrap();
    library
        .update_draft(id, "target_minutes", Some("2.5"))
        .unwrap();
    library
        .save_settings(&Settings {
            user_name: Some("Ayesha Khan".into()),
            ..Settings::default()
        })
        .unwrap();
    let draft = library.update_draft(id, "status", Some("Cleared")).unwrap();
    // A session of the calendar, by name or key, kept as its key; a topic
    // of the list, as the list writes it.
    assert_eq!(draft.summary.session.as_deref(), Some("oewg-2021-s11"));
    assert_eq!(draft.summary.topic.as_deref(), Some("International law"));
    let unknown = kind_of(library.update_draft(id, "session", Some("OEWG eleventh session")));
    assert_eq!(unknown.0, ErrorKind::InvalidField);
    assert!(
        unknown.1.contains("no session 'OEWG eleventh session'"),
        "{}",
        unknown.1
    );
    let unknown = kind_of(library.update_draft(id, "topic", Some("Confidence building measure")));
    assert!(
        unknown.1.contains("closest: Confidence-building measures"),
        "{}",
        unknown.1
    );
    assert_eq!(draft.summary.target_minutes, 2.5);
    assert_eq!(draft.summary.status, DraftStatus::Cleared);
    let cleared = library.update_draft(id, "topic", Some(" ")).unwrap();
    assert_eq!(
        cleared.summary.topic, None,
        "an empty value clears the topic"
    );
    assert_eq!(library.draft(id).unwrap(), cleared);

    let blank = library
        .create_draft("Blank one", &DraftStart::default())
        .unwrap();
    assert_eq!(blank.body, "");
    let given = library
        .create_draft(
            "From a file",
            &DraftStart {
                template: Some("Statement"),
                body: Some("Given text."),
                ..DraftStart::default()
            },
        )
        .unwrap();
    assert_eq!(
        given.body, "Given text.",
        "a given body wins over the template"
    );
    library
        .update_draft(given.summary.id, "session", Some("oewg-2021-s11"))
        .unwrap();

    let order: Vec<i64> = library.drafts().unwrap().iter().map(|d| d.id).collect();
    assert_eq!(
        order,
        vec![given.summary.id, id, blank.summary.id],
        "the session's drafting draft, then its cleared one, then the draft without a session"
    );
    library.delete_draft(blank.summary.id).unwrap();
    assert_eq!(library.drafts().unwrap().len(), 2);
    assert_eq!(
        kind_of(library.draft(blank.summary.id)).0,
        ErrorKind::NotFound
    );
}

#[test]
fn templates_settings_and_talking_points_round_trip() {
    let mut library = Library::open_in_memory().unwrap();
    let names = |t: &[Template]| t.iter().map(|t| t.name.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&library.templates(Language::En, Chair::Man).unwrap()),
        ["Blank", "Statement"]
    );
    let saved = library
        .save_template(&Template {
            name: "Explanation of vote".into(),
            body: "Mr. President,\n\n".into(),
        })
        .unwrap();
    assert_eq!(names(&saved), ["Blank", "Explanation of vote", "Statement"]);
    let replaced = library
        .save_template(&Template {
            name: "statement".into(),
            body: "Madam Chair,\n\n".into(),
        })
        .unwrap();
    assert_eq!(replaced.len(), 3, "a template of the same name is replaced");
    let draft = library
        .create_draft(
            "T",
            &DraftStart {
                template: Some("Statement"),
                chair: Chair::Woman,
                ..DraftStart::default()
            },
        )
        .unwrap();
    assert_eq!(draft.body, "Madam Chair,\n\n");

    assert_eq!(library.settings().unwrap(), Settings::default());
    let stored = library
        .save_settings(&Settings {
            delegation: Some(" Pakistan ".into()),
            user_name: Some(" Ayesha Khan ".into()),
            words_per_minute: 120,
            insert_mode: InsertMode::AtCursor,
        })
        .unwrap();
    assert_eq!(stored.delegation.as_deref(), Some("Pakistan"));
    assert_eq!(stored.user_name.as_deref(), Some("Ayesha Khan"));
    assert_eq!(library.settings().unwrap(), stored);

    let point = library
        .save_talking_point(&TalkingPointInput {
            id: None,
            title: "Permanent mechanism".into(),
            text: "Pakistan supports a permanent, action-oriented mechanism under the UN.".into(),
            pillar: Some("Regular institutional dialogue".into()),
            session: Some("oewg-2021-s11".into()),
        })
        .unwrap();
    library
        .save_talking_point(&TalkingPointInput {
            id: None,
            title: "Capacity".into(),
            text: "Capacity-building should be demand-driven (100% owned by recipients).".into(),
            pillar: Some("Capacity-building".into()),
            session: None,
        })
        .unwrap();
    let found = library
        .talking_points(Some("MECHANISM un"), None, None)
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0], point);
    assert_eq!(
        library
            .talking_points(Some("100%"), None, None)
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        library.talking_points(Some("%"), None, None).unwrap().len(),
        1,
        "% is a character, not a wildcard"
    );
    assert_eq!(
        library
            .talking_points(None, Some("capacity-building"), None)
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        library
            .talking_points(None, None, Some("oewg-2021-s11"))
            .unwrap()[0]
            .id,
        point.id
    );
    assert_eq!(library.talking_points(None, None, None).unwrap().len(), 2);
    let new_topic = TalkingPointInput {
        id: Some(point.id),
        title: "Permanent mechanism".into(),
        text: "Edited.".into(),
        pillar: Some("Cyber and development".into()),
        session: None,
    };
    // A topic not on the list is added explicitly first.
    assert_eq!(
        kind_of(library.save_talking_point(&new_topic)).0,
        ErrorKind::InvalidField
    );
    library.add_topic("Cyber and development").unwrap();
    let edited = library.save_talking_point(&new_topic).unwrap();
    assert_eq!(edited.text, "Edited.");
    let topics = library.topics().unwrap();
    assert_eq!(
        topics.len(),
        7,
        "the six pillars and the topic added: {topics:?}"
    );
    assert!(topics
        .iter()
        .any(|t| t.name == "Cyber and development" && t.uses == 1));
    library.delete_talking_point(point.id).unwrap();
    assert_eq!(library.talking_points(None, None, None).unwrap().len(), 1);
    assert_eq!(
        kind_of(library.delete_talking_point(point.id)).0,
        ErrorKind::NotFound
    );
}

#[test]
fn revisions_are_kept_and_restored() {
    let mut library = Library::open_in_memory().unwrap();
    let id = library
        .create_draft(
            "T",
            &DraftStart {
                body: Some("First."),
                ..DraftStart::default()
            },
        )
        .unwrap()
        .summary
        .id;
    // Autosave within a minute of the last revision keeps none.
    let summary = library
        .save_draft_body(id, "First. Second words here.")
        .unwrap();
    assert_eq!(summary.words, 4);
    assert_eq!(library.draft(id).unwrap().body, "First. Second words here.");
    assert_eq!(library.revisions(id).unwrap().len(), 1);
    // Writing always keeps one, never twice the same text.
    library.write_draft(id, "Written.").unwrap();
    library.write_draft(id, "Written.").unwrap();
    let revisions = library.revisions(id).unwrap();
    assert_eq!(
        revisions.iter().map(|r| r.number).collect::<Vec<_>>(),
        [2, 1],
        "newest first"
    );
    let first = revisions[1].id;
    assert_eq!(library.revision_body(id, first).unwrap(), "First.");
    library.save_draft_body(id, "Typed since.").unwrap();
    let restored = library.restore_revision(id, first).unwrap();
    assert_eq!(restored.body, "First.");
    let bodies: Vec<String> = library
        .revisions(id)
        .unwrap()
        .iter()
        .map(|r| library.revision_body(id, r.id).unwrap())
        .collect();
    assert_eq!(bodies, ["First.", "Typed since.", "Written.", "First."]);

    let other = library
        .create_draft("Other", &DraftStart::default())
        .unwrap()
        .summary
        .id;
    assert_eq!(
        kind_of(library.revision_body(other, first)).0,
        ErrorKind::NotFound
    );
    assert_eq!(kind_of(library.revisions(9999)).0, ErrorKind::NotFound);
    assert_eq!(
        kind_of(library.restore_revision(id, 9999)).0,
        ErrorKind::NotFound
    );
}

#[test]
fn bad_input_is_refused_with_the_field_named() {
    let mut library = Library::open_in_memory().unwrap();
    let id = library
        .create_draft("T", &DraftStart::default())
        .unwrap()
        .summary
        .id;
    let field = |r: (ErrorKind, String)| {
        assert_eq!(r.0, ErrorKind::InvalidField, "{}", r.1);
        r.1.split(':').next().unwrap_or_default().to_owned()
    };
    assert_eq!(
        field(kind_of(library.update_draft(id, "colour", Some("red")))),
        "colour"
    );
    for bad in ["abc", "0", "-1", "500", "NaN", "inf"] {
        assert_eq!(
            field(kind_of(library.update_draft(
                id,
                "target_minutes",
                Some(bad)
            ))),
            "target_minutes",
            "{bad}"
        );
    }
    assert_eq!(
        field(kind_of(library.update_draft(id, "target_minutes", None))),
        "target_minutes"
    );
    assert_eq!(
        field(kind_of(library.update_draft(id, "title", Some("  ")))),
        "title"
    );
    assert_eq!(
        field(kind_of(library.update_draft(id, "status", Some("done")))),
        "status"
    );
    assert_eq!(
        field(kind_of(library.update_draft(
            id,
            "status",
            Some("delivered")
        ))),
        "status"
    );
    assert_eq!(
        field(kind_of(library.create_draft(" ", &DraftStart::default()))),
        "title"
    );
    assert_eq!(
        field(kind_of(
            library.create_draft(&"x".repeat(301), &DraftStart::default())
        )),
        "title"
    );
    let (_, message) = kind_of(library.create_draft(
        "T",
        &DraftStart {
            template: Some("Speech"),
            ..DraftStart::default()
        },
    ));
    assert!(
        message.contains("template") && message.contains("Blank, Statement"),
        "{message}"
    );
    assert_eq!(
        field(kind_of(library.save_template(&Template {
            name: "blank".into(),
            body: "x".into()
        }))),
        "name"
    );
    assert_eq!(
        field(kind_of(library.save_template(&Template {
            name: " ".into(),
            body: "x".into()
        }))),
        "name"
    );
    assert_eq!(
        field(kind_of(library.save_settings(&Settings {
            words_per_minute: 0,
            ..Settings::default()
        }))),
        "words_per_minute"
    );
    assert_eq!(
        field(kind_of(library.save_settings(&Settings {
            user_name: Some("Ayesha\nKhan".into()),
            ..Settings::default()
        }))),
        "user_name"
    );
    assert_eq!(
        field(kind_of(library.save_talking_point(&TalkingPointInput {
            id: None,
            title: "".into(),
            text: "x".into(),
            pillar: None,
            session: None,
        }))),
        "title"
    );
    assert_eq!(
        field(kind_of(library.record_insertion(
            id,
            &InsertionSource::TalkingPoint { id: 1 },
            " ",
            None
        ))),
        "text"
    );
    assert_eq!(
        field(kind_of(library.record_insertion(
            id,
            &InsertionSource::TalkingPoint { id: 1 },
            "x",
            Some(101.0)
        ))),
        "score"
    );

    let missing = 4242;
    let not_found = |r: (ErrorKind, String)| {
        assert_eq!(r.0, ErrorKind::NotFound, "{}", r.1);
        r.1
    };
    assert!(not_found(kind_of(library.draft(missing))).contains("no draft with id 4242"));
    not_found(kind_of(library.update_draft(missing, "title", Some("x"))));
    not_found(kind_of(library.save_draft_body(missing, "x")));
    not_found(kind_of(library.write_draft(missing, "x")));
    not_found(kind_of(library.delete_draft(missing)));
    not_found(kind_of(library.draft_provenance(missing)));
    not_found(kind_of(library.deliver_draft(missing, "2026-03-05", true)));
    not_found(kind_of(library.record_insertion(
        missing,
        &InsertionSource::Passage { passage_id: 1 },
        "x",
        None,
    )));
    assert!(not_found(kind_of(library.record_insertion(
        id,
        &InsertionSource::Passage {
            passage_id: missing
        },
        "x",
        None
    )))
    .contains("passage"));
    assert!(not_found(kind_of(library.record_insertion(
        id,
        &InsertionSource::TalkingPoint { id: missing },
        "x",
        None
    )))
    .contains("talking point"));
    not_found(kind_of(library.save_talking_point(&TalkingPointInput {
        id: Some(missing),
        title: "x".into(),
        text: "x".into(),
        pillar: None,
        session: None,
    })));
    assert_eq!(
        library.draft(id).unwrap().insertions.len(),
        0,
        "nothing was recorded"
    );
}
