//! A talking point put into a draft: its text becomes a paragraph of its
//! own, after the paragraph named (counted from 1, as provenance and the
//! command line number them; 0 puts it first), or by default after the
//! last paragraph before a closing formula. The body as it was is kept as
//! a revision, and the insertion is recorded, so the paragraph's
//! provenance names the point.

use super::revisions::write_body;
use crate::model::{Draft, Error, Result};
use crate::store::{NewInsertion, Store};
use crate::text::paragraphs::{offset_in, paragraphs};
use crate::text::roles;

/// Inserts talking point `point_id` into draft `draft_id` after paragraph
/// `after` (see the module doc).
pub fn insert_point(
    store: &mut Store,
    draft_id: i64,
    point_id: i64,
    after: Option<usize>,
) -> Result<Draft> {
    let point = store.talking_point(point_id)?;
    let draft = store.draft(draft_id)?;
    let body = with_paragraph(&draft.body, point.text.trim(), after)?;
    store.keep_draft_revision(draft_id)?;
    write_body(store, draft_id, &body)?;
    store.add_insertion(
        draft_id,
        &NewInsertion::TalkingPoint {
            id: point_id,
            text: point.text.trim(),
            score: None,
        },
    )?;
    store.draft(draft_id)
}

/// `body` with `text` as a paragraph of its own after paragraph `after`.
fn with_paragraph(body: &str, text: &str, after: Option<usize>) -> Result<String> {
    let all = paragraphs(body);
    let n = all.len();
    let after = match after {
        Some(after) if after > n => {
            return Err(Error::field(
                "after",
                format!("the draft has {n} paragraphs: give a number from 0 to {n}"),
            ))
        }
        Some(after) => after,
        None if all.last().is_some_and(|last| roles::is_closing(last)) => n - 1,
        None => n,
    };
    let cut = match after {
        0 => 0,
        _ => offset_in(body, all[after - 1]) + all[after - 1].len(),
    };
    let (head, tail) = body.split_at(cut);
    let tail = tail.trim_start_matches(['\n', '\r']);
    let mut out = String::with_capacity(body.len() + text.len() + 4);
    if !head.trim().is_empty() {
        out.push_str(head);
        out.push_str("\n\n");
    }
    out.push_str(text);
    match tail.trim().is_empty() {
        true => out.push('\n'),
        false => {
            out.push_str("\n\n");
            out.push_str(tail);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "Mr. Chair,\n\nWe welcome the report.\n\nI thank you.\n";

    #[test]
    fn a_point_goes_before_the_closing_or_where_it_is_asked() {
        assert_eq!(
            with_paragraph(BODY, "Point.", None).unwrap(),
            "Mr. Chair,\n\nWe welcome the report.\n\nPoint.\n\nI thank you.\n"
        );
        assert_eq!(
            with_paragraph(BODY, "Point.", Some(1)).unwrap(),
            "Mr. Chair,\n\nPoint.\n\nWe welcome the report.\n\nI thank you.\n"
        );
        assert_eq!(
            with_paragraph(BODY, "Point.", Some(0)).unwrap(),
            "Point.\n\nMr. Chair,\n\nWe welcome the report.\n\nI thank you.\n"
        );
        assert_eq!(
            with_paragraph(BODY, "Point.", Some(3)).unwrap(),
            format!("{BODY}\n\nPoint.\n").replace("you.\n\n\n", "you.\n\n")
        );
        assert_eq!(with_paragraph("", "Point.", None).unwrap(), "Point.\n");
        let refused = with_paragraph(BODY, "Point.", Some(4)).unwrap_err();
        assert!(refused.to_string().starts_with("after:"), "{refused}");
    }
}
