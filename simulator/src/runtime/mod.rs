//! The runtime: runs a Go program of memsim's subset on a simulated Go 1.27 memory.
//!
//! It sits after the analysis and never looks back at the source: it takes the typed
//! program and the escape facts ([`crate::Analysis`]), lays out frames and static data
//! ([`compile`]), and executes the result ([`vm`], mostly through the fast forms of
//! [`fast`]) on a simulated address space
//! ([`memory`]) with Go's heap ([`heap`], [`sizeclass`]). What it prints goes through a
//! re-implementation of Go's `fmt` ([`gofmt`]).
//!
//! Two entry points serve the CLI and the book: [`run`] (what `go run` prints) and
//! [`allocs_per_run`] (what `testing.AllocsPerRun` reports).

pub mod code;
pub mod compile;
pub mod fast;
pub mod gc;
pub mod gofmt;
pub mod heap;
pub mod liveness;
pub mod maps;
pub mod memory;
pub mod move2heap;
pub mod sched;
pub mod sizeclass;
pub mod snapshot;
pub mod trace;
pub mod vm;

use crate::ir::{FuncId, FuncKind, Program};
use crate::source::{Pos, SourceFile};
use heap::HeapStats;
use vm::{Stop, Vm};

/// Limits of one run.
#[derive(Clone, Copy, Debug)]
pub struct RunOptions {
    /// Instructions executed before the run is stopped.
    pub max_steps: u64,
    /// Bytes the simulated heap may span.
    pub heap_limit: u64,
    /// GOGC percent (`None`: off).
    pub gogc: Option<u64>,
    /// Print Go's gctrace line for every collection on stderr.
    pub gctrace: bool,
    /// The soft memory limit (`GOMEMLIMIT`), bytes.
    pub memlimit: Option<u64>,
    /// Seed of the pseudo-random choices Go leaves open: map iteration order and which
    /// ready `select` case runs.
    pub seed: u64,
}

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions {
            max_steps: 1_000_000_000,
            heap_limit: 1 << 30,
            gogc: Some(100),
            gctrace: false,
            memlimit: None,
            seed: 0,
        }
    }
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    /// `main` returned.
    Ok,
    /// A panic or fatal error: the built binary exits with status 2.
    Crash,
    /// memsim stopped the program (step or memory limit).
    Limit,
}

/// What a run produced.
#[derive(Clone, Debug)]
pub struct RunOutcome {
    pub stdout: Vec<u8>,
    /// Go's stderr (panic messages and tracebacks, `print`/`println` output).
    pub stderr: Vec<u8>,
    pub exit: Exit,
    /// The process exit status the built Go binary would have.
    pub exit_code: i32,
    pub heap: HeapStats,
    pub stack_growths: Vec<vm::StackGrowth>,
    /// Stacks the collector halved.
    pub stack_shrinks: Vec<vm::StackGrowth>,
    /// Completed collections, forced ones, and the last heap goal.
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub next_gc: u64,
    /// Bytes of goroutine stacks at the end, and the simulated pause total.
    pub stack_inuse: u64,
    pub pause_total_ns: u64,
    /// Instructions executed.
    pub steps: u64,
}

impl RunOutcome {
    /// The `--stats` summary: `runtime.MemStats` fields after the run, one per line.
    pub fn stats_text(&self) -> String {
        let h = &self.heap;
        let rows: [(&str, u64); 12] = [
            ("Mallocs", h.mallocs),
            ("Frees", h.frees),
            ("HeapObjects", h.heap_objects()),
            ("HeapAlloc", h.heap_alloc),
            ("TotalAlloc", h.total_alloc),
            ("HeapInuse", h.heap_inuse),
            ("HeapSys", h.heap_sys.max(h.heap_inuse)),
            ("StackInuse", self.stack_inuse),
            ("NextGC", self.next_gc),
            ("NumGC", self.num_gc as u64),
            ("NumForcedGC", self.num_forced_gc as u64),
            ("PauseTotalNs", self.pause_total_ns),
        ];
        let mut out = String::from("memsim: runtime.MemStats at exit\n");
        for (name, v) in rows {
            out.push_str(&format!("  {name:<13} {v}\n"));
        }
        out.push_str(&format!(
            "  stack growths {} (each copies the used stack and adjusts its pointers)\n",
            self.stack_growths.len()
        ));
        out.push_str(&format!(
            "  stack shrinks {} (at GC, when a stack uses under a quarter of itself)\n",
            self.stack_shrinks.len()
        ));
        out
    }
}

/// A program memsim cannot run: the first error line (`FILE:LINE:COL: message`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotRunnable(pub String);

