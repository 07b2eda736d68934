//! `memsim exercises`: grade the course's exercises (see `memsim::exercises`).
//!
//! ```text
//! memsim exercises verify [--dir DIR]         every exercise of DIR; last line `N/M passed`
//! memsim exercises check NAME [--dir DIR]     one exercise, with what is still wrong
//! memsim exercises hint NAME [--more N] [--dir DIR]
//! memsim exercises list [--dir DIR]
//! memsim exercises quiz --seed NAME [--count N] [--out DIR] [--answers DIR]
//! memsim exercises report [--dir DIR] [--name NAME] [--out FILE] [--timestamp]
//! memsim exercises scoreboard DIR [--format text|markdown|html]
//! ```
//!
//! Exit status: 0 when everything graded passed, 1 when something failed (or the folder
//! cannot be read), 2 for a bad command line. `quiz`, `report` and `scoreboard` exit 0
//! when they wrote what was asked (a report of failing exercises too), 1 on an error.

use memsim::exercises::scoreboard::Format;
use memsim::exercises::{Exercise, Grade, Manifest, grade, quiz, report, scoreboard, verify};
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
    /// Generate a learner's own predict exercises from a seed (their name): the same seed
    /// gives the same quiz, another seed other programs.
    Quiz {
        /// The seed: the learner's name, exactly as typed (hashed with FNV-1a).
        #[arg(long)]
        seed: String,
        /// How many exercises (1 to 20).
        #[arg(long, default_value_t = 3)]
        count: usize,
        /// Write the quiz as a folder of exercises (info.toml, quizNN/main.go) to grade
        /// with `memsim exercises check N --dir DIR`, instead of printing it. DIR must be
        /// new or empty.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Also write the answers (the programs with their // want comments) to this new
        /// folder: the instructor's key.
        #[arg(long, value_name = "DIR")]
        answers: Option<PathBuf>,
    },
    /// Re-grade every exercise of a folder and write the JSON progress report a learner
    /// hands in (never read from a state file).
    Report {
        /// The folder of exercises to grade, with its info.toml.
        #[arg(long, default_value = "exercises")]
        dir: PathBuf,
        /// Whose report it is (default: the USER or USERNAME environment variable).
        #[arg(long)]
        name: Option<String>,
        /// Write the report to FILE instead of stdout.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Add the time (UTC) as "timestamp": the report is otherwise the same, byte for
        /// byte, for the same files.
        #[arg(long)]
        timestamp: bool,
    },
    /// Merge a folder of progress reports (*.json) into a class table: learners ×
    /// exercises, totals.
    Scoreboard {
        /// The folder of reports.
        dir: PathBuf,
        /// text for the terminal, markdown, or a self-contained HTML page.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

fn load(dir: &std::path::Path) -> Result<Manifest, ExitCode> {
    Manifest::load(dir).map_err(|e| {
        eprintln!("memsim: {e}");
        ExitCode::from(1)
    })
}

/// The exercise named `name`, or whose folder starts with the number `name` and `_`
/// (`40` is `40_size_classes`), or numbered `name` in the list (1-based).
fn find<'m>(m: &'m Manifest, name: &str) -> Result<&'m Exercise, ExitCode> {
    let numbered = name.parse::<usize>().is_ok();
    let by_prefix = numbered
        .then(|| {
            m.exercises
                .iter()
                .find(|e| e.name.starts_with(&format!("{name}_")))
        })
        .flatten();
    let by_number = name
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| m.exercises.get(i));
    by_prefix
        .or(by_number)
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
                    "{:>3}  {:<28} {:<9} {}",
                    i + 1,
                    ex.name,
                    format!("{:?}", ex.kind).to_lowercase(),
                    ex.chapter
                );
            }
            ExitCode::SUCCESS
        }
        Command::Quiz {
            seed,
            count,
            out,
            answers,
        } => match run_quiz(&seed, count, out, answers) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("memsim: {e}");
                ExitCode::from(1)
            }
        },
        Command::Report {
            dir,
            name,
            out,
            timestamp,
        } => match run_report(&dir, name, out, timestamp) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("memsim: {e}");
                ExitCode::from(1)
            }
        },
        Command::Scoreboard { dir, format } => match scoreboard::load(&dir) {
            Ok(reports) => {
                print!("{}", scoreboard::merge(&reports).render(format));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("memsim: {e}");
                ExitCode::from(1)
            }
        },
    }
}

fn run_quiz(
    seed: &str,
    count: usize,
    out: Option<PathBuf>,
    answers: Option<PathBuf>,
) -> Result<(), String> {
    let q = quiz::generate(seed, count)?;
    if let Some(dir) = &answers {
        quiz::write_folder(&q, dir, true)?;
        eprintln!("memsim: the answers are in {}", dir.display());
    }
    match out {
        Some(dir) => {
            quiz::write_folder(&q, &dir, false)?;
            let d = dir.display();
            eprintln!(
                "memsim: {count} exercises written to {d}; grade one with `memsim exercises check 1 --dir {d}`, all with `memsim exercises verify --dir {d}`"
            );
        }
        None if answers.is_none() => print!("{}", quiz::render(&q)),
        None => {}
    }
    Ok(())
}

fn run_report(
    dir: &std::path::Path,
    name: Option<String>,
    out: Option<PathBuf>,
    timestamp: bool,
) -> Result<(), String> {
    let name = name
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .filter(|n| !n.trim().is_empty())
        .ok_or("whose report is it? Give your name: --name NAME")?;
    let r = report::build(dir, &name, timestamp.then(report::now_utc))?;
    let json = report::to_json(&r);
    match out {
        Some(path) => {
            std::fs::write(&path, json)
                .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
            eprintln!(
                "memsim: {}/{} passed; the report of {name} is in {}",
                r.passed,
                r.total,
                path.display()
            );
        }
        None => print!("{json}"),
    }
    Ok(())
}
