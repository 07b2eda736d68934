//! Command-line parsing and dispatch: one module per subcommand.

mod allocs;
mod diagram;
mod escape;
mod exercises;
mod run;
mod view;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Where a Go value lives in memory, why, and what it costs.
#[derive(Parser, Debug)]
#[command(name = "memsim", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print Go's escape analysis diagnostics for a file, exactly as
    /// `go build -gcflags='-m -l'` prints them (on stdout).
    Escape(escape::Args),
    /// Run a Go program on memsim's simulated Go memory; prints what `go run` prints.
    Run(run::Args),
    /// Heap allocations per call of a function, as `testing.AllocsPerRun(100, F)` reports.
    Allocs(allocs::Args),
    /// Draw the program's memory at one moment as SVG: goroutine stacks, heap objects by
    /// span, pointers.
    Diagram(diagram::Args),
    /// Record the program's run for the memory viewer: every step's stacks, heap and
    /// pointers, laid out and narrated, as JSON (`simulator/VIEWER.md`).
    View(view::Args),
    /// Grade the course's exercises: verify a folder, check one, show hints, list them;
    /// generate a learner's quiz, write a progress report, merge reports into a scoreboard.
    Exercises(exercises::Args),
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Escape(args) => escape::run(args),
        Command::Run(args) => run::run_cmd(args),
        Command::Allocs(args) => allocs::run(args),
        Command::Diagram(args) => diagram::run(args),
        Command::View(args) => view::run(args),
        Command::Exercises(args) => exercises::run(args),
    }
}

/// Reads a Go source file named on the command line, reporting a clean error.
pub(crate) fn read_source(path: &std::path::Path) -> Result<memsim::source::SourceFile, ExitCode> {
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    // Keep the bytes: the lexer reports invalid UTF-8 with a position.
                    String::from_utf8_lossy(e.as_bytes()).into_owned()
                }
            };
            Ok(memsim::source::SourceFile::from_path_text(path, text))
        }
        Err(e) => {
            eprintln!("memsim: cannot read {}: {e}", path.display());
            Err(ExitCode::from(1))
        }
    }
}
