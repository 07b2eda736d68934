//! Snapshots: the whole simulated memory at one moment of a run, as plain data.
//!
//! A [`Snapshot`] is what a memory picture shows: every goroutine's stack with its frames
//! and their named variables (value, type, address, where a pointer in them leads), and
//! every live heap object (its number, type, size class, span, and the pointers it holds),
//! optionally coloured by the collector. The book's SVG diagrams ([`crate::diagram`]) and
//! `memsim diagram` are drawn from snapshots; a snapshot knows nothing about drawing.
//!
//! A run takes snapshots at the [`Moment`]s it is asked for ([`snapshots`]): just before a
//! source line first runs, or at the end of a collection's mark phase (black: reached,
//! white: about to be swept). Object numbers are the trace's (`#1` is the first object the
//! program allocated), so a snapshot agrees with `memsim run --trace`.

use super::{NotRunnable, RunOptions, RunOutcome};
use crate::source::SourceFile;

/// When to take a snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// Just before the first statement on this line (1-based) starts, in any goroutine.
    Line(u32),
    /// At mark termination of this collection (1-based cycle number): what the collector
    /// reached is black, everything else white.
    Gc(u32),
}

impl std::str::FromStr for Moment {
    type Err = String;

    /// `LINE` (a source line, from 1), `gc` (the first collection) or `gcN`.
    fn from_str(s: &str) -> Result<Moment, String> {
        let number = |t: &str| t.parse::<u32>().ok().filter(|&n| n > 0);
        if let Some(n) = s.strip_prefix("gc") {
            if n.is_empty() {
                return Ok(Moment::Gc(1));
            }
            return number(n).map(Moment::Gc).ok_or_else(|| {
                format!("`{s}`: a collection is `gc` (the first) or `gcN` with N from 1")
            });
        }
        number(s).map(Moment::Line).ok_or_else(|| {
            format!("`{s}`: expected a line number from 1, `gc` (the first collection) or `gcN`")
        })
    }
}

impl std::fmt::Display for Moment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // The snapshot taken after the run (`record`'s last).
            Moment::Line(0) => write!(f, "when the program has stopped"),
            Moment::Line(l) => write!(f, "just before line {l} runs"),
            Moment::Gc(n) => write!(f, "at the end of marking in collection {n}"),
        }
    }
}

/// Where a pointer leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Into heap object `id`, `off` bytes from its start.
    Object { id: u64, off: u64 },
    /// Into a goroutine stack, at this address.
    Stack { addr: u64 },
    /// Somewhere else that is not nil (a global, static data).
    Other { addr: u64 },
}

/// The collector's colour of an object in a [`Moment::Gc`] snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Colour {
    /// Reached from a root: survives the cycle.
    Black,
    /// Not reached: the sweep frees it.
    White,
}

/// A named variable of a frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VarView {
    pub name: String,
    /// Go's name of its type.
    pub ty: String,
    /// The value in a few characters (`42`, `"hi"`, `→#3`, `{1 2}`).
    pub value: String,
    pub addr: u64,
    pub size: u64,
    /// The variable lives in a heap cell; the frame holds only a pointer to it.
    pub moved: bool,
    /// Pointers the variable holds (each pointer word that is not nil), by byte offset.
    pub pointers: Vec<(u64, Target)>,
}

/// A function's frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameView {
    pub func: String,
    /// The frame's lowest address (its variables are above).
    pub addr: u64,
    pub size: u64,
    pub vars: Vec<VarView>,
    /// The frame's area of unnamed stack-allocated objects (what `&T{}`, `new` or a
    /// constant `make` that does not escape allocate, and small `make` buffers): address
    /// and bytes.
    pub objects: Option<(u64, u64)>,
}

