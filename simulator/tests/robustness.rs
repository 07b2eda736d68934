//! The whole pipeline — lexer, parser, type checker, IR passes, escape analysis at `-m=1`
//! and `-m=2`, output formatting — never panics, never overflows its stack and never hangs,
//! whatever the input:
//!
//! * every input under `tests/robustness/` (each one a crash the fuzzer in `fuzz/` once
//!   found, minimised) runs through the pipeline without panicking, and an invalid one gets
//!   a `./FILE.go:LINE:COL: message` error;
//! * 10,000 nested parentheses, blocks, slice types, composite literals, function literals
//!   and `if` statements, a 100,000-term sum and 10,000 chained declarations give a clean
//!   error (or the right answer), through the library and through the `memsim` binary;
//! * a few thousand seeded byte-level and token-level mutations of the golden corpus run
//!   through the pipeline without panicking (the fuzzer's job in small, on every
//!   `cargo test`).

mod common;

use common::{INSERTS, XorShift, corpus, rough_tokens};
use memsim::source::SourceFile;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Whether the first line of `error` is `./NAME:LINE:COL: message` (or `./NAME:LINE:
/// message`, as Go prints a position whose column is 255 or more). Later lines, as in Go's
/// `invalid recursive type` cycles, are free.
fn is_positioned_error(name: &str, error: &str) -> bool {
    let line = error.lines().next().unwrap_or("");
    let Some(rest) = line.strip_prefix(&format!("./{name}:")) else {
        return false;
    };
    let Some((pos, message)) = rest.split_once(": ") else {
        return false;
    };
    let mut parts = pos.split(':');
    let number =
        |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let line_ok = number(parts.next());
    let col_ok = match parts.next() {
        None => true,
        col => number(col),
    };
    line_ok
        && col_ok
        && parts.next().is_none()
        && !message.trim().is_empty()
        && !message.contains("memsim could not analyse this file")
}

/// Runs `bytes` as the file `./NAME` through everything `memsim escape` does, at `-m=1`
/// and `-m=2`, and with `--explain` paths recorded. Panics (failing the test) on any
/// inconsistency; returns the `-m=1` report or the first error line.
fn run_pipeline(name: &str, bytes: &[u8]) -> Result<String, String> {
    // the raw bytes, invalid UTF-8 included, as the parser's own entry point sees them
    let _ = memsim::syntax::parse_bytes(bytes);
    // what the CLI does with a file
    let file = SourceFile::new(
        format!("./{name}"),
        String::from_utf8_lossy(bytes).into_owned(),
    );
    let m1 = memsim::escape_report(&file, 1);
    match &m1 {
        Err(e) => assert!(
            is_positioned_error(name, e),
            "{name}: error without a position: {e:?}"
        ),
        Ok(_) => {
            let m2 = memsim::escape_report(&file, 2);
            assert!(m2.is_ok(), "{name}: -m=1 succeeds but -m=2 fails: {m2:?}");
            let explain = memsim::escape::Options {
                level: 0,
                explain: true,
            };
            assert!(
                memsim::analyze(&file, explain).is_ok(),
                "{name}: --explain fails"
            );
        }
    }
    m1
}

fn robustness_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/robustness")
}

#[test]
fn fuzzer_findings_do_not_panic() {
    let files = common::go_files(&robustness_dir());
    assert!(!files.is_empty(), "no inputs in tests/robustness/");
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("x.go")
            .to_string();
        let bytes = std::fs::read(&path).unwrap_or_default();
        let _ = run_pipeline(&name, &bytes);
    }
}

// ---- deep nesting ----------------------------------------------------------------------

