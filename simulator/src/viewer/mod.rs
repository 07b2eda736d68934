//! The memory viewer's documents: a Go program's run as steps, each a complete picture of
//! its memory already laid out, for the book's step-through viewer (`book/viewer/`).
//!
//! [`build`] runs the program with a capped trace, taking a [`Snapshot`] at every
//! statement step and at the end of every collection's marking
//! ([`crate::runtime::snapshot::record`]), and turns them into a [`Document`]
//! (`simulator/VIEWER.md`, schema `memsim-viewer`):
//!
//! * **steps** — one per statement step, plus micro-steps inside a statement for what the
//!   runtime does between two statements: a stack copied to a bigger segment (both
//!   segments shown, each adjusted pointer flashed), and a collection (all white, each
//!   object greyed and blackened with the grey worklist, the result of marking);
//! * **narration** — one plain sentence per step ([`narrate`]) saying what the line that
//!   just ran did to memory, with Go's `-m` line and memsim's explanation where the
//!   compiler's decision is the reason;
//! * **layout** — coordinates for every element, computed once for the whole run
//!   ([`layout`]) so that a frame, variable or object keeps its place for as long as it
//!   exists: nothing jiggles from one step to the next;
//! * **compression** — full pictures (keyframes) every [`KEYFRAME_EVERY`] steps and, for
//!   every step, only what changed.
//!
//! Everything is deterministic: the same program gives the same document, byte for byte.

pub mod layout;
pub mod narrate;

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::runtime::snapshot::{Moment, Snapshot, record};
use crate::runtime::{NotRunnable, RunOptions};
use crate::source::SourceFile;

/// Version of the document's schema (`simulator/VIEWER.md`).
pub const VERSION: u32 = 1;
/// A full picture every this many steps.
pub const KEYFRAME_EVERY: usize = 32;
/// Statement steps recorded by default (the book's examples are far below it).
pub const DEFAULT_MAX_STEPS: u64 = 400;
/// Mark events shown one by one in a collection; past it they are shown in groups.
const MARK_STEPS: usize = 24;

/// One picture: element key → element (see `simulator/VIEWER.md`).
pub type State = BTreeMap<String, Value>;

/// What to record.
#[derive(Clone, Debug)]
pub struct ViewerOptions {
    pub run: RunOptions,
    /// Statement steps recorded (the run itself always goes to its end).
    pub max_steps: u64,
    /// Author-marked key steps: the first step about to run each of these lines, or
    /// `gc` for the first collection.
    pub key_lines: Vec<KeyMark>,
    /// The document's title (the file name by default).
    pub title: Option<String>,
    /// The id of the static picture's SVG (unique in the page that shows it).
    pub static_id: String,
}

impl Default for ViewerOptions {
    fn default() -> ViewerOptions {
        ViewerOptions {
            run: RunOptions {
                max_steps: 5_000_000,
                ..RunOptions::default()
            },
            max_steps: DEFAULT_MAX_STEPS,
            key_lines: Vec::new(),
            title: None,
            static_id: "memsim-static".to_string(),
        }
    }
}

/// A key step the author asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyMark {
    /// The first time this line is about to run.
    Line(u32),
    /// The first collection's marking.
    Gc,
}

impl std::str::FromStr for KeyMark {
    type Err = String;

    fn from_str(s: &str) -> Result<KeyMark, String> {
        if s == "gc" {
            return Ok(KeyMark::Gc);
        }
        s.parse::<u32>()
            .ok()
            .filter(|&n| n > 0)
            .map(KeyMark::Line)
            .ok_or_else(|| format!("`{s}`: a key step is a line number from 1 or `gc`"))
    }
}

/// One step of the document.
#[derive(Clone, Debug)]
pub struct Step {
    /// The line about to run (0: the program has stopped).
    pub line: u32,
    /// The line that just ran (0: none).
    pub done: u32,
    /// The running goroutine.
    pub g: u64,
    /// What happened (see `simulator/VIEWER.md`).
    pub kinds: Vec<&'static str>,
    pub say: String,
    /// Bytes of stdout printed so far.
    pub out: usize,
    /// Bytes of stderr printed so far (`print`, `println`, and at the end a crash report).
    pub err: usize,
    /// The collector's phase.
    pub phase: Option<&'static str>,
    /// Elements to highlight in this step.
    pub flash: Vec<String>,
    pub state: State,
}

