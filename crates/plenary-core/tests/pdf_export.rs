//! The PDF exports read back by independent readers, poppler's `pdftotext`
//! and `pdffonts` (poppler-utils, which `make setup` installs): the
//! statement's text comes out in order, an Arabic paragraph in its logical
//! order, the reading copy with its paragraph numbers and time marks, and
//! every script's font embedded as a subset. A character no installed font
//! has is refused by name rather than drawn as an empty box.

use plenary_core::render::{export_draft, DraftForExport, DraftFormat};
use plenary_core::ErrorKind;
use std::path::Path;
use std::process::Command;

/// Runs a poppler tool on `pdf` (pdftotext writing to standard output),
/// failing the test when it is missing.
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let mut command = Command::new(tool);
    command.args(args).arg(pdf);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let output = command.output().unwrap_or_else(|e| {
        panic!("{tool} (poppler-utils) is missing: run `make setup` first ({e})")
    });
    assert!(
        output.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The text pdftotext reads, without the direction marks it adds around
/// right-to-left runs, and with every run of white space one space.
fn text_of(pdf: &Path) -> String {
    poppler("pdftotext", &[], pdf)
        .chars()
        .filter(|c| !matches!(*c as u32, 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn draft<'a>(title: &'a str, body: &'a str, heading: &'a [String]) -> DraftForExport<'a> {
    DraftForExport {
        title,
        heading,
        check_against_delivery: true,
        body,
        language: None,
        words_per_minute: 130,
        provenance: &[],
        author: Some("Ayesha Khan"),
        created_at: Some("2025-07-01T09:30:00Z"),
        modified_at: Some("2025-07-06T18:05:12Z"),
    }
}

fn write(
    dir: &Path,
    name: &str,
    draft: &DraftForExport,
    format: DraftFormat,
) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, export_draft(draft, format).unwrap()).unwrap();
    path
}

const PARAGRAPHS: [&str; 7] = [
    "Mr. Chair,",
    "Pakistan welcomes the annual progress report of the Working Group and thanks you for your able leadership.",
    "We must be particularly concerned at the significant increase in recent years in the frequency of cyber attacks on critical infrastructure.",
    "Nous saluons le rapport. Celebramos el informe final. Мы приветствуем ежегодный доклад.",
    "نرحب بالتقرير المرحلي السنوي للفريق العامل.",
    "我们欢迎年度进展报告。",
    "I thank you, Mr. Chair.",
];

#[test]
fn pdftotext_reads_the_statement_in_order_with_every_script_embedded() {
    let heading = vec![
        "Pakistan".to_owned(),
        "OEWG 2021-2025, Eleventh substantive session".to_owned(),
        "New York, 7 July 2025".to_owned(),
    ];
    let body = PARAGRAPHS.join("\n\n");
    let dir = tempfile::tempdir().unwrap();
    let pdf = write(
        dir.path(),
        "statement.pdf",
        &draft("Statement by Pakistan", &body, &heading),
        DraftFormat::Pdf,
    );
    let text = text_of(&pdf);
    let mut at = 0;
    // pdftotext reads a line of Arabic on a left-to-right page with its
    // closing stop first: the words are compared without it.
    let expected = ["Check against delivery", "Statement by Pakistan"]
        .into_iter()
        .chain(heading.iter().map(String::as_str))
        .chain(PARAGRAPHS.map(|p| match p.starts_with('ن') {
            true => p.trim_end_matches('.'),
            false => p,
        }));
    for piece in expected {
        let found = text[at..]
            .find(piece)
            .unwrap_or_else(|| panic!("{piece:?} after byte {at} of: {text}"));
        at += found + piece.len();
    }
    let fonts = poppler("pdffonts", &[], &pdf);
    for family in [
        "NotoSerif-Regular",
        "NotoNaskhArabic-Regular",
        "NotoSerifCJK",
    ] {
        let line = fonts
            .lines()
            .find(|l| l.contains(family))
            .unwrap_or_else(|| panic!("{family} in: {fonts}"));
        // The emb, sub and uni columns: embedded, as a subset, mapped to text.
        assert!(line.contains("yes yes yes"), "{line}");
    }
    assert!(!fonts.contains(" no "), "every font embedded: {fonts}");
}

