//! A contacts file opened as text, streamed and never read whole: only a
//! regular file (after following links) of at most `MAX_FILE_BYTES`, whose
//! first bytes are not a picture, a PDF or a workbook. UTF-16 with a
//! byte-order mark is turned into UTF-8 as it is read (`encoding_rs_io`);
//! a UTF-8 byte-order mark is dropped. Which encoding the rest is in is
//! decided by a first pass over the bytes: UTF-8 when its multi-byte
//! characters outnumber the bytes UTF-8 cannot read (a stray Latin-1 byte
//! then spoils its row alone, which is refused by number), else
//! Windows-1252 (what Outlook for Windows writes). Each row or line is
//! then decoded on its own (`Encoding::decode`).

use crate::model::{Error, Result};
use crate::text::spreadsheet::format_kind;
use encoding_rs_io::DecodeReaderBytesBuilder;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

/// The largest contacts file read, in bytes: a directory of tens of
/// thousands of entries, with room for pictures in a vCard file.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// How the bytes of a row become text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Encoding {
    /// UTF-8 (or UTF-16, already turned into UTF-8): a row that is not
    /// valid UTF-8 is refused.
    Utf8 { from_utf16: bool },
    /// Every byte a character of Windows-1252.
    Windows1252,
}

impl Encoding {
    /// Its name as people know it.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 { from_utf16: false } => "UTF-8",
            Encoding::Utf8 { from_utf16: true } => "UTF-16",
            Encoding::Windows1252 => "Windows-1252",
        }
    }

    /// The text of `bytes`, or why they are not text in this encoding.
    pub fn decode(self, bytes: &[u8]) -> std::result::Result<String, String> {
        let text = match self {
            Encoding::Utf8 { .. } => match std::str::from_utf8(bytes) {
                Ok(text) => text.to_owned(),
                Err(e) => {
                    let at = e.valid_up_to();
                    return Err(format!(
                        "has byte {} (0x{:02X}), which is not UTF-8 like the rest of the file: \
                         save the file again as UTF-8, or fix that character",
                        at + 1,
                        bytes.get(at).copied().unwrap_or(0)
                    ));
                }
            },
            Encoding::Windows1252 => encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        };
        if text.contains('\u{fffd}') && matches!(self, Encoding::Utf8 { from_utf16: true }) {
            return Err("holds a character UTF-16 cannot encode".to_owned());
        }
        match text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        {
            Some(c) => Err(format!(
                "holds the control character U+{:04X}, which no contact holds: is the file text?",
                c as u32
            )),
            None => Ok(text),
        }
    }
}

/// A contacts file, checked and ready to be streamed.
pub struct TextFile {
    pub name: String,
    pub encoding: Encoding,
    /// The first bytes of its text, for telling a vCard file from CSV.
    pub start: String,
    path: std::path::PathBuf,
}

impl TextFile {
    /// Opens `path` after its checks, and decides its encoding.
    pub fn open(path: &Path) -> Result<TextFile> {
        let name = path.display().to_string();
        let metadata = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if !metadata.is_file() {
            return Err(Error::bad_input(
                &name,
                "not a regular file: import a saved contacts file",
            ));
        }
        if metadata.len() > MAX_FILE_BYTES {
            return Err(Error::bad_input(
                &name,
                format!(
                    "the file is {:.0} MB; a contacts file may hold at most {} MB",
                    metadata.len() as f64 / 1e6,
                    MAX_FILE_BYTES / 1024 / 1024
                ),
            ));
        }
        let mut head = Vec::with_capacity(8192);
        File::open(path)
            .map_err(|e| Error::io(path, e))?
            .take(8192)
            .read_to_end(&mut head)
            .map_err(|e| Error::io(path, e))?;
        if let Some(kind) = format_kind(&head) {
            return Err(Error::bad_input(
                &name,
                format!("not a contacts file: it holds {kind}"),
            ));
        }
        let from_utf16 = head.starts_with(b"\xff\xfe") || head.starts_with(b"\xfe\xff");
        let encoding = match from_utf16 || head.starts_with(b"\xef\xbb\xbf") {
            true => Encoding::Utf8 { from_utf16 },
            false => sniff(path)?,
        };
        let mut file = TextFile {
            name,
            encoding,
            start: String::new(),
            path: path.to_owned(),
        };
        let mut start = Vec::with_capacity(4096);
        file.reader()?
            .take(4096)
            .read_to_end(&mut start)
            .map_err(|e| Error::io(path, e))?;
        file.start = String::from_utf8_lossy(&start).into_owned();
        Ok(file)
    }

