//! HTML reader: the readable body text of a web page, as Markdown.
//!
//! Contract: `html_to_markdown` never fails. It keeps the text a person reads
//! (the content of `<main>` or `<article>` when the page has one) and drops
//! `<head>`, scripts, styles, navigation, the page's own header and footer,
//! embedded objects and comments. Block elements become paragraphs, `<h1>`-`<h6>`
//! become `#` headings, `<li>` becomes a `- ` item, `<b>`/`<strong>` and
//! `<em>`/`<i>` become `**…**` and `*…*`, entities are decoded and whitespace is
//! collapsed. Every character that Markdown would read as markup (`<` above
//! all) is escaped, so an imported page can never put live HTML, and so never
//! script, into the app.
//!
//! The scanner is a small tolerant one on purpose: statements saved from
//! ministry and mission sites are often malformed (unclosed tags, stray `<`,
//! upper-case tags, `>` inside quoted attributes), and a full HTML5 parser is a
//! large dependency for the little structure this needs. `MarkdownWriter`, the
//! escaping Markdown builder, is shared with the DOCX reader.

use super::markdown_writer::{Block, MarkdownWriter};
use std::borrow::Cow;
use std::collections::HashMap;

/// Elements whose whole content is dropped.
const HIDDEN: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas",
    "video", "audio", "select", "button", "nav", "title", "textarea",
];
/// Elements whose content is raw text up to the closing tag (no tags inside).
const RAW_TEXT: &[&str] = &[
    "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript",
];
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
#[rustfmt::skip]
const BLOCKS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header",
    "hgroup", "hr", "html", "legend", "main", "menu", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
];

/// Converts an HTML page to Markdown (see the module comment).
pub fn html_to_markdown(html: &str) -> String {
    let tokens = tokenize(html);
    let pairs = match_pairs(&tokens);
    if let Some(ranges) = landmark_ranges(&tokens, &pairs) {
        let markdown = render(&tokens, &pairs, &ranges, true);
        if !markdown.is_empty() {
            return markdown;
        }
    }
    render(&tokens, &pairs, &[(0, tokens.len())], false)
}

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Text(&'a str),
    /// A start tag: lower-cased name, and whether it ended in `/>`.
    Open(String, bool),
    Close(String),
}

enum Markup {
    Open(String, bool),
    Close(String),
    Ignored,
}

fn tokenize(html: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let (mut pos, mut text_start) = (0, 0);
    // Markup needs a '>' after it: past the last one, the rest is text. This
    // also keeps a flood of unclosed tags from costing quadratic time.
    let last_gt = html.rfind('>').unwrap_or(0);
    while let Some(offset) = html.get(pos..last_gt).and_then(|rest| rest.find('<')) {
        let lt = pos + offset;
        let Some((markup, end)) = scan_markup(html, lt) else {
            pos = lt + 1; // a stray '<' stays text
            continue;
        };
        if lt > text_start {
            tokens.push(Token::Text(&html[text_start..lt]));
        }
        pos = end;
        match markup {
            Markup::Open(name, self_closing) => {
                let raw = !self_closing && RAW_TEXT.contains(&name.as_str());
                tokens.push(Token::Open(name.clone(), self_closing));
                if raw {
                    pos = raw_text_end(html, end, &name);
                    tokens.push(Token::Close(name));
                }
            }
            Markup::Close(name) => tokens.push(Token::Close(name)),
            Markup::Ignored => {}
        }
        text_start = pos;
    }
    if text_start < html.len() {
        tokens.push(Token::Text(&html[text_start..]));
    }
    tokens
}

