//! The Word document for capital, written with docx-rs: "Check against
//! delivery" when asked for, the title in the Title style, the heading's
//! lines under it (Subtitle: the delegation, the session as people write
//! it, the topic, the place and date), then the body's
//! paragraphs in order with their bold and italic, headings in Word's
//! heading styles, list items as indented paragraphs led by their bullet
//! or number, and the salutation on its own line. Every page's footer holds
//! a PAGE field. Times New Roman 12 pt at 1.15 line spacing on A4 with
//! 2.54 cm margins; an Arabic paragraph runs right to left, and every run
//! is tagged with its language (`docx_language`). Text is text: docx-rs
//! escapes it into the XML, and `add_text` first turns the control
//! characters pasted text carries into what Word means by them (a vertical
//! tab, Word's own line break, is a line break; a form feed a page break)
//! and leaves out the others, which XML 1.0 cannot hold. The package's core
//! properties (title, author, created and modified) are written by
//! `with_core_properties`.

use super::body::{BlockKind, Paragraph};
use super::docx_language::{self, ARABIC_FONT as ARABIC, CHINESE_FONT as CHINESE};
use super::format::DraftForExport;
use super::page::script_language;
use crate::model::{Error, Result};
use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, LineSpacing, LineSpacingType, PageMargin, PageNum,
    Paragraph as WordParagraph, Run, RunFonts, SpecialIndentType, Style, StyleType,
};
use std::io::{Cursor, Write};

const SERIF: &str = "Times New Roman";
/// Half-points: 12 pt.
const BODY_SIZE: usize = 24;
/// 240ths of a line: 1.15 lines.
const LINE: i32 = 276;
/// Twips: 8 pt after each paragraph.
const AFTER: u32 = 160;
/// Twips: one indent step, 0.25 inch.
const INDENT: i32 = 360;

/// The draft as the bytes of a .docx file.
pub(super) fn write(draft: &DraftForExport, paragraphs: &[Paragraph]) -> Result<Vec<u8>> {
    let mut doc = heading_block(blank_document(), draft, "");
    for paragraph in paragraphs {
        doc = doc.add_paragraph(word_paragraph(paragraph));
    }
    pack(doc, draft)
}

/// An empty document in the house style: fonts, size, spacing, A4 with its
/// margins, a page number in every footer, and the styles.
pub(super) fn blank_document() -> Docx {
    let mut doc = Docx::new()
        .default_fonts(
            RunFonts::new()
                .ascii(SERIF)
                .hi_ansi(SERIF)
                .cs(ARABIC)
                .east_asia(CHINESE),
        )
        .default_size(BODY_SIZE)
        .default_line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Auto)
                .line(LINE)
                .after(AFTER),
        )
        .page_margin(
            PageMargin::new()
                .top(1440)
                .bottom(1440)
                .left(1440)
                .right(1440)
                .header(708)
                .footer(708),
        )
        .footer(
            Footer::new().add_paragraph(
                WordParagraph::new()
                    .align(AlignmentType::Center)
                    .add_page_num(PageNum::new()),
            ),
        );
    for style in styles() {
        doc = doc.add_style(style);
    }
    doc
}

/// What stands above the text: "Check against delivery" at the right when
/// asked for, the title (after `title_prefix`) in the Title style, and the
/// heading's lines (the delegation, the session as people write it, the
/// topic, the place and date) in one Subtitle paragraph.
pub(super) fn heading_block(mut doc: Docx, draft: &DraftForExport, title_prefix: &str) -> Docx {
    if draft.check_against_delivery {
        doc = doc.add_paragraph(
            WordParagraph::new()
                .style("Normal")
                .align(AlignmentType::Right)
                .add_run(
                    Run::new()
                        .add_text(draft.check_against_delivery_line())
                        .bold(),
                ),
        );
    }
    let title = format!("{title_prefix}{}", draft.title_line());
    doc = doc.add_paragraph(directed(
        WordParagraph::new()
            .style("Title")
            .add_run(add_text(Run::new(), &title)),
        &title,
    ));
    let lines = draft.heading_lines();
    if !lines.is_empty() {
        let mut run = Run::new();
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            run = add_text(run, line);
        }
        doc = doc.add_paragraph(directed(
            WordParagraph::new().style("Subtitle").add_run(run),
            &lines.join(" "),
        ));
    }
    doc
}

/// The document packed as a .docx file, with its core properties.
pub(super) fn pack(doc: Docx, draft: &DraftForExport) -> Result<Vec<u8>> {
    let mut file = Cursor::new(Vec::new());
    let failed = |err: String| Error::Io {
        path: format!("{}.docx", draft.title_line()),
        source: std::io::Error::other(err),
    };
    docx_language::tag_package(doc.build(), draft.language)?
        .pack(&mut file)
        .map_err(|e| failed(e.to_string()))?;
    with_core_properties(&file.into_inner(), draft).map_err(failed)
}

