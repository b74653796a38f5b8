//! The Points of Contact directory: entries written, searched and
//! filtered; the contact log and the difference between stale and never
//! verified; States kept by their canonical names; CSV import and export
//! (round trip with accents, bad rows reported, formulas defused, a PNG
//! refused, Windows-1252 read, duplicates merged or flagged, never
//! doubled); and vCard 3.0 read back by an independent parser (python's
//! vobject, see `common::venv_python`).

mod common;

use chrono::{Local, NaiveDate};
use plenary_core::contacts::ContactFormat;
use plenary_core::model::{
    ContactFields, ContactLogKind, ContactOutcome, PocType, StateFlag, Verification,
};
use plenary_core::{ErrorKind, Library};
use std::path::Path;

fn entry(state: &str, poc_type: PocType, name: &str, email: Option<&str>) -> ContactFields {
    ContactFields {
        state: Some(state.to_owned()),
        poc_type,
        full_name: name.to_owned(),
        given_name: None,
        family_name: None,
        position: None,
        institution: None,
        email: email.map(str::to_owned),
        other_emails: None,
        phone: None,
        languages: None,
        time_zone: None,
        notes: None,
        last_verified: None,
    }
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// Entries with accents, commas, semicolons, quotes, line breaks, a
/// leading apostrophe and cells a spreadsheet would take for formulas.
fn varied_entries() -> Vec<ContactFields> {
    vec![
        ContactFields {
            position: Some("Directrice, Cybersécurité".into()),
            institution: Some("Ministère des Affaires étrangères; Abidjan".into()),
            phone: Some("+225 27 20 00 00 00".into()),
            languages: Some("Français, English".into()),
            time_zone: Some("UTC+0".into()),
            notes: Some("=HYPERLINK(\"http://evil.example\",\"click\")".into()),
            last_verified: Some(day("2025-06-10")),
            ..entry(
                "Côte d'Ivoire",
                PocType::Diplomatic,
                "Adjoua Kouassi-N'Guessan",
                Some("a.kouassi@diplomatie.gouv.ci"),
            )
        },
        ContactFields {
            position: Some("Jefe de Unidad".into()),
            phone: Some("-5 call before noon".into()),
            notes: Some("Line one\nline two, \"quoted\"\r\n'kept apostrophe".into()),
            ..entry(
                "México",
                PocType::Technical,
                "José Ñúñez Peña",
                Some("jnunez@example.mx"),
            )
        },
        ContactFields {
            languages: Some("中文, English".into()),
            notes: Some("@mention and \\ backslash".into()),
            ..entry("中国", PocType::Diplomatic, "王伟", None)
        },
        ContactFields {
            institution: Some("Министерство иностранных дел".into()),
            ..entry(
                "Российская Федерация",
                PocType::Technical,
                "Ирина Петрова",
                Some("petrova@example.ru"),
            )
        },
    ]
}

fn library_with(entries: &[ContactFields]) -> Library {
    let mut library = Library::open_in_memory().unwrap();
    for fields in entries {
        library.add_contact(fields).unwrap();
    }
    library
}

fn all_fields(library: &Library) -> Vec<ContactFields> {
    let contacts = library.contacts(None, None, None).unwrap();
    contacts.into_iter().map(|c| c.fields).collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn a_csv_export_imported_into_an_empty_library_gives_identical_entries() {
    let source = library_with(&varied_entries());
    let csv = source.export_contacts(&[], ContactFormat::Csv).unwrap();
    assert!(
        csv.starts_with("\u{feff}".as_bytes()),
        "a UTF-8 byte-order mark"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "contacts.csv", &csv);

    let mut target = Library::open_in_memory().unwrap();
    let report = target.import_contacts(&path, None, |_| {}).unwrap();
    assert_eq!(report.added, 4, "{report:?}");
    assert!(report.rejected.is_empty() && report.duplicates.is_empty());
    assert_eq!(all_fields(&target), all_fields(&source));

    // The same file again doubles nothing, with an email or without.
    let again = target.import_contacts(&path, None, |_| {}).unwrap();
    assert_eq!((again.added, again.merged.len()), (0, 4), "{again:?}");
    assert_eq!(all_fields(&target), all_fields(&source));
}

#[test]
fn cells_a_spreadsheet_would_run_are_exported_defused() {
    let library = library_with(&varied_entries());
    let csv = library.export_contacts(&[], ContactFormat::Csv).unwrap();
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    let cells: Vec<String> = reader
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    assert!(cells.contains(&"'=HYPERLINK(\"http://evil.example\",\"click\")".to_owned()));
    assert!(cells.contains(&"'+225 27 20 00 00 00".to_owned()));
    assert!(cells.contains(&"'@mention and \\ backslash".to_owned()));
    for cell in &cells {
        assert!(
            !cell.starts_with(['=', '+', '-', '@']),
            "a live formula: {cell}"
        );
    }
}

#[test]
fn twenty_rows_with_three_bad_import_seventeen_and_report_the_three() {
    let mut csv = String::from("State,POC type,Full name,Email,Phone\n");
    for n in 1..=20 {
        let line = match n {
            5 => format!("Chile,technical,Person {n},not-an-address,+56 2 0000 00{n:02}\n"),
            11 => format!("Atlantis,diplomatic,Person {n},p{n}@example.org,\n"),
            17 => format!("Kenya,military,Person {n},p{n}@example.org,\n"),
            _ => format!("Kenya,diplomatic,Person {n},p{n}@example.org,\n"),
        };
        csv.push_str(&line);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "twenty.csv", csv.as_bytes());
    let mut library = Library::open_in_memory().unwrap();
    let mut rows_read = 0;
    let report = library
        .import_contacts(&path, None, |n| rows_read = n)
        .unwrap();
    assert_eq!(rows_read, 20);
    assert_eq!(report.added, 17, "{report:?}");
    assert_eq!(library.contacts(None, None, None).unwrap().len(), 17);
    let rejected: Vec<(u64, &str)> = report
        .rejected
        .iter()
        .map(|n| (n.row, n.reason.as_str()))
        .collect();
    assert_eq!(rejected.len(), 3, "{rejected:?}");
    // Rows as a spreadsheet numbers them: the header is row 1.
    assert_eq!(rejected[0].0, 6);
    assert!(rejected[0].1.contains("bad email"), "{rejected:?}");
    assert_eq!(rejected[1].0, 12);
    assert!(
        rejected[1]
            .1
            .contains("'Atlantis' is not a State of the States table"),
        "{rejected:?}"
    );
    assert_eq!(rejected[2].0, 18);
    assert!(
        rejected[2].1.contains("unknown POC type 'military'"),
        "{rejected:?}"
    );
}

#[test]
fn a_png_named_csv_is_refused_whole_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend_from_slice(&[0u8; 64]);
    let path = write(dir.path(), "contacts.csv", &png);
    let mut library = Library::open_in_memory().unwrap();
    let error = library.import_contacts(&path, None, |_| {}).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::BadInput);
    let message = error.to_string();
    assert!(message.contains("contacts.csv"), "{message}");
    assert!(
        message.contains("not a contacts file") && message.contains("PNG"),
        "{message}"
    );
    assert!(library.contacts(None, None, None).unwrap().is_empty());
    assert!(library.is_idle());
}

