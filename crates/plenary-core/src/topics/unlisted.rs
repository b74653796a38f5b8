//! The values of drafts, talking points and commitments that are on no
//! list: a session that is not in the calendar, a topic that is not in the
//! list of topics. They were written before the lists existed and matched
//! nothing at the upgrade (or the session was deleted since); a person
//! adds each to its list or merges it into a value on it.

use crate::model::{ListKind, Result, UnlistedValue};
use crate::store::Store;

/// Every value on no list, by list then value, with what holds it.
pub fn unlisted_values(store: &Store) -> Result<Vec<UnlistedValue>> {
    let sessions = store.sessions()?;
    let topics = store.topics()?;
    let listed = |list: ListKind, value: &str| match list {
        ListKind::Session => sessions.iter().any(|s| s.key.eq_ignore_ascii_case(value)),
        ListKind::Topic => topics.iter().any(|t| t.name.eq_ignore_ascii_case(value)),
    };
    let mut unlisted: Vec<UnlistedValue> = Vec::new();
    for list in [ListKind::Session, ListKind::Topic] {
        for (value, held_by) in store.list_values_in_use(list)? {
            if listed(list, &value) {
                continue;
            }
            match unlisted.last_mut() {
                Some(last) if last.list == list && last.value.eq_ignore_ascii_case(&value) => {
                    last.uses.push(held_by)
                }
                _ => unlisted.push(UnlistedValue {
                    list,
                    value,
                    uses: vec![held_by],
                }),
            }
        }
    }
    Ok(unlisted)
}
