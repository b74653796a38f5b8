//! The search box's language, turned into an FTS5 expression: words (all
//! must match), "exact phrases", prefixes (`cyber*`), `OR`, `NOT` (or a
//! leading `-`) and parentheses. Every word is quoted before it reaches
//! FTS5, so punctuation in a query can never become FTS5 syntax.

use crate::model::{Error, Result};
use crate::text::tokens::has_cjk;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Term { text: String, prefix: bool },
    Or,
    Not,
    Open,
    Close,
}

/// A parsed query: its items, and whether it needs the trigram index.
#[derive(Debug, Clone)]
pub struct Query {
    pub items: Vec<Item>,
    pub cjk: bool,
}

impl Query {
    pub fn parse(input: &str) -> Result<Query> {
        let mut items = Vec::new();
        let mut chars = input.chars().peekable();
        while let Some(&c) = chars.peek() {
            match c {
                c if c.is_whitespace() => {
                    chars.next();
                }
                '"' | '“' | '”' => {
                    chars.next();
                    let phrase: String = chars
                        .by_ref()
                        .take_while(|c| !matches!(c, '"' | '“' | '”'))
                        .collect();
                    push_term(&mut items, &phrase, false);
                }
                '(' => {
                    chars.next();
                    items.push(Item::Open);
                }
                ')' => {
                    chars.next();
                    items.push(Item::Close);
                }
                '-' => {
                    chars.next();
                    items.push(Item::Not);
                }
                _ => {
                    let mut word = String::new();
                    while let Some(&c) = chars.peek() {
                        if c.is_whitespace() || matches!(c, '"' | '“' | '”' | '(' | ')') {
                            break;
                        }
                        word.push(c);
                        chars.next();
                    }
                    match word.as_str() {
                        "OR" => items.push(Item::Or),
                        "NOT" => items.push(Item::Not),
                        "AND" => {}
                        _ => {
                            let prefix = word.ends_with('*');
                            push_term(&mut items, word.trim_end_matches('*'), prefix);
                        }
                    }
                }
            }
        }
        if !items.iter().any(|i| matches!(i, Item::Term { .. })) {
            return Err(Error::InvalidQuery(
                "the query is empty: type a word or a \"phrase\"".to_owned(),
            ));
        }
        if matches!(items.first(), Some(Item::Not | Item::Or))
            || matches!(items.last(), Some(Item::Not | Item::Or))
        {
            return Err(Error::InvalidQuery(
                "OR and NOT need a word on each side".to_owned(),
            ));
        }
        let cjk = items
            .iter()
            .any(|i| matches!(i, Item::Term { text, .. } if has_cjk(text)));
        Ok(Query { items, cjk })
    }

    /// The FTS5 MATCH expression.
    pub fn to_fts(&self) -> String {
        let mut out = String::new();
        for item in &self.items {
            if !out.is_empty() && !out.ends_with('(') && !matches!(item, Item::Close) {
                out.push(' ');
            }
            match item {
                Item::Term { text, prefix } => {
                    out.push('"');
                    out.push_str(&text.replace('"', "\"\""));
                    out.push('"');
                    if *prefix {
                        out.push('*');
                    }
                }
                Item::Or => out.push_str("OR"),
                Item::Not => out.push_str("NOT"),
                Item::Open => out.push('('),
                Item::Close => out.push(')'),
            }
        }
        out
    }

    /// The terms, for highlighting and for the short-term CJK fallback.
    pub fn terms(&self) -> Vec<&str> {
        self.items
            .iter()
            .filter_map(|i| match i {
                Item::Term { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The trigram index cannot match terms shorter than three characters.
    pub fn fits_trigram_index(&self) -> bool {
        self.terms().iter().all(|t| t.chars().count() >= 3)
    }

    /// True when the query is only words to be found together (no OR/NOT).
    pub fn is_conjunction(&self) -> bool {
        self.items.iter().all(|i| matches!(i, Item::Term { .. }))
    }
}

fn push_term(items: &mut Vec<Item>, text: &str, prefix: bool) {
    let text = text.trim();
    if text.chars().any(char::is_alphanumeric) {
        items.push(Item::Term {
            text: text.to_owned(),
            prefix,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fts(q: &str) -> String {
        Query::parse(q).unwrap().to_fts()
    }

    #[test]
    fn phrases_prefixes_and_operators() {
        assert_eq!(
            fts("\"legally binding\" instrument"),
            "\"legally binding\" \"instrument\""
        );
        assert_eq!(fts("cyber* OR ransomware"), "\"cyber\"* OR \"ransomware\"");
        assert_eq!(fts("law -customary"), "\"law\" NOT \"customary\"");
        assert_eq!(
            fts("(CBMs OR confidence) AND trust"),
            "(\"CBMs\" OR \"confidence\") \"trust\""
        );
    }

    #[test]
    fn punctuation_cannot_become_syntax() {
        assert_eq!(fts("OEWG's \"col:umn\""), "\"OEWG's\" \"col:umn\"");
    }

    #[test]
    fn empty_and_dangling_queries_are_refused() {
        for q in ["", "   ", "\"\"", "OR", "NOT law", "law OR", "*** ---"] {
            assert!(Query::parse(q).is_err(), "{q:?} is refused");
        }
    }

    #[test]
    fn chinese_queries_use_the_trigram_index() {
        let q = Query::parse("网络安全").unwrap();
        assert!(q.cjk && q.fits_trigram_index());
        assert!(!Query::parse("网络").unwrap().fits_trigram_index());
    }
}
