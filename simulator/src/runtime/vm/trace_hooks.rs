//! Where the machine meets its [`Tracer`]: the hooks the interpreter calls when a trace
//! is on, turning machine state into [`Event`]s.
//!
//! Stores are found two ways, both free when tracing is off: writes through pointers go
//! through [`Memory::write`], which logs the written range while a trace is on; writes
//! a frame makes to its own slots are found by comparing the frame's variables and stack
//! objects with a shadow copy at every statement, call and return. Either way a statement's
//! stores are reported when it ends (before the next `step`, `call` or `return`), one per
//! changed variable, stack-object word run, or written heap or global range.
//!
//! [`Memory::write`]: super::Memory::write

use super::super::heap::HEAP_BASE;
use super::super::memory::STACK_BASE;
use super::super::trace::{
    Adjusted, Event, FuncLayout, Header, Region, StackPicture, TraceOptions, Tracer, VarLayout,
};
use super::*;

/// Frames the text form draws per stack.
const MAX_PICTURED_FRAMES: usize = 6;

/// Per-trace state the machine keeps beside the tracer.
#[derive(Default)]
pub struct TraceState {
    /// Shadow copies of frames (by frame number): the bytes last reported.
    shadows: crate::fxhash::HashMap<u64, Vec<u8>>,
    /// Frame numbers whose memory a pointer write touched since the last flush.
    dirty: Vec<u64>,
    stdout_seen: usize,
    stderr_seen: usize,
    pub layouts: Vec<FuncLayout>,
    /// Line of the function a frame was just pushed for, until its first statement:
    /// what its prologue allocates (heap cells of moved parameters and variables) is
    /// attributed to the declaration.
    prologue_line: Option<u32>,
    /// Type-name indexes in the tracer by (label, element type, count).
    type_names: crate::fxhash::HashMap<(Option<&'static str>, TypeId, u64), usize>,
    /// The memory write log's buffer, reused.
    spare_log: Vec<(u64, u64)>,
}

impl<'p> Vm<'p> {
    /// Turns tracing on: writes the header and starts logging memory writes.
    pub fn start_trace(
        &mut self,
        opts: TraceOptions,
        out: Box<dyn std::io::Write>,
        file: &str,
        source: &str,
        diagnostics: &[(u32, u32, String)],
    ) {
        let layouts = self.frame_layouts();
        let mut t = Tracer::new(opts, out);
        t.begin(&Header {
            file,
            source,
            diagnostics,
            funcs: &layouts,
        });
        self.trace = Some(Box::new(t));
        self.trace_state = Some(Box::new(TraceState {
            layouts,
            ..TraceState::default()
        }));
        self.mem.write_log = Some(Vec::new());
        self.mem.heap.freed_log = Some(Vec::new());
    }

    /// Ends the trace with the run's summary; returns the first write error, if any.
    pub fn finish_trace(&mut self, summary: &[(&str, u64)]) -> Option<std::io::Error> {
        self.trace_flush();
        let mut t = self.trace.take()?;
        t.end(summary);
        t.error.take()
    }

    /// Every function's frame layout: named variables with their slots.
    fn frame_layouts(&self) -> Vec<FuncLayout> {
        let mut out: Vec<FuncLayout> = self
            .code
            .funcs
            .iter()
            .enumerate()
            .map(|(i, fc)| FuncLayout {
                name: match self.prog.funcs.get(i) {
                    Some(f) => format!("main.{}", f.name),
                    None => "main.init.statics".to_string(),
                },
                frame_size: fc.frame_size,
                vars: Vec::new(),
                objects: (fc.objects_base, fc.frame_size),
            })
            .collect();
        for (i, v) in self.prog.vars.iter().enumerate() {
            let name = v.name.as_str();
            if name.is_empty() || name == "_" || name.starts_with('.') {
                continue;
            }
            let Some(loc) = self.code.var_locs.get(&crate::ir::VarId(i as u32)) else {
                continue;
            };
            let Some(f) = out.get_mut(v.func.0 as usize) else {
                continue;
            };
            f.vars.push(VarLayout {
                name: name.into(),
                ty: gofmt::runtime_type_string(self.prog, v.ty),
                off: loc.slot,
                size: if loc.heap {
                    8
                } else {
                    self.prog.types.size(v.ty) as u32
                },
                moved: loc.heap,
            });
        }
        for f in &mut out {
            f.vars.sort_by_key(|v| v.off);
            f.vars.dedup_by_key(|v| v.off);
        }
        out
    }

