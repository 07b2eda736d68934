//! `memsim diagram --at LINE|gc|gcN FILE.go`: the program's memory at one moment, drawn as
//! SVG (or described in words with `--text`): every goroutine's frames with their
//! variables, the live heap by span, and the pointers between them.

use memsim::runtime::RunOptions;
use memsim::runtime::snapshot::{Moment, snapshots};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// When to draw: `LINE` (just before the first statement on that line runs), `gc` (the
    /// end of the first collection's marking: reached objects black, the rest white) or
    /// `gcN` (the Nth collection).
    #[arg(long, value_parser = |s: &str| s.parse::<Moment>())]
    at: Moment,
    /// Describe the memory in words instead of drawing it.
    #[arg(long)]
    text: bool,
    /// Write the picture to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Stop the program after this many executed instructions.
    #[arg(long, default_value_t = 10_000_000)]
    max_steps: u64,
    /// The Go source file.
    file: PathBuf,
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
    let (_, taken) = match snapshots(&file, opts, &[args.at]) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{}", e.0);
            return ExitCode::from(1);
        }
    };
    let Some(snap) = taken.first() else {
        let what = match args.at {
            Moment::Line(l) => format!("{}:{l}: no statement on this line ran", file.display_name),
            Moment::Gc(n) => format!("{}: the run has no collection {n}", file.display_name),
        };
        eprintln!("{what}");
        return ExitCode::from(1);
    };
    let text = if args.text {
        snap.describe()
    } else {
        memsim::diagram::svg(snap, "memsim") + "\n"
    };
    let written = match &args.output {
        Some(path) => std::fs::write(path, &text).map_err(|e| format!("{}: {e}", path.display())),
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| e.to_string()),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("memsim: cannot write the diagram: {e}");
            ExitCode::from(1)
        }
    }
}
