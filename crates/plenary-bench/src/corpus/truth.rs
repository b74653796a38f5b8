//! The ground truth of a synthetic corpus: which sentence reuses which,
//! one JSON line per reused sentence in `ground-truth.jsonl`, and the file
//! names of the documents it points at.

use serde::{Deserialize, Serialize};
use std::io::{self, BufRead};
use std::path::Path;

/// One reused sentence: where it stands and the first occurrence it copies.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ReuseTruth {
    pub target_doc: String,
    pub target_paragraph: u32,
    pub target_sentence: u32,
    pub source_doc: String,
    pub source_paragraph: u32,
    pub source_sentence: u32,
    /// "verbatim" (same word tokens) or "light" (a few words changed).
    pub edit: String,
    pub cross_speaker: bool,
}

/// The ground truth's file name inside the corpus directory.
pub const GROUND_TRUTH_FILE: &str = "ground-truth.jsonl";

/// The file name of the document at 0-based position `index` in date order.
pub fn document_name(index: usize) -> String {
    format!("d{:05}.md", index + 1)
}

/// Reads `ground-truth.jsonl` back.
pub fn read_ground_truth(dir: &Path) -> io::Result<Vec<ReuseTruth>> {
    let file = io::BufReader::new(std::fs::File::open(dir.join(GROUND_TRUTH_FILE))?);
    let mut out = Vec::new();
    for line in file.lines() {
        let line = line?;
        if !line.trim().is_empty() {
            out.push(
                serde_json::from_str(&line)
                    .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?,
            );
        }
    }
    Ok(out)
}
