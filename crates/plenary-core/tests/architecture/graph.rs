//! Which source file of a crate uses which, read from the text as a
//! newcomer reads it: every `use` declaration (of any form: `crate::`,
//! `super::`, `self::`, a child module's name, grouped or not) and every
//! qualified path in the code (`super::facets::slug(…)`,
//! `desk::contacts(…)` after `use crate::desk`). A path is followed to the
//! file that defines its item, through re-exports, so `use super::Store`
//! in `store/documents.rs` leads to the file where `Store` is written.
//! A `pub use` is a module's public face and not a use of its own; every
//! other `use` and path is. Comments and string literals are left out.

use std::collections::{BTreeMap, BTreeSet};

/// A module's path from the crate root: `[]` for the root, `["store",
/// "documents"]` for `store/documents.rs`.
pub type ModulePath = Vec<String>;

/// One `use` binding: the name it brings into scope (`None` for a glob)
/// and the absolute path it stands for.
#[derive(Debug, Clone)]
struct Binding {
    name: Option<String>,
    path: Vec<String>,
    public: bool,
}

/// One file, read.
#[derive(Debug, Default)]
struct Unit {
    /// Names of items written in this file (functions, types, constants,
    /// statics, macros, inline modules).
    items: BTreeSet<String>,
    bindings: Vec<Binding>,
    /// Absolute paths named in the code, outside `use` declarations.
    paths: Vec<Vec<String>>,
}

/// A crate's files, by module path, read and resolved.
pub struct Graph {
    files: BTreeMap<ModulePath, String>,
    units: BTreeMap<ModulePath, Unit>,
}