    pub(super) fn goid(&self) -> u64 {
        self.gs[self.cur].id
    }

    /// Drops what only an active trace needs (the trace was cut short).
    pub(super) fn trace_state_stop_shadows(&mut self) {
        if let Some(st) = self.trace_state.as_mut() {
            st.shadows.clear();
        }
    }

    /// Reports the stores since the last flush and the output printed meanwhile.
    pub(super) fn trace_flush(&mut self) {
        let (Some(mut t), Some(mut st)) = (self.trace.take(), self.trace_state.take()) else {
            return;
        };
        if t.active() {
            let mut log = std::mem::take(&mut st.spare_log);
            if let Some(l) = self.mem.write_log.as_mut() {
                std::mem::swap(l, &mut log);
            }
            for &(addr, len) in &log {
                if addr >= STACK_BASE {
                    if let Some(id) = self.frame_at(addr) {
                        st.dirty.push(id);
                    }
                    continue;
                }
                let Ok(bytes) = self.mem.read(addr, len) else {
                    continue;
                };
                let (region, obj) = if addr >= HEAP_BASE {
                    (Region::Heap, t.object_at(addr))
                } else {
                    (Region::Global, None)
                };
                t.emit(Event::Store {
                    addr,
                    bytes: bytes.to_vec(),
                    region,
                    frame: None,
                    var: None,
                    obj,
                });
            }
            log.clear();
            st.spare_log = log;
            if let Some(top) = self.frames.last() {
                st.dirty.push(top.id);
            }
            let mut dirty = std::mem::take(&mut st.dirty);
            dirty.sort_unstable();
            dirty.dedup();
            for id in dirty {
                self.diff_frame(&mut t, &mut st, id);
            }
            self.trace_output(&mut t, &mut st);
        } else {
            if let Some(log) = self.mem.write_log.as_mut() {
                log.clear();
            }
            self.trace_output(&mut t, &mut st);
        }
        self.trace = Some(t);
        self.trace_state = Some(st);
    }

    fn trace_output(&self, t: &mut Tracer, st: &mut TraceState) {
        if self.stdout.len() > st.stdout_seen {
            t.emit(Event::Output {
                stream: "stdout",
                text: String::from_utf8_lossy(&self.stdout[st.stdout_seen..]).into_owned(),
            });
            st.stdout_seen = self.stdout.len();
        }
        if self.stderr.len() > st.stderr_seen {
            t.emit(Event::Output {
                stream: "stderr",
                text: String::from_utf8_lossy(&self.stderr[st.stderr_seen..]).into_owned(),
            });
            st.stderr_seen = self.stderr.len();
        }
    }

    /// The frame (of any goroutine) whose bytes hold `addr`.
    fn frame_at(&self, addr: u64) -> Option<u64> {
        let size = |f: &Frame| self.code.funcs[f.func.0 as usize].frame_size as u64;
        self.frames
            .iter()
            .chain(self.gs.iter().flat_map(|g| g.frames.iter()))
            .find(|f| (f.fp..f.fp + size(f)).contains(&addr))
            .map(|f| f.id)
    }

    /// Finds a frame by number: (goroutine index or None for the running one, depth).
    fn frame_by_id(&self, id: u64) -> Option<&Frame> {
        self.frames
            .iter()
            .chain(self.gs.iter().flat_map(|g| g.frames.iter()))
            .find(|f| f.id == id)
    }

