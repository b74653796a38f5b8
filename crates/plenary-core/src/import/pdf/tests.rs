use super::*;

#[path = "../../../tests/pdf_fixture/mod.rs"]
mod fixture;

use fixture::{pdf, Text, Typesetter};

/// Lines of running text from `y` down, `pitch` points apart, at `x`.
fn lines(x: f64, y: f64, pitch: f64, size: f64, texts: &[&str]) -> Vec<Text> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| Text {
            x,
            y: y + pitch * i as f64,
            size,
            spacing: 0.0,
            text: (*text).to_owned(),
        })
        .collect()
}

const OPENING: &str = "We thank the Chair for convening this session and for the revised \
    draft of the report, which reflects the views expressed by delegations during the \
    informal consultations held over the past months.";
const SECOND: &str = "Our delegation is concerned about the growing frequency of \
    cyber-attacks against critical infrastructure, including hospitals, energy grids and \
    water systems, and about the ransomware campaigns that have disrupted essential \
    services in many regions of the world in recent years.";
const THIRD: &str = "We support the establishment of a permanent mechanism that is \
    inclusive, consensus-based and action-oriented, and we stand ready to work with all \
    delegations towards that goal.";

fn markdown(pages: &[Vec<Text>]) -> String {
    let mut warnings = Vec::new();
    let md = pdf_to_markdown(&pdf(pages), &mut warnings).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    md
}

fn paragraphs(md: &str) -> Vec<&str> {
    md.split("\n\n").map(str::trim).collect()
}

/// A double-spaced statement with indented first lines, a centred title, a
/// running header and page numbers, one paragraph crossing a page break.
#[test]
fn a_double_spaced_statement_reads_as_its_paragraphs() {
    let mut t = Typesetter::new(12.0, 24.0);
    t.centred("Statement by the Delegation of Norland");
    t.centred("Open-ended Working Group, New York, 8 March 2021");
    t.paragraph("", 0.0, 24.0);
    t.paragraph("Mr. Chair,", 0.0, 0.0);
    for _ in 0..5 {
        t.paragraph(OPENING, 36.0, 0.0);
        t.paragraph(SECOND, 36.0, 0.0);
    }
    t.paragraph(THIRD, 36.0, 0.0);
    t.paragraph("I thank you.", 36.0, 0.0);
    t.furnish("Check against delivery");
    assert!(t.pages.len() >= 2, "the fixture should cross a page");
    let md = markdown(&t.pages);
    let paras = paragraphs(&md);
    assert_eq!(
        paras[0],
        "Statement by the Delegation of Norland\\\nOpen-ended Working Group, New York, 8 March 2021"
    );
    assert_eq!(paras[1], "Mr. Chair,");
    assert_eq!(paras[2], OPENING);
    assert_eq!(paras[3], SECOND.replace("    ", " "));
    assert_eq!(paras.last(), Some(&"I thank you."));
    assert_eq!(paras.len(), 2 + 10 + 2, "{md}");
    assert!(!md.contains("Check against delivery"), "{md}");
    assert!(!md.contains("- 2 -"), "{md}");
}

/// Block paragraphs (space after, no indent), single-spaced, with a
/// bulleted list whose items wrap under a hanging indent.
#[test]
fn block_paragraphs_and_bulleted_items() {
    let mut t = Typesetter::new(11.0, 13.5);
    t.paragraph("Excellencies, distinguished delegates,", 0.0, 10.0);
    t.paragraph(OPENING, 0.0, 10.0);
    t.paragraph("We propose the following:", 0.0, 6.0);
    t.hanging(&format!("• {SECOND}"), 0.0, 18.0, 4.0);
    t.hanging(&format!("• {THIRD}"), 0.0, 18.0, 10.0);
    t.paragraph("Thank you.", 0.0, 0.0);
    let md = markdown(&t.pages);
    let paras = paragraphs(&md);
    assert_eq!(paras.len(), 6, "{md}");
    assert_eq!(paras[2], "We propose the following:");
    assert!(
        paras[3].starts_with("- Our delegation is concerned"),
        "{md}"
    );
    assert!(paras[3].ends_with("in recent years."), "{md}");
    assert!(paras[4].starts_with("- We support"), "{md}");
    assert_eq!(paras[5], "Thank you.");
}

