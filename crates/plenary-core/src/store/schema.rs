//! The ordered list of schema migrations. Each file in `migrations/` is
//! applied once, in order, inside a transaction; a shipped file is never
//! edited, so a new change is a new file appended here.

use rusqlite_migration::{Migrations, M};

pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("../../migrations/0001_library.sql")),
        M::up(include_str!("../../migrations/0002_search_facets.sql")),
    ])
}
