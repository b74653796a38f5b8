//! The Word document's languages, written into the package docx-rs built
//! (its writer has no language property): every run carries `w:lang` with
//! its paragraph's language, so Word proofreads a Spanish statement as
//! Spanish; a Chinese run names it for East Asian text too (`w:eastAsia`),
//! and an Arabic run for complex script (`w:bidi`) and runs right to left
//! (`w:rtl`, beside its paragraph's `w:bidi`). A paragraph's language is the
//! one its script tells (Arabic, Chinese, Cyrillic), else the draft's when
//! that is written in Latin letters; a Latin paragraph in an Arabic,
//! Chinese or Russian draft is not tagged, since which Latin language it is
//! cannot be told. The document's default run properties carry the draft's
//! language, for what is typed later. The font table names the Arabic and
//! Chinese fonts of the document's defaults with their Noto fallbacks
//! (`w:altName`), for a reader without the Windows fonts.

use super::page::script_language;
use crate::model::{Error, Language, Result};
use docx_rs::XMLDocx;
use quick_xml::events::{BytesEnd, BytesStart, Event};
use quick_xml::{Reader, Writer};

/// The fonts the document's defaults name for Arabic (complex script) and
/// Chinese (East Asian) text, and the Noto fonts a reader without them is
/// pointed to.
pub(super) const ARABIC_FONT: &str = "Traditional Arabic";
pub(super) const CHINESE_FONT: &str = "SimSun";
const FALLBACKS: [(&str, &str, &str); 2] = [
    // name, Noto fallback, Word's charset for the script
    (ARABIC_FONT, "Noto Naskh Arabic", "B2"),
    (CHINESE_FONT, "Noto Serif CJK SC", "86"),
];

/// A language as Word tags it: the region UN documents are written for.
fn word_tag(language: Language) -> &'static str {
    match language {
        Language::Ar => "ar-SA",
        Language::Zh => "zh-CN",
        Language::En => "en-GB",
        Language::Fr => "fr-FR",
        Language::Ru => "ru-RU",
        Language::Es => "es-ES",
    }
}

/// The language of a paragraph of `text` in a draft in `draft`.
fn paragraph_language(text: &str, draft: Option<Language>) -> Option<Language> {
    match script_language(text) {
        Some("ar") => Some(Language::Ar),
        Some("zh") => Some(Language::Zh),
        Some("ru") => Some(Language::Ru),
        _ => draft.filter(|l| matches!(l, Language::En | Language::Fr | Language::Es)),
    }
}

/// The run properties that say `language`: `w:rtl` for Arabic, then
/// `w:lang`, in the order Word's schema puts them.
fn language_properties(language: Language) -> Vec<Event<'static>> {
    let tag = word_tag(language);
    let mut lang = BytesStart::new("w:lang");
    lang.push_attribute(("w:val", tag));
    match language {
        Language::Zh => lang.push_attribute(("w:eastAsia", tag)),
        Language::Ar => lang.push_attribute(("w:bidi", tag)),
        _ => {}
    }
    let rtl = (language == Language::Ar).then(|| Event::Empty(BytesStart::new("w:rtl")));
    rtl.into_iter().chain([Event::Empty(lang)]).collect()
}

fn failed(part: &str, error: impl std::fmt::Display) -> Error {
    Error::Io {
        path: format!("word/{part}"),
        source: std::io::Error::other(error.to_string()),
    }
}

/// Every event of an XML part, owned.
fn events(xml: &[u8], part: &str) -> Result<Vec<Event<'static>>> {
    let mut reader = Reader::from_reader(xml);
    let mut out = Vec::new();
    let mut buf = Vec::new();
    loop {
        match reader
            .read_event_into(&mut buf)
            .map_err(|e| failed(part, e))?
        {
            Event::Eof => return Ok(out),
            event => out.push(event.into_owned()),
        }
        buf.clear();
    }
}

