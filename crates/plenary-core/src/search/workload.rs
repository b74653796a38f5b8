//! Query workloads for `plenary bench search`: a deterministic mix of the
//! queries people type (single words, pairs, "phrases", prefixes, OR, NOT,
//! with and without filters) drawn from the library's own passages, and the
//! plain substring scan that serves as the baseline.

use crate::error::Result;
use crate::store::{Filter, Library};
use rusqlite::OptionalExtension;

/// `n` queries with their filters, the same for the same library and seed.
pub fn bench_queries(library: &Library, n: usize, seed: u64) -> Result<Vec<(String, Filter)>> {
    let max_id = crate::store::last_passage_id(&library.conn)?;
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move |bound: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % bound.max(1)
    };
    let mut stmt = library.conn.prepare(
        "SELECT p.text, d.speaker, d.date, d.kind FROM passages p JOIN documents d ON d.id = p.document_id \
         WHERE p.id >= ?1 AND p.role = 'body' ORDER BY p.id LIMIT 1",
    )?;
    let mut queries = Vec::with_capacity(n);
    while queries.len() < n && max_id > 0 {
        let start = next(max_id as u64) as i64 + 1;
        let Some((text, speaker, date, kind)) = stmt
            .query_row([start], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })
            .optional()?
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

/// The baseline: passages whose lower-cased text contains `word`, found by
/// reading every passage, as a search without an index would.
pub fn substring_scan(library: &Library, word: &str) -> Result<Vec<i64>> {
    let mut stmt = library
        .conn
        .prepare_cached("SELECT id FROM passages WHERE instr(lower(text), ?1) > 0")?;
    let ids = stmt
        .query_map([word.to_lowercase()], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}
