//! Captures what every Rust block of the book prints, for the book to show under it
//! (`book/snippet-output/CHAPTER-N.txt`): a runnable block is run (`book-snippets`) and its
//! stdout kept; a `compile_fail` block is compiled with rustc and its error kept (the
//! block must fail with the error code it names). This test fails when a block's output
//! differs from the file, when a file is missing or has no block, or when a block fails.
//! `MEMSIM_BOOK_SYNC=1 cargo test -p memsim-book-snippets` rewrites the files instead.
//!
//! (rustdoc also compiles and runs every block, as doctests of memsim: see
//! `simulator/src/lib.rs`, `BookChapterRust`.)

use book_snippets::{Snippet, book_snippets, book_src, output_dir};
use std::process::Command;

/// The lines of a compiler error that do not depend on rustc's version as much as the
/// rest: the headlines (`error[E0515]: ...`).
fn headlines(text: &str) -> Vec<&str> {
    text.lines().filter(|l| l.starts_with("error")).collect()
}

fn capture(s: &Snippet, scratch: &std::path::Path) -> Result<String, String> {
    if s.compile_fail() {
        let code = s.attrs.iter().find(|a| a.starts_with('E') && a.len() == 5);
        let file = scratch.join("snippet.rs");
        std::fs::write(&file, s.program("")).map_err(|e| e.to_string())?;
        let out = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into()))
            .current_dir(scratch)
            .args([
                "--edition",
                "2024",
                "--color",
                "never",
                "--crate-name",
                "snippet",
                "--emit=metadata",
                "-o",
                "snippet.rmeta",
                "snippet.rs",
            ])
            .output()
            .map_err(|e| format!("cannot run rustc: {e}"))?;
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        if out.status.success() {
            return Err("is marked compile_fail but compiles".to_string());
        }
        if let Some(code) = code
            && !err.contains(&format!("error[{code}]"))
        {
            return Err(format!("should fail with {code}, but rustc says:\n{err}"));
        }
        Ok(err)
    } else {
        let out = Command::new(env!("CARGO_BIN_EXE_book-snippets"))
            .args([&s.chapter, &s.number.to_string()])
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(format!(
                "exits with {}:\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

#[test]
fn every_rust_block_of_the_book_has_its_captured_output() {
    let snippets = book_snippets(&book_src());
    let dir = output_dir(&book_src());
    let sync = std::env::var("MEMSIM_BOOK_SYNC").is_ok_and(|v| v == "1");
    let scratch = std::env::temp_dir().join(format!("memsim-snippets-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let mut problems = Vec::new();
    let mut wanted = Vec::new();
    for s in snippets.iter().filter(|s| s.runs() || s.compile_fail()) {
        let where_ = format!(
            "book/src/{}:{} (Rust block {})",
            s.chapter, s.line, s.number
        );
        let got = match capture(s, &scratch) {
            Ok(t) => t,
            Err(e) => {
                problems.push(format!("{where_}: {e}"));
                continue;
            }
        };
        let path = dir.join(s.output_name());
        wanted.push(s.output_name());
        let have = std::fs::read_to_string(&path).ok();
        let same = match (&have, s.compile_fail()) {
            (Some(h), true) => headlines(h) == headlines(&got),
            (Some(h), false) => *h == got,
            (None, _) => false,
        };
        if same {
            continue;
        }
        if sync {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &got).unwrap();
        } else {
            problems.push(format!(
                "{where_}: its output differs from book/snippet-output/{} (or that file is missing); it prints:\n{got}",
                s.output_name()
            ));
        }
    }
    for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".txt") && !wanted.contains(&name) {
            if sync {
                let _ = std::fs::remove_file(e.path());
            } else {
                problems.push(format!(
                    "book/snippet-output/{name}: no Rust block of the book writes it"
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(
        problems.is_empty(),
        "{}\n\nFix the block, or capture the outputs again with \
         `MEMSIM_BOOK_SYNC=1 cargo test -p memsim-book-snippets`.",
        problems.join("\n\n")
    );
    println!(
        "book snippets: {} Rust blocks, outputs captured",
        wanted.len()
    );
}

#[test]
fn hidden_lines_and_main() {
    let s = Snippet {
        chapter: "x.md".into(),
        line: 1,
        number: 1,
        attrs: vec![],
        code: "# use std::fmt;\nlet x = 1;\n##[derive(Debug)]\n# \n".into(),
    };
    assert_eq!(
        s.program("pub "),
        "pub fn main() {\nuse std::fmt;\nlet x = 1;\n#[derive(Debug)]\n\n}\n"
    );
    let m = Snippet {
        code: "fn helper() {}\nfn main() {\n    helper();\n}\n".into(),
        ..s
    };
    assert_eq!(
        m.program("pub "),
        "fn helper() {}\npub fn main() {\n    helper();\n}\n"
    );
    assert_eq!(
        book_snippets::rust_attrs("rust,compile_fail,E0382"),
        Some(vec!["compile_fail".to_string(), "E0382".to_string()])
    );
    assert_eq!(book_snippets::rust_attrs("rusty"), None);
}

/// rustdoc runs a chapter's blocks only if `simulator/src/lib.rs` includes the chapter.
#[test]
fn every_chapter_with_rust_blocks_is_a_doctest_of_memsim() {
    let lib = std::fs::read_to_string(book_src().join("../../simulator/src/lib.rs")).unwrap();
    let mut chapters: Vec<String> = book_snippets(&book_src())
        .into_iter()
        .map(|s| s.chapter)
        .collect();
    chapters.dedup();
    for c in chapters {
        assert!(
            lib.contains(&format!("include_str!(\"../../book/src/{c}\")")),
            "book/src/{c} has Rust blocks but simulator/src/lib.rs does not include it as a \
             doctest (#[cfg(doctest)] #[doc = include_str!(\"../../book/src/{c}\")])"
        );
    }
}
