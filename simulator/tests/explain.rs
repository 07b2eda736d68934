//! `memsim escape --explain`: the reasons it gives, and its agreement with Go's diagnostics.
//!
//! The reasons are checked on small programs where the right answer is plain. Agreement is
//! checked on the whole golden corpus: every explanation's `go_says` line is a line real Go
//! printed at that position, and every `moved to heap`, `escapes to heap`, `does not
//! escape` and `leaking param` line Go printed is explained.

use memsim::escape::explain::{Explanation, Reason, Subject, explain};
use memsim::escape::{AllocKind, Options};
use memsim::source::SourceFile;
use std::path::Path;

fn explanations(src: &str) -> Vec<Explanation> {
    let file = SourceFile::new("./x.go", src);
    let a = memsim::analyze(
        &file,
        Options {
            level: 0,
            explain: true,
        },
    )
    .expect("valid program");
    explain(&a.program, &a.facts)
}

fn find<'a>(list: &'a [Explanation], subject: &str, line: u32) -> &'a Explanation {
    list.iter()
        .find(|e| e.subject == subject && e.pos.line == line)
        .unwrap_or_else(|| panic!("no explanation of {subject} on line {line}: {list:#?}"))
}

const PROGRAM: &str = r#"package main

import "fmt"

type Point struct{ X, Y int }

var sink *Point

func newInt() *int {
	x := 42
	return &x
}

func keep(p *Point) { sink = p }

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func main() {
	p := &Point{1, 2}
	keep(p)
	n := newInt()
	big := make([]byte, 100000)
	small := make([]int, 8)
	ch := make(chan *int, 1)
	y := 5
	ch <- &y
	var last *int
	for i := 0; i < 2; i++ {
		z := i
		last = &z
	}
	fmt.Println(*n, len(big), len(small), counter()(), *last, *<-ch)
}
"#;

#[test]
fn returned_address() {
    let list = explanations(PROGRAM);
    let x = find(&list, "x", 10);
    assert!(x.heap);
    assert_eq!(
        x.reason,
        Reason::Returned {
            func: "newInt".into(),
            line: 11
        }
    );
    assert_eq!(x.go_says, ["moved to heap: x"]);
    assert_eq!(
        x.sentence,
        "x moves to the heap: newInt returns its address (line 11), so x must outlive newInt's frame."
    );
}

#[test]
fn parameter_stored_in_global() {
    let list = explanations(PROGRAM);
    let p = find(&list, "p", 14);
    assert_eq!(p.kind, Subject::Parameter);
    assert!(p.heap);
    assert_eq!(
        p.reason,
        Reason::StoredInGlobal {
            global: "sink".into(),
            line: 14
        }
    );
    let lit = find(&list, "&Point{...}", 22);
    assert!(lit.heap);
    assert_eq!(
        lit.reason,
        Reason::PassedToCall {
            callee: Some("keep".into()),
            line: 23
        }
    );
}

#[test]
fn sizes_closures_channels_loops() {
    let list = explanations(PROGRAM);
    let big = find(&list, "make([]byte, 100000)", 25);
    assert!(big.heap);
    assert!(matches!(big.reason, Reason::TooLarge { .. }), "{big:?}");
    let small = find(&list, "make([]int, 8)", 26);
    assert!(!small.heap);
    assert_eq!(small.reason, Reason::StaysLocal);
    let n = find(&list, "n", 17);
    assert_eq!(n.reason, Reason::CapturedByClosure { line: 18 });
    let y = find(&list, "y", 28);
    assert_eq!(y.reason, Reason::SentOnChannel { line: 29 });
    let z = find(&list, "z", 32);
    assert_eq!(
        z.reason,
        Reason::StoredOutsideLoop {
            var: "last".into(),
            line: 30
        }
    );
    let boxed = find(&list, "*n", 35);
    assert_eq!(boxed.kind, Subject::Allocation(AllocKind::InterfaceBox));
    assert_eq!(
        boxed.reason,
        Reason::PassedToCall {
            callee: Some("fmt.Println".into()),
            line: 35
        }
    );
}

#[test]
fn sorted_by_position_and_free_of_compiler_names() {
    let list = explanations(PROGRAM);
    assert!(list.windows(2).all(|w| w[0].pos <= w[1].pos));
    let hidden: Vec<_> = list
        .iter()
        .filter(|e| {
            matches!(e.kind, Subject::Variable | Subject::Parameter)
                && !e.heap
                && (e.subject.starts_with('.') || e.subject.starts_with('~'))
        })
        .collect();
    assert!(hidden.is_empty(), "{hidden:#?}");
    assert!(list.iter().all(|e| e.sentence.ends_with('.')));
}

#[test]
fn cli_explain_prints_sentences_with_source_lines() {
    let dir = std::env::temp_dir().join(format!("memsim-explain-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("x.go");
    std::fs::write(&path, PROGRAM).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_memsim"))
        .args(["escape", "--explain"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("x.go:10:2: x moves to the heap: newInt returns its address (line 11), so x must outlive newInt's frame.\n  10 | \tx := 42\n     | \t^\n     = go build -gcflags=-m: moved to heap: x\n"), "{text}");
    assert!(text.lines().last().unwrap().starts_with("summary: "));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every explanation agrees with what Go printed, and every decision Go printed is explained.
#[test]
fn explanations_agree_with_go_on_the_golden_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut checked = 0;
    for folder in ["reference", "escape"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for go in files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "go"))
        {
            let name = format!("./{}", go.file_name().unwrap().to_string_lossy());
            let golden = std::fs::read_to_string(go.with_extension("escape")).unwrap();
            let file = SourceFile::new(name.clone(), std::fs::read_to_string(go).unwrap());
            let a = memsim::analyze(
                &file,
                Options {
                    level: 0,
                    explain: true,
                },
            )
            .unwrap();
            let list = explain(&a.program, &a.facts);
            for e in &list {
                for go_says in &e.go_says {
                    let line = format!("{name}:{}: {go_says}", e.pos);
                    assert!(
                        golden.lines().any(|l| l == line),
                        "{}: explanation says Go prints `{line}`, Go did not",
                        go.display()
                    );
                }
            }
            for l in golden.lines() {
                let Some((place, text)) = l.split_once(": ") else {
                    continue;
                };
                let decisive = text.starts_with("moved to heap: ")
                    || text.ends_with(" escapes to heap")
                    || text.ends_with(" does not escape")
                    || text.starts_with("leaking param");
                if !decisive || !place.starts_with(&name) {
                    continue;
                }
                assert!(
                    list.iter().any(|e| e.go_says.iter().any(|g| g == text)
                        && format!("{name}:{}", e.pos) == place),
                    "{}: Go printed `{l}` but --explain does not explain it",
                    go.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 200, "only {checked} programs checked");
}
