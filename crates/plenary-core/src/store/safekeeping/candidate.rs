//! Checking a backup before it takes the library's place.
//!
//! Contract: `check` works on a copy of the backup (the checks write), and
//! accepts it only when it is a whole Plenary library this version can
//! use as it is: it opens (with its passphrase when it is encrypted), it
//! holds Plenary's tables, its schema version is no newer than this
//! Plenary's, it passes SQLite's integrity check, the migrations bring it
//! up to date, and then its schema is exactly the one a new library has:
//! the same tables with the same columns, the same indexes, and the same
//! triggers and views, each with the same SQL, and nothing else (no
//! trigger or view of anyone else's), and the search indexes match the
//! passages. A refusal names the backup and what differs. The copy is left
//! up to date, in one file (no `-wal`), ready to be put in place.

use super::key::{self, Cipher};
use crate::model::{Error, Result};
use crate::store::schema;
use crate::store::Store;
use rusqlite::{Connection, OpenFlags};
use std::collections::BTreeMap;
use std::path::Path;

/// At most this many differences are named in a refusal.
const NAMED: usize = 6;

/// A table's column: name, type, not null, default, primary key.
type Column = (String, String, bool, Option<String>, i64);

/// What a schema object is made of: a table's columns, or, for anything
/// else (an index, a trigger, a view, a virtual table), its SQL with its
/// spacing evened out.
#[derive(PartialEq)]
enum Shape {
    Columns(Vec<Column>),
    Sql(String),
}

/// Every object in a database's schema but SQLite's own, by type and name.
type Schema = BTreeMap<(String, String), Shape>;

/// Checks the copy `copy` of `backup` (see the module comment), unlocking
/// it with `passphrase` when it is encrypted; its key, if it is.
pub fn check(copy: &Path, backup: &Path, passphrase: Option<&str>) -> Result<Option<Cipher>> {
    let shown = backup.display().to_string();
    let refuse = |problem: String| Error::bad_input(&shown, problem);
    let mut conn = Connection::open_with_flags(copy, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    let cipher = key::unlock(&conn, copy, passphrase).map_err(|e| match e {
        Error::InvalidField { field, problem } => Error::InvalidField {
            field,
            problem: problem.replace(&copy.display().to_string(), &shown),
        },
        other => other,
    })?;
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('documents', 'passages')",
            [],
            |r| r.get(0),
        )
        .map_err(|e| refuse(format!("not a Plenary library ({e})")))?;
    if tables != 2 {
        return Err(refuse(
            "not a Plenary library: it holds no documents".into(),
        ));
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let latest = schema::latest_version()?;
    if version > latest {
        return Err(refuse(format!(
            "made by a newer Plenary (schema {version}; this one knows up to {latest})"
        )));
    }
    let file: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if file != "ok" {
        return Err(refuse(format!("the backup is damaged: {file}")));
    }
    // One file, no -wal beside it, once the connection closes.
    conn.pragma_update(None, "journal_mode", "DELETE")?;
    schema::migrations().to_latest(&mut conn).map_err(|e| {
        // SQLite's own words, without the whole migration's SQL.
        let why = match e {
            rusqlite_migration::Error::RusqliteError {
                err: rusqlite::Error::SqlInputError { msg, .. },
                ..
            }
            | rusqlite_migration::Error::RusqliteError {
                err: rusqlite::Error::SqliteFailure(_, Some(msg)),
                ..
            } => msg,
            other => other.to_string().lines().next().unwrap_or("").to_owned(),
        };
        refuse(format!(
            "it says it is schema {version}, but it cannot be brought up to date from there ({why})"
        ))
    })?;
    let mut expected = Connection::open_in_memory()?;
    schema::migrations().to_latest(&mut expected)?;
    let differences = differences(&shape(&conn)?, &shape(&expected)?);
    if !differences.is_empty() {
        let more = differences.len().saturating_sub(NAMED);
        let mut named: Vec<String> = differences.into_iter().take(NAMED).collect();
        if more > 0 {
            named.push(format!("and {more} more differences"));
        }
        return Err(refuse(format!(
            "not a library Plenary can restore: its schema is not Plenary's ({})",
            named.join("; ")
        )));
    }
    let store = Store::over_connection(conn, cipher.clone());
    match store.integrity_check()? {
        ok if ok == "ok" => Ok(cipher),
        problem => Err(refuse(format!("the backup is damaged: {problem}"))),
    }
}

/// The schema of the database on `conn` (see `Shape`).
fn shape(conn: &Connection) -> Result<Schema> {
    let mut objects = conn.prepare(
        "SELECT type, name, coalesce(sql, '') AS sql FROM sqlite_master \
         WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
    )?;
    let rows = objects.query_map([], |r| {
        Ok((
            r.get::<_, String>("type")?,
            r.get::<_, String>("name")?,
            r.get::<_, String>("sql")?,
        ))
    })?;
    let mut columns = conn.prepare(
        "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid",
    )?;
    let mut schema = Schema::new();
    for row in rows {
        let (kind, name, sql) = row?;
        let plain_table = kind == "table" && !sql.to_uppercase().starts_with("CREATE VIRTUAL");
        let shape = if plain_table {
            Shape::Columns(
                columns
                    .query_map([&name], |r| {
                        Ok((
                            r.get("name")?,
                            r.get("type")?,
                            r.get("notnull")?,
                            r.get("dflt_value")?,
                            r.get("pk")?,
                        ))
                    })?
                    .collect::<rusqlite::Result<_>>()?,
            )
        } else {
            Shape::Sql(sql.split_whitespace().collect::<Vec<_>>().join(" "))
        };
        schema.insert((kind, name), shape);
    }
    Ok(schema)
}

/// What `found` has that `expected` lacks, lacks that it has, or has
/// otherwise, in words.
fn differences(found: &Schema, expected: &Schema) -> Vec<String> {
    let mut said = Vec::new();
    for ((kind, name), shape) in expected {
        match found.get(&(kind.clone(), name.clone())) {
            None => said.push(format!("it lacks the {kind} {name}")),
            Some(Shape::Columns(have)) => {
                if let Shape::Columns(want) = shape {
                    said.extend(column_differences(name, have, want));
                }
            }
            Some(other) if other != shape => {
                said.push(format!("the {kind} {name} differs from Plenary's"))
            }
            Some(_) => {}
        }
    }
    for (kind, name) in found.keys() {
        if !expected.contains_key(&(kind.clone(), name.clone())) {
            said.push(format!(
                "it has a {kind} {name} that Plenary's libraries do not have"
            ));
        }
    }
    said
}

fn column_differences(table: &str, have: &[Column], want: &[Column]) -> Vec<String> {
    let mut said = Vec::new();
    for column in want {
        match have.iter().find(|c| c.0 == column.0) {
            None => said.push(format!("the table {table} lacks the column {}", column.0)),
            Some(c) if c != column => said.push(format!(
                "the column {} of the table {table} is declared differently",
                column.0
            )),
            Some(_) => {}
        }
    }
    for column in have {
        if !want.iter().any(|c| c.0 == column.0) {
            said.push(format!(
                "the table {table} has a column {} that Plenary's does not have",
                column.0
            ));
        }
    }
    said
}
