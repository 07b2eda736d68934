//! The parts of Go's memory manager a learner builds in the course's "Build the machine"
//! exercises (`exercises/40_size_classes` … `44_pacer` and `50_write_barrier`, graded by
//! the Rust tests in `exercises/rust/machine/tests/`): small traits and types, each the
//! interface of one mechanism that memsim's [`runtime`](crate::runtime) implements for
//! real (all but the write barrier, which memsim's stop-the-world collector does not need).
//!
//! | trait or type | the mechanism | book chapter | memsim's own |
//! | --- | --- | --- | --- |
//! | [`SizeClasses`] | rounding a request into one of 67 size classes | `heap.md` | [`sizeclass::place`](crate::runtime::sizeclass::place) |
//! | [`FrameStack`] | pushing and popping frames on a goroutine stack | `stack.md` | the VM's frame push |
//! | [`StackGrower`] | growing a stack by copying, adjusting its pointers | `stack.md` | the VM's stack copy |
//! | [`Marker`], [`Marking`] | tri-colour marking of a heap [`Graph`] | `gc.md` | [`lab::GoHeap::collect`](crate::lab::GoHeap::collect) |
//! | [`WriteBarrier`] | shading during concurrent marking (the hybrid barrier) | `gc.md` | none: memsim marks with the program paused |
//! | [`Pacer`] | when the next collection starts (`GOGC`, `GOMEMLIMIT`) | `gc.md` | [`gc::GcState::pace`](crate::runtime::gc::GcState::pace) |
//!
//! The exercises' tests grade an implementation against memsim's own where memsim has one
//! (so a learner's size classes agree with the table measured on Go 1.27, and the pacer
//! with the formulas of Go's), and against the rules written in each trait's
//! documentation otherwise, with seeded random cases.
//! Nothing here is used by memsim itself: it is the course's contract with the learner,
//! so it favours plain types and messages that say which rule was broken.

use std::sync::OnceLock;

pub use crate::runtime::gc::{HEAP_MINIMUM, RUNTIME_NON_HEAP};
pub use crate::runtime::sizeclass::{
    MALLOC_HEADER_SIZE, MALLOC_HEADER_THRESHOLD, MAX_SMALL_REQUEST, PAGE_SIZE,
};
pub use crate::runtime::vm::{FRAME_LINKAGE, MAX_STACK, STACK_MIN, STACK_RESERVE};

// ---------------------------------------------------------------------------------------
// Size classes (book: heap.md, "Size classes")

/// The object sizes of Go 1.27's 67 size classes, smallest first: class `n` (1–67) holds
/// objects of `class_sizes()[n - 1]` bytes, from 8 to 32768. Every size is a multiple of 8.
pub fn class_sizes() -> &'static [u64] {
    static SIZES: OnceLock<Vec<u64>> = OnceLock::new();
    SIZES.get_or_init(|| {
        crate::runtime::sizeclass::classes()
            .iter()
            .map(|c| c.size)
            .collect()
    })
}

/// Where Go's allocator puts a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rounded {
    /// A slot of size class `class` (1–67) of `slot` bytes. `header`: the slot starts with
    /// the 8-byte malloc header Go puts before pointerful objects of more than 512 bytes.
    Small { class: u8, slot: u64, header: bool },
    /// A large object: a span of its own, `pages` whole pages of 8 KiB.
    Large { pages: u64 },
}

/// Go's rounding of a heap request into a size class (`mallocgc` and `roundupsize` in
/// Go's runtime; see the book's chapter *The heap*, "Size classes" and "Large objects").
///
/// Go does not allocate exactly the bytes asked for. A request of at most 32760 bytes
/// ([`MAX_SMALL_REQUEST`]: 32 KiB less the 8 bytes a header may need) gets a slot of the
/// smallest of the 67 classes ([`class_sizes`]) that holds it; a pointerful request of
/// more than 512 bytes ([`MALLOC_HEADER_THRESHOLD`]) needs 8 more bytes for its malloc
/// header ([`MALLOC_HEADER_SIZE`]), which count when choosing the class. A larger request
/// is a large object, rounded up to whole pages of [`PAGE_SIZE`] bytes.
pub trait SizeClasses {
    /// Where a request of `size` bytes (at least 1) goes; `pointers`: the object's type
    /// contains pointers.
    fn round(&self, size: u64, pointers: bool) -> Rounded;
}

