//! The example programs of `simulator/examples/` (the ones the README and the book point
//! learners at) against the output real Go 1.27.3 printed for them.
//!
//! For every `examples/NAME.go`, `NAME.escape` holds what `go build -gcflags='-m -l'`
//! prints (without the `# command-line-arguments` line) and `NAME.m2` what `-m=2 -l` prints,
//! both run in `examples/`. They are written by `tests/golden/regen-examples.sh` and never
//! edited by hand. memsim must print exactly the same, through the library and through the
//! `memsim` binary.

use memsim::source::SourceFile;
use std::path::{Path, PathBuf};
use std::process::Command;

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// The `.go` programs of `examples/`, sorted.
fn go_examples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(examples_dir())
        .expect("examples/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    v.sort();
    v
}

fn read_golden(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "missing golden {} ({e}); run simulator/tests/golden/regen-examples.sh",
            path.display()
        )
    })
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[test]
fn escape_tour_exists() {
    assert!(
        go_examples().iter().any(|p| p.ends_with("escape_tour.go")),
        "the README's example simulator/examples/escape_tour.go is missing"
    );
}

#[test]
fn examples_match_real_go() {
    let mut failures = Vec::new();
    for go in go_examples() {
        let name = file_name(&go);
        let text = std::fs::read_to_string(&go).expect("example is readable");
        // Go was run in examples/, so it printed `./NAME.go`.
        let file = SourceFile::new(format!("./{name}"), text);
        for (level, ext) in [(1u8, "escape"), (2, "m2")] {
            let want = read_golden(&go.with_extension(ext));
            let got =
                memsim::escape_report(&file, level).unwrap_or_else(|e| format!("ERROR {e}\n"));
            if got != want {
                failures.push(format!(
                    "{name} (-m={level}) differs from real Go\n--- go\n{want}--- memsim\n{got}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The binary, run as a learner runs it: in the examples folder, on the file name.
#[test]
fn binary_prints_the_golden_on_stdout() {
    let go = examples_dir().join("escape_tour.go");
    let want = read_golden(&go.with_extension("escape"));
    let out = Command::new(env!("CARGO_BIN_EXE_memsim"))
        .args(["escape", "escape_tour.go"])
        .current_dir(examples_dir())
        .output()
        .expect("memsim runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
    assert!(
        out.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The README's first command (`cargo run -p memsim -- escape --explain
/// simulator/examples/escape_tour.go`, run at the repository root) succeeds and says
/// something.
#[test]
fn readme_explain_command_succeeds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the crate lives in the workspace");
    let out = Command::new(env!("CARGO_BIN_EXE_memsim"))
        .args(["escape", "--explain", "simulator/examples/escape_tour.go"])
        .current_dir(root)
        .output()
        .expect("memsim runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.stdout.is_empty(), "--explain printed nothing");
}
