//! Exercise 43 — tri-colour marking: find every object a program can still reach.
//!
//! Book: *The garbage collector* (book/src/gc.md), sections "Mark and sweep" and
//! "Tri-colour marking".
//!
//! Go's collector frees what the program cannot reach. It finds out by *marking*: every
//! object starts white; the roots (what goroutine stacks and package variables point to)
//! are shaded grey; a grey object is scanned — everything it points to is shaded — and
//! becomes black. When no grey object is left, the white ones are garbage.
//!
//! Implement `Marker::mark` (in `memsim::machine`; read its documentation) for `GoMarker`
//! with the `Marking` you are given:
//!
//! * `marking.shade(obj)` turns a white object grey and returns `true` (you must now scan
//!   it later), or returns `false` for an object already grey or black;
//! * `marking.graph().pointers(obj)` lists the objects `obj` points to;
//! * `marking.blacken(obj)` records that a grey object has been scanned. It panics — the
//!   grader's check of the *tri-colour invariant* — if the object is not grey, or if it
//!   still points to a white object: no black object may ever point to a white one.
//!
//! Keep the grey objects on a work list (a `Vec` used as a stack will do), as Go does.
//! A recursive function is tempting, but a linked list of a million objects would need a
//! million nested calls: the tests include a long list.
//!
//! The tests build random heaps, mark them with your `GoMarker`, and compare what you
//! leave white with what memsim's collector frees from the same heap and roots.
//!
//! Check your work: `cargo run -p memsim -- exercises check 43_tricolour`

#[allow(unused_imports)]
use memsim::machine::{Marker, Marking, ObjId};

/// Go's mark phase.
pub struct GoMarker;

impl Marker for GoMarker {
    fn mark(&mut self, marking: &mut Marking<'_>, roots: &[ObjId]) {
        // TODO: shade the roots, then scan grey objects until none is left.
        todo!(
            "mark the {} objects of the graph from {} roots",
            marking.graph().len(),
            roots.len()
        )
    }
}
