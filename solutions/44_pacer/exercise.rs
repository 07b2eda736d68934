//! Exercise 44 — the pacer: when does Go's next garbage collection start?
//!
//! Book: *The garbage collector* (book/src/gc.md), sections "When a cycle starts: the
//! pacer", "`GOGC`: trading memory for CPU" and "`GOMEMLIMIT`: a ceiling on memory".
//!
//! Reference solution.

use memsim::machine::{HEAP_MINIMUM, Pacer, RUNTIME_NON_HEAP};

/// Go's pacer with the setting `GOGC=gogc` (`None` for `GOGC=off`).
pub struct GoPacer {
    pub gogc: Option<u64>,
}

impl Pacer for GoPacer {
    fn gogc(&self) -> Option<u64> {
        self.gogc
    }

    fn heap_goal(&self, live: u64, stacks: u64, globals: u64) -> u64 {
        let Some(gogc) = self.gogc else {
            return u64::MAX;
        };
        let goal = live + (live + stacks + globals) * gogc / 100;
        goal.max(HEAP_MINIMUM * gogc / 100).max(live + (1 << 20))
    }

    fn trigger(&self, live: u64, goal: u64) -> u64 {
        if goal == u64::MAX {
            return u64::MAX;
        }
        live + (goal - live) * 9 / 10
    }

    fn limit_goal(&self, limit: u64, non_heap: u64, live: u64) -> u64 {
        let heap = limit.saturating_sub(non_heap + RUNTIME_NON_HEAP);
        let headroom = (heap * 3 / 100).max(1 << 20).min(heap);
        (heap - headroom).max(live)
    }
}
