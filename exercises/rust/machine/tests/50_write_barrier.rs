//! Grades exercise 50 (the write barrier) on a model of Go's concurrent marking: heap
//! objects with two pointer fields, package variables (stores to them run the barrier, as
//! heap stores do), one goroutine's local variables (no barrier; the stack is scanned
//! once), objects allocated during marking born black, and a collector that scans one grey
//! object at a time. The book's dangerous sequences, then random interleavings of
//! collector steps and mutator loads, stores, drops and allocations, run with the
//! learner's barrier; when marking ends, no object the program can still reach may be
//! white.

#[path = "../../../50_write_barrier/exercise.rs"]
mod exercise;

use exercise::GoWriteBarrier;
use machine_grading::{rng, within};
use memsim::machine::{Colour, ObjId, WriteBarrier};
use rand::Rng;

/// Pointer fields per object, and local variables of the goroutine.
const FIELDS: usize = 2;
const LOCALS: usize = 3;

/// The heap, the roots and the collector's state, with what happened so far.
struct World {
    fields: Vec<[Option<ObjId>; FIELDS]>,
    globals: Vec<Option<ObjId>>,
    locals: [Option<ObjId>; LOCALS],
    colour: Vec<Colour>,
    grey: Vec<ObjId>,
    stack_scanned: bool,
    log: Vec<String>,
}

fn name(p: Option<ObjId>) -> String {
    p.map_or("nil".to_string(), |o| format!("object {o}"))
}

fn shade_into(colour: &mut [Colour], grey: &mut Vec<ObjId>, o: ObjId) {
    assert!(o < colour.len(), "shade({o}): there is no object {o}");
    if colour[o] == Colour::White {
        colour[o] = Colour::Grey;
        grey.push(o);
    }
}

impl World {
    /// `objects` white objects, package variables and locals as given (before marking).
    fn new(
        objects: usize,
        fields: &[(ObjId, usize, ObjId)],
        globals: Vec<Option<ObjId>>,
        locals: [Option<ObjId>; LOCALS],
    ) -> World {
        let mut w = World {
            fields: vec![[None; FIELDS]; objects],
            globals,
            locals,
            colour: vec![Colour::White; objects],
            grey: Vec::new(),
            stack_scanned: false,
            log: Vec::new(),
        };
        for &(from, f, to) in fields {
            w.fields[from][f] = Some(to);
        }
        w
    }

    fn shade(&mut self, o: ObjId) {
        shade_into(&mut self.colour, &mut self.grey, o);
    }

    /// Marking starts: the package variables are scanned.
    fn start(&mut self) {
        for g in self.globals.clone().into_iter().flatten() {
            self.shade(g);
        }
        self.log
            .push("marking starts: what the package variables point to is shaded".into());
    }

    /// The goroutine's stack is scanned (once per cycle).
    fn scan_stack(&mut self) {
        for l in self.locals.into_iter().flatten() {
            self.shade(l);
        }
        self.stack_scanned = true;
        self.log
            .push("the collector scans the goroutine's stack (now black)".into());
    }

    /// The collector scans one grey object; false when none is left.
    fn step(&mut self) -> bool {
        let Some(o) = self.grey.pop() else {
            return false;
        };
        for t in self.fields[o].into_iter().flatten() {
            self.shade(t);
        }
        self.colour[o] = Colour::Black;
        self.log
            .push(format!("the collector scans object {o} (black)"));
        true
    }

    fn finish(&mut self) {
        if !self.stack_scanned {
            self.scan_stack();
        }
        while self.step() {}
    }

    // The mutator. Loads and stores into locals run no barrier.
    fn load_global(&mut self, l: usize, g: usize) {
        self.locals[l] = self.globals[g];
        self.log.push(format!("x{l} = g{g} (no barrier: a local)"));
    }

    fn load(&mut self, l: usize, k: usize, f: usize) -> bool {
        let Some(o) = self.locals[k] else {
            return false;
        };
        self.locals[l] = self.fields[o][f];
        self.log.push(format!(
            "x{l} = x{k}.f{f} (no barrier: a local; x{l} is now {})",
            name(self.locals[l])
        ));
        true
    }

