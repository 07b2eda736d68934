//! Predict exercises: the learner marks, on each line of a Go program, what
//! `go build -gcflags='-m -l'` reports there, as Go's own errorcheck tests do:
//!
//! ```go
//! func newPoint() *point {
//!     p := point{1, 2} // want "moved to heap: p"
//!     return &p
//! }
//! ```
//!
//! A line may carry several expectations (`// want "a" "b"`, each a Go string literal,
//! interpreted or raw). The grader compares the expectations of every line with memsim's
//! diagnostics for that line, as multisets of exact messages: a diagnostic nobody predicted
//! is a miss, an expectation Go does not print is a wrong guess. Each finding comes with
//! memsim's `--explain` sentence for the line, so the learner learns why.

use super::Grade;
use crate::source::SourceFile;
use std::collections::BTreeMap;
use std::path::Path;

/// The messages a line's `// want` comment expects, or an error for a malformed one. A
/// line that is only a comment has none (Go reports nothing there, and an exercise's
/// instructions may show the syntax).
pub fn parse_want(line: &str) -> Result<Vec<String>, String> {
    if line.trim_start().starts_with("//") {
        return Ok(Vec::new());
    }
    let Some(at) = line.find("// want") else {
        return Ok(Vec::new());
    };
    let mut rest = line[at + "// want".len()..].trim_start();
    let mut out = Vec::new();
    while !rest.is_empty() {
        let (text, after) = match rest.as_bytes()[0] {
            b'"' => {
                let mut s = String::new();
                let mut chars = rest[1..].char_indices();
                let mut end = None;
                while let Some((i, c)) = chars.next() {
                    match c {
                        '"' => {
                            end = Some(i + 2);
                            break;
                        }
                        '\\' => match chars.next() {
                            Some((_, 'n')) => s.push('\n'),
                            Some((_, 't')) => s.push('\t'),
                            Some((_, c @ ('"' | '\\'))) => s.push(c),
                            Some((_, c)) => {
                                return Err(format!("unknown escape \\{c} in a want string"));
                            }
                            None => break,
                        },
                        c => s.push(c),
                    }
                }
                let end = end.ok_or("a want string is not closed with \"")?;
                (s, &rest[end..])
            }
            b'`' => {
                let end = rest[1..]
                    .find('`')
                    .ok_or("a raw want string is not closed with `")?;
                (rest[1..1 + end].to_string(), &rest[end + 2..])
            }
            _ => {
                return Err(
                    "after // want, write the expected messages as Go strings: // want \"moved to heap: x\""
                        .to_string(),
                );
            }
        };
        out.push(text);
        rest = after.trim_start();
    }
    if out.is_empty() {
        return Err("// want needs at least one message: // want \"moved to heap: x\"".to_string());
    }
    Ok(out)
}

/// `FILE:LINE:COL: message` lines of a report, by line: (column, message) in report order.
fn by_line(report: &str, display: &str) -> BTreeMap<u32, Vec<(u32, String)>> {
    let prefix = format!("{display}:");
    let mut out: BTreeMap<u32, Vec<(u32, String)>> = BTreeMap::new();
    for l in report.lines() {
        let Some(rest) = l.strip_prefix(&prefix) else {
            continue;
        };
        let mut parts = rest.splitn(3, ':');
        let (Some(line), Some(col), Some(msg)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        if let (Ok(n), Ok(c)) = (line.parse(), col.parse()) {
            out.entry(n)
                .or_default()
                .push((c, msg.trim_start().to_string()));
        }
    }
    out
}

/// Grades the predict exercise in `path`.
pub fn grade(path: &Path) -> Grade {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return Grade::fail(vec![format!("{}: cannot read: {e}", path.display())]),
    };
    grade_source(&name, &text)
}

