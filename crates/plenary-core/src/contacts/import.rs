//! Importing contacts from an address book's file: a CSV file (Plenary's,
//! Outlook's, Google's, a spreadsheet's) or a vCard file, told apart by
//! their first line. The mapping step comes first (`preview`): the file's
//! first rows and how its columns would be read, by its program's known
//! headers or by the mapping a person made for the same header row. The
//! import (`import`) then reads every entry through the mapping the person
//! confirmed, which is kept for the next file with that header row.
//!
//! Each entry is checked on its own: a bad one is reported with its row
//! (or card) number, its name and the reason, and the good ones are
//! written in one transaction. An entry with the State (or none), type and
//! email of one already there (or of an earlier entry), or without an
//! email, its State, type and full name, never doubles it: when the two
//! agree, the entry fills the other's blanks and moves "last verified"
//! forward (merged); when they disagree, it is left out and reported (a
//! duplicate).

use super::address_book::{self, Entry};
use super::csv_import::CsvContacts;
use super::csv_mapping::{header_key, proposed};
use super::directory::checked;
use super::file_text::TextFile;
use super::vcard_import::each_card;
use crate::model::{
    ContactField, ContactFields, ContactFileFormat, ContactFilePreview, ContactImportReport,
    ContactMapping, Error, ImportRowNote, MappingSource, Result,
};
use crate::store::{ContactImport, Store};
use std::path::Path;

/// How many rows (or cards) the mapping step shows.
const PREVIEW_ROWS: usize = 5;

/// The fields a vCard's preview shows, one column each.
const CARD_COLUMNS: [&str; 6] = ["Name", "Organisation", "State", "Email", "Phone", "Title"];

/// Whether the file is a vCard file, by its first line.
fn format_of(file: &TextFile) -> ContactFileFormat {
    let first = file
        .start
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    match first.eq_ignore_ascii_case("BEGIN:VCARD") {
        true => ContactFileFormat::Vcard,
        false => ContactFileFormat::Csv,
    }
}

/// The mapping a person kept for `headers`, if any.
fn remembered(store: &Store, headers: &[String]) -> Result<Option<ContactMapping>> {
    Ok(store
        .contact_mapping(&header_key(headers))?
        .and_then(|json| serde_json::from_str::<ContactMapping>(&json).ok())
        .filter(|m| m.columns.len() == headers.len()))
}

/// A card's entry as the preview's row.
fn card_row(entry: &Entry) -> Vec<String> {
    let fields = address_book::fields(entry, Some(crate::model::PocType::Diplomatic)).ok();
    let of =
        |f: fn(&ContactFields) -> Option<String>| fields.as_ref().and_then(f).unwrap_or_default();
    vec![
        entry.name().unwrap_or_default(),
        entry.institution.clone().unwrap_or_default(),
        of(|f| f.state.clone()),
        of(|f| f.email.clone()),
        of(|f| f.phone.clone()),
        entry.position.clone().unwrap_or_default(),
    ]
}

/// The mapping step: the file's first rows (or cards) and how they would
/// be read, by `preset`'s headers when given.
pub fn preview(
    store: &Store,
    path: &Path,
    preset: Option<MappingSource>,
) -> Result<ContactFilePreview> {
    let file = TextFile::open(path)?;
    let format = format_of(&file);
    let (headers, rows, mapping, mapped_by, has_poc_type) = match format {
        ContactFileFormat::Vcard => {
            let mut rows = Vec::new();
            let mut typed = false;
            each_card(&file, |_, _, read| {
                if let Ok(entry) = read {
                    typed |= entry
                        .categories
                        .iter()
                        .any(|c| c.ends_with("point of contact"));
                    if rows.len() < PREVIEW_ROWS {
                        rows.push(card_row(&entry));
                    }
                }
                Ok(())
            })?;
            let headers = CARD_COLUMNS.map(str::to_owned).to_vec();
            (
                headers,
                rows,
                ContactMapping::default(),
                MappingSource::Vcard,
                typed,
            )
        }
        ContactFileFormat::Csv => {
            let csv = CsvContacts::open(&file)?;
            let (mapping, mapped_by) = match (preset, remembered(store, &csv.headers)?) {
                (None, Some(mapping)) => (mapping, MappingSource::Remembered),
                _ => proposed(&csv.headers, preset),
            };
            let typed = mapping.columns.contains(&Some(ContactField::PocType));
            (
                csv.headers.clone(),
                csv.first_rows(PREVIEW_ROWS)?,
                mapping,
                mapped_by,
                typed,
            )
        }
    };
    Ok(ContactFilePreview {
        file: file.name.clone(),
        format,
        encoding: file.encoding.name().to_owned(),
        headers,
        rows,
        mapping,
        mapped_by,
        has_poc_type,
    })
}

/// What the import does with each entry, and what it did.
struct Importer<'s> {
    import: ContactImport<'s>,
    report: ContactImportReport,
    mapping: ContactMapping,
}

