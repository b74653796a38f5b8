//! The contacts and contact_log tables: the Points of Contact directory.
//! Entries are written whole from checked fields, listed by State, type and
//! name with the filters the directory uses, found by their State (or
//! none), type and email (which the schema holds once), and deleted
//! outright with their log. Whether an entry is current, stale or never
//! verified is read here against a day the caller gives, and whether its
//! State is missing or not in the States table. A log entry that verifies
//! its contact moves "last verified" in the same transaction. An import
//! writes through `ContactImport`, one transaction that a dropped guard
//! rolls back; the mapping a person made for a file's header row is kept
//! under that header's hash. Which values are acceptable is the caller's
//! business (`contacts`).

use super::columns::{now, Day, Named};
use super::Store;
use crate::model::{
    Contact, ContactFields, ContactLogEntry, ContactLogKind, ContactOutcome, Error, PocType,
    Result, StateFlag, Verification,
};
use crate::text::states::canonical_state;
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row, Transaction};

const STALE_MONTHS: &str = "contact_stale_months";

const MAPPING_PREFIX: &str = "contact_mapping:";

const COLUMNS: &str = "id, state, poc_type, full_name, given_name, family_name, position, \
     institution, email, other_emails, phone, languages, time_zone, notes, last_verified, updated_at";

/// `stale_before` is the first day an entry verified on counts as current.
fn contact_from_row(r: &Row, stale_before: NaiveDate) -> rusqlite::Result<Contact> {
    let last_verified = r.get::<_, Option<Day>>("last_verified")?.map(|d| d.0);
    let state: Option<String> = r.get("state")?;
    let state_flag = match &state {
        None => Some(StateFlag::Missing),
        Some(name) if canonical_state(name) != Some(name.as_str()) => Some(StateFlag::Unknown),
        Some(_) => None,
    };
    Ok(Contact {
        id: r.get("id")?,
        fields: ContactFields {
            state,
            poc_type: r.get::<_, Named<PocType>>("poc_type")?.0,
            full_name: r.get("full_name")?,
            given_name: r.get("given_name")?,
            family_name: r.get("family_name")?,
            position: r.get("position")?,
            institution: r.get("institution")?,
            email: r.get("email")?,
            other_emails: r.get("other_emails")?,
            phone: r.get("phone")?,
            languages: r.get("languages")?,
            time_zone: r.get("time_zone")?,
            notes: r.get("notes")?,
            last_verified,
        },
        verification: match last_verified {
            None => Verification::Never,
            Some(day) if day < stale_before => Verification::Stale,
            Some(_) => Verification::Current,
        },
        state_flag,
        updated_at: r.get("updated_at")?,
    })
}

fn not_found(id: i64) -> Error {
    Error::NotFound {
        what: "contact",
        id,
    }
}

/// `%`, `_` and the escape character itself, escaped for `LIKE … ESCAPE '\'`.
fn like_pattern(word: &str) -> String {
    let mut out = String::from("%");
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// A write the unique index refused, said as the duplicate it is.
fn duplicate_or(error: rusqlite::Error, fields: &ContactFields) -> Error {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => Error::field(
            "email",
            format!(
                "{} already has a {} point of contact with the email {}",
                fields
                    .state
                    .as_deref()
                    .unwrap_or("An entry without a State"),
                fields.poc_type.as_str(),
                fields.email.as_deref().unwrap_or_default()
            ),
        ),
        _ => error.into(),
    }
}

fn insert(conn: &Connection, fields: &ContactFields) -> Result<i64> {
    let mut values = vec![Value::Text(uuid::Uuid::new_v4().to_string())];
    values.extend(field_values(fields, &now()));
    conn.prepare_cached(
        "INSERT INTO contacts (key, state, poc_type, full_name, given_name, family_name, \
         position, institution, email, other_emails, phone, languages, time_zone, notes, \
         last_verified, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
    )?
    .execute(params_from_iter(values))
    .map_err(|e| duplicate_or(e, fields))?;
    Ok(conn.last_insert_rowid())
}

fn update(conn: &Connection, id: i64, fields: &ContactFields) -> Result<()> {
    let mut values = vec![Value::Integer(id)];
    values.extend(field_values(fields, &now()));
    let changed = conn
        .prepare_cached(
            "UPDATE contacts SET state = ?2, poc_type = ?3, full_name = ?4, given_name = ?5, \
             family_name = ?6, position = ?7, institution = ?8, email = ?9, other_emails = ?10, \
             phone = ?11, languages = ?12, time_zone = ?13, notes = ?14, last_verified = ?15, \
             updated_at = ?16 WHERE id = ?1",
        )?
        .execute(params_from_iter(values))
        .map_err(|e| duplicate_or(e, fields))?;
    match changed {
        0 => Err(not_found(id)),
        _ => Ok(()),
    }
}

