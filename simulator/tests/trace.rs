//! The event trace (`memsim run --trace=json|text`, schema in `simulator/TRACE.md`):
//! every program of the golden `run/` corpus is run with the trace on, the trace is
//! parsed as JSON and checked against the schema's invariants — object numbers in order,
//! frees of live objects only, calls and returns nested per goroutine, stack copies that
//! double and rewrite only pointers into the new stack, the program's complete output
//! inside the trace, the `-m` diagnostics in the header — and traces must be identical
//! from run to run. The CLI's `--trace` flags are checked on the binary.

use memsim::runtime::trace::{TraceFormat, TraceOptions};
use memsim::runtime::{RunOptions, run, run_traced};
use memsim::source::SourceFile;
use serde_json::Value;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// A writer whose bytes the test reads back.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/run");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/golden/run")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    files.sort();
    files
}

fn opts() -> RunOptions {
    RunOptions {
        max_steps: 5_000_000,
        ..RunOptions::default()
    }
}

fn trace_of(file: &SourceFile, format: TraceFormat, max_steps: u64) -> Vec<u8> {
    let buf = Shared::default();
    let topts = TraceOptions {
        format,
        color: false,
        max_steps,
    };
    let (_, err) =
        run_traced(file, opts(), topts, Box::new(buf.clone())).expect("a runnable program");
    assert!(err.is_none(), "write error {err:?}");
    buf.0.take()
}

fn hex(v: &Value) -> u64 {
    let s = v.as_str().expect("an address string");
    u64::from_str_radix(s.trim_start_matches("0x"), 16).expect("hex")
}

fn num(v: &Value) -> u64 {
    v.as_u64().expect("a number")
}

/// Checks one parsed trace; returns the problems found.
fn check(name: &str, doc: &Value, plain_stdout: &[u8], escape: &str) -> Vec<String> {
    let mut bad = Vec::new();
    let mut fail = |m: String| bad.push(format!("{name}: {m}"));
    if doc["schema"] != "memsim-trace" || doc["version"] != 1 {
        fail(format!("header {} {}", doc["schema"], doc["version"]));
    }
    // Diagnostics are `memsim escape`'s lines.
    let diags: Vec<String> = doc["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            format!(
                "{}:{}:{}: {}",
                doc["file"].as_str().unwrap_or(""),
                d["line"],
                d["col"],
                d["message"].as_str().unwrap_or("")
            )
        })
        .collect();
    let want: Vec<&str> = escape.lines().collect();
    if diags != want {
        fail(format!("diagnostics {diags:?} != {want:?}"));
    }
    let nfuncs = doc["funcs"].as_array().expect("funcs").len() as u64;
    let events = doc["events"].as_array().expect("events");
    let mut next_obj = 1;
    let mut live: BTreeMap<u64, u64> = BTreeMap::new(); // obj -> addr
    let mut stacks: HashMap<u64, Vec<u64>> = HashMap::new(); // g -> frames
    let mut frames_seen = std::collections::HashSet::new();
    let mut stdout = Vec::new();
    let mut truncated = false;
    let mut overflowed = false;
    for (i, e) in events.iter().enumerate() {
        let ev = e["ev"].as_str().unwrap_or("");
        if truncated && ev != "output" {
            fail(format!("event {i} ({ev}) after truncated"));
        }
        if overflowed && ev != "output" {
            fail(format!("event {i} ({ev}) after stack_overflow"));
        }
        match ev {
            "alloc" => {
                if num(&e["obj"]) != next_obj {
                    fail(format!(
                        "event {i}: object {} after {}",
                        e["obj"],
                        next_obj - 1
                    ));
                }
                next_obj += 1;
                live.insert(num(&e["obj"]), hex(&e["addr"]));
                if num(&e["slot_size"]) < num(&e["size"]) && !e["tiny"].as_bool().unwrap_or(false) {
                    fail(format!("event {i}: slot smaller than the object: {e}"));
                }
            }
            "free" => match live.remove(&num(&e["obj"])) {
                Some(a) if a == hex(&e["addr"]) => {}
                other => fail(format!(
                    "event {i}: free of {} (live at {other:?})",
                    e["obj"]
                )),
            },
            "call" => {
                let f = num(&e["frame"]);
                if !frames_seen.insert(f) {
                    fail(format!("event {i}: frame {f} pushed twice"));
                }
                if num(&e["func"]) >= nfuncs {
                    fail(format!("event {i}: func {} out of range", e["func"]));
                }
                stacks.entry(num(&e["g"])).or_default().push(f);
            }
            "return" => {
                let top = stacks.entry(num(&e["g"])).or_default().pop();
                if top != Some(num(&e["frame"])) {
                    fail(format!(
                        "event {i}: return of {} but top is {top:?}",
                        e["frame"]
                    ));
                }
            }
            "stack_grow" | "stack_shrink" => {
                let (old, new) = (num(&e["old_size"]), num(&e["new_size"]));
                let grow = ev == "stack_grow";
                let ok = if grow {
                    new > old && new % old == 0 && (new / old).is_power_of_two()
                } else {
                    new * 2 == old
                };
                if !ok || num(&e["copied"]) >= old {
                    fail(format!("event {i}: bad stack copy {e}"));
                }
                let lo = hex(&e["new_lo"]);
                for a in e["adjusted"].as_array().expect("adjusted") {
                    let (at, v) = (hex(&a["at"]), hex(&a["new"]));
                    if !(lo..lo + new).contains(&at) || !(lo..lo + new).contains(&v) {
                        fail(format!(
                            "event {i}: adjusted pointer outside the new stack {a}"
                        ));
                    }
                }
            }
            "stack_overflow" => {
                overflowed = true;
                let (size, new) = (num(&e["size"]), num(&e["new_size"]));
                let (used, need, limit) = (num(&e["used"]), num(&e["need"]), num(&e["limit"]));
                let doubled = new > size && new % size == 0 && (new / size).is_power_of_two();
                if !doubled || used >= size || used + need <= size - 800 {
                    fail(format!("event {i}: bad stack overflow {e}"));
                }
                if new <= limit || limit > 2_000_000_000 || num(&e["func"]) >= nfuncs {
                    fail(format!("event {i}: stack overflow within the limit {e}"));
                }
            }
            "output" => {
                if e["stream"] == "stdout" {
                    stdout.extend_from_slice(e["text"].as_str().unwrap_or("").as_bytes());
                }
            }
            "truncated" => truncated = true,
            "step" | "store" | "gc_phase" | "mark" | "sweep" | "go" | "block" | "unblock"
            | "run" | "exit" => {}
            other => fail(format!("event {i}: unknown kind {other}")),
        }
    }
    if stdout != plain_stdout {
        fail(format!(
            "stdout in the trace {:?} != {:?}",
            String::from_utf8_lossy(&stdout),
            String::from_utf8_lossy(plain_stdout)
        ));
    }
    if doc["end"]["exit_code"].as_u64().is_none() {
        fail("no end summary".to_string());
    }
    bad
}

