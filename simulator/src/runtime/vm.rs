//! The machine that runs compiled code on the simulated memory: frames on a goroutine
//! stack that starts at 2 KiB and grows by copying, heap allocations through [`Heap`],
//! and Go's runtime errors.
//!
//! **Stack growth.** Before a call the machine checks Go's rule: if the new frame would
//! leave fewer than 800 bytes above the stack's low end (`used + frame > size − 800`), the
//! stack is doubled (repeatedly, until the frame fits), the used part is copied to the top
//! of the new stack, and every pointer into the old stack found in a frame is moved by
//! the distance between the two. This is only possible because of escape analysis's
//! invariant: nothing outside the goroutine's own stack may point into it, so the frames
//! are the only place to look. The copy is recorded as a [`StackGrowth`]. A stack may not
//! double past the limit, [`MAX_STACK`] unless the program called `debug.SetMaxStack`:
//! the call that needs it ends the run with Go's `fatal error: stack overflow`.
//!
//! **Two loops.** `run_inner`, the general loop, runs one instruction ([`Ins`]) at a time
//! with everything the machine has at hand. Before each, it lets `run_fast` run as far as
//! it can: the inner loop over the running frame's fast forms ([`super::fast`]), with the
//! frame's bytes, pc and step count in locals and no per-slot bounds checks. The inner
//! loop stops at the first instruction that needs the general loop (a call, an
//! allocation, a statement boundary when a collection is due, a nil pointer, the step
//! limit within reach, ...), so both loops run the same program with the same effects and
//! the same step count.
//!
//! [`Heap`]: super::heap::Heap

use super::code::{Ins, IntKind, Scalar, SliceWhat, Slot};
use super::compile::{CodeProgram, scalar_of};
use super::gofmt;
use super::heap::{ObjType, OutOfMemory};
use super::memory::{Fault, Memory, STATIC_UINT64S, TYPE_BASE, TYPE_DESC_SIZE, ZEROBASE};
use super::sched::{Chan, GStatus, Waiter};
use crate::ir::{BinOp, FuncId, ImportedFunc, Program, StrConvKind};
use crate::source::Pos;
use crate::types::{Type, TypeId};

mod snapshot;
mod trace_hooks;

/// The message of a nil pointer dereference (the panic's value; the crash output adds
/// Go's signal line).
pub const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference";

/// Size of a new goroutine's stack.
pub const STACK_MIN: u64 = 2048;
/// Bytes that must stay free below the frames (Go's 800 reserved for nosplit chains).
pub const STACK_RESERVE: u64 = 800;
/// Go's `stackGuard` on linux/amd64: 800 bytes of nosplit room plus `StackSmall`.
pub const STACK_GUARD: u64 = 928;
/// Go's default maximum stack size on 64-bit systems (`maxstacksize`; a program changes
/// it with `debug.SetMaxStack`).
pub const MAX_STACK: u64 = 1_000_000_000;
/// Go's `maxstackceiling`: twice the default, fixed at start-up; no stack may exceed it
/// whatever `debug.SetMaxStack` says.
pub const MAX_STACK_CEILING: u64 = 2 * MAX_STACK;
/// Bytes of return address and saved frame pointer in every frame.
pub const FRAME_LINKAGE: u64 = 16;

/// One stack copy (a growth, or a shrink at GC when `new_size < old_size`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StackGrowth {
    pub old_size: u64,
    pub new_size: u64,
    pub bytes_copied: u64,
    pub pointers_adjusted: u64,
    /// First address of the old stack, and bounds of the new one.
    pub old_lo: u64,
    pub new_lo: u64,
    pub new_hi: u64,
    /// Go's id of the goroutine whose stack moved.
    pub goroutine: u64,
}

/// How a run ended badly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stop {
    /// A Go panic that was not recovered: the text after `panic: `.
    Panic { message: String, pos: Pos },
    /// `panic(v)`, before unwinding: the interface words of `v`.
    PanicValue { t: u64, d: u64, pos: Pos },
    /// The running goroutine blocked (internal: the scheduler picks another).
    Blocked,
    /// The running goroutine yields (`runtime.Gosched`).
    Yield,
    /// A fatal runtime error (`fatal error: ...`), with lines printed before it.
    Fatal {
        before: Vec<String>,
        message: String,
    },
    /// memsim cannot run this yet.
    Unsupported { what: String, pos: Pos },
    /// The step limit was reached.
    StepLimit(u64),
    /// The simulated memory limit was reached.
    OutOfMemory(u64),
}

struct Frame {
    /// The frame's number in a trace (0 when not tracing).
    id: u64,
    func: FuncId,
    pc: u32,
    fp: u64,
    /// Where the caller wants the results (a slot of the caller's frame).
    ret: Slot,
    /// Position of the call in the caller.
    call_pos: Pos,
    /// Function values deferred by this frame, in `defer` order.
    defers: Vec<u64>,
    /// This frame is a deferred call (so `recover` may stop a panic here).
    deferred: bool,
}

/// A panic in progress (Go's `_panic`).
#[derive(Clone, Debug)]
struct PanicInfo {
    /// The panic value as an interface (type word, data word); (0, 0) for a runtime error
    /// whose value has not been made yet.
    value: (u64, u64),
    /// What `panic: ` prints.
    text: String,
    /// A deferred call recovered it.
    recovered: bool,
    pos: Pos,
}

/// The machine.
pub struct Vm<'p> {
    prog: &'p Program,
    code: &'p CodeProgram,
    pub mem: Memory,
    stack: usize,
    frames: Vec<Frame>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub steps: u64,
    pub max_steps: u64,
    pub growths: Vec<StackGrowth>,
    /// Stack shrinks done by the collector.
    pub shrinks: Vec<StackGrowth>,
    /// Size of the stack a recycled goroutine descriptor gets (Go's adaptive
    /// `startingStackSize`, set at the end of every cycle).
    starting_stack_size: u64,
    /// Go's `maxstacksize`: [`MAX_STACK`] until the program calls `debug.SetMaxStack`
    /// (which stores its `int` as a `uintptr`, so a negative limit is a huge one).
    max_stack: u64,
    /// The event trace, when one was asked for.
    pub trace: Option<Box<super::trace::Tracer>>,
    trace_state: Option<Box<trace_hooks::TraceState>>,
    /// What the next raw-bytes allocation is, for the trace (`runtime.hchan`, ...).
    alloc_label: Option<&'static str>,
    /// Position of the statement running now.
    line: Pos,
    /// First address of the running stack (see `stack_lo`).
    lo: u64,
    pub gc: super::gc::GcState,
    /// Panics in progress, oldest first.
    panics: Vec<PanicInfo>,
    /// Print a gctrace line per cycle (`GODEBUG=gctrace=1`).
    pub gctrace: bool,
    /// Simulated time spent collecting.
    pub gc_ns: u64,
    /// Size, pointer-word offsets and pointerfulness of each type the machine has
    /// allocated or scanned, by type id (synthesized layouts included).
    type_facts: Vec<Option<TypeFacts>>,
    /// Every goroutine; `gs[cur]` is running, its frames, stack and panics being the
    /// `frames`, `stack` and `panics` fields above.
    gs: Vec<G>,
    cur: usize,
    runq: std::collections::VecDeque<usize>,
    runnext: Option<usize>,
    /// Dead goroutines whose descriptor a new goroutine reuses.
    free_gs: Vec<usize>,
    next_goid: u64,
    /// Channel state by the address of the channel object.
    chans: std::collections::HashMap<u64, Chan>,
    /// Free sudogs in the cache, and every sudog and g descriptor ever allocated (the
    /// runtime keeps them alive).
    sudogs_free: u64,
    runtime_objects: Vec<u64>,
    select_seq: u64,
    /// State of the pseudo-random choice among ready select cases and map iteration.
    rng: u64,
    /// Map contents by the address of the map header.
    maps: std::collections::HashMap<u64, super::maps::MapState>,
    /// Map iterators: (map, keys still to visit).
    map_iters: Vec<(u64, std::collections::VecDeque<Vec<u8>>)>,
    /// Distinguishes NaN keys (no NaN equals another).
    nan_keys: u64,
    /// Moments to take a snapshot at (needs a trace, for object numbers), and the
    /// snapshots taken so far.
    pub snapshot_at: Vec<super::snapshot::Moment>,
    pub snapshots_taken: Vec<super::snapshot::Snapshot>,
    /// Recording for the memory viewer ([`super::snapshot::record`]): a snapshot at every
    /// traced statement step and at the end of every collection's marking.
    pub snapshot_every_step: bool,
}

/// What the machine caches of a type (see [`Vm::facts_of`]).
#[derive(Clone)]
struct TypeFacts {
    size: u64,
    /// Offsets of the words that may hold pointers.
    words: std::rc::Rc<[u64]>,
    has_pointers: bool,
}

/// A goroutine that is not running (see [`Vm::gs`]).
struct G {
    id: u64,
    stack: usize,
    frames: Vec<Frame>,
    panics: Vec<PanicInfo>,
    status: GStatus,
    /// The function value it calls when it first runs.
    start: Option<u64>,
    /// Position of its `go` statement.
    go_pos: Pos,
    /// A panic it raises when it resumes (a send on a channel closed meanwhile).
    pending_panic: Option<String>,
}

type R<T> = Result<T, Stop>;

fn fault(f: Fault, pos: Pos) -> Stop {
    match f {
        Fault::Nil => Stop::Panic {
            message: NIL_DEREF.to_string(),
            pos,
        },
        Fault::Unmapped(a) => {
            if std::env::var_os("MEMSIM_DEBUG").is_some() {
                eprintln!("unmapped {a:#x} at {pos:?}");
            }
            Stop::Fatal {
                before: Vec::new(),
                message: format!(
                    "unexpected signal during runtime execution (memsim: address {a:#x} is not mapped)"
                ),
            }
        }
    }
}

fn oom(e: OutOfMemory) -> Stop {
    Stop::OutOfMemory(e.wanted)
}

fn rt(message: String, pos: Pos) -> Stop {
    Stop::Panic {
        message: format!("runtime error: {message}"),
        pos,
    }
}

/// Sign- or zero-extends the low `k.size` bytes of `v`.
fn extend(v: u64, k: IntKind) -> u64 {
    let bits = k.size as u32 * 8;
    if bits == 64 {
        return v;
    }
    let mask = (1u64 << bits) - 1;
    let v = v & mask;
    if k.signed && v >> (bits - 1) & 1 == 1 {
        v | !mask
    } else {
        v
    }
}

