//! Grades exercise 42 (stack growth) against the rules of `memsim::machine::StackGrower`,
//! which are those of memsim's VM (`grow` and `move_stack`), and against the stack sizes
//! of a real run on memsim.

#[path = "../../../42_stack_growth/exercise.rs"]
mod exercise;

use exercise::GoStackGrower;
use machine_grading::{rng, within};
use memsim::machine::{
    CopiedStack, GoStack, MAX_STACK, STACK_MIN, STACK_RESERVE, StackGrower, StackOverflow,
};
use rand::Rng;

/// Two stacks in memsim's stack range, and a heap address.
const OLD_LO: u64 = 0xc8_0000_0000;
const NEW_LO: u64 = 0xc8_0001_0000;
const HEAP: u64 = 0xc0_0000_2010;

/// The rules, written out.
fn model(old: &GoStack, new_lo: u64, new_size: u64, pointer_words: &[u64]) -> CopiedStack {
    let mut new = GoStack::new(new_lo, new_size);
    new.sp = new.hi() - old.used();
    let to = (new.sp - new.lo) as usize;
    new.bytes[to..].copy_from_slice(&old.bytes[(old.sp - old.lo) as usize..]);
    let delta = new.hi().wrapping_sub(old.hi());
    let mut adjusted = 0;
    for &w in pointer_words {
        let v = old.read_word(w);
        if old.contains(v) {
            new.write_word(w.wrapping_add(delta), v.wrapping_add(delta));
            adjusted += 1;
        }
    }
    CopiedStack {
        stack: new,
        adjusted,
    }
}

/// Says where two stacks first differ.
fn compare(got: &CopiedStack, want: &CopiedStack, case: &str) {
    let (g, w) = (&got.stack, &want.stack);
    assert_eq!(
        (g.lo, g.size()),
        (w.lo, w.size()),
        "{case}: the new stack must start at new_lo and have new_size bytes"
    );
    assert_eq!(
        g.sp,
        w.sp,
        "{case}: the new sp must be used = {} bytes below the new hi",
        w.used()
    );
    if let Some(i) = (0..w.bytes.len()).find(|&i| g.bytes[i] != w.bytes[i]) {
        let word = w.lo + i as u64 / 8 * 8;
        panic!(
            "{case}: the word at {word:#x} (hi − {}) should be {:#x} but is {:#x}",
            w.hi() - word,
            w.read_word(word),
            g.read_word(word)
        );
    }
    assert_eq!(
        got.adjusted, want.adjusted,
        "{case}: the count of adjusted pointers"
    );
}

#[test]
fn new_size_doubles_until_the_frame_fits() {
    within("GoStackGrower::new_size", || {
        for (old, used, need, want) in [
            (2048, 1200, 100, 4096),
            (2048, 1000, 5000, 8192),
            (2048, 0, 1249, 4096),
            (4096, 2000, 1296, 4096),
            (8192, 6000, 100_000, 131_072),
        ] {
            assert_eq!(
                GoStackGrower.new_size(old, used, need),
                Ok(want),
                "new_size({old}, {used}, {need}): {used} + {need} + {STACK_RESERVE} bytes fit in {want}"
            );
        }
    })
}

#[test]
fn a_stack_past_1_gb_overflows() {
    within("GoStackGrower::new_size", || {
        let half = 1 << 28;
        assert_eq!(
            GoStackGrower.new_size(half, half - 2000, 4000),
            Ok(1 << 29),
            "512 MiB is the largest stack Go allows"
        );
        assert_eq!(
            GoStackGrower.new_size(1 << 29, (1 << 29) - 1000, 10_000),
            Err(StackOverflow { size: 1 << 30 }),
            "a stack of 1 GiB is more than MAX_STACK = {MAX_STACK}"
        );
    })
}

