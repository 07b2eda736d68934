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
//!    after it. Each skipped body is a [`SkippedBody`].
//! 2. [`parse_bodies`] parses the skipped bodies in source order with a parser in the state
//!    the whole-file parse would have at each `{`, and hands them over in batches.
//!
//! The result is the tree the whole-file parse builds, with one exception: constant groups
//! inside bodies are numbered from [`BODY_CONST_GROUPS`] (they are only ever compared for
//! equality, and stay distinct from each other and from the top-level groups). This holds
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
pub fn parse_skeleton(src: &[u8]) -> Option<Skeleton> {
    let mut p = Parser::new(src, MAX_NESTING);
    p.skip_bodies();
    p.next();
    let file = p.file()?;
    let clean = p.lx.errors.reported() == 0 && p.lx.errors.is_empty() && !p.lx.any_error;
    let bodies = p.skipped_bodies()?;
    clean.then_some(Skeleton { file, bodies })
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
    fn split_parse(src: &[u8]) -> Option<File> {
        let skeleton = parse_skeleton(src)?;
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
    /// every file that parses without any error, and gives up on every other file.
    #[test]
    fn split_parse_equals_whole_parse_on_every_test_program() {
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
            match (split_parse(&src), whole.file) {
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
