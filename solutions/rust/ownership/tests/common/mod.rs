//! Shared by the ownership exercises' tests: the learner's file, and the rules a file must
//! follow besides compiling (no way around the borrow checker).

use std::path::PathBuf;

/// `NAME/exercise.rs` of the exercise folder this crate grades (`exercises/` or
/// `solutions/`), relative to this crate, as trybuild wants it.
pub fn exercise(name: &str) -> String {
    format!("../../{name}/exercise.rs")
}

/// Fails (naming the line) if the code of the learner's file — comments left out — uses
/// one of `words`, which would dodge what the exercise is about.
pub fn refuse(name: &str, words: &[&str]) {
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into());
    let path = PathBuf::from(dir).join(exercise(name));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    for (i, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        for w in words {
            assert!(
                !code.contains(w),
                "exercise.rs:{}: this exercise is about doing without `{w}`: remove it",
                i + 1
            );
        }
    }
}
