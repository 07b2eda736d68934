//! A progress report a learner hands in: `memsim exercises report` re-grades every exercise
//! of a folder — it never reads the loop's state file or anything else that says what
//! passed — and writes the verdicts as JSON, with a SHA-256 of every file the grader read,
//! so an instructor can tell which files were graded and spot two identical hand-ins.
//!
//! ```json
//! {
//!   "format": "memsim-exercises-report/1",
//!   "learner": "alice",
//!   "memsim": "0.1.0",
//!   "exercise_set": "SHA-256 of the folder's info.toml",
//!   "passed": 1,
//!   "total": 2,
//!   "exercises": [
//!     {
//!       "name": "01_returned_pointer",
//!       "kind": "predict",
//!       "chapter": "escape/pointers.md",
//!       "passed": true,
//!       "files": [{ "path": "01_returned_pointer/main.go", "sha256": "64 hex digits" }]
//!     }
//!   ],
//!   "timestamp": "2025-01-31T09:30:00Z"
//! }
//! ```
//!
//! The report is a function of the folder's files and memsim's version: the same files
//! give the same bytes. The one exception is `timestamp` (UTC, RFC 3339, to the second),
//! written only when asked for (`--timestamp`). A file the grader needs but cannot read
//! has `"sha256": null`. The graded files are, by kind: `main.go` (predict), `main.go` and
//! `expected.stdout` (allocs), for the Rust kinds every file of the exercise's folder and
//! the test file that grades it, `rust/CRATE/tests/NAME.rs` (paths relative to the folder
//! graded, `/`-separated, sorted; `target/` and hidden entries are skipped). Reports are read back by [`parse`], which checks them, for the scoreboard
//! ([`super::scoreboard`]).

use super::{Exercise, Kind, Manifest, grade};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::Path;

/// The `format` of every report this version writes and reads.
pub const FORMAT: &str = "memsim-exercises-report/1";

/// A learner's progress report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Always [`FORMAT`].
    pub format: String,
    /// Who hands it in (`--name`).
    pub learner: String,
    /// The memsim version that graded.
    pub memsim: String,
    /// SHA-256 of the folder's `info.toml`: which set of exercises was graded.
    pub exercise_set: String,
    /// How many exercises passed, of `total`.
    pub passed: usize,
    pub total: usize,
    pub exercises: Vec<ExerciseResult>,
    /// When the report was made (UTC, RFC 3339), only with `--timestamp`: the one field
    /// that makes two reports of the same files differ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
}

/// One exercise's verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseResult {
    pub name: String,
    /// `predict`, `allocs`, ...: the `kind` of `info.toml`.
    pub kind: String,
    pub chapter: String,
    pub passed: bool,
    pub files: Vec<FileHash>,
}

/// A graded file and its SHA-256 (lowercase hex), `None` when it cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileHash {
    pub path: String,
    pub sha256: Option<String>,
}

/// SHA-256 of `bytes`, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The kind as `info.toml` spells it.
pub fn kind_name(kind: Kind) -> String {
    format!("{kind:?}").to_lowercase()
}

/// The files the grader reads for `ex`, relative to the folder graded.
pub fn graded_files(dir: &Path, ex: &Exercise) -> Vec<String> {
    let n = &ex.name;
    if ex.kind == Kind::Predict {
        vec![format!("{n}/main.go")]
    } else if ex.kind == Kind::Allocs {
        vec![format!("{n}/main.go"), format!("{n}/expected.stdout")]
    } else {
        // Rust kinds: the learner's folder, and the tests that grade it
        // (`rust/CRATE/tests/NAME.rs`).
        let mut out = Vec::new();
        walk(&dir.join(n), n, &mut out);
        if let Ok(crates) = std::fs::read_dir(dir.join("rust")) {
            for c in crates.flatten() {
                let test = c.path().join("tests").join(format!("{n}.rs"));
                if test.is_file() {
                    let krate = c.file_name().to_string_lossy().into_owned();
                    out.push(format!("rust/{krate}/tests/{n}.rs"));
                }
            }
        }
        out.sort();
        out
    }
}

/// Every file under `path` (named `rel`), skipping hidden entries and `target/`.
fn walk(path: &Path, rel: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "target" {
            continue;
        }
        let rel = format!("{rel}/{name}");
        match e.file_type() {
            Ok(t) if t.is_dir() => walk(&e.path(), &rel, out),
            Ok(t) if t.is_file() => out.push(rel),
            _ => {}
        }
    }
}

