//! The search bench's workload: a deterministic mix of the queries people
//! type (single words, pairs, "phrases", prefixes, OR, NOT, with and without
//! filters) drawn from the library's own body passages. The same library
//! and seed always give the same queries.

use crate::library_file::{LibraryFile, SampledPassage};
use plenary_core::model::Filter;

/// `n` queries with their filters, the same for the same library and seed.
pub fn bench_queries(
    file: &LibraryFile,
    n: usize,
    seed: u64,
) -> rusqlite::Result<Vec<(String, Filter)>> {
    let max_id = file.last_passage_id()?;
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move |bound: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % bound.max(1)
    };
    let mut queries = Vec::with_capacity(n);
    while queries.len() < n && max_id > 0 {
        let start = next(max_id as u64) as i64 + 1;
        let Some(SampledPassage {
            text,
            speaker,
            date,
            kind,
        }) = file.body_passage_from(start)?
        else {
            continue;
        };
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 5)
            .map(str::to_lowercase)
            .collect();
        if words.len() < 4 {
            continue;
        }
        let i = next(words.len() as u64 - 3) as usize;
        let (a, b, c) = (&words[i], &words[i + 1], &words[i + 2]);
        let mut filter = Filter::default();
        let query = match queries.len() % 10 {
            0 => a.clone(),
            1 => format!("{a} {c}"),
            2 => {
                let all: Vec<&str> = text.split_whitespace().collect();
                let j = next(all.len().saturating_sub(2) as u64) as usize;
                format!("\"{}\"", all[j..(j + 3).min(all.len())].join(" "))
            }
            // Prefixes of three to six letters, in turn.
            3 => {
                let letters = 3 + queries.len() / 10 % 4;
                format!("{}*", a.chars().take(letters).collect::<String>())
            }
            4 => format!("{a} OR {b}"),
            5 => {
                filter.speaker = speaker;
                a.clone()
            }
            6 => {
                let year: Option<i32> = date.as_deref().and_then(|d| d.get(..4)?.parse().ok());
                filter.from = year.and_then(|y| chrono::NaiveDate::from_ymd_opt(y, 1, 1));
                filter.to = year.and_then(|y| chrono::NaiveDate::from_ymd_opt(y, 12, 31));
                format!("{a} {b}")
            }
            7 => {
                filter.kind = kind;
                format!("\"{a} {b}\"")
            }
            8 => format!("{a} NOT {c}"),
            _ => format!("{a} {b} {c}"),
        };
        queries.push((query, filter));
    }
    Ok(queries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library_file::tests::imported_corpus;
    use plenary_core::search::SearchOptions;

    #[test]
    fn the_same_seed_gives_the_same_queries_and_each_one_runs() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (library, file) = imported_corpus(dir.path());
        let queries = bench_queries(&file, 50, 3).expect("queries");
        assert_eq!(queries.len(), 50);
        assert_eq!(bench_queries(&file, 50, 3).expect("queries"), queries);
        assert_ne!(bench_queries(&file, 50, 4).expect("queries"), queries);
        assert!(queries.iter().any(|(_, f)| f.speaker.is_some()));
        assert!(queries.iter().any(|(_, f)| f.from.is_some()));
        for (q, f) in &queries {
            library
                .search(q, f, SearchOptions::default())
                .unwrap_or_else(|e| panic!("{q}: {e}"));
        }
    }
}