    /// Reports the variables and stack-object words of frame `id` that changed.
    fn diff_frame(&self, t: &mut Tracer, st: &mut TraceState, id: u64) {
        let Some(f) = self.frame_by_id(id) else {
            return;
        };
        let fc = &self.code.funcs[f.func.0 as usize];
        let size = fc.frame_size as u64;
        let Ok(now) = self.mem.read(f.fp, size) else {
            return;
        };
        let shadow = st
            .shadows
            .entry(id)
            .or_insert_with(|| vec![0; size as usize]);
        if shadow.len() != now.len() {
            *shadow = vec![0; now.len()];
        }
        let layout = &st.layouts[f.func.0 as usize];
        for v in &layout.vars {
            let r = v.off as usize..(v.off + v.size) as usize;
            if r.end <= now.len() && now[r.clone()] != shadow[r.clone()] {
                t.emit(Event::Store {
                    addr: f.fp + v.off as u64,
                    bytes: now[r.clone()].to_vec(),
                    region: Region::Stack,
                    frame: Some(id),
                    var: Some(v.name.clone()),
                    obj: None,
                });
            }
        }
        // Stack objects: runs of changed 8-byte words.
        let (lo, hi) = (fc.objects_base as usize, now.len());
        let mut w = lo;
        while w < hi {
            let end = (w + 8).min(hi);
            if now[w..end] == shadow[w..end] {
                w = end;
                continue;
            }
            let start = w;
            while w < hi && now[w..(w + 8).min(hi)] != shadow[w..(w + 8).min(hi)] {
                w = (w + 8).min(hi);
            }
            t.emit(Event::Store {
                addr: f.fp + start as u64,
                bytes: now[start..w].to_vec(),
                region: Region::Stack,
                frame: Some(id),
                var: None,
                obj: None,
            });
        }
        shadow.copy_from_slice(now);
    }

    /// A statement starts.
    pub(super) fn trace_step(&mut self, pos: Pos) {
        self.trace_flush();
        if !self.snapshot_at.is_empty() {
            self.snapshot_at_line(pos.line);
        }
        if self.snapshot_every_step && self.trace.as_ref().is_some_and(|t| t.records_next_step()) {
            let s = self.snapshot(super::super::snapshot::Moment::Line(pos.line), false);
            self.snapshots_taken.push(s);
        }
        if let Some(st) = self.trace_state.as_mut() {
            st.prologue_line = None;
        }
        let picture = self
            .trace
            .as_ref()
            .is_some_and(|t| t.wants_picture())
            .then(|| self.stack_picture());
        let g = self.goid();
        let func = self.frames.last().map(|f| f.func.0).unwrap_or(0);
        if let Some(t) = self.trace.as_mut() {
            t.flush_text(picture);
            t.step(g, func, pos.line, pos.col);
        }
    }

    /// A frame was pushed (the innermost one now).
    pub(super) fn trace_call(&mut self) -> u64 {
        let Some(t) = self.trace.as_mut().filter(|t| t.active()) else {
            return 0;
        };
        let id = t.new_frame();
        let n = self.frames.len();
        self.frames[n - 1].id = id;
        // The caller's stores first.
        if n >= 2 {
            let caller = self.frames[n - 2].id;
            if let (Some(mut t), Some(mut st)) = (self.trace.take(), self.trace_state.take()) {
                self.diff_frame(&mut t, &mut st, caller);
                self.trace_output(&mut t, &mut st);
                self.trace = Some(t);
                self.trace_state = Some(st);
            }
        }
        let g = self.goid();
        let f = &self.frames[n - 1];
        let size = self.code.funcs[f.func.0 as usize].frame_size as u64;
        let (func, fp, line) = (f.func.0, f.fp, f.call_pos.line);
        let decl_line = self.prog.funcs.get(func as usize).map(|f| f.pos.line);
        if let Some(st) = self.trace_state.as_mut() {
            st.shadows.insert(id, vec![0; size as usize]);
            st.prologue_line = decl_line;
        }
        if let Some(t) = self.trace.as_mut() {
            t.emit(Event::Call {
                g,
                frame: id,
                func,
                fp,
                size,
                line,
            });
        }
        id
    }

