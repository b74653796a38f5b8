//! `plenary-bench eval-commitments`: reads every labelled sentence of
//! `data/commitments/labelled.tsv` (real texts in the six languages,
//! labelled by hand; the rules are in that folder's README) with the
//! commitments' cues, as suggestions read them, and prints the recall and
//! precision of pledges, requests and positions per language: for the
//! sentences the cues were tuned on, for the held-out texts, and for both.
//!
//! A sentence counts as found as the kind its cue states: an action item
//! (a pledge or request with a deadline) counts as its pledge or request.
//! Recall is the share of the sentences labelled a kind that are read as
//! it; precision the share of those read as a kind that are labelled so.

use plenary_core::commitments::cues;
use plenary_core::model::CommitmentKind;
use std::collections::BTreeMap;
use std::process::ExitCode;

/// The labelled set, compiled in: the bench reads nothing outside the
/// repository.
const LABELLED: &str = include_str!("../data/commitments/labelled.tsv");

/// The kinds measured, in the order printed.
const KINDS: [CommitmentKind; 3] = [
    CommitmentKind::Pledge,
    CommitmentKind::Request,
    CommitmentKind::Position,
];

#[derive(clap::Args)]
pub struct EvalArgs {
    /// Also list the sentences read wrongly in this set: tuning or held-out.
    #[arg(long)]
    misses: Option<String>,
}

/// One labelled sentence.
struct Labelled<'a> {
    document: &'a str,
    language: &'a str,
    speaker: &'a str,
    set: &'a str,
    /// `None` for a sentence labelled `none`.
    label: Option<CommitmentKind>,
    sentence: &'a str,
}

fn labelled() -> Result<Vec<Labelled<'static>>, String> {
    LABELLED
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty())
        .map(|(n, line)| {
            let cells: Vec<&str> = line.split('\t').collect();
            let [document, language, speaker, set, label, sentence] = cells[..] else {
                return Err(format!("labelled.tsv line {}: not six columns", n + 1));
            };
            let label = match label {
                "none" => None,
                kind => Some(
                    CommitmentKind::parse(kind)
                        .ok_or_else(|| format!("labelled.tsv line {}: label '{kind}'", n + 1))?,
                ),
            };
            Ok(Labelled {
                document,
                language,
                speaker,
                set,
                label,
                sentence,
            })
        })
        .collect()
}

/// What the cues read a sentence as, if as a commitment at all.
fn read(sentence: &Labelled) -> Option<CommitmentKind> {
    cues::read_sentence(sentence.sentence, Some(sentence.speaker)).map(|r| r.cue_kind)
}

/// The counts of one kind.
#[derive(Default, Clone, Copy)]
struct Tally {
    labelled: usize,
    found: usize,
    right: usize,
}

impl Tally {
    fn recall(self) -> Option<f64> {
        (self.labelled > 0).then(|| self.right as f64 / self.labelled as f64)
    }

    fn precision(self) -> Option<f64> {
        (self.found > 0).then(|| self.right as f64 / self.found as f64)
    }
}

/// Per language ("all" for every one), the tally of each kind of `KINDS`.
type Figures = BTreeMap<String, [Tally; 3]>;

fn figures<'a>(sentences: impl Iterator<Item = &'a Labelled<'a>>) -> Figures {
    let mut figures = Figures::new();
    for sentence in sentences {
        let found = read(sentence);
        for language in [sentence.language, "all"] {
            let tallies = figures.entry(language.to_owned()).or_default();
            for (kind, tally) in KINDS.iter().zip(tallies.iter_mut()) {
                let labelled = sentence.label == Some(*kind);
                let read_so = found == Some(*kind);
                tally.labelled += usize::from(labelled);
                tally.found += usize::from(read_so);
                tally.right += usize::from(labelled && read_so);
            }
        }
    }
    figures
}

fn share(value: Option<f64>) -> String {
    value.map_or("   —".to_owned(), |v| format!("{v:.2}"))
}

fn print(title: &str, count: usize, figures: &Figures) {
    println!("\n{title} ({count} sentences)");
    print!("{:<9}", "language");
    for kind in KINDS {
        print!("  {:<21}", kind.as_str());
    }
    println!();
    print!("{:<9}", "");
    for _ in KINDS {
        print!("  {:>3} {:>5} {:>6} {:>5}", "n", "found", "recall", "prec.");
    }
    println!();
    for (language, tallies) in figures
        .iter()
        .filter(|(l, _)| *l != "all")
        .chain(figures.get_key_value("all"))
    {
        print!("{language:<9}");
        for tally in tallies {
            print!(
                "  {:>3} {:>5} {:>6} {:>5}",
                tally.labelled,
                tally.found,
                share(tally.recall()),
                share(tally.precision())
            );
        }
        println!();
    }
}

pub fn run(args: EvalArgs) -> Result<ExitCode, String> {
    let sentences = labelled()?;
    let documents = |set: Option<&str>| {
        let mut names: Vec<&str> = sentences
            .iter()
            .filter(|s| set.is_none_or(|set| s.set == set))
            .map(|s| s.document)
            .collect();
        names.dedup();
        names.len()
    };
    println!(
        "{} labelled sentences from {} texts ({} held out)",
        sentences.len(),
        documents(None),
        documents(Some("held-out"))
    );
    for set in ["tuning", "held-out"] {
        let of_set: Vec<&Labelled> = sentences.iter().filter(|s| s.set == set).collect();
        print(set, of_set.len(), &figures(of_set.iter().copied()));
    }
    print("both", sentences.len(), &figures(sentences.iter()));
    if let Some(set) = args.misses {
        println!("\nread wrongly ({set}):");
        for sentence in sentences.iter().filter(|s| s.set == set) {
            let found = read(sentence);
            if found != sentence.label {
                let name = |k: Option<CommitmentKind>| k.map_or("none", CommitmentKind::as_str);
                println!(
                    "  {} labelled {}, read {}: {}",
                    sentence.document,
                    name(sentence.label),
                    name(found),
                    sentence.sentence
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_labelled_set_reads() {
        let sentences = labelled().unwrap();
        assert!(sentences.len() > 300);
        let languages: std::collections::BTreeSet<&str> =
            sentences.iter().map(|s| s.language).collect();
        assert_eq!(
            languages.into_iter().collect::<Vec<_>>(),
            ["ar", "en", "es", "fr", "ru", "zh"]
        );
        assert!(sentences
            .iter()
            .all(|s| s.set == "tuning" || s.set == "held-out"));
    }

    #[test]
    fn pledges_and_requests_of_the_held_out_texts_meet_the_targets() {
        let sentences = labelled().unwrap();
        let figures = figures(sentences.iter().filter(|s| s.set == "held-out"));
        for (kind, tally) in KINDS.iter().zip(figures["all"]).take(2) {
            let (recall, precision) = (tally.recall().unwrap(), tally.precision().unwrap());
            assert!(
                recall >= 0.8 && precision >= 0.8,
                "{}: recall {recall:.2}, precision {precision:.2}",
                kind.as_str()
            );
        }
    }
}
