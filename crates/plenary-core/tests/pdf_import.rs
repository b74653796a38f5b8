//! PDF statements import like any other file: their paragraphs become
//! passages with the usual roles and metadata, the page furniture is gone,
//! and a PDF that cannot be read fails alone, naming itself and why.

mod pdf_fixture;

use pdf_fixture::{pdf, Typesetter};
use plenary_core::import::FileOutcome;
use plenary_core::model::PassageRole;
use plenary_core::Library;

const BODY: &str = "Chile supports a permanent mechanism for regular institutional dialogue \
    on the security of and in the use of information and communications technologies, \
    one that builds on the consensus reports and remains open to all Member States.";

/// A printed statement: centred letterhead and title, a dateline, then a
/// double-spaced body long enough to cross a page, with a running header and
/// page numbers.
fn statement() -> Vec<u8> {
    let mut t = Typesetter::new(12.0, 24.0);
    t.centred("Permanent Mission of Chile to the United Nations");
    t.paragraph("", 0.0, 0.0);
    t.centred("Statement by Ambassador Jane Doe, Permanent Representative of Chile");
    t.paragraph("", 0.0, 0.0);
    t.paragraph("New York, 2 March 2026", 0.0, 24.0);
    t.paragraph("Mr. Chair,", 0.0, 0.0);
    for _ in 0..8 {
        t.paragraph(BODY, 36.0, 0.0);
    }
    t.paragraph("I thank you.", 36.0, 0.0);
    t.furnish("Check against delivery");
    assert!(t.pages.len() >= 2);
    pdf(&t.pages)
}

#[test]
fn a_printed_statement_imports_with_its_roles_and_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chile.pdf");
    std::fs::write(&path, statement()).unwrap();
    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let report = library.import_paths(&[path], |_| {}).unwrap();
    assert_eq!(report.imported, 1, "{:?}", report.files);
    assert!(report.files[0].warnings().is_empty(), "{:?}", report.files);
    let id = report.files[0].document_id().unwrap();
    let doc = library.document(id).unwrap();

    assert_eq!(doc.summary.format, "pdf");
    let meta = &doc.summary.metadata;
    assert_eq!(
        meta.date.map(|d| d.to_string()).as_deref(),
        Some("2026-03-02")
    );
    assert_eq!(meta.speaker.as_deref(), Some("Chile"));
    assert_eq!(meta.person.as_deref(), Some("Jane Doe"));

    let roles: Vec<PassageRole> = doc.passages.iter().map(|p| p.role).collect();
    let body = roles.iter().filter(|r| **r == PassageRole::Body).count();
    assert_eq!(body, 8, "{roles:?}\n{}", doc.markdown);
    assert!(roles.contains(&PassageRole::Salutation), "{roles:?}");
    assert_eq!(roles.last(), Some(&PassageRole::Closing), "{roles:?}");
    let plain = BODY.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(doc
        .passages
        .iter()
        .filter(|p| p.role == PassageRole::Body)
        .all(|p| p.text == plain));
    assert!(!doc.markdown.contains("Check against delivery"));
}

#[test]
fn an_unreadable_pdf_fails_alone() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("statements");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("good.pdf"), statement()).unwrap();
    std::fs::write(folder.join("scan.pdf"), pdf(&[Vec::new()])).unwrap();
    let whole = statement();
    std::fs::write(folder.join("cut.pdf"), &whole[..whole.len() / 3]).unwrap();
    std::fs::write(folder.join("fake.pdf"), b"<html>not a pdf</html>").unwrap();

    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let report = library.import_paths(&[folder], |_| {}).unwrap();
    assert_eq!(
        (report.imported, report.failed),
        (1, 3),
        "{:?}",
        report.files
    );
    for (name, words) in [
        ("scan.pdf", "no text layer"),
        ("cut.pdf", "damaged"),
        ("fake.pdf", "not a PDF"),
    ] {
        let outcome = report.files.iter().find(|f| f.path().ends_with(name));
        let Some(FileOutcome::Failed { reason, .. }) = outcome else {
            panic!("{name} fails: {outcome:?}");
        };
        assert!(reason.contains(words), "{name}: {reason}");
    }
}

/// Reading a PDF costs time in proportion to its pages: eight times the
/// pages may take eight times as long, not sixty-four (the least of three
/// runs each, to see past a busy machine). The pages after the first draw
/// no text, so what is timed is finding and reading each page, which grew
/// with the square of the pages when each page was looked up in the whole
/// page tree.
#[test]
fn a_long_pdf_costs_time_in_proportion_to_its_pages() {
    use plenary_core::import::{prepare_bytes, Format};
    use std::time::{Duration, Instant};
    let time = |pages: usize| -> Duration {
        let mut t = Typesetter::new(12.0, 24.0);
        t.paragraph(BODY, 36.0, 0.0);
        let mut all = t.pages;
        all.resize(pages, Vec::new());
        let bytes = pdf(&all);
        (0..3)
            .map(|_| {
                let started = Instant::now();
                let read = prepare_bytes("long.pdf", Format::Pdf, &bytes);
                assert!(read.is_ok(), "{read:?}");
                started.elapsed()
            })
            .min()
            .unwrap()
    };
    let (short, long) = (time(500), time(4_000));
    eprintln!("500 pages: {short:?}; 4,000 pages: {long:?}");
    assert!(
        long < short * 20,
        "500 pages took {short:?} and 4,000 took {long:?}: worse than linear"
    );
}
