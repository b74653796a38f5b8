//! Layer 4: the termbase over the store. Its entries, checked and
//! written, and the concepts Plenary ships are in `entries`; terms are
//! found in a text, however it inflects them, by `recognition`; entries
//! leave and enter as TBX (`tbx`) and CSV (`csv_file`).

mod csv_file;
mod entries;
mod recognition;
mod tbx;

pub use csv_file::{export_csv, import_csv, CSV_COLUMNS};
pub use entries::{
    add_concept, checked, edit_concept, merge_entries, new_key, provide_shipped, shipped_concepts,
};
pub use recognition::{TermIndex, TermMatch};
pub use tbx::{export_tbx, import_tbx};

use crate::model::{Concept, Error, Result};

/// The files the termbase is exchanged as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermbaseFormat {
    /// TBX-Basic, TBX v3 (ISO 30042:2019).
    Tbx,
    Csv,
}

impl TermbaseFormat {
    pub fn parse(name: &str) -> Result<Self> {
        match name.trim().to_lowercase().as_str() {
            "tbx" => Ok(TermbaseFormat::Tbx),
            "csv" => Ok(TermbaseFormat::Csv),
            other => Err(Error::field(
                "format",
                format!("'{other}' is not a termbase format; use tbx or csv"),
            )),
        }
    }

    /// The format of a file by its extension (TBX unless it ends in .csv).
    pub fn of_path(path: &std::path::Path) -> Self {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("csv") => TermbaseFormat::Csv,
            _ => TermbaseFormat::Tbx,
        }
    }

    /// The file name extension, without its dot.
    pub fn extension(self) -> &'static str {
        match self {
            TermbaseFormat::Tbx => "tbx",
            TermbaseFormat::Csv => "csv",
        }
    }
}

/// The entries as a file of `format`.
pub fn export_termbase(concepts: &[Concept], format: TermbaseFormat) -> Result<Vec<u8>> {
    match format {
        TermbaseFormat::Tbx => Ok(export_tbx(concepts).into_bytes()),
        TermbaseFormat::Csv => export_csv(concepts),
    }
}
