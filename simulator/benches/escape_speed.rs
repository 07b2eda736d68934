//! How fast `memsim escape` is, beside `go build -gcflags='-m -l'` on the same files.
//!
//! A bench binary (`harness = false`), not a timed test:
//!
//! ```text
//! cargo bench -p memsim --bench escape_speed
//! ```
//!
//! It generates two deterministic programs of 2,000 and 10,000 small functions (about 14k
//! and 70k lines) that mix memsim's subset (pointers that escape or not, closures, methods
//! on structs, slices and `append`, maps, interface conversions through `fmt`, `make` with
//! constant and non-constant sizes, `for` and `range` loops, ...), then for each program:
//!
//! * times memsim's whole escape pipeline in-process through [`memsim::pipeline`]'s
//!   [`escape_report_timed`] (the call `memsim escape` makes, output formatting included),
//!   best and median of several runs, with a stage breakdown (parse, check, rewrite,
//!   escape, format);
//! * times the release `memsim escape` binary end to end (process start to exit), best and
//!   median of as many runs as in-process (on a noisy machine, a best of few is luck); the
//!   binary aborts on panic as the release profile says, while the in-process runs unwind
//!   (a bench target always does), so they run 5-8% more instructions;
//! * if the profile-guided binary that `simulator/pgo-build.sh` builds is there
//!   (`target/pgo/release/memsim`, or `$MEMSIM_BENCH_PGO_BIN`), times it the same way, each
//!   of its runs alternating with one of the plain binary's; both binaries must print
//!   exactly what the in-process pipeline printed;
//! * if Go is found (`$GO`, `<workspace>/.go/bin/go`, or `go` on `PATH`), times
//!   `go build -gcflags='-m -l'` on the same file (the whole build, with the package's
//!   compile never taken from Go's build cache) and checks that memsim's output is
//!   byte-identical to Go's diagnostics; any difference fails the bench loudly. The build
//!   also writes the compiler's own phase timings (`-gcflags=-bench=FILE`), from which the
//!   bench reports Go's front end: parsing and type checking (`fe:parse`) plus escape
//!   analysis (`fe:escapes`), the work memsim does.
//!
//! It ends with a table (functions, lines, memsim ms, lines/s, go ms, go/memsim, go front
//! end ms, its ratio), a linearity check (time per line of the large program against the
//! small one), and the issue's bar for the large program, for each binary: under 100 ms as
//! stated, and scaled by how long Go took in the same run against the times the bar was set
//! with (Go's front end ~0.8 s, its whole build ~4.5 s), since this shared machine's speed
//! varies from day to day.
//!
//! Environment: `MEMSIM_BENCH_RUNS` (memsim runs per program, default 15),
//! `MEMSIM_BENCH_GO_RUNS` (Go builds per program, default 2), `MEMSIM_BENCH_KEEP=DIR`
//! (also write the generated programs there), `MEMSIM_BENCH_PGO_BIN` (the profile-guided
//! binary to time).

#[path = "support/generated_program.rs"]
mod generated_program;

use generated_program::generate;
use memsim::pipeline::{StageTimes, escape_report_timed};
use memsim::source::SourceFile;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The allocator of the `memsim` binary, so that the in-process times are the binary's.
#[global_allocator]
static GLOBAL: memsim::allocator::Allocator = memsim::allocator::Allocator;

/// The pause after each in-process run (see its use).
const FREE_PAUSE: Duration = Duration::from_millis(250);

/// The program sizes measured, in functions.
const SIZES: [usize; 2] = [2_000, 10_000];

