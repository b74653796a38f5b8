//! The filters shared by the document list, search and concordance:
//! speaker, kind, language, forum, topic and a date range. They become an
//! SQL `AND …` clause over the documents table aliased `d`, with the values
//! passed as parameters, never spliced into the SQL.

use crate::error::{Error, Result};
use chrono::{Datelike, NaiveDate};
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

    /// The filter as an FTS5 expression over the `facets` column (see
    /// `store::facets`), or `None` when it filters nothing. A date range
    /// becomes the months it covers, up to `last_month`; days at its edges
    /// are checked afterwards with `where_clause`.
    pub(crate) fn facet_expression(&self, last_month: Option<NaiveDate>) -> Result<Option<String>> {
        use super::facets::{month_word, slug};
        self.where_clause()?;
        let mut parts = Vec::new();
        for (prefix, value) in [
            ("xspk", &self.speaker),
            ("xkind", &self.kind),
            ("xlang", &self.language),
            ("xforum", &self.forum),
            ("xtag", &self.topic),
        ] {
            if let Some(v) = value {
                parts.push(format!("facets : {prefix}{}", slug(v)));
            }
        }
        if self.from.is_some() || self.to.is_some() {
            let first = self
                .from
                .unwrap_or_else(|| NaiveDate::from_ymd_opt(1945, 1, 1).unwrap_or_default());
            let last = self.to.or(last_month).unwrap_or(first).max(first);
            let mut months = Vec::new();
            let mut month = first.with_day(1).unwrap_or(first);
            while month <= last && months.len() < 1200 {
                months.push(month_word(month));
                month = month
                    .checked_add_months(chrono::Months::new(1))
                    .unwrap_or(last.succ_opt().unwrap_or(last));
            }
            parts.push(format!("facets : ({})", months.join(" OR ")));
        }
        Ok((!parts.is_empty()).then(|| parts.join(" AND ")))
    }

    /// The `AND …` conditions for this filter and their parameter values.
    pub(crate) fn where_clause(&self) -> Result<(String, Vec<String>)> {
        if let (Some(from), Some(to)) = (self.from, self.to) {
            if from > to {
                return Err(Error::field(
                    "date range",
                    format!("'from' ({from}) is after 'to' ({to})"),
                ));
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
