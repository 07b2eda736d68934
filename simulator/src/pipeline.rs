//! The pipeline as one call: source → tokens → syntax tree → typed program → escape facts.
//!
//! Every stage is recursive over the program's nesting, so the pipeline runs on a thread
//! with a large stack: deeply nested input gets a clean error from the stage that limits it,
//! never a stack overflow.

use crate::diag::Diagnostics;
use crate::escape::{self, EscapeFacts};
use crate::ir::Program;
use crate::source::SourceFile;
use std::time::Duration;

/// The stage clock: `std::time::Instant`, except on WebAssembly without an operating
/// system (`wasm32-unknown-unknown`, the browser build), which has no clock: stages
/// there take "zero" time.
#[cfg(not(all(target_family = "wasm", target_os = "unknown")))]
use std::time::Instant;
#[cfg(all(target_family = "wasm", target_os = "unknown"))]
#[derive(Clone, Copy)]
struct Instant;
#[cfg(all(target_family = "wasm", target_os = "unknown"))]
impl Instant {
    fn now() -> Self {
        Instant
    }
    fn elapsed(&self) -> Duration {
        Duration::ZERO
    }
}

/// A checked program with its escape facts.
pub struct Analysis {
    pub program: Program,
    pub facts: EscapeFacts,
}

/// Stack size of the pipeline thread.
const PIPELINE_STACK: usize = 512 * 1024 * 1024;

/// Runs `f` on a thread with a large stack. Where threads cannot be started (the browser
/// build), `f` runs on the caller's stack, whose size the embedder chooses (the wasm build
/// links with a large one, see `simulator/wasm`).
pub fn with_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    if cfg!(all(target_family = "wasm", target_os = "unknown")) {
        return f();
    }
    std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .name("memsim-pipeline".into())
            .stack_size(PIPELINE_STACK)
            .spawn_scoped(scope, f);
        match handle {
            Ok(h) => match h.join() {
                Ok(v) => v,
                Err(p) => std::panic::resume_unwind(p),
            },
            Err(_) => panic!("cannot start the memsim pipeline thread"),
        }
    })
}

/// Parses and type-checks a file and applies Go's pre-escape rewrites. On error, returns
/// all diagnostics (the caller prints the first, as `go build` does).
pub fn compile(file: &SourceFile) -> Result<Program, Diagnostics> {
    with_big_stack(|| compile_here(file))
}

fn compile_here(file: &SourceFile) -> Result<Program, Diagnostics> {
    compile_timed(file, &mut StageTimes::default())
}

fn compile_timed(file: &SourceFile, times: &mut StageTimes) -> Result<Program, Diagnostics> {
    if let Some(prog) = compile_split(file, times) {
        return Ok(prog);
    }
    compile_whole(file, times)
}

/// Stack size of the thread that parses function bodies: enough for
/// [`crate::syntax::MAX_NESTING`] levels in a debug build (untouched pages cost nothing).
const BODY_PARSER_STACK: usize = 64 * 1024 * 1024;

/// How many batches of parsed bodies may wait for the checker.
const BODY_BATCHES_IN_FLIGHT: usize = 2;

