//! The class scoreboard: `memsim exercises scoreboard DIR` merges the progress reports of a
//! folder (every `*.json` in it, see [`super::report`]) into one table, learners × exercises,
//! ✓ for passed, ✗ for failed and · for an exercise not in that learner's report, with each
//! learner's total and, at the bottom, how many learners passed each exercise. Learners are
//! sorted by name (case-insensitively, then exactly); the exercises are numbered in the
//! order they first appear, and a legend names them.
//!
//! Three renderings of the same [`Board`]: text for the terminal, Markdown, and a
//! self-contained HTML page. Everything that comes from a report (names, chapters) is
//! escaped for the format: a report is a file somebody handed in, not trusted markup.

use super::report::{Report, parse};
use std::fmt::Write as _;
use std::path::Path;

/// How the scoreboard is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// One column of the table: an exercise's name, and its kind and chapter when every
/// report that has it agrees on them (learners' quizzes share names, not programs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    pub kind: Option<String>,
    pub chapter: Option<String>,
}

impl Column {
    /// "kind, chapter", or what varies between the learners.
    fn about(&self) -> String {
        format!(
            "{}, {}",
            self.kind.as_deref().unwrap_or("kinds vary"),
            self.chapter.as_deref().unwrap_or("chapters vary")
        )
    }
}

/// One learner's row: `cells[i]` is `Some(passed)` for column `i`, `None` when the
/// learner's report does not have that exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub learner: String,
    pub cells: Vec<Option<bool>>,
    pub passed: usize,
    pub total: usize,
}

/// The merged table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Board {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// Reads every `*.json` file of `dir` (sorted by file name) as a report. Errors name the
/// file; two reports of one learner are an error too.
pub fn load(dir: &Path) -> Result<Vec<Report>, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot read the folder of reports: {e}", dir.display()))?;
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!(
            "{}: no reports (*.json) in this folder; each learner makes one with memsim exercises report --name NAME --out NAME.json",
            dir.display()
        ));
    }
    let mut reports: Vec<(std::path::PathBuf, Report)> = Vec::new();
    for p in paths {
        let text = std::fs::read_to_string(&p)
            .map_err(|e| format!("{}: cannot read: {e}", p.display()))?;
        let r = parse(&text).map_err(|e| format!("{}: {e}", p.display()))?;
        if let Some((other, _)) = reports.iter().find(|(_, o)| o.learner == r.learner) {
            return Err(format!(
                "{} and {} are both reports of {:?}: keep one",
                other.display(),
                p.display(),
                r.learner
            ));
        }
        reports.push((p, r));
    }
    Ok(reports.into_iter().map(|(_, r)| r).collect())
}

/// Merges reports into a board.
pub fn merge(reports: &[Report]) -> Board {
    let mut sorted: Vec<&Report> = reports.iter().collect();
    sorted.sort_by(|a, b| {
        (a.learner.to_lowercase(), &a.learner).cmp(&(b.learner.to_lowercase(), &b.learner))
    });
    let mut columns: Vec<Column> = Vec::new();
    for r in &sorted {
        for e in &r.exercises {
            match columns.iter_mut().find(|c| c.name == e.name) {
                Some(c) => {
                    if c.kind.as_ref() != Some(&e.kind) {
                        c.kind = None;
                    }
                    if c.chapter.as_ref() != Some(&e.chapter) {
                        c.chapter = None;
                    }
                }
                None => columns.push(Column {
                    name: e.name.clone(),
                    kind: Some(e.kind.clone()),
                    chapter: Some(e.chapter.clone()),
                }),
            }
        }
    }
    let rows = sorted
        .iter()
        .map(|r| Row {
            learner: r.learner.clone(),
            cells: columns
                .iter()
                .map(|c| {
                    r.exercises
                        .iter()
                        .find(|e| e.name == c.name)
                        .map(|e| e.passed)
                })
                .collect(),
            passed: r.passed,
            total: r.total,
        })
        .collect();
    Board { columns, rows }
}

impl Board {
    /// How many learners passed column `i`.
    fn column_passes(&self, i: usize) -> usize {
        self.rows
            .iter()
            .filter(|r| r.cells[i] == Some(true))
            .count()
    }

