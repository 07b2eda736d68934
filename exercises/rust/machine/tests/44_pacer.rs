//! Grades exercise 44 (the pacer) against memsim's pacer (`memsim::runtime::gc`, which
//! follows Go 1.27's `gcControllerState`; the memory-limit case measured on Go 1.27).

#[path = "../../../44_pacer/exercise.rs"]
mod exercise;

use exercise::GoPacer;
use machine_grading::{rng, within};
use memsim::machine::Pacer;
use memsim::runtime::gc::{GcState, limit_goal};
use rand::Rng;

const MIB: u64 = 1 << 20;

/// memsim's goal and trigger after a cycle.
fn go(
    gogc: Option<u64>,
    memlimit: Option<u64>,
    live: u64,
    stacks: u64,
    globals: u64,
    non_heap: u64,
) -> (u64, u64) {
    let mut gc = GcState::new(gogc, memlimit);
    gc.pace(live, stacks, globals, non_heap);
    (gc.next_gc, gc.trigger)
}

/// The learner's goal and trigger after a cycle.
fn yours(
    gogc: Option<u64>,
    memlimit: Option<u64>,
    live: u64,
    stacks: u64,
    globals: u64,
    non_heap: u64,
) -> (u64, u64) {
    within("GoPacer", move || {
        let p = GoPacer { gogc };
        let goal = p.next_gc(live, stacks, globals, memlimit, non_heap);
        (goal, p.trigger(live, goal))
    })
}

fn gogc_name(gogc: Option<u64>) -> String {
    gogc.map_or("off".to_string(), |g| g.to_string())
}

/// Checks one setting; `what` says it in words.
fn check(gogc: Option<u64>, live: u64, stacks: u64, globals: u64, what: &str) {
    let (goal, trigger) = go(gogc, None, live, stacks, globals, 0);
    let p = GoPacer { gogc };
    let got = within("GoPacer::heap_goal", move || {
        p.heap_goal(live, stacks, globals)
    });
    assert_eq!(
        got,
        goal,
        "{what}: GOGC={}, {live} B live, {stacks} B stacks, {globals} B globals: the goal is {goal} B",
        gogc_name(gogc)
    );
    let p = GoPacer { gogc };
    let got = within("GoPacer::trigger", move || p.trigger(live, goal));
    assert_eq!(
        got, trigger,
        "{what}: with {live} B live and a goal of {goal} B, the next cycle starts at {trigger} B"
    );
}

#[test]
fn gogc_100_doubles_the_live_heap() {
    check(Some(100), 10 * MIB, 0, 0, "the default");
    assert_eq!(go(Some(100), None, 10 * MIB, 0, 0, 0), (20 * MIB, 19 * MIB));
}

#[test]
fn stacks_and_globals_count_like_heap() {
    check(
        Some(100),
        10 * MIB,
        MIB,
        MIB,
        "scan work of stacks and globals",
    );
    check(Some(50), 10 * MIB, 64 << 10, 4096, "GOGC=50");
}

#[test]
fn a_small_heap_grows_to_4_mib_first() {
    check(Some(100), 100 << 10, 8 << 10, 0, "the 4 MiB minimum");
    check(Some(200), 100 << 10, 0, 0, "the minimum scales with GOGC");
    check(Some(50), 100 << 10, 0, 0, "the minimum scales with GOGC");
}

#[test]
fn a_tiny_gogc_still_leaves_1_mib() {
    check(Some(1), 10 * MIB, 0, 0, "at least 1 MiB above live");
    check(Some(0), 3 * MIB, 0, 0, "GOGC=0");
}

#[test]
fn gogc_off_sets_no_goal() {
    check(None, 10 * MIB, MIB, 0, "GOGC=off");
}

#[test]
fn the_memory_limit_caps_the_goal() {
    // Measured on Go 1.27: GOGC=off GOMEMLIMIT=64MiB with 10 MiB live → a 57.7 MiB goal.
    let want = limit_goal(Some(64 * MIB), 0, 10 * MIB);
    let p = GoPacer { gogc: None };
    let got = within("GoPacer::limit_goal", move || {
        p.limit_goal(64 * MIB, 0, 10 * MIB)
    });
    assert_eq!(
        got, want,
        "GOMEMLIMIT=64MiB, nothing but heap, 10 MiB live: the goal is {want} B"
    );
    for (limit, non_heap, live, what) in [
        (
            64 * MIB,
            2 * MIB,
            10 * MIB,
            "stacks and static data count against the limit",
        ),
        (
            8 * MIB,
            0,
            MIB,
            "a small limit: the headroom is at least 1 MiB",
        ),
        (
            16 * MIB,
            0,
            20 * MIB,
            "never below live: live memory cannot be freed",
        ),
        (4 * MIB, 0, 0, "a limit below what the runtime itself needs"),
    ] {
        let want = limit_goal(Some(limit), non_heap, live);
        let p = GoPacer { gogc: Some(100) };
        let got = within("GoPacer::limit_goal", move || {
            p.limit_goal(limit, non_heap, live)
        });
        assert_eq!(
            got, want,
            "{what}: limit {limit} B, {non_heap} B not heap, {live} B live: the goal is {want} B"
        );
    }
    assert_eq!(
        yours(Some(100), Some(64 * MIB), 40 * MIB, 0, 0, 0),
        go(Some(100), Some(64 * MIB), 40 * MIB, 0, 0, 0),
        "GOGC=100 would allow 80 MiB, but GOMEMLIMIT=64MiB comes first"
    );
}

#[test]
fn random_settings_match_memsims_pacer() {
    within("GoPacer", || {
        let mut r = rng(44);
        for _ in 0..5000 {
            let gogc = match r.random_range(0..10) {
                0 => None,
                1 => Some(r.random_range(0..5)),
                _ => Some(r.random_range(5..1000)),
            };
            let memlimit = r.random_bool(0.3).then(|| r.random_range(MIB..1 << 36));
            let mut upto = |bits: std::ops::Range<u32>| {
                let b = r.random_range(bits);
                r.random_range(0..1u64 << b)
            };
            let (live, stacks) = (upto(10..36), upto(10..24));
            let (globals, non_heap) = (upto(1..20), upto(10..28));
            let p = GoPacer { gogc };
            let goal = p.next_gc(live, stacks, globals, memlimit, non_heap);
            assert_eq!(
                (goal, p.trigger(live, goal)),
                go(gogc, memlimit, live, stacks, globals, non_heap),
                "(goal, trigger) with GOGC={}, GOMEMLIMIT={memlimit:?}, {live} B live, {stacks} B stacks, {globals} B globals, {non_heap} B not heap",
                gogc_name(gogc)
            );
        }
    })
}
