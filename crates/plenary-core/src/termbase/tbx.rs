//! The termbase as TBX (ISO 30042), written and read with quick-xml.
//!
//! Export writes TBX-Basic in TBX v3 (ISO 30042:2019, the DCA style): a
//! `conceptEntry` per concept with its key as `id` and its subject as a
//! `descrip type="subjectField"`, a `langSec` per language, and a
//! `termSec` per term with its `administrativeStatus` (preferred,
//! admitted or deprecated) and its note.
//!
//! Import reads the same, and also the older TBX 2008 layout that many
//! tools still write (`martif`, `termEntry`, `langSet`, `tig` or `ntig`),
//! and `normativeAuthorization` for the status. A term without a status is
//! admitted (the first of its language becomes preferred, see
//! `entries::checked`); a superseded term is deprecated. Languages other
//! than the six, and entries without a term in them, are left out and
//! reported. A file that is not well-formed XML, or not TBX, is refused
//! whole, naming the file and the byte where reading stopped.

use super::entries::{merge_entries, new_key, ReadEntry};
use crate::model::{
    Concept, ConceptFields, Error, Language, Result, Term, TermStatus, TermbaseImportReport,
};
use crate::store::Store;
use crate::text::xml::{attr, predefined_entity};
use quick_xml::escape::escape;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::fmt::Write;
use std::path::Path;

fn status_value(status: TermStatus) -> &'static str {
    match status {
        TermStatus::Preferred => "preferredTerm-admn-sts",
        TermStatus::Admitted => "admittedTerm-admn-sts",
        TermStatus::Deprecated => "deprecatedTerm-admn-sts",
    }
}

/// A status as TBX v3 or TBX 2008 writes it.
fn status_of(value: &str) -> Option<TermStatus> {
    match value.trim() {
        "preferredTerm-admn-sts" | "preferredTerm" => Some(TermStatus::Preferred),
        "admittedTerm-admn-sts" | "admittedTerm" => Some(TermStatus::Admitted),
        "deprecatedTerm-admn-sts"
        | "deprecatedTerm"
        | "supersededTerm-admn-sts"
        | "supersededTerm" => Some(TermStatus::Deprecated),
        _ => None,
    }
}

/// The entries as a TBX-Basic (TBX v3) document.
pub fn export_tbx(concepts: &[Concept]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <tbx style=\"dca\" type=\"TBX-Basic\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n\
         \x20 <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        \
         <p>The termbase of a Plenary library</p>\n      </sourceDesc>\n    </fileDesc>\n  \
         </tbxHeader>\n  <text>\n    <body>\n",
    );
    for concept in concepts {
        // Writing to a String cannot fail.
        let _ = writeln!(out, "      <conceptEntry id=\"{}\">", escape(&concept.key));
        if let Some(subject) = &concept.fields.subject {
            let _ = writeln!(
                out,
                "        <descrip type=\"subjectField\">{}</descrip>",
                escape(subject)
            );
        }
        for language in Language::ALL {
            let mut terms = concept.fields.terms_in(language).peekable();
            if terms.peek().is_none() {
                continue;
            }
            let _ = writeln!(out, "        <langSec xml:lang=\"{}\">", language.code());
            for term in terms {
                let _ = write!(
                    out,
                    "          <termSec>\n            <term>{}</term>\n            \
                     <termNote type=\"administrativeStatus\">{}</termNote>\n",
                    escape(&term.text),
                    status_value(term.status)
                );
                if let Some(note) = &term.note {
                    let _ = writeln!(out, "            <note>{}</note>", escape(note));
                }
                out.push_str("          </termSec>\n");
            }
            out.push_str("        </langSec>\n");
        }
        out.push_str("      </conceptEntry>\n");
    }
    out.push_str("    </body>\n  </text>\n</tbx>\n");
    out
}

/// What element's text is being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    Term,
    Status,
    Note,
    Subject,
}

/// The entry being read, the language section and the term.
#[derive(Default)]
struct Entry {
    key: Option<String>,
    subject: Option<String>,
    terms: Vec<Term>,
    language: Option<Result<Language, String>>,
    term: Option<(String, Option<TermStatus>, Option<String>)>,
    problems: Vec<String>,
}

