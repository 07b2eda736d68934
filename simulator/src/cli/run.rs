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
    /// After the run, print runtime.MemStats counters on stderr.
    #[arg(long)]
    stats: bool,
    /// Print Go's gctrace line for every collection on stderr (also with
    /// GODEBUG=gctrace=1).
    #[arg(long)]
    gctrace: bool,
    /// Stop the program after this many executed instructions.
    #[arg(long, default_value_t = RunOptions::default().max_steps)]
    max_steps: u64,
    /// The garbage collector's GOGC percent, or `off` (default: the GOGC environment
    /// variable, else 100).
    #[arg(long, value_parser = parse_gogc)]
    gogc: Option<Gogc>,
    /// The Go source file.
    file: PathBuf,
}

/// A GOGC setting.
#[derive(Clone, Copy, Debug)]
pub struct Gogc(pub Option<u64>);

/// Parses `off` or a percentage, as Go reads GOGC.
pub fn parse_gogc(s: &str) -> Result<Gogc, String> {
    if s == "off" {
        return Ok(Gogc(None));
    }
    s.parse::<u64>()
        .map(|n| Gogc(Some(n)))
        .map_err(|_| format!("GOGC must be a percentage or off, not {s:?}"))
}

/// The GOGC to use: the flag, else the environment, else 100.
pub fn gogc_setting(flag: Option<Gogc>) -> Result<Option<u64>, String> {
    if let Some(g) = flag {
        return Ok(g.0);
    }
    match std::env::var("GOGC") {
        Ok(v) if !v.is_empty() => parse_gogc(&v)
            .map(|g| g.0)
            .map_err(|e| format!("memsim: {e}")),
        _ => Ok(Some(100)),
    }
}

pub fn run_cmd(args: Args) -> ExitCode {
    let file = match super::read_source(&args.file) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let gogc = match gogc_setting(args.gogc) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let gctrace = args.gctrace
        || std::env::var("GODEBUG")
            .map(|v| v.split(',').any(|kv| kv.trim() == "gctrace=1"))
            .unwrap_or(false);
    let opts = RunOptions {
        max_steps: args.max_steps,
        gogc,
        gctrace,
        ..RunOptions::default()
    };
    match run(&file, opts) {
        Ok(out) => {
            let _ = std::io::stdout().lock().write_all(&out.stdout);
            let _ = std::io::stderr().lock().write_all(&out.stderr);
            if args.stats {
                let _ = std::io::stderr()
                    .lock()
                    .write_all(out.stats_text().as_bytes());
            }
            ExitCode::from(out.exit_code as u8)
        }
        Err(e) => {
            eprintln!("{}", e.0);
            ExitCode::from(1)
        }
    }
}
