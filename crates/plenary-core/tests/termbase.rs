//! The termbase: the concepts Plenary ships (at least 100, each in the six
//! languages); entries added, edited and removed; TBX export read back by
//! an independent XML reader (Python's xml.etree) and imported again into
//! identical entries, and the same for CSV; bad files refused whole; terms
//! found in their inflected forms in a test text per language (recall and
//! precision printed, `--nocapture`); and a Spanish statement's wording on
//! the timeline and in the search of an English term in all languages.

mod common;

use plenary_core::model::{ConceptFields, Language, Term, TermStatus};
use plenary_core::search::SearchOptions;
use plenary_core::termbase::TermbaseFormat;
use plenary_core::{ErrorKind, Library};
use std::path::Path;
use std::process::Command;

fn fresh() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::open(dir.path().join("library.db")).unwrap();
    (dir, library)
}

fn term(language: Language, text: &str, status: TermStatus, note: Option<&str>) -> Term {
    Term {
        language,
        text: text.to_owned(),
        status,
        note: note.map(str::to_owned),
    }
}

/// The entries as keys and fields, what identical means for an import.
fn entries(library: &Library) -> Vec<(String, ConceptFields)> {
    let mut all: Vec<_> = library
        .concepts()
        .unwrap()
        .into_iter()
        .map(|c| (c.key, c.fields))
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

fn emptied(library: &mut Library) {
    for concept in library.concepts().unwrap() {
        library.remove_concept(concept.id).unwrap();
    }
    assert!(library.concepts().unwrap().is_empty());
}

#[test]
fn at_least_a_hundred_shipped_concepts_each_in_six_languages() {
    let (_dir, library) = fresh();
    let concepts = library.concepts().unwrap();
    assert!(concepts.len() >= 100, "{} concepts", concepts.len());
    for concept in &concepts {
        for language in Language::ALL {
            assert!(
                concept.fields.preferred(language).is_some(),
                "{} has no preferred {} term",
                concept.key,
                language.english_name()
            );
        }
    }
    let lbi = concepts
        .iter()
        .find(|c| c.key == "legally-binding-instrument")
        .unwrap();
    let deprecated = lbi
        .fields
        .terms_in(Language::En)
        .find(|t| t.text == "legally-binding treaty")
        .unwrap();
    assert_eq!(deprecated.status, TermStatus::Deprecated);
    assert!(deprecated
        .note
        .as_deref()
        .unwrap_or_default()
        .contains("instrument"));
    let cbm = concepts
        .iter()
        .find(|c| c.key == "confidence-building-measures")
        .unwrap();
    let preferred = |l| cbm.fields.preferred(l).unwrap().text.as_str();
    assert_eq!(
        preferred(Language::Es),
        "medidas de fomento de la confianza"
    );
    assert_eq!(preferred(Language::Fr), "mesures de confiance");
    assert_eq!(preferred(Language::Ru), "меры укрепления доверия");
    assert_eq!(preferred(Language::Zh), "建立信任措施");
    assert_eq!(preferred(Language::Ar), "تدابير بناء الثقة");
}

#[test]
fn shipped_concepts_come_once_and_removed_ones_stay_removed() {
    let (dir, mut library) = fresh();
    let first = library.concepts().unwrap()[0].clone();
    library.remove_concept(first.id).unwrap();
    let count = library.concepts().unwrap().len();
    drop(library);
    let library = Library::open(dir.path().join("library.db")).unwrap();
    assert_eq!(library.concepts().unwrap().len(), count);
    assert!(library.concept(first.id).is_err());
}

#[test]
fn entries_are_added_edited_and_removed_and_bad_ones_refused() {
    let (_dir, mut library) = fresh();
    let fields = ConceptFields {
        subject: Some(" cbm ".to_owned()),
        terms: vec![
            term(Language::En, "ping test", TermStatus::Admitted, None),
            term(
                Language::Es,
                "prueba de comunicación",
                TermStatus::Preferred,
                Some("  "),
            ),
        ],
    };
    let added = library.add_concept(&fields).unwrap();
    assert_eq!(added.fields.subject.as_deref(), Some("cbm"));
    // The English term, the only one, became preferred; terms in UN order.
    assert_eq!(added.fields.terms[0].status, TermStatus::Preferred);
    assert_eq!(added.fields.terms[1].language, Language::Es);
    assert_eq!(added.fields.terms[1].note, None);

    let mut changed = added.fields.clone();
    changed.terms.push(term(
        Language::Fr,
        "test de communication",
        TermStatus::Preferred,
        None,
    ));
    let edited = library.edit_concept(added.id, &changed).unwrap();
    assert_eq!(edited.key, added.key);
    assert_eq!(edited.fields.terms.len(), 3);

    let two_preferred = ConceptFields {
        subject: None,
        terms: vec![
            term(Language::En, "a", TermStatus::Preferred, None),
            term(Language::En, "b", TermStatus::Preferred, None),
        ],
    };
    let error = library.edit_concept(added.id, &two_preferred).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidField);
    assert!(
        error.to_string().contains("English has 2 preferred terms"),
        "{error}"
    );
    assert_eq!(
        library.concept(added.id).unwrap().fields,
        edited.fields,
        "nothing half-written"
    );
    let none = ConceptFields {
        subject: None,
        terms: vec![],
    };
    assert_eq!(
        library.add_concept(&none).unwrap_err().kind(),
        ErrorKind::InvalidField
    );

    library.remove_concept(added.id).unwrap();
    assert_eq!(
        library.concept(added.id).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        library.remove_concept(added.id).unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

/// A library whose termbase has the shipped concepts, one of them edited,
/// and one of the user's with a note that XML must escape.
fn varied_library() -> (tempfile::TempDir, Library) {
    let (dir, mut library) = fresh();
    library
        .add_concept(&ConceptFields {
            subject: Some("R&D <ICT>".to_owned()),
            terms: vec![
                term(
                    Language::En,
                    "research & development",
                    TermStatus::Preferred,
                    None,
                ),
                term(Language::En, "R&D", TermStatus::Admitted, None),
                term(
                    Language::En,
                    "\"R and D\"",
                    TermStatus::Deprecated,
                    Some("Write <R&D>; \"quotes\" are not part of it.\nSecond line."),
                ),
                term(Language::Ar, "البحث والتطوير", TermStatus::Preferred, None),
                term(Language::Zh, "研究与开发", TermStatus::Preferred, None),
            ],
        })
        .unwrap();
    let first = library.concepts().unwrap()[0].clone();
    let mut fields = first.fields.clone();
    fields.subject = None;
    fields.terms.push(term(
        Language::Fr,
        "=formule",
        TermStatus::Admitted,
        Some("-note"),
    ));
    library.edit_concept(first.id, &fields).unwrap();
    (dir, library)
}

#[test]
fn tbx_export_reads_in_xml_etree_and_imports_into_identical_entries() {
    let (dir, library) = varied_library();
    let tbx = library.export_termbase(TermbaseFormat::Tbx).unwrap();
    let path = dir.path().join("termbase.tbx");
    std::fs::write(&path, &tbx).unwrap();

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/read_tbx.py");
    let output = Command::new(common::venv_python())
        .arg(&script)
        .arg(&path)
        .output()
        .expect("run read_tbx.py");
    assert!(
        output.status.success(),
        "read_tbx.py failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let concepts = library.concepts().unwrap();
    assert_eq!(read.len(), concepts.len());
    for (entry, concept) in read.iter().zip(&concepts) {
        assert_eq!(entry["id"], concept.key.as_str());
        assert_eq!(entry["subject"], serde_json::json!(concept.fields.subject));
        let terms = entry["terms"].as_array().unwrap();
        assert_eq!(terms.len(), concept.fields.terms.len(), "{}", concept.key);
        for (read, term) in terms.iter().zip(&concept.fields.terms) {
            assert_eq!(read["language"], term.language.code());
            assert_eq!(read["text"], term.text.as_str());
            let status = format!("{}Term-admn-sts", term.status.as_str());
            assert_eq!(read["status"], status.as_str());
            assert_eq!(read["note"], serde_json::json!(term.note));
        }
    }

    let (_other_dir, mut other) = fresh();
    emptied(&mut other);
    let report = other.import_termbase(&path).unwrap();
    assert_eq!(report.added, concepts.len());
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    assert_eq!(entries(&other), entries(&library));
    // Imported again, nothing changes.
    let again = other.import_termbase(&path).unwrap();
    assert_eq!(
        (again.added, again.updated, again.unchanged),
        (0, 0, concepts.len())
    );
}

#[test]
fn csv_export_imports_into_identical_entries() {
    let (dir, library) = varied_library();
    let csv = library.export_termbase(TermbaseFormat::Csv).unwrap();
    let text = String::from_utf8(csv.clone()).unwrap();
    assert!(text.starts_with("\u{feff}concept,subject,language,status,term,note"));
    assert!(text.contains("'=formule"), "formulas defused");
    let path = dir.path().join("termbase.csv");
    std::fs::write(&path, &csv).unwrap();
    let (_other_dir, mut other) = fresh();
    emptied(&mut other);
    let report = other.import_termbase(&path).unwrap();
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    assert_eq!(entries(&other), entries(&library));
}

#[test]
fn an_older_tbx_file_is_read_and_what_cannot_be_kept_is_reported() {
    let (dir, mut library) = fresh();
    let path = dir.path().join("old.tbx");
    std::fs::write(
        &path,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en-US">
  <text><body>
    <termEntry id="t1">
      <descrip type="subjectField">cbm</descrip>
      <langSet xml:lang="en-US"><tig><term>ping test</term>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <ntig><termGrp><term>communication check</term></termGrp></ntig></langSet>
      <langSet xml:lang="de"><tig><term>Ping-Test</term></tig></langSet>
      <langSet xml:lang="es"><tig><term>prueba de comunicaci&#243;n</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>"#,
    )
    .unwrap();
    let before = library.concepts().unwrap().len();
    let report = library.import_termbase(&path).unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(report.skipped.len(), 1, "{:?}", report.skipped);
    assert!(report.skipped[0].contains("'de'"), "{}", report.skipped[0]);
    let concepts = library.concepts().unwrap();
    assert_eq!(concepts.len(), before + 1);
    let added = concepts.iter().find(|c| c.key == "t1").unwrap();
    assert_eq!(added.fields.subject.as_deref(), Some("cbm"));
    let texts: Vec<(&str, TermStatus)> = added
        .fields
        .terms
        .iter()
        .map(|t| (t.text.as_str(), t.status))
        .collect();
    assert_eq!(
        texts,
        [
            ("ping test", TermStatus::Preferred),
            ("communication check", TermStatus::Admitted),
            ("prueba de comunicación", TermStatus::Preferred),
        ]
    );
}

#[test]
fn a_file_that_is_not_tbx_is_refused_whole_naming_it() {
    let (dir, mut library) = fresh();
    let before = entries(&library);
    let broken = dir.path().join("broken.tbx");
    std::fs::write(&broken, "<tbx><text><body><conceptEntry id=\"x\"><langSec xml:lang=\"en\"><termSec><term>a</term></langSec>").unwrap();
    let error = library.import_termbase(&broken).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::BadInput);
    assert!(error.to_string().contains("broken.tbx"), "{error}");
    let html = dir.path().join("page.tbx");
    std::fs::write(&html, "<html><body>hello</body></html>").unwrap();
    let error = library.import_termbase(&html).unwrap_err();
    assert!(error.to_string().contains("not a TBX file"), "{error}");
    let csv = dir.path().join("terms.csv");
    std::fs::write(&csv, "word,meaning\nping,test\n").unwrap();
    let error = library.import_termbase(&csv).unwrap_err();
    assert!(
        error.to_string().contains("no column named concept"),
        "{error}"
    );
    assert_eq!(entries(&library), before, "nothing was written");
}

/// A test text with its expected terms marked `[[as written|concept key]]`:
/// the text without the marks, and each expected span with its key.
fn marked_text(marked: &str) -> (String, Vec<(std::ops::Range<usize>, String)>) {
    let mut text = String::new();
    let mut expected = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find("[[") {
        text.push_str(&rest[..open]);
        let close = rest[open..].find("]]").unwrap() + open;
        let (written, key) = rest[open + 2..close].split_once('|').unwrap();
        expected.push((text.len()..text.len() + written.len(), key.to_owned()));
        text.push_str(written);
        rest = &rest[close + 2..];
    }
    text.push_str(rest);
    (text, expected)
}

#[test]
fn terms_are_found_in_their_inflected_forms_in_each_language() {
    let (_dir, library) = fresh();
    let keys: std::collections::HashMap<i64, String> = library
        .concepts()
        .unwrap()
        .into_iter()
        .map(|c| (c.id, c.key))
        .collect();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/termbase");
    println!("language  expected  found  recall  hits  precision");
    for code in ["en", "fr", "es", "ru", "ar", "zh"] {
        let marked = std::fs::read_to_string(fixtures.join(format!("{code}.txt"))).unwrap();
        let (text, expected) = marked_text(&marked);
        let hits = library.term_hits(&text).unwrap();
        let right = |span: &std::ops::Range<usize>, key: &str| {
            hits.iter().any(|h| {
                h.span.start == span.start && h.span.end == span.end && keys[&h.concept_id] == key
            })
        };
        let found = expected
            .iter()
            .filter(|(span, key)| right(span, key))
            .count();
        let correct = hits
            .iter()
            .filter(|h| {
                expected.iter().any(|(s, k)| {
                    s.start == h.span.start && s.end == h.span.end && *k == keys[&h.concept_id]
                })
            })
            .count();
        println!(
            "{code:<9} {:>8} {found:>6} {:>6.0}% {:>5} {:>9.0}%",
            expected.len(),
            100.0 * found as f64 / expected.len() as f64,
            hits.len(),
            100.0 * correct as f64 / hits.len().max(1) as f64
        );
        for (span, key) in &expected {
            if !right(span, key) {
                println!("    missed {:?} ({key})", &text[span.clone()]);
            }
        }
        for h in &hits {
            if !expected.iter().any(|(s, k)| {
                s.start == h.span.start && s.end == h.span.end && *k == keys[&h.concept_id]
            }) {
                println!("    unexpected {:?} ({})", h.text, keys[&h.concept_id]);
            }
        }
        assert!(
            found * 10 >= expected.len() * 9,
            "{code}: {found} of {}",
            expected.len()
        );
        assert_eq!(correct, hits.len(), "{code}: every hit is an expected one");
    }
}

#[test]
fn russian_genitive_spanish_plural_and_arabic_article_with_preposition() {
    let (_dir, library) = fresh();
    for (text, found) in [
        (
            "Мы выступаем за разработку юридически обязывающего документа.",
            "юридически обязывающего документа",
        ),
        (
            "Cuba apoya los instrumentos jurídicamente vinculantes.",
            "instrumentos jurídicamente vinculantes",
        ),
        ("ونرحب بالصك الملزم قانونا المقترح.", "بالصك الملزم قانونا"),
        (
            "وندعو إلى الانضمام للصكوك الملزمة قانونا.",
            "للصكوك الملزمة قانونا",
        ),
    ] {
        let hits = library.term_hits(text).unwrap();
        let hit = hits
            .iter()
            .find(|h| h.text == found)
            .unwrap_or_else(|| panic!("{found}: {hits:#?}"));
        let english = hit
            .equivalents
            .iter()
            .find(|t| t.language == Language::En)
            .unwrap();
        assert_eq!(english.text, "legally binding instrument");
    }
    let hits = library
        .term_hits("We want a legally-binding treaty.")
        .unwrap();
    assert_eq!(hits[0].term.status, TermStatus::Deprecated);
    assert_eq!(
        hits[0].preferred.as_deref(),
        Some("legally binding instrument")
    );
}

const SPANISH: &str = "---\ntitle: Declaración de Cuba\nkind: statement\nspeaker: Cuba\nlanguage: es\ndate: 2023-03-07\n---\n\nSeñor Presidente:\n\nCuba reitera la necesidad de negociar un instrumento jurídicamente vinculante que colme las lagunas del derecho internacional en esta esfera.\n\nMuchas gracias.\n";
const ENGLISH: &str = "---\ntitle: Statement of Cuba\nkind: statement\nspeaker: Cuba\nlanguage: en\ndate: 2021-12-14\n---\n\nMr. Chair,\n\nCuba supports the elaboration of a legally binding instrument on the security of ICTs.\n\nI thank you.\n";
const APART: &str = "---\ntitle: Statement of Cuba on treaties\nkind: statement\nspeaker: Cuba\nlanguage: es\ndate: 2024-03-07\n---\n\nSeñor Presidente:\n\nEl instrumento que proponemos no es vinculante, pero es jurídicamente sólido.\n\nMuchas gracias.\n";

#[test]
fn a_spanish_statement_is_on_the_english_terms_timeline_in_all_languages() {
    let (_dir, library) =
        common::library_of(&[("es.md", SPANISH), ("en.md", ENGLISH), ("apart.md", APART)]);
    let one_language = library
        .position_timeline("legally binding instrument", Some("Cuba"), false)
        .unwrap();
    assert_eq!(one_language.versions.len(), 1);

    let timeline = library
        .position_timeline("legally binding instrument", Some("Cuba"), true)
        .unwrap();
    let across = timeline.across_languages.as_ref().unwrap();
    assert_eq!(across.query_term.language, Language::En);
    let texts: Vec<&str> = timeline.versions.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[0].contains("legally binding instrument"));
    assert!(
        texts[1].contains("instrumento jurídicamente vinculante"),
        "{}",
        texts[1]
    );
    let wording = timeline.versions[1].wording.as_ref().unwrap();
    assert_eq!(wording.language, Language::Es);
    assert_eq!(wording.text, "instrumento jurídicamente vinculante");

    let options = SearchOptions {
        all_languages: true,
        ..SearchOptions::default()
    };
    let found = library
        .search("legally binding instrument", &Default::default(), options)
        .unwrap();
    let languages: Vec<Language> = found
        .groups
        .iter()
        .flat_map(|g| {
            g.hits
                .iter()
                .filter_map(|h| h.wording.as_ref().map(|w| w.language))
        })
        .collect();
    assert_eq!(
        found.passages_matched, 2,
        "the words apart are not the term"
    );
    assert!(languages.contains(&Language::Es) && languages.contains(&Language::En));

    let error = library
        .position_timeline("a phrase no termbase has", Some("Cuba"), true)
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidQuery);
    assert!(
        error.to_string().contains("not a term of the termbase"),
        "{error}"
    );
}
