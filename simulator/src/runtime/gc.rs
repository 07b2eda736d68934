//! The garbage collector: Go's tri-colour mark–sweep, run stop-the-world at a safe point.
//!
//! Go's collector is concurrent; memsim runs each cycle whole between two statements,
//! which keeps what matters for learning and counting — which objects survive, when a
//! cycle starts, how big the heap may grow — without simulating write barriers.
//!
//! * **Colours.** Every heap object starts *white*. The roots — every pointer word of
//!   every frame on every goroutine stack, and of every package variable — make the
//!   objects they reach *grey* (marked, on the work list). Scanning a grey object's
//!   pointer words (known from the type it was allocated with) greys what they reach and
//!   makes the object *black*. When no grey object is left, white objects are garbage.
//! * **Sweep** frees every allocated slot that is not marked (a tiny block dies only when
//!   every object packed in it is unreachable, since marking is per slot).
//! * **Pacer** (Go's `gcControllerState`): after a cycle that found `live` bytes,
//!   `goal = live + (live + stacks + globals) × GOGC/100`, at least 4 MiB × GOGC/100 and
//!   `live + 1 MiB`; the next cycle starts when the heap reaches the *trigger*, 90% of the
//!   way from `live` to the goal. With GOGC off only `runtime.GC()` collects.
//! * **Memory limit** (`GOMEMLIMIT`, `--memlimit`): the goal becomes the smaller of the
//!   GOGC goal and `limit − non-heap memory`, less 3% (at least 1 MiB) of headroom, never
//!   below `live`. Non-heap memory is the goroutine stacks, static data and a fixed
//!   [`RUNTIME_NON_HEAP`] for what Go's runtime maps for itself.

use super::heap::Heap;

/// Stop-the-world pause memsim charges per cycle in `PauseTotalNs` (a cost model: Go's
/// two short pauses per cycle measure tens of microseconds on this class of machine).
pub const PAUSE_NS_PER_CYCLE: u64 = 50_000;

/// Simulated time per executed instruction (the run's clock for gctrace).
pub const NS_PER_STEP: u64 = 2;
/// Each stop-the-world phase of a cycle (sweep termination, mark termination).
pub const STW_NS: u64 = 10_000;
/// Marking cost: bytes scanned per simulated nanosecond.
pub const MARK_BYTES_PER_NS: u64 = 1;

/// Milliseconds as gctrace prints them: whole numbers from 10 ms, else two significant
/// digits with at most three decimals.
pub fn gctrace_ms(ns: u64) -> String {
    let ms = ns as f64 / 1e6;
    if ms >= 10.0 {
        return format!("{}", ms as u64);
    }
    if ms == 0.0 {
        return "0".to_string();
    }
    let digits = 2i32 - 1 - ms.log10().floor() as i32;
    let decimals = digits.clamp(0, 3) as usize;
    format!("{ms:.decimals$}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_memory_limit_caps_the_goal() {
        // The reference's measurement: GOGC=off, GOMEMLIMIT=64MiB, 10 MiB live → 57.7 MiB.
        let goal = limit_goal(Some(64 << 20), 0, 10 << 20);
        assert!(
            (goal as f64 / (1 << 20) as f64 - 57.7).abs() < 0.1,
            "{goal}"
        );
        assert_eq!(limit_goal(None, 0, 5), u64::MAX);
        // Never below live.
        assert_eq!(limit_goal(Some(1 << 20), 0, 7 << 20), 7 << 20);
        assert_eq!(parse_memlimit("64MiB"), Ok(Some(64 << 20)));
        assert_eq!(parse_memlimit("1000"), Ok(Some(1000)));
        assert_eq!(parse_memlimit("off"), Ok(None));
        assert!(parse_memlimit("64MB").is_err());
    }

    #[test]
    fn gctrace_times_print_like_go() {
        assert_eq!(gctrace_ms(10_000), "0.010");
        assert_eq!(gctrace_ms(100_000), "0.10");
        assert_eq!(gctrace_ms(8_700_000), "8.7");
        assert_eq!(gctrace_ms(91_000), "0.091");
        assert_eq!(gctrace_ms(12_400_000), "12");
    }
}

/// One `GODEBUG=gctrace=1` line (Go's format; memsim's simulated machine has one P).
pub fn gctrace_line(c: &CycleRecord, start_ns: u64, total_ns: u64, gc_ns_total: u64) -> String {
    let mark = c.mark_ns;
    let pct = (gc_ns_total * 100).checked_div(total_ns).unwrap_or(0);
    let mb = |b: u64| b >> 20;
    format!(
        "gc {} @{:.3}s {}%: {}+{}+{} ms clock, {}+0/{}/0+{} ms cpu, {}->{}->{} MB, {} MB goal, {} MB stacks, {} MB globals, 1 P{}",
        c.number,
        start_ns as f64 / 1e9,
        pct,
        gctrace_ms(STW_NS),
        gctrace_ms(mark),
        gctrace_ms(STW_NS),
        gctrace_ms(STW_NS),
        gctrace_ms(mark),
        gctrace_ms(STW_NS),
        mb(c.heap_before),
        mb(c.heap_before),
        mb(c.heap_live),
        mb(c.goal_of_cycle),
        mb(c.stack_scan),
        mb(c.globals_scan),
        if c.forced { " (forced)" } else { "" }
    )
}