/// A goroutine and its stack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoroutineView {
    pub id: u64,
    /// This goroutine is the one running.
    pub running: bool,
    /// The stack's bounds: `[lo, hi)`. Frames are pushed downwards from `hi`.
    pub stack_lo: u64,
    pub stack_hi: u64,
    /// Bytes in use (from `hi` down to the innermost frame).
    pub used: u64,
    /// Outermost (the goroutine's first function) first.
    pub frames: Vec<FrameView>,
}

/// A live heap object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectView {
    /// The trace's object number.
    pub id: u64,
    pub addr: u64,
    /// Bytes the program asked for.
    pub size: u64,
    /// Go's name of what it holds (`main.point`, `[]int backing array`, ...).
    pub ty: String,
    /// The span holding it, the span's size class (0: a large object's own span) and
    /// bytes per slot.
    pub span: usize,
    pub class: u8,
    pub slot_size: u64,
    /// The span holds only pointer-free objects (the collector does not scan it).
    pub noscan: bool,
    /// Packed by the tiny allocator into a shared 16-byte block.
    pub tiny: bool,
    /// Pointers it holds, by byte offset.
    pub pointers: Vec<(u64, Target)>,
    /// Its colour in a [`Moment::Gc`] snapshot.
    pub colour: Option<Colour>,
}

/// The simulated memory at one moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub moment: Moment,
    /// Events the run's trace held when the snapshot was taken: a statement step's
    /// snapshot comes just before its `step` event (the event with this index).
    pub event: u64,
    /// The line about to run (the statement in progress for a GC snapshot).
    pub line: u32,
    /// Goroutines in creation order (`main` first); dead ones are left out.
    pub goroutines: Vec<GoroutineView>,
    /// Live heap objects in address order.
    pub objects: Vec<ObjectView>,
}

impl Snapshot {
    /// The object with this number.
    pub fn object(&self, id: u64) -> Option<&ObjectView> {
        self.objects.iter().find(|o| o.id == id)
    }

    /// A plain-text account of the picture, for readers who cannot see it (and for tests).
    pub fn describe(&self) -> String {
        let mut s = match self.moment {
            Moment::Line(_) => format!("Memory {}.\n", self.moment),
            Moment::Gc(_) => format!("Memory {} (line {}).\n", self.moment, self.line),
        };
        for g in &self.goroutines {
            s.push_str(&format!(
                "Goroutine {}{}: a {} B stack, {} B in use.\n",
                g.id,
                if g.running { " (running)" } else { "" },
                g.stack_hi - g.stack_lo,
                g.used
            ));
            for f in &g.frames {
                s.push_str(&format!("  Frame of {} ({} B):", f.func, f.size));
                if f.vars.is_empty() {
                    s.push_str(" no named variables.\n");
                    continue;
                }
                s.push('\n');
                for v in &f.vars {
                    s.push_str(&format!("    {} {} = {}", v.name, v.ty, v.value));
                    if v.moved {
                        s.push_str(" (moved to heap)");
                    }
                    for (_, t) in &v.pointers {
                        s.push_str(&format!(", points to {}", self.describe_target(t)));
                    }
                    s.push_str(".\n");
                }
                if let Some((_, bytes)) = f.objects {
                    s.push_str(&format!("    and {bytes} B of unnamed stack objects.\n"));
                }
            }
        }
        if self.objects.is_empty() {
            s.push_str("The heap holds no objects of the program.\n");
        }
        for o in &self.objects {
            s.push_str(&format!("Heap object #{}: {}, {} B", o.id, o.ty, o.size));
            if o.tiny {
                s.push_str(", in a 16 B tiny block");
            } else if o.class == 0 {
                s.push_str(&format!(", a large object ({} B span)", o.slot_size));
            } else {
                s.push_str(&format!(
                    ", size class {} ({} B slots)",
                    o.class, o.slot_size
                ));
            }
            match o.colour {
                Some(Colour::Black) => s.push_str(", black (reached, survives)"),
                Some(Colour::White) => s.push_str(", white (unreached, freed by the sweep)"),
                None => {}
            }
            for (off, t) in &o.pointers {
                s.push_str(&format!(", +{off} points to {}", self.describe_target(t)));
            }
            s.push_str(".\n");
        }
        s
    }
}