/// An entry's fields as SQL values, in the order of the INSERT and UPDATE
/// above (after the key or id), ending with the time of the write.
fn field_values(fields: &ContactFields, at: &str) -> [Value; 15] {
    let text = |v: &Option<String>| v.clone().map_or(Value::Null, Value::Text);
    [
        text(&fields.state),
        Value::Text(fields.poc_type.as_str().to_owned()),
        Value::Text(fields.full_name.clone()),
        text(&fields.given_name),
        text(&fields.family_name),
        text(&fields.position),
        text(&fields.institution),
        text(&fields.email),
        text(&fields.other_emails),
        text(&fields.phone),
        text(&fields.languages),
        text(&fields.time_zone),
        text(&fields.notes),
        text(&fields.last_verified.map(|d| d.to_string())),
        Value::Text(at.to_owned()),
    ]
}

fn contact(conn: &Connection, id: i64, stale_before: NaiveDate) -> Result<Contact> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM contacts WHERE id = ?1"))?
        .query_row([id], |r| contact_from_row(r, stale_before))
        .optional()?
        .ok_or_else(|| not_found(id))
}

/// The entry of the same State (or none), type and email (ignoring
/// case), or, for `fields` without an email, of the same State, type and
/// full name with no email either.
fn same_entry(conn: &Connection, fields: &ContactFields) -> Result<Option<Contact>> {
    // Two statements, so that each is served by its index.
    let (sql, third) = match &fields.email {
        Some(email) => (
            format!(
                "SELECT {COLUMNS} FROM contacts WHERE coalesce(state, '') = coalesce(?1, '') \
                 COLLATE NOCASE AND poc_type = ?2 AND email = ?3 COLLATE NOCASE"
            ),
            email,
        ),
        None => (
            format!(
                "SELECT {COLUMNS} FROM contacts WHERE state IS ?1 COLLATE NOCASE \
                 AND poc_type = ?2 AND full_name = ?3 COLLATE NOCASE AND email IS NULL \
                 ORDER BY id LIMIT 1"
            ),
            &fields.full_name,
        ),
    };
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(
            params![fields.state, fields.poc_type.as_str(), third],
            |r| contact_from_row(r, NaiveDate::MIN),
        )
        .optional()?)
}

/// A CSV import's transaction: everything it wrote is kept by `commit`,
/// and nothing of it when the guard is dropped.
pub struct ContactImport<'s> {
    tx: Transaction<'s>,
}

impl ContactImport<'_> {
    /// The entry `fields` would double: of the same State, type and email
    /// (ignoring case), or without an email, of the same full name.
    pub fn same_entry(&self, fields: &ContactFields) -> Result<Option<Contact>> {
        same_entry(&self.tx, fields)
    }

    pub fn add(&self, fields: &ContactFields) -> Result<i64> {
        insert(&self.tx, fields)
    }

    pub fn rewrite(&self, id: i64, fields: &ContactFields) -> Result<()> {
        update(&self.tx, id, fields)
    }

    pub fn commit(self) -> Result<()> {
        Ok(self.tx.commit()?)
    }
}

impl Store {
    /// One entry, stale when not verified since `stale_before`.
    pub fn contact(&self, id: i64, stale_before: NaiveDate) -> Result<Contact> {
        contact(&self.conn, id, stale_before)
    }

