//! `memsim escape [-m[=N]] [--explain] FILE.go`

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Diagnostic level: -m (or -m=1) as `go build -gcflags='-m -l'`, -m=2 adds Go's flow
    /// explanation lines.
    #[arg(short = 'm', num_args = 0..=1, require_equals = true, default_value = "1", default_missing_value = "1", value_parser = clap::value_parser!(u8).range(1..=2))]
    level: u8,
    /// Explain every decision in plain words instead of Go's diagnostics.
    #[arg(long)]
    explain: bool,
    /// The Go source file.
    file: PathBuf,
}

pub fn run(args: Args) -> ExitCode {
    let file = match super::read_source(&args.file) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let report = if args.explain {
        memsim::explain_report(&file)
    } else {
        memsim::pipeline::escape_report_before_exit(&file, args.level)
    };
    match report {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(out.as_bytes());
            ExitCode::SUCCESS
        }
        Err(first) => {
            eprintln!("{first}");
            ExitCode::from(1)
        }
    }
}
