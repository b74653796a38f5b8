//! Reading and parsing one file without touching the library: its format
//! by extension (a link's by the file it leads to), its bytes into
//! Markdown (`read`), front matter, passages, and the metadata heuristics
//! for the fields front matter left open. Only a regular file is read (a
//! named pipe would never end, a device might not either), and never more
//! than `read::MAX_FILE_BYTES` of it, whatever its size said.

use super::{front_matter, metadata, read, Format};
use crate::model::{Error, Field, Layout, Metadata, Result};
use crate::text::{self, PassageDraft};
use std::io::Read;
use std::path::Path;

/// A file read and parsed, ready to be written.
#[derive(Debug, Clone)]
pub struct PreparedDocument {
    pub source_path: String,
    pub format: Format,
    pub content_hash: String,
    pub markdown: String,
    pub layout: Layout,
    pub passages: Vec<PassageDraft>,
    pub metadata: Metadata,
    /// Fields that came from front matter rather than heuristics.
    pub front_matter_fields: Vec<Field>,
    /// Fields the heuristics inferred from context rather than read.
    pub inferred_fields: Vec<Field>,
    pub warnings: Vec<String>,
}

/// Reads and parses one file.
pub fn prepare_file(path: &Path) -> Result<PreparedDocument> {
    let shown = path.display().to_string();
    regular_file(path)?;
    // A link is judged by the file it leads to.
    let target = match path.is_symlink() {
        true => std::fs::canonicalize(path).map_err(|e| Error::io(path, e))?,
        false => path.to_path_buf(),
    };
    let format = target
        .extension()
        .and_then(|e| e.to_str())
        .and_then(Format::from_extension)
        .ok_or(Error::UnsupportedFormat {
            path: shown.clone(),
            supported: read::SUPPORTED,
        })?;
    let bytes = read_capped(path)?;
    prepare_bytes(&shown, format, &bytes)
}

fn not_a_file(path: &Path) -> Error {
    Error::bad_input(
        &path.display().to_string(),
        "not a regular file (a named pipe, a device or a socket); Plenary imports files only",
    )
}

/// Refuses anything at `path` but a regular file (after links). Asked
/// before the file is opened: opening a named pipe waits for a writer.
fn regular_file(path: &Path) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    match meta.is_file() {
        true => Ok(()),
        false => Err(not_a_file(path)),
    }
}

/// The bytes of the file at `path` (found regular a moment ago), refused
/// when it is no longer one or is larger than `read::MAX_FILE_BYTES`.
fn read_capped(path: &Path) -> Result<Vec<u8>> {
    let shown = path.display().to_string();
    let too_large = |size: u64| {
        Error::bad_input(
            &shown,
            format!(
                "the file is {:.1} MB; Plenary imports files of at most {} MB",
                size as f64 / 1e6,
                read::MAX_FILE_BYTES / 1024 / 1024
            ),
        )
    };
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    // The file opened is still one (not a pipe that took its name since).
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(not_a_file(path));
    }
    if meta.len() > read::MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(read::MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > read::MAX_FILE_BYTES {
        // It grew while it was read.
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Reads and parses a file's bytes; `name` is used in messages.
pub fn prepare_bytes(name: &str, format: Format, bytes: &[u8]) -> Result<PreparedDocument> {
    let raw = read::read(format, bytes).map_err(|p| Error::bad_input(name, p))?;
    let content_hash = blake3::hash(raw.markdown.as_bytes()).to_hex().to_string();
    let parts = front_matter::split(&raw.markdown);
    let mut warnings = raw.warnings.clone();
    let (mut metadata, front_matter_fields) = match parts.yaml {
        Some(yaml) => {
            let (meta, fields, mut unknown) =
                front_matter::parse(yaml).map_err(|p| Error::bad_input(name, p))?;
            warnings.append(&mut unknown);
            (meta, fields)
        }
        None => (Metadata::default(), Vec::new()),
    };
    let layout = layout_for(raw.format, parts.yaml.is_some(), parts.body);
    let (passages, inferred_fields) = analyse(name, parts.body, layout, &mut metadata)?;
    Ok(PreparedDocument {
        source_path: name.to_owned(),
        format: raw.format,
        content_hash,
        markdown: parts.body.to_owned(),
        layout,
        passages,
        metadata,
        front_matter_fields,
        inferred_fields,
        warnings,
    })
}

/// The layout a body is read in: Markdown when front matter, a Word
/// document or a web page says where paragraphs end; otherwise the one its
/// lines show.
pub fn layout_for(format: Format, front_matter: bool, body: &str) -> Layout {
    match (front_matter, format) {
        (true, _) | (false, Format::Docx | Format::Html) => Layout::Markdown,
        _ => text::layout::detect(body),
    }
}

/// Cuts a body into passages in `layout` and fills the fields `metadata`
/// leaves open from them, giving the passages and the fields the heuristics
/// inferred rather than read: what an import does after reading a file, and
/// what a re-analysis does again from the stored text.
pub fn analyse(
    name: &str,
    body: &str,
    layout: Layout,
    metadata: &mut Metadata,
) -> Result<(Vec<PassageDraft>, Vec<Field>)> {
    let passages = text::passages(body, layout);
    if passages.is_empty() {
        return Err(Error::bad_input(name, "the file has no paragraphs of text"));
    }
    let inferred = metadata::infer(&passages);
    // A field is inferred only where the heuristics, not front matter, fill it.
    let inferred_fields: Vec<Field> = inferred
        .inferred
        .into_iter()
        .filter(|f| metadata.text(*f).is_none())
        .collect();
    metadata.fill_from(inferred.metadata);
    if metadata.title.is_none() {
        metadata.title = Path::new(name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned());
    }
    Ok((passages, inferred_fields))
}
