//! The directory as vCard 3.0 (RFC 2426), which more address books accept
//! than 4.0: one card per entry, with CRLF line endings, text values
//! escaped (`\`, `,`, `;` and line breaks) and every line longer than 75
//! octets folded onto continuation lines that start with a space, never
//! inside a UTF-8 character.
//!
//! The directory keeps a full name, not its parts, so `N` carries it whole
//! as the family name (address books then show it as written). The State
//! and POC type are the card's categories; languages, time zone, the day
//! last verified and the notes make its note.

use crate::model::Contact;

/// The longest line, in octets, before the line break.
const MAX_LINE_OCTETS: usize = 75;

/// A text value escaped as RFC 2426 section 4 asks: backslash, comma and
/// semicolon behind a backslash, each line break as `\n`.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// One content line folded at 75 octets, each continuation starting with
/// a space, every line ended with CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut rest = line;
    let mut room = MAX_LINE_OCTETS;
    loop {
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return out;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = MAX_LINE_OCTETS - 1;
    }
}

fn card(contact: &Contact) -> String {
    let f = &contact.fields;
    let name = escape_text(&f.full_name);
    let mut lines = vec![
        "BEGIN:VCARD".to_owned(),
        "VERSION:3.0".to_owned(),
        format!("N:{name};;;;"),
        format!("FN:{name}"),
    ];
    if let Some(institution) = &f.institution {
        lines.push(format!("ORG:{}", escape_text(institution)));
    }
    if let Some(position) = &f.position {
        lines.push(format!("TITLE:{}", escape_text(position)));
    }
    if let Some(email) = &f.email {
        lines.push(format!("EMAIL;TYPE=INTERNET:{}", escape_text(email)));
    }
    if let Some(phone) = &f.phone {
        lines.push(format!("TEL;TYPE=WORK,VOICE:{}", escape_text(phone)));
    }
    lines.push(format!(
        "CATEGORIES:{},{} point of contact",
        escape_text(&f.state),
        f.poc_type.as_str()
    ));
    let mut note = Vec::new();
    if let Some(languages) = &f.languages {
        note.push(format!("Languages: {languages}"));
    }
    if let Some(time_zone) = &f.time_zone {
        note.push(format!("Time zone: {time_zone}"));
    }
    if let Some(day) = f.last_verified {
        note.push(format!("Last verified: {day}"));
    }
    if let Some(notes) = &f.notes {
        note.push(notes.clone());
    }
    if !note.is_empty() {
        lines.push(format!("NOTE:{}", escape_text(&note.join("\n"))));
    }
    lines.push("END:VCARD".to_owned());
    lines.iter().map(|l| fold_line(l)).collect()
}

/// The entries as one vCard 3.0 file.
pub fn export_vcards(contacts: &[Contact]) -> String {
    contacts.iter().map(card).collect()
}