/// Reads the markup starting at the `<` at `lt`: what it is and where it ends.
/// `None` means the `<` does not start markup and is plain text.
fn scan_markup(html: &str, lt: usize) -> Option<(Markup, usize)> {
    let bytes = html.as_bytes();
    let after = |from: usize, pat: &str| {
        html[from..]
            .find(pat)
            .map_or(html.len(), |i| from + i + pat.len())
    };
    let is_name_start = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
    let name_end = |from: usize| {
        (from..bytes.len())
            .find(|&i| bytes[i].is_ascii_whitespace() || bytes[i] == b'/' || bytes[i] == b'>')
            .unwrap_or(bytes.len())
    };
    match bytes.get(lt + 1)? {
        b'!' if html[lt..].starts_with("<!--") => Some((Markup::Ignored, after(lt + 4, "-->"))),
        b'!' | b'?' => Some((Markup::Ignored, after(lt + 2, ">"))),
        b'/' if is_name_start(lt + 2) => {
            let end = name_end(lt + 2);
            Some((
                Markup::Close(html[lt + 2..end].to_ascii_lowercase()),
                after(end, ">"),
            ))
        }
        b'/' => Some((Markup::Ignored, after(lt + 2, ">"))),
        _ if is_name_start(lt + 1) => {
            let end = name_end(lt + 1);
            let name = html[lt + 1..end].to_ascii_lowercase();
            let close = tag_end(bytes, end).or_else(|| html[end..].find('>').map(|i| end + i))?;
            let self_closing = close > end && bytes[close - 1] == b'/';
            Some((Markup::Open(name, self_closing), close + 1))
        }
        _ => None,
    }
}

/// The index of the `>` that ends a start tag, skipping quoted attribute values.
fn tag_end(bytes: &[u8], mut i: usize) -> Option<usize> {
    let mut after_equals = false;
    while i < bytes.len() {
        match bytes[i] {
            b'>' => return Some(i),
            b'=' => after_equals = true,
            q @ (b'"' | b'\'') if after_equals => {
                i += 1 + bytes[i + 1..].iter().position(|&b| b == q)?;
                after_equals = false;
            }
            b if b.is_ascii_whitespace() => {}
            _ => after_equals = false,
        }
        i += 1;
    }
    None
}

/// Where raw text that started at `from` ends: just past `</name…>`.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    for (i, _) in html[from..].match_indices("</") {
        let start = from + i + 2;
        let candidate = html.as_bytes().get(start..start + name.len());
        let next = html
            .as_bytes()
            .get(start + name.len())
            .copied()
            .unwrap_or(b'>');
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes()))
            && (next == b'>' || next == b'/' || next.is_ascii_whitespace())
        {
            return html[start..]
                .find('>')
                .map_or(html.len(), |j| start + j + 1);
        }
    }
    html.len()
}

/// For each start tag, the index of its matching end tag, if it has one.
fn match_pairs(tokens: &[Token<'_>]) -> Vec<Option<usize>> {
    let mut pairs = vec![None; tokens.len()];
    let mut open: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, token) in tokens.iter().enumerate() {
        match token {
            Token::Open(name, false) if !VOID.contains(&name.as_str()) => {
                open.entry(name).or_default().push(i);
            }
            Token::Close(name) => {
                if let Some(j) = open.get_mut(name.as_str()).and_then(Vec::pop) {
                    pairs[j] = Some(i);
                }
            }
            _ => {}
        }
    }
    pairs
}