    /// The file's bytes from its start, UTF-16 turned into UTF-8 and a
    /// byte-order mark dropped, at most `MAX_FILE_BYTES` of them.
    pub fn reader(&self) -> Result<impl Read> {
        let file = File::open(&self.path).map_err(|e| Error::io(&self.path, e))?;
        Ok(DecodeReaderBytesBuilder::new()
            .bom_sniffing(true)
            .utf8_passthru(true)
            .strip_bom(true)
            .build(BufReader::new(file.take(MAX_FILE_BYTES))))
    }
}

/// UTF-8 or Windows-1252, by a pass over the whole file: UTF-8 when its
/// multi-byte characters outnumber the bytes UTF-8 cannot read.
fn sniff(path: &Path) -> Result<Encoding> {
    let mut file = BufReader::new(
        File::open(path)
            .map_err(|e| Error::io(path, e))?
            .take(MAX_FILE_BYTES),
    );
    let (mut characters, mut strays) = (0u64, 0u64);
    let non_ascii = |text: &str| text.chars().filter(|c| !c.is_ascii()).count() as u64;
    let mut chunk = vec![0u8; 64 * 1024];
    let mut pending: Vec<u8> = Vec::new();
    loop {
        let read = file.read(&mut chunk).map_err(|e| Error::io(path, e))?;
        pending.extend_from_slice(&chunk[..read]);
        let mut rest: &[u8] = &pending;
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    characters += non_ascii(text);
                    rest = &[];
                    break;
                }
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    characters += std::str::from_utf8(valid).map_or(0, non_ascii);
                    match e.error_len() {
                        Some(len) => {
                            strays += 1;
                            rest = &after[len..];
                        }
                        // A character cut by the end of the chunk, read
                        // whole with the next one; at the end, a stray.
                        None if read > 0 => {
                            rest = after;
                            break;
                        }
                        None => {
                            strays += 1;
                            rest = &[];
                            break;
                        }
                    }
                }
            }
        }
        pending = rest.to_vec();
        if read == 0 {
            break;
        }
    }
    Ok(match strays == 0 || characters > strays {
        true => Encoding::Utf8 { from_utf16: false },
        false => Encoding::Windows1252,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_row_is_decoded_on_its_own() {
        let utf8 = Encoding::Utf8 { from_utf16: false };
        assert_eq!(utf8.decode("Zoë Müller".as_bytes()).unwrap(), "Zoë Müller");
        assert!(utf8
            .decode(b"Zo\xeb M\xfcller")
            .unwrap_err()
            .starts_with("has byte 3 (0xEB), which is not UTF-8"));
        assert_eq!(
            Encoding::Windows1252.decode(b"Zo\xeb M\xfcller").unwrap(),
            "Zoë Müller"
        );
        assert!(utf8.decode(b"Zo\x00e").unwrap_err().contains("U+0000"));
    }

    #[test]
    fn the_file_decides_between_utf8_and_windows_1252() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, bytes: &[u8]| {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            TextFile::open(&path).unwrap().encoding
        };
        let mut mostly_utf8 = "Zoë Müller,Čapek\n".repeat(50).into_bytes();
        mostly_utf8.extend_from_slice(b"Jos\xe9\n");
        assert_eq!(
            write("utf8.csv", &mostly_utf8),
            Encoding::Utf8 { from_utf16: false }
        );
        assert_eq!(
            write("ansi.csv", b"Jos\xe9 N\xfa\xf1ez\nZo\xeb\n"),
            Encoding::Windows1252
        );
        assert_eq!(
            write("bom.csv", b"\xef\xbb\xbfJos\xe9\n"),
            Encoding::Utf8 { from_utf16: false }
        );
    }
}
