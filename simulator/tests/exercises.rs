//! The graders grade: every reference solution passes, every untouched exercise fails,
//! `memsim exercises` reports it as the course promises, and the allocation counts the
//! graders rely on are real Go's (`exercises/NAME/expected.allocs`, from
//! `exercises/regen.sh`).

use assert_cmd::Command;
use memsim::exercises::{Kind, Manifest, grade};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn memsim() -> Command {
    let mut c = Command::cargo_bin("memsim").unwrap();
    c.current_dir(root());
    c
}

#[test]
fn solutions_mirror_the_exercises() {
    let ex = std::fs::read_to_string(root().join("exercises/info.toml")).unwrap();
    let sol = std::fs::read_to_string(root().join("solutions/info.toml")).unwrap();
    assert_eq!(
        ex, sol,
        "solutions/info.toml must be a copy of exercises/info.toml"
    );
    let m = Manifest::parse(&ex).unwrap();
    assert!(m.exercises.len() >= 29);
    for e in &m.exercises {
        for dir in ["exercises", "solutions"] {
            let f = root().join(dir).join(&e.name).join(e.kind.file());
            assert!(f.exists(), "{} is missing", f.display());
        }
        assert!(
            root().join("book/src").join(&e.chapter).exists(),
            "{}: no chapter {}",
            e.name,
            e.chapter
        );
    }
}

/// Every file of `dir`, relative to it, sorted (build output left out).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                if p.file_name().is_some_and(|n| n != "target") {
                    todo.push(p);
                }
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn the_rust_graders_mirror_each_other() {
    // solutions/rust is exercises/rust with its own package names (so that both share one
    // target directory without sharing test binaries); Cargo.lock is cargo's to update.
    let (ex, sol) = (root().join("exercises/rust"), root().join("solutions/rust"));
    let files = files_under(&ex);
    assert!(
        files
            .iter()
            .any(|f| f.ends_with("machine/tests/40_size_classes.rs"))
    );
    assert_eq!(
        files,
        files_under(&sol),
        "exercises/rust and solutions/rust (exercises/rust-sync.sh copies one to the other)"
    );
    for f in files.iter().filter(|f| !f.ends_with("Cargo.lock")) {
        let want = std::fs::read_to_string(ex.join(f))
            .unwrap()
            .replace("memsim-machine-exercises", "memsim-machine-solutions")
            .replace("memsim-ownership-exercises", "memsim-ownership-solutions");
        let got = std::fs::read_to_string(sol.join(f)).unwrap();
        assert!(
            got == want,
            "solutions/rust/{} must be exercises/rust/{0} with the package names of solutions (exercises/rust-sync.sh)",
            f.display()
        );
    }
    // Each Rust exercise has its tests, and each test file an exercise.
    let m = Manifest::load(&root().join("exercises")).unwrap();
    for e in m.exercises.iter().filter(|e| e.kind.is_rust()) {
        let krate = if e.kind == Kind::Machine {
            "machine"
        } else {
            "ownership"
        };
        let t = ex.join(krate).join("tests").join(format!("{}.rs", e.name));
        assert!(t.exists(), "{}: no {}", e.name, t.display());
    }
    for f in files.iter().filter(|f| {
        f.parent().is_some_and(|p| p.ends_with("tests")) && f.extension().is_some_and(|x| x == "rs")
    }) {
        let stem = f.file_stem().unwrap().to_str().unwrap();
        assert!(
            m.find(stem).is_some_and(|e| e.kind.is_rust()),
            "exercises/rust/{} grades no exercise of info.toml",
            f.display()
        );
    }
}

#[test]
fn folder_numbers_follow_the_order() {
    let m = Manifest::load(&root().join("exercises")).unwrap();
    let mut last = 0;
    for e in &m.exercises {
        let digits: String = e.name.chars().take_while(char::is_ascii_digit).collect();
        let Ok(n) = digits.parse::<u32>() else {
            continue;
        };
        assert!(
            n > last,
            "{}: its number must be larger than the exercise before it ({last})",
            e.name
        );
        last = n;
    }
}