fn main() {
    let runs = env_usize("MEMSIM_BENCH_RUNS", 15).max(1);
    let go_runs = env_usize("MEMSIM_BENCH_GO_RUNS", 2).max(1);
    let go = find_go();
    let tmp = TempDir::new();
    let keep = std::env::var_os("MEMSIM_BENCH_KEEP").map(PathBuf::from);
    let mut rows = Vec::new();
    let mut failed = false;
    let pgo_bin = find_pgo_binary();
    for &n in &SIZES {
        let src = generate(n);
        let lines = src.lines().count();
        let dir = tmp.path.join(format!("p{n}"));
        std::fs::create_dir_all(&dir).expect("create the program's directory");
        let path = dir.join("x.go");
        std::fs::write(&path, &src).expect("write the generated program");
        if let Some(k) = &keep {
            let _ = std::fs::create_dir_all(k);
            let _ = std::fs::write(k.join(format!("gen_{n}.go")), &src);
        }
        println!("program: {n} functions, {lines} lines, {} bytes", src.len());

        // memsim in-process, as `memsim escape` calls it.
        let file = SourceFile::new("./x.go", src.clone());
        let mut totals = Vec::with_capacity(runs);
        let mut stages = Vec::with_capacity(runs);
        let mut output = String::new();
        for i in 0..=runs {
            let start = Instant::now();
            let (out, st) = escape_report_timed(&file, 1);
            let total = start.elapsed();
            let out = out.unwrap_or_else(|e| panic!("memsim rejected the generated program: {e}"));
            if i == 0 {
                output = out; // the first run warms up and is not counted
                continue;
            }
            assert_eq!(out, output, "memsim's output changed between runs");
            totals.push(total);
            stages.push(st);
            drop(out);
            // The run hands the program to a thread that frees it in the background
            // (`memsim escape` itself leaves it to the OS): let that finish, so that it
            // does not share the two cores with the next run.
            std::thread::sleep(FREE_PAUSE);
        }
        let best = min(&totals);
        let median = median(&totals);
        let stage = best_stages(&stages);
        println!(
            "  memsim in-process: best {} ms, median {} ms over {runs} runs ({} diagnostic lines)",
            ms(best),
            ms(median),
            output.lines().count()
        );
        println!(
            "    stages (best of each): parse {} ms, check {} ms, rewrite {} ms, escape {} ms, format {} ms",
            ms(stage.parse),
            ms(stage.check),
            ms(stage.rewrite),
            ms(stage.escape),
            ms(stage.format)
        );

        // The release binary end to end, and the profile-guided one if built, run in
        // alternation so that both see the same minutes of this shared machine.
        let bin = Path::new(env!("CARGO_BIN_EXE_memsim"));
        let mut bin_times = Vec::new();
        let mut pgo_times = Vec::new();
        for _ in 0..runs {
            bin_times.push(time_binary(bin, Path::new("./x.go"), &dir, &output));
            if let Some(pgo) = &pgo_bin {
                pgo_times.push(time_binary(pgo, Path::new("./x.go"), &dir, &output));
            }
        }
        println!(
            "  memsim escape (binary, end to end): best {} ms, median {} ms over {} runs",
            ms(min(&bin_times)),
            ms(self::median(&bin_times)),
            bin_times.len()
        );
        if !pgo_times.is_empty() {
            println!(
                "  memsim escape (PGO binary, end to end): best {} ms, median {} ms over {} runs (output identical)",
                ms(min(&pgo_times)),
                ms(self::median(&pgo_times)),
                pgo_times.len()
            );
        }

        // Go on the same file.
        let mut go_best = None;
        match &go {
            None => {}
            Some(go) => match run_go(go, &dir, &src, go_runs) {
                Ok((t, diags)) => {
                    println!(
                        "  go build -gcflags='-m -l': best {} ms over {go_runs} builds",
                        ms(t.build)
                    );
                    match t.front_end {
                        Some(fe) => println!(
                            "    of which Go's front end (parse and type check, escape analysis; the compiler's -bench timing): best {} ms",
                            ms(fe)
                        ),
                        None => println!("    (Go's -bench timing of its front end not found)"),
                    }
                    go_best = Some(t);
                    if diags == output {
                        println!(
                            "  output: memsim's {} lines are byte-identical to Go's",
                            output.lines().count()
                        );
                    } else {
                        failed = true;
                        println!("  OUTPUT DIFFERS FROM GO'S:");
                        print_first_difference(&diags, &output);
                    }
                }
                Err(e) => {
                    failed = true;
                    println!("  GO FAILED: {e}");
                }
            },
        }
        rows.push(Row {
            funcs: n,
            lines,
            memsim: best,
            memsim_binary: min(&bin_times),
            memsim_pgo: (!pgo_times.is_empty()).then(|| min(&pgo_times)),
            go: go_best,
        });
        println!();
    }

    println!(
        "{:>9} {:>7} {:>10} {:>12} {:>10} {:>9} {:>10} {:>12}",
        "functions",
        "lines",
        "memsim ms",
        "lines/s",
        "go ms",
        "go/memsim",
        "go fe ms",
        "go fe/memsim"
    );
    for r in &rows {
        let lps = r.lines as f64 / r.memsim.as_secs_f64();
        let ratio = |d: Duration| format!("{:.1}x", d.as_secs_f64() / r.memsim.as_secs_f64());
        let skip = || "SKIP".to_string();
        let (go_ms, go_ratio) =
            r.go.as_ref()
                .map_or((skip(), skip()), |g| (ms(g.build), ratio(g.build)));
        let (fe_ms, fe_ratio) =
            r.go.as_ref()
                .and_then(|g| g.front_end)
                .map_or((skip(), skip()), |fe| (ms(fe), ratio(fe)));
        println!(
            "{:>9} {:>7} {:>10} {:>12.0} {:>10} {:>9} {:>10} {:>12}",
            r.funcs,
            r.lines,
            ms(r.memsim),
            lps,
            go_ms,
            go_ratio,
            fe_ms,
            fe_ratio
        );
    }
    if let Some(large) = rows.iter().find(|r| r.funcs == 10_000) {
        print_bar(large);
    }
    if let [small, large] = rows.as_slice() {
        let per_line = |r: &Row| r.memsim.as_secs_f64() / r.lines as f64;
        println!(
            "linearity: {:.2} µs/line at {} lines, {:.2} µs/line at {} lines (ratio {:.2}; 1.00 is linear)",
            per_line(small) * 1e6,
            small.lines,
            per_line(large) * 1e6,
            large.lines,
            per_line(large) / per_line(small)
        );
    }
    if go.is_none() {
        println!();
        println!(
            "*** SKIP: Go not found ($GO, <workspace>/.go/bin/go, go on PATH): no Go timings and NO OUTPUT CHECK ***"
        );
    }
    if failed {
        eprintln!("escape_speed: FAILED (memsim's output differs from Go's, or Go failed)");
        std::process::exit(1);
    }
}

