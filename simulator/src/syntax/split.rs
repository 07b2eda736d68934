//! Parsing a valid file in two parts that run at the same time: its *skeleton* (everything
//! but the bodies of function declarations) and then the bodies, one after the other, on
//! another thread while the type checker resolves the package and checks the bodies
//! already parsed.
//!
//! The checker needs every package-level declaration before it can check any body, and
//! bodies are most of a file, so the whole-file parse ([`super::parser::parse_outcome`]) is
//! split where that dependency allows:
//!
//! 1. [`parse_skeleton`] parses the file as usual, except that at the `{` of a function
//!    declaration's body it finds the matching `}` with [`matching_brace`], a scan of the
//!    bytes that knows Go's comments, strings, raw strings and rune literals, and goes on
//!    after it. Each skipped body is a [`SkippedBody`]. A large file's skeleton is itself
//!    parsed in two halves at once, cut at a `func` that starts a line past the middle
//!    (`parse_skeleton_in_halves`; constant groups of the second half are numbered from
//!    [`SECOND_HALF_CONST_GROUPS`]).
//! 2. [`parse_bodies`] parses the skipped bodies in source order with a parser in the state
//!    the whole-file parse would have at each `{`, and hands them over in batches.
//!
//! The result is the tree the whole-file parse builds, with one exception: constant groups
//! inside bodies are numbered from [`BODY_CONST_GROUPS`], and those of a skeleton's second
//! half from [`SECOND_HALF_CONST_GROUPS`] (they are only ever compared for equality, and
//! stay distinct from each other and from the other top-level groups). This holds
//! only for input without any error: the skeleton must have none, and each body must parse
//! without any (lexical, syntax or branch) error and end exactly at the `}` the scan found
//! (so the scan, the body parse and the rest of the skeleton agree on where every token is).
//! On anything else the split parse says so and the caller parses the whole file again the
//! usual way, which reports the errors exactly as Go does. The output therefore never
//! depends on the split, nor on the timing of the two threads.

use super::MAX_NESTING;
use super::ast::{Block, File};
use super::parser::Parser;
use crate::source::Pos;

/// The first number given to constant groups declared inside function bodies (see the
/// module doc).
pub const BODY_CONST_GROUPS: u32 = 1 << 31;

/// A function declaration's body that the skeleton parse skipped.
#[derive(Clone, Copy, Debug)]
pub struct SkippedBody {
    /// Index of the function's declaration in [`File::decls`].
    pub decl: usize,
    /// Byte offset of the body's `{`.
    pub(super) lbrace_offset: usize,
    /// Position of the `{`.
    pub(super) lbrace: Pos,
    /// Position of the matching `}` found by [`matching_brace`].
    pub(super) rbrace: Pos,
}

/// A file's tree without the bodies of its function declarations, and where those are.
#[derive(Debug)]
pub struct Skeleton {
    /// The tree; the skipped functions have `body: None`.
    pub file: File,
    /// The skipped bodies, in source order.
    pub bodies: Vec<SkippedBody>,
}

/// Parses everything but the bodies of function declarations. `None` unless the skeleton
/// has no error at all (the caller then parses the whole file instead).
///
/// A large file's skeleton is parsed in two halves at once ([`parse_skeleton_in_halves`]).
pub fn parse_skeleton(src: &[u8]) -> Option<Skeleton> {
    parse_skeleton_with(src, HALVES_MIN_BYTES)
}

/// Below this many bytes a skeleton is parsed on one thread.
const HALVES_MIN_BYTES: usize = 256 * 1024;

/// The first number given to constant groups declared in the second half of a skeleton
/// parsed in halves (see the module doc).
pub const SECOND_HALF_CONST_GROUPS: u32 = 1 << 30;

/// [`parse_skeleton`], in halves from `halves_min` bytes on (tests pass 0).
#[doc(hidden)]
pub fn parse_skeleton_with(src: &[u8], halves_min: usize) -> Option<Skeleton> {
    if src.len() >= halves_min
        && !cfg!(all(target_family = "wasm", target_os = "unknown"))
        && std::thread::available_parallelism().map_or(1, |n| n.get()) >= 2
        && let Some(halves) = parse_skeleton_in_halves(src)
    {
        return Some(halves);
    }
    parse_skeleton_whole(src)
}

