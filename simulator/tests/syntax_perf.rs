//! Parsing speed on a large generated file (10,000 small functions, about 70,000 lines).
//!
//! Ignored by default; run in a release build to see the time:
//!
//! ```text
//! cargo test --release -p memsim --test syntax_perf -- --ignored --nocapture
//! ```

use memsim::syntax::parse_file;
use std::fmt::Write;
use std::time::Instant;

/// A file of `n` small functions of 7 lines each (`n = 10_000` gives about 70,000 lines).
fn generated_file(n: usize) -> String {
    let mut src =
        String::from("package main\n\nimport \"fmt\"\n\ntype point struct{ x, y int }\n\n");
    for i in 0..n {
        let _ = write!(
            src,
            "func f{i}(a int, p *point) (int, error) {{\n\tif a > {i} {{\n\t\treturn a * 2, nil\n\t}}\n\tq := &point{{x: a, y: p.y + {i}}}\n\treturn q.x + len(fmt.Sprint(q)), nil\n}}\n"
        );
    }
    src.push_str("func main() {}\n");
    src
}

#[test]
#[ignore]
fn parse_70k_lines() {
    let src = generated_file(10_000);
    let lines = src.lines().count();
    // warm up, then take the best of a few runs
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let file = parse_file(&src);
        let elapsed = start.elapsed().as_secs_f64();
        assert!(file.is_ok(), "generated file must parse");
        best = best.min(elapsed);
        drop(file);
        // glibc defers the work of freeing the previous tree's small blocks until the next
        // large allocation; trigger it here so that it is not charged to the next parse.
        drop(Vec::<u8>::with_capacity(1 << 16));
    }
    println!(
        "parsed {lines} lines ({} bytes) in {:.2} ms (best of 5)",
        src.len(),
        best * 1000.0
    );
}

#[test]
fn generated_file_parses() {
    let src = generated_file(50);
    let file = parse_file(&src).map_err(|d| format!("{:?}", d.first()));
    assert_eq!(file.map(|f| f.decls.len()), Ok(52));
}
