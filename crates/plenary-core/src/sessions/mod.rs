//! Layer 4: the calendar of sessions over the store. The sessions
//! themselves, checked, found by key or name, merged, and the next one, are
//! `calendar`; a session's page and the home view's summary are `pages`;
//! the calendar exported as an iCalendar file is `calendar_file`.

mod calendar;
mod calendar_file;
mod pages;

pub use calendar::{
    checked_session, delete_session, due_by_next, merge_session, next_session, save_session,
    session, session_key, session_title,
};
pub use calendar_file::export_calendar;
pub use pages::{desk_agenda, session_file};