struct Row {
    funcs: usize,
    lines: usize,
    memsim: Duration,
    /// The binary's best, end to end.
    memsim_binary: Duration,
    /// The profile-guided binary's best, end to end, when there is one.
    memsim_pgo: Option<Duration>,
    go: Option<GoTimes>,
}

/// The issue's speed bar: the 70k-line program in under 100 ms, on a machine where Go's
/// front end needed about 0.8 s and the whole build about 4.5 s for it. This machine's
/// speed varies (a shared virtual machine), so the bar is printed as stated and scaled by
/// how long Go took here in this same run.
fn print_bar(r: &Row) {
    print_bar_for("the memsim binary", r.memsim_binary, r);
    if let Some(pgo) = r.memsim_pgo {
        print_bar_for("the profile-guided memsim binary", pgo, r);
    }
}

fn print_bar_for(what: &str, best: Duration, r: &Row) {
    const BAR: f64 = 100.0;
    const GO_FRONT_END_THEN: f64 = 800.0;
    const GO_BUILD_THEN: f64 = 4500.0;
    let best = best.as_secs_f64() * 1e3;
    let verdict = |bar: f64| if best < bar { "met" } else { "NOT met" };
    println!(
        "bar: {} lines by {what} in {best:.1} ms (best): under {BAR:.0} ms as stated: {}",
        r.lines,
        verdict(BAR)
    );
    if let Some(g) = &r.go {
        if let Some(fe) = g.front_end {
            let scaled = BAR * fe.as_secs_f64() * 1e3 / GO_FRONT_END_THEN;
            println!(
                "     scaled by Go's front end here ({} ms for ~{GO_FRONT_END_THEN:.0} ms then): under {scaled:.0} ms: {}",
                ms(fe),
                verdict(scaled)
            );
        }
        let scaled = BAR * g.build.as_secs_f64() * 1e3 / GO_BUILD_THEN;
        println!(
            "     scaled by Go's whole build here ({} ms for ~{GO_BUILD_THEN:.0} ms then): under {scaled:.0} ms: {}",
            ms(g.build),
            verdict(scaled)
        );
    }
}

/// Runs `bin escape x.go` in `dir` once and returns its wall time; its output must be
/// `expected` (what the in-process pipeline printed).
fn time_binary(bin: &Path, path: &Path, dir: &Path, expected: &str) -> Duration {
    let start = Instant::now();
    let o = Command::new(bin)
        .arg("escape")
        .arg(path)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("run {}: {e}", bin.display()));
    let took = start.elapsed();
    assert!(
        o.status.success(),
        "{} escape failed: {}",
        bin.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        o.stdout == expected.as_bytes(),
        "{} printed something else than the in-process pipeline",
        bin.display()
    );
    took
}

/// The profile-guided binary `simulator/pgo-build.sh` builds: `$MEMSIM_BENCH_PGO_BIN`, else
/// `<workspace>/target/pgo/release/memsim` if it exists (it is timed beside the plain one).
fn find_pgo_binary() -> Option<PathBuf> {
    let path = match std::env::var_os("MEMSIM_BENCH_PGO_BIN") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap_or(Path::new(".."))
            .join("target/pgo/release/memsim"),
    };
    if path.is_file() {
        let age = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .map_or(String::new(), |a| {
                format!(", built {} min ago", a.as_secs() / 60)
            });
        println!("profile-guided binary: {}{age}", path.display());
        Some(path)
    } else {
        println!(
            "profile-guided binary: none ({} absent; simulator/pgo-build.sh builds it)",
            path.display()
        );
        None
    }
}

