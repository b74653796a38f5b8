//! The podium reading copy (being written).

use super::body::Paragraph;
use super::DraftForExport;
use crate::model::{Error, Result};

pub(super) fn html(_draft: &DraftForExport, _paragraphs: &[Paragraph]) -> Result<String> {
    Err(Error::field("format", "the reading copy is not ready yet"))
}