impl Importer<'_> {
    /// Checks one entry and adds or merges it, noting what happened.
    fn take(
        &mut self,
        row: u64,
        name: Option<String>,
        read: std::result::Result<Entry, String>,
    ) -> Result<()> {
        let note = |reason: String| ImportRowNote {
            row,
            name: name.clone(),
            reason,
        };
        let fields = read
            .map_err(|e| vec![e])
            .and_then(|entry| address_book::fields(&entry, self.mapping.poc_type))
            .and_then(|f| checked(&f).map_err(|e| vec![e.to_string()]));
        let fields = match fields {
            Ok(fields) => fields,
            Err(problems) => {
                self.report.rejected.push(note(problems.join("; ")));
                return Ok(());
            }
        };
        match self.import.same_entry(&fields)? {
            None => {
                self.import.add(&fields)?;
                self.report.added += 1;
                self.report.without_state += u64::from(fields.state.is_none());
            }
            Some(known) => match merged(&known.fields, &fields) {
                Ok(together) => {
                    if together != known.fields {
                        self.import.rewrite(known.id, &together)?;
                    }
                    self.report
                        .merged
                        .push(note(format!("merged into contact {}", known.id)));
                }
                Err(differ) => self.report.duplicates.push(note(format!(
                    "same State, POC type and email as contact {} ({}), but its {} differ; left out",
                    known.id,
                    known.fields.full_name,
                    differ.join(", ")
                ))),
            },
        }
        Ok(())
    }
}

/// `known` with the entry's values in its blanks and the later
/// verification, or the names of the fields on which the two disagree.
fn merged(
    known: &ContactFields,
    row: &ContactFields,
) -> std::result::Result<ContactFields, Vec<&'static str>> {
    let mut out = known.clone();
    let mut differ = Vec::new();
    if !known.full_name.eq_ignore_ascii_case(&row.full_name) {
        differ.push("full_name");
    }
    for (name, mine, theirs) in [
        ("given_name", &mut out.given_name, &row.given_name),
        ("family_name", &mut out.family_name, &row.family_name),
        ("position", &mut out.position, &row.position),
        ("institution", &mut out.institution, &row.institution),
        ("other_emails", &mut out.other_emails, &row.other_emails),
        ("phone", &mut out.phone, &row.phone),
        ("languages", &mut out.languages, &row.languages),
        ("time_zone", &mut out.time_zone, &row.time_zone),
        ("notes", &mut out.notes, &row.notes),
    ] {
        match (mine.as_ref(), theirs) {
            (None, Some(value)) => *mine = Some(value.clone()),
            (Some(a), Some(b)) if a != b => differ.push(name),
            _ => {}
        }
    }
    out.last_verified = known.last_verified.max(row.last_verified);
    match differ.is_empty() {
        true => Ok(out),
        false => Err(differ),
    }
}

/// Imports the contacts file at `path` through `mapping` (the proposed one
/// when `None`), calling `on_row` with the count of entries read after
/// each. A CSV mapping given is kept for the next file with the same
/// header row. Only a file that cannot be read, a mapping that fits no
/// column, or a failure of the library, is an `Err`; bad entries are in
/// the report.
pub fn import(
    store: &mut Store,
    path: &Path,
    mapping: Option<&ContactMapping>,
    mut on_row: impl FnMut(u64),
) -> Result<ContactImportReport> {
    let file = TextFile::open(path)?;
    let format = format_of(&file);
    let csv = match format {
        ContactFileFormat::Csv => Some(CsvContacts::open(&file)?),
        ContactFileFormat::Vcard => None,
    };
    let used = match (&csv, mapping) {
        (Some(csv), Some(given)) => {
            if given.columns.len() != csv.headers.len() {
                return Err(Error::bad_input(
                    &file.name,
                    format!(
                        "the mapping names {} columns, but the header row has {}",
                        given.columns.len(),
                        csv.headers.len()
                    ),
                ));
            }
            store.set_contact_mapping(
                &header_key(&csv.headers),
                &serde_json::to_string(given)
                    .map_err(|e| Error::bad_input(&file.name, e.to_string()))?,
            )?;
            given.clone()
        }
        (Some(csv), None) => match remembered(store, &csv.headers)? {
            Some(kept) => kept,
            None => proposed(&csv.headers, None).0,
        },
        (None, given) => given.cloned().unwrap_or_default(),
    };
    let mut importer = Importer {
        import: store.begin_contact_import()?,
        report: ContactImportReport {
            file: file.name.clone(),
            format: Some(format),
            ..ContactImportReport::default()
        },
        mapping: used.clone(),
    };
    let mut read = 0u64;
    match &csv {
        Some(csv) => csv.each_entry(&used, |row, entry| {
            read += 1;
            on_row(read);
            let name = entry.as_ref().ok().and_then(Entry::name);
            importer.take(row, name, entry)
        })?,
        None => each_card(&file, |place, name, entry| {
            read += 1;
            on_row(read);
            let entry = entry.map_err(|e| format!("card at line {}: {e}", place.line));
            importer.take(place.number, name, entry)
        })?,
    }
    let Importer { import, report, .. } = importer;
    import.commit()?;
    Ok(report)
}
