//! Grades exercise 43 (tri-colour marking): `Marking` checks the tri-colour invariant at
//! every step, and random heaps are compared with what memsim's collector frees
//! (`memsim::lab::GoHeap::collect`, the mark and sweep of memsim's runs).

#[path = "../../../43_tricolour/exercise.rs"]
mod exercise;

use exercise::GoMarker;
use machine_grading::{rng, within};
use memsim::lab::GoHeap;
use memsim::machine::{Colour, Graph, Marker, Marking, ObjId};
use rand::Rng;

/// Marks `graph` from `roots` with the learner's marker; returns the colours and counts.
fn mark(graph: Graph, roots: Vec<ObjId>) -> (Graph, Vec<Colour>, (u64, u64)) {
    within("GoMarker::mark", move || {
        let mut m = Marking::new(&graph);
        GoMarker.mark(&mut m, &roots);
        let (colours, counts) = (m.colours().to_vec(), m.counts());
        (graph, colours, counts)
    })
}

/// The objects reachable from `roots`, found the simple way.
fn reachable(graph: &Graph, roots: &[ObjId]) -> Vec<bool> {
    let mut seen = vec![false; graph.len()];
    let mut stack: Vec<ObjId> = roots.to_vec();
    while let Some(o) = stack.pop() {
        if !std::mem::replace(&mut seen[o], true) {
            stack.extend(graph.pointers(o));
        }
    }
    seen
}

/// Every reachable object black, every other white, nothing grey, each scanned once.
fn check(graph: &Graph, roots: &[ObjId], colours: &[Colour], counts: (u64, u64), case: &str) {
    let live = reachable(graph, roots);
    for o in graph.objects() {
        assert_ne!(
            colours[o],
            Colour::Grey,
            "{case}: object {o} is still grey when marking ends: scan every grey object"
        );
        if live[o] {
            assert_eq!(
                colours[o],
                Colour::Black,
                "{case}: object {o} is reachable from the roots but was not marked"
            );
        } else {
            assert_eq!(
                colours[o],
                Colour::White,
                "{case}: object {o} is unreachable but was marked"
            );
        }
    }
    let n = live.iter().filter(|&&l| l).count() as u64;
    assert_eq!(
        counts,
        (n, n),
        "{case}: the {n} reachable objects should be shaded and scanned once each (shaded, scanned)"
    );
}

#[test]
fn a_list_reached_from_a_root_is_black() {
    let mut g = Graph::new();
    let (a, b, c, d) = (
        g.add(16, true),
        g.add(16, true),
        g.add(8, false),
        g.add(16, true),
    );
    g.point(a, b);
    g.point(b, c);
    g.point(d, a); // d points into the list, but nothing points to d
    let (g, colours, counts) = mark(g, vec![a]);
    check(&g, &[a], &colours, counts, "a → b → c, root a, d → a");
    assert_eq!(colours[d], Colour::White);
}

#[test]
fn an_unreachable_cycle_stays_white() {
    // What reference counting cannot free (book: rust.md, "Shared ownership").
    let mut g = Graph::new();
    let (a, b, root) = (g.add(16, true), g.add(16, true), g.add(16, true));
    g.point(a, b);
    g.point(b, a);
    let (g, colours, counts) = mark(g, vec![root]);
    check(&g, &[root], &colours, counts, "a ⇄ b, root elsewhere");
}

#[test]
fn shared_objects_and_repeated_roots_are_scanned_once() {
    let mut g = Graph::new();
    let (a, b, c, shared) = (
        g.add(16, true),
        g.add(16, true),
        g.add(16, true),
        g.add(16, true),
    );
    g.point(a, shared);
    g.point(b, shared);
    g.point(c, c); // an object pointing to itself
    g.point(shared, a);
    let roots = vec![a, b, a, c, c];
    let (g, colours, counts) = mark(g, roots.clone());
    check(
        &g,
        &roots,
        &colours,
        counts,
        "a and b → shared → a, c → c, roots repeat",
    );
}

#[test]
fn without_roots_nothing_is_marked() {
    let mut g = Graph::new();
    let a = g.add(16, true);
    g.point(a, a);
    let (g, colours, counts) = mark(g, vec![]);
    check(&g, &[], &colours, counts, "no roots");
}

#[test]
fn a_long_list_needs_a_work_list() {
    let n = 300_000;
    let mut g = Graph::new();
    let first = g.add(16, true);
    let mut prev = first;
    for _ in 1..n {
        let o = g.add(16, true);
        g.point(prev, o);
        prev = o;
    }
    let (g, colours, counts) = mark(g, vec![first]);
    check(&g, &[first], &colours, counts, "a list of 300000 objects");
}

#[test]
fn random_heaps_match_memsims_collector() {
    let mut r = rng(43);
    for case in 0..60 {
        let n = r.random_range(1..300);
        let mut g = Graph::new();
        let mut heap = GoHeap::new();
        let mut addr = Vec::new();
        for _ in 0..n {
            // Pointer-free objects of at least 16 bytes (smaller ones would share a tiny
            // block, which memsim frees only as a whole), pointerful ones of 1–6 words,
            // and now and then a large object.
            let (size, pointers) = match r.random_range(0..10) {
                0..=2 => (r.random_range(16..2048), false),
                3 => (40_000, r.random_bool(0.5)),
                _ => (8 * r.random_range(1..=6), true),
            };
            g.add(size, pointers);
            addr.push(heap.alloc(size, pointers).addr);
        }
        for o in 0..n {
            if !g.has_pointers(o) {
                continue;
            }
            for word in 0..r.random_range(0..=g.size(o) / 8) {
                let to = r.random_range(0..n);
                g.point(o, to);
                heap.set_pointer(addr[o], 8 * word, addr[to]);
            }
        }
        let roots: Vec<ObjId> = (0..r.random_range(0..4))
            .map(|_| r.random_range(0..n))
            .collect();
        let root_addrs: Vec<u64> = roots.iter().map(|&o| addr[o]).collect();
        let (g, colours, counts) = mark(g, roots.clone());
        let case = format!("random heap {case} ({n} objects, roots {roots:?})");
        check(&g, &roots, &colours, counts, &case);
        let swept = heap.collect(&root_addrs);
        let white = colours.iter().filter(|&&c| c == Colour::White).count() as u64;
        assert_eq!(
            white, swept.objects,
            "{case}: memsim's collector frees {} objects, you left {white} white",
            swept.objects
        );
        for o in 0..n {
            assert_eq!(
                heap.heap().object_of(addr[o]).is_some(),
                colours[o] == Colour::Black,
                "{case}: memsim's collector and your marking disagree about object {o}"
            );
        }
    }
}
