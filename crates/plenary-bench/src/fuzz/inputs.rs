//! Hostile inputs for the importers, drawn from a seed: Markdown and text
//! built from the pieces real statements and broken files are made of
//! (markup, entities, front matter with YAML aliases, control characters,
//! scripts in six languages), nesting thousands deep, and HTML tag soup;
//! Word documents and PDFs are in `binary`. Every input depends only on its
//! `Rng`, so a failing case is reproduced from its seed.

use super::binary;
use super::pieces::{piece, soup};
use crate::corpus::rng::Rng;
use plenary_core::import::Format;

const KEYS: &[&str] = &[
    "title",
    "date",
    "speaker",
    "kind",
    "language",
    "forum",
    "topics",
    "symbol",
    "session",
    "agenda_item",
    "on_behalf_of",
    "unknown_field",
    "",
];
const VALUES: &[&str] = &[
    "Kenya",
    "2024-03-12",
    "+12345-01-01",
    "0000-00-00",
    "statement",
    "fr",
    "xx",
    "[a, b, [c]]",
    "{a: 1}",
    "&a [*a, *a, *a]",
    "*a",
    "!!binary aGk=",
    "|",
    ">-",
    "~",
    "null",
    "'unclosed",
    "\"\\u0000\"",
    "9999999999999999999999",
    "- - -",
    "? x",
    ":",
    "\t",
    "!!python/object:os.system",
];

fn front_matter(rng: &mut Rng) -> String {
    let mut yaml = String::from("---\n");
    for _ in 0..rng.range(0, 8) {
        let indent = if rng.chance(0.1) { "  " } else { "" };
        yaml.push_str(&format!(
            "{indent}{}: {}\n",
            rng.pick(KEYS),
            rng.pick(VALUES)
        ));
    }
    if rng.chance(0.05) {
        // Aliases that expand exponentially (a "billion laughs" in YAML).
        yaml.push_str("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for level in 1..10 {
            let prev = level - 1;
            yaml.push_str(&format!("a{level}: &a{level} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n").replace("*a0", "*a"));
        }
    }
    if rng.chance(0.9) {
        yaml.push_str("---\n");
    }
    yaml
}

fn markdown(rng: &mut Rng) -> Vec<u8> {
    let mut text = if rng.chance(0.4) {
        front_matter(rng)
    } else {
        String::new()
    };
    let pieces = rng.range(1, 300);
    text.push_str(&soup(rng, pieces));
    text.into_bytes()
}

fn text(rng: &mut Rng) -> Vec<u8> {
    let pieces = rng.range(1, 300);
    let mut bytes = soup(rng, pieces).into_bytes();
    match rng.below(6) {
        // Windows-1252 and stray bytes.
        0 => bytes.extend((0..rng.range(1, 200)).map(|_| rng.next_u64() as u8)),
        1 => {
            let mut utf16 = vec![0xFF, 0xFE];
            let text = String::from_utf8_lossy(&bytes).into_owned();
            utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            bytes = utf16;
        }
        2 => {
            let mut odd = vec![0xFE, 0xFF, 0x00];
            odd.append(&mut bytes);
            bytes = odd;
        }
        _ => {}
    }
    bytes
}

const TAGS: &[&str] = &[
    "html",
    "head",
    "body",
    "main",
    "article",
    "nav",
    "header",
    "footer",
    "div",
    "p",
    "span",
    "b",
    "strong",
    "i",
    "em",
    "h1",
    "h2",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "hr",
    "pre",
    "code",
    "blockquote",
    "script",
    "style",
    "title",
    "a",
    "img",
    "noscript",
    "svg",
    "math",
    "template",
    "iframe",
    "textarea",
    "xmp",
    "plaintext",
];

fn html(rng: &mut Rng) -> Vec<u8> {
    let mut page = String::new();
    if rng.chance(0.3) {
        page.push_str("<!DOCTYPE html>");
    }
    for _ in 0..rng.range(1, 300) {
        match rng.below(5) {
            0 => page.push_str(&format!("<{}>", rng.pick(TAGS))),
            1 => page.push_str(&format!("</{}>", rng.pick(TAGS))),
            2 => page.push_str(&format!(
                "<{} class=\"{}\" {}>",
                rng.pick(TAGS),
                piece(rng),
                if rng.chance(0.5) { "hidden" } else { "x='" }
            )),
            _ => page.push_str(&soup(rng, 3)),
        }
    }
    page.into_bytes()
}

/// One hostile input in `format`.
pub fn input(rng: &mut Rng, format: Format) -> Vec<u8> {
    match format {
        Format::Markdown => markdown(rng),
        Format::Text => text(rng),
        Format::Html => html(rng),
        Format::Docx => binary::docx(rng),
        Format::Pdf => binary::pdf(rng),
    }
}
