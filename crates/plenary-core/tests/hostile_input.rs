//! Files built to hurt the importers: a ZIP bomb dressed as a Word
//! document, Markdown and HTML nested far deeper than any statement, XML
//! that declares external entities, and a folder with a link leading out of
//! it. Each is refused or read safely, quickly, on a thread with the stack
//! an import's worker has, and never reaches past what the user named.
//! (The generated inputs are in `plenary-bench fuzz`; its short run is
//! `crates/plenary-bench/tests/fuzz.rs`.)

use plenary_core::import::{prepare_bytes, FileOutcome, Format, PreparedDocument};
use plenary_core::model::Result;
use plenary_core::Library;
use std::io::{Cursor, Write};
use std::time::{Duration, Instant};

/// Prepares `bytes` on a thread with a 2 MB stack, as the import's reader
/// thread has, and fails the test when it takes more than `limit`.
fn prepare_on_worker(format: Format, bytes: Vec<u8>, limit: Duration) -> Result<PreparedDocument> {
    let started = Instant::now();
    let result = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || prepare_bytes("hostile", format, &bytes))
        .unwrap()
        .join()
        .expect("the importer panicked");
    assert!(started.elapsed() < limit, "took {:?}", started.elapsed());
    result
}

fn zip(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn word_document(body: &str) -> String {
    format!("<w:document xmlns:w=\"w\"><w:body>{body}</w:body></w:document>")
}

/// Overwrites the uncompressed size the archive declares for its parts
/// (local headers and central directory) with `size`.
fn declare_size(archive: &mut [u8], size: u32) {
    for (signature, at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
        let starts: Vec<usize> = archive
            .windows(4)
            .enumerate()
            .filter(|(_, w)| w == signature)
            .map(|(i, _)| i)
            .collect();
        for start in starts {
            archive[start + at..start + at + 4].copy_from_slice(&size.to_le_bytes());
        }
    }
}

#[test]
fn a_zip_bomb_word_document_is_refused() {
    // 120 MB of one paragraph's text compress to well under 1 MB.
    let paragraph = format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", "a".repeat(1 << 20));
    let body = paragraph.repeat(120);
    let bomb = zip(&[("word/document.xml", word_document(&body).as_bytes())]);
    assert!(bomb.len() < 1_000_000, "{} bytes", bomb.len());
    let error = prepare_on_worker(Format::Docx, bomb.clone(), Duration::from_secs(60))
        .expect_err("a bomb is refused");
    assert!(
        error.to_string().contains("too large"),
        "refused for its declared size: {error}"
    );

    // The same bomb lying about its size is stopped while it is inflated.
    let mut liar = bomb;
    declare_size(&mut liar, 4096);
    let error = prepare_on_worker(Format::Docx, liar, Duration::from_secs(60))
        .expect_err("a bomb that lies about its size is refused");
    assert!(error.to_string().contains("document.xml"), "{error}");
}

#[test]
fn xml_external_entities_are_never_resolved() {
    let secret_dir = tempfile::tempdir().unwrap();
    let secret = secret_dir.path().join("secret.txt");
    std::fs::write(&secret, "TOPSECRETVALUE").unwrap();
    let url = format!("file://{}", secret.display());
    let xml = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"{url}\">\
         <!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>{}",
        word_document(
            "<w:p><w:r><w:t>Mr. Chair, we read &xxe; and &lol2; here &amp; there.</w:t></w:r></w:p>"
        )
    );
    let docx = zip(&[("word/document.xml", xml.as_bytes())]);
    let document = prepare_on_worker(Format::Docx, docx, Duration::from_secs(10)).unwrap();
    assert!(
        !document.markdown.contains("TOPSECRET"),
        "{}",
        document.markdown
    );
    assert!(!document.markdown.contains("lol"), "{}", document.markdown);
    assert!(
        document.markdown.contains("Mr. Chair, we read"),
        "{}",
        document.markdown
    );

    let page = format!(
        "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"{url}\">]><html><body><p>Mr. Chair, &xxe; here.</p></body></html>"
    );
    let document =
        prepare_on_worker(Format::Html, page.into_bytes(), Duration::from_secs(10)).unwrap();
    assert!(
        !document.markdown.contains("TOPSECRET"),
        "{}",
        document.markdown
    );
    assert!(
        document.markdown.contains("Mr. Chair"),
        "{}",
        document.markdown
    );
}