fn parse_skeleton_whole(src: &[u8]) -> Option<Skeleton> {
    let mut p = Parser::new(src, MAX_NESTING);
    p.skip_bodies();
    p.next();
    let file = p.file()?;
    let clean = p.lx.errors.reported() == 0 && p.lx.errors.is_empty() && !p.lx.any_error;
    let bodies = p.skipped_bodies()?;
    clean.then_some(Skeleton { file, bodies })
}

/// Parses the skeleton in two halves at once: this thread parses the file up to the first
/// `func` at the start of a line past its middle, as if the file ended there, while a
/// second thread parses the declarations from there on. `None` (parse the skeleton whole)
/// if there is no such `func` or either half has an error: the cut was not between two
/// declarations, or the file has an error.
///
/// Cut where a clean first half ends, the file is a sequence of complete declarations
/// (a declaration can only go on past a line's end after an operator, a comma or an open
/// bracket, which would leave the first half unfinished), so the two halves give the
/// whole skeleton's tree, except for the numbers of constant groups in the second half.
fn parse_skeleton_in_halves(src: &[u8]) -> Option<Skeleton> {
    let middle = src.len() / 2;
    let cut = middle + find(&src[middle..], b"\nfunc ")? + 1;
    let line = src[..cut].iter().filter(|&&b| b == b'\n').count() as u32;
    let (first, second) = std::thread::scope(|scope| {
        let second = std::thread::Builder::new()
            .name("memsim-skeleton".into())
            .stack_size(SKELETON_STACK)
            .spawn_scoped(scope, move || {
                let (p, decls, eof) = Parser::decls_from(src, cut, line, SECOND_HALF_CONST_GROUPS);
                let clean =
                    p.lx.errors.reported() == 0 && p.lx.errors.is_empty() && !p.lx.any_error;
                let bodies = p.skipped_bodies();
                (clean, decls, bodies, eof)
            })
            .ok()?;
        let first = parse_skeleton_whole(&src[..cut]);
        let second = match second.join() {
            Ok(second) => second,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        Some((first, second))
    })?;
    let (Some(mut first), (true, decls, Some(bodies), eof)) = (first, second) else {
        return None;
    };
    let offset = first.file.decls.len();
    let mut all = Vec::with_capacity(offset + decls.len());
    all.extend(std::mem::take(&mut first.file.decls));
    all.extend(decls);
    first.file.decls = all;
    first.file.eof = eof;
    first.bodies.extend(bodies.into_iter().map(|b| SkippedBody {
        decl: b.decl + offset,
        ..b
    }));
    Some(first)
}

/// Stack size of the thread parsing a skeleton's second half: enough for
/// [`MAX_NESTING`] levels in a debug build (untouched pages cost nothing).
const SKELETON_STACK: usize = 64 * 1024 * 1024;

/// The offset of the first `needle` in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// How many bodies [`parse_bodies`] hands over at a time: enough that the two threads
/// rarely wait for each other, few enough that little of the tree is alive at once.
pub const BODIES_PER_BATCH: usize = 32;

/// Parses the skipped bodies of `src` in order, giving them to `deliver` in batches of
/// (declaration index, body). Returns true if every body parsed cleanly (see the module
/// doc) and `deliver` accepted every batch; false as soon as one did not.
pub fn parse_bodies(
    src: &[u8],
    bodies: &[SkippedBody],
    mut deliver: impl FnMut(Vec<(usize, Block)>) -> bool,
) -> bool {
    let mut p = Parser::for_bodies(src);
    let mut batch = Vec::with_capacity(BODIES_PER_BATCH);
    for b in bodies {
        let Some(body) = p.skipped_body(b) else {
            return false;
        };
        batch.push((b.decl, body));
        if batch.len() == BODIES_PER_BATCH {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(BODIES_PER_BATCH));
            if !deliver(full) {
                return false;
            }
        }
    }
    batch.is_empty() || deliver(batch)
}

/// The bytes [`matching_brace`] looks at; it steps over all others.
const SCANNED: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    let set = b"{}\n/`\"'";
    while i < set.len() {
        t[set[i] as usize] = true;
        i += 1;
    }
    t
};

