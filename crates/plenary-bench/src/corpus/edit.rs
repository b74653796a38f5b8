//! Light edits of reused language, as a drafter makes them: one to three
//! word substitutions ("another" -> "an important"), insertions ("also") or
//! deletions (an adverb, an adjective, an opener). An edit is kept only if
//! the result still scores at least 0.8 on the reuse engine's formula,
//! 2·LCS/(len_a+len_b) over lower-case word tokens, so every ground-truth
//! pair stays above the 0.75 the corpus promises.

use super::lexicon as lx;
use super::rng::Rng;

const SUBSTITUTIONS: &[(&str, &str)] = &[
    ("another", "an important"),
    ("important", "critical"),
    ("critical", "important"),
    ("essential", "crucial"),
    ("crucial", "essential"),
    ("must", "should"),
    ("should", "must"),
    ("can", "could"),
    ("could", "can"),
    ("will", "would"),
    ("would", "will"),
    ("may", "might"),
    ("significant", "important"),
    ("practical", "concrete"),
    ("concrete", "practical"),
    ("meaningful", "substantive"),
    ("urgent", "pressing"),
    ("welcomes", "appreciates"),
    ("supports", "endorses"),
    ("believe", "consider"),
    ("believes", "considers"),
    ("threats", "challenges"),
    ("strengthen", "reinforce"),
    ("promote", "advance"),
    ("ensure", "guarantee"),
    ("cyberspace", "the ICT environment"),
    ("region", "subregion"),
    ("our", "the"),
    ("these", "such"),
    ("vital", "fundamental"),
    ("robust", "strong"),
    ("effective", "efficient"),
    ("sustained", "continued"),
    ("stress", "underline"),
    ("underline", "stress"),
    ("recall", "reaffirm"),
];

const INSERT_AFTER: &[(&str, &[&str])] = &[
    ("should", &["also", "therefore", "now", "further"]),
    ("must", &["also", "now", "therefore"]),
    ("can", &["also", "only", "therefore"]),
    ("could", &["also", "therefore", "perhaps"]),
    ("will", &["also", "therefore", "certainly"]),
    ("we", &["also", "therefore", "therefore", "further"]),
    ("is", &["also", "indeed", "still", "clearly"]),
    ("are", &["also", "indeed", "still", "clearly"]),
    ("remains", &["still", "also"]),
    ("has", &["also", "already"]),
    ("have", &["also", "already"]),
    ("the", &["entire", "current", "broader"]),
];

const SENTENCE_OPENERS: &[&str] = &[
    "Indeed,",
    "Moreover,",
    "Furthermore,",
    "Once again,",
    "Clearly,",
];
const LOWERCASABLE: &[&str] = &[
    "We", "My", "Our", "The", "It", "In", "This", "These", "Such", "All", "Let", "What", "No", "A",
    "An", "Any",
];

/// A lightly edited copy of `sentence`, or `None` when no edit fits.
pub(crate) fn light_edit(rng: &mut Rng, sentence: &str) -> Option<String> {
    for _ in 0..6 {
        let ops = 1 + rng.weighted(&[5, 3, 2]);
        let mut words: Vec<String> = sentence.split(' ').map(str::to_owned).collect();
        let mut done = 0;
        for _ in 0..ops * 4 {
            if done == ops {
                break;
            }
            let ok = match rng.below(3) {
                0 => substitute(rng, &mut words),
                1 => insert(rng, &mut words),
                _ => delete(rng, &mut words),
            };
            done += usize::from(ok);
        }
        let edited = words.join(" ");
        if done > 0 && edited != sentence && similarity(sentence, &edited) >= 0.8 {
            return Some(edited);
        }
    }
    None
}

/// Splits a word into its core and trailing punctuation.
fn core(word: &str) -> (&str, &str) {
    let end = word.trim_end_matches([',', '.', ';', ':']).len();
    word.split_at(end)
}

fn substitute(rng: &mut Rng, words: &mut [String]) -> bool {
    let start = rng.below(words.len());
    for k in 0..words.len() {
        let i = (start + k) % words.len();
        if i == 0 {
            continue;
        }
        let (w, punct) = core(&words[i]);
        if let Some((_, to)) = SUBSTITUTIONS.iter().find(|(from, _)| *from == w) {
            words[i] = format!("{to}{punct}");
            return true;
        }
    }
    false
}

fn insert(rng: &mut Rng, words: &mut Vec<String>) -> bool {
    if rng.chance(0.25) && LOWERCASABLE.contains(&words[0].as_str()) {
        let first = words[0].to_lowercase();
        words[0] = first;
        words.insert(0, (*rng.pick(SENTENCE_OPENERS)).to_owned());
        return true;
    }
    let start = rng.below(words.len());
    for k in 0..words.len() - 1 {
        let i = (start + k) % (words.len() - 1);
        let lower = words[i].to_lowercase();
        if let Some((_, adds)) = INSERT_AFTER.iter().find(|(w, _)| *w == lower) {
            let add = *rng.pick(adds);
            if words[i + 1] != add {
                words.insert(i + 1, add.to_owned());
                return true;
            }
        }
    }
    false
}

fn delete(rng: &mut Rng, words: &mut Vec<String>) -> bool {
    // An opener such as "Moreover," goes, and the next word takes the capital.
    if words.len() > 13
        && words[0].ends_with(',')
        && lx::OPENERS.contains(&words[0].as_str())
        && rng.chance(0.5)
    {
        words.remove(0);
        words[0] = super::layout::capitalize(&words[0]);
        return true;
    }
    if words.len() <= 12 {
        return false;
    }
    let start = rng.below(words.len());
    for k in 0..words.len() - 1 {
        let i = 1 + (start + k) % (words.len() - 1);
        let (w, punct) = core(&words[i]);
        if punct.is_empty()
            && (lx::ADVERBS.contains(&w)
                || lx::QUALITIES.contains(&w)
                || w == "also"
                || w == "further")
        {
            words.remove(i);
            return true;
        }
    }
    false
}

/// Lower-case word tokens as the reuse engine sees them.
pub(crate) fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(['\'', '’']).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// 2·LCS/(len_a+len_b) over word tokens.
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (tokens(a), tokens(b));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut row = vec![0u16; b.len() + 1];
    for x in &a {
        let mut diag = 0;
        for (j, y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
            diag = up;
        }
    }
    2.0 * f64::from(row[b.len()]) / (a.len() + b.len()) as f64
}