// ---------------------------------------------------------------------------------------
// Frames (book: stack.md, "What a frame holds", "Allocation is moving a pointer")

/// A frame that does not fit: pushing it would leave fewer than [`STACK_RESERVE`] bytes
/// below it, so the stack must grow first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoRoom {
    /// Bytes the frame needs, linkage included.
    pub frame: u64,
    /// Bytes free between the reserve and the lowest frame (0 when the reserve is touched).
    pub free: u64,
}

/// A goroutine stack as a stack of frames (see the book's chapter *The stack*).
///
/// The stack is the address range `[lo, hi)`. Frames grow down from `hi`: the stack
/// pointer `sp` is the lowest address in use (`hi` when there is no frame), and pushing a
/// frame moves it down by the frame's size, popping moves it back up. That is the whole
/// cost of stack allocation: a subtraction.
///
/// A function's frame holds its `locals` bytes (variables and temporaries) plus
/// [`FRAME_LINKAGE`] bytes: the return address its caller's `CALL` pushed and the saved
/// frame pointer. A push must leave at least [`STACK_RESERVE`] bytes free below the new
/// frame (Go keeps them for the runtime's own calls); otherwise it fails with [`NoRoom`]
/// and changes nothing, and the runtime grows the stack ([`StackGrower`]).
pub trait FrameStack {
    /// Pushes a frame for a function with `locals` bytes of locals; returns the frame's
    /// lowest address (the new `sp`).
    fn push_frame(&mut self, locals: u64) -> Result<u64, NoRoom>;
    /// Pops the newest frame and returns its lowest address; `None` when there is none.
    fn pop_frame(&mut self) -> Option<u64>;
    /// The lowest address in use (`hi` when empty).
    fn sp(&self) -> u64;
    /// Frames on the stack.
    fn depth(&self) -> usize;
}

// ---------------------------------------------------------------------------------------
// Stack growth (book: stack.md, "Growing by copying")

/// A goroutine stack's memory: `bytes[i]` is the byte at address `lo + i`, and the frames
/// occupy `[sp, hi)`. Words are 8 bytes, little-endian (amd64).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoStack {
    pub lo: u64,
    pub sp: u64,
    pub bytes: Vec<u8>,
}

impl GoStack {
    /// An empty stack of `size` zero bytes at `lo` (`sp` = `hi`).
    pub fn new(lo: u64, size: u64) -> GoStack {
        GoStack {
            lo,
            sp: lo + size,
            bytes: vec![0; size as usize],
        }
    }

    /// One past the highest address.
    pub fn hi(&self) -> u64 {
        self.lo + self.bytes.len() as u64
    }

    /// Bytes in the range.
    pub fn size(&self) -> u64 {
        self.bytes.len() as u64
    }

    /// Bytes in use: `hi − sp`.
    pub fn used(&self) -> u64 {
        self.hi() - self.sp
    }

    /// Whether `addr` is inside `[lo, hi)`.
    pub fn contains(&self, addr: u64) -> bool {
        (self.lo..self.hi()).contains(&addr)
    }

    /// The 8-byte word at `addr`. Panics, naming the address, outside the stack.
    #[track_caller]
    pub fn read_word(&self, addr: u64) -> u64 {
        let i = self.index(addr);
        u64::from_le_bytes(self.bytes[i..i + 8].try_into().expect("8 bytes"))
    }

    /// Stores `value` in the 8-byte word at `addr`. Panics, naming the address, outside
    /// the stack.
    #[track_caller]
    pub fn write_word(&mut self, addr: u64, value: u64) {
        let i = self.index(addr);
        self.bytes[i..i + 8].copy_from_slice(&value.to_le_bytes());
    }

    #[track_caller]
    fn index(&self, addr: u64) -> usize {
        assert!(
            addr >= self.lo && addr.saturating_add(8) <= self.hi(),
            "the word at {addr:#x} is not inside the stack [{:#x}, {:#x})",
            self.lo,
            self.hi()
        );
        (addr - self.lo) as usize
    }
}

/// A stack that would exceed Go's limit ([`MAX_STACK`], 1 GB on 64-bit systems, unless the
/// program changed it with `debug.SetMaxStack`): Go stops the program with `fatal error:
/// stack overflow`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StackOverflow {
    /// The size the stack would need to reach.
    pub size: u64,
}

/// A stack moved to a new range by [`StackGrower::copy_stack`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopiedStack {
    pub stack: GoStack,
    /// How many pointer words were changed.
    pub adjusted: u64,
}

