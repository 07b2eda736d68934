//! Exercise 50 — the write barrier: marking while the program runs.
//!
//! Book: *The garbage collector* (book/src/gc.md), section "Marking while the program runs".
//!
//! Go marks concurrently with your goroutines. Exercise 43's marking is correct only if
//! nothing changes under it; here the program (the *mutator*) keeps loading and storing
//! pointers while the collector works, and the one thing that can protect it is the
//! *write barrier*: code that runs before every pointer store into the heap or a package
//! variable — never before a store to a local variable — and may *shade* objects.
//!
//! Implement `WriteBarrier::before_store` (in `memsim::machine`; read its documentation)
//! for `GoWriteBarrier`. It is told the object the slot pointed to (`old`), the one it will
//! point to (`new`), and whether the storing goroutine's stack is still grey (not scanned
//! yet in this cycle); `shade(obj)` greys an object. Shade too little and the tests find a
//! program state in which an object the program can still reach stays white — freed while
//! in use. Two barriers from the literature are each not enough on their own, because Go
//! scans every stack only once:
//!
//! * Dijkstra's insertion barrier shades `new`;
//! * Yuasa's deletion barrier shades `old`.
//!
//! The tests replay the book's dangerous sequences, then thousands of random interleavings
//! of collector steps and mutator loads, stores, drops and allocations.
//!
//! Check your work: `cargo run -p memsim -- exercises check 50_write_barrier`

#[allow(unused_imports)]
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
        // TODO: which of old and new must be shaded, and when?
        let _ = (shade, old, new, stack_is_grey);
    }
}
