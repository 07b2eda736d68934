//! Exercise 41 — frames: pushing and popping function frames on a goroutine stack.
//!
//! Book: *The stack* (book/src/stack.md), sections "What a frame holds" and "Allocation is
//! moving a pointer".
//!
//! A goroutine's stack is the address range `[lo, hi)`. Frames grow *down* from `hi`: the
//! stack pointer `sp` is the lowest address in use (`hi` while no frame is pushed). A call
//! pushes its function's frame by moving `sp` down by the frame's size; the return pops it
//! by moving `sp` back up. That subtraction is the whole cost of a stack allocation.
//!
//! Implement `FrameStack` (in `memsim::machine`; read its documentation) for
//! `GoroutineStack`:
//!
//! * a frame for a function with `locals` bytes of local variables takes
//!   `locals + FRAME_LINKAGE` bytes: the return address and the saved frame pointer;
//! * `push_frame` returns the new frame's lowest address (the new `sp`), or
//!   `Err(NoRoom { frame, free })` — changing nothing — when fewer than `STACK_RESERVE`
//!   (800) bytes would stay free between `lo` and the new frame. `frame` is the frame's
//!   size with its linkage, `free` the bytes between `lo + STACK_RESERVE` and the current
//!   `sp` (0 if there are none). Go then grows the stack: that is exercise 42;
//! * `pop_frame` returns the lowest address of the frame it pops, `None` when empty.
//!
//! Check your work: `cargo run -p memsim -- exercises check 41_frames`

#[allow(unused_imports)]
use memsim::machine::{FRAME_LINKAGE, FrameStack, NoRoom, STACK_RESERVE};

/// One goroutine's stack of frames.
pub struct GoroutineStack {
    // TODO: what must the stack remember to push, pop and answer `sp` and `depth`?
}

impl GoroutineStack {
    /// An empty stack occupying `[lo, lo + size)`.
    pub fn new(lo: u64, size: u64) -> GoroutineStack {
        todo!("a stack at {lo:#x} of {size} bytes")
    }
}

impl FrameStack for GoroutineStack {
    fn push_frame(&mut self, locals: u64) -> Result<u64, NoRoom> {
        todo!("push a frame with {locals} bytes of locals")
    }

    fn pop_frame(&mut self) -> Option<u64> {
        todo!("pop the newest frame")
    }

    fn sp(&self) -> u64 {
        todo!("the lowest address in use")
    }

    fn depth(&self) -> usize {
        todo!("how many frames")
    }
}