pub(crate) fn prepare(file: &SourceFile) -> Result<crate::Analysis, NotRunnable> {
    crate::analyze(
        file,
        crate::escape::Options {
            level: 0,
            explain: false,
        },
    )
    .map_err(|d| NotRunnable(crate::pipeline::first_error(file, &d)))
}

fn unsupported(file: &SourceFile, what: &str, pos: Pos) -> NotRunnable {
    NotRunnable(format!(
        "{}:{}:{}: memsim does not support running {what} yet",
        file.display_name, pos.line, pos.col
    ))
}

/// Package variables live in static data, laid out before the run: one of more than
/// 1 GiB is refused (Go's linker refuses symbols over 2 GB).
fn check_globals(file: &SourceFile, prog: &Program) -> Result<(), NotRunnable> {
    for g in &prog.globals {
        if prog.types.size(g.ty) > 1 << 30 {
            return Err(unsupported(
                file,
                "package variables larger than 1 GiB",
                g.pos,
            ));
        }
    }
    Ok(())
}

/// Package initialisation: static initialisers, the package init function, `init`s.
fn init_order(prog: &Program) -> Vec<FuncId> {
    prog.package_init
        .into_iter()
        .chain(prog.user_inits.iter().copied())
        .collect()
}

/// Runs the program's `main` as `go run` would.
pub fn run(file: &SourceFile, opts: RunOptions) -> Result<RunOutcome, NotRunnable> {
    let analysis = prepare(file)?;
    run_analysis(file, &analysis, opts, None, None)
}

/// [`run`], writing the event trace (see [`trace`]) to `out` as the program runs. A write
/// error stops the trace, not the run; it is returned beside the outcome.
pub fn run_traced(
    file: &SourceFile,
    opts: RunOptions,
    trace: trace::TraceOptions,
    out: Box<dyn std::io::Write>,
) -> Result<(RunOutcome, Option<std::io::Error>), NotRunnable> {
    let analysis = prepare(file)?;
    let mut error = None;
    let outcome = run_analysis(file, &analysis, opts, Some((trace, out, &mut error)), None)?;
    Ok((outcome, error))
}

/// The `-m` diagnostics of a runnable program as (line, column, message).
fn diagnostics_of(file: &SourceFile) -> Vec<(u32, u32, String)> {
    let Ok(report) = crate::escape_report(file, 1) else {
        return Vec::new();
    };
    let prefix = format!("{}:", file.display_name);
    report
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix(&prefix)?;
            let mut parts = rest.splitn(3, ':');
            let line = parts.next()?.parse().ok()?;
            let col = parts.next()?.parse().ok()?;
            Some((line, col, parts.next()?.trim_start().to_string()))
        })
        .collect()
}

pub(crate) type TraceTo<'a> = (
    trace::TraceOptions,
    Box<dyn std::io::Write>,
    &'a mut Option<std::io::Error>,
);

