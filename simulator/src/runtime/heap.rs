//! The simulated Go heap: 8 KiB pages carved into spans, Go 1.27's size classes, the tiny
//! allocator, large objects, and the counters `runtime.MemStats` reports.
//!
//! The heap is one contiguous simulated address range starting at [`HEAP_BASE`] (Go's
//! classic `0xc000000000`), backed by a byte vector that grows a page run at a time. A
//! *span* is a run of pages; a small-object span holds slots of one size class, either all
//! pointer-free (*noscan*) or all pointerful (*scan*), like the spans Go's `mcache` hands
//! out. An allocation ([`Heap::alloc`]) follows `mallocgc`:
//!
//! * size 0: the address of `runtime.zerobase`, not counted at all;
//! * noscan and under 16 B: the **tiny allocator** packs it into the current 16-byte block;
//!   every tiny request counts one malloc, and one that fits in the existing block also
//!   counts one free at once, so `HeapObjects` counts blocks (as measured in Go 1.27);
//! * up to 32760 B: a slot of the smallest class that fits (pointerful objects over 512 B
//!   get an 8-byte malloc header first), taken from the current span of that class;
//! * larger: a span of its own, a whole number of pages.
//!
//! Each slot of a scan span remembers the type it was allocated for ([`ObjType`]), which
//! is what the garbage collector needs to find the pointers inside it. The types are
//! interned: a slot holds a 4-byte index into the heap's table of distinct types, so the
//! metadata costs 4 bytes per pointerful slot (a quarter of a 16-byte object).

use super::sizeclass::{self, PAGE_SIZE, Placement};
use crate::types::TypeId;

/// First address of the heap arena.
pub const HEAP_BASE: u64 = 0x00c0_0000_0000;

/// Bytes of a tiny block.
pub const TINY_BLOCK: u64 = 16;

/// The type of a heap object: `count` consecutive values of `elem` (1 for a single value,
/// the capacity for a slice's backing array).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ObjType {
    pub elem: TypeId,
    pub count: u64,
}

/// The counters of `runtime.MemStats` the heap keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Heap allocations ever made (each tiny request counts one).
    pub mallocs: u64,
    /// Objects freed by sweeping, plus tiny requests packed into an existing block.
    pub frees: u64,
    /// Bytes ever allocated: slot sizes, whole pages for large objects, 16 per tiny block.
    pub total_alloc: u64,
    /// Bytes of allocated slots (live or not yet swept).
    pub heap_alloc: u64,
    /// Bytes of spans holding at least one object.
    pub heap_inuse: u64,
    /// Bytes of heap address space obtained from the "OS".
    pub heap_sys: u64,
}

impl HeapStats {
    /// `HeapObjects`: `Mallocs − Frees`.
    pub fn heap_objects(&self) -> u64 {
        self.mallocs - self.frees
    }
}

/// A run of pages holding one large object or the slots of one size class.
#[derive(Clone, Debug)]
pub struct Span {
    /// First address.
    pub base: u64,
    pub pages: u64,
    /// Size class 1..=67, or 0 for a large object.
    pub class: u8,
    pub noscan: bool,
    /// Bytes per slot (the whole span for a large object).
    pub slot_size: u64,
    pub slots: u32,
    /// Allocated slots (one bit each).
    pub alloc_bits: Vec<u64>,
    /// Slots the collector reached in the current cycle (one bit each).
    pub mark_bits: Vec<u64>,
    /// Number of allocated slots.
    pub allocated: u32,
    /// Where the search for a free slot starts.
    free_index: u32,
    /// On its class's partial list.
    in_partial: bool,
    /// The type each allocated slot holds, as an index into [`Heap::obj_type`]'s table
    /// plus one (0: none; empty for noscan spans).
    obj_types: Vec<u32>,
}

