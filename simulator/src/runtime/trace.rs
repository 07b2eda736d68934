//! The event trace of a run: what `memsim run --trace=json` writes and `--trace=text`
//! draws, and the input of the book's diagrams and memory viewer.
//!
//! The machine reports what it does as [`Event`]s — a statement starts, a frame is pushed
//! or popped, an object is allocated or freed, memory is written, a stack is copied, the
//! collector changes phase or colours an object, a goroutine starts, blocks, wakes or
//! exits, the program prints — and a [`Tracer`] writes them as they happen, so a trace
//! costs no memory however long the run. The JSON form is specified in `simulator/TRACE.md`
//! (schema `memsim-trace`, [`VERSION`]); its header carries the source, the `-m`
//! diagnostics and every function's frame layout, so a reader can rebuild the memory of
//! any step from the events alone.
//!
//! Identity is deterministic: objects are numbered 1, 2, … in allocation order, frames
//! in push order, goroutines by Go's ids, and every address is a simulated one — the same
//! program gives the same trace, byte for byte.
//!
//! Only statement steps are capped ([`TraceOptions::max_steps`]): past the cap the trace
//! says `truncated` and stops, while the program runs on to its end.

use std::collections::BTreeMap;
use std::io::Write;

/// Version of the JSON schema; bumped on any incompatible change.
pub const VERSION: u32 = 1;
/// The schema's name, the first field of every trace.
pub const SCHEMA: &str = "memsim-trace";

/// How the trace is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceFormat {
    /// One JSON document (see `simulator/TRACE.md`), one event per line.
    Json,
    /// A step-by-step picture of stacks and heap for a terminal.
    Text,
}

/// What to trace and how.
#[derive(Clone, Copy, Debug)]
pub struct TraceOptions {
    pub format: TraceFormat,
    /// Colours in the text form.
    pub color: bool,
    /// Statement steps recorded before the trace is truncated.
    pub max_steps: u64,
}

impl Default for TraceOptions {
    fn default() -> TraceOptions {
        TraceOptions {
            format: TraceFormat::Json,
            color: false,
            max_steps: 10_000,
        }
    }
}

/// Which memory a store wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Region {
    Stack,
    Heap,
    Global,
}

impl Region {
    fn name(self) -> &'static str {
        match self {
            Region::Stack => "stack",
            Region::Heap => "heap",
            Region::Global => "global",
        }
    }
}

/// A pointer the stack copier rewrote: where it is (in the new stack) and its values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Adjusted {
    pub at: u64,
    pub old: u64,
    pub new: u64,
}

/// One thing the machine did (see `simulator/TRACE.md` for each field).
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    Step {
        g: u64,
        /// Id of the running function in the header's `funcs`.
        func: u32,
        line: u32,
        col: u32,
    },
    Call {
        g: u64,
        frame: u64,
        func: u32,
        fp: u64,
        size: u64,
        line: u32,
    },
    Return {
        g: u64,
        frame: u64,
        func: u32,
    },
    Alloc {
        obj: u64,
        addr: u64,
        size: u64,
        /// Bytes of the slot (the size class), or of the pages of a large object.
        slot_size: u64,
        class: u8,
        span: u64,
        tiny: bool,
        ty: std::rc::Rc<str>,
        line: u32,
    },
    Free {
        obj: u64,
        addr: u64,
        size: u64,
    },
    Store {
        addr: u64,
        bytes: Vec<u8>,
        region: Region,
        /// The frame and variable written (stack stores of named variables).
        frame: Option<u64>,
        var: Option<std::rc::Rc<str>>,
        /// The object written and the offset in it (heap stores).
        obj: Option<(u64, u64)>,
    },
    StackCopy {
        grow: bool,
        g: u64,
        old_lo: u64,
        old_size: u64,
        new_lo: u64,
        new_size: u64,
        copied: u64,
        adjusted: Vec<Adjusted>,
    },
    /// A call's frame did not fit and the stack may not grow enough: Go's `newstack`
    /// throws `stack overflow`.
    StackOverflow {
        g: u64,
        /// The function called (id in the header's `funcs`).
        func: u32,
        /// The stack's size and the bytes in use.
        size: u64,
        used: u64,
        /// The frame that did not fit (with its return address and frame pointer).
        need: u64,
        /// The size the stack would have had to grow to.
        new_size: u64,
        /// The limit it exceeds (`debug.SetMaxStack`'s, 1 GB by default).
        limit: u64,
    },
    GcPhase {
        cycle: u32,
        phase: &'static str,
        forced: bool,
        heap: u64,
        goal: u64,
    },
    Mark {
        addr: u64,
        objs: Vec<u64>,
        colour: &'static str,
        /// The address of the pointer word through which the collector reached the slot
        /// (0 when the runtime holds the pointer, and for a black mark after scanning).
        from: u64,
        /// The package variable holding that word.
        global: Option<std::rc::Rc<str>>,
    },
    Sweep {
        cycle: u32,
        objects: u64,
        bytes: u64,
    },
    Go {
        g: u64,
        parent: u64,
        func: String,
        line: u32,
        stack_lo: u64,
        stack_size: u64,
    },
    Block {
        g: u64,
        reason: &'static str,
    },
    Unblock {
        g: u64,
    },
    Run {
        g: u64,
    },
    Exit {
        g: u64,
    },
    Output {
        stream: &'static str,
        text: String,
    },
    Truncated {
        steps: u64,
    },
}

