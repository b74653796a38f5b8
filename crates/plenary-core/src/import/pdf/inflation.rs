//! Checks that a PDF's compressed streams cannot inflate without measure.
//!
//! Contract: `check_file` (on the file's bytes, before the reader parses
//! them) and `check_inflation` (on a parsed document whose streams were
//! encrypted in the file and are decrypted by then) refuse, with a short description, a PDF holding a
//! stream (other than an image, which is never read for text) that decodes
//! to more than `MAX_STREAM` bytes, or whose streams together decode to more
//! than `MAX_TOTAL`. A few hundred kilobytes of Flate or LZW data can stand
//! for gigabytes. The reader decodes object streams whole while it parses
//! the file, and a page's content whole before it reads a glyph: the PDF
//! counterpart of a ZIP bomb. Each stream is decoded here through its
//! filters in order, each stage stopping one byte past the limit, so the
//! check itself costs at most the limit in memory. On the raw file a stream
//! is found by its `stream` keyword and its filters read from the
//! dictionary before it; its data runs until its decoder's own end marker.
//! A stream whose data or filter cannot be decoded is left to the reader,
//! whose failures are caught.

use flate2::read::{DeflateDecoder, ZlibDecoder};
use pdf_extract::{Dictionary, Document, Object};
use std::io::{Read, Write};

/// The most one stream may decode to. A page of text, however dense, is a
/// few hundred kilobytes of drawing operators; a page of detailed vector
/// graphics a few megabytes.
const MAX_STREAM: usize = 32 << 20;
/// The most all of a document's streams may decode to together.
const MAX_TOTAL: usize = 256 << 20;
const MB: usize = 1 << 20;

/// How far before a `stream` keyword its dictionary is looked for.
const DICTIONARY_REACH: usize = 4096;

/// Refuses a file whose streams decode past the limits, before the reader
/// parses it (see the module comment).
pub(crate) fn check_file(bytes: &[u8]) -> Result<(), String> {
    let mut tally = Tally::default();
    let mut from = 0;
    while let Some(found) = find(&bytes[from..], b"stream") {
        let at = from + found;
        from = at + b"stream".len();
        let ended = at >= 3 && &bytes[at - 3..at] == b"end";
        let data = match &bytes[from..] {
            [b'\r', b'\n', rest @ ..] | [b'\n', rest @ ..] if !ended => rest,
            _ => continue,
        };
        let start = at.saturating_sub(DICTIONARY_REACH);
        let before = &bytes[start..at];
        let dictionary = match rfind(before, b"obj") {
            Some(obj) => &before[obj..],
            None => before,
        };
        if mentions(dictionary, b"/Image") {
            continue;
        }
        let filters = filters_named(dictionary);
        let names: Vec<&[u8]> = filters.iter().map(Vec::as_slice).collect();
        // Only a decoder knows where its data ends here; a stream that
        // starts with no expanding filter is bounded by the file itself.
        if !matches!(names.first(), Some(&(b"FlateDecode" | b"LZWDecode"))) {
            continue;
        }
        let stored = find(data, b"endstream").unwrap_or(data.len());
        tally.add(decoded_size(&names, data), stored, None)?;
    }
    Ok(())
}

/// Refuses a parsed document whose streams decode past the limits.
pub(crate) fn check_inflation(document: &Document) -> Result<(), String> {
    let mut tally = Tally::default();
    for (&(number, _), object) in &document.objects {
        let Object::Stream(stream) = object else {
            continue;
        };
        if is_image(&stream.dict) {
            continue;
        }
        let size = match stream.filters() {
            Ok(filters) => decoded_size(&filters, &stream.content),
            Err(_) => stream.content.len(),
        };
        tally.add(size, stream.content.len(), Some(number))?;
    }
    Ok(())
}

/// What a document's streams decode to, so far.
#[derive(Default)]
struct Tally(usize);

