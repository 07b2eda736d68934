//! The golden corpus: every Go program under `tests/golden/` against the output real Go
//! 1.27.3 produced for it (`regen.sh` writes those files; nobody edits them by hand).
//!
//! Checked through the library:
//! * `reference/`, `escape/`: `NAME.escape` = `go build -gcflags='-m -l'` output (kind
//!   `escape`), `NAME.m2` = `-m=2` output (kind `m2`);
//! * `errors/`: `NAME.err` = the first line `go build` prints (kind `err`);
//! * `unsupported/`: valid Go outside memsim's subset: memsim must say
//!   `memsim does not support ...` where `NAME.note` says (kind `unsupported`);
//! * `book/`: the book's go,memsim programs (copied by the book's sync test,
//!   `book/preprocessor/tests/book_goldens.rs`): `.escape` and `.m2` as above, the run as
//!   for `run/`, and `.allocs` lines as for `allocs/` (without the case-function rule: a
//!   block names its functions in `NAME.shows`).
//!
//! Checked by running the `memsim` binary (`memsim run`, `memsim allocs`) in the program's
//! folder, each run killed after [`TIMEOUT`] (a failure that says so):
//! * `escape/` and `run/`: `memsim run NAME.go` — its stdout must equal `NAME.stdout` byte for
//!   byte (kind `stdout`); its exit status must equal `NAME.exitcode`, 0 when that file is
//!   absent (kind `exit`; a command-line usage error never counts as the program's status);
//!   where `NAME.panic` exists, the first line of its stderr must equal it (kind `panic`);
//! * `allocs/`: for every line `FUNC<TAB>ALLOCS<TAB>BYTES` of `NAME.allocs`,
//!   `memsim allocs --bytes NAME.go FUNC` must print exactly the line
//!   `ALLOCS allocs/op BYTES B/op` and exit 0 (kind `allocs FUNC`). The `.allocs` file must
//!   list the case functions of the `.go` file in source order (kind `cases`).
//!
//! Goldens memsim does not match yet are listed in `KNOWN_DIFFERENCES.md` with the reason;
//! this harness prints that list (grouped by reason) on every run, fails on any other
//! difference, and fails when a listed difference has gone (so the list stays true).
//!
//! Run one folder or file: `cargo test --test golden -- escape/012` (a check runs when its
//! program's path, or its full name such as `allocs/001_new.go allocs NewIntEscape`, contains
//! one of the arguments).
//!
//! `MEMSIM_GOLDEN_UPDATE_KNOWN=1 MEMSIM_GOLDEN_KNOWN_REASON='why' cargo test --test golden`
//! rewrites `KNOWN_DIFFERENCES.md` instead of failing: entries whose check now matches (or,
//! without a filter, that name no check) are removed, every other entry keeps its reason, and
//! each unlisted failure is added with the given reason.

use memsim::source::SourceFile;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long one `memsim run` / `memsim allocs` may take before it is killed.
const TIMEOUT: Duration = Duration::from_secs(20);

const KNOWN_FILE: &str = "KNOWN_DIFFERENCES.md";

struct Outcome {
    name: String,
    ok: bool,
    diff: String,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let update = std::env::var("MEMSIM_GOLDEN_UPDATE_KNOWN").is_ok_and(|v| v == "1");
    let reason = std::env::var("MEMSIM_GOLDEN_KNOWN_REASON").unwrap_or_default();
    if update && reason.trim().is_empty() {
        eprintln!(
            "golden: MEMSIM_GOLDEN_UPDATE_KNOWN=1 needs MEMSIM_GOLDEN_KNOWN_REASON='why memsim differs' \
             (the reason recorded for every new entry of {KNOWN_FILE})"
        );
        std::process::exit(2);
    }
    let known_path = root.join(KNOWN_FILE);
    let mut known = load_known(&known_path);
    let selected = |rel: &str, name: &str| {
        filter.is_empty()
            || filter
                .iter()
                .any(|f| rel.contains(f.as_str()) || name.contains(f.as_str()))
    };

