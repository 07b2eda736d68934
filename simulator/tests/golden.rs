//! The golden corpus: every Go program under `tests/golden/` against the output real Go
//! 1.27.3 produced for it (`regen.sh` writes those files; nobody edits them by hand).
//!
//! * `reference/`, `escape/`: `NAME.escape` = `go build -gcflags='-m -l'` output,
//!   `NAME.m2` = `-m=2` output;
//! * `errors/`: `NAME.err` = the first line `go build` prints;
//! * `unsupported/`: valid Go outside memsim's subset: memsim must say
//!   `memsim does not support ...` (where is in `NAME.note`).
//!
//! Goldens memsim does not match yet are listed in `KNOWN_DIFFERENCES.md` with the reason;
//! this harness prints that list on every run, fails on any other difference, and fails
//! when a listed difference has gone (so the list stays true).
//!
//! Run one folder or file: `cargo test --test golden -- escape/012`.

use memsim::source::SourceFile;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

struct Outcome {
    name: String,
    ok: bool,
    diff: String,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let known = load_known(&root.join("KNOWN_DIFFERENCES.md"));
    let mut outcomes = Vec::new();
    for dir in ["reference", "escape", "errors", "unsupported"] {
        for go in go_files(&root.join(dir)) {
            let rel = format!(
                "{dir}/{}",
                go.file_name().and_then(|n| n.to_str()).unwrap_or("")
            );
            if !filter.is_empty() && !filter.iter().any(|f| rel.contains(f.as_str())) {
                continue;
            }
            outcomes.extend(check_case(dir, &go, &rel));
        }
    }
    let mut failed = 0;
    let mut known_hits = 0;
    let mut stale = Vec::new();
    for o in &outcomes {
        let is_known = known.contains_key(&o.name);
        match (o.ok, is_known) {
            (true, true) => stale.push(o.name.clone()),
            (true, false) => {}
            (false, true) => known_hits += 1,
            (false, false) => {
                failed += 1;
                println!("FAIL {}\n{}", o.name, o.diff);
            }
        }
    }
    println!(
        "\nKnown differences from real Go ({}; see tests/golden/KNOWN_DIFFERENCES.md):",
        known.len()
    );
    if known.is_empty() {
        println!("  (none)");
    }
    for (name, why) in &known {
        println!("  {name}: {why}");
    }
    for s in &stale {
        println!("STALE known difference (it now matches; remove it from the list): {s}");
    }
    let passed = outcomes.len() - failed - known_hits - stale.len();
    println!(
        "\ngolden: {} checks, {passed} match real Go, {failed} differ, {known_hits} known differences, {} stale entries",
        outcomes.len(),
        stale.len()
    );
    if failed > 0 || !stale.is_empty() {
        std::process::exit(1);
    }
}

fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "go"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// `- \`escape/012_x.go\` escape: reason` lines.
fn load_known(path: &Path) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (the known-differences list must exist, even empty)",
            path.display()
        )
    });
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("- `") else {
            continue;
        };
        let Some((name, why)) = rest.split_once('`') else {
            continue;
        };
        let why = why.trim_start_matches(':').trim();
        m.insert(name.to_string(), why.to_string());
    }
    m
}

fn check_case(dir: &str, go: &Path, rel: &str) -> Vec<Outcome> {
    let text = std::fs::read_to_string(go).unwrap_or_default();
    let base = go.file_name().and_then(|n| n.to_str()).unwrap_or("x.go");
    let file = SourceFile::new(format!("./{base}"), text);
    let mut out = Vec::new();
    match dir {
        "errors" => {
            let want = read(go.with_extension("err"));
            let got = match memsim::escape_report(&file, 1) {
                Ok(_) => "(memsim accepted the program)".to_string(),
                Err(e) => e.lines().next().unwrap_or("").to_string(),
            };
            let want = want.lines().next().unwrap_or("").to_string();
            out.push(compare(format!("{rel} err"), &want, &got));
        }
        "unsupported" => {
            let got = match memsim::escape_report(&file, 1) {
                Ok(_) => "(memsim accepted the program)".to_string(),
                Err(e) => e,
            };
            // NAME.note: `LINE:COL: what` — where the first unsupported construct is.
            let note = std::fs::read_to_string(go.with_extension("note")).unwrap_or_default();
            let at = note.split(": ").next().unwrap_or("").trim().to_string();
            let want_prefix = format!("./{base}:{at}: memsim does not support ");
            let ok = got.starts_with(&want_prefix);
            out.push(Outcome {
                name: format!("{rel} unsupported"),
                ok,
                diff: format!("  want: {want_prefix}...\n  got:  {got}\n"),
            });
        }
        _ => {
            let want = read(go.with_extension("escape"));
            let got = memsim::escape_report(&file, 1).unwrap_or_else(|e| format!("ERROR {e}\n"));
            out.push(compare(format!("{rel} escape"), &want, &got));
            let m2 = go.with_extension("m2");
            if m2.exists() {
                let want = read(m2);
                let got =
                    memsim::escape_report(&file, 2).unwrap_or_else(|e| format!("ERROR {e}\n"));
                out.push(compare(format!("{rel} m2"), &want, &got));
            }
        }
    }
    out
}

fn read(p: PathBuf) -> String {
    std::fs::read_to_string(&p).unwrap_or_else(|_| format!("(missing golden {})\n", p.display()))
}

fn compare(name: String, want: &str, got: &str) -> Outcome {
    if want == got {
        return Outcome {
            name,
            ok: true,
            diff: String::new(),
        };
    }
    let mut diff = String::new();
    let d = similar::TextDiff::from_lines(want, got);
    for change in d.iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Delete => "-go     ",
            similar::ChangeTag::Insert => "+memsim ",
            similar::ChangeTag::Equal => "        ",
        };
        diff.push_str(sign);
        diff.push_str(change.value());
        if !change.value().ends_with('\n') {
            diff.push('\n');
        }
    }
    Outcome {
        name,
        ok: false,
        diff,
    }
}
