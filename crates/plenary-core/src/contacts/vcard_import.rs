//! A vCard file read card by card, as a stream: vCard 2.1 (Android's,
//! Outlook's: quoted-printable values with soft line breaks and a
//! `CHARSET`), 3.0 (Apple's, with `item1.EMAIL` grouped with its
//! `item1.X-ABLabel`) and 4.0 (Thunderbird's, Nextcloud's: `KIND:org`
//! with no `N`, `PREF=1`, `tel:` URIs). The file is cut into cards by
//! their `BEGIN:VCARD` and `END:VCARD` lines, and each card is parsed on
//! its own with the `calcard` crate, so a card with no `END` (the next
//! card, or the end of the file, comes first) or one larger than
//! `MAX_CARD_BYTES` (a picture of many megabytes) is refused by its number
//! and its line, and every other card is read. Pictures, logos, sounds and
//! keys are not kept.

use super::address_book::{Email, Entry, Phone};
use super::file_text::TextFile;
use crate::model::{Error, Result};
use calcard::common::IanaString;
use calcard::vcard::{
    VCard, VCardKind, VCardParameterName, VCardParameterValue, VCardProperty, VCardValue,
};
use std::collections::HashMap;
use std::io::{BufRead, BufReader};

/// The largest card read, in bytes: a contact with a photo of some size.
pub const MAX_CARD_BYTES: usize = 1024 * 1024;

/// A card's place: its number in the file (the first is 1) and its first line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardPlace {
    pub number: u64,
    pub line: u64,
}

/// A card being read.
struct Card {
    place: CardPlace,
    lines: Vec<String>,
    bytes: usize,
    /// Why the card cannot be read, once known.
    problem: Option<String>,
    /// Its `FN` as written, to name it in a report.
    name: Option<String>,
}

/// Reads one line into `line` (without its end), keeping at most `limit`
/// bytes of it; gives its whole length, or `None` at the end of the file.
fn next_line(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<Option<usize>> {
    line.clear();
    let mut length = 0;
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok((length > 0).then_some(length));
        }
        let (taken, done) = match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => (at + 1, true),
            None => (buffer.len(), false),
        };
        let room = limit.saturating_sub(line.len());
        line.extend_from_slice(&buffer[..taken.min(room)]);
        length += taken;
        reader.consume(taken);
        if done {
            while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                line.pop();
            }
            return Ok(Some(length));
        }
    }
}

/// The text of a value.
fn value_text(value: &VCardValue) -> Option<String> {
    match value {
        VCardValue::Text(text) => Some(text.clone()),
        VCardValue::Component(parts) => Some(parts.join(" ")),
        VCardValue::PartialDateTime(d) => match (d.year, d.month, d.day) {
            (Some(y), Some(m), Some(day)) => Some(format!("{y:04}-{m:02}-{day:02}")),
            _ => None,
        },
        _ => None,
    }
    .map(|t| t.trim().to_owned())
    .filter(|t| !t.is_empty())
}

/// Apple's label of a group, without its wrapping: "_$!<Mobile>!$_" is "Mobile".
fn label(text: &str) -> String {
    text.trim_start_matches("_$!<")
        .trim_end_matches(">!$_")
        .to_owned()
}

/// A card's properties as an address book entry.
fn entry_of(card: &VCard) -> Entry {
    let mut entry = Entry::default();
    let labels: HashMap<&str, String> = card
        .entries
        .iter()
        .filter(
            |e| matches!(&e.name, VCardProperty::Other(n) if n.eq_ignore_ascii_case("X-ABLabel")),
        )
        .filter_map(|e| Some((e.group.as_deref()?, label(&value_text(e.values.first()?)?))))
        .collect();
    let mut organisation_card = false;
    for property in &card.entries {
        let texts: Vec<String> = property.values.iter().filter_map(value_text).collect();
        let first = texts.first().cloned();
        let types: Vec<String> = property
            .params
            .iter()
            .filter_map(|p| match (&p.name, &p.value) {
                (VCardParameterName::Type, VCardParameterValue::Type(t)) => {
                    Some(t.as_str().to_owned())
                }
                (VCardParameterName::Type, VCardParameterValue::Text(t)) => Some(t.clone()),
                _ => None,
            })
            .collect();
        let preferred = types.iter().any(|t| t.eq_ignore_ascii_case("pref"))
            || property.params.iter().any(|p| {
                p.name == VCardParameterName::Pref
                    && matches!(
                        p.value,
                        VCardParameterValue::Integer(1) | VCardParameterValue::Null
                    )
            });
        let kind = property
            .group
            .as_deref()
            .and_then(|g| labels.get(g).cloned())
            .or_else(|| {
                let named: Vec<&str> = types
                    .iter()
                    .map(String::as_str)
                    .filter(|t| {
                        !["pref", "voice", "internet", "x400"].contains(&t.to_lowercase().as_str())
                    })
                    .collect();
                (!named.is_empty()).then(|| named.join(" "))
            });
        match &property.name {
            VCardProperty::Fn => entry.full_name = first,
            VCardProperty::N => {
                let part = |n: usize| property.values.get(n).and_then(value_text);
                entry.family_name = part(0);
                entry.given_name = part(1);
                entry.middle_name = part(2);
            }
            VCardProperty::Org => entry.institution = first,
            VCardProperty::Title => entry.position = first,
            VCardProperty::Role if entry.position.is_none() => entry.position = first,
            VCardProperty::Email => entry.emails.extend(first.map(|address| Email {
                address,
                primary: preferred,
            })),
            VCardProperty::Tel => entry.phones.extend(first.map(|number| Phone {
                number,
                kind,
                primary: preferred,
            })),
            VCardProperty::Note => {
                entry.notes = first.map(|note| match entry.notes.take() {
                    Some(before) => format!("{before}\n{note}"),
                    None => note,
                })
            }
            VCardProperty::Lang => {
                entry.languages = first.map(|lang| match entry.languages.take() {
                    Some(before) => format!("{before}, {lang}"),
                    None => lang,
                })
            }
            VCardProperty::Tz => entry.time_zone = first,
            VCardProperty::Rev => entry.last_verified = first.map(|d| d.chars().take(10).collect()),
            VCardProperty::Categories => entry.categories.extend(texts),
            VCardProperty::Kind => {
                organisation_card = property
                    .values
                    .iter()
                    .any(|v| matches!(v, VCardValue::Kind(VCardKind::Org)));
            }
            _ => {}
        }
    }
    if organisation_card && entry.institution.is_none() {
        entry.institution = entry.full_name.clone();
    }
    entry
}

