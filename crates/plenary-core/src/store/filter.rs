//! The filters shared by the document list, search and concordance:
//! speaker, kind, language, forum, topic and a date range. They become an
//! SQL `AND …` clause over the documents table aliased `d`, with the values
//! passed as parameters, never spliced into the SQL.

use crate::error::{Error, Result};
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
    /// The `AND …` conditions for this filter and their parameter values.
    pub(crate) fn where_clause(&self) -> Result<(String, Vec<String>)> {
        if let (Some(from), Some(to)) = (self.from, self.to) {
            if from > to {
                return Err(Error::field("date range", format!("'from' ({from}) is after 'to' ({to})")));
            }
        }
        let mut sql = String::new();
        let mut values = Vec::new();
        let mut add = |condition: &str, value: String| {
            values.push(value);
            sql.push_str(&condition.replace('?', &format!("?{}", values.len())));
        };
        if let Some(v) = &self.speaker {
            add(" AND d.speaker = ? COLLATE NOCASE", v.clone());
        }
        if let Some(v) = &self.kind {
            add(" AND d.kind = ? COLLATE NOCASE", v.clone());
        }
        if let Some(v) = &self.language {
            add(" AND d.language = ? COLLATE NOCASE", v.clone());
        }
        if let Some(v) = &self.forum {
            add(" AND d.forum = ? COLLATE NOCASE", v.clone());
        }
        if let Some(v) = &self.topic {
            add(
                " AND d.id IN (SELECT dt.document_id FROM document_topics dt JOIN topics t ON t.id = dt.topic_id \
                 WHERE t.name = ? COLLATE NOCASE OR t.key = ?)",
                v.clone(),
            );
        }
        if let Some(v) = self.from {
            add(" AND d.date >= ?", v.to_string());
        }
        if let Some(v) = self.to {
            add(" AND d.date <= ?", v.to_string());
        }
        Ok((sql, values))
    }
}
