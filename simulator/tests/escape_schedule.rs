//! Sharing work between two threads never changes what memsim finds.
//!
//! For a large program, `memsim escape` records what each body reads (`types::check`),
//! searches dead assignments and numbers nodes (`ir::passes`) and analyses the
//! independent batches (`escape::schedule`) on two threads; small programs, like every
//! golden, run on one. These tests run every golden program both ways — the work shared
//! however small the program — and require the same typed and rewritten program (node ids
//! aside: unique, in the same order), and the same escape lines (text and order),
//! decisions, tags and maps at `-m`, `-m=2` and with explanations.

use memsim::escape::{self, EscapeFacts, Options};
use memsim::source::SourceFile;
use std::path::{Path, PathBuf};

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            go_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

fn same(a: &EscapeFacts, b: &EscapeFacts) -> Result<(), String> {
    if a.lines != b.lines {
        let first = a
            .lines
            .iter()
            .zip(&b.lines)
            .position(|(x, y)| x != y)
            .unwrap_or(a.lines.len().min(b.lines.len()));
        return Err(format!(
            "lines differ at {first} (in order {}, shared {}): {:?} vs {:?}",
            a.lines.len(),
            b.lines.len(),
            a.lines.get(first),
            b.lines.get(first)
        ));
    }
    if format!("{:?}", a.decisions) != format!("{:?}", b.decisions) {
        return Err("decisions differ".into());
    }
    if a.param_leaks != b.param_leaks {
        return Err("parameter tags differ".into());
    }
    if a.moved_to_heap != b.moved_to_heap
        || a.alloc_escapes != b.alloc_escapes
        || a.zero_copy != b.zero_copy
        || a.capture_by_value != b.capture_by_value
    {
        return Err("facts differ".into());
    }
    Ok(())
}

#[test]
fn two_threads_find_what_one_finds() {
    if std::thread::available_parallelism().map_or(1, |n| n.get()) < 2 {
        eprintln!("\n*** SKIP escape_schedule: one core, the analysis is never shared here ***\n");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    go_files(&root.join("tests/golden"), &mut files);
    go_files(&root.join("examples"), &mut files);
    assert!(
        files.len() > 300,
        "golden programs not found ({})",
        files.len()
    );
    let (mut compared, mut shared, mut failures) = (0, 0, Vec::new());
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let file = SourceFile::new("x.go", text);
        let Ok(prog) = memsim::pipeline::compile(&file) else {
            continue; // an invalid program has nothing to analyse
        };
        let batches = escape::batches(&prog).len();
        for opts in [
            Options {
                level: 1,
                explain: false,
            },
            Options {
                level: 2,
                explain: false,
            },
            Options {
                level: 0,
                explain: true,
            },
        ] {
            let in_order = escape::analyze(&prog, opts);
            compared += 1;
            match escape::analyze_on_two_threads(&prog, opts) {
                Some(two) => {
                    shared += 1;
                    if let Err(e) = same(&in_order, &two) {
                        failures.push(format!("{}: level {}: {e}", path.display(), opts.level));
                    }
                }
                None if batches >= 2 => failures.push(format!(
                    "{}: {batches} batches were not shared between two threads",
                    path.display()
                )),
                None => {}
            }
        }
    }
    eprintln!("escape_schedule: {compared} analyses compared, {shared} shared between two threads");
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(shared > 500, "too few analyses were shared ({shared})");
}

#[test]
fn two_threads_rewrite_what_one_rewrites() {
    if std::thread::available_parallelism().map_or(1, |n| n.get()) < 2 {
        eprintln!("\n*** SKIP escape_schedule: one core, the passes are never shared here ***\n");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    go_files(&root.join("tests/golden"), &mut files);
    go_files(&root.join("examples"), &mut files);
    let mut compared = 0;
    let mut failures = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let outcome = memsim::syntax::parse_with_recovery(text.as_bytes());
        if outcome.fatal || !outcome.diagnostics.is_empty() {
            continue;
        }
        let Some(ast) = outcome.file else { continue };
        let Ok(checked) = memsim::types::check::check_file(ast) else {
            continue;
        };
        let mut one = checked;
        let before = format!("{one:?}");
        memsim::ir::passes::run(&mut one);
        let text = std::fs::read_to_string(path).unwrap();
        let outcome = memsim::syntax::parse_with_recovery(text.as_bytes());
        let mut two = memsim::types::check::check_file(outcome.file.unwrap()).unwrap();
        assert_eq!(
            before,
            format!("{two:?}"),
            "{}: checking is not deterministic",
            path.display()
        );
        // Skipping the functions where no loop variable can leak changes nothing.
        let outcome = memsim::syntax::parse_with_recovery(text.as_bytes());
        let mut everywhere = memsim::types::check::check_file(outcome.file.unwrap()).unwrap();
        memsim::ir::passes::run_with_loopvar_everywhere(&mut everywhere);
        if format!("{one:?}") != format!("{everywhere:?}") {
            failures.push(format!(
                "{}: loopvar on every function rewrites more",
                path.display()
            ));
        }
        memsim::ir::passes::run_on_two_threads(&mut two);
        compared += 1;
        if let Err(e) = numbered_alike(&one, &two) {
            failures.push(format!("{}: {e}", path.display()));
            continue;
        }
        // With the ids of the second half numbered again from where the first half
        // ends, the programs must be equal.
        memsim::ir::passes::number_nodes_on_one_thread(&mut two);
        if format!("{one:?}") != format!("{two:?}") {
            failures.push(path.display().to_string());
        }
    }
    eprintln!("escape_schedule: {compared} programs rewritten both ways");
    assert!(compared > 300, "too few programs compared ({compared})");
    assert!(
        failures.is_empty(),
        "rewritten differently on two threads:\n{}",
        failures.join("\n")
    );
}

