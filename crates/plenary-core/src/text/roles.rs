//! Passage roles. Every paragraph is kept, but letterhead, headings,
//! datelines, salutations ("Mr. Chairman,"), closings ("I thank you", "***"),
//! alignment lists and a press release's attribution line ("Ambassador X,
//! Permanent Representative of Y, stated this while …") are marked as not
//! substantive, so that search weighs
//! them down and reuse never reports them. The rules are deliberately
//! conservative: anything not recognised is `Body`. Boilerplate inside a
//! longer paragraph (a salutation opening it, an alignment sentence) is
//! first split out as its own passage (`split_boilerplate`), so the rest of
//! the paragraph stays substantive.

use super::blocks::{Block, BlockKind};
use crate::model::PassageRole;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

const SALUTATION_ADDRESSEES: &[&str] = &[
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "president",
    "co-chair",
    "co-chairs",
    "vice-chair",
    "facilitator",
    "moderator",
    "excellencies",
    "colleagues",
    "delegates",
    "distinguished",
    "président",
    "présidente",
    "excellences",
    "collègues",
    "presidente",
    "presidenta",
    "excelencias",
    "colegas",
    "председатель",
    "председателя",
    "коллеги",
    "الرئيس",
    "الرئيسة",
    "主席",
    "主席先生",
    "主席女士",
    "各位",
];

const CLOSING_OPENINGS: &[&str] = &[
    "i thank you",
    "thank you",
    "thanks",
    "je vous remercie",
    "merci",
    "gracias",
    "muchas gracias",
    "спасибо",
    "благодарю",
    "شكرا",
    "شكراً",
    "شكرًا",
    "وشكرا",
    "وشكرًا",
    "谢谢",
    "感谢",
    "i thank you for your attention",
];

/// Splits a salutation that opens a paragraph ("Señor Presidente: Las
/// reglas …") and each alignment sentence out of paragraphs and list items
/// that hold more than that, as blocks of their own.
pub fn split_boilerplate(blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        if !matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem) {
            out.push(block);
            continue;
        }
        let pieces = boilerplate_pieces(&block.text);
        if pieces.len() < 2 {
            out.push(block);
            continue;
        }
        out.extend(pieces.into_iter().map(|text| Block {
            kind: block.kind,
            markdown: text.to_owned(),
            text: text.to_owned(),
        }));
    }
    out
}

/// The text cut before and after its opening salutation and each of its
/// alignment sentences; one piece when there is nothing to cut.
fn boilerplate_pieces(text: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    if let Some(end) = opening_salutation(text) {
        cuts.push(end);
    }
    for range in super::sentences::split_sentences(text) {
        if range.start >= *cuts.last().unwrap_or(&0) && is_alignment(&text[range.clone()]) {
            cuts.extend([range.start, range.end]);
        }
    }
    cuts.push(text.len());
    cuts.dedup();
    cuts.windows(2)
        .map(|c| text[c[0]..c[1]].trim())
        .filter(|piece| !piece.is_empty())
        .collect()
}

/// Where a salutation that opens a longer paragraph ends: after its comma
/// or colon, when a capitalised word follows.
fn opening_salutation(text: &str) -> Option<usize> {
    let end = text.find([',', ':', '،', '，', '：'])?;
    let end = end + text[end..].chars().next()?.len_utf8();
    let rest = text[end..].trim_start();
    let capital = rest.chars().next().is_some_and(char::is_uppercase);
    (capital && end < text.len() && is_salutation(&text[..end])).then_some(end)
}

/// Gives each block its role. `blocks` are in reading order.
pub fn assign_roles(blocks: &[Block]) -> Vec<PassageRole> {
    let first_body = blocks
        .iter()
        .position(looks_like_body)
        .unwrap_or(blocks.len());
    let title_at = blocks[..first_body].iter().position(is_title_line);
    blocks
        .iter()
        .enumerate()
        .map(|(i, block)| {
            let text = block.text.as_str();
            if is_closing(text) {
                PassageRole::Closing
            } else if is_salutation(text) {
                PassageRole::Salutation
            } else if is_alignment(text) {
                PassageRole::Alignment
            } else if is_attribution(text) {
                PassageRole::Attribution
            } else if i < first_body {
                if is_dateline(text) {
                    PassageRole::Dateline
                } else if title_at.is_none_or(|t| i < t) && is_letterhead(text) {
                    PassageRole::Letterhead
                } else {
                    PassageRole::Heading
                }
            } else if block.kind == BlockKind::Heading {
                PassageRole::Heading
            } else {
                PassageRole::Body
            }
        })
        .collect()
}

