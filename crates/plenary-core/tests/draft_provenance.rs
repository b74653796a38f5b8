//! Where a draft's language comes from and where it goes: provenance that
//! stays true after edits, suggestions in order, and a delivered draft
//! becoming a statement that the next draft is offered.

mod common;

use common::drafting::{kind_of, library_with_statements};
use plenary_core::drafts::Suggestion;
use plenary_core::model::{
    DraftSource, DraftStart, DraftStatus, Filter, InsertionSource, Settings, TalkingPointInput,
};
use plenary_core::{ErrorKind, Library};

/// The 2021 paragraph the tests quote, as the library holds it.
const QUOTED_2021: &str = "The applicability of existing international law to cyberspace is not sufficient to address the multifaceted legal challenges arising from the malicious use of information technologies.";

#[test]
fn provenance_follows_each_paragraph_through_edits() {
    let (_dir, mut library) = library_with_statements();
    let found = library.suggest(QUOTED_2021, &Filter::default(), 3).unwrap();
    let source = found[0].passage().unwrap();
    assert_eq!(source.score, 100.0);
    assert_eq!(source.source.date.as_deref(), Some("2021-12-13"));
    let body = format!(
        "Mr. Chair,\n\n{QUOTED_2021}\n\nOur delegation wishes to raise an entirely fresh idea about quantum networks today.\n\nInternational cooperation for capacity building and the sharing of requisite technologies could be an important area of early progress for all States."
    );
    let id = library
        .create_draft(
            "T",
            &DraftStart {
                body: Some(&body),
                ..DraftStart::default()
            },
        )
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
        paragraphs[0].sources.is_empty() && paragraphs[0].formula,
        "the salutation is a formula, not language to source"
    );
    let inserted = &paragraphs[1].sources[0];
    assert_eq!(inserted.score, 100.0);
    assert_eq!(inserted.inserted_score, Some(100.0));
    assert!(inserted.inserted_at.is_some());
    assert_eq!(paragraphs[1].sources.len(), 1, "one source, listed once");
    assert!(
        paragraphs[2].sources.is_empty() && !paragraphs[2].formula,
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
        .create_draft(
            "Long",
            &DraftStart {
                body: Some(&body),
                ..DraftStart::default()
            },
        )
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
        .filter_map(|s| s.passage())
        .map(|m| (m.score, m.source.date.as_deref()))
        .collect();
    assert_eq!(
        &dates[..2],
        [(100.0, Some("2022-03-28")), (100.0, Some("2021-12-13"))]
    );
    assert!(found.windows(2).all(|w| w[0].score() >= w[1].score()));
}

#[test]
fn a_delivered_draft_becomes_a_statement_and_a_source_of_suggestions() {
    let (dir, mut library) = library_with_statements();
    let sentence =
        "Pakistan proposes a standing technical working group on the security of undersea cables.";
    let id = library
        .create_draft(
            "Statement on <script>cables</script>",
            &DraftStart {
                template: Some("Statement"),
                ..DraftStart::default()
            },
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
        .update_draft(id, "session", Some("oewg-2021-s11"))
        .unwrap();
    let (kind, message) = kind_of(library.deliver_draft(id, "2026-03-05", true));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.starts_with("delegation:"), "{message}");
    library
        .save_settings(&Settings {
            delegation: Some("Pakistan".into()),
            ..Settings::default()
        })
        .unwrap();
    let (kind, message) = kind_of(library.deliver_draft(id, "5th of Marchember", true));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.starts_with("date:"), "{message}");

    let draft = library.deliver_draft(id, "5 March 2026", true).unwrap();
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
    // The calendar's session, with its forum.
    assert_eq!(
        meta.session.as_deref(),
        Some("Eleventh substantive session")
    );
    assert_eq!(meta.forum.as_deref(), Some("OEWG 2021-2025"));
    assert_eq!(meta.kind.map(|k| k.name()), Some("statement"));

    // At once, through the index the library holds…
    let quoted = format!("As we said before, {}", sentence.to_lowercase());
    let found = library.suggest(&quoted, &Filter::default(), 5).unwrap();
    let first = found[0].passage().unwrap();
    assert_eq!(first.source.document_id, document);
    assert_eq!(first.source.date.as_deref(), Some("2026-03-05"));
    // …and after the library is opened again.
    drop(library);
    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let found = library.suggest(&quoted, &Filter::default(), 5).unwrap();
    assert_eq!(found[0].passage().unwrap().source.document_id, document);
    // The draft's own statement is not its provenance.
    let provenance = library.draft_provenance(id).unwrap();
    assert!(provenance[1].sources.is_empty(), "{provenance:?}");
    let (kind, message) = kind_of(library.deliver_draft(id, "2026-03-06", true));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.contains("delivered already"), "{message}");
    let empty = library
        .create_draft("Empty", &DraftStart::default())
        .unwrap()
        .summary
        .id;
    assert!(kind_of(library.deliver_draft(empty, "2026-03-05", true))
        .1
        .starts_with("body:"));
}

