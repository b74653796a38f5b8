//! The delegation's commitments: each checked before it is stored (a text,
//! a session of the calendar, named by key or name, a topic of the list, a
//! source passage that exists), created open, its fields (a due date, an owner …) changed with
//! or without a note, and moved from status to status, every change kept
//! in its history; listed by the views the desk uses (by status, overdue,
//! due by the next session, by topic, of a statement), and read with its
//! history and the later statements that repeat its source passage. One
//! due after its session's last day is flagged, not refused.

use crate::model::{
    Commitment, CommitmentDetail, CommitmentFilter, CommitmentInput, CommitmentStatus, Error,
    Result,
};
use crate::sessions;
use crate::store::{CommitmentQuery, Store};
use crate::text::values::given_owned;
use crate::topics;
use chrono::NaiveDate;

/// The longest text of a commitment, in characters.
const MAX_TEXT_CHARS: usize = 4_000;

/// The longest owner or note, in characters.
const MAX_FIELD_CHARS: usize = 2_000;

fn at_most(field: &str, value: Option<String>, limit: usize) -> Result<Option<String>> {
    match value {
        Some(v) if v.chars().count() > limit => Err(Error::field(
            field,
            format!("a value has at most {limit} characters"),
        )),
        other => Ok(other),
    }
}

/// The input as stored: trimmed, empty fields `None`, the session named by
/// its key, each field checked; the first problem is the error, named by
/// its field.
pub fn checked(store: &Store, input: &CommitmentInput) -> Result<CommitmentInput> {
    let text = at_most("text", given_owned(Some(&input.text)), MAX_TEXT_CHARS)?
        .ok_or_else(|| Error::field("text", "a commitment needs its text"))?;
    let session = match given_owned(input.session.as_deref()) {
        Some(named) => Some(sessions::session_key(store, &named)?),
        None => None,
    };
    if let Some(passage_id) = input.source_passage_id {
        store.commitment_source(passage_id)?;
    }
    Ok(CommitmentInput {
        id: input.id,
        text,
        kind: input.kind,
        owner: at_most(
            "owner",
            given_owned(input.owner.as_deref()),
            MAX_FIELD_CHARS,
        )?,
        due_on: input.due_on,
        session,
        topic: match given_owned(input.topic.as_deref()) {
            Some(named) => Some(topics::topic_name(store, &named)?),
            None => None,
        },
        source_passage_id: input.source_passage_id,
    })
}

/// Creates a commitment (open, the first row of its history, with `note`)
/// when `input.id` is `None`, or rewrites commitment `id`'s fields,
/// leaving its status as it is: each field changed is kept in its
/// history, `note` with them (or alone, when nothing changed).
pub fn save_commitment(
    store: &mut Store,
    input: &CommitmentInput,
    note: Option<&str>,
    today: NaiveDate,
) -> Result<Commitment> {
    let input = checked(store, input)?;
    let note = at_most("note", given_owned(note), MAX_FIELD_CHARS)?;
    let id = match input.id {
        Some(id) => {
            store.rewrite_commitment(id, &input, note.as_deref())?;
            id
        }
        None => store.add_commitment(&input, None, note.as_deref())?,
    };
    store.commitment(id, today)
}

/// Moves a commitment to `status`, keeping the change with its date and note.
pub fn set_status(
    store: &mut Store,
    id: i64,
    status: CommitmentStatus,
    note: Option<&str>,
    today: NaiveDate,
) -> Result<Commitment> {
    let note = at_most("note", given_owned(note), MAX_FIELD_CHARS)?;
    store.set_commitment_status(id, status, note.as_deref())?;
    store.commitment(id, today)
}

/// The commitments `filter` lets through: overdue first, then by due date
/// (none last), then newest first.
pub fn commitments(
    store: &Store,
    filter: &CommitmentFilter,
    today: NaiveDate,
) -> Result<Vec<Commitment>> {
    let next = match filter.due_by_next_session {
        true => sessions::next_session(store, today)?,
        false => None,
    };
    let topic = given_owned(filter.topic.as_deref())
        .map(|named| topics::topic_name(store, &named).unwrap_or(named));
    // A session since deleted from the calendar is still matched by the
    // key its commitments hold.
    let session = given_owned(filter.session.as_deref())
        .map(|named| sessions::session_key(store, &named).unwrap_or(named));
    let query = CommitmentQuery {
        id: None,
        status: filter.status,
        overdue: filter.overdue,
        due_by: filter
            .due_by_next_session
            .then(|| sessions::due_by_next(next.as_ref())),
        topic: topic.as_deref(),
        session: session.as_deref(),
        document_id: filter.document_id,
    };
    store.commitments(&query, today)
}

/// A commitment with its status history, oldest first, and the later
/// passages that repeat its source (its reuse links), oldest first.
pub fn commitment_detail(store: &Store, id: i64, today: NaiveDate) -> Result<CommitmentDetail> {
    let commitment = store.commitment(id, today)?;
    let history = store.commitment_history(id)?;
    let repeats = match &commitment.source {
        Some(source) => store.repeats_of(source.passage_id)?,
        None => Vec::new(),
    };
    Ok(CommitmentDetail {
        commitment,
        history,
        repeats,
    })
}
