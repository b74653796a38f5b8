//! An address book's entry, as a CSV row or a vCard gives it, made into a
//! directory entry's fields. The name is the one written whole, or else
//! composed from its parts: family name first for a name in Chinese,
//! Japanese or Korean script ("王伟"), given name first otherwise. The
//! State is the one written (as its canonical name: "Russia" is "Russian
//! Federation"; an unknown one refuses the entry with the closest names),
//! or one the card's categories name, or the State its organisation names
//! ("Permanent Mission of Chile to the United Nations Office at Geneva"),
//! or none, which is allowed and flagged. The main email and phone come
//! first; the other addresses are kept apart and the numbers joined with
//! their kinds ("+41 22 917 1234 (work); +41 79 555 0101 (mobile)").

use super::directory::{email_problem, state_name};
use crate::model::{ContactFields, PocType};
use crate::text::dates::parse_date;
use crate::text::states::{canonical_state, state_of_organisation};
use crate::text::values::given_owned;

/// An email address and whether its source marks it the main one.
#[derive(Debug, Clone, PartialEq)]
pub struct Email {
    pub address: String,
    pub primary: bool,
}

/// A phone number, its kind as its source labels it, and whether it is
/// the main one.
#[derive(Debug, Clone, PartialEq)]
pub struct Phone {
    pub number: String,
    pub kind: Option<String>,
    pub primary: bool,
}

/// What an address book says of one person (or organisation), as written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entry {
    pub full_name: Option<String>,
    pub given_name: Option<String>,
    pub middle_name: Option<String>,
    pub family_name: Option<String>,
    pub state: Option<String>,
    pub poc_type: Option<String>,
    pub position: Option<String>,
    pub institution: Option<String>,
    pub emails: Vec<Email>,
    pub phones: Vec<Phone>,
    pub languages: Option<String>,
    pub time_zone: Option<String>,
    pub notes: Option<String>,
    pub last_verified: Option<String>,
    /// A vCard's categories, where Plenary's own cards keep the State and
    /// the POC type.
    pub categories: Vec<String>,
}

/// True for a letter of a script that writes the family name first and no
/// space between the parts: Chinese, Japanese, Korean.
fn family_first(c: char) -> bool {
    crate::text::tokens::is_cjk(c) || ('\u{ac00}'..='\u{d7af}').contains(&c)
}

/// A kind of number as the directory writes it: work, mobile, home, fax,
/// or the source's own label.
fn phone_kind(label: &str) -> Option<String> {
    let label = label.trim().trim_start_matches('*').trim().to_lowercase();
    let words: Vec<&str> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &str| words.contains(&w);
    if has("fax") {
        return Some("fax".into());
    }
    if has("cell") || has("mobile") || has("iphone") {
        return Some("mobile".into());
    }
    if has("work") || has("business") || has("office") || has("company") {
        return Some("work".into());
    }
    if has("home") {
        return Some("home".into());
    }
    match words.as_slice() {
        [] | ["voice"] | ["pref"] | ["other"] | ["main"] | ["primary"] => None,
        _ => Some(label.clone()),
    }
}

impl Entry {
    /// The name to report the entry by.
    pub fn name(&self) -> Option<String> {
        given_owned(self.full_name.as_deref()).or_else(|| self.composed_name())
    }

    /// The parts of the name, in the order the name's script writes them.
    fn composed_name(&self) -> Option<String> {
        let parts = [&self.given_name, &self.middle_name, &self.family_name]
            .map(|p| given_owned(p.as_deref()));
        let [given, middle, family] = &parts;
        let eastern = parts.iter().flatten().any(|p| p.chars().any(family_first));
        let ordered: Vec<&String> = match eastern {
            true => [family, given, middle].into_iter().flatten().collect(),
            false => [given, middle, family].into_iter().flatten().collect(),
        };
        let joiner = if eastern { "" } else { " " };
        (!ordered.is_empty()).then(|| {
            ordered
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(joiner)
        })
    }

