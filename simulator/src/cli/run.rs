//! `memsim run [options] FILE.go`: the program's output, as `go run` shows it.
//!
//! stdout is the program's stdout; stderr gets what the built Go binary writes there
//! (panic messages, tracebacks, `println`); the exit status is the binary's: 0, 2 for a
//! panic or fatal error, 3 when memsim stopped a runaway program, 1 when the program is
//! invalid or uses something memsim cannot run yet.
//!
//! `--trace=json|text` writes the event trace (see `simulator/TRACE.md`) to stdout —
//! the program's output is then inside the trace — or to `--trace-out FILE`, leaving
//! stdout to the program.

use memsim::runtime::gc::parse_memlimit;
use memsim::runtime::trace::{TraceFormat, TraceOptions};
use memsim::runtime::{RunOptions, run, run_traced};
use std::io::IsTerminal;
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
    /// The soft memory limit, as GOMEMLIMIT: bytes with an optional unit (B, KiB, MiB,
    /// GiB, TiB), or `off` (default: the GOMEMLIMIT environment variable, else off).
    #[arg(long, value_parser = parse_memlimit_arg)]
    memlimit: Option<MemLimit>,
    /// Seed of the choices Go leaves to chance: map iteration order and which ready
    /// select case runs. The same seed gives the same run.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Write the event trace: `json` (the documented, versioned schema) or `text` (stacks
    /// and heap drawn step by step).
    #[arg(long, value_enum)]
    trace: Option<TraceArg>,
    /// Write the trace to this file instead of stdout (stdout then stays the program's).
    #[arg(long, value_name = "FILE", requires = "trace")]
    trace_out: Option<PathBuf>,
    /// Statement steps recorded before the trace is cut short (the run goes on).
    #[arg(long, default_value_t = TraceOptions::default().max_steps, requires = "trace")]
    trace_steps: u64,
    /// The Go source file.
    file: PathBuf,
}

/// `--trace` formats.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum TraceArg {
    Json,
    Text,
}

/// A GOMEMLIMIT setting.
#[derive(Clone, Copy, Debug)]
pub struct MemLimit(pub Option<u64>);

fn parse_memlimit_arg(s: &str) -> Result<MemLimit, String> {
    parse_memlimit(s).map(MemLimit)
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
    let memlimit = match args.memlimit {
        Some(m) => m.0,
        None => match std::env::var("GOMEMLIMIT") {
            Ok(v) if !v.is_empty() => match parse_memlimit(&v) {
                Ok(m) => m,
                Err(e) => {
                    eprintln!("memsim: {e}");
                    return ExitCode::from(2);
                }
            },
            _ => None,
        },
    };
    let opts = RunOptions {
        max_steps: args.max_steps,
        gogc,
        gctrace,
        memlimit,
        seed: args.seed,
        ..RunOptions::default()
    };
    let mut trace_on_stdout = false;
    let result = match args.trace {
        None => run(&file, opts),
        Some(format) => {
            let format = match format {
                TraceArg::Json => TraceFormat::Json,
                TraceArg::Text => TraceFormat::Text,
            };
            let (out, color): (Box<dyn Write>, bool) = match &args.trace_out {
                Some(path) => match std::fs::File::create(path) {
                    Ok(f) => (Box::new(std::io::BufWriter::new(f)), false),
                    Err(e) => {
                        eprintln!("memsim: cannot write the trace to {}: {e}", path.display());
                        return ExitCode::from(1);
                    }
                },
                None => {
                    trace_on_stdout = true;
                    let tty = std::io::stdout().is_terminal();
                    (Box::new(std::io::BufWriter::new(std::io::stdout())), tty)
                }
            };
            let color = color
                && format == TraceFormat::Text
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            if color {
                colored::control::set_override(true);
            }
            let topts = TraceOptions {
                format,
                color,
                max_steps: args.trace_steps,
            };
            match run_traced(&file, opts, topts, out) {
                Ok((outcome, err)) => {
                    if let Some(e) = err
                        && e.kind() != std::io::ErrorKind::BrokenPipe
                    {
                        eprintln!("memsim: writing the trace failed: {e}");
                    }
                    Ok(outcome)
                }
                Err(e) => Err(e),
            }
        }
    };
    match result {
        Ok(out) => {
            if !trace_on_stdout {
                let _ = std::io::stdout().lock().write_all(&out.stdout);
            }
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
