//! The termbase as CSV, read and written with the `csv` crate: one row per
//! term, under a header row naming `CSV_COLUMNS`; the rows of a concept
//! share its key in the `concept` column, and its subject is taken from
//! the first of them that gives one.
//!
//! Export writes UTF-8 with a byte-order mark and defuses cells a
//! spreadsheet would take for formulas, as the contacts' CSV does
//! (`text::spreadsheet`). Import reads the same encodings and delimiters;
//! the header must name at least `concept`, `language` and `term`. A row
//! with a language other than the six or an unknown status is left out
//! and reported with its row number (the header is row 1); the entries are
//! then merged by key in one transaction.

use super::entries::{merge_entries, ReadEntry};
use crate::model::{
    Concept, ConceptFields, Error, Language, Result, Term, TermStatus, TermbaseImportReport,
};
use crate::store::Store;
use crate::text::spreadsheet::{column_name, decode, defused, delimiter, undefused, BOM};
use std::path::Path;

/// The columns of the CSV file, in the order export writes them.
pub const CSV_COLUMNS: [&str; 6] = ["concept", "subject", "language", "status", "term", "note"];

const REQUIRED: [&str; 3] = ["concept", "language", "term"];

/// The entries as a CSV file's bytes.
pub fn export_csv(concepts: &[Concept]) -> Result<Vec<u8>> {
    let mut out = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    let failed = |e: csv::Error| Error::bad_input("CSV export", e.to_string());
    out.write_record(CSV_COLUMNS).map_err(failed)?;
    for concept in concepts {
        let subject = concept.fields.subject.clone().unwrap_or_default();
        for term in &concept.fields.terms {
            let cells = [
                concept.key.as_str(),
                subject.as_str(),
                term.language.code(),
                term.status.as_str(),
                term.text.as_str(),
                term.note.as_deref().unwrap_or_default(),
            ];
            out.write_record(cells.iter().map(|c| defused(c)))
                .map_err(failed)?;
        }
    }
    out.into_inner()
        .map_err(|e| Error::bad_input("CSV export", e.to_string()))
}

/// Imports a CSV file of terms: entries merged by key.
pub fn import_csv(store: &mut Store, path: &Path) -> Result<TermbaseImportReport> {
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
    let column = |wanted: &str| {
        CSV_COLUMNS
            .iter()
            .position(|c| *c == wanted)
            .and_then(|i| at[i])
    };
    if let Some(missing) = REQUIRED.iter().find(|r| column(r).is_none()) {
        return Err(Error::bad_input(
            &name,
            format!(
                "no column named {missing}: the header row must name the columns ({})",
                CSV_COLUMNS.join(", ")
            ),
        ));
    }
    let mut entries: Vec<ReadEntry> = Vec::new();
    let mut skipped = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                skipped.push(format!("{name}: row {row}: not a readable CSV row: {e}"));
                continue;
            }
        };
        let cell = |wanted: &str| {
            column(wanted)
                .and_then(|i| record.get(i))
                .map(|c| undefused(c.trim()).trim().to_owned())
                .unwrap_or_default()
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let (key, text) = (cell("concept"), cell("term"));
        let language = Language::parse(&cell("language"));
        let status = match cell("status") {
            s if s.is_empty() => Some(TermStatus::Admitted),
            s => TermStatus::parse(&s),
        };
        let problem = match (&language, status) {
            _ if key.is_empty() => Some("no concept key".to_owned()),
            (Err(e), _) => Some(e.clone()),
            (_, None) => Some(format!(
                "'{}' is not a status; use {}",
                cell("status"),
                TermStatus::names()
            )),
            _ => None,
        };
        if let Some(problem) = problem {
            skipped.push(format!("{name}: row {row}: {problem}; left out"));
            continue;
        }
        let (Ok(language), Some(status)) = (language, status) else {
            continue;
        };
        let note = Some(cell("note")).filter(|n| !n.is_empty());
        let term = Term {
            language,
            text,
            status,
            note,
        };
        let subject = Some(cell("subject")).filter(|s| !s.is_empty());
        match entries.iter_mut().find(|e| e.key == key) {
            Some(entry) => {
                entry.fields.subject = entry.fields.subject.take().or(subject);
                entry.fields.terms.push(term);
            }
            None => entries.push(ReadEntry {
                place: format!("{name}: row {row} (concept '{key}')"),
                key,
                fields: ConceptFields {
                    subject,
                    terms: vec![term],
                },
            }),
        }
    }
    merge_entries(store, entries, skipped)
}