/// The source without comments, string and character literals (each
/// replaced by a space, so that words on either side stay apart).
pub fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && is_raw_string(&chars, i) {
            let mut hashes = 0;
            i += 1;
            while chars[i] == '#' {
                hashes += 1;
                i += 1;
            }
            i += 1;
            while i < chars.len() {
                if chars[i] == '"' && (1..=hashes).all(|h| chars.get(i + h) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
            out.push(' ');
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push(' ');
        } else if c == '\'' && next == Some('\\') {
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push(' ');
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            i += 3;
            out.push(' ');
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_raw_string(chars: &[char], at: usize) -> bool {
    let before_is_word = at > 0 && (chars[at - 1].is_alphanumeric() || chars[at - 1] == '_');
    let mut i = at + 1;
    while chars.get(i) == Some(&'#') {
        i += 1;
    }
    !before_is_word && chars.get(i) == Some(&'"')
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The words of a `use` tree, expanded: `a::{b, c::{d as e}}` gives
/// `(a::b, b)` and `(a::c::d, e)`; `a::*` gives a glob; `a::{self}` gives
/// `(a, a)`.
fn expand_use_tree(tree: &str, prefix: &[String], out: &mut Vec<(Vec<String>, Option<String>)>) {
    let tree = tree.trim();
    if tree.is_empty() {
        return;
    }
    if let Some(open) = tree.find('{') {
        let head: Vec<String> = tree[..open]
            .split("::")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        let mut base = prefix.to_vec();
        base.extend(head);
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let mut depth = 0;
        let mut start = 0;
        for (at, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand_use_tree(&inner[start..at], &base, out);
                    start = at + 1;
                }
                _ => {}
            }
        }
        expand_use_tree(&inner[start..], &base, out);
        return;
    }
    let (path, alias) = match tree.split_once(" as ") {
        Some((path, alias)) => (path.trim(), Some(alias.trim().to_owned())),
        None => (tree, None),
    };
    let mut full = prefix.to_vec();
    full.extend(path.split("::").map(str::trim).map(str::to_owned));
    match full.last().map(String::as_str) {
        Some("*") => {
            full.pop();
            out.push((full, None));
        }
        Some("self") => {
            full.pop();
            let name = alias.or_else(|| full.last().cloned());
            out.push((full, name));
        }
        _ => {
            let name = alias.or_else(|| full.last().cloned());
            out.push((full, name));
        }
    }
}

/// A path as written, made absolute from the module `at`: `crate::`,
/// `super::` and `self::` are resolved; a first word that is a child
/// module or a name bound by a `use` is followed. `None` for a path that
/// leaves the crate (`std::`, `chrono::`) or starts with a local name.
fn absolute(
    words: &[String],
    at: &ModulePath,
    children: &BTreeSet<String>,
    bound: &BTreeMap<String, Vec<String>>,
) -> Option<Vec<String>> {
    let mut base: Vec<String> = at.clone();
    let mut rest = words;
    match words.first().map(String::as_str) {
        Some("crate") => {
            base.clear();
            rest = &words[1..];
        }
        Some("self") => rest = &words[1..],
        Some("super") => {
            while rest.first().map(String::as_str) == Some("super") {
                base.pop()?;
                rest = &rest[1..];
            }
        }
        Some(first) if children.contains(first) => {}
        Some(first) => {
            let target = bound.get(first)?;
            let mut path = target.clone();
            path.extend(words[1..].iter().cloned());
            return Some(path);
        }
        None => return None,
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

impl Graph {
    /// Reads a crate's files, given by module path.
    pub fn new(files: BTreeMap<ModulePath, String>) -> Self {
        let mut units = BTreeMap::new();
        for (module, source) in &files {
            let children: BTreeSet<String> = files
                .keys()
                .filter(|m| m.len() == module.len() + 1 && m.starts_with(module))
                .map(|m| m[module.len()].clone())
                .collect();
            units.insert(module.clone(), read_unit(module, source, &children));
        }
        Graph { files, units }
    }

    /// The file a module path is written in, if it is a module of its own.
    fn is_module(&self, path: &[String]) -> bool {
        self.files.contains_key(path)
    }

    /// The module whose file defines the item `path` names, following
    /// re-exports; the deepest module on the path when the item is not
    /// found; `None` when the path names a module itself.
    fn defining(&self, path: &[String], depth: usize) -> Option<ModulePath> {
        let mut module: ModulePath = Vec::new();
        for (i, word) in path.iter().enumerate() {
            let mut deeper = module.clone();
            deeper.push(word.clone());
            if self.is_module(&deeper) {
                module = deeper;
                continue;
            }
            let unit = self.units.get(&module)?;
            if unit.items.contains(word) || depth > 16 {
                return Some(module);
            }
            let rest = &path[i + 1..];
            for binding in &unit.bindings {
                if binding.name.as_deref() == Some(word.as_str()) {
                    let mut target = binding.path.clone();
                    target.extend(rest.iter().cloned());
                    return self.defining(&target, depth + 1).or(Some(module));
                }
            }
            for binding in unit.bindings.iter().filter(|b| b.name.is_none()) {
                let mut target = binding.path.clone();
                target.push(word.clone());
                target.extend(rest.iter().cloned());
                if let Some(found) = self.defining(&target, depth + 1) {
                    if self.units[&found].items.contains(word) {
                        return Some(found);
                    }
                }
            }
            return Some(module);
        }
        None
    }

    /// Each file's uses of other files, as module paths.
    pub fn edges(&self) -> BTreeSet<(ModulePath, ModulePath)> {
        let mut edges = BTreeSet::new();
        for (module, unit) in &self.units {
            let used = unit
                .bindings
                .iter()
                .filter(|b| !b.public)
                .map(|b| &b.path)
                .chain(unit.paths.iter());
            for path in used {
                if let Some(target) = self.defining(path, 0) {
                    if target != *module {
                        edges.insert((module.clone(), target));
                    }
                }
            }
        }
        edges
    }

    /// Every cycle among the files, each written as `a -> b -> a`.
    pub fn cycles(&self) -> Vec<String> {
        let edges = self.edges();
        let mut found = BTreeSet::new();
        for start in self.files.keys() {
            // Depth-first from `start`, looking for a way back to it.
            let mut stack: Vec<(ModulePath, Vec<ModulePath>)> =
                vec![(start.clone(), vec![start.clone()])];
            let mut seen = BTreeSet::new();
            while let Some((at, trail)) = stack.pop() {
                for (_, to) in edges.iter().filter(|(from, _)| *from == at) {
                    if to == start {
                        let mut cycle: Vec<String> = trail.iter().map(name).collect();
                        // The same cycle from each of its files is one cycle.
                        let smallest = (0..cycle.len())
                            .min_by_key(|&i| cycle[i].clone())
                            .unwrap_or(0);
                        cycle.rotate_left(smallest);
                        let first = cycle[0].clone();
                        cycle.push(first);
                        found.insert(cycle.join(" -> "));
                    } else if seen.insert(to.clone()) {
                        let mut longer = trail.clone();
                        longer.push(to.clone());
                        stack.push((to.clone(), longer));
                    }
                }
            }
        }
        found.into_iter().collect()
    }
}

/// A module path as people write it: `store::documents`, or `crate`.
pub fn name(module: &ModulePath) -> String {
    match module.is_empty() {
        true => "crate".to_owned(),
        false => module.join("::"),
    }
}

/// The code with `super::` inside inline modules (`mod tests { … }`)
/// written as `self::`, since there it names the file's own module.
fn inline_modules_flattened(code: &str) -> String {
    let mut code = code.to_owned();
    let mut from = 0;
    while let Some(found) = code[from..].find("mod ") {
        let at = from + found;
        from = at + 4;
        let rest = &code[from..];
        let name_len = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
        let after = rest[name_len..].trim_start();
        let word_start = at == 0 || !is_word(code[..at].chars().next_back().unwrap_or(' '));
        if name_len == 0 || !after.starts_with('{') || !word_start {
            continue;
        }
        let open = from + name_len + (rest[name_len..].len() - after.len());
        let mut depth = 0;
        let mut close = code.len();
        for (i, c) in code[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = open + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        let inner = one_module_up(&code[open..close]);
        code.replace_range(open..close, &inner);
    }
    code
}

/// Each run of `super::` one module shorter: `super::x` is `self::x`.
fn one_module_up(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find("super::") {
        let word_start = at == 0 || !is_word(rest[..at].chars().next_back().unwrap_or(' '));
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if !word_start {
            out.push_str("super::");
            rest = &rest["super::".len()..];
            continue;
        }
        let mut run = 0;
        while rest.starts_with("super::") {
            run += 1;
            rest = &rest["super::".len()..];
        }
        out.push_str(&"super::".repeat(run - 1));
        if run == 1 {
            out.push_str("self::");
        }
    }
    out.push_str(rest);
    out
}

fn read_unit(module: &ModulePath, source: &str, children: &BTreeSet<String>) -> Unit {
    let code = inline_modules_flattened(&code_only(source));
    let mut unit = Unit::default();
    let words: Vec<&str> = code
        .split(|c: char| !is_word(c) && c != '!')
        .filter(|w| !w.is_empty())
        .collect();
    const DEFINERS: &[&str] = &[
        "fn", "struct", "enum", "trait", "type", "const", "static", "union", "mod",
    ];
    for pair in words.windows(2) {
        if DEFINERS.contains(&pair[0]) || pair[0] == "macro_rules!" {
            unit.items.insert(pair[1].to_owned());
        }
    }
    // `use` declarations, with their spans, so that their paths are not
    // read again as paths in the code.
    let mut use_spans = Vec::new();
    let mut raw_bindings = Vec::new();
    let bytes = code.as_bytes();
    for (at, _) in code.match_indices("use ") {
        let starts_word = at == 0 || !is_word(bytes[at - 1] as char);
        if !starts_word {
            continue;
        }
        let before = code[..at].trim_end();
        let public = before.ends_with("pub")
            || before
                .rfind("pub(")
                .is_some_and(|p| !before[p..].contains([';', '{', '}']));
        let end = code[at..].find(';').map(|e| at + e).unwrap_or(code.len());
        let mut expanded = Vec::new();
        expand_use_tree(&code[at + 4..end], &[], &mut expanded);
        use_spans.push(at..end);
        for (path, name) in expanded {
            raw_bindings.push((path, name, public));
        }
    }
    let mut bound: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let no_bindings = BTreeMap::new();
    for (path, name, public) in raw_bindings {
        let Some(absolute) = absolute(&path, module, children, &no_bindings) else {
            continue;
        };
        if let Some(name) = &name {
            bound.insert(name.clone(), absolute.clone());
        }
        unit.bindings.push(Binding {
            name,
            path: absolute,
            public,
        });
    }
    // Qualified paths in the code: `a::b::c`, not inside a `use`.
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let starts_word =
            is_word(c) && (i == 0 || !is_word(chars[i - 1].1) && chars[i - 1].1 != ':');
        if !starts_word || use_spans.iter().any(|s| s.contains(&at)) {
            i += 1;
            continue;
        }
        let mut words = Vec::new();
        let mut j = i;
        loop {
            let start = j;
            while j < chars.len() && is_word(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map(|(b, _)| *b).unwrap_or(code.len());
            words.push(code[chars[start].0..end].to_owned());
            let colons = chars.get(j).map(|x| x.1) == Some(':')
                && chars.get(j + 1).map(|x| x.1) == Some(':');
            if colons && chars.get(j + 2).is_some_and(|x| is_word(x.1)) {
                j += 2;
            } else {
                break;
            }
        }
        if words.len() > 1 {
            if let Some(path) = absolute(&words, module, children, &bound) {
                unit.paths.push(path);
            }
        }
        i = j.max(i + 1);
    }
    unit
}