    /// The innermost frame is about to be popped.
    pub(super) fn trace_return(&mut self) {
        self.trace_flush();
        if self.trace.as_ref().is_none_or(|t| !t.active()) {
            return;
        }
        let g = self.goid();
        let Some(f) = self.frames.last() else {
            return;
        };
        let (frame, func) = (f.id, f.func.0);
        if let Some(st) = self.trace_state.as_mut() {
            st.shadows.remove(&frame);
        }
        if let Some(t) = self.trace.as_mut() {
            t.emit(Event::Return { g, frame, func });
        }
    }

    /// A heap allocation.
    pub(super) fn trace_alloc(
        &mut self,
        a: &super::super::heap::Allocation,
        size: u64,
        ty: ObjType,
    ) {
        if self.trace.as_ref().is_none_or(|t| !t.active()) {
            return;
        }
        let span = self.mem.heap.span_of(a.addr).unwrap_or(0) as u64;
        let slot_size = if a.tiny {
            16
        } else {
            self.mem
                .heap
                .spans
                .get(span as usize)
                .map(|s| {
                    if s.class == 0 {
                        s.pages * super::super::sizeclass::PAGE_SIZE
                    } else {
                        s.slot_size
                    }
                })
                .unwrap_or(size)
        };
        let key = (
            self.alloc_label,
            ty.elem,
            if ty.count == 1 { size } else { ty.count },
        );
        let cached = self
            .trace_state
            .as_ref()
            .and_then(|st| st.type_names.get(&key).copied());
        let ty_index = match cached {
            Some(i) => i,
            None => {
                let name = self.alloc_type_name(size, ty);
                let i = self.trace.as_mut().map(|t| t.type_index(name)).unwrap_or(0);
                if let Some(st) = self.trace_state.as_mut() {
                    st.type_names.insert(key, i);
                }
                i
            }
        };
        let line = self
            .trace_state
            .as_ref()
            .and_then(|st| st.prologue_line)
            .unwrap_or(self.line.line);
        if let Some(t) = self.trace.as_mut() {
            t.alloc(
                a.addr, size, slot_size, a.class, span, a.tiny, ty_index, line,
            );
        }
    }

    fn alloc_type_name(&self, size: u64, ty: ObjType) -> String {
        if let Some(label) = self.alloc_label {
            label.to_string()
        } else if ty.elem.0 >= self.code.synth_base {
            "closure".to_string()
        } else {
            let elem = gofmt::runtime_type_string(self.prog, ty.elem);
            let esize = self.code.size_of(self.prog, ty.elem).max(1);
            if ty.count > 1 || (esize < size && size.is_multiple_of(esize)) {
                format!("[{}]{elem}", size / esize)
            } else {
                elem
            }
        }
    }

    /// A stack copy (growth or shrink), with the pointers it moved.
    pub(super) fn trace_stack_copy(&mut self, copy: &StackGrowth, adjusted: Vec<Adjusted>) {
        if let Some(t) = self.trace.as_mut() {
            t.emit(Event::StackCopy {
                grow: copy.new_size > copy.old_size,
                g: copy.goroutine,
                old_lo: copy.old_lo,
                old_size: copy.old_size,
                new_lo: copy.new_lo,
                new_size: copy.new_size,
                copied: copy.bytes_copied,
                adjusted,
            });
        }
        // Frames moved: their shadows are still right (same bytes), keyed by number.
    }

    /// The collector changed phase.
    pub(super) fn trace_gc_phase(&mut self, phase: &'static str, forced: bool) {
        let cycle = self.gc.num_gc + 1;
        let heap = self.mem.heap.stats.heap_alloc;
        let goal = if self.gc.next_gc == u64::MAX {
            0
        } else {
            self.gc.next_gc
        };
        if let Some(t) = self.trace.as_mut() {
            t.emit(Event::GcPhase {
                cycle: if phase == "off" { cycle - 1 } else { cycle },
                phase,
                forced,
                heap,
                goal,
            });
        }
    }

