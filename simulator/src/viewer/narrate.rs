//! The viewer's narration: one plain sentence or a few per step, saying what the line that
//! just ran did to memory — frames pushed and popped, objects allocated (with the
//! compiler's reason when the line has a `-m` decision), stacks copied, the collector's
//! work, goroutines started, parked and woken, and what was printed. The narration is
//! what a screen reader announces, so it names everything the picture shows changing.

use super::{Diagnostic, Event, Sentence};
use crate::runtime::snapshot::Snapshot;

/// Lists longer than this are cut with "and N more".
const MAX_LISTED: usize = 4;

/// Writes the narration of a run.
pub struct Narrator<'a> {
    funcs: &'a [String],
    diagnostics: &'a [Diagnostic],
    sentences: &'a [Sentence],
}

impl<'a> Narrator<'a> {
    pub(crate) fn new(
        funcs: &'a [String],
        diagnostics: &'a [Diagnostic],
        sentences: &'a [Sentence],
    ) -> Narrator<'a> {
        Narrator {
            funcs,
            diagnostics,
            sentences,
        }
    }

    fn func(&self, e: &Event) -> String {
        let id = e["func"].as_u64().unwrap_or(0) as usize;
        let name = self.funcs.get(id).map(String::as_str).unwrap_or("?");
        super::layout::short_name(name).to_string()
    }

    /// What kinds of thing `events` did (`simulator/VIEWER.md`), for the jump controls.
    pub fn kinds(&self, events: &[Event], done: u32) -> Vec<&'static str> {
        let mut kinds = Vec::new();
        let mut add = |k: &'static str| {
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        };
        for e in events {
            match e["ev"].as_str().unwrap_or("") {
                "alloc" => add("alloc"),
                "free" => add("free"),
                "stack_grow" | "stack_shrink" => add("grow"),
                "gc_phase" | "mark" | "sweep" => add("gc"),
                "run" => add("switch"),
                "call" if !self.is_runtime_entry(e) => add("call"),
                "return" if !self.is_runtime_entry(e) => add("return"),
                "output" => add("output"),
                _ => {}
            }
        }
        if done > 0
            && self.diagnostics.iter().any(|d| {
                d.line == done
                    && (d.message.starts_with("moved to heap:")
                        || d.message.ends_with("escapes to heap"))
            })
        {
            add("escape");
        }
        kinds
    }

    /// Package initialisation frames, which the reader did not write.
    fn is_runtime_entry(&self, e: &Event) -> bool {
        self.func(e).starts_with("init")
    }

    /// The narration of a statement step: what the line `done` did (`events`) and which
    /// line runs next. `copy_first`: this is the step that shows a stack copy.
    pub fn step(&self, events: &[Event], done: u32, next: u32, copy_first: bool) -> String {
        let mut parts: Vec<String> = Vec::new();
        let did = self.did(events);
        match (done, did.is_empty()) {
            (0, true) => parts.push("The program starts in main.".into()),
            (0, false) => parts.push(format!("Before main: {}.", did.join("; "))),
            (l, true) => parts.push(format!("Line {l} ran.")),
            (l, false) => parts.push(format!("Line {l}: {}.", did.join("; "))),
        }
        // The compiler's decisions about the line, when its step did not already say.
        let said = parts.join(" ");
        let decisions: Vec<&str> = self
            .diagnostics
            .iter()
            .filter(|d| {
                done > 0
                    && d.line == done
                    && (d.message.starts_with("moved to heap:")
                        || d.message.ends_with("escapes to heap"))
                    && !said.contains(&d.message)
            })
            .map(|d| d.message.as_str())
            .collect();
        if !decisions.is_empty() {
            parts.push(format!(
                "The compiler decided for this line (go build -m): {}.",
                decisions.join("; ")
            ));
        }
        if copy_first {
            parts.push("The old segment is still drawn beside the new one; the flashed variables hold pointers the copy adjusted.".into());
        }
        parts.push(match next {
            0 => "The program has stopped.".to_string(),
            l => format!("Next: line {l}."),
        });
        parts.join(" ")
    }

    /// The step after a stack copy's step.
    pub fn after_copy(&self, next: u32) -> String {
        match next {
            0 => "The old stack segment is freed. The program has stopped.".into(),
            l => format!("The old stack segment is freed. Next: line {l}."),
        }
    }

    /// The last step of a run that crashed (exit status `exit`, `stderr` the whole
    /// stderr with Go's report at its end): says so in `say` instead of "The program has
    /// stopped.".
    pub fn crashed(&self, say: &mut String, exit: i32, stderr: &str) {
        let report = stderr
            .lines()
            .find(|l| l.starts_with("panic: ") || l.starts_with("fatal error: "));
        let mut told = match report {
            Some(l) => format!(
                "The program dies: Go prints {} with the rest of its report on stderr, and the process exits with status {exit}.",
                quote(l)
            ),
            None => format!("The program has stopped with exit status {exit}."),
        };
        if report.is_some_and(|l| l.starts_with("fatal error: ")) {
            told.push_str(
                " A fatal error is not a panic: no deferred call runs and recover cannot stop it.",
            );
        }
        const STOPPED: &str = "The program has stopped.";
        match say.find(STOPPED) {
            Some(at) => say.replace_range(at..at + STOPPED.len(), &told),
            None => {
                say.push(' ');
                say.push_str(&told);
            }
        }
    }

    /// A call whose frame did not fit a stack that may not grow any more.
    fn stack_overflow(&self, e: &Event) -> String {
        let n = |k: &str| e[k].as_u64().unwrap_or(0);
        let limit = n("limit");
        let whose = if limit == crate::runtime::vm::MAX_STACK {
            format!("Go's {limit}-byte limit")
        } else {
            format!("the {limit}-byte limit that debug.SetMaxStack set")
        };
        // The frame as `call` events give it, without return address and frame pointer.
        let need = n("need");
        let frame = need.saturating_sub(crate::runtime::vm::FRAME_LINKAGE);
        format!(
            "calling {} needs a {frame} B frame ({need} B with its return address and frame pointer), but {} of goroutine {}'s {} B stack are in use and {} B must stay free below the frames: Go would have to grow the stack to {} B, over {whose}, so it stops instead",
            self.func(e),
            n("used"),
            e["g"],
            n("size"),
            crate::runtime::vm::STACK_RESERVE,
            n("new_size"),
        )
    }

    /// What `events` did, as clauses.
    fn did(&self, events: &[Event]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut freed: Vec<String> = Vec::new();
        // The function just entered, and how many of its moved variables got their cells.
        let mut entered: Option<(String, usize)> = None;
        for e in events {
            let clause = match e["ev"].as_str().unwrap_or("") {
                "call" if !self.is_runtime_entry(e) => {
                    entered = Some((self.func(e), 0));
                    Some(format!("called {} (a {} B frame)", self.func(e), e["size"]))
                }
                "alloc" if entered.is_some() => {
                    let (func, n) = entered.as_mut().expect("checked");
                    let clause = self.alloc(e, Some((func, *n)));
                    *n += 1;
                    Some(clause)
                }
                "return" if !self.is_runtime_entry(e) => {
                    Some(format!("{} returned and its frame is gone", self.func(e)))
                }
                "alloc" => Some(self.alloc(e, None)),
                "free" => {
                    freed.push(format!("#{}", e["obj"]));
                    None
                }
                "stack_grow" | "stack_shrink" => Some(stack_copy(e)),
                "stack_overflow" => Some(self.stack_overflow(e)),
                "gc_phase" => match e["phase"].as_str() {
                    Some("sweep") => Some(format!("the sweep of collection {} ran", e["cycle"])),
                    Some("off") => Some(format!("collection {} is over", e["cycle"])),
                    _ => None,
                },
                "go" => Some(format!(
                    "goroutine {} was created to run {} with a {} B stack",
                    e["g"],
                    super::layout::short_name(e["func"].as_str().unwrap_or("?")),
                    e["stack_size"]
                )),
                "block" => Some(format!(
                    "goroutine {} parked ({})",
                    e["g"],
                    e["reason"].as_str().unwrap_or("waiting")
                )),
                "unblock" => Some(format!("goroutine {} is ready to run", e["g"])),
                "run" => Some(format!("the scheduler switched to goroutine {}", e["g"])),
                "exit" => Some(format!("goroutine {} exited", e["g"])),
                "output" if e["stream"] == "stdout" => Some(format!(
                    "printed {}",
                    quote(e["text"].as_str().unwrap_or(""))
                )),
                "output" => Some("printed an error report on stderr".into()),
                "truncated" => Some(format!(
                    "the recording stops here after {} steps (the program went on)",
                    e["steps"]
                )),
                _ => None,
            };
            if !matches!(e["ev"].as_str(), Some("alloc" | "store" | "call")) {
                entered = None;
            }
            if let Some(c) = clause
                && !out.contains(&c)
            {
                out.push(c);
            }
        }
        if !freed.is_empty() {
            out.push(format!("the sweep freed {}", list(&freed)));
        }
        out
    }

    /// An allocation, with the compiler's reason when its line has one. `entry`: the
    /// function just called and how many allocations it made already — a variable moved
    /// to the heap gets its cell when its function starts.
    fn alloc(&self, e: &Event, entry: Option<(&str, usize)>) -> String {
        let ty = e["type"].as_str().unwrap_or("?");
        let size = e["size"].as_u64().unwrap_or(0);
        let place = if e["tiny"] == true {
            "packed into a 16 B tiny block".to_string()
        } else if e["class"] == 0 {
            format!("in a span of its own ({} B)", e["slot_size"])
        } else {
            format!(
                "in size class {} ({} B slots), span {}",
                e["class"], e["slot_size"], e["span"]
            )
        };
        let mut s = format!(
            "allocated #{} ({ty}, {size} B) on the heap, {place}",
            e["obj"]
        );
        let line = e["line"].as_u64().unwrap_or(0) as u32;
        let why = self.diagnostics.iter().find(|d| {
            d.line == line
                && (d.message.starts_with("moved to heap:")
                    || d.message.ends_with("escapes to heap"))
        });
        if let Some(d) = why {
            s.push_str(&format!(" — go build -m, line {}: {}", d.line, d.message));
            if let Some(x) = &d.explain {
                s.push_str(&format!(" ({})", x.trim_end_matches('.')));
            }
        } else if let Some((func, n)) = entry
            && let Some(m) = self
                .sentences
                .iter()
                .filter(|m| {
                    m.func == func && m.go_says.iter().any(|g| g.starts_with("moved to heap:"))
                })
                .nth(n)
        {
            let says = m.go_says.iter().find(|g| g.starts_with("moved to heap:"));
            s.push_str(&format!(
                ": {func} starts by giving its variable a heap cell — go build -m, line {}: {} ({})",
                m.line,
                says.map_or("", String::as_str),
                m.sentence.trim_end_matches('.')
            ));
        }
        s
    }

    /// The first step of a collection: what the statement did before it, and the start.
    pub fn gc_start(
        &self,
        before: &[Event],
        done: u32,
        mark: Option<&Event>,
        snap: &Snapshot,
    ) -> String {
        let did = self.did(before);
        let mut s = match (done, did.is_empty()) {
            (0, _) => String::new(),
            (l, true) => format!("Line {} is running. ", l.max(snap.line)),
            (_, false) => format!("Line {} is running: {}. ", snap.line, did.join("; ")),
        };
        let cycle = mark.map(|m| m["cycle"].clone()).unwrap_or_default();
        let why = match mark {
            Some(m) if m["forced"] == true => "runtime.GC() asked for it".to_string(),
            Some(m) => format!(
                "the heap reached the pacer's goal ({} B of {} B)",
                m["heap"], m["goal"]
            ),
            None => "the runtime started it".to_string(),
        };
        s.push_str(&format!(
            "Collection {cycle} starts because {why}: the world stops and every object is white (W) until marking reaches it. {} objects are on the heap.",
            snap.objects.len()
        ));
        s
    }

    /// A group of mark events; `snap` is the memory the collector marks (the world is
    /// stopped: it is the same from the first mark to the last).
    pub fn marks(&self, marks: &[Event], queue: &[u64], snap: &Snapshot) -> String {
        let mut greyed = Vec::new();
        let mut blackened = Vec::new();
        for m in marks {
            let black = m["colour"] == "black";
            // A grey mark, or a pointer-free object blackened at once, was reached through
            // a pointer: say where it was.
            let from = reached_from(m, snap);
            for id in m["objs"].as_array().into_iter().flatten() {
                if black && from.is_none() {
                    blackened.push(format!("#{id}"));
                } else {
                    greyed.push((format!("#{id}"), from.clone(), black));
                }
            }
        }
        let mut parts = Vec::new();
        let one = greyed.len() == 1;
        let named = |group: &[&(String, Option<String>, bool)]| -> Vec<String> {
            group
                .iter()
                .map(|(id, from, _)| match from {
                    Some(f) if one => format!("{id} reached from {f}"),
                    Some(f) => format!("{id} (from {f})"),
                    None if one => format!("{id} reached"),
                    None => id.clone(),
                })
                .collect()
        };
        let (at_once, grey): (Vec<_>, Vec<_>) = greyed.iter().partition(|(_, _, black)| *black);
        let reached = |items: Vec<String>| {
            if one {
                items.concat()
            } else {
                format!("{} reached", list(&items))
            }
        };
        if !grey.is_empty() {
            parts.push(format!(
                "{}: grey (G), waiting in the worklist to be scanned",
                reached(named(&grey))
            ));
        }
        if !at_once.is_empty() {
            parts.push(format!(
                "{}: black (B) at once, with no pointers to follow",
                reached(named(&at_once))
            ));
        }
        if !blackened.is_empty() {
            parts.push(format!(
                "{} scanned: black (B), every pointer in it followed",
                list(&blackened)
            ));
        }
        let q = if queue.is_empty() {
            "The grey worklist is empty.".to_string()
        } else {
            let ids: Vec<String> = queue.iter().map(|q| format!("#{q}")).collect();
            format!("Grey worklist: {}.", list(&ids))
        };
        format!("Marking: {}. {q}", parts.join("; "))
    }

    /// The last step of marking.
    pub fn gc_end(
        &self,
        cycle: u32,
        colours: &std::collections::BTreeMap<u64, &'static str>,
    ) -> String {
        let white: Vec<String> = colours
            .iter()
            .filter(|(_, c)| **c == "white")
            .map(|(id, _)| format!("#{id}"))
            .collect();
        let black = colours.len() - white.len();
        if white.is_empty() {
            format!(
                "Marking of collection {cycle} is done: all {black} objects are black (reachable) and survive; the sweep frees nothing."
            )
        } else {
            format!(
                "Marking of collection {cycle} is done: {black} black object{} survive{}; {} stayed white (nothing reachable points to {}) and the sweep frees {}.",
                if black == 1 { "" } else { "s" },
                if black == 1 { "s" } else { "" },
                list(&white),
                if white.len() == 1 { "it" } else { "them" },
                if white.len() == 1 { "it" } else { "them" }
            )
        }
    }
}

