//! One topic of the corpus lexicon: its name and the nouns, qualities,
//! verbs and actors its paragraphs draw on.

pub(crate) struct Topic {
    pub name: &'static str,
    pub things: &'static [&'static str],
    pub qualities: &'static [&'static str],
    pub actions: &'static [&'static str],
    pub actors: &'static [&'static str],
}
