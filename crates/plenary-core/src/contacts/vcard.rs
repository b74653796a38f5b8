//! The directory as vCard 3.0 (RFC 2426), which more address books accept
//! than 4.0, written with the `calcard` crate (which escapes and folds the
//! lines): one card per entry, with `N` holding the family and given names
//! in their own slots when the entry keeps them (else left empty, the name
//! whole in `FN`), `ORG`, `TITLE`, each email (`PREF` on the main one) and
//! each number with its type (`WORK,VOICE`, `CELL`, `HOME`, `FAX`). The
//! State and POC type are the card's categories, the day last verified its
//! `REV`; languages, time zone and notes make its note.

use crate::model::Contact;
use calcard::common::PartialDateTime;
use calcard::vcard::{
    VCard, VCardEntry, VCardParameter, VCardParameterName, VCardParameterValue, VCardProperty,
    VCardType, VCardValue, VCardValueType, VCardVersion,
};
use chrono::Datelike;

fn text(property: VCardProperty, value: &str) -> VCardEntry {
    VCardEntry::new(property).with_value(VCardValue::Text(value.to_owned()))
}

fn typed(entry: VCardEntry, types: Vec<VCardParameterValue>) -> VCardEntry {
    types.into_iter().fold(entry, |entry, t| {
        entry.with_param(VCardParameter::new(VCardParameterName::Type, t))
    })
}

/// The types of a number of the kind Plenary writes after it.
fn phone_types(kind: Option<&str>) -> Vec<VCardParameterValue> {
    let types = match kind {
        Some("mobile") => vec![VCardType::Cell, VCardType::Voice],
        Some("home") => vec![VCardType::Home, VCardType::Voice],
        Some("fax") => vec![VCardType::Fax],
        Some("work") => vec![VCardType::Work, VCardType::Voice],
        _ => vec![VCardType::Voice],
    };
    types.into_iter().map(VCardParameterValue::from).collect()
}

fn card(contact: &Contact) -> VCard {
    let f = &contact.fields;
    let mut entries = vec![
        VCardEntry::new(VCardProperty::N).with_values(
            [
                f.family_name.as_deref(),
                f.given_name.as_deref(),
                None,
                None,
                None,
            ]
            .map(|part| VCardValue::Text(part.unwrap_or_default().to_owned()))
            .to_vec(),
        ),
        text(VCardProperty::Fn, &f.full_name),
    ];
    if let Some(institution) = &f.institution {
        entries.push(text(VCardProperty::Org, institution));
    }
    if let Some(position) = &f.position {
        entries.push(text(VCardProperty::Title, position));
    }
    let others = f.other_emails.iter().flat_map(|o| o.split(';'));
    for (n, email) in f.email.iter().map(String::as_str).chain(others).enumerate() {
        let email = email.trim();
        if email.is_empty() {
            continue;
        }
        let mut types = vec![VCardParameterValue::from("INTERNET".to_owned())];
        if n == 0 {
            types.push(VCardParameterValue::from("PREF".to_owned()));
        }
        entries.push(typed(text(VCardProperty::Email, email), types));
    }
    for number in f.phone.iter().flat_map(|p| p.split(';')) {
        let number = number.trim();
        let (number, kind) = match number.strip_suffix(')').and_then(|n| n.rsplit_once(" (")) {
            Some((number, kind)) => (number.trim(), Some(kind)),
            None => (number, None),
        };
        if !number.is_empty() {
            entries.push(typed(text(VCardProperty::Tel, number), phone_types(kind)));
        }
    }
    let mut categories: Vec<String> = f.state.iter().cloned().collect();
    categories.push(format!("{} point of contact", f.poc_type.as_str()));
    entries.push(
        VCardEntry::new(VCardProperty::Categories)
            .with_values(categories.into_iter().map(VCardValue::Text).collect()),
    );
    let mut note = Vec::new();
    if let Some(languages) = &f.languages {
        note.push(format!("Languages: {languages}"));
    }
    if let Some(time_zone) = &f.time_zone {
        note.push(format!("Time zone: {time_zone}"));
    }
    if let Some(notes) = &f.notes {
        note.push(notes.replace("\r\n", "\n"));
    }
    if !note.is_empty() {
        entries.push(text(VCardProperty::Note, &note.join("\n")));
    }
    if let Some(day) = f.last_verified {
        let date = PartialDateTime {
            year: u16::try_from(day.year()).ok(),
            month: u8::try_from(day.month()).ok(),
            day: u8::try_from(day.day()).ok(),
            ..PartialDateTime::default()
        };
        entries.push(
            VCardEntry::new(VCardProperty::Rev)
                .with_param(VCardParameter::value(VCardValueType::Date))
                .with_value(VCardValue::PartialDateTime(date)),
        );
    }
    VCard { entries }
}

/// The entries as one vCard 3.0 file.
pub fn export_vcards(contacts: &[Contact]) -> String {
    let mut out = String::new();
    for contact in contacts {
        // Writing to a String cannot fail.
        let _ = card(contact).write_to(&mut out, VCardVersion::V3_0);
    }
    out
}
