//! The settings table (key/value rows) and the draft_templates table. The
//! drafter's `Settings` are read with their defaults for any key never
//! written or no longer readable, and written whole; templates are listed
//! by name and created or replaced by name. Which values are acceptable is
//! the caller's business (`draft::settings`, `draft::templates`).

use super::columns::now;
use super::Store;
use crate::model::{InsertMode, Result, Settings, Template};
use rusqlite::params;

const DELEGATION: &str = "delegation";
const USER_NAME: &str = "user_name";
const WORDS_PER_MINUTE: &str = "words_per_minute";
const INSERT_MODE: &str = "insert_mode";

fn insert_mode_name(mode: InsertMode) -> &'static str {
    match mode {
        InsertMode::ReplaceSentence => "replace_sentence",
        InsertMode::AtCursor => "at_cursor",
    }
}

impl Store {
    /// The drafter's settings, defaults filling what was never set.
    pub fn settings(&self) -> Result<Settings> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT key, value FROM settings")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>("key")?, r.get::<_, String>("value")?))
        })?;
        let mut settings = Settings::default();
        for row in rows {
            let (key, value) = row?;
            match key.as_str() {
                DELEGATION => settings.delegation = Some(value),
                USER_NAME => settings.user_name = Some(value),
                WORDS_PER_MINUTE => {
                    if let Ok(n) = value.parse() {
                        settings.words_per_minute = n;
                    }
                }
                INSERT_MODE => {
                    if let Some(mode) = [InsertMode::ReplaceSentence, InsertMode::AtCursor]
                        .into_iter()
                        .find(|m| insert_mode_name(*m) == value)
                    {
                        settings.insert_mode = mode;
                    }
                }
                _ => {}
            }
        }
        Ok(settings)
    }

    /// Writes every setting in one transaction.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        let tx = self.conn.transaction()?;
        for (key, value) in [
            (DELEGATION, &settings.delegation),
            (USER_NAME, &settings.user_name),
        ] {
            match value {
                Some(value) => tx.execute(
                    "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)",
                    params![key, value],
                )?,
                None => tx.execute("DELETE FROM settings WHERE key = ?1", [key])?,
            };
        }
        for (key, value) in [
            (WORDS_PER_MINUTE, settings.words_per_minute.to_string()),
            (
                INSERT_MODE,
                insert_mode_name(settings.insert_mode).to_owned(),
            ),
        ] {
            tx.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)",
                params![key, value],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The stored templates, by name.
    pub fn templates(&self) -> Result<Vec<Template>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT name, body FROM draft_templates ORDER BY name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Template {
                name: r.get("name")?,
                body: r.get("body")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Creates a template, or replaces the one of the same name (ignoring case).
    pub fn save_template(&mut self, template: &Template) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "DELETE FROM draft_templates WHERE name = ?1",
            [&template.name],
        )?;
        tx.execute(
            "INSERT INTO draft_templates (name, body, updated_at) VALUES (?1, ?2, ?3)",
            params![template.name, template.body, now()],
        )?;
        tx.commit()?;
        Ok(())
    }
}
