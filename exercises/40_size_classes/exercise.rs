//! Exercise 40 — size classes: how much memory a Go allocation really takes.
//!
//! Book: *The heap* (book/src/heap.md), sections "Size classes" and "Large objects".
//!
//! Go's allocator never hands out exactly the bytes a program asks for. A small object
//! gets a slot of one of 67 size classes — the smallest class that holds it — and a large
//! object gets whole 8 KiB pages of its own. Write that rounding: implement
//! `SizeClasses::round` for `GoSizeClasses`, returning
//!
//! * `Rounded::Small { class, slot, header }` for a request of at most
//!   `MAX_SMALL_REQUEST` (32760) bytes: `class` is the number (1–67) of the smallest size
//!   class whose size is at least the bytes needed, `slot` that class's size, and
//!   `header` whether the slot starts with Go's 8-byte malloc header. Objects *with
//!   pointers* of more than `MALLOC_HEADER_THRESHOLD` (512) bytes get the header, and
//!   then need `MALLOC_HEADER_SIZE` (8) bytes more than they asked for;
//! * `Rounded::Large { pages }` for anything larger: the size rounded up to whole pages of
//!   `PAGE_SIZE` bytes.
//!
//! The class sizes are in `class_sizes()`: class `n` is `class_sizes()[n - 1]`.
//! (memsim's own answer is `memsim::runtime::sizeclass::place`: the tests compare yours
//! with it, for every size up to 33000 bytes and many larger ones — don't call it here.)
//!
//! Check your work: `cargo run -p memsim -- exercises check 40_size_classes`

#[allow(unused_imports)]
use memsim::machine::{
    MALLOC_HEADER_SIZE, MALLOC_HEADER_THRESHOLD, MAX_SMALL_REQUEST, PAGE_SIZE, Rounded,
    SizeClasses, class_sizes,
};

/// Go 1.27's size classes.
pub struct GoSizeClasses;

impl SizeClasses for GoSizeClasses {
    fn round(&self, size: u64, pointers: bool) -> Rounded {
        // TODO: the header, the smallest class that fits, or whole pages.
        todo!("round a request of {size} bytes (pointers: {pointers})")
    }
}