/// Compiles a valid program using both cores: the skeleton of the file is parsed first,
/// then its function bodies are parsed on a second thread while the checker resolves the
/// package and checks the bodies already parsed ([`crate::syntax::split`]). `None` when
/// anything is not clean — a syntax or type error anywhere, an unsupported construct — so
/// that [`compile_whole`] compiles the file again and reports exactly what Go reports.
fn compile_split(file: &SourceFile, times: &mut StageTimes) -> Option<Program> {
    if cfg!(all(target_family = "wasm", target_os = "unknown")) {
        return None; // one thread only
    }
    let src = file.text.as_bytes();
    let start = Instant::now();
    let skeleton = crate::syntax::parse_skeleton(src)?;
    times.parse = start.elapsed();
    let start = Instant::now();
    let crate::syntax::Skeleton { file: ast, bodies } = skeleton;
    let (checked, bodies_clean) = std::thread::scope(|scope| {
        let (batches, received) = std::sync::mpsc::sync_channel(BODY_BATCHES_IN_FLIGHT);
        // Checked bodies go back to the parser's thread to be freed there, in batches.
        let (give_back, given_back) = std::sync::mpsc::channel::<Vec<crate::syntax::ast::Block>>();
        let parser = std::thread::Builder::new()
            .name("memsim-bodies".into())
            .stack_size(BODY_PARSER_STACK)
            .spawn_scoped(scope, move || {
                let clean = crate::syntax::parse_bodies(src, &bodies, |batch| {
                    given_back.try_iter().for_each(drop);
                    batches.send(batch).is_ok()
                });
                // No more bodies: the checker may be waiting to learn that (a function
                // without a body) before it gives the last bodies back.
                drop(batches);
                given_back.iter().for_each(drop);
                clean
            })
            .ok()?;
        let mut checked_bodies = Vec::with_capacity(crate::syntax::split::BODIES_PER_BATCH);
        let done = move |body| {
            checked_bodies.push(body);
            if checked_bodies.len() == crate::syntax::split::BODIES_PER_BATCH {
                let _ = give_back.send(std::mem::take(&mut checked_bodies));
            }
        };
        let checked =
            crate::types::check::check_file_with_bodies(ast, received.iter().flatten(), done);
        if checked.is_ok() {
            // Let the parser finish the bodies the checker did not ask for.
            received.iter().for_each(drop);
        }
        drop(received);
        let clean = match parser.join() {
            Ok(clean) => clean,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        Some((checked, clean))
    })?;
    times.check = start.elapsed();
    let mut prog = checked.ok().filter(|_| bodies_clean)?;
    let start = Instant::now();
    crate::ir::passes::run(&mut prog);
    times.rewrite = start.elapsed();
    Some(prog)
}

/// Compiles the file in one thread, parsing it whole first.
fn compile_whole(file: &SourceFile, times: &mut StageTimes) -> Result<Program, Diagnostics> {
    let start = Instant::now();
    let outcome = crate::syntax::parse_with_recovery(file.text.as_bytes());
    times.parse = start.elapsed();
    let mut diags = outcome.diagnostics;
    if outcome.fatal {
        return Err(diags);
    }
    let Some(ast) = outcome.file else {
        return Err(diags);
    };
    let start = Instant::now();
    let checked = crate::types::check::check_file(ast);
    times.check = start.elapsed();
    match checked {
        Ok(mut prog) => {
            if !diags.is_empty() {
                return Err(diags);
            }
            let start = Instant::now();
            crate::ir::passes::run(&mut prog);
            times.rewrite = start.elapsed();
            Ok(prog)
        }
        Err(more) => {
            diags.extend(more.into_vec());
            Err(diags)
        }
    }
}

/// Compiles and runs escape analysis.
pub fn analyze(file: &SourceFile, opts: escape::Options) -> Result<Analysis, Diagnostics> {
    with_big_stack(|| {
        let program = compile_here(file)?;
        let facts = escape::analyze(&program, opts);
        Ok(Analysis { program, facts })
    })
}

/// What `go build -gcflags='-m -l'` (level 1) or `-m=2 -l` (level 2) prints, one line each,
/// or the first error line for an invalid program.
pub fn escape_report(file: &SourceFile, level: u8) -> Result<String, String> {
    escape_report_timed(file, level).0
}

/// Wall time spent in each stage of one [`escape_report_timed`] call.
#[derive(Clone, Copy, Debug, Default)]
pub struct StageTimes {
    /// Tokens and syntax tree.
    pub parse: Duration,
    /// Type checking into the typed program (the syntax tree is dropped here).
    pub check: Duration,
    /// Go's pre-escape rewrites ([`crate::ir::passes`]).
    pub rewrite: Duration,
    /// Escape analysis.
    pub escape: Duration,
    /// Rendering the diagnostic lines, and dropping the program.
    pub format: Duration,
}

/// [`escape_report`], also saying how long each stage took (the benchmark's call).
pub fn escape_report_timed(file: &SourceFile, level: u8) -> (Result<String, String>, StageTimes) {
    report_with(file, level, true)
}

/// [`escape_report`] for a process that exits right after (`memsim escape`): the typed
/// program and the escape facts are left for the operating system to take back at exit
/// instead of being freed node by node.
pub fn escape_report_before_exit(file: &SourceFile, level: u8) -> Result<String, String> {
    report_with(file, level, false).0
}

fn report_with(file: &SourceFile, level: u8, free: bool) -> (Result<String, String>, StageTimes) {
    with_big_stack(|| {
        let mut times = StageTimes::default();
        let result = match compile_timed(file, &mut times) {
            Ok(program) => {
                let start = Instant::now();
                let facts = escape::analyze(
                    &program,
                    escape::Options {
                        level,
                        explain: false,
                    },
                );
                times.escape = start.elapsed();
                let start = Instant::now();
                let out = render_lines(&facts.lines, &file.display_name);
                if free {
                    free_in_background(facts, program);
                } else {
                    std::mem::forget(facts);
                    std::mem::forget(program);
                }
                times.format = start.elapsed();
                Ok(out)
            }
            Err(d) => Err(first_error(file, &d)),
        };
        (result, times)
    })
}

/// Below this many functions a program is freed on the caller's thread.
const FREE_IN_BACKGROUND_MIN_FUNCS: usize = 1024;

/// Frees a large program and its facts on a thread of their own, so that the caller has its
/// answer without waiting for millions of nodes to be freed (rust-analyzer frees large
/// trees the same way). A small program, or a build without threads, frees them here.
fn free_in_background(facts: EscapeFacts, program: Program) {
    if cfg!(all(target_family = "wasm", target_os = "unknown"))
        || program.funcs.len() < FREE_IN_BACKGROUND_MIN_FUNCS
    {
        return;
    }
    // If the thread cannot start, the closure (and what it owns) is dropped right here.
    let _ = std::thread::Builder::new()
        .name("memsim-free".into())
        .spawn(move || drop((facts, program)));
}

/// The diagnostic lines as Go prints them, each ending in a newline.
fn render_lines(lines: &[escape::Line], display_name: &str) -> String {
    let mut out = String::with_capacity(lines.len() * (display_name.len() + 40));
    for l in lines {
        l.render_into(&mut out, display_name);
        out.push('\n');
    }
    out
}

/// `memsim escape --explain`: every variable, allocation and pointer parameter of the
/// program in source order, each with one plain sentence saying where it lives and why,
/// the source line, and the line Go prints for it; then a summary.
pub fn explain_report(file: &SourceFile) -> Result<String, String> {
    let a = analyze(
        file,
        escape::Options {
            level: 0,
            explain: true,
        },
    )
    .map_err(|d| first_error(file, &d))?;
    let list = escape::explain::explain(&a.program, &a.facts);
    let lines: Vec<&str> = file.text.lines().collect();
    let mut out = String::new();
    let (mut heap_vars, mut heap_allocs, mut stack, mut leaking, mut kept) = (0, 0, 0, 0, 0);
    for e in &list {
        out.push_str(&format!("{}: {}\n", file.locate(e.pos), e.sentence));
        if let Some(src) = lines.get(e.pos.line.saturating_sub(1) as usize) {
            let n = e.pos.line.to_string();
            let pad = " ".repeat(n.len());
            out.push_str(&format!("  {n} | {src}\n"));
            // The caret keeps the line's tabs so that it lines up in a terminal.
            let upto = src
                .get(..(e.pos.col.saturating_sub(1) as usize))
                .unwrap_or("");
            let indent: String = upto
                .chars()
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            out.push_str(&format!("  {pad} | {indent}^\n"));
            for go in &e.go_says {
                out.push_str(&format!("  {pad} = go build -gcflags=-m: {go}\n"));
            }
        }
        match (e.kind, e.heap) {
            (escape::explain::Subject::Parameter, true) => leaking += 1,
            (escape::explain::Subject::Parameter, false) => kept += 1,
            (escape::explain::Subject::Variable, true) => heap_vars += 1,
            (escape::explain::Subject::Allocation(_), true) => heap_allocs += 1,
            _ => stack += 1,
        }
    }
    let n = |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
    out.push_str(&format!(
        "summary: {} on the heap ({}, {}), {} in stack frames; {}, {} leaking to the heap\n",
        heap_vars + heap_allocs,
        n(heap_vars, "moved variable", "moved variables"),
        n(heap_allocs, "allocation", "allocations"),
        stack,
        n(leaking + kept, "pointer parameter", "pointer parameters"),
        leaking
    ));
    Ok(out)
}

/// The first error line `go build` would print — or, when the program uses Go that memsim
/// does not support, the first such use (other errors may only be its consequences).
pub fn first_error(file: &SourceFile, d: &Diagnostics) -> String {
    let unsupported = d
        .iter()
        .filter(|e| e.kind == crate::diag::DiagnosticKind::Unsupported)
        .min_by_key(|e| e.pos)
        .cloned();
    match unsupported.or_else(|| d.first()) {
        Some(e) => e.render(file),
        None => format!(
            "{}:1:1: memsim could not analyse this file",
            file.display_name
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The checker asks for a body that never comes (a function declared without one)
    /// after the body thread has parsed the last one: it must learn that there are no more
    /// rather than wait for them.
    #[test]
    fn function_without_body_after_the_last_body() {
        let file = SourceFile::new(
            "./x.go",
            "package main\n\nfunc main() {}\n\nfunc f()\n".to_string(),
        );
        let out = escape_report(&file, 1);
        assert_eq!(
            out,
            Err("./x.go:5:6: memsim does not support functions without a body".to_string())
        );
    }
}