#[test]
fn deeply_nested_markdown_and_html_do_not_overflow_the_stack() {
    let depth = 100_000;
    let nested_markdown = [
        format!("Mr. Chair,\n\n{}deep quote\n", "> ".repeat(depth)),
        format!("Mr. Chair,\n\n{}deep list\n", "- ".repeat(depth)),
        format!(
            "Mr. Chair,\n\n{}deep link{}\n",
            "[".repeat(depth),
            "](x)".repeat(depth)
        ),
        format!(
            "Mr. Chair,\n\n{}deep emphasis{}\n",
            "*_".repeat(depth),
            "_*".repeat(depth)
        ),
        (0..2_000)
            .map(|level| format!("{}- item {level}\n", "  ".repeat(level)))
            .collect(),
    ];
    for markdown in nested_markdown {
        for format in [Format::Markdown, Format::Text] {
            let result = prepare_on_worker(
                format,
                markdown.clone().into_bytes(),
                Duration::from_secs(30),
            );
            assert!(result.is_ok(), "{result:?}");
        }
    }
    let nested_html = [
        format!(
            "<html><body>{}Mr. Chair, deep.</body></html>",
            "<div>".repeat(depth)
        ),
        format!(
            "<p>{}Mr. Chair, bold.{}</p>",
            "<b><i>".repeat(depth),
            "</i></b>".repeat(depth)
        ),
        format!("{}Mr. Chair, in a list.", "<ul><li>".repeat(depth)),
        format!("{}Mr. Chair, in a table.", "<table><tr><td>".repeat(depth)),
    ];
    for page in nested_html {
        let result = prepare_on_worker(Format::Html, page.into_bytes(), Duration::from_secs(30));
        assert!(result.is_ok(), "{result:?}");
    }
    let cells = "<w:tbl><w:tr><w:tc>".repeat(depth / 10);
    let docx = zip(&[(
        "word/document.xml",
        word_document(&format!(
            "{cells}<w:p><w:r><w:t>Mr. Chair, nested cells.</w:t></w:r></w:p>"
        ))
        .as_bytes(),
    )]);
    // Unclosed cells make the XML malformed: refused, never a crash.
    let _ = prepare_on_worker(Format::Docx, docx, Duration::from_secs(30));
}

#[cfg(unix)]
#[test]
fn a_link_leading_outside_an_imported_folder_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("private");
    std::fs::create_dir_all(outside.join("drafts")).unwrap();
    let private = "Mr. Chair, this private note must stay out of the library.\n";
    std::fs::write(outside.join("note.md"), private).unwrap();
    std::fs::write(outside.join("drafts/other.md"), private).unwrap();
    let folder = dir.path().join("statements");
    std::fs::create_dir_all(folder.join("inner")).unwrap();
    std::fs::write(
        folder.join("kenya.md"),
        "Statement by Kenya\n\nMr. Chair, Kenya supports the programme of action.\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("inner/chile.md"),
        "Statement by Chile\n\nMr. Chair, Chile supports the programme of action.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.join("note.md"), folder.join("note.md")).unwrap();
    std::os::unix::fs::symlink(&outside, folder.join("private")).unwrap();
    // A link that stays inside the folder is followed.
    std::os::unix::fs::symlink(folder.join("inner/chile.md"), folder.join("also-chile.md"))
        .unwrap();

    let mut library = Library::open_in_memory().unwrap();
    let report = library.import_paths(&[folder], |_| {}).unwrap();
    assert_eq!((report.imported, report.duplicates), (2, 1), "{report:#?}");
    let refused: Vec<&FileOutcome> = report
        .files
        .iter()
        .filter(|f| matches!(f, FileOutcome::Failed { .. }))
        .collect();
    assert_eq!(refused.len(), 2, "{report:#?}");
    for outcome in refused {
        let FileOutcome::Failed { path, reason, .. } = outcome else {
            unreachable!()
        };
        assert!(
            path.ends_with("note.md") || path.ends_with("private"),
            "{path}"
        );
        assert!(reason.contains("leads outside"), "{reason}");
    }
    let stats = library.stats().unwrap();
    assert_eq!(stats.documents, 2);
}

