//! Tuning of the mimalloc allocator that the `memsim` binary (and the speed benchmark)
//! install as the global allocator.
//!
//! memsim runs once over one file and exits. Its pipeline frees large parts of its memory
//! between stages (the syntax tree after checking, per-function scratch during escape
//! analysis) and allocates as much again in the next one. By default mimalloc *purges*
//! freed memory after 10 ms: it gives the pages back to the kernel, which must then zero
//! fresh pages when the next stage touches the memory again. On a 70,000-line program that
//! zeroing was a third of the run time. [`keep_freed_memory`] turns purging off, so freed
//! pages are reused as they are; the memory goes back to the system when the process exits.

use std::ffi::{c_int, c_long};

/// mimalloc's `mi_option_purge_delay` (v3 `mimalloc.h`, `enum mi_option_e`): delay in
/// milliseconds before freed memory is purged, `-1` for never.
const MI_OPTION_PURGE_DELAY: c_int = 15;

// SAFETY: `mi_option_set` is exported by the mimalloc library that the `mimalloc` crate
// (through `libmimalloc-sys`) compiles and links into every memsim binary; its C signature
// is `void mi_option_set(mi_option_t option, long value)` with `mi_option_t` a C enum (an
// `int`). It only stores the value in mimalloc's option table (an atomic store), is safe to
// call at any time from any thread, and accepts any option value, so it is declared `safe`.
unsafe extern "C" {
    safe fn mi_option_set(option: c_int, value: c_long);
}

/// Tells mimalloc never to return freed memory to the kernel before the process exits (see
/// the module doc). Call it first thing in `main`; it only changes the allocator's policy,
/// never what memsim computes.
pub fn keep_freed_memory() {
    mi_option_set(MI_OPTION_PURGE_DELAY, -1);
}
