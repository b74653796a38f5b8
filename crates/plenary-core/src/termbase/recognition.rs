//! Finding the termbase's terms in a text, as CAT tools' fuzzy term
//! recognition does: each term and the text are read as word keys
//! (`text::stems`: Snowball stems, French elision dropped, the Arabic
//! article and its prepositions stripped), and a term is found where its
//! keys follow one another in the text, so "юридически обязывающего
//! документа" is "юридически обязывающий документ" and "instrumentos
//! jurídicamente vinculantes" is "instrumento jurídicamente vinculante"
//! (an Arabic word may also match without a one-letter preposition).
//! Chinese terms are found as they are written (Aho-Corasick, longest
//! first). Where terms overlap, the longest wins, then one in the text's
//! own language.

use crate::model::{Concept, Language, Span, Term, TermHit, TermStatus};
use crate::text::stems::{word_keys, KeyedWord};
use crate::text::tokens::has_cjk;
use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// A term found in a text: where, and which term of which concept (their
/// places in `TermIndex::concepts` and in the concept's terms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermMatch {
    pub span: Range<usize>,
    pub concept: usize,
    pub term: usize,
}

struct KeyedTerm {
    concept: usize,
    term: usize,
    keys: Vec<String>,
}

/// The termbase's terms, ready to be found in texts.
pub struct TermIndex {
    concepts: Vec<Concept>,
    /// Terms of languages written with spaces, by language and first key.
    by_first_key: FxHashMap<(Language, String), Vec<KeyedTerm>>,
    /// The languages that have such terms.
    languages: Vec<Language>,
    /// Chinese terms, and which term each pattern is.
    chinese: Option<(AhoCorasick, Vec<(usize, usize)>)>,
}

impl TermIndex {
    pub fn new(concepts: Vec<Concept>) -> Self {
        let mut by_first_key: FxHashMap<(Language, String), Vec<KeyedTerm>> = FxHashMap::default();
        let mut languages = Vec::new();
        let (mut patterns, mut chinese_terms) = (Vec::new(), Vec::new());
        for (c, concept) in concepts.iter().enumerate() {
            for (t, term) in concept.fields.terms.iter().enumerate() {
                if term.language == Language::Zh {
                    patterns.push(term.text.clone());
                    chinese_terms.push((c, t));
                    continue;
                }
                let keys: Vec<String> = word_keys(term.language, &term.text)
                    .into_iter()
                    .map(|w| w.key)
                    .collect();
                let Some(first) = keys.first().cloned() else {
                    continue;
                };
                if !languages.contains(&term.language) {
                    languages.push(term.language);
                }
                by_first_key
                    .entry((term.language, first))
                    .or_default()
                    .push(KeyedTerm {
                        concept: c,
                        term: t,
                        keys,
                    });
            }
        }
        let chinese = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok()
            .filter(|_| !patterns.is_empty())
            .map(|automaton| (automaton, chinese_terms));
        TermIndex {
            concepts,
            by_first_key,
            languages,
            chinese,
        }
    }

    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    /// The terms found in `text`, in order, none overlapping another;
    /// `prefer` is the text's language, which wins a tie.
    pub fn find(&self, text: &str, prefer: Option<Language>) -> Vec<TermMatch> {
        let mut found: Vec<(TermMatch, Language)> = Vec::new();
        for &language in &self.languages {
            let words = word_keys(language, text);
            for (i, word) in words.iter().enumerate() {
                let longest = std::iter::once(&word.key)
                    .chain(word.alternative.as_ref())
                    .filter_map(|key| self.by_first_key.get(&(language, key.clone())))
                    .flatten()
                    .filter(|t| {
                        words.len() >= i + t.keys.len()
                            && t.keys.iter().zip(&words[i..]).all(|(k, w)| is_key_of(k, w))
                    })
                    .max_by_key(|t| (t.keys.len(), std::cmp::Reverse(t.term)));
                if let Some(t) = longest {
                    let end = words[i + t.keys.len() - 1].span.end;
                    let at = TermMatch {
                        span: word.span.start..end,
                        concept: t.concept,
                        term: t.term,
                    };
                    found.push((at, language));
                }
            }
        }
        if let Some((automaton, terms)) = self.chinese.as_ref().filter(|_| has_cjk(text)) {
            for m in automaton.find_iter(text) {
                let (concept, term) = terms[m.pattern().as_usize()];
                let at = TermMatch {
                    span: m.range(),
                    concept,
                    term,
                };
                found.push((at, Language::Zh));
            }
        }
        found.sort_by_key(|(m, language)| {
            (
                m.span.start,
                std::cmp::Reverse(m.span.end),
                Some(*language) != prefer,
            )
        });
        let mut kept: Vec<TermMatch> = Vec::new();
        for (m, _) in found {
            if kept.last().is_none_or(|last| m.span.start >= last.span.end) {
                kept.push(m);
            }
        }
        kept
    }