    let mut outcomes = Vec::new();
    let mut runs = Vec::new();
    for dir in [
        "reference",
        "escape",
        "run",
        "allocs",
        "errors",
        "unsupported",
        "book",
    ] {
        for go in go_files(&root.join(dir)) {
            let rel = format!(
                "{dir}/{}",
                go.file_name().and_then(|n| n.to_str()).unwrap_or("")
            );
            match dir {
                "run" => runs.extend(run_jobs(&go, &rel)),
                "allocs" => {
                    let (cases, jobs) = allocs_jobs(&go, &rel);
                    outcomes.extend(cases.into_iter().filter(|o| selected(&rel, &o.name)));
                    runs.extend(jobs);
                }
                _ => {
                    if selected(&rel, &rel) {
                        outcomes.extend(check_case(dir, &go, &rel));
                    }
                    if dir == "escape" || dir == "book" {
                        runs.extend(run_jobs(&go, &rel));
                    }
                    if dir == "book" && go.with_extension("allocs").exists() {
                        runs.extend(allocs_jobs(&go, &rel).1);
                    }
                }
            }
        }
    }
    runs.retain(|j| selected(&j.rel, &j.label));
    outcomes.extend(run_all(&runs));

    if update {
        update_known(
            &known_path,
            &mut known,
            &outcomes,
            filter.is_empty(),
            &reason,
        );
    }

    let mut failed = 0;
    let mut known_hits = 0;
    let mut stale = Vec::new();
    for o in &outcomes {
        let is_known = known.contains_key(&o.name);
        match (o.ok, is_known) {
            (true, true) => stale.push(o.name.clone()),
            (true, false) => {}
            (false, true) => known_hits += 1,
            (false, false) => {
                failed += 1;
                println!("FAIL {}\n{}", o.name, o.diff);
            }
        }
    }
    if filter.is_empty() {
        // an entry that names no check at all (a renamed program, a removed case) is stale too
        let names: std::collections::HashSet<&str> =
            outcomes.iter().map(|o| o.name.as_str()).collect();
        for name in known.keys() {
            if !names.contains(name.as_str()) {
                stale.push(format!("{name} (no such check)"));
            }
        }
    }
    print_known(&known);
    for s in &stale {
        println!("STALE known difference (it now matches; remove it from the list): {s}");
    }
    let passed = outcomes
        .iter()
        .filter(|o| o.ok && !known.contains_key(&o.name))
        .count();
    println!(
        "\ngolden: {} checks, {passed} match real Go, {failed} differ, {known_hits} known differences, {} stale entries",
        outcomes.len(),
        stale.len()
    );
    if failed > 0 || !stale.is_empty() {
        std::process::exit(1);
    }
}

fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "go"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// `- \`escape/012_x.go escape\`: reason` lines.
fn load_known(path: &Path) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (the known-differences list must exist, even empty)",
            path.display()
        )
    });
    for line in text.lines() {
        let Some((name, why)) = parse_entry(line) else {
            continue;
        };
        m.insert(name.to_string(), why.to_string());
    }
    m
}

fn parse_entry(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("- `")?;
    let (name, why) = rest.split_once('`')?;
    Some((name, why.trim_start_matches(':').trim()))
}

