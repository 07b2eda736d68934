//! Rust exercises: "Build the machine" (`machine`) and "Ownership" (`ownership`).
//!
//! The learner edits `NAME/exercise.rs`; the tests that grade it live in the folder's Rust
//! workspace, `rust/` (a copy of it in `solutions/`): `rust/machine/tests/NAME.rs`
//! includes the file as a module and tests it against `memsim::machine`'s rules and
//! memsim's own implementation; `rust/ownership/tests/NAME.rs` runs trybuild on it (it
//! must compile and run, or fail to compile with an expected `.stderr`). Grading runs
//!
//! ```text
//! cargo test --manifest-path DIR/rust/KIND/Cargo.toml --test NAME
//! ```
//!
//! with `CARGO_TARGET_DIR` set to `target/exercises` beside `DIR` (one build of memsim for
//! `exercises/` and `solutions/`), and turns what cargo, rustc, the tests and trybuild
//! print into findings: the first compiler error with its position in the learner's file,
//! and each failing test with its panic message.
//!
//! Limits: the build may take [`BUILD_LIMIT`] (the first one compiles memsim); once the
//! test binary runs, it has [`RUN_LIMIT`], after which the whole process group (cargo,
//! the tests, trybuild's builds) is killed and the finding says so. The machine tests
//! also stop a learner's call that runs for more than 10 s themselves.

use super::{Exercise, Grade, Kind};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long building the tests may take (a first build compiles memsim and its
/// dependencies: minutes on a small machine).
pub const BUILD_LIMIT: Duration = Duration::from_secs(1200);
/// How long the tests may run once built.
pub const RUN_LIMIT: Duration = Duration::from_secs(120);

/// Failing tests shown in the findings (in the order of their names).
pub const SHOWN_FAILURES: usize = 3;

/// The learner's file of a Rust exercise, under its folder.
pub const FILE: &str = "exercise.rs";

/// The crate of tests that grades exercises of `kind`, under `DIR/rust/`.
pub fn crate_dir(kind: Kind) -> &'static str {
    match kind {
        Kind::Ownership => "ownership",
        _ => "machine",
    }
}

/// Where the graders build: `target/exercises` in the folder that holds `dir` (the
/// repository's `target/` for `exercises/` and `solutions/`).
pub fn target_dir(dir: &Path) -> PathBuf {
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    dir.parent()
        .unwrap_or(Path::new("."))
        .join("target")
        .join("exercises")
}

/// Grades the Rust exercise `ex` of the folder `dir`.
pub fn grade(dir: &Path, ex: &Exercise) -> Grade {
    let file = dir.join(&ex.name).join(FILE);
    if !file.is_file() {
        return Grade::fail(vec![format!(
            "{}: missing (the file this exercise asks you to edit)",
            file.display()
        )]);
    }
    let krate = dir.join("rust").join(crate_dir(ex.kind));
    let test = krate.join("tests").join(format!("{}.rs", ex.name));
    if !test.is_file() {
        return Grade::fail(vec![format!(
            "{}: missing (the tests that grade {})",
            test.display(),
            ex.name
        )]);
    }
    let manifest = krate.join("Cargo.toml");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.arg("test")
        .arg("--manifest-path")
        .arg(&manifest)
        .args(["--test", &ex.name, "--color", "never"])
        .env("CARGO_TARGET_DIR", target_dir(dir))
        .env("CARGO_TERM_COLOR", "never")
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "0")
        // trybuild would otherwise overwrite the expected .stderr files with the
        // learner's output.
        .env_remove("TRYBUILD")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let shown_target = dir
        .parent()
        .unwrap_or(Path::new(""))
        .join("target")
        .join("exercises");
    let how_to = format!(
        "(run the tests yourself: CARGO_TARGET_DIR={} cargo test --manifest-path {} --test {})",
        shown_target.display(),
        manifest.display(),
        ex.name
    );
    match run(cmd) {
        Err(e) => Grade::fail(vec![format!("cannot run cargo: {e}")]),
        Ok(out) => interpret(&out, &how_to),
    }
}

