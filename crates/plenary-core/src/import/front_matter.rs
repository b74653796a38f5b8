//! YAML front matter: a `---` block at the very top of a Markdown file whose
//! fields win over every heuristic. Unknown keys are reported as warnings;
//! a known key with an unusable value (a date that is no date, an unknown
//! kind) fails the file with a message naming the field.

use crate::model::{Field, Metadata};
use crate::text::dates;
use serde_yaml::Value;

/// Front matter split from the body it precedes.
pub struct Split<'a> {
    pub yaml: Option<&'a str>,
    pub body: &'a str,
}

/// Splits `---\n…\n---\n` off the top of `text`, if it is there.
pub fn split(text: &str) -> Split<'_> {
    let none = Split {
        yaml: None,
        body: text,
    };
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return none;
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if matches!(line.trim_end(), "---" | "...") {
            return Split {
                yaml: Some(&rest[..offset]),
                body: &rest[offset + line.len()..],
            };
        }
        offset += line.len();
    }
    none
}

/// Parses front matter into metadata, with the fields it set; warnings
/// list the keys it ignored.
pub fn parse(yaml: &str) -> Result<(Metadata, Vec<Field>, Vec<String>), String> {
    let value: Value =
        serde_yaml::from_str(yaml).map_err(|e| format!("front matter is not valid YAML: {e}"))?;
    let Value::Mapping(map) = value else {
        return if value.is_null() {
            Ok((Metadata::default(), Vec::new(), Vec::new()))
        } else {
            Err("front matter must be a list of `field: value` lines".to_owned())
        };
    };
    let mut meta = Metadata::default();
    let mut warnings = Vec::new();
    for (key, value) in map {
        let key = key.as_str().unwrap_or_default().to_ascii_lowercase();
        let Ok(field) = Field::parse(&key) else {
            warnings.push(format!(
                "front matter field '{key}' is not a Plenary field and was ignored"
            ));
            continue;
        };
        let text = match field {
            Field::Tags => tags(&value).map(|t| t.join(",")),
            _ => scalar(&value),
        };
        text.and_then(|text| set_field(&mut meta, field, Some(&text)))
            .map_err(|problem| format!("front matter field '{key}': {problem}"))?;
    }
    let fields = meta.set_fields();
    Ok((meta, fields, warnings))
}

/// Sets `field` of `meta` from a value as a person writes it: a date in any
/// form `text::dates` reads, a kind or a language by name. Front matter and
/// corrections (`plenary set`, the app's editor) both come through here.
pub fn set_field(meta: &mut Metadata, field: Field, value: Option<&str>) -> Result<(), String> {
    let value = value.map(str::trim).filter(|v| !v.is_empty());
    match (field, value) {
        (Field::Date, Some(v)) => {
            let date = dates::parse_date(v).ok_or_else(|| {
                format!("'{v}' is not a date (write 2021-12-13 or 13 December 2021)")
            })?;
            meta.set_text(field, Some(&date.to_string()))
        }
        _ => meta.set_text(field, value),
    }
}

fn scalar(value: &Value) -> Result<String, String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_owned()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::String(_) | Value::Null => Err("is empty".to_owned()),
        _ => Err("must be a single value, not a list or a map".to_owned()),
    }
}

fn tags(value: &Value) -> Result<Vec<String>, String> {
    let mut tags: Vec<String> = match value {
        Value::Sequence(items) => items.iter().map(scalar).collect::<Result<_, _>>()?,
        Value::String(s) => s.split(',').map(|t| t.trim().to_owned()).collect(),
        Value::Null => Vec::new(),
        _ => return Err("must be a list of tags".to_owned()),
    };
    tags.retain(|t| !t.is_empty());
    Ok(tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_fields_and_warnings() {
        let parts = split("---\nkind: statement\ndate: 13 December 2021\ntags: [cbms, capacity-building]\ncolour: blue\n---\nBody.\n");
        assert_eq!(parts.body, "Body.\n");
        let (meta, fields, warnings) = parse(parts.yaml.unwrap()).unwrap();
        assert_eq!(meta.kind, Some(crate::model::Kind::Statement));
        assert_eq!(fields, [Field::Kind, Field::Date, Field::Tags]);
        assert_eq!(meta.date.unwrap().to_string(), "2021-12-13");
        assert_eq!(meta.tags, ["cbms", "capacity-building"]);
        assert_eq!(warnings.len(), 1, "the unknown key is reported");
    }

    #[test]
    fn bad_values_name_the_field() {
        let err = parse("date: someday\n").unwrap_err();
        assert!(parse("date: +12345-01-01\n")
            .unwrap_err()
            .contains("'date'"));
        assert!(err.contains("'date'") && err.contains("someday"), "{err}");
        let err = parse("kind: poem\n").unwrap_err();
        assert!(err.contains("'kind'"), "{err}");
        assert!(parse("title: [unclosed\n").unwrap_err().contains("YAML"));
    }

    #[test]
    fn a_rule_later_in_the_file_is_not_front_matter() {
        assert!(split("# Title\n\n---\n\ntext").yaml.is_none());
    }
}