/// Go's stack growth (`newstack` and `copystack` in Go's runtime; the book's chapter *The
/// stack*, "Growing by copying").
///
/// When a frame does not fit, Go allocates a stack twice as large (again, until the frame
/// and the [`STACK_RESERVE`] fit), copies the used part to the *top* of the new stack (so
/// every frame keeps its distance from `hi`), and frees the old one. Pointers into the old
/// stack would now point to freed memory, so Go adjusts them: every word that the frames'
/// pointer maps say holds a pointer, and whose value lies in the old stack, is moved by
/// the distance between the two stacks' `hi`. Words that are not pointers are copied
/// unchanged even when their value happens to look like a stack address — which is why Go
/// needs exact pointer maps, and why no heap object may point into a stack (nothing would
/// adjust it).
pub trait StackGrower {
    /// The size of the new stack, when a frame of `need` bytes does not fit a stack of
    /// `old_size` bytes of which `used` are in use: `old_size` doubled until
    /// `used + need + STACK_RESERVE` fits in it; [`StackOverflow`] when that size exceeds
    /// [`MAX_STACK`].
    fn new_size(&self, old_size: u64, used: u64, need: u64) -> Result<u64, StackOverflow>;

    /// Copies `old` to a new stack of `new_size` bytes at `new_lo` (`new_size` at least
    /// `old.used()`), adjusting the pointers: `pointer_words` are the addresses, in the old
    /// stack, of every word that holds a pointer (to the stack, the heap, or nil).
    fn copy_stack(
        &self,
        old: &GoStack,
        new_lo: u64,
        new_size: u64,
        pointer_words: &[u64],
    ) -> CopiedStack;
}

// ---------------------------------------------------------------------------------------
// Tri-colour marking (book: gc.md, "Mark and sweep", "Tri-colour marking")

/// An object of a [`Graph`]: its index.
pub type ObjId = usize;

/// A heap as the collector sees it: objects, and the pointers each holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Graph {
    sizes: Vec<u64>,
    scan: Vec<bool>,
    pointers: Vec<Vec<ObjId>>,
}

impl Graph {
    pub fn new() -> Graph {
        Graph::default()
    }

    /// Adds an object of `size` bytes; `has_pointers`: its type contains pointers (Go puts
    /// it in a *scan* span; a pointer-free object is never scanned).
    pub fn add(&mut self, size: u64, has_pointers: bool) -> ObjId {
        self.sizes.push(size);
        self.scan.push(has_pointers);
        self.pointers.push(Vec::new());
        self.sizes.len() - 1
    }

    /// Stores a pointer to `to` in `from` (in its next pointer word). Panics when `from`
    /// has no pointers or no room for another (`size / 8` words).
    #[track_caller]
    pub fn point(&mut self, from: ObjId, to: ObjId) {
        assert!(to < self.len(), "no object {to}");
        assert!(self.scan[from], "object {from} has no pointers");
        assert!(
            (self.pointers[from].len() as u64) < self.sizes[from] / 8,
            "object {from} ({} bytes) has no room for another pointer",
            self.sizes[from]
        );
        self.pointers[from].push(to);
    }

    /// Objects in the graph.
    pub fn len(&self) -> usize {
        self.sizes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sizes.is_empty()
    }

    /// Every object, in order.
    pub fn objects(&self) -> std::ops::Range<ObjId> {
        0..self.len()
    }

    /// The objects `obj` points to, in the order of its pointer words.
    pub fn pointers(&self, obj: ObjId) -> &[ObjId] {
        &self.pointers[obj]
    }

    /// Whether `obj`'s type has pointers.
    pub fn has_pointers(&self, obj: ObjId) -> bool {
        self.scan[obj]
    }

    /// `obj`'s size in bytes.
    pub fn size(&self, obj: ObjId) -> u64 {
        self.sizes[obj]
    }
}

/// An object's colour during marking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Colour {
    /// Not reached (yet). White objects left at the end are garbage.
    White,
    /// Reached, but the pointers inside it not yet followed: on the collector's work list.
    Grey,
    /// Reached and scanned.
    Black,
}

/// The colours of a [`Graph`]'s objects during one marking, and the checks of its rules.
///
/// Every object starts white. [`Marking::shade`] makes a white object grey;
/// [`Marking::blacken`] makes a grey object black once everything it points to has been
/// shaded. The *tri-colour invariant* — no black object points to a white one — holds at
/// every step of a correct marking, and `blacken` panics (at the caller's line) the moment
/// it would break, or when an object is blackened without being grey.
#[derive(Clone, Debug)]
pub struct Marking<'g> {
    graph: &'g Graph,
    colours: Vec<Colour>,
    shades: u64,
    scans: u64,
}

