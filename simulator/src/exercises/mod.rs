//! Graded exercises: the course's `exercises/` folder (and `solutions/`, which mirrors it),
//! and the graders that check a learner's files with memsim.
//!
//! A folder of exercises has a manifest, `info.toml` ([`Manifest`]): the exercises in the
//! order a learner meets them, each with its kind, the book chapter it practises, its hints
//! and what its grader needs. Each exercise is a folder `NAME/` holding the file the learner
//! edits. The kinds:
//!
//! * **predict** ([`predict`]): a Go program, `NAME/main.go`. The learner writes where each
//!   value lives as `// want "moved to heap: x"` comments on the lines (Go's errorcheck
//!   convention); the grader compares them with the diagnostics of `go build -gcflags='-m
//!   -l'` as memsim computes them, and explains every miss and every wrong guess with
//!   memsim's `--explain` sentence.
//! * **allocs** ([`allocs`]): a Go program whose output must stay the same (`expected`,
//!   what real Go printed for the exercise, a golden) while `memsim allocs` of a function
//!   drops to a budget.
//! * **machine** and **ownership** ([`rust`]): Rust, `NAME/exercise.rs`. A machine exercise
//!   implements a part of Go's memory manager against a trait of [`crate::machine`] (size
//!   classes, frames, stack growth, tri-colour marking, the pacer), graded by unit and
//!   property tests; an ownership exercise is a program that must compile and run (or a
//!   type whose misuse must fail to compile with the expected error), graded by trybuild.
//!   Both run `cargo test` on the folder's `rust/` workspace.
//!
//! Grading never changes a file. [`grade`] grades one exercise, [`verify`] a whole folder.
//!
//! For a class: [`quiz`] generates predict exercises from a learner's name (neighbours get
//! different programs), [`report`] re-grades a folder into the JSON progress report a
//! learner hands in, and [`scoreboard`] merges a folder of reports into one table.

pub mod allocs;
pub mod manifest;
pub mod predict;
pub mod quiz;
pub mod report;
pub mod rust;
pub mod scoreboard;

pub use manifest::{Exercise, Kind, Manifest};

use std::path::Path;

/// The verdict on one exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grade {
    pub passed: bool,
    /// What is right or wrong, one finding per entry, positioned (`main.go:12: ...`), in
    /// words a learner can act on.
    pub findings: Vec<String>,
}

impl Grade {
    pub fn pass(findings: Vec<String>) -> Grade {
        Grade {
            passed: true,
            findings,
        }
    }

    pub fn fail(findings: Vec<String>) -> Grade {
        Grade {
            passed: false,
            findings,
        }
    }
}

/// Grades exercise `ex` of the folder `dir`.
pub fn grade(dir: &Path, ex: &Exercise) -> Grade {
    let folder = dir.join(&ex.name);
    match ex.kind {
        Kind::Predict => predict::grade(&folder.join("main.go")),
        Kind::Allocs => allocs::grade(&folder.join("main.go"), ex),
        Kind::Machine | Kind::Ownership => rust::grade(dir, ex),
    }
}

/// Grades every exercise of the folder `dir` (with its `info.toml`), in order.
pub fn verify(dir: &Path) -> Result<Vec<(Exercise, Grade)>, String> {
    let manifest = Manifest::load(dir)?;
    Ok(manifest
        .exercises
        .iter()
        .map(|ex| (ex.clone(), grade(dir, ex)))
        .collect())
}