/// The `MEMSIM_GOLDEN_UPDATE_KNOWN=1` mode: rewrite the list so that it names exactly the
/// checks that differ (within the filter), keeping the reasons already written.
fn update_known(
    path: &Path,
    known: &mut BTreeMap<String, String>,
    outcomes: &[Outcome],
    unfiltered: bool,
    reason: &str,
) {
    let mut status: BTreeMap<&str, bool> = BTreeMap::new();
    for o in outcomes {
        status.insert(o.name.as_str(), o.ok);
    }
    let before = known.len();
    known.retain(|name, _| match status.get(name.as_str()) {
        Some(ok) => !ok,
        None => !unfiltered,
    });
    let removed = before - known.len();
    let mut added = 0;
    for o in outcomes {
        if !o.ok && !known.contains_key(&o.name) {
            known.insert(o.name.clone(), reason.trim().to_string());
            added += 1;
        }
    }
    let text = std::fs::read_to_string(path).unwrap_or_default();
    // the header is everything before the first entry (or the `(none)` placeholder)
    let mut out = String::new();
    for line in text.lines() {
        if parse_entry(line).is_some() || line.trim() == "(none)" {
            break;
        }
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out.push('\n');
    if known.is_empty() {
        out.push_str("(none)\n");
    }
    for (name, why) in known.iter() {
        out.push_str(&format!("- `{name}`: {why}\n"));
    }
    if let Err(e) = std::fs::write(path, out) {
        eprintln!("golden: cannot write {}: {e}", path.display());
        std::process::exit(2);
    }
    println!(
        "golden: rewrote {KNOWN_FILE}: {removed} entries removed, {added} added, {} listed",
        known.len()
    );
}

/// The list, one line per entry for small groups, else grouped by reason with counts per
/// folder and kind (the full list is in the file).
fn print_known(known: &BTreeMap<String, String>) {
    println!(
        "\nKnown differences from real Go ({}; see tests/golden/{KNOWN_FILE}):",
        known.len()
    );
    if known.is_empty() {
        println!("  (none)");
        return;
    }
    let mut by_reason: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (name, why) in known {
        by_reason
            .entry(why.as_str())
            .or_default()
            .push(name.as_str());
    }
    for (why, names) in by_reason {
        if names.len() <= 5 {
            for name in names {
                println!("  {name}: {why}");
            }
            continue;
        }
        let mut groups: BTreeMap<String, usize> = BTreeMap::new();
        for name in &names {
            let folder = name.split('/').next().unwrap_or("");
            let kind = name.split(' ').nth(1).unwrap_or("");
            *groups.entry(format!("{folder}/ {kind}")).or_default() += 1;
        }
        let summary: Vec<String> = groups.iter().map(|(g, n)| format!("{g} {n}")).collect();
        println!(
            "  {} checks: {why}\n      ({})",
            names.len(),
            summary.join(", ")
        );
    }
}

fn check_case(dir: &str, go: &Path, rel: &str) -> Vec<Outcome> {
    let text = std::fs::read_to_string(go).unwrap_or_default();
    let base = go.file_name().and_then(|n| n.to_str()).unwrap_or("x.go");
    let file = SourceFile::new(format!("./{base}"), text);
    let mut out = Vec::new();
    match dir {
        "errors" => {
            let want = read(go.with_extension("err"));
            let got = match memsim::escape_report(&file, 1) {
                Ok(_) => "(memsim accepted the program)".to_string(),
                Err(e) => e.lines().next().unwrap_or("").to_string(),
            };
            let want = want.lines().next().unwrap_or("").to_string();
            out.push(compare(format!("{rel} err"), &want, &got));
        }
        "unsupported" => {
            let got = match memsim::escape_report(&file, 1) {
                Ok(_) => "(memsim accepted the program)".to_string(),
                Err(e) => e,
            };
            // NAME.note: `LINE:COL: what` — where the first unsupported construct is.
            let note = std::fs::read_to_string(go.with_extension("note")).unwrap_or_default();
            let at = note.split(": ").next().unwrap_or("").trim().to_string();
            let want_prefix = format!("./{base}:{at}: memsim does not support ");
            let ok = got.starts_with(&want_prefix);
            out.push(Outcome {
                name: format!("{rel} unsupported"),
                ok,
                diff: format!("  want: {want_prefix}...\n  got:  {got}\n"),
            });
        }
        _ => {
            let want = read(go.with_extension("escape"));
            let got = memsim::escape_report(&file, 1).unwrap_or_else(|e| format!("ERROR {e}\n"));
            out.push(compare(format!("{rel} escape"), &want, &got));
            let m2 = go.with_extension("m2");
            if m2.exists() {
                let want = read(m2);
                let got =
                    memsim::escape_report(&file, 2).unwrap_or_else(|e| format!("ERROR {e}\n"));
                out.push(compare(format!("{rel} m2"), &want, &got));
            }
        }
    }
    out
}

fn read(p: PathBuf) -> String {
    std::fs::read_to_string(&p).unwrap_or_else(|_| format!("(missing golden {})\n", p.display()))
}

fn compare(name: String, want: &str, got: &str) -> Outcome {
    if want == got {
        return Outcome {
            name,
            ok: true,
            diff: String::new(),
        };
    }
    let mut diff = String::new();
    let d = similar::TextDiff::from_lines(want, got);
    for change in d.iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Delete => "-go     ",
            similar::ChangeTag::Insert => "+memsim ",
            similar::ChangeTag::Equal => "        ",
        };
        diff.push_str(sign);
        diff.push_str(change.value());
        if !change.value().ends_with('\n') {
            diff.push('\n');
        }
    }
    Outcome {
        name,
        ok: false,
        diff,
    }
}