/// Reads a TBX document into entries (each with where it is in the file)
/// and the notes of what was left out.
fn read_tbx(name: &str, xml: &str) -> Result<(Vec<ReadEntry>, Vec<String>)> {
    let mut reader = Reader::from_str(xml);
    let mut entries = Vec::new();
    let mut skipped = Vec::new();
    let mut entry: Option<Entry> = None;
    let mut reading: Option<(Reading, String)> = None;
    let mut root_seen = false;
    let mut count = 0usize;
    loop {
        let event = reader.read_event().map_err(|e| {
            let at = reader.error_position();
            Error::bad_input(name, format!("not valid XML at byte {at}: {e}"))
        })?;
        match event {
            Event::Start(e) => {
                let local = e.local_name();
                let local: &str = local.as_ref();
                if !root_seen {
                    if !matches!(local, "tbx" | "martif") {
                        return Err(Error::bad_input(
                            name,
                            format!("not a TBX file: its root element is <{local}>, not <tbx> or <martif>"),
                        ));
                    }
                    root_seen = true;
                    continue;
                }
                match (local, entry.as_mut()) {
                    ("conceptEntry" | "termEntry", _) => {
                        count += 1;
                        entry = Some(Entry {
                            key: attr(&e, "id"),
                            ..Entry::default()
                        });
                    }
                    ("langSec" | "langSet", Some(entry)) => {
                        let code = attr(&e, "lang").unwrap_or_default();
                        let primary = code.split(['-', '_']).next().unwrap_or_default();
                        entry.language = Some(Language::parse(primary).map_err(|_| code));
                    }
                    ("termSec" | "tig" | "ntig", Some(entry)) => {
                        entry.term = Some((String::new(), None, None));
                    }
                    ("term", Some(entry)) if entry.term.is_some() => {
                        reading = Some((Reading::Term, String::new()));
                    }
                    ("termNote", Some(entry)) if entry.term.is_some() => {
                        let kind = attr(&e, "type").unwrap_or_default();
                        if matches!(
                            kind.as_str(),
                            "administrativeStatus" | "normativeAuthorization"
                        ) {
                            reading = Some((Reading::Status, String::new()));
                        }
                    }
                    ("note", Some(entry)) if entry.term.is_some() => {
                        reading = Some((Reading::Note, String::new()));
                    }
                    ("descrip", Some(_)) if attr(&e, "type").as_deref() == Some("subjectField") => {
                        reading = Some((Reading::Subject, String::new()));
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let Some((_, text)) = reading.as_mut() {
                    text.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) => {
                if let Some((_, text)) = reading.as_mut() {
                    text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => predefined_entity(&r),
                };
                if let (Some(c), Some((_, text))) = (c, reading.as_mut()) {
                    text.push(c);
                }
            }
            Event::End(e) => {
                let local = e.local_name();
                let local: &str = local.as_ref();
                let Some(current) = entry.as_mut() else {
                    continue;
                };
                match local {
                    "term" | "termNote" | "note" | "descrip" => {
                        let Some((what, text)) = reading.take() else {
                            continue;
                        };
                        match (what, current.term.as_mut()) {
                            (Reading::Term, Some(term)) => term.0 = text,
                            (Reading::Status, Some(term)) => term.1 = status_of(&text),
                            (Reading::Note, Some(term)) => term.2 = Some(text),
                            (Reading::Subject, _) => current.subject = Some(text),
                            _ => {}
                        }
                    }
                    "termSec" | "tig" | "ntig" => {
                        let Some((text, status, note)) = current.term.take() else {
                            continue;
                        };
                        match &current.language {
                            Some(Ok(language)) => current.terms.push(Term {
                                language: *language,
                                text,
                                status: status.unwrap_or(TermStatus::Admitted),
                                note,
                            }),
                            Some(Err(code)) => current.problems.push(format!(
                                "the term '{text}' in '{code}', not one of the six UN languages, is left out"
                            )),
                            None => current
                                .problems
                                .push(format!("the term '{text}' has no language; left out")),
                        }
                    }
                    "langSec" | "langSet" => current.language = None,
                    "conceptEntry" | "termEntry" => {
                        let Some(done) = entry.take() else { continue };
                        let where_is = match &done.key {
                            Some(key) => format!("{name}: entry {count} ('{key}')"),
                            None => format!("{name}: entry {count}"),
                        };
                        skipped.extend(done.problems.iter().map(|p| format!("{where_is}: {p}")));
                        let fields = ConceptFields {
                            subject: done.subject,
                            terms: done.terms,
                        };
                        let key = done
                            .key
                            .filter(|k| !k.trim().is_empty())
                            .unwrap_or_else(new_key);
                        entries.push(ReadEntry {
                            place: where_is,
                            key,
                            fields,
                        });
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !root_seen {
        return Err(Error::bad_input(
            name,
            "not a TBX file: it holds no XML element",
        ));
    }
    Ok((entries, skipped))
}

/// Imports a TBX file: entries merged by key (see `entries::merge_entries`).
pub fn import_tbx(store: &mut Store, path: &Path) -> Result<TermbaseImportReport> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let xml = String::from_utf8(bytes)
        .map_err(|_| Error::bad_input(&name, "not a TBX file: it is not UTF-8 text"))?;
    let xml = xml.strip_prefix('\u{feff}').unwrap_or(&xml);
    let (entries, skipped) = read_tbx(&name, xml)?;
    merge_entries(store, entries, skipped)
}
