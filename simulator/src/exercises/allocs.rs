//! Allocation exercises: change a Go program so that one function allocates at most a
//! budget per call (`memsim allocs`, which is `testing.AllocsPerRun(100, F)`), while the
//! program still prints exactly what it printed before (`NAME/expected.stdout`, what real
//! Go printed for the exercise as given; a golden, never edited by hand).

use super::{Exercise, Grade};
use crate::runtime::{Exit, RunOptions, allocs_per_run, run};
use crate::source::SourceFile;
use std::path::Path;

/// Steps a learner's program may run before the grader stops it (an infinite loop ends
/// in a message, not a hang): far above what an exercise needs.
pub const MAX_STEPS: u64 = 200_000_000;

/// Grades the allocation exercise `ex` whose program is `path`.
pub fn grade(path: &Path, ex: &Exercise) -> Grade {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return Grade::fail(vec![format!("{}: cannot read: {e}", path.display())]),
    };
    let expected_path = path.with_file_name("expected.stdout");
    let Ok(expected) = std::fs::read_to_string(&expected_path) else {
        return Grade::fail(vec![format!(
            "{}: missing (the program's expected output, from real Go)",
            expected_path.display()
        )]);
    };
    let (func, budget) = (ex.func.as_deref().unwrap_or("main"), ex.budget.unwrap_or(0));
    grade_source(&name, &text, &expected, func, budget)
}

/// Grades the program `text` (named `name`) against its expected output and the budget
/// of `func`.
pub fn grade_source(name: &str, text: &str, expected: &str, func: &str, budget: u64) -> Grade {
    let file = SourceFile::new(format!("./{name}"), text);
    let strip = |e: &str| {
        e.lines()
            .next()
            .unwrap_or("")
            .trim_start_matches("./")
            .to_string()
    };
    let escape = match crate::escape_report(&file, 1) {
        Ok(r) => r,
        Err(e) => return Grade::fail(vec![strip(&e)]),
    };
    let opts = RunOptions {
        max_steps: MAX_STEPS,
        ..RunOptions::default()
    };
    let mut findings = Vec::new();
    match run(&file, opts) {
        Err(e) => return Grade::fail(vec![strip(&e.0)]),
        Ok(out) if out.exit == Exit::Limit => {
            return Grade::fail(vec![format!(
                "{name}: the program did not finish within {MAX_STEPS} steps — an endless loop?"
            )]);
        }
        Ok(out) => {
            let got = String::from_utf8_lossy(&out.stdout);
            if out.exit_code != 0 {
                let why = String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_string();
                findings.push(format!(
                    "{name}: the program crashes (exit status {}): {why}",
                    out.exit_code
                ));
            } else if got != expected {
                let (mut want_l, mut got_l) = (expected.lines(), got.lines());
                let mut n = 1;
                loop {
                    match (want_l.next(), got_l.next()) {
                        (Some(w), Some(g)) if w == g => n += 1,
                        (w, g) => {
                            findings.push(format!(
                                "{name}: the output changed: line {n} should be {:?} but is {:?}",
                                w.unwrap_or("(nothing)"),
                                g.unwrap_or("(nothing)")
                            ));
                            break;
                        }
                    }
                }
            }
        }
    }
    let opts = RunOptions {
        max_steps: MAX_STEPS,
        ..RunOptions::default()
    };
    match allocs_per_run(&file, func, opts) {
        Err(e) => findings.push(strip(&e.0)),
        Ok(r) if r.allocs_per_op > budget => {
            let (from, to) = func_lines(text, func).unwrap_or((0, u32::MAX));
            let heap: Vec<String> = escape
                .lines()
                .filter(|l| l.contains("escapes to heap") || l.contains("moved to heap"))
                .filter(|l| {
                    let line = l.split(':').nth(1).and_then(|n| n.parse::<u32>().ok());
                    line.is_some_and(|n| (from..=to).contains(&n))
                })
                .map(|l| format!("    {}", l.trim_start_matches("./")))
                .collect();
            findings.push(format!(
                "{name}: {func} makes {} allocs/op ({} B/op); the budget is {budget}.{}",
                r.allocs_per_op,
                r.bytes_per_op,
                if heap.is_empty() {
                    format!(
                        "\n  Nothing written in {func} itself escapes: the allocations happen in \
                         what it calls (a function returning a pointer, errors.New, fmt, append \
                         growing a slice)."
                    )
                } else {
                    format!("\n  What escapes in {func} now:\n{}", heap.join("\n"))
                }
            ));
        }
        Ok(r) => {
            if findings.is_empty() {
                return Grade::pass(vec![format!(
                    "{func} makes {} allocs/op ({} B/op), within the budget of {budget}, and the output is unchanged",
                    r.allocs_per_op, r.bytes_per_op
                )]);
            }
        }
    }
    Grade::fail(findings)
}

/// The lines of the top-level function `func` (from its `func` line to its closing brace
/// at the start of a line), as gofmt lays functions out.
fn func_lines(text: &str, func: &str) -> Option<(u32, u32)> {
    let head = format!("func {func}(");
    let mut start = None;
    for (i, line) in text.lines().enumerate() {
        let n = i as u32 + 1;
        match start {
            None if line.starts_with(&head) => {
                if line.trim_end().ends_with('}') {
                    return Some((n, n));
                }
                start = Some(n);
            }
            Some(s) if line.starts_with('}') => return Some((s, n)),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROG: &str = "package main\n\nimport \"fmt\"\n\nvar total int\n\nfunc Sum() {\n\ts := make([]int, 0)\n\tfor i := 0; i < 10; i++ {\n\t\ts = append(s, i)\n\t}\n\tfor _, v := range s {\n\t\ttotal += v\n\t}\n}\n\nfunc main() {\n\tSum()\n\tfmt.Println(total)\n}\n";

    #[test]
    fn budget_and_output() {
        let g = grade_source("main.go", PROG, "45\n", "Sum", 0);
        assert!(!g.passed);
        assert!(
            g.findings[0].starts_with("main.go: Sum makes "),
            "{:?}",
            g.findings
        );
        let fixed = PROG.replace("make([]int, 0)", "make([]int, 0, 10)");
        let g = grade_source("main.go", &fixed, "45\n", "Sum", 0);
        assert!(g.passed, "{:?}", g.findings);
        let g = grade_source("main.go", &fixed, "46\n", "Sum", 0);
        assert!(!g.passed);
        assert!(
            g.findings[0].contains("line 1 should be \"46\" but is \"45\""),
            "{:?}",
            g.findings
        );
        let endless = fixed.replace("\tSum()\n", "\tfor {\n\t}\n");
        let g = grade_source("main.go", &endless, "45\n", "Sum", 0);
        assert!(g.findings[0].contains("endless loop"), "{:?}", g.findings);
    }
}
