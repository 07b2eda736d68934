//! A small workbench over memsim's public API, for readers who want to experiment from
//! Rust, and for the book's Rust snippets.
//!
//! Everything here is a thin layer over what the library already exports: Go source as a
//! string instead of a [`SourceFile`], errors as panics with memsim's error line instead of
//! `Result`s, and a [`GoHeap`] that drives the simulated Go heap ([`Heap`]) by hand — allocate
//! objects, store pointers between them, collect from roots you name — without a Go program.
//!
//! ```
//! let go = "package main
//!
//! func newInt() *int {
//! \tx := 42
//! \treturn &x
//! }
//!
//! func main() {
//! \tprintln(*newInt())
//! }
//! ";
//! // What `go build -gcflags='-m -l'` prints for the file main.go.
//! assert_eq!(memsim::lab::escape(go), "./main.go:4:2: moved to heap: x\n");
//! // What the run did on the simulated memory.
//! let run = memsim::lab::run(go);
//! assert_eq!(String::from_utf8_lossy(&run.stderr), "42\n");
//! assert_eq!(run.heap.mallocs, 1);
//! ```
//!
//! [`GoHeap`] uses the same allocator as a run (size classes, spans, the tiny allocator) and
//! the same mark-and-sweep steps as the collector of a run, but knows no Go types: every
//! word of a pointerful object is treated as a possible pointer, and the roots are the
//! addresses you pass to [`GoHeap::collect`] instead of goroutine stacks and globals.

use crate::runtime::heap::{Allocation, Heap, HeapStats, ObjType};
use crate::runtime::{self, AllocsReport, RunOptions, RunOutcome};
use crate::source::SourceFile;
use crate::types::predeclared;

/// The name diagnostics print for the program: `main.go` as `go build` prints it when run
/// in the file's directory.
pub const FILE: &str = "./main.go";

/// The Go program `go` as the file [`FILE`].
pub fn source(go: &str) -> SourceFile {
    SourceFile::new(FILE, go)
}

/// What `go build -gcflags='-m -l'` prints for the program (`memsim escape`), one line
/// each; for an invalid program, its first error line.
pub fn escape(go: &str) -> String {
    match crate::escape_report(&source(go), 1) {
        Ok(s) | Err(s) => s,
    }
}

/// Every decision in plain words (`memsim escape --explain`); for an invalid program, its
/// first error line.
pub fn explain(go: &str) -> String {
    match crate::explain_report(&source(go)) {
        Ok(s) | Err(s) => s,
    }
}

/// Runs the program as `memsim run` does, with the default options (GOGC=100, no memory
/// limit). Panics with memsim's error line if the program is invalid or cannot be run.
pub fn run(go: &str) -> RunOutcome {
    run_with(go, RunOptions::default())
}

/// [`run`] with options (GOGC, GOMEMLIMIT, step limit, ...).
pub fn run_with(go: &str, opts: RunOptions) -> RunOutcome {
    runtime::run(&source(go), opts).unwrap_or_else(|e| panic!("{}", e.0))
}

/// `testing.AllocsPerRun(100, func_name)` and bytes per call (`memsim allocs --bytes`).
/// Panics with memsim's error line if the program is invalid or has no such function.
pub fn allocs(go: &str, func_name: &str) -> AllocsReport {
    runtime::allocs_per_run(&source(go), func_name, RunOptions::default())
        .unwrap_or_else(|e| panic!("{}", e.0))
}

/// What one [`GoHeap::collect`] freed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Swept {
    /// Objects (slots) freed; a tiny block counts once.
    pub objects: u64,
    /// Bytes of the freed slots.
    pub bytes: u64,
}

/// One span of a [`GoHeap`], as [`GoHeap::spans`] lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpanInfo {
    /// First address.
    pub base: u64,
    /// 8 KiB pages.
    pub pages: u64,
    /// Size class 1–67, or 0 for a large object.
    pub class: u8,
    /// Bytes per slot.
    pub slot_size: u64,
    /// Slots in the span, and how many hold an object.
    pub slots: u32,
    pub allocated: u32,
    /// Pointer-free objects only (the collector never scans them).
    pub noscan: bool,
}

