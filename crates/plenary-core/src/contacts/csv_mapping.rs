//! A CSV file's header row read as the directory's fields: the headers
//! Plenary, Outlook (for Windows and Outlook.com) and Google Contacts (the
//! current export and the old "Google CSV") write are known, and a header
//! that names a field plainly ("Email", "Country") is guessed. A column
//! that only looks like one is never taken for it: Outlook's "Title" is a
//! courtesy title, not a position, and its "Business State" and
//! "Business Country/Region" are an office's address (a mission in Geneva
//! is in Switzerland), not the State it serves. Google's "E-mail 1 -
//! Value" and "Phone 1 - Value" read their kind, and whether they are the
//! main one ("* Work"), from the "- Type" or "- Label" column beside them.
//! The mapping a person made is kept for the next file with the same
//! header row, under the row's hash.

use crate::model::{ContactField, ContactMapping, MappingSource, PocType};
use crate::text::values::list_form;
use ContactField::*;

/// Plenary's own headers (see `CSV_COLUMNS`).
const PLENARY: &[(&str, ContactField)] = &[
    ("state", State),
    ("poc type", PocType),
    ("full name", FullName),
    ("given name", GivenName),
    ("family name", FamilyName),
    ("position", Position),
    ("institution", Institution),
    ("email", Email),
    ("other emails", Email),
    ("phone", Phone),
    ("languages", Languages),
    ("time zone", TimeZone),
    ("notes", Notes),
    ("last verified", LastVerified),
];

/// Outlook's, for Windows (about ninety columns) and Outlook.com.
const OUTLOOK: &[(&str, ContactField)] = &[
    ("first name", GivenName),
    ("middle name", MiddleName),
    ("last name", FamilyName),
    ("company", Institution),
    ("job title", Position),
    ("e mail address", Email),
    ("e mail 2 address", Email),
    ("e mail 3 address", Email),
    ("business phone", WorkPhone),
    ("business phone 2", WorkPhone),
    ("company main phone", WorkPhone),
    ("primary phone", Phone),
    ("other phone", Phone),
    ("mobile phone", MobilePhone),
    ("home phone", HomePhone),
    ("home phone 2", HomePhone),
    ("business fax", Fax),
    ("home fax", Fax),
    ("other fax", Fax),
    ("notes", Notes),
    ("language", Languages),
];

/// Google Contacts': the current export's, then the old "Google CSV"'s
/// (the numbered e-mail and phone columns are read by `numbered`).
const GOOGLE: &[(&str, ContactField)] = &[
    ("first name", GivenName),
    ("middle name", MiddleName),
    ("last name", FamilyName),
    ("organization name", Institution),
    ("organization title", Position),
    ("name", FullName),
    ("given name", GivenName),
    ("additional name", MiddleName),
    ("family name", FamilyName),
    ("organization 1 name", Institution),
    ("organization 1 title", Position),
    ("notes", Notes),
    ("language", Languages),
];

/// Headers that name a field plainly, in any other file.
const PLAIN: &[(&str, ContactField)] = &[
    ("name", FullName),
    ("full name", FullName),
    ("first name", GivenName),
    ("given name", GivenName),
    ("last name", FamilyName),
    ("surname", FamilyName),
    ("family name", FamilyName),
    ("email", Email),
    ("e mail", Email),
    ("email address", Email),
    ("phone", Phone),
    ("telephone", Phone),
    ("mobile", MobilePhone),
    ("organisation", Institution),
    ("organization", Institution),
    ("institution", Institution),
    ("ministry", Institution),
    ("agency", Institution),
    ("position", Position),
    ("job title", Position),
    ("function", Position),
    ("state", State),
    ("member state", State),
    ("country", State),
    ("poc type", PocType),
    ("type", PocType),
    ("languages", Languages),
    ("language", Languages),
    ("time zone", TimeZone),
    ("timezone", TimeZone),
    ("notes", Notes),
    ("comments", Notes),
    ("last verified", LastVerified),
];