    /// The terms found in `text` as term hits: what was found, the term,
    /// the preferred term when another was used, and the equivalents.
    pub fn hits(&self, text: &str, prefer: Option<Language>) -> Vec<TermHit> {
        self.find(text, prefer)
            .into_iter()
            .map(|m| self.hit(text, &m))
            .collect()
    }

    fn hit(&self, text: &str, m: &TermMatch) -> TermHit {
        let concept = &self.concepts[m.concept];
        let term = concept.fields.terms[m.term].clone();
        let preferred = match term.status {
            TermStatus::Preferred => None,
            _ => concept
                .fields
                .preferred(term.language)
                .map(|p| p.text.clone()),
        };
        let equivalents = Language::ALL
            .into_iter()
            .filter(|l| *l != term.language)
            .filter_map(|l| {
                let mut terms = concept.fields.terms_in(l);
                concept
                    .fields
                    .preferred(l)
                    .or_else(|| terms.next())
                    .cloned()
            })
            .collect();
        TermHit {
            span: Span {
                start: m.span.start,
                end: m.span.end,
            },
            text: text[m.span.clone()].to_owned(),
            concept_id: concept.id,
            subject: concept.fields.subject.clone(),
            term,
            preferred,
            equivalents,
        }
    }

    /// The concept one of whose terms is `query` (in any of its forms),
    /// and that term.
    pub fn concept_named(&self, query: &str) -> Option<(&Concept, &Term)> {
        let query = query.trim();
        let found = match has_cjk(query) {
            true => self.find(query, Some(Language::Zh)),
            false => self.find(query, None),
        };
        let whole = found.into_iter().find(|m| {
            let before = &query[..m.span.start];
            let after = &query[m.span.end..];
            !before.chars().any(char::is_alphanumeric) && !after.chars().any(char::is_alphanumeric)
        })?;
        let concept = &self.concepts[whole.concept];
        Some((concept, &concept.fields.terms[whole.term]))
    }
}

/// True when a word of the text has a term's key (its own, or in Arabic
/// the one without a one-letter preposition).
fn is_key_of(key: &str, word: &KeyedWord) -> bool {
    word.key == key || word.alternative.as_deref() == Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ConceptFields;

    fn term(language: Language, text: &str, status: TermStatus) -> Term {
        Term {
            language,
            text: text.to_owned(),
            status,
            note: None,
        }
    }

    fn index() -> TermIndex {
        TermIndex::new(vec![Concept {
            id: 7,
            key: "lbi".to_owned(),
            fields: ConceptFields {
                subject: None,
                terms: vec![
                    term(
                        Language::En,
                        "legally binding instrument",
                        TermStatus::Preferred,
                    ),
                    term(
                        Language::En,
                        "legally-binding treaty",
                        TermStatus::Deprecated,
                    ),
                    term(
                        Language::Es,
                        "instrumento jurídicamente vinculante",
                        TermStatus::Preferred,
                    ),
                    term(Language::Zh, "具有法律约束力的文书", TermStatus::Preferred),
                ],
            },
            updated_at: String::new(),
        }])
    }

    #[test]
    fn a_deprecated_variant_is_found_with_the_preferred_term() {
        let text = "We call for a legally binding treaty now.";
        let hits = index().hits(text, Some(Language::En));
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].text, "legally binding treaty");
        assert_eq!(hits[0].term.status, TermStatus::Deprecated);
        assert_eq!(
            hits[0].preferred.as_deref(),
            Some("legally binding instrument")
        );
        assert_eq!(hits[0].equivalents.len(), 2);
    }

    #[test]
    fn plural_spanish_and_chinese_are_found() {
        let index = index();
        let hits = index.hits("Los instrumentos jurídicamente vinculantes.", None);
        assert_eq!(hits[0].text, "instrumentos jurídicamente vinculantes");
        let hits = index.hits("谈判一项具有法律约束力的文书。", None);
        assert_eq!(hits[0].term.language, Language::Zh);
        assert!(index
            .concept_named("instrumentos jurídicamente vinculantes")
            .is_some());
        assert!(index.concept_named("binding").is_none());
    }
}
