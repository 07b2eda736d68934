//! Turns the book's runnable Rust blocks into one program: each block becomes a module
//! `snippet_N` with a public `main`, listed in `SNIPPETS` with its chapter and number, so
//! the `book-snippets` binary can run any one of them (see src/main.rs).

#[path = "../preprocessor/src/fence.rs"]
#[allow(dead_code)]
mod fence;
#[path = "../preprocessor/src/snippets.rs"]
#[allow(dead_code)]
mod snippets;

use std::fmt::Write;

fn main() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    println!("cargo:rerun-if-changed={}", src.display());
    let mut modules = String::new();
    let mut table = String::from(
        "#[allow(clippy::type_complexity, clippy::unit_arg)]\npub const SNIPPETS: &[(&str, usize, fn() -> std::process::ExitCode)] = &[\n",
    );
    for (i, s) in snippets::book_snippets(&src)
        .iter()
        .filter(|s| s.runs())
        .enumerate()
    {
        let _ = writeln!(
            modules,
            "/// {} block {} (line {})\n#[allow(unused, clippy::all)]\nmod snippet_{i} {{\n{}}}\n",
            s.chapter,
            s.number,
            s.line,
            s.program("pub ")
        );
        let _ = writeln!(
            table,
            "    ({:?}, {}, || std::process::Termination::report(snippet_{i}::main())),",
            s.chapter, s.number
        );
    }
    table.push_str("];\n");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("snippets.rs"), modules + &table).expect("write snippets.rs");
}