/// Google's numbered columns: "E-mail 2 - Value", "Phone 1 - Value".
fn numbered(header: &str) -> Option<ContactField> {
    let mut words = header.split(' ');
    let field = match (words.next(), words.next()) {
        (Some("e"), Some("mail")) => Email,
        (Some("phone"), _) => Phone,
        _ => return None,
    };
    header.ends_with(" value").then_some(field)
}

/// Which program's headers `headers` (in list form) are, if any.
fn program(headers: &[String]) -> Option<MappingSource> {
    let has = |h: &str| headers.iter().any(|x| x == h);
    if has("poc type") && has("full name") {
        Some(MappingSource::Plenary)
    } else if headers.iter().any(|h| numbered(h).is_some()) {
        Some(MappingSource::Google)
    } else if has("e mail display name")
        || has("e mail address")
        || (has("job title") && has("business phone"))
    {
        Some(MappingSource::Outlook)
    } else {
        None
    }
}

/// The field a header fills in `source`'s table.
fn field_of(header: &str, source: MappingSource) -> Option<ContactField> {
    let table = match source {
        MappingSource::Plenary => PLENARY,
        MappingSource::Outlook => OUTLOOK,
        MappingSource::Google => GOOGLE,
        _ => PLAIN,
    };
    table
        .iter()
        .find(|(h, _)| *h == header)
        .map(|(_, field)| *field)
        .or_else(|| {
            (source == MappingSource::Google)
                .then(|| numbered(header))
                .flatten()
        })
}

/// The mapping of `headers` by the headers a program writes (`preset`,
/// or the one recognised), or by plain names; and where it comes from.
pub fn proposed(
    headers: &[String],
    preset: Option<MappingSource>,
) -> (ContactMapping, MappingSource) {
    let forms: Vec<String> = headers.iter().map(|h| list_form(h)).collect();
    let source = preset
        .or_else(|| program(&forms))
        .unwrap_or(MappingSource::Guessed);
    let columns = forms.iter().map(|h| field_of(h, source)).collect();
    (
        ContactMapping {
            columns,
            poc_type: None::<PocType>,
        },
        source,
    )
}

/// The column beside `column` that labels it ("E-mail 1 - Type" beside
/// "E-mail 1 - Value"), if the file has one.
pub fn label_column(headers: &[String], column: usize) -> Option<usize> {
    let header = list_form(headers.get(column)?);
    let prefix = header.strip_suffix(" value")?;
    headers.iter().position(|h| {
        let h = list_form(h);
        h == format!("{prefix} type") || h == format!("{prefix} label")
    })
}

/// The key a mapping is kept under: the hash of the header row, whatever
/// its case and punctuation.
pub fn header_key(headers: &[String]) -> String {
    let forms: Vec<String> = headers.iter().map(|h| list_form(h)).collect();
    blake3::hash(forms.join("\u{1f}").as_bytes())
        .to_hex()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(row: &str) -> Vec<String> {
        row.split(',').map(str::to_owned).collect()
    }

    #[test]
    fn outlook_google_and_plain_headers_are_mapped_and_look_alikes_are_not() {
        let outlook = headers("Title,First Name,Last Name,Company,Job Title,Business State,Business Country/Region,E-mail Address,E-mail Display Name,Mobile Phone");
        let (mapping, source) = proposed(&outlook, None);
        assert_eq!(source, MappingSource::Outlook);
        assert_eq!(
            mapping.columns,
            [
                None,
                Some(GivenName),
                Some(FamilyName),
                Some(Institution),
                Some(Position),
                None,
                None,
                Some(Email),
                None,
                Some(MobilePhone)
            ]
        );
        let google = headers("Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value");
        let (mapping, source) = proposed(&google, None);
        assert_eq!(source, MappingSource::Google);
        assert_eq!(mapping.columns[4], Some(Email));
        assert_eq!(label_column(&google, 6), Some(5));
        let plain = headers("Country,Name,E-mail");
        let (mapping, source) = proposed(&plain, None);
        assert_eq!(source, MappingSource::Guessed);
        assert_eq!(mapping.columns, [Some(State), Some(FullName), Some(Email)]);
        assert_eq!(
            header_key(&plain),
            header_key(&headers("country,NAME,e mail"))
        );
    }
}
