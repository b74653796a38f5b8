//! Filters as SQL: an `AND …` clause over the documents table aliased `d`,
//! with the values passed as parameters, never spliced into the SQL; and as
//! an FTS5 expression over the facet words (see `facets`).

use crate::model::{Filter, Result};
use chrono::{Datelike, NaiveDate};

/// The filter as an FTS5 expression over the `facets` column (see
/// `store::facets`), or `None` when it filters nothing. A date range
/// becomes the months it covers, up to `last_month`; days at its edges
/// are checked afterwards with `where_clause`.
pub(super) fn facet_expression(
    filter: &Filter,
    last_month: Option<NaiveDate>,
) -> Result<Option<String>> {
    use super::facets::{month_word, slug};
    where_clause(filter)?;
    let mut parts = Vec::new();
    for (prefix, value) in [
        ("xspk", &filter.speaker),
        ("xkind", &filter.kind),
        ("xlang", &filter.language),
        ("xforum", &filter.forum),
        ("xtag", &filter.topic),
    ] {
        if let Some(v) = value {
            parts.push(format!("facets : {prefix}{}", slug(v)));
        }
    }
    if filter.from.is_some() || filter.to.is_some() {
        let first = filter
            .from
            .unwrap_or_else(|| NaiveDate::from_ymd_opt(1945, 1, 1).unwrap_or_default());
        let last = filter.to.or(last_month).unwrap_or(first).max(first);
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
pub(super) fn where_clause(filter: &Filter) -> Result<(String, Vec<String>)> {
    filter.check()?;
    let mut sql = String::new();
    let mut values = Vec::new();
    let mut add = |condition: &str, value: String| {
        values.push(value);
        sql.push_str(&condition.replace('?', &format!("?{}", values.len())));
    };
    if let Some(v) = &filter.speaker {
        add(" AND d.speaker = ? COLLATE NOCASE", v.clone());
    }
    if let Some(v) = &filter.kind {
        add(" AND d.kind = ? COLLATE NOCASE", v.clone());
    }
    if let Some(v) = &filter.language {
        add(" AND d.language = ? COLLATE NOCASE", v.clone());
    }
    if let Some(v) = &filter.forum {
        add(" AND d.forum = ? COLLATE NOCASE", v.clone());
    }
    if let Some(v) = &filter.topic {
        add(
            " AND d.id IN (SELECT dt.document_id FROM document_topics dt JOIN topics t ON t.id = dt.topic_id \
             WHERE t.name = ? COLLATE NOCASE OR t.key = ?)",
            v.clone(),
        );
    }
    if let Some(v) = filter.from {
        add(" AND d.date >= ?", v.to_string());
    }
    if let Some(v) = filter.to {
        add(" AND d.date <= ?", v.to_string());
    }
    Ok((sql, values))
}