/// A variable of a frame layout (the header's `funcs[].vars`).
#[derive(Clone, Debug)]
pub struct VarLayout {
    pub name: std::rc::Rc<str>,
    pub ty: String,
    pub off: u32,
    pub size: u32,
    /// The slot holds a pointer to the variable's heap cell (moved to heap).
    pub moved: bool,
}

/// A function's frame layout (the header's `funcs[]`).
#[derive(Clone, Debug)]
pub struct FuncLayout {
    pub name: String,
    pub frame_size: u32,
    pub vars: Vec<VarLayout>,
    /// Start of the frame's object area (stack-allocated objects), and its end.
    pub objects: (u32, u32),
}

/// What the header says besides the layouts.
pub struct Header<'a> {
    pub file: &'a str,
    pub source: &'a str,
    /// `-m` diagnostics: (line, col, message).
    pub diagnostics: &'a [(u32, u32, String)],
    pub funcs: &'a [FuncLayout],
}

/// A live object: its number and size.
#[derive(Clone, Copy, Debug)]
struct Obj {
    id: u64,
    size: u64,
    ty_index: usize,
}

/// Writes events as they come (see the module doc).
pub struct Tracer {
    opts: TraceOptions,
    out: Box<dyn Write>,
    /// The first write error (the trace stops; the run goes on).
    pub error: Option<std::io::Error>,
    first: bool,
    pub steps: u64,
    pub events: u64,
    truncated: bool,
    next_obj: u64,
    next_frame: u64,
    /// Live objects by address, and their bytes.
    objects: BTreeMap<u64, Obj>,
    live_bytes: u64,
    /// Type names of allocated objects (interned).
    type_names: Vec<std::rc::Rc<str>>,
    source_lines: Vec<String>,
    funcs: Vec<FuncLayout>,
    /// Text form: lines of the current step's events, and the last picture drawn.
    pending_text: Vec<String>,
    last_picture: String,
    /// JSON events not yet handed to `out`.
    buf: Json,
    /// Text form: something that changes the picture happened since it was drawn.
    picture_stale: bool,
}

/// A goroutine's stack as the text form draws it.
pub struct StackPicture {
    pub g: u64,
    pub size: u64,
    pub used: u64,
    /// Innermost last: (function, [(variable, value)]).
    pub frames: Vec<(String, Vec<(String, String)>)>,
}

impl Tracer {
    pub fn new(opts: TraceOptions, out: Box<dyn Write>) -> Tracer {
        Tracer {
            opts,
            out,
            error: None,
            first: true,
            steps: 0,
            events: 0,
            truncated: false,
            next_obj: 1,
            next_frame: 1,
            objects: BTreeMap::new(),
            live_bytes: 0,
            type_names: Vec::new(),
            source_lines: Vec::new(),
            funcs: Vec::new(),
            pending_text: Vec::new(),
            last_picture: String::new(),
            buf: Json::default(),
            picture_stale: true,
        }
    }

    /// Still recording (the step cap not reached, no write error).
    pub fn active(&self) -> bool {
        !self.truncated && self.error.is_none()
    }

    /// The next statement step will be recorded (not past the cap).
    pub fn records_next_step(&self) -> bool {
        self.active() && self.steps < self.opts.max_steps
    }

    pub fn format(&self) -> TraceFormat {
        self.opts.format
    }

    /// Text form: whether the stack and heap picture needs drawing again.
    pub fn wants_picture(&self) -> bool {
        self.opts.format == TraceFormat::Text && self.picture_stale && self.active()
    }

