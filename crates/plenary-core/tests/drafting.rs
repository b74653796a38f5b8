//! The drafting studio on temporary libraries: drafts, templates, settings
//! and talking points read back as written; revisions kept and restored;
//! provenance that stays true after edits; suggestions in order; delivery
//! into the library; and every bad value refused with its field named.

use plenary_core::model::{
    DraftSource, DraftStatus, Filter, InsertMode, InsertionSource, Settings, TalkingPointInput,
    Template,
};
use plenary_core::{ErrorKind, Library};

/// Earlier statements, written here, each sentence long enough to be
/// indexed for reuse.
const STATEMENT_2021: &str = "---\ntitle: Statement on international law\nkind: statement\nspeaker: Pakistan\ndate: 2021-12-13\n---\n\nMr. Chair,\n\nThe applicability of existing international law to cyberspace is not sufficient to address the multifaceted legal challenges arising from the malicious use of information technologies.\n\nWe call for a legally binding international instrument specifically tailored to the unique attributes of these technologies.\n\nI thank you, Mr. Chair.\n";

const STATEMENT_2023: &str = "---\ntitle: Statement on capacity-building\nkind: statement\nspeaker: Pakistan\ndate: 2023-07-10\n---\n\nMr. Chair,\n\nInternational cooperation for capacity building and the sharing of requisite technologies could be an important area of early progress for all States.\n\nI thank you, Mr. Chair.\n";

/// A library holding the statements above, written to a temporary folder.
fn library_with_statements() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, text) in [("2021.md", STATEMENT_2021), ("2023.md", STATEMENT_2023)] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        paths.push(path);
    }
    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let report = library.import_paths(&paths, |_| {}).unwrap();
    assert_eq!(report.imported, 2, "{report:?}");
    (dir, library)
}

fn kind_of<T: std::fmt::Debug>(result: plenary_core::Result<T>) -> (ErrorKind, String) {
    let error = result.expect_err("the value is refused");
    (error.kind(), error.to_string())
}

