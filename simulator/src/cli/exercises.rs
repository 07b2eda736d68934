//! `memsim exercises`: grade the course's exercises (see `memsim::exercises`).
//!
//! ```text
//! memsim exercises verify [--dir DIR]         every exercise of DIR; last line `N/M passed`
//! memsim exercises check NAME [--dir DIR]     one exercise, with what is still wrong
//! memsim exercises hint NAME [--more N] [--dir DIR]
//! memsim exercises list [--dir DIR]
//! ```
//!
//! Exit status: 0 when everything graded passed, 1 when something failed (or the folder
//! cannot be read), 2 for a bad command line.

use memsim::exercises::{Exercise, Grade, Manifest, grade, verify};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    /// Grade every exercise of a folder; the last line is `N/M passed`.
    Verify {
        /// The folder with info.toml (default: exercises).
        #[arg(long, default_value = "exercises")]
        dir: PathBuf,
    },
    /// Grade one exercise and say what is still wrong.
    Check {
        /// The exercise's name (its folder), or its number (`3`).
        name: String,
        #[arg(long, default_value = "exercises")]
        dir: PathBuf,
    },
    /// Show an exercise's hints: the first, or the first N with --more N.
    Hint {
        name: String,
        #[arg(long, default_value_t = 1)]
        more: usize,
        #[arg(long, default_value = "exercises")]
        dir: PathBuf,
    },
    /// List the exercises with their kind and chapter.
    List {
        #[arg(long, default_value = "exercises")]
        dir: PathBuf,
    },
}

fn load(dir: &std::path::Path) -> Result<Manifest, ExitCode> {
    Manifest::load(dir).map_err(|e| {
        eprintln!("memsim: {e}");
        ExitCode::from(1)
    })
}

/// The exercise named `name`, or numbered `name` (1-based).
fn find<'m>(m: &'m Manifest, name: &str) -> Result<&'m Exercise, ExitCode> {
    let by_number = name
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| m.exercises.get(i));
    by_number
        .or_else(|| m.find(name))
        .or_else(|| {
            m.exercises
                .iter()
                .find(|e| e.name.ends_with(name) || e.name.starts_with(name))
        })
        .ok_or_else(|| {
            eprintln!("memsim: no exercise {name:?} (memsim exercises list shows them)");
            ExitCode::from(1)
        })
}

fn print_grade(ex: &Exercise, g: &Grade) {
    let mark = if g.passed { "PASS" } else { "FAIL" };
    println!("{mark} {} ({:?}, book: {})", ex.name, ex.kind, ex.chapter);
    for f in &g.findings {
        for line in f.lines() {
            println!("  {line}");
        }
    }
}

pub fn run(args: Args) -> ExitCode {
    match args.command {
        Command::Verify { dir } => match verify(&dir) {
            Ok(results) => {
                let passed = results.iter().filter(|(_, g)| g.passed).count();
                for (ex, g) in &results {
                    print_grade(ex, g);
                }
                println!("{passed}/{} passed", results.len());
                if passed == results.len() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                }
            }
            Err(e) => {
                eprintln!("memsim: {e}");
                ExitCode::from(1)
            }
        },
        Command::Check { name, dir } => {
            let m = match load(&dir) {
                Ok(m) => m,
                Err(c) => return c,
            };
            let ex = match find(&m, &name) {
                Ok(e) => e,
                Err(c) => return c,
            };
            let g = grade(&dir, ex);
            print_grade(ex, &g);
            if g.passed {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Command::Hint { name, more, dir } => {
            let m = match load(&dir) {
                Ok(m) => m,
                Err(c) => return c,
            };
            let ex = match find(&m, &name) {
                Ok(e) => e,
                Err(c) => return c,
            };
            if ex.hints.is_empty() {
                println!(
                    "{} has no hints; the chapter {} covers it.",
                    ex.name, ex.chapter
                );
            }
            for (i, h) in ex.hints.iter().take(more.max(1)).enumerate() {
                println!("hint {}/{}: {h}", i + 1, ex.hints.len());
            }
            ExitCode::SUCCESS
        }
        Command::List { dir } => {
            let m = match load(&dir) {
                Ok(m) => m,
                Err(c) => return c,
            };
            for (i, ex) in m.exercises.iter().enumerate() {
                println!(
                    "{:>3}  {:<28} {:<8} {}",
                    i + 1,
                    ex.name,
                    format!("{:?}", ex.kind).to_lowercase(),
                    ex.chapter
                );
            }
            ExitCode::SUCCESS
        }
    }
}