    /// Writes `s` after the buffered events.
    fn write(&mut self, s: &[u8]) {
        let pending = std::mem::take(&mut self.buf);
        self.write_out(&pending.0);
        self.buf = pending;
        self.buf.0.clear();
        self.write_out(s);
    }

    fn write_out(&mut self, s: &[u8]) {
        if self.error.is_some() || s.is_empty() {
            return;
        }
        if let Err(e) = self.out.write_all(s) {
            self.error = Some(e);
        }
    }

    /// Writes the header (JSON) or the title (text).
    pub fn begin(&mut self, h: &Header) {
        self.source_lines = h.source.lines().map(str::to_string).collect();
        self.funcs = h.funcs.to_vec();
        match self.opts.format {
            TraceFormat::Json => {
                let mut s = Json::default();
                s.push_str(&format!(
                    "{{\"schema\":\"{SCHEMA}\",\"version\":{VERSION},\"memsim\":\"{}\",\"go\":\"go1.27\",\"arch\":\"amd64\",\n",
                    env!("CARGO_PKG_VERSION")
                ));
                s.push_str("\"file\":");
                json_str(&mut s, h.file);
                s.push_str(",\n\"source\":");
                json_str(&mut s, h.source);
                s.push_str(",\n\"diagnostics\":[");
                for (i, (line, col, msg)) in h.diagnostics.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    s.push_str(&format!("\n{{\"line\":{line},\"col\":{col},\"message\":"));
                    json_str(&mut s, msg);
                    s.push('}');
                }
                s.push_str("],\n\"funcs\":[");
                for (i, f) in h.funcs.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    s.push_str(&format!("\n{{\"id\":{i},\"name\":"));
                    json_str(&mut s, &f.name);
                    s.push_str(&format!(
                        ",\"frame_size\":{},\"objects\":[{},{}],\"vars\":[",
                        f.frame_size, f.objects.0, f.objects.1
                    ));
                    for (j, v) in f.vars.iter().enumerate() {
                        if j > 0 {
                            s.push(',');
                        }
                        s.push_str("{\"name\":");
                        json_str(&mut s, &v.name);
                        s.push_str(",\"type\":");
                        json_str(&mut s, &v.ty);
                        s.push_str(&format!(
                            ",\"off\":{},\"size\":{},\"moved_to_heap\":{}}}",
                            v.off, v.size, v.moved
                        ));
                    }
                    s.push_str("]}");
                }
                s.push_str("],\n\"events\":[");
                self.write(&s.0);
            }
            TraceFormat::Text => {
                let title = format!(
                    "memsim trace of {} — each step is one statement; stacks grow down, addresses are simulated\n",
                    h.file
                );
                let t = self.paint(&title, Paint::Title);
                self.write(t.as_bytes());
            }
        }
    }

    /// Ends the trace: JSON closes the document with the run's summary.
    pub fn end(&mut self, summary: &[(&str, u64)]) {
        self.flush_text(None);
        match self.opts.format {
            TraceFormat::Json => {
                let mut s = String::from("\n],\n\"end\":{");
                for (i, (k, v)) in summary.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    s.push_str(&format!("\"{k}\":{v}"));
                }
                s.push_str("}}\n");
                self.write(s.as_bytes());
            }
            TraceFormat::Text => {
                let mut s = String::from("end:");
                for (k, v) in summary {
                    s.push_str(&format!(" {k}={v}"));
                }
                s.push('\n');
                let s = self.paint(&s, Paint::Title);
                self.write(s.as_bytes());
            }
        }
        if let Err(e) = self.out.flush()
            && self.error.is_none()
        {
            self.error = Some(e);
        }
    }

    /// A new frame's number.
    pub fn new_frame(&mut self) -> u64 {
        let id = self.next_frame;
        self.next_frame += 1;
        id
    }

    /// Records a heap allocation and returns the object's number.
    #[allow(clippy::too_many_arguments)]
    pub fn alloc(
        &mut self,
        addr: u64,
        size: u64,
        slot_size: u64,
        class: u8,
        span: u64,
        tiny: bool,
        ty_index: usize,
        line: u32,
    ) -> u64 {
        let id = self.next_obj;
        self.next_obj += 1;
        self.objects.insert(addr, Obj { id, size, ty_index });
        self.live_bytes += size;
        let ty = self.type_names[ty_index].clone();
        self.emit(Event::Alloc {
            obj: id,
            addr,
            size,
            slot_size,
            class,
            span,
            tiny,
            ty,
            line,
        });
        id
    }

    /// The index of a type name (see [`Tracer::alloc`]).
    pub fn type_index(&mut self, name: String) -> usize {
        self.type_names.push(name.into());
        self.type_names.len() - 1
    }

    /// Records that the slot `[base, base+size)` was swept: every object in it is freed.
    pub fn free_range(&mut self, base: u64, size: u64) {
        let dead: Vec<(u64, Obj)> = self
            .objects
            .range(base..base + size)
            .map(|(a, o)| (*a, *o))
            .collect();
        for (addr, o) in dead {
            self.objects.remove(&addr);
            self.live_bytes -= o.size;
            self.emit(Event::Free {
                obj: o.id,
                addr,
                size: o.size,
            });
        }
    }

    /// The objects that start in `[base, base+size)`.
    pub fn objects_in(&self, base: u64, size: u64) -> Vec<u64> {
        self.objects
            .range(base..base + size)
            .map(|(_, o)| o.id)
            .collect()
    }

    /// The object containing `addr` and the offset in it.
    pub fn object_at(&self, addr: u64) -> Option<(u64, u64)> {
        let (base, o) = self.objects.range(..=addr).next_back()?;
        (addr < base + o.size.max(1)).then_some((o.id, addr - base))
    }

    /// Live objects (number, address, size, type), in address order.
    pub fn live_objects(&self) -> Vec<(u64, u64, u64, &str)> {
        self.objects
            .iter()
            .map(|(a, o)| (o.id, *a, o.size, &*self.type_names[o.ty_index]))
            .collect()
    }

    /// Counts a statement step; false once the cap is reached (the trace is truncated).
    pub fn step(&mut self, g: u64, func: u32, line: u32, col: u32) -> bool {
        if !self.active() {
            return false;
        }
        if self.steps >= self.opts.max_steps {
            let steps = self.steps;
            self.emit(Event::Truncated { steps });
            self.truncated = true;
            return false;
        }
        self.steps += 1;
        self.emit(Event::Step { g, func, line, col });
        true
    }

    /// Writes one event.
    pub fn emit(&mut self, e: Event) {
        if self.error.is_some() || (self.truncated && !matches!(e, Event::Output { .. })) {
            return;
        }
        self.events += 1;
        if !matches!(e, Event::Step { .. } | Event::Output { .. }) {
            self.picture_stale = true;
        }
        match self.opts.format {
            TraceFormat::Json => {
                let mut s = std::mem::take(&mut self.buf);
                s.push_str(if self.first { "\n" } else { ",\n" });
                self.first = false;
                json_event(&mut s, &e);
                if s.0.len() >= 1 << 16 {
                    self.write_out(&s.0);
                    s.0.clear();
                }
                self.buf = s;
            }
            TraceFormat::Text => self.text_event(e),
        }
    }

    /// Text form: the picture of the running goroutine's stack and of the heap after a
    /// step, drawn when it changed.
    pub fn flush_text(&mut self, stack: Option<StackPicture>) {
        if self.opts.format != TraceFormat::Text || self.error.is_some() {
            return;
        }
        let mut out = String::new();
        for l in std::mem::take(&mut self.pending_text) {
            out.push_str(&l);
        }
        if let Some(st) = stack {
            let mut pic = String::new();
            let used_bar = bar(st.used, st.size, 16);
            pic.push_str(&format!(
                "     │ stack g{} {} B [{}] {} B used\n",
                st.g, st.size, used_bar, st.used
            ));
            for (func, vars) in &st.frames {
                let vs: Vec<String> = vars.iter().map(|(n, v)| format!("{n}={v}")).collect();
                pic.push_str(&format!("     │   {func:<18} {}\n", vs.join("  ")));
            }
            let n = self.objects.len();
            let mut heap = format!("     │ heap {n} objects, {} B", self.live_bytes);
            for o in self.objects.values().take(6) {
                let ty = &self.type_names[o.ty_index];
                heap.push_str(&format!("  #{} {ty} {} B", o.id, o.size));
            }
            if n > 6 {
                heap.push_str(&format!("  … {} more", n - 6));
            }
            heap.push('\n');
            pic.push_str(&heap);
            self.picture_stale = false;
            if pic != self.last_picture {
                self.last_picture = pic.clone();
                out.push_str(&self.paint(&pic, Paint::Picture));
            }
        }
        self.write(out.as_bytes());
    }

    fn text_event(&mut self, e: Event) {
        let (line, paint) = match &e {
            Event::Step { g, func, line, .. } => {
                let src = self
                    .source_lines
                    .get(*line as usize - 1)
                    .map(|s| s.trim())
                    .unwrap_or("");
                (
                    format!(
                        "{:>4} │ {src:<48} step {} · g{g} {}\n",
                        line,
                        self.steps,
                        self.func_name(*func)
                    ),
                    Paint::Step,
                )
            }
            Event::Call {
                frame, func, size, ..
            } => (
                format!(
                    "     │ → call {} (frame #{frame}, {} B)\n",
                    self.func_name(*func),
                    size + 16
                ),
                Paint::Plain,
            ),
            Event::Return { frame, func, .. } => (
                format!(
                    "     │ ← return from {} (frame #{frame})\n",
                    self.func_name(*func)
                ),
                Paint::Plain,
            ),
            Event::Alloc {
                obj,
                addr,
                size,
                slot_size,
                class,
                span,
                tiny,
                ty,
                ..
            } => {
                let how = if *tiny {
                    "tiny allocator: packed in a 16 B block".to_string()
                } else if *class == 0 {
                    format!("large object: its own {slot_size} B span")
                } else {
                    format!("size class {class} ({slot_size} B slots), span {span}")
                };
                (
                    format!("     │ + heap #{obj} {ty} {size} B at {addr:#x} — {how}\n"),
                    Paint::Alloc,
                )
            }
            Event::Free { obj, addr, size } => (
                format!("     │ − freed #{obj} ({size} B at {addr:#x})\n"),
                Paint::Free,
            ),
            Event::Store {
                region,
                var,
                obj,
                bytes,
                addr,
                ..
            } => {
                // Variables show in the stack picture; memory written through pointers
                // and stack objects are listed word by word.
                if var.is_some() {
                    return;
                }
                let what = match obj {
                    Some((o, 0)) => format!("heap #{o}"),
                    Some((o, off)) => format!("heap #{o}+{off}"),
                    None => format!("{} {addr:#x}", region.name()),
                };
                let mut words: Vec<String> = bytes
                    .chunks(8)
                    .take(4)
                    .map(|c| {
                        let mut b = [0u8; 8];
                        b[..c.len()].copy_from_slice(c);
                        let w = u64::from_le_bytes(b);
                        match self.object_at(w) {
                            Some((o, 0)) => format!("→#{o}"),
                            Some((o, off)) => format!("→#{o}+{off}"),
                            None if (0x00c8_0000_0000..0x00d0_0000_0000).contains(&w) => {
                                "→stack".to_string()
                            }
                            None => format!("{}", w as i64),
                        }
                    })
                    .collect();
                if bytes.len() > 32 {
                    words.push(format!("… ({} B)", bytes.len()));
                }
                (
                    format!("     │ = {what} ← {}\n", words.join(" ")),
                    Paint::Plain,
                )
            }
            Event::StackCopy {
                grow,
                g,
                old_size,
                new_size,
                copied,
                adjusted,
                old_lo,
                new_lo,
            } => (
                format!(
                    "     │ {} stack of g{g}: {old_size} B at {old_lo:#x} → {new_size} B at {new_lo:#x}, copied {copied} B, adjusted {} pointers{}\n",
                    if *grow { "⇑ grew" } else { "⇓ shrank" },
                    adjusted.len(),
                    match adjusted.first() {
                        Some(a) => format!(" (e.g. {:#x} → {:#x})", a.old, a.new),
                        None => String::new(),
                    }
                ),
                Paint::Stack,
            ),
            Event::StackOverflow {
                g,
                func,
                size,
                used,
                need,
                new_size,
                limit,
            } => (
                format!(
                    "     │ ✕ stack of g{g} cannot grow: {used} B of {size} B in use, a call of {} needs {need} B (frame, return address, frame pointer) and 800 B stay free: the stack would need {new_size} B, over the {limit}-byte limit\n",
                    self.func_name(*func)
                ),
                Paint::Stack,
            ),
            Event::GcPhase {
                cycle,
                phase,
                forced,
                heap,
                goal,
            } => (
                format!(
                    "     │ ◆ GC {cycle}{}: {phase} (heap {heap} B, goal {goal} B)\n",
                    if *forced { " (forced)" } else { "" }
                ),
                Paint::Gc,
            ),
            Event::Mark {
                objs,
                colour,
                from,
                global,
                ..
            } => {
                if objs.is_empty() {
                    return;
                }
                let ids: Vec<String> = objs.iter().map(|o| format!("#{o}")).collect();
                // Where the collector found the pointer: a package variable, a word of an
                // object, a stack slot.
                let via = match (global, *from) {
                    (Some(g), _) => format!(" from global {g}"),
                    (None, 0) => String::new(),
                    (None, at) => match self.object_at(at) {
                        Some((o, off)) => format!(" from #{o}+{off}"),
                        None if at >= super::memory::STACK_BASE => format!(" from stack {at:#x}"),
                        None => format!(" from {at:#x}"),
                    },
                };
                (
                    format!("     │   mark {} {colour}{via}\n", ids.join(",")),
                    Paint::Gc,
                )
            }
            Event::Sweep { objects, bytes, .. } => (
                format!("     │ ◆ sweep freed {objects} objects, {bytes} B\n"),
                Paint::Gc,
            ),
            Event::Go {
                g,
                func,
                stack_size,
                ..
            } => (
                format!("     │ ⇢ go: g{g} runs {func} on a new {stack_size} B stack\n"),
                Paint::Stack,
            ),
            Event::Block { g, reason } => {
                (format!("     │ ‖ g{g} blocks: {reason}\n"), Paint::Plain)
            }
            Event::Unblock { g } => (format!("     │ ▷ g{g} is ready\n"), Paint::Plain),
            Event::Run { g } => (format!("     │ ▶ g{g} runs\n"), Paint::Plain),
            Event::Exit { g } => (format!("     │ ✕ g{g} exits\n"), Paint::Plain),
            Event::Output { stream, text } => {
                let mut s = String::new();
                for l in text.split_inclusive('\n') {
                    s.push_str(&format!(
                        "     │ {} {}",
                        if *stream == "stdout" { "out>" } else { "err>" },
                        l
                    ));
                }
                if !s.ends_with('\n') {
                    s.push('\n');
                }
                (s, Paint::Output)
            }
            Event::Truncated { steps } => (
                format!(
                    "     │ … trace truncated after {steps} steps (raise with --trace-steps); the program runs on\n"
                ),
                Paint::Title,
            ),
        };
        let line = self.paint(&line, paint);
        if matches!(e, Event::Step { .. }) {
            self.pending_text.push(line);
        } else {
            self.pending_text.push(line);
            if self.pending_text.len() > 64 {
                self.flush_text(None);
            }
        }
    }

    fn func_name(&self, f: u32) -> &str {
        self.funcs
            .get(f as usize)
            .map(|f| f.name.as_str())
            .unwrap_or("?")
    }

    fn paint(&self, s: &str, p: Paint) -> String {
        if !self.opts.color {
            return s.to_string();
        }
        use colored::Colorize;
        let body = s.trim_end_matches('\n');
        let nl = &s[body.len()..];
        let c = match p {
            Paint::Title => body.bold(),
            Paint::Step => body.bold().blue(),
            Paint::Plain => body.normal(),
            Paint::Alloc => body.green(),
            Paint::Free => body.red(),
            Paint::Stack => body.cyan(),
            Paint::Gc => body.yellow(),
            Paint::Output => body.magenta(),
            Paint::Picture => body.dimmed(),
        };
        format!("{c}{nl}")
    }
}