impl Span {
    pub fn is_allocated(&self, slot: u32) -> bool {
        self.alloc_bits[(slot / 64) as usize] & (1 << (slot % 64)) != 0
    }
    fn set_allocated(&mut self, slot: u32, on: bool) {
        let w = &mut self.alloc_bits[(slot / 64) as usize];
        if on {
            *w |= 1 << (slot % 64);
        } else {
            *w &= !(1 << (slot % 64));
        }
    }
    pub fn is_marked(&self, slot: u32) -> bool {
        self.mark_bits[(slot / 64) as usize] & (1 << (slot % 64)) != 0
    }
    pub fn set_marked(&mut self, slot: u32) {
        self.mark_bits[(slot / 64) as usize] |= 1 << (slot % 64);
    }
    /// Address of a slot.
    pub fn slot_addr(&self, slot: u32) -> u64 {
        self.base + slot as u64 * self.slot_size
    }
    fn next_free(&mut self) -> Option<u32> {
        let mut i = self.free_index;
        while i < self.slots {
            if !self.is_allocated(i) {
                self.free_index = i + 1;
                return Some(i);
            }
            i += 1;
        }
        None
    }
}

/// Why an allocation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfMemory {
    /// Bytes the heap would have needed in total.
    pub wanted: u64,
}

/// What one allocation did (for traces and explanations).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Allocation {
    pub addr: u64,
    /// Bytes counted in `TotalAlloc` by this request (16 for a fresh tiny block, 0 for a
    /// request packed into the current one).
    pub footprint: u64,
    /// Size class (0: large object, or the tiny allocator's packed request).
    pub class: u8,
    /// Served by the tiny allocator.
    pub tiny: bool,
}

/// The heap (see the module doc).
pub struct Heap {
    /// Backing bytes: address `HEAP_BASE + i` is `bytes[i]`.
    pub bytes: Vec<u8>,
    pub spans: Vec<Span>,
    /// Per page: index of the span holding it + 1 (0: free page).
    page_span: Vec<u32>,
    /// Free page runs (first page, pages), reused first-fit in address order.
    free_runs: Vec<(u64, u64)>,
    /// Entries of `spans` whose span was released, for reuse.
    free_span_ids: Vec<usize>,
    /// Current span per size class, noscan and scan (Go's mcache).
    current: [[Option<u32>; 2]; 68],
    /// Spans with free slots per size class and scan kind (Go's mcentral partial lists).
    partial: [[Vec<u32>; 2]; 68],
    /// The tiny allocator's current block and offset.
    tiny_block: u64,
    tiny_offset: u64,
    pub stats: HeapStats,
    /// Most bytes the heap may span (the simulated memory limit).
    pub limit: u64,
    /// While a trace is on: (address, size) of every slot swept since the tracer looked.
    pub freed_log: Option<Vec<(u64, u64)>>,
    /// Every distinct object type allocated in a scan span (slots refer to them by index).
    types: Vec<ObjType>,
    type_index: std::collections::HashMap<ObjType, u32>,
    /// The last type interned and its slot tag (most allocations repeat it).
    last_type: Option<(ObjType, u32)>,
}

impl Heap {
    pub fn new(limit: u64) -> Heap {
        Heap {
            bytes: Vec::new(),
            spans: Vec::new(),
            page_span: Vec::new(),
            free_runs: Vec::new(),
            free_span_ids: Vec::new(),
            current: [[None; 2]; 68],
            partial: std::array::from_fn(|_| [Vec::new(), Vec::new()]),
            tiny_block: 0,
            tiny_offset: 0,
            stats: HeapStats::default(),
            limit,
            freed_log: None,
            types: Vec::new(),
            type_index: std::collections::HashMap::new(),
            last_type: None,
        }
    }

    /// The type the object in `slot` of `span` was allocated for (`None`: a noscan span,
    /// or a free slot).
    pub fn obj_type(&self, span: usize, slot: u32) -> Option<ObjType> {
        match self.spans[span].obj_types.get(slot as usize) {
            Some(&t) if t != 0 => Some(self.types[t as usize - 1]),
            _ => None,
        }
    }

    /// The slot tag of `ty` (its index in the type table plus one).
    fn intern(&mut self, ty: ObjType) -> u32 {
        if let Some((t, tag)) = self.last_type
            && t == ty
        {
            return tag;
        }
        let tag = match self.type_index.get(&ty) {
            Some(&tag) => tag,
            None => {
                self.types.push(ty);
                let tag = self.types.len() as u32;
                self.type_index.insert(ty, tag);
                tag
            }
        };
        self.last_type = Some((ty, tag));
        tag
    }

    /// Whether `addr` is inside the heap arena.
    pub fn contains(&self, addr: u64) -> bool {
        addr >= HEAP_BASE && addr < HEAP_BASE + self.bytes.len() as u64
    }

