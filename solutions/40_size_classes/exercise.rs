//! Exercise 40 — size classes: how much memory a Go allocation really takes.
//!
//! Book: *The heap* (book/src/heap.md), sections "Size classes" and "Large objects".
//!
//! Reference solution.

use memsim::machine::{
    MALLOC_HEADER_SIZE, MALLOC_HEADER_THRESHOLD, MAX_SMALL_REQUEST, PAGE_SIZE, Rounded,
    SizeClasses, class_sizes,
};

/// Go 1.27's size classes.
pub struct GoSizeClasses;

impl SizeClasses for GoSizeClasses {
    fn round(&self, size: u64, pointers: bool) -> Rounded {
        if size > MAX_SMALL_REQUEST {
            return Rounded::Large {
                pages: size.div_ceil(PAGE_SIZE),
            };
        }
        let header = pointers && size > MALLOC_HEADER_THRESHOLD;
        let need = if header {
            size + MALLOC_HEADER_SIZE
        } else {
            size
        };
        // The classes are sorted: the first one that holds `need` bytes is the smallest.
        let sizes = class_sizes();
        let i = sizes.partition_point(|&s| s < need);
        Rounded::Small {
            class: (i + 1) as u8,
            slot: sizes[i],
            header,
        }
    }
}
