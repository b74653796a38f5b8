//! The DOCX export read back by an independent reader: python-docx, which
//! `make setup` installs into a virtual environment under the build folder
//! (`setup-python` in the Makefile). The exported file must open there with
//! its title, its header line, its paragraphs in order with their text and
//! emphasis (Arabic, Chinese and Russian included), and a page-number field
//! in the footer.

mod common;

use common::venv_python;
use plenary_core::render::{export_draft, DraftForExport, DraftFormat};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What read_docx.py prints.
fn read_back(docx: &Path) -> serde_json::Value {
    let python = venv_python();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/read_docx.py");
    let output = Command::new(&python)
        .arg(&script)
        .arg(docx)
        .output()
        .expect("run read_docx.py");
    assert!(
        output.status.success(),
        "read_docx.py failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("read_docx.py prints JSON")
}

fn export_to(dir: &Path, draft: &DraftForExport) -> PathBuf {
    let path = dir.join("draft.docx");
    std::fs::write(&path, export_draft(draft, DraftFormat::Docx).unwrap()).unwrap();
    path
}

fn texts(read: &serde_json::Value) -> Vec<(String, String)> {
    read["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["style"].as_str().unwrap_or("").to_owned(),
                p["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn python_docx_reads_title_paragraphs_in_order_and_a_page_number() {
    let body =
        "Mr. Chair,\nPakistan **welcomes** the *annual progress report* <script>x</script>.\n\n\
                - Capacity-building must be demand-driven.\n\n\
                السيد الرئيس، نرحب بالتقرير المرحلي السنوي.\n\n\
                我们欢迎年度进展报告。\n\n\
                Мы приветствуем ежегодный доклад.\n\n\
                I thank you.";
    let draft = DraftForExport {
        title: "Statement on <norms> & rules",
        header: Some("Pakistan · OEWG eleventh session · Agenda item 5 · 3 March 2025"),
        body,
        words_per_minute: 130,
        provenance: &[],
    };
    let dir = tempfile::tempdir().unwrap();
    let read = read_back(&export_to(dir.path(), &draft));

    assert_eq!(read["title"], "Statement on <norms> & rules");
    let expected = [
        ("Title", "Statement on <norms> & rules"),
        (
            "Subtitle",
            "Pakistan · OEWG eleventh session · Agenda item 5 · 3 March 2025",
        ),
        ("Normal", "Mr. Chair,"),
        (
            "Normal",
            "Pakistan welcomes the annual progress report <script>x</script>.",
        ),
        ("Normal", "•\tCapacity-building must be demand-driven."),
        ("Normal", "السيد الرئيس، نرحب بالتقرير المرحلي السنوي."),
        ("Normal", "我们欢迎年度进展报告。"),
        ("Normal", "Мы приветствуем ежегодный доклад."),
        ("Normal", "I thank you."),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(s, t)| (s.to_string(), t.to_string()))
        .collect();
    assert_eq!(texts(&read), expected);
    let emphasis = &read["paragraphs"][3];
    assert_eq!(emphasis["bold"], serde_json::json!(["welcomes"]));
    assert_eq!(
        emphasis["italic"],
        serde_json::json!(["annual progress report"])
    );
    assert_eq!(
        read["footer_page_field"], true,
        "the footer has a PAGE field"
    );
}

#[test]
fn python_docx_reads_an_empty_draft() {
    let draft = DraftForExport {
        title: "Statement",
        header: None,
        body: "",
        words_per_minute: 130,
        provenance: &[],
    };
    let dir = tempfile::tempdir().unwrap();
    let read = read_back(&export_to(dir.path(), &draft));
    assert_eq!(texts(&read), [("Title".to_owned(), "Statement".to_owned())]);
    assert_eq!(read["footer_page_field"], true);
}

/// Text pasted from Word carries its line breaks as vertical tabs, and
/// other programs leave form feeds and stray escapes: none of them may
/// make the document's XML invalid. A vertical tab is a line break, a form
/// feed a page break, and the other characters XML 1.0 forbids are left
/// out.
#[test]
fn control_characters_become_breaks_or_are_left_out() {
    let draft = DraftForExport {
        title: "Statement\u{1b}[31m on norms",
        header: Some("Pakistan\u{7} · OEWG"),
        body: "Mr. Chair,\u{b}the delegation\u{c}supports\u{1b} the report\u{1}\u{fffe}.\n\nI thank you.",
        words_per_minute: 130,
        provenance: &[],
    };
    let dir = tempfile::tempdir().unwrap();
    let read = read_back(&export_to(dir.path(), &draft));
    assert_eq!(read["title"], "Statement[31m on norms");
    let expected = [
        ("Title", "Statement[31m on norms"),
        ("Subtitle", "Pakistan · OEWG"),
        ("Normal", "Mr. Chair,\nthe delegationsupports the report."),
        ("Normal", "I thank you."),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(s, t)| (s.to_string(), t.to_string()))
        .collect();
    assert_eq!(texts(&read), expected);
    assert_eq!(read["paragraphs"][2]["page_breaks"], 1, "the form feed");
}