impl<'g> Marking<'g> {
    /// Every object of `graph` white.
    pub fn new(graph: &'g Graph) -> Marking<'g> {
        Marking {
            graph,
            colours: vec![Colour::White; graph.len()],
            shades: 0,
            scans: 0,
        }
    }

    /// The graph being marked (a reference that does not borrow the marking, so the loop
    /// over an object's pointers may shade them).
    pub fn graph(&self) -> &'g Graph {
        self.graph
    }

    pub fn colour(&self, obj: ObjId) -> Colour {
        self.colours[obj]
    }

    /// Every object's colour, by [`ObjId`].
    pub fn colours(&self) -> &[Colour] {
        &self.colours
    }

    /// Go's `greyobject`: a white object becomes grey and `true` is returned (the caller
    /// must now scan it); a grey or black object stays as it is and `false` is returned.
    #[track_caller]
    pub fn shade(&mut self, obj: ObjId) -> bool {
        assert!(obj < self.colours.len(), "no object {obj} to shade");
        if self.colours[obj] == Colour::White {
            self.colours[obj] = Colour::Grey;
            self.shades += 1;
            true
        } else {
            false
        }
    }

    /// `obj` has been scanned: grey becomes black. Panics unless `obj` is grey and every
    /// object it points to is already grey or black.
    #[track_caller]
    pub fn blacken(&mut self, obj: ObjId) {
        assert!(obj < self.colours.len(), "no object {obj} to blacken");
        match self.colours[obj] {
            Colour::White => panic!(
                "object {obj} is white: only a grey object (one that was shaded) can be scanned and blackened"
            ),
            Colour::Black => {
                panic!("object {obj} is already black: each object is scanned exactly once")
            }
            Colour::Grey => {}
        }
        if let Some(&w) = self.graph.pointers[obj]
            .iter()
            .find(|&&p| self.colours[p] == Colour::White)
        {
            panic!(
                "blackening object {obj} while it points to white object {w} breaks the tri-colour invariant (no black object may point to a white one): shade everything an object points to before blackening it"
            );
        }
        self.colours[obj] = Colour::Black;
        self.scans += 1;
    }

    /// How many times an object was shaded from white, and scanned (blackened).
    pub fn counts(&self) -> (u64, u64) {
        (self.shades, self.scans)
    }
}

