//! The simulated address space: where every byte a Go program touches lives.
//!
//! ```text
//! 0x0000_0000_0000 ..  4 KiB         nil page: any access is a nil pointer dereference
//! 0x0000_0040_0000 ..  TEXT_BASE     code: function f's entry is TEXT_BASE + 32·f
//! 0x0000_0048_0000 ..  TYPE_BASE     type descriptors: type t is at TYPE_BASE + 64·t
//! 0x0000_0050_0000 ..  STATIC_BASE   static data: zerobase, staticuint64s, string
//!                                    literals, package variables, static closures
//! 0x00c0_0000_0000 ..  HEAP_BASE     the heap arena (see `heap`)
//! 0x00c8_0000_0000 ..  STACK_BASE    goroutine stacks, each its own range
//! ```
//!
//! Go lays memory out the same way (text, rodata, data and bss, then the heap arena at
//! `0xc000000000` before 1.26 randomised it; stacks are carved from the heap arena there,
//! while memsim gives them their own range so a stack can grow without moving the heap).
//! Values are stored little-endian with amd64 sizes and alignment, so what the program
//! sees — sizes, offsets, addresses — is what it would see on a real machine.

use super::heap::{HEAP_BASE, Heap};

/// Code addresses: function `f` starts at `TEXT_BASE + 32·f`.
pub const TEXT_BASE: u64 = 0x0040_0000;
/// Type descriptors: type `t` is at `TYPE_BASE + 64·t`.
pub const TYPE_BASE: u64 = 0x0048_0000;
/// Bytes reserved per type descriptor address.
pub const TYPE_DESC_SIZE: u64 = 64;
/// Static data.
pub const STATIC_BASE: u64 = 0x0050_0000;
/// Goroutine stacks.
pub const STACK_BASE: u64 = 0x00c8_0000_0000;
/// Accesses below this address are nil dereferences.
pub const NIL_PAGE: u64 = 4096;

/// `runtime.zerobase`: the address of every zero-size allocation.
pub const ZEROBASE: u64 = STATIC_BASE;
/// `runtime.staticuint64s`: 256 eight-byte values 0..=255, used to box small integers.
pub const STATIC_UINT64S: u64 = STATIC_BASE + 8;

/// What went wrong with a memory access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Address in the nil page.
    Nil,
    /// Address nothing is mapped at (a memsim bug if the program is well typed).
    Unmapped(u64),
}

/// One goroutine stack: `bytes[i]` is address `lo + i`; frames grow down from `hi`.
#[derive(Clone, Debug)]
pub struct Stack {
    pub lo: u64,
    pub bytes: Vec<u8>,
}

impl Stack {
    pub fn hi(&self) -> u64 {
        self.lo + self.bytes.len() as u64
    }
    pub fn contains(&self, addr: u64) -> bool {
        addr >= self.lo && addr < self.hi()
    }
}

/// The address space (see the module doc).
pub struct Memory {
    pub statics: Vec<u8>,
    pub heap: Heap,
    /// Stacks by id (a goroutine refers to its stack by id; freed stacks are `None`).
    pub stacks: Vec<Option<Stack>>,
    /// Next free stack address.
    next_stack: u64,
    /// While a trace is on: every range written through [`Memory::write`] since the
    /// tracer last looked.
    pub write_log: Option<Vec<(u64, u64)>>,
}

impl Memory {
    pub fn new(heap_limit: u64) -> Memory {
        let mut statics = vec![0u8; 8 + 256 * 8];
        for i in 0..256u64 {
            let at = (STATIC_UINT64S - STATIC_BASE + i * 8) as usize;
            statics[at..at + 8].copy_from_slice(&i.to_le_bytes());
        }
        Memory {
            statics,
            heap: Heap::new(heap_limit),
            stacks: Vec::new(),
            next_stack: STACK_BASE,
            write_log: None,
        }
    }

    /// Appends `bytes` to static data aligned to `align`; returns its address.
    pub fn add_static(&mut self, bytes: &[u8], align: u64) -> u64 {
        let at = (self.statics.len() as u64).next_multiple_of(align.max(1));
        self.statics.resize(at as usize, 0);
        self.statics.extend_from_slice(bytes);
        STATIC_BASE + at
    }

    /// Reserves `size` zero bytes of static data; returns its address.
    pub fn add_static_zeroed(&mut self, size: u64, align: u64) -> u64 {
        let at = (self.statics.len() as u64).next_multiple_of(align.max(1));
        self.statics.resize((at + size) as usize, 0);
        STATIC_BASE + at
    }

    /// A new stack of `size` bytes; returns its id.
    pub fn new_stack(&mut self, size: u64) -> usize {
        let lo = self.next_stack.next_multiple_of(size);
        self.next_stack = lo + size;
        let stack = Stack {
            lo,
            bytes: vec![0; size as usize],
        };
        if let Some(i) = self.stacks.iter().position(Option::is_none) {
            self.stacks[i] = Some(stack);
            i
        } else {
            self.stacks.push(Some(stack));
            self.stacks.len() - 1
        }
    }

    fn region(&self, addr: u64, len: u64) -> Result<(&[u8], usize), Fault> {
        if addr < NIL_PAGE {
            return Err(Fault::Nil);
        }
        let end = addr.checked_add(len).ok_or(Fault::Unmapped(addr))?;
        if (HEAP_BASE..STACK_BASE).contains(&addr) {
            let i = (addr - HEAP_BASE) as usize;
            if end - HEAP_BASE <= self.heap.bytes.len() as u64 {
                return Ok((&self.heap.bytes, i));
            }
        } else if addr >= STACK_BASE {
            for s in self.stacks.iter().flatten() {
                if s.contains(addr) && end <= s.hi() {
                    return Ok((&s.bytes, (addr - s.lo) as usize));
                }
            }
        } else if addr >= STATIC_BASE && end - STATIC_BASE <= self.statics.len() as u64 {
            return Ok((&self.statics, (addr - STATIC_BASE) as usize));
        }
        Err(Fault::Unmapped(addr))
    }

