//! The ordered list of schema migrations. Each file in `migrations/` is
//! applied once, in order, inside a transaction; a shipped file is never
//! edited, so a new change is a new file appended here.

use rusqlite_migration::{HookError, Migrations, M};

pub(super) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("../../migrations/0001_library.sql")),
        M::up_with_hook(
            include_str!("../../migrations/0002_search_facets.sql"),
            |tx: &rusqlite::Transaction| {
                super::facets::fill_all(tx).map_err(|e| HookError::Hook(e.to_string()))?;
                Ok(tx.execute_batch("INSERT INTO passages_fts (passages_fts) VALUES ('rebuild')")?)
            },
        ),
        M::up(include_str!(
            "../../migrations/0003_search_index_triggers.sql"
        )),
        M::up(include_str!("../../migrations/0004_document_texts.sql")),
        M::up(include_str!(
            "../../migrations/0005_batched_search_index.sql"
        )),
        M::up(include_str!("../../migrations/0006_document_layout.sql")),
        M::up(include_str!("../../migrations/0007_inferred_fields.sql")),
        M::up(include_str!("../../migrations/0008_drafting.sql")),
        M::up(include_str!(
            "../../migrations/0009_speaker_filter_index.sql"
        )),
        M::up(include_str!("../../migrations/0010_contacts.sql")),
        M::up(include_str!(
            "../../migrations/0011_commitments_sessions.sql"
        )),
        M::up(include_str!("../../migrations/0012_agreed_texts.sql")),
        M::up(include_str!(
            "../../migrations/0013_search_index_hash_size.sql"
        )),
        M::up(include_str!("../../migrations/0014_termbase.sql")),
        M::up(include_str!("../../migrations/0015_draft_language.sql")),
        M::up(include_str!("../../migrations/0016_clearance.sql")),
        M::up_with_hook(
            include_str!("../../migrations/0017_contacts_from_address_books.sql"),
            |tx: &rusqlite::Transaction| {
                super::contact_states::canonical_states(tx)
                    .map_err(|e| HookError::Hook(e.to_string()))
            },
        ),
        M::up(include_str!("../../migrations/0018_commitment_history.sql")),
        M::up(include_str!("../../migrations/0019_calendar_oewg_2019.sql")),
        M::up_with_hook(
            include_str!("../../migrations/0020_topics.sql"),
            |tx: &rusqlite::Transaction| {
                super::list_values::map_to_lists(tx).map_err(|e| HookError::Hook(e.to_string()))
            },
        ),
    ])
}

/// The schema version the migrations bring a library to (its
/// `user_version`), read from an empty library brought up to date.
pub(super) fn latest_version() -> crate::model::Result<i64> {
    let mut conn = rusqlite::Connection::open_in_memory()?;
    migrations().to_latest(&mut conn)?;
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}