#[test]
fn a_windows_1252_csv_with_semicolons_is_read_right() {
    let text = "state;poc_type;full_name;institution;email\r\n\
                Côte d'Ivoire;diplomatic;Adjoua Kouassi;Ministère des Affaires étrangères;a@example.ci\r\n\
                España;technical;José Peña;Instituto Nacional de Ciberseguridad;jp@example.es\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable && std::str::from_utf8(&bytes).is_err());
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "excel.csv", &bytes);
    let mut library = Library::open_in_memory().unwrap();
    let report = library.import_contacts(&path, None, |_| {}).unwrap();
    assert_eq!(report.added, 2, "{report:?}");
    let fields = all_fields(&library);
    assert_eq!(fields[0].state.as_deref(), Some("Côte d'Ivoire"));
    assert_eq!(
        fields[0].institution.as_deref(),
        Some("Ministère des Affaires étrangères")
    );
    assert_eq!(
        fields[1].state.as_deref(),
        Some("Spain"),
        "its canonical name"
    );
    assert_eq!(fields[1].full_name, "José Peña");
}

#[test]
fn a_duplicate_is_merged_when_it_agrees_and_flagged_when_it_does_not() {
    let mut library = library_with(&[ContactFields {
        position: Some("Counsellor".into()),
        last_verified: Some(day("2024-06-10")),
        ..entry(
            "Pakistan",
            PocType::Diplomatic,
            "Ayesha Khan",
            Some("a.khan@example.pk"),
        )
    }]);
    let csv = "state,poc_type,full_name,email,phone,position,last_verified\n\
               pakistan,Diplomatic,Ayesha Khan,A.Khan@example.pk,+92 51 000 0000,,2025-01-15\n\
               Pakistan,diplomatic,Someone Else,a.khan@example.pk,,,\n\
               Pakistan,technical,Bilal Ahmed,b.ahmed@example.pk,,,\n\
               Pakistan,technical,Bilal Ahmed,b.ahmed@example.pk,,Analyst,\n";
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "dupes.csv", csv.as_bytes());
    let report = library.import_contacts(&path, None, |_| {}).unwrap();
    assert_eq!(report.added, 1, "{report:?}");
    assert_eq!(
        report.merged.iter().map(|n| n.row).collect::<Vec<_>>(),
        [2, 5]
    );
    assert_eq!(report.duplicates.len(), 1, "{report:?}");
    assert_eq!(report.duplicates[0].row, 3);
    assert!(
        report.duplicates[0].reason.contains("full_name"),
        "{report:?}"
    );

    let all = library.contacts(Some("Pakistan"), None, None).unwrap();
    assert_eq!(all.len(), 2, "never doubled: {all:?}");
    let khan = &all[0].fields;
    assert_eq!(khan.full_name, "Ayesha Khan");
    assert_eq!(
        khan.phone.as_deref(),
        Some("+92 51 000 0000"),
        "a blank filled in"
    );
    assert_eq!(
        khan.position.as_deref(),
        Some("Counsellor"),
        "nothing overwritten"
    );
    assert_eq!(
        khan.last_verified,
        Some(day("2025-01-15")),
        "the later verification"
    );
    assert_eq!(all[1].fields.position.as_deref(), Some("Analyst"));

    // By hand, the same State, type and email is refused.
    let again = entry(
        "PAKISTAN",
        PocType::Diplomatic,
        "A. Khan",
        Some("a.khan@EXAMPLE.pk"),
    );
    let error = library.add_contact(&again).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidField);
    assert!(error.to_string().starts_with("email:"), "{error}");
}