    fn drop_local(&mut self, l: usize) {
        self.locals[l] = None;
        self.log.push(format!("x{l} = nil (no barrier: a local)"));
    }

    fn alloc(&mut self, l: usize) {
        self.fields.push([None; FIELDS]);
        self.colour.push(Colour::Black);
        let o = self.colour.len() - 1;
        self.locals[l] = Some(o);
        self.log
            .push(format!("x{l} = new object {o} (born black during marking)"));
    }

    /// Runs the barrier, then the store; returns what the log says of it.
    fn barrier(
        &mut self,
        b: &mut dyn WriteBarrier,
        old: Option<ObjId>,
        new: Option<ObjId>,
    ) -> String {
        let stack_is_grey = !self.stack_scanned;
        let (colour, grey) = (&mut self.colour, &mut self.grey);
        let mut shaded = Vec::new();
        b.before_store(
            &mut |o| {
                shaded.push(o);
                shade_into(colour, grey, o)
            },
            old,
            new,
            stack_is_grey,
        );
        format!(
            "barrier(old {}, new {}, stack {}) shaded {:?}",
            name(old),
            name(new),
            if stack_is_grey { "grey" } else { "black" },
            shaded
        )
    }

    fn store(&mut self, b: &mut dyn WriteBarrier, k: usize, f: usize, v: Option<usize>) -> bool {
        let Some(o) = self.locals[k] else {
            return false;
        };
        let new = v.and_then(|i| self.locals[i]);
        let said = self.barrier(b, self.fields[o][f], new);
        self.fields[o][f] = new;
        let value = v.map_or("nil".to_string(), |i| format!("x{i}"));
        self.log.push(format!("x{k}.f{f} = {value}: {said}"));
        true
    }

    fn store_global(&mut self, b: &mut dyn WriteBarrier, g: usize, v: Option<usize>) {
        let new = v.and_then(|i| self.locals[i]);
        let said = self.barrier(b, self.globals[g], new);
        self.globals[g] = new;
        let value = v.map_or("nil".to_string(), |i| format!("x{i}"));
        self.log.push(format!("g{g} = {value}: {said}"));
    }

    /// The first object the program can still reach that is white, with the path to it.
    fn lost(&self) -> Option<(ObjId, String)> {
        let mut seen = vec![false; self.colour.len()];
        let mut todo: Vec<(ObjId, String)> = Vec::new();
        for (g, p) in self.globals.iter().enumerate() {
            if let Some(o) = p {
                todo.push((*o, format!("g{g}")));
            }
        }
        for (l, p) in self.locals.iter().enumerate() {
            if let Some(o) = p {
                todo.push((*o, format!("x{l}")));
            }
        }
        todo.reverse();
        while let Some((o, path)) = todo.pop() {
            if std::mem::replace(&mut seen[o], true) {
                continue;
            }
            if self.colour[o] == Colour::White {
                return Some((o, format!("{path} → {o}")));
            }
            for (f, t) in self.fields[o].iter().enumerate() {
                if let Some(t) = t {
                    todo.push((*t, format!("{path} → {o}.f{f}")));
                }
            }
        }
        None
    }

    /// Finishes marking and fails if a reachable object is white.
    #[track_caller]
    fn check(mut self, case: &str) {
        self.finish();
        if let Some((o, path)) = self.lost() {
            panic!(
                "{case}: when marking ends, object {o} is white although the program still reaches it ({path}): the sweep would free it while in use.\nWhat happened:\n  {}",
                self.log.join("\n  ")
            );
        }
    }
}

#[test]
fn a_pointer_moved_into_a_black_object() {
    // The book's sequence: A (0) is black, C (2) is reachable only from grey B (1); the
    // program copies B.f0 into A.f0, then clears B.f0.
    within("GoWriteBarrier", || {
        let mut b = GoWriteBarrier;
        let mut w = World::new(
            3,
            &[(1, 0, 2)],
            vec![Some(1), Some(0)],
            [Some(0), Some(1), None],
        );
        w.start();
        w.scan_stack();
        w.step(); // A is scanned first (black); B stays grey
        assert_eq!((w.colour[0], w.colour[1]), (Colour::Black, Colour::Grey));
        w.load(2, 1, 0); // x2 = B.f0 (C)
        w.store(&mut b, 0, 0, Some(2)); // A.f0 = x2
        w.store(&mut b, 1, 0, None); // B.f0 = nil
        w.drop_local(2);
        w.check("A.f0 = B.f0; B.f0 = nil, as in the book");
    })
}

