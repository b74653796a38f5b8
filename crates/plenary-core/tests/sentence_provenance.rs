//! Provenance at the grain capital reads: every sentence of a draft marked
//! agreed, reused, edited (with the diff), new or formula, its sources the
//! earliest statement first and the later repeats after it, in English and
//! in Spanish.

mod common;

use plenary_core::model::{
    DiffKind, DraftSource, DraftStart, Filter, Kind, ParagraphProvenance, SentenceMark,
    SentenceProvenance,
};
use plenary_core::Library;

/// Said first in a 2021 statement, repeated in a 2024 press release.
const REPEATED: &str = "We must be particularly concerned at the significant increase in recent years in the frequency of cyber attacks on critical infrastructure.";

const STATEMENT_2021: &str = "---\ntitle: Statement at the first substantive session\nkind: statement\nspeaker: Pakistan\ndate: 2021-12-13\n---\n\nMr. Chair,\n\nWe must be particularly concerned at the significant increase in recent years in the frequency of cyber attacks on critical infrastructure. Capacity building should remain demand driven and respond to the needs of each State.\n\nI thank you.\n";

const PRESS_RELEASE_2024: &str = "---\ntitle: Pakistan calls for restraint in cyberspace\nkind: press release\nspeaker: Pakistan\ndate: 2024-03-05\n---\n\nWe must be particularly concerned at the significant increase in recent years in the frequency of cyber attacks on critical infrastructure. The mission looks forward to the seventh session of the working group.\n";

const NEW_PLEDGE: &str =
    "Pakistan will host a regional workshop on incident response in Islamabad in May 2026.";

/// The press release is imported first: the order of sources is the order
/// things were said, not the order they came into the library.
fn library() -> (tempfile::TempDir, Library) {
    common::library_of(&[
        ("2024-press-release.md", PRESS_RELEASE_2024),
        ("2021-statement.md", STATEMENT_2021),
    ])
}

fn provenance_of(library: &mut Library, body: &str) -> Vec<ParagraphProvenance> {
    let id = library
        .create_draft(
            "T",
            &DraftStart {
                body: Some(body),
                ..DraftStart::default()
            },
        )
        .unwrap()
        .summary
        .id;
    library.draft_provenance(id).unwrap()
}

fn marks(paragraph: &ParagraphProvenance) -> Vec<SentenceMark> {
    paragraph.sentences.iter().map(|s| s.mark).collect()
}

fn dates_and_kinds(sentence: &SentenceProvenance) -> Vec<(Option<&str>, Option<Kind>, f64)> {
    sentence
        .sources
        .iter()
        .map(|s| match &s.source {
            DraftSource::Passage { provenance } => {
                (provenance.date.as_deref(), provenance.kind, s.score)
            }
            DraftSource::TalkingPoint { .. } => (None, None, s.score),
        })
        .collect()
}

#[test]
fn a_sentence_said_in_2021_and_repeated_in_2024_names_the_2021_statement_first() {
    let (_dir, mut library) = library();
    let body = format!("Mr. Chair,\n\n{REPEATED} {NEW_PLEDGE}\n\nI thank you.\n");
    let paragraphs = provenance_of(&mut library, &body);
    assert_eq!(paragraphs.len(), 3);
    let said = &paragraphs[1];
    assert_eq!(marks(said), [SentenceMark::Reused, SentenceMark::New]);
    assert_eq!(said.new_sentences, 1, "1 of 2 sentences new");
    assert_eq!(said.sentences[0].text, REPEATED);
    assert_eq!(said.sentences[1].text, NEW_PLEDGE);
    assert_eq!(
        &said.text[said.sentences[1].span.start..said.sentences[1].span.end],
        NEW_PLEDGE
    );
    assert_eq!(
        dates_and_kinds(&said.sentences[0]),
        [
            (Some("2021-12-13"), Some(Kind::Statement), 100.0),
            (Some("2024-03-05"), Some(Kind::PressRelease), 100.0),
        ]
    );
    assert!(said.sentences[1].sources.is_empty());
    // The formulas are marked as such, not as new language.
    assert_eq!(marks(&paragraphs[0]), [SentenceMark::Formula]);
    assert_eq!(marks(&paragraphs[2]), [SentenceMark::Formula]);
    assert_eq!(paragraphs[0].new_sentences + paragraphs[2].new_sentences, 0);
}

#[test]
fn an_edited_sentence_shows_the_diff_from_its_closest_source() {
    let (_dir, mut library) = library();
    let edited = REPEATED.replace("particularly concerned at", "deeply alarmed by");
    let body = format!("{edited}\n");
    let paragraphs = provenance_of(&mut library, &body);
    let sentence = &paragraphs[0].sentences[0];
    assert_eq!(sentence.mark, SentenceMark::Edited);
    assert_eq!(paragraphs[0].new_sentences, 0);
    let changed: Vec<(DiffKind, &str)> = sentence
        .diff
        .iter()
        .filter(|op| op.op != DiffKind::Equal)
        .map(|op| (op.op, op.text.as_str()))
        .collect();
    assert_eq!(
        changed,
        [
            (DiffKind::Delete, "particularly concerned at"),
            (DiffKind::Insert, "deeply alarmed by")
        ]
    );
    let scores: Vec<f64> = sentence.sources.iter().map(|s| s.score).collect();
    assert_eq!(scores.len(), 2, "{sentence:?}");
    assert!(
        scores.iter().all(|s| (60.0..100.0).contains(s)),
        "{scores:?}"
    );
    assert_eq!(
        dates_and_kinds(sentence)[0].0,
        Some("2021-12-13"),
        "the earliest first"
    );
}

