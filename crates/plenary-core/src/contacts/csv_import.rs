//! A CSV file of contacts read row by row with the `csv` crate, as a
//! stream: `,`, `;` or a tab between cells (whichever the header row holds
//! most), each row decoded on its own (`file_text::Encoding`), each row's
//! cells read through a mapping into an address book entry. A row is
//! numbered as a spreadsheet shows it (the header is row 1). A row that is
//! not text (a byte the file's encoding cannot read, a NUL) is refused by
//! its number, and so is a row where a quote opened and never closed, which
//! would otherwise swallow the rows after it into one cell. A row longer
//! than `MAX_ROW_BYTES` (such a quote left open over a large file, or a
//! file that is no address book) stops the import at that row, before the
//! row is held in memory. A cell that
//! export defused for spreadsheets gets its apostrophe back off; a cell
//! holding several values (Google's " ::: ", Plenary's "; ") gives each.

use super::address_book::{Email, Entry, Phone};
use super::csv_mapping::label_column;
use super::file_text::TextFile;
use crate::model::{ContactField, ContactMapping, Error, Result};
use crate::text::spreadsheet::undefused;
use csv::ByteRecord;
use std::cell::Cell;
use std::io::{self, Read};
use std::rc::Rc;

/// The longest row read: a row longer than this holds no contact.
pub const MAX_ROW_BYTES: u64 = 1024 * 1024;

/// What the CSV reader may read ahead of the row it is on (its buffer is
/// 8 KiB).
const READ_AHEAD: u64 = 64 * 1024;

/// The file's bytes as the CSV reader reads them, refused once the row
/// being read (it starts at `row_start`, a byte of the stream) has grown
/// past `MAX_ROW_BYTES`, so that no row is held whole however long it is.
struct RowLimit<R> {
    inner: R,
    read: u64,
    row_start: Rc<Cell<u64>>,
}

impl<R: Read> Read for RowLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.read.saturating_sub(self.row_start.get()) > MAX_ROW_BYTES + READ_AHEAD {
            return Err(io::Error::new(io::ErrorKind::InvalidData, RowTooLong));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

/// The error `RowLimit` stops a row with.
#[derive(Debug)]
struct RowTooLong;

impl std::fmt::Display for RowTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the row is longer than {} MB",
            MAX_ROW_BYTES / 1024 / 1024
        )
    }
}

impl std::error::Error for RowTooLong {}

/// The file's rows, each ending where the next starts for `RowLimit`.
struct Rows {
    reader: csv::Reader<RowLimit<Box<dyn Read>>>,
    row_start: Rc<Cell<u64>>,
}

