//! The texts a new draft starts from. "Blank" is built in and always comes
//! first; the others are stored by name (a statement's usual frame,
//! "Statement", ships with the library) and a user may add or replace them.
//! A template is stored as written and shown, as a new draft starts from
//! it, in the draft's language (`templates_in`).

use super::formulas::follow_language;
use crate::model::{Chair, Error, Language, Result, Template};
use crate::store::Store;

/// The built-in empty template.
pub const BLANK: &str = "Blank";

/// The longest template name, in characters.
const MAX_NAME_CHARS: usize = 80;

/// Every template: "Blank" first, then the stored ones by name.
pub fn templates(store: &Store) -> Result<Vec<Template>> {
    let mut all = vec![Template {
        name: BLANK.to_owned(),
        body: String::new(),
    }];
    all.extend(store.templates()?);
    Ok(all)
}

/// Every template as a new draft in `language`, addressing `chair`, starts
/// from it: its openings and closings in that language.
pub fn templates_in(store: &Store, language: Language, chair: Chair) -> Result<Vec<Template>> {
    Ok(templates(store)?
        .into_iter()
        .map(|t| Template {
            body: follow_language(&t.body, language, chair),
            name: t.name,
        })
        .collect())
}

/// Creates a template, or replaces the one of the same name; gives back
/// every template.
pub fn save_template(store: &mut Store, template: &Template) -> Result<Vec<Template>> {
    let name = template.name.trim();
    if name.is_empty() {
        return Err(Error::field("name", "a template needs a name"));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Error::field(
            "name",
            format!("a template name has at most {MAX_NAME_CHARS} characters"),
        ));
    }
    if name.eq_ignore_ascii_case(BLANK) {
        return Err(Error::field(
            "name",
            "Blank is built in and stays empty; give the template another name",
        ));
    }
    store.save_template(&Template {
        name: name.to_owned(),
        body: template.body.clone(),
    })?;
    templates(store)
}

/// The body of the template named `name` (ignoring case).
pub fn template_body(store: &Store, name: &str) -> Result<String> {
    let all = templates(store)?;
    let wanted = name.trim();
    match all.iter().find(|t| t.name.eq_ignore_ascii_case(wanted)) {
        Some(template) => Ok(template.body.clone()),
        None => {
            let names: Vec<&str> = all.iter().map(|t| t.name.as_str()).collect();
            Err(Error::field(
                "template",
                format!(
                    "there is no template named '{wanted}'; use one of {}",
                    names.join(", ")
                ),
            ))
        }
    }
}