    /// The span holding `addr`, if any.
    pub fn span_of(&self, addr: u64) -> Option<usize> {
        if !self.contains(addr) {
            return None;
        }
        let page = ((addr - HEAP_BASE) / PAGE_SIZE) as usize;
        match self.page_span.get(page) {
            Some(&s) if s != 0 => Some(s as usize - 1),
            _ => None,
        }
    }

    /// Allocates `size` bytes for `ty` (zeroed). `has_pointers`: whether the type holds
    /// pointers (decides scan or noscan spans, the malloc header and the tiny allocator).
    pub fn alloc(
        &mut self,
        size: u64,
        ty: ObjType,
        has_pointers: bool,
    ) -> Result<Allocation, OutOfMemory> {
        debug_assert!(size > 0, "zero-size requests are served by zerobase");
        if !has_pointers && size < TINY_BLOCK {
            return self.alloc_tiny(size, ty);
        }
        let placement = sizeclass::place(size, has_pointers);
        let noscan = !has_pointers;
        let (span, slot) = match placement {
            Placement::Small { class, .. } => {
                let span = self.span_with_room(class.class, noscan)?;
                let slot = self.spans[span]
                    .next_free()
                    .expect("span_with_room returns a span with a free slot");
                (span, slot)
            }
            Placement::Large { pages } => {
                (self.new_span(pages, 0, noscan, pages * PAGE_SIZE, 1)?, 0)
            }
        };
        let addr = self.take_slot(span, slot, if noscan { None } else { Some(ty) });
        let footprint = placement.footprint();
        self.stats.mallocs += 1;
        self.stats.total_alloc += footprint;
        self.stats.heap_alloc += footprint;
        Ok(Allocation {
            addr,
            footprint,
            class: self.spans[span].class,
            tiny: false,
        })
    }

    fn alloc_tiny(&mut self, size: u64, ty: ObjType) -> Result<Allocation, OutOfMemory> {
        let mut off = self.tiny_offset;
        if size & 7 == 0 {
            off = off.next_multiple_of(8);
        } else if size & 3 == 0 {
            off = off.next_multiple_of(4);
        } else if size & 1 == 0 {
            off = off.next_multiple_of(2);
        }
        if self.tiny_block != 0 && off + size <= TINY_BLOCK {
            let addr = self.tiny_block + off;
            self.tiny_offset = off + size;
            self.stats.mallocs += 1;
            self.stats.frees += 1;
            return Ok(Allocation {
                addr,
                footprint: 0,
                class: 0,
                tiny: true,
            });
        }
        let _ = ty; // tiny objects are pointer-free: the collector never scans them
        let span = self.span_with_room(2, true)?;
        let slot = self.spans[span]
            .next_free()
            .expect("span_with_room returns a span with a free slot");
        let block_addr = self.take_slot(span, slot, None);
        self.stats.mallocs += 1;
        self.stats.total_alloc += TINY_BLOCK;
        self.stats.heap_alloc += TINY_BLOCK;
        if size < self.tiny_offset || self.tiny_block == 0 {
            self.tiny_block = block_addr;
            self.tiny_offset = size;
        }
        Ok(Allocation {
            addr: block_addr,
            footprint: TINY_BLOCK,
            class: 2,
            tiny: true,
        })
    }

    fn take_slot(&mut self, span: usize, slot: u32, ty: Option<ObjType>) -> u64 {
        let tag = if self.spans[span].obj_types.is_empty() {
            0
        } else {
            ty.map_or(0, |t| self.intern(t))
        };
        let s = &mut self.spans[span];
        s.set_allocated(slot, true);
        s.allocated += 1;
        if !s.obj_types.is_empty() {
            s.obj_types[slot as usize] = tag;
        }
        let addr = s.slot_addr(slot);
        let size = s.slot_size as usize;
        let start = (addr - HEAP_BASE) as usize;
        self.bytes[start..start + size].fill(0);
        addr
    }

    /// A span of `class` with a free slot: the current one, else a partial one, else new.
    fn span_with_room(&mut self, class: u8, noscan: bool) -> Result<usize, OutOfMemory> {
        let k = noscan as usize;
        if let Some(cur) = self.current[class as usize][k] {
            let s = &self.spans[cur as usize];
            if s.allocated < s.slots {
                return Ok(cur as usize);
            }
        }
        while let Some(p) = self.partial[class as usize][k].pop() {
            self.spans[p as usize].in_partial = false;
            let s = &self.spans[p as usize];
            if s.allocated < s.slots && s.pages > 0 {
                self.current[class as usize][k] = Some(p);
                return Ok(p as usize);
            }
        }
        let c = sizeclass::classes()[class as usize - 1];
        let span = self.new_span(c.pages, class, noscan, c.size, c.objects(noscan))?;
        self.current[class as usize][k] = Some(span as u32);
        Ok(span)
    }