/// Numbered paragraphs set tight (no gap, no indent): each number after a
/// full stop starts a paragraph, a short last line ends one.
#[test]
fn numbered_paragraphs_without_spacing() {
    let mut t = Typesetter::new(12.0, 14.0);
    t.paragraph(&format!("1. {OPENING}"), 0.0, 0.0);
    t.paragraph(&format!("2. {SECOND}"), 0.0, 0.0);
    t.paragraph(&format!("3. {THIRD}"), 0.0, 0.0);
    let paras_md = markdown(&t.pages);
    let paras = paragraphs(&paras_md);
    assert_eq!(paras.len(), 3, "{paras_md}");
    assert!(paras[1].starts_with("2\\. Our delegation"), "{paras_md}");
}

#[test]
fn text_that_looks_like_markup_stays_text() {
    let page = lines(
        72.0,
        100.0,
        14.0,
        12.0,
        &["# not a heading <script>x</script>"],
    );
    let md = markdown(&[page]);
    assert!(md.starts_with("\\# not a heading \\<script>"), "{md}");
}

/// WinAnsi accents; a compound the document writes whole elsewhere keeps
/// its hyphen at a line end, a word broken for the margin loses it.
#[test]
fn accented_text_and_hyphens_at_line_ends() {
    let page = lines(
        72.0,
        100.0,
        14.0,
        12.0,
        &[
            "Les cyber-attaques contre les infrastructures critiques préoccupent la délégation",
            "française, qui soutient la présidence dans la lutte contre les cyber-",
            "attaques et contre les rançongiciels qui frappent les infrastruc-",
            "tures hospitalières.",
        ],
    );
    let md = markdown(&[page]);
    assert!(md.contains("délégation française"), "{md}");
    assert!(md.contains("contre les cyber-attaques et"), "{md}");
    assert!(md.contains("les infrastructures hospitalières."), "{md}");
}

#[test]
fn pages_without_text_are_left_out_with_a_warning() {
    let text = lines(72.0, 100.0, 14.0, 12.0, &["Mr. President,"]);
    let mut warnings = Vec::new();
    let md = pdf_to_markdown(&pdf(&[text, Vec::new()]), &mut warnings).unwrap();
    assert_eq!(md.trim(), "Mr. President,");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("page 2 has no text layer"),
        "{warnings:?}"
    );
}

#[test]
fn unreadable_pdfs_are_refused_with_the_reason() {
    let mut warnings = Vec::new();
    let mut refused = |bytes: &[u8]| pdf_to_markdown(bytes, &mut warnings).unwrap_err();
    assert!(refused(b"Hello").contains("not a PDF"));
    assert!(refused(b"%PDF-1.7\n").contains("damaged"));
    let whole = pdf(&[lines(72.0, 100.0, 14.0, 12.0, &["Text"])]);
    assert!(refused(&whole[..whole.len() / 2]).contains("damaged"));
    assert!(refused(&pdf(&[Vec::new(), Vec::new()])).contains("no text layer"));
}

/// A bulleted item under a hanging indent that crosses a page break stays
/// one item; its continuation is no indented first line.
#[test]
fn a_bulleted_item_runs_on_over_a_page() {
    let mut t = Typesetter::new(11.0, 13.0);
    t.bottom = 130.0;
    t.paragraph("We propose:", 0.0, 4.0);
    t.hanging(&format!("• {SECOND}"), 0.0, 15.0, 4.0);
    t.hanging(&format!("• {THIRD}"), 0.0, 15.0, 4.0);
    assert!(t.pages.len() >= 2);
    let md = markdown(&t.pages);
    let paras = paragraphs(&md);
    assert_eq!(paras.len(), 3, "{md}");
    assert_eq!(
        paras[1],
        format!(
            "- {}",
            SECOND.split_whitespace().collect::<Vec<_>>().join(" ")
        )
    );
}

/// pdf-extract panics on a page without a media box; the panic costs the
/// page, and a file whose pages all fail is refused as damaged.
#[test]
fn a_page_that_panics_the_reader_is_contained() {
    let whole = pdf(&[lines(72.0, 100.0, 14.0, 12.0, &["Mr. Chair,"])]);
    let at = whole.windows(9).position(|w| w == b"/MediaBox").unwrap();
    let mut broken = whole.clone();
    broken[at..at + 9].copy_from_slice(b"/MediaBux");
    let reason = pdf_to_markdown(&broken, &mut Vec::new()).unwrap_err();
    assert!(
        reason.contains("none of its pages could be read"),
        "{reason}"
    );
}

/// One line of `glyphs` letters at 12 points, each drawn 30 points left of
/// where the one before ended, so that every glyph starts a line of its
/// own: the shape of the fuzz inputs that took over a second (one page,
/// a string of 100,000 glyphs under a wild `Tc`, `Tz` or `TL`).
fn glyph_per_line(glyphs: usize) -> Vec<Text> {
    vec![Text {
        x: 300.0,
        y: 100.0,
        size: 12.0,
        spacing: -30.0,
        text: "ab".repeat(glyphs / 2),
    }]
}