/// The shape of the slowest text the fuzzer found: one paragraph of tens of
/// thousands of one-word sentences ("1. 1. 1. …") after markup and a
/// salutation. Every sentence is weighed as boilerplate on its own
/// (`text::roles`), so the cost must stay in proportion to the text: four
/// times the sentences may take four times as long, not sixteen (the least
/// of three runs each, to see past a busy machine).
#[test]
fn a_paragraph_of_many_short_sentences_costs_time_in_proportion() {
    let time = |sentences: usize| {
        let text = format!(
            "[ * Señor Presidente::: <img src=x onerror=y> A/RES/75/2401. {}\n\nI thank you.\n",
            "1. ".repeat(sentences)
        );
        (0..3)
            .map(|_| {
                let started = Instant::now();
                let document = prepare_bytes("sentences.txt", Format::Text, text.as_bytes());
                assert!(document.is_ok(), "{document:?}");
                started.elapsed()
            })
            .min()
            .unwrap()
    };
    let (small, large) = (time(5_000), time(20_000));
    eprintln!("5,000 sentences: {small:?}; 20,000: {large:?}");
    assert!(
        large < small * 8,
        "5,000 sentences took {small:?} and 20,000 took {large:?}: worse than linear"
    );
}

/// A one-page PDF written by hand around `content` (the page's content
/// stream, with the dictionary entries `content_filter` adds), and `extra`
/// objects after it.
fn hand_written_pdf(content: &[u8], content_filter: &str, extra: &[Vec<u8>]) -> Vec<u8> {
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
           /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_vec(),
        [
            format!("<< /Length {} {content_filter} >>\nstream\n", content.len()).as_bytes(),
            content,
            b"\nendstream",
        ]
        .concat(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ];
    objects.extend(extra.iter().cloned());
    let mut file = b"%PDF-1.5\n".to_vec();
    let mut offsets = Vec::new();
    for (n, object) in objects.iter().enumerate() {
        offsets.push(file.len());
        file.extend(format!("{} 0 obj\n", n + 1).as_bytes());
        file.extend(object);
        file.extend(b"\nendobj\n");
    }
    let xref = file.len();
    file.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        file.extend(format!("{offset:010} 00000 n \n").as_bytes());
    }
    file.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    file
}

fn deflated(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn a_pdf_whose_streams_inflate_past_any_page_is_refused_before_it_is_read() {
    let text =
        b"BT /F1 12 Tf 72 770 Td (Mr. Chair, Kenya supports the programme of action.) Tj ET\n";
    // 40 MB of blanks after the text: some 40 KB once deflated.
    let swollen = [&text[..], &vec![b' '; 40 << 20]].concat();
    let bomb = deflated(&swollen);
    assert!(bomb.len() < 100_000, "{} bytes", bomb.len());
    let object_stream = [
        format!(
            "<< /Type /ObjStm /N 1 /First 4 /Length {} /Filter /FlateDecode >>\nstream\n",
            bomb.len()
        )
        .as_bytes(),
        &bomb,
        b"\nendstream",
    ]
    .concat();
    let cases = [
        (
            "a page whose content inflates to 40 MB",
            hand_written_pdf(&bomb, "/Filter /FlateDecode", &[]),
        ),
        (
            "the same, deflated twice",
            hand_written_pdf(&deflated(&bomb), "/Filter [/FlateDecode /FlateDecode]", &[]),
        ),
        (
            "an object stream, which the reader inflates as it parses the file",
            hand_written_pdf(text, "", &[object_stream]),
        ),
    ];
    for (what, file) in cases {
        let refused = prepare_on_worker(Format::Pdf, file, Duration::from_secs(5))
            .expect_err(what)
            .to_string();
        assert!(
            refused.contains("decodes to more than 32 MB"),
            "{what}: {refused}"
        );
    }

    // The same page with its content deflated as writers do is read.
    let plain = hand_written_pdf(&deflated(text), "/Filter /FlateDecode", &[]);
    let document = prepare_on_worker(Format::Pdf, plain, Duration::from_secs(5)).unwrap();
    assert!(document
        .passages
        .iter()
        .any(|p| p.text.contains("programme of action")));
}