impl std::fmt::Display for SpanInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = if self.noscan { "noscan" } else { "scan" };
        let pages = if self.pages == 1 { "page" } else { "pages" };
        if self.class == 0 {
            write!(
                f,
                "large object span, {} {pages} ({} B), {kind}",
                self.pages, self.slot_size
            )
        } else {
            write!(
                f,
                "class {} span ({} B slots, {} {pages}, {kind}): {} of {} slots used",
                self.class, self.slot_size, self.pages, self.allocated, self.slots
            )
        }
    }
}

/// The simulated Go heap, driven by hand (see the module documentation).
pub struct GoHeap {
    heap: Heap,
}

impl Default for GoHeap {
    fn default() -> GoHeap {
        GoHeap::new()
    }
}

impl GoHeap {
    /// An empty heap that may span 1 GiB, like a run's.
    pub fn new() -> GoHeap {
        GoHeap {
            heap: Heap::new(1 << 30),
        }
    }

    /// Allocates `size` bytes as Go's `mallocgc` would for an object of that size, with or
    /// without pointers in it: the tiny allocator for pointer-free requests under 16 bytes,
    /// a slot of the smallest size class that fits up to 32760 bytes (pointerful objects
    /// over 512 bytes with an 8-byte malloc header), whole pages beyond. Panics on a
    /// zero-size request (Go returns `runtime.zerobase` without allocating) and when the
    /// heap is full.
    pub fn alloc(&mut self, size: u64, pointers: bool) -> Allocation {
        assert!(size > 0, "Go allocates nothing for a zero-size object");
        // Without Go types, a pointerful object is described as words that may all be
        // pointers (what `collect` scans); a pointer-free one is never scanned.
        let ty = if pointers {
            ObjType {
                elem: predeclared::UNSAFE_POINTER,
                count: size / 8,
            }
        } else {
            ObjType {
                elem: predeclared::BYTE,
                count: size,
            }
        };
        self.heap
            .alloc(size, ty, pointers)
            .unwrap_or_else(|e| panic!("out of memory: {} bytes wanted", e.wanted))
    }

    /// Stores the pointer `target` in the word at `offset` bytes into the object at `obj`
    /// (an address [`GoHeap::alloc`] returned). Panics unless `obj` is a live pointerful
    /// object and the word lies inside its slot.
    pub fn set_pointer(&mut self, obj: u64, offset: u64, target: u64) {
        let (span, slot) = self
            .heap
            .object_of(obj)
            .unwrap_or_else(|| panic!("{obj:#x} is not a live heap object"));
        let s = &self.heap.spans[span];
        assert!(!s.noscan, "{obj:#x} was allocated without pointers");
        let base = s.slot_addr(slot);
        let at = obj + offset;
        assert!(
            at.is_multiple_of(8) && at + 8 <= base + s.slot_size,
            "offset {offset} is not a pointer word of the object at {obj:#x}"
        );
        let i = (at - crate::runtime::heap::HEAP_BASE) as usize;
        self.heap.bytes[i..i + 8].copy_from_slice(&target.to_le_bytes());
    }

    /// One garbage collection with `roots` as the only roots (what a run finds in goroutine
    /// stacks and package variables): marks every object reachable from them — through every
    /// word of pointerful objects — and sweeps the rest, as a run's collector does.
    pub fn collect(&mut self, roots: &[u64]) -> Swept {
        self.heap.clear_marks();
        let mut work = Vec::new();
        for &p in roots {
            self.grey(p, &mut work);
        }
        while let Some((span, slot)) = work.pop() {
            let s = &self.heap.spans[span];
            let (base, size) = (s.slot_addr(slot), s.slot_size);
            for off in (0..size).step_by(8) {
                let i = (base + off - crate::runtime::heap::HEAP_BASE) as usize;
                let word = u64::from_le_bytes(self.heap.bytes[i..i + 8].try_into().expect("8"));
                self.grey(word, &mut work);
            }
        }
        let (objects, bytes) = self.heap.sweep();
        self.heap.reset_tiny();
        Swept { objects, bytes }
    }

    fn grey(&mut self, p: u64, work: &mut Vec<(usize, u32)>) {
        if let Some((span, slot)) = self.heap.object_of(p) {
            let s = &mut self.heap.spans[span];
            if !s.is_marked(slot) {
                s.set_marked(slot);
                if !s.noscan {
                    work.push((span, slot));
                }
            }
        }
    }

    /// The `runtime.MemStats` counters of this heap (`Mallocs`, `Frees`, `HeapAlloc`, ...).
    pub fn stats(&self) -> HeapStats {
        self.heap.stats
    }

