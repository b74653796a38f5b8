//! Bad input in a contacts file is refused entry by entry, each with its
//! row (or card) number and a clear reason, and every good entry imports:
//! one stray Latin-1 byte in a UTF-8 file spoils its own row only; a NUL
//! far into the file refuses its row; an unclosed quote is reported at the
//! row where it opened, not folded silently into one name; a vCard with no
//! END, one with a 10 MB photo, and a mapping that leaves the name empty.

use plenary_core::model::{ContactField, ContactImportReport, ContactMapping, PocType};
use plenary_core::Library;
use std::path::{Path, PathBuf};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn import(path: &Path, mapping: Option<&ContactMapping>) -> (Library, ContactImportReport) {
    let mut library = Library::open_in_memory().unwrap();
    let report = library.import_contacts(path, mapping, |_| {}).unwrap();
    (library, report)
}

fn names(library: &Library) -> Vec<String> {
    let mut names: Vec<String> = library
        .contacts(None, None, None)
        .unwrap()
        .into_iter()
        .map(|c| c.fields.full_name)
        .collect();
    names.sort();
    names
}

/// Plenary's header and `n` rows of accented UTF-8 names.
fn utf8_rows(n: usize) -> String {
    let mut csv = String::from("state,poc_type,full_name,email\n");
    for i in 1..=n {
        csv.push_str(&format!(
            "Chile,technical,Zoë Müller {i},zoe{i}@minrel.gob.cl\n"
        ));
    }
    csv
}

#[test]
fn one_stray_latin1_byte_spoils_its_own_row_not_the_whole_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = utf8_rows(6).into_bytes();
    bytes.extend_from_slice(b"Chile,technical,Jos\xe9 N\xfa\xf1ez,jnunez@minrel.gob.cl\n");
    bytes.extend_from_slice("Chile,technical,Zoë Müller 8,zoe8@minrel.gob.cl\n".as_bytes());
    let (library, report) = import(&write(dir.path(), "stray.csv", &bytes), None);
    assert_eq!(report.added, 7, "{report:#?}");
    assert_eq!(report.rejected.len(), 1);
    assert_eq!(report.rejected[0].row, 8, "the header is row 1");
    assert!(
        report.rejected[0]
            .reason
            .contains("column 3 (\"full_name\") has byte 4 (0xE9), which is not UTF-8 like the rest of the file"),
        "{report:#?}"
    );
    let names = names(&library);
    assert!(names.contains(&"Zoë Müller 1".to_owned()), "{names:?}");
    assert!(
        names.iter().all(|n| !n.contains('Ã')),
        "no mojibake: {names:?}"
    );
}

#[test]
fn a_nul_far_into_the_file_refuses_its_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = utf8_rows(300);
    assert!(csv.len() > 8192);
    csv.push_str("Chile,technical,Nul\u{0}Name,nul@minrel.gob.cl\n");
    csv.push_str("Chile,technical,Last One,last@minrel.gob.cl\n");
    let (library, report) = import(&write(dir.path(), "nul.csv", csv.as_bytes()), None);
    assert_eq!(report.added, 301, "{report:#?}");
    assert_eq!(report.rejected.len(), 1);
    assert_eq!(report.rejected[0].row, 302);
    assert!(report.rejected[0].reason.contains("U+0000"), "{report:#?}");
    assert!(names(&library).iter().all(|n| !n.contains('\0')));
}

#[test]
fn an_unclosed_quote_is_reported_at_the_row_where_it_opened() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = utf8_rows(3);
    csv.push_str("Chile,technical,\"Zoë Müller,zoe@minrel.gob.cl\n");
    for i in 5..=9 {
        csv.push_str(&format!("Chile,technical,Person {i},p{i}@minrel.gob.cl\n"));
    }
    let (library, report) = import(&write(dir.path(), "quote.csv", csv.as_bytes()), None);
    assert_eq!(report.added, 3, "{report:#?}");
    assert_eq!(report.rejected.len(), 1, "{report:#?}");
    let refused = &report.rejected[0];
    assert_eq!(refused.row, 5, "the row where the quote opened");
    assert!(
        refused
            .reason
            .starts_with("a quote opened in this row is never closed, so lines 5 to 10"),
        "{refused:?}"
    );
    assert_eq!(names(&library).len(), 3, "nothing folded into one name");
}