#[test]
fn entries_are_searched_and_filtered_by_state_and_type() {
    let library = library_with(&varied_entries());
    let ids = |c: Vec<plenary_core::model::Contact>| -> Vec<String> {
        c.into_iter().map(|c| c.fields.full_name).collect()
    };
    assert_eq!(
        ids(library.contacts(None, Some(" méxico "), None).unwrap()),
        ["José Ñúñez Peña"]
    );
    assert_eq!(
        ids(library
            .contacts(None, None, Some(PocType::Technical))
            .unwrap()),
        ["José Ñúñez Peña", "Ирина Петрова"]
    );
    assert_eq!(
        ids(library
            .contacts(Some("ministère abidjan"), None, None)
            .unwrap()),
        ["Adjoua Kouassi-N'Guessan"]
    );
    assert_eq!(
        ids(library.contacts(Some("100%"), None, None).unwrap()).len(),
        0
    );
}

#[test]
fn an_answered_ping_or_call_verifies_an_entry_and_clears_the_stale_flag() {
    let mut library = library_with(&[ContactFields {
        last_verified: Some(day("2020-01-01")),
        ..entry(
            "Ghana",
            PocType::Technical,
            "Kofi Mensah",
            Some("k@example.gh"),
        )
    }]);
    let id = library.contacts(None, None, None).unwrap()[0].id;
    assert_eq!(
        library.contact(id).unwrap().verification,
        Verification::Stale
    );
    let today = Local::now().date_naive();

    let emailed = library
        .log_contact(
            id,
            today,
            ContactLogKind::Email,
            ContactOutcome::Answered,
            None,
        )
        .unwrap();
    assert_eq!(
        emailed.verification,
        Verification::Stale,
        "an email does not verify"
    );
    let unanswered = library
        .log_contact(
            id,
            today,
            ContactLogKind::PingTest,
            ContactOutcome::NoAnswer,
            None,
        )
        .unwrap();
    assert_eq!(unanswered.verification, Verification::Stale);
    let pinged = library
        .log_contact(
            id,
            today,
            ContactLogKind::PingTest,
            ContactOutcome::Answered,
            Some("ok"),
        )
        .unwrap();
    assert_eq!(pinged.verification, Verification::Current);
    assert_eq!(pinged.fields.last_verified, Some(today));
    // An older call does not move the day back.
    let called = library
        .log_contact(
            id,
            day("2023-01-01"),
            ContactLogKind::Call,
            ContactOutcome::Answered,
            None,
        )
        .unwrap();
    assert_eq!(called.fields.last_verified, Some(today));
    assert_eq!(library.contact_log(id).unwrap().len(), 4);

    let tomorrow = today.succ_opt().unwrap();
    let error = library
        .log_contact(
            id,
            tomorrow,
            ContactLogKind::Call,
            ContactOutcome::Answered,
            None,
        )
        .unwrap_err();
    assert!(error.to_string().starts_with("date:"), "{error}");

    // The stale period comes from the library's settings.
    assert_eq!(library.contact_stale_months().unwrap(), 6);
    let fields = ContactFields {
        last_verified: Some(today - chrono::Months::new(7)),
        ..library.contact(id).unwrap().fields
    };
    assert_eq!(
        library.edit_contact(id, &fields).unwrap().verification,
        Verification::Stale
    );
    library.set_contact_stale_months(12).unwrap();
    assert_eq!(
        library.contact(id).unwrap().verification,
        Verification::Current
    );
    // Never verified is not stale.
    let never = ContactFields {
        last_verified: None,
        ..fields
    };
    assert_eq!(
        library.edit_contact(id, &never).unwrap().verification,
        Verification::Never
    );
    assert!(library.set_contact_stale_months(0).is_err());
}