impl<'p> Vm<'p> {
    pub fn new(
        prog: &'p Program,
        code: &'p CodeProgram,
        mut mem: Memory,
        max_steps: u64,
        gogc: Option<u64>,
    ) -> Vm<'p> {
        let stack = mem.new_stack(STACK_MIN);
        let lo = mem.stacks[stack].as_ref().map(|s| s.lo).unwrap_or(0);
        Vm {
            prog,
            code,
            mem,
            stack,
            frames: Vec::new(),
            stdout: Vec::new(),
            stderr: Vec::new(),
            steps: 0,
            max_steps,
            growths: Vec::new(),
            shrinks: Vec::new(),
            starting_stack_size: STACK_MIN,
            max_stack: MAX_STACK,
            trace: None,
            trace_state: None,
            alloc_label: None,
            line: Pos::new(1, 1),
            lo,
            gc: super::gc::GcState::new(gogc, None),
            panics: Vec::new(),
            gctrace: false,
            gc_ns: 0,
            type_facts: Vec::new(),
            gs: vec![G {
                id: 1,
                stack,
                frames: Vec::new(),
                panics: Vec::new(),
                status: GStatus::Running,
                start: None,
                go_pos: Pos::new(0, 0),
                pending_panic: None,
            }],
            cur: 0,
            runq: std::collections::VecDeque::new(),
            runnext: None,
            free_gs: Vec::new(),
            next_goid: super::sched::FIRST_USER_GOROUTINE,
            chans: std::collections::HashMap::new(),
            sudogs_free: 0,
            runtime_objects: Vec::new(),
            select_seq: 0,
            rng: 0x9E37_79B9_7F4A_7C15,
            maps: std::collections::HashMap::new(),
            map_iters: Vec::new(),
            nan_keys: 0,
            snapshot_at: Vec::new(),
            snapshots_taken: Vec::new(),
            snapshot_every_step: false,
        }
    }

    /// The running goroutine's stack's first address (cached: every slot access needs it).
    #[inline]
    fn stack_lo(&self) -> u64 {
        self.lo
    }

    /// Refreshes the cached stack base after the running stack changed.
    fn sync_lo(&mut self) {
        self.lo = self.mem.stacks[self.stack]
            .as_ref()
            .map(|s| s.lo)
            .unwrap_or(0);
    }

    #[inline]
    fn idx(&self, fp: u64, off: Slot) -> usize {
        (fp - self.stack_lo()) as usize + off as usize
    }

    fn sbytes(&mut self) -> &mut Vec<u8> {
        &mut self.mem.stacks[self.stack]
            .as_mut()
            .expect("live stack")
            .bytes
    }

    fn rd(&self, fp: u64, off: Slot, size: u32) -> &[u8] {
        let i = self.idx(fp, off);
        &self.mem.stacks[self.stack]
            .as_ref()
            .expect("live stack")
            .bytes[i..i + size as usize]
    }

    fn rd_u64(&self, fp: u64, off: Slot) -> u64 {
        u64::from_le_bytes(self.rd(fp, off, 8).try_into().expect("8 bytes"))
    }

    #[inline]
    fn rd_int(&self, fp: u64, off: Slot, k: IntKind) -> u64 {
        if k.size == 8 {
            return self.rd_u64(fp, off);
        }
        let b = self.rd(fp, off, k.size as u32);
        let mut buf = [0u8; 8];
        buf[..b.len()].copy_from_slice(b);
        extend(u64::from_le_bytes(buf), k)
    }

    fn wr(&mut self, fp: u64, off: Slot, bytes: &[u8]) {
        let i = self.idx(fp, off);
        self.sbytes()[i..i + bytes.len()].copy_from_slice(bytes);
    }

    fn wr_u64(&mut self, fp: u64, off: Slot, v: u64) {
        self.wr(fp, off, &v.to_le_bytes());
    }

    #[inline]
    fn wr_int(&mut self, fp: u64, off: Slot, v: u64, size: u8) {
        if size == 8 {
            return self.wr_u64(fp, off, v);
        }
        self.wr(fp, off, &v.to_le_bytes()[..size as usize]);
    }

    /// Runs one garbage collection cycle now (see [`super::gc`]).
    pub fn collect(&mut self, forced: bool) {
        let heap_before = self.mem.heap.stats.heap_alloc;
        let goal_of_cycle = self.gc.next_gc;
        let start_ns = self.steps * super::gc::NS_PER_STEP + self.gc_ns;
        if self.trace.is_some() {
            self.trace_flush();
            self.trace_gc_phase("mark", forced);
        }
        self.mem.heap.clear_marks();
        // Each root: the pointer, and the address of the word holding it (0 where the
        // runtime holds it: a deferred call, a panic, a goroutine's start, its own objects).
        let mut roots: Vec<(u64, u64)> = Vec::new();
        let mut stack_scan = 0;
        let top = self.frames.len().checked_sub(1);
        for (i, f) in self.frames.iter().enumerate() {
            let fc = &self.code.funcs[f.func.0 as usize];
            if Some(i) == top {
                // The running frame is at a statement boundary: its temporaries are
                // dead, and its stack objects live only if its variables reach them.
                let mut objects = Vec::new();
                let dead = super::liveness::dead_words(fc, f.pc);
                for &w in fc
                    .pointer_words
                    .iter()
                    .filter(|&&w| w < fc.temps_start && !dead.contains(&w))
                {
                    let v = self.rd_u64(f.fp, w);
                    roots.push((v, f.fp + w as u64));
                    objects.push(v);
                }
                let (lo, hi) = (f.fp + fc.objects_base as u64, f.fp + fc.frame_size as u64);
                let mut seen = std::collections::HashSet::new();
                while let Some(v) = objects.pop() {
                    if !(lo..hi).contains(&v) {
                        continue;
                    }
                    // Scan every pointer word of the object area the value points into.
                    for &w in fc.pointer_words.iter().filter(|&&w| w >= fc.objects_base) {
                        let a = f.fp + w as u64;
                        if a + 8 > hi || !seen.insert(a) {
                            continue;
                        }
                        if object_contains(fc, w, v - f.fp) {
                            let pv = self.rd_u64(f.fp, w);
                            roots.push((pv, a));
                            objects.push(pv);
                        }
                    }
                }
            } else {
                let dead = super::liveness::dead_words(fc, f.pc);
                for &w in fc.pointer_words.iter().filter(|w| !dead.contains(w)) {
                    roots.push((self.rd_u64(f.fp, w), f.fp + w as u64));
                }
            }
            roots.extend(f.defers.iter().map(|&d| (d, 0)));
        }
        for p in &self.panics {
            roots.push((p.value.1, 0));
        }
        for (i, g) in self.gs.iter().enumerate() {
            if i == self.cur || g.status == GStatus::Dead {
                continue;
            }
            for f in &g.frames {
                let fc = &self.code.funcs[f.func.0 as usize];
                let dead = super::liveness::dead_words(fc, f.pc);
                for &w in fc.pointer_words.iter().filter(|w| !dead.contains(w)) {
                    let a = f.fp + w as u64;
                    roots.push((self.mem.read_u64(a).unwrap_or(0), a));
                }
                roots.extend(f.defers.iter().map(|&d| (d, 0)));
            }
            for p in &g.panics {
                roots.push((p.value.1, 0));
            }
            roots.extend(g.start.map(|s| (s, 0)));
            if let (Some(last), Some(s)) = (g.frames.last(), self.mem.stacks[g.stack].as_ref()) {
                stack_scan += s.hi() - last.fp;
            }
        }
        roots.extend(self.runtime_objects.iter().map(|&o| (o, 0)));
        if let (Some(last), Some(s)) = (self.frames.last(), self.mem.stacks[self.stack].as_ref()) {
            stack_scan += s.hi() - last.fp;
        }
        for &a in &self.code.global_pointer_words {
            roots.push((self.mem.read_u64(a).unwrap_or(0), a));
        }
        let mut work = Vec::new();
        for (p, from) in roots {
            self.grey(p, from, &mut work);
        }
        while let Some((span, slot)) = work.pop() {
            let (base, ty) = (
                self.mem.heap.spans[span].slot_addr(slot),
                self.mem.heap.obj_type(span, slot),
            );
            if self.trace.is_some() {
                let size = self.mem.heap.spans[span].slot_size;
                self.trace_mark(base, size, "black", 0);
            }
            let Some(ty) = ty else { continue };
            let facts = self.facts_of(ty.elem);
            let (words, size) = (facts.words.clone(), facts.size);
            for i in 0..ty.count {
                for &w in words.iter() {
                    let at = base + i * size + w;
                    let p = self.mem.read_u64(at).unwrap_or(0);
                    self.grey(p, at, &mut work);
                }
            }
        }
        // Values queued in reachable channels and held by reachable maps are reachable
        // too (until nothing changes).
        loop {
            let mut more = Vec::new();
            for (&addr, st) in &self.maps {
                let live = match self.mem.heap.object_of(addr) {
                    Some((s, i)) => self.mem.heap.spans[s].is_marked(i),
                    // A map header on a stack: live while its frame is.
                    None => true,
                };
                if !live {
                    continue;
                }
                // Reached through the map: from its header.
                more.extend(st.objects.iter().map(|&o| (o, addr)));
                more.extend(st.indirect.values().flatten().map(|&o| (o, addr)));
            }
            for (addr, st) in self.maps.iter().filter_map(|(a, st)| {
                self.mem
                    .heap
                    .object_of(*a)
                    .is_none_or(|(s, i)| self.mem.heap.spans[s].is_marked(i))
                    .then_some((*a, st))
            }) {
                let (k, v) = self.map_kv(st.map_ty);
                let kw = self.code.pointer_words_of(self.prog, k);
                let vw = self.code.pointer_words_of(self.prog, v);
                if kw.is_empty() && vw.is_empty() {
                    continue;
                }
                for (kb, vb) in st.entries.values() {
                    for (words, bytes) in [(&kw, kb), (&vw, vb)] {
                        for &w in words {
                            let i = w as usize;
                            if i + 8 <= bytes.len() {
                                more.push((
                                    u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8")),
                                    addr,
                                ));
                            }
                        }
                    }
                }
            }
            for (&addr, ch) in &self.chans {
                let marked = self
                    .mem
                    .heap
                    .object_of(addr)
                    .is_some_and(|(s, i)| self.mem.heap.spans[s].is_marked(i));
                if !marked {
                    continue;
                }
                if let Some(b) = ch.buf_obj {
                    more.push((b, addr));
                }
                if ch.elem_size == 0 {
                    continue;
                }
                let words = self.code.pointer_words_of(self.prog, ch.elem);
                for v in ch.buf.iter().chain(ch.sendq.iter().map(|w| &w.value)) {
                    for &w in &words {
                        let i = w as usize;
                        if i + 8 <= v.len() {
                            // Queued in the channel: from the channel.
                            more.push((
                                u64::from_le_bytes(v[i..i + 8].try_into().expect("8")),
                                addr,
                            ));
                        }
                    }
                }
            }
            let before = work.len();
            for (p, from) in more {
                self.grey(p, from, &mut work);
            }
            if work.len() == before {
                break;
            }
            while let Some((span, slot)) = work.pop() {
                let (base, ty) = (
                    self.mem.heap.spans[span].slot_addr(slot),
                    self.mem.heap.obj_type(span, slot),
                );
                if self.trace.is_some() {
                    let size = self.mem.heap.spans[span].slot_size;
                    self.trace_mark(base, size, "black", 0);
                }
                let Some(ty) = ty else { continue };
                let facts = self.facts_of(ty.elem);
                let (words, size) = (facts.words.clone(), facts.size);
                for i in 0..ty.count {
                    for &w in words.iter() {
                        let at = base + i * size + w;
                        let p = self.mem.read_u64(at).unwrap_or(0);
                        self.grey(p, at, &mut work);
                    }
                }
            }
        }
        if self.trace.is_some() {
            self.trace_gc_phase("mark_termination", forced);
            self.snapshot_at_gc();
        }
        self.shrink_stacks();
        // Go's adaptive starting stack size: the average used stack plus the guard, at
        // most the stack limit and at least 2 KiB, rounded up to a power of two.
        let scanned = self.gs.iter().filter(|g| g.status != GStatus::Dead).count() as u64;
        self.starting_stack_size = match stack_scan.checked_div(scanned) {
            Some(avg) if stack_scan > 0 => (avg + STACK_GUARD)
                .min(self.max_stack)
                .max(STACK_MIN)
                .next_power_of_two(),
            _ => STACK_MIN,
        };
        if self.trace.is_some() {
            self.trace_gc_phase("sweep", forced);
        }
        let (objects_freed, bytes_freed) = self.mem.heap.sweep();
        if self.trace.is_some() {
            self.trace_sweep(objects_freed, bytes_freed);
        }
        // Channels whose object was freed are gone.
        let heap = &self.mem.heap;
        self.chans.retain(|&a, _| heap.object_of(a).is_some());
        self.maps
            .retain(|&a, _| !heap.contains(a) || heap.object_of(a).is_some());
        self.mem.heap.reset_tiny();
        let live = self.mem.heap.stats.heap_alloc;
        let globals_scan = self.code.global_scan_bytes;
        let non_heap = self.stack_inuse() + self.mem.statics.len() as u64;
        self.gc.pace(live, stack_scan, globals_scan, non_heap);
        self.gc.num_gc += 1;
        if self.trace.is_some() {
            self.trace_gc_phase("off", forced);
        }
        if forced {
            self.gc.num_forced += 1;
        }
        self.gc.pending = false;
        self.gc.cycles.push(super::gc::CycleRecord {
            number: self.gc.num_gc,
            forced,
            heap_before,
            heap_live: live,
            goal: self.gc.next_gc,
            stack_scan,
            globals_scan,
            objects_freed,
            bytes_freed,
            goal_of_cycle: if goal_of_cycle == u64::MAX {
                0
            } else {
                goal_of_cycle
            },
            mark_ns: (live + stack_scan + globals_scan) / super::gc::MARK_BYTES_PER_NS,
        });
        let rec = *self.gc.cycles.last().expect("just pushed");
        let cycle_ns = 2 * super::gc::STW_NS + rec.mark_ns;
        self.gc_ns += cycle_ns;
        if self.gctrace {
            let total = self.steps * super::gc::NS_PER_STEP + self.gc_ns;
            let line = super::gc::gctrace_line(&rec, start_ns, total, self.gc_ns);
            self.stderr.extend_from_slice(line.as_bytes());
            self.stderr.push(b'\n');
        }
    }

    /// Marks the object `p` points into, if any and not yet marked, reached through the
    /// pointer word at `from` (0: a pointer the runtime holds).
    fn grey(&mut self, p: u64, from: u64, work: &mut Vec<(usize, u32)>) {
        if let Some((span, slot)) = self.mem.heap.object_of(p) {
            let s = &mut self.mem.heap.spans[span];
            if !s.is_marked(slot) {
                s.set_marked(slot);
                let noscan = s.noscan;
                if !noscan {
                    work.push((span, slot));
                }
                if self.trace.is_some() {
                    let s = &self.mem.heap.spans[span];
                    let (a, size) = (s.slot_addr(slot), s.slot_size);
                    // A pointer-free object has nothing to scan: black at once.
                    self.trace_mark(a, size, if noscan { "black" } else { "grey" }, from);
                }
            }
        }
    }

    /// What the machine needs to know of a type to allocate or scan it (cached).
    fn facts_of(&mut self, ty: TypeId) -> &TypeFacts {
        let i = ty.0 as usize;
        if i >= self.type_facts.len() {
            self.type_facts.resize(i + 1, None);
        }
        if self.type_facts[i].is_none() {
            let words: std::rc::Rc<[u64]> = self.code.pointer_words_of(self.prog, ty).into();
            let has_pointers = if ty.0 < self.code.synth_base {
                self.prog.types.has_pointers(ty)
            } else {
                !words.is_empty()
            };
            self.type_facts[i] = Some(TypeFacts {
                size: self.code.size_of(self.prog, ty),
                words,
                has_pointers,
            });
        }
        self.type_facts[i].as_ref().expect("just filled")
    }

    /// Runs `func` (no parameters) to completion on the main goroutine.
    pub fn call_entry(&mut self, func: FuncId) -> R<()> {
        if self.gc.pending {
            self.collect(false);
        }
        if self.cur != 0 {
            self.switch_to(0);
        }
        let hi = self.mem.stacks[self.stack].as_ref().expect("stack").hi();
        let sp = self.frames.last().map(|f| f.fp).unwrap_or(hi);
        self.push_frame_at(func, sp, 0, Pos::new(0, 0))?;
        let base = self.frames.len() - 1;
        self.schedule(base)
    }

    /// Runs goroutines until the main goroutine's frame at depth `main_base` returns.
    fn schedule(&mut self, main_base: usize) -> R<()> {
        loop {
            if let Some(msg) = self.gs[self.cur].pending_panic.take() {
                let pos = self.line;
                self.panics.push(PanicInfo {
                    value: (0, 0),
                    text: msg,
                    recovered: false,
                    pos,
                });
                self.unwind(if self.cur == 0 { main_base } else { 0 })?;
            }
            let base = if self.cur == 0 { main_base } else { 0 };
            match self.run(base) {
                Ok(()) if self.cur == 0 => return Ok(()),
                Ok(()) => {
                    // The goroutine's function returned: it exits.
                    let g = self.cur;
                    if self.trace.is_some() {
                        self.trace_flush();
                        self.trace_event(super::trace::Event::Exit { g: self.gs[g].id });
                    }
                    self.gs[g].status = GStatus::Dead;
                    self.switch_next(true)?;
                    self.mem.stacks[self.gs[g].stack] = None;
                    self.free_gs.push(g);
                }
                Err(Stop::Blocked) => self.switch_next(false)?,
                Err(Stop::Yield) => {
                    self.gs[self.cur].status = GStatus::Runnable;
                    self.runq.push_back(self.cur);
                    self.switch_next(false)?;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Switches to the next runnable goroutine, or reports a deadlock.
    fn switch_next(&mut self, _exiting: bool) -> R<()> {
        let next = self.runnext.take().or_else(|| self.runq.pop_front());
        match next {
            Some(g) => {
                self.switch_to(g);
                Ok(())
            }
            None => Err(Stop::Fatal {
                before: Vec::new(),
                message: "all goroutines are asleep - deadlock!".to_string(),
            }),
        }
    }

    /// Makes goroutine `g` the running one (saving the current one's state).
    fn switch_to(&mut self, g: usize) {
        if g == self.cur {
            self.gs[g].status = GStatus::Running;
            return;
        }
        let cur = self.cur;
        self.gs[cur].frames = std::mem::take(&mut self.frames);
        self.gs[cur].panics = std::mem::take(&mut self.panics);
        self.gs[cur].stack = self.stack;
        self.cur = g;
        self.frames = std::mem::take(&mut self.gs[g].frames);
        self.panics = std::mem::take(&mut self.gs[g].panics);
        self.stack = self.gs[g].stack;
        self.sync_lo();
        self.gs[g].status = GStatus::Running;
        if self.trace.is_some() {
            self.trace_event(super::trace::Event::Run { g: self.gs[g].id });
        }
        if let Some(fv) = self.gs[g].start.take() {
            // Its first run: call the function value on its fresh stack.
            let hi = self.mem.stacks[self.stack]
                .as_ref()
                .map(|s| s.hi())
                .unwrap_or(0);
            if let Ok(code_ptr) = self.mem.read_u64(fv) {
                let f = FuncId(((code_ptr - super::memory::TEXT_BASE) / 32) as u32);
                let pos = self.gs[g].go_pos;
                if let Ok(fp) = self.push_frame_at(f, hi, 0, pos)
                    && let Some(ctx) = self.code.funcs[f.0 as usize].ctx_slot
                {
                    self.wr_u64(fp, ctx, fv);
                }
            }
        }
    }

    /// Marks goroutine `g` runnable, next to run (Go's `runnext`).
    fn ready(&mut self, g: usize) {
        if self.trace.is_some() && matches!(self.gs[g].status, GStatus::Waiting(_)) {
            self.trace_event(super::trace::Event::Unblock { g: self.gs[g].id });
        }
        self.gs[g].status = GStatus::Runnable;
        if let Some(old) = self.runnext.replace(g) {
            self.runq.push_back(old);
        }
    }

    /// Blocks the running goroutine with Go's wait reason.
    fn block(&mut self, reason: &'static str) -> Stop {
        if self.trace.is_some() {
            self.trace_flush();
            self.trace_event(super::trace::Event::Block {
                g: self.gs[self.cur].id,
                reason,
            });
        }
        self.gs[self.cur].status = GStatus::Waiting(reason);
        Stop::Blocked
    }

    /// Takes a sudog from the cache, allocating one (112 B) when it is empty.
    fn acquire_sudog(&mut self) -> R<()> {
        if self.sudogs_free > 0 {
            self.sudogs_free -= 1;
            return Ok(());
        }
        self.alloc_label = Some("runtime.sudog");
        let a = self.alloc_bytes(super::sched::SUDOG_SIZE)?;
        self.runtime_objects.push(a);
        Ok(())
    }

    fn release_sudog(&mut self) {
        self.sudogs_free += 1;
    }

    /// `go f()`: a new goroutine (a dead one's descriptor if any, else a new 480-byte
    /// `g`) with a fresh 2 KiB stack, next to run.
    fn go(&mut self, fv: u64, pos: Pos) -> R<()> {
        // Only a recycled descriptor gets the adaptive starting size (Go's gfget).
        let size = if self.free_gs.is_empty() {
            STACK_MIN
        } else {
            self.starting_stack_size
        };
        let stack = self.mem.new_stack(size);
        let g = G {
            id: self.next_goid,
            stack,
            frames: Vec::new(),
            panics: Vec::new(),
            status: GStatus::Runnable,
            start: Some(fv),
            go_pos: pos,
            pending_panic: None,
        };
        self.next_goid += 1;
        let idx = match self.free_gs.pop() {
            Some(i) => {
                self.gs[i] = g;
                i
            }
            None => {
                self.alloc_label = Some("runtime.g");
                let a = self.alloc_bytes(super::sched::G_SIZE)?;
                self.runtime_objects.push(a);
                self.gs.push(g);
                self.gs.len() - 1
            }
        };
        if self.trace.is_some() {
            let (lo, size) = self.mem.stacks[stack]
                .as_ref()
                .map(|s| (s.lo, s.bytes.len() as u64))
                .unwrap_or((0, 0));
            let func = self.mem.read_u64(fv).ok().and_then(|c| {
                let f = ((c - super::memory::TEXT_BASE) / 32) as usize;
                self.prog.funcs.get(f).map(|f| format!("main.{}", f.name))
            });
            self.trace_event(super::trace::Event::Go {
                g: self.gs[idx].id,
                parent: self.gs[self.cur].id,
                func: func.unwrap_or_default(),
                line: pos.line,
                stack_lo: lo,
                stack_size: size,
            });
        }
        self.ready(idx);
        Ok(())
    }

    /// Key and element types of map type `ty`.
    fn map_kv(&self, ty: TypeId) -> (TypeId, TypeId) {
        match self.prog.types.under(ty) {
            Type::Map { key, value } => (*key, *value),
            _ => (
                crate::types::predeclared::INT,
                crate::types::predeclared::INT,
            ),
        }
    }

    /// The runtime name of the dynamic type of an interface type word.
    fn word_type_name(&self, tw: u64) -> String {
        match Self::type_of_word(tw) {
            Some(t) => gofmt::runtime_type_string(self.prog, t),
            None if gofmt::internal_error_name(tw).is_some() => {
                gofmt::internal_error_name(tw).unwrap_or("?").to_string()
            }
            None => "nil".to_string(),
        }
    }

    /// The first method of interface `iface` the dynamic type `tw` lacks, if any.
    fn missing_method(&self, tw: u64, iface: TypeId) -> Option<String> {
        let methods = self.prog.types.interface_methods(iface).to_vec();
        for m in methods {
            let has = if gofmt::internal_error_name(tw).is_some() {
                m.name == "Error"
            } else {
                Self::type_of_word(tw).is_some_and(|t| self.has_method(t, &m.name, 0))
            };
            if !has {
                return Some(m.name.to_string());
            }
        }
        None
    }

    /// Whether `name` is in the method set of type `ty` (declared or promoted through
    /// embedded fields; pointer-receiver methods only for pointers).
    fn has_method(&self, ty: TypeId, name: &str, depth: u32) -> bool {
        let t = &self.prog.types;
        if depth > 8 {
            return false;
        }
        let (base, pointer) = match t.get(ty) {
            Type::Pointer(e) => (*e, true),
            _ => (ty, false),
        };
        if let Some(info) = t.named_info(base)
            && let Some(m) = info.method(name)
        {
            return pointer || !m.pointer_receiver;
        }
        if t.is_interface(base) {
            return t.interface_methods(base).iter().any(|m| m.name == name);
        }
        if let Type::Struct(fields) = t.under(base) {
            for f in fields.iter().filter(|f| f.embedded) {
                // Through an embedded T: T's methods (and *T's when addressable); through
                // an embedded *T: all of them.
                let emb = if pointer && !t.is_pointer(f.ty) {
                    self.pointer_to(f.ty)
                } else {
                    Some(f.ty)
                };
                if let Some(emb) = emb
                    && self.has_method(emb, name, depth + 1)
                {
                    return true;
                }
                if emb.is_none() && self.has_method(f.ty, name, depth + 1) {
                    return true;
                }
            }
        }
        false
    }

    /// The interned `*T`, if the program has it.
    fn pointer_to(&self, ty: TypeId) -> Option<TypeId> {
        let t = &self.prog.types;
        (0..t.len() as u32)
            .map(TypeId)
            .find(|&p| matches!(t.get(p), Type::Pointer(e) if *e == ty))
    }

    /// `make(map[K]V, hint)`: the header on the heap (or in the frame at `stack`), and
    /// for a hint over 8 the tables it asks for.
    fn make_map(&mut self, ty: TypeId, hint: i64, stack: Option<u64>, pos: Pos) -> R<u64> {
        use super::maps::{MAP_HEADER_SIZE, Shape, TABLE_SIZE, tables_for_hint};
        if hint < 0 {
            return Err(rt("makemap: size out of range".into(), pos));
        }
        let (gbytes, gptrs) = super::compile::group_size(self.prog, ty);
        let mut st = super::maps::MapState::new();
        st.map_ty = ty;
        let header = match stack {
            Some(a) => {
                self.mem
                    .write(a, MAP_HEADER_SIZE)
                    .map_err(|f| fault(f, pos))?
                    .fill(0);
                if hint <= 8 {
                    // Go builds a small map's group beside its header on the stack.
                    st.shape = Shape::Small;
                }
                a
            }
            None => {
                self.alloc_label = Some("map header");
                self.alloc_bytes_ptr(MAP_HEADER_SIZE, true)?
            }
        };
        if hint > 8 {
            let (caps, dir_len) = tables_for_hint(hint as u64);
            self.alloc_label = Some("map directory");
            let d = self.alloc_bytes_ptr(dir_len * 8, true)?;
            st.objects.push(d);
            for &c in &caps {
                self.alloc_label = Some("map table");
                let t = self.alloc_bytes_ptr(TABLE_SIZE, true)?;
                self.alloc_label = Some("map groups");
                let g = self.alloc_bytes_ptr(c / 8 * gbytes, gptrs)?;
                st.objects.push(t);
                st.objects.push(g);
            }
            let used = vec![0; caps.len()];
            st.shape = Shape::Tables {
                caps,
                used,
                dir_len,
            };
        }
        self.maps.insert(header, st);
        Ok(header)
    }

    /// `m[k] = v` on the map at `mv` (not nil).
    fn map_set(&mut self, mv: u64, ty: TypeId, kb: Vec<u8>, vb: Vec<u8>, pos: Pos) -> R<()> {
        let (kty, vty) = self.map_kv(ty);
        let canon = self.canon_key(kty, &kb, pos)?;
        let Some(st) = self.maps.get_mut(&mv) else {
            return Err(fault(Fault::Nil, pos));
        };
        if let Some(e) = st.entries.get_mut(&canon) {
            e.1 = vb;
            return Ok(());
        }
        let len = st.entries.len() as u64;
        let (gbytes, gptrs) = super::compile::group_size(self.prog, ty);
        let (needs, shape) = super::maps::grow_for_insert(&st.shape, len, gbytes, gptrs);
        let replaced = !needs.is_empty() && !matches!(st.shape, super::maps::Shape::Empty);
        let mut objs = Vec::new();
        for n in needs {
            self.alloc_label = Some("map storage");
            objs.push(self.alloc_bytes_ptr(n.bytes, n.pointers)?);
        }
        // Keys and elements over 128 bytes live in objects of their own.
        let mut indirect = Vec::new();
        for t in [kty, vty] {
            let size = self.prog.types.size(t);
            if size > super::maps::MAX_INLINE {
                indirect.push(self.alloc(t, 1)?);
            }
        }
        let st = self.maps.get_mut(&mv).expect("checked above");
        if replaced && !objs.is_empty() {
            // A grown table replaces the old one (the directory stays).
            let keep_dir = matches!(st.shape, super::maps::Shape::Tables { .. });
            if keep_dir {
                let dir = st.objects.first().copied();
                st.objects.clear();
                st.objects.extend(dir);
            } else {
                st.objects.clear();
            }
        }
        st.objects.extend(objs);
        st.shape = shape;
        if !indirect.is_empty() {
            st.indirect.insert(canon.clone(), indirect);
        }
        st.entries.insert(canon, (kb, vb));
        Ok(())
    }

    /// A key's identity: equal keys (by Go's `==`) give equal bytes.
    fn canon_key(&mut self, ty: TypeId, b: &[u8], pos: Pos) -> R<Vec<u8>> {
        let mut out = Vec::with_capacity(b.len() + 8);
        self.canon_into(ty, b, &mut out, pos)?;
        Ok(out)
    }

    fn canon_into(&mut self, ty: TypeId, b: &[u8], out: &mut Vec<u8>, pos: Pos) -> R<()> {
        let t = &self.prog.types;
        match t.under(ty).clone() {
            Type::Basic(basic) if basic.is_string() => {
                let p = u64::from_le_bytes(b[..8].try_into().expect("8"));
                let n = u64::from_le_bytes(b[8..16].try_into().expect("8"));
                out.extend_from_slice(&n.to_le_bytes());
                if n > 0 {
                    out.extend_from_slice(self.mem.read(p, n).map_err(|f| fault(f, pos))?);
                }
            }
            Type::Basic(basic) if basic.is_float() => {
                let f = if b.len() == 4 {
                    f32::from_bits(u32::from_le_bytes(b.try_into().expect("4"))) as f64
                } else {
                    f64::from_bits(u64::from_le_bytes(b.try_into().expect("8")))
                };
                if f.is_nan() {
                    self.nan_keys += 1;
                    out.push(0xff);
                    out.extend_from_slice(&self.nan_keys.to_le_bytes());
                } else {
                    let f = if f == 0.0 { 0.0 } else { f };
                    out.extend_from_slice(&f.to_bits().to_le_bytes());
                }
            }
            Type::Interface { .. } => {
                let tw = u64::from_le_bytes(b[..8].try_into().expect("8"));
                let dw = u64::from_le_bytes(b[8..16].try_into().expect("8"));
                out.extend_from_slice(&tw.to_le_bytes());
                if gofmt::internal_error_name(tw).is_some() {
                    out.extend_from_slice(&dw.to_le_bytes());
                } else if let Some(dt) = Self::type_of_word(tw) {
                    if !self.prog.types.comparable(dt) {
                        return Err(rt(
                            format!(
                                "hash of unhashable type {}",
                                gofmt::runtime_type_string(self.prog, dt)
                            ),
                            pos,
                        ));
                    }
                    let vb = if self.prog.types.is_direct_iface(dt) {
                        dw.to_le_bytes().to_vec()
                    } else {
                        let size = self.prog.types.size(dt);
                        if size == 0 {
                            Vec::new()
                        } else {
                            self.mem.read(dw, size).map_err(|f| fault(f, pos))?.to_vec()
                        }
                    };
                    self.canon_into(dt, &vb, out, pos)?;
                }
            }
            Type::Struct(fields) => {
                for (i, f) in fields.iter().enumerate() {
                    let off = self.prog.types.field_offset(ty, i) as usize;
                    let size = self.prog.types.size(f.ty) as usize;
                    self.canon_into(f.ty, &b[off..off + size], out, pos)?;
                }
            }
            Type::Array { len, elem } => {
                let size = self.prog.types.size(elem) as usize;
                for i in 0..len as usize {
                    self.canon_into(elem, &b[i * size..(i + 1) * size], out, pos)?;
                }
            }
            _ => out.extend_from_slice(b),
        }
        Ok(())
    }

    /// Allocates `size` bytes of runtime storage, pointerful or not.
    fn alloc_bytes_ptr(&mut self, size: u64, pointers: bool) -> R<u64> {
        if !pointers {
            return self.alloc_bytes(size);
        }
        self.heap_alloc(
            size,
            ObjType {
                elem: crate::types::predeclared::UINTPTR,
                count: size / 8,
            },
            true,
        )
    }

    /// `make(chan T, n)`.
    fn make_chan(&mut self, elem: TypeId, n: i64, pos: Pos) -> R<u64> {
        let esize = self.prog.types.size(elem);
        if n < 0 || (n as u64).saturating_mul(esize) > self.mem.heap.limit {
            return Err(Stop::Panic {
                message: "makechan: size out of range".into(),
                pos,
            });
        }
        let n = n as u64;
        let mut buf_obj = None;
        let header = if self.prog.types.has_pointers(elem) {
            self.alloc_label = Some("runtime.hchan");
            let h = self.alloc_bytes(super::sched::HCHAN_SIZE)?;
            if n > 0 && esize > 0 {
                // Kept alive by the channel (the collector greys it from a marked channel).
                buf_obj = Some(self.alloc(elem, n)?);
            }
            h
        } else {
            self.alloc_label = Some("runtime.hchan");
            self.alloc_bytes(super::sched::HCHAN_SIZE + n * esize)?
        };
        let mut ch = Chan::new(elem, esize as u32, n);
        ch.buf_obj = buf_obj;
        self.chans.insert(header, ch);
        Ok(header)
    }

    /// Delivers a value to a waiting receiver and readies it.
    fn deliver(&mut self, w: &Waiter, value: &[u8], ok: bool) -> R<()> {
        if !value.is_empty() {
            self.mem
                .write(w.dst, value.len() as u64)
                .map_err(|f| fault(f, self.line))?
                .copy_from_slice(value);
        }
        if let Some(okp) = w.ok {
            self.mem.write(okp, 1).map_err(|f| fault(f, self.line))?[0] = ok as u8;
        }
        self.finish_wait(w)
    }

    /// A waiter's operation completed: record the select case, cancel its other cases,
    /// return its sudogs and ready it.
    fn finish_wait(&mut self, w: &Waiter) -> R<()> {
        if let (Some((id, case)), Some(c)) = (w.select, w.chosen) {
            self.mem
                .write_u64(c, case as u64)
                .map_err(|f| fault(f, self.line))?;
            for ch in self.chans.values_mut() {
                ch.cancel_select(id);
            }
        }
        self.release_sudog();
        self.ready(w.g);
        Ok(())
    }

    fn next_rand(&mut self) -> u64 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        self.rng
    }

    /// A send on channel `c` of `value`, by the running goroutine; `Err(Blocked)` when
    /// it must wait (`select` says it may not).
    fn chan_send(&mut self, c: u64, value: Vec<u8>, pos: Pos, waiter: Option<Waiter>) -> R<bool> {
        let Some(ch) = self.chans.get_mut(&c) else {
            return Err(fault(Fault::Nil, pos));
        };
        if ch.closed {
            return Err(Stop::Panic {
                message: "send on closed channel".to_string(),
                pos,
            });
        }
        if let Some(w) = ch.recvq.pop_front() {
            self.deliver(&w, &value, true)?;
            return Ok(true);
        }
        if (ch.buf.len() as u64) < ch.cap {
            ch.buf.push_back(value);
            return Ok(true);
        }
        match waiter {
            Some(mut w) => {
                w.value = value;
                self.acquire_sudog()?;
                if let Some(ch) = self.chans.get_mut(&c) {
                    ch.sendq.push_back(w);
                }
                Ok(false)
            }
            None => Ok(false),
        }
    }

    /// A receive from channel `c` into the running goroutine's `dst`/`ok` addresses;
    /// false when it would block (then `waiter`, if given, is queued).
    fn chan_recv(&mut self, c: u64, dst: u64, ok: Option<u64>, waiter: Option<Waiter>) -> R<bool> {
        let line = self.line;
        let Some(ch) = self.chans.get_mut(&c) else {
            return Err(fault(Fault::Nil, line));
        };
        let size = ch.elem_size as u64;
        let got: Option<(Vec<u8>, bool, Option<Waiter>)> = if let Some(w) = ch.sendq.pop_front() {
            if ch.cap > 0 {
                let v = ch.buf.pop_front().unwrap_or_default();
                ch.buf.push_back(w.value.clone());
                Some((v, true, Some(w)))
            } else {
                Some((w.value.clone(), true, Some(w)))
            }
        } else if let Some(v) = ch.buf.pop_front() {
            Some((v, true, None))
        } else if ch.closed {
            Some((vec![0; size as usize], false, None))
        } else {
            None
        };
        match got {
            Some((v, okv, sender)) => {
                if size > 0 {
                    self.mem
                        .write(dst, size)
                        .map_err(|f| fault(f, line))?
                        .copy_from_slice(&v);
                }
                if let Some(okp) = ok {
                    self.mem.write(okp, 1).map_err(|f| fault(f, line))?[0] = okv as u8;
                }
                if let Some(w) = sender {
                    self.finish_wait(&w)?;
                }
                Ok(true)
            }
            None => {
                if let Some(w) = waiter {
                    self.acquire_sudog()?;
                    if let Some(ch) = self.chans.get_mut(&c) {
                        ch.recvq.push_back(w);
                    }
                }
                Ok(false)
            }
        }
    }

    fn chan_close(&mut self, c: u64, pos: Pos) -> R<()> {
        if c == 0 {
            return Err(Stop::Panic {
                message: "close of nil channel".to_string(),
                pos,
            });
        }
        let Some(ch) = self.chans.get_mut(&c) else {
            return Err(fault(Fault::Nil, pos));
        };
        if ch.closed {
            return Err(Stop::Panic {
                message: "close of closed channel".to_string(),
                pos,
            });
        }
        ch.closed = true;
        let size = ch.elem_size as usize;
        let receivers: Vec<Waiter> = ch.recvq.drain(..).collect();
        let senders: Vec<Waiter> = ch.sendq.drain(..).collect();
        for w in receivers {
            self.deliver(&w, &vec![0; size], false)?;
        }
        for w in senders {
            self.gs[w.g].pending_panic = Some("send on closed channel".to_string());
            self.finish_wait(&w)?;
        }
        Ok(())
    }

    /// Pushes a frame for `func` below `sp` (growing the stack if needed); returns its fp.
    fn push_frame_at(&mut self, func: FuncId, sp: u64, ret: Slot, call_pos: Pos) -> R<u64> {
        let fs = self.code.funcs[func.0 as usize].frame_size;
        let size = fs as u64 + FRAME_LINKAGE;
        let mut sp = sp;
        let lo = self.stack_lo();
        if sp.saturating_sub(size) < lo + STACK_RESERVE {
            sp = self.grow(func, size)?;
        }
        let fp = sp - size;
        let i = self.idx(fp, 0);
        self.sbytes()[i..i + fs as usize].fill(0);
        self.frames.push(Frame {
            id: 0,
            func,
            pc: 0,
            fp,
            ret,
            call_pos,
            defers: Vec::new(),
            deferred: false,
        });
        if self.trace.is_some() {
            self.trace_call();
        }
        Ok(fp)
    }

    /// Grows the stack so that a frame of `need` bytes (for a call of `func`) fits below
    /// the current lowest frame; returns the new stack pointer.
    fn grow(&mut self, func: FuncId, need: u64) -> R<u64> {
        let (old_lo, old_hi) = {
            let s = self.mem.stacks[self.stack].as_ref().expect("stack");
            (s.lo, s.hi())
        };
        let sp = self.frames.last().map(|f| f.fp).unwrap_or(old_hi);
        let used = old_hi - sp;
        let mut new_size = old_hi - old_lo;
        while used + need + STACK_RESERVE > new_size {
            new_size *= 2;
        }
        // Go's `newstack`: the doubled size against the limit, which reads as the
        // ceiling when `debug.SetMaxStack` set it higher.
        if new_size > self.max_stack || new_size > MAX_STACK_CEILING {
            let limit = self.max_stack.min(MAX_STACK_CEILING);
            if self.trace.is_some() {
                self.trace_flush();
                self.trace_event(super::trace::Event::StackOverflow {
                    g: self.goid(),
                    func: func.0,
                    size: old_hi - old_lo,
                    used,
                    need,
                    new_size,
                    limit,
                });
            }
            return Err(Stop::Fatal {
                before: vec![
                    format!("runtime: goroutine stack exceeds {limit}-byte limit"),
                    format!("runtime: sp={sp:#x} stack=[{old_lo:#x}, {old_hi:#x}]"),
                ],
                message: "stack overflow".to_string(),
            });
        }
        let copy = self.move_stack(self.cur, new_size);
        self.growths.push(copy);
        Ok(sp.wrapping_add(copy.new_hi.wrapping_sub(old_hi)))
    }

    /// Go's `shrinkstack`, run for every goroutine when the collector scans its stack:
    /// halve the stack if it stays at least 2 KiB and the used part plus 800 bytes of
    /// nosplit room is under a quarter of it.
    fn shrink_stacks(&mut self) {
        for g in 0..self.gs.len() {
            if self.gs[g].status == GStatus::Dead {
                continue;
            }
            let (frames, stack) = if g == self.cur {
                (&self.frames, self.stack)
            } else {
                (&self.gs[g].frames, self.gs[g].stack)
            };
            let Some(s) = self.mem.stacks[stack].as_ref() else {
                continue;
            };
            let (size, hi) = (s.bytes.len() as u64, s.hi());
            let sp = frames.last().map(|f| f.fp).unwrap_or(hi);
            let used = hi - sp;
            if size / 2 < STACK_MIN || used + STACK_RESERVE >= size / 4 {
                continue;
            }
            let copy = self.move_stack(g, size / 2);
            self.shrinks.push(copy);
        }
    }

    /// Copies goroutine `g`'s stack to a new stack of `new_size` bytes (used part at the
    /// top), frees the old one, and moves every pointer into the old stack by the
    /// distance between the two: frame slots, deferred calls, panic values, the map
    /// headers and iterators on the stack, and the receive slots of channel waits.
    fn move_stack(&mut self, g: usize, new_size: u64) -> StackGrowth {
        let current = g == self.cur;
        let old_id = if current {
            self.stack
        } else {
            self.gs[g].stack
        };
        let mut frames = if current {
            std::mem::take(&mut self.frames)
        } else {
            std::mem::take(&mut self.gs[g].frames)
        };
        let (old_lo, old_hi) = {
            let s = self.mem.stacks[old_id].as_ref().expect("stack");
            (s.lo, s.hi())
        };
        let sp = frames.last().map(|f| f.fp).unwrap_or(old_hi);
        let used = old_hi - sp;
        let new_id = self.mem.new_stack(new_size);
        let old = self.mem.stacks[old_id].take().expect("old stack");
        let new = self.mem.stacks[new_id].as_mut().expect("new stack");
        let (new_lo, new_hi) = (new.lo, new.hi());
        let delta = new_hi.wrapping_sub(old_hi);
        let to = (new_size - used) as usize;
        new.bytes[to..].copy_from_slice(&old.bytes[(sp - old.lo) as usize..]);
        let in_old = |a: u64| (old_lo..old_hi).contains(&a);
        let mut adjusted = 0;
        let mut adjusted_list = self.trace.as_ref().map(|_| Vec::new());
        for f in frames.iter_mut() {
            f.fp = f.fp.wrapping_add(delta);
            for d in f.defers.iter_mut().filter(|d| in_old(**d)) {
                *d = d.wrapping_add(delta);
                adjusted += 1;
            }
            for &w in &self.code.funcs[f.func.0 as usize].pointer_words {
                let i = (f.fp - new_lo) as usize + w as usize;
                let v = u64::from_le_bytes(new.bytes[i..i + 8].try_into().expect("8 bytes"));
                if in_old(v) {
                    new.bytes[i..i + 8].copy_from_slice(&v.wrapping_add(delta).to_le_bytes());
                    adjusted += 1;
                    if let Some(l) = adjusted_list.as_mut() {
                        l.push(super::trace::Adjusted {
                            at: f.fp + w as u64,
                            old: v,
                            new: v.wrapping_add(delta),
                        });
                    }
                }
            }
        }
        let moved: Vec<u64> = self.maps.keys().copied().filter(|a| in_old(*a)).collect();
        for a in moved {
            if let Some(st) = self.maps.remove(&a) {
                self.maps.insert(a.wrapping_add(delta), st);
            }
        }
        for it in self.map_iters.iter_mut().filter(|it| in_old(it.0)) {
            it.0 = it.0.wrapping_add(delta);
        }
        let panics = if current {
            &mut self.panics
        } else {
            &mut self.gs[g].panics
        };
        for p in panics.iter_mut().filter(|p| in_old(p.value.1)) {
            p.value.1 = p.value.1.wrapping_add(delta);
            adjusted += 1;
        }
        // A blocked goroutine's channel waits point into its frame (Go's sudog.elem).
        for ch in self.chans.values_mut() {
            for w in ch.recvq.iter_mut().chain(ch.sendq.iter_mut()) {
                if w.g != g {
                    continue;
                }
                for a in [Some(&mut w.dst), w.ok.as_mut(), w.chosen.as_mut()]
                    .into_iter()
                    .flatten()
                {
                    if in_old(*a) {
                        *a = a.wrapping_add(delta);
                        adjusted += 1;
                    }
                }
            }
        }
        if current {
            self.frames = frames;
            self.stack = new_id;
            self.sync_lo();
        } else {
            self.gs[g].frames = frames;
            self.gs[g].stack = new_id;
        }
        let copy = StackGrowth {
            old_size: old_hi - old_lo,
            new_size,
            bytes_copied: used,
            pointers_adjusted: adjusted,
            old_lo,
            new_lo,
            new_hi,
            goroutine: self.gs[g].id,
        };
        if let Some(l) = adjusted_list {
            self.trace_stack_copy(&copy, l);
        }
        copy
    }

    fn alloc(&mut self, elem: TypeId, count: u64) -> R<u64> {
        let facts = self.facts_of(elem);
        let (size, has_pointers) = (facts.size * count, facts.has_pointers);
        if size == 0 {
            return Ok(ZEROBASE);
        }
        let a = self.heap_alloc(size, ObjType { elem, count }, has_pointers)?;
        Ok(a)
    }

    fn alloc_bytes(&mut self, size: u64) -> R<u64> {
        if size == 0 {
            self.alloc_label = None;
            return Ok(ZEROBASE);
        }
        self.heap_alloc(
            size,
            ObjType {
                elem: crate::types::predeclared::UINT8,
                count: size,
            },
            false,
        )
    }

    /// One heap allocation; when the heap is full, collects first (a safe point: every
    /// live pointer is in a frame) and tries again.
    fn heap_alloc(&mut self, size: u64, ty: ObjType, has_pointers: bool) -> R<u64> {
        let a = match self.mem.heap.alloc(size, ty, has_pointers) {
            Ok(a) => a,
            Err(e) => return Err(oom(e)),
        };
        if self.trace.is_some() {
            self.trace_alloc(&a, size, ty);
        }
        self.alloc_label = None;
        self.gc.note_alloc(&self.mem.heap);
        Ok(a.addr)
    }

    /// Reads a Go string header at frame slot `off`.
    fn string_at(&self, fp: u64, off: Slot) -> R<Vec<u8>> {
        let ptr = self.rd_u64(fp, off);
        let len = self.rd_u64(fp, off + 8);
        if len == 0 {
            return Ok(Vec::new());
        }
        Ok(self
            .mem
            .read(ptr, len)
            .map_err(|f| fault(f, self.line))?
            .to_vec())
    }

    /// A new string holding `bytes`: in the frame buffer `buf` (an absolute frame slot
    /// and its size) when given and big enough, else `heap_size` bytes on the heap.
    fn make_string_in(
        &mut self,
        fp: u64,
        bytes: &[u8],
        buf: Option<(Slot, u32)>,
        heap_size: u64,
    ) -> R<(u64, u64)> {
        if bytes.is_empty() {
            return Ok((0, 0));
        }
        let addr = match buf {
            Some((slot, size)) if bytes.len() as u64 <= size as u64 => fp + slot as u64,
            _ => {
                self.alloc_label = Some("string bytes");
                self.alloc_bytes(heap_size.max(bytes.len() as u64))?
            }
        };
        self.mem
            .write(addr, bytes.len() as u64)
            .map_err(|f| fault(f, self.line))?
            .copy_from_slice(bytes);
        Ok((addr, bytes.len() as u64))
    }

    /// A new heap string holding `bytes` (fmt's results and `fmt.Errorf` texts, all
    /// `string(p.buf)` in Go): a one-byte result points into staticuint64s, as Go's
    /// slicebytetostring does, and is not allocated.
    fn make_string(&mut self, bytes: &[u8], _heap: bool) -> R<(u64, u64)> {
        if let [b] = bytes {
            return Ok((STATIC_UINT64S + *b as u64 * 8, 1));
        }
        self.make_string_in(0, bytes, None, bytes.len() as u64)
    }

    fn type_word(ty: TypeId) -> u64 {
        TYPE_BASE + ty.0 as u64 * TYPE_DESC_SIZE
    }

    /// The type of an interface's type word.
    pub fn type_of_word(w: u64) -> Option<TypeId> {
        if (TYPE_BASE..super::memory::STATIC_BASE).contains(&w) {
            Some(TypeId(((w - TYPE_BASE) / TYPE_DESC_SIZE) as u32))
        } else {
            None
        }
    }

    /// Runs until the frame at depth `base` returns; a panic unwinds through deferred
    /// calls and stops the run only if nothing recovers it.
    fn run(&mut self, base: usize) -> R<()> {
        loop {
            match self.run_inner(base) {
                Err(Stop::Panic { message, pos }) => {
                    // panic(boundsError{...}) boxes a 24-byte value.
                    if message.contains("out of range [") {
                        self.alloc_label = Some("runtime.boundsError");
                        self.alloc_bytes(24)?;
                    }
                    self.panics.push(PanicInfo {
                        value: (0, 0),
                        text: message.clone(),
                        recovered: false,
                        pos,
                    });
                    self.unwind(base)?;
                }
                Err(Stop::PanicValue { t, d, pos }) => {
                    let text = gofmt::panic_value(self, t, d);
                    self.panics.push(PanicInfo {
                        value: (t, d),
                        text,
                        recovered: false,
                        pos,
                    });
                    self.unwind(base)?;
                }
                other => return other,
            }
        }
    }

    /// Runs the next deferred call of the innermost frame that has one (popping frames
    /// without), or reports the panic when no frame at or above `base` has one left.
    fn unwind(&mut self, base: usize) -> R<()> {
        loop {
            let Some(top) = self.frames.len().checked_sub(1) else {
                return Err(self.panic_stop());
            };
            if top < base {
                return Err(self.panic_stop());
            }
            if let Some(d) = self.frames[top].defers.pop() {
                let func = self.frames[top].func;
                self.frames[top].pc = self.code.funcs[func.0 as usize].unwind_pc;
                let fp = self.frames[top].fp;
                self.call_deferred(d, fp)?;
                return Ok(());
            }
            if top == base {
                return Err(self.panic_stop());
            }
            if self.trace.is_some() {
                self.trace_return();
            }
            self.frames.pop();
        }
    }

    /// The unrecovered panic chain as Go prints it after `panic: `.
    fn panic_stop(&mut self) -> Stop {
        let mut text = String::new();
        let pos = self.panics.last().map(|p| p.pos).unwrap_or(self.line);
        let chain = std::mem::take(&mut self.panics);
        for (i, p) in chain.iter().enumerate() {
            if i > 0 {
                if chain[i - 1].recovered && chain[i - 1].value == p.value && p.value != (0, 0) {
                    continue;
                }
                text.push_str("\n\tpanic: ");
            }
            text.push_str(&p.text);
            if p.recovered {
                let again = chain
                    .get(i + 1)
                    .is_some_and(|n| n.value == p.value && p.value != (0, 0));
                text.push_str(if again {
                    " [recovered, repanicked]"
                } else {
                    " [recovered]"
                });
            }
        }
        Stop::Panic { message: text, pos }
    }

    /// Calls the function value `fv` as a deferred call below the frame at `sp`.
    fn call_deferred(&mut self, fv: u64, _sp: u64) -> R<()> {
        let code_ptr = self.mem.read_u64(fv).map_err(|f| fault(f, self.line))?;
        let f = FuncId(((code_ptr - super::memory::TEXT_BASE) / 32) as u32);
        let old_lo = self.stack_lo();
        let old_hi = old_lo
            + self.mem.stacks[self.stack]
                .as_ref()
                .map(|s| s.bytes.len() as u64)
                .unwrap_or(0);
        self.reserve(f)?;
        // A closure on the stack moved with it.
        let fv = if (old_lo..old_hi).contains(&fv) {
            let new_hi = self.mem.stacks[self.stack]
                .as_ref()
                .map(|s| s.hi())
                .unwrap_or(old_hi);
            fv.wrapping_add(new_hi.wrapping_sub(old_hi))
        } else {
            fv
        };
        let sp = self.frames.last().map(|f| f.fp).unwrap_or(0);
        let fp = self.push_frame_at(f, sp, 0, self.line)?;
        if let Some(ctx) = self.code.funcs[f.0 as usize].ctx_slot {
            self.wr_u64(fp, ctx, fv);
        }
        if let Some(fr) = self.frames.last_mut() {
            fr.deferred = true;
        }
        Ok(())
    }

    /// Whether statement boundaries (`Ins::Line`) must run in the general loop of
    /// `run_inner` rather than in `run_fast`: a collection is due there. (A tracer that
    /// watches statements belongs here too, so that it costs nothing when off.)
    #[inline]
    fn lines_need_general_loop(&self) -> bool {
        self.gc.pending
    }

    /// The inner loop: runs the fast forms ([`super::fast`]) of the running frame's code
    /// from its pc, with the frame's bytes, pc and step count in locals, until an
    /// instruction needs the general loop (`Fast::Slow`, or a fast form that cannot
    /// finish alone); leaves the frame's pc on that instruction.
    #[inline]
    fn run_fast(&mut self) {
        use super::fast::{Fast, NONE};
        use super::heap::HEAP_BASE;

        // Slot accesses without bounds checks: `f` is exactly the frame, and `specialise`
        // only makes fast forms whose slots lie inside it (`Fast::within`).
        #[inline(always)]
        fn r8(f: &[u8], o: Slot) -> u64 {
            let o = o as usize;
            debug_assert!(o + 8 <= f.len());
            // SAFETY: `o + 8 <= f.len()` (see above); `[u8; 8]` has alignment 1.
            u64::from_le_bytes(unsafe { *(f.as_ptr().add(o) as *const [u8; 8]) })
        }
        #[inline(always)]
        fn w8(f: &mut [u8], o: Slot, v: u64) {
            let o = o as usize;
            debug_assert!(o + 8 <= f.len());
            // SAFETY: as for `r8`.
            unsafe { *(f.as_mut_ptr().add(o) as *mut [u8; 8]) = v.to_le_bytes() }
        }
        #[inline(always)]
        fn r1(f: &[u8], o: Slot) -> u8 {
            debug_assert!((o as usize) < f.len());
            // SAFETY: as for `r8`.
            unsafe { *f.get_unchecked(o as usize) }
        }
        #[inline(always)]
        fn w1(f: &mut [u8], o: Slot, v: u8) {
            debug_assert!((o as usize) < f.len());
            // SAFETY: as for `r8`.
            unsafe { *f.get_unchecked_mut(o as usize) = v }
        }
        /// The index in the heap's bytes of `size` bytes at `p + off`, if they are there.
        #[inline(always)]
        fn heap_index(heap_len: usize, p: u64, off: u32, size: u32) -> Option<usize> {
            let a = p.checked_add(off as u64)?.checked_sub(HEAP_BASE)?;
            (a.checked_add(size as u64)? <= heap_len as u64).then_some(a as usize)
        }

        let code = self.code;
        let depth = self.frames.len() - 1;
        let (func, fp) = (self.frames[depth].func, self.frames[depth].fp);
        let fast = &code.funcs[func.0 as usize].fast[..];
        let mut pc = self.frames[depth].pc as usize;
        if pc >= fast.len() {
            return;
        }
        // The step limit. Between two checks the loop runs at most `fast.len()` forms of
        // at most `MAX_WEIGHT` steps each, since it only moves forward except at a form
        // that may jump back, where it checks again; so while `steps + horizon <= max`
        // no step can reach the limit. Near the limit the general loop runs every
        // instruction itself and stops at exactly the same one.
        let mut steps = self.steps;
        let max = self.max_steps;
        let horizon = super::fast::MAX_WEIGHT as u64 * fast.len() as u64;
        if steps.saturating_add(horizon) > max {
            return;
        }
        let lines = !self.lines_need_general_loop();
        let no_defers = self.frames[depth].defers.is_empty();
        let mem = &mut self.mem;
        let heap = &mut mem.heap.bytes;
        let st = mem.stacks[self.stack].as_mut().expect("live stack");
        let fb = (fp - st.lo) as usize;
        let f = &mut st.bytes[fb..fb + code.funcs[func.0 as usize].frame_size as usize];
        macro_rules! charge {
            ($w:expr) => {{
                steps += $w as u64;
            }};
        }
        // Before a form that may jump back to `$to` (at or before `pc`): leaves the loop
        // when the limit is within reach (the general loop then takes over).
        macro_rules! check_back {
            ($to:expr) => {{
                if ($to as usize) <= pc && steps + horizon > max {
                    break;
                }
            }};
        }
        loop {
            debug_assert!(pc < fast.len());
            // SAFETY: `pc < fast.len()` on entry, and `specialise` makes only forms that
            // continue at most at `code.len()`, where `fast` has its closing `Slow`
            // (`Fast::lands_within`).
            let op = unsafe { fast.get_unchecked(pc) };
            match *op {
                Fast::Slow => break,
                Fast::Line { pos } => {
                    if !lines {
                        break;
                    }
                    charge!(1);
                    self.line = pos;
                    pc += 1;
                }
                Fast::Nop => {
                    charge!(1);
                    pc += 1;
                }
                Fast::Copy8 { dst, src } => {
                    charge!(1);
                    let v = r8(f, src);
                    w8(f, dst, v);
                    pc += 1;
                }
                Fast::Copy { dst, src, size } => {
                    charge!(1);
                    let s = src as usize;
                    f.copy_within(s..s + size as usize, dst as usize);
                    pc += 1;
                }
                Fast::Zero { dst, size } => {
                    charge!(1);
                    f[dst as usize..(dst + size) as usize].fill(0);
                    pc += 1;
                }
                Fast::Const8 { dst, lo, hi } => {
                    charge!(1);
                    w8(f, dst, lo as u64 | (hi as u64) << 32);
                    pc += 1;
                }
                Fast::Const { dst, val, size } => {
                    charge!(1);
                    let d = dst as usize;
                    f[d..d + size as usize].copy_from_slice(&val.to_le_bytes()[..size as usize]);
                    pc += 1;
                }
                Fast::AddrOfSlot { dst, slot } => {
                    charge!(1);
                    w8(f, dst, fp + slot as u64);
                    pc += 1;
                }
                Fast::Bin {
                    op,
                    w,
                    dst,
                    a,
                    b,
                    kslot,
                    k,
                    copy,
                } => {
                    charge!(w);
                    if kslot != NONE {
                        w8(f, kslot, k as i64 as u64);
                    }
                    let v = op.apply(r8(f, a), r8(f, b));
                    w8(f, dst, v);
                    if copy != NONE {
                        w8(f, copy, v);
                    }
                    pc += w as usize;
                }
                Fast::Bin2 {
                    op1,
                    op2,
                    d1,
                    a1,
                    b1,
                    d2,
                    a2,
                    b2,
                    copy,
                } => {
                    let w = 2 + (copy != NONE) as usize;
                    charge!(w);
                    let v = op1.apply(r8(f, a1), r8(f, b1));
                    w8(f, d1, v);
                    let v = op2.apply(r8(f, a2), r8(f, b2));
                    w8(f, d2, v);
                    if copy != NONE {
                        w8(f, copy, v);
                    }
                    pc += w;
                }
                Fast::ShiftK {
                    op,
                    w,
                    dst,
                    a,
                    kslot,
                    k,
                    copy,
                } => {
                    charge!(w);
                    w8(f, kslot, k as u64);
                    let v = op.apply(r8(f, a), k as u64);
                    w8(f, dst, v);
                    if copy != NONE {
                        w8(f, copy, v);
                    }
                    pc += w as usize;
                }
                Fast::Shift {
                    left,
                    arith,
                    signed,
                    w,
                    dst,
                    a,
                    b,
                    kslot,
                    k,
                    copy,
                } => {
                    // A negative count panics: the general loop says so.
                    let c = if kslot == b {
                        k as i64 as u64
                    } else {
                        r8(f, b)
                    };
                    if signed && (c as i64) < 0 {
                        break;
                    }
                    charge!(w);
                    if kslot != NONE {
                        w8(f, kslot, k as i64 as u64);
                    }
                    let x = r8(f, a);
                    let c = r8(f, b);
                    let v = if left {
                        if c >= 64 { 0 } else { x << c }
                    } else if arith {
                        (x as i64 >> c.min(63)) as u64
                    } else if c >= 64 {
                        0
                    } else {
                        x >> c
                    };
                    w8(f, dst, v);
                    if copy != NONE {
                        w8(f, copy, v);
                    }
                    pc += w as usize;
                }
                Fast::Cmp {
                    op,
                    signed,
                    jump_if,
                    w,
                    dst,
                    a,
                    b,
                    kslot,
                    k,
                    to,
                } => {
                    check_back!(to);
                    charge!(w);
                    if kslot != NONE {
                        w8(f, kslot, k as i64 as u64);
                    }
                    let r = op.apply(signed, r8(f, a), r8(f, b));
                    w1(f, dst, r as u8);
                    pc = if to != NONE && r == jump_if {
                        to as usize
                    } else {
                        pc + w as usize
                    };
                }
                Fast::Inc { sub, x, t, u, d, k } => {
                    charge!(4);
                    let v = r8(f, x);
                    w8(f, t, v);
                    w8(f, u, k as i64 as u64);
                    let (tv, uv) = (r8(f, t), r8(f, u));
                    let r = if sub {
                        tv.wrapping_sub(uv)
                    } else {
                        tv.wrapping_add(uv)
                    };
                    w8(f, d, r);
                    let r = r8(f, d);
                    w8(f, x, r);
                    pc += 4;
                }
                Fast::Jump { to } => {
                    check_back!(to);
                    charge!(1);
                    pc = to as usize;
                }
                Fast::JumpCmp {
                    op,
                    signed,
                    jump_if,
                    dst,
                    a,
                    b,
                    kslot,
                    k,
                    to,
                    next,
                } => {
                    check_back!(to.min(next));
                    charge!(3 + (kslot != NONE) as u64);
                    if kslot != NONE {
                        w8(f, kslot, k as i64 as u64);
                    }
                    let r = op.apply(signed, r8(f, a), r8(f, b));
                    w1(f, dst, r as u8);
                    pc = if r == jump_if { to } else { next } as usize;
                }
                Fast::LineCopy8 { pos, dst, src } => {
                    if !lines {
                        break;
                    }
                    charge!(2);
                    self.line = pos;
                    let v = r8(f, src);
                    w8(f, dst, v);
                    pc += 2;
                }
                Fast::LineInc {
                    pos,
                    sub,
                    x,
                    t,
                    u,
                    d,
                    k,
                } => {
                    if !lines {
                        break;
                    }
                    charge!(5);
                    self.line = pos;
                    let v = r8(f, x);
                    w8(f, t, v);
                    w8(f, u, k as i64 as u64);
                    let (tv, uv) = (r8(f, t), r8(f, u));
                    let r = if sub {
                        tv.wrapping_sub(uv)
                    } else {
                        tv.wrapping_add(uv)
                    };
                    w8(f, d, r);
                    let r = r8(f, d);
                    w8(f, x, r);
                    pc += 5;
                }
                Fast::JumpIf { cond, to } => {
                    check_back!(to);
                    charge!(1);
                    pc = if r1(f, cond) != 0 {
                        to as usize
                    } else {
                        pc + 1
                    };
                }
                Fast::JumpIfNot { cond, to } => {
                    check_back!(to);
                    charge!(1);
                    pc = if r1(f, cond) == 0 {
                        to as usize
                    } else {
                        pc + 1
                    };
                }
                Fast::Not { dst, a } => {
                    charge!(1);
                    w1(f, dst, (r1(f, a) == 0) as u8);
                    pc += 1;
                }
                Fast::Load {
                    dst,
                    ptr,
                    off,
                    size,
                } => {
                    let Some(i) = heap_index(heap.len(), r8(f, ptr), off, size) else {
                        break;
                    };
                    charge!(1);
                    let d = dst as usize;
                    f[d..d + size as usize].copy_from_slice(&heap[i..i + size as usize]);
                    pc += 1;
                }
                Fast::Store {
                    ptr,
                    off,
                    src,
                    size,
                } => {
                    let Some(i) = heap_index(heap.len(), r8(f, ptr), off, size) else {
                        break;
                    };
                    charge!(1);
                    let s = src as usize;
                    heap[i..i + size as usize].copy_from_slice(&f[s..s + size as usize]);
                    pc += 1;
                }
                Fast::AddOff { dst, ptr, off } => {
                    let p = r8(f, ptr);
                    if p == 0 {
                        break;
                    }
                    charge!(1);
                    w8(f, dst, p + off as u64);
                    pc += 1;
                }
                Fast::RunDefers => {
                    if !no_defers {
                        break;
                    }
                    charge!(1);
                    pc += 1;
                }
            }
        }
        self.steps = steps;
        self.frames[depth].pc = pc as u32;
    }

    fn run_inner(&mut self, base: usize) -> R<()> {
        let code = self.code;
        loop {
            // A trace sees every instruction: the inner loop's fused forms and direct
            // heap writes would hide statements and stores from it.
            if self.trace.is_none() {
                self.run_fast();
            } else if self.trace.as_ref().is_some_and(|t| !t.active()) {
                // Past the trace's step cap only the output is still recorded.
                self.mem.write_log = None;
                self.mem.heap.freed_log = None;
                self.trace_state_stop_shadows();
                self.run_fast();
            }
            let depth = self.frames.len() - 1;
            let (func, pc, fp) = {
                let f = &self.frames[depth];
                (f.func, f.pc, f.fp)
            };
            let fc = &code.funcs[func.0 as usize];
            // Object slots are relative to the frame's object area.
            let ob = fc.objects_base;
            let Some(ins) = fc.code.get(pc as usize) else {
                // Fell off the end: return.
                if self.do_return(base)? {
                    return Ok(());
                }
                continue;
            };
            self.frames[depth].pc = pc + 1;
            self.steps += 1;
            if self.steps > self.max_steps {
                return Err(Stop::StepLimit(self.max_steps));
            }
            match ins {
                Ins::Copy { dst, src, size } => {
                    if *size == 8 {
                        let v = self.rd_u64(fp, *src);
                        self.wr_u64(fp, *dst, v);
                    } else {
                        let i = self.idx(fp, *src);
                        let j = self.idx(fp, *dst);
                        self.sbytes().copy_within(i..i + *size as usize, j);
                    }
                }
                Ins::Zero { dst, size } => {
                    let j = self.idx(fp, *dst);
                    self.sbytes()[j..j + *size as usize].fill(0);
                }
                Ins::Const { dst, val, size } => self.wr_int(fp, *dst, *val, *size),
                Ins::ConstStr { dst, addr, len } => {
                    self.wr_u64(fp, *dst, *addr);
                    self.wr_u64(fp, *dst + 8, *len);
                }
                Ins::Load {
                    dst,
                    ptr,
                    off,
                    size,
                } => {
                    let p = self.rd_u64(fp, *ptr);
                    if p == 0 {
                        return Err(fault(Fault::Nil, self.line));
                    }
                    let at = self.idx(fp, *dst);
                    self.mem
                        .load_to_stack(p + *off as u64, *size as u64, self.stack, at)
                        .map_err(|f| fault(f, self.line))?;
                }
                Ins::Store {
                    ptr,
                    off,
                    src,
                    size,
                } => {
                    let p = self.rd_u64(fp, *ptr);
                    if p == 0 {
                        return Err(fault(Fault::Nil, self.line));
                    }
                    let at = self.idx(fp, *src);
                    self.mem
                        .store_from_stack(p + *off as u64, *size as u64, self.stack, at)
                        .map_err(|f| fault(f, self.line))?;
                }
                Ins::AddOff { dst, ptr, off } => {
                    let p = self.rd_u64(fp, *ptr);
                    if p == 0 {
                        return Err(fault(Fault::Nil, self.line));
                    }
                    self.wr_u64(fp, *dst, p + *off as u64);
                }
                Ins::AddrOfSlot { dst, slot } => self.wr_u64(fp, *dst, fp + *slot as u64),
                Ins::AddrConst { dst, addr } => self.wr_u64(fp, *dst, *addr),
                Ins::IntBin {
                    op,
                    kind,
                    dst,
                    a,
                    b,
                    pos,
                } => {
                    let x = self.rd_int(fp, *a, *kind);
                    let y = self.rd_int(fp, *b, *kind);
                    let v = int_bin(*op, *kind, x, y)
                        .ok_or_else(|| rt("integer divide by zero".into(), *pos))?;
                    self.wr_int(fp, *dst, v, kind.size);
                }
                Ins::Shift {
                    left,
                    kind,
                    count,
                    dst,
                    a,
                    b,
                    pos,
                } => {
                    let x = self.rd_int(fp, *a, *kind);
                    let c = self.rd_int(fp, *b, *count);
                    if count.signed && (c as i64) < 0 {
                        return Err(rt("negative shift amount".into(), *pos));
                    }
                    let bits = kind.size as u64 * 8;
                    let v = if *left {
                        if c >= bits { 0 } else { x << c }
                    } else if kind.signed {
                        let sx = x as i64;
                        if c >= 64 {
                            (sx >> 63) as u64
                        } else {
                            (sx >> c) as u64
                        }
                    } else if c >= 64 {
                        0
                    } else {
                        x >> c
                    };
                    self.wr_int(fp, *dst, v, kind.size);
                }
                Ins::IntNeg { kind, dst, a } => {
                    let x = self.rd_int(fp, *a, *kind);
                    self.wr_int(fp, *dst, x.wrapping_neg(), kind.size);
                }
                Ins::IntNot { kind, dst, a } => {
                    let x = self.rd_int(fp, *a, *kind);
                    self.wr_int(fp, *dst, !x, kind.size);
                }
                Ins::FloatBin { op, f32, dst, a, b } => {
                    if *f32 {
                        let x = f32::from_bits(self.rd_int(fp, *a, u32k()) as u32);
                        let y = f32::from_bits(self.rd_int(fp, *b, u32k()) as u32);
                        let v = match op {
                            BinOp::Add => x + y,
                            BinOp::Sub => x - y,
                            BinOp::Mul => x * y,
                            _ => x / y,
                        };
                        self.wr_int(fp, *dst, v.to_bits() as u64, 4);
                    } else {
                        let x = f64::from_bits(self.rd_u64(fp, *a));
                        let y = f64::from_bits(self.rd_u64(fp, *b));
                        let v = match op {
                            BinOp::Add => x + y,
                            BinOp::Sub => x - y,
                            BinOp::Mul => x * y,
                            _ => x / y,
                        };
                        self.wr_u64(fp, *dst, v.to_bits());
                    }
                }
                Ins::ComplexBin { op, c64, dst, a, b } => {
                    let (x, y) = (self.rd_complex(fp, *a, *c64), self.rd_complex(fp, *b, *c64));
                    let r = match op {
                        BinOp::Add => (x.0 + y.0, x.1 + y.1),
                        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
                        BinOp::Mul => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
                        _ => {
                            let d = y.0 * y.0 + y.1 * y.1;
                            ((x.0 * y.0 + x.1 * y.1) / d, (x.1 * y.0 - x.0 * y.1) / d)
                        }
                    };
                    self.wr_complex(fp, *dst, r, *c64);
                }
                Ins::MakeComplex { c64, dst, re, im } => {
                    let r = if *c64 {
                        (
                            f32::from_bits(self.rd_int(fp, *re, u32k()) as u32) as f64,
                            f32::from_bits(self.rd_int(fp, *im, u32k()) as u32) as f64,
                        )
                    } else {
                        (
                            f64::from_bits(self.rd_u64(fp, *re)),
                            f64::from_bits(self.rd_u64(fp, *im)),
                        )
                    };
                    self.wr_complex(fp, *dst, r, *c64);
                }
                Ins::FloatNeg { f32, dst, a } => {
                    if *f32 {
                        let x = self.rd_int(fp, *a, u32k()) as u32;
                        self.wr_int(fp, *dst, (x ^ 0x8000_0000) as u64, 4);
                    } else {
                        let x = self.rd_u64(fp, *a);
                        self.wr_u64(fp, *dst, x ^ (1 << 63));
                    }
                }
                Ins::Not { dst, a } => {
                    let x = self.rd(fp, *a, 1)[0];
                    self.wr(fp, *dst, &[(x == 0) as u8]);
                }
                Ins::Cmp {
                    op,
                    kind,
                    dst,
                    a,
                    b,
                } => {
                    let r = self.compare(fp, *op, *kind, *a, *b)?;
                    self.wr(fp, *dst, &[r as u8]);
                }
                Ins::Convert { from, to, dst, src } => self.convert(fp, *from, *to, *dst, *src),
                Ins::Jump { to } => self.frames[depth].pc = *to,
                Ins::JumpIf { cond, to } => {
                    if self.rd(fp, *cond, 1)[0] != 0 {
                        self.frames[depth].pc = *to;
                    }
                }
                Ins::JumpIfNot { cond, to } => {
                    if self.rd(fp, *cond, 1)[0] == 0 {
                        self.frames[depth].pc = *to;
                    }
                }
                Ins::Call {
                    func,
                    args,
                    ret,
                    pos,
                } => {
                    self.call(*func, fp, *args, *ret, *pos)?;
                }
                Ins::CallValue {
                    fv, args, ret, pos, ..
                } => {
                    let p = self.rd_u64(fp, *fv);
                    if p == 0 {
                        return Err(fault(Fault::Nil, *pos));
                    }
                    let code_ptr = self.mem.read_u64(p).map_err(|f| fault(f, *pos))?;
                    let f = FuncId(((code_ptr - super::memory::TEXT_BASE) / 32) as u32);
                    self.reserve(f)?;
                    // The closure may live in the frame, which growth may have moved.
                    let fp = self.frames.last().expect("caller").fp;
                    let p = self.rd_u64(fp, *fv);
                    self.call(f, fp, *args, *ret, *pos)?;
                    if let Some(ctx) = self.code.funcs[f.0 as usize].ctx_slot {
                        let nfp = self.frames.last().expect("callee").fp;
                        self.wr_u64(nfp, ctx, p);
                    }
                }
                Ins::CallIface {
                    iface,
                    method,
                    args,
                    param_offs,
                    ret,
                    pos,
                } => self.call_iface(fp, *iface, method, *args, param_offs, *ret, *pos)?,
                Ins::RunDefers => {
                    if let Some(d) = self.frames[depth].defers.pop() {
                        self.frames[depth].pc = pc;
                        self.call_deferred(d, fp)?;
                    }
                }
                Ins::Unwind => {
                    if self.panics.last().is_some_and(|p| p.recovered) {
                        self.panics.pop();
                        let f = self.frames[depth].func;
                        self.frames[depth].pc = self.code.funcs[f.0 as usize].epilogue_pc;
                    } else {
                        self.unwind(base)?;
                    }
                }
                Ins::Defer { fv } => {
                    let v = self.rd_u64(fp, *fv);
                    self.frames[depth].defers.push(v);
                }
                Ins::Recover { dst } => {
                    let (t, d) = self.recover(depth)?;
                    self.wr_u64(fp, *dst, t);
                    self.wr_u64(fp, *dst + 8, d);
                }
                Ins::NewClosure {
                    dst, layout, stack, ..
                } => {
                    let ty = TypeId(self.code.synth_base + layout);
                    let size = self.code.synth[*layout as usize].size;
                    let addr = match stack {
                        Some(slot) => {
                            let j = self.idx(fp, ob + *slot);
                            self.sbytes()[j..j + size as usize].fill(0);
                            fp + (ob + *slot) as u64
                        }
                        None => {
                            let has_ptr =
                                !self.code.synth[*layout as usize].pointer_words.is_empty();
                            self.heap_alloc(size, ObjType { elem: ty, count: 1 }, has_ptr)?
                        }
                    };
                    self.wr_u64(fp, *dst, addr);
                }
                Ins::Return => {
                    if self.do_return(base)? {
                        return Ok(());
                    }
                }
                Ins::Panic { val, pos } => {
                    let t = self.rd_u64(fp, *val);
                    let d = self.rd_u64(fp, *val + 8);
                    if t == 0 {
                        return Err(rt("panic called with nil argument".into(), *pos));
                    }
                    return Err(Stop::PanicValue { t, d, pos: *pos });
                }
                Ins::New {
                    dst, elem, count, ..
                } => {
                    let a = self.alloc(*elem, *count)?;
                    self.wr_u64(fp, *dst, a);
                }
                Ins::NewStack { dst, slot, size } => {
                    let j = self.idx(fp, ob + *slot);
                    self.sbytes()[j..j + *size as usize].fill(0);
                    self.wr_u64(fp, *dst, fp + (ob + *slot) as u64);
                }
                Ins::MakeSlice {
                    dst,
                    elem,
                    len,
                    cap,
                    stack,
                    pos,
                } => {
                    let l = self.rd_u64(fp, *len) as i64;
                    let c = cap.map(|c| self.rd_u64(fp, c) as i64).unwrap_or(l);
                    if l < 0 {
                        return Err(rt("makeslice: len out of range".into(), *pos));
                    }
                    if c < l {
                        return Err(rt("makeslice: cap out of range".into(), *pos));
                    }
                    let esize = self.prog.types.size(*elem);
                    if (c as u64).saturating_mul(esize) > self.mem.heap.limit {
                        return Err(rt("makeslice: len out of range".into(), *pos));
                    }
                    let ptr = match stack {
                        Some((buf, n)) if c as u64 <= *n => {
                            let j = self.idx(fp, ob + *buf);
                            let bytes = (*n * esize) as usize;
                            self.sbytes()[j..j + bytes].fill(0);
                            fp + (ob + *buf) as u64
                        }
                        _ => self.alloc(*elem, c as u64)?,
                    };
                    self.wr_u64(fp, *dst, ptr);
                    self.wr_u64(fp, *dst + 8, l as u64);
                    self.wr_u64(fp, *dst + 16, c as u64);
                }
                Ins::Append {
                    dst,
                    s,
                    vals,
                    elem,
                    stack,
                    grow_in_buffer,
                    ..
                } => {
                    let stack = stack.map(|(b, n)| (ob + b, n));
                    self.append(fp, *dst, *s, *vals, *elem, stack, *grow_in_buffer)?;
                }
                Ins::SliceToArrayPtr { dst, src, n, pos } => {
                    let (p, len) = (self.rd_u64(fp, *src), self.rd_u64(fp, *src + 8));
                    if len < *n {
                        return Err(rt(
                            format!(
                                "cannot convert slice with length {len} to array or pointer to array with length {n}"
                            ),
                            *pos,
                        ));
                    }
                    self.wr_u64(fp, *dst, p);
                }
                Ins::MoveToHeap {
                    slot,
                    elem,
                    keep_cap,
                } => self.move_to_heap(fp, *slot, *elem, *keep_cap, fc.frame_size as u64)?,
                Ins::IndexAddr {
                    dst,
                    base,
                    index,
                    index_kind,
                    elem_size,
                    len,
                    string,
                    pos,
                } => {
                    let i = self.rd_int(fp, *index, *index_kind) as i64;
                    let (ptr, n) = match len {
                        Some(n) => (self.rd_u64(fp, *base), *n),
                        None => (self.rd_u64(fp, *base), self.rd_u64(fp, *base + 8)),
                    };
                    if i < 0 || (i as u64) >= n {
                        let msg = if i < 0 && index_kind.signed {
                            format!("index out of range [{i}]")
                        } else {
                            format!("index out of range [{}] with length {n}", i as u64)
                        };
                        return Err(rt(msg, *pos));
                    }
                    if ptr == 0 && !*string {
                        return Err(fault(Fault::Nil, *pos));
                    }
                    self.wr_u64(fp, *dst, ptr + i as u64 * *elem_size as u64);
                }
                Ins::SliceOp {
                    dst,
                    base,
                    low,
                    high,
                    max,
                    elem_size,
                    what,
                    pos,
                } => {
                    self.slice_op(fp, *dst, *base, *low, *high, *max, *elem_size, *what, *pos)?;
                }
                Ins::Concat {
                    dst, parts, buf, ..
                } => {
                    let mut out = Vec::new();
                    let mut nonempty = 0;
                    let mut only = (0, 0);
                    for p in parts {
                        let len = self.rd_u64(fp, *p + 8);
                        if len > 0 {
                            nonempty += 1;
                            only = (self.rd_u64(fp, *p), len);
                        }
                        out.extend(self.string_at(fp, *p)?);
                    }
                    // Go returns the single non-empty operand itself (no allocation).
                    let (a, l) = if nonempty == 1 {
                        only
                    } else {
                        let buf = buf.map(|(b, n)| (ob + b, n));
                        self.make_string_in(fp, &out, buf, out.len() as u64)?
                    };
                    self.wr_u64(fp, *dst, a);
                    self.wr_u64(fp, *dst + 8, l);
                }
                Ins::ToIface {
                    dst,
                    src,
                    ty,
                    heap,
                    stack_box,
                    ..
                } => {
                    let (t, d) = self.box_value(fp, *src, *ty, *heap, stack_box.map(|b| ob + b))?;
                    self.wr_u64(fp, *dst, t);
                    self.wr_u64(fp, *dst + 8, d);
                }
                Ins::StrConv {
                    dst,
                    src,
                    kind,
                    buf,
                    exact,
                    ..
                } => {
                    let buf = buf.map(|(b, n)| (ob + b, n));
                    self.str_conv(fp, *dst, *src, *kind, buf, *exact)?
                }
                Ins::CopySlice {
                    n,
                    dst_s,
                    src_s,
                    elem_size,
                    ..
                } => {
                    let dp = self.rd_u64(fp, *dst_s);
                    let dl = self.rd_u64(fp, *dst_s + 8);
                    let (sp, sl) = if *src_s == u32::MAX {
                        (0, dl)
                    } else {
                        (self.rd_u64(fp, *src_s), self.rd_u64(fp, *src_s + 8))
                    };
                    let count = dl.min(sl);
                    let bytes = count * *elem_size as u64;
                    if bytes > 0 {
                        if *src_s == u32::MAX {
                            self.mem
                                .write(dp, bytes)
                                .map_err(|f| fault(f, self.line))?
                                .fill(0);
                        } else {
                            self.mem
                                .copy(dp, sp, bytes)
                                .map_err(|f| fault(f, self.line))?;
                        }
                    }
                    if let Some(n) = n {
                        self.wr_u64(fp, *n, count);
                    }
                }
                Ins::TypeAssert {
                    dst,
                    src,
                    ty,
                    ok,
                    src_ty,
                    pos,
                } => {
                    self.type_assert(fp, *dst, *src, *ty, *ok, *src_ty, *pos)?;
                }
                Ins::Imported {
                    which,
                    args,
                    ret,
                    pos,
                } => self.imported(fp, *which, *args, *ret, *pos)?,
                Ins::PrintBuiltin { args, newline } => {
                    let mut s = String::new();
                    for (i, (slot, ty)) in args.iter().enumerate() {
                        if *newline && i > 0 {
                            s.push(' ');
                        }
                        let bytes = self
                            .rd(fp, *slot, self.prog.types.size(*ty) as u32)
                            .to_vec();
                        s.push_str(&gofmt::print_builtin(self.prog, &self.mem, *ty, &bytes));
                    }
                    if *newline {
                        s.push('\n');
                    }
                    self.stderr.extend_from_slice(s.as_bytes());
                }
                Ins::MinMax {
                    max,
                    kind,
                    dst,
                    args,
                } => self.min_max(fp, *max, *kind, *dst, args)?,
                Ins::DecodeRune {
                    rune,
                    width,
                    s,
                    index,
                } => {
                    let ptr = self.rd_u64(fp, *s);
                    let len = self.rd_u64(fp, *s + 8);
                    let i = self.rd_u64(fp, *index);
                    let rest = self
                        .mem
                        .read(ptr + i, (len - i).min(4))
                        .map_err(|f| fault(f, self.line))?
                        .to_vec();
                    let (r, w) = gofmt::decode_rune(&rest);
                    self.wr_int(fp, *rune, r as u64, 4);
                    self.wr_u64(fp, *width, w as u64);
                }
                Ins::Unsupported { what, pos } => {
                    return Err(Stop::Unsupported {
                        what: what.to_string(),
                        pos: *pos,
                    });
                }
                Ins::TypeMatch { dst, src, ty } => {
                    let tw = self.rd_u64(fp, *src);
                    let m = match ty {
                        None => tw == 0,
                        Some(t) if self.prog.types.is_interface(*t) => {
                            tw != 0 && self.missing_method(tw, *t).is_none()
                        }
                        Some(t) => tw == Self::type_word(*t),
                    };
                    self.wr(fp, *dst, &[m as u8]);
                }
                Ins::MakeMap {
                    dst,
                    ty,
                    hint,
                    stack,
                    pos,
                } => {
                    let h = hint.map(|h| self.rd_u64(fp, h) as i64).unwrap_or(0);
                    let stack = stack.map(|s| fp + (ob + s) as u64);
                    let m = self.make_map(*ty, h, stack, *pos)?;
                    self.wr_u64(fp, *dst, m);
                }
                Ins::MapGet {
                    m,
                    key,
                    dst,
                    ok,
                    ty,
                    pos,
                } => {
                    let mv = self.rd_u64(fp, *m);
                    let (kty, vty) = self.map_kv(*ty);
                    let kb = self.rd(fp, *key, self.prog.types.size(kty) as u32).to_vec();
                    let canon = self.canon_key(kty, &kb, *pos)?;
                    let vsize = self.prog.types.size(vty) as u32;
                    let found = self
                        .maps
                        .get(&mv)
                        .and_then(|st| st.entries.get(&canon))
                        .map(|e| e.1.clone());
                    let present = found.is_some();
                    match found {
                        Some(v) => {
                            if vsize > 0 {
                                self.wr(fp, *dst, &v);
                            }
                        }
                        None => {
                            if vsize > 0 {
                                let j = self.idx(fp, *dst);
                                self.sbytes()[j..j + vsize as usize].fill(0);
                            }
                        }
                    }
                    if let Some(ok) = ok {
                        self.wr(fp, *ok, &[present as u8]);
                    }
                }
                Ins::MapSet {
                    m,
                    key,
                    val,
                    ty,
                    pos,
                } => {
                    let mv = self.rd_u64(fp, *m);
                    if mv == 0 {
                        return Err(Stop::Panic {
                            message: "assignment to entry in nil map".to_string(),
                            pos: *pos,
                        });
                    }
                    let (kty, vty) = self.map_kv(*ty);
                    let kb = self.rd(fp, *key, self.prog.types.size(kty) as u32).to_vec();
                    let vb = self.rd(fp, *val, self.prog.types.size(vty) as u32).to_vec();
                    self.map_set(mv, *ty, kb, vb, *pos)?;
                }
                Ins::MapDelete { m, key, ty, pos } => {
                    let mv = self.rd_u64(fp, *m);
                    let (kty, _) = self.map_kv(*ty);
                    let kb = self.rd(fp, *key, self.prog.types.size(kty) as u32).to_vec();
                    let canon = self.canon_key(kty, &kb, *pos)?;
                    if let Some(st) = self.maps.get_mut(&mv)
                        && st.entries.swap_remove(&canon).is_some()
                    {
                        st.indirect.swap_remove(&canon);
                        super::maps::shrink_for_delete(&mut st.shape);
                    }
                }
                Ins::MapLen { dst, m } => {
                    let mv = self.rd_u64(fp, *m);
                    let n = self.maps.get(&mv).map(|st| st.entries.len()).unwrap_or(0);
                    self.wr_u64(fp, *dst, n as u64);
                }
                Ins::MapClear { m } => {
                    let mv = self.rd_u64(fp, *m);
                    if let Some(st) = self.maps.get_mut(&mv) {
                        st.entries.clear();
                        st.indirect.clear();
                        super::maps::clear_shape(&mut st.shape);
                    }
                }
                Ins::MapIterInit { m, iter } => {
                    let mv = self.rd_u64(fp, *m);
                    let mut keys: Vec<Vec<u8>> = self
                        .maps
                        .get(&mv)
                        .map(|st| st.entries.keys().cloned().collect())
                        .unwrap_or_default();
                    // Go starts at a random position; memsim rotates by a seeded amount.
                    if !keys.is_empty() {
                        let r = (self.next_rand() % keys.len() as u64) as usize;
                        keys.rotate_left(r);
                    }
                    let id = match self
                        .map_iters
                        .iter()
                        .position(|it| it.1.is_empty() && it.0 == u64::MAX)
                    {
                        Some(i) => {
                            self.map_iters[i] = (mv, keys.into());
                            i
                        }
                        None => {
                            self.map_iters.push((mv, keys.into()));
                            self.map_iters.len() - 1
                        }
                    };
                    self.wr_u64(fp, *iter, id as u64);
                }
                Ins::MapIterNext {
                    iter, key, val, ok, ..
                } => {
                    let id = self.rd_u64(fp, *iter) as usize;
                    let mut next = None;
                    if let Some((mv, keys)) = self.map_iters.get_mut(id) {
                        let mv = *mv;
                        while let Some(k) = keys.pop_front() {
                            // Entries deleted during the loop are not visited.
                            if let Some(e) = self.maps.get(&mv).and_then(|st| st.entries.get(&k)) {
                                next = Some(e.clone());
                                break;
                            }
                        }
                    }
                    match next {
                        Some((kb, vb)) => {
                            if let Some(k) = key
                                && !kb.is_empty()
                            {
                                self.wr(fp, *k, &kb);
                            }
                            if let Some(v) = val
                                && !vb.is_empty()
                            {
                                self.wr(fp, *v, &vb);
                            }
                            self.wr(fp, *ok, &[1]);
                        }
                        None => {
                            if let Some(it) = self.map_iters.get_mut(id) {
                                it.0 = u64::MAX;
                                it.1.clear();
                            }
                            self.wr(fp, *ok, &[0]);
                        }
                    }
                }
                Ins::MakeChan {
                    dst,
                    elem,
                    size,
                    pos,
                } => {
                    let n = size.map(|s| self.rd_u64(fp, s) as i64).unwrap_or(0);
                    let c = self.make_chan(*elem, n, *pos)?;
                    self.wr_u64(fp, *dst, c);
                }
                Ins::Send { ch, val, size, pos } => {
                    let c = self.rd_u64(fp, *ch);
                    if c == 0 {
                        return Err(self.block("chan send (nil chan)"));
                    }
                    let v = self.rd(fp, *val, *size).to_vec();
                    let w = Waiter {
                        g: self.cur,
                        select: None,
                        dst: 0,
                        ok: None,
                        value: Vec::new(),
                        chosen: None,
                    };
                    if !self.chan_send(c, v, *pos, Some(w))? {
                        return Err(self.block("chan send"));
                    }
                }
                Ins::Recv { ch, dst, ok, .. } => {
                    let c = self.rd_u64(fp, *ch);
                    if c == 0 {
                        return Err(self.block("chan receive (nil chan)"));
                    }
                    let dst = fp + *dst as u64;
                    let ok = ok.map(|o| fp + o as u64);
                    let w = Waiter {
                        g: self.cur,
                        select: None,
                        dst,
                        ok,
                        value: Vec::new(),
                        chosen: None,
                    };
                    if !self.chan_recv(c, dst, ok, Some(w))? {
                        return Err(self.block("chan receive"));
                    }
                }
                Ins::Close { ch, pos } => {
                    let c = self.rd_u64(fp, *ch);
                    self.chan_close(c, *pos)?;
                }
                Ins::ChanLenCap { dst, ch, cap } => {
                    let c = self.rd_u64(fp, *ch);
                    let v = match self.chans.get(&c) {
                        Some(chan) if *cap => chan.cap,
                        Some(chan) => chan.buf.len() as u64,
                        None => 0,
                    };
                    self.wr_u64(fp, *dst, v);
                }
                Ins::Select {
                    cases,
                    default,
                    chosen,
                    pos,
                } => {
                    if let Some(stop) = self.select(fp, cases, *default, *chosen, *pos)? {
                        return Err(stop);
                    }
                }
                Ins::Go { fv, pos } => {
                    let v = self.rd_u64(fp, *fv);
                    self.go(v, *pos)?;
                }
                Ins::Gosched => return Err(Stop::Yield),
                Ins::Line { pos } => {
                    self.line = *pos;
                    if self.trace.is_some() {
                        self.trace_step(*pos);
                    }
                    if self.gc.pending {
                        self.collect(false);
                    }
                }
                Ins::Nop { .. } => {}
            }
        }
    }

    /// `recover()` in the frame at `depth`: the current panic's value if this frame is a
    /// deferred call (or called directly by a go/defer wrapper that is one).
    fn recover(&mut self, depth: usize) -> R<(u64, u64)> {
        let direct = self.frames[depth].deferred
            || (depth > 0
                && self.frames[depth - 1].deferred
                && self
                    .prog
                    .funcs
                    .get(self.frames[depth - 1].func.0 as usize)
                    .is_some_and(|f| f.kind == crate::ir::FuncKind::GoDeferWrapper));
        let Some(p) = self.panics.last() else {
            return Ok((0, 0));
        };
        if !direct || p.recovered {
            return Ok((0, 0));
        }
        let value = if p.value == (0, 0) {
            // A runtime error: its value is an error whose text is the message (static
            // data: Go's runtime errors are values the panic already boxed).
            let text = p.text.clone().into_bytes();
            let sp = self.mem.add_static(&text, 1);
            let hdr = self.mem.add_static_zeroed(16, 8);
            self.mem
                .write_u64(hdr, sp)
                .map_err(|f| fault(f, self.line))?;
            self.mem
                .write_u64(hdr + 8, text.len() as u64)
                .map_err(|f| fault(f, self.line))?;
            let v = (gofmt::RUNTIME_ERROR_TYPE_WORD, hdr);
            if let Some(p) = self.panics.last_mut() {
                p.value = v;
            }
            v
        } else {
            p.value
        };
        if let Some(p) = self.panics.last_mut() {
            p.recovered = true;
        }
        Ok(value)
    }

    /// An interface method call: the dynamic type of the receiver picks the method.
    #[allow(clippy::too_many_arguments)]
    fn call_iface(
        &mut self,
        fp: u64,
        iface: Slot,
        method: &str,
        args: Slot,
        param_offs: &[(Slot, u32)],
        ret: Slot,
        pos: Pos,
    ) -> R<()> {
        let t = self.rd_u64(fp, iface);
        if t == 0 {
            return Err(fault(Fault::Nil, pos));
        }
        if gofmt::internal_error_name(t).is_some() {
            // (*errors.errorString).Error: the string it holds.
            let d = self.rd_u64(fp, iface + 8);
            let p = self.mem.read_u64(d).map_err(|f| fault(f, pos))?;
            let n = self.mem.read_u64(d + 8).map_err(|f| fault(f, pos))?;
            self.wr_u64(fp, ret, p);
            self.wr_u64(fp, ret + 8, n);
            return Ok(());
        }
        let Some(dynamic) = Self::type_of_word(t) else {
            return Err(fault(Fault::Nil, pos));
        };
        let types = &self.prog.types;
        let dynamic = types.canonical(dynamic);
        let name = crate::name::Name::from(method);
        // The method, and how many bytes of receiver it takes from where.
        let (func, deref, size) = if let Some(&f) = self.code.methods.get(&(dynamic, name.clone()))
        {
            (f, !types.is_direct_iface(dynamic), types.size(dynamic))
        } else if let Type::Pointer(elem) = types.get(dynamic).clone()
            && let Some(&f) = self.code.methods.get(&(types.canonical(elem), name))
        {
            // A value method called through a pointer: the pointee is the receiver.
            (f, true, types.size(elem))
        } else {
            return Err(Stop::Unsupported {
                what: format!("the call of method {method} on this dynamic type"),
                pos,
            });
        };
        // Growth moves the frame and anything the receiver points to on the stack:
        // make room first, then read.
        self.reserve(func)?;
        let fp = self.frames.last().expect("caller").fp;
        let d = self.rd_u64(fp, iface + 8);
        let recv = if !deref {
            d.to_le_bytes().to_vec()
        } else if size == 0 {
            Vec::new()
        } else {
            self.mem.read(d, size).map_err(|f| fault(f, pos))?.to_vec()
        };
        let mut params = Vec::with_capacity(param_offs.len());
        for &(off, size) in param_offs {
            params.push(self.rd(fp, args + off, size).to_vec());
        }
        let nfp = self.push_frame_at(func, fp, ret, pos)?;
        let slots = self.code.funcs[func.0 as usize].param_slots.clone();
        if let Some(&(recv_slot, _)) = slots.first()
            && !recv.is_empty()
        {
            self.wr(nfp, recv_slot, &recv);
        }
        for (i, bytes) in params.iter().enumerate() {
            if let Some(&(slot, _)) = slots.get(i + 1)
                && !bytes.is_empty()
            {
                self.wr(nfp, slot, bytes);
            }
        }
        Ok(())
    }

    /// Makes room on the stack for a frame of `func` below the current lowest frame,
    /// growing (and moving) the stack first if needed: call it before reading any value
    /// that may point into the stack, since growth moves every frame.
    fn reserve(&mut self, func: FuncId) -> R<()> {
        let size = self.code.funcs[func.0 as usize].frame_size as u64 + FRAME_LINKAGE;
        let Some(sp) = self.frames.last().map(|f| f.fp) else {
            return Ok(());
        };
        if sp.saturating_sub(size) < self.stack_lo() + STACK_RESERVE {
            self.grow(func, size)?;
        }
        Ok(())
    }

    /// `select`: runs a ready case (a pseudo-random one when several are), else the
    /// default, else blocks on every case; returns `Some(Blocked)` when it blocks.
    fn select(
        &mut self,
        fp: u64,
        cases: &[super::code::SelectArm],
        default: bool,
        chosen: Slot,
        pos: Pos,
    ) -> R<Option<Stop>> {
        let mut ready = Vec::new();
        for (i, arm) in cases.iter().enumerate() {
            let c = self.rd_u64(fp, arm.ch);
            let Some(ch) = self.chans.get(&c) else {
                continue;
            };
            let ok = if arm.send {
                ch.closed || !ch.recvq.is_empty() || (ch.buf.len() as u64) < ch.cap
            } else {
                !ch.sendq.is_empty() || !ch.buf.is_empty() || ch.closed
            };
            if ok {
                ready.push(i);
            }
        }
        if !ready.is_empty() {
            let i = ready[(self.next_rand() % ready.len() as u64) as usize];
            let arm = &cases[i];
            let c = self.rd_u64(fp, arm.ch);
            if arm.send {
                let v = self.rd(fp, arm.val, arm.size).to_vec();
                self.chan_send(c, v, pos, None)?;
            } else {
                let dst = fp + arm.val as u64;
                let ok = arm.ok.map(|o| fp + o as u64);
                self.chan_recv(c, dst, ok, None)?;
            }
            self.wr_u64(fp, chosen, i as u64);
            return Ok(None);
        }
        if default {
            self.wr_u64(fp, chosen, u64::MAX);
            return Ok(None);
        }
        if cases.is_empty() {
            return Ok(Some(self.block("select (no cases)")));
        }
        self.select_seq += 1;
        let id = self.select_seq;
        let mut waiting = false;
        for (i, arm) in cases.iter().enumerate() {
            let c = self.rd_u64(fp, arm.ch);
            if !self.chans.contains_key(&c) {
                continue;
            }
            let w = Waiter {
                g: self.cur,
                select: Some((id, i)),
                dst: fp + arm.val as u64,
                ok: arm.ok.map(|o| fp + o as u64),
                value: Vec::new(),
                chosen: Some(fp + chosen as u64),
            };
            waiting = true;
            if arm.send {
                let v = self.rd(fp, arm.val, arm.size).to_vec();
                self.chan_send(c, v, pos, Some(w))?;
            } else {
                self.chan_recv(c, w.dst, w.ok, Some(w))?;
            }
        }
        let reason = if waiting {
            "select"
        } else {
            "select (no cases)"
        };
        Ok(Some(self.block(reason)))
    }

    fn call(&mut self, func: FuncId, _fp: u64, args: Slot, ret: Slot, pos: Pos) -> R<()> {
        self.reserve(func)?;
        let fp = self.frames.last().expect("caller").fp;
        let params = self.code.funcs[func.0 as usize].params_size as usize;
        let new_fp = self.push_frame_at(func, fp, ret, pos)?;
        // `reserve` made room, so the caller's frame has not moved.
        let (from, to) = (self.idx(fp, args), self.idx(new_fp, 0));
        move_bytes(self.sbytes(), from, to, params);
        Ok(())
    }

    /// Pops the current frame, copying its results to the caller; true when the frame at
    /// depth `base` returned.
    fn do_return(&mut self, base: usize) -> R<bool> {
        if self.trace.is_some() {
            self.trace_return();
        }
        let f = self.frames.pop().expect("a frame to return from");
        let fc = &self.code.funcs[f.func.0 as usize];
        if self.frames.len() == base {
            return Ok(true);
        }
        if fc.results_size > 0 {
            let caller_fp = self.frames.last().expect("caller").fp;
            let (from, to) = (self.idx(f.fp, fc.results_off), self.idx(caller_fp, f.ret));
            move_bytes(self.sbytes(), from, to, fc.results_size as usize);
        }
        Ok(false)
    }

    fn rd_complex(&self, fp: u64, at: Slot, c64: bool) -> (f64, f64) {
        if c64 {
            (
                f32::from_bits(self.rd_int(fp, at, u32k()) as u32) as f64,
                f32::from_bits(self.rd_int(fp, at + 4, u32k()) as u32) as f64,
            )
        } else {
            (
                f64::from_bits(self.rd_u64(fp, at)),
                f64::from_bits(self.rd_u64(fp, at + 8)),
            )
        }
    }

    fn wr_complex(&mut self, fp: u64, at: Slot, v: (f64, f64), c64: bool) {
        if c64 {
            self.wr_int(fp, at, (v.0 as f32).to_bits() as u64, 4);
            self.wr_int(fp, at + 4, (v.1 as f32).to_bits() as u64, 4);
        } else {
            self.wr_u64(fp, at, v.0.to_bits());
            self.wr_u64(fp, at + 8, v.1.to_bits());
        }
    }

    fn compare(&self, fp: u64, op: BinOp, kind: Scalar, a: Slot, b: Slot) -> R<bool> {
        use std::cmp::Ordering;
        let ord: Option<Ordering> = match kind {
            Scalar::Int(k) => {
                let x = self.rd_int(fp, a, k);
                let y = self.rd_int(fp, b, k);
                Some(if k.signed {
                    (x as i64).cmp(&(y as i64))
                } else {
                    x.cmp(&y)
                })
            }
            Scalar::F32 => {
                let x = f32::from_bits(self.rd_int(fp, a, u32k()) as u32);
                let y = f32::from_bits(self.rd_int(fp, b, u32k()) as u32);
                x.partial_cmp(&y)
            }
            Scalar::F64 => {
                let x = f64::from_bits(self.rd_u64(fp, a));
                let y = f64::from_bits(self.rd_u64(fp, b));
                x.partial_cmp(&y)
            }
            Scalar::C64 | Scalar::C128 => {
                let c64 = kind == Scalar::C64;
                let eq = self.rd_complex(fp, a, c64) == self.rd_complex(fp, b, c64);
                Some(if eq { Ordering::Equal } else { Ordering::Less })
            }
            Scalar::Bool => Some(self.rd(fp, a, 1)[0].cmp(&self.rd(fp, b, 1)[0])),
            Scalar::String => Some(self.string_at(fp, a)?.cmp(&self.string_at(fp, b)?)),
            Scalar::Word => Some(self.rd_u64(fp, a).cmp(&self.rd_u64(fp, b))),
            Scalar::Iface => {
                let (ta, da) = (self.rd_u64(fp, a), self.rd_u64(fp, a + 8));
                let (tb, db) = (self.rd_u64(fp, b), self.rd_u64(fp, b + 8));
                let eq = ta == tb
                    && (ta == 0 || gofmt::iface_data_equal(self.prog, &self.mem, ta, da, db));
                Some(if eq { Ordering::Equal } else { Ordering::Less })
            }
            Scalar::Composite(ty) => {
                let size = self.prog.types.size(ty) as u32;
                let x = self.rd(fp, a, size).to_vec();
                let y = self.rd(fp, b, size).to_vec();
                let eq = gofmt::values_equal(self.prog, &self.mem, ty, &x, &y);
                Some(if eq { Ordering::Equal } else { Ordering::Less })
            }
        };
        Ok(match (op, ord) {
            (BinOp::Eql, o) => o == Some(Ordering::Equal),
            (BinOp::Neq, o) => o != Some(Ordering::Equal),
            (_, None) => false,
            (BinOp::Lss, Some(o)) => o == Ordering::Less,
            (BinOp::Leq, Some(o)) => o != Ordering::Greater,
            (BinOp::Gtr, Some(o)) => o == Ordering::Greater,
            (BinOp::Geq, Some(o)) => o != Ordering::Less,
            _ => false,
        })
    }

    fn convert(&mut self, fp: u64, from: Scalar, to: Scalar, dst: Slot, src: Slot) {
        enum N {
            I(i64),
            U(u64),
            F(f64),
        }
        let v = match from {
            Scalar::Int(k) => {
                let x = self.rd_int(fp, src, k);
                if k.signed { N::I(x as i64) } else { N::U(x) }
            }
            Scalar::F32 => N::F(f32::from_bits(self.rd_int(fp, src, u32k()) as u32) as f64),
            _ => N::F(f64::from_bits(self.rd_u64(fp, src))),
        };
        match to {
            Scalar::Int(k) => {
                let bits = match v {
                    N::I(i) => i as u64,
                    N::U(u) => u,
                    N::F(f) => {
                        if k.signed || f < 0.0 {
                            f as i64 as u64
                        } else {
                            f as u64
                        }
                    }
                };
                self.wr_int(fp, dst, bits, k.size);
            }
            Scalar::F32 => {
                let f = match v {
                    N::I(i) => i as f32,
                    N::U(u) => u as f32,
                    N::F(f) => f as f32,
                };
                self.wr_int(fp, dst, f.to_bits() as u64, 4);
            }
            _ => {
                let f = match v {
                    N::I(i) => i as f64,
                    N::U(u) => u as f64,
                    N::F(f) => f,
                };
                self.wr_u64(fp, dst, f.to_bits());
            }
        }
    }

    /// Go's `growslice` capacity rule for appending to a slice of `old_cap` up to
    /// `new_len` elements of `esize` bytes, with the size-class rounding.
    /// Go's `move2heap`: the slice variable at `slot` leaves the frame's buffer for the
    /// heap (`moveSlice` keeps the capacity, `moveSliceNoCap` rounds the length up to its
    /// size class); a slice already elsewhere is left alone.
    fn move_to_heap(
        &mut self,
        fp: u64,
        slot: Slot,
        elem: TypeId,
        keep_cap: bool,
        frame_size: u64,
    ) -> R<()> {
        let (ptr, len, cap) = (
            self.rd_u64(fp, slot),
            self.rd_u64(fp, slot + 8),
            self.rd_u64(fp, slot + 16),
        );
        if !(fp..fp + frame_size).contains(&ptr) {
            return Ok(());
        }
        let esize = self.prog.types.size(elem);
        let has_ptr = self.prog.types.has_pointers(elem);
        let (n, new_cap) = if keep_cap {
            (cap, cap)
        } else {
            (
                len,
                super::sizeclass::rounded_bytes(len * esize, has_ptr) / esize.max(1),
            )
        };
        let new_ptr = if n == 0 {
            ZEROBASE
        } else {
            let p = self.alloc(elem, new_cap)?;
            self.mem
                .copy(p, ptr, n * esize)
                .map_err(|f| fault(f, self.line))?;
            p
        };
        self.wr_u64(fp, slot, new_ptr);
        self.wr_u64(fp, slot + 16, if n == 0 { 0 } else { new_cap });
        Ok(())
    }

    fn grown_cap(&self, old_cap: u64, new_len: u64, esize: u64, has_ptr: bool) -> u64 {
        let mut newcap = new_len;
        let doublecap = old_cap + old_cap;
        if new_len <= doublecap {
            const THRESHOLD: u64 = 256;
            if old_cap < THRESHOLD {
                newcap = doublecap;
            } else {
                newcap = old_cap;
                while newcap < new_len {
                    newcap += (newcap + 3 * THRESHOLD) >> 2;
                }
            }
        }
        if esize == 0 {
            return newcap;
        }
        let bytes = super::sizeclass::rounded_bytes(newcap * esize, has_ptr);
        bytes / esize
    }

    #[allow(clippy::too_many_arguments)]
    fn append(
        &mut self,
        fp: u64,
        dst: Slot,
        s: Slot,
        vals: Slot,
        elem: TypeId,
        stack: Option<(Slot, u64)>,
        grow_in_buffer: bool,
    ) -> R<()> {
        let (ptr, len, cap) = (
            self.rd_u64(fp, s),
            self.rd_u64(fp, s + 8),
            self.rd_u64(fp, s + 16),
        );
        let (vp, vn) = (self.rd_u64(fp, vals), self.rd_u64(fp, vals + 8));
        let esize = self.prog.types.size(elem);
        let new_len = len + vn;
        let (mut p, mut c) = (ptr, cap);
        if new_len > cap {
            let has_ptr = self.prog.types.has_pointers(elem);
            // Go 1.26: a non-escaping append starts in a 32-byte stack buffer.
            // The backing store's `used` flag is the byte after its 32 bytes.
            let use_stack = match stack {
                Some((buf, n)) if len == 0 && new_len <= n && self.rd(fp, buf + 32, 1)[0] == 0 => {
                    Some((buf, n))
                }
                _ => None,
            };
            if let Some((buf, n)) = stack.filter(|&(_, n)| grow_in_buffer && new_len <= n) {
                // growsliceBuf: move what there is to the buffer's start, take the next
                // size class's worth of elements, zero past the new length.
                let _ = n;
                p = fp + buf as u64;
                if ptr != p && len > 0 {
                    self.mem
                        .copy(p, ptr, len * esize)
                        .map_err(|f| fault(f, self.line))?;
                }
                c = super::sizeclass::rounded_bytes(new_len * esize, has_ptr) / esize;
                let j = self.idx(fp, buf);
                let (from, to) = ((new_len * esize) as usize, (c * esize) as usize);
                self.sbytes()[j + from..j + to].fill(0);
            } else if let Some((buf, n)) = use_stack {
                p = fp + buf as u64;
                c = n;
                let j = self.idx(fp, buf);
                self.sbytes()[j..j + 32].fill(0);
                self.wr(fp, buf + 32, &[1]);
            } else {
                c = self.grown_cap(cap, new_len, esize, has_ptr);
                p = self.alloc(elem, c)?;
                if len > 0 && esize > 0 {
                    self.mem
                        .copy(p, ptr, len * esize)
                        .map_err(|f| fault(f, self.line))?;
                }
            }
        }
        if vn > 0 && esize > 0 {
            self.mem
                .copy(p + len * esize, vp, vn * esize)
                .map_err(|f| fault(f, self.line))?;
        }
        self.wr_u64(fp, dst, p);
        self.wr_u64(fp, dst + 8, new_len);
        self.wr_u64(fp, dst + 16, c);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn slice_op(
        &mut self,
        fp: u64,
        dst: Slot,
        base: Slot,
        low: Option<(Slot, IntKind)>,
        high: Option<(Slot, IntKind)>,
        max: Option<(Slot, IntKind)>,
        esize: u32,
        what: SliceWhat,
        pos: Pos,
    ) -> R<()> {
        let (ptr, len, cap) = match what {
            SliceWhat::Slice => (
                self.rd_u64(fp, base),
                self.rd_u64(fp, base + 8),
                self.rd_u64(fp, base + 16),
            ),
            SliceWhat::String => {
                let l = self.rd_u64(fp, base + 8);
                (self.rd_u64(fp, base), l, l)
            }
            SliceWhat::ArrayPtr { len } => {
                let p = self.rd_u64(fp, base);
                if p == 0 {
                    return Err(fault(Fault::Nil, pos));
                }
                (p, len, len)
            }
        };
        let get =
            |this: &Self, b: Option<(Slot, IntKind)>| b.map(|(s, k)| this.rd_int(fp, s, k) as i64);
        let l = get(self, low).unwrap_or(0);
        let h = get(self, high);
        let m = get(self, max);
        let bound = if what == SliceWhat::String { len } else { cap };
        let word = if matches!(what, SliceWhat::Slice) {
            "capacity"
        } else {
            "length"
        };
        if let Some(m) = m {
            if m < 0 || m as u64 > cap {
                return Err(rt(
                    format!("slice bounds out of range [::{m}] with capacity {cap}"),
                    pos,
                ));
            }
            let hh = h.unwrap_or(len as i64);
            if hh < 0 || hh > m {
                return Err(rt(format!("slice bounds out of range [:{hh}:{m}]"), pos));
            }
            if l < 0 || l > hh {
                return Err(rt(format!("slice bounds out of range [{l}:{hh}:]"), pos));
            }
        }
        let hv = h.unwrap_or(len as i64);
        if let Some(h) = h
            && (h < 0 || h as u64 > bound)
        {
            return Err(rt(
                format!("slice bounds out of range [:{h}] with {word} {bound}"),
                pos,
            ));
        }
        if l < 0 || l > hv {
            return Err(rt(format!("slice bounds out of range [{l}:{hv}]"), pos));
        }
        let newcap = m.map(|m| m as u64).unwrap_or(cap) - l as u64;
        let newlen = (hv - l) as u64;
        let newptr = if newcap == 0 && what != SliceWhat::String {
            ptr
        } else {
            ptr + l as u64 * esize as u64
        };
        let newptr = if what == SliceWhat::String && newlen == 0 {
            0
        } else {
            newptr
        };
        self.wr_u64(fp, dst, newptr);
        self.wr_u64(fp, dst + 8, newlen);
        if what != SliceWhat::String {
            self.wr_u64(fp, dst + 16, newcap);
        }
        Ok(())
    }

    /// Go's `convT*`: the interface words for a value of `ty` at `src`.
    fn box_value(
        &mut self,
        fp: u64,
        src: Slot,
        ty: TypeId,
        heap: bool,
        stack_box: Option<Slot>,
    ) -> R<(u64, u64)> {
        let t = &self.prog.types;
        let tw = Self::type_word(ty);
        if t.is_direct_iface(ty) {
            return Ok((tw, self.rd_u64(fp, src)));
        }
        let l = t.layout(ty);
        if l.size == 0 {
            return Ok((tw, ZEROBASE));
        }
        let bytes = self.rd(fp, src, l.size as u32).to_vec();
        if !heap {
            let b = stack_box.expect("a non-escaping box has a frame slot");
            self.wr(fp, b, &bytes);
            return Ok((tw, fp + b as u64));
        }
        // Small values and zero values are not allocated (staticuint64s, zeroVal).
        let small = match (l.size, l.align) {
            (1, _) => Some(bytes[0] as u64),
            (2, 2) => Some(u16::from_le_bytes([bytes[0], bytes[1]]) as u64),
            (4, 4) => Some(u32::from_le_bytes(bytes[..4].try_into().expect("4")) as u64),
            (8, 8) if l.ptr_data == 0 => {
                Some(u64::from_le_bytes(bytes[..8].try_into().expect("8")))
            }
            _ => None,
        };
        if let Some(v) = small
            && v < 256
        {
            // Little-endian: the value's bytes are at the start of its 8-byte entry.
            return Ok((tw, STATIC_UINT64S + v * 8));
        }
        let is_string = t.is_string(ty);
        let is_slice = t.is_slice(ty);
        if (is_string || is_slice) && bytes.iter().all(|&b| b == 0) {
            return Ok((tw, ZEROBASE));
        }
        let a = self.alloc(ty, 1)?;
        self.mem
            .write(a, l.size)
            .map_err(|f| fault(f, self.line))?
            .copy_from_slice(&bytes);
        Ok((tw, a))
    }

    fn str_conv(
        &mut self,
        fp: u64,
        dst: Slot,
        src: Slot,
        kind: StrConvKind,
        buf: Option<(Slot, u32)>,
        exact: bool,
    ) -> R<()> {
        match kind {
            StrConvKind::BytesToString => {
                let p = self.rd_u64(fp, src);
                let n = self.rd_u64(fp, src + 8);
                let bytes = if n == 0 {
                    Vec::new()
                } else {
                    self.mem
                        .read(p, n)
                        .map_err(|f| fault(f, self.line))?
                        .to_vec()
                };
                // One byte: a string pointing into staticuint64s (no allocation).
                let (a, l) = if n == 1 {
                    (STATIC_UINT64S + bytes[0] as u64 * 8, 1)
                } else {
                    self.make_string_in(fp, &bytes, buf, n)?
                };
                self.wr_u64(fp, dst, a);
                self.wr_u64(fp, dst + 8, l);
            }
            StrConvKind::StringToBytes => {
                let bytes = self.string_at(fp, src)?;
                let n = bytes.len() as u64;
                let (p, c) = match buf {
                    Some((slot, size)) if n <= size as u64 => {
                        let j = self.idx(fp, slot);
                        self.sbytes()[j..j + size as usize].fill(0);
                        (fp + slot as u64, if exact { n } else { size as u64 })
                    }
                    _ if n == 0 => (ZEROBASE, 0),
                    _ => {
                        let c = super::sizeclass::rounded_bytes(n, false);
                        self.alloc_label = Some("string bytes");
                        (self.alloc_bytes(c)?, c)
                    }
                };
                if n > 0 {
                    self.mem
                        .write(p, n)
                        .map_err(|f| fault(f, self.line))?
                        .copy_from_slice(&bytes);
                }
                self.wr_u64(fp, dst, p);
                self.wr_u64(fp, dst + 8, n);
                self.wr_u64(fp, dst + 16, c);
            }
            StrConvKind::RuneToString => {
                let r = self.rd_u64(fp, src) as i64;
                let c = u32::try_from(r)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                let mut tmp = [0u8; 4];
                let s = c.encode_utf8(&mut tmp).as_bytes().to_vec();
                // Go's intstring takes 4 bytes (a rune's maximum) when it allocates.
                let (a, l) = self.make_string_in(fp, &s, buf, 4)?;
                self.wr_u64(fp, dst, a);
                self.wr_u64(fp, dst + 8, l);
            }
            StrConvKind::StringToRunes => {
                let bytes = self.string_at(fp, src)?;
                let mut runes = Vec::new();
                let mut i = 0;
                while i < bytes.len() {
                    let (r, w) = gofmt::decode_rune(&bytes[i..]);
                    runes.push(r);
                    i += w.max(1);
                }
                let n = runes.len() as u64;
                let (p, c) = match buf {
                    Some((slot, size)) if n * 4 <= size as u64 => {
                        let j = self.idx(fp, slot);
                        self.sbytes()[j..j + size as usize].fill(0);
                        (fp + slot as u64, size as u64 / 4)
                    }
                    _ if n == 0 => (ZEROBASE, 0),
                    _ => {
                        let c = super::sizeclass::rounded_bytes(n * 4, false) / 4;
                        (self.alloc(crate::types::predeclared::INT32, c)?, c)
                    }
                };
                let raw: Vec<u8> = runes.iter().flat_map(|r| r.to_le_bytes()).collect();
                if n > 0 {
                    self.mem
                        .write(p, n * 4)
                        .map_err(|f| fault(f, self.line))?
                        .copy_from_slice(&raw);
                }
                self.wr_u64(fp, dst, p);
                self.wr_u64(fp, dst + 8, n);
                self.wr_u64(fp, dst + 16, c);
            }
            StrConvKind::RunesToString => {
                let p = self.rd_u64(fp, src);
                let n = self.rd_u64(fp, src + 8);
                let raw = if n == 0 {
                    Vec::new()
                } else {
                    self.mem
                        .read(p, n * 4)
                        .map_err(|f| fault(f, self.line))?
                        .to_vec()
                };
                let mut out = String::new();
                for ch in raw.chunks(4) {
                    let r = u32::from_le_bytes(ch.try_into().expect("4 bytes"));
                    out.push(char::from_u32(r).unwrap_or('\u{FFFD}'));
                }
                let bytes = out.into_bytes();
                // Go's slicerunetostring asks rawstring for 3 bytes more than it needs.
                let len = bytes.len() as u64 + 3;
                let (a, l) = self.make_string_in(fp, &bytes, buf, len)?;
                self.wr_u64(fp, dst, a);
                self.wr_u64(fp, dst + 8, l);
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn type_assert(
        &mut self,
        fp: u64,
        dst: Slot,
        src: Slot,
        ty: TypeId,
        ok: Option<Slot>,
        src_ty: TypeId,
        pos: Pos,
    ) -> R<()> {
        let tw = self.rd_u64(fp, src);
        let dw = self.rd_u64(fp, src + 8);
        let size = self.prog.types.size(ty) as u32;
        if self.prog.types.is_interface(ty) {
            let missing = if tw == 0 {
                None
            } else {
                self.missing_method(tw, ty)
            };
            let matches = tw != 0 && missing.is_none();
            if matches {
                self.wr_u64(fp, dst, tw);
                self.wr_u64(fp, dst + 8, dw);
            } else {
                let j = self.idx(fp, dst);
                self.sbytes()[j..j + 16].fill(0);
            }
            match ok {
                Some(ok) => self.wr(fp, ok, &[matches as u8]),
                None if !matches => {
                    let want = gofmt::runtime_type_string(self.prog, ty);
                    let message = match missing {
                        None => format!("interface conversion: interface is nil, not {want}"),
                        Some(m) => format!(
                            "interface conversion: {} is not {want}: missing method {m}",
                            self.word_type_name(tw)
                        ),
                    };
                    return Err(Stop::Panic { message, pos });
                }
                None => {}
            }
            return Ok(());
        }
        let matches = tw == Self::type_word(ty);
        if matches {
            if self.prog.types.is_direct_iface(ty) {
                self.wr_u64(fp, dst, dw);
            } else if size > 0 {
                let b = self
                    .mem
                    .read(dw, size as u64)
                    .map_err(|f| fault(f, pos))?
                    .to_vec();
                self.wr(fp, dst, &b);
            }
        } else if size > 0 {
            let j = self.idx(fp, dst);
            self.sbytes()[j..j + size as usize].fill(0);
        }
        match ok {
            Some(ok) => self.wr(fp, ok, &[matches as u8]),
            None if !matches => {
                let name = |t: TypeId| gofmt::runtime_type_string(self.prog, t);
                let have = match Self::type_of_word(tw) {
                    Some(t) => name(t),
                    None if gofmt::internal_error_name(tw).is_some() => {
                        gofmt::internal_error_name(tw).unwrap_or("?").to_string()
                    }
                    None => "nil".to_string(),
                };
                let message = format!(
                    "interface conversion: {} is {have}, not {}",
                    name(src_ty),
                    name(ty)
                );
                return Err(Stop::Panic { message, pos });
            }
            None => {}
        }
        Ok(())
    }

    fn imported(&mut self, fp: u64, which: ImportedFunc, args: Slot, ret: Slot, pos: Pos) -> R<()> {
        // Variadic `...any` arguments arrive as one slice header.
        let slice_items = |this: &Self, at: Slot| -> R<Vec<(u64, u64)>> {
            let p = this.rd_u64(fp, at);
            let n = this.rd_u64(fp, at + 8);
            let mut out = Vec::with_capacity(n as usize);
            for i in 0..n {
                let t = this.mem.read_u64(p + i * 16).map_err(|f| fault(f, pos))?;
                let d = this
                    .mem
                    .read_u64(p + i * 16 + 8)
                    .map_err(|f| fault(f, pos))?;
                out.push((t, d));
            }
            Ok(out)
        };
        match which {
            ImportedFunc::FmtPrintln
            | ImportedFunc::FmtPrint
            | ImportedFunc::FmtSprint
            | ImportedFunc::FmtSprintln => {
                let items = slice_items(self, args)?;
                let ln = matches!(which, ImportedFunc::FmtPrintln | ImportedFunc::FmtSprintln);
                let s = gofmt::sprint(self, &items, ln);
                if matches!(which, ImportedFunc::FmtPrintln | ImportedFunc::FmtPrint) {
                    self.stdout.extend_from_slice(&s);
                    self.wr_u64(fp, ret, s.len() as u64);
                    self.wr_u64(fp, ret + 8, 0);
                    self.wr_u64(fp, ret + 16, 0);
                } else {
                    let (a, l) = self.make_string(&s, true)?;
                    self.wr_u64(fp, ret, a);
                    self.wr_u64(fp, ret + 8, l);
                }
            }
            ImportedFunc::FmtPrintf | ImportedFunc::FmtSprintf | ImportedFunc::FmtErrorf => {
                let format = self.string_at(fp, args)?;
                let items = slice_items(self, args + 16)?;
                let s = gofmt::sprintf(self, &format, &items);
                match which {
                    ImportedFunc::FmtPrintf => {
                        self.stdout.extend_from_slice(&s);
                        self.wr_u64(fp, ret, s.len() as u64);
                        self.wr_u64(fp, ret + 8, 0);
                        self.wr_u64(fp, ret + 16, 0);
                    }
                    ImportedFunc::FmtSprintf => {
                        let (a, l) = self.make_string(&s, true)?;
                        self.wr_u64(fp, ret, a);
                        self.wr_u64(fp, ret + 8, l);
                    }
                    _ => {
                        let wraps = count_wrap_verbs(&format);
                        let (t, d) = match wraps {
                            0 => self.new_error_string(&s)?,
                            _ => {
                                // *fmt.wrapError{msg, err} (32 B), or *fmt.wrapErrors{msg,
                                // errs} (40 B) with its []error.
                                let (a, l) = self.make_string(&s, true)?;
                                let size = if wraps == 1 { 32 } else { 40 };
                                let obj = self.alloc_bytes_ptr(size, true)?;
                                if wraps > 1 {
                                    self.alloc_bytes_ptr(wraps * 16, true)?;
                                }
                                self.mem.write_u64(obj, a).map_err(|f| fault(f, pos))?;
                                self.mem.write_u64(obj + 8, l).map_err(|f| fault(f, pos))?;
                                let tw = if wraps == 1 {
                                    gofmt::WRAP_ERROR_TYPE_WORD
                                } else {
                                    gofmt::WRAP_ERRORS_TYPE_WORD
                                };
                                (tw, obj)
                            }
                        };
                        self.wr_u64(fp, ret, t);
                        self.wr_u64(fp, ret + 8, d);
                    }
                }
            }
            ImportedFunc::ErrorsNew => {
                let text = self.string_at(fp, args)?;
                let sp = self.rd_u64(fp, args);
                let (t, d) = self.new_error_string_at(sp, text.len() as u64)?;
                self.wr_u64(fp, ret, t);
                self.wr_u64(fp, ret + 8, d);
            }
            ImportedFunc::RuntimeGC => self.collect(true),
            ImportedFunc::RuntimeGosched => return Err(Stop::Yield),
            ImportedFunc::RuntimeNumGoroutine => {
                let n = self.num_goroutine();
                self.wr_u64(fp, ret, n);
            }
            ImportedFunc::DebugSetMaxStack => {
                // Go stores the int as a uintptr and returns the old one as an int.
                let old = self.max_stack;
                self.max_stack = self.rd_u64(fp, args);
                self.wr_u64(fp, ret, old);
            }
            ImportedFunc::RuntimeReadMemStats => {
                let p = self.rd_u64(fp, args);
                if p == 0 {
                    return Err(fault(Fault::Nil, pos));
                }
                self.read_mem_stats(p, pos)?;
            }
            _ => {
                return Err(Stop::Unsupported {
                    what: which.qualified_name().to_string(),
                    pos,
                });
            }
        }
        Ok(())
    }

    /// `runtime.ReadMemStats`: the counters, written into the `MemStats` at `p`.
    fn read_mem_stats(&mut self, p: u64, pos: Pos) -> R<()> {
        let Some(ms) = self.memstats_type() else {
            return Ok(());
        };
        let h = self.mem.heap.stats;
        let stack_inuse: u64 = self
            .mem
            .stacks
            .iter()
            .flatten()
            .map(|s| s.bytes.len() as u64)
            .sum();
        let heap_sys = h.heap_sys.max(h.heap_inuse);
        let values: [(&str, u64); 20] = [
            ("Alloc", h.heap_alloc),
            ("TotalAlloc", h.total_alloc),
            ("Sys", heap_sys + stack_inuse),
            ("Mallocs", h.mallocs),
            ("Frees", h.frees),
            ("HeapAlloc", h.heap_alloc),
            ("HeapSys", heap_sys),
            ("HeapIdle", heap_sys - h.heap_inuse),
            ("HeapInuse", h.heap_inuse),
            ("HeapReleased", 0),
            ("HeapObjects", h.heap_objects()),
            ("StackInuse", stack_inuse),
            ("StackSys", stack_inuse),
            (
                "NextGC",
                if self.gc.next_gc == u64::MAX {
                    0
                } else {
                    self.gc.next_gc
                },
            ),
            ("LastGC", 0),
            (
                "PauseTotalNs",
                self.gc.num_gc as u64 * super::gc::PAUSE_NS_PER_CYCLE,
            ),
            ("Lookups", 0),
            ("GCSys", 0),
            ("OtherSys", 0),
            ("MSpanInuse", 0),
        ];
        let fields = self.prog.types.struct_fields(ms).to_vec();
        for (i, f) in fields.iter().enumerate() {
            let off = self.prog.types.field_offset(ms, i);
            let name = f.name.as_str();
            if let Some((_, v)) = values.iter().find(|(n, _)| *n == name) {
                self.mem.write_u64(p + off, *v).map_err(|e| fault(e, pos))?;
            } else if name == "NumGC" {
                self.mem
                    .write(p + off, 4)
                    .map_err(|e| fault(e, pos))?
                    .copy_from_slice(&self.gc.num_gc.to_le_bytes());
            } else if name == "NumForcedGC" {
                self.mem
                    .write(p + off, 4)
                    .map_err(|e| fault(e, pos))?
                    .copy_from_slice(&self.gc.num_forced.to_le_bytes());
            } else if name == "EnableGC" {
                self.mem.write(p + off, 1).map_err(|e| fault(e, pos))?[0] = 1;
            }
        }
        Ok(())
    }

    /// The program's `runtime.MemStats` type, if it uses one.
    fn memstats_type(&self) -> Option<TypeId> {
        let t = &self.prog.types;
        (0..t.len() as u32).map(TypeId).find(|&id| {
            t.named_info(id)
                .is_some_and(|n| n.name == "runtime.MemStats")
        })
    }

    /// `&errorString{s}` for a new string `s` (the message of `fmt.Errorf`).
    fn new_error_string(&mut self, s: &[u8]) -> R<(u64, u64)> {
        let (a, l) = self.make_string(s, true)?;
        self.new_error_string_at(a, l)
    }

    /// `errors.New`: one 16-byte object holding the string header.
    fn new_error_string_at(&mut self, ptr: u64, len: u64) -> R<(u64, u64)> {
        let obj = self.alloc(crate::types::predeclared::STRING, 1)?;
        self.mem
            .write_u64(obj, ptr)
            .map_err(|f| fault(f, self.line))?;
        self.mem
            .write_u64(obj + 8, len)
            .map_err(|f| fault(f, self.line))?;
        Ok((gofmt::ERROR_STRING_TYPE_WORD, obj))
    }

    fn min_max(&mut self, fp: u64, max: bool, kind: Scalar, dst: Slot, args: &[Slot]) -> R<()> {
        let mut best = args[0];
        for &a in &args[1..] {
            let better = match kind {
                Scalar::F32 | Scalar::F64 => {
                    let (x, y) = if kind == Scalar::F32 {
                        (
                            f32::from_bits(self.rd_int(fp, a, u32k()) as u32) as f64,
                            f32::from_bits(self.rd_int(fp, best, u32k()) as u32) as f64,
                        )
                    } else {
                        (
                            f64::from_bits(self.rd_u64(fp, a)),
                            f64::from_bits(self.rd_u64(fp, best)),
                        )
                    };
                    if x.is_nan() {
                        true
                    } else if y.is_nan() {
                        false
                    } else if max {
                        x > y || (x == 0.0 && y == 0.0 && x.is_sign_positive())
                    } else {
                        x < y || (x == 0.0 && y == 0.0 && x.is_sign_negative())
                    }
                }
                _ => self.compare(fp, if max { BinOp::Gtr } else { BinOp::Lss }, kind, a, best)?,
            };
            if better {
                best = a;
            }
        }
        let size = match kind {
            Scalar::Int(k) => k.size as u32,
            Scalar::F32 => 4,
            Scalar::String => 16,
            _ => 8,
        };
        let b = self.rd(fp, best, size).to_vec();
        self.wr(fp, dst, &b);
        Ok(())
    }

    /// The number of the running goroutine (Go's goid).
    /// Bytes of every live goroutine stack (`StackInuse`).
    pub fn stack_inuse(&self) -> u64 {
        self.mem
            .stacks
            .iter()
            .flatten()
            .map(|s| s.bytes.len() as u64)
            .sum()
    }

    /// Seeds the pseudo-random choices (map iteration order, ready `select` cases).
    pub fn set_seed(&mut self, seed: u64) {
        self.rng ^= seed.wrapping_mul(0xBF58_476D_1CE4_E5B9);
        if self.rng == 0 {
            self.rng = 0x9E37_79B9_7F4A_7C15;
        }
    }

    pub fn goroutine_id(&self) -> u64 {
        self.gs[self.cur].id
    }

    /// Goroutines that exist (`runtime.NumGoroutine`).
    pub fn num_goroutine(&self) -> u64 {
        self.gs.iter().filter(|g| g.status != GStatus::Dead).count() as u64
    }

    /// The wait reason of the main goroutine when it is blocked.
    pub fn main_wait_reason(&self) -> Option<&'static str> {
        match self.gs[0].status {
            GStatus::Waiting(r) => Some(r),
            _ => None,
        }
    }

    /// The call stack as Go prints it in a traceback: (function name, position).
    pub fn traceback(&self, pos: Pos) -> Vec<(String, Pos)> {
        let mut out = Vec::new();
        let mut at = pos;
        for f in self.frames.iter().rev() {
            let name = match self.prog.funcs.get(f.func.0 as usize) {
                Some(func) => func.name.to_string(),
                None => "init".to_string(),
            };
            out.push((name, at));
            at = f.call_pos;
        }
        out
    }
}

impl gofmt::Host for Vm<'_> {
    fn reflect_copy(&mut self, ty: TypeId) {
        // An allocation failure surfaces at the program's next allocation.
        let _ = self.alloc(ty, 1);
    }
    fn reflect_sorted_map(&mut self, size: u64) {
        let _ = self.alloc_bytes_ptr(size, true);
    }
    fn prog(&self) -> &Program {
        self.prog
    }
    fn mem(&self) -> &Memory {
        &self.mem
    }
    fn call_string_method(
        &mut self,
        type_word: u64,
        data_word: u64,
        name: &str,
    ) -> Option<Vec<u8>> {
        let ty = Self::type_of_word(type_word)?;
        let types = &self.prog.types;
        let bytes = if types.is_direct_iface(ty) {
            data_word.to_le_bytes().to_vec()
        } else {
            let size = types.size(ty);
            if size == 0 {
                Vec::new()
            } else {
                self.mem.read(data_word, size).ok()?.to_vec()
            }
        };
        self.call_string_method_value(ty, &bytes, name)
    }

    fn map_entries(&self, m: u64) -> Option<Vec<(Vec<u8>, Vec<u8>)>> {
        self.maps
            .get(&m)
            .map(|st| st.entries.values().cloned().collect())
    }

    fn call_string_method_value(&mut self, ty: TypeId, recv: &[u8], name: &str) -> Option<Vec<u8>> {
        let types = &self.prog.types;
        let key = (types.canonical(ty), crate::name::Name::from(name));
        let (func, recv): (FuncId, Vec<u8>) = if let Some(&f) = self.code.methods.get(&key) {
            (f, recv.to_vec())
        } else if let Type::Pointer(elem) = types.get(ty).clone()
            && let Some(&f) = self
                .code
                .methods
                .get(&(types.canonical(elem), crate::name::Name::from(name)))
        {
            // A value method of T through a *T: the pointee is the receiver.
            let p = u64::from_le_bytes(recv.get(..8)?.try_into().ok()?);
            let size = types.size(elem);
            let bytes = if size == 0 {
                Vec::new()
            } else {
                self.mem.read(p, size).ok()?.to_vec()
            };
            (f, bytes)
        } else {
            return None;
        };
        let sig = types.signature(self.prog.func(func).sig)?;
        if !sig.params.is_empty() || sig.results.len() != 1 || !types.is_string(sig.results[0]) {
            return None;
        }
        let sp = self.frames.last().map(|f| f.fp)?;
        let hi_before = self.mem.stacks[self.stack].as_ref()?.hi();
        let fp = self.push_frame_at(func, sp, 0, self.line).ok()?;
        let recv_slot = self.code.funcs[func.0 as usize].param_slots.first()?.0;
        if !recv.is_empty() {
            self.wr(fp, recv_slot, &recv);
        }
        let base = self.frames.len() - 1;
        if self.run(base).is_err() {
            self.frames.truncate(base);
            return None;
        }
        let hi_after = self.mem.stacks[self.stack].as_ref()?.hi();
        let fp = fp.wrapping_add(hi_after.wrapping_sub(hi_before));
        let fc = &self.code.funcs[func.0 as usize];
        let ptr = self.rd_u64(fp, fc.results_off);
        let len = self.rd_u64(fp, fc.results_off + 8);
        Some(read_bytes(&self.mem, ptr, len))
    }
}

/// Whether frame word `w` (an object-area pointer word) lies in the same stack object
/// as frame offset `off`.
fn object_contains(fc: &super::code::FuncCode, w: Slot, off: u64) -> bool {
    fc.slots.iter().any(|&(at, _, _)| {
        let end = object_end(fc, at);
        at >= fc.objects_base && (at as u64..end).contains(&off) && (at..end as u32).contains(&w)
    })
}

/// End offset of the frame slot starting at `at` (the next slot's start or the frame end).
fn object_end(fc: &super::code::FuncCode, at: Slot) -> u64 {
    fc.slots
        .iter()
        .map(|&(s, _, _)| s)
        .filter(|&s| s > at)
        .min()
        .unwrap_or(fc.frame_size) as u64
}

/// How many `%w` verbs a format has.
fn count_wrap_verbs(format: &[u8]) -> u64 {
    let mut n = 0;
    let mut i = 0;
    while i + 1 < format.len() {
        if format[i] == b'%' {
            let mut j = i + 1;
            while j < format.len() && b"+-# 0123456789.*".contains(&format[j]) {
                j += 1;
            }
            if j < format.len() && format[j] == b'w' {
                n += 1;
            }
            i = j + 1;
        } else {
            i += 1;
        }
    }
    n
}

fn read_bytes(mem: &Memory, ptr: u64, len: u64) -> Vec<u8> {
    if len == 0 {
        return Vec::new();
    }
    mem.read(ptr, len).map(|b| b.to_vec()).unwrap_or_default()
}

/// `b.copy_within(from..from + n, to)`, with the common word-sized cases inline (a call's
/// parameters, a return's results).
#[inline]
fn move_bytes(b: &mut [u8], from: usize, to: usize, n: usize) {
    let word = |b: &[u8], at: usize| u64::from_le_bytes(b[at..at + 8].try_into().expect("8"));
    match n {
        8 => {
            let v = word(b, from);
            b[to..to + 8].copy_from_slice(&v.to_le_bytes());
        }
        16 => {
            let (v, w) = (word(b, from), word(b, from + 8));
            b[to..to + 8].copy_from_slice(&v.to_le_bytes());
            b[to + 8..to + 16].copy_from_slice(&w.to_le_bytes());
        }
        _ => b.copy_within(from..from + n, to),
    }
}

fn u32k() -> IntKind {
    IntKind {
        size: 4,
        signed: false,
    }
}

fn int_bin(op: BinOp, k: IntKind, x: u64, y: u64) -> Option<u64> {
    use crate::syntax::ast::Operator::*;
    Some(match op {
        Add => x.wrapping_add(y),
        Sub => x.wrapping_sub(y),
        Mul => x.wrapping_mul(y),
        Div | Rem => {
            if extend(y, k) == 0 {
                return None;
            }
            if k.signed {
                let (a, b) = (x as i64, y as i64);
                if op == Div {
                    a.wrapping_div(b) as u64
                } else {
                    a.wrapping_rem(b) as u64
                }
            } else if op == Div {
                x / y
            } else {
                x % y
            }
        }
        And => x & y,
        Or => x | y,
        Xor => x ^ y,
        AndNot => x & !y,
        _ => x,
    })
}

/// Whether a type is a named type's pointer etc. (kept for the formatter).
pub fn is_struct_pointer(prog: &Program, ty: TypeId) -> bool {
    matches!(prog.types.under(ty), Type::Pointer(e) if matches!(prog.types.under(*e), Type::Struct(_) | Type::Array { .. } | Type::Slice(_)))
}

pub fn scalar(prog: &Program, ty: TypeId) -> Scalar {
    scalar_of(prog, ty)
}
