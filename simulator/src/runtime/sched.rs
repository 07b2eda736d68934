//! Goroutines and channels: the deterministic scheduler of memsim's runtime.
//!
//! Go runs goroutines in parallel and switches between them at times nobody can predict;
//! memsim runs one at a time and switches only where a goroutine cannot go on — it
//! blocks on a channel or `select`, calls `runtime.Gosched`, or ends. The choice of
//! what runs next follows Go's scheduler: a goroutine made ready by the running one
//! (a new `go`, a receiver woken by a send) goes to the *runnext* slot and runs first;
//! others wait in a FIFO run queue. A program whose output is deterministic in Go (every
//! print ordered by channel operations) prints the same under memsim.
//!
//! A channel is a heap object (`hchan`, 112 B, with the buffer inside it for pointer-free
//! elements, or in a second object), as Go allocates it; its queue of values and its
//! waiting goroutines are kept beside it ([`Chan`]) and scanned by the collector when
//! the channel object is reachable. Blocking takes a `sudog` from a cache, allocating a
//! 112-byte one when the cache is empty, as Go's `acquireSudog` does.

use super::code::Slot;
use crate::types::TypeId;
use std::collections::VecDeque;

/// What a goroutine is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GStatus {
    Runnable,
    Running,
    /// Blocked; the wait reason Go prints (`chan receive`, `select (no cases)`, ...).
    Waiting(&'static str),
    Dead,
}

/// A goroutine waiting on a channel.
#[derive(Clone, Debug)]
pub struct Waiter {
    /// Index of the goroutine.
    pub g: usize,
    /// The `select` it waits in (unique per blocking), if any, and the case index.
    pub select: Option<(u64, usize)>,
    /// Absolute address where a received value goes (receivers), or the value (senders).
    pub dst: u64,
    pub ok: Option<u64>,
    pub value: Vec<u8>,
    /// Address where the chosen case index goes (select).
    pub chosen: Option<u64>,
}

/// A channel's state beside its heap object.
#[derive(Clone, Debug)]
pub struct Chan {
    pub elem: TypeId,
    pub elem_size: u32,
    pub cap: u64,
    pub buf: VecDeque<Vec<u8>>,
    /// The heap object of the buffer when it is allocated apart from the channel (element
    /// types with pointers, as Go's `makechan` does): reachable through the channel only.
    pub buf_obj: Option<u64>,
    pub closed: bool,
    pub recvq: VecDeque<Waiter>,
    pub sendq: VecDeque<Waiter>,
}

impl Chan {
    pub fn new(elem: TypeId, elem_size: u32, cap: u64) -> Chan {
        Chan {
            elem,
            elem_size,
            cap,
            buf: VecDeque::new(),
            buf_obj: None,
            closed: false,
            recvq: VecDeque::new(),
            sendq: VecDeque::new(),
        }
    }

    /// Removes every waiter of select `id` (when another of its cases fired).
    pub fn cancel_select(&mut self, id: u64) {
        self.recvq.retain(|w| w.select.map(|s| s.0) != Some(id));
        self.sendq.retain(|w| w.select.map(|s| s.0) != Some(id));
    }
}

/// Where a receive's results go when the receiving goroutine is not running.
#[derive(Clone, Copy, Debug)]
pub struct RecvTarget {
    pub dst: u64,
    pub ok: Option<u64>,
}

/// Size of Go's `sudog`.
pub const SUDOG_SIZE: u64 = 112;
/// Size of Go's `g` descriptor (its size class).
pub const G_SIZE: u64 = 480;
/// Size of the channel header (`hchan`).
pub const HCHAN_SIZE: u64 = 112;
/// Go 1.27 numbers the first user goroutine 18 (the runtime starts its own first).
pub const FIRST_USER_GOROUTINE: u64 = 18;

/// A slot of the frame a goroutine is blocked in.
pub fn slot_addr(fp: u64, slot: Slot) -> u64 {
    fp + slot as u64
}
