//! Exercise 42 — stack growth: copy a goroutine's stack and adjust its pointers.
//!
//! Book: *The stack* (book/src/stack.md), section "Growing by copying".
//!
//! Reference solution (memsim's VM does the same in `move_stack`).

use memsim::machine::{CopiedStack, GoStack, MAX_STACK, STACK_RESERVE, StackGrower, StackOverflow};

/// Go's stack copier.
pub struct GoStackGrower;

impl StackGrower for GoStackGrower {
    fn new_size(&self, old_size: u64, used: u64, need: u64) -> Result<u64, StackOverflow> {
        let mut size = old_size;
        while used + need + STACK_RESERVE > size {
            size *= 2;
        }
        if size > MAX_STACK {
            return Err(StackOverflow { size });
        }
        Ok(size)
    }

    fn copy_stack(
        &self,
        old: &GoStack,
        new_lo: u64,
        new_size: u64,
        pointer_words: &[u64],
    ) -> CopiedStack {
        let used = old.used();
        let mut new = GoStack::new(new_lo, new_size);
        new.sp = new.hi() - used;
        let from = (old.sp - old.lo) as usize;
        let to = (new.sp - new.lo) as usize;
        new.bytes[to..].copy_from_slice(&old.bytes[from..]);
        // Everything in the old stack moves by the same distance.
        let delta = new.hi().wrapping_sub(old.hi());
        let mut adjusted = 0;
        for &word in pointer_words {
            let value = old.read_word(word);
            if old.contains(value) {
                new.write_word(word.wrapping_add(delta), value.wrapping_add(delta));
                adjusted += 1;
            }
        }
        CopiedStack {
            stack: new,
            adjusted,
        }
    }
}
