//! `info.toml`: the exercises of a folder, in order.
//!
//! ```toml
//! [[exercises]]
//! name = "01_returned_pointer"     # the exercise's folder
//! kind = "predict"                  # predict | allocs | machine | ownership
//! chapter = "escape/pointers.md"    # the book page it practises (under book/src/)
//! hints = ["A short hint.", "A longer one, shown on request."]
//! # allocs only:
//! func = "Build"                    # the function measured
//! budget = 1                        # at most this many allocs/op to pass
//! ```

use serde::Deserialize;
use std::path::Path;

/// What kind of grader an exercise has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Predict,
    Allocs,
    /// "Build the machine": Rust, `NAME/exercise.rs` implementing a trait of
    /// `memsim::machine`, graded by `rust/machine/tests/NAME.rs`.
    Machine,
    /// "Ownership": Rust, `NAME/exercise.rs`, graded by trybuild in
    /// `rust/ownership/tests/NAME.rs` (must compile and run, or fail as expected).
    Ownership,
}

impl Kind {
    /// Whether the learner's file is Rust (`exercise.rs`, graded by `cargo test`).
    pub fn is_rust(self) -> bool {
        matches!(self, Kind::Machine | Kind::Ownership)
    }

    /// The file the learner edits, in the exercise's folder.
    pub fn file(self) -> &'static str {
        if self.is_rust() {
            "exercise.rs"
        } else {
            "main.go"
        }
    }
}

/// One exercise of the manifest.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub name: String,
    pub kind: Kind,
    pub chapter: String,
    #[serde(default)]
    pub hints: Vec<String>,
    /// allocs: the function measured and the most allocations per call that pass.
    #[serde(default)]
    pub func: Option<String>,
    #[serde(default)]
    pub budget: Option<u64>,
}

/// The manifest of a folder of exercises.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub exercises: Vec<Exercise>,
}

impl Manifest {
    /// Reads `DIR/info.toml`; errors name the file (and the position toml gives).
    pub fn load(dir: &Path) -> Result<Manifest, String> {
        let path = dir.join("info.toml");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: cannot read the exercise list: {e}", path.display()))?;
        Manifest::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Parses a manifest and checks it: unique folder names, allocs exercises with a
    /// function and a budget.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        let m: Manifest = toml::from_str(text).map_err(|e| e.to_string().trim().to_string())?;
        for (i, ex) in m.exercises.iter().enumerate() {
            if m.exercises[..i].iter().any(|o| o.name == ex.name) {
                return Err(format!("exercise {} is listed twice", ex.name));
            }
            if ex.name.is_empty() || ex.name.contains(['/', '\\']) || ex.name.starts_with('.') {
                return Err(format!("exercise name {:?} is not a folder name", ex.name));
            }
            if ex.kind == Kind::Allocs && (ex.func.is_none() || ex.budget.is_none()) {
                return Err(format!("allocs exercise {} needs func and budget", ex.name));
            }
        }
        Ok(m)
    }

    pub fn find(&self, name: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_checks() {
        let m = Manifest::parse(
            "[[exercises]]\nname = \"01_a\"\nkind = \"predict\"\nchapter = \"stack.md\"\nhints = [\"h\"]\n\n[[exercises]]\nname = \"02_b\"\nkind = \"allocs\"\nchapter = \"heap.md\"\nfunc = \"F\"\nbudget = 0\n",
        )
        .unwrap();
        assert_eq!(m.exercises.len(), 2);
        assert_eq!(m.exercises[1].budget, Some(0));
        assert!(
            Manifest::parse("[[exercises]]\nname = \"a\"\nkind = \"allocs\"\nchapter = \"x\"\n")
                .is_err()
        );
        assert!(
            Manifest::parse("[[exercises]]\nname = \"a\"\nkind = \"guess\"\nchapter = \"x\"\n")
                .is_err()
        );
        let dup = "[[exercises]]\nname = \"a\"\nkind = \"predict\"\nchapter = \"x\"\n";
        assert!(
            Manifest::parse(&format!("{dup}{dup}"))
                .unwrap_err()
                .contains("twice")
        );
    }
}
