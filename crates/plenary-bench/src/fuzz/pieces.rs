//! The raw material of hostile inputs: pieces of markup, entities, scripts
//! and control characters, text made of them (sometimes nested very deep),
//! and a few bytes changed in a file. Drawn from an `Rng`, so a case is
//! reproduced from its seed.

use crate::corpus::rng::Rng;

/// Pieces that text, Markdown and HTML are made of.
const PIECES: &[&str] = &[
    "Mr. Chair,",
    "Statement by Kenya",
    "Agenda item 5",
    "12 March 2024",
    "A/RES/75/240",
    "Distinguished delegates",
    "Статья 51",
    "主席先生",
    "السيد الرئيس",
    "Señor Presidente",
    "#",
    "## ",
    "> ",
    "- ",
    "* ",
    "1. ",
    "+ ",
    "*",
    "**",
    "_",
    "__",
    "`",
    "```",
    "~~~",
    "[",
    "]",
    "](",
    ")",
    "![",
    "<",
    ">",
    "&",
    "&amp;",
    "&#x1F600;",
    "&#99999999;",
    "&#0;",
    "&nbsp;",
    "&bogus;",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "    ",
    "|",
    "| --- |",
    "---",
    "***",
    "===",
    "\\",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "\u{200b}",
    "\u{fffd}",
    "\u{1F1FA}\u{1F1F3}",
    "e\u{301}",
    "<div>",
    "</div>",
    "<script>alert(1)</script>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<p>",
    "</p>",
    "<b>",
    "<i>",
    "<table><tr><td>",
    "</td></tr></table>",
    "<br>",
    "<?xml version=\"1.0\"?>",
    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
    "&e;",
    "<a href=\"javascript:x\">",
    "<img src=x onerror=y>",
    "<style>",
    "</style>",
    "<h1>",
    "</h1>",
    "<li>",
    "<ul>",
    "<ol start=99999999999>",
    "[^1]",
    "[^1]: note",
    "<http://example.org>",
    "$$",
    "{#id}",
    ":::",
    "- [ ] ",
    "\u{7f}",
];

/// Pieces that open a level of nesting, for the deep inputs.
const OPENERS: &[&str] = &[
    "> ",
    "- ",
    "1. ",
    "*",
    "[",
    "<div>",
    "<b>",
    "<ul><li>",
    "<table><tr><td>",
    "  - ",
    "**_",
];

pub fn piece(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => char::from_u32(rng.below(0x11_0000) as u32).map_or_else(String::new, String::from),
        1 => (0..rng.range(1, 12))
            .map(|_| (b'a' + rng.below(26) as u8) as char)
            .collect(),
        _ => (*rng.pick(PIECES)).to_owned(),
    }
}

/// Text of random pieces, sometimes with one construct nested very deep.
pub fn soup(rng: &mut Rng, pieces: usize) -> String {
    let mut text = String::new();
    for _ in 0..pieces {
        if rng.chance(0.02) {
            let opener = *rng.pick(OPENERS);
            let depth = rng.range(100, 20_000);
            text.push_str(&opener.repeat(depth));
            text.push_str("deep");
        } else {
            text.push_str(&piece(rng));
            if rng.chance(0.5) {
                text.push(' ');
            }
        }
    }
    text
}

/// Changes a few bytes: flips, insertions, deletions, repeats, truncation.
pub fn mutate(rng: &mut Rng, mut bytes: Vec<u8>) -> Vec<u8> {
    for _ in 0..rng.range(1, 8) {
        if bytes.is_empty() {
            bytes.push(rng.next_u64() as u8);
            continue;
        }
        let at = rng.below(bytes.len());
        match rng.below(6) {
            0 => bytes[at] ^= 1 << rng.below(8),
            1 => bytes[at] = rng.next_u64() as u8,
            2 => bytes.insert(at, rng.next_u64() as u8),
            3 => {
                let end = (at + rng.range(1, 64)).min(bytes.len());
                bytes.drain(at..end);
            }
            4 => {
                let end = (at + rng.range(1, 64)).min(bytes.len());
                let tail = bytes.split_off(at);
                bytes.extend_from_slice(&tail[..end - at]);
                bytes.extend_from_slice(&tail);
            }
            _ => bytes.truncate(at),
        }
    }
    bytes
}