/// Running text: a paragraph that ends like a sentence, or a long one.
fn looks_like_body(block: &Block) -> bool {
    let words = super::tokens::word_count(&block.text);
    block.kind != BlockKind::Heading
        && !is_title_line(block)
        && !is_salutation(&block.text)
        && !is_closing(&block.text)
        && (words > 40 || words >= 6 && ends_with_stop(&block.text))
}

fn ends_with_stop(text: &str) -> bool {
    text.trim_end_matches(['"', '”', '’', ')', '*'])
        .ends_with(['.', '!', '?', '。', '！', '？', '؟'])
}

fn is_title_line(block: &Block) -> bool {
    // Each character lower-cases to one or more, so the longest opening's
    // worth of characters decides it.
    let opening: String = block.text.chars().take(16).collect();
    let lower = opening.to_lowercase();
    [
        "statement by",
        "statement of",
        "press release",
        "remarks by",
        "talking points",
        "intervention by",
        "report of",
        "note for",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

fn is_letterhead(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    let mostly_upper = !letters.is_empty() && upper * 10 >= letters.len() * 7;
    let lower = text.to_lowercase();
    let contact_line = [
        "street", "avenue", "tel", "fax", "e-mail", "email", "www.", "p.o. box", "mission",
    ]
    .iter()
    .any(|w| lower.contains(w))
        || text.chars().filter(char::is_ascii_digit).count() >= 7;
    mostly_upper || contact_line
}

fn is_dateline(text: &str) -> bool {
    text.split_whitespace().count() <= 8 && super::dates::find_date(text).is_some()
}

/// A short line that greets the chair or the room: "Mr. Chair,",
/// "Excellencies, distinguished delegates:".
pub fn is_salutation(text: &str) -> bool {
    let trimmed = text.trim();
    let mut words = trimmed.split_whitespace();
    if words.next().is_none()
        || words.nth(7).is_some()
        || !trimmed.ends_with([',', ':', '،', '，', '：', '!'])
    {
        return false;
    }
    let lower = trimmed.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| SALUTATION_ADDRESSEES.contains(&w))
        || SALUTATION_ADDRESSEES
            .iter()
            .any(|a| !a.is_ascii() && lower.contains(a))
}

/// A formula every statement says: a salutation or a closing. Whatever
/// this module recognises as either is a formula, in every language it
/// knows.
pub fn is_formula(text: &str) -> bool {
    is_salutation(text) || is_closing(text)
}

/// A closing line ("I thank you.") or a row of asterisks.
pub fn is_closing(text: &str) -> bool {
    let trimmed = text.trim();
    if !trimmed.is_empty() && trimmed.chars().all(|c| c == '*' || c.is_whitespace()) {
        return true;
    }
    if trimmed.split_whitespace().nth(10).is_some() {
        return false;
    }
    let lower = trimmed.to_lowercase();
    CLOSING_OPENINGS.iter().any(|p| lower.starts_with(p))
}

/// A reporter's line naming who spoke, where: a title and a name, a
/// comma, and a verb of speaking, in one or two sentences.
fn is_attribution(text: &str) -> bool {
    const TITLES: &[&str] = &[
        "Ambassador ",
        "H.E. ",
        "His Excellency ",
        "Her Excellency ",
        "Minister ",
        "Mr. ",
        "Ms. ",
        "Dr. ",
    ];
    const SPEAKING: &[&str] = &[
        "stated this",
        "said this",
        "made the remarks",
        "made these remarks",
        "made the statement",
        "while making a statement",
        "was speaking",
        "while speaking",
        "delivered the statement",
        "while addressing",
        "spoke in",
        "spoke at",
        "spoke during",
    ];
    let opens_with_name = TITLES.iter().any(|t| text.starts_with(t))
        && text
            .split(',')
            .next()
            .is_some_and(|name| name.split_whitespace().count() <= 6);
    opens_with_name
        && super::sentences::split_sentences(text).len() <= 2
        && SPEAKING.iter().any(|v| text.contains(v))
}

/// How a delegation says it joins another's statement, lower-cased.
const JOINS: &[&str] = &[
    "align themselves with",
    "aligns itself with",
    "aligns itself fully with",
    "align ourselves with",
    "aligns with",
    "s'associe à",
    "se suma a",
    "se une a",
    "se una a",
    "se adhiere a",
];

static JOIN_FINDER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(JOINS).expect("the joining wordings are a valid automaton"));

/// The ASCII opening of each joining wording (up to its first other
/// character), found in the text as it is, ignoring ASCII case: a text
/// whose lower-cased form holds a wording holds its opening so. Only two
/// letters beyond ASCII lower-case into it, the Kelvin sign to "k" and "İ"
/// to "i" followed by a combining dot, and no opening has a "k" or ends
/// with an "i" (a test says so), so no such letter can make an opening.
fn join_openings() -> impl Iterator<Item = &'static str> {
    JOINS
        .iter()
        .map(|j| &j[..j.find(|c: char| !c.is_ascii()).unwrap_or(j.len())])
}