    fn totals(&self) -> (usize, usize) {
        (
            self.rows.iter().map(|r| r.passed).sum(),
            self.rows.iter().map(|r| r.total).sum(),
        )
    }

    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Text => self.text(),
            Format::Markdown => self.markdown(),
            Format::Html => self.html(),
        }
    }

    fn text(&self) -> String {
        let names: Vec<String> = self.rows.iter().map(|r| plain(&r.learner)).collect();
        let first = names
            .iter()
            .map(|n| n.chars().count())
            .chain(["learner".len()])
            .max()
            .unwrap_or(0);
        let widths: Vec<usize> = (1..=self.columns.len())
            .map(|i| i.to_string().len().max(self.rows.len().to_string().len()))
            .collect();
        let pad = |s: &str, w: usize| {
            let n = s.chars().count();
            format!("{}{s}", " ".repeat(w.saturating_sub(n)))
        };
        let left = |s: &str| {
            let n = s.chars().count();
            format!("{s}{}", " ".repeat(first.saturating_sub(n)))
        };
        let mut out = String::new();
        let mut line = left("learner");
        for (i, w) in widths.iter().enumerate() {
            let _ = write!(line, " {}", pad(&(i + 1).to_string(), *w));
        }
        line.push_str("  passed");
        out.push_str(line.trim_end());
        out.push('\n');
        for (r, name) in self.rows.iter().zip(&names) {
            let mut line = left(name);
            for (c, w) in r.cells.iter().zip(&widths) {
                let _ = write!(line, " {}", pad(mark(*c), *w));
            }
            let _ = write!(line, "  {}/{}", r.passed, r.total);
            out.push_str(&line);
            out.push('\n');
        }
        let width = first + widths.iter().map(|w| w + 1).sum::<usize>();
        out.push_str(&"-".repeat(width));
        out.push('\n');
        let mut line = left("total");
        for (i, w) in widths.iter().enumerate() {
            let _ = write!(line, " {}", pad(&self.column_passes(i).to_string(), *w));
        }
        let (p, t) = self.totals();
        let _ = writeln!(line, "  {p}/{t}");
        out.push_str(&line);
        let _ = writeln!(
            out,
            "\n{} learners; total: how many passed each exercise.",
            self.rows.len()
        );
        let w = self.columns.len().to_string().len();
        for (i, c) in self.columns.iter().enumerate() {
            let _ = writeln!(
                out,
                "{:>w$}  {} ({})",
                i + 1,
                plain(&c.name),
                plain(&c.about())
            );
        }
        out
    }

    fn markdown(&self) -> String {
        let mut out = String::from("| learner |");
        for i in 1..=self.columns.len() {
            let _ = write!(out, " {i} |");
        }
        out.push_str(" passed |\n| --- |");
        out.push_str(&" :-: |".repeat(self.columns.len()));
        out.push_str(" --: |\n");
        for r in &self.rows {
            let _ = write!(out, "| {} |", md(&r.learner));
            for c in &r.cells {
                let _ = write!(out, " {} |", mark(*c));
            }
            let _ = writeln!(out, " {}/{} |", r.passed, r.total);
        }
        out.push_str("| **total** |");
        for i in 0..self.columns.len() {
            let _ = write!(out, " {} |", self.column_passes(i));
        }
        let (p, t) = self.totals();
        let _ = writeln!(out, " {p}/{t} |");
        let _ = writeln!(
            out,
            "\n{} learners; ✓ passed, ✗ failed, · not in the learner's report; total: how many passed each exercise.\n\n| # | exercise | kind and chapter |\n| --: | --- | --- |",
            self.rows.len()
        );
        for (i, c) in self.columns.iter().enumerate() {
            let _ = writeln!(out, "| {} | {} | {} |", i + 1, md(&c.name), md(&c.about()));
        }
        out
    }

    fn html(&self) -> String {
        let mut out = String::from(concat!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
            "<title>memsim scoreboard</title>\n<style>\n",
            "body { font-family: sans-serif; margin: 2em; }\n",
            "table { border-collapse: collapse; }\n",
            "th, td { border: 1px solid #bbb; padding: 0.2em 0.5em; text-align: center; }\n",
            "th[scope=row] { text-align: left; }\n",
            ".pass { color: #176a1c; } .fail { color: #a31515; } .none { color: #888; }\n",
            "</style>\n</head>\n<body>\n<h1>Scoreboard</h1>\n<table>\n<thead>\n<tr><th>learner</th>",
        ));
        for (i, c) in self.columns.iter().enumerate() {
            let _ = write!(out, "<th title=\"{}\">{}</th>", html(&c.name), i + 1);
        }
        out.push_str("<th>passed</th></tr>\n</thead>\n<tbody>\n");
        for r in &self.rows {
            let _ = write!(out, "<tr><th scope=\"row\">{}</th>", html(&r.learner));
            for c in &r.cells {
                let class = match c {
                    Some(true) => "pass",
                    Some(false) => "fail",
                    None => "none",
                };
                let _ = write!(out, "<td class=\"{class}\">{}</td>", mark(*c));
            }
            let _ = writeln!(out, "<td>{}/{}</td></tr>", r.passed, r.total);
        }
        out.push_str("</tbody>\n<tfoot>\n<tr><th scope=\"row\">total</th>");
        for i in 0..self.columns.len() {
            let _ = write!(out, "<td>{}</td>", self.column_passes(i));
        }
        let (p, t) = self.totals();
        let _ = write!(
            out,
            "<td>{p}/{t}</td></tr>\n</tfoot>\n</table>\n<p>{} learners; ✓ passed, ✗ failed, · not in the learner's report; total: how many passed each exercise.</p>\n<ol>\n",
            self.rows.len()
        );
        for c in &self.columns {
            let _ = writeln!(out, "<li>{} ({})</li>", html(&c.name), html(&c.about()));
        }
        out.push_str("</ol>\n</body>\n</html>\n");
        out
    }
}

