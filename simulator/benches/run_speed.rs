//! How fast `memsim run` is, beside the native binary `go build` makes of the same program
//! (issue 3's speed bar).
//!
//! A bench binary (`harness = false`), not a timed test:
//!
//! ```text
//! cargo bench -p memsim --bench run_speed
//! ```
//!
//! The programs are in `benches/programs/`:
//!
//! * `binary_trees.go`: the Computer Language Benchmarks Game's binary-trees at depth 16
//!   (single goroutine): about 2.4 million 16-byte tree nodes allocated on the heap, a tree
//!   of depth 16 kept alive throughout, so the collector runs about 40 cycles;
//! * `int_loop.go`: `for i := 0; i < 10000000; i++ { s += i ^ (i >> 3) }`, then `s`
//!   printed: 10 million iterations of a shift, a xor, two additions and a compare. Go
//!   1.27 compiles it to a real loop (it does not fold it: the native binary takes about
//!   10 ms more than an empty `main` on this class of machine), so the ratio measures
//!   memsim's instruction dispatch against about one native nanosecond per iteration.
//!
//! For each program it:
//!
//! * builds the native binary with Go (`$GO`, `go` on `PATH`, `<workspace>/.go/bin/go`, or
//!   the main git worktree's `.go/bin/go`; with `GOTOOLCHAIN=local GOPROXY=off`), runs it,
//!   and checks that memsim's stdout is byte-identical to the native stdout (a difference
//!   fails the bench); without Go it says so loudly and only times memsim;
//! * times the release `memsim run` binary end to end (process start to exit, so parsing,
//!   escape analysis and compilation are included) and the native binary, best of N wall
//!   times each; memsim runs with its defaults: full memory accounting (MemStats counters,
//!   size classes, the collector) and no tracing;
//! * reads memsim's peak resident set size from the kernel (`wait4`'s `ru_maxrss` for that
//!   child alone, on Linux);
//! * times `memsim run --trace=json --trace-out FILE` the same way (the trace as the book
//!   and `memsim run --trace` make it: every event of the first 10,000 statements, then
//!   only the output) and checks it costs at most 3× the run without a trace; an uncapped
//!   trace writes every statement, call, store and allocation of the whole run (about
//!   100 bytes of JSON each, 140 MB for binary-trees at depth 12) and is not a bar;
//! * prints the ratios of the best wall times and PASS or FAIL against the bars:
//!   binary-trees within 15× of native, the loop within 20×, memsim's peak RSS on
//!   binary-trees under 60 MB. CPU times (user + system, from the same `wait4`) are shown
//!   too: Go's collector works on other threads, so the native binary's CPU time exceeds
//!   its wall time on binary-trees.
//!
//! Everything but the timings is deterministic. The process exits with status 1 when a
//! bar is missed or an output differs.
//!
//! Environment: `MEMSIM_BENCH_RUNS` (memsim runs per program; default 3 for
//! binary-trees, 10 for the loop), `MEMSIM_BENCH_NATIVE_RUNS` (native runs per program,
//! default 10). Wall times depend on the machine's load: on a shared machine run it when
//! it is quiet (the CPU times printed beside them vary less).

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// One benchmark program and its bars.
struct Bench {
    name: &'static str,
    file: &'static str,
    /// Most memsim may take, as a multiple of the native time.
    max_ratio: f64,
    /// Most memsim's peak RSS may be, in bytes (if checked).
    max_rss: Option<u64>,
    /// memsim runs by default (best of them): more for a short program, whose best time
    /// needs more tries to catch a quiet moment on a shared machine.
    runs: usize,
}

const BENCHES: [Bench; 2] = [
    Bench {
        name: "binary-trees 16",
        file: "binary_trees.go",
        max_ratio: 15.0,
        max_rss: Some(60 << 20),
        runs: 3,
    },
    Bench {
        name: "10M-iteration int loop",
        file: "int_loop.go",
        max_ratio: 20.0,
        max_rss: None,
        runs: 10,
    },
];

