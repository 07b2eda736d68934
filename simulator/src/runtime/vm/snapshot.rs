//! Taking [`Snapshot`]s of the machine: every goroutine's frames and the live heap, read
//! from simulated memory with the frame layouts and object numbers of the trace.

use super::super::memory::STACK_BASE;
use super::super::snapshot::{
    Colour, FrameView, GoroutineView, Moment, ObjectView, Snapshot, Target, VarView,
};
use super::*;

impl<'p> Vm<'p> {
    /// A statement on `line` is about to start: take the snapshot asked for it, once.
    pub(super) fn snapshot_at_line(&mut self, line: u32) {
        let moment = Moment::Line(line);
        if let Some(i) = self.snapshot_at.iter().position(|m| *m == moment) {
            self.snapshot_at.remove(i);
            let s = self.snapshot(moment, false);
            self.snapshots_taken.push(s);
        }
    }

    /// Marking of the current cycle just ended: take the snapshot asked for it.
    pub(super) fn snapshot_at_gc(&mut self) {
        let moment = Moment::Gc(self.gc.num_gc + 1);
        if self.snapshot_every_step && self.trace.as_ref().is_some_and(|t| t.active()) {
            let s = self.snapshot(moment, true);
            self.snapshots_taken.push(s);
            return;
        }
        if let Some(i) = self.snapshot_at.iter().position(|m| *m == moment) {
            self.snapshot_at.remove(i);
            let s = self.snapshot(moment, true);
            self.snapshots_taken.push(s);
        }
    }

    pub(crate) fn snapshot(&mut self, moment: Moment, colours: bool) -> Snapshot {
        let mut goroutines = Vec::new();
        for i in 0..self.gs.len() {
            if self.gs[i].status == GStatus::Dead {
                continue;
            }
            let running = i == self.cur;
            let (id, stack, frames) = if running {
                (self.gs[i].id, self.stack, Self::frame_keys(&self.frames))
            } else {
                let g = &self.gs[i];
                (g.id, g.stack, Self::frame_keys(&g.frames))
            };
            let Some((lo, hi)) = self.mem.stacks[stack].as_ref().map(|s| (s.lo, s.hi())) else {
                continue;
            };
            let used = frames.last().map(|f| hi - f.1).unwrap_or(0);
            let mut views = Vec::new();
            for &(func, fp) in &frames {
                views.push(self.frame_view(func, fp));
            }
            goroutines.push(GoroutineView {
                id,
                running,
                stack_lo: lo,
                stack_hi: hi,
                used,
                frames: views,
            });
        }
        let mut objects = Vec::new();
        let live: Vec<(u64, u64, u64, String)> = self
            .trace
            .as_ref()
            .map(|t| {
                t.live_objects()
                    .into_iter()
                    .map(|(id, a, size, ty)| (id, a, size, ty.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        for (id, addr, size, ty) in live {
            let Some((span, slot)) = self.mem.heap.object_of(addr) else {
                continue;
            };
            let (class, slot_size, noscan, marked) = {
                let s = &self.mem.heap.spans[span];
                (s.class, s.slot_size, s.noscan, s.is_marked(slot))
            };
            let mut pointers = Vec::new();
            if let Some(ot) = self.mem.heap.obj_type(span, slot) {
                let facts = self.facts_of(ot.elem);
                let (words, esize) = (facts.words.clone(), facts.size);
                let base = self.mem.heap.spans[span].slot_addr(slot);
                for i in 0..ot.count.min(64) {
                    for &w in words.iter() {
                        let off = i * esize + w;
                        let p = self.mem.read_u64(base + off).unwrap_or(0);
                        if let Some(t) = self.target_of(p) {
                            pointers.push((base + off - addr, t));
                        }
                    }
                }
            }
            objects.push(ObjectView {
                id,
                addr,
                size,
                ty,
                span,
                class,
                slot_size,
                noscan,
                tiny: noscan && size < super::super::heap::TINY_BLOCK && class != 0,
                pointers,
                colour: colours.then_some(if marked { Colour::Black } else { Colour::White }),
            });
        }
        Snapshot {
            moment,
            event: self.trace.as_ref().map_or(0, |t| t.events),
            line: self.line.line,
            goroutines,
            objects,
        }
    }

    fn frame_keys(frames: &[Frame]) -> Vec<(FuncId, u64)> {
        frames.iter().map(|f| (f.func, f.fp)).collect()
    }

    fn frame_view(&mut self, func: FuncId, fp: u64) -> FrameView {
        let fc = &self.code.funcs[func.0 as usize];
        let size = fc.frame_size as u64;
        let layout = self
            .trace_state
            .as_ref()
            .and_then(|st| st.layouts.get(func.0 as usize))
            .cloned();
        let Some(layout) = layout else {
            return FrameView {
                func: String::new(),
                addr: fp,
                size,
                vars: Vec::new(),
                objects: None,
            };
        };
        let mut vars = Vec::new();
        for v in &layout.vars {
            let addr = fp + v.off as u64;
            let Ok(bytes) = self.mem.read(addr, v.size as u64).map(<[u8]>::to_vec) else {
                continue;
            };
            let ty = self.var_type(func, v.off);
            let value = match ty {
                _ if v.moved => self.show_word(&bytes),
                Some(ty) => self.show(ty, &bytes, 0),
                None => "?".to_string(),
            };
            let words: Vec<u64> = match ty {
                _ if v.moved => vec![0],
                Some(ty) => self.facts_of(ty).words.to_vec(),
                None => Vec::new(),
            };
            let mut pointers = Vec::new();
            for w in words {
                let Some(b) = bytes.get(w as usize..w as usize + 8) else {
                    continue;
                };
                let p = u64::from_le_bytes(b.try_into().expect("8 bytes"));
                if let Some(t) = self.target_of(p) {
                    pointers.push((w, t));
                }
            }
            vars.push(VarView {
                name: v.name.to_string(),
                ty: v.ty.clone(),
                value,
                addr,
                size: v.size as u64,
                moved: v.moved,
                pointers,
            });
        }
        let (start, end) = layout.objects;
        FrameView {
            func: layout.name.clone(),
            addr: fp,
            size,
            vars,
            objects: (end > start).then(|| (fp + start as u64, (end - start) as u64)),
        }
    }

    /// Where a pointer word leads (`None` for nil).
    fn target_of(&self, p: u64) -> Option<Target> {
        if p == 0 {
            return None;
        }
        if let Some((id, off)) = self.trace.as_ref().and_then(|t| t.object_at(p)) {
            return Some(Target::Object { id, off });
        }
        if p >= STACK_BASE {
            Some(Target::Stack { addr: p })
        } else {
            Some(Target::Other { addr: p })
        }
    }
}
