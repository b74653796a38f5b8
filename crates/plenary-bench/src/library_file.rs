//! The benches' own read-only reader of a library file: the few reads they
//! need that `plenary-core` does not offer (passages to draw search queries
//! from, the substring-scan baseline, every stored reuse link, every
//! substantive passage's text).
//!
//! Why this reads the SQLite file directly: core keeps its SQL inside its
//! `store` folder and has no API for these bench-only reads, and this crate
//! is a separate tool that is never shipped. So it opens the file itself,
//! read-only (`SQLITE_OPEN_READ_ONLY`), as an independent reader beside the
//! `Library` the bench measures, which is opened first and so has already
//! brought the schema up to date. The one write, `make_analyses_stale`,
//! is made on a copy of a bench library. All of the bench's SQL on a
//! library file is in this module; it follows core's schema (`documents`,
//! `passages`, `reuse_links`), so a change there must be mirrored here.

use rusqlite::{Connection, OpenFlags, OptionalExtension, Row};
use std::ops::Range;
use std::path::Path;

/// A read-only connection to a library file.
pub struct LibraryFile {
    conn: Connection,
}

/// A body passage with its document's filing, to draw a query from.
pub struct SampledPassage {
    pub text: String,
    pub speaker: Option<String>,
    pub date: Option<String>,
    pub kind: Option<String>,
}

/// A stored reuse link: byte spans in the earlier (source) and the later
/// (target) passage.
pub struct StoredLink {
    pub source_passage_id: i64,
    pub target_passage_id: i64,
    pub score: f64,
    pub source_span: Range<usize>,
    pub target_span: Range<usize>,
}

impl LibraryFile {
    pub fn open(path: &Path) -> rusqlite::Result<Self> {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        Ok(Self { conn })
    }

    /// The largest passage id, 0 when there is none.
    pub fn last_passage_id(&self) -> rusqlite::Result<i64> {
        self.conn
            .query_row("SELECT coalesce(max(id), 0) FROM passages", [], |r| {
                r.get(0)
            })
    }

    /// The first body passage whose id is `id` or more.
    pub fn body_passage_from(&self, id: i64) -> rusqlite::Result<Option<SampledPassage>> {
        self.conn
            .prepare_cached(
                "SELECT p.text, d.speaker, d.date, d.kind FROM passages p \
                 JOIN documents d ON d.id = p.document_id \
                 WHERE p.id >= ?1 AND p.role = 'body' ORDER BY p.id LIMIT 1",
            )?
            .query_row([id], |r| {
                Ok(SampledPassage {
                    text: r.get(0)?,
                    speaker: r.get(1)?,
                    date: r.get(2)?,
                    kind: r.get(3)?,
                })
            })
            .optional()
    }

    /// The search baseline: ids of the passages whose lower-cased text
    /// contains `word`, found by reading every passage, as a search without
    /// an index would.
    pub fn substring_scan(&self, word: &str) -> rusqlite::Result<Vec<i64>> {
        self.conn
            .prepare_cached("SELECT id FROM passages WHERE instr(lower(text), ?1) > 0")?
            .query_map([word.to_lowercase()], |r| r.get(0))?
            .collect()
    }

    /// How many documents have passages with ids above `id` (those a
    /// re-analysis rewrote, when `id` was the largest before it).
    pub fn documents_with_passages_after(&self, id: i64) -> rusqlite::Result<usize> {
        self.conn.query_row(
            "SELECT count(DISTINCT document_id) FROM passages WHERE id > ?1",
            [id],
            |r| Ok(r.get::<_, i64>(0)? as usize),
        )
    }

    /// Every stored reuse link, for evaluation against the ground truth.
    pub fn reuse_links(&self) -> rusqlite::Result<Vec<StoredLink>> {
        self.conn
            .prepare(
                "SELECT source_passage_id, target_passage_id, score, \
                 source_start, source_end, target_start, target_end FROM reuse_links",
            )?
            .query_map([], |r| {
                Ok(StoredLink {
                    source_passage_id: r.get(0)?,
                    target_passage_id: r.get(1)?,
                    score: r.get(2)?,
                    source_span: offset(r, 3)?..offset(r, 4)?,
                    target_span: offset(r, 5)?..offset(r, 6)?,
                })
            })?
            .collect()
    }

