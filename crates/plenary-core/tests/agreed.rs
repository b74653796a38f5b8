//! Agreed language, on fixture agreed texts of the project's own: a draft
//! quoting one exactly is marked agreed language with its symbol and
//! paragraph; the quote with "voluntary, non-binding" dropped, or a
//! "should" turned into "shall", is altered agreed language with the word
//! diff; new wording is neither. Marking is checked, kept apart from the
//! other documents, and undone.

mod common;

use common::drafting::kind_of;
use plenary_core::agreed::{CheckedSpan, SpanKind};
use plenary_core::model::{DraftStart, Filter};
use plenary_core::reuse::DiffKind;
use plenary_core::{ErrorKind, Library};

/// An agreed report of our own writing, its paragraphs numbered as a UN
/// report numbers them.
const REPORT: &str = "---\ntitle: Report of the Working Group on its fourth session\nkind: report\ndate: 2022-07-28\n---\n\n14\\. The Group reaffirmed that international law, and in particular the Charter of the United Nations, is applicable and essential to maintaining peace and stability in the ICT environment.\n\n15\\. The Group recalled that the voluntary, non-binding norms of responsible State behaviour reduce risks to international peace and security, and that States should continue to implement them at the national level.\n\n16\\. States should not conduct or knowingly support ICT activity contrary to their obligations under international law that intentionally damages critical infrastructure.\n";

/// A delegation's statement, not agreed.
const STATEMENT: &str = "---\ntitle: Statement on norms\nkind: statement\nspeaker: Pakistan\ndate: 2023-03-06\n---\n\nMr. Chair,\n\nThe digital divide between developed and developing countries must be bridged through sustained capacity building and the transfer of technology.\n\nI thank you.\n";

const QUOTE_15: &str = "the voluntary, non-binding norms of responsible State behaviour reduce risks to international peace and security";

/// A library holding the report (marked agreed as A/77/275) and the
/// statement; the report's id.
fn library() -> (tempfile::TempDir, Library, i64) {
    let (dir, mut library) =
        common::library_of(&[("report.md", REPORT), ("statement.md", STATEMENT)]);
    let id = library
        .documents(&Filter::default())
        .unwrap()
        .into_iter()
        .find(|d| {
            d.metadata
                .title
                .as_deref()
                .is_some_and(|t| t.starts_with("Report"))
        })
        .unwrap()
        .id;
    let marked = library.mark_agreed(id, " A/77/275 ").unwrap();
    assert_eq!(marked.symbol, "A/77/275", "the symbol is kept trimmed");
    (dir, library, id)
}

fn of_kind(spans: &[CheckedSpan], kind: SpanKind) -> Vec<&CheckedSpan> {
    spans.iter().filter(|s| s.kind == kind).collect()
}

/// The words a diff drops and adds.
fn changes(span: &CheckedSpan) -> (Vec<&str>, Vec<&str>) {
    let of = |kind| {
        span.diff
            .iter()
            .filter(|op| op.op == kind)
            .map(|op| op.text.as_str())
            .collect()
    };
    (of(DiffKind::Delete), of(DiffKind::Insert))
}

#[test]
fn an_exact_quote_is_agreed_language_with_symbol_and_paragraph() {
    let (_dir, library, report) = library();
    let body = format!("Mr. Chair,\n\nMy delegation recalls that {QUOTE_15}. We will report on our own implementation next year.\n");
    let spans = library.check_text(&body).unwrap();
    let agreed = of_kind(&spans, SpanKind::Agreed);
    assert_eq!(agreed.len(), 1, "{spans:#?}");
    let quote = agreed[0];
    let quoted = format!("that {QUOTE_15}");
    assert_eq!(quote.text, quoted, "the longest run shared with ¶ 15");
    assert_eq!(&body[quote.span.start..quote.span.end], quoted);
    assert_eq!(quote.paragraph, 1);
    let source = quote.source.as_ref().unwrap();
    assert_eq!(source.citation, "A/77/275 ¶ 15");
    assert_eq!(source.paragraph.as_deref(), Some("15"));
    assert_eq!(source.document_id, report);
    assert_eq!(source.text, quoted);
    assert!(of_kind(&spans, SpanKind::Altered).is_empty(), "{spans:#?}");
    // Every word is in a span, in order: salutation, own words, quote, own words.
    let texts: Vec<(SpanKind, &str)> = spans.iter().map(|s| (s.kind, s.text.as_str())).collect();
    assert_eq!(
        texts,
        vec![
            (SpanKind::New, "Mr. Chair,"),
            (SpanKind::New, "My delegation recalls"),
            (SpanKind::Agreed, quoted.as_str()),
            (
                SpanKind::New,
                "We will report on our own implementation next year."
            ),
        ]
    );
}

