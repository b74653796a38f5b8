//! Facet words: a document's metadata as words in the full-text index
//! ("xspkpakistan", "xkindstatement", "xm202112"), stored with each of its
//! passages, so that search filters are part of the FTS5 query. They are
//! derived data: written at import, rewritten when metadata is corrected,
//! and filled in for every document by the upgrade that introduced them.

use crate::model::{Field, Metadata, Result};
use rusqlite::{params, Connection};

/// Lower-case letters and digits only, so a value is one index word.
pub(super) fn slug(value: &str) -> String {
    crate::text::tokens::tokenize(value)
        .into_iter()
        .map(|t| t.norm.replace('\'', ""))
        .collect()
}

/// The facet words of a document's metadata. Never empty, so "no facets
/// yet" can be told apart.
fn facets_of(meta: &Metadata) -> String {
    let mut words = vec!["xall".to_owned()];
    let mut add = |prefix: &str, value: Option<String>| {
        if let Some(v) = value.as_deref().map(slug).filter(|s| !s.is_empty()) {
            words.push(format!("{prefix}{v}"));
        }
    };
    for (prefix, field) in [
        ("xspk", Field::Speaker),
        ("xkind", Field::Kind),
        ("xlang", Field::Language),
        ("xforum", Field::Forum),
    ] {
        add(prefix, meta.text(field));
    }
    for tag in &meta.tags {
        add("xtag", Some(tag.clone()));
    }
    match meta.date {
        Some(date) => words.push(month_word(date)),
        None => words.push("xnodate".to_owned()),
    }
    words.join(" ")
}

pub(super) fn month_word(date: chrono::NaiveDate) -> String {
    date.format("xm%Y%m").to_string()
}

/// Fills in the facets of every document, from the metadata columns that
/// existed when facets were introduced (migration 0002).
pub(super) fn fill_all(conn: &Connection) -> Result<()> {
    let mut stmt =
        conn.prepare("SELECT id, kind, speaker, forum, language, date FROM documents")?;
    let documents: Vec<(i64, Metadata)> = stmt
        .query_map([], |r| {
            let mut meta = Metadata::default();
            for field in [
                Field::Kind,
                Field::Speaker,
                Field::Forum,
                Field::Language,
                Field::Date,
            ] {
                super::columns::read_field(r, field.name(), &mut meta, field)?;
            }
            Ok((r.get("id")?, meta))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (id, meta) in documents {
        refresh_document(conn, id, &meta)?;
    }
    Ok(())
}

/// The facet words of one document: its metadata's, and its topics' keys
/// as well as their names, so a filter may use either.
pub(super) fn document_facets(
    conn: &Connection,
    document_id: i64,
    meta: &Metadata,
) -> Result<String> {
    let mut facets = facets_of(meta);
    let mut stmt = conn.prepare_cached(
        "SELECT t.key FROM document_topics dt JOIN topics t ON t.id = dt.topic_id WHERE dt.document_id = ?1",
    )?;
    for key in stmt.query_map([document_id], |r| r.get::<_, String>(0))? {
        facets.push_str(&format!(" xtag{}", slug(&key?)));
    }
    Ok(facets)
}

/// Rewrites the facets of one document's passages from its metadata.
pub(super) fn refresh_document(conn: &Connection, document_id: i64, meta: &Metadata) -> Result<()> {
    let facets = document_facets(conn, document_id, meta)?;
    conn.execute(
        "UPDATE passages SET facets = ?1 WHERE document_id = ?2",
        params![facets, document_id],
    )?;
    Ok(())
}