#[test]
fn a_pointer_hidden_in_a_scanned_stack() {
    // Why the deletion part: the stack was scanned already and stores to it run no
    // barrier, so the only moment to catch C is when the heap pointer to it is overwritten.
    within("GoWriteBarrier", || {
        let mut b = GoWriteBarrier;
        let mut w = World::new(3, &[(1, 0, 2)], vec![Some(1)], [None, Some(1), None]);
        w.start();
        w.scan_stack();
        w.load(2, 1, 0); // x2 = B.f0 (C), in a local: no barrier
        w.store(&mut b, 1, 0, None); // B.f0 = nil
        w.check("a pointer loaded into a local of a scanned stack, then cleared in the heap");
    })
}

#[test]
fn a_pointer_from_an_unscanned_stack_into_a_black_object() {
    // Why the insertion part while the stack is grey: C (2) is reachable only from a local
    // (the goroutine made it before marking started); it is stored into black A (0), and
    // the local is cleared before the stack is scanned.
    within("GoWriteBarrier", || {
        let mut b = GoWriteBarrier;
        let mut w = World::new(3, &[], vec![Some(0)], [None, None, Some(2)]);
        w.start();
        while w.step() {}
        w.load_global(0, 0); // x0 = g0 (A, black)
        w.store(&mut b, 0, 0, Some(2)); // A.f0 = x2 (C, white)
        w.drop_local(2); // x2 = nil: C is now reachable only through A
        w.check("a pointer stored from an unscanned stack into a black object");
    })
}

#[test]
fn a_package_variable_is_barriered_like_the_heap() {
    within("GoWriteBarrier", || {
        let mut b = GoWriteBarrier;
        let mut w = World::new(2, &[], vec![Some(0), None], [None, Some(1), None]);
        w.start();
        while w.step() {}
        w.store_global(&mut b, 1, Some(1)); // g1 = x1 (object 1, white)
        w.drop_local(1);
        w.check("a pointer stored from an unscanned stack into a package variable");
    })
}

#[test]
fn random_programs_lose_nothing() {
    within("GoWriteBarrier", || {
        let mut r = rng(50);
        for case in 0..3000 {
            let n = r.random_range(1..8);
            let mut fields = Vec::new();
            for o in 0..n {
                for f in 0..FIELDS {
                    if r.random_bool(0.4) {
                        fields.push((o, f, r.random_range(0..n)));
                    }
                }
            }
            let pick =
                |r: &mut rand::rngs::StdRng| r.random_bool(0.6).then(|| r.random_range(0..n));
            let globals = vec![pick(&mut r), pick(&mut r)];
            let locals = [pick(&mut r), pick(&mut r), pick(&mut r)];
            let mut w = World::new(n, &fields, globals, locals);
            let mut b = GoWriteBarrier;
            w.start();
            for _ in 0..r.random_range(0..40) {
                let (l, k, f) = (
                    r.random_range(0..LOCALS),
                    r.random_range(0..LOCALS),
                    r.random_range(0..FIELDS),
                );
                let v = r.random_bool(0.6).then_some(l);
                match r.random_range(0..100) {
                    0..15 => {
                        w.step();
                    }
                    15..23 if !w.stack_scanned => w.scan_stack(),
                    15..33 => w.load_global(l, r.random_range(0..2)),
                    33..55 => {
                        w.load(l, k, f);
                    }
                    55..77 => {
                        w.store(&mut b, k, f, v);
                    }
                    77..87 => w.store_global(&mut b, r.random_range(0..2), v),
                    87..97 => w.drop_local(l),
                    _ => w.alloc(l),
                }
            }
            w.check(&format!("random program {case}"));
        }
    })
}
