//! Helpers shared by the integration tests: the sample library's location
//! and a fresh library with it imported; `drafting` holds the drafting
//! tests' own fixtures.

#![allow(dead_code)]

pub mod drafting;

use plenary_core::model::DocumentSummary;
use plenary_core::Library;
use std::path::PathBuf;

pub fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/samples")
}

/// A fresh in-memory library holding the two sample documents.
pub fn sample_library() -> Library {
    let mut library = Library::open_in_memory().expect("an in-memory library opens");
    let report = library
        .import_paths(&[samples_dir()], |_| {})
        .expect("the samples import");
    assert_eq!(report.imported, 2, "both samples import: {report:?}");
    library
}

pub fn by_kind<'a>(docs: &'a [DocumentSummary], kind: &str) -> &'a DocumentSummary {
    docs.iter()
        .find(|d| d.metadata.kind.map(|k| k.name()) == Some(kind))
        .unwrap_or_else(|| panic!("a document of kind {kind} is in the library"))
}