// ---- checks that run the memsim binary ---------------------------------------------------

/// What one binary run must produce.
enum Expect {
    /// `memsim run`: stdout, exit status, and the first stderr line when Go panicked.
    Run {
        stdout: Vec<u8>,
        exit: i32,
        panic: Option<String>,
    },
    /// `memsim allocs --bytes`: exactly this stdout, status 0.
    Allocs { line: String },
}

struct Job {
    /// the program's path under `tests/golden/`, e.g. `run/001_x.go`
    rel: String,
    /// the check's name prefix (`run/001_x.go`) or full name (`allocs/... allocs F`)
    label: String,
    dir: PathBuf,
    args: Vec<String>,
    expect: Expect,
}

struct RunResult {
    status: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// the run did not finish: timed out (and was killed) or could not start
    trouble: Option<String>,
}

/// `memsim run` of a program that has a `.stdout` golden.
fn run_jobs(go: &Path, rel: &str) -> Vec<Job> {
    let Ok(stdout) = std::fs::read(go.with_extension("stdout")) else {
        return Vec::new();
    };
    let exit = std::fs::read_to_string(go.with_extension("exitcode"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let panic = std::fs::read_to_string(go.with_extension("panic"))
        .ok()
        .map(|s| s.lines().next().unwrap_or("").to_string());
    let base = file_name(go);
    vec![Job {
        rel: rel.to_string(),
        label: rel.to_string(),
        dir: go.parent().unwrap_or(Path::new(".")).to_path_buf(),
        args: vec!["run".into(), base],
        expect: Expect::Run {
            stdout,
            exit,
            panic,
        },
    }]
}

/// One `memsim allocs` run per line of `NAME.allocs`, plus the check that the golden lists
/// the file's case functions (so a new case without a regenerated golden cannot hide).
fn allocs_jobs(go: &Path, rel: &str) -> (Vec<Outcome>, Vec<Job>) {
    let golden = read(go.with_extension("allocs"));
    let mut jobs = Vec::new();
    let mut listed = Vec::new();
    for line in golden.lines() {
        let mut parts = line.split('\t');
        let (Some(func), Some(allocs), Some(bytes)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        listed.push(func.to_string());
        jobs.push(Job {
            rel: rel.to_string(),
            label: format!("{rel} allocs {func}"),
            dir: go.parent().unwrap_or(Path::new(".")).to_path_buf(),
            args: vec![
                "allocs".into(),
                "--bytes".into(),
                file_name(go),
                func.to_string(),
            ],
            expect: Expect::Allocs {
                line: format!("{allocs} allocs/op {bytes} B/op\n"),
            },
        });
    }
    let text = std::fs::read_to_string(go).unwrap_or_default();
    let cases = case_functions(&text).join("\n");
    let outcome = compare(
        format!("{rel} cases"),
        &(cases + "\n"),
        &(listed.join("\n") + "\n"),
    );
    let outcome = Outcome {
        diff: format!(
            "  the case functions of the .go file (-go) differ from those in its .allocs golden \
             (+memsim): run regen.sh --only allocs\n{}",
            outcome.diff
        ),
        ..outcome
    };
    (vec![outcome], jobs)
}

/// Top-level `func Name()` declarations with an upper-case first letter, no parameters and
/// no results, in source order (the rule `regen.sh` applies).
fn case_functions(text: &str) -> Vec<String> {
    let mut v = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("func ") else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        if rest[name.len()..].starts_with("()")
            && rest[name.len() + 2..].trim_start().starts_with('{')
        {
            v.push(name);
        }
    }
    v
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_string()
}

/// Runs every job on a few threads; the outcomes come back in job order.
fn run_all(jobs: &[Job]) -> Vec<Outcome> {
    let threads = std::env::var("MEMSIM_GOLDEN_JOBS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .clamp(1, 16);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<RunResult>>> =
        Mutex::new((0..jobs.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { break };
                    let r = run_memsim(&job.dir, &job.args);
                    results.lock().unwrap()[i] = Some(r);
                }
            });
        }
    });
    let results = results.into_inner().unwrap();
    let mut out = Vec::new();
    for (job, r) in jobs.iter().zip(results) {
        let r = r.expect("every job ran");
        out.extend(judge(job, &r));
    }
    out
}