#[derive(Clone, Copy)]
enum Paint {
    Title,
    Step,
    Plain,
    Alloc,
    Free,
    Stack,
    Gc,
    Output,
    Picture,
}

/// A bar of `width` cells, the used part filled.
fn bar(used: u64, size: u64, width: u64) -> String {
    let full = (used * width).div_ceil(size.max(1)).min(width);
    let mut s = String::new();
    for i in 0..width {
        s.push(if i < full { '█' } else { '·' });
    }
    s
}

/// A JSON text being built (bytes: no UTF-8 re-validation on the hot path).
#[derive(Default)]
pub struct Json(pub Vec<u8>);

impl Json {
    pub fn push_str(&mut self, s: &str) {
        self.0.extend_from_slice(s.as_bytes());
    }
    /// Appends an ASCII character.
    pub fn push(&mut self, c: char) {
        debug_assert!(c.is_ascii());
        self.0.push(c as u8);
    }
}

/// Appends `s` as a JSON string literal.
pub fn json_str(out: &mut Json, s: &str) {
    out.push('"');
    if !s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        out.push_str(s);
        out.push('"');
        return;
    }
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(c.encode_utf8(&mut [0; 4])),
        }
    }
    out.push('"');
}

/// `,"name":`, made at compile time.
macro_rules! k {
    ($name:literal) => {
        concat!(",\"", $name, "\":")
    };
}