/// A garbage collector's mark phase (Go's `gcDrain`; the book's chapter *The garbage
/// collector*, "Tri-colour marking").
///
/// Starting from the roots (what goroutine stacks and package variables point to), shade
/// every reachable object and blacken it once the objects it points to are shaded, until
/// no grey object is left: then every reachable object is black and every other one white,
/// and the sweep frees the white ones. Go keeps the grey objects on a work list; so should
/// you.
pub trait Marker {
    /// Marks everything reachable from `roots` (which may repeat) in `marking`.
    fn mark(&mut self, marking: &mut Marking<'_>, roots: &[ObjId]);
}

/// Go's write barrier (the book's chapter *The garbage collector*, "Marking while the
/// program runs"): while marking runs concurrently with the program (the *mutator*), every
/// pointer store into a heap object or a package variable first runs the barrier, which
/// may *shade* objects so that marking cannot miss one the program still reaches.
///
/// The danger: the mutator copies a pointer to a white object into a black one (which the
/// collector will not scan again) and destroys every other path to it — for instance by
/// loading it into a local variable and overwriting the heap pointer: stores to the stack
/// run no barrier, and Go scans each stack only once per cycle. Go's *hybrid* barrier
/// (Go 1.8) shades the pointer being overwritten (Yuasa's deletion barrier) and, while
/// the storing goroutine's stack is still grey (not yet scanned in this cycle), the pointer
/// being written (Dijkstra's insertion barrier). Objects allocated during marking are born
/// black.
pub trait WriteBarrier {
    /// Runs before a store into a pointer slot of a heap object or a package variable
    /// that held `old` and will hold `new` (`None`: nil). `stack_is_grey`: the storing
    /// goroutine's stack has not been scanned yet in this cycle. `shade(obj)` greys a white
    /// object (the collector then scans it); shading a grey or black one does nothing.
    fn before_store(
        &mut self,
        shade: &mut dyn FnMut(ObjId),
        old: Option<ObjId>,
        new: Option<ObjId>,
        stack_is_grey: bool,
    );
}

// ---------------------------------------------------------------------------------------
// The pacer (book: gc.md, "When a cycle starts: the pacer", "GOGC", "GOMEMLIMIT")

/// Go's GC pacer (`gcControllerState` in Go's runtime; the book's chapter *The garbage
/// collector*): after a collection that found `live` bytes of reachable heap, how large
/// may the heap grow before the next one?
///
/// * **Goal** with `GOGC=g`: `live + (live + stacks + globals) × g / 100` — the scan work
///   of stacks and package variables counts like heap — but at least
///   `HEAP_MINIMUM × g / 100` ([`HEAP_MINIMUM`] is 4 MiB) and at least `live + 1 MiB`.
///   With `GOGC=off` (`None`) there is no goal: `u64::MAX`.
/// * **Trigger**: the next cycle starts 90% of the way from `live` to the goal (there is
///   no trigger, `u64::MAX`, when the goal is `u64::MAX`). Go's real trigger moves with
///   the measured cost of marking; memsim, like this trait, uses the fixed 90%.
/// * **Memory limit** (`GOMEMLIMIT`): the heap may use what the limit leaves after the
///   memory that is not heap — `non_heap` (stacks, static data) and the runtime's own
///   [`RUNTIME_NON_HEAP`] — less a headroom of 3% of that (at least 1 MiB); never less
///   than `live`, since live memory cannot be freed. If that is below zero, it is 0 before
///   the `live` floor.
///
/// All arithmetic is on `u64`, dividing last (`x * g / 100`), as Go's integer code does.
pub trait Pacer {
    /// `GOGC`: a percentage, or `None` for `GOGC=off`.
    fn gogc(&self) -> Option<u64>;
    /// The heap goal after a cycle that found `live` bytes live, with `stacks` bytes of
    /// goroutine stacks and `globals` bytes of package variables to scan.
    fn heap_goal(&self, live: u64, stacks: u64, globals: u64) -> u64;
    /// The heap size at which the next cycle starts.
    fn trigger(&self, live: u64, goal: u64) -> u64;
    /// The goal the memory limit `limit` allows.
    fn limit_goal(&self, limit: u64, non_heap: u64, live: u64) -> u64;

    /// `MemStats.NextGC`: the smaller of the `GOGC` goal and the memory limit's.
    fn next_gc(
        &self,
        live: u64,
        stacks: u64,
        globals: u64,
        memlimit: Option<u64>,
        non_heap: u64,
    ) -> u64 {
        let goal = self.heap_goal(live, stacks, globals);
        match memlimit {
            Some(limit) => goal.min(self.limit_goal(limit, non_heap, live)),
            None => goal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_sizes_are_gos() {
        let s = class_sizes();
        assert_eq!(s.len(), 67);
        assert_eq!((s[0], s[1], s[2], s[66]), (8, 16, 24, 32768));
    }

    #[test]
    fn go_stack_words() {
        let mut s = GoStack::new(0x1000, 64);
        assert_eq!((s.hi(), s.used(), s.size()), (0x1040, 0, 64));
        s.write_word(0x1038, 0xdead_beef);
        assert_eq!(s.read_word(0x1038), 0xdead_beef);
        assert_eq!(s.bytes[56], 0xef);
        let r = std::panic::catch_unwind(|| GoStack::new(0x1000, 64).read_word(0x103c));
        assert!(r.is_err());
    }

    #[test]
    fn marking_checks_the_invariant() {
        let mut g = Graph::new();
        let a = g.add(16, true);
        let b = g.add(16, false);
        g.point(a, b);
        let mut m = Marking::new(&g);
        assert!(m.shade(a));
        assert!(!m.shade(a));
        let r = std::panic::catch_unwind(|| {
            let mut m = m.clone();
            m.blacken(a);
        });
        let msg = *r.unwrap_err().downcast::<String>().unwrap();
        assert!(msg.contains("points to white object 1"), "{msg}");
        assert!(m.shade(b));
        m.blacken(b);
        m.blacken(a);
        assert_eq!(m.colours(), &[Colour::Black, Colour::Black]);
        assert_eq!(m.counts(), (2, 2));
        let r = std::panic::catch_unwind(move || m.blacken(a));
        assert!(r.is_err());
    }
}