#[test]
fn a_whole_paragraph_quoted_is_agreed_language() {
    let (_dir, library, _) = library();
    // "that" is left out between the framing and the quote: no alteration.
    let body = "As the Group reaffirmed, international law, and in particular the Charter of the United Nations, is applicable and essential to maintaining peace and stability in the ICT environment.";
    let spans = library.check_text(body).unwrap();
    let agreed = of_kind(&spans, SpanKind::Agreed);
    assert_eq!(agreed.len(), 1, "{spans:#?}");
    assert_eq!(agreed[0].source.as_ref().unwrap().citation, "A/77/275 ¶ 14");
    assert!(agreed[0]
        .text
        .starts_with("international law, and in particular"));
    assert!(agreed[0].text.ends_with("in the ICT environment"));
}

#[test]
fn dropping_voluntary_non_binding_is_altered_agreed_language_with_the_diff() {
    let (_dir, library, _) = library();
    let body = "The Group recalled that the norms of responsible State behaviour reduce risks to international peace and security, and that States should continue to implement them at the national level.";
    let spans = library.check_text(body).unwrap();
    let altered = of_kind(&spans, SpanKind::Altered);
    assert_eq!(altered.len(), 1, "{spans:#?}");
    assert_eq!(
        altered[0].source.as_ref().unwrap().citation,
        "A/77/275 ¶ 15"
    );
    assert_eq!(
        changes(altered[0]),
        (vec!["voluntary, non-binding"], vec![])
    );
    assert!(altered[0].score.unwrap() < 100.0);
    assert!(
        of_kind(&spans, SpanKind::Agreed).is_empty(),
        "the altered sentence is not also shown as agreed: {spans:#?}"
    );
}

#[test]
fn a_qualifier_cut_from_part_of_an_agreed_sentence_is_altered_with_the_cut_struck() {
    let (_dir, library, _) = library();
    // The draft quotes only part of ¶ 15's long sentence, and cuts
    // "voluntary, non-binding" from inside that part.
    let body = "Mr. Chair,\n\nMy delegation recalls that the norms of responsible State behaviour reduce risks to international peace and security.\n";
    let spans = library.check_text(body).unwrap();
    let altered = of_kind(&spans, SpanKind::Altered);
    assert_eq!(altered.len(), 1, "{spans:#?}");
    let span = altered[0];
    assert_eq!(span.source.as_ref().unwrap().citation, "A/77/275 ¶ 15");
    assert_eq!(changes(span), (vec!["voluntary, non-binding"], vec![]));
    assert_eq!(
        span.text,
        "that the norms of responsible State behaviour reduce risks to international peace and security"
    );
    assert_eq!(
        span.source.as_ref().unwrap().text,
        "that the voluntary, non-binding norms of responsible State behaviour reduce risks to international peace and security",
        "the agreed stretch the draft follows"
    );
    let score = span.score.unwrap();
    assert!((80.0..100.0).contains(&score), "{score}");
    assert!(
        of_kind(&spans, SpanKind::Agreed).is_empty(),
        "not agreed language plus new words: {spans:#?}"
    );
}

#[test]
fn framing_words_before_a_whole_quote_alter_nothing() {
    let (_dir, library, _) = library();
    let body = format!("We welcome the report and recall that {QUOTE_15}.");
    let spans = library.check_text(&body).unwrap();
    assert!(of_kind(&spans, SpanKind::Altered).is_empty(), "{spans:#?}");
    assert_eq!(of_kind(&spans, SpanKind::Agreed).len(), 1, "{spans:#?}");
}

#[test]
fn should_turned_into_shall_is_flagged_with_the_diff() {
    let (_dir, library, _) = library();
    let body = "Mr. Chair,\n\nStates shall not conduct or knowingly support ICT activity contrary to their obligations under international law that intentionally damages critical infrastructure.\n";
    let spans = library.check_text(body).unwrap();
    let altered = of_kind(&spans, SpanKind::Altered);
    assert_eq!(altered.len(), 1, "{spans:#?}");
    assert_eq!(
        altered[0].source.as_ref().unwrap().citation,
        "A/77/275 ¶ 16"
    );
    assert_eq!(changes(altered[0]), (vec!["should"], vec!["shall"]));
    assert_eq!(altered[0].paragraph, 1);
}

