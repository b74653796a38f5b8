//! Contacts from real address books: the files in `tests/fixtures/contacts`
//! are written in each program's own format (see their README): Outlook
//! for Windows (Windows-1252, every field quoted, 92 columns), Outlook.com
//! (UTF-8 with a byte-order mark), Google Contacts (the old UTF-16 "Google
//! CSV" with " ::: " values and starred main ones, and the current export),
//! Android's vCard 2.1 (quoted-printable, soft line breaks, a Windows-1252
//! card), Apple's 3.0 (grouped, labelled properties, a folded note, a
//! photo) and Thunderbird's 4.0 (an organisation's card, `PREF=1`, `tel:`
//! URIs). Names (Latin, Cyrillic, Chinese, Korean, Japanese), emails,
//! phones and the States read from organisations are checked; then the
//! directory exported as vCards is read by python's vobject with the
//! family and given names in their slots.

mod common;

use plenary_core::contacts::ContactFormat;
use plenary_core::model::{
    Contact, ContactFileFormat, ContactMapping, MappingSource, PocType, StateFlag, Verification,
};
use plenary_core::Library;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/contacts")
        .join(name)
}

/// Imports `name` as diplomatic points of contact, by its proposed
/// mapping; every entry is expected in.
fn imported(library: &mut Library, name: &str, entries: u64) {
    let preview = library.preview_contacts(&fixture(name), None).unwrap();
    let mapping = ContactMapping {
        poc_type: Some(PocType::Diplomatic),
        ..preview.mapping
    };
    let report = library
        .import_contacts(&fixture(name), Some(&mapping), |_| {})
        .unwrap();
    assert_eq!(report.added, entries, "{name}: {report:#?}");
    assert!(report.rejected.is_empty(), "{name}: {report:#?}");
}

fn find<'a>(contacts: &'a [Contact], name: &str) -> &'a Contact {
    contacts
        .iter()
        .find(|c| c.fields.full_name == name)
        .unwrap_or_else(|| panic!("no {name} in {contacts:#?}"))
}

