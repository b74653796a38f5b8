//! Cells of CSV files as spreadsheets write and read them: the text of a
//! file (UTF-16 or UTF-8 by their byte-order marks, UTF-8, or else
//! Windows-1252; a file that is plainly not text refused, naming what it
//! holds), the delimiter a header row uses, a header cell as a column
//! name, and cells defused so that no spreadsheet takes one for a formula
//! (a leading apostrophe, taken off again on import).

use crate::model::{Error, Result};

pub const BOM: &str = "\u{feff}";

/// What a spreadsheet would read as the start of a formula.
pub fn is_formula_start(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

pub fn defused(cell: &str) -> String {
    match cell.chars().next() {
        Some(c) if is_formula_start(c) || c == '\'' => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

pub fn undefused(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(|c: char| is_formula_start(c) || c == '\'') => rest,
        _ => cell,
    }
}

/// What kind of file `bytes` (its first ones) is, when its opening bytes
/// name a format that is not text (a picture, a PDF, a workbook).
pub fn format_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 6] = [
        (b"\x89PNG", "a PNG picture"),
        (b"\xff\xd8\xff", "a JPEG picture"),
        (b"GIF8", "a GIF picture"),
        (b"%PDF", "a PDF document"),
        (
            b"PK\x03\x04",
            "a ZIP archive, such as an Excel workbook (save it as CSV)",
        ),
        (
            b"\xd0\xcf\x11\xe0",
            "an old Office document, such as an Excel workbook (save it as CSV)",
        ),
    ];
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// What kind of file `bytes` is, when it is plainly not text: a format
/// named by its opening bytes, or a NUL in its first 8 KB.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    format_kind(bytes).or_else(|| {
        bytes[..bytes.len().min(8_192)]
            .contains(&0)
            .then_some("binary data")
    })
}

/// The file's text: UTF-16 or UTF-8 by their byte-order marks, UTF-8,
/// or else Windows-1252.
pub fn decode(path: &str, bytes: &[u8]) -> Result<String> {
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        let (text, _, _) = encoding_rs::UTF_16LE.decode(bytes);
        return Ok(text.into_owned());
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(Error::bad_input(
            path,
            format!("not a CSV file: it holds {kind}"),
        ));
    }
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    Ok(match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    })
}

/// `;` when the header row has more of them than commas, else `,`.
pub fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    match header.matches(';').count() > header.matches(',').count() {
        true => b';',
        false => b',',
    }
}

/// A header cell as a column name: `POC type` is `poc_type`.
pub fn column_name(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .replace([' ', '-'], "_")
}
