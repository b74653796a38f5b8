//! Reading one file into a `RawDocument`: the size limit, the format by file
//! extension (a Word or PDF file goes to its reader), binary detection, and
//! text decoding (UTF-8, UTF-16 with a BOM, or Windows-1252 with a warning).
//! Every refusal names the problem in words a desk officer understands; the
//! caller adds the file's path.

use super::{docx, html, pdf};

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// The formats Plenary imports, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Text,
    Docx,
    Html,
    Pdf,
}

impl Format {
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "txt" | "text" => Some(Format::Text),
            "docx" => Some(Format::Docx),
            "html" | "htm" => Some(Format::Html),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Text => "text",
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }
}

pub const SUPPORTED: &str = ".md, .markdown, .txt, .docx, .html, .htm or .pdf";

/// A file's content as Markdown (front matter still at its top).
#[derive(Debug, Clone)]
pub struct RawDocument {
    pub format: Format,
    pub markdown: String,
    pub warnings: Vec<String>,
}

/// Turns a file's bytes into Markdown, or says why it cannot.
pub fn read(format: Format, bytes: &[u8]) -> Result<RawDocument, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("the file is empty".to_owned());
    }
    let mut warnings = Vec::new();
    let markdown = match format {
        Format::Docx => docx::docx_to_markdown(bytes)?,
        Format::Pdf => pdf::pdf_to_markdown(bytes, &mut warnings)?,
        Format::Markdown | Format::Text | Format::Html => {
            if let Some(kind) = binary_kind(bytes) {
                return Err(format!(
                    "this is a binary file ({kind}), not text; Plenary reads {SUPPORTED} files"
                ));
            }
            let text = decode(bytes, &mut warnings);
            if format == Format::Html {
                html::html_to_markdown(&text)
            } else {
                text
            }
        }
    };
    if markdown.trim().is_empty() {
        return Err("the file has no readable text".to_owned());
    }
    Ok(RawDocument {
        format,
        markdown,
        warnings,
    })
}

/// Names the kind of a binary file by its first bytes, or by a NUL byte.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive or Office document"),
        (b"GIF8", "a GIF image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"\xD0\xCF\x11\xE0", "an old-style Office document"),
        (b"\x7FELF", "a program"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(kind);
    }
    let head = &bytes[..bytes.len().min(8192)];
    let utf16 = head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF");
    (!utf16 && head.contains(&0)).then_some("it contains NUL bytes")
}

fn decode(bytes: &[u8], warnings: &mut Vec<String>) -> String {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding.decode_with_bom_removal(bytes).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(e) => {
            warnings.push(format!(
                "the file is not valid UTF-8 (first bad byte at offset {}); it was read as Windows-1252",
                e.valid_up_to()
            ));
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_is_decoded_with_a_warning() {
        let doc = read(Format::Text, b"Caf\xe9 d\xe9claration \x93quoted\x94").unwrap();
        assert_eq!(doc.markdown, "Café déclaration “quoted”");
        assert_eq!(doc.warnings.len(), 1);
    }

    #[test]
    fn binaries_and_empty_files_are_refused() {
        let png = read(Format::Markdown, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
        assert!(png.contains("PNG"), "{png}");
        assert!(read(Format::Text, b"  \n\n").unwrap_err().contains("empty"));
        assert!(read(Format::Text, b"abc\0def").unwrap_err().contains("NUL"));
    }

    #[test]
    fn utf16_with_a_bom_is_text() {
        let bytes: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hi".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(read(Format::Text, &bytes).unwrap().markdown, "Hi");
    }
}
