//! The book's Go programs as golden cases: every ```` ```go,memsim ```` block of the book is
//! also a program of the golden corpus (`simulator/tests/golden/book/`), whose expected
//! outputs real Go produces (`regen.sh --only book`) and CI re-verifies. So the book cannot
//! show an output Go would not print.
//!
//! A block's case is named after its chapter and its `file=` setting:
//! `book/src/escape/closures.md` with `file=counter.go` is `escape-closures--counter.go`,
//! beside `escape-closures--counter.shows` (the block's options, one per line, which tell
//! `regen.sh` what to measure). [`book_programs`] lists them; the sync test
//! (`tests/book_goldens.rs`) checks the folder against the book and, with
//! `MEMSIM_BOOK_SYNC=1`, rewrites it.

use crate::fence;
use crate::options;
use std::path::{Path, PathBuf};

/// One go,memsim block of the book as a golden case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookProgram {
    /// The chapter's path (`book/src/stack.md`) and the block's opening line.
    pub chapter: String,
    pub line: usize,
    /// The case's file name in the golden folder (`stack--grow.go`).
    pub name: String,
    pub source: String,
    /// The block's options, one per line, as the `.shows` file holds them.
    pub shows: String,
}

/// Markdown files under `dir`, sorted, recursively.
fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            markdown_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "md") {
            out.push(p);
        }
    }
}

/// The case name of a block of `chapter` (relative to the book's source folder, with `/`)
/// whose file is `file`.
pub fn case_name(chapter: &str, file: &str) -> String {
    let stem = chapter.trim_end_matches(".md").replace(['/', '\\'], "-");
    format!("{stem}--{file}")
}

/// Every go,memsim block of the book under `src_dir` (its source folder), in chapter order;
/// `shown_root` prefixes chapter paths in messages. Errors: blocks whose options do not
/// parse, and two blocks of one chapter with the same `file=`.
pub fn book_programs(src_dir: &Path, shown_root: &str) -> Result<Vec<BookProgram>, Vec<String>> {
    let mut files = Vec::new();
    markdown_files(src_dir, &mut files);
    let mut programs: Vec<BookProgram> = Vec::new();
    let mut errors = Vec::new();
    for path in files {
        let rel = path
            .strip_prefix(src_dir)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let chapter = format!("{shown_root}/{rel}");
        let Ok(text) = std::fs::read_to_string(&path) else {
            errors.push(format!("{chapter}: cannot read"));
            continue;
        };
        for block in fence::scan(&text) {
            let Some(opts) = options::memsim_options(&block.info) else {
                continue;
            };
            let parsed = match options::parse(opts) {
                Ok(o) => o,
                Err(e) => {
                    errors.push(format!("{chapter}:{}: {e}", block.line));
                    continue;
                }
            };
            let name = case_name(&rel, &parsed.file);
            if let Some(first) = programs.iter().find(|p| p.name == name) {
                errors.push(format!(
                    "{chapter}:{}: this block and the one at line {} are both {}; give each \
                     block of a chapter its own file=NAME.go",
                    block.line, first.line, parsed.file
                ));
                continue;
            }
            let shows: String = opts.split_whitespace().map(|w| format!("{w}\n")).collect();
            programs.push(BookProgram {
                chapter: chapter.clone(),
                line: block.line,
                name,
                source: block.body.clone(),
                shows,
            });
        }
    }
    if errors.is_empty() {
        Ok(programs)
    } else {
        Err(errors)
    }
}
