//! The agreed_texts table: which documents are marked as agreed texts, and
//! under which symbol. Marking a marked document again replaces its symbol;
//! a deleted document's mark is not listed.

use super::columns::now;
use super::Store;
use crate::model::{AgreedText, Error, Result};
use rusqlite::{params, Row};

fn agreed_from_row(r: &Row) -> rusqlite::Result<AgreedText> {
    Ok(AgreedText {
        document_id: r.get("document_id")?,
        symbol: r.get("symbol")?,
        title: r.get("title")?,
        date: r.get("date")?,
        marked_at: r.get("marked_at")?,
    })
}

const AGREED_COLUMNS: &str = "SELECT a.document_id, a.symbol, a.marked_at, d.title, d.date \
     FROM agreed_texts a JOIN documents d ON d.id = a.document_id WHERE d.deleted_at IS NULL";

impl Store {
    /// Marks a document (which must exist) as an agreed text cited as
    /// `symbol`, or gives a marked one a new symbol.
    pub fn mark_agreed(&mut self, document_id: i64, symbol: &str) -> Result<AgreedText> {
        self.document_exists(document_id)?;
        self.conn.execute(
            "INSERT INTO agreed_texts (document_id, symbol, marked_at) VALUES (?1, ?2, ?3) \
             ON CONFLICT (document_id) DO UPDATE SET symbol = excluded.symbol",
            params![document_id, symbol, now()],
        )?;
        self.agreed_text(document_id)?.ok_or(Error::NotFound {
            what: "agreed text",
            id: document_id,
        })
    }

    /// Takes the mark off a document; `NotFound` when it was not marked.
    pub fn unmark_agreed(&mut self, document_id: i64) -> Result<()> {
        match self.conn.execute(
            "DELETE FROM agreed_texts WHERE document_id = ?1",
            [document_id],
        )? {
            0 => Err(Error::NotFound {
                what: "agreed text",
                id: document_id,
            }),
            _ => Ok(()),
        }
    }

    /// The mark of one document, if it has one.
    pub fn agreed_text(&self, document_id: i64) -> Result<Option<AgreedText>> {
        let sql = format!("{AGREED_COLUMNS} AND a.document_id = ?1");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query_map([document_id], agreed_from_row)?;
        Ok(rows.next().transpose()?)
    }

    /// Every agreed text, by symbol.
    pub fn agreed_texts(&self) -> Result<Vec<AgreedText>> {
        let sql = format!("{AGREED_COLUMNS} ORDER BY a.symbol, a.document_id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], agreed_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