    /// The collector coloured the slot at `addr` (`size` bytes), reached through the pointer
    /// word at `from` (0: a pointer the runtime holds, or a black mark after scanning).
    pub(super) fn trace_mark(&mut self, addr: u64, size: u64, colour: &'static str, from: u64) {
        if !self.trace.as_ref().is_some_and(|t| t.active()) {
            return;
        }
        let global = self.global_at(from);
        if let Some(t) = self.trace.as_mut() {
            let objs = t.objects_in(addr, size);
            t.emit(Event::Mark {
                addr,
                objs,
                colour,
                from,
                global,
            });
        }
    }

    /// The name of the package variable whose bytes hold `addr`, if any.
    fn global_at(&self, addr: u64) -> Option<std::rc::Rc<str>> {
        if addr == 0 || addr >= HEAP_BASE {
            return None;
        }
        let globals = &self.code.globals;
        let i = globals.partition_point(|&g| g <= addr).checked_sub(1)?;
        let g = self.prog.globals.get(i)?;
        let size = self.prog.types.layout(g.ty).size.max(1);
        (addr < globals[i] + size).then(|| std::rc::Rc::from(g.name.as_str()))
    }

    /// The sweep freed these slots.
    pub(super) fn trace_sweep(&mut self, objects: u64, bytes: u64) {
        let freed = self
            .mem
            .heap
            .freed_log
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default();
        let cycle = self.gc.num_gc + 1;
        if let Some(t) = self.trace.as_mut() {
            for (base, size) in freed {
                t.free_range(base, size);
            }
            t.emit(Event::Sweep {
                cycle,
                objects,
                bytes,
            });
        }
    }

    /// Output the machine's caller printed for the program (the crash report).
    pub fn trace_output_text(&mut self, stream: &'static str, text: String) {
        self.trace_flush();
        self.trace_event(Event::Output { stream, text });
    }

    pub(super) fn trace_event(&mut self, e: Event) {
        if let Some(t) = self.trace.as_mut() {
            t.emit(e);
        }
    }

    /// The running goroutine's stack for the text form.
    fn stack_picture(&self) -> StackPicture {
        let (size, hi) = self.mem.stacks[self.stack]
            .as_ref()
            .map(|s| (s.bytes.len() as u64, s.hi()))
            .unwrap_or((0, 0));
        let used = self.frames.last().map(|f| hi - f.fp).unwrap_or(0);
        let mut frames = Vec::new();
        // The innermost frames only: a deep recursion would fill the screen.
        let skip = self.frames.len().saturating_sub(MAX_PICTURED_FRAMES);
        if skip > 0 {
            frames.push((format!("… {skip} outer frames"), Vec::new()));
        }
        for f in &self.frames[skip..] {
            let Some(layout) = self
                .trace_state
                .as_ref()
                .and_then(|st| st.layouts.get(f.func.0 as usize))
            else {
                continue;
            };
            let mut vars = Vec::new();
            for v in &layout.vars {
                let Ok(bytes) = self.mem.read(f.fp + v.off as u64, v.size as u64) else {
                    continue;
                };
                let var = self
                    .prog
                    .funcs
                    .get(f.func.0 as usize)
                    .and_then(|_| self.var_type(f.func, v.off));
                let shown = match var {
                    _ if v.moved => format!("{}(moved to heap)", self.show_word(bytes)),
                    Some(ty) => self.show(ty, bytes, 0),
                    None => "?".to_string(),
                };
                vars.push((v.name.to_string(), shown));
            }
            frames.push((layout.name.clone(), vars));
        }
        StackPicture {
            g: self.goid(),
            size,
            used,
            frames,
        }
    }