/// A vCard of `name`, its lines joined with CRLF.
fn card(name: &str, extra: &[String]) -> String {
    let mut lines = vec![
        "BEGIN:VCARD".to_owned(),
        "VERSION:3.0".to_owned(),
        format!("FN:{name}"),
        format!("N:{name};;;;"),
        "ORG:Permanent Mission of Chile to the United Nations Office at Geneva".to_owned(),
    ];
    lines.extend(extra.iter().cloned());
    lines.push("END:VCARD".to_owned());
    lines.join("\r\n") + "\r\n"
}

#[test]
fn a_vcard_with_no_end_and_one_with_a_10_mb_photo_are_refused_and_the_others_import() {
    let dir = tempfile::tempdir().unwrap();
    let photo: Vec<String> =
        std::iter::once("PHOTO;ENCODING=b;TYPE=JPEG:".to_owned() + &"QUJD".repeat(18))
            .chain((0..142_000).map(|_| format!(" {}", "QUJD".repeat(18))))
            .collect();
    let mut file = card("Ana Soto", &[]);
    // No END: the next card begins first.
    file.push_str("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken Card\r\nEMAIL:broken@example.org\r\n");
    file.push_str(&card("Beatriz Rojas", &[]));
    file.push_str(&card("Big Photo", &photo));
    file.push_str(&card("Carla Díaz", &[]));
    // No END: the file ends.
    file.push_str("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n");
    assert!(file.len() > 10_000_000);
    let path = write(dir.path(), "cards.vcf", file.as_bytes());
    let mapping = ContactMapping {
        poc_type: Some(PocType::Technical),
        ..ContactMapping::default()
    };
    let (library, report) = import(&path, Some(&mapping));
    assert_eq!(names(&library), ["Ana Soto", "Beatriz Rojas", "Carla Díaz"]);
    let refused: Vec<(u64, Option<&str>, &str)> = report
        .rejected
        .iter()
        .map(|n| (n.row, n.name.as_deref(), n.reason.as_str()))
        .collect();
    assert_eq!(refused.len(), 3, "{refused:#?}");
    assert_eq!((refused[0].0, refused[0].1), (2, Some("Broken Card")));
    assert!(
        refused[0]
            .2
            .contains("no END:VCARD before the next card begins (line 11)"),
        "{refused:#?}"
    );
    assert_eq!((refused[1].0, refused[1].1), (4, Some("Big Photo")));
    assert!(
        refused[1].2.contains("the card is 10.")
            && refused[1].2.contains("a card may hold at most 1 MB"),
        "{refused:#?}"
    );
    assert_eq!((refused[2].0, refused[2].1), (6, Some("Cut Off")));
    assert!(
        refused[2]
            .2
            .contains("no END:VCARD: the file ends inside the card"),
        "{refused:#?}"
    );
}

#[test]
fn a_mapping_that_leaves_the_name_empty_refuses_each_entry_with_a_clear_reason() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "Name,E-mail,Country\nAna Soto,ana@minrel.gob.cl,Chile\n,nobody@minrel.gob.cl,Chile\nBea Rojas,bea@minrel.gob.cl,Kuba\n";
    let path = write(dir.path(), "plain.csv", csv.as_bytes());
    let mut library = Library::open_in_memory().unwrap();
    let mut mapping = library.preview_contacts(&path, None).unwrap().mapping;
    assert_eq!(
        mapping.columns,
        [
            Some(ContactField::FullName),
            Some(ContactField::Email),
            Some(ContactField::State)
        ]
    );
    mapping.poc_type = Some(PocType::Diplomatic);
    let report = library
        .import_contacts(&path, Some(&mapping), |_| {})
        .unwrap();
    assert_eq!(report.added, 1, "{report:#?}");
    let reasons: Vec<(u64, &str)> = report
        .rejected
        .iter()
        .map(|n| (n.row, n.reason.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            (
                3,
                "no name: map a column to the full name, or to the given and family names"
            ),
            (
                4,
                "state: 'Kuba' is not a State of the States table (closest: Cuba, Kuwait)"
            ),
        ]
    );

    // No column mapped to a name at all: every entry says so.
    let nameless = ContactMapping {
        columns: vec![None, Some(ContactField::Email), Some(ContactField::State)],
        poc_type: Some(PocType::Diplomatic),
    };
    let (_, report) = import(&path, Some(&nameless));
    assert_eq!(report.added, 0);
    assert_eq!(report.rejected.len(), 3);
    assert!(report
        .rejected
        .iter()
        .all(|n| n.reason.starts_with("no name")));
}