impl Snapshot {
    /// What a pointer leads to, in words.
    fn describe_target(&self, t: &Target) -> String {
        match *t {
            Target::Object { id, off: 0 } => format!("#{id}"),
            Target::Object { id, off } => format!("#{id}+{off}"),
            Target::Stack { addr } => {
                for g in &self.goroutines {
                    for f in &g.frames {
                        if let Some(v) = f
                            .vars
                            .iter()
                            .find(|v| (v.addr..v.addr + v.size.max(1)).contains(&addr))
                        {
                            return format!("{} in the frame of {}", v.name, f.func);
                        }
                        if let Some((a, n)) = f.objects
                            && (a..a + n).contains(&addr)
                        {
                            return format!("a stack object in the frame of {}", f.func);
                        }
                    }
                }
                "the stack".to_string()
            }
            Target::Other { .. } => "read-only data".to_string(),
        }
    }
}

/// Runs the program as [`super::run`] does, taking a snapshot at each of `moments` that
/// happens (in the order they happen; a moment the run never reaches has none).
pub fn snapshots(
    file: &SourceFile,
    opts: RunOptions,
    moments: &[Moment],
) -> Result<(RunOutcome, Vec<Snapshot>), NotRunnable> {
    let analysis = super::prepare(file)?;
    let trace = super::trace::TraceOptions {
        format: super::trace::TraceFormat::Json,
        color: false,
        max_steps: opts.max_steps,
    };
    let mut taken = Vec::new();
    let mut error = None;
    let outcome = super::run_analysis(
        file,
        &analysis,
        opts,
        Some((trace, Box::new(std::io::sink()), &mut error)),
        Some(Request {
            moments,
            every_step: false,
            taken: &mut taken,
        }),
    )?;
    Ok((outcome, taken))
}

/// What snapshots a run takes, and where it puts them.
pub(crate) struct Request<'a> {
    pub moments: &'a [Moment],
    /// Also one at every statement step the trace records, one at the end of every
    /// collection's marking, and one when the program has stopped ([`record`]).
    pub every_step: bool,
    pub taken: &'a mut Vec<Snapshot>,
}

/// A run recorded for the memory viewer ([`crate::viewer`]).
pub struct Recording {
    pub outcome: RunOutcome,
    /// The JSON trace (`simulator/TRACE.md`), capped at the statement steps asked for.
    pub trace: String,
    /// A snapshot just before every recorded statement step, one at the end of every
    /// collection's marking (coloured), and one after the program stopped
    /// ([`Moment::Line`]`(0)`), in the order they were taken.
    pub snapshots: Vec<Snapshot>,
}

/// Runs the program with a JSON trace of at most `max_steps` statement steps, taking a
/// snapshot at every step it records (see [`Recording`]).
pub fn record(
    file: &SourceFile,
    opts: RunOptions,
    max_steps: u64,
) -> Result<Recording, NotRunnable> {
    let analysis = super::prepare(file)?;
    let trace = super::trace::TraceOptions {
        format: super::trace::TraceFormat::Json,
        color: false,
        max_steps,
    };
    let buffer = SharedBuffer::default();
    let mut taken = Vec::new();
    let mut error = None;
    let outcome = super::run_analysis(
        file,
        &analysis,
        opts,
        Some((trace, Box::new(buffer.clone()), &mut error)),
        Some(Request {
            moments: &[],
            every_step: true,
            taken: &mut taken,
        }),
    )?;
    let trace = String::from_utf8_lossy(&buffer.0.borrow()).into_owned();
    Ok(Recording {
        outcome,
        trace,
        snapshots: taken,
    })
}

/// A writer whose bytes stay readable after the run that wrote them is gone.
#[derive(Clone, Default)]
struct SharedBuffer(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
