//! Exercise 44 — the pacer: when does Go's next garbage collection start?
//!
//! Book: *The garbage collector* (book/src/gc.md), sections "When a cycle starts: the
//! pacer", "`GOGC`: trading memory for CPU" and "`GOMEMLIMIT`: a ceiling on memory".
//!
//! After each collection Go sets a *heap goal*: how large the heap may grow before the
//! next cycle must be done. `GOGC` sets it as a percentage of the live data (and of the
//! stacks and globals, which the collector must scan too); `GOMEMLIMIT` caps it. Implement
//! `Pacer` (in `memsim::machine`; its documentation has every rule) for `GoPacer`:
//!
//! * `heap_goal`: `live + (live + stacks + globals) × GOGC / 100`, at least
//!   `HEAP_MINIMUM × GOGC / 100` and at least `live + 1 MiB`; `u64::MAX` with GOGC off;
//! * `trigger`: 90% of the way from `live` to the goal (`u64::MAX` if the goal is);
//! * `limit_goal`: the limit less the memory that is not heap (`non_heap` and
//!   `RUNTIME_NON_HEAP`), less 3% of what is left (at least 1 MiB), never below `live`.
//!
//! The tests compare your pacer with memsim's (`memsim::runtime::gc::GcState`, what a
//! memsim run reports as `MemStats.NextGC`), which follows Go 1.27's `gcControllerState`
//! — don't call it here.
//!
//! Check your work: `cargo run -p memsim -- exercises check 44_pacer`

#[allow(unused_imports)]
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
        todo!("the goal after a cycle found {live} B live ({stacks} B stacks, {globals} B globals)")
    }

    fn trigger(&self, live: u64, goal: u64) -> u64 {
        todo!("when to start the next cycle: {live} B live, goal {goal} B")
    }

    fn limit_goal(&self, limit: u64, non_heap: u64, live: u64) -> u64 {
        todo!("the goal under a {limit} B limit ({non_heap} B not heap, {live} B live)")
    }
}
