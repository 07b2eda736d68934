//! The memory viewer's documents (`memsim view`, `simulator/VIEWER.md`), on the programs of
//! `tests/viewer/` (the book's viewers: an escaping return value, a value kept on the
//! stack, a closure's capture, slice growth, interface boxing, stack growth, a deep
//! recursion, a recursion that overflows its stack, goroutines and channels, a garbage
//! collection, map growth):
//!
//! * the keyframes and changes rebuild every step's picture, and every arrow and flash
//!   names an element of its step;
//! * nothing moves: an element that exists in two steps has the same place in both;
//! * the diagnostics are `memsim escape`'s, the output (stdout, stderr, exit status)
//!   `memsim run`'s, the document the same on every run and under 50 KB;
//! * each document equals its golden `NAME.view.json` (written with
//!   `MEMSIM_VIEWER_BLESS=1 cargo test -p memsim --test viewer`; memsim's own output,
//!   reviewed in the diff: the layout and narration of every step).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use memsim::runtime::{RunOptions, run};
use memsim::source::SourceFile;
use memsim::viewer::{ViewerOptions, build};
use serde_json::Value;

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/viewer");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/viewer")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    out.sort();
    assert!(out.len() >= 9, "the book's viewer programs are in {dir:?}");
    out
}

fn source(path: &Path) -> SourceFile {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    SourceFile::new(name, std::fs::read_to_string(path).expect("read"))
}

fn document(path: &Path) -> Value {
    let doc = build(&source(path), &ViewerOptions::default()).expect("runs");
    doc.to_json()
}

/// Every step's picture, rebuilt as the viewer does: the last keyframe, then changes.
fn replay(doc: &Value) -> Vec<BTreeMap<String, Value>> {
    let every = doc["keyframe_every"].as_u64().unwrap() as usize;
    let mut states = Vec::new();
    let mut state: BTreeMap<String, Value> = BTreeMap::new();
    for (i, step) in doc["steps"].as_array().unwrap().iter().enumerate() {
        for k in step["del"].as_array().unwrap() {
            assert!(
                state.remove(k.as_str().unwrap()).is_some(),
                "step {i} deletes {k}, which is not there"
            );
        }
        for (k, v) in step["set"].as_object().unwrap() {
            state.insert(k.clone(), v.clone());
        }
        if i % every == 0 {
            let key: BTreeMap<String, Value> = doc["keyframes"][i.to_string()]
                .as_object()
                .unwrap_or_else(|| panic!("keyframe {i} missing"))
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            assert_eq!(
                key, state,
                "keyframe {i} differs from the changes before it"
            );
        }
        states.push(state.clone());
    }
    states
}

#[test]
fn changes_and_keyframes_rebuild_every_step() {
    for path in programs() {
        let doc = document(&path);
        let states = replay(&doc);
        let steps = doc["steps"].as_array().unwrap();
        assert!(!steps.is_empty(), "{path:?}: no steps");
        for (i, (step, st)) in steps.iter().zip(&states).enumerate() {
            assert!(
                !step["say"].as_str().unwrap().is_empty(),
                "{path:?} step {i}: no narration"
            );
            for (k, el) in st {
                if el["t"] == "arrow" {
                    for end in ["from", "to"] {
                        let target = el[end].as_str().unwrap();
                        assert!(
                            st.contains_key(target),
                            "{path:?} step {i}: arrow {k} {end} {target} missing"
                        );
                    }
                }
            }
            for f in step["flash"].as_array().unwrap() {
                assert!(
                    st.contains_key(f.as_str().unwrap()),
                    "{path:?} step {i}: flash {f} missing"
                );
            }
        }
    }
}

#[test]
fn nothing_moves_while_it_exists() {
    for path in programs() {
        let doc = document(&path);
        let mut place: BTreeMap<String, (Value, Value)> = BTreeMap::new();
        for (i, st) in replay(&doc).iter().enumerate() {
            for (k, el) in st {
                let kind = el["t"].as_str().unwrap();
                if matches!(kind, "arrow" | "queue" | "seg" | "band") {
                    continue; // paths follow their ends; segments grow; bands move with the stack
                }
                let at = (el["x"].clone(), el["y"].clone());
                let first = place.entry(k.clone()).or_insert_with(|| at.clone());
                assert_eq!(*first, at, "{path:?} step {i}: {k} moved");
            }
        }
    }
}

