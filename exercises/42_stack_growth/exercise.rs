//! Exercise 42 — stack growth: copy a goroutine's stack and adjust its pointers.
//!
//! Book: *The stack* (book/src/stack.md), section "Growing by copying".
//!
//! When a frame does not fit (exercise 41), Go does not chain a second stack: it allocates
//! a bigger one, copies the frames there, and frees the old one. Implement `StackGrower`
//! (in `memsim::machine`; read its documentation) for `GoStackGrower`:
//!
//! * `new_size`: double `old_size` until `used + need + STACK_RESERVE` fits (zero times if
//!   it already fits); `Err(StackOverflow { size })` when that size exceeds `MAX_STACK`
//!   (Go's 1 GB limit: `fatal error: stack overflow`).
//! * `copy_stack`: a new `GoStack` of `new_size` bytes at `new_lo`, whose top `used` bytes
//!   are the old stack's `[sp, hi)` — every frame keeps its distance from `hi` — and whose
//!   `sp` is `used` bytes below its `hi`. Then the pointers: each word listed in
//!   `pointer_words` (addresses in the *old* stack) whose value points into the old stack
//!   `[lo, hi)` must be moved by the distance between the two stacks' `hi`, or it would
//!   point into freed memory. Leave pointers to anything else (the heap, nil) alone, and
//!   never touch a word that is not listed, even if its value looks like a stack address:
//!   it may be an integer. Return how many words you adjusted.
//!
//! `GoStack::read_word` and `write_word` read and write 8-byte little-endian words.
//!
//! Check your work: `cargo run -p memsim -- exercises check 42_stack_growth`

#[allow(unused_imports)]
use memsim::machine::{CopiedStack, GoStack, MAX_STACK, STACK_RESERVE, StackGrower, StackOverflow};

/// Go's stack copier.
pub struct GoStackGrower;

impl StackGrower for GoStackGrower {
    fn new_size(&self, old_size: u64, used: u64, need: u64) -> Result<u64, StackOverflow> {
        todo!("grow a {old_size}-byte stack with {used} bytes used for a {need}-byte frame")
    }

    fn copy_stack(
        &self,
        old: &GoStack,
        new_lo: u64,
        new_size: u64,
        pointer_words: &[u64],
    ) -> CopiedStack {
        todo!(
            "copy {} used bytes to a {new_size}-byte stack at {new_lo:#x}, adjusting {} pointer words",
            old.used(),
            pointer_words.len()
        )
    }
}