    /// The `len` bytes at `addr`.
    pub fn read(&self, addr: u64, len: u64) -> Result<&[u8], Fault> {
        let (bytes, i) = self.region(addr, len)?;
        Ok(&bytes[i..i + len as usize])
    }

    /// The `len` bytes at `addr`, writable.
    pub fn write(&mut self, addr: u64, len: u64) -> Result<&mut [u8], Fault> {
        if addr < NIL_PAGE {
            return Err(Fault::Nil);
        }
        if let Some(log) = self.write_log.as_mut() {
            log.push((addr, len));
        }
        let end = addr.checked_add(len).ok_or(Fault::Unmapped(addr))?;
        if (HEAP_BASE..STACK_BASE).contains(&addr) {
            let i = (addr - HEAP_BASE) as usize;
            if end - HEAP_BASE <= self.heap.bytes.len() as u64 {
                return Ok(&mut self.heap.bytes[i..i + len as usize]);
            }
        } else if addr >= STACK_BASE {
            for s in self.stacks.iter_mut().flatten() {
                if s.contains(addr) && end <= s.hi() {
                    let i = (addr - s.lo) as usize;
                    return Ok(&mut s.bytes[i..i + len as usize]);
                }
            }
        } else if addr >= STATIC_BASE && end - STATIC_BASE <= self.statics.len() as u64 {
            let i = (addr - STATIC_BASE) as usize;
            return Ok(&mut self.statics[i..i + len as usize]);
        }
        Err(Fault::Unmapped(addr))
    }

    pub fn read_u64(&self, addr: u64) -> Result<u64, Fault> {
        let b = self.read(addr, 8)?;
        Ok(u64::from_le_bytes(b.try_into().expect("8 bytes")))
    }

    pub fn write_u64(&mut self, addr: u64, v: u64) -> Result<(), Fault> {
        self.write(addr, 8)?.copy_from_slice(&v.to_le_bytes());
        Ok(())
    }

    /// Copies the `len` bytes at `addr` to `bytes[at..]` of stack `stack`, without an
    /// intermediate buffer when they are on the heap or on that stack (a load into a
    /// frame slot).
    pub fn load_to_stack(
        &mut self,
        addr: u64,
        len: u64,
        stack: usize,
        at: usize,
    ) -> Result<(), Fault> {
        if addr < NIL_PAGE {
            return Err(Fault::Nil);
        }
        let end = addr.checked_add(len).ok_or(Fault::Unmapped(addr))?;
        let n = len as usize;
        if (HEAP_BASE..STACK_BASE).contains(&addr)
            && end - HEAP_BASE <= self.heap.bytes.len() as u64
        {
            let i = (addr - HEAP_BASE) as usize;
            let s = self.stacks[stack].as_mut().expect("live stack");
            s.bytes[at..at + n].copy_from_slice(&self.heap.bytes[i..i + n]);
            return Ok(());
        }
        if let Some(s) = self.stacks[stack].as_mut()
            && s.contains(addr)
            && end <= s.hi()
        {
            let i = (addr - s.lo) as usize;
            s.bytes.copy_within(i..i + n, at);
            return Ok(());
        }
        let tmp = self.read(addr, len)?.to_vec();
        let s = self.stacks[stack].as_mut().expect("live stack");
        s.bytes[at..at + n].copy_from_slice(&tmp);
        Ok(())
    }

    /// Copies `len` bytes from `bytes[at..]` of stack `stack` to `addr`, without an
    /// intermediate buffer when `addr` is on the heap or on that stack (a store from a
    /// frame slot).
    pub fn store_from_stack(
        &mut self,
        addr: u64,
        len: u64,
        stack: usize,
        at: usize,
    ) -> Result<(), Fault> {
        if addr < NIL_PAGE {
            return Err(Fault::Nil);
        }
        let end = addr.checked_add(len).ok_or(Fault::Unmapped(addr))?;
        let n = len as usize;
        if (HEAP_BASE..STACK_BASE).contains(&addr)
            && end - HEAP_BASE <= self.heap.bytes.len() as u64
        {
            let i = (addr - HEAP_BASE) as usize;
            let s = self.stacks[stack].as_ref().expect("live stack");
            self.heap.bytes[i..i + n].copy_from_slice(&s.bytes[at..at + n]);
            return Ok(());
        }
        if let Some(s) = self.stacks[stack].as_mut()
            && s.contains(addr)
            && end <= s.hi()
        {
            let i = (addr - s.lo) as usize;
            s.bytes.copy_within(at..at + n, i);
            return Ok(());
        }
        let tmp = self.stacks[stack].as_ref().expect("live stack").bytes[at..at + n].to_vec();
        self.write(addr, len)?.copy_from_slice(&tmp);
        Ok(())
    }

    /// Copies `len` bytes from `src` to `dst` (the regions may be the same).
    pub fn copy(&mut self, dst: u64, src: u64, len: u64) -> Result<(), Fault> {
        if len == 0 {
            return Ok(());
        }
        let tmp = self.read(src, len)?.to_vec();
        self.write(dst, len)?.copy_from_slice(&tmp);
        Ok(())
    }
}