/// Re-grades every exercise of `dir` and makes `learner`'s report; `timestamp` is the
/// optional `timestamp` field (see [`now_utc`]).
pub fn build(dir: &Path, learner: &str, timestamp: Option<String>) -> Result<Report, String> {
    if learner.trim().is_empty() {
        return Err("the learner's name is empty: --name NAME".to_string());
    }
    let manifest_path = dir.join("info.toml");
    let manifest_bytes = std::fs::read(&manifest_path).map_err(|e| {
        format!(
            "{}: cannot read the exercise list: {e}",
            manifest_path.display()
        )
    })?;
    let manifest = Manifest::load(dir)?;
    let mut exercises = Vec::new();
    for ex in &manifest.exercises {
        let g = grade(dir, ex);
        let files = graded_files(dir, ex)
            .into_iter()
            .map(|path| FileHash {
                sha256: std::fs::read(dir.join(&path)).ok().map(|b| sha256_hex(&b)),
                path,
            })
            .collect();
        exercises.push(ExerciseResult {
            name: ex.name.clone(),
            kind: kind_name(ex.kind),
            chapter: ex.chapter.clone(),
            passed: g.passed,
            files,
        });
    }
    Ok(Report {
        format: FORMAT.to_string(),
        learner: learner.to_string(),
        memsim: env!("CARGO_PKG_VERSION").to_string(),
        exercise_set: sha256_hex(&manifest_bytes),
        passed: exercises.iter().filter(|e| e.passed).count(),
        total: exercises.len(),
        exercises,
        timestamp,
    })
}

/// The report as JSON (two-space indented, a final newline).
pub fn to_json(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("a report serializes");
    s.push('\n');
    s
}

/// Reads a report and checks it: the format, a learner's name, totals that agree with
/// the exercises, unique exercise names, hashes of 64 hex digits. Errors say what is
/// wrong (with the line and column for bad JSON); the caller names the file.
pub fn parse(text: &str) -> Result<Report, String> {
    let r: Report =
        serde_json::from_str(text).map_err(|e| format!("not a memsim progress report: {e}"))?;
    if r.format != FORMAT {
        return Err(format!(
            "format is {:?}; this memsim reads {FORMAT:?} reports",
            r.format
        ));
    }
    if r.learner.trim().is_empty() {
        return Err("the learner's name is empty".to_string());
    }
    if r.total != r.exercises.len() {
        return Err(format!(
            "total says {} but the report lists {} exercises",
            r.total,
            r.exercises.len()
        ));
    }
    let passed = r.exercises.iter().filter(|e| e.passed).count();
    if r.passed != passed {
        return Err(format!(
            "passed says {} but {passed} of the listed exercises passed",
            r.passed
        ));
    }
    for (i, e) in r.exercises.iter().enumerate() {
        if e.name.is_empty() {
            return Err(format!("exercise {} has no name", i + 1));
        }
        if r.exercises[..i].iter().any(|o| o.name == e.name) {
            return Err(format!("exercise {:?} is listed twice", e.name));
        }
        for f in &e.files {
            if let Some(h) = &f.sha256
                && !(h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()))
            {
                return Err(format!(
                    "{}: {:?} is not a SHA-256 (64 hex digits)",
                    f.path, h
                ));
            }
        }
    }
    Ok(r)
}

/// The current time as the report's `timestamp`: UTC, RFC 3339, to the second.
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    rfc3339(secs)
}

/// `secs` after the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ` (Howard Hinnant's
/// civil-from-days).
pub fn rfc3339(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3_600,
        rem % 3_600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_735_689_599), "2024-12-31T23:59:59Z");
        assert!(now_utc().ends_with('Z'));
    }

    #[test]
    fn sha256() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn parse_checks_reports() {
        let ok = r#"{"format":"memsim-exercises-report/1","learner":"a","memsim":"0.1.0","exercise_set":"x","passed":1,"total":1,"exercises":[{"name":"e","kind":"predict","chapter":"c","passed":true,"files":[{"path":"e/main.go","sha256":null}]}]}"#;
        let r = parse(ok).unwrap();
        assert_eq!(r.learner, "a");
        assert_eq!(parse(&to_json(&r)).unwrap(), r);
        assert!(
            parse(&ok.replace("\"passed\":1", "\"passed\":0"))
                .unwrap_err()
                .contains("passed says 0")
        );
        assert!(
            parse(&ok.replace("report/1", "report/9"))
                .unwrap_err()
                .contains("format")
        );
        assert!(
            parse(&ok.replace("null", "\"zz\""))
                .unwrap_err()
                .contains("not a SHA-256")
        );
        assert!(
            parse("{\n  \"format\": 3\n}")
                .unwrap_err()
                .contains("line 2 column")
        );
    }
}