#[test]
fn the_reading_copy_numbers_its_paragraphs_and_marks_the_time() {
    let words: Vec<String> = (1..=100).map(|i| format!("word{i}")).collect();
    let body = format!("Mr. Chair,\n\n{}\n\nI thank you.", words.join(" "));
    let dir = tempfile::tempdir().unwrap();
    let pdf = write(
        dir.path(),
        "reading.pdf",
        &draft("Statement", &body, &[]),
        DraftFormat::ReadingPdf,
    );
    let text = text_of(&pdf);
    assert!(
        text.contains("About 0:48 to deliver: 105 words at 130 words a minute"),
        "{text}"
    );
    // At 130 words a minute, 30 seconds are 65 words: word 64 (after
    // "Mr. Chair," and 63 words) is spoken then; 1:00 falls after the end.
    assert_eq!(text.matches("0:30").count(), 1, "{text}");
    assert!(!text.contains("1:00"), "{text}");
    assert!(text.contains("word100"), "{text}");
    let boxes = poppler("pdftotext", &["-bbox"], &pdf);
    let at = |word: &str, corner: &str| -> f32 {
        let line = boxes
            .lines()
            .find(|l| l.ends_with(&format!(">{word}</word>")))
            .unwrap_or_else(|| panic!("{word} in {boxes}"));
        let value = line.split(&format!("{corner}=\"")).nth(1).unwrap();
        value.split('"').next().unwrap().parse().unwrap()
    };
    assert!(
        at("1", "xMin") < at("word1", "xMin"),
        "the number stands before it"
    );
    assert!(
        at("0:30", "xMin") > at("word1", "xMax"),
        "the time stands in the margin after the line"
    );
    assert!(
        at("word64", "yMin") <= at("0:30", "yMin") && at("0:30", "yMax") <= at("word64", "yMax"),
        "beside the line of the word spoken at 0:30"
    );
}

#[test]
fn an_arabic_statement_reads_right_to_left_in_its_own_font() {
    let body = "السيد الرئيس،\n\nترحب باكستان بالتقرير المرحلي السنوي للفريق العامل، وتشكركم على قيادتكم الحكيمة.\n\nوشكراً السيد الرئيس.";
    let dir = tempfile::tempdir().unwrap();
    let pdf = write(
        dir.path(),
        "arabic.pdf",
        &draft("بيان باكستان", body, &[]),
        DraftFormat::Pdf,
    );
    let text = text_of(&pdf);
    for words in [
        "بيان باكستان",
        "ترحب باكستان بالتقرير المرحلي السنوي",
        "على قيادتكم الحكيمة",
    ] {
        assert!(text.contains(words), "{words} in {text}");
    }
    // The first word of the paragraph stands at the right of its line.
    let boxes = poppler("pdftotext", &["-bbox"], &pdf);
    let x_of = |word: &str| -> f32 {
        let line = boxes
            .lines()
            .find(|l| l.contains("<word") && l.contains(word))
            .unwrap_or_else(|| panic!("{word} in {boxes}"));
        line.split("xMin=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(x_of("بحرت") > x_of("ناتسكاب"), "{boxes}");
    assert!(poppler("pdffonts", &[], &pdf).contains("NotoNaskhArabic"));
}

#[test]
fn a_character_no_font_has_is_refused_by_name() {
    let refused = export_draft(
        &draft("Hieroglyphs", "We write 𓀀 today.", &[]),
        DraftFormat::Pdf,
    )
    .unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::InvalidField);
    assert!(refused.to_string().contains("U+13000"), "{refused}");
}