#[test]
fn diagnostics_output_size_and_determinism() {
    for path in programs() {
        let file = source(&path);
        let doc = document(&path);
        let escape = memsim::escape_report(&file, 1).unwrap();
        let from_doc: String = doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                format!(
                    "{}:{}:{}: {}\n",
                    file.display_name,
                    d["line"],
                    d["col"],
                    d["message"].as_str().unwrap()
                )
            })
            .collect();
        assert_eq!(from_doc, escape, "{path:?}: diagnostics");
        let out = run(&file, RunOptions::default()).unwrap();
        assert_eq!(
            doc["stdout"].as_str().unwrap().as_bytes(),
            &out.stdout[..],
            "{path:?}: stdout"
        );
        assert_eq!(
            doc["stderr"].as_str().unwrap().as_bytes(),
            &out.stderr[..],
            "{path:?}: stderr"
        );
        assert_eq!(doc["exit"], out.exit_code, "{path:?}: exit status");
        let text = doc.to_string();
        assert!(
            text.len() < 50_000,
            "{path:?}: {} bytes, over 50 KB",
            text.len()
        );
        assert_eq!(
            text,
            document(&path).to_string(),
            "{path:?}: not deterministic"
        );
    }
}

/// The document with a line per step and keyframe, so that a change shows in a diff.
fn golden_text(doc: &Value) -> String {
    let mut out = String::from("{\n");
    let obj = doc.as_object().unwrap();
    let n = obj.len();
    for (i, (k, v)) in obj.iter().enumerate() {
        let sep = if i + 1 < n { "," } else { "" };
        match k.as_str() {
            "steps" => {
                out.push_str("\"steps\": [\n");
                let steps = v.as_array().unwrap();
                for (j, s) in steps.iter().enumerate() {
                    out.push_str(&s.to_string());
                    out.push_str(if j + 1 < steps.len() { ",\n" } else { "\n" });
                }
                out.push_str(&format!("]{sep}\n"));
            }
            "keyframes" => {
                out.push_str("\"keyframes\": {\n");
                let frames = v.as_object().unwrap();
                for (j, (step, f)) in frames.iter().enumerate() {
                    out.push_str(&format!("{}: {}", Value::from(step.as_str()), f));
                    out.push_str(if j + 1 < frames.len() { ",\n" } else { "\n" });
                }
                out.push_str(&format!("}}{sep}\n"));
            }
            _ => out.push_str(&format!("{}: {v}{sep}\n", Value::from(k.as_str()))),
        }
    }
    out.push_str("}\n");
    out
}

#[test]
fn documents_match_their_goldens() {
    let bless = std::env::var_os("MEMSIM_VIEWER_BLESS").is_some();
    let mut failed = Vec::new();
    for path in programs() {
        let text = golden_text(&document(&path));
        let golden = path.with_extension("view.json");
        if bless {
            std::fs::write(&golden, &text).expect("write golden");
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if want != text {
            failed.push(golden.display().to_string());
        }
    }
    assert!(
        failed.is_empty(),
        "documents differ from their goldens (MEMSIM_VIEWER_BLESS=1 cargo test -p memsim --test viewer rewrites them; review the diff): {failed:?}"
    );
}

/// A marking step says where the collector found the pointer to each object it reached:
/// a variable of a frame, a package variable, another object, a map or a channel.
#[test]
fn marking_names_what_each_object_was_reached_from() {
    let program = r#"package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	buf  []byte
}

var keep []*node

func main() {
	p := &node{}
	p.next = &node{buf: make([]byte, 100)}
	ch := make(chan *node, 1)
	ch <- &node{}
	keep = append(keep, &node{})
	runtime.GC()
	fmt.Println(len(ch), p.next != nil)
}
"#;
    let file = SourceFile::new("reached.go", program.to_string());
    let doc = build(&file, &ViewerOptions::default()).expect("runs");
    let said: Vec<String> = doc
        .steps
        .iter()
        .filter(|s| s.phase == Some("mark"))
        .map(|s| s.say.clone())
        .collect();
    let all = said.join("\n");
    for (object, from) in [
        // The channel's pointer is in the variable ch.
        ("#3", "ch in main"),
        // p's node does not escape: a stack object, which points to p.next's node.
        ("#1", "a stack object of main"),
        // p.next.buf's array, reached from a word of #1.
        ("#2", "#1"),
        // The channel's buffer (allocated apart: its elements are pointers), and the node
        // queued in it, both through the channel #3.
        ("#4", "#3"),
        ("#5", "#3"),
        // keep's array, then the node in it.
        ("#7", "the package variable keep"),
        ("#6", "#7"),
    ] {
        let want = format!("{object} reached from {from}");
        assert!(all.contains(&want), "no {want:?} in:\n{all}");
    }
    // Pointer-free objects are black as soon as they are reached.
    assert!(
        all.contains("#2 reached from #1: black (B) at once"),
        "{all}"
    );
    assert!(all.contains("#5 reached from #3: grey (G)"), "{all}");
}
