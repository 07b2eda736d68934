//! Exercise 43 — tri-colour marking: find every object a program can still reach.
//!
//! Book: *The garbage collector* (book/src/gc.md), sections "Mark and sweep" and
//! "Tri-colour marking".
//!
//! Reference solution: a work list of grey objects, as Go's `gcDrain` keeps.

use memsim::machine::{Marker, Marking, ObjId};

/// Go's mark phase.
pub struct GoMarker;

impl Marker for GoMarker {
    fn mark(&mut self, marking: &mut Marking<'_>, roots: &[ObjId]) {
        let graph = marking.graph();
        let mut grey: Vec<ObjId> = Vec::new();
        for &root in roots {
            if marking.shade(root) {
                grey.push(root);
            }
        }
        while let Some(obj) = grey.pop() {
            for &p in graph.pointers(obj) {
                if marking.shade(p) {
                    grey.push(p);
                }
            }
            marking.blacken(obj);
        }
    }
}
