//! The files the directory is exported as: CSV (`csv_file`), which
//! imports back as it was, or vCard 3.0 (`vcard`), for address books.

use super::csv_file::export_csv;
use super::vcard::export_vcards;
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