pub(crate) fn run_analysis(
    file: &SourceFile,
    analysis: &crate::Analysis,
    opts: RunOptions,
    trace: Option<TraceTo>,
    snapshots: Option<snapshot::Request>,
) -> Result<RunOutcome, NotRunnable> {
    let prog = &analysis.program;
    check_globals(file, prog)?;
    let mut mem = memory::Memory::new(opts.heap_limit);
    let code = compile::compile(prog, &analysis.facts, &mut mem);
    if let Ok(name) = std::env::var("MEMSIM_DUMP") {
        for (i, f) in prog.funcs.iter().enumerate() {
            if f.name == name {
                if std::env::var_os("MEMSIM_DUMP_IR").is_some() {
                    eprintln!("{:#?}", f.body);
                }
                for (pc, ins) in code.funcs[i].code.iter().enumerate() {
                    eprintln!("{pc:4} {ins:?}");
                    match code.funcs[i].fast.get(pc) {
                        Some(fast::Fast::Slow) | None => {}
                        Some(f) => eprintln!("       fast: {f:?}"),
                    }
                }
            }
        }
    }
    let mut vm = Vm::new(prog, &code, mem, opts.max_steps, opts.gogc);
    vm.gctrace = opts.gctrace;
    vm.gc = gc::GcState::new(opts.gogc, opts.memlimit);
    vm.set_seed(opts.seed);
    let mut trace_error = None;
    let (trace_opts, trace_error_slot) = match trace {
        Some((topts, out, slot)) => {
            vm.start_trace(
                topts,
                out,
                &file.display_name,
                &file.text,
                &diagnostics_of(file),
            );
            (Some(topts), Some(slot))
        }
        None => (None, None),
    };
    let mut snapshots = snapshots;
    if let Some(request) = &snapshots {
        vm.snapshot_at = request.moments.to_vec();
        vm.snapshot_every_step = request.every_step;
    }
    let mut result = Ok(());
    if !prog.static_inits.is_empty() {
        result = vm.call_entry(FuncId(code.static_init_func));
    }
    for f in init_order(prog) {
        if result.is_ok() {
            result = vm.call_entry(f);
        }
    }
    if result.is_ok()
        && let Some(main) = prog.main
    {
        result = vm.call_entry(main);
    }
    if vm.snapshot_every_step && vm.trace.as_ref().is_some_and(|t| t.active()) {
        // The end: what is left when the program has stopped.
        let last = vm.snapshot(snapshot::Moment::Line(0), false);
        vm.snapshots_taken.push(last);
    }
    let outcome = finish(file, &vm, result);
    if let Some(request) = snapshots.as_mut() {
        request.taken.append(&mut vm.snapshots_taken);
    }
    if trace_opts.is_some() {
        if let Ok(out) = &outcome {
            // What the crash printed after the program's own output.
            let tail = out.stderr.get(vm.stderr.len()..).unwrap_or(&[]);
            if !tail.is_empty() {
                vm.trace_output_text("stderr", String::from_utf8_lossy(tail).into_owned());
            }
        }
        let exit_code = match &outcome {
            Ok(o) => o.exit_code as u64,
            Err(_) => 1,
        };
        let summary = [
            ("exit_code", exit_code),
            ("steps", vm.steps),
            ("mallocs", vm.mem.heap.stats.mallocs),
            ("frees", vm.mem.heap.stats.frees),
            ("heap_alloc", vm.mem.heap.stats.heap_alloc),
            ("total_alloc", vm.mem.heap.stats.total_alloc),
            ("num_gc", vm.gc.num_gc as u64),
            ("stack_inuse", vm.stack_inuse()),
        ];
        trace_error = vm.finish_trace(&summary);
    }
    if let Some(slot) = trace_error_slot {
        *slot = trace_error;
    }
    outcome
}

fn finish(file: &SourceFile, vm: &Vm, result: Result<(), Stop>) -> Result<RunOutcome, NotRunnable> {
    if std::env::var_os("MEMSIM_DEBUG").is_some() {
        eprintln!(
            "debug: steps {} gc {} heap_sys {} heap_alloc {} mallocs {} frees {} statics {} growths {}",
            vm.steps,
            vm.gc.num_gc,
            vm.mem.heap.stats.heap_sys,
            vm.mem.heap.stats.heap_alloc,
            vm.mem.heap.stats.mallocs,
            vm.mem.heap.stats.frees,
            vm.mem.statics.len(),
            vm.growths.len()
        );
    }
    let mut stderr = vm.stderr.clone();
    let (exit, exit_code) = match &result {
        Ok(()) => (Exit::Ok, 0),
        Err(Stop::Unsupported { what, pos }) => return Err(unsupported(file, what, *pos)),
        Err(Stop::Blocked | Stop::Yield) => {
            stderr.extend_from_slice(b"fatal error: all goroutines are asleep - deadlock!\n");
            (Exit::Crash, 2)
        }
        Err(Stop::PanicValue { pos, .. }) => {
            stderr.extend_from_slice(b"panic: (unprintable value)\n");
            let _ = pos;
            (Exit::Crash, 2)
        }
        Err(Stop::Panic { message, pos }) => {
            stderr.extend_from_slice(
                format!(
                    "panic: {message}{}\n\ngoroutine {} [running]:\n",
                    if message.ends_with(vm::NIL_DEREF) {
                        "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]"
                    } else {
                        ""
                    },
                    vm.goroutine_id()
                )
                .as_bytes(),
            );
            for (name, at) in vm.traceback(*pos) {
                stderr.extend_from_slice(
                    format!("main.{name}(...)\n\t{}:{}\n", file.display_name, at.line).as_bytes(),
                );
            }
            (Exit::Crash, 2)
        }
        Err(Stop::Fatal { before, message }) => {
            for l in before {
                stderr.extend_from_slice(l.as_bytes());
                stderr.push(b'\n');
            }
            stderr.extend_from_slice(format!("fatal error: {message}\n").as_bytes());
            if let Some(reason) = vm.main_wait_reason() {
                stderr.extend_from_slice(
                    format!("\ngoroutine 1 [{reason}]:\nmain.main()\n").as_bytes(),
                );
            }
            (Exit::Crash, 2)
        }
        Err(Stop::StepLimit(n)) => {
            stderr.extend_from_slice(
                format!("memsim: the program was stopped after {n} steps (raise the limit with --max-steps)\n").as_bytes(),
            );
            (Exit::Limit, 3)
        }
        Err(Stop::OutOfMemory(n)) => {
            stderr.extend_from_slice(
                format!("fatal error: out of memory (memsim's simulated heap limit: the program needed {n} bytes)\n").as_bytes(),
            );
            (Exit::Crash, 2)
        }
    };
    Ok(RunOutcome {
        stdout: vm.stdout.clone(),
        stderr,
        exit,
        exit_code,
        heap: vm.mem.heap.stats,
        stack_growths: vm.growths.clone(),
        stack_shrinks: vm.shrinks.clone(),
        num_gc: vm.gc.num_gc,
        num_forced_gc: vm.gc.num_forced,
        next_gc: if vm.gc.next_gc == u64::MAX {
            0
        } else {
            vm.gc.next_gc
        },
        stack_inuse: vm
            .mem
            .stacks
            .iter()
            .flatten()
            .map(|s| s.bytes.len() as u64)
            .sum(),
        pause_total_ns: vm.gc.num_gc as u64 * gc::PAUSE_NS_PER_CYCLE,
        steps: vm.steps,
    })
}

