//! Memory snapshots and their SVG pictures (`memsim diagram`): what a snapshot holds at a
//! line and at a collection, that the picture is deterministic, well-formed, escapes the
//! program's text and describes itself, and the command line.

use memsim::diagram::svg;
use memsim::runtime::RunOptions;
use memsim::runtime::snapshot::{Colour, Moment, Target, snapshots};
use memsim::source::SourceFile;

const LIST: &str = r#"package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	name string
}

var keep *node

func build() *node {
	a := &node{nil, "<a & b>"}
	return &node{a, "head"}
}

func main() {
	x := 42
	p := &x
	keep = build()
	fmt.Println(*p, keep.name)
	keep.next = nil
	runtime.GC()
	fmt.Println(keep.name)
}
"#;

fn take(src: &str, at: &[Moment]) -> Vec<memsim::runtime::snapshot::Snapshot> {
    let file = SourceFile::new("./list.go", src);
    let (_, snaps) = snapshots(&file, RunOptions::default(), at).expect("runs");
    snaps
}

#[test]
fn a_snapshot_holds_frames_variables_objects_and_pointers() {
    let snaps = take(LIST, &[Moment::Line(24), Moment::Line(17)]);
    // Taken in the order the moments happen: line 17 (in build) first.
    assert_eq!(snaps.len(), 2);
    let (in_build, before_print) = (&snaps[0], &snaps[1]);
    assert_eq!(in_build.moment, Moment::Line(17));
    let frames: Vec<&str> = in_build.goroutines[0]
        .frames
        .iter()
        .map(|f| f.func.as_str())
        .collect();
    assert_eq!(frames, ["main.main", "main.build"]);

    let g = &before_print.goroutines[0];
    assert!(g.running && g.stack_hi - g.stack_lo == 2048, "{g:?}");
    let main = g.frames.last().unwrap();
    let var = |n: &str| {
        main.vars
            .iter()
            .find(|v| v.name == n)
            .unwrap_or_else(|| panic!("no {n}: {main:?}"))
    };
    assert_eq!(var("x").value, "42");
    // p points into main's own frame, at x.
    assert_eq!(
        var("p").pointers,
        vec![(
            0,
            Target::Stack {
                addr: var("x").addr
            }
        )]
    );
    // Two heap nodes, the head pointing to the other.
    assert_eq!(before_print.objects.len(), 2, "{:?}", before_print.objects);
    let head = before_print
        .objects
        .iter()
        .find(|o| {
            o.pointers
                .iter()
                .any(|p| matches!(p.1, Target::Object { .. }))
        })
        .expect("head");
    assert_eq!(head.ty, "main.node");
    assert_eq!((head.class, head.slot_size, head.noscan), (3, 24, false));
    // Its next field (offset 0) points to the tail; its name's bytes (offset 8) are
    // read-only data.
    assert!(
        matches!(head.pointers[1], (8, Target::Other { .. })),
        "{:?}",
        head.pointers
    );
    let Target::Object { id: tail, off: 0 } = head.pointers[0].1 else {
        panic!("{:?}", head.pointers)
    };
    assert!(before_print.object(tail).is_some());
    let text = before_print.describe();
    assert!(
        text.contains("p *int = →stack, points to x in the frame of main.main."),
        "{text}"
    );
}

#[test]
fn a_collection_snapshot_colours_objects() {
    let snaps = take(LIST, &[Moment::Gc(1)]);
    let s = &snaps[0];
    let colours: Vec<_> = s
        .objects
        .iter()
        .map(|o| (o.name_hint(), o.colour))
        .collect();
    // The head is still referenced by `keep`; the node cut off at line 25 is not.
    assert!(
        colours.contains(&(true, Some(Colour::Black))),
        "{colours:?}"
    );
    assert!(
        colours.contains(&(false, Some(Colour::White))),
        "{colours:?}"
    );
    assert!(
        s.describe()
            .contains("white (unreached, freed by the sweep)")
    );
}

trait NameHint {
    fn name_hint(&self) -> bool;
}

impl NameHint for memsim::runtime::snapshot::ObjectView {
    /// Whether this is the head node (the first allocated is the tail).
    fn name_hint(&self) -> bool {
        self.id == 2
    }
}

#[test]
fn the_picture_is_deterministic_escaped_and_well_formed() {
    let a = svg(&take(LIST, &[Moment::Line(24)])[0], "d1");
    let b = svg(&take(LIST, &[Moment::Line(24)])[0], "d1");
    assert_eq!(a, b);
    assert!(a.starts_with("<svg ") && a.ends_with("</svg>"));
    assert!(a.contains("<title id=\"d1-title\">") && a.contains("<desc id=\"d1-desc\">"));
    assert!(a.contains("marker-end:url(#d1-arrow)"));
    assert!(
        !a.contains("<a & b>") && a.contains("&lt;a &amp; b&gt;") || !a.contains("<a "),
        "{a}"
    );
    assert!(
        !a.contains("\n\n"),
        "a blank line would end the HTML block in Markdown"
    );
    // Tags balance (no stray `<` from program text).
    let opens = a.matches("<text").count();
    let closes = a.matches("</text>").count();
    assert_eq!(opens, closes);
    assert_eq!(a.matches("<svg").count(), 1);
    // Pointer arrows: main's p to x (stack), keep is a global (not drawn), head to tail.
    assert!(a.matches("class=\"a\"").count() >= 2, "{a}");
}

#[test]
fn moments_parse_and_the_command_draws() {
    assert_eq!("12".parse::<Moment>(), Ok(Moment::Line(12)));
    assert_eq!("gc".parse::<Moment>(), Ok(Moment::Gc(1)));
    assert_eq!("gc3".parse::<Moment>(), Ok(Moment::Gc(3)));
    assert!("0".parse::<Moment>().is_err() && "gcx".parse::<Moment>().is_err());

    let dir = std::env::temp_dir().join(format!("memsim-diagram-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("list.go"), LIST).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_memsim"))
            .current_dir(&dir)
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["diagram", "--at", "24", "list.go"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("<svg "));
    let out = run(&["diagram", "--at", "gc", "--text", "list.go"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("black (reached, survives)"));
    let out = run(&["diagram", "--at", "99", "list.go"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "./list.go:99: no statement on this line ran\n"
    );
    let out = run(&["diagram", "--at", "zero", "list.go"]);
    assert_eq!(out.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}