/// The token ranges inside the page's `<main>` elements or, failing those, its
/// `<article>` elements, leaving out any inside hidden elements.
fn landmark_ranges(tokens: &[Token<'_>], pairs: &[Option<usize>]) -> Option<Vec<(usize, usize)>> {
    for landmark in ["main", "article"] {
        let (mut ranges, mut i) = (Vec::new(), 0);
        while i < tokens.len() {
            if let Token::Open(name, false) = &tokens[i] {
                if name == landmark || HIDDEN.contains(&name.as_str()) {
                    let end = pairs[i].unwrap_or(tokens.len());
                    if name == landmark {
                        ranges.push((i + 1, end));
                    }
                    if name == landmark || pairs[i].is_some() {
                        i = end;
                    }
                }
            }
            i += 1;
        }
        if !ranges.is_empty() {
            return Some(ranges);
        }
    }
    None
}

fn render(
    tokens: &[Token<'_>],
    pairs: &[Option<usize>],
    ranges: &[(usize, usize)],
    in_landmark: bool,
) -> String {
    let mut writer = MarkdownWriter::default();
    let (mut bold, mut italic, mut landmarks) = (0u32, 0u32, 0u32);
    for &(start, end) in ranges {
        let mut i = start;
        while i < end {
            match &tokens[i] {
                Token::Text(text) => writer.text(&decode_entities(text), bold > 0, italic > 0),
                Token::Open(name, self_closing) => {
                    let name = name.as_str();
                    let page_chrome =
                        matches!(name, "header" | "footer") && !in_landmark && landmarks == 0;
                    if HIDDEN.contains(&name) || page_chrome {
                        if let Some(close) = pairs[i] {
                            i = close + 1;
                            continue;
                        }
                    }
                    match name {
                        _ if *self_closing && name != "br" && name != "hr" => {}
                        "b" | "strong" => bold += 1,
                        "i" | "em" => italic += 1,
                        "br" => writer.line_break(),
                        "li" => writer.start_block(Block::ListItem),
                        _ => {
                            if let Some(level) = heading_level(name) {
                                writer.start_block(Block::Heading(level));
                            } else if BLOCKS.contains(&name) {
                                landmarks += u32::from(matches!(name, "main" | "article"));
                                writer.end_block();
                            }
                        }
                    }
                }
                Token::Close(name) => match name.as_str() {
                    "b" | "strong" => bold = bold.saturating_sub(1),
                    "i" | "em" => italic = italic.saturating_sub(1),
                    "li" => writer.start_block(Block::Paragraph),
                    name if heading_level(name).is_some() => writer.start_block(Block::Paragraph),
                    name if BLOCKS.contains(&name) => {
                        if matches!(name, "main" | "article") {
                            landmarks = landmarks.saturating_sub(1);
                        }
                        writer.end_block();
                    }
                    _ => {}
                },
            }
            i += 1;
        }
        writer.start_block(Block::Paragraph);
    }
    writer.finish()
}

fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', level @ b'1'..=b'6'] => Some(level - b'0'),
        _ => None,
    }
}

