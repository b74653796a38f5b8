//! A draft's paragraphs as the drafter sees them: the blank-line separated
//! blocks of its Markdown body, trimmed, in order. Provenance, the agreed
//! language check, suggestions and delivery all read a body through this
//! one function, so a paragraph's number means the same everywhere.

/// The blank-line separated blocks of a Markdown body, trimmed, in order.
pub fn paragraphs(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(body[s..end].trim());
            }
        } else {
            start.get_or_insert(offset);
            end = offset + line.len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push(body[s..end].trim());
    }
    out
}

/// Where a paragraph `paragraphs` gave stands in its body, in bytes.
pub fn offset_in(body: &str, paragraph: &str) -> usize {
    paragraph.as_ptr() as usize - body.as_ptr() as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_blank_line_blocks() {
        let body = "Mr. Chair,\n\n \nFirst line\nsecond line.\n\n\n\nI thank you.\n";
        assert_eq!(
            paragraphs(body),
            vec!["Mr. Chair,", "First line\nsecond line.", "I thank you."]
        );
        assert_eq!(offset_in(body, paragraphs(body)[1]), 14);
        assert!(paragraphs("").is_empty());
        assert!(paragraphs("\n \n\t\n").is_empty());
        assert_eq!(paragraphs("One."), vec!["One."]);
    }
}
