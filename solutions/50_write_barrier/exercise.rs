//! Exercise 50 — the write barrier: marking while the program runs.
//!
//! Book: *The garbage collector* (book/src/gc.md), section "Marking while the program runs".
//!
//! Reference solution: Go's hybrid barrier, as the runtime's own comment writes it:
//!
//! ```text
//! writePointer(slot, ptr):
//!     shade(*slot)
//!     if current stack is grey:
//!         shade(ptr)
//!     *slot = ptr
//! ```

use memsim::machine::{ObjId, WriteBarrier};

/// Go's hybrid write barrier.
pub struct GoWriteBarrier;

impl WriteBarrier for GoWriteBarrier {
    fn before_store(
        &mut self,
        shade: &mut dyn FnMut(ObjId),
        old: Option<ObjId>,
        new: Option<ObjId>,
        stack_is_grey: bool,
    ) {
        // Deletion: the object losing a pointer may be reachable only through a copy the
        // mutator keeps where no barrier sees it (a stack already scanned).
        if let Some(old) = old {
            shade(old);
        }
        // Insertion: a pointer taken from an unscanned stack into the heap.
        if stack_is_grey && let Some(new) = new {
            shade(new);
        }
    }
}