/// The package with its core properties part written anew: the title,
/// the author (the user's name; left out when unknown, never "unknown"),
/// and the real times the draft was created and last changed, which
/// docx-rs would otherwise give as 1970-01-01.
fn with_core_properties(
    docx: &[u8],
    draft: &DraftForExport,
) -> std::result::Result<Vec<u8>, String> {
    const CORE: &str = "docProps/core.xml";
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).map_err(|e| e.to_string())?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(|e| e.to_string())?;
        if entry.name().map_err(|e| e.to_string())? != CORE {
            out.raw_copy_file(entry).map_err(|e| e.to_string())?;
        }
    }
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    out.start_file(CORE, options).map_err(|e| e.to_string())?;
    out.write_all(core_properties(draft).as_bytes())
        .map_err(|e| e.to_string())?;
    Ok(out.finish().map_err(|e| e.to_string())?.into_inner())
}

/// The core properties part (Open Packaging Conventions).
fn core_properties(draft: &DraftForExport) -> String {
    let time = |at: Option<&str>| {
        at.and_then(|at| chrono::DateTime::parse_from_rfc3339(at).ok())
            .map(|at| at.with_timezone(&chrono::Utc))
            .unwrap_or_else(chrono::Utc::now)
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string()
    };
    // Control characters (an escape pasted into a title) cannot stand in
    // XML 1.0, so they are left out, as `add_text` leaves them out of runs.
    let escaped = |text: &str| {
        let kept: String = text.chars().filter(|&c| !forbidden_in_xml(c)).collect();
        quick_xml::escape::escape(&kept).into_owned()
    };
    let author = draft
        .author
        .map(|name| {
            format!(
                "<dc:creator>{0}</dc:creator><cp:lastModifiedBy>{0}</cp:lastModifiedBy>",
                escaped(name)
            )
        })
        .unwrap_or_default();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title>{author}<cp:revision>1</cp:revision>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{}</dcterms:modified>\
         </cp:coreProperties>",
        escaped(&draft.title_line()),
        time(draft.created_at),
        time(draft.modified_at.or(draft.created_at)),
    )
}

/// Title, Subtitle and three heading levels, named as Word names its own.
fn styles() -> Vec<Style> {
    let title = Style::new("Title", StyleType::Paragraph)
        .name("Title")
        .based_on("Normal")
        .next("Normal")
        .size(32)
        .bold()
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().after(120));
    let subtitle = Style::new("Subtitle", StyleType::Paragraph)
        .name("Subtitle")
        .based_on("Normal")
        .next("Normal")
        .size(22)
        .italic()
        .color("404040")
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().after(360));
    let headings = [(1, 28), (2, 26), (3, 24)].map(|(level, size)| {
        Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .size(size)
            .bold()
            .outline_lvl(level - 1)
            .line_spacing(LineSpacing::new().before(240).after(120))
    });
    [title, subtitle].into_iter().chain(headings).collect()
}

pub(super) fn word_paragraph(paragraph: &Paragraph) -> WordParagraph {
    let text = paragraph.text();
    let mut out = WordParagraph::new().style("Normal");
    let mut indent = match paragraph.quoted {
        true => 2 * INDENT,
        false => 0,
    };
    match &paragraph.kind {
        BlockKind::Heading(level) => {
            out = out.style(&format!("Heading{}", (*level).min(3)));
        }
        BlockKind::ListItem { marker, depth } => {
            indent += INDENT * (*depth as i32);
            out = out.indent(
                Some(indent),
                marker.as_ref().map(|_| SpecialIndentType::Hanging(INDENT)),
                None,
                None,
            );
            if let Some(marker) = marker {
                out = out.add_run(Run::new().add_text(marker.as_str()).add_tab());
            }
        }
        BlockKind::Code | BlockKind::Paragraph => {}
    }
    if indent > 0 && !matches!(paragraph.kind, BlockKind::ListItem { .. }) {
        out = out.indent(Some(indent), None, None, None);
    }
    for run in &paragraph.runs {
        let mut word_run = add_text(Run::new(), &run.text);
        if run.bold {
            word_run = word_run.bold();
        }
        if run.italic {
            word_run = word_run.italic();
        }
        if paragraph.kind == BlockKind::Code {
            word_run = word_run.fonts(RunFonts::new().ascii("Courier New").hi_ansi("Courier New"));
        }
        out = out.add_run(word_run);
    }
    directed(out, &text)
}

/// `text` added to `run`: a line break for a newline or a vertical tab, a
/// page break for a form feed, and no character XML 1.0 forbids (the other
/// controls, U+FFFE, U+FFFF), which would make the document unreadable.
fn add_text(mut run: Run, text: &str) -> Run {
    let mut piece = String::new();
    for c in text.chars() {
        let brk = match c {
            '\n' | '\u{b}' => BreakType::TextWrapping,
            '\u{c}' => BreakType::Page,
            '\t' => {
                piece.push(c);
                continue;
            }
            c if forbidden_in_xml(c) => continue,
            c => {
                piece.push(c);
                continue;
            }
        };
        if !piece.is_empty() {
            run = run.add_text(std::mem::take(&mut piece));
        }
        run = run.add_break(brk);
    }
    if !piece.is_empty() {
        run = run.add_text(piece);
    }
    run
}