    /// The entries whose fields hold every one of `words` (ignoring case),
    /// of the State and type given, by State, type and name.
    pub fn contacts(
        &self,
        words: &[&str],
        state: Option<&str>,
        poc_type: Option<PocType>,
        stale_before: NaiveDate,
    ) -> Result<Vec<Contact>> {
        let mut sql = format!(
            "SELECT {COLUMNS} FROM contacts WHERE (?1 IS NULL OR state = ?1 COLLATE NOCASE) \
             AND (?2 IS NULL OR poc_type = ?2)"
        );
        let patterns: Vec<String> = words.iter().map(|w| like_pattern(w)).collect();
        for n in 3..patterns.len() + 3 {
            sql.push_str(&format!(
                " AND (coalesce(state, '') || ' ' || full_name || ' ' || \
                 coalesce(position, '') || ' ' || coalesce(institution, '') || ' ' || \
                 coalesce(email, '') || ' ' || coalesce(other_emails, '') || ' ' || \
                 coalesce(phone, '') || ' ' || coalesce(languages, '') || ' ' || \
                 coalesce(notes, '')) LIKE ?{n} ESCAPE '\\'"
            ));
        }
        sql.push_str(
            " ORDER BY state IS NULL, state COLLATE NOCASE, poc_type, full_name COLLATE NOCASE, id",
        );
        let poc_type = poc_type.map(PocType::as_str);
        let mut bound: Vec<&dyn rusqlite::ToSql> = vec![&state, &poc_type];
        bound.extend(patterns.iter().map(|p| p as &dyn rusqlite::ToSql));
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(bound.as_slice(), |r| contact_from_row(r, stale_before))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Adds an entry; the same State, type and email twice is refused.
    pub fn add_contact(&mut self, fields: &ContactFields) -> Result<i64> {
        insert(&self.conn, fields)
    }

    /// Rewrites entry `id` whole.
    pub fn rewrite_contact(&mut self, id: i64, fields: &ContactFields) -> Result<()> {
        update(&self.conn, id, fields)
    }

    /// Deletes an entry with its log.
    pub fn delete_contact(&mut self, id: i64) -> Result<()> {
        match self
            .conn
            .execute("DELETE FROM contacts WHERE id = ?1", [id])?
        {
            0 => Err(not_found(id)),
            _ => Ok(()),
        }
    }

    /// Starts a CSV import's transaction.
    pub fn begin_contact_import(&mut self) -> Result<ContactImport<'_>> {
        Ok(ContactImport {
            tx: self.conn.transaction()?,
        })
    }

    /// A contact's log, oldest first.
    pub fn contact_log(&self, contact_id: i64) -> Result<Vec<ContactLogEntry>> {
        contact(&self.conn, contact_id, NaiveDate::MIN)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, contact_id, date, kind, outcome, note FROM contact_log \
             WHERE contact_id = ?1 ORDER BY date, id",
        )?;
        let rows = stmt.query_map([contact_id], |r| {
            Ok(ContactLogEntry {
                id: r.get("id")?,
                contact_id: r.get("contact_id")?,
                date: r.get::<_, Day>("date")?.0,
                kind: r.get::<_, Named<ContactLogKind>>("kind")?.0,
                outcome: r.get::<_, Named<ContactOutcome>>("outcome")?.0,
                note: r.get("note")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Logs a call, email or ping test; when it `verifies` the contact,
    /// its last verified day becomes `date` unless it was later already.
    pub fn log_contact(
        &mut self,
        contact_id: i64,
        date: NaiveDate,
        kind: ContactLogKind,
        outcome: ContactOutcome,
        note: Option<&str>,
        verifies: bool,
    ) -> Result<()> {
        let date = date.to_string();
        let tx = self.conn.transaction()?;
        contact(&tx, contact_id, NaiveDate::MIN)?;
        tx.execute(
            "INSERT INTO contact_log (contact_id, date, kind, outcome, note) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![contact_id, date, kind.as_str(), outcome.as_str(), note],
        )?;
        if verifies {
            tx.execute(
                "UPDATE contacts SET last_verified = ?2, updated_at = ?3 WHERE id = ?1 \
                 AND (last_verified IS NULL OR last_verified < ?2)",
                params![contact_id, date, now()],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The months after which an unverified entry is stale, if ever set.
    pub fn contact_stale_months(&self) -> Result<Option<u32>> {
        let value: Option<String> = self
            .conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([STALE_MONTHS], |r| r.get("value"))
            .optional()?;
        Ok(value.and_then(|v| v.parse().ok()))
    }

    pub fn set_contact_stale_months(&mut self, months: u32) -> Result<()> {
        self.conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)",
            params![STALE_MONTHS, months.to_string()],
        )?;
        Ok(())
    }

    /// The mapping a person made for a file whose header row hashes to
    /// `header`, as they saved it (JSON), if any.
    pub fn contact_mapping(&self, header: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([format!("{MAPPING_PREFIX}{header}")], |r| r.get("value"))
            .optional()?)
    }

    /// Keeps the mapping (JSON) for files whose header row hashes to `header`.
    pub fn set_contact_mapping(&mut self, header: &str, mapping: &str) -> Result<()> {
        self.conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)",
            params![format!("{MAPPING_PREFIX}{header}"), mapping],
        )?;
        Ok(())
    }
}