/// What one `cargo test` printed, and how it ended.
#[derive(Clone, Debug, Default)]
pub struct Output {
    /// `None` when it was killed.
    pub status: Option<ExitStatus>,
    pub stdout: String,
    pub stderr: String,
    /// Killed after the limit of this phase.
    pub timed_out: Option<Phase>,
}

/// The two phases of a `cargo test`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Build,
    Run,
}

/// Runs `cmd` (a `cargo test`) within [`BUILD_LIMIT`] and [`RUN_LIMIT`]; the run phase
/// starts when cargo prints `Running` for the test binary.
fn run(mut cmd: Command) -> std::io::Result<Output> {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // A group of its own, so a timeout ends cargo, the tests and what they started.
        cmd.process_group(0);
    }
    let mut child = cmd.spawn()?;
    let mut stdout = child.stdout.take().expect("piped");
    let stderr = child.stderr.take().expect("piped");
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let (tx, rx) = mpsc::channel();
    let err_reader = std::thread::spawn(move || {
        let mut all = String::new();
        for line in BufReader::new(stderr).split(b'\n') {
            let Ok(line) = line else { break };
            let line = String::from_utf8_lossy(&line).into_owned();
            if line.trim_start().starts_with("Running ") {
                let _ = tx.send(());
            }
            all.push_str(&line);
            all.push('\n');
        }
        all
    });
    let start = Instant::now();
    let mut running: Option<Instant> = None;
    let mut timed_out = None;
    let status = loop {
        if running.is_none() && rx.try_recv().is_ok() {
            running = Some(Instant::now());
        }
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        let (phase, since, limit) = match running {
            Some(t) => (Phase::Run, t, RUN_LIMIT),
            None => (Phase::Build, start, BUILD_LIMIT),
        };
        if since.elapsed() > limit {
            kill(&mut child);
            timed_out = Some(phase);
            break None;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Ok(Output {
        status,
        stdout: out_reader.join().unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
        timed_out,
    })
}

/// Ends `child` and its process group.
fn kill(child: &mut Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Turns what `cargo test --test NAME` printed into a grade.
pub fn interpret(out: &Output, how_to: &str) -> Grade {
    let mut findings = Vec::new();
    match out.timed_out {
        Some(Phase::Build) => {
            findings.push(format!(
                "building the tests took more than {} s; try again (a first build compiles memsim), or run them yourself {how_to}",
                BUILD_LIMIT.as_secs()
            ));
            return Grade::fail(findings);
        }
        Some(Phase::Run) => {
            let mut f = format!(
                "the tests did not finish within {} s and were stopped — an endless loop?",
                RUN_LIMIT.as_secs()
            );
            for l in out
                .stdout
                .lines()
                .filter(|l| l.contains("running for over"))
            {
                f.push_str(&format!("\n{}", l.trim()));
            }
            findings.push(f);
            findings.push(how_to.to_string());
            return Grade::fail(findings);
        }
        None => {}
    }
    let passed = out.status.is_some_and(|s| s.success());
    let ran = out.stdout.contains("running ");
    if !ran {
        // The tests did not build: the first compiler error, or whatever cargo said.
        if let Some(e) = first_error(&out.stderr) {
            let in_tests = e.starts_with("tests/");
            findings.push(e);
            if in_tests {
                findings.push(format!(
                    "the tests use the names and signatures {FILE} declares (its types, functions and `pub` fields): keep them as they were"
                ));
            }
        } else {
            let said: Vec<&str> = out
                .stderr
                .lines()
                .filter(|l| l.starts_with("error") || l.starts_with("  "))
                .take(10)
                .collect();
            findings.push(if said.is_empty() {
                "cargo test failed without a message".to_string()
            } else {
                said.join("\n")
            });
        }
        findings.push(how_to.to_string());
        return Grade::fail(findings);
    }
    let (ok, failed) = counts(&out.stdout);
    if passed {
        return Grade::pass(vec![format!("all {ok} tests passed")]);
    }
    let trybuild = trybuild_reports(&out.stderr);
    // The tests run in parallel and finish in any order: sorted by name, the findings are
    // the same on every run; the first few say enough.
    let mut failed_tests = failures(&out.stdout);
    failed_tests.sort();
    let hidden = failed_tests.len().saturating_sub(SHOWN_FAILURES);
    failed_tests.truncate(SHOWN_FAILURES);
    for (test, message) in failed_tests {
        if message.contains("tests failed") && !trybuild.is_empty() {
            // trybuild's own verdicts say more than its closing panic.
            findings.extend(trybuild.iter().cloned());
        } else {
            findings.push(format!("{test}: {message}"));
        }
    }
    if findings.is_empty() {
        // The test binary crashed: no test result was printed.
        let why = out
            .stderr
            .lines()
            .find(|l| l.contains("has overflowed its stack"))
            .map(|l| format!("{} — a recursion too deep?", without_thread_id(l)))
            .or_else(|| {
                out.stderr
                    .lines()
                    .find(|l| l.contains("process didn't exit successfully"))
                    .map(|l| l.trim().to_string())
            })
            .unwrap_or_else(|| "the tests failed without saying why".to_string());
        findings.push(format!("the tests crashed: {why}"));
    } else if failed > 0 {
        findings.insert(0, format!("{failed} of {} tests failed", ok + failed));
        if hidden > 0 {
            let s = if hidden == 1 { "" } else { "s" };
            findings.push(format!("... and {hidden} more failing test{s}"));
        }
    }
    findings.push(how_to.to_string());
    Grade::fail(findings)
}

/// Where a path printed by rustc, cargo or a panic is the learner's file: `exercise.rs`
/// with the position (`exercise.rs:12:5`); other paths are shortened to their part from
/// `rust/` or `ui/` on, or left as printed.
fn short_path(loc: &str) -> String {
    let loc = loc.trim();
    if let Some(i) = loc.find(&format!("/{FILE}:")) {
        return loc[i + 1..].to_string();
    }
    if loc.ends_with(&format!("/{FILE}")) {
        return FILE.to_string();
    }
    for marker in ["tests/", "ui/"] {
        if let Some(i) = loc.find(marker) {
            return loc[i..].to_string();
        }
    }
    loc.to_string()
}

/// `thread 'NAME' (ID) ...` without the thread's id, which changes from run to run.
fn without_thread_id(line: &str) -> String {
    if let Some(rest) = line.strip_prefix("thread '")
        && let Some(end) = rest.find("' (")
        && let Some(close) = rest[end + 3..].find(')')
        && rest[end + 3..end + 3 + close]
            .bytes()
            .all(|b| b.is_ascii_digit())
    {
        return format!("thread '{}'{}", &rest[..end], &rest[end + 4 + close..]);
    }
    line.to_string()
}

/// The first compiler error in `text` (rustc's human output): `FILE:LINE:COL: error...`
/// followed by rustc's picture of the code, up to 40 lines.
fn first_error(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|l| {
        l.starts_with("error")
            && !l.starts_with("error: could not compile")
            && !l.starts_with("error: aborting")
            && !l.starts_with("error: test failed")
    })?;
    let mut block: Vec<String> = Vec::new();
    let mut at = None;
    for l in &lines[start + 1..] {
        if l.is_empty() || l.starts_with("error") || l.starts_with("warning") || l.starts_with('┈')
        {
            break;
        }
        if at.is_none()
            && let Some(p) = l.trim_start().strip_prefix("--> ")
        {
            at = Some(short_path(p));
            continue;
        }
        block.push(l.to_string());
    }
    block.truncate(40);
    let head = match at {
        Some(at) => format!("{at}: {}", lines[start]),
        None => lines[start].to_string(),
    };
    Some(
        std::iter::once(head)
            .chain(block)
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// The numbers of `test result: ... N passed; M failed` (summed over the lines).
fn counts(stdout: &str) -> (usize, usize) {
    let mut ok = 0;
    let mut failed = 0;
    for l in stdout.lines().filter(|l| l.starts_with("test result:")) {
        let num = |word: &str| {
            l.split(';')
                .find_map(|part| {
                    let part = part.trim();
                    let part = part.rsplit(". ").next().unwrap_or(part);
                    part.strip_suffix(word)
                        .and_then(|n| n.trim().parse::<usize>().ok())
                })
                .unwrap_or(0)
        };
        ok += num("passed");
        failed += num("failed");
    }
    (ok, failed)
}

/// Every failing test of libtest's output with its panic: `("test NAME", "at FILE:L:C:
/// message")`, in the order printed.
fn failures(stdout: &str) -> Vec<(String, String)> {
    let mut result = Vec::new();
    let mut lines = stdout.lines().peekable();
    while let Some(l) = lines.next() {
        let Some(test) = l
            .strip_prefix("---- ")
            .and_then(|r| r.strip_suffix(" stdout ----"))
        else {
            continue;
        };
        let mut message: Vec<String> = Vec::new();
        let mut at = None;
        while let Some(&next) = lines.peek() {
            if next.starts_with("---- ") || next == "failures:" {
                break;
            }
            lines.next();
            if let Some(rest) = next.strip_prefix("thread '")
                && let Some(i) = rest.find(" panicked at ")
            {
                let loc = rest[i + " panicked at ".len()..].trim_end_matches(':');
                at = Some(short_path(loc));
                continue;
            }
            if next.starts_with("note: run with `RUST_BACKTRACE")
                || next.is_empty() && message.is_empty()
            {
                continue;
            }
            message.push(next.to_string());
        }
        while message.last().is_some_and(|m| m.is_empty()) {
            message.pop();
        }
        let text = message.join("\n");
        let text = match at {
            // The location is worth showing when it is the learner's line.
            Some(at) if at.starts_with(FILE) => format!("{at}: {text}"),
            _ => text,
        };
        result.push((format!("test {test}"), text));
    }
    result
}

/// trybuild's verdicts that are not `ok` (it prints them on stderr): `PROGRAM: what went
/// wrong`, with the compiler's first error or the mismatch.
fn trybuild_reports(stderr: &str) -> Vec<String> {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut reports = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        i += 1;
        let Some(rest) = l.strip_prefix("test ") else {
            continue;
        };
        let Some((what, verdict)) = rest.rsplit_once(" ... ") else {
            continue;
        };
        if verdict == "ok" {
            continue;
        }
        let program = short_path(what.split(" [").next().unwrap_or(what));
        // The programs beside the tests are in the crate's ui/ folder.
        let program = match program.strip_prefix("ui/") {
            Some(rest) => format!("rust/ownership/ui/{rest}"),
            None => program,
        };
        let start = i;
        while i < lines.len() && !lines[i].starts_with("test ") {
            i += 1;
        }
        let body = &lines[start..i];
        let text = body.join("\n");
        let stderr_file = program.replace(".rs", ".stderr");
        // What trybuild shows between its ┈ rules after `label`.
        let section = |label: &str| -> String {
            let said: Vec<&str> = body
                .iter()
                .skip_while(|l| !l.starts_with(label))
                .skip(1)
                .skip_while(|l| l.starts_with('┈'))
                .take_while(|l| !l.starts_with('┈'))
                .take(30)
                .copied()
                .collect();
            said.join("\n").trim().to_string()
        };
        let report = if text.contains("Expected test case to fail to compile") {
            format!(
                "{program} compiles, but the borrow checker must refuse it with the error in {stderr_file}"
            )
        } else if text.contains("EXPECTED:") {
            format!(
                "{program} does not compile, but rustc's error is not the one in {stderr_file}; rustc says:\n{}",
                section("ACTUAL OUTPUT:")
            )
        } else if let Some(e) = first_error(&text) {
            format!("{program} does not compile:\n{e}")
        } else if text.contains("failed at runtime") {
            format!(
                "{program} compiles, but fails when it runs:\n{}",
                section("STDERR:")
            )
        } else {
            let said: Vec<&str> = body
                .iter()
                .filter(|l| !l.starts_with('┈') && !l.trim().is_empty())
                .take(20)
                .copied()
                .collect();
            format!("{program}: {verdict}\n{}", said.join("\n"))
        };
        reports.push(report);
    }
    reports
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn out(stdout: &str, stderr: &str, success: bool) -> Output {
        use std::os::unix::process::ExitStatusExt;
        Output {
            status: Some(ExitStatus::from_raw(if success { 0 } else { 256 })),
            stdout: stdout.to_string(),
            stderr: stderr.to_string(),
            timed_out: None,
        }
    }

    #[test]
    fn a_compiler_error_is_positioned_in_the_learners_file() {
        let stderr = "   Compiling memsim-machine-exercises v0.1.0 (/r/exercises/rust/machine)\nerror[E0308]: mismatched types\n  --> machine/tests/../../../40_size_classes/exercise.rs:37:9\n   |\n36 |     fn round(&self, size: u64, pointers: bool) -> Rounded {\n   |                                                    ------- expected `Rounded` because of return type\n37 |         5\n   |         ^ expected `Rounded`, found integer\n\nFor more information about this error, try `rustc --explain E0308`.\nerror: could not compile `memsim-machine-exercises` (test \"40_size_classes\") due to 1 previous error\n";
        let g = interpret(&out("", stderr, false), "(how)");
        assert!(!g.passed);
        assert!(
            g.findings[0]
                .starts_with("exercise.rs:37:9: error[E0308]: mismatched types\n   |\n36 |"),
            "{:?}",
            g.findings
        );
        assert_eq!(g.findings[1], "(how)");
    }

    #[test]
    fn an_error_in_the_tests_asks_to_keep_the_names() {
        let stderr = "error[E0432]: unresolved import `exercise::GoSizeClasses`\n --> machine/tests/40_size_classes.rs:7:5\n  |\n7 | use exercise::GoSizeClasses;\n  |     ^^^^^^^^^^^^^^^^^^^^^^^ no `GoSizeClasses` in `exercise`\n\nerror: could not compile\n";
        let g = interpret(&out("", stderr, false), "(how)");
        assert!(
            g.findings[0].starts_with("tests/40_size_classes.rs:7:5: error[E0432]"),
            "{:?}",
            g.findings
        );
        assert!(g.findings[1].starts_with("the tests use the names"));
    }

    #[test]
    fn failing_tests_give_their_panic_messages() {
        let stdout = "\nrunning 2 tests\ntest a ... FAILED\ntest b ... ok\n\nfailures:\n\n---- a stdout ----\n\nthread 'a' (1234) panicked at machine/tests/../../../40_size_classes/exercise.rs:37:9:\nnot yet implemented: round 16\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\n\nfailures:\n    a\n\ntest result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n\n";
        let g = interpret(&out(stdout, "", false), "(how)");
        assert_eq!(
            g.findings,
            vec![
                "1 of 2 tests failed".to_string(),
                "test a: exercise.rs:37:9: not yet implemented: round 16".to_string(),
                "(how)".to_string()
            ]
        );
        let stdout = "running 2 tests\ntest result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n";
        let g = interpret(&out(stdout, "", true), "(how)");
        assert_eq!(g, Grade::pass(vec!["all 2 tests passed".to_string()]));
    }

    #[test]
    fn trybuild_verdicts_replace_its_panic() {
        let stdout = "running 1 test\ntest compiles_and_runs ... FAILED\n\nfailures:\n\n---- compiles_and_runs stdout ----\n\nthread 'compiles_and_runs' (7) panicked at /home/x/.cargo/registry/src/trybuild-1.0.122/src/run.rs:103:13:\n1 of 1 tests failed\n\nfailures:\n    compiles_and_runs\n\ntest result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.66s\n";
        let stderr = "\n\ntest ../../47_borrow_in_a_loop/exercise.rs ... error\n┈┈┈┈\nerror[E0597]: `line` does not live long enough\n  --> /r/exercises/47_borrow_in_a_loop/exercise.rs:33:23\n   |\n33 |             longest = &line;\n   |                       ^^^^^ borrowed value does not live long enough\n┈┈┈┈\n\n\n\ntest ui/49_top_across_push.rs [should fail to compile] ... error\nExpected test case to fail to compile, but it succeeded.\n\n";
        let g = interpret(&out(stdout, stderr, false), "(how)");
        assert_eq!(g.findings.len(), 4, "{:?}", g.findings);
        assert!(
            g.findings[1].starts_with("exercise.rs does not compile:\nexercise.rs:33:23: error[E0597]: `line` does not live long enough\n   |\n33 |"),
            "{:?}",
            g.findings
        );
        assert_eq!(
            g.findings[2],
            "rust/ownership/ui/49_top_across_push.rs compiles, but the borrow checker must refuse it with the error in rust/ownership/ui/49_top_across_push.stderr"
        );
    }

    #[test]
    fn another_compiler_error_than_expected_is_shown() {
        let stdout = "running 1 test\ntest t ... FAILED\n\nfailures:\n\n---- t stdout ----\n\nthread 't' (7) panicked at /x/trybuild/src/run.rs:103:13:\n1 of 2 tests failed\n\nfailures:\n    t\n\ntest result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.66s\n";
        let stderr = "test ui/49_top.rs [should pass] ... ok\ntest ui/49_top_across_push.rs [should fail to compile] ... mismatch\n\nEXPECTED:\n┈┈┈┈\nerror[E0502]: cannot borrow\n┈┈┈┈\n\nACTUAL OUTPUT:\n┈┈┈┈\nerror[E0499]: cannot borrow `s` as mutable more than once at a time\n  --> ui/49_top_across_push.rs:15:5\n┈┈┈┈\nnote: If the actual output is the correct output you can bless it by rerunning\n      your test with the environment variable TRYBUILD=overwrite\n\nerror: test failed, to rerun pass `--test 49_borrow_rules`\n";
        let g = interpret(&out(stdout, stderr, false), "(how)");
        assert_eq!(
            g.findings[1],
            "rust/ownership/ui/49_top_across_push.rs does not compile, but rustc's error is not the one in rust/ownership/ui/49_top_across_push.stderr; rustc says:\nerror[E0499]: cannot borrow `s` as mutable more than once at a time\n  --> ui/49_top_across_push.rs:15:5"
        );
    }

    #[test]
    fn a_crash_is_reported() {
        let stdout = "\nrunning 6 tests\n";
        let stderr = "     Running tests/43_tricolour.rs (target/debug/deps/43_tricolour-1)\n\nthread 'a_long_list_needs_a_work_list' (9) has overflowed its stack\nfatal runtime error: stack overflow, aborting\nerror: test failed, to rerun pass `--test 43_tricolour`\n\nCaused by:\n  process didn't exit successfully: `target/debug/deps/43_tricolour-1` (signal: 6, SIGABRT: process abort signal)\n";
        let g = interpret(&out(stdout, stderr, false), "(how)");
        assert!(
            g.findings[0].starts_with(
                "the tests crashed: thread 'a_long_list_needs_a_work_list' has overflowed its stack — a recursion too deep?"
            ),
            "{:?}",
            g.findings
        );
    }

    #[test]
    fn timeouts_say_which_phase() {
        let mut o = out("", "", false);
        o.status = None;
        o.timed_out = Some(Phase::Run);
        let g = interpret(&o, "(how)");
        assert!(g.findings[0].contains("endless loop"), "{:?}", g.findings);
        o.timed_out = Some(Phase::Build);
        let g = interpret(&o, "(how)");
        assert!(g.findings[0].starts_with("building the tests took"));
    }
}
