use super::*;
use pulldown_cmark::{Event as Md, HeadingLevel, Parser, Tag};
use std::io::Write;
use zip::write::SimpleFileOptions;

/// Made by python-docx from tests/fixtures/make_statement_docx.py.
const STATEMENT: &[u8] = include_bytes!("../../../tests/fixtures/statement.docx");

const STATEMENT_MD: &str = r"# Statement by the Delegation of Norland

**Mr. Chair,**

We thank the Secretary-General for his **comprehensive** report on the *rule of law* and its follow-up.

Our delegation reaffirms its commitment:\
first, to dialogue; second, to 50% more funding.

- Support for the peacebuilding architecture.

- Protection of civilians.

Agenda item 5

Adopted without a vote

Text to quote literally: \<script>alert(1)\</script> and \[a link\](x).

\# not a heading

I thank you, **Mr. Chair**.
";

/// A .docx with the given parts, built in memory.
fn docx(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, text) in parts {
        zip.start_file(*name, SimpleFileOptions::default()).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A document.xml whose body is `body`.
fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}</w:body></w:document>"#
    )
}

fn markdown_of(body: &str, styles: Option<&str>) -> String {
    let xml = document(body);
    let mut parts = vec![(DOCUMENT, xml.as_str())];
    parts.extend(styles.map(|s| ("word/styles.xml", s)));
    docx_to_markdown(&docx(&parts)).expect("a valid document converts")
}

#[test]
fn statement_fixture_converts_to_the_expected_markdown() {
    let markdown = docx_to_markdown(STATEMENT).expect("the fixture is a valid Word file");
    assert_eq!(markdown, STATEMENT_MD);
}

#[test]
fn statement_fixture_markdown_has_one_heading_and_no_live_html() {
    let markdown = docx_to_markdown(STATEMENT).unwrap();
    let mut headings = 0;
    for event in Parser::new(&markdown) {
        match event {
            Md::Start(Tag::Heading { level, .. }) => {
                assert_eq!(level, HeadingLevel::H1, "only the title is a heading");
                headings += 1;
            }
            Md::Html(h) | Md::InlineHtml(h) => panic!("Word text became HTML: {h}"),
            Md::Start(Tag::Link { .. }) => panic!("Word text became a link"),
            _ => {}
        }
    }
    assert_eq!(headings, 1, "'# not a heading' must stay text");
    let text: String = Parser::new(&markdown)
        .filter_map(|e| match e {
            Md::Text(t) => Some(t.into_string()),
            _ => None,
        })
        .collect();
    assert!(
        text.contains("<script>alert(1)</script>"),
        "the literal text survives: {text}"
    );
    assert!(text.contains("# not a heading"));
}

#[test]
fn run_properties_revisions_and_text_boxes() {
    let body = r#"
      <w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>
        <w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>plain</w:t></w:r>
        <w:r><w:rPr><w:b w:val="true"/><w:i/></w:rPr><w:t xml:space="preserve"> both </w:t></w:r>
        <w:r><w:rPr><w:i w:val="false"/></w:rPr><w:t xml:space="preserve">end &amp; &#233; </w:t></w:r>
        <w:del><w:r><w:delText>gone</w:delText></w:r></w:del>
        <w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>strong</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Normal"/><w:pPrChange><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange></w:pPr>
        <w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>
          <w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
          <mc:Fallback><w:pict><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:pict></mc:Fallback></mc:AlternateContent>
        <w:t>after</w:t><w:br w:type="page"/><w:t>page</w:t></w:r></w:p>
      <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>not a list</w:t></w:r></w:p>
      <w:p><w:r><w:t>1. second</w:t><w:br/><w:t>- third</w:t><w:br/><w:br/></w:r></w:p>"#;
    assert_eq!(
        markdown_of(body, None),
        "plain ***both*** end & é **strong**\n\nboxed\n\nafter page\n\nnot a list\n\n\
         1\\. second\\\n\\- third\n"
    );
}

#[test]
fn headings_and_lists_come_from_styles_xml_by_built_in_name() {
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/></w:style>
      <w:style w:type="paragraph" w:styleId="MonTitre"><w:name w:val="Mon titre"/><w:basedOn w:val="Titre2"/></w:style>
      <w:style w:type="paragraph" w:styleId="Puce"><w:name w:val="Puce"/>
        <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
    </w:styles>"#;
    let para = |style: &str, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        para("Titre2", "Two #2"),
        para("MonTitre", "Inherited"),
        para("Puce", "Bullet"),
        para("Title", "Unknown id, read as a name"),
        r#"<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Outline</w:t></w:r></w:p>"#
            .into(),
    ]
    .concat();
    assert_eq!(
        markdown_of(&body, Some(styles)),
        "## Two \\#2\n\n## Inherited\n\n- Bullet\n\n# Unknown id, read as a name\n\n### Outline\n"
    );
}

#[test]
fn an_empty_document_is_empty_markdown() {
    assert_eq!(
        markdown_of("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>", None),
        ""
    );
}

#[test]
fn files_that_are_not_word_documents_are_refused_with_the_reason() {
    let not_zip = "not a Word document: the file is not a ZIP archive";
    assert_eq!(docx_to_markdown(b"").unwrap_err(), not_zip);
    assert_eq!(
        docx_to_markdown(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err(),
        not_zip
    );
    let legacy = docx_to_markdown(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).unwrap_err();
    assert!(legacy.contains(".doc"), "{legacy}");

    let truncated = docx_to_markdown(&STATEMENT[..STATEMENT.len() / 2]).unwrap_err();
    assert!(
        truncated.starts_with("not a Word document: the ZIP archive is damaged"),
        "{truncated}"
    );

    let no_document = docx(&[
        ("word/styles.xml", "<w:styles/>"),
        ("[Content_Types].xml", "<Types/>"),
    ]);
    assert_eq!(
        docx_to_markdown(&no_document).unwrap_err(),
        "Word document has no word/document.xml"
    );
}

#[test]
fn malformed_xml_is_refused_with_its_position() {
    let bad = docx(&[(DOCUMENT, "<w:document><w:body><w:p></w:body></w:document>")]);
    let err = docx_to_markdown(&bad).unwrap_err();
    assert!(
        err.starts_with("word/document.xml is not valid XML at byte "),
        "{err}"
    );

    let mut latin1 = zip::ZipWriter::new(Cursor::new(Vec::new()));
    latin1
        .start_file(DOCUMENT, SimpleFileOptions::default())
        .unwrap();
    latin1.write_all(b"<w:t>caf\xe9</w:t>").unwrap();
    let latin1 = latin1.finish().unwrap().into_inner();
    assert_eq!(
        docx_to_markdown(&latin1).unwrap_err(),
        "word/document.xml is not UTF-8 text"
    );
}

#[test]
fn a_part_over_the_size_limit_is_refused() {
    let err = convert(STATEMENT, 1_000).unwrap_err();
    assert!(err.starts_with("word/document.xml is too large"), "{err}");
    assert!(convert(STATEMENT, 1_000_000).is_ok());
}
