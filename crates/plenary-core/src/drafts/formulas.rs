//! The opening and the closing of a statement in each of the six UN
//! languages, to a chair who is a man and to one who is a woman ("Señor
//! Presidente:" / "Señora Presidenta:", closing "Muchas gracias, Señor
//! Presidente."), and a template made to follow a draft's language: each
//! line of the template that is one of these formulas, in any language and
//! for either chair, becomes the draft's own. A line that is not one of
//! them ("Excellencies, distinguished delegates,") stays as written.

use crate::model::{Chair, Language};

/// A statement's opening and closing lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Formulas {
    pub opening: &'static str,
    pub closing: &'static str,
}

/// Every language's formulas: to a chair who is a man, then a woman.
const TABLE: [(Language, [Formulas; 2]); 6] = [
    (
        Language::Ar,
        [
            Formulas {
                opening: "السيد الرئيس،",
                closing: "وشكراً السيد الرئيس.",
            },
            Formulas {
                opening: "السيدة الرئيسة،",
                closing: "وشكراً السيدة الرئيسة.",
            },
        ],
    ),
    (
        Language::Zh,
        [
            Formulas {
                opening: "主席先生：",
                closing: "谢谢主席先生。",
            },
            Formulas {
                opening: "主席女士：",
                closing: "谢谢主席女士。",
            },
        ],
    ),
    (
        Language::En,
        [
            Formulas {
                opening: "Mr. Chair,",
                closing: "I thank you, Mr. Chair.",
            },
            Formulas {
                opening: "Madam Chair,",
                closing: "I thank you, Madam Chair.",
            },
        ],
    ),
    (
        Language::Fr,
        [
            Formulas {
                opening: "Monsieur le Président,",
                closing: "Je vous remercie, Monsieur le Président.",
            },
            Formulas {
                opening: "Madame la Présidente,",
                closing: "Je vous remercie, Madame la Présidente.",
            },
        ],
    ),
    (
        Language::Ru,
        [
            Formulas {
                opening: "Господин Председатель,",
                closing: "Благодарю Вас, господин Председатель.",
            },
            Formulas {
                opening: "Госпожа Председатель,",
                closing: "Благодарю Вас, госпожа Председатель.",
            },
        ],
    ),
    (
        Language::Es,
        [
            Formulas {
                opening: "Señor Presidente:",
                closing: "Muchas gracias, Señor Presidente.",
            },
            Formulas {
                opening: "Señora Presidenta:",
                closing: "Muchas gracias, Señora Presidenta.",
            },
        ],
    ),
];

/// The opening and closing of a statement in `language` to `chair`.
pub fn formulas(language: Language, chair: Chair) -> Formulas {
    // The rows of `TABLE`, in its order.
    let row = match language {
        Language::Ar => 0,
        Language::Zh => 1,
        Language::En => 2,
        Language::Fr => 3,
        Language::Ru => 4,
        Language::Es => 5,
    };
    let column = match chair {
        Chair::Man => 0,
        Chair::Woman => 1,
    };
    TABLE[row].1[column]
}

/// `body` with each line that is an opening or closing formula, in any of
/// the six languages and for either chair, replaced by the one of
/// `language` to `chair`; every other line, and the line breaks, as they
/// were.
pub fn follow_language(body: &str, language: Language, chair: Chair) -> String {
    let wanted = formulas(language, chair);
    body.split_inclusive('\n')
        .map(|line| {
            let text = line.trim();
            let known = TABLE.iter().flat_map(|(_, pair)| pair);
            let replacement = known.into_iter().find_map(|f| {
                (f.opening == text)
                    .then_some(wanted.opening)
                    .or((f.closing == text).then_some(wanted.closing))
            });
            match replacement {
                Some(formula) if !text.is_empty() => {
                    let indent = &line[..line.len() - line.trim_start().len()];
                    let end = &line[line.trim_end().len()..];
                    format!("{indent}{formula}{end}")
                }
                _ => line.to_owned(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::roles::{is_closing, is_salutation};

    #[test]
    fn each_language_has_its_row() {
        for (language, pair) in TABLE {
            assert_eq!(formulas(language, Chair::Man), pair[0]);
            assert_eq!(formulas(language, Chair::Woman), pair[1]);
        }
    }

    #[test]
    fn every_formula_is_recognised_as_one() {
        for (language, pair) in TABLE {
            for f in pair {
                assert!(is_salutation(f.opening), "{language:?}: {}", f.opening);
                assert!(is_closing(f.closing), "{language:?}: {}", f.closing);
                assert!(!is_closing(f.opening) && !is_salutation(f.closing));
            }
        }
    }

    #[test]
    fn a_template_follows_the_language_and_the_chair() {
        let template = "Mr. Chair,\n\n\n\nI thank you, Mr. Chair.\n";
        assert_eq!(
            follow_language(template, Language::Es, Chair::Woman),
            "Señora Presidenta:\n\n\n\nMuchas gracias, Señora Presidenta.\n"
        );
        assert_eq!(
            follow_language(template, Language::En, Chair::Man),
            template
        );
        let spanish = follow_language(template, Language::Es, Chair::Man);
        assert_eq!(
            follow_language(&spanish, Language::Zh, Chair::Woman),
            "主席女士：\n\n\n\n谢谢主席女士。\n"
        );
        let other = "Excellencies, distinguished delegates,\n\nMr. Chair, we welcome the report.\n";
        assert_eq!(follow_language(other, Language::Fr, Chair::Man), other);
    }
}