#[test]
fn a_talking_point_is_inserted_after_a_paragraph_and_suggested_where_it_fits() {
    let (_dir, mut library) = library_with_statements();
    let text = "Pakistan supports a global directory of points of contact for incident response among all States.";
    let point = library
        .save_talking_point(&TalkingPointInput {
            id: None,
            title: "POC directory".into(),
            text: text.into(),
            pillar: Some("Confidence-building measures".into()),
            session: None,
        })
        .unwrap();
    // Suggested, marked as a talking point, for a paragraph it fits.
    let typed = "Pakistan supports a global directory of contact points for incident response.";
    let found = library.suggest(typed, &Filter::default(), 5).unwrap();
    let suggested = found
        .iter()
        .find_map(|s| match s {
            Suggestion::TalkingPoint(p) => Some(p),
            Suggestion::Passage(_) => None,
        })
        .expect("the point is suggested");
    assert_eq!(suggested.point.id, point.id);
    assert!(
        (50.0..100.0).contains(&suggested.score),
        "{}",
        suggested.score
    );
    // Not for a paragraph it does not fit, nor when another speaker is asked for.
    let unrelated = library
        .suggest(
            "We look forward to the report of the Chair on this item.",
            &Filter::default(),
            5,
        )
        .unwrap();
    assert!(
        unrelated.iter().all(|s| s.passage().is_some()),
        "{unrelated:?}"
    );
    let others = Filter {
        speaker: Some("Chile".into()),
        ..Filter::default()
    };
    assert!(library.suggest(typed, &others, 5).unwrap().is_empty());

    // Inserted before the closing by default, or after the paragraph named.
    let id = library
        .create_draft(
            "T",
            &DraftStart {
                template: Some("Statement"),
                ..DraftStart::default()
            },
        )
        .unwrap()
        .summary
        .id;
    let draft = library.insert_talking_point(id, point.id, None).unwrap();
    assert_eq!(
        draft.body,
        format!("Mr. Chair,\n\n{text}\n\nI thank you, Mr. Chair.\n")
    );
    let draft = library.insert_talking_point(id, point.id, Some(1)).unwrap();
    assert!(draft
        .body
        .starts_with(&format!("Mr. Chair,\n\n{text}\n\n{text}")));
    assert_eq!(draft.insertions.len(), 2);
    let provenance = library.draft_provenance(id).unwrap();
    assert!(matches!(
        &provenance[1].sources[0].source,
        DraftSource::TalkingPoint { id, .. } if *id == point.id
    ));
    assert!(matches!(
        &provenance[1].sentences[0].sources[0].source,
        DraftSource::TalkingPoint { id, .. } if *id == point.id
    ));
    assert_eq!(library.revisions(id).unwrap().len(), 3, "one per insertion");
    let (kind, message) = kind_of(library.insert_talking_point(id, point.id, Some(9)));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.starts_with("after:"), "{message}");
    assert_eq!(
        kind_of(library.insert_talking_point(id, 999, None)).0,
        ErrorKind::NotFound
    );
}