#[test]
fn outlook_and_google_csv_files_are_mapped_by_their_headers_and_read_whole() {
    let mut library = Library::open_in_memory().unwrap();
    for (name, source, encoding) in [
        (
            "outlook-windows.csv",
            MappingSource::Outlook,
            "Windows-1252",
        ),
        ("outlook-com.csv", MappingSource::Outlook, "UTF-8"),
        ("google-csv-utf16.csv", MappingSource::Google, "UTF-16"),
        ("google-contacts.csv", MappingSource::Google, "UTF-8"),
    ] {
        let preview = library.preview_contacts(&fixture(name), None).unwrap();
        assert_eq!(
            (preview.format, preview.mapped_by, preview.encoding.as_str()),
            (ContactFileFormat::Csv, source, encoding),
            "{name}"
        );
        assert!(!preview.has_poc_type, "{name}");
    }
    imported(&mut library, "outlook-windows.csv", 4);
    imported(&mut library, "outlook-com.csv", 2);
    imported(&mut library, "google-csv-utf16.csv", 2);
    imported(&mut library, "google-contacts.csv", 3);
    let all = library.contacts(None, None, None).unwrap();
    assert_eq!(all.len(), 11);

    // Outlook for Windows, in Windows-1252: accents read, the State from
    // the organisation (not from the office's country), the main email and
    // the numbers with their kinds, a note over two lines.
    let chile = find(&all, "José María Núñez Pérez");
    let f = &chile.fields;
    assert_eq!(f.state.as_deref(), Some("Chile"));
    assert_eq!(
        (f.given_name.as_deref(), f.family_name.as_deref()),
        (Some("José María"), Some("Núñez Pérez"))
    );
    assert_eq!(f.position.as_deref(), Some("Primer Secretario"));
    assert_eq!(f.email.as_deref(), Some("jmnunez@minrel.gob.cl"));
    assert_eq!(
        f.phone.as_deref(),
        Some("+41 22 919 88 00 (work); +41 79 555 01 01 (mobile)")
    );
    assert_eq!(f.languages.as_deref(), Some("Español, English"));
    assert_eq!(
        f.notes.as_deref(),
        Some("Prefers calls before 10:00.\r\nCovers the OEWG's capacity-building track.")
    );
    assert_eq!(chile.verification, Verification::Never);
    let germany = find(&all, "Zoë Müller");
    assert_eq!(germany.fields.state.as_deref(), Some("Germany"));
    assert_eq!(
        germany.fields.other_emails.as_deref(),
        Some("z.mueller@gmx.de")
    );
    assert_eq!(
        germany.fields.phone.as_deref(),
        Some("+41 22 730 11 11 (work); +41 22 730 11 12 (fax)")
    );
    assert_eq!(
        find(&all, "Chloé Dubois").fields.state.as_deref(),
        Some("France")
    );
    // No organisation, no State: kept, and flagged.
    let nowhere = find(&all, "Kwame Mensah");
    assert_eq!(nowhere.fields.state, None);
    assert_eq!(nowhere.state_flag, Some(StateFlag::Missing));

    // Outlook.com: Cyrillic and Arabic organisations name their States.
    let russia = find(&all, "Ирина Петрова");
    assert_eq!(russia.fields.state.as_deref(), Some("Russian Federation"));
    assert_eq!(russia.fields.family_name.as_deref(), Some("Петрова"));
    let egypt = find(&all, "Amina Haddad");
    assert_eq!(egypt.fields.state.as_deref(), Some("Egypt"));
    assert_eq!(egypt.fields.email.as_deref(), Some("a.haddad@mfa.gov.eg"));
    assert_eq!(
        egypt.fields.other_emails.as_deref(),
        Some("amina.haddad@example.com")
    );

    // Google CSV: family name first for Chinese and Korean, the starred
    // values first, " ::: " values apart.
    let china = find(&all, "王伟");
    let f = &china.fields;
    assert_eq!(
        (f.family_name.as_deref(), f.given_name.as_deref()),
        (Some("王"), Some("伟"))
    );
    assert_eq!(f.state.as_deref(), Some("China"));
    assert_eq!(f.email.as_deref(), Some("wangwei@mfa.gov.cn"));
    assert_eq!(
        f.other_emails.as_deref(),
        Some("wang.wei@china-un.org; wangwei@example.cn")
    );
    assert_eq!(
        f.phone.as_deref(),
        Some("+1 917 555 0188 (mobile); +1 212 655 6100 (work)")
    );
    let korea = find(&all, "김민준");
    assert_eq!(korea.fields.state.as_deref(), Some("Republic of Korea"));
    assert_eq!(korea.fields.languages.as_deref(), Some("Korean, English"));

    // Google Contacts now: a custom label kept as the number's kind.
    let cuba = find(&all, "Lucía Fernández Ortega");
    assert_eq!(cuba.fields.state.as_deref(), Some("Cuba"));
    assert_eq!(
        cuba.fields.phone.as_deref(),
        Some("+1 212 689 7215 (work); +1 646 555 0142 (mobile)")
    );
    assert_eq!(
        find(&all, "Tomás Ríos").fields.phone.as_deref(),
        Some("+41 22 919 88 01 (mission)")
    );
    assert_eq!(
        find(&all, "Lan Thị Nguyễn").fields.state,
        None,
        "UNIDIR is no State"
    );
}