/// Runs `go build -gcflags='-m -l'` `runs` times on `src` (in `dir`, as `x.go`); returns the
/// best wall time and the diagnostics (stderr without the `# command-line-arguments` line).
/// Each build appends a different comment to the file so that Go's build cache never
/// answers for the compile.
/// What one program's Go builds measured: the whole build, and the compiler's own timing
/// of its front end (`-gcflags=-bench`), best of the builds.
struct GoTimes {
    build: Duration,
    /// Parsing and type checking (Go's `fe:parse` phase, which includes types2 and building
    /// the IR) plus escape analysis (`fe:escapes`): what memsim does.
    front_end: Option<Duration>,
}

fn run_go(go: &Path, dir: &Path, src: &str, runs: usize) -> Result<(GoTimes, String), String> {
    let stamp = std::process::id();
    let mut best = Duration::MAX;
    let mut front_end: Option<Duration> = None;
    let mut diags = String::new();
    let bench_file = dir.join("go-compile-bench.txt");
    for i in 0..runs {
        let text = format!("{src}// escape_speed {stamp} {i} {:?}\n", Instant::now());
        std::fs::write(dir.join("x.go"), text).map_err(|e| e.to_string())?;
        let _ = std::fs::remove_file(&bench_file);
        let start = Instant::now();
        let o = Command::new(go)
            .arg("build")
            .arg(format!("-gcflags=-m -l -bench={}", bench_file.display()))
            .arg("-o")
            .arg(dir.join("prog"))
            .arg("x.go")
            .current_dir(dir)
            .env("GOTOOLCHAIN", "local")
            .env("GOPROXY", "off")
            .env("GOFLAGS", "")
            .env("GOWORK", "off")
            .env("CGO_ENABLED", "0")
            .output()
            .map_err(|e| format!("cannot run {}: {e}", go.display()))?;
        let t = start.elapsed();
        if !o.status.success() {
            return Err(format!(
                "go build failed: {}",
                String::from_utf8_lossy(&o.stderr)
            ));
        }
        best = best.min(t);
        if let Some(fe) = std::fs::read_to_string(&bench_file)
            .ok()
            .and_then(|b| go_front_end(&b))
        {
            front_end = Some(front_end.map_or(fe, |f| f.min(fe)));
        }
        let err = String::from_utf8_lossy(&o.stderr);
        diags = err
            .lines()
            .filter(|l| *l != "# command-line-arguments")
            .fold(String::new(), |mut s, l| {
                s.push_str(l);
                s.push('\n');
                s
            });
    }
    std::fs::write(dir.join("x.go"), src).map_err(|e| e.to_string())?;
    Ok((
        GoTimes {
            build: best,
            front_end,
        },
        diags,
    ))
}

/// The `fe:parse` plus `fe:escapes` times of a `-bench` file of Go's compiler, whose
/// lines read `BenchmarkCompile:main:fe:parse  1  2514004684 ns/op  19.13 % ...`.
fn go_front_end(bench: &str) -> Option<Duration> {
    let phase = |name: &str| {
        bench.lines().find_map(|l| {
            let mut words = l.split_whitespace();
            let key = words.next()?;
            if !key.ends_with(&format!(":fe:{name}")) {
                return None;
            }
            let ns: u64 = words.nth(1)?.parse().ok()?;
            Some(Duration::from_nanos(ns))
        })
    };
    Some(phase("parse")? + phase("escapes")?)
}

/// Go: `$GO`, the workspace's `.go/bin/go`, or `go` on `PATH`.
fn find_go() -> Option<PathBuf> {
    if let Some(g) = std::env::var_os("GO") {
        return Some(PathBuf::from(g));
    }
    let ws = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.go/bin/go");
    if ws.exists() {
        return Some(ws);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("go"))
        .find(|p| p.is_file())
}

fn print_first_difference(want: &str, got: &str) {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let i = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    println!(
        "    {} lines from Go, {} from memsim; first difference at line {}:",
        w.len(),
        g.len(),
        i + 1
    );
    println!("    go:     {}", w.get(i).unwrap_or(&"(end)"));
    println!("    memsim: {}", g.get(i).unwrap_or(&"(end)"));
}

/// The best time of each stage over all runs.
fn best_stages(all: &[StageTimes]) -> StageTimes {
    let best = |f: fn(&StageTimes) -> Duration| all.iter().map(f).min().unwrap_or_default();
    StageTimes {
        parse: best(|s| s.parse),
        check: best(|s| s.check),
        rewrite: best(|s| s.rewrite),
        escape: best(|s| s.escape),
        format: best(|s| s.format),
    }
}

fn min(v: &[Duration]) -> Duration {
    v.iter().copied().min().unwrap_or_default()
}

fn median(v: &[Duration]) -> Duration {
    let mut v = v.to_vec();
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A temporary directory removed on drop.
struct TempDir {
    path: PathBuf,
}

impl TempDir {
    fn new() -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let path = std::env::temp_dir().join(format!(
            "memsim-escape-speed-{}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&path).expect("create a temporary directory");
        TempDir { path }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
