//! Text folded for matching against the import's word lists and tables
//! (States and their names, offices, delegation words, kinds of text):
//! lower case, and Traditional Chinese characters written as their
//! Simplified forms ("中國" as "中国", "代表團" as "代表团"), so that the
//! lists, written in Simplified Chinese, read texts in either script.
//! Folding keeps every character's place: a byte offset found in the
//! folded text is the same offset in the lower-case text. The folded text
//! is only matched against, never stored: a title keeps the characters it
//! was written in.

use super::tokens::is_cjk;

/// `text` in lower case, its Traditional Chinese characters in their
/// Simplified forms.
pub fn folded(text: &str) -> String {
    let lower = text.to_lowercase();
    match lower.chars().any(is_cjk) {
        // fast2s maps one three-byte character to one three-byte character.
        true => fast2s::convert(&lower),
        false => lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_characters_fold_to_simplified_in_place() {
        for (traditional, simplified) in [
            ("中國代表團", "中国代表团"),
            ("俄羅斯聯邦", "俄罗斯联邦"),
            ("聯合聲明", "联合声明"),
            ("常駐聯合國代表團", "常驻联合国代表团"),
            ("認為", "认为"),
        ] {
            assert_eq!(folded(traditional), simplified);
            assert_eq!(folded(traditional).len(), traditional.len());
        }
        assert_eq!(folded("中国代表团团长的发言"), "中国代表团团长的发言");
        assert_eq!(folded("Statement BY China"), "statement by china");
    }
}