fn main() {
    let runs_override = std::env::var("MEMSIM_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok());
    let native_runs = env_usize("MEMSIM_BENCH_NATIVE_RUNS", 10).max(1);
    let memsim = Path::new(env!("CARGO_BIN_EXE_memsim"));
    let programs = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/programs");
    let tmp = TempDir::new();
    let go = find_go();
    match &go {
        Some(g) => println!("go: {}", g.display()),
        None => println!(
            "!!! Go NOT FOUND ($GO, go on PATH, <repo>/.go/bin/go): native times, ratios and output checks are SKIPPED"
        ),
    }
    let mut failed = false;
    let mut rows = Vec::new();
    for b in &BENCHES {
        let src = programs.join(b.file);
        println!("{} ({})", b.name, src.display());
        let runs = runs_override.unwrap_or(b.runs).max(1);
        // memsim, end to end.
        let mut times = Vec::new();
        let mut cpus = Vec::new();
        let mut rss = 0;
        let mut out = Vec::new();
        for i in 0..runs {
            let r = run_measured(Command::new(memsim).arg("run").arg(&src));
            if !r.ok {
                println!("  FAIL: memsim run exited with an error");
                failed = true;
            }
            if i > 0 && r.stdout != out {
                println!("  FAIL: memsim's output changed between runs");
                failed = true;
            }
            out = r.stdout;
            times.push(r.wall);
            cpus.push(r.cpu);
            rss = rss.max(r.max_rss);
        }
        let t_memsim = min(&times);
        // The same run with the event trace on.
        let trace_file = tmp.path.join("trace.json");
        let mut ttimes = Vec::new();
        for _ in 0..runs {
            let r = run_measured(
                Command::new(memsim)
                    .arg("run")
                    .arg("--trace=json")
                    .arg("--trace-out")
                    .arg(&trace_file)
                    .arg(&src),
            );
            if !r.ok || r.stdout != out {
                println!("  FAIL: memsim run --trace=json failed or printed something else");
                failed = true;
            }
            ttimes.push(r.wall);
        }
        let t_traced = min(&ttimes);
        let trace_ratio = t_traced.as_secs_f64() / t_memsim.as_secs_f64().max(1e-6);
        let trace_pass = trace_ratio <= 3.0;
        failed |= !trace_pass;
        println!(
            "  memsim run --trace=json: best {} of {runs}: {trace_ratio:.2}x the run without a trace, {} (<3x); trace {} bytes",
            secs(t_traced),
            pass_fail(trace_pass),
            std::fs::metadata(&trace_file).map(|m| m.len()).unwrap_or(0)
        );
        println!(
            "  memsim run: best {} of {runs} (runs: {}; best CPU time {}), peak RSS {}",
            secs(t_memsim),
            times
                .iter()
                .map(|&t| secs(t))
                .collect::<Vec<_>>()
                .join(", "),
            secs(min(&cpus)),
            if rss > 0 {
                format!("{:.1} MB", rss as f64 / (1 << 20) as f64)
            } else {
                "unknown".to_string()
            }
        );
        let mut row = Row {
            name: b.name,
            memsim: t_memsim,
            native: None,
            rss,
        };
        if let Some(go) = &go {
            match build_native(go, &src, &tmp.path) {
                Err(e) => {
                    println!("  FAIL: go build: {e}");
                    failed = true;
                }
                Ok(bin) => {
                    let mut ntimes = Vec::new();
                    let mut ncpus = Vec::new();
                    let mut nout = Vec::new();
                    for _ in 0..native_runs {
                        let r = run_measured(&mut Command::new(&bin));
                        if !r.ok {
                            println!("  FAIL: the native binary exited with an error");
                            failed = true;
                        }
                        nout = r.stdout;
                        ntimes.push(r.wall);
                        ncpus.push(r.cpu);
                    }
                    let t_native = min(&ntimes);
                    println!(
                        "  native:     best {} of {native_runs} (best CPU time {}: Go's collector also runs on other threads)",
                        secs(t_native),
                        secs(min(&ncpus))
                    );
                    if nout == out {
                        println!("  stdout: identical ({} bytes)", out.len());
                    } else {
                        println!(
                            "  FAIL: stdout differs\n    native: {:?}\n    memsim: {:?}",
                            String::from_utf8_lossy(&nout),
                            String::from_utf8_lossy(&out)
                        );
                        failed = true;
                    }
                    row.native = Some(t_native);
                }
            }
        }
        rows.push(row);
    }
    println!();
    println!(
        "{:<24} {:>10} {:>10} {:>8} {:>7}  {:>9} {:>8}",
        "program", "memsim s", "native s", "ratio", "bar", "RSS MB", "bar"
    );
    for (b, r) in BENCHES.iter().zip(&rows) {
        let (ratio, verdict) = match r.native {
            Some(n) => {
                let ratio = r.memsim.as_secs_f64() / n.as_secs_f64().max(1e-6);
                let pass = ratio <= b.max_ratio;
                failed |= !pass;
                (format!("{ratio:.1}x"), pass_fail(pass))
            }
            None => ("-".to_string(), "SKIPPED"),
        };
        let (rss, rss_verdict) = match b.max_rss {
            Some(max) if r.rss > 0 => {
                let pass = r.rss <= max;
                failed |= !pass;
                (
                    format!("{:.1}", r.rss as f64 / (1 << 20) as f64),
                    format!("{} (<{})", pass_fail(pass), max >> 20),
                )
            }
            Some(_) => ("?".to_string(), "SKIPPED".to_string()),
            None => (
                format!("{:.1}", r.rss as f64 / (1 << 20) as f64),
                "-".to_string(),
            ),
        };
        println!(
            "{:<24} {:>10} {:>10} {:>8} {:>7}  {:>9} {:>8}",
            r.name,
            format!("{:.3}", r.memsim.as_secs_f64()),
            r.native
                .map(|n| format!("{:.3}", n.as_secs_f64()))
                .unwrap_or_else(|| "-".to_string()),
            ratio,
            format!("{verdict} (<{}x)", b.max_ratio),
            rss,
            rss_verdict
        );
    }
    if failed {
        println!("run_speed: FAIL");
        std::process::exit(1);
    }
    println!("run_speed: PASS");
}

struct Row {
    name: &'static str,
    memsim: Duration,
    native: Option<Duration>,
    rss: u64,
}

/// What one child process did.
struct Measured {
    ok: bool,
    stdout: Vec<u8>,
    wall: Duration,
    /// User plus system CPU time (zero: unknown).
    cpu: Duration,
    /// Peak resident set size in bytes (0: unknown).
    max_rss: u64,
}

/// Runs `cmd` to completion (stdin empty, stderr inherited), timing it and reading its
/// peak RSS.
fn run_measured(cmd: &mut Command) -> Measured {
    let start = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    let mut stdout = Vec::new();
    child
        .stdout
        .take()
        .expect("piped stdout")
        .read_to_end(&mut stdout)
        .expect("read the child's stdout");
    let (ok, cpu, max_rss) = wait_rusage(child);
    Measured {
        ok,
        stdout,
        wall: start.elapsed(),
        cpu,
        max_rss,
    }
}

#[cfg(target_os = "linux")]
mod sys {
    /// `struct rusage` on 64-bit Linux: two `timeval`s, then 14 longs (`ru_maxrss` first,
    /// in KiB).
    #[repr(C)]
    pub struct Rusage {
        pub utime: [i64; 2],
        pub stime: [i64; 2],
        pub maxrss: i64,
        pub rest: [i64; 13],
    }
    unsafe extern "C" {
        pub fn wait4(pid: i32, status: *mut i32, options: i32, rusage: *mut Rusage) -> i32;
    }
}

/// Waits for `child` with `wait4`: (exited with status 0, CPU time, peak RSS in bytes).
#[cfg(target_os = "linux")]
fn wait_rusage(child: std::process::Child) -> (bool, Duration, u64) {
    let pid = child.id() as i32;
    let mut status = 0i32;
    let mut ru = sys::Rusage {
        utime: [0; 2],
        stime: [0; 2],
        maxrss: 0,
        rest: [0; 13],
    };
    // SAFETY: `pid` is our child, not yet waited for (std only waits in `wait`/`try_wait`,
    // which are never called on it); `status` and `ru` are valid for writes.
    let r = loop {
        let r = unsafe { sys::wait4(pid, &mut status, 0, &mut ru) };
        if r != -1 || std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            break r;
        }
    };
    assert_eq!(r, pid, "wait4 failed: {}", std::io::Error::last_os_error());
    // WIFEXITED && WEXITSTATUS == 0
    let ok = status & 0x7f == 0 && (status >> 8) & 0xff == 0;
    let tv = |t: [i64; 2]| {
        Duration::from_secs(t[0].max(0) as u64) + Duration::from_micros(t[1].max(0) as u64)
    };
    (
        ok,
        tv(ru.utime) + tv(ru.stime),
        ru.maxrss.max(0) as u64 * 1024,
    )
}

