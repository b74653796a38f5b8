//! The list of topics that drafts, talking points and commitments are
//! tagged with. A topic given for one of them must be on the list: it is
//! found whatever its case, hyphens and punctuation ("confidence building
//! measures" is "Confidence-building measures"), and one that is not is
//! refused with the closest names, so a person adds it explicitly. A topic
//! in use is not deleted but merged into another, its uses with it.

use crate::model::{Error, Result, Topic};
use crate::store::Store;
use crate::text::values::{closest, list_form};

/// The longest topic, in characters.
const MAX_CHARS: usize = 200;

/// Every topic, by name, with its uses.
pub fn topics(store: &Store) -> Result<Vec<Topic>> {
    store.topics()
}

/// The topic of the list that `given` names, as the list writes it.
pub fn topic_name(store: &Store, given: &str) -> Result<String> {
    let given = given.trim();
    if let Some(name) = store.topic(given)? {
        return Ok(name);
    }
    let listed = store.topics()?;
    let wanted = list_form(given);
    if let Some(topic) = listed.iter().find(|t| list_form(&t.name) == wanted) {
        return Ok(topic.name.clone());
    }
    let near = closest(given, listed.iter().map(|t| t.name.as_str()));
    let hint = match near.as_slice() {
        [] => String::new(),
        names => format!(" (closest: {})", names.join("; ")),
    };
    Err(Error::field(
        "topic",
        format!("there is no topic '{given}' in the list of topics; add it first{hint}"),
    ))
}

/// A new topic's name: trimmed, not empty, not too long.
fn checked_name(name: &str) -> Result<&str> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::field("topic", "a topic needs a name"));
    }
    if name.chars().count() > MAX_CHARS {
        return Err(Error::field(
            "topic",
            format!("a topic has at most {MAX_CHARS} characters"),
        ));
    }
    Ok(name)
}

/// Adds a topic to the list; one already there (whatever its case and
/// hyphens) is refused, naming it.
pub fn add_topic(store: &mut Store, name: &str) -> Result<String> {
    let name = checked_name(name)?;
    if let Ok(listed) = topic_name(store, name) {
        return Err(Error::field(
            "topic",
            format!("'{listed}' is already in the list of topics"),
        ));
    }
    store.add_topic(name, &list_form(name).replace(' ', "-"))?;
    Ok(name.to_owned())
}

/// Renames a topic; every draft, point and commitment tagged with it
/// follows.
pub fn rename_topic(store: &mut Store, from: &str, to: &str) -> Result<String> {
    let from = topic_name(store, from)?;
    let to = checked_name(to)?;
    if let Ok(other) = topic_name(store, to) {
        if other != from {
            return Err(Error::field(
                "topic",
                format!("'{other}' is already in the list of topics: merge into it instead"),
            ));
        }
    }
    store.rename_topic(&from, to)?;
    Ok(to.to_owned())
}

/// Deletes a topic that nothing is tagged with.
pub fn delete_topic(store: &mut Store, name: &str) -> Result<()> {
    let name = topic_name(store, name)?;
    let uses = store
        .topics()?
        .into_iter()
        .find(|t| t.name == name)
        .map_or(0, |t| t.uses);
    if uses > 0 {
        return Err(Error::field(
            "topic",
            format!("'{name}' tags {uses} drafts, points or commitments: merge it into another topic instead"),
        ));
    }
    store.delete_topic(&name)?;
    Ok(())
}

/// Merges `from` (a topic of the list, or a value on no list that
/// something is tagged with) into the topic `into`: every use of `from`
/// becomes `into`, and `from` leaves the list. Gives back how many
/// drafts, points and commitments changed.
pub fn merge_topic(store: &mut Store, from: &str, into: &str) -> Result<u64> {
    let into = topic_name(store, into)?;
    let from = from.trim();
    let listed = store.topic(from)?.is_some();
    let in_use = store
        .list_values_in_use(crate::model::ListKind::Topic)?
        .iter()
        .any(|(value, _)| value.eq_ignore_ascii_case(from));
    if !listed && !in_use {
        return Err(Error::field(
            "from",
            format!("nothing is tagged '{from}' and no topic has that name"),
        ));
    }
    if from.eq_ignore_ascii_case(&into) {
        return Err(Error::field("into", "a topic is merged into another one"));
    }
    store.merge_topic(from, &into)
}