#[test]
fn vcards_21_30_and_40_are_read_with_their_names_emails_and_phones() {
    let mut library = Library::open_in_memory().unwrap();
    for name in ["android-2.1.vcf", "apple-3.0.vcf", "thunderbird-4.0.vcf"] {
        let preview = library.preview_contacts(&fixture(name), None).unwrap();
        assert_eq!(preview.format, ContactFileFormat::Vcard, "{name}");
        assert_eq!(preview.mapped_by, MappingSource::Vcard);
    }
    imported(&mut library, "android-2.1.vcf", 3);
    imported(&mut library, "apple-3.0.vcf", 1);
    imported(&mut library, "thunderbird-4.0.vcf", 3);
    let all = library.contacts(None, None, None).unwrap();

    // vCard 2.1: quoted-printable in UTF-8 and in Windows-1252, soft line
    // breaks joined.
    let zoe = find(&all, "Zoë Müller");
    let f = &zoe.fields;
    assert_eq!(
        (f.given_name.as_deref(), f.family_name.as_deref()),
        (Some("Zoë"), Some("Müller"))
    );
    assert_eq!(
        f.institution.as_deref(),
        Some("Permanent Mission of Germany to the United Nations Office at Geneva")
    );
    assert_eq!(f.state.as_deref(), Some("Germany"));
    assert_eq!(
        f.phone.as_deref(),
        Some("+41795550101 (mobile); +41227301111 (work)")
    );
    assert_eq!(
        f.notes.as_deref(),
        Some("Zuständig für die Arbeitsgruppe\r\nZweite Zeile")
    );
    let wang = find(&all, "王伟");
    assert_eq!(wang.fields.family_name.as_deref(), Some("王"));
    assert_eq!(wang.fields.state.as_deref(), Some("China"));
    let chile = find(&all, "José María Núñez Pérez");
    assert_eq!(chile.fields.family_name.as_deref(), Some("Núñez Pérez"));
    assert_eq!(chile.fields.state.as_deref(), Some("Chile"));
    assert_eq!(
        chile.fields.last_verified.map(|d| d.to_string()).as_deref(),
        Some("2025-03-10"),
        "the card's date is kept"
    );

    // vCard 3.0 from Apple: labelled groups, a folded note, no photo kept.
    let lucia = find(&all, "Lucía Fernández Ortega");
    let f = &lucia.fields;
    assert_eq!(f.state.as_deref(), Some("Cuba"));
    assert_eq!(f.email.as_deref(), Some("lfernandez@cubaminrex.cu"));
    assert_eq!(
        f.other_emails.as_deref(),
        Some("lucia.fernandez@example.com")
    );
    assert_eq!(
        f.phone.as_deref(),
        Some("+1 646 555 0142 (mobile); +1 212 689 7215 (mission)")
    );
    assert_eq!(
        f.notes.as_deref(),
        Some("Coordinates the G77 position on capacity-building; prefers WhatsApp for urgent matters.")
    );
    assert_eq!(
        lucia.verification,
        Verification::Stale,
        "dated 2024-11-05 by its card"
    );

    // vCard 4.0: an organisation's card, a tel: URI, Cyrillic and Japanese.
    let mission = find(
        &all,
        "Permanent Mission of Chile to the United Nations Office at Geneva",
    );
    assert_eq!(mission.fields.state.as_deref(), Some("Chile"));
    assert_eq!(
        mission.fields.phone.as_deref(),
        Some("+41-22-919-8800 (work)")
    );
    assert_eq!(mission.fields.family_name, None);
    let irina = find(&all, "Ирина Петрова");
    assert_eq!(irina.fields.state.as_deref(), Some("Russian Federation"));
    assert_eq!(irina.fields.languages.as_deref(), Some("ru, en"));
    assert_eq!(
        irina.fields.phone.as_deref(),
        Some("+7-916-555-01-23 (mobile)")
    );
    let taro = find(&all, "山田太郎");
    assert_eq!(
        (
            taro.fields.family_name.as_deref(),
            taro.fields.given_name.as_deref()
        ),
        (Some("山田"), Some("太郎"))
    );
    assert_eq!(taro.fields.state.as_deref(), Some("Japan"));
}

#[test]
fn the_exported_vcards_put_family_and_given_names_in_their_slots_for_vobject() {
    let mut library = Library::open_in_memory().unwrap();
    imported(&mut library, "google-csv-utf16.csv", 2);
    imported(&mut library, "apple-3.0.vcf", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contacts.vcf");
    std::fs::write(
        &path,
        library.export_contacts(&[], ContactFormat::Vcard).unwrap(),
    )
    .unwrap();
    let cards = common::read_with_python("read_vcards.py", &path);
    let cards = cards.as_array().unwrap();
    assert_eq!(cards.len(), 3);
    let card = |name: &str| cards.iter().find(|c| c["fn"] == name).unwrap();
    let lucia = card("Lucía Fernández Ortega");
    assert_eq!(lucia["family"], "Fernández Ortega");
    assert_eq!(lucia["given"], "Lucía");
    assert_eq!(
        lucia["org"],
        "Misión Permanente de Cuba ante las Naciones Unidas"
    );
    assert_eq!(lucia["title"], "Primera Secretaria");
    assert_eq!(
        lucia["emails"],
        serde_json::json!([
            {"value": "lfernandez@cubaminrex.cu", "types": ["INTERNET", "PREF"]},
            {"value": "lucia.fernandez@example.com", "types": ["INTERNET"]}
        ])
    );
    assert_eq!(
        lucia["tels"],
        serde_json::json!([
            {"value": "+1 646 555 0142", "types": ["CELL", "VOICE"]},
            {"value": "+1 212 689 7215", "types": ["VOICE"]}
        ])
    );
    assert_eq!(
        lucia["categories"],
        serde_json::json!(["Cuba", "diplomatic point of contact"])
    );
    let wang = card("王伟");
    assert_eq!(
        (wang["family"].as_str(), wang["given"].as_str()),
        (Some("王"), Some("伟"))
    );
}