/// A character left out of the XML: the control characters XML 1.0 cannot
/// hold and a carriage return (a line's end is a line feed); tab and line
/// feed are kept, and callers treat them first where they mean something.
fn forbidden_in_xml(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n')) || c == '\u{fffe}' || c == '\u{ffff}'
}

/// An Arabic paragraph runs right to left.
pub(super) fn directed(mut paragraph: WordParagraph, text: &str) -> WordParagraph {
    if script_language(text) == Some("ar") {
        paragraph.property = paragraph.property.bidi(true);
    }
    paragraph
}

#[cfg(test)]
mod tests {
    use super::super::body::paragraphs;
    use super::super::fixtures::draft;
    use super::*;
    use std::io::Read;

    /// The XML of one part of the package.
    fn part(docx: &[u8], name: &str) -> String {
        let mut archive = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
        let mut xml = String::new();
        archive
            .by_name(name)
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        xml
    }

    #[test]
    fn title_header_and_paragraphs_in_order_with_a_page_number_footer() {
        let body = "Mr. Chair,\nWe **welcome** the *report*.\n\n- first point\n\nI thank you.";
        let docx = write(&draft("Statement on norms", body), &paragraphs(body)).unwrap();
        let document = part(&docx, "word/document.xml");
        let order = [
            "w:val=\"Title\"",
            ">Statement on norms<",
            "w:val=\"Subtitle\"",
            ">Pakistan<",
            "<w:br w:type=\"textWrapping\" />",
            ">OEWG 2021-2025, Eleventh substantive session<",
            ">Mr. Chair,<",
            "</w:p>",
            ">We <",
            "<w:b />",
            ">welcome<",
            "<w:i />",
            ">report<",
            ">•<",
            ">first point<",
            ">I thank you.<",
        ];
        super::super::fixtures::assert_in_order(&document, &order);
        let footers: Vec<String> = (1..=3)
            .filter_map(|n| {
                let name = format!("word/footer{n}.xml");
                zip::ZipArchive::new(Cursor::new(&docx))
                    .unwrap()
                    .by_name(&name)
                    .is_ok()
                    .then(|| part(&docx, &name))
            })
            .collect();
        assert!(
            footers.iter().any(|xml| xml.contains(">PAGE<")),
            "{footers:?}"
        );
    }

    #[test]
    fn core_properties_name_the_author_the_title_and_the_real_times() {
        let mut checked = draft("Statement on <norms> & rules", "We agree.");
        checked.check_against_delivery = true;
        let docx = write(&checked, &paragraphs("We agree.")).unwrap();
        let core = part(&docx, "docProps/core.xml");
        for piece in [
            "<dc:title>Statement on &lt;norms&gt; &amp; rules</dc:title>",
            "<dc:creator>Ayesha Khan</dc:creator>",
            ">2025-07-01T09:30:00Z</dcterms:created>",
            ">2025-07-06T18:05:00Z</dcterms:modified>",
        ] {
            assert!(core.contains(piece), "{piece}: {core}");
        }
        assert!(
            !core.contains("1970") && !core.contains("unknown"),
            "{core}"
        );
        let document = part(&docx, "word/document.xml");
        super::super::fixtures::assert_in_order(
            &document,
            &[">Check against delivery<", "w:val=\"Title\"", ">We agree.<"],
        );
        let unnamed = DraftForExport {
            author: None,
            ..draft("T", "")
        };
        let core = part(&write(&unnamed, &[]).unwrap(), "docProps/core.xml");
        assert!(!core.contains("creator"), "{core}");
    }

    #[test]
    fn markup_in_the_text_stays_text() {
        let body = "We <script>alert(1)</script> & [x](javascript:alert(2))";
        let docx = write(&draft("<b>Title</b>", body), &paragraphs(body)).unwrap();
        let document = part(&docx, "word/document.xml");
        assert!(document.contains("&lt;b&gt;Title&lt;/b&gt;"), "{document}");
        assert!(
            document
                .contains("We &lt;script&gt;alert(1)&lt;/script&gt; &amp; x (javascript:alert(2))"),
            "{document}"
        );
        assert!(!document.contains("<script") && !document.contains("<b>"));
    }

    #[test]
    fn arabic_runs_right_to_left_and_every_script_passes_through() {
        let body = "نرحب بالتقرير.\n\n我们欢迎这份报告。\n\nМы приветствуем доклад.";
        let docx = write(&draft("Заявление", body), &paragraphs(body)).unwrap();
        let document = part(&docx, "word/document.xml");
        for text in [
            "نرحب بالتقرير.",
            "我们欢迎这份报告。",
            "Мы приветствуем доклад.",
            "Заявление",
        ] {
            assert!(document.contains(text), "{text}: {document}");
        }
        assert_eq!(document.matches("<w:bidi />").count(), 1, "{document}");
    }
}
