//! The DOCX export read back by an independent reader: python-docx, which
//! `make setup` installs into a virtual environment under the build folder
//! (`setup-python` in the Makefile). The exported file must open there with
//! its title, its heading, its paragraphs in order with their text and
//! emphasis (Arabic, Chinese and Russian included), a page-number field in
//! the footer, and its core properties: the author, the title and the real
//! times it was created and changed. An Arabic and a Chinese draft carry
//! their languages: every run its `w:lang` (ar-SA with `w:rtl`, zh-CN with
//! `w:eastAsia`), every Arabic paragraph `w:bidi`, and the fonts for the two
//! scripts are named with their Noto fallbacks.

mod common;

use common::venv_python;
use plenary_core::drafts::formulas;
use plenary_core::model::{Chair, Language};
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

/// A draft with no heading, author or times: the title, body and language
/// a test gives, read back from its Word file.
fn export_plain(title: &str, body: &str, language: Option<Language>) -> serde_json::Value {
    export_with_heading(title, &[], body, language)
}

/// As `export_plain`, with the heading's lines.
fn export_with_heading(
    title: &str,
    heading: &[String],
    body: &str,
    language: Option<Language>,
) -> serde_json::Value {
    let draft = DraftForExport {
        title,
        heading,
        check_against_delivery: false,
        body,
        language,
        words_per_minute: 130,
        provenance: &[],
        author: None,
        created_at: None,
        modified_at: None,
    };
    let dir = tempfile::tempdir().unwrap();
    read_back(&export_to(dir.path(), &draft))
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
    let heading = [
        "Pakistan".to_owned(),
        "OEWG 2021-2025, Eleventh substantive session".to_owned(),
        "New York, 7 July 2025".to_owned(),
    ];
    let draft = DraftForExport {
        title: "Statement on <norms> & rules",
        heading: &heading,
        check_against_delivery: true,
        body,
        language: Some(Language::En),
        words_per_minute: 130,
        provenance: &[],
        author: Some("Ayesha Khan"),
        created_at: Some("2025-07-01T09:30:00Z"),
        modified_at: Some("2025-07-06T18:05:12Z"),
    };
    let dir = tempfile::tempdir().unwrap();
    let read = read_back(&export_to(dir.path(), &draft));

    assert_eq!(read["title"], "Statement on <norms> & rules");
    let expected = [
        ("Normal", "Check against delivery"),
        ("Title", "Statement on <norms> & rules"),
        (
            "Subtitle",
            "Pakistan\nOEWG 2021-2025, Eleventh substantive session\nNew York, 7 July 2025",
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
    let emphasis = &read["paragraphs"][4];
    assert_eq!(emphasis["bold"], serde_json::json!(["welcomes"]));
    assert_eq!(
        emphasis["italic"],
        serde_json::json!(["annual progress report"])
    );
    assert_eq!(
        read["footer_page_field"], true,
        "the footer has a PAGE field"
    );
    let language = |at: usize| run_langs(&read["paragraphs"][at])[0]["val"].clone();
    assert_eq!(language(4), "en-GB", "an English draft's Latin text");
    assert_eq!(language(6), "ar-SA", "each paragraph by its script");
    assert_eq!(language(7), "zh-CN");
    assert_eq!(language(8), "ru-RU");
    let properties = &read["properties"];
    assert_eq!(properties["author"], "Ayesha Khan");
    assert_eq!(properties["title"], "Statement on <norms> & rules");
    assert_eq!(properties["created"], "2025-07-01T09:30:00+00:00");
    assert_eq!(properties["modified"], "2025-07-06T18:05:12+00:00");
}

#[test]
fn python_docx_reads_an_empty_draft() {
    let read = export_plain("Statement", "", None);
    assert_eq!(texts(&read), [("Title".to_owned(), "Statement".to_owned())]);
    assert_eq!(read["footer_page_field"], true);
    // No author is given rather than a made-up one, and the times are now.
    assert_eq!(read["properties"]["author"], "");
    let created = read["properties"]["created"].as_str().unwrap();
    assert!(!created.starts_with("1970"), "{created}");
}

/// A draft in `language` to a chair who is a woman: its opening, a
/// paragraph with a bold phrase, and its closing.
fn statement(language: Language, substance: &str) -> String {
    let f = formulas(language, Chair::Woman);
    format!("{}\n\n{substance}\n\n{}\n", f.opening, f.closing)
}

fn run_langs(paragraph: &serde_json::Value) -> Vec<serde_json::Value> {
    paragraph["langs"].as_array().unwrap().clone()
}

#[test]
fn an_arabic_draft_runs_right_to_left_and_is_tagged_arabic() {
    let body = statement(
        Language::Ar,
        "تؤكد بلادي على أهمية **بناء القدرات** في مجال أمن تكنولوجيا المعلومات والاتصالات.",
    );
    let read = export_plain("كلمة الوفد في الفريق العامل", &body, Some(Language::Ar));
    let paragraphs = read["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 4, "title, opening, paragraph, closing");
    assert_eq!(paragraphs[1]["text"], "السيدة الرئيسة،");
    assert_eq!(paragraphs[3]["text"], "وشكراً السيدة الرئيسة.");
    for paragraph in paragraphs {
        assert_eq!(paragraph["bidi"], true, "{paragraph}");
        let langs = run_langs(paragraph);
        assert!(!langs.is_empty());
        for lang in langs {
            assert_eq!(lang["val"], "ar-SA", "{paragraph}");
            assert_eq!(lang["bidi"], "ar-SA", "{paragraph}");
        }
        assert!(
            paragraph["rtl"]
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r == true),
            "{paragraph}"
        );
    }
    assert_eq!(paragraphs[2]["bold"], serde_json::json!(["بناء القدرات"]));
    assert_eq!(read["default_lang"]["bidi"], "ar-SA");
    assert_eq!(read["default_fonts"]["cs"], "Traditional Arabic");
    assert_eq!(read["fonts"]["Traditional Arabic"], "Noto Naskh Arabic");
}

#[test]
fn a_chinese_draft_is_tagged_chinese_for_east_asian_text() {
    let body = statement(
        Language::Zh,
        "中国代表团支持在联合国框架下建立常设机制，加强能力建设，弥合数字鸿沟。\n\nA/75/816",
    );
    let read = export_plain("中国代表团在开放式工作组的发言", &body, Some(Language::Zh));
    let paragraphs = read["paragraphs"].as_array().unwrap();
    let texts: Vec<&str> = paragraphs
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "中国代表团在开放式工作组的发言",
            "主席女士：",
            "中国代表团支持在联合国框架下建立常设机制，加强能力建设，弥合数字鸿沟。",
            "A/75/816",
            "谢谢主席女士。"
        ]
    );
    for (at, paragraph) in paragraphs.iter().enumerate() {
        assert_eq!(paragraph["bidi"], false, "{paragraph}");
        for lang in run_langs(paragraph) {
            if at == 3 {
                // A document symbol in Latin letters: which Latin language
                // it is cannot be told, so it is not tagged.
                assert!(lang.is_null(), "{paragraph}");
            } else {
                assert_eq!(lang["val"], "zh-CN", "{paragraph}");
                assert_eq!(lang["eastAsia"], "zh-CN", "{paragraph}");
            }
        }
    }
    assert_eq!(read["default_lang"]["eastAsia"], "zh-CN");
    assert_eq!(read["default_fonts"]["eastAsia"], "SimSun");
    assert_eq!(read["fonts"]["SimSun"], "Noto Serif CJK SC");
}

/// Text pasted from Word carries its line breaks as vertical tabs, and
/// other programs leave form feeds and stray escapes: none of them may
/// make the document's XML invalid. A vertical tab is a line break, a form
/// feed a page break, and the other characters XML 1.0 forbids are left
/// out.
#[test]
fn control_characters_become_breaks_or_are_left_out() {
    let heading = ["Pakistan\u{7} · OEWG".to_owned()];
    let read = export_with_heading(
        "Statement\u{1b}[31m on norms",
        &heading,
        "Mr. Chair,\u{b}the delegation\u{c}supports\u{1b} the report\u{1}\u{fffe}.\n\nI thank you.",
        None,
    );
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