/// The lines a page's reader collected, and whether it stopped for too many.
fn collect(pages: &[Vec<Text>]) -> (usize, bool) {
    let document = load(&pdf(pages)).unwrap();
    let mut collector = LineCollector::default();
    let _ = pdf_extract::output_doc_page(&document, &mut collector, 1);
    let lines = collector.page.map_or(0, |p| p.lines.len());
    (lines, collector.overfull)
}

#[test]
fn a_page_drawing_each_glyph_as_a_line_is_read_only_up_to_the_limit() {
    // Under the limit every glyph is read, each as its own line...
    assert_eq!(collect(&[glyph_per_line(2_000)]), (2_000, false));
    // ...over it the reading stops at the limit, whatever the page holds.
    for glyphs in [MAX_LINES_PER_PAGE + 2, 4 * MAX_LINES_PER_PAGE] {
        assert_eq!(
            collect(&[glyph_per_line(glyphs)]),
            (MAX_LINES_PER_PAGE, true),
            "{glyphs} glyphs"
        );
    }
    let reason = pdf_to_markdown(&pdf(&[glyph_per_line(40_000)]), &mut Vec::new()).unwrap_err();
    assert!(
        reason.contains("page 1 draws more than 10000 separate lines"),
        "{reason}"
    );
    let mut warnings = Vec::new();
    let statement = lines(72.0, 100.0, 14.0, 12.0, &["Mr. President,"]);
    let md = pdf_to_markdown(&pdf(&[statement, glyph_per_line(40_000)]), &mut warnings).unwrap();
    assert_eq!(md.trim(), "Mr. President,");
    assert!(
        warnings.len() == 1 && warnings[0].contains("page 2 draws more than 10000"),
        "{warnings:?}"
    );
}

/// The whole import step on such a file, in a debug build: 240,000 glyphs
/// took 5.8 s before the limit (each glyph went on to the layout, the
/// passages and the metadata) and take 0.16 s now, reading stopped at the
/// limit; 2 s leaves room for a slow, shared machine.
#[test]
fn a_page_drawing_each_glyph_as_a_line_is_refused_quickly() {
    let bytes = pdf(&[glyph_per_line(240_000)]);
    let started = std::time::Instant::now();
    let result = crate::import::prepare_bytes("hostile.pdf", crate::import::Format::Pdf, &bytes);
    let took = started.elapsed();
    let error = result.unwrap_err().to_string();
    assert!(
        error.contains("hostile.pdf") && error.contains("10000"),
        "{error}"
    );
    assert!(took < std::time::Duration::from_secs(2), "took {took:?}");
}

// What would make the reader recurse without end (`nesting`).

/// A PDF of `objects` (numbered from 1, the first the catalog) with a
/// correct cross-reference table.
fn pdf_of(objects: &[&str]) -> Vec<u8> {
    let mut out = String::from("%PDF-1.4\n");
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out += &format!("{} 0 obj\n{object}\nendobj\n", i + 1);
    }
    let xref = out.len();
    out += &format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for offset in offsets {
        out += &format!("{offset:010} 00000 n \n");
    }
    out += &format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    );
    out.into_bytes()
}

const NESTED_CATALOG: &str = "<< /Type /Catalog /Pages 2 0 R >>";
const NESTED_PAGES: &str = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";

#[test]
fn what_would_recurse_without_end_is_refused_before_reading() {
    let page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
                /Resources << /XObject << /Fm0 5 0 R >> >> /Contents 4 0 R >>";
    let draw = "<< /Length 7 >>\nstream\n/Fm0 Do\nendstream";
    let form = "<< /Type /XObject /Subtype /Form /BBox [0 0 9 9] /Length 7 >>\n\
                stream\n/Fm0 Do\nendstream";
    let why = pdf_to_markdown(
        &pdf_of(&[NESTED_CATALOG, NESTED_PAGES, page, draw, form]),
        &mut Vec::new(),
    )
    .unwrap_err();
    assert!(why.contains("draws a form inside itself"), "{why}");

    let own_parent = "<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 2 0 R >>";
    let page = "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>";
    let content = "<< /Length 0 >>\nstream\n\nendstream";
    let why = pdf_to_markdown(
        &pdf_of(&[NESTED_CATALOG, own_parent, page, content]),
        &mut Vec::new(),
    )
    .unwrap_err();
    assert!(why.contains("its own ancestor"), "{why}");
}
