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
    use memsim::types::check::{ReadBodies, check_file_reading};
    if std::thread::available_parallelism().map_or(1, |n| n.get()) < 2 {
        eprintln!("\n*** SKIP escape_schedule: one core, the sweep is never shared here ***\n");
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
        let check = |parallel_min| {
            let outcome = memsim::syntax::parse_with_recovery(text.as_bytes());
            if outcome.fatal || !outcome.diagnostics.is_empty() {
                return None;
            }
            check_file_reading(outcome.file?, ReadBodies::Recorded { parallel_min }).ok()
        };
        let Some(mut one) = check(usize::MAX) else {
            continue;
        };
        let before = format!("{one:?}");
        memsim::ir::passes::run(&mut one);
        compared += 1;
        if let Err(e) = numbered_once(&one) {
            failures.push(format!("{}: {e}", path.display()));
            continue;
        }
        // Swept on two threads: the same program, node ids included.
        let mut two = check(1).unwrap();
        assert_eq!(
            before,
            format!("{two:?}"),
            "{}: checking on two threads differs",
            path.display()
        );
        memsim::ir::passes::run(&mut two);
        if format!("{one:?}") != format!("{two:?}") {
            failures.push(format!("{}: rewritten differently", path.display()));
        }
        // Searching every function again (for loops to rewrite, dead assignments), or
        // applying loopvar everywhere, changes nothing but the numbers.
        memsim::ir::passes::number_nodes(&mut one);
        let one = format!("{one:?}");
        let mut everywhere = check(usize::MAX).unwrap();
        memsim::ir::passes::run_searching_everywhere(&mut everywhere);
        if one != format!("{everywhere:?}") {
            failures.push(format!(
                "{}: searching every function rewrites more",
                path.display()
            ));
        }
        let mut everywhere = check(usize::MAX).unwrap();
        memsim::ir::passes::run_with_loopvar_everywhere(&mut everywhere);
        if one != format!("{everywhere:?}") {
            failures.push(format!(
                "{}: loopvar on every function rewrites more",
                path.display()
            ));
        }
    }
    eprintln!("escape_schedule: {compared} programs rewritten three ways");
    assert!(compared > 300, "too few programs compared ({compared})");
    assert!(
        failures.is_empty(),
        "rewritten differently:\n{}",
        failures.join("\n")
    );
}

/// Every expression node of the program (bodies and static initialisations) has a
/// non-zero id of its own.
fn numbered_once(prog: &memsim::ir::Program) -> Result<(), String> {
    use memsim::ir::visit::{Node, walk_func, walk_stmt};
    let mut seen = std::collections::HashSet::new();
    let mut bad = None;
    let mut check = |n: Node| {
        if let Node::Expr(e) = n {
            let id = e.id.get();
            if (id == 0 || !seen.insert(id)) && bad.is_none() {
                bad = Some(id);
            }
        }
    };
    for i in 0..prog.funcs.len() {
        walk_func(prog, memsim::ir::FuncId(i as u32), false, &mut check);
    }
    for s in &prog.static_inits {
        walk_stmt(prog, s, false, &mut check);
    }
    match bad {
        Some(id) => Err(format!("id {id} is zero or given twice")),
        None => Ok(()),
    }
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
