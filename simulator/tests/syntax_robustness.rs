//! The parser never panics, never overflows the stack and never hangs: deeply nested input
//! is rejected cleanly, and random bytes and random mutations of valid programs only ever
//! produce diagnostics.
//!
//! The deep-nesting tests run on a thread with a 2 MiB stack (the default for test threads)
//! so that they hold in debug builds too.

mod common;

use common::{INSERTS, XorShift, rough_tokens, seed_programs};
use memsim::diag::DiagnosticKind;
use memsim::syntax::{MAX_NESTING, parse_bytes, parse_file};

const STACK: usize = 2 << 20;

/// Runs `f` on a thread with the default test stack size.
fn on_small_stack<F: FnOnce() + Send + 'static>(f: F) {
    let handle = std::thread::Builder::new().stack_size(STACK).spawn(f);
    match handle {
        Ok(h) => assert!(h.join().is_ok(), "parser thread panicked"),
        Err(e) => panic!("cannot spawn thread: {e}"),
    }
}

/// Asserts that `src` is rejected with the nesting diagnostic.
fn assert_too_deep(src: String) {
    on_small_stack(move || {
        let errs = match parse_file(&src) {
            Ok(_) => panic!("deeply nested input was accepted"),
            Err(e) => e,
        };
        let first = errs.first();
        let nesting = errs
            .iter()
            .find(|d| d.kind == DiagnosticKind::Unsupported)
            .map(|d| d.message.clone());
        assert_eq!(
            nesting.as_deref(),
            Some("memsim does not support nesting deeper than 1000 levels"),
            "first error: {first:?}"
        );
    });
}

fn in_main(body: &str) -> String {
    format!("package main\n\nfunc main() {{\n{body}\n}}\n")
}

#[test]
fn deep_parentheses_are_rejected() {
    let n = 10_000;
    assert_too_deep(in_main(&format!("_ = {}1{}", "(".repeat(n), ")".repeat(n))));
}

#[test]
fn deep_blocks_are_rejected() {
    let n = 10_000;
    assert_too_deep(in_main(&format!("{}{}", "{".repeat(n), "}".repeat(n))));
}

#[test]
fn deep_pointer_types_are_rejected() {
    assert_too_deep(format!("package main\n\nvar p {}int\n", "*".repeat(10_000)));
}

#[test]
fn deep_unary_operators_are_rejected() {
    assert_too_deep(in_main(&format!("_ = {}1", "- ".repeat(10_000))));
    assert_too_deep(in_main(&format!("_ = {}1", "-+".repeat(5_000))));
    assert_too_deep(in_main(&format!("_ = {}x", "<-".repeat(10_000))));
    assert_too_deep(in_main(&format!("_ = {}x", "!".repeat(10_000))));
}

#[test]
fn deep_slice_types_are_rejected() {
    assert_too_deep(format!(
        "package main\n\nvar s {}int\n",
        "[]".repeat(10_000)
    ));
    assert_too_deep(in_main(&format!("_ = {}int{{}}", "[]".repeat(10_000))));
}

#[test]
fn deep_composite_literals_calls_and_chains_are_rejected() {
    let n = 10_000;
    assert_too_deep(in_main(&format!("_ = T{}{}", "{".repeat(n), "}".repeat(n))));
    assert_too_deep(in_main(&format!(
        "_ = {}x{}",
        "f(".repeat(n),
        ")".repeat(n)
    )));
    assert_too_deep(in_main(&format!("_ = x{}", ".f".repeat(n))));
    assert_too_deep(in_main(&format!("_ = x{}", "[0]".repeat(n))));
    assert_too_deep(in_main(&format!("_ = 1{}", "+1".repeat(n))));
    assert_too_deep(in_main(&format!(
        "_ = {}",
        "func() int { return ".repeat(n)
    )));
    assert_too_deep(format!("package main\n\nvar f {}\n", "func(".repeat(n)));
    assert_too_deep(format!(
        "package main\n\nvar m {}int\n",
        "map[int]".repeat(n)
    ));
    assert_too_deep(format!("package main\n\nvar c {}int\n", "chan ".repeat(n)));
    assert_too_deep(format!(
        "package main\n\ntype S {}\n",
        "struct { f ".repeat(n)
    ));
    assert_too_deep(format!(
        "package main\n\ntype I interface {{ {} }}\n",
        "int | ".repeat(n)
    ));
}

