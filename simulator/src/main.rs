//! The `memsim` command line.
//!
//! Exit codes: 0 success, 1 the Go program (or the command line) is invalid, 2 a runtime
//! panic in the simulated program (as Go exits 2).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
