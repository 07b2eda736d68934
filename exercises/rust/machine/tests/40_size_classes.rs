//! Grades exercise 40 (size classes) against memsim's rounding, which is Go 1.27's
//! (`memsim::runtime::sizeclass::place`, from the size-class table measured on Go).

#[path = "../../../40_size_classes/exercise.rs"]
mod exercise;

use exercise::GoSizeClasses;
use machine_grading::{rng, within};
use memsim::machine::{Rounded, SizeClasses};
use memsim::runtime::sizeclass::{Placement, place};
use rand::Rng;

/// Go's answer, in the exercise's terms.
fn go(size: u64, pointers: bool) -> Rounded {
    match place(size, pointers) {
        Placement::Small { class, header } => Rounded::Small {
            class: class.class,
            slot: class.size,
            header,
        },
        Placement::Large { pages } => Rounded::Large { pages },
    }
}

/// Checks every size of `sizes`, failing at the first wrong answer.
fn check(sizes: Vec<u64>, pointers: bool) {
    within("GoSizeClasses::round", move || {
        for size in sizes {
            let got = GoSizeClasses.round(size, pointers);
            let want = go(size, pointers);
            assert_eq!(
                got,
                want,
                "round({size}, {pointers}): a {size}-byte object {} goes to {want:?}, not {got:?}",
                if pointers {
                    "with pointers"
                } else {
                    "without pointers"
                }
            );
        }
    })
}

#[test]
fn examples_from_the_book() {
    // The rounding the book's chapter shows (heap.md, rust.md).
    check(vec![16, 24, 100, 808, 40_000], false);
    check(vec![24, 808], true);
}

#[test]
fn every_small_pointer_free_size() {
    check((1..=32_760).collect(), false);
}

#[test]
fn every_small_pointerful_size_with_its_header() {
    check((1..=32_760).collect(), true);
}

#[test]
fn large_objects_take_whole_pages() {
    let mut sizes: Vec<u64> = (32_761..=33_000).collect();
    sizes.extend([
        40_960,
        40_961,
        65_536,
        65_537,
        100_000,
        1 << 20,
        (1 << 30) + 1,
    ]);
    let mut r = rng(40);
    sizes.extend((0..2000).map(|_| r.random_range(32_761..1 << 32)));
    check(sizes.clone(), false);
    check(sizes, true);
}