#[cfg(not(target_os = "linux"))]
fn wait_rusage(mut child: std::process::Child) -> (bool, Duration, u64) {
    let ok = child.wait().map(|s| s.success()).unwrap_or(false);
    (ok, Duration::ZERO, 0)
}

/// Builds `src` with `go build` into `dir`; returns the binary's path.
fn build_native(go: &Path, src: &Path, dir: &Path) -> Result<PathBuf, String> {
    let stem = src.file_stem().and_then(|s| s.to_str()).unwrap_or("prog");
    let bin = dir.join(format!("{stem}.native"));
    let o = Command::new(go)
        .arg("build")
        .arg("-o")
        .arg(&bin)
        .arg(src)
        .current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off")
        .env("GOFLAGS", "")
        .env("GOWORK", "off")
        .env("GO111MODULE", "off")
        .env("CGO_ENABLED", "0")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", go.display()))?;
    if !o.status.success() {
        return Err(String::from_utf8_lossy(&o.stderr).into_owned());
    }
    Ok(bin)
}

/// Go as the golden regen scripts find it: `$GO`, else `go` on `PATH`, else
/// `<workspace>/.go/bin/go`, else the main git worktree's `.go/bin/go`.
fn find_go() -> Option<PathBuf> {
    if let Some(g) = std::env::var_os("GO").filter(|g| !g.is_empty()) {
        return Some(PathBuf::from(g));
    }
    if let Some(path) = std::env::var_os("PATH")
        && let Some(g) = std::env::split_paths(&path)
            .map(|d| d.join("go"))
            .find(|p| p.is_file())
    {
        return Some(g);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let ws = root.join(".go/bin/go");
    if ws.is_file() {
        return Some(ws);
    }
    // A linked worktree: the main worktree holds the shared git directory.
    let common = Command::new("git")
        .args(["rev-parse", "--path-format=absolute", "--git-common-dir"])
        .current_dir(&root)
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    let common = PathBuf::from(String::from_utf8_lossy(&common.stdout).trim());
    let main = common.parent()?.join(".go/bin/go");
    main.is_file().then_some(main)
}

fn pass_fail(pass: bool) -> &'static str {
    if pass { "PASS" } else { "FAIL" }
}

fn min(v: &[Duration]) -> Duration {
    v.iter().copied().min().unwrap_or_default()
}

fn secs(d: Duration) -> String {
    format!("{:.3} s", d.as_secs_f64())
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
        let path =
            std::env::temp_dir().join(format!("memsim-run-speed-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path).expect("create a temporary directory");
        TempDir { path }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