    /// The State the entry gives or implies, or the reason it cannot be
    /// read.
    fn state(&self) -> std::result::Result<Option<String>, String> {
        if let Some(written) = given_owned(self.state.as_deref()) {
            return state_name(&written).map(Some).map_err(|e| e.to_string());
        }
        let from_categories = self.categories.iter().find_map(|c| canonical_state(c));
        let from_organisation = || self.institution.as_deref().and_then(state_of_organisation);
        Ok(from_categories
            .or_else(from_organisation)
            .map(str::to_owned))
    }

    /// The POC type the entry gives, or `default`.
    fn poc_type(&self, default: Option<PocType>) -> std::result::Result<PocType, String> {
        if let Some(written) = given_owned(self.poc_type.as_deref()) {
            return PocType::parse(&written).ok_or_else(|| {
                format!("unknown POC type '{written}' (use diplomatic or technical)")
            });
        }
        let from_categories = self.categories.iter().find_map(|c| {
            let c = c.to_lowercase();
            PocType::ALL
                .iter()
                .copied()
                .find(|t| c == format!("{} point of contact", t.as_str()))
        });
        from_categories.or(default).ok_or_else(|| {
            "no POC type: map a column to it, or choose diplomatic or technical for the file"
                .to_owned()
        })
    }

    /// The main address, then the others joined by "; "; or the first
    /// that is not an address.
    fn emails(&self) -> std::result::Result<(Option<String>, Option<String>), String> {
        let mut addresses: Vec<&Email> = self.emails.iter().collect();
        addresses.sort_by_key(|e| !e.primary);
        let mut kept: Vec<String> = Vec::new();
        for email in addresses {
            let address = email.address.trim().trim_start_matches("mailto:").trim();
            if address.is_empty() || kept.iter().any(|k| k.eq_ignore_ascii_case(address)) {
                continue;
            }
            if let Some(problem) = email_problem(address) {
                return Err(format!("bad email: {problem}"));
            }
            kept.push(address.to_owned());
        }
        let mut kept = kept.into_iter();
        let main = kept.next();
        let others: Vec<String> = kept.collect();
        Ok((main, (!others.is_empty()).then(|| others.join("; "))))
    }

    /// The numbers, the main one first, then work, mobile, others, home
    /// and fax numbers, each with its kind.
    fn phones(&self) -> Option<String> {
        let rank = |p: &Phone| {
            let kind = p.kind.as_deref().and_then(phone_kind);
            let order = match kind.as_deref() {
                Some("work") => 1,
                Some("mobile") => 2,
                Some("home") => 4,
                Some("fax") => 5,
                _ => 3,
            };
            (!p.primary, order)
        };
        let mut phones: Vec<&Phone> = self.phones.iter().collect();
        phones.sort_by_key(|p| rank(p));
        let mut written: Vec<String> = Vec::new();
        for phone in phones {
            let number = phone.number.trim().trim_start_matches("tel:").trim();
            if number.is_empty() || written.iter().any(|w| w.starts_with(number)) {
                continue;
            }
            written.push(match phone.kind.as_deref().and_then(phone_kind) {
                Some(kind) => format!("{number} ({kind})"),
                None => number.to_owned(),
            });
        }
        (!written.is_empty()).then(|| written.join("; "))
    }
}

/// The value of `result`, its problem noted when there is one.
fn kept<T>(problems: &mut Vec<String>, result: std::result::Result<T, String>) -> Option<T> {
    result.map_err(|problem| problems.push(problem)).ok()
}

