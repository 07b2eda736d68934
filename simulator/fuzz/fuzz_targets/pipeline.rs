//! Fuzz target: any bytes through the whole pipeline the `memsim escape` command runs —
//! lexer, parser with recovery, type checker, IR passes, escape analysis at `-m=1` and
//! `-m=2` (and with `--explain` paths recorded), and output formatting of either the
//! diagnostics or the first error.
//!
//! The pipeline runs on its own big-stack thread (see `memsim::pipeline`), as in the CLI.
//! A panic on that thread is re-raised here, which libFuzzer reports as a crash; a stack
//! overflow aborts the process, which libFuzzer reports too.

#![no_main]

use libfuzzer_sys::fuzz_target;
use memsim::source::SourceFile;

fuzz_target!(|data: &[u8]| {
    // The raw bytes, as `memsim::syntax::parse_bytes` sees them (invalid UTF-8 included).
    let _ = memsim::syntax::parse_bytes(data);
    // What the CLI does with a file: lossy UTF-8, then `escape_report`.
    let text = String::from_utf8_lossy(data).into_owned();
    let file = SourceFile::new("./fuzz.go", text);
    match memsim::escape_report(&file, 1) {
        Err(e) => assert!(is_positioned_error(&e), "error without a position: {e:?}"),
        Ok(_) => {
            let m2 = memsim::escape_report(&file, 2);
            assert!(m2.is_ok(), "-m=1 succeeds but -m=2 fails: {m2:?}");
            let opts = memsim::escape::Options {
                level: 0,
                explain: true,
            };
            assert!(memsim::analyze(&file, opts).is_ok(), "--explain fails");
        }
    }
});

/// Whether the first line of `error` is `./fuzz.go:LINE:COL: message` (or
/// `./fuzz.go:LINE: message` for a column Go does not print), with a real message.
fn is_positioned_error(error: &str) -> bool {
    let line = error.lines().next().unwrap_or("");
    let Some((pos, message)) = line
        .strip_prefix("./fuzz.go:")
        .and_then(|r| r.split_once(": "))
    else {
        return false;
    };
    let number = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = pos.split(':').collect();
    (1..=2).contains(&parts.len())
        && parts.iter().all(|p| number(p))
        && !message.trim().is_empty()
        && !message.contains("memsim could not analyse this file")
}
