//! Layer 4: the Points of Contact directory over the store. Its entries
//! and their contact log are in `directory`; they leave and enter as CSV
//! (`csv_file`) and leave as vCards (`vcard`).

mod csv_file;
mod directory;
mod vcard;

pub use csv_file::{export_csv, import_csv, CSV_COLUMNS};
pub use directory::{
    add_contact, checked, contact, contact_log, contacts, edit_contact, email_problem, log_contact,
    set_stale_months, stale_before, stale_months, DEFAULT_STALE_MONTHS,
};
pub use vcard::{escape_text, export_vcards, fold_line};

use crate::model::{Contact, Error, Result};

/// The files the directory is exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactFormat {
    Csv,
    Vcard,
}

impl ContactFormat {
    pub fn parse(name: &str) -> Result<Self> {
        match name.trim().to_lowercase().as_str() {
            "csv" => Ok(ContactFormat::Csv),
            "vcard" | "vcf" => Ok(ContactFormat::Vcard),
            other => Err(Error::field(
                "format",
                format!("'{other}' is not a contacts format; use csv or vcard"),
            )),
        }
    }

    /// The file name extension, without its dot.
    pub fn extension(self) -> &'static str {
        match self {
            ContactFormat::Csv => "csv",
            ContactFormat::Vcard => "vcf",
        }
    }
}

/// The entries as a file of `format`: CSV or vCard 3.0.
pub fn export_contacts(contacts: &[Contact], format: ContactFormat) -> Result<Vec<u8>> {
    match format {
        ContactFormat::Csv => export_csv(contacts),
        ContactFormat::Vcard => Ok(export_vcards(contacts).into_bytes()),
    }
}