#[test]
fn bad_values_are_refused_by_field_and_nothing_is_written() {
    let mut library = Library::open_in_memory().unwrap();
    for (fields, field) in [
        (entry("Kuba", PocType::Diplomatic, "A", None), "state:"),
        (entry("Chile", PocType::Diplomatic, "", None), "full_name:"),
        (
            entry("Chile", PocType::Diplomatic, "A", Some("a@b")),
            "email:",
        ),
    ] {
        let error = library.add_contact(&fields).unwrap_err();
        assert!(error.to_string().starts_with(field), "{error}");
    }
    assert!(library.contacts(None, None, None).unwrap().is_empty());
    assert_eq!(
        library.delete_contact(7).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    // "Russia" is kept as the States table's name; no State at all is
    // allowed, and flagged.
    let russia = library
        .add_contact(&entry("Russia", PocType::Technical, "Ivan", None))
        .unwrap();
    assert_eq!(russia.fields.state.as_deref(), Some("Russian Federation"));
    assert_eq!(russia.state_flag, None);
    let stateless = library
        .add_contact(&ContactFields {
            state: None,
            ..entry("", PocType::Technical, "Nobody Yet", None)
        })
        .unwrap();
    assert_eq!(stateless.state_flag, Some(StateFlag::Missing));
    let unknown = library
        .add_contact(&entry("Kuba", PocType::Technical, "K", None))
        .unwrap_err();
    assert_eq!(
        unknown.to_string(),
        "state: 'Kuba' is not a State of the States table (closest: Cuba, Kuwait)"
    );
}

#[test]
fn exported_vcards_read_back_in_vobject_with_names_emails_and_phones() {
    let library = library_with(&varied_entries());
    let cards = library.export_contacts(&[], ContactFormat::Vcard).unwrap();
    let text = String::from_utf8(cards).unwrap();
    assert!(text.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "CRLF only");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "contacts.vcf", text.as_bytes());

    let read = common::read_with_python("read_vcards.py", &path);
    let read = read.as_array().unwrap();
    let exported = all_fields(&library);
    assert_eq!(read.len(), exported.len());
    for (card, fields) in read.iter().zip(&exported) {
        assert_eq!(card["fn"], fields.full_name.as_str());
        assert_eq!(card["email"], serde_json::json!(fields.email));
        assert_eq!(card["tel"], serde_json::json!(fields.phone));
        assert_eq!(card["rev"].is_null(), fields.last_verified.is_none());
        assert_eq!(card["org"], serde_json::json!(fields.institution));
        assert!(card["org_parts"].as_u64().unwrap() <= 1, "{card}");
        // No parts kept: N is left empty rather than guessed.
        assert_eq!(card["family"], "");
        assert_eq!(card["given"], "");
        assert_eq!(card["title"], serde_json::json!(fields.position));
        let note = card["note"].as_str().unwrap_or_default();
        if let Some(notes) = &fields.notes {
            assert!(note.ends_with(&notes.replace("\r\n", "\n")), "{note:?}");
        }
    }
}