fn run_memsim(dir: &Path, args: &[String]) -> RunResult {
    let child = Command::new(env!("CARGO_BIN_EXE_memsim"))
        .args(args)
        .current_dir(dir)
        .env_remove("GODEBUG")
        .env_remove("GOGC")
        .env_remove("GOMEMLIMIT")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            return RunResult {
                status: None,
                stdout: Vec::new(),
                stderr: Vec::new(),
                trouble: Some(format!("cannot start memsim: {e}")),
            };
        }
    };
    // read both pipes on their own threads, so a chatty program cannot block on a full pipe
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out_pipe.read_to_end(&mut b);
        b
    });
    let err_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err_pipe.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let mut trouble = None;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if start.elapsed() >= TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                trouble = Some(format!(
                    "memsim {} timed out after {} s (killed)",
                    args.join(" "),
                    TIMEOUT.as_secs()
                ));
                break None;
            }
            Ok(None) => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => {
                let _ = child.kill();
                trouble = Some(format!("waiting for memsim failed: {e}"));
                break None;
            }
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let status = status.map(|st| {
        st.code().unwrap_or_else(|| {
            use std::os::unix::process::ExitStatusExt;
            128 + st.signal().unwrap_or(0)
        })
    });
    RunResult {
        status,
        stdout,
        stderr,
        trouble,
    }
}

fn first_line(b: &[u8]) -> String {
    let s = String::from_utf8_lossy(b);
    s.lines().next().unwrap_or("").to_string()
}

/// clap's usage errors ("error: unrecognized subcommand ... Usage: memsim ..."): the status
/// of such a run is memsim's, not the program's.
fn is_usage_error(stderr: &[u8]) -> bool {
    let s = String::from_utf8_lossy(stderr);
    s.starts_with("error: ") && s.contains("Usage: memsim")
}

fn judge(job: &Job, r: &RunResult) -> Vec<Outcome> {
    let fail = |name: String, diff: String| Outcome {
        name,
        ok: false,
        diff,
    };
    match &job.expect {
        Expect::Run {
            stdout,
            exit,
            panic,
        } => {
            let names = [
                format!("{} stdout", job.label),
                format!("{} exit", job.label),
                format!("{} panic", job.label),
            ];
            let wanted = if panic.is_some() { 3 } else { 2 };
            if let Some(t) = &r.trouble {
                return names[..wanted]
                    .iter()
                    .map(|n| fail(n.clone(), format!("  {t}\n")))
                    .collect();
            }
            let mut out = Vec::new();
            let mut o = compare(
                names[0].clone(),
                &String::from_utf8_lossy(stdout),
                &String::from_utf8_lossy(&r.stdout),
            );
            if o.ok && *stdout != r.stdout {
                // equal once decoded, different bytes (invalid UTF-8 in the output)
                o = fail(o.name, "  the bytes differ (invalid UTF-8)\n".into());
            }
            out.push(o);
            let status = r.status.unwrap_or(-1);
            let got = if is_usage_error(&r.stderr) {
                format!("usage error (status {status}): {}", first_line(&r.stderr))
            } else {
                format!("status {status}")
            };
            out.push(compare(
                names[1].clone(),
                &format!("status {exit}\n"),
                &format!("{got}\n"),
            ));
            if let Some(p) = panic {
                out.push(compare(
                    names[2].clone(),
                    &format!("{p}\n"),
                    &format!("{}\n", first_line(&r.stderr)),
                ));
            }
            out
        }
        Expect::Allocs { line } => {
            if let Some(t) = &r.trouble {
                return vec![fail(job.label.clone(), format!("  {t}\n"))];
            }
            let status = r.status.unwrap_or(-1);
            let mut got = String::from_utf8_lossy(&r.stdout).into_owned();
            if status != 0 {
                got.push_str(&format!(
                    "(status {status}; stderr: {})\n",
                    first_line(&r.stderr)
                ));
            }
            vec![compare(job.label.clone(), line, &got)]
        }
    }
}