fn mark(c: Option<bool>) -> &'static str {
    match c {
        Some(true) => "✓",
        Some(false) => "✗",
        None => "·",
    }
}

/// Text for the terminal: control characters (which could move the cursor) escaped.
fn plain(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Text for a Markdown table cell: the characters with a meaning inside a line
/// backslash-escaped (`\|` keeps the cell whole, `\<` stops raw HTML), control characters as
/// spaces.
fn md(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '!' | '$'
        ) {
            out.push('\\');
            out.push(c);
        } else if c.is_control() {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// Text for HTML, in element content or a quoted attribute.
fn html(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::report::{ExerciseResult, FORMAT};

    fn report(learner: &str, results: &[(&str, bool)]) -> Report {
        let exercises: Vec<ExerciseResult> = results
            .iter()
            .map(|(n, p)| ExerciseResult {
                name: n.to_string(),
                kind: "predict".to_string(),
                chapter: "stack.md".to_string(),
                passed: *p,
                files: Vec::new(),
            })
            .collect();
        Report {
            format: FORMAT.to_string(),
            learner: learner.to_string(),
            memsim: "0".to_string(),
            exercise_set: String::new(),
            passed: exercises.iter().filter(|e| e.passed).count(),
            total: exercises.len(),
            exercises,
            timestamp: None,
        }
    }

    #[test]
    fn merges_sorted_by_name() {
        let b = merge(&[
            report("bob", &[("a", true), ("b", false)]),
            report("Alice", &[("a", true), ("c", true)]),
        ]);
        assert_eq!(
            b.columns
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>(),
            ["a", "c", "b"]
        );
        assert_eq!(b.rows[0].learner, "Alice");
        assert_eq!(b.rows[1].cells, [Some(true), None, Some(false)]);
        assert_eq!(
            b.text(),
            "learner 1 2 3  passed\nAlice   ✓ ✓ ·  2/2\nbob     ✓ · ✗  1/2\n-------------\ntotal   2 1 0  3/4\n\n2 learners; total: how many passed each exercise.\n1  a (predict, stack.md)\n2  c (predict, stack.md)\n3  b (predict, stack.md)\n"
        );
    }

    #[test]
    fn columns_say_when_learners_differ() {
        let mut other = report("b", &[("quiz01", true)]);
        other.exercises[0].chapter = "gc.md".to_string();
        let b = merge(&[report("a", &[("quiz01", false)]), other]);
        assert_eq!(b.columns[0].chapter, None);
        assert!(b.text().ends_with("1  quiz01 (predict, chapters vary)\n"));
    }

    #[test]
    fn escapes_what_comes_from_reports() {
        let b = merge(&[report("<b>x|y</b>\u{1b}[2J", &[("a&b", true)])]);
        let h = b.html();
        assert!(h.contains("&lt;b&gt;x|y&lt;/b&gt;"), "{h}");
        assert!(h.contains("title=\"a&amp;b\""), "{h}");
        assert!(!h.contains("<b>"));
        let m = b.markdown();
        assert!(m.contains("| \\<b\\>x\\|y\\</b\\> \\[2J |"), "{m}");
        let t = b.text();
        assert!(t.contains("<b>x|y</b>\\u{1b}[2J"), "{t}");
    }
}