/// What memsim must answer for a deeply nested program.
enum Expect {
    /// A `memsim does not support ...` error (Go accepts the program; memsim has a limit).
    Unsupported,
    /// An error (Go rejects the program too).
    Error,
    /// This many diagnostic lines, the first one being this.
    Lines(usize, &'static str),
}

fn in_main(body: &str) -> String {
    format!("package main\n\nfunc main() {{\n{body}\n}}\n")
}

/// Deeply nested or long programs, each valid Go unless said otherwise.
fn deep_programs() -> Vec<(&'static str, String, Expect)> {
    let n = 10_000;
    let chain = |decl: &dyn Fn(usize) -> String, last: String, main: &str| {
        let mut s = String::from("package main\n\n");
        for i in 0..n {
            s.push_str(&decl(i));
        }
        s.push_str(&last);
        s.push_str(main);
        s
    };
    vec![
        (
            "parens",
            in_main(&format!("x := 1\n_ = {}x{}", "(".repeat(n), ")".repeat(n))),
            Expect::Unsupported,
        ),
        (
            "blocks",
            in_main(&format!("{}{}", "{".repeat(n), "}".repeat(n))),
            Expect::Unsupported,
        ),
        (
            "slice_type",
            format!(
                "package main\n\nvar s {}int\n\nfunc main() {{ _ = s }}\n",
                "[]".repeat(n)
            ),
            Expect::Unsupported,
        ),
        (
            "composite_literals",
            in_main(&format!(
                "_ = {}int{{{}{}}}",
                "[]".repeat(n),
                "{".repeat(n - 1),
                "}".repeat(n - 1)
            )),
            Expect::Unsupported,
        ),
        (
            "func_literals",
            in_main(&format!("{}{}", "func() {\n".repeat(n), "}()\n".repeat(n))),
            Expect::Unsupported,
        ),
        (
            "ifs",
            in_main(&format!(
                "x := true\n{}{}",
                "if x {\n".repeat(n),
                "}\n".repeat(n)
            )),
            Expect::Unsupported,
        ),
        (
            "sum",
            in_main(&format!("a := 1\n_ = a{}", "+a".repeat(100_000 - 1))),
            Expect::Unsupported,
        ),
        (
            "string_sum",
            in_main(&format!(
                "a := \"s\"\nprintln(a{})",
                " + a".repeat(100_000 - 1)
            )),
            Expect::Unsupported,
        ),
        ("unbalanced_parens", in_main(&"(".repeat(n)), Expect::Error),
        ("unbalanced_blocks", in_main(&"{".repeat(n)), Expect::Error),
        (
            "unbalanced_brackets",
            in_main(&format!("_ = {}", "[".repeat(n))),
            Expect::Error,
        ),
        (
            "type_chain",
            chain(
                &|i| format!("type T{i} []T{}\n", i + 1),
                format!("type T{n} int\n"),
                "\nfunc main() { var x T0; _ = x }\n",
            ),
            Expect::Unsupported,
        ),
        (
            "const_chain",
            chain(
                &|i| format!("const c{i} = c{}\n", i + 1),
                format!("const c{n} = 1\n"),
                "\nfunc main() { println(c0) }\n",
            ),
            Expect::Unsupported,
        ),
        (
            "var_chain",
            chain(
                &|i| format!("var v{i} = v{}\n", i + 1),
                format!("var v{n} = 1\n"),
                "\nfunc main() { println(v0) }\n",
            ),
            Expect::Unsupported,
        ),
        (
            "call_chain",
            chain(
                &|i| format!("func f{i}(p *int) *int {{ return f{}(p) }}\n", i + 1),
                format!("func f{n}(p *int) *int {{ return p }}\n"),
                "\nfunc main() { x := 1; println(f0(&x)) }\n",
            ),
            // as Go prints it: every function leaks its parameter to its result
            Expect::Lines(
                n + 1,
                "./call_chain.go:10003:13: leaking param: p to result ~r0 level=0",
            ),
        ),
    ]
}

fn check_deep(name: &str, expect: &Expect, result: &Result<String, String>) {
    match (expect, result) {
        (Expect::Unsupported, Err(e)) => {
            assert!(e.contains(": memsim does not support "), "{name}: {e}")
        }
        (Expect::Error, Err(_)) => {}
        (Expect::Lines(n, first), Ok(out)) => {
            assert_eq!(out.lines().count(), *n, "{name}");
            assert_eq!(out.lines().next(), Some(*first), "{name}");
        }
        (_, other) => panic!(
            "{name}: unexpected outcome {:?}",
            other.as_ref().map(|o| o.lines().next())
        ),
    }
}

#[test]
fn deep_nesting_through_the_pipeline() {
    for (name, src, expect) in deep_programs() {
        let name = format!("{name}.go");
        let file = SourceFile::new(format!("./{name}"), src);
        let result = memsim::escape_report(&file, 1);
        if let Err(e) = &result {
            assert!(is_positioned_error(&name, e), "{name}: {e:?}");
        }
        check_deep(&name, &expect, &result);
    }
}

#[test]
fn deep_nesting_through_the_binary() {
    let dir = std::env::temp_dir().join(format!("memsim-robustness-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (name, src, expect) in deep_programs() {
        let name = format!("{name}.go");
        std::fs::write(dir.join(&name), &src).expect("write input");
        let out = Command::new(env!("CARGO_BIN_EXE_memsim"))
            .current_dir(&dir)
            .args(["escape", &name])
            .output()
            .expect("run memsim");
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            !stderr.contains("panicked") && !stderr.contains("overflow"),
            "{name}: {stderr}"
        );
        let result = match out.status.code() {
            Some(0) => {
                assert!(stderr.is_empty(), "{name}: {stderr}");
                Ok(stdout)
            }
            Some(1) => {
                assert!(stdout.is_empty(), "{name}: {stdout}");
                assert!(is_positioned_error(&name, &stderr), "{name}: {stderr:?}");
                Err(stderr.trim_end().to_string())
            }
            code => panic!("{name}: exit {code:?}, {stderr}"),
        };
        check_deep(&name, &expect, &result);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Many functions: every one is analysed (whether the time stays linear in their number is
/// the speed benchmark's business, `benches/escape_speed.rs`, not a timed test's).
#[test]
fn many_functions() {
    let n = 20_000;
    let mut src = String::from("package main\n\n");
    for i in 0..n {
        src.push_str(&format!(
            "func f{i}(p *int) *int {{ return func() *int {{ return p }}() }}\n"
        ));
    }
    src.push_str("func main() {}\n");
    let file = SourceFile::new("./many.go", src);
    let out = memsim::escape_report(&file, 1).expect("valid program");
    assert!(out.lines().count() >= n, "{} lines", out.lines().count());
}

// ---- mutations -------------------------------------------------------------------------

/// Bytes a byte-level mutation likes to insert: brackets, quotes, invalid UTF-8, NUL.
const BYTES: &[u8] = b"(){}[]\"'`/*\n;:=.,<-&|^!~0x\xff\xc3\x00\xef";

/// One byte-level mutation of `src`.
fn mutate_bytes(rng: &mut XorShift, src: &mut Vec<u8>) {
    let len = src.len();
    let i = rng.below(len + 1);
    match rng.below(6) {
        0 if i < len => src[i] ^= 1 << rng.below(8),
        1 => src.insert(i, BYTES[rng.below(BYTES.len())]),
        2 if i < len => {
            let end = (i + 1 + rng.below(16)).min(len);
            src.drain(i..end);
        }
        3 if i < len => {
            let end = (i + 1 + rng.below(32)).min(len);
            let copy = src[i..end].to_vec();
            let at = rng.below(len + 1);
            src.splice(at..at, copy);
        }
        4 => src.truncate(i),
        _ => src.insert(i, (rng.next() & 0xFF) as u8),
    }
}

/// One token-level mutation of `toks`.
fn mutate_tokens(rng: &mut XorShift, toks: &mut Vec<&str>) {
    if toks.is_empty() {
        return;
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

/// Runs `rounds` seeded mutants of the corpus through the pipeline; returns how many were
/// valid programs and how many were not. A mutant that panics is saved to the temporary
/// directory (named in the failure) before the test fails.
fn mutation_run(seed: u64, rounds: usize) -> (usize, usize) {
    let corpus = corpus();
    assert!(corpus.len() > 100, "golden corpus not found");
    let texts: Vec<String> = corpus
        .iter()
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    let mut rng = XorShift(seed);
    let (mut valid, mut invalid) = (0, 0);
    for round in 0..rounds {
        let k = rng.below(corpus.len());
        let input: Vec<u8> = if round % 2 == 0 {
            let mut bytes = corpus[k].1.clone();
            for _ in 0..1 + rng.below(4) {
                mutate_bytes(&mut rng, &mut bytes);
            }
            bytes
        } else {
            let mut toks = rough_tokens(&texts[k]);
            for _ in 0..1 + rng.below(4) {
                mutate_tokens(&mut rng, &mut toks);
            }
            toks.concat().into_bytes()
        };
        match std::panic::catch_unwind(|| run_pipeline("mutant.go", &input)) {
            Ok(Ok(_)) => valid += 1,
            Ok(Err(_)) => invalid += 1,
            Err(_) => {
                let path = std::env::temp_dir().join(format!("memsim-mutant-{seed:x}-{round}.go"));
                let _ = std::fs::write(&path, &input);
                panic!(
                    "mutant {round} of {} (seed {seed:#x}) failed; saved to {}",
                    corpus[k].0,
                    path.display()
                );
            }
        }
    }
    (valid, invalid)
}

#[test]
fn mutated_corpus_never_panics() {
    let rounds = 3000;
    let (valid, invalid) = mutation_run(0x5EED_F00D_CAFE_D00D, rounds);
    // the mix must exercise the checker and the escape analysis, not only the parser
    assert!(
        valid > rounds / 50,
        "{valid} valid and {invalid} invalid mutants"
    );
}

/// The same for as long as you like (not part of the normal run):
///
/// ```text
/// MEMSIM_MUTATIONS=200000 MEMSIM_MUTATION_SEED=7 \
///     cargo test --release -p memsim --test robustness -- --ignored --nocapture
/// ```
#[test]
#[ignore]
fn mutated_corpus_long() {
    let var = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let rounds = var("MEMSIM_MUTATIONS", 100_000) as usize;
    let seed = var("MEMSIM_MUTATION_SEED", 1).max(1);
    let start = Instant::now();
    let (valid, invalid) = mutation_run(seed, rounds);
    println!(
        "{rounds} mutants (seed {seed}): {valid} valid, {invalid} invalid, in {:?}",
        start.elapsed()
    );
}