/// The offset, 0-based line and byte column of the `}` matching the `{` at byte `lbrace`
/// (0-based line `line`, byte column `col`), skipping comments, strings, raw strings and
/// rune literals as Go's lexer reads them. `None` at the end of the input. On invalid input
/// the answer may be wrong; the body's parse then disagrees with it (see the module doc).
pub fn matching_brace(src: &[u8], lbrace: usize, line: u32, col: u32) -> Option<(usize, u32, u32)> {
    let mut depth = 0usize;
    let mut line = line;
    // Offset of the first byte of the current line, as if columns were counted from there.
    let mut line_start = lbrace as isize - col as isize;
    let mut i = lbrace;
    while i < src.len() {
        if !SCANNED[usize::from(src[i])] {
            i += 1;
            continue;
        }
        match src[i] {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some((i, line, (i as isize - line_start) as u32));
                }
            }
            b'\n' => {
                line += 1;
                line_start = i as isize + 1;
            }
            b'/' if src.get(i + 1) == Some(&b'/') => {
                // A line comment ends before its newline.
                i += 2;
                while i < src.len() && src[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if src.get(i + 1) == Some(&b'*') => {
                i += 2;
                loop {
                    match src.get(i) {
                        None => return None,
                        Some(b'*') if src.get(i + 1) == Some(&b'/') => {
                            i += 2;
                            break;
                        }
                        Some(b'\n') => {
                            line += 1;
                            line_start = i as isize + 1;
                        }
                        Some(_) => {}
                    }
                    i += 1;
                }
                continue;
            }
            b'`' => {
                i += 1;
                loop {
                    match src.get(i) {
                        None => return None,
                        Some(b'`') => break,
                        Some(b'\n') => {
                            line += 1;
                            line_start = i as isize + 1;
                        }
                        Some(_) => {}
                    }
                    i += 1;
                }
            }
            quote @ (b'"' | b'\'') => {
                // Interpreted strings and runes end at their closing quote; a newline ends
                // them too (an error the body's parse reports).
                i += 1;
                loop {
                    match src.get(i) {
                        None => return None,
                        Some(b'\\') => i += 1,
                        Some(&c) if c == quote => break,
                        Some(b'\n') => {
                            line += 1;
                            line_start = i as isize + 1;
                            break;
                        }
                        Some(_) => {}
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brace(src: &str) -> Option<(usize, u32, u32)> {
        let at = src.find('{').unwrap_or(0);
        matching_brace(src.as_bytes(), at, 0, at as u32)
    }

    #[test]
    fn skips_comments_strings_and_runes() {
        let src = "func f() { a := \"}\\\"}\"; b := '}'; c := '\\''; d := `}\n}` // }\n /* } \n */ { } }x";
        let (at, line, col) = brace(src).unwrap();
        assert_eq!(&src[at..], "}x");
        assert_eq!(line, 3);
        assert_eq!(col as usize, at - src.rfind('\n').unwrap() - 1);
    }

    #[test]
    fn unterminated_input_has_no_match() {
        assert_eq!(brace("func f() { /* }"), None);
        assert_eq!(brace("func f() { `}"), None);
        assert_eq!(brace("func f() { { }"), None);
    }

    /// The tree of a split parse, bodies in place; `None` if the split parse gave up.
    /// The skeleton is parsed in halves from `halves_min` bytes on.
    fn split_parse(src: &[u8], halves_min: usize) -> Option<File> {
        let skeleton = parse_skeleton_with(src, halves_min)?;
        let mut file = skeleton.file;
        let mut got = Vec::new();
        let clean = parse_bodies(src, &skeleton.bodies, |batch| {
            got.extend(batch);
            true
        });
        if !clean {
            return None;
        }
        assert_eq!(got.len(), skeleton.bodies.len());
        for (d, body) in got {
            let super::super::ast::Decl::Func(f) = &mut file.decls[d] else {
                panic!("body of a declaration that is not a function");
            };
            assert!(f.body.is_none());
            f.body = Some(body);
        }
        Some(file)
    }

    /// The tree printed with constant groups renumbered in order of appearance (the only
    /// difference a split parse may make).
    fn normalized(file: &File) -> String {
        let text = format!("{file:#?}");
        let mut groups: Vec<String> = Vec::new();
        let mut out = String::with_capacity(text.len());
        for line in text.lines() {
            match line.trim_start().strip_prefix("group: ") {
                Some(n) => {
                    let n = n.trim_end_matches(',').to_string();
                    let i = groups.iter().position(|g| *g == n).unwrap_or_else(|| {
                        groups.push(n);
                        groups.len() - 1
                    });
                    out.push_str(&format!("group #{i}"));
                }
                None => out.push_str(line),
            }
            out.push('\n');
        }
        out
    }

    /// Every Go file of the repository: a split parse gives the whole parse's tree for
    /// every file that parses without any error, and gives up on every other file — with
    /// the skeleton parsed whole, and in halves whatever the file's size.
    #[test]
    fn split_parse_equals_whole_parse_on_every_test_program() {
        split_parse_equals_whole_parse(HALVES_MIN_BYTES);
        split_parse_equals_whole_parse(0);
    }

    fn split_parse_equals_whole_parse(halves_min: usize) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![root.join("tests"), root.join("examples")];
        let mut files = Vec::new();
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "go") {
                    files.push(path);
                }
            }
        }
        assert!(files.len() > 400, "found only {} Go files", files.len());
        let (mut split, mut gave_up) = (0, 0);
        for path in files {
            let src = std::fs::read(&path).unwrap();
            let whole = super::super::parse_with_recovery(&src);
            let whole_clean = whole.diagnostics.is_empty() && !whole.fatal;
            match (split_parse(&src, halves_min), whole.file) {
                (Some(s), Some(w)) if whole_clean => {
                    assert_eq!(normalized(&s), normalized(&w), "{}", path.display());
                    split += 1;
                }
                (None, _) if !whole_clean => gave_up += 1,
                (s, _) => panic!(
                    "{}: whole parse clean: {whole_clean}, split parse: {}",
                    path.display(),
                    if s.is_some() { "done" } else { "gave up" }
                ),
            }
        }
        assert!(
            split > 300 && gave_up > 20,
            "split {split}, gave up {gave_up}"
        );
    }

    #[test]
    fn errors_are_left_to_the_whole_parse() {
        assert!(parse_skeleton(b"package main\nfunc f() { x := }\nvar = 1\n").is_none());
        let src = b"package main\nfunc f() { x := }\n";
        let skeleton = parse_skeleton(src).unwrap();
        assert!(!parse_bodies(src, &skeleton.bodies, |_| true));
        let src = b"package main\nfunc f() { L: }\n";
        let skeleton = parse_skeleton(src).unwrap();
        assert!(!parse_bodies(src, &skeleton.bodies, |_| true));
    }
}

#[cfg(test)]
mod halves_tests {
    use super::*;

    /// Cuts that are not between two declarations make the halves give up, and the
    /// skeleton is parsed whole; a cut between two gives the whole skeleton.
    #[test]
    fn halves_only_where_the_cut_is_between_declarations() {
        let decl_cut = "package main\n\nconst a = iota\n\nfunc f() int { return 1 }\n\nconst (\n\tb = iota\n\tc\n)\n\nfunc g() {}\n";
        let halves = parse_skeleton_in_halves(decl_cut.as_bytes()).expect("a clean cut");
        let whole = parse_skeleton_whole(decl_cut.as_bytes()).unwrap();
        assert_eq!(halves.file.decls.len(), whole.file.decls.len());
        let decls = |s: &Skeleton| s.bodies.iter().map(|b| b.decl).collect::<Vec<_>>();
        assert_eq!(decls(&halves), decls(&whole));
        assert_eq!(decls(&halves).len(), 2);
        assert_eq!(halves.file.eof, whole.file.eof);
        // A `func` at the start of a line inside a literal: the first half is unfinished.
        let inside = "package main\n\nvar fs = []func(){\n\tnil,\n\tnil,\n\tnil,\n\tnil,\n\tnil,\n\tnil,\nfunc () {},\n}\n\nfunc main() {}\n";
        assert!(parse_skeleton_in_halves(inside.as_bytes()).is_none());
        assert!(parse_skeleton_with(inside.as_bytes(), 0).is_some());
        // Inside a raw string.
        let raw = "package main\n\nvar s = `\n\n\n\n\n\n\n\n\n\nfunc f() {}\n`\n\nfunc main() {}\n";
        assert!(parse_skeleton_in_halves(raw.as_bytes()).is_none());
        assert!(parse_skeleton_with(raw.as_bytes(), 0).is_some());
        // An import after the cut is an error Go reports: no split at all.
        let late_import = "package main\n\nfunc f() {}\n\nfunc g() {}\nimport \"fmt\"\n";
        assert!(parse_skeleton_with(late_import.as_bytes(), 0).is_none());
    }
}