    fn new_span(
        &mut self,
        pages: u64,
        class: u8,
        noscan: bool,
        slot_size: u64,
        slots: u32,
    ) -> Result<usize, OutOfMemory> {
        let first = self.take_pages(pages)?;
        let span = Span {
            base: HEAP_BASE + first * PAGE_SIZE,
            pages,
            class,
            noscan,
            slot_size,
            slots,
            alloc_bits: vec![0; slots.div_ceil(64) as usize],
            mark_bits: vec![0; slots.div_ceil(64) as usize],
            allocated: 0,
            free_index: 0,
            in_partial: false,
            obj_types: if noscan {
                Vec::new()
            } else {
                vec![0; slots as usize]
            },
        };
        let id = match self.free_span_ids.pop() {
            Some(id) => {
                self.spans[id] = span;
                id
            }
            None => {
                self.spans.push(span);
                self.spans.len() - 1
            }
        };
        for p in first..first + pages {
            self.page_span[p as usize] = id as u32 + 1;
        }
        self.stats.heap_inuse += pages * PAGE_SIZE;
        Ok(id)
    }

    fn take_pages(&mut self, pages: u64) -> Result<u64, OutOfMemory> {
        if let Some(i) = self.free_runs.iter().position(|&(_, n)| n >= pages) {
            let (first, n) = self.free_runs[i];
            if n == pages {
                self.free_runs.remove(i);
            } else {
                self.free_runs[i] = (first + pages, n - pages);
            }
            return Ok(first);
        }
        let first = self.page_span.len() as u64;
        let new_len = (first + pages) * PAGE_SIZE;
        if new_len > self.limit {
            return Err(OutOfMemory { wanted: new_len });
        }
        self.bytes.resize(new_len as usize, 0);
        self.page_span.resize((first + pages) as usize, 0);
        self.stats.heap_sys = new_len;
        Ok(first)
    }

    /// The object containing `addr`: (span, slot), if `addr` points into an allocated slot
    /// (interior pointers count, as in Go).
    pub fn object_of(&self, addr: u64) -> Option<(usize, u32)> {
        let span = self.span_of(addr)?;
        let s = &self.spans[span];
        let slot = ((addr - s.base) / s.slot_size) as u32;
        (slot < s.slots && s.is_allocated(slot)).then_some((span, slot))
    }

    /// Clears every mark bit (the start of a cycle).
    pub fn clear_marks(&mut self) {
        for s in &mut self.spans {
            s.mark_bits.iter_mut().for_each(|w| *w = 0);
        }
    }