/// Memory Go's runtime maps besides the heap, stacks and static data (GC metadata, span
/// structures, its own goroutines): calibrated on the reference's measurement, where
/// `GOGC=off GOMEMLIMIT=64MiB` gave a 57.7 MiB goal.
pub const RUNTIME_NON_HEAP: u64 = 4_700_000;

/// The heap goal before the first cycle and its floor (for GOGC=100).
pub const HEAP_MINIMUM: u64 = 4 << 20;

/// Collector settings and history.
#[derive(Clone, Debug)]
pub struct GcState {
    /// GOGC percent; `None` is `GOGC=off`.
    pub gogc: Option<u64>,
    /// The soft memory limit (`GOMEMLIMIT`), bytes.
    pub memlimit: Option<u64>,
    /// Heap goal of the next cycle (`MemStats.NextGC`).
    pub next_gc: u64,
    /// Heap size at which the next cycle starts.
    pub trigger: u64,
    /// Completed cycles (`NumGC`).
    pub num_gc: u32,
    /// Cycles started by `runtime.GC()` (`NumForcedGC`).
    pub num_forced: u32,
    /// Live heap bytes found by the last cycle.
    pub last_live: u64,
    /// A cycle is due at the next safe point.
    pub pending: bool,
    /// One record per cycle.
    pub cycles: Vec<CycleRecord>,
}

/// What one cycle saw (gctrace's numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CycleRecord {
    pub number: u32,
    pub forced: bool,
    /// Heap bytes at the start, and marked live.
    pub heap_before: u64,
    pub heap_live: u64,
    pub goal: u64,
    pub stack_scan: u64,
    pub globals_scan: u64,
    pub objects_freed: u64,
    pub bytes_freed: u64,
    /// The goal this cycle was started against.
    pub goal_of_cycle: u64,
    /// Simulated marking time.
    pub mark_ns: u64,
}

impl GcState {
    pub fn new(gogc: Option<u64>, memlimit: Option<u64>) -> GcState {
        let goal = match gogc {
            Some(g) => HEAP_MINIMUM * g / 100,
            None => u64::MAX,
        };
        let goal = goal.min(limit_goal(memlimit, 0, 0));
        GcState {
            gogc,
            memlimit,
            next_gc: goal,
            trigger: trigger_for(0, goal),
            num_gc: 0,
            num_forced: 0,
            last_live: 0,
            pending: false,
            cycles: Vec::new(),
        }
    }

    /// Called after every allocation: schedules a cycle when the heap reached the trigger.
    pub fn note_alloc(&mut self, heap: &Heap) {
        if heap.stats.heap_alloc >= self.trigger {
            self.pending = true;
        }
    }

    /// Sets the next goal after a cycle that found `live` bytes.
    /// `non_heap`: bytes of stacks and static data (for the memory limit).
    pub fn pace(&mut self, live: u64, stack_scan: u64, globals_scan: u64, non_heap: u64) {
        self.last_live = live;
        let goal = match self.gogc {
            Some(g) => {
                let goal = live + (live + stack_scan + globals_scan) * g / 100;
                goal.max(HEAP_MINIMUM * g / 100).max(live + (1 << 20))
            }
            None => u64::MAX,
        };
        self.next_gc = goal.min(limit_goal(self.memlimit, non_heap, live));
        self.trigger = trigger_for(live, self.next_gc);
    }
}

/// The heap goal the memory limit allows (`u64::MAX` without a limit).
pub fn limit_goal(memlimit: Option<u64>, non_heap: u64, live: u64) -> u64 {
    let Some(limit) = memlimit else {
        return u64::MAX;
    };
    let goal = limit.saturating_sub(non_heap + RUNTIME_NON_HEAP);
    let goal = goal - (goal * 3 / 100).max(1 << 20).min(goal);
    goal.max(live)
}

/// Parses a `GOMEMLIMIT` value: a byte count with an optional unit (B, KiB, MiB, GiB,
/// TiB), or `off`.
pub fn parse_memlimit(s: &str) -> Result<Option<u64>, String> {
    let s = s.trim();
    if s == "off" {
        return Ok(None);
    }
    let (digits, mult) = [
        ("TiB", 1u64 << 40),
        ("GiB", 1 << 30),
        ("MiB", 1 << 20),
        ("KiB", 1 << 10),
        ("B", 1),
    ]
    .iter()
    .find_map(|(u, m)| s.strip_suffix(u).map(|d| (d, *m)))
    .unwrap_or((s, 1));
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .map(Some)
        .ok_or_else(|| format!("GOMEMLIMIT must be a byte count with an optional unit B, KiB, MiB, GiB or TiB, or off, not {s:?}"))
}

fn trigger_for(live: u64, goal: u64) -> u64 {
    if goal == u64::MAX {
        return u64::MAX;
    }
    live + (goal - live) * 9 / 10
}
