//! Every go,memsim block of the book is a case of the golden corpus
//! (`simulator/tests/golden/book/`) with outputs real Go produced: this test fails when a
//! block has no case, when a case's program or options differ from its block, when a case
//! has no block any more, or when real Go's outputs for a case are missing. The golden test
//! (`cargo test -p memsim --test golden`) then checks memsim against those outputs, so what
//! the book shows is what Go prints.
//!
//! After editing the book's Go programs:
//!
//! ```sh
//! MEMSIM_BOOK_SYNC=1 cargo test -p mdbook-memsim --test book_goldens   # copy the programs
//! simulator/tests/golden/regen.sh --only book                         # real Go's outputs
//! ```

use mdbook_memsim::goldens::{BookProgram, book_programs};
use std::path::{Path, PathBuf};

/// What real Go writes for a case (regen.sh); removed with the case.
const GENERATED: [&str; 6] = ["escape", "m2", "stdout", "exitcode", "panic", "allocs"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn remove_case(dir: &Path, name: &str) {
    let stem = name.trim_end_matches(".go");
    for ext in GENERATED.iter().chain(&["go", "shows"]) {
        let _ = std::fs::remove_file(dir.join(format!("{stem}.{ext}")));
    }
}

fn allocs_funcs(shows: &str) -> Vec<String> {
    shows
        .lines()
        .filter_map(|l| l.strip_prefix("allocs="))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_book_program_is_a_golden_case_from_real_go() {
    let root = root();
    let dir = root.join("simulator/tests/golden/book");
    let programs = match book_programs(&root.join("book/src"), "book/src") {
        Ok(p) => p,
        Err(errors) => panic!("the book's go,memsim blocks:\n{}", errors.join("\n")),
    };
    let sync = std::env::var("MEMSIM_BOOK_SYNC").is_ok_and(|v| v == "1");
    if sync {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut problems = Vec::new();
    let mut need_regen = Vec::new();
    for p in &programs {
        let BookProgram {
            chapter,
            line,
            name,
            source,
            shows,
        } = p;
        let go = dir.join(name);
        let shows_path = go.with_extension("shows");
        let same_go = std::fs::read_to_string(&go).is_ok_and(|t| t == *source);
        let same_shows = std::fs::read_to_string(&shows_path).is_ok_and(|t| t == *shows);
        if !(same_go && same_shows) {
            if sync {
                if !same_go {
                    remove_case(&dir, name);
                }
                std::fs::write(&go, source).unwrap();
                std::fs::write(&shows_path, shows).unwrap();
            } else {
                problems.push(format!(
                    "{chapter}:{line}: the block differs from its golden case {name} (or has none)"
                ));
                continue;
            }
        }
        let stem = go.with_extension("");
        let has = |ext: &str| stem.with_extension(ext).exists();
        let funcs = allocs_funcs(shows);
        let allocs_ok = if funcs.is_empty() {
            !has("allocs")
        } else {
            std::fs::read_to_string(stem.with_extension("allocs")).is_ok_and(|t| {
                t.lines()
                    .map(|l| l.split('\t').next().unwrap_or(""))
                    .eq(funcs.iter().map(String::as_str))
            })
        };
        if !(has("escape") && has("m2") && has("stdout") && allocs_ok) {
            need_regen.push(format!("{chapter}:{line}: {name}"));
        }
    }
    // Cases without a block.
    let mut present: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".go"))
                .collect()
        })
        .unwrap_or_default();
    present.sort();
    for name in present {
        if !programs.iter().any(|p| p.name == name) {
            if sync {
                remove_case(&dir, &name);
            } else {
                problems.push(format!(
                    "simulator/tests/golden/book/{name}: no block of the book has this program"
                ));
            }
        }
    }
    let how = "copy the book's programs with `MEMSIM_BOOK_SYNC=1 cargo test -p mdbook-memsim \
               --test book_goldens`, then let real Go write their outputs with \
               `simulator/tests/golden/regen.sh --only book`";
    assert!(
        problems.is_empty(),
        "{} book program(s) out of step with the golden corpus:\n{}\n\nTo fix: {how}.",
        problems.len(),
        problems.join("\n")
    );
    assert!(
        need_regen.is_empty(),
        "{} book program(s) without real Go's outputs:\n{}\n\nTo fix: \
         `simulator/tests/golden/regen.sh --only book` (needs Go 1.27.3: .ci/run installs it).",
        need_regen.len(),
        need_regen.join("\n")
    );
    println!(
        "book goldens: {} go,memsim blocks, each a golden case with real Go's outputs",
        programs.len()
    );
}

#[test]
fn case_names_follow_chapter_and_file() {
    assert_eq!(
        mdbook_memsim::goldens::case_name("escape/closures.md", "counter.go"),
        "escape-closures--counter.go"
    );
    assert_eq!(
        mdbook_memsim::goldens::case_name("stack.md", "main.go"),
        "stack--main.go"
    );
}