#[test]
fn a_draft_reads_back_as_written_and_is_listed_by_session_then_status() {
    let mut library = Library::open_in_memory().unwrap();
    let draft = library
        .create_draft("  Statement on CBMs ", Some("statement"), None)
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
        .update_draft(id, "session", Some("OEWG eleventh session"))
        .unwrap();
    library
        .update_draft(id, "topic", Some("Agenda item 5"))
        .unwrap();
    library
        .update_draft(id, "target_minutes", Some("2.5"))
        .unwrap();
    let draft = library.update_draft(id, "status", Some("Cleared")).unwrap();
    assert_eq!(
        draft.summary.session.as_deref(),
        Some("OEWG eleventh session")
    );
    assert_eq!(draft.summary.topic.as_deref(), Some("Agenda item 5"));
    assert_eq!(draft.summary.target_minutes, 2.5);
    assert_eq!(draft.summary.status, DraftStatus::Cleared);
    let cleared = library.update_draft(id, "topic", Some(" ")).unwrap();
    assert_eq!(
        cleared.summary.topic, None,
        "an empty value clears the topic"
    );
    assert_eq!(library.draft(id).unwrap(), cleared);

    let blank = library.create_draft("Blank one", None, None).unwrap();
    assert_eq!(blank.body, "");
    let given = library
        .create_draft("From a file", Some("Statement"), Some("Given text."))
        .unwrap();
    assert_eq!(
        given.body, "Given text.",
        "a given body wins over the template"
    );
    library
        .update_draft(given.summary.id, "session", Some("OEWG eleventh session"))
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
    assert_eq!(names(&library.templates().unwrap()), ["Blank", "Statement"]);
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
    let draft = library.create_draft("T", Some("Statement"), None).unwrap();
    assert_eq!(draft.body, "Madam Chair,\n\n");

    assert_eq!(library.settings().unwrap(), Settings::default());
    let stored = library
        .save_settings(&Settings {
            delegation: Some(" Pakistan ".into()),
            words_per_minute: 120,
            insert_mode: InsertMode::AtCursor,
        })
        .unwrap();
    assert_eq!(stored.delegation.as_deref(), Some("Pakistan"));
    assert_eq!(library.settings().unwrap(), stored);

    let point = library
        .save_talking_point(&TalkingPointInput {
            id: None,
            title: "Permanent mechanism".into(),
            text: "Pakistan supports a permanent, action-oriented mechanism under the UN.".into(),
            pillar: Some("Regular institutional dialogue".into()),
            session: Some("OEWG eleventh session".into()),
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
            .talking_points(None, None, Some("OEWG eleventh session"))
            .unwrap()[0]
            .id,
        point.id
    );
    assert_eq!(library.talking_points(None, None, None).unwrap().len(), 2);
    let edited = library
        .save_talking_point(&TalkingPointInput {
            id: Some(point.id),
            title: "Permanent mechanism".into(),
            text: "Edited.".into(),
            pillar: Some("Cyber and development".into()),
            session: None,
        })
        .unwrap();
    assert_eq!(edited.text, "Edited.");
    let pillars = library.pillars().unwrap();
    assert_eq!(
        pillars.len(),
        7,
        "the six pillars, then the topic in use: {pillars:?}"
    );
    assert_eq!(pillars[6], "Cyber and development");
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
        .create_draft("T", None, Some("First."))
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
        .create_draft("Other", None, None)
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

/// The 2021 paragraph the tests quote, as the library holds it.
const QUOTED_2021: &str = "The applicability of existing international law to cyberspace is not sufficient to address the multifaceted legal challenges arising from the malicious use of information technologies.";

#[test]
fn provenance_follows_each_paragraph_through_edits() {
    let (_dir, mut library) = library_with_statements();
    let found = library.suggest(QUOTED_2021, &Filter::default(), 3).unwrap();
    let source = &found[0];
    assert_eq!(source.score, 100.0);
    assert_eq!(source.source.date.as_deref(), Some("2021-12-13"));
    let body = format!(
        "Mr. Chair,\n\n{QUOTED_2021}\n\nOur delegation wishes to raise an entirely fresh idea about quantum networks today.\n\nInternational cooperation for capacity building and the sharing of requisite technologies could be an important area of early progress for all States."
    );
    let id = library
        .create_draft("T", None, Some(&body))
        .unwrap()
        .summary
        .id;
    let draft = library
        .record_insertion(
            id,
            &InsertionSource::Passage {
                passage_id: source.source.passage_id,
            },
            &source.source_text,
            Some(source.score),
        )
        .unwrap();
    assert_eq!(draft.insertions.len(), 1);
    assert!(matches!(
        &draft.insertions[0].source,
        DraftSource::Passage { provenance } if provenance.passage_id == source.source.passage_id
    ));

    let paragraphs = library.draft_provenance(id).unwrap();
    assert_eq!(paragraphs.len(), 4);
    assert!(
        paragraphs[0].sources.is_empty(),
        "the salutation is new language"
    );
    let inserted = &paragraphs[1].sources[0];
    assert_eq!(inserted.score, 100.0);
    assert_eq!(inserted.inserted_score, Some(100.0));
    assert!(inserted.inserted_at.is_some());
    assert_eq!(paragraphs[1].sources.len(), 1, "one source, listed once");
    assert!(
        paragraphs[2].sources.is_empty(),
        "new wording has no source"
    );
    let typed = &paragraphs[3].sources;
    assert_eq!(
        typed.len(),
        1,
        "typed language the library holds: {typed:?}"
    );
    assert_eq!(typed[0].inserted_at, None);
    assert!(matches!(
        &typed[0].source,
        DraftSource::Passage { provenance } if provenance.date.as_deref() == Some("2023-07-10")
    ));

    // Edited after the insertion: the current, lower score.
    let edited = body.replace(
        "is not sufficient to address the multifaceted legal challenges",
        "does not suffice to meet the legal challenges",
    );
    library.save_draft_body(id, &edited).unwrap();
    let after = library.draft_provenance(id).unwrap();
    let score = after[1].sources[0].score;
    assert!(
        (50.0..100.0).contains(&score),
        "an edited paragraph shows its current score: {score}"
    );
    assert_eq!(after[1].sources[0].inserted_score, Some(100.0));
    assert!(after[1].sources[0].inserted_at.is_some());
    // Rewritten beyond recognition: new language.
    let rewritten = body.replace(
        QUOTED_2021,
        "We see no need for anything new in this area at all.",
    );
    library.save_draft_body(id, &rewritten).unwrap();
    assert!(library.draft_provenance(id).unwrap()[1].sources.is_empty());

    // A talking point keeps its provenance too, inside a longer paragraph.
    let point = library
        .save_talking_point(&TalkingPointInput {
            id: None,
            title: "Quantum".into(),
            text: "Quantum networks call for confidence-building measures among all States.".into(),
            pillar: None,
            session: None,
        })
        .unwrap();
    let with_point = format!(
        "{rewritten}\n\nFirst a sentence of our own making here. {} And one more of our own.",
        point.text
    );
    library.save_draft_body(id, &with_point).unwrap();
    library
        .record_insertion(
            id,
            &InsertionSource::TalkingPoint { id: point.id },
            &point.text,
            None,
        )
        .unwrap();
    let last = library.draft_provenance(id).unwrap().pop().unwrap();
    assert_eq!(last.sources.len(), 1);
    assert_eq!(
        last.sources[0].score, 100.0,
        "the point's sentence is whole"
    );
    assert!(matches!(
        &last.sources[0].source,
        DraftSource::TalkingPoint { id, title } if *id == point.id && title == "Quantum"
    ));
    // A deleted point is still named.
    library.delete_talking_point(point.id).unwrap();
    let draft = library.draft(id).unwrap();
    assert!(matches!(
        &draft.insertions[1].source,
        DraftSource::TalkingPoint { title, .. } if title == "Quantum"
    ));
}

#[test]
fn provenance_of_a_long_draft_stays_quick() {
    let (_dir, mut library) = library_with_statements();
    let paragraphs: Vec<String> = (0..500)
        .map(|i| match i % 3 {
            0 => QUOTED_2021.to_owned(),
            1 => format!("Paragraph {i} says something of its own about item {i} and its many aspects."),
            _ => format!("International cooperation for capacity building in area {i} could be an important area of early progress."),
        })
        .collect();
    let body = paragraphs.join("\n\n");
    let id = library
        .create_draft("Long", None, Some(&body))
        .unwrap()
        .summary
        .id;
    for _ in 0..20 {
        library
            .record_insertion(
                id,
                &InsertionSource::Passage { passage_id: 2 },
                QUOTED_2021,
                Some(100.0),
            )
            .unwrap();
    }
    let started = std::time::Instant::now();
    let provenance = library.draft_provenance(id).unwrap();
    let took = started.elapsed();
    assert_eq!(provenance.len(), 500);
    assert!(provenance[0].sources[0].inserted_at.is_some());
    eprintln!("provenance of 500 paragraphs: {took:?}");
    assert!(took.as_secs_f64() < 10.0, "{took:?}");
}

#[test]
fn between_equal_scores_the_newest_is_suggested_first() {
    let (dir, mut library) = library_with_statements();
    let again = dir.path().join("2022.md");
    std::fs::write(
        &again,
        format!("---\ntitle: Again\nkind: statement\nspeaker: Pakistan\ndate: 2022-03-28\n---\n\n{QUOTED_2021}\n"),
    )
    .unwrap();
    assert_eq!(library.import_paths(&[again], |_| {}).unwrap().imported, 1);
    let found = library.suggest(QUOTED_2021, &Filter::default(), 5).unwrap();
    let dates: Vec<(f64, Option<&str>)> = found
        .iter()
        .map(|m| (m.score, m.source.date.as_deref()))
        .collect();
    assert_eq!(
        &dates[..2],
        [(100.0, Some("2022-03-28")), (100.0, Some("2021-12-13"))]
    );
    assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn a_delivered_draft_becomes_a_statement_and_a_source_of_suggestions() {
    let (dir, mut library) = library_with_statements();
    let sentence =
        "Pakistan proposes a standing technical working group on the security of undersea cables.";
    let id = library
        .create_draft(
            "Statement on <script>cables</script>",
            Some("Statement"),
            None,
        )
        .unwrap()
        .summary
        .id;
    library
        .write_draft(
            id,
            &format!("Mr. Chair,\n\n{sentence}\n\nI thank you, Mr. Chair.\n"),
        )
        .unwrap();
    library
        .update_draft(id, "session", Some("OEWG eleventh session"))
        .unwrap();
    let (kind, message) = kind_of(library.deliver_draft(id, "2026-03-05"));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.starts_with("delegation:"), "{message}");
    library
        .save_settings(&Settings {
            delegation: Some("Pakistan".into()),
            ..Settings::default()
        })
        .unwrap();
    let (kind, message) = kind_of(library.deliver_draft(id, "5th of Marchember"));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.starts_with("date:"), "{message}");

    let draft = library.deliver_draft(id, "5 March 2026").unwrap();
    assert_eq!(draft.summary.status, DraftStatus::Delivered);
    let document = draft.delivered_document.expect("linked to its statement");
    let meta = library.document(document).unwrap().summary.metadata;
    assert_eq!(
        meta.title.as_deref(),
        Some("Statement on <script>cables</script>")
    );
    assert_eq!(meta.speaker.as_deref(), Some("Pakistan"));
    assert_eq!(
        meta.date.map(|d| d.to_string()).as_deref(),
        Some("2026-03-05")
    );
    assert_eq!(meta.session.as_deref(), Some("OEWG eleventh session"));
    assert_eq!(meta.kind.map(|k| k.name()), Some("statement"));

    // At once, through the index the library holds…
    let quoted = format!("As we said before, {}", sentence.to_lowercase());
    let found = library.suggest(&quoted, &Filter::default(), 5).unwrap();
    assert_eq!(found[0].source.document_id, document);
    assert_eq!(found[0].source.date.as_deref(), Some("2026-03-05"));
    // …and after the library is opened again.
    drop(library);
    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let found = library.suggest(&quoted, &Filter::default(), 5).unwrap();
    assert_eq!(found[0].source.document_id, document);
    // The draft's own statement is not its provenance.
    let provenance = library.draft_provenance(id).unwrap();
    assert!(provenance[1].sources.is_empty(), "{provenance:?}");
    let (kind, message) = kind_of(library.deliver_draft(id, "2026-03-06"));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.contains("delivered already"), "{message}");
    let empty = library
        .create_draft("Empty", None, None)
        .unwrap()
        .summary
        .id;
    assert!(kind_of(library.deliver_draft(empty, "2026-03-05"))
        .1
        .starts_with("body:"));
}

#[test]
fn bad_input_is_refused_with_the_field_named() {
    let mut library = Library::open_in_memory().unwrap();
    let id = library.create_draft("T", None, None).unwrap().summary.id;
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
        field(kind_of(library.create_draft(" ", None, None))),
        "title"
    );
    assert_eq!(
        field(kind_of(library.create_draft(&"x".repeat(301), None, None))),
        "title"
    );
    let (_, message) = kind_of(library.create_draft("T", Some("Speech"), None));
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
    not_found(kind_of(library.deliver_draft(missing, "2026-03-05")));
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
