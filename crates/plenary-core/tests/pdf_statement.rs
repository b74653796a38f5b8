//! PDF import, on the fixtures that `tests/fixtures/make_pdf_fixtures.py`
//! writes: a two-page statement comes back as its paragraphs without its
//! page furniture and with the metadata the heuristics find; a scan and a
//! truncated file fail with their reasons, store nothing, and never cost the
//! good file beside them.

use chrono::NaiveDate;
use plenary_core::import::FileOutcome;
use plenary_core::model::{Filter, Kind, PassageRole};
use plenary_core::search::SearchOptions;
use plenary_core::Library;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn import_one(library: &mut Library, path: &Path) -> FileOutcome {
    let report = library.import_paths(&[path.to_path_buf()], |_| {}).unwrap();
    assert_eq!(report.files.len(), 1);
    report.files.into_iter().next().unwrap()
}

fn reason(outcome: &FileOutcome) -> &str {
    match outcome {
        FileOutcome::Failed { reason, .. } => reason,
        other => panic!("the file is refused: {other:?}"),
    }
}

const PASSAGES: &[(PassageRole, &str)] = &[
    (
        PassageRole::Heading,
        "Statement by Ambassador Ana Lindqvist, Permanent Representative of Chile, on behalf of the Group of Friends on ICT Security",
    ),
    (
        PassageRole::Heading,
        "Open-ended working group on security of and in the use of information and communications technologies 2021-2025, tenth substantive session",
    ),
    (PassageRole::Dateline, "New York, 18 February 2025"),
    (PassageRole::Salutation, "Mr. Chair,"),
    (
        PassageRole::Body,
        "1. On behalf of the Group of Friends on ICT Security, I thank you for your leadership and for the revised draft of the final report of the working group. We appreciate the open and transparent manner in which you have conducted our work.",
    ),
    (
        PassageRole::Body,
        "2. The Group remains concerned about the growing number of malicious ICT activities against critical infrastructure. Ransomware attacks on hospitals have shown that cybersecurity of essential services is a matter of international peace and security.",
    ),
    (
        PassageRole::Body,
        "3. We welcome the emphasis on capacity-building in the draft. Such support must be demand-driven, gender-responsive and sustainable. The Group proposes that the future mechanism:",
    ),
    (PassageRole::Body, "hold its first session in 2026;"),
    (
        PassageRole::Body,
        "set up dedicated thematic groups on threats and on capacity-building; and",
    ),
    (
        PassageRole::Body,
        "report every year to the General Assembly.",
    ),
    (
        PassageRole::Body,
        "4. The Group supports a single-track, State-led permanent mechanism that is open to all Member States, takes its decisions by consensus and remains action-oriented. Such a mechanism should build on the cumulative and evolving framework for responsible State behaviour and on the work of both working groups.",
    ),
    (
        PassageRole::Body,
        "Stakeholders bring expertise that States do not always have, and the Group welcomes their participation in the mechanism’s work.",
    ),
    (
        PassageRole::Body,
        "5. Finally, the Group calls on all delegations to show flexibility so that the final report can be adopted by consensus.",
    ),
    (PassageRole::Closing, "I thank you, Mr. Chair."),
];

#[test]
fn a_statement_pdf_imports_as_its_paragraphs_without_page_furniture() {
    let mut library = Library::open_in_memory().unwrap();
    let outcome = import_one(&mut library, &fixture("statement.pdf"));
    let FileOutcome::Imported {
        document_id,
        warnings,
        ..
    } = &outcome
    else {
        panic!("the statement imports: {outcome:?}");
    };
    assert!(warnings.is_empty(), "{warnings:?}");
    let doc = library.document(*document_id).unwrap();
    let got: Vec<(PassageRole, &str)> = doc
        .passages
        .iter()
        .map(|p| (p.role, p.text.as_str()))
        .collect();
    assert_eq!(got, PASSAGES);
    assert_eq!(doc.summary.format, "pdf");
    for furniture in ["A/AC.292", "02817", "1/2", "- 2 -", "Permanent Mission"] {
        assert!(
            !doc.markdown.contains(furniture),
            "{furniture} is dropped:\n{}",
            doc.markdown
        );
    }
    assert!(
        doc.markdown.contains("\n\n1\\. On behalf"),
        "a paragraph number is escaped, not a Markdown list:\n{}",
        doc.markdown
    );

    let meta = &doc.summary.metadata;
    assert_eq!(meta.kind, Some(Kind::Statement));
    assert_eq!(meta.title.as_deref(), Some(PASSAGES[0].1));
    assert_eq!(meta.speaker.as_deref(), Some("Chile"));
    assert_eq!(meta.person.as_deref(), Some("Ana Lindqvist"));
    assert_eq!(meta.function.as_deref(), Some("Permanent Representative"));
    assert_eq!(meta.date, NaiveDate::from_ymd_opt(2025, 2, 18));
    assert_eq!(meta.place.as_deref(), Some("New York"));
    assert_eq!(meta.forum.as_deref(), Some("OEWG 2021-2025"));
    assert_eq!(meta.session.as_deref(), Some("tenth substantive session"));

    let hits = library
        .search(
            "cybersecurity",
            &Filter::default(),
            SearchOptions::default(),
        )
        .unwrap();
    assert_eq!(hits.passages_matched, 1, "the rejoined word is found");
}

#[test]
fn a_scanned_pdf_fails_for_want_of_a_text_layer() {
    let mut library = Library::open_in_memory().unwrap();
    let outcome = import_one(&mut library, &fixture("scanned.pdf"));
    let why = reason(&outcome);
    assert!(why.contains("no text layer"), "{why}");
    assert!(outcome.path().ends_with("scanned.pdf"));
    assert_eq!(library.stats().unwrap().documents, 0, "nothing is stored");
}

#[test]
fn a_truncated_pdf_fails_and_the_good_file_beside_it_imports() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["statement.pdf", "truncated.pdf"] {
        std::fs::copy(fixture(name), dir.path().join(name)).unwrap();
    }
    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let report = library
        .import_paths(&[dir.path().to_path_buf()], |_| {})
        .unwrap();
    assert_eq!((report.imported, report.failed), (1, 1), "{report:?}");
    let truncated = report
        .files
        .iter()
        .find(|f| f.path().ends_with("truncated.pdf"))
        .unwrap();
    let why = reason(truncated);
    assert!(why.contains("damaged"), "{why}");
    assert_eq!(library.stats().unwrap().documents, 1);
    assert_eq!(library.integrity_check().unwrap(), "ok");
}

#[test]
fn a_text_file_that_is_really_a_pdf_is_still_refused_as_binary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("statement.txt");
    std::fs::copy(fixture("statement.pdf"), &path).unwrap();
    let mut library = Library::open_in_memory().unwrap();
    let outcome = import_one(&mut library, &path);
    let why = reason(&outcome);
    assert!(why.contains("a PDF document"), "{why}");
}
