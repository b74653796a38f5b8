//! Small pieces of reading XML with quick-xml that more than one reader
//! needs: an attribute's value by its local name, and the character of
//! one of XML's five predefined entities.

use quick_xml::events::BytesStart;
use quick_xml::XmlVersion;

pub fn predefined_entity(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "quot" => Some('"'),
        _ => None,
    }
}

/// The value of the attribute whose local name is `name` (`w:val` -> "val").
pub fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok())
        .map(|v| v.into_owned())
}