#[test]
fn traces_of_the_run_corpus_keep_the_schema_invariants() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for path in corpus() {
        let text = std::fs::read_to_string(&path).expect("source");
        let name = format!("./{}", path.file_name().unwrap().to_string_lossy());
        let file = SourceFile::new(name.clone(), text);
        let Ok(plain) = run(&file, opts()) else {
            continue;
        };
        if plain.exit_code == 3 {
            continue;
        }
        let bytes = trace_of(&file, TraceFormat::Json, 2_000);
        let doc: Value = match serde_json::from_slice(&bytes) {
            Ok(d) => d,
            Err(e) => {
                problems.push(format!("{name}: not JSON: {e}"));
                continue;
            }
        };
        let escape = memsim::escape_report(&file, 1).expect("escape report");
        problems.extend(check(&name, &doc, &plain.stdout, &escape));
        checked += 1;
    }
    assert!(checked > 100, "only {checked} programs traced");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_trace_is_the_same_every_time() {
    for path in corpus().iter().step_by(15) {
        let text = std::fs::read_to_string(path).expect("source");
        let file = SourceFile::new("./x.go", text);
        if run(&file, opts()).is_err() {
            continue;
        }
        for format in [TraceFormat::Json, TraceFormat::Text] {
            let a = trace_of(&file, format, 2_000);
            let b = trace_of(&file, format, 2_000);
            assert!(
                a == b,
                "{} differs between runs ({format:?})",
                path.display()
            );
        }
    }
}

const DEEP: &str = r#"package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	L, R *Node
	V    int
}

func deep(n int, acc *int) {
	var pad [60]int
	pad[n%60] = n
	*acc += pad[n%60]
	if n > 0 {
		deep(n-1, acc)
	}
}

var keep *Node

func main() {
	total := 0
	deep(50, &total)
	t := &Node{V: 1}
	keep = t
	t.L = &Node{V: 2}
	t.L = nil
	runtime.GC()
	runtime.GC()
	fmt.Println(total, t.V)
}
"#;

