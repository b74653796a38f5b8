//! The phrase bank on the demo library: the formulations the 2024 press
//! release repeats from 2021, with counts, first and last use and speakers.

mod common;

use common::sample_library;
use plenary_core::model::Filter;
use plenary_core::reuse::PhraseOptions;

#[test]
fn recurring_formulations_of_the_samples() {
    let library = sample_library();
    let phrases = library.phrases(&PhraseOptions::default()).unwrap();
    let texts: Vec<&str> = phrases.iter().map(|p| p.text.as_str()).collect();
    for expected in [
        "the applicability of existing international law to cyber space is not sufficient to address the multifaceted legal challenges arising from ICTs",
        "a legally binding international instrument, specifically tailored to the unique attributes of ICTs",
        "a regulatory framework that creates stability and safety in cyberspace",
        "the frequency of cyber attacks on critical infrastructure",
    ] {
        assert!(texts.contains(&expected), "{expected:?} is in the phrase bank: {texts:#?}");
    }
    for p in &phrases {
        assert!(p.words >= 6, "{:?} has at least six words", p.text);
        assert_eq!(p.documents, 2);
        assert_eq!(
            (p.first_used.as_deref(), p.last_used.as_deref()),
            (Some("2021-12-13"), Some("2024-05-11"))
        );
        assert_eq!(p.speakers, ["Pakistan"]);
    }
    assert!(
        !texts.iter().any(|t| t.contains("Chairman")),
        "salutations are not phrases"
    );

    let only_2024 = PhraseOptions {
        filter: Filter {
            from: chrono::NaiveDate::from_ymd_opt(2024, 1, 1),
            ..Filter::default()
        },
        ..PhraseOptions::default()
    };
    assert!(
        library.phrases(&only_2024).unwrap().is_empty(),
        "one document alone has no recurring phrase"
    );
}