fn written(events: &[Event<'static>], part: &str) -> Result<Vec<u8>> {
    let mut writer = Writer::new(Vec::new());
    for event in events {
        writer
            .write_event(event.borrow())
            .map_err(|e| failed(part, e))?;
    }
    Ok(writer.into_inner())
}

fn is(event: &Event, name: &str) -> bool {
    match event {
        Event::Start(e) | Event::Empty(e) => e.name().as_ref() == name,
        Event::End(e) => e.name().as_ref() == name,
        _ => false,
    }
}

/// The package docx-rs built for a draft in `draft`, its runs, its
/// default run properties and its font table told their languages.
pub(super) fn tag_package(mut package: XMLDocx, draft: Option<Language>) -> Result<XMLDocx> {
    package.document = tag_runs(&package.document, draft)?;
    package.styles = tag_defaults(&package.styles, draft)?;
    package.font_table = name_fonts(&package.font_table)?;
    Ok(package)
}

/// `word/document.xml` with each run's language, for a draft in `draft`.
fn tag_runs(document: &[u8], draft: Option<Language>) -> Result<Vec<u8>> {
    let part = "document.xml";
    let all = events(document, part)?;
    let mut out = Vec::with_capacity(all.len() + all.len() / 4);
    let mut at = 0;
    while at < all.len() {
        if !(matches!(all[at], Event::Start(_)) && is(&all[at], "w:p")) {
            out.push(all[at].clone());
            at += 1;
            continue;
        }
        let end = (at..all.len())
            .find(|&i| matches!(all[i], Event::End(_)) && is(&all[i], "w:p"))
            .ok_or_else(|| failed(part, "a paragraph is not closed"))?;
        let paragraph = &all[at..=end];
        let text: String = paragraph
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) => Some(t.as_ref().to_owned()),
                _ => None,
            })
            .collect();
        match paragraph_language(&text, draft) {
            Some(language) => out.extend(with_run_language(paragraph, language)),
            None => out.extend_from_slice(paragraph),
        }
        at = end + 1;
    }
    written(&out, part)
}

