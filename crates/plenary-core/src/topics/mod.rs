//! Layer 4: the list of topics over the store. The topics themselves,
//! each name checked, found whatever its case and hyphens, added, renamed,
//! deleted and merged, are `list`; the values of drafts, talking points
//! and commitments on no list (of topics or of sessions) are `unlisted`.

mod list;
mod unlisted;

pub use list::{add_topic, delete_topic, merge_topic, rename_topic, topic_name, topics};
pub use unlisted::unlisted_values;