static JOIN_OPENING_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(join_openings())
        .expect("the joining wordings' openings are a valid automaton")
});

/// An alignment sentence: the delegation joins another's statement ("…
/// align themselves with this statement"). Only a passage of that one
/// sentence takes the role; a longer paragraph that holds one has had it
/// split out (`split_boilerplate`), and joining someone's *positions* or
/// *views* is substantive.
fn is_alignment(text: &str) -> bool {
    if !JOIN_OPENING_FINDER.is_match(text) {
        return false;
    }
    const STATEMENTS: &[&str] = &[
        "statement",
        "declaration",
        "intervention",
        "remarks",
        "déclaration",
        "declaración",
        "intervención",
    ];
    let lower = text.to_lowercase();
    // Every occurrence of every joining wording, in one pass (none of them
    // can overlap itself, so each one's occurrences are all found).
    let joins_a_statement = JOIN_FINDER.find_overlapping_iter(&lower).any(|join| {
        let rest = &lower[join.end()..];
        let end = rest.char_indices().nth(40).map_or(rest.len(), |(i, _)| i);
        STATEMENTS.iter().any(|s| rest[..end].contains(s))
    });
    joins_a_statement && super::sentences::split_sentences(text).len() <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Block {
        Block {
            kind: BlockKind::Paragraph,
            markdown: text.into(),
            text: text.into(),
        }
    }

    #[test]
    fn salutations_and_closings_in_several_languages() {
        for s in [
            "Mr. Chairman,",
            "Mr. Chair,",
            "Madam Chair,",
            "Monsieur le Président,",
            "Señor Presidente:",
            "Господин Председатель,",
            "السيد الرئيس،",
            "主席先生：",
        ] {
            assert!(is_salutation(s), "{s} is a salutation");
        }
        for c in [
            "I thank you",
            "Thank you, Mr. Chair.",
            "***",
            "Je vous remercie.",
            "谢谢主席。",
        ] {
            assert!(is_closing(c), "{c} is a closing");
        }
        assert!(!is_salutation(
            "The Chair has asked us to be brief, and we will be."
        ));
    }

    #[test]
    fn a_press_release_attribution_line_is_not_substantive() {
        assert!(is_attribution("Ambassador Munir Akram, Permanent Representative of Pakistan to the United Nations, stated this while making a statement during the Global Roundtable."));
        assert!(!is_attribution(
            "Ambassador Akram emphasized the urgent need for capacity building in ICT security."
        ));
    }

    #[test]
    fn letterhead_comes_before_the_title() {
        let blocks = [
            para("PAKISTAN"),
            para("8 EAST 65th STREET - NEW YORK, NY 10065"),
            para("Statement by Ambassador X of Pakistan"),
            para("New York, 13 December 2021"),
            para("Mr. Chairman,"),
            para("We congratulate you on your election and assure you of our support."),
        ];
        let roles = assign_roles(&blocks);
        use PassageRole::*;
        assert_eq!(
            roles,
            [Letterhead, Letterhead, Heading, Dateline, Salutation, Body]
        );
    }

    #[test]
    fn the_joining_openings_need_no_lower_casing_beyond_ascii() {
        for opening in join_openings() {
            assert!(opening.len() >= 5, "{opening}");
            assert!(
                !opening.contains('k') && !opening.ends_with('i'),
                "{opening}"
            );
            assert_eq!(opening, opening.to_ascii_lowercase());
        }
        assert!(is_alignment(
            "CHILE ALIGNS ITSELF WITH THE STATEMENT DELIVERED BY PERU."
        ));
        assert!(is_alignment(
            "Le Chili S'ASSOCIE À la déclaration du Pérou."
        ));
        assert!(!is_alignment(
            "Chile aligns itself with the positions of Peru."
        ));
    }

    #[test]
    fn boilerplate_inside_a_paragraph_is_split_out() {
        let text = "Mr. Chair, I have the honour to speak. Chile aligns itself with the statement delivered by Peru. We support the mechanism.";
        assert_eq!(
            boilerplate_pieces(text),
            [
                "Mr. Chair,",
                "I have the honour to speak.",
                "Chile aligns itself with the statement delivered by Peru.",
                "We support the mechanism."
            ]
        );
        assert_eq!(
            boilerplate_pieces("Mr. Chair, the Netherlands welcomes the draft."),
            ["Mr. Chair, the Netherlands welcomes the draft."],
            "a vocative inside a sentence stays"
        );
    }
}
