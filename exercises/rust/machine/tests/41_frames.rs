//! Grades exercise 41 (frames) against the rules of `memsim::machine::FrameStack`, which
//! are those of memsim's VM (a frame is its locals plus 16 bytes of linkage; a push must
//! leave `STACK_RESERVE` bytes free, or the stack grows).

#[path = "../../../41_frames/exercise.rs"]
mod exercise;

use exercise::GoroutineStack;
use machine_grading::{rng, within};
use memsim::machine::{FRAME_LINKAGE, FrameStack, NoRoom, STACK_MIN, STACK_RESERVE};
use rand::Rng;

/// Where goroutine stacks start in memsim's address space.
const LO: u64 = 0xc8_0000_0000;

/// The rules, written out: the stack's bounds and every frame's lowest address.
struct Model {
    lo: u64,
    hi: u64,
    frames: Vec<u64>,
}

impl Model {
    fn sp(&self) -> u64 {
        self.frames.last().copied().unwrap_or(self.hi)
    }

    fn push(&mut self, locals: u64) -> Result<u64, NoRoom> {
        let (frame, sp) = (locals + FRAME_LINKAGE, self.sp());
        if sp.saturating_sub(frame) < self.lo + STACK_RESERVE {
            return Err(NoRoom {
                frame,
                free: sp.saturating_sub(self.lo + STACK_RESERVE),
            });
        }
        self.frames.push(sp - frame);
        Ok(sp - frame)
    }
}

#[test]
fn a_new_stack_is_empty() {
    within("GoroutineStack", || {
        let mut s = GoroutineStack::new(LO, STACK_MIN);
        assert_eq!(s.depth(), 0, "a new stack has no frames");
        assert_eq!(
            s.sp(),
            LO + STACK_MIN,
            "sp of an empty stack is hi, lo + size"
        );
        assert_eq!(s.pop_frame(), None, "popping an empty stack gives None");
    })
}

#[test]
fn a_frame_takes_its_locals_and_16_bytes_of_linkage() {
    within("GoroutineStack", || {
        let hi = LO + STACK_MIN;
        let mut s = GoroutineStack::new(LO, STACK_MIN);
        assert_eq!(
            s.push_frame(32),
            Ok(hi - 48),
            "a frame with 32 bytes of locals takes 32 + 16 bytes below hi"
        );
        assert_eq!(s.sp(), hi - 48);
        assert_eq!(
            s.push_frame(0),
            Ok(hi - 64),
            "a frame without locals still takes its 16 bytes of linkage"
        );
        assert_eq!(s.push_frame(104), Ok(hi - 184));
        assert_eq!(s.depth(), 3);
    })
}

#[test]
fn a_return_pops_back_to_the_callers_sp() {
    within("GoroutineStack", || {
        let hi = LO + STACK_MIN;
        let mut s = GoroutineStack::new(LO, STACK_MIN);
        s.push_frame(32).unwrap();
        s.push_frame(64).unwrap();
        assert_eq!(
            s.pop_frame(),
            Some(hi - 128),
            "pop returns the popped frame's address"
        );
        assert_eq!(
            s.sp(),
            hi - 48,
            "after the pop, sp is the caller's frame again"
        );
        assert_eq!(s.depth(), 1);
        assert_eq!(s.pop_frame(), Some(hi - 48));
        assert_eq!(s.sp(), hi);
        assert_eq!(s.pop_frame(), None);
    })
}

#[test]
fn the_last_800_bytes_stay_free() {
    within("GoroutineStack", || {
        let hi = LO + STACK_MIN;
        let mut s = GoroutineStack::new(LO, STACK_MIN);
        // 2048 − 800 = 1248 bytes for frames.
        assert_eq!(
            s.push_frame(1233),
            Err(NoRoom {
                frame: 1249,
                free: 1248
            }),
            "a 1249-byte frame does not fit in a 2 KiB stack: 800 bytes stay free"
        );
        assert_eq!(
            (s.sp(), s.depth()),
            (hi, 0),
            "a push that fails changes nothing"
        );
        assert_eq!(
            s.push_frame(1232),
            Ok(LO + STACK_RESERVE),
            "a 1248-byte frame fits exactly"
        );
        assert_eq!(
            s.push_frame(0),
            Err(NoRoom { frame: 16, free: 0 }),
            "nothing fits once sp reaches lo + 800"
        );
        assert_eq!(s.depth(), 1);
    })
}

#[test]
fn a_2_kib_stack_holds_10_frames_of_100_bytes() {
    within("GoroutineStack", || {
        let mut s = GoroutineStack::new(LO, STACK_MIN);
        for depth in 1..=10 {
            assert!(
                s.push_frame(100).is_ok(),
                "frame {depth} of 116 bytes fits: {} of 1248 bytes used",
                116 * depth
            );
        }
        assert_eq!(
            s.push_frame(100),
            Err(NoRoom {
                frame: 116,
                free: 1248 - 1160
            }),
            "the 11th frame of a recursion with 100 bytes of locals needs a bigger stack"
        );
    })
}

#[test]
fn random_calls_and_returns_follow_the_rules() {
    within("GoroutineStack", || {
        let mut r = rng(41);
        for case in 0..200 {
            let size = STACK_MIN << r.random_range(0..4);
            let lo = LO + case * (1 << 20);
            let mut s = GoroutineStack::new(lo, size);
            let mut m = Model {
                lo,
                hi: lo + size,
                frames: Vec::new(),
            };
            let mut ops = Vec::new();
            for _ in 0..100 {
                if r.random_bool(0.6) {
                    let locals = 8 * r.random_range(0..64u64);
                    ops.push(format!("push_frame({locals})"));
                    let (got, want) = (s.push_frame(locals), m.push(locals));
                    assert_eq!(
                        got,
                        want,
                        "stack [{lo:#x}, {:#x}) after {}",
                        lo + size,
                        ops.join(", ")
                    );
                } else {
                    ops.push("pop_frame()".to_string());
                    assert_eq!(
                        s.pop_frame(),
                        m.frames.pop(),
                        "stack [{lo:#x}, {:#x}) after {}",
                        lo + size,
                        ops.join(", ")
                    );
                }
                assert_eq!(s.sp(), m.sp(), "sp after {}", ops.join(", "));
                assert_eq!(s.depth(), m.frames.len(), "depth after {}", ops.join(", "));
            }
        }
    })
}
