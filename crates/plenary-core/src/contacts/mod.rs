//! Layer 4: the Points of Contact directory over the store. Its entries,
//! each checked, and their contact log are `directory`. Entries come in
//! from address books (`import`): a file opened as a checked stream of text
//! (`file_text`), read as CSV (`csv_import`, through a mapping of its
//! columns, `csv_mapping`) or as vCards (`vcard_import`), each entry made
//! into the directory's fields (`address_book`). They leave as CSV
//! (`csv_file`) or vCards (`vcard`), by `export`.

mod address_book;
mod csv_file;
mod csv_import;
mod csv_mapping;
mod directory;
mod export;
mod file_text;
mod import;
mod vcard;
mod vcard_import;

pub use csv_file::CSV_COLUMNS;
pub use directory::{
    add_contact, checked, contact, contact_log, contacts, edit_contact, email_problem, log_contact,
    set_stale_months, stale_before, stale_months, state_name, DEFAULT_STALE_MONTHS,
};
pub use export::{export_contacts, ContactFormat};
pub use file_text::MAX_FILE_BYTES;
pub use import::{import, preview};
pub use vcard_import::MAX_CARD_BYTES;
