//! The `memsim` command line.
//!
//! Exit codes: 0 success, 1 the Go program (or the command line) is invalid, 2 a runtime
//! panic in the simulated program (as Go exits 2).

mod cli;

use std::process::ExitCode;

/// The pipeline allocates and frees millions of small nodes, names and maps; mimalloc
/// serves them much faster than the system allocator (see `memsim::allocator`).
#[global_allocator]
static GLOBAL: memsim::allocator::Allocator = memsim::allocator::Allocator;

fn main() -> ExitCode {
    cli::main()
}
