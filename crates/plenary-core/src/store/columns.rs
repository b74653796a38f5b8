//! How values are kept in columns: times, days, byte offsets, names of
//! the model's small enums, and a document's metadata fields, each read
//! back into its type.

use crate::model::{Field, Metadata};
use rusqlite::Row;

/// Now, as stored in `*_at` columns.
pub(super) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A text column read in place, without copying it.
pub(super) fn text_ref<'r>(
    row: &'r rusqlite::Row,
    column: impl rusqlite::RowIndex,
) -> rusqlite::Result<&'r str> {
    match row.get_ref(column)? {
        rusqlite::types::ValueRef::Text(bytes) => {
            Ok(std::str::from_utf8(bytes).unwrap_or_default())
        }
        _ => Ok(""),
    }
}

/// A stored byte offset, never negative.
pub(super) fn offset(
    row: &rusqlite::Row,
    column: impl rusqlite::RowIndex,
) -> rusqlite::Result<usize> {
    Ok(row.get::<_, i64>(column)?.max(0) as usize)
}

/// A value stored as one of its names (see `model::names`).
pub(super) struct Named<T>(pub T);

trait NamedValue: Sized {
    fn from_name(name: &str) -> Option<Self>;
}

impl<T: NamedValue> rusqlite::types::FromSql for Named<T> {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let name = value.as_str()?;
        T::from_name(name).map(Named).ok_or_else(|| {
            rusqlite::types::FromSqlError::Other(format!("unknown value '{name}'").into())
        })
    }
}

macro_rules! named_values {
    ($($type:ident),+) => {
        $(impl NamedValue for crate::model::$type {
            fn from_name(name: &str) -> Option<Self> {
                crate::model::$type::parse(name)
            }
        })+
    };
}

named_values!(
    PocType,
    ContactLogKind,
    ContactOutcome,
    CommitmentKind,
    CommitmentStatus,
    TermStatus,
    ChangeKind
);

/// A day stored as `YYYY-MM-DD`.
pub(super) struct Day(pub chrono::NaiveDate);

impl rusqlite::types::FromSql for Day {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let text = value.as_str()?;
        chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Day)
            .map_err(|e| {
                rusqlite::types::FromSqlError::Other(format!("'{text}' is not a day: {e}").into())
            })
    }
}

/// Reads one field's column into `meta`. A stored value the field can no
/// longer hold is read as empty rather than failing the whole row.
pub(super) fn read_field(
    row: &Row,
    column: impl rusqlite::RowIndex,
    meta: &mut Metadata,
    field: Field,
) -> rusqlite::Result<()> {
    let value: Option<String> = row.get(column)?;
    if meta.set_text(field, value.as_deref()).is_err() {
        let _ = meta.set_text(field, None);
    }
    Ok(())
}
