//! Parameter leak summaries ("tags"): where each parameter's value may flow once its
//! function returns — to the heap, or to one of the first five results — with the fewest
//! dereferences seen. Callers use them instead of re-analysing the callee.

/// Where a parameter's value flows, with the minimum dereference count per destination
/// (`None`: no flow). Go's `escape.leaks`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Leaks {
    pub heap: Option<u8>,
    pub mutator: Option<u8>,
    pub callee: Option<u8>,
    pub results: [Option<u8>; NUM_ESC_RESULTS],
}

/// Only the first five results are tracked; flows to later results count as heap flows.
pub const NUM_ESC_RESULTS: usize = 5;

fn add(slot: &mut Option<u8>, derefs: i32) {
    let d = derefs.clamp(0, 254) as u8;
    if slot.is_none_or(|old| d < old) {
        *slot = Some(d);
    }
}

impl Leaks {
    /// A parameter that leaks to the heap without dereference (the tag of a body-less
    /// function, and of imported functions whose tag is "leaking param").
    pub fn heap(derefs: u8) -> Leaks {
        Leaks {
            heap: Some(derefs),
            ..Leaks::default()
        }
    }

    pub fn add_heap(&mut self, derefs: i32) {
        add(&mut self.heap, derefs)
    }
    pub fn add_mutator(&mut self, derefs: i32) {
        add(&mut self.mutator, derefs)
    }
    pub fn add_callee(&mut self, derefs: i32) {
        add(&mut self.callee, derefs)
    }
    pub fn add_result(&mut self, i: usize, derefs: i32) {
        add(&mut self.results[i], derefs)
    }

    /// Drops result (and mutator/callee) flows that are no shorter than the heap flow: the
    /// heap flow already says everything.
    pub fn optimize(&mut self) {
        if let Some(h) = self.heap {
            for r in self
                .results
                .iter_mut()
                .chain([&mut self.mutator, &mut self.callee])
            {
                if r.is_some_and(|x| x >= h) {
                    *r = None;
                }
            }
        }
    }

    /// Whether the value flows anywhere.
    pub fn any(&self) -> bool {
        self.heap.is_some()
            || self.mutator.is_some()
            || self.callee.is_some()
            || self.results.iter().any(Option::is_some)
    }
}