/// Decodes character references: the common named ones, `&#NNN;` and `&#xHH;`.
/// Unknown or malformed references stay as written.
fn decode_entities(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match decode_reference(&rest[1..]) {
            Some((decoded, used)) => {
                out.push(decoded);
                rest = &rest[1 + used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Decodes the reference after a `&`: the character and the bytes it used.
fn decode_reference(s: &str) -> Option<(char, usize)> {
    let semicolon = |len: usize| len + usize::from(s.as_bytes().get(len) == Some(&b';'));
    if let Some(num) = s.strip_prefix('#') {
        let (radix, digits_from) = if num.starts_with(['x', 'X']) {
            (16, 2)
        } else {
            (10, 1)
        };
        let digits = s[digits_from..]
            .bytes()
            .take_while(|b| b.is_ascii_hexdigit() && (radix == 16 || b.is_ascii_digit()))
            .count();
        if digits == 0 {
            return None;
        }
        let code =
            u32::from_str_radix(&s[digits_from..digits_from + digits], radix).unwrap_or(u32::MAX);
        let decoded = match code {
            0x80..=0x9F => cp1252(code),
            _ => char::from_u32(code)
                .filter(|&c| c != '\0')
                .unwrap_or('\u{FFFD}'),
        };
        return Some((decoded, semicolon(digits_from + digits)));
    }
    let len = s
        .bytes()
        .take(32)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let name = &s[..len];
    let terminated = s.as_bytes().get(len) == Some(&b';');
    if !terminated && !matches!(name, "amp" | "lt" | "gt" | "quot" | "nbsp") {
        return None;
    }
    let decoded = ENTITIES.iter().find(|(n, _)| *n == name)?.1;
    Some((decoded, semicolon(len)))
}

/// `&#128;`-`&#159;` mean Windows-1252 characters in real pages (old Word exports).
fn cp1252(code: u32) -> char {
    const TABLE: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ";
    TABLE
        .chars()
        .nth((code - 0x80) as usize)
        .unwrap_or('\u{FFFD}')
}

#[rustfmt::skip]
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'), ("lt", '<'), ("gt", '>'), ("quot", '"'), ("apos", '\''), ("nbsp", '\u{a0}'),
    ("mdash", '—'), ("ndash", '–'), ("minus", '−'), ("hellip", '…'), ("bull", '•'), ("middot", '·'),
    ("lsquo", '‘'), ("rsquo", '’'), ("sbquo", '‚'), ("ldquo", '“'), ("rdquo", '”'), ("bdquo", '„'),
    ("laquo", '«'), ("raquo", '»'), ("lsaquo", '‹'), ("rsaquo", '›'), ("prime", '′'), ("Prime", '″'),
    ("copy", '©'), ("reg", '®'), ("trade", '™'), ("deg", '°'), ("plusmn", '±'), ("times", '×'),
    ("divide", '÷'), ("euro", '€'), ("pound", '£'), ("yen", '¥'), ("cent", '¢'), ("sect", '§'),
    ("para", '¶'), ("dagger", '†'), ("Dagger", '‡'), ("permil", '‰'), ("shy", '\u{ad}'),
    ("ensp", '\u{2002}'), ("emsp", '\u{2003}'), ("thinsp", '\u{2009}'), ("zwnj", '\u{200c}'),
    ("zwj", '\u{200d}'), ("lrm", '\u{200e}'), ("rlm", '\u{200f}'), ("iexcl", '¡'), ("iquest", '¿'),
    ("ordf", 'ª'), ("ordm", 'º'), ("sup1", '¹'), ("sup2", '²'), ("sup3", '³'), ("frac12", '½'),
    ("frac14", '¼'), ("frac34", '¾'), ("micro", 'µ'), ("larr", '←'), ("rarr", '→'), ("szlig", 'ß'),
    ("aacute", 'á'), ("agrave", 'à'), ("acirc", 'â'), ("auml", 'ä'), ("atilde", 'ã'), ("aring", 'å'),
    ("aelig", 'æ'), ("ccedil", 'ç'), ("eacute", 'é'), ("egrave", 'è'), ("ecirc", 'ê'), ("euml", 'ë'),
    ("iacute", 'í'), ("igrave", 'ì'), ("icirc", 'î'), ("iuml", 'ï'), ("ntilde", 'ñ'), ("oacute", 'ó'),
    ("ograve", 'ò'), ("ocirc", 'ô'), ("ouml", 'ö'), ("otilde", 'õ'), ("oslash", 'ø'), ("oelig", 'œ'),
    ("uacute", 'ú'), ("ugrave", 'ù'), ("ucirc", 'û'), ("uuml", 'ü'), ("yacute", 'ý'), ("yuml", 'ÿ'),
    ("Aacute", 'Á'), ("Agrave", 'À'), ("Acirc", 'Â'), ("Auml", 'Ä'), ("Aring", 'Å'), ("Ccedil", 'Ç'),
    ("Eacute", 'É'), ("Egrave", 'È'), ("Ecirc", 'Ê'), ("Iacute", 'Í'), ("Icirc", 'Î'), ("Ntilde", 'Ñ'),
    ("Oacute", 'Ó'), ("Ocirc", 'Ô'), ("Ouml", 'Ö'), ("Oslash", 'Ø'), ("OElig", 'Œ'), ("Uacute", 'Ú'),
    ("Uuml", 'Ü'),
];

#[cfg(test)]
mod tests;