/// Grades the predict exercise `text`, named `name` in the findings.
pub fn grade_source(name: &str, text: &str) -> Grade {
    let display = format!("./{name}");
    let file = SourceFile::new(display.clone(), text);
    let report = match crate::escape_report(&file, 1) {
        Ok(r) => r,
        Err(e) => {
            return Grade::fail(vec![format!(
                "{} — the program must be valid Go before its predictions can be checked",
                e.lines().next().unwrap_or("").trim_start_matches("./")
            )]);
        }
    };
    let go = by_line(&report, &display);
    let explain = crate::explain_report(&file)
        .map(|r| by_line(&r, &display))
        .unwrap_or_default();
    let mut findings = Vec::new();
    let mut wants: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let n = i as u32 + 1;
        match parse_want(line) {
            Ok(w) if !w.is_empty() => {
                wants.insert(n, w);
            }
            Ok(_) => {}
            Err(e) => findings.push(format!("{name}:{n}: {e}")),
        }
    }
    let lines: std::collections::BTreeSet<u32> = go.keys().chain(wants.keys()).copied().collect();
    let mut misses = 0;
    let mut predicted = 0;
    for n in lines {
        let reported: Vec<(u32, String)> = go.get(&n).cloned().unwrap_or_default();
        let mut unmatched = reported.clone();
        let mut wrong = Vec::new();
        for w in wants.get(&n).into_iter().flatten() {
            match unmatched.iter().position(|(_, s)| s == w) {
                Some(i) => {
                    unmatched.remove(i);
                    predicted += 1;
                }
                None => wrong.push(w.clone()),
            }
        }
        let explained = explain.get(&n).cloned().unwrap_or_default();
        for (col, s) in &unmatched {
            misses += 1;
            let why = explained
                .iter()
                .find(|(c, _)| c == col)
                .map(|(_, e)| format!("\n    memsim explains: {e}"))
                .unwrap_or_default();
            findings.push(format!(
                "{name}:{n}: Go reports \"{s}\" here, which you did not predict.{why}"
            ));
        }
        for w in &wrong {
            misses += 1;
            let actual = if reported.is_empty() {
                "Go reports nothing on this line".to_string()
            } else {
                format!(
                    "Go reports {} on this line",
                    reported
                        .iter()
                        .map(|(_, s)| format!("\"{s}\""))
                        .collect::<Vec<_>>()
                        .join(" and ")
                )
            };
            let mut why: Vec<&str> = explained.iter().map(|(_, e)| e.as_str()).collect();
            why.dedup();
            let why = if why.is_empty() {
                String::new()
            } else {
                format!("\n    memsim explains: {}", why.join(" "))
            };
            findings.push(format!(
                "{name}:{n}: you predicted \"{w}\", but {actual}.{why}"
            ));
        }
    }
    let total: usize = go.values().map(Vec::len).sum();
    if misses == 0 && findings.is_empty() {
        Grade::pass(vec![format!(
            "all {total} of Go's diagnostics predicted, and nothing else"
        )])
    } else {
        findings.push(format!("{predicted} of Go's {total} diagnostics predicted"));
        Grade::fail(findings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn want_comments() {
        assert_eq!(parse_want("x := 1").unwrap(), Vec::<String>::new());
        assert_eq!(
            parse_want("//\tp := q // want \"x\"").unwrap(),
            Vec::<String>::new()
        );
        assert_eq!(
            parse_want(r#"p := &T{} // want "&T{} escapes to heap" `moved to heap: p`"#).unwrap(),
            ["&T{} escapes to heap", "moved to heap: p"]
        );
        assert_eq!(
            parse_want(r#"f(s) // want "\"q\" \\""#).unwrap(),
            ["\"q\" \\"]
        );
        assert!(parse_want("x // want").is_err());
        assert!(parse_want("x // want moved").is_err());
        assert!(parse_want("x // want \"open").is_err());
    }

    const PROG: &str = "package main\n\ntype point struct{ x, y int }\n\nfunc newPoint() *point {\n\tp := point{1, 2}\n\treturn &p\n}\n\nfunc main() {\n\t_ = newPoint()\n}\n";

    #[test]
    fn grades_misses_and_wrong_guesses_with_explanations() {
        let g = grade_source("main.go", PROG);
        assert!(!g.passed);
        assert!(
            g.findings[0].starts_with("main.go:6: Go reports \"moved to heap: p\" here, which you did not predict.\n    memsim explains: p moves to the heap"),
            "{:?}",
            g.findings
        );
        let right = PROG.replace(
            "p := point{1, 2}\n",
            "p := point{1, 2} // want \"moved to heap: p\"\n",
        );
        assert!(grade_source("main.go", &right).passed);
        let wrong = right.replace(
            "\t_ = newPoint()\n",
            "\t_ = newPoint() // want \"newPoint() escapes to heap\"\n",
        );
        let g = grade_source("main.go", &wrong);
        assert!(!g.passed);
        assert!(
            g.findings[0].starts_with("main.go:11: you predicted \"newPoint() escapes to heap\", but Go reports nothing on this line."),
            "{:?}",
            g.findings
        );
    }

    #[test]
    fn an_invalid_program_is_reported_first() {
        let g = grade_source("main.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
        assert!(!g.passed);
        assert!(
            g.findings[0].starts_with("main.go:4:2: declared and not used: x"),
            "{:?}",
            g.findings
        );
    }
}