#[test]
fn every_solution_passes_and_every_exercise_fails() {
    let m = Manifest::load(&root().join("exercises")).unwrap();
    for e in &m.exercises {
        let sol = grade(&root().join("solutions"), e);
        assert!(
            sol.passed,
            "the solution of {} fails: {:#?}",
            e.name, sol.findings
        );
        let ex = grade(&root().join("exercises"), e);
        assert!(
            !ex.passed,
            "the untouched exercise {} passes: {:#?}",
            e.name, ex.findings
        );
        assert!(!ex.findings.is_empty());
    }
}

#[test]
fn allocation_counts_are_real_gos() {
    let m = Manifest::load(&root().join("exercises")).unwrap();
    for e in m.exercises.iter().filter(|e| e.kind == Kind::Allocs) {
        let golden = std::fs::read_to_string(
            root()
                .join("exercises")
                .join(&e.name)
                .join("expected.allocs"),
        )
        .unwrap_or_else(|_| panic!("{}: no expected.allocs (run exercises/regen.sh)", e.name));
        for line in golden.lines() {
            let (which, n) = line.split_once('\t').unwrap();
            let dir = if which == "exercise" {
                "exercises"
            } else {
                "solutions"
            };
            let out = memsim()
                .args([
                    "allocs",
                    &format!("{dir}/{}/main.go", e.name),
                    e.func.as_deref().unwrap(),
                ])
                .output()
                .unwrap();
            assert_eq!(
                String::from_utf8_lossy(&out.stdout),
                format!("{n} allocs/op\n"),
                "{dir}/{}: real Go counts {n}",
                e.name
            );
        }
    }
}

#[test]
fn verify_prints_n_of_m_passed_and_exits_accordingly() {
    let out = memsim()
        .args(["exercises", "verify", "--dir", "solutions"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let n = Manifest::load(&root().join("exercises"))
        .unwrap()
        .exercises
        .len();
    assert_eq!(
        text.lines().last(),
        Some(format!("{n}/{n} passed").as_str()),
        "{text}"
    );
    assert!(out.status.success());

    let out = memsim().args(["exercises", "verify"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text.lines().last(),
        Some(format!("0/{n} passed").as_str()),
        "{text}"
    );
    assert_eq!(out.status.code(), Some(1));
    // Findings are positioned and explained.
    assert!(
        text.contains(
            "main.go:16: Go reports \"moved to heap: p\" here, which you did not predict."
        ),
        "{text}"
    );
    assert!(
        text.contains("memsim explains: p moves to the heap"),
        "{text}"
    );
    assert!(text.contains("Squares makes "), "{text}");
    // Rust exercises: rustc's error positioned in the learner's file; a failing test's panic.
    assert!(
        text.contains(
            "exercise.rs:31:5: error[E0515]: cannot return reference to local variable `p`"
        ),
        "{text}"
    );
    assert!(
        text.contains("exercise.rs:37:9: not yet implemented: round a request of"),
        "{text}"
    );
}

#[test]
fn check_hint_and_list() {
    memsim()
        .args(["exercises", "check", "1"])
        .assert()
        .code(1)
        .stdout(predicates::str::contains("FAIL 01_returned_pointer"));
    memsim()
        .args([
            "exercises",
            "check",
            "01_returned_pointer",
            "--dir",
            "solutions",
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains("PASS 01_returned_pointer"));
    memsim()
        .args(["exercises", "hint", "24", "--more", "2"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "hint 2/2: You know the final length",
        ));
    memsim()
        .args(["exercises", "list"])
        .assert()
        .success()
        .stdout(predicates::str::contains("29  29_work_queue"));
    memsim()
        .args(["exercises", "check", "nope"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("no exercise \"nope\""));
    memsim()
        .args(["exercises", "verify", "--dir", "missing"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "missing/info.toml: cannot read the exercise list",
        ));
}
