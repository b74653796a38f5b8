//! The directory written as CSV with the `csv` crate: the columns, named
//! in the header row, are `CSV_COLUMNS`; dates are `YYYY-MM-DD`. The file
//! is UTF-8 with a byte-order mark (so Excel reads accents right), and
//! every cell a spreadsheet would take for a formula (starting with `=`,
//! `+`, `-`, `@`, a tab or a carriage return: a phone number "+41 22 …"
//! among them) is defused with a leading apostrophe; a cell that starts
//! with an apostrophe gets a second one. Import (`csv_import`) takes one
//! such apostrophe off (`text::spreadsheet::undefused`), so a file
//! exported and imported again gives back exactly what was exported.

use crate::model::{Contact, Error, Result};
use crate::text::spreadsheet::{defused, BOM};

/// The columns of the CSV file, in the order export writes them.
pub const CSV_COLUMNS: [&str; 14] = [
    "state",
    "poc_type",
    "full_name",
    "given_name",
    "family_name",
    "position",
    "institution",
    "email",
    "other_emails",
    "phone",
    "languages",
    "time_zone",
    "notes",
    "last_verified",
];

fn cells(contact: &Contact) -> [String; 14] {
    let f = &contact.fields;
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    [
        text(&f.state),
        f.poc_type.as_str().to_owned(),
        f.full_name.clone(),
        text(&f.given_name),
        text(&f.family_name),
        text(&f.position),
        text(&f.institution),
        text(&f.email),
        text(&f.other_emails),
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