/// What `testing.AllocsPerRun(100, F)` and `testing.Benchmark` report for `F`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllocsReport {
    /// Allocations per call (integer floor over 100 calls after one warm-up call).
    pub allocs_per_op: u64,
    /// Bytes per call (`AllocedBytesPerOp`: over 2000 calls after one more).
    pub bytes_per_op: u64,
}

/// Measures `func_name` (a package function without parameters or results) the way
/// `testing.AllocsPerRun(100, F)` does: package initialisation, one warm-up call, then 100
/// counted calls; globals persist between calls.
pub fn allocs_per_run(
    file: &SourceFile,
    func_name: &str,
    opts: RunOptions,
) -> Result<AllocsReport, NotRunnable> {
    let analysis = prepare(file)?;
    allocs_analysis(file, &analysis, func_name, opts)
}

fn allocs_analysis(
    file: &SourceFile,
    analysis: &crate::Analysis,
    func_name: &str,
    opts: RunOptions,
) -> Result<AllocsReport, NotRunnable> {
    let prog = &analysis.program;
    let Some(fid) = prog
        .funcs
        .iter()
        .position(|f| f.kind == FuncKind::TopLevel && f.name == func_name)
    else {
        return Err(NotRunnable(format!(
            "{}: no function {func_name}",
            file.display_name
        )));
    };
    let f = &prog.funcs[fid];
    if !f.params.is_empty() || !f.results.is_empty() {
        return Err(NotRunnable(format!(
            "{}:{}:{}: {func_name} must have no parameters and no results (testing.AllocsPerRun calls func())",
            file.display_name, f.pos.line, f.pos.col
        )));
    }
    check_globals(file, prog)?;
    let mut mem = memory::Memory::new(opts.heap_limit);
    let code = compile::compile(prog, &analysis.facts, &mut mem);
    let mut vm = Vm::new(prog, &code, mem, opts.max_steps, opts.gogc);
    vm.gc = gc::GcState::new(opts.gogc, opts.memlimit);
    vm.set_seed(opts.seed);
    let fail = |vm: Vm, stop: Stop| -> NotRunnable {
        match finish(file, &vm, Err(stop)) {
            Err(e) => e,
            Ok(out) => NotRunnable(
                String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .next()
                    .unwrap_or("the program failed")
                    .to_string(),
            ),
        }
    };
    if !prog.static_inits.is_empty()
        && let Err(e) = vm.call_entry(FuncId(code.static_init_func))
    {
        return Err(fail(vm, e));
    }
    for init in init_order(prog) {
        if let Err(e) = vm.call_entry(init) {
            return Err(fail(vm, e));
        }
    }
    let fid = FuncId(fid as u32);
    let measure = |vm: &mut Vm, calls: u64| -> Result<(u64, u64), Stop> {
        let (m0, b0) = (vm.mem.heap.stats.mallocs, vm.mem.heap.stats.total_alloc);
        for _ in 0..calls {
            vm.call_entry(fid)?;
        }
        Ok((
            vm.mem.heap.stats.mallocs - m0,
            vm.mem.heap.stats.total_alloc - b0,
        ))
    };
    let run = (|| -> Result<AllocsReport, Stop> {
        measure(&mut vm, 1)?;
        let (mallocs, _) = measure(&mut vm, 100)?;
        measure(&mut vm, 1)?;
        let (_, bytes) = measure(&mut vm, 2000)?;
        Ok(AllocsReport {
            allocs_per_op: mallocs / 100,
            bytes_per_op: bytes / 2000,
        })
    })();
    run.map_err(|e| fail(vm, e))
}