fn stack_copy(e: &Event) -> String {
    let n = e["adjusted"].as_array().map_or(0, Vec::len);
    let verb = if e["ev"] == "stack_grow" {
        "grew"
    } else {
        "shrank"
    };
    format!(
        "goroutine {}'s stack {verb} from {} B to {} B: Go copied the {} B in use to a new segment and adjusted {n} pointer{} into the stack",
        e["g"],
        e["old_size"],
        e["new_size"],
        e["copied"],
        if n == 1 { "" } else { "s" }
    )
}

/// `a, b and c`, or `a, b, c, d and 3 more`.
/// Where the collector found the pointer a mark event followed: a package variable, a
/// heap object (`#3`), a variable of a frame (`p in main`), a frame's stack objects; `None`
/// when the runtime held it (a deferred call, a panic) or the event does not say.
fn reached_from(m: &Event, snap: &Snapshot) -> Option<String> {
    if let Some(g) = m["global"].as_str() {
        return Some(format!("the package variable {g}"));
    }
    let at = m["from"]
        .as_str()
        .and_then(|h| u64::from_str_radix(h.strip_prefix("0x")?, 16).ok())?;
    let inside = |base: u64, size: u64| base <= at && at < base + size.max(1);
    if let Some(o) = snap
        .objects
        .iter()
        .find(|o| inside(o.addr, o.size.max(o.slot_size)))
    {
        return Some(format!("#{}", o.id));
    }
    for f in snap.goroutines.iter().flat_map(|g| &g.frames) {
        let func = super::layout::short_name(&f.func);
        if let Some(v) = f.vars.iter().find(|v| inside(v.addr, v.size)) {
            return Some(format!("{} in {func}", v.name));
        }
        if let Some((base, size)) = f.objects
            && inside(base, size)
        {
            return Some(format!("a stack object of {func}"));
        }
    }
    None
}

fn list(items: &[String]) -> String {
    let shown: Vec<&str> = items.iter().take(MAX_LISTED).map(String::as_str).collect();
    let rest = items.len().saturating_sub(MAX_LISTED);
    match (shown.len(), rest) {
        (0, _) => String::new(),
        (1, 0) => shown[0].to_string(),
        (_, 0) => format!(
            "{} and {}",
            shown[..shown.len() - 1].join(", "),
            shown[shown.len() - 1]
        ),
        (_, r) => format!("{} and {r} more", shown.join(", ")),
    }
}

/// Printed text in quotes, newlines shown as `\n`, cut after 60 characters.
fn quote(text: &str) -> String {
    let mut s: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        s.push('…');
    }
    format!("\"{}\"", s.replace('\n', "\\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_cut() {
        let items: Vec<String> = (1..=6).map(|i| format!("#{i}")).collect();
        assert_eq!(list(&items[..1]), "#1");
        assert_eq!(list(&items[..3]), "#1, #2 and #3");
        assert_eq!(list(&items), "#1, #2, #3, #4 and 2 more");
    }

    #[test]
    fn output_is_quoted_on_one_line() {
        assert_eq!(quote("a\nb\n"), "\"a\\nb\\n\"");
    }
}
