//! The filters shared by the document list, search, concordance, reuse and
//! the phrase bank: speaker, kind, language, forum, topic and a date range.
//! How they become SQL is the store's business (`store::filter`).

use super::error::{Error, Result};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Filter {
    pub speaker: Option<String>,
    pub kind: Option<String>,
    pub language: Option<String>,
    pub forum: Option<String>,
    /// A topic or tag, by name or key.
    pub topic: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Filter {
    /// True when the filter lets every document through.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Refuses a date range that ends before it starts.
    pub fn check(&self) -> Result<()> {
        match (self.from, self.to) {
            (Some(from), Some(to)) if from > to => Err(Error::field(
                "date range",
                format!("'from' ({from}) is after 'to' ({to})"),
            )),
            _ => Ok(()),
        }
    }
}
