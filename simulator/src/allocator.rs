//! The global allocator of the `memsim` binary and of the speed benchmark: mimalloc, called
//! the way the system allocator is.
//!
//! The pipeline makes millions of small allocations (syntax and IR nodes, names, scratch
//! vectors), which mimalloc serves much faster than glibc's allocator. How it is called
//! matters as much as the choice: the `mimalloc` crate's allocator calls `mi_malloc_aligned`
//! for every request. mimalloc v3 serves an aligned request from its fast path only while
//! the page of that size class has a free block; when the page runs out, a size that is not
//! a power of two (24, 56, 112 bytes...) falls back to *over-allocating* from a larger size
//! class, and since nothing refills the exact size class again, every later request of that
//! size takes the slow path and wastes memory. [`Allocator`] does what Rust's own `System`
//! allocator does: alignments up to 16 bytes (which every `mi_malloc` block of at least that
//! size already has, like C's `malloc`) go through `mi_malloc`/`mi_realloc`; larger ones
//! through the aligned calls.
//!
//! The crate is built with mimalloc v2 (`libmimalloc-sys`'s `v2` feature), not v3: on the
//! 70k-line benchmark program v3 ends with 84 MB resident (its arena is backed by 2 MiB
//! transparent huge pages, each zeroed by the kernel on first touch, and freed syntax-tree
//! blocks are not reused for the typed program), v2 with 57 MB, and the binary runs about
//! 10% faster (less time in the kernel zeroing pages), for 1% more instructions.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// The largest alignment every `mi_malloc` block of at least that many bytes has
/// (mimalloc's `MI_MAX_ALIGN_SIZE`, `sizeof(max_align_t)` on x86-64 and aarch64).
const MI_MAX_ALIGN_SIZE: usize = 16;

/// mimalloc as a global allocator (see the module doc):
///
/// ```ignore
/// #[global_allocator]
/// static GLOBAL: memsim::allocator::Allocator = memsim::allocator::Allocator;
/// ```
pub struct Allocator;

/// Whether `mi_malloc(size)` is aligned enough for `align`: it is for alignments up to
/// [`MI_MAX_ALIGN_SIZE`] when the block is at least as large as the alignment (smaller
/// blocks are only word aligned), the rule Rust's `System` allocator uses for `malloc`.
fn malloc_suffices(align: usize, size: usize) -> bool {
    align <= MI_MAX_ALIGN_SIZE && align <= size
}

// SAFETY: every block is allocated and freed by mimalloc: `mi_malloc`/`mi_zalloc`/
// `mi_realloc` blocks and `*_aligned` blocks are all released by `mi_free`, and
// `mi_realloc`/`mi_realloc_aligned` accept either kind. `mi_malloc` blocks of `size` bytes
// are aligned to `min(16, size rounded up to the word size)`, which `malloc_suffices`
// checks against the layout; otherwise the aligned calls guarantee the alignment. Null is
// returned on failure, as `GlobalAlloc` requires.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain FFI calls with a valid size and a power-of-two alignment.
        unsafe {
            if malloc_suffices(layout.align(), layout.size()) {
                libmimalloc_sys::mi_malloc(layout.size()) as *mut u8
            } else {
                libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe {
            if malloc_suffices(layout.align(), layout.size()) {
                libmimalloc_sys::mi_zalloc(layout.size()) as *mut u8
            } else {
                libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` was returned by this allocator, hence by mimalloc.
        unsafe { libmimalloc_sys::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` was returned by this allocator with `layout`; the new block keeps
        // the alignment by the same rule as `alloc`.
        unsafe {
            if malloc_suffices(layout.align(), new_size) {
                libmimalloc_sys::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                libmimalloc_sys::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align())
                    as *mut u8
            }
        }
    }
}
