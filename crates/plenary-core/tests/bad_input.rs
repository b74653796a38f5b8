//! Bad files get a clear error naming the file and the problem, and never
//! leave anything half-written: afterwards the library passes SQLite's
//! integrity check and holds exactly the good documents.

use plenary_core::import::FileOutcome;
use plenary_core::model::Filter;
use plenary_core::render::ExportFormat;
use plenary_core::Library;
use std::path::{Path, PathBuf};

const GOOD: &str = "Statement by Ambassador Jane Doe, Permanent Representative of Chile\n\nNew York, 2 March 2026\n\nMr. Chair,\n\nChile supports a permanent mechanism for regular institutional dialogue on ICT security.\n\nI thank you\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn import_one(library: &mut Library, path: &Path) -> FileOutcome {
    let report = library.import_paths(&[path.to_path_buf()], |_| {}).unwrap();
    assert_eq!(report.files.len(), 1);
    report.files.into_iter().next().unwrap()
}

fn assert_failed(outcome: &FileOutcome, name: &str, words: &str) {
    let FileOutcome::Failed {
        path,
        reason: message,
        ..
    } = outcome
    else {
        panic!("{name} is refused: {outcome:?}");
    };
    assert!(path.ends_with(name), "the outcome names the file: {path}");
    assert!(
        message.contains(words),
        "the message says '{words}': {message}"
    );
}

#[test]
fn each_bad_file_is_refused_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(dir.path().join("library.db")).unwrap();

    let empty = write(dir.path(), "empty.md", b"");
    assert_failed(&import_one(&mut library, &empty), "empty.md", "empty");

    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01".to_vec();
    png.extend_from_slice(&[0u8; 64]);
    let png = write(dir.path(), "picture.md", &png);
    assert_failed(&import_one(&mut library, &png), "picture.md", "PNG image");

    let huge = dir.path().join("huge.txt");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(51 * 1024 * 1024).unwrap();
    assert_failed(
        &import_one(&mut library, &huge),
        "huge.txt",
        "at most 50 MB",
    );

    let unsupported = write(dir.path(), "notes.odt", b"PK\x03\x04");
    assert_failed(
        &import_one(&mut library, &unsupported),
        "notes.odt",
        "not a format Plenary reads",
    );

    let broken_pdf = write(dir.path(), "notes.pdf", b"%PDF-1.7");
    assert_failed(
        &import_one(&mut library, &broken_pdf),
        "notes.pdf",
        "damaged",
    );

    let bad_front = write(
        dir.path(),
        "front.md",
        b"---\ndate: next Tuesday\n---\nText of the statement.\n",
    );
    assert_failed(&import_one(&mut library, &bad_front), "front.md", "'date'");

    let missing = dir.path().join("missing.md");
    assert_failed(
        &import_one(&mut library, &missing),
        "missing.md",
        "No such file",
    );

    assert_eq!(library.stats().unwrap().documents, 0, "nothing was stored");
    assert_eq!(library.integrity_check().unwrap(), "ok");
}

#[test]
fn windows_1252_text_is_imported_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open_in_memory().unwrap();
    let path = write(dir.path(), "latin1.txt", b"D\xe9claration de la d\xe9l\xe9gation sur la s\xe9curit\xe9 num\xe9rique et les mesures de confiance.\n");
    let outcome = import_one(&mut library, &path);
    assert!(
        matches!(outcome, FileOutcome::Imported { .. }),
        "{outcome:?}"
    );
    assert!(
        outcome
            .warnings()
            .iter()
            .any(|w| w.contains("Windows-1252")),
        "{:?}",
        outcome.warnings()
    );
    let doc = library.document(outcome.document_id().unwrap()).unwrap();
    assert!(doc.passages[0]
        .text
        .starts_with("Déclaration de la délégation"));
    assert_eq!(
        doc.summary.warnings,
        outcome.warnings(),
        "the warning is kept with the document"
    );
    let again = import_one(&mut library, &path);
    assert!(matches!(again, FileOutcome::Duplicate { .. }), "{again:?}");
    assert_eq!(
        again.warnings(),
        outcome.warnings(),
        "a duplicate still says how its file was read"
    );
}

#[test]
fn a_folder_with_one_bad_file_imports_the_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("statements");
    std::fs::create_dir_all(folder.join("2026")).unwrap();
    write(&folder, "a.md", GOOD.as_bytes());
    write(
        &folder.join("2026"),
        "b.txt",
        GOOD.replace("Chile", "Peru").as_bytes(),
    );
    write(&folder, "broken.md", b"\x89PNG\r\n\x1a\n\0\0\0");
    write(&folder, "scan.jpg", b"\xFF\xD8\xFF\xE0");
    write(&folder, ".hidden.md", GOOD.as_bytes());
    let mut library = Library::open(dir.path().join("library.db")).unwrap();
    let mut progress = Vec::new();
    let report = library
        .import_paths(&[folder], |p| progress.push((p.done, p.total)))
        .unwrap();
    assert_eq!(
        (report.imported, report.failed, report.skipped),
        (2, 1, 1),
        "{report:#?}"
    );
    assert_eq!(progress.last(), Some(&(4, 4)), "progress reaches the total");
    let failed = report
        .files
        .iter()
        .find(|f| matches!(f, FileOutcome::Failed { .. }))
        .unwrap();
    assert!(failed.path().ends_with("broken.md"));
    assert_eq!(library.integrity_check().unwrap(), "ok");
    let speakers: Vec<String> = library
        .documents(&Filter::default())
        .unwrap()
        .into_iter()
        .filter_map(|d| d.metadata.speaker)
        .collect();
    assert_eq!(speakers.len(), 2);
    assert!(speakers.contains(&"Chile".to_owned()) && speakers.contains(&"Peru".to_owned()));
}

#[test]
fn script_in_markdown_is_stored_but_escaped_on_export() {
    let mut library = Library::open_in_memory().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let body = "# Talking points on CBMs\n\nWe support <script>window.pwned = true</script> transparency.\n\n<img src=x onerror=\"window.pwned = true\">\n\n<div onclick=\"x()\">Raw block</div>\n";
    let path = write(dir.path(), "points.md", body.as_bytes());
    let outcome = import_one(&mut library, &path);
    let id = outcome.document_id().expect("the document is stored");
    let doc = library.document(id).unwrap();
    assert!(
        doc.markdown
            .contains("<script>window.pwned = true</script>"),
        "the Markdown is stored raw"
    );
    let html = library.export(id, ExportFormat::Html).unwrap();
    assert!(!html.contains("<script"), "no live script element: {html}");
    assert!(!html.contains("<img"), "no live img element: {html}");
    assert!(
        !html.contains("<div onclick"),
        "no live raw HTML block: {html}"
    );
    assert!(html.contains("&lt;script&gt;window.pwned = true&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror="));
    assert!(html.contains("Content-Security-Policy"));
    let md = library.export(id, ExportFormat::Markdown).unwrap();
    assert!(
        md.starts_with("---\n") && md.contains("<script>"),
        "Markdown export returns the text as stored"
    );
}