    /// Frees every allocated slot that is not marked; returns (objects, bytes) freed.
    pub fn sweep(&mut self) -> (u64, u64) {
        let (mut objects, mut bytes) = (0, 0);
        'spans: for span in 0..self.spans.len() {
            if self.spans[span].pages == 0 {
                continue;
            }
            let size = {
                let s = &self.spans[span];
                if s.class == 0 {
                    s.pages * PAGE_SIZE
                } else {
                    s.slot_size
                }
            };
            // Allocated and unmarked slots, in address order, 64 at a time.
            for w in 0..self.spans[span].alloc_bits.len() {
                let s = &self.spans[span];
                let mut dead = s.alloc_bits[w] & !s.mark_bits[w];
                while dead != 0 {
                    let slot = w as u32 * 64 + dead.trailing_zeros();
                    dead &= dead - 1;
                    self.free_slot(span, slot);
                    objects += 1;
                    bytes += size;
                    if self.spans[span].pages == 0 {
                        continue 'spans;
                    }
                }
            }
        }
        (objects, bytes)
    }

    /// Frees one slot (the sweeper's work for an unmarked object).
    pub fn free_slot(&mut self, span: usize, slot: u32) {
        let s = &mut self.spans[span];
        debug_assert!(s.is_allocated(slot));
        s.set_allocated(slot, false);
        s.allocated -= 1;
        s.free_index = s.free_index.min(slot);
        if !s.obj_types.is_empty() {
            s.obj_types[slot as usize] = 0;
        }
        let size = if s.class == 0 {
            s.pages * PAGE_SIZE
        } else {
            s.slot_size
        };
        self.stats.frees += 1;
        self.stats.heap_alloc -= size;
        if let Some(log) = self.freed_log.as_mut() {
            log.push((s.slot_addr(slot), size));
        }
        let (class, k) = (s.class as usize, s.noscan as usize);
        if s.allocated == 0 {
            self.release_span(span);
        } else if s.class != 0 && !s.in_partial {
            s.in_partial = true;
            self.partial[class][k].push(span as u32);
        }
    }

    /// Returns an empty span's pages to the free runs.
    fn release_span(&mut self, span: usize) {
        let (base, pages, class, noscan) = {
            let s = &self.spans[span];
            (s.base, s.pages, s.class, s.noscan)
        };
        let first = (base - HEAP_BASE) / PAGE_SIZE;
        for p in first..first + pages {
            self.page_span[p as usize] = 0;
        }
        if self.current[class as usize][noscan as usize] == Some(span as u32) {
            self.current[class as usize][noscan as usize] = None;
        }
        if self.tiny_block >= base && self.tiny_block < base + pages * PAGE_SIZE {
            self.tiny_block = 0;
            self.tiny_offset = 0;
        }
        {
            let s = &mut self.spans[span];
            s.pages = 0;
            s.alloc_bits = Vec::new();
            s.mark_bits = Vec::new();
            s.obj_types = Vec::new();
            s.slots = 0;
            s.allocated = 0;
            s.in_partial = false;
        }
        // A span is only ever on its own class's list.
        self.partial[class as usize][noscan as usize].retain(|&p| p as usize != span);
        self.free_span_ids.push(span);
        self.stats.heap_inuse -= pages * PAGE_SIZE;
        // Kept sorted by first page.
        let at = self.free_runs.partition_point(|&r| r < (first, pages));
        self.free_runs.insert(at, (first, pages));
    }

    /// Drops the current tiny block (Go's `mcache.releaseAll` at the start of a sweep).
    pub fn reset_tiny(&mut self) {
        self.tiny_block = 0;
        self.tiny_offset = 0;
    }

    /// The tiny block being filled (0: none).
    pub fn tiny_block(&self) -> u64 {
        self.tiny_block
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::predeclared;

    fn ty() -> ObjType {
        ObjType {
            elem: predeclared::INT,
            count: 1,
        }
    }

    #[test]
    fn tiny_requests_count_as_measured() {
        // 1600 × new(byte): Mallocs +1600, Frees +1500, HeapObjects +100.
        let mut h = Heap::new(1 << 30);
        for _ in 0..1600 {
            h.alloc(1, ty(), false).unwrap();
        }
        assert_eq!(h.stats.mallocs, 1600);
        assert_eq!(h.stats.frees, 1500);
        assert_eq!(h.stats.heap_objects(), 100);
        assert_eq!(h.stats.total_alloc, 1600);
    }

    #[test]
    fn small_and_large_objects_are_rounded() {
        let mut h = Heap::new(1 << 30);
        let a = h.alloc(808, ty(), true).unwrap();
        assert_eq!(a.footprint, 896);
        let b = h.alloc(100_000, ty(), false).unwrap();
        assert_eq!(b.footprint, 106_496);
        assert_eq!(h.stats.mallocs, 2);
        assert_eq!(h.stats.total_alloc, 896 + 106_496);
        assert_ne!(a.addr, b.addr);
    }

    #[test]
    fn freed_slots_are_reused_and_zeroed() {
        let mut h = Heap::new(1 << 30);
        let a = h.alloc(32, ty(), true).unwrap().addr;
        let i = (a - HEAP_BASE) as usize;
        h.bytes[i] = 7;
        let span = h.span_of(a).unwrap();
        let _keep = h.alloc(32, ty(), true).unwrap();
        h.free_slot(span, 0);
        let c = h.alloc(32, ty(), true).unwrap().addr;
        assert_eq!(c, a);
        assert_eq!(h.bytes[i], 0);
        assert_eq!(h.stats.heap_objects(), 2);
    }

    #[test]
    fn the_memory_limit_is_enforced() {
        let mut h = Heap::new(1 << 20);
        assert!(h.alloc(2 << 20, ty(), false).is_err());
    }
}