    /// The spans holding objects, in address order.
    pub fn spans(&self) -> Vec<SpanInfo> {
        let mut v: Vec<SpanInfo> = self
            .heap
            .spans
            .iter()
            .filter(|s| s.pages > 0)
            .map(|s| SpanInfo {
                base: s.base,
                pages: s.pages,
                class: s.class,
                slot_size: s.slot_size,
                slots: s.slots,
                allocated: s.allocated,
                noscan: s.noscan,
            })
            .collect();
        v.sort_by_key(|s| s.base);
        v
    }

    /// The underlying heap, for everything else.
    pub fn heap(&self) -> &Heap {
        &self.heap
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEW_POINT: &str = "package main

import \"fmt\"

type point struct{ x, y int }

func newPoint() *point {
	p := point{1, 2}
	return &p
}

func main() {
	fmt.Println(newPoint().y)
}
";

    #[test]
    fn escape_run_and_allocs_of_a_program() {
        assert_eq!(
            escape(NEW_POINT),
            "./main.go:8:2: moved to heap: p\n./main.go:13:13: ... argument does not escape\n./main.go:13:24: newPoint().y escapes to heap\n"
        );
        assert!(explain(NEW_POINT).contains("newPoint returns its address"));
        let out = run(NEW_POINT);
        assert_eq!(out.stdout, b"2\n");
        assert_eq!(out.exit_code, 0);
        assert_eq!(out.heap.mallocs, 1);
        let src = format!("{NEW_POINT}\nfunc F() {{ _ = newPoint() }}\n");
        assert_eq!(allocs(&src, "F").allocs_per_op, 1);
        assert_eq!(allocs(&src, "F").bytes_per_op, 16);
    }

    #[test]
    fn an_invalid_program_gives_its_error_line() {
        assert_eq!(
            escape("package main\n\nfunc main() {\n\tx := 1\n}\n"),
            "./main.go:4:2: declared and not used: x"
        );
    }

    #[test]
    #[should_panic(expected = "declared and not used: x")]
    fn running_an_invalid_program_panics_with_the_error() {
        run("package main\n\nfunc main() {\n\tx := 1\n}\n");
    }

    #[test]
    fn objects_are_rounded_into_size_classes() {
        let mut h = GoHeap::new();
        let a = h.alloc(100, false);
        assert_eq!((a.class, a.footprint, a.tiny), (9, 112, false));
        let b = h.alloc(8, false);
        assert!(b.tiny);
        let c = h.alloc(8, false);
        assert_eq!(c.addr, b.addr + 8);
        let d = h.alloc(808, true);
        assert_eq!(d.footprint, 896);
        let e = h.alloc(40_000, false);
        assert_eq!(e.footprint, 40_960);
        let spans = h.spans();
        assert_eq!(spans.len(), 4);
        assert_eq!(
            spans[0].to_string(),
            "class 9 span (112 B slots, 1 page, noscan): 1 of 72 slots used"
        );
        assert_eq!(
            spans[3].to_string(),
            "large object span, 5 pages (40960 B), noscan"
        );
        let s = h.stats();
        assert_eq!((s.mallocs, s.frees), (5, 1));
    }

    #[test]
    fn collect_frees_what_the_roots_do_not_reach() {
        let mut h = GoHeap::new();
        // A three-node list: a -> b -> c, and an unreachable d.
        let a = h.alloc(16, true).addr;
        let b = h.alloc(16, true).addr;
        let c = h.alloc(16, true).addr;
        let d = h.alloc(16, true).addr;
        h.set_pointer(a, 0, b);
        h.set_pointer(b, 0, c);
        assert_eq!(
            h.collect(&[a]),
            Swept {
                objects: 1,
                bytes: 16
            }
        );
        assert!(h.heap().object_of(d).is_none());
        assert!(h.heap().object_of(c).is_some());
        // Interior pointers keep an object alive too.
        assert_eq!(h.collect(&[a + 8]).objects, 0);
        assert_eq!(h.collect(&[]).objects, 3);
        assert_eq!(h.stats().heap_alloc, 0);
    }

    #[test]
    #[should_panic(expected = "without pointers")]
    fn pointers_go_only_into_pointerful_objects() {
        let mut h = GoHeap::new();
        let a = h.alloc(32, false).addr;
        h.set_pointer(a, 0, a);
    }
}