    /// Every substantive passage as (id, document id, text), for the reuse
    /// baseline.
    pub fn substantive_passages(&self) -> rusqlite::Result<Vec<(i64, i64, String)>> {
        self.conn
            .prepare("SELECT id, document_id, text FROM passages WHERE role = 'body' ORDER BY id")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect()
    }
}

/// Makes every document's stored analysis stale, as an older version of
/// the analysis would have left it: each document's first passage gets
/// another role (body becomes heading, any other role body), so that a
/// re-analysis finds every document changed and rewrites it. The one write of the benches, on a copy of a library.
/// Gives the documents changed.
pub fn make_analyses_stale(path: &Path) -> rusqlite::Result<usize> {
    let conn = Connection::open(path)?;
    conn.execute(
        "UPDATE passages SET role = CASE role WHEN 'body' THEN 'heading' ELSE 'body' END \
         WHERE ordinal = 1",
        [],
    )
}

/// A stored byte offset (negative ones read as 0).
fn offset(row: &Row, column: usize) -> rusqlite::Result<usize> {
    Ok(row.get::<_, i64>(column)?.max(0) as usize)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::corpus::{generate, CorpusSpec};
    use plenary_core::model::Filter;
    use plenary_core::Library;
    use std::collections::BTreeSet;

    /// A library holding a small generated corpus, and the reader beside it.
    pub(crate) fn imported_corpus(dir: &Path) -> (Library, LibraryFile) {
        let corpus = dir.join("corpus");
        generate(&CorpusSpec { docs: 60, seed: 7 }, &corpus).expect("corpus");
        let path = dir.join("library.db");
        let mut library = Library::open(&path).expect("library");
        let report = library.import_paths(&[corpus], |_| {}).expect("import");
        assert_eq!(report.imported, 60);
        let file = LibraryFile::open(&path).expect("reader");
        (library, file)
    }

    #[test]
    fn the_reader_sees_what_the_library_holds() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (library, file) = imported_corpus(dir.path());
        let (mut all, mut substantive, mut links) = (Vec::new(), Vec::new(), BTreeSet::new());
        for summary in library.documents(&Filter::default()).expect("documents") {
            for p in library.document(summary.id).expect("document").passages {
                if p.role.is_substantive() {
                    substantive.push((p.id, summary.id, p.text.clone()));
                }
                all.push((p.id, p.text));
            }
            for p in library.reuse_map(summary.id).expect("map").passages {
                for l in p.sources {
                    links.insert((
                        (l.other.passage_id, l.other_span.start, l.other_span.end),
                        (p.passage_id, l.span.start, l.span.end),
                    ));
                }
            }
        }
        substantive.sort();
        assert_eq!(file.substantive_passages().expect("read"), substantive);
        let last = all.iter().map(|(id, _)| *id).max().expect("passages");
        assert_eq!(file.last_passage_id().expect("read"), last);

        let stored: BTreeSet<_> = file
            .reuse_links()
            .expect("read")
            .into_iter()
            .map(|l| {
                let (s, t) = (l.source_span, l.target_span);
                (
                    (l.source_passage_id, s.start, s.end),
                    (l.target_passage_id, t.start, t.end),
                )
            })
            .collect();
        assert!(!stored.is_empty(), "a 60-document corpus has reuse");
        assert_eq!(stored, links);

        let word = "delegation";
        let mut expected: Vec<i64> = all
            .iter()
            .filter(|(_, text)| text.to_ascii_lowercase().contains(word))
            .map(|(id, _)| *id)
            .collect();
        expected.sort();
        let mut found = file.substring_scan("Delegation").expect("scan");
        found.sort();
        assert!(!found.is_empty());
        assert_eq!(found, expected);
    }
}