/// The entry's fields, or every reason it cannot be an entry.
pub fn fields(
    entry: &Entry,
    default_type: Option<PocType>,
) -> std::result::Result<ContactFields, Vec<String>> {
    let mut problems = Vec::new();
    let full_name = entry.name();
    if full_name.is_none() {
        problems.push(
            "no name: map a column to the full name, or to the given and family names".into(),
        );
    }
    let state = kept(&mut problems, entry.state());
    let poc_type = kept(&mut problems, entry.poc_type(default_type));
    let emails = kept(&mut problems, entry.emails());
    let last_verified = match given_owned(entry.last_verified.as_deref()) {
        None => Ok(None),
        Some(day) => parse_date(&day)
            .map(Some)
            .ok_or(format!("bad last_verified: '{day}' is not a date")),
    };
    let last_verified = kept(&mut problems, last_verified);
    let given = [&entry.given_name, &entry.middle_name]
        .iter()
        .filter_map(|p| given_owned(p.as_deref()))
        .collect::<Vec<_>>()
        .join(" ");
    match (full_name, state, poc_type, emails, last_verified) {
        (Some(full_name), Some(state), Some(poc_type), Some((email, other_emails)), Some(day))
            if problems.is_empty() =>
        {
            Ok(ContactFields {
                state,
                poc_type,
                full_name,
                given_name: Some(given).filter(|g| !g.is_empty()),
                family_name: given_owned(entry.family_name.as_deref()),
                position: given_owned(entry.position.as_deref()),
                institution: given_owned(entry.institution.as_deref()),
                email,
                other_emails,
                phone: entry.phones(),
                languages: given_owned(entry.languages.as_deref()),
                time_zone: given_owned(entry.time_zone.as_deref()),
                notes: given_owned(entry.notes.as_deref()),
                last_verified: day,
            })
        }
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(given: &str, family: &str) -> Entry {
        Entry {
            given_name: Some(given.into()),
            family_name: Some(family.into()),
            poc_type: Some("technical".into()),
            ..Entry::default()
        }
    }

    #[test]
    fn a_name_is_composed_in_the_order_its_script_writes_it() {
        let f = |e: &Entry| fields(e, None).unwrap();
        assert_eq!(
            f(&named("José María", "Núñez Pérez")).full_name,
            "José María Núñez Pérez"
        );
        assert_eq!(f(&named("伟", "王")).full_name, "王伟");
        assert_eq!(f(&named("민준", "김")).full_name, "김민준");
        assert_eq!(
            f(&named("太郎", "山田")).family_name.as_deref(),
            Some("山田")
        );
    }

    #[test]
    fn the_state_is_canonical_read_from_the_organisation_or_left_empty() {
        let mut entry = named("Ana", "Pérez");
        entry.institution =
            Some("Permanent Mission of Chile to the United Nations Office at Geneva".into());
        assert_eq!(
            fields(&entry, None).unwrap().state.as_deref(),
            Some("Chile")
        );
        entry.state = Some("Russia".into());
        assert_eq!(
            fields(&entry, None).unwrap().state.as_deref(),
            Some("Russian Federation")
        );
        entry.state = Some("Kuba".into());
        assert_eq!(
            fields(&entry, None).unwrap_err(),
            ["state: 'Kuba' is not a State of the States table (closest: Cuba, Kuwait)"]
        );
        let nowhere = named("Ana", "Pérez");
        assert_eq!(fields(&nowhere, None).unwrap().state, None);
    }

    #[test]
    fn phones_keep_their_kinds_and_the_main_email_comes_first() {
        let mut entry = named("Ana", "Pérez");
        entry.phones = vec![
            Phone {
                number: "+41 22 917 1234".into(),
                kind: Some("Work".into()),
                primary: false,
            },
            Phone {
                number: "tel:+41-79-555-0101".into(),
                kind: Some("CELL".into()),
                primary: true,
            },
        ];
        entry.emails = vec![
            Email {
                address: "ana@gmail.com".into(),
                primary: false,
            },
            Email {
                address: "a.perez@mfa.gob.cl".into(),
                primary: true,
            },
        ];
        let f = fields(&entry, None).unwrap();
        assert_eq!(
            f.phone.as_deref(),
            Some("+41-79-555-0101 (mobile); +41 22 917 1234 (work)")
        );
        assert_eq!(f.email.as_deref(), Some("a.perez@mfa.gob.cl"));
        assert_eq!(f.other_emails.as_deref(), Some("ana@gmail.com"));
    }
}