/// The node ids of `two` (numbered on two threads) are non-zero and unique, each
/// function's are those of `one` (numbered on one) plus a constant, and the functions refer
/// to the same functions and fix the same indexes.
fn numbered_alike(one: &memsim::ir::Program, two: &memsim::ir::Program) -> Result<(), String> {
    use memsim::ir::visit::{Node, walk_func, walk_stmt};
    fn ids<'p>(walk: impl FnOnce(&mut dyn FnMut(Node<'p>))) -> Vec<u32> {
        let mut out = Vec::new();
        walk(&mut |n| {
            if let Node::Expr(e) = n {
                out.push(e.id);
            }
        });
        out
    }
    let mut seen = std::collections::HashSet::new();
    let mut pairs = Vec::new();
    for i in 0..one.funcs.len() {
        let f = memsim::ir::FuncId(i as u32);
        let (a, b) = (&one.funcs[i], &two.funcs[i]);
        if a.refs != b.refs || a.indexes_fixed != b.indexes_fixed {
            return Err(format!("function {i}: refs or indexes_fixed differ"));
        }
        pairs.push((
            ids(|v| walk_func(one, f, false, v)),
            ids(|v| walk_func(two, f, false, v)),
        ));
    }
    pairs.push((
        ids(|v| {
            one.static_inits
                .iter()
                .for_each(|s| walk_stmt(one, s, false, v))
        }),
        ids(|v| {
            two.static_inits
                .iter()
                .for_each(|s| walk_stmt(two, s, false, v))
        }),
    ));
    for (i, (a, b)) in pairs.iter().enumerate() {
        if a.len() != b.len() {
            return Err(format!("body {i}: {} nodes, then {}", a.len(), b.len()));
        }
        let offset = a.first().zip(b.first()).map(|(x, y)| y.wrapping_sub(*x));
        for (x, y) in a.iter().zip(b) {
            if *y == 0 || !seen.insert(*y) {
                return Err(format!("body {i}: id {y} is zero or given twice"));
            }
            if Some(y.wrapping_sub(*x)) != offset {
                return Err(format!("body {i}: ids not in the same order"));
            }
        }
    }
    Ok(())
}

/// Go's reading order of the package (which decides the generated functions and their
/// order) is replayed from records of what each body reads, made in advance on one thread
/// or two; walking each body when the replay reaches it must give the same program.
#[test]
fn recorded_body_reads_build_what_walking_builds() {
    use memsim::types::check::{ReadBodies, check_file_reading};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    go_files(&root.join("tests/golden"), &mut files);
    go_files(&root.join("examples"), &mut files);
    let mut compared = 0;
    let mut generated = 0;
    let mut failures = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let check = |read| {
            let outcome = memsim::syntax::parse_with_recovery(text.as_bytes());
            if outcome.fatal || !outcome.diagnostics.is_empty() {
                return None;
            }
            check_file_reading(outcome.file?, read).ok()
        };
        let Some(walked) = check(ReadBodies::Walk) else {
            continue;
        };
        compared += 1;
        generated += walked.generated.len();
        let walked = format!("{walked:?}");
        for read in [
            ReadBodies::Recorded {
                parallel_min: usize::MAX,
            },
            ReadBodies::Recorded { parallel_min: 1 },
        ] {
            match check(read) {
                Some(p) if format!("{p:?}") == walked => {}
                _ => failures.push(format!("{}: {read:?}", path.display())),
            }
        }
    }
    eprintln!(
        "escape_schedule: {compared} programs checked with bodies walked and recorded \
         ({generated} generated functions)"
    );
    assert!(compared > 300, "too few programs compared ({compared})");
    assert!(generated > 200, "too few generated functions ({generated})");
    assert!(
        failures.is_empty(),
        "recorded reads built another program:\n{}",
        failures.join("\n")
    );
}
