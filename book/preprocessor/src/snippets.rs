//! The book's ```` ```rust ```` blocks, shared by the build script that turns the runnable
//! ones into one program, the test that runs each and captures its output, and the book's
//! preprocessor that shows that output under the block.
//!
//! A block is identified by its chapter and its number among the chapter's Rust blocks
//! (`rust.md` block 3); its captured output is `book/snippet-output/rust-3.txt` (the
//! chapter's path with `/` turned into `-`). Blocks follow rustdoc's conventions: `# `
//! hides a line that still compiles, a block without `fn main` is the body of one,
//! `compile_fail` (with an error code) must not compile, `ignore`/`no_run`/`should_panic`
//! are not run.

use crate::fence;
use std::path::{Path, PathBuf};

/// One Rust block of the book.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    /// The chapter's path under the book's source folder (`rust.md`).
    pub chapter: String,
    /// The block's opening line in the chapter (1-based) and its number among the
    /// chapter's Rust blocks (1-based).
    pub line: usize,
    pub number: usize,
    /// The info string's words after `rust`.
    pub attrs: Vec<String>,
    /// The block as written (hidden lines included, with their `# `).
    pub code: String,
}

impl Snippet {
    /// Must fail to compile.
    pub fn compile_fail(&self) -> bool {
        self.attrs.iter().any(|a| a == "compile_fail")
    }

    /// Compiled and run by the output harness (not `compile_fail`, `ignore`, `no_run`,
    /// `should_panic`).
    pub fn runs(&self) -> bool {
        !self.attrs.iter().any(|a| {
            matches!(
                a.as_str(),
                "compile_fail" | "ignore" | "no_run" | "should_panic"
            )
        })
    }

    /// The file holding what it printed (or, for `compile_fail`, rustc's error).
    pub fn output_name(&self) -> String {
        format!(
            "{}-{}.txt",
            self.chapter
                .trim_end_matches(".md")
                .replace(['/', '\\'], "-"),
            self.number
        )
    }

    /// The code as the compiler sees it: hidden lines shown, wrapped in `fn main` when it
    /// has none. `main_vis` is put before `fn main` (`pub ` to call it from elsewhere).
    pub fn program(&self, main_vis: &str) -> String {
        let mut body = String::new();
        for line in self.code.lines() {
            let trimmed = line.trim_start();
            let indent = &line[..line.len() - trimmed.len()];
            let shown = if trimmed == "#" {
                String::new()
            } else if let Some(rest) = trimmed.strip_prefix("##") {
                // `##` escapes a line that really starts with `#`.
                format!("{indent}#{rest}")
            } else if let Some(rest) = trimmed.strip_prefix("# ") {
                format!("{indent}{rest}")
            } else {
                line.to_string()
            };
            body.push_str(&shown);
            body.push('\n');
        }
        if has_main(&body) {
            body.replacen("fn main(", &format!("{main_vis}fn main("), 1)
        } else {
            format!("{main_vis}fn main() {{\n{body}}}\n")
        }
    }
}

fn has_main(code: &str) -> bool {
    code.lines().any(|l| l.trim_start().starts_with("fn main("))
}

/// Where captured outputs live, from the book's source folder (`book/src` →
/// `book/snippet-output`).
pub fn output_dir(src: &Path) -> PathBuf {
    src.join("../snippet-output")
}

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

/// The words of a fenced block's info string if it is a Rust block (`rust`,
/// `rust,compile_fail,E0382`, `rust ignore`): the words after `rust`.
pub fn rust_attrs(info: &str) -> Option<Vec<String>> {
    let mut words = info
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty());
    (words.next()? == "rust").then(|| words.map(str::to_string).collect())
}

/// Every Rust block of one chapter's text, found as the preprocessor finds blocks
/// ([`fence::scan`]).
pub fn snippets_of(chapter: &str, text: &str) -> Vec<Snippet> {
    let mut out = Vec::new();
    for block in fence::scan(text) {
        if !block.closed {
            continue;
        }
        if let Some(attrs) = rust_attrs(&block.info) {
            let number = out.len() + 1;
            out.push(Snippet {
                chapter: chapter.to_string(),
                line: block.line,
                number,
                attrs,
                code: block.body,
            });
        }
    }
    out
}

/// Every Rust block of the book under `src`, chapter by chapter.
pub fn book_snippets(src: &Path) -> Vec<Snippet> {
    let mut files = Vec::new();
    markdown_files(src, &mut files);
    let mut out = Vec::new();
    for f in files {
        let rel = f
            .strip_prefix(src)
            .unwrap_or(&f)
            .to_string_lossy()
            .replace('\\', "/");
        if let Ok(text) = std::fs::read_to_string(&f) {
            out.extend(snippets_of(&rel, &text));
        }
    }
    out
}