#[test]
fn one_reused_sentence_and_one_new_in_spanish() {
    let statement = "---\ntitle: Declaración sobre el derecho internacional\nkind: statement\nspeaker: México\ndate: 2022-03-28\nlanguage: es\n---\n\nSeñor Presidente:\n\nEl derecho internacional, y en particular la Carta de las Naciones Unidas, es aplicable al uso de las tecnologías de la información por los Estados. Seguiremos trabajando con todas las delegaciones en este ámbito.\n\nMuchas gracias.\n";
    let (_dir, mut library) = common::library_of(&[("2022.md", statement)]);
    let reused = "El derecho internacional, y en particular la Carta de las Naciones Unidas, es aplicable al uso de las tecnologías de la información por los Estados.";
    let new = "México propone crear un registro voluntario de puntos de contacto nacionales antes de julio de 2026.";
    let body = format!("Señor Presidente:\n\n{reused} {new}\n\nMuchas gracias.\n");
    let paragraphs = provenance_of(&mut library, &body);
    assert_eq!(marks(&paragraphs[0]), [SentenceMark::Formula]);
    assert_eq!(
        marks(&paragraphs[1]),
        [SentenceMark::Reused, SentenceMark::New]
    );
    assert_eq!(paragraphs[1].new_sentences, 1);
    assert_eq!(
        dates_and_kinds(&paragraphs[1].sentences[0]),
        [(Some("2022-03-28"), Some(Kind::Statement), 100.0)]
    );
    assert_eq!(paragraphs[1].sentences[1].text, new);
    assert_eq!(marks(&paragraphs[2]), [SentenceMark::Formula]);
}

#[test]
fn agreed_language_is_marked_agreed_and_a_cut_qualifier_edited_with_its_citation() {
    let report = "---\ntitle: Report of the Working Group\nkind: report\ndate: 2022-07-28\n---\n\n15\\. The Group recalled that the voluntary, non-binding norms of responsible State behaviour reduce risks to international peace and security, and that States should continue to implement them at the national level.\n";
    let (_dir, mut library) = common::library_of(&[("report.md", report)]);
    let id = library.documents(&Filter::default()).unwrap()[0].id;
    library.mark_agreed(id, "A/77/275").unwrap();
    let quoted = "We recall that the voluntary, non-binding norms of responsible State behaviour reduce risks to international peace and security.";
    let cut = "We also note that the norms of responsible State behaviour reduce risks to international peace and security.";
    let paragraphs = provenance_of(&mut library, &format!("{quoted}\n\n{cut}\n"));
    let agreed = &paragraphs[0].sentences[0];
    assert_eq!(agreed.mark, SentenceMark::Agreed, "{agreed:?}");
    assert_eq!(agreed.sources[0].citation.as_deref(), Some("A/77/275 ¶ 15"));
    assert!(agreed.diff.is_empty());
    let edited = &paragraphs[1].sentences[0];
    assert_eq!(edited.mark, SentenceMark::Edited, "{edited:?}");
    assert_eq!(edited.sources[0].citation.as_deref(), Some("A/77/275 ¶ 15"));
    assert!(
        edited
            .diff
            .iter()
            .any(|op| op.op == DiffKind::Delete && op.text == "voluntary, non-binding"),
        "the cut words are struck: {:?}",
        edited.diff
    );
}

#[test]
fn the_report_marks_each_sentence_and_names_the_2021_statement_first_in_every_format() {
    use plenary_core::render::DraftFormat;
    let (dir, mut library) = library();
    let body = format!("Mr. Chair,\n\n{REPEATED} {NEW_PLEDGE}\n");
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
    let first = "First said: Statement at the first substantive session · 13 December 2021";
    let later = "Repeated: Pakistan calls for restraint in cyberspace · 5 March 2024";
    let in_order = |text: &str, format: DraftFormat| {
        let pieces = ["[reused]", REPEATED, first, later, "[new]", NEW_PLEDGE];
        let mut at = 0;
        for piece in pieces {
            let found = text[at..]
                .find(piece)
                .unwrap_or_else(|| panic!("{format:?}: {piece} after {at} in {text}"));
            at += found + piece.len();
        }
        assert!(
            text.contains("[edited] follows earlier wording"),
            "{format:?}: the legend"
        );
    };
    let html = library
        .export_draft(id, DraftFormat::Provenance, false)
        .unwrap();
    in_order(&String::from_utf8(html).unwrap(), DraftFormat::Provenance);
    // The Word file's text, paragraph by paragraph.
    let docx = library
        .export_draft(id, DraftFormat::ProvenanceDocx, false)
        .unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip::ZipArchive::new(std::io::Cursor::new(docx))
            .unwrap()
            .by_name("word/document.xml")
            .unwrap(),
        &mut xml,
    )
    .unwrap();
    let words: String = xml
        .split("<w:t")
        .skip(1)
        .filter_map(|piece| {
            piece
                .split_once('>')
                .and_then(|(_, rest)| rest.split_once("</w:t>"))
        })
        .map(|(text, _)| text.replace("&amp;", "&"))
        .collect();
    in_order(&words, DraftFormat::ProvenanceDocx);
    // The PDF, as pdftotext reads it.
    let pdf = dir.path().join("report.pdf");
    std::fs::write(
        &pdf,
        library
            .export_draft(id, DraftFormat::ProvenancePdf, false)
            .unwrap(),
    )
    .unwrap();
    let read = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils): run `make setup`");
    let text = String::from_utf8(read.stdout).unwrap();
    in_order(
        &text.split_whitespace().collect::<Vec<_>>().join(" "),
        DraftFormat::ProvenancePdf,
    );
}