#[test]
fn deep_statements_are_rejected() {
    let n = 10_000;
    assert_too_deep(in_main(&format!(
        "{}{}",
        "if x {\n".repeat(n),
        "}\n".repeat(n)
    )));
    assert_too_deep(in_main(&format!("if x {{}}{}", " else if x {}".repeat(n))));
    assert_too_deep(in_main(&format!("{}_ = 1", "L: ".repeat(n))));
    assert_too_deep(in_main(&format!(
        "{}{}",
        "for {\n".repeat(n),
        "}\n".repeat(n)
    )));
    assert_too_deep(in_main(&format!(
        "{}{}",
        "switch { case true:\n".repeat(n),
        "}\n".repeat(n)
    )));
}

#[test]
fn nesting_within_the_limit_is_accepted() {
    on_small_stack(|| {
        let n = MAX_NESTING - 10;
        let src = in_main(&format!("_ = {}1{}", "(".repeat(n), ")".repeat(n)));
        assert!(parse_file(&src).is_ok(), "{} parentheses", n);
        let src = in_main(&format!("{}{}", "{".repeat(n), "}".repeat(n)));
        assert!(parse_file(&src).is_ok(), "{} blocks", n);
        let src = format!("package main\n\nvar p {}int\n", "*".repeat(n));
        assert!(parse_file(&src).is_ok(), "{} pointers", n);
        let src = in_main(&format!(
            "_ = []int{{{}}}",
            "{".repeat(n / 2) + &"}".repeat(n / 2)
        ));
        assert!(parse_file(&src).is_ok(), "{} elided literals", n / 2);
        let src = in_main(&format!("_ = {}x{}", "f(".repeat(n / 2), ")".repeat(n / 2)));
        assert!(parse_file(&src).is_ok(), "{} calls", n / 2);
        let src = in_main(&format!("{}{}", "if x {\n".repeat(n), "}\n".repeat(n)));
        assert!(parse_file(&src).is_ok(), "{} ifs", n);
        let src = in_main(&format!("_ = 1{}", " + 1".repeat(n)));
        assert!(parse_file(&src).is_ok(), "{} additions", n);
    });
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0xFF) as u8).collect();
        let _ = parse_bytes(&bytes);
        let mut prefixed = b"package main\n".to_vec();
        prefixed.extend_from_slice(&bytes);
        let _ = parse_bytes(&prefixed);
    }
}

#[test]
fn random_go_like_tokens_never_panic() {
    let mut rng = XorShift(42);
    for _ in 0..3000 {
        let mut src = String::from("package main\n");
        for _ in 0..rng.below(60) {
            src.push_str(INSERTS[rng.below(INSERTS.len())]);
            if rng.below(3) == 0 {
                src.push(' ');
            }
        }
        let _ = parse_file(&src);
    }
}

#[test]
fn mutated_programs_never_panic() {
    let seeds = seed_programs();
    let mut rng = XorShift(7);
    for round in 0..4000 {
        let seed = &seeds[round % seeds.len()];
        let mut toks: Vec<&str> = rough_tokens(seed);
        for _ in 0..1 + rng.below(4) {
            if toks.is_empty() {
                break;
            }
            let i = rng.below(toks.len());
            match rng.below(4) {
                0 => {
                    toks.remove(i);
                }
                1 => toks.insert(i, INSERTS[rng.below(INSERTS.len())]),
                2 => {
                    let j = rng.below(toks.len());
                    toks.swap(i, j);
                }
                _ => {
                    let j = rng.below(toks.len());
                    let t = toks[j];
                    toks.insert(i, t);
                }
            }
        }
        let src: String = toks.concat();
        let _ = parse_file(&src);
        // truncations exercise every "unexpected EOF" path
        let cut = rng.below(src.len());
        let cut = (cut..=src.len())
            .find(|&c| src.is_char_boundary(c))
            .unwrap_or(src.len());
        let _ = parse_file(&src[..cut]);
    }
}

/// A file of `n` small functions of 7 lines each, the shape of the speed benchmark's
/// programs (`benches/escape_speed.rs` times parsing with the other stages).
fn generated_file(n: usize) -> String {
    use std::fmt::Write;
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
fn generated_file_parses() {
    let src = generated_file(50);
    let file = parse_file(&src).map_err(|d| format!("{:?}", d.first()));
    assert_eq!(file.map(|f| f.decls.len()), Ok(52));
}
