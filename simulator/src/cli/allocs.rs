//! `memsim allocs [--bytes] FILE.go FUNC`: heap allocations per call of `FUNC`, exactly as
//! `testing.AllocsPerRun(100, FUNC)` reports them for the program built with `-gcflags=-l`
//! (one warm-up call, 100 counted calls, integer floor; package variables persist).
//! `--bytes` adds `testing.Benchmark`'s bytes per operation.

use memsim::runtime::{RunOptions, allocs_per_run};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Also print bytes allocated per call (B/op).
    #[arg(long)]
    bytes: bool,
    /// Stop after this many executed instructions in total.
    #[arg(long, default_value_t = RunOptions::default().max_steps)]
    max_steps: u64,
    /// The Go source file.
    file: PathBuf,
    /// A function of the file with no parameters and no results.
    func: String,
}

pub fn run(args: Args) -> ExitCode {
    let file = match super::read_source(&args.file) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let opts = RunOptions {
        max_steps: args.max_steps,
        ..RunOptions::default()
    };
    match allocs_per_run(&file, &args.func, opts) {
        Ok(r) => {
            if args.bytes {
                println!("{} allocs/op {} B/op", r.allocs_per_op, r.bytes_per_op);
            } else {
                println!("{} allocs/op", r.allocs_per_op);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", e.0);
            ExitCode::from(1)
        }
    }
}
