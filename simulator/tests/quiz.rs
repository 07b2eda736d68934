//! Per-learner quizzes (`memsim exercises quiz`): the same seed gives the same bytes,
//! other seeds other programs; every program is valid Go with something to predict, runs,
//! and is graded as the course's predict exercises are — untouched it fails, with memsim's
//! answers written as want comments it passes. (That memsim's answers are Go's is proven
//! against real Go by `exercises/quiz-check.sh`, run by `.ci/run`.)

use assert_cmd::Command;
use memsim::exercises::predict::grade_source;
use memsim::exercises::quiz::{self, Situation};
use memsim::runtime::{Exit, RunOptions, run};
use memsim::source::SourceFile;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn memsim() -> Command {
    let mut c = Command::cargo_bin("memsim").unwrap();
    c.current_dir(root());
    c
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("memsim-quiz-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

/// A class's worth of seeds, the quiz-check sample's names among them.
fn seeds() -> Vec<String> {
    let mut s: Vec<String> = [
        "alice",
        "bob",
        "carol",
        "dave",
        "eve",
        "frank",
        "grace",
        "heidi",
        "ivan",
        "judy",
        "Zoë Ångström",
        "o'brien",
        "x",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    s.extend((1..=27).map(|i| format!("learner{i}")));
    s
}

/// The program without its header comment (which names the seed).
fn body(src: &str) -> &str {
    &src[src.find("package main").unwrap()..]
}

#[test]
fn the_same_seed_gives_the_same_bytes() {
    let run = |seed: &str| {
        let out = memsim()
            .args(["exercises", "quiz", "--seed", seed, "--count", "4"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        out.stdout
    };
    let a = run("alice");
    assert_eq!(a, run("alice"));
    assert_ne!(a, run("alicf"));
    let q = quiz::generate("alice", 4).unwrap();
    assert_eq!(String::from_utf8(a).unwrap(), quiz::render(&q));
    // The count is only in the headers: a longer quiz starts with the same programs.
    let longer = quiz::generate("alice", 6).unwrap();
    for (x, y) in q.exercises.iter().zip(&longer.exercises) {
        assert_eq!(body(&x.source), body(&y.source));
    }
}

#[test]
fn other_seeds_give_other_programs() {
    let mut seen = BTreeSet::new();
    for seed in seeds() {
        for ex in quiz::generate(&seed, 3).unwrap().exercises {
            assert!(
                seen.insert(body(&ex.source).to_string()),
                "{seed}: {} repeats another learner's program",
                ex.name
            );
        }
    }
}

#[test]
fn every_program_is_valid_runs_and_has_something_to_predict() {
    let mut situations = BTreeSet::new();
    for seed in seeds() {
        for ex in quiz::generate(&seed, 5).unwrap().exercises {
            let file = SourceFile::new("./main.go".to_string(), ex.source.as_str());
            let report = memsim::escape_report(&file, 1)
                .unwrap_or_else(|e| panic!("{seed} {}: invalid: {e}\n{}", ex.name, ex.source));
            assert!(
                report.lines().count() >= 2,
                "{seed} {}: little to predict:\n{report}",
                ex.name
            );
            let opts = RunOptions {
                max_steps: 50_000_000,
                ..RunOptions::default()
            };
            let out = run(&file, opts)
                .unwrap_or_else(|e| panic!("{seed} {}: does not run: {}", ex.name, e.0));
            assert!(
                out.exit == Exit::Ok && out.exit_code == 0,
                "{seed} {}: exit {:?} {}: {}",
                ex.name,
                out.exit,
                out.exit_code,
                String::from_utf8_lossy(&out.stderr)
            );
            assert_eq!(ex.situations.len(), 3);
            situations.extend(ex.situations.iter().copied());
            assert!(
                root().join("book/src").join(&ex.chapter).exists(),
                "{}: no chapter {}",
                ex.name,
                ex.chapter
            );
            assert_eq!(ex.hints.len(), 3);
        }
    }
    assert_eq!(situations.len(), Situation::ALL.len(), "{situations:?}");
}

#[test]
fn untouched_fails_and_memsims_answers_pass() {
    for seed in seeds().iter().take(12) {
        for ex in quiz::generate(seed, 4).unwrap().exercises {
            let g = grade_source("main.go", &ex.source);
            assert!(!g.passed, "{seed} {}: passes untouched", ex.name);
            assert!(
                g.findings[0].contains("which you did not predict"),
                "{:?}",
                g.findings
            );
            let answered = quiz::annotate(&ex.source).unwrap();
            let g = grade_source("main.go", &answered);
            assert!(g.passed, "{seed} {}: {:?}\n{answered}", ex.name, g.findings);
        }
    }
}

#[test]
fn a_quiz_folder_is_graded_like_the_course() {
    let base = scratch("folder");
    let (q, a) = (base.join("quiz"), base.join("answers"));
    memsim()
        .args([
            "exercises",
            "quiz",
            "--seed",
            "bob",
            "--count",
            "3",
            "--out",
        ])
        .arg(&q)
        .arg("--answers")
        .arg(&a)
        .assert()
        .success()
        .stdout("")
        .stderr(predicates::str::contains("3 exercises written to"));
    let info = std::fs::read_to_string(q.join("info.toml")).unwrap();
    assert!(info.contains("--seed \"bob\" --count 3"), "{info}");
    assert_eq!(info, std::fs::read_to_string(a.join("info.toml")).unwrap());
    let src = std::fs::read_to_string(q.join("quiz01/main.go")).unwrap();
    assert_eq!(src, quiz::generate("bob", 3).unwrap().exercises[0].source);
    let out = memsim()
        .args(["exercises", "verify", "--dir"])
        .arg(&q)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().last(), Some("0/3 passed"), "{text}");
    assert!(
        text.contains("FAIL quiz01 (Predict, book: escape/"),
        "{text}"
    );
    memsim()
        .args(["exercises", "verify", "--dir"])
        .arg(&a)
        .assert()
        .success()
        .stdout(predicates::str::ends_with("3/3 passed\n"));
    memsim()
        .args(["exercises", "hint", "2", "--more", "3", "--dir"])
        .arg(&q)
        .assert()
        .success()
        .stdout(predicates::str::contains("hint 1/3: This program combines"));
    // An existing quiz is never overwritten.
    std::fs::write(q.join("quiz01/main.go"), "// mine\n").unwrap();
    memsim()
        .args(["exercises", "quiz", "--seed", "bob", "--out"])
        .arg(&q)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "the folder exists and is not empty; choose a new folder (nothing was written)",
        ));
    assert_eq!(
        std::fs::read_to_string(q.join("quiz01/main.go")).unwrap(),
        "// mine\n"
    );
    memsim()
        .args(["exercises", "quiz", "--seed", "bob", "--count", "21"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("a quiz has 1 to 20 exercises"));
    memsim()
        .args(["exercises", "quiz", "--seed", ""])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("the quiz seed is empty"));
    memsim()
        .args(["exercises", "quiz"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--seed <SEED>"));
    let _ = std::fs::remove_dir_all(&base);
}
