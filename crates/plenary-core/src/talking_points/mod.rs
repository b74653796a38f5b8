//! Layer 4: talking points over the store: the delegation's short points,
//! tagged by pillar (a topic of the list) and by session (of the calendar),
//! written and searched from the studio's panel and the command line.
//! Inserting one into a draft is recorded like any
//! insertion (`Library::record_insertion`).

use crate::model::{Error, Result, TalkingPoint, TalkingPointInput};
use crate::sessions::session_key;
use crate::store::{PointValues, Store};
use crate::text::values::given;
use crate::topics::topic_name;

/// The longest title, in characters.
const MAX_TITLE_CHARS: usize = 300;

/// The points whose title or text holds every word of `query`, of the
/// pillar and session given (ignoring case), newest first.
pub fn talking_points(
    store: &Store,
    query: Option<&str>,
    pillar: Option<&str>,
    session: Option<&str>,
) -> Result<Vec<TalkingPoint>> {
    let words: Vec<&str> = query.unwrap_or_default().split_whitespace().collect();
    store.talking_points(&words, given(pillar), given(session))
}

/// Creates a point (`id` of `None`) or rewrites one.
pub fn save_talking_point(store: &mut Store, point: &TalkingPointInput) -> Result<TalkingPoint> {
    let title = point.title.trim();
    if title.is_empty() {
        return Err(Error::field("title", "a talking point needs a title"));
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(Error::field(
            "title",
            format!("a title has at most {MAX_TITLE_CHARS} characters"),
        ));
    }
    let text = point.text.trim();
    if text.is_empty() {
        return Err(Error::field("text", "a talking point needs its text"));
    }
    let pillar = given(point.pillar.as_deref())
        .map(|p| topic_name(store, p))
        .transpose()?;
    let session = given(point.session.as_deref())
        .map(|s| session_key(store, s))
        .transpose()?;
    let values = PointValues {
        title,
        text,
        pillar: pillar.as_deref(),
        session: session.as_deref(),
    };
    store.save_talking_point(point.id, &values)
}

pub fn delete_talking_point(store: &mut Store, id: i64) -> Result<()> {
    store.delete_talking_point(id)
}