/// Appends a `,"name":` made by [`k!`].
fn key(out: &mut Json, key: &str) {
    out.push_str(key);
}

/// Appends `v` in decimal (the trace's hot path: no `core::fmt`).
fn push_u64(out: &mut Json, mut v: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.0.extend_from_slice(&buf[i..]);
}

/// Appends `v` as `0x` and lowercase hexadecimal digits.
fn push_hex(out: &mut Json, mut v: u64) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut buf = [0u8; 18];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIGITS[(v & 15) as usize];
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    buf[i - 2] = b'0';
    buf[i - 1] = b'x';
    out.0.extend_from_slice(&buf[i - 2..]);
}

fn hex(out: &mut Json, k: &str, v: u64) {
    key(out, k);
    out.push('"');
    push_hex(out, v);
    out.push('"');
}

fn num(out: &mut Json, k: &str, v: u64) {
    key(out, k);
    push_u64(out, v);
}

fn text(out: &mut Json, k: &str, v: &str) {
    key(out, k);
    json_str(out, v);
}

fn json_event(s: &mut Json, e: &Event) {
    let kind = match e {
        Event::Step { .. } => "step",
        Event::Call { .. } => "call",
        Event::Return { .. } => "return",
        Event::Alloc { .. } => "alloc",
        Event::Free { .. } => "free",
        Event::Store { .. } => "store",
        Event::StackCopy { grow: true, .. } => "stack_grow",
        Event::StackCopy { grow: false, .. } => "stack_shrink",
        Event::StackOverflow { .. } => "stack_overflow",
        Event::GcPhase { .. } => "gc_phase",
        Event::Mark { .. } => "mark",
        Event::Sweep { .. } => "sweep",
        Event::Go { .. } => "go",
        Event::Block { .. } => "block",
        Event::Unblock { .. } => "unblock",
        Event::Run { .. } => "run",
        Event::Exit { .. } => "exit",
        Event::Output { .. } => "output",
        Event::Truncated { .. } => "truncated",
    };
    s.push_str("{\"ev\":\"");
    s.push_str(kind);
    s.push('"');
    match e {
        Event::Step { g, func, line, col } => {
            num(s, k!("g"), *g);
            num(s, k!("func"), *func as u64);
            num(s, k!("line"), *line as u64);
            num(s, k!("col"), *col as u64);
        }
        Event::Call {
            g,
            frame,
            func,
            fp,
            size,
            line,
        } => {
            num(s, k!("g"), *g);
            num(s, k!("frame"), *frame);
            num(s, k!("func"), *func as u64);
            hex(s, k!("fp"), *fp);
            num(s, k!("size"), *size);
            num(s, k!("line"), *line as u64);
        }
        Event::Return { g, frame, func } => {
            num(s, k!("g"), *g);
            num(s, k!("frame"), *frame);
            num(s, k!("func"), *func as u64);
        }
        Event::Alloc {
            obj,
            addr,
            size,
            slot_size,
            class,
            span,
            tiny,
            ty,
            line,
        } => {
            num(s, k!("obj"), *obj);
            hex(s, k!("addr"), *addr);
            num(s, k!("size"), *size);
            num(s, k!("slot_size"), *slot_size);
            num(s, k!("class"), *class as u64);
            num(s, k!("span"), *span);
            key(s, k!("tiny"));
            s.push_str(if *tiny { "true" } else { "false" });
            text(s, k!("type"), ty);
            num(s, k!("line"), *line as u64);
        }
        Event::Free { obj, addr, size } => {
            num(s, k!("obj"), *obj);
            hex(s, k!("addr"), *addr);
            num(s, k!("size"), *size);
        }
        Event::Store {
            addr,
            bytes,
            region,
            frame,
            var,
            obj,
        } => {
            hex(s, k!("addr"), *addr);
            num(s, k!("size"), bytes.len() as u64);
            key(s, k!("bytes"));
            s.push('"');
            const DIGITS: &[u8; 16] = b"0123456789abcdef";
            for b in bytes {
                s.0.push(DIGITS[(b >> 4) as usize]);
                s.0.push(DIGITS[(b & 15) as usize]);
            }
            s.push('"');
            if bytes.len() == 8 {
                let w = u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes"));
                hex(s, k!("word"), w);
            }
            text(s, k!("region"), region.name());
            if let Some(f) = frame {
                num(s, k!("frame"), *f);
            }
            if let Some(v) = var {
                text(s, k!("var"), v);
            }
            if let Some((o, off)) = obj {
                num(s, k!("obj"), *o);
                num(s, k!("off"), *off);
            }
        }
        Event::StackCopy {
            g,
            old_lo,
            old_size,
            new_lo,
            new_size,
            copied,
            adjusted,
            ..
        } => {
            num(s, k!("g"), *g);
            hex(s, k!("old_lo"), *old_lo);
            num(s, k!("old_size"), *old_size);
            hex(s, k!("new_lo"), *new_lo);
            num(s, k!("new_size"), *new_size);
            num(s, k!("copied"), *copied);
            let delta = (new_lo + new_size).wrapping_sub(old_lo + old_size) as i64;
            key(s, k!("delta"));
            if delta < 0 {
                s.push('-');
            }
            push_u64(s, delta.unsigned_abs());
            s.push_str(",\"adjusted\":[");
            for (i, a) in adjusted.iter().enumerate() {
                if i > 0 {
                    s.push(',');
                }
                s.push_str("{\"at\":\"");
                push_hex(s, a.at);
                s.push_str("\",\"old\":\"");
                push_hex(s, a.old);
                s.push_str("\",\"new\":\"");
                push_hex(s, a.new);
                s.push_str("\"}");
            }
            s.push(']');
        }
        Event::StackOverflow {
            g,
            func,
            size,
            used,
            need,
            new_size,
            limit,
        } => {
            num(s, k!("g"), *g);
            num(s, k!("func"), *func as u64);
            num(s, k!("size"), *size);
            num(s, k!("used"), *used);
            num(s, k!("need"), *need);
            num(s, k!("new_size"), *new_size);
            num(s, k!("limit"), *limit);
        }
        Event::GcPhase {
            cycle,
            phase,
            forced,
            heap,
            goal,
        } => {
            num(s, k!("cycle"), *cycle as u64);
            text(s, k!("phase"), phase);
            key(s, k!("forced"));
            s.push_str(if *forced { "true" } else { "false" });
            num(s, k!("heap"), *heap);
            num(s, k!("goal"), *goal);
        }
        Event::Mark {
            addr,
            objs,
            colour,
            from,
            global,
        } => {
            hex(s, k!("addr"), *addr);
            s.push_str(",\"objs\":[");
            for (i, o) in objs.iter().enumerate() {
                if i > 0 {
                    s.push(',');
                }
                push_u64(s, *o);
            }
            s.push(']');
            text(s, k!("colour"), colour);
            if *from != 0 {
                hex(s, k!("from"), *from);
            }
            if let Some(g) = global {
                text(s, k!("global"), g);
            }
        }
        Event::Sweep {
            cycle,
            objects,
            bytes,
        } => {
            num(s, k!("cycle"), *cycle as u64);
            num(s, k!("objects"), *objects);
            num(s, k!("bytes"), *bytes);
        }
        Event::Go {
            g,
            parent,
            func,
            line,
            stack_lo,
            stack_size,
        } => {
            num(s, k!("g"), *g);
            num(s, k!("parent"), *parent);
            text(s, k!("func"), func);
            num(s, k!("line"), *line as u64);
            hex(s, k!("stack_lo"), *stack_lo);
            num(s, k!("stack_size"), *stack_size);
        }
        Event::Block { g, reason } => {
            num(s, k!("g"), *g);
            text(s, k!("reason"), reason);
        }
        Event::Unblock { g } | Event::Run { g } | Event::Exit { g } => num(s, k!("g"), *g),
        Event::Output { stream, text: t } => {
            text(s, k!("stream"), stream);
            text(s, k!("text"), t);
        }
        Event::Truncated { steps } => num(s, k!("steps"), *steps),
    }
    s.push('}');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_like_json() {
        let mut s = Json::default();
        json_str(&mut s, "a\"b\\c\nd\u{1}é");
        assert_eq!(s.0, "\"a\\\"b\\\\c\\nd\\u0001é\"".as_bytes());
    }

    #[test]
    fn numbers_print_like_format() {
        for v in [0, 1, 9, 10, 255, 4096, 0xc000000000, u64::MAX] {
            let (mut d, mut h) = (Json::default(), Json::default());
            push_u64(&mut d, v);
            push_hex(&mut h, v);
            assert_eq!(d.0, format!("{v}").as_bytes());
            assert_eq!(h.0, format!("{v:#x}").as_bytes());
        }
    }

    #[test]
    fn bars_fill_in_proportion() {
        assert_eq!(bar(0, 2048, 4), "····");
        assert_eq!(bar(1024, 2048, 4), "██··");
        assert_eq!(bar(1, 2048, 4), "█···");
        assert_eq!(bar(4096, 2048, 4), "████");
    }
}
