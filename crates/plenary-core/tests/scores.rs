//! One scale for every score: for each pair of wordings in a test set,
//! `reuse` (find_reuse), `suggest` and provenance (the paragraph's source
//! and the sentence's) give the same score, and 100 only for the same
//! text once white space and quote marks are made alike. A suggestion that
//! goes on from the typed words is marked so and carries the whole
//! sentence's score.

mod common;

use plenary_core::model::{DraftSource, DraftStart, Filter};
use plenary_core::reuse::FindOptions;
use plenary_core::Library;

const EARLIER: &str = "International cooperation for capacity building and the sharing of requisite technologies could be an important area of early progress for all States.";

/// (later wording, the score all three must give).
fn pairs() -> Vec<(String, f64)> {
    vec![
        // The same text.
        (EARLIER.to_owned(), 100.0),
        // The same text, its white space and quote marks aside.
        (
            format!("  {}", EARLIER.replace("capacity building", "capacity\n  building")),
            100.0,
        ),
        // The same words with a comma and a capital of difference.
        (EARLIER.replace("building and", "Building, and"), 99.9),
        // Six words cut from its end: 2·16 / (22 + 16).
        (
            "International cooperation for capacity building and the sharing of requisite technologies could be an important area.".to_owned(),
            84.2,
        ),
        // A qualifier of six words cut from inside: 2·16 / (22 + 16).
        (EARLIER.replace(" and the sharing of requisite technologies", ""), 84.2),
        // Two words changed into four: 2·20 / (22 + 24).
        (
            EARLIER.replace("an important", "another key and urgent"),
            87.0,
        ),
    ]
}

fn library() -> (tempfile::TempDir, Library) {
    common::library_of(&[(
        "2023.md",
        format!("---\ntitle: Statement on capacity-building\nkind: statement\nspeaker: Pakistan\ndate: 2023-07-10\n---\n\n{EARLIER}\n"),
    )])
}

#[test]
fn suggest_reuse_and_provenance_give_one_score_and_100_only_for_the_same_text() {
    let (_dir, mut library) = library();
    for (later, expected) in pairs() {
        let options = FindOptions {
            min_score: 0.0,
            ..FindOptions::default()
        };
        let reuse = library
            .find_reuse(&later, &Filter::default(), options)
            .unwrap();
        assert_eq!(reuse.len(), 1, "{later}");
        let source = reuse[0].source.passage_id;
        let suggested = library.suggest(&later, &Filter::default(), 9).unwrap();
        let suggestion = suggested
            .iter()
            .find(|s| s.passage_id() == Some(source))
            .unwrap_or_else(|| panic!("suggested: {later}"));
        let id = library
            .create_draft(
                "T",
                &DraftStart {
                    body: Some(&later),
                    ..DraftStart::default()
                },
            )
            .unwrap()
            .summary
            .id;
        let provenance = library.draft_provenance(id).unwrap();
        let paragraph = &provenance[0];
        let sentence = &paragraph.sentences[0];
        let of_source = |s: &DraftSource| matches!(s, DraftSource::Passage { provenance } if provenance.passage_id == source);
        let paragraph_score = paragraph
            .sources
            .iter()
            .find(|s| of_source(&s.source))
            .map(|s| s.score);
        let sentence_score = sentence
            .sources
            .iter()
            .find(|s| of_source(&s.source))
            .map(|s| s.score);
        let scores = [
            Some(reuse[0].score),
            Some(suggestion.score()),
            paragraph_score,
            sentence_score,
        ];
        assert_eq!(scores, [Some(expected); 4], "{later}");
    }
}

#[test]
fn a_continuation_is_labelled_and_carries_the_whole_sentence_score() {
    let (_dir, library) = library();
    let typed = "International cooperation for capacity building and the sharing";
    let suggested = library.suggest(typed, &Filter::default(), 9).unwrap();
    let first = &suggested[0];
    assert!(first.continues(), "{suggested:?}");
    let options = FindOptions {
        min_score: 0.0,
        ..FindOptions::default()
    };
    let reuse = library
        .find_reuse(typed, &Filter::default(), options)
        .unwrap();
    // 2·8 / (22 + 8): the whole sentence against the eight typed words.
    assert_eq!(first.score(), 53.3);
    assert_eq!(reuse[0].score, first.score());
    // The whole sentence typed is a match, not a continuation.
    let whole = library.suggest(EARLIER, &Filter::default(), 9).unwrap();
    assert_eq!(whole[0].score(), 100.0);
    assert!(!whole[0].continues());
}