impl Iterator for Rows {
    type Item = csv::Result<ByteRecord>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut record = ByteRecord::new();
        match self.reader.read_byte_record(&mut record) {
            Ok(true) => {
                self.row_start.set(self.reader.position().byte());
                Some(Ok(record))
            }
            Ok(false) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

/// A CSV file of contacts, its header row read.
pub struct CsvContacts<'f> {
    file: &'f TextFile,
    pub headers: Vec<String>,
    delimiter: u8,
}

/// `;` or a tab when the header row holds more of them than commas, else `,`.
fn delimiter(start: &str) -> u8 {
    let header = start.lines().next().unwrap_or_default();
    let count = |c: char| header.matches(c).count();
    [(b'\t', count('\t')), (b';', count(';'))]
        .into_iter()
        .filter(|&(_, n)| n > count(','))
        .max_by_key(|&(_, n)| n)
        .map_or(b',', |(d, _)| d)
}

/// Several values of one cell: Google's " ::: ", or "; ".
fn values(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(" ::: ")
        .flat_map(|v| v.split(';'))
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// A number as Plenary writes it, "+41 22 917 1234 (work)": the number
/// and its kind.
fn number_and_kind(value: &str) -> (&str, Option<&str>) {
    match value.strip_suffix(')').and_then(|v| v.rsplit_once(" (")) {
        Some((number, kind)) if !kind.contains('(') => (number.trim(), Some(kind)),
        _ => (value, None),
    }
}

fn first(slot: &mut Option<String>, value: &str) {
    if slot.is_none() {
        *slot = Some(value.to_owned());
    }
}

/// A row's cells read through `mapping` into an entry.
fn entry_of(cells: &[String], headers: &[String], mapping: &ContactMapping) -> Entry {
    let mut entry = Entry::default();
    for (column, field) in mapping.columns.iter().enumerate() {
        let (Some(field), Some(cell)) = (field, cells.get(column)) else {
            continue;
        };
        let cell = undefused(cell.trim()).trim();
        if cell.is_empty() {
            continue;
        }
        let label = label_column(headers, column)
            .and_then(|l| cells.get(l))
            .map(|l| l.trim())
            .filter(|l| !l.is_empty());
        let starred = label.is_some_and(|l| l.starts_with('*'));
        let kind = match field {
            ContactField::WorkPhone => Some("work"),
            ContactField::MobilePhone => Some("mobile"),
            ContactField::HomePhone => Some("home"),
            ContactField::Fax => Some("fax"),
            _ => label,
        };
        match field {
            ContactField::State => first(&mut entry.state, cell),
            ContactField::PocType => first(&mut entry.poc_type, cell),
            ContactField::FullName => first(&mut entry.full_name, cell),
            ContactField::GivenName => first(&mut entry.given_name, cell),
            ContactField::MiddleName => first(&mut entry.middle_name, cell),
            ContactField::FamilyName => first(&mut entry.family_name, cell),
            ContactField::Position => first(&mut entry.position, cell),
            ContactField::Institution => first(&mut entry.institution, cell),
            ContactField::Languages => first(&mut entry.languages, cell),
            ContactField::TimeZone => first(&mut entry.time_zone, cell),
            ContactField::LastVerified => first(&mut entry.last_verified, cell),
            ContactField::Notes => {
                entry.notes = Some(match entry.notes.take() {
                    Some(before) => format!("{before}\n{cell}"),
                    None => cell.to_owned(),
                })
            }
            ContactField::Email => {
                for (n, address) in values(cell).enumerate() {
                    entry.emails.push(Email {
                        address: address.to_owned(),
                        primary: starred && n == 0,
                    });
                }
            }
            ContactField::Phone
            | ContactField::WorkPhone
            | ContactField::MobilePhone
            | ContactField::HomePhone
            | ContactField::Fax => {
                for (n, value) in values(cell).enumerate() {
                    let (number, written_kind) = number_and_kind(value);
                    entry.phones.push(Phone {
                        number: number.to_owned(),
                        kind: written_kind.or(kind).map(str::to_owned),
                        primary: starred && n == 0,
                    });
                }
            }
        }
    }
    entry
}

/// A record's cells as text, or why the row is not text, naming the
/// column (by its header) that is not.
fn decoded(
    record: &ByteRecord,
    file: &TextFile,
    headers: &[String],
) -> std::result::Result<Vec<String>, String> {
    record
        .iter()
        .enumerate()
        .map(|(column, cell)| {
            file.encoding.decode(cell).map_err(|problem| {
                let n = column + 1;
                match headers.get(column) {
                    Some(header) => format!("column {n} (\"{header}\") {problem}"),
                    None => format!("column {n} {problem}"),
                }
            })
        })
        .collect()
}

impl<'f> CsvContacts<'f> {
    /// The file with its header row read; a header row that is not text,
    /// or none at all, refuses the file.
    pub fn open(file: &'f TextFile) -> Result<CsvContacts<'f>> {
        let mut contacts = CsvContacts {
            file,
            headers: Vec::new(),
            delimiter: delimiter(&file.start),
        };
        let mut records = contacts.records()?;
        let header = records
            .next()
            .transpose()
            .map_err(|e| {
                Error::bad_input(&file.name, format!("the header row cannot be read: {e}"))
            })?
            .ok_or_else(|| Error::bad_input(&file.name, "the file is empty"))?;
        contacts.headers = decoded(&header, file, &[])
            .map_err(|e| Error::bad_input(&file.name, format!("the header row: {e}")))?
            .into_iter()
            .map(|h| h.trim().to_owned())
            .collect();
        Ok(contacts)
    }

    fn records(&self) -> Result<Rows> {
        let row_start = Rc::new(Cell::new(0));
        let limited = RowLimit {
            inner: Box::new(self.file.reader()?) as Box<dyn Read>,
            read: 0,
            row_start: Rc::clone(&row_start),
        };
        Ok(Rows {
            reader: csv::ReaderBuilder::new()
                .delimiter(self.delimiter)
                .flexible(true)
                .has_headers(false)
                .from_reader(limited),
            row_start,
        })
    }

    /// The first `n` rows after the header, as text (a row that is not is
    /// shown empty).
    pub fn first_rows(&self, n: usize) -> Result<Vec<Vec<String>>> {
        let mut rows = Vec::new();
        for record in self.records()?.skip(1).take(n) {
            let record = record.map_err(|e| Error::bad_input(&self.file.name, e.to_string()))?;
            rows.push(decoded(&record, self.file, &self.headers).unwrap_or_default());
        }
        Ok(rows)
    }

    /// Visits each row after the header that is not blank: its number and
    /// its entry, read through `mapping`, or why it is not one.
    pub fn each_entry(
        &self,
        mapping: &ContactMapping,
        mut visit: impl FnMut(u64, std::result::Result<Entry, String>) -> Result<()>,
    ) -> Result<()> {
        let width = self.headers.len();
        for (index, record) in self.records()?.enumerate().skip(1) {
            let row = index as u64 + 1;
            let record = match record {
                Ok(record) => record,
                Err(e) if e.is_io_error() => {
                    return Err(Error::bad_input(
                        &self.file.name,
                        format!(
                            "row {row}: {e}, which no contact is (a quote never closed, or not \
                             an address book?): nothing was imported"
                        ),
                    ));
                }
                Err(e) => {
                    visit(row, Err(format!("not a readable CSV row: {e}")))?;
                    continue;
                }
            };
            // The line breaks inside the record's cells; one that ends its
            // last cell is the end of the file's last line.
            let breaks = record
                .iter()
                .map(|c| c.iter().filter(|&&b| b == b'\n').count())
                .sum::<usize>();
            let last_ends = record
                .iter()
                .next_back()
                .is_some_and(|c| c.ends_with(b"\n"));
            let lines = breaks - usize::from(last_ends);
            if record.len() != width && lines > 0 {
                let line = record.position().map_or(row, |p| p.line());
                visit(
                    row,
                    Err(format!(
                        "a quote opened in this row is never closed, so lines {line} to {} were \
                         read as one row of {} cells (the header has {width}): close the quote \
                         and import again",
                        line + lines as u64,
                        record.len()
                    )),
                )?;
                continue;
            }
            let cells = match decoded(&record, self.file, &self.headers) {
                Ok(cells) => cells,
                Err(problem) => {
                    visit(row, Err(format!("the row is not text: {problem}")))?;
                    continue;
                }
            };
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            visit(row, Ok(entry_of(&cells, &self.headers, mapping)))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plenary_numbers_and_google_multi_values_are_read_apart() {
        assert_eq!(
            number_and_kind("+41 22 917 1234 (work)"),
            ("+41 22 917 1234", Some("work"))
        );
        assert_eq!(
            number_and_kind("+41 22 917 1234"),
            ("+41 22 917 1234", None)
        );
        assert_eq!(
            values("a@x.org ::: b@y.org").collect::<Vec<_>>(),
            ["a@x.org", "b@y.org"]
        );
        assert_eq!(delimiter("a;b;c\n1;2;3"), b';');
        assert_eq!(delimiter("a\tb\tc"), b'\t');
        assert_eq!(delimiter("a,b;c,d"), b',');
    }
}
