//! The Word document (being written).

use super::body::Paragraph;
use super::DraftForExport;
use crate::model::{Error, Result};

pub(super) fn write(_draft: &DraftForExport, _paragraphs: &[Paragraph]) -> Result<Vec<u8>> {
    Err(Error::field("format", "docx export is not ready yet"))
}
