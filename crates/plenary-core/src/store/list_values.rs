//! The values drafts, talking points and commitments take from the two
//! lists (a session's key, a topic's name), across their three tables:
//! every value in use with what holds it, and one value rewritten as
//! another everywhere (a merge or a rename), each commitment changed
//! keeping the change in its history. At the upgrade that made them lists
//! (migration 0020), the values already written that match a list's entry
//! are rewritten as it; the others stay as written, for a person to sort
//! out.

use super::columns::now;
use crate::model::{ListKind, Result, UseKind, ValueUse};
use crate::text::values::list_form;
use rusqlite::{params, Connection, Transaction};
use std::collections::HashMap;

/// The column of each table that holds a list's values, and the column
/// that names a row of it.
fn columns(list: ListKind) -> [(UseKind, &'static str, &'static str, &'static str); 3] {
    match list {
        ListKind::Session => [
            (UseKind::Draft, "drafts", "session", "title"),
            (UseKind::TalkingPoint, "talking_points", "session", "title"),
            (UseKind::Commitment, "commitments", "session", "text"),
        ],
        ListKind::Topic => [
            (UseKind::Draft, "drafts", "topic", "title"),
            (UseKind::TalkingPoint, "talking_points", "pillar", "title"),
            (UseKind::Commitment, "commitments", "topic", "text"),
        ],
    }
}

/// Every value of `list` in use, with the row holding it, by value.
pub(super) fn values_in_use(conn: &Connection, list: ListKind) -> Result<Vec<(String, ValueUse)>> {
    let mut found = Vec::new();
    for (kind, table, column, title) in columns(list) {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT id, {column} AS value, {title} AS title FROM {table} \
             WHERE {column} IS NOT NULL ORDER BY {column} COLLATE NOCASE, id"
        ))?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>("value")?,
                ValueUse {
                    kind,
                    id: r.get("id")?,
                    title: r.get("title")?,
                },
            ))
        })?;
        found.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
    }
    found.sort_by_key(|a| a.0.to_lowercase());
    Ok(found)
}

/// Rewrites `from` (ignoring case) as `into` wherever `list`'s values are
/// held, keeping each commitment's change in its history with `note`.
/// Gives back how many rows changed.
pub(super) fn rewrite(
    tx: &Transaction,
    list: ListKind,
    from: &str,
    into: &str,
    note: &str,
) -> Result<u64> {
    let field = match list {
        ListKind::Session => "session",
        ListKind::Topic => "topic",
    };
    let at = now();
    tx.execute(
        &format!(
            "INSERT INTO commitment_history \
             (commitment_id, field, old_value, new_value, status, changed_at, note) \
             SELECT id, '{field}', {field}, ?2, status, ?3, ?4 FROM commitments \
             WHERE {field} = ?1 COLLATE NOCASE AND {field} IS NOT ?2"
        ),
        params![from, into, at, note],
    )?;
    let mut changed = 0;
    for (_, table, column, _) in columns(list) {
        changed += tx.execute(
            &format!(
                "UPDATE {table} SET {column} = ?2, updated_at = ?3 \
                 WHERE {column} = ?1 COLLATE NOCASE AND {column} IS NOT ?2"
            ),
            params![from, into, at],
        )? as u64;
    }
    Ok(changed)
}

/// At the upgrade to lists: each value already written that names an
/// entry of its list (a session by its key or its only name, a topic by
/// its name, whatever the case, hyphens and punctuation) is rewritten as
/// that entry. The others are left as written.
pub(super) fn map_to_lists(tx: &Transaction) -> Result<()> {
    let mut sessions: HashMap<String, Option<String>> = HashMap::new();
    {
        let mut stmt = tx.prepare("SELECT key, name FROM sessions")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (key, name) = row?;
            sessions.insert(list_form(&key), Some(key.clone()));
            // A name two sessions share names neither.
            sessions
                .entry(list_form(&name))
                .and_modify(|k| {
                    if k.as_deref() != Some(key.as_str()) {
                        *k = None
                    }
                })
                .or_insert(Some(key));
        }
    }
    let mut topics: HashMap<String, Option<String>> = HashMap::new();
    {
        let mut stmt = tx.prepare("SELECT name FROM topics")?;
        for name in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let name = name?;
            topics.insert(list_form(&name), Some(name));
        }
    }
    for (list, entries) in [(ListKind::Session, &sessions), (ListKind::Topic, &topics)] {
        let written: Vec<String> = values_in_use(tx, list)?
            .into_iter()
            .map(|(value, _)| value)
            .collect();
        for value in written {
            if let Some(Some(entry)) = entries.get(&list_form(&value)) {
                if *entry != value {
                    for (_, table, column, _) in columns(list) {
                        tx.execute(
                            &format!("UPDATE {table} SET {column} = ?2 WHERE {column} = ?1"),
                            params![value, entry],
                        )?;
                    }
                }
            }
        }
    }
    Ok(())
}
