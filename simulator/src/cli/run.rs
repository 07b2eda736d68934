//! `memsim run [--max-steps N] FILE.go`: the program's output, as `go run` shows it.
//!
//! stdout is the program's stdout; stderr gets what the built Go binary writes there
//! (panic messages, tracebacks, `println`); the exit status is the binary's: 0, 2 for a
//! panic or fatal error, 3 when memsim stopped a runaway program, 1 when the program is
//! invalid or uses something memsim cannot run yet.

use memsim::runtime::{RunOptions, run};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Stop the program after this many executed instructions.
    #[arg(long, default_value_t = RunOptions::default().max_steps)]
    max_steps: u64,
    /// The Go source file.
    file: PathBuf,
}

pub fn run_cmd(args: Args) -> ExitCode {
    let file = match super::read_source(&args.file) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let opts = RunOptions {
        max_steps: args.max_steps,
        ..RunOptions::default()
    };
    match run(&file, opts) {
        Ok(out) => {
            let _ = std::io::stdout().lock().write_all(&out.stdout);
            let _ = std::io::stderr().lock().write_all(&out.stderr);
            ExitCode::from(out.exit_code as u8)
        }
        Err(e) => {
            eprintln!("{}", e.0);
            ExitCode::from(1)
        }
    }
}