/// A paragraph's events with `language` in each run's properties (a run
/// without properties is given them).
fn with_run_language(paragraph: &[Event<'static>], language: Language) -> Vec<Event<'static>> {
    let properties = language_properties(language);
    let mut out = Vec::with_capacity(paragraph.len() + 4);
    let mut parents: Vec<String> = Vec::new();
    for (i, event) in paragraph.iter().enumerate() {
        let in_run = parents.last().is_some_and(|p| p == "w:r");
        match event {
            Event::Empty(_) if in_run && is(event, "w:rPr") => {
                out.push(Event::Start(BytesStart::new("w:rPr")));
                out.extend(properties.iter().cloned());
                out.push(Event::End(BytesEnd::new("w:rPr")));
            }
            Event::End(_)
                if is(event, "w:rPr")
                    && parents.len() >= 2
                    && parents[parents.len() - 2] == "w:r" =>
            {
                out.extend(properties.iter().cloned());
                out.push(event.clone());
            }
            _ => out.push(event.clone()),
        }
        match event {
            Event::Start(e) => {
                parents.push(e.name().as_ref().to_owned());
                let opens_bare_run =
                    is(event, "w:r") && !paragraph.get(i + 1).is_some_and(|next| is(next, "w:rPr"));
                if opens_bare_run {
                    out.push(Event::Start(BytesStart::new("w:rPr")));
                    out.extend(properties.iter().cloned());
                    out.push(Event::End(BytesEnd::new("w:rPr")));
                }
            }
            Event::End(_) => {
                parents.pop();
            }
            _ => {}
        }
    }
    out
}

/// `word/styles.xml` with the draft's language in the document's default
/// run properties.
fn tag_defaults(styles: &[u8], draft: Option<Language>) -> Result<Vec<u8>> {
    let part = "styles.xml";
    let Some(language) = draft else {
        return Ok(styles.to_vec());
    };
    let mut lang = BytesStart::new("w:lang");
    match language {
        Language::Zh => lang.push_attribute(("w:eastAsia", word_tag(language))),
        Language::Ar => lang.push_attribute(("w:bidi", word_tag(language))),
        _ => lang.push_attribute(("w:val", word_tag(language))),
    }
    let all = events(styles, part)?;
    let mut out = Vec::with_capacity(all.len() + 3);
    let mut in_default = false;
    for event in all {
        match &event {
            Event::Start(_) if is(&event, "w:rPrDefault") => in_default = true,
            Event::End(_) if is(&event, "w:rPrDefault") => in_default = false,
            Event::Empty(_) if in_default && is(&event, "w:rPr") => {
                out.push(Event::Start(BytesStart::new("w:rPr")));
                out.push(Event::Empty(lang.clone()));
                out.push(Event::End(BytesEnd::new("w:rPr")));
                continue;
            }
            Event::End(_) if in_default && is(&event, "w:rPr") => {
                out.push(Event::Empty(lang.clone()));
            }
            _ => {}
        }
        out.push(event);
    }
    written(&out, part)
}

/// `word/fontTable.xml` with the Arabic and Chinese fonts and the Noto
/// fonts that stand in for them.
fn name_fonts(font_table: &[u8]) -> Result<Vec<u8>> {
    let part = "fontTable.xml";
    let mut out = Vec::new();
    for event in events(font_table, part)? {
        if matches!(event, Event::End(_)) && is(&event, "w:fonts") {
            for (name, fallback, charset) in FALLBACKS {
                let mut font = BytesStart::new("w:font");
                font.push_attribute(("w:name", name));
                out.push(Event::Start(font));
                for (element, value) in [
                    ("w:altName", fallback),
                    ("w:charset", charset),
                    ("w:family", "roman"),
                    ("w:pitch", "variable"),
                ] {
                    let mut child = BytesStart::new(element);
                    child.push_attribute(("w:val", value));
                    out.push(Event::Empty(child));
                }
                out.push(Event::End(BytesEnd::new("w:font")));
            }
        }
        out.push(event);
    }
    written(&out, part)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(xml: &str, draft: Option<Language>) -> String {
        String::from_utf8(tag_runs(xml.as_bytes(), draft).unwrap()).unwrap()
    }

    #[test]
    fn runs_take_their_paragraph_s_language() {
        let xml = r#"<w:document><w:body><w:p><w:pPr><w:rPr /></w:pPr><w:r><w:rPr /><w:t>السيد الرئيس،</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b /></w:rPr><w:t>我们欢迎</w:t></w:r></w:p><w:p><w:r><w:t>Señor Presidente:</w:t></w:r></w:p></w:body></w:document>"#;
        let out = tagged(xml, Some(Language::Es));
        assert!(
            out.contains(r#"<w:pPr><w:rPr /></w:pPr><w:r><w:rPr><w:rtl/><w:lang w:val="ar-SA" w:bidi="ar-SA"/></w:rPr><w:t>السيد"#),
            "{out}"
        );
        assert!(
            out.contains(r#"<w:rPr><w:b /><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr>"#),
            "{out}"
        );
        assert!(
            out.contains(r#"<w:r><w:rPr><w:lang w:val="es-ES"/></w:rPr><w:t>Señor"#),
            "{out}"
        );
    }

    #[test]
    fn a_latin_paragraph_in_a_draft_of_another_script_is_not_tagged() {
        let xml = r#"<w:p><w:r><w:rPr /><w:t>A/75/816</w:t></w:r></w:p>"#;
        assert_eq!(tagged(xml, Some(Language::Ar)), xml);
        assert_eq!(tagged(xml, None), xml);
        assert!(tagged(xml, Some(Language::Fr)).contains(r#"w:val="fr-FR""#));
    }
}
