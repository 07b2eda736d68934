//! Parses Go files and prints, for each, the first error as `go build` would print it
//! (or `ok`), on one line per file. Used to compare memsim's parser with the real Go toolchain:
//!
//! ```text
//! cargo run --example parse_check -- ./x.go ./y.go
//! ```

use memsim::source::SourceFile;
use memsim::syntax::parse_with_recovery;

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            println!("{path}: cannot read");
            continue;
        };
        let outcome = parse_with_recovery(&bytes);
        let file = SourceFile::new(path.clone(), String::from_utf8_lossy(&bytes).into_owned());
        match outcome.diagnostics.first() {
            // one line per file: a message quoting a multi-line literal is cut at its newline
            Some(d) => println!("{}", d.render(&file).lines().next().unwrap_or_default()),
            None => println!("{path}: ok"),
        }
    }
}
