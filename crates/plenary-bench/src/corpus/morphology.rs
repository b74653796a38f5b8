//! English morphology for the grammar: verb inflection (present agreement,
//! gerund, past, participle; irregular verbs are written out in the lexicon
//! as `base/3sg/ing/past/pp`) and the choice between "a" and "an".

#[derive(Clone, Copy)]
pub(crate) enum Form {
    Base,
    Third,
    Ing,
    Past,
    Participle,
}

/// "a" or "an" before `phrase`, by its sound (acronyms by their letters).
pub(crate) fn article(phrase: &str) -> &'static str {
    let word = phrase.split([' ', '-']).next().unwrap_or("");
    let lower = word.to_lowercase();
    let acronym = word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase());
    let vowel = if acronym {
        word.starts_with(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X'])
    } else if ["uni", "use", "usu", "eu", "one", "once"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        false
    } else {
        lower.starts_with(['a', 'e', 'i', 'o', 'u'])
            || lower.starts_with("hour")
            || lower.starts_with("honest")
    };
    if vowel {
        "an"
    } else {
        "a"
    }
}

/// The present tense of `entry` agreeing with a plural or singular subject.
pub(crate) fn present(entry: &str, plural: bool) -> String {
    if plural {
        let (head, tail) = split_head(entry);
        let base = match head.split('/').next().unwrap_or(head) {
            "be" => "are",
            other => other,
        };
        join(base, tail)
    } else {
        inflect(entry, Form::Third)
    }
}

fn split_head(entry: &str) -> (&str, &str) {
    match entry.find(' ') {
        Some(i) => (&entry[..i], &entry[i..]),
        None => (entry, ""),
    }
}

fn join(head: &str, tail: &str) -> String {
    let mut s = String::with_capacity(head.len() + tail.len());
    s.push_str(head);
    s.push_str(tail);
    s
}

/// Inflects the first word of a verb entry; the rest is kept.
pub(crate) fn inflect(entry: &str, form: Form) -> String {
    let (head, tail) = split_head(entry);
    // "strongly favour" inflects its verb, not its adverb.
    if head.ends_with("ly") && !tail.is_empty() {
        return join(head, &format!(" {}", inflect(tail.trim_start(), form)));
    }
    if head.contains('/') {
        let forms: Vec<&str> = head.split('/').collect();
        let i = match form {
            Form::Base => 0,
            Form::Third => 1,
            Form::Ing => 2,
            Form::Past => 3,
            Form::Participle => 4,
        };
        return join(forms.get(i).copied().unwrap_or(forms[0]), tail);
    }
    let modal = [
        "would", "cannot", "can", "will", "must", "should", "might", "may",
    ]
    .contains(&head);
    let word = match (head, form) {
        (_, Form::Base) => head.to_owned(),
        _ if modal => head.to_owned(),
        ("be", Form::Third) => "is".into(),
        ("be", Form::Ing) => "being".into(),
        ("be", Form::Past) => "was".into(),
        ("be", Form::Participle) => "been".into(),
        ("have", Form::Third) => "has".into(),
        ("have", Form::Past | Form::Participle) => "had".into(),
        ("have", Form::Ing) => "having".into(),
        ("do", Form::Past) => "did".into(),
        ("do", Form::Participle) => "done".into(),
        ("stand", Form::Past | Form::Participle) => "stood".into(),
        ("see", Form::Past) => "saw".into(),
        ("see", Form::Participle) => "seen".into(),
        (_, Form::Third) => third(head),
        (_, Form::Ing) => gerund(head),
        (_, Form::Past | Form::Participle) => past(head),
    };
    join(&word, tail)
}

fn consonant_y(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'y' && !b"aeiou".contains(&b[b.len() - 2])
}

fn third(w: &str) -> String {
    if ["s", "sh", "ch", "x", "z", "o"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        format!("{w}es")
    } else if consonant_y(w) {
        format!("{}ies", &w[..w.len() - 1])
    } else {
        format!("{w}s")
    }
}

/// Verbs that double their last consonant: "underpinned", "labelling".
const DOUBLING: &[&str] = &[
    "underpin", "embed", "submit", "commit", "admit", "label", "compel", "control", "plan", "stop",
];

fn gerund(w: &str) -> String {
    if DOUBLING.contains(&w) {
        format!("{w}{}ing", &w[w.len() - 1..])
    } else if let Some(stem) = w.strip_suffix("ie") {
        format!("{stem}ying")
    } else if w.ends_with('e') && !["ee", "ye", "oe"].iter().any(|e| w.ends_with(e)) {
        format!("{}ing", &w[..w.len() - 1])
    } else {
        format!("{w}ing")
    }
}

fn past(w: &str) -> String {
    if DOUBLING.contains(&w) {
        format!("{w}{}ed", &w[w.len() - 1..])
    } else if w.ends_with('e') {
        format!("{w}d")
    } else if consonant_y(w) {
        format!("{}ied", &w[..w.len() - 1])
    } else {
        format!("{w}ed")
    }
}
