//! The directory as CSV, read and written with the `csv` crate. The
//! columns, named in the header row, are `CSV_COLUMNS`; dates are
//! `YYYY-MM-DD`.
//!
//! Export writes UTF-8 with a byte-order mark (so Excel reads accents
//! right) and defuses every cell that a spreadsheet would take for a
//! formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
//! with a leading apostrophe; a cell that starts with an apostrophe gets a
//! second one, so that import, which takes one such apostrophe off, gives
//! back exactly what was exported.
//!
//! Import reads a header row naming at least `state`, `poc_type` and
//! `full_name` (in any order, any case; other columns are ignored), with
//! `,` or `;` between cells, in UTF-8 (with or without a byte-order mark),
//! UTF-16 with a byte-order mark, or else Windows-1252. A file that is not
//! text (a picture, a workbook) is refused whole, naming it. Each row is
//! checked on its own: a bad one is reported with its row number as a
//! spreadsheet shows it (the header is row 1) and the reason, and the good
//! ones are written in one transaction. A row with the State, type and
//! email of an entry already there (or of an earlier row), or without an
//! email, its State, type and full name, never doubles it: when the two agree, the row fills the entry's blanks and moves
//! "last verified" forward (merged); when they disagree, the row is left
//! out and reported (a duplicate).

use super::directory::{checked, email_problem};
use crate::model::{
    Contact, ContactFields, ContactImportReport, Error, ImportRowNote, PocType, Result,
};
use crate::store::Store;
use crate::text::dates::parse_date;
use crate::text::spreadsheet::{column_name, decode, defused, delimiter, undefused, BOM};
use std::path::Path;

/// The columns of the CSV file, in the order export writes them.
pub const CSV_COLUMNS: [&str; 11] = [
    "state",
    "poc_type",
    "full_name",
    "position",
    "institution",
    "email",
    "phone",
    "languages",
    "time_zone",
    "notes",
    "last_verified",
];

const REQUIRED: [&str; 3] = ["state", "poc_type", "full_name"];

fn cells(contact: &Contact) -> [String; 11] {
    let f = &contact.fields;
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    [
        f.state.clone(),
        f.poc_type.as_str().to_owned(),
        f.full_name.clone(),
        text(&f.position),
        text(&f.institution),
        text(&f.email),
        text(&f.phone),
        text(&f.languages),
        text(&f.time_zone),
        text(&f.notes),
        f.last_verified.map(|d| d.to_string()).unwrap_or_default(),
    ]
}

/// The entries as a CSV file's bytes.
pub fn export_csv(contacts: &[Contact]) -> Result<Vec<u8>> {
    let mut out = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    let failed = |e: csv::Error| Error::bad_input("CSV export", e.to_string());
    out.write_record(CSV_COLUMNS).map_err(failed)?;
    for contact in contacts {
        out.write_record(cells(contact).iter().map(|c| defused(c)))
            .map_err(failed)?;
    }
    out.into_inner()
        .map_err(|e| Error::bad_input("CSV export", e.to_string()))
}

/// A row read into an entry's fields, or every reason it cannot be one.
fn row_fields(
    row: &csv::StringRecord,
    at: &[Option<usize>; 11],
) -> std::result::Result<ContactFields, Vec<String>> {
    let cell = |column: usize| -> Option<String> {
        at[column]
            .and_then(|i| row.get(i))
            .map(|c| undefused(c.trim()).trim().to_owned())
            .filter(|c| !c.is_empty())
    };
    let mut problems = Vec::new();
    let state = cell(0);
    if state.is_none() {
        problems.push("missing State".to_owned());
    }
    let poc_type = match cell(1) {
        None => {
            problems.push("missing POC type (diplomatic or technical)".to_owned());
            None
        }
        Some(name) => PocType::parse(&name).or_else(|| {
            problems.push(format!(
                "unknown POC type '{name}' (use diplomatic or technical)"
            ));
            None
        }),
    };
    let full_name = cell(2);
    if full_name.is_none() {
        problems.push("missing full name".to_owned());
    }
    let email = cell(5);
    if let Some(problem) = email.as_deref().and_then(email_problem) {
        problems.push(format!("bad email: {problem}"));
    }
    let last_verified = match cell(10) {
        None => None,
        Some(day) => parse_date(&day).or_else(|| {
            problems.push(format!("bad last_verified: '{day}' is not a date"));
            None
        }),
    };
    match (state, poc_type, full_name) {
        (Some(state), Some(poc_type), Some(full_name)) if problems.is_empty() => {
            Ok(ContactFields {
                state,
                poc_type,
                full_name,
                position: cell(3),
                institution: cell(4),
                email,
                phone: cell(6),
                languages: cell(7),
                time_zone: cell(8),
                notes: cell(9),
                last_verified,
            })
        }
        _ => Err(problems),
    }
}

/// `known` with the row's values in its blanks and the later verification,
/// or the names of the fields on which the two disagree.
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
        ("position", &mut out.position, &row.position),
        ("institution", &mut out.institution, &row.institution),
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

/// Imports the CSV file at `path`, calling `on_row` with the count of rows
/// read after each. Only a file that cannot be read as CSV, or a failure
/// of the library, is an `Err`; bad rows are in the report.
pub fn import_csv(
    store: &mut Store,
    path: &Path,
    mut on_row: impl FnMut(u64),
) -> Result<ContactImportReport> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = decode(&name, &bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(&text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Error::bad_input(&name, format!("the header row cannot be read: {e}")))?;
    let names: Vec<String> = headers.iter().map(column_name).collect();
    let at = CSV_COLUMNS.map(|column| names.iter().position(|n| n == column));
    if let Some(missing) = REQUIRED
        .iter()
        .find(|r| at[CSV_COLUMNS.iter().position(|c| c == *r).unwrap_or(0)].is_none())
    {
        return Err(Error::bad_input(
            &name,
            format!(
                "no column named {missing}: the header row must name the columns ({})",
                CSV_COLUMNS.join(", ")
            ),
        ));
    }
    let mut report = ContactImportReport {
        file: name,
        ..ContactImportReport::default()
    };
    let import = store.begin_contact_import()?;
    for (index, record) in reader.records().enumerate() {
        let row = index as u64 + 2;
        on_row(index as u64 + 1);
        let note = |reason: String| ImportRowNote { row, reason };
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                report
                    .rejected
                    .push(note(format!("not a readable CSV row: {e}")));
                continue;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let fields = match row_fields(&record, &at)
            .and_then(|f| checked(&f).map_err(|e| vec![e.to_string()]))
        {
            Ok(fields) => fields,
            Err(problems) => {
                report.rejected.push(note(problems.join("; ")));
                continue;
            }
        };
        match import.same_entry(&fields)? {
            None => {
                import.add(&fields)?;
                report.added += 1;
            }
            Some(known) => match merged(&known.fields, &fields) {
                Ok(together) => {
                    if together != known.fields {
                        import.rewrite(known.id, &together)?;
                    }
                    report
                        .merged
                        .push(note(format!("merged into contact {}", known.id)));
                }
                Err(differ) => report.duplicates.push(note(format!(
                    "same State, POC type and email as contact {} ({}), but its {} differ; left out",
                    known.id,
                    known.fields.full_name,
                    differ.join(", ")
                ))),
            },
        }
    }
    import.commit()?;
    Ok(report)
}
