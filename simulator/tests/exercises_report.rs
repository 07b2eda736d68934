//! Progress reports and the class scoreboard (`memsim exercises report`, `memsim exercises
//! scoreboard`) on fixture folders made in a temp dir: a quiz (predict exercises), its
//! answers, and a small allocs exercise. The report re-grades (change a file and the
//! verdict and hash change), is byte-identical for the same files unless `--timestamp` is
//! asked for, and the scoreboard merges, sorts, totals and escapes.

use assert_cmd::Command;
use sha2::{Digest, Sha256};
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
    let d = std::env::temp_dir().join(format!("memsim-report-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A quiz folder (untouched) and its answers, for `seed`.
fn quiz(base: &Path, seed: &str) -> (PathBuf, PathBuf) {
    let (q, a) = (
        base.join(format!("{seed}-quiz")),
        base.join(format!("{seed}-answers")),
    );
    memsim()
        .args(["exercises", "quiz", "--seed", seed, "--count", "3", "--out"])
        .arg(&q)
        .arg("--answers")
        .arg(&a)
        .assert()
        .success();
    (q, a)
}

fn report(dir: &Path, name: &str, extra: &[&str]) -> String {
    let out = memsim()
        .args(["exercises", "report", "--name", name, "--dir"])
        .arg(dir)
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

fn hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn a_report_regrades_and_hashes_every_graded_file() {
    let base = scratch("regrade");
    let (q, a) = quiz(&base, "carol");
    let text = report(&q, "carol", &[]);
    assert_eq!(text, report(&q, "carol", &[]), "not deterministic");
    assert!(text.ends_with("}\n"));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "memsim-exercises-report/1");
    assert_eq!(v["learner"], "carol");
    assert_eq!(v["memsim"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        v["exercise_set"],
        hex(&std::fs::read(q.join("info.toml")).unwrap())
    );
    assert_eq!(
        (v["passed"].as_u64(), v["total"].as_u64()),
        (Some(0), Some(3))
    );
    assert!(v.get("timestamp").is_none());
    let first = &v["exercises"][0];
    assert_eq!(first["name"], "quiz01");
    assert_eq!(first["kind"], "predict");
    assert!(first["chapter"].as_str().unwrap().starts_with("escape/"));
    assert_eq!(first["passed"], false);
    assert_eq!(first["files"][0]["path"], "quiz01/main.go");
    assert_eq!(
        first["files"][0]["sha256"],
        hex(&std::fs::read(q.join("quiz01/main.go")).unwrap())
    );

    // The answers pass; break one and the report says so, with the new file's hash.
    let v: serde_json::Value = serde_json::from_str(&report(&a, "carol", &[])).unwrap();
    assert_eq!(v["passed"], 3);
    let f = a.join("quiz02/main.go");
    let mut broken = std::fs::read_to_string(&f).unwrap();
    // Forget the last prediction (a code line's: the header's example is a comment).
    let at = broken.rfind(" // want").unwrap();
    let end = at + broken[at..].find('\n').unwrap();
    broken.replace_range(at..end, "");
    std::fs::write(&f, &broken).unwrap();
    let v: serde_json::Value = serde_json::from_str(&report(&a, "carol", &[])).unwrap();
    assert_eq!(v["passed"], 2);
    assert_eq!(v["exercises"][1]["passed"], false);
    assert_eq!(
        v["exercises"][1]["files"][0]["sha256"],
        hex(broken.as_bytes())
    );
    // A missing file: no hash, not passed.
    std::fs::remove_file(&f).unwrap();
    let v: serde_json::Value = serde_json::from_str(&report(&a, "carol", &[])).unwrap();
    assert_eq!(
        v["exercises"][1]["files"][0]["sha256"],
        serde_json::Value::Null
    );
    assert_eq!(v["exercises"][1]["passed"], false);
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn allocs_exercises_hash_their_expected_output_too() {
    let base = scratch("allocs");
    let dir = base.join("set");
    std::fs::create_dir_all(dir.join("01_sum")).unwrap();
    std::fs::write(
        dir.join("info.toml"),
        "[[exercises]]\nname = \"01_sum\"\nkind = \"allocs\"\nchapter = \"heap.md\"\nfunc = \"Sum\"\nbudget = 0\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("01_sum/main.go"),
        "package main\n\nvar total int\n\nfunc Sum() {\n\ts := make([]int, 0, 10)\n\tfor i := 0; i < 10; i++ {\n\t\ts = append(s, i)\n\t}\n\tfor _, v := range s {\n\t\ttotal += v\n\t}\n}\n\nfunc main() {\n\tSum()\n\tprintln(total)\n}\n",
    )
    .unwrap();
    std::fs::write(dir.join("01_sum/expected.stdout"), "").unwrap();
    let v: serde_json::Value = serde_json::from_str(&report(&dir, "dan", &[])).unwrap();
    let e = &v["exercises"][0];
    assert_eq!(e["kind"], "allocs");
    assert_eq!(e["passed"], true, "{v}");
    assert_eq!(e["files"][1]["path"], "01_sum/expected.stdout");
    assert_eq!(e["files"][1]["sha256"], hex(b""));
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn report_options_and_errors() {
    let base = scratch("options");
    let (q, _) = quiz(&base, "erin");
    let text = report(&q, "erin", &["--timestamp"]);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let ts = v["timestamp"].as_str().unwrap();
    assert_eq!(ts.len(), 20, "{ts}");
    assert!(ts.starts_with("20") && ts.ends_with('Z') && ts.as_bytes()[10] == b'T');
    // Only the timestamp differs from the plain report.
    let mut v2 = v.clone();
    v2.as_object_mut().unwrap().remove("timestamp");
    let plain: serde_json::Value = serde_json::from_str(&report(&q, "erin", &[])).unwrap();
    assert_eq!(v2, plain);
    assert!(
        text.ends_with(&format!("  ],\n  \"timestamp\": \"{ts}\"\n}}\n")),
        "{text}"
    );

    let out = base.join("erin.json");
    memsim()
        .args(["exercises", "report", "--name", "erin", "--dir"])
        .arg(&q)
        .arg("--out")
        .arg(&out)
        .assert()
        .success()
        .stdout("")
        .stderr(predicates::str::contains(
            "0/3 passed; the report of erin is in",
        ));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        report(&q, "erin", &[])
    );
    memsim()
        .args(["exercises", "report", "--name", "x", "--dir", "no/such/dir"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "no/such/dir/info.toml: cannot read the exercise list",
        ));
    memsim()
        .args(["exercises", "report", "--name", " ", "--dir"])
        .arg(&q)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("--name NAME"));
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn the_scoreboard_merges_a_class() {
    let base = scratch("board");
    let reports = base.join("reports");
    std::fs::create_dir_all(&reports).unwrap();
    let (fq, fa) = quiz(&base, "frank");
    let (gq, _) = quiz(&base, "grace");
    for (who, dir, file) in [
        ("frank", &fa, "frank.json"),
        ("Grace", &gq, "grace.json"),
        ("<script>alert(1)</script>", &fq, "z.json"),
    ] {
        std::fs::write(reports.join(file), report(dir, who, &["--timestamp"])).unwrap();
    }
    std::fs::write(reports.join("notes.txt"), "not a report").unwrap();
    let board = |format: &str| {
        let out = memsim()
            .args(["exercises", "scoreboard", "--format", format])
            .arg(&reports)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let text = board("text");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0], "learner                   1 2 3  passed",
        "{text}"
    );
    assert_eq!(lines[1], "<script>alert(1)</script> ✗ ✗ ✗  0/3", "{text}");
    assert_eq!(lines[2], "frank                     ✓ ✓ ✓  3/3", "{text}");
    assert_eq!(lines[3], "Grace                     ✗ ✗ ✗  0/3", "{text}");
    assert_eq!(lines[5], "total                     1 1 1  3/9", "{text}");
    // Every learner has a quiz01, each with its own program and chapter.
    assert!(text.contains("\n1  quiz01 (predict, "), "{text}");

    let md = board("markdown");
    assert!(
        md.starts_with("| learner | 1 | 2 | 3 | passed |\n| --- | :-: | :-: | :-: | --: |\n"),
        "{md}"
    );
    assert!(
        md.contains("| \\<script\\>alert(1)\\</script\\> | ✗ | ✗ | ✗ | 0/3 |"),
        "{md}"
    );
    assert!(md.contains("| **total** | 1 | 1 | 1 | 3/9 |"), "{md}");

    let html = board("html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<tr><th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th>"));
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("<td class=\"pass\">✓</td>"));
    assert!(html.trim_end().ends_with("</html>"));
    assert_eq!(board("text"), text, "not deterministic");

    // Errors name the file.
    std::fs::write(
        reports.join("broken.json"),
        "{\n  \"format\": \"memsim-exercises-report/1\",\n",
    )
    .unwrap();
    memsim()
        .args(["exercises", "scoreboard"])
        .arg(&reports)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("broken.json: not a memsim progress report: EOF while parsing a value at line 3 column 0"));
    std::fs::copy(reports.join("frank.json"), reports.join("broken.json")).unwrap();
    memsim()
        .args(["exercises", "scoreboard"])
        .arg(&reports)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("broken.json and"))
        .stderr(predicates::str::contains(
            "frank.json are both reports of \"frank\"",
        ));
    let tampered = std::fs::read_to_string(reports.join("frank.json"))
        .unwrap()
        .replace("\"passed\": 3", "\"passed\": 4");
    std::fs::write(
        reports.join("broken.json"),
        tampered.replace("frank", "fred"),
    )
    .unwrap();
    memsim()
        .args(["exercises", "scoreboard"])
        .arg(&reports)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "broken.json: passed says 4 but 3 of the listed exercises passed",
        ));
    let empty = base.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    memsim()
        .args(["exercises", "scoreboard"])
        .arg(&empty)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "no reports (*.json) in this folder",
        ));
    memsim()
        .args(["exercises", "scoreboard", "--format", "pdf"])
        .arg(&empty)
        .assert()
        .code(2);
    let _ = std::fs::remove_dir_all(&base);
}
