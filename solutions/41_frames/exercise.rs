//! Exercise 41 — frames: pushing and popping function frames on a goroutine stack.
//!
//! Book: *The stack* (book/src/stack.md), sections "What a frame holds" and "Allocation is
//! moving a pointer".
//!
//! Reference solution: the stack remembers its bounds and the lowest address of every
//! frame; `sp` is the last one's (or `hi`).

use memsim::machine::{FRAME_LINKAGE, FrameStack, NoRoom, STACK_RESERVE};

/// One goroutine's stack of frames.
pub struct GoroutineStack {
    lo: u64,
    hi: u64,
    /// The lowest address of each frame, oldest first.
    frames: Vec<u64>,
}

impl GoroutineStack {
    /// An empty stack occupying `[lo, lo + size)`.
    pub fn new(lo: u64, size: u64) -> GoroutineStack {
        GoroutineStack {
            lo,
            hi: lo + size,
            frames: Vec::new(),
        }
    }
}

impl FrameStack for GoroutineStack {
    fn push_frame(&mut self, locals: u64) -> Result<u64, NoRoom> {
        let frame = locals + FRAME_LINKAGE;
        let sp = self.sp();
        let floor = self.lo + STACK_RESERVE;
        if sp < floor + frame {
            return Err(NoRoom {
                frame,
                free: sp.saturating_sub(floor),
            });
        }
        self.frames.push(sp - frame);
        Ok(sp - frame)
    }

    fn pop_frame(&mut self) -> Option<u64> {
        self.frames.pop()
    }

    fn sp(&self) -> u64 {
        self.frames.last().copied().unwrap_or(self.hi)
    }

    fn depth(&self) -> usize {
        self.frames.len()
    }
}