impl Tally {
    /// Counts one stream of `stored` bytes that decodes to `size`.
    fn add(&mut self, size: usize, stored: usize, number: Option<u32>) -> Result<(), String> {
        if size > MAX_STREAM {
            let which = number.map_or_else(|| "a".to_owned(), |n| format!("object {n}, a"));
            return Err(format!(
                "this PDF holds {which} compressed stream of {} that decodes to more than {} MB, \
                 more than any page of text needs; Plenary does not read such a file",
                kilobytes(stored),
                MAX_STREAM / MB
            ));
        }
        self.0 += size;
        if self.0 > MAX_TOTAL {
            return Err(format!(
                "the compressed streams of this PDF decode to more than {} MB together, more than \
                 any document of text needs; Plenary does not read such a file",
                MAX_TOTAL / MB
            ));
        }
        Ok(())
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

fn mentions(dictionary: &[u8], name: &[u8]) -> bool {
    find(dictionary, name).is_some_and(|at| {
        // A whole name: "/Image", not "/ImageMask" or "/ImageB".
        !dictionary
            .get(at + name.len())
            .is_some_and(|b| b.is_ascii_alphanumeric())
    })
}

/// The filters a raw dictionary names after `/Filter`: one name, or an
/// array of them, in decoding order.
fn filters_named(dictionary: &[u8]) -> Vec<Vec<u8>> {
    let Some(at) = find(dictionary, b"/Filter") else {
        return Vec::new();
    };
    let rest = &dictionary[at + b"/Filter".len()..];
    let rest = rest.trim_ascii_start();
    let (list, single) = match rest.strip_prefix(b"[") {
        Some(inner) => (&inner[..find(inner, b"]").unwrap_or(inner.len())], false),
        None => (rest, true),
    };
    let names = list
        .split(|b| *b == b'/')
        .skip(1)
        .map(|name| {
            name.iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .copied()
                .collect::<Vec<u8>>()
        })
        .filter(|name| !name.is_empty());
    match single {
        true => names.take(1).collect(),
        false => names.collect(),
    }
}

fn kilobytes(bytes: usize) -> String {
    format!("{} KB", bytes.div_ceil(1024))
}

fn is_image(dict: &Dictionary) -> bool {
    dict.get(b"Subtype")
        .and_then(Object::as_name)
        .is_ok_and(|name| name == b"Image")
}

/// What `data` decodes to through `filters`, in bytes, counted up to one
/// past `MAX_STREAM`; as far as decoding got when a filter fails or is
/// unknown. A stream with no filter is as long as its data.
fn decoded_size(filters: &[&[u8]], data: &[u8]) -> usize {
    let mut decoded: Option<Vec<u8>> = None;
    for filter in filters {
        let input = decoded.as_deref().unwrap_or(data);
        decoded = Some(match *filter {
            b"FlateDecode" => inflate(input),
            b"LZWDecode" => unshrink(input),
            // The others never make data longer than it was (ASCII85,
            // hex) or are not decoded by the reader at all.
            _ => return input.len(),
        });
    }
    decoded.map_or(data.len(), |d| d.len())
}

/// Flate data decoded up to one byte past `MAX_STREAM`, as the reader
/// decodes it: zlib, or raw deflate after the two-byte header when the zlib
/// reading gives nothing.
fn inflate(data: &[u8]) -> Vec<u8> {
    let inflated = read_bounded(ZlibDecoder::new(data));
    match inflated.is_empty() && data.len() > 2 {
        true => read_bounded(DeflateDecoder::new(&data[2..])),
        false => inflated,
    }
}

/// LZW data (most significant bit first, as PDF writes it) decoded up to
/// one byte past `MAX_STREAM`.
fn unshrink(data: &[u8]) -> Vec<u8> {
    let mut out = Bounded(Vec::new());
    let mut decoder = weezl::decode::Decoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
    let _ = decoder.into_stream(&mut out).decode_all(data);
    out.0
}

/// Reads until the end, an error, or one byte past `MAX_STREAM`.
fn read_bounded(reader: impl Read) -> Vec<u8> {
    let mut out = Vec::new();
    let _ = reader.take(MAX_STREAM as u64 + 1).read_to_end(&mut out);
    out
}

/// A buffer that refuses to grow past one byte over `MAX_STREAM`.
struct Bounded(Vec<u8>);

impl Write for Bounded {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let room = (MAX_STREAM + 1).saturating_sub(self.0.len());
        if room == 0 {
            return Err(std::io::Error::other("past the limit"));
        }
        let taken = bytes.len().min(room);
        self.0.extend_from_slice(&bytes[..taken]);
        Ok(taken)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