#[test]
fn stack_growth_gc_and_shrinking_appear_in_the_trace() {
    let file = SourceFile::new("./deep.go", DEEP);
    let doc: Value =
        serde_json::from_slice(&trace_of(&file, TraceFormat::Json, 10_000)).expect("JSON");
    let events = doc["events"].as_array().expect("events");
    let kinds = |k: &str| events.iter().filter(|e| e["ev"] == k).collect::<Vec<_>>();
    let grows = kinds("stack_grow");
    assert!(
        grows.len() >= 3,
        "deep(50) with 500-byte frames grows the stack: {grows:?}"
    );
    // `acc` points into main's frame: every growth rewrites it in every frame holding it.
    assert!(
        grows
            .iter()
            .all(|g| !g["adjusted"].as_array().unwrap().is_empty())
    );
    assert!(
        !kinds("stack_shrink").is_empty(),
        "the GCs after the recursion shrink the stack"
    );
    let phases: Vec<&str> = kinds("gc_phase")
        .iter()
        .map(|e| e["phase"].as_str().unwrap())
        .collect();
    assert_eq!(
        &phases[..4],
        ["mark", "mark_termination", "sweep", "off"],
        "one cycle's phases in order"
    );
    // The inner node became garbage: it is marked by neither cycle and freed by the first.
    let allocs = kinds("alloc");
    let inner = allocs
        .iter()
        .find(|a| a["type"] == "main.Node" && a["obj"] != allocs[0]["obj"])
        .map(|a| a["obj"].clone())
        .expect("two nodes");
    assert!(kinds("free").iter().any(|f| f["obj"] == inner));
    assert!(
        kinds("mark")
            .iter()
            .all(|m| !m["objs"].as_array().unwrap().contains(&inner))
    );
    // Each grey mark says which pointer word led to it (here t's slot, in main's frame on
    // the stack); marks after scanning do not.
    for m in kinds("mark") {
        let from = m.get("from").map(hex);
        if m["colour"] == "grey" {
            assert!(from.is_some_and(|a| a >= 0xc8_0000_0000), "{m}");
        } else {
            assert!(from.is_none(), "{m}");
        }
    }
    // The variable moved to heap by `&total`? No: `total` stays on the stack (the pointer
    // goes down the stack only), and the header says so.
    assert!(
        doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["message"] == "acc does not escape")
    );
}

#[test]
fn a_capped_trace_says_truncated_and_keeps_the_output() {
    let file = SourceFile::new("./deep.go", DEEP);
    let doc: Value = serde_json::from_slice(&trace_of(&file, TraceFormat::Json, 5)).expect("JSON");
    let events = doc["events"].as_array().expect("events");
    assert_eq!(events.iter().filter(|e| e["ev"] == "step").count(), 5);
    let i = events
        .iter()
        .position(|e| e["ev"] == "truncated")
        .expect("a truncated event");
    assert!(events[i + 1..].iter().all(|e| e["ev"] == "output"));
    assert_eq!(events.last().unwrap()["text"], "1275 1\n");
}

#[test]
fn the_text_trace_draws_steps_stacks_and_heap() {
    let file = SourceFile::new("./deep.go", DEEP);
    let text = String::from_utf8(trace_of(&file, TraceFormat::Text, 10_000)).expect("UTF-8");
    for want in [
        "  15 │ pad[n%60] = n",
        "+ heap #2 main.Node 24 B",
        "stack g1 2048 B",
        "⇑ grew stack of g1: 2048 B",
        "+ heap #1 main.Node 24 B",
        "◆ GC 1 (forced): mark",
        // Marking says where it found the pointer: t's slot in main's frame.
        "mark #1 grey from stack 0x",
        "⇓ shrank stack of g1",
        "out> 1275 1",
        "end: exit_code=0",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
    assert!(!text.contains('\u{1b}'), "no colours without asking");
}

#[test]
fn the_cli_writes_traces_to_stdout_or_a_file() {
    let dir = std::env::temp_dir().join(format!("memsim-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("deep.go");
    std::fs::write(&src, DEEP).unwrap();
    let out = assert_cmd::Command::cargo_bin("memsim")
        .unwrap()
        .current_dir(&dir)
        .args(["run", "--trace=json", "deep.go"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).expect("the trace on stdout");
    assert_eq!(doc["file"], "./deep.go");
    let out = assert_cmd::Command::cargo_bin("memsim")
        .unwrap()
        .current_dir(&dir)
        .args(["run", "--trace=json", "--trace-out", "t.json", "deep.go"])
        .output()
        .unwrap();
    assert_eq!(out.stdout, b"1275 1\n", "stdout stays the program's");
    let doc: Value =
        serde_json::from_slice(&std::fs::read(dir.join("t.json")).unwrap()).expect("JSON file");
    assert_eq!(doc["end"]["exit_code"], 0);
    let out = assert_cmd::Command::cargo_bin("memsim")
        .unwrap()
        .current_dir(&dir)
        .args(["run", "--trace-out", "t.json", "deep.go"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "--trace-out needs --trace");
    std::fs::remove_dir_all(&dir).ok();
}