#[test]
fn new_wording_is_neither_agreed_nor_altered() {
    let (_dir, library, _) = library();
    let body = "We look forward to a constructive session under your able leadership, and we stand ready to engage with all delegations on the questions before us.";
    let spans = library.check_text(body).unwrap();
    assert_eq!(spans.len(), 1, "{spans:#?}");
    assert_eq!(spans[0].kind, SpanKind::New);
    assert_eq!(spans[0].text, body);
    // Words of a document that is not agreed are new wording too.
    let from_statement = "The digital divide between developed and developing countries must be bridged through sustained capacity building and the transfer of technology.";
    let spans = library.check_text(from_statement).unwrap();
    assert!(spans.iter().all(|s| s.kind == SpanKind::New), "{spans:#?}");
}

#[test]
fn a_draft_is_checked_in_order_and_unmarking_ends_it() {
    let (_dir, mut library, report) = library();
    let body = format!("Mr. Chair,\n\nWe recall that {QUOTE_15}.\n\nStates shall not conduct or knowingly support ICT activity contrary to their obligations under international law that intentionally damages critical infrastructure.\n\nI thank you.\n");
    let draft = library
        .create_draft(
            "Norms",
            &DraftStart {
                body: Some(&body),
                ..DraftStart::default()
            },
        )
        .unwrap();
    let spans = library.check_draft(draft.summary.id).unwrap();
    let kinds: Vec<SpanKind> = spans.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![
            SpanKind::New,
            SpanKind::New,
            SpanKind::Agreed,
            SpanKind::Altered,
            SpanKind::New
        ],
        "{spans:#?}"
    );
    assert!(spans.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    let listed = library.agreed_texts().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].document_id, report);
    library.unmark_agreed(report).unwrap();
    assert!(library.agreed_texts().unwrap().is_empty());
    let spans = library.check_draft(draft.summary.id).unwrap();
    assert!(spans.iter().all(|s| s.kind == SpanKind::New), "{spans:#?}");
    let (kind, _) = kind_of(library.unmark_agreed(report));
    assert_eq!(kind, ErrorKind::NotFound, "unmarking twice is refused");
}

#[test]
fn bad_marks_are_refused_naming_the_field() {
    let (_dir, mut library, report) = library();
    let (kind, message) = kind_of(library.mark_agreed(report, "  "));
    assert_eq!(kind, ErrorKind::InvalidField);
    assert!(message.starts_with("symbol:"), "{message}");
    let (kind, _) = kind_of(library.mark_agreed(report, "A/77/\n275"));
    assert_eq!(kind, ErrorKind::InvalidField);
    let (kind, message) = kind_of(library.mark_agreed(999, "A/1"));
    assert_eq!(kind, ErrorKind::NotFound);
    assert!(message.contains("document"), "{message}");
    // Marking again gives a new symbol, and the mark survives a reopen.
    library.mark_agreed(report, "A/77/275/Rev.1").unwrap();
    let path = library.path().unwrap().to_owned();
    drop(library);
    let library = Library::open(&path).unwrap();
    let listed = library.agreed_texts().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].symbol, "A/77/275/Rev.1");
}

#[test]
fn the_reader_marks_a_statement_quoting_an_agreed_text() {
    let (dir, mut library, report) = library();
    let path = dir.path().join("later.md");
    std::fs::write(
        &path,
        format!("---\ntitle: Later statement\nkind: statement\nspeaker: Kenya\ndate: 2024-03-04\n---\n\nMr. Chair,\n\nKenya recalls that {QUOTE_15}.\n\nStates shall not conduct or knowingly support ICT activity contrary to their obligations under international law that intentionally damages critical infrastructure.\n"),
    )
    .unwrap();
    assert_eq!(library.import_paths(&[path], |_| {}).unwrap().imported, 1);
    let later = library
        .documents(&Filter::default())
        .unwrap()
        .into_iter()
        .find(|d| d.metadata.title.as_deref() == Some("Later statement"))
        .unwrap()
        .id;
    let checked = library.check_document(later).unwrap();
    let kinds: Vec<Vec<SpanKind>> = checked
        .iter()
        .map(|p| p.spans.iter().map(|s| s.kind).collect())
        .collect();
    assert_eq!(kinds, vec![vec![SpanKind::Agreed], vec![SpanKind::Altered]]);
    let passages = library.document(later).unwrap().passages;
    let quoting = passages
        .iter()
        .find(|p| p.id == checked[0].passage_id)
        .unwrap();
    let span = checked[0].spans[0].span;
    assert_eq!(
        &quoting.text[span.start..span.end],
        format!("that {QUOTE_15}")
    );
    assert!(
        library.check_document(report).unwrap().is_empty(),
        "an agreed text does not mark itself"
    );
}