#[test]
fn the_sizes_of_a_real_run() {
    // memsim runs a recursion that grows its goroutine's stack several times; each of
    // its growths doubles the stack, as yours must.
    let go = "package main

func depth(n int) int {
\tvar pad [16]int
\tpad[n%16] = n
\tif n == 0 {
\t\treturn 0
\t}
\treturn depth(n-1) + pad[n%16]
}

func main() {
\tprintln(depth(300))
}
";
    let run = memsim::lab::run(go);
    assert!(run.stack_growths.len() >= 3, "{:?}", run.stack_growths);
    within("GoStackGrower::new_size", move || {
        for g in &run.stack_growths {
            // The smallest frame that did not fit.
            let need = g.old_size - g.bytes_copied - STACK_RESERVE + 1;
            assert_eq!(
                GoStackGrower.new_size(g.old_size, g.bytes_copied, need),
                Ok(g.new_size),
                "memsim's run grew a {}-byte stack with {} bytes used to {} bytes",
                g.old_size,
                g.bytes_copied,
                g.new_size
            );
        }
    })
}

#[test]
fn frames_keep_their_distance_from_hi() {
    within("GoStackGrower::copy_stack", || {
        let mut old = GoStack::new(OLD_LO, STACK_MIN);
        old.sp = old.hi() - 96;
        for (i, b) in old
            .bytes
            .iter_mut()
            .enumerate()
            .skip(STACK_MIN as usize - 96)
        {
            *b = i as u8 ^ 0x5a;
        }
        let got = GoStackGrower.copy_stack(&old, NEW_LO, 4096, &[]);
        compare(
            &got,
            &model(&old, NEW_LO, 4096, &[]),
            "copying 96 used bytes without pointers",
        );
    })
}

#[test]
fn pointers_into_the_old_stack_move_with_it() {
    within("GoStackGrower::copy_stack", || {
        let mut old = GoStack::new(OLD_LO, STACK_MIN);
        let hi = old.hi();
        old.sp = hi - 64;
        old.write_word(hi - 8, hi - 24); // p := &x, x on this stack
        old.write_word(hi - 16, HEAP); // a heap pointer
        old.write_word(hi - 24, 42); // x, an int
        old.write_word(hi - 32, 0); // a nil pointer
        old.write_word(hi - 40, hi - 8); // an int that happens to look like a stack address
        old.write_word(hi - 48, hi - 64); // a pointer to the newest frame
        let pointers = [hi - 8, hi - 16, hi - 32, hi - 48];
        let got = GoStackGrower.copy_stack(&old, NEW_LO, 4096, &pointers);
        let new_hi = NEW_LO + 4096;
        assert_eq!(
            got.stack.read_word(new_hi - 8),
            new_hi - 24,
            "a pointer to x on the old stack must point to x on the new one"
        );
        assert_eq!(
            got.stack.read_word(new_hi - 16),
            HEAP,
            "a pointer to the heap does not change"
        );
        assert_eq!(
            got.stack.read_word(new_hi - 32),
            0,
            "a nil pointer stays nil"
        );
        assert_eq!(
            got.stack.read_word(new_hi - 40),
            hi - 8,
            "a word that is not in pointer_words is copied unchanged, even if it looks like a stack address"
        );
        compare(
            &got,
            &model(&old, NEW_LO, 4096, &pointers),
            "a frame with stack, heap and nil pointers",
        );
    })
}

#[test]
fn random_stacks_copy_exactly() {
    within("GoStackGrower::copy_stack", || {
        let mut r = rng(42);
        for case in 0..300 {
            let size = STACK_MIN << r.random_range(0..4);
            let old_lo = OLD_LO + case * (1 << 24);
            let mut old = GoStack::new(old_lo, size);
            let used = 8 * r.random_range(0..=(size - STACK_RESERVE) / 8);
            old.sp = old.hi() - used;
            let mut pointers = Vec::new();
            for w in (old.sp..old.hi()).step_by(8) {
                let value = match r.random_range(0..5) {
                    0 => old.lo + 8 * r.random_range(0..size / 8), // into the stack
                    1 => HEAP + 16 * r.random_range(0..1000),
                    2 => 0,
                    _ => r.random(),
                };
                old.write_word(w, value);
                if r.random_bool(0.5) {
                    pointers.push(w);
                }
            }
            let new_size = size * 2;
            let new_lo = old_lo + (1 << 23);
            let got = GoStackGrower.copy_stack(&old, new_lo, new_size, &pointers);
            compare(
                &got,
                &model(&old, new_lo, new_size, &pointers),
                &format!(
                    "case {case}: a {size}-byte stack with {used} bytes used and {} pointer words",
                    pointers.len()
                ),
            );
        }
    })
}
