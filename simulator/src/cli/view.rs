//! `memsim view FILE.go`: the program's run as a memory-viewer document (JSON, schema
//! `memsim-viewer`, `simulator/VIEWER.md`): every step's stacks, heap and pointers laid
//! out, with narration — what the book's step-through viewer draws.

use memsim::runtime::RunOptions;
use memsim::viewer::{DEFAULT_MAX_STEPS, KeyMark, ViewerOptions, build};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Statement steps recorded (the program still runs to its end).
    #[arg(long, default_value_t = DEFAULT_MAX_STEPS)]
    steps: u64,
    /// Key steps to mark: comma-separated line numbers (the first time each is about to
    /// run) and `gc` (the first collection's result).
    #[arg(long, value_delimiter = ',', value_parser = |s: &str| s.parse::<KeyMark>())]
    keys: Vec<KeyMark>,
    /// The title shown by the viewer (the file name by default).
    #[arg(long)]
    title: Option<String>,
    /// GOGC percent, or `off` (default: the GOGC environment variable, else 100).
    #[arg(long, value_parser = super::run::parse_gogc)]
    gogc: Option<super::run::Gogc>,
    /// Write the document to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The Go source file.
    file: PathBuf,
}

pub fn run(args: Args) -> ExitCode {
    let file = match super::read_source(&args.file) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let gogc = match super::run::gogc_setting(args.gogc) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let opts = ViewerOptions {
        run: RunOptions {
            gogc,
            ..ViewerOptions::default().run
        },
        max_steps: args.steps,
        key_lines: args.keys,
        title: args.title,
        ..ViewerOptions::default()
    };
    let doc = match build(&file, &opts) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", e.0);
            return ExitCode::from(1);
        }
    };
    let text = doc.to_json().to_string() + "\n";
    let written = match &args.output {
        Some(path) => std::fs::write(path, &text).map_err(|e| format!("{}: {e}", path.display())),
        None => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| e.to_string()),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("memsim: cannot write the document: {e}");
            ExitCode::from(1)
        }
    }
}
