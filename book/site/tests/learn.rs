//! The exercise loop without a terminal: `memsim-book learn --dir DIR --no-serve` on a
//! temporary copy of `exercises/` and `solutions/` prints the status (the current exercise,
//! its grade, the progress) and exits at once, even with a standard input that stays open;
//! it records passed exercises in `.memsim/state.json`, moves past them, and reports broken
//! files, runaway programs and bad progress files with clear messages.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            if e.file_name() != "target" {
                copy(&p, &to.join(e.file_name()));
            }
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// A fresh copy of the course's exercises and solutions.
fn course(tag: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("memsim-learn-it-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    for d in ["exercises", "solutions"] {
        copy(&repo().join(d), &root.join(d));
    }
    root
}

/// The exercises' names in order (from info.toml's `name = "..."` lines).
fn names(root: &Path) -> Vec<String> {
    std::fs::read_to_string(root.join("exercises/info.toml"))
        .unwrap()
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .map(|l| l.trim_end_matches('"').to_string())
        .collect()
}

/// Runs `memsim-book ARGS` in `root` with a standard input that stays open and is never
/// written: it must exit by itself within 60 s. Returns (status, stdout, stderr).
fn run(root: &Path, args: &[&str]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_memsim-book"))
        .args(args)
        .current_dir(root)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _stdin = child.stdin.take();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("memsim-book {args:?} waited without a terminal");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let (mut out, mut err) = (String::new(), String::new());
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (status.code().unwrap_or(-1), out, err)
}

fn learn(root: &Path) -> (i32, String, String) {
    run(root, &["learn", "--dir", "exercises", "--no-serve"])
}

fn solve(root: &Path, name: &str) {
    std::fs::copy(
        root.join("solutions").join(name).join("main.go"),
        root.join("exercises").join(name).join("main.go"),
    )
    .unwrap();
}

#[test]
fn status_without_a_terminal() {
    let root = course("status");
    let names = names(&root);
    let n = names.len();
    let (code, out, err) = learn(&root);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(
        out.starts_with(&format!("exercise 1/{n}: {} (", names[0])),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "  file:    exercises/{}/main.go\n  chapter: ",
            names[0]
        )),
        "{out}"
    );
    assert!(out.contains("\n✗ not passed yet\n  main.go:"), "{out}");
    assert!(
        out.contains(&format!(
            "progress: 0/{n} passed (kept in .memsim/state.json)"
        )),
        "{out}"
    );
    assert!(
        out.contains("(no terminal, so this is only the status"),
        "{out}"
    );
    assert!(!out.contains('\x1b'), "colours without a terminal: {out:?}");
    assert!(
        root.join(".memsim/pristine")
            .join(&names[0])
            .join("main.go")
            .is_file()
    );

    // Two solved: recorded, and the status moves on to the third.
    solve(&root, &names[0]);
    solve(&root, &names[1]);
    let (code, out, _) = learn(&root);
    assert_eq!(code, 0);
    assert!(
        out.starts_with(&format!(
            "✓ {} passes\n✓ {} passes\nexercise 3/{n}: {} (",
            names[0], names[1], names[2]
        )),
        "{out}"
    );
    assert!(out.contains(&format!("progress: 2/{n} passed")), "{out}");
    let state = std::fs::read_to_string(root.join(".memsim/state.json")).unwrap();
    assert!(
        state.contains(&format!(
            "\"passed\": [\n    \"{}\",\n    \"{}\"\n  ]",
            names[0], names[1]
        )),
        "{state}"
    );
    assert!(
        state.contains(&format!("\"current\": \"{}\"", names[2])),
        "{state}"
    );

    // A broken file: Go's positioned message.
    let third = root.join("exercises").join(&names[2]).join("main.go");
    std::fs::write(&third, "package main\n\nfunc main( {\n}\n").unwrap();
    let (_, out, _) = learn(&root);
    assert!(
        out.contains("✗ not passed yet\n  main.go:3:12: syntax error: "),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(root);
}

#[test]
fn a_runaway_program_ends_in_a_message() {
    let root = course("runaway");
    let text = std::fs::read_to_string(root.join("exercises/info.toml")).unwrap();
    // The first allocs exercise: its program runs when graded.
    let allocs = text
        .split("[[exercises]]")
        .find(|t| t.contains("kind = \"allocs\""))
        .and_then(|t| t.lines().find_map(|l| l.strip_prefix("name = \"")))
        .unwrap()
        .trim_end_matches('"')
        .to_string();
    let file = root.join("exercises").join(&allocs).join("main.go");
    let prog = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        prog.replace("func main() {\n", "func main() {\n\tfor {\n\t}\n"),
    )
    .unwrap();
    std::fs::create_dir_all(root.join(".memsim")).unwrap();
    std::fs::write(
        root.join(".memsim/state.json"),
        format!("{{\"version\": 1, \"current\": \"{allocs}\"}}"),
    )
    .unwrap();
    let (code, out, err) = learn(&root);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!(": {allocs} (allocs)")), "{out}");
    assert!(
        out.contains("\n✗ not passed yet\n  main.go: the program did not finish within ")
            && out.contains(" steps — an endless loop?"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(root);
}

#[test]
fn bad_input_is_reported() {
    let root = course("bad");
    std::fs::create_dir_all(root.join(".memsim")).unwrap();
    std::fs::write(
        root.join(".memsim/state.json"),
        "{\"version\": 1,\n \"passed\": 3}\n",
    )
    .unwrap();
    let (code, out, err) = learn(&root);
    assert_eq!(code, 1, "{out}");
    assert!(
        err.starts_with("memsim-book: ")
            && err.contains(".memsim/state.json:2:12: cannot read your progress: invalid type"),
        "{err}"
    );
    let (code, _, err) = run(&root, &["learn", "--dir", "nowhere", "--no-serve"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("nowhere: cannot open the exercise folder"),
        "{err}"
    );
    let (code, _, err) = run(&root, &["learn", "--frobnicate"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("memsim-book: unknown argument \"--frobnicate\"\nusage: "),
        "{err}"
    );
    let (code, out, _) = run(&root, &["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("learn   (the default) the course"), "{out}");
    let _ = std::fs::remove_dir_all(root);
}