    pub(super) fn var_type(&self, func: FuncId, off: u32) -> Option<TypeId> {
        self.code.funcs[func.0 as usize]
            .slots
            .iter()
            .find(|s| s.0 == off)
            .map(|s| s.1)
    }

    /// A pointer word as the text form shows it: nil, →#object, →stack, →global.
    pub(super) fn show_word(&self, b: &[u8]) -> String {
        let w = u64::from_le_bytes(b[..8].try_into().unwrap_or([0; 8]));
        if w == 0 {
            return "nil".to_string();
        }
        if let Some((o, off)) = self.trace.as_ref().and_then(|t| t.object_at(w)) {
            return if off == 0 {
                format!("→#{o}")
            } else {
                format!("→#{o}+{off}")
            };
        }
        if w >= STACK_BASE {
            "→stack".to_string()
        } else {
            format!("{w:#x}")
        }
    }

    /// A value of type `ty` in a few characters.
    pub(super) fn show(&self, ty: TypeId, b: &[u8], depth: u32) -> String {
        use crate::types::Basic;
        let t = &self.prog.types;
        if depth > 2 {
            return "…".to_string();
        }
        let word = |i: usize| {
            u64::from_le_bytes(
                b.get(i..i + 8)
                    .and_then(|s| s.try_into().ok())
                    .unwrap_or([0; 8]),
            )
        };
        match t.under(ty) {
            Type::Basic(k) => match *k {
                Basic::Bool => (b.first() == Some(&1)).to_string(),
                Basic::String => {
                    let s = self.mem.read(word(0), word(8).min(24)).unwrap_or(&[]);
                    let mut q = gofmt::quote(s);
                    if word(8) > 24 {
                        q.insert(q.len() - 1, '…');
                    }
                    q
                }
                Basic::Float32 => gofmt::print_float(f32::from_bits(word(0) as u32) as f64),
                Basic::Float64 => format!("{}", f64::from_bits(word(0))),
                k if k.is_integer() => {
                    let mut buf = [0u8; 8];
                    let n = b.len().min(8);
                    buf[..n].copy_from_slice(&b[..n]);
                    let v = u64::from_le_bytes(buf);
                    if k.is_unsigned() {
                        v.to_string()
                    } else {
                        let bits = 8 * n as u32;
                        let shift = 64 - bits;
                        (((v << shift) as i64) >> shift).to_string()
                    }
                }
                _ => format!("{} B", b.len()),
            },
            Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_) => {
                self.show_word(b)
            }
            Type::Slice(_) => format!("{}[len {} cap {}]", self.show_word(b), word(8), word(16)),
            Type::Interface { .. } => {
                if word(0) == 0 {
                    "nil".to_string()
                } else {
                    let tn = Vm::type_of_word(word(0))
                        .map(|ty| gofmt::runtime_type_string(self.prog, ty))
                        .unwrap_or_else(|| "?".to_string());
                    format!("({tn}, {})", self.show_word(&b[8..16]))
                }
            }
            Type::Struct(fields) => {
                let mut parts = Vec::new();
                for (i, f) in fields.iter().enumerate() {
                    if i == 4 {
                        parts.push("…".to_string());
                        break;
                    }
                    let off = t.field_offset(ty, i) as usize;
                    let size = t.size(f.ty) as usize;
                    if let Some(fb) = b.get(off..off + size) {
                        parts.push(self.show(f.ty, fb, depth + 1));
                    }
                }
                format!("{{{}}}", parts.join(" "))
            }
            Type::Array { len, elem } => {
                let size = t.size(*elem) as usize;
                let mut parts = Vec::new();
                for i in 0..(*len as usize).min(4) {
                    if let Some(eb) = b.get(i * size..(i + 1) * size) {
                        parts.push(self.show(*elem, eb, depth + 1));
                    }
                }
                if *len > 4 {
                    parts.push("…".to_string());
                }
                format!("[{}]", parts.join(" "))
            }
            _ => format!("{} B", b.len()),
        }
    }
}