/// What a card holds, or why it cannot be read.
fn read_card(
    card: Card,
) -> (
    CardPlace,
    Option<String>,
    std::result::Result<Entry, String>,
) {
    let Card {
        place,
        lines,
        problem,
        name,
        ..
    } = card;
    if let Some(problem) = problem {
        return (place, name, Err(problem));
    }
    let text = lines.join("\r\n");
    match VCard::parse(&text) {
        Ok(card) => {
            let entry = entry_of(&card);
            (place, entry.name().or(name), Ok(entry))
        }
        Err(_) => (
            place,
            name,
            Err("the card cannot be read as a vCard".to_owned()),
        ),
    }
}

/// Visits each card of `file`: its place, its name (when it has one) and
/// its entry, or why it cannot be read.
pub fn each_card(
    file: &TextFile,
    mut visit: impl FnMut(CardPlace, Option<String>, std::result::Result<Entry, String>) -> Result<()>,
) -> Result<()> {
    let mut reader = BufReader::new(file.reader()?);
    let mut line = Vec::new();
    let (mut number, mut line_number) = (0u64, 0u64);
    let mut open: Option<Card> = None;
    let io = |e: std::io::Error| Error::bad_input(&file.name, e.to_string());
    while let Some(length) = next_line(&mut reader, &mut line, MAX_CARD_BYTES + 1).map_err(io)? {
        line_number += 1;
        let text = file.encoding.decode(&line);
        let bare = text
            .as_deref()
            .map(str::trim)
            .unwrap_or_default()
            .to_owned();
        let bare = bare.as_str();
        if bare.eq_ignore_ascii_case("BEGIN:VCARD") {
            if let Some(mut card) = open.take() {
                card.problem.get_or_insert(format!(
                    "no END:VCARD before the next card begins (line {line_number})"
                ));
                let (place, name, read) = read_card(card);
                visit(place, name, read)?;
            }
            number += 1;
            open = Some(Card {
                place: CardPlace {
                    number,
                    line: line_number,
                },
                lines: vec!["BEGIN:VCARD".to_owned()],
                bytes: 0,
                problem: None,
                name: None,
            });
            continue;
        }
        let Some(card) = open.as_mut() else {
            continue;
        };
        card.bytes += length;
        if card.name.is_none() && bare.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("FN:")) {
            card.name = Some(bare[3..].trim().to_owned());
        }
        if card.problem.is_none() {
            if card.bytes > MAX_CARD_BYTES {
                card.problem = Some(format!(
                    "the card is over {} MB (a picture?); a card may hold at most {} MB",
                    MAX_CARD_BYTES / 1024 / 1024,
                    MAX_CARD_BYTES / 1024 / 1024
                ));
                card.lines.clear();
            } else {
                match text {
                    Ok(text) => card.lines.push(text),
                    Err(problem) => card.problem = Some(format!("line {line_number} {problem}")),
                }
            }
        }
        if bare.eq_ignore_ascii_case("END:VCARD") {
            if let Some(mut card) = open.take() {
                if card
                    .problem
                    .as_deref()
                    .is_some_and(|p| p.starts_with("the card is over"))
                {
                    card.problem = Some(format!(
                        "the card is {:.1} MB (a picture?); a card may hold at most {} MB",
                        card.bytes as f64 / 1e6,
                        MAX_CARD_BYTES / 1024 / 1024
                    ));
                }
                let (place, name, read) = read_card(card);
                visit(place, name, read)?;
            }
        }
    }
    if let Some(mut card) = open.take() {
        card.problem
            .get_or_insert("no END:VCARD: the file ends inside the card".to_owned());
        let (place, name, read) = read_card(card);
        visit(place, name, read)?;
    }
    Ok(())
}
