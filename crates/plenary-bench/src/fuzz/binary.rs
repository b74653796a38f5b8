//! Hostile Word documents and PDFs, drawn from a seed: Word archives with
//! random paragraphs, styles, tables nested in tables, entity declarations
//! and damaged XML or archive bytes, and small one-page PDFs with random
//! text operators, damaged or not (the PDF writer also makes the long
//! PDFs `bench pdf-pages` reads).

use super::pieces::{mutate, soup};
use crate::corpus::rng::Rng;
use std::io::{Cursor, Write};

const STYLES: &[&str] = &[
    "Heading1",
    "Heading9",
    "Title",
    "ListParagraph",
    "Normal",
    "Titre1",
    "x",
    "",
];

fn docx_paragraph(rng: &mut Rng) -> String {
    let mut p = String::from("<w:p>");
    if rng.chance(0.4) {
        p.push_str(&format!(
            "<w:pPr><w:pStyle w:val=\"{}\"/>",
            rng.pick(STYLES)
        ));
        if rng.chance(0.3) {
            p.push_str("<w:numPr><w:numId w:val=\"1\"/></w:numPr>");
        }
        p.push_str("</w:pPr>");
    }
    for _ in 0..rng.range(0, 6) {
        let wrapper = *rng.pick(&[
            "",
            "w:del",
            "w:ins",
            "mc:Fallback",
            "w:hyperlink",
            "w:sdtContent",
        ]);
        if !wrapper.is_empty() {
            p.push_str(&format!("<{wrapper}>"));
        }
        p.push_str("<w:r>");
        if rng.chance(0.3) {
            p.push_str(
                rng.pick::<&str>(&["<w:rPr><w:b/></w:rPr>", "<w:rPr><w:i w:val=\"0\"/></w:rPr>"]),
            );
        }
        let pieces = rng.range(1, 12);
        let raw = soup(rng, pieces);
        let escaped = if rng.chance(0.9) {
            raw.replace('&', "&amp;").replace('<', "&lt;")
        } else {
            raw
        };
        p.push_str(&format!("<w:t xml:space=\"preserve\">{escaped}</w:t>"));
        p.push_str(rng.pick::<&str>(&["", "<w:tab/>", "<w:br/>", "<w:cr/>", "&e;", "&lt;"]));
        p.push_str("</w:r>");
        if !wrapper.is_empty() {
            p.push_str(&format!("</{wrapper}>"));
        }
    }
    p.push_str("</w:p>");
    p
}

pub fn docx(rng: &mut Rng) -> Vec<u8> {
    let mut xml = String::new();
    if rng.chance(0.2) {
        xml.push_str("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY e SYSTEM \"file:///etc/hostname\"><!ENTITY l \"&e;&e;&e;&e;\">]>");
    }
    xml.push_str("<w:document xmlns:w=\"w\" xmlns:mc=\"mc\"><w:body>");
    for _ in 0..rng.range(0, 40) {
        if rng.chance(0.1) {
            let depth = rng.range(1, 2_000);
            xml.push_str(&"<w:tbl><w:tr><w:tc>".repeat(depth));
            xml.push_str(&docx_paragraph(rng));
            xml.push_str(&"</w:tc></w:tr></w:tbl>".repeat(depth));
        } else {
            xml.push_str(&docx_paragraph(rng));
        }
    }
    xml.push_str("</w:body></w:document>");
    let mut parts = vec![("word/document.xml", xml.into_bytes())];
    if rng.chance(0.5) {
        let style = rng.pick(STYLES);
        let styles = format!(
            "<w:styles xmlns:w=\"w\"><w:style w:styleId=\"{style}\"><w:name w:val=\"heading {}\"/><w:basedOn w:val=\"{}\"/><w:outlineLvl w:val=\"{}\"/></w:style></w:styles>",
            rng.below(12),
            rng.pick(STYLES),
            rng.pick(&["0", "8", "-1", "99999999999", "x"])
        );
        parts.push(("word/styles.xml", styles.into_bytes()));
    }
    if rng.chance(0.2) {
        let (name, bytes) = parts.remove(0);
        parts.push((name, mutate(rng, bytes)));
    }
    let archive = zip_archive(&parts);
    if rng.chance(0.3) {
        mutate(rng, archive)
    } else {
        archive
    }
}

fn zip_archive(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file(*name, options).expect("a part in memory");
        zip.write_all(bytes).expect("a part in memory");
    }
    zip.finish().expect("an archive in memory").into_inner()
}

/// A PDF with one page for each of `contents` (each page's text
/// operators), all in one flat page tree, and a correct table of
/// cross-references.
pub fn pdf_with_pages(contents: &[&str]) -> Vec<u8> {
    // Object 1 is the catalogue and 2 the page tree; then each page and its
    // content stream, in pairs; the font last.
    let page = |i: usize| 3 + 2 * i;
    let font = page(contents.len());
    let kids: Vec<String> = (0..contents.len())
        .map(|i| format!("{} 0 R", page(i)))
        .collect();
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            contents.len()
        ),
    ];
    for (i, content) in contents.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>",
            page(i) + 1
        ));
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ));
    }
    objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned());
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).bytes());
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for offset in offsets {
        pdf.extend(format!("{offset:010} 00000 n \n").bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    pdf
}

const PDF_OPERATORS: &[&str] = &[
    "Tj", "TJ", "'", "Td", "TD", "Tm", "T*", "Tf", "cm", "q", "Q", "Do", "BT", "ET", "Tc", "Tw",
    "Tz", "TL",
];

pub fn pdf(rng: &mut Rng) -> Vec<u8> {
    let mut content = String::from("BT /F1 12 Tf 72 720 Td\n");
    for _ in 0..rng.range(1, 60) {
        let pieces = rng.range(1, 8);
        let words: String = soup(rng, pieces)
            .chars()
            .filter(|c| c.is_ascii() && !matches!(c, '(' | ')' | '\\'))
            .collect();
        match rng.below(4) {
            0 => content.push_str(&format!(
                "{} {} {}\n",
                rng.below(2000) as i64 - 1000,
                rng.below(2000) as i64 - 1000,
                rng.pick(PDF_OPERATORS)
            )),
            _ => content.push_str(&format!("0 -14 Td ({words}) Tj\n")),
        }
    }
    content.push_str("ET");
    let document = pdf_with_pages(&[&content]);
    if rng.chance(0.6) {
        mutate(rng, document)
    } else {
        document
    }
}