/// A whole viewer document.
pub struct Document {
    pub title: String,
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
    pub width: i64,
    pub height: i64,
    pub steps: Vec<Step>,
    pub key_steps: Vec<(usize, String)>,
    pub stdout: String,
    /// Everything the run printed on stderr: `print`/`println` output, and Go's report
    /// when the program panicked or hit a fatal error.
    pub stderr: String,
    /// The exit status the built Go binary would have (0, 2 for a panic or fatal error).
    pub exit: i32,
    pub truncated: bool,
    /// The last picture as a static SVG ([`crate::diagram`]).
    pub static_svg: String,
}

/// A `-m` line and memsim's sentence about it.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub line: u32,
    pub col: u32,
    pub message: String,
    pub explain: Option<String>,
}

/// A trace event, parsed.
pub(crate) type Event = Value;

/// Runs `file` and builds its viewer document.
pub fn build(file: &SourceFile, opts: &ViewerOptions) -> Result<Document, NotRunnable> {
    let rec = record(file, opts.run, opts.max_steps)?;
    let trace: Value = serde_json::from_str(&rec.trace).map_err(|e| {
        // The trace is memsim's own output: not parsing is memsim's bug.
        NotRunnable(format!("memsim could not read its own trace: {e}"))
    })?;
    let events: Vec<Event> = trace["events"].as_array().cloned().unwrap_or_default();
    let funcs: Vec<String> = trace["funcs"]
        .as_array()
        .map(|fs| {
            fs.iter()
                .map(|f| f["name"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default();
    let sentences = explanations(file);
    let diagnostics = diagnostics(&sentences, &trace);
    let truncated = events.iter().any(|e| e["ev"] == "truncated");
    let stdout = String::from_utf8_lossy(&rec.outcome.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&rec.outcome.stderr).into_owned();
    let exit = rec.outcome.exit_code;

    let lay = layout::Layout::plan(&rec.snapshots, &events, &funcs, &diagnostics);
    let words = narrate::Narrator::new(&funcs, &diagnostics, &sentences);
    let mut steps: Vec<Step> = Vec::new();
    let mut from = 0usize;
    let mut printed = 0usize;
    let mut errs = 0usize;
    let mut done = 0u32;
    let mut g = 1u64;
    // Scheduling states of the goroutines not running (`waiting (chan receive)`, …).
    let mut states: BTreeMap<u64, String> = BTreeMap::new();
    for snap in &rec.snapshots {
        let upto = (snap.event as usize).min(events.len());
        let between = &events[from.min(upto)..upto];
        for e in between {
            if e["ev"] == "output" {
                let n = e["text"].as_str().map_or(0, str::len);
                if e["stream"] == "stdout" {
                    printed += n;
                } else {
                    errs += n;
                }
            }
            let eg = e["g"].as_u64().unwrap_or(0);
            match e["ev"].as_str().unwrap_or("") {
                "run" => g = eg,
                "block" => {
                    let reason = e["reason"].as_str().unwrap_or("");
                    states.insert(eg, format!("waiting ({reason})"));
                }
                "unblock" | "go" => {
                    states.insert(eg, "runnable".into());
                }
                _ => {}
            }
        }
        match snap.moment {
            Moment::Gc(cycle) => {
                let at = RunPoint {
                    done,
                    g,
                    out: printed,
                    err: errs,
                };
                gc_steps(&mut steps, &lay, &words, snap, between, cycle, at, &states);
                // What the statement did before the collection is told in its first step.
            }
            Moment::Line(line) => {
                // A stack copied during the statement: show both segments first.
                let copies: Vec<&Event> = between
                    .iter()
                    .filter(|e| e["ev"] == "stack_grow" || e["ev"] == "stack_shrink")
                    .collect();
                let mut told = false;
                if !copies.is_empty() {
                    let (state, flash) = lay.state_with_copies(snap, &copies, &states);
                    steps.push(Step {
                        line: snap.line.max(line),
                        done,
                        g,
                        kinds: words.kinds(between, done),
                        say: words.step(between, done, line, true),
                        out: printed,
                        err: errs,
                        phase: None,
                        flash,
                        state,
                    });
                    told = true;
                }
                let state = lay.state(snap, None, &[], &states);
                let mut kinds = if told {
                    Vec::new()
                } else {
                    words.kinds(between, done)
                };
                if steps.last().is_some_and(|s| s.g != g) && !kinds.contains(&"switch") {
                    kinds.push("switch");
                }
                let say = if told {
                    words.after_copy(line)
                } else {
                    words.step(between, done, line, false)
                };
                steps.push(Step {
                    line,
                    done,
                    g,
                    kinds,
                    say,
                    out: printed,
                    err: errs,
                    phase: None,
                    flash: Vec::new(),
                    state,
                });
                done = line;
            }
        }
        from = upto;
    }
    tell_changed_values(&mut steps);
    // What is printed after the last snapshot: the crash report, on stderr, and what it
    // means in the last step's narration.
    if let Some(last) = steps.last_mut() {
        last.out = stdout.len();
        last.err = stderr.len();
        if exit != 0 && last.line == 0 && !truncated {
            words.crashed(&mut last.say, exit, &stderr);
            if !last.kinds.contains(&"output") {
                last.kinds.push("output");
            }
        }
    }
    let key_steps = key_steps(&steps, &opts.key_lines);
    let static_svg = rec
        .snapshots
        .iter()
        .rev()
        .find(|s| s.goroutines.iter().any(|g| !g.frames.is_empty()))
        .or(rec.snapshots.last())
        .map(|s| crate::diagram::svg(s, &opts.static_id))
        .unwrap_or_default();
    Ok(Document {
        title: opts
            .title
            .clone()
            .unwrap_or_else(|| file.display_name.clone()),
        source: file.text.clone(),
        diagnostics,
        width: lay.width,
        height: lay.height,
        steps,
        key_steps,
        stdout,
        stderr,
        exit,
        truncated,
        static_svg,
    })
}

/// Adds to each statement step's narration the variables whose values changed since the
/// step before (what the picture shows changing inside the frames).
fn tell_changed_values(steps: &mut [Step]) {
    const MAX_TOLD: usize = 4;
    for i in 1..steps.len() {
        if steps[i].phase.is_some() {
            continue;
        }
        let (before, after) = steps.split_at_mut(i);
        let (prev, step) = (&before[i - 1], &mut after[0]);
        // A collapsed lane shows its innermost frames in fixed slots: after a call or a
        // return a slot holds another call's frame, whose values are not changes.
        let (depth_before, depth_now) = (frame_depths(&prev.state), frame_depths(&step.state));
        let mut changed: Vec<String> = Vec::new();
        for (key, el) in &step.state {
            if el["t"] != "var" || el["ty"] == "" {
                continue;
            }
            let Some(old) = prev.state.get(key) else {
                continue;
            };
            let frame = key
                .strip_prefix("v:")
                .and_then(|k| k.rsplit_once(':'))
                .map(|(f, _)| format!("f:{f}"));
            let (before, now) = match frame.as_deref() {
                Some(f) => (depth_before.get(f), depth_now.get(f)),
                None => (None, None),
            };
            if before != now {
                continue;
            }
            if old["name"] == el["name"] && old["val"] != el["val"] {
                changed.push(format!(
                    "{} = {}",
                    el["name"].as_str().unwrap_or("?"),
                    el["val"].as_str().unwrap_or("?")
                ));
            }
        }
        if changed.is_empty() {
            continue;
        }
        let more = changed.len().saturating_sub(MAX_TOLD);
        changed.truncate(MAX_TOLD);
        let mut told = format!(" Now {}", changed.join(", "));
        if more > 0 {
            told.push_str(&format!(" and {more} more"));
        }
        told.push('.');
        // Before "Next: line N." so the next line stays last.
        match step.say.rfind(" Next: line ") {
            Some(at) => step.say.insert_str(at, &told),
            None => step.say.push_str(&told),
        }
    }
}

/// Each frame box's band key (`b:G:DEPTH`: which call it shows), by the frame's key.
fn frame_depths(state: &State) -> BTreeMap<&str, &str> {
    state
        .iter()
        .filter(|(_, el)| el["t"] == "band")
        .filter_map(|(key, el)| Some((el["frame"].as_str()?, key.as_str())))
        .collect()
}

/// Where a run is when a collection happens: the line that ran last, the goroutine
/// running and the stdout printed.
#[derive(Clone, Copy)]
struct RunPoint {
    done: u32,
    g: u64,
    out: usize,
    err: usize,
}

/// The micro-steps of one collection: everything white, each mark event, the result.
#[allow(clippy::too_many_arguments)]
fn gc_steps(
    steps: &mut Vec<Step>,
    lay: &layout::Layout,
    words: &narrate::Narrator,
    snap: &Snapshot,
    between: &[Event],
    cycle: u32,
    at: RunPoint,
    states: &BTreeMap<u64, String>,
) {
    let RunPoint { done, g, out, err } = at;
    let start = between
        .iter()
        .rposition(|e| e["ev"] == "gc_phase" && e["phase"] == "mark")
        .unwrap_or(0);
    let (before, marking) = between.split_at(start);
    let mut colours: BTreeMap<u64, &'static str> =
        snap.objects.iter().map(|o| (o.id, "white")).collect();
    let mut queue: Vec<u64> = Vec::new();
    let line = snap.line;
    let mut kinds = words.kinds(before, done);
    kinds.push("gc");
    steps.push(Step {
        line,
        done,
        g,
        kinds,
        say: words.gc_start(before, done, marking.first(), snap),
        out,
        err,
        phase: Some("mark"),
        flash: Vec::new(),
        state: lay.state(snap, Some(&colours), &queue, states),
    });
    let marks: Vec<&Event> = marking.iter().filter(|e| e["ev"] == "mark").collect();
    let per_step = marks.len().div_ceil(MARK_STEPS).max(1);
    for chunk in marks.chunks(per_step) {
        let mut flash = Vec::new();
        for m in chunk {
            let colour = if m["colour"] == "black" {
                "black"
            } else {
                "grey"
            };
            for id in m["objs"].as_array().into_iter().flatten() {
                let Some(id) = id.as_u64() else { continue };
                if !colours.contains_key(&id) {
                    continue;
                }
                colours.insert(id, colour);
                queue.retain(|&q| q != id);
                if colour == "grey" {
                    queue.push(id);
                }
                flash.push(format!("o:{id}"));
            }
        }
        flash.dedup();
        steps.push(Step {
            line,
            done,
            g,
            kinds: vec!["gc"],
            say: words.marks(
                &chunk.iter().map(|m| (*m).clone()).collect::<Vec<_>>(),
                &queue,
                snap,
            ),
            out,
            err,
            phase: Some("mark"),
            flash,
            state: lay.state(snap, Some(&colours), &queue, states),
        });
    }
    // The result as the collector sees it at mark termination.
    let final_colours: BTreeMap<u64, &'static str> = snap
        .objects
        .iter()
        .map(|o| {
            let c = match o.colour {
                Some(crate::runtime::snapshot::Colour::Black) => "black",
                _ => "white",
            };
            (o.id, c)
        })
        .collect();
    steps.push(Step {
        line,
        done,
        g,
        kinds: vec!["gc"],
        say: words.gc_end(cycle, &final_colours),
        out,
        err,
        phase: Some("mark_termination"),
        flash: Vec::new(),
        state: lay.state(snap, Some(&final_colours), &[], states),
    });
}

/// The `-m` lines of the trace's header, each with memsim's explanation when it has one.
fn diagnostics(sentences: &[Sentence], trace: &Value) -> Vec<Diagnostic> {
    trace["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            let line = d["line"].as_u64().unwrap_or(0) as u32;
            let col = d["col"].as_u64().unwrap_or(0) as u32;
            let message = d["message"].as_str().unwrap_or("").to_string();
            let explain = sentences
                .iter()
                .find(|s| s.line == line && s.col == col && s.go_says.contains(&message))
                .or_else(|| {
                    sentences
                        .iter()
                        .find(|s| s.line == line && s.go_says.contains(&message))
                })
                .map(|s| s.sentence.clone());
            Diagnostic {
                line,
                col,
                message,
                explain,
            }
        })
        .collect()
}

/// One of memsim's sentences about a decision.
pub(crate) struct Sentence {
    pub line: u32,
    pub col: u32,
    /// The function, as Go names it (`newPoint`, `(*T).M`).
    pub func: String,
    /// The `-m` lines it explains.
    pub go_says: Vec<String>,
    pub sentence: String,
}

/// memsim's sentences about every decision of the program.
fn explanations(file: &SourceFile) -> Vec<Sentence> {
    let Ok(a) = crate::analyze(
        file,
        crate::escape::Options {
            level: 0,
            explain: true,
        },
    ) else {
        return Vec::new();
    };
    crate::escape::explain::explain(&a.program, &a.facts)
        .into_iter()
        .map(|e| Sentence {
            line: e.pos.line,
            col: e.pos.col,
            func: e.func,
            go_says: e.go_says,
            sentence: e.sentence,
        })
        .collect()
}

/// The steps the author marked, labelled L1, L2, … in step order.
fn key_steps(steps: &[Step], marks: &[KeyMark]) -> Vec<(usize, String)> {
    let mut found: Vec<(usize, String)> = Vec::new();
    for m in marks {
        let hit = match m {
            KeyMark::Line(l) => steps
                .iter()
                .position(|s| s.line == *l && s.phase.is_none())
                .map(|i| (i, format!("before line {l}"))),
            KeyMark::Gc => steps
                .iter()
                .position(|s| s.phase == Some("mark_termination"))
                .map(|i| (i, "the collector's result".to_string())),
        };
        if let Some(h) = hit
            && !found.iter().any(|(i, _)| *i == h.0)
        {
            found.push(h);
        }
    }
    found.sort();
    found
}

impl Document {
    /// The document as JSON (`simulator/VIEWER.md`), with full pictures every
    /// [`KEYFRAME_EVERY`] steps and the changes of every step.
    pub fn to_json(&self) -> Value {
        let mut keyframes = serde_json::Map::new();
        let mut steps = Vec::new();
        let empty = State::new();
        for (i, s) in self.steps.iter().enumerate() {
            if i % KEYFRAME_EVERY == 0 {
                keyframes.insert(i.to_string(), Value::Object(to_map(&s.state)));
            }
            let prev = if i == 0 {
                &empty
            } else {
                &self.steps[i - 1].state
            };
            let (set, del) = diff(prev, &s.state);
            steps.push(json!({
                "line": s.line,
                "done": s.done,
                "g": s.g,
                "kinds": s.kinds,
                "say": s.say,
                "out": s.out,
                "err": s.err,
                "phase": s.phase,
                "flash": s.flash,
                "set": Value::Object(set),
                "del": del,
            }));
        }
        json!({
            "schema": "memsim-viewer",
            "version": VERSION,
            "memsim": env!("CARGO_PKG_VERSION"),
            "title": self.title,
            "source": self.source,
            "diagnostics": self.diagnostics.iter().map(|d| json!({
                "line": d.line, "col": d.col, "message": d.message, "explain": d.explain,
            })).collect::<Vec<_>>(),
            "width": self.width,
            "height": self.height,
            "keyframe_every": KEYFRAME_EVERY,
            "keyframes": Value::Object(keyframes),
            "steps": steps,
            "key_steps": self.key_steps.iter().enumerate().map(|(n, (step, title))| json!({
                "step": step, "label": format!("L{}", n + 1), "title": title,
            })).collect::<Vec<_>>(),
            "stdout": self.stdout,
            "stderr": self.stderr,
            "exit": self.exit,
            "truncated": self.truncated,
            "static_svg": self.static_svg,
        })
    }
}

fn to_map(state: &State) -> serde_json::Map<String, Value> {
    state.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// What changed from `a` to `b`: elements added or changed, and keys removed.
fn diff(a: &State, b: &State) -> (serde_json::Map<String, Value>, Vec<String>) {
    let set = b
        .iter()
        .filter(|(k, v)| a.get(*k) != Some(v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let del = a.keys().filter(|k| !b.contains_key(*k)).cloned().collect();
    (set, del)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_marks_parse() {
        assert_eq!("12".parse::<KeyMark>(), Ok(KeyMark::Line(12)));
        assert_eq!("gc".parse::<KeyMark>(), Ok(KeyMark::Gc));
        assert!("0".parse::<KeyMark>().is_err());
        assert!("x".parse::<KeyMark>().is_err());
    }

    #[test]
    fn diffs_rebuild_the_next_state() {
        let mut a = State::new();
        a.insert("x".into(), json!(1));
        a.insert("y".into(), json!(2));
        let mut b = State::new();
        b.insert("y".into(), json!(3));
        b.insert("z".into(), json!(4));
        let (set, del) = diff(&a, &b);
        let mut c = a.clone();
        for k in del {
            c.remove(&k);
        }
        for (k, v) in set {
            c.insert(k, v);
        }
        assert_eq!(c, b);
    }
}
