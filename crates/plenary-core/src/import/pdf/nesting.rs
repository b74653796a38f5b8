//! Checks that reading a PDF's pages cannot recurse without end.
//!
//! Contract: `check_nesting` refuses, with a short description, a document
//! in which pdf-extract would recurse too deep or for too long: a page whose
//! chain of parents in the page tree loops or runs deeper than
//! `MAX_DEPTH`, or a page that draws forms (XObjects of subtype Form) inside
//! forms deeper than `MAX_DEPTH`, in a loop (a form that draws itself,
//! however indirectly), or more than `MAX_FORM_DRAWS` times in all. A stack
//! overflow aborts the whole program, which `catch_unwind` cannot catch, so
//! these are checked before any page is read. What this walk cannot decode
//! is left to pdf-extract, whose failures are caught.

use pdf_extract::{content::Content, Dictionary, Document, Object, ObjectId};
use std::collections::{BTreeMap, HashMap};

/// How deep the page tree and forms inside forms may go; real documents
/// nest a few levels.
const MAX_DEPTH: usize = 24;
/// How many forms one page may draw, nested ones included.
const MAX_FORM_DRAWS: u64 = 10_000;

/// Refuses a document whose pages would nest without end (see the module
/// comment).
pub(crate) fn check_nesting(
    document: &Document,
    pages: &BTreeMap<u32, ObjectId>,
) -> Result<(), String> {
    for (&number, &page) in pages {
        let ancestors = ancestors(document, page)
            .map_err(|why| format!("page {number} of this PDF {why}; the file is damaged"))?;
        let Some(resources) = ancestors.iter().find_map(|node| {
            let dict = document.get_dictionary(*node).ok()?;
            dictionary(document, dict.get(b"Resources").ok()?)
        }) else {
            continue;
        };
        let Ok(content) = document.get_page_content(page) else {
            continue;
        };
        let mut walk = FormWalk {
            document,
            stack: Vec::new(),
            draws: HashMap::new(),
        };
        let draws = walk.draws_in(&content, resources).map_err(|why| {
            format!("page {number} of this PDF {why}; Plenary does not read such a file")
        })?;
        if draws > MAX_FORM_DRAWS {
            return Err(format!(
                "page {number} of this PDF draws forms more than {MAX_FORM_DRAWS} times; \
                 Plenary does not read such a file"
            ));
        }
    }
    Ok(())
}

/// The page and its ancestors in the page tree, nearest first.
fn ancestors(document: &Document, page: ObjectId) -> Result<Vec<ObjectId>, &'static str> {
    let mut chain = vec![page];
    while let Some(parent) = document
        .get_dictionary(chain[chain.len() - 1])
        .ok()
        .and_then(|dict| dict.get(b"Parent").ok())
        .and_then(|parent| parent.as_reference().ok())
    {
        if chain.contains(&parent) {
            return Err("is its own ancestor in the page tree");
        }
        if chain.len() > MAX_DEPTH {
            return Err("is nested too deep in the page tree");
        }
        chain.push(parent);
    }
    Ok(chain)
}

fn dictionary<'a>(document: &'a Document, object: &'a Object) -> Option<&'a Dictionary> {
    document.dereference(object).ok()?.1.as_dict().ok()
}

/// A walk through the forms a page draws, as pdf-extract will make it.
struct FormWalk<'a> {
    document: &'a Document,
    /// The forms being drawn, outermost first.
    stack: Vec<ObjectId>,
    /// How many forms drawing a form draws in all, by the form and the
    /// address of the resources it is drawn with: a form without its own
    /// resources uses its caller's.
    draws: HashMap<(ObjectId, usize), u64>,
}

impl<'a> FormWalk<'a> {
    /// How many forms `content` draws with `resources`, nested ones included.
    fn draws_in(&mut self, content: &[u8], resources: &'a Dictionary) -> Result<u64, String> {
        let Ok(content) = Content::decode(content) else {
            return Ok(0);
        };
        let mut total: u64 = 0;
        for operation in content.operations.iter().filter(|o| o.operator == "Do") {
            let Some((id, form)) = self.form(resources, operation.operands.first()) else {
                continue;
            };
            if self.stack.contains(&id) {
                return Err("draws a form inside itself".into());
            }
            if self.stack.len() >= MAX_DEPTH {
                return Err("draws forms inside forms too deep".into());
            }
            let inner = form
                .dict
                .get(b"Resources")
                .ok()
                .and_then(|r| dictionary(self.document, r))
                .unwrap_or(resources);
            let key = (id, std::ptr::from_ref(inner) as usize);
            let nested = match self.draws.get(&key) {
                Some(&known) => known,
                None => {
                    let data = form
                        .decompressed_content()
                        .unwrap_or_else(|_| form.content.clone());
                    self.stack.push(id);
                    let nested = self.draws_in(&data, inner)?;
                    self.stack.pop();
                    self.draws.insert(key, nested);
                    nested
                }
            };
            total = total.saturating_add(1).saturating_add(nested);
            if total > MAX_FORM_DRAWS {
                break;
            }
        }
        Ok(total)
    }

    /// The form XObject named by a `Do` operand in `resources`, if it is one.
    fn form(
        &self,
        resources: &'a Dictionary,
        name: Option<&Object>,
    ) -> Option<(ObjectId, &'a pdf_extract::Stream)> {
        let xobjects = dictionary(self.document, resources.get(b"XObject").ok()?)?;
        let id = xobjects
            .get(name?.as_name().ok()?)
            .ok()?
            .as_reference()
            .ok()?;
        let stream = self.document.get_object(id).ok()?.as_stream().ok()?;
        let subtype = stream.dict.get(b"Subtype").and_then(Object::as_name);
        subtype.is_ok_and(|s| s == b"Form").then_some((id, stream))
    }
}
