//! Where every element of the viewer's picture goes, decided once for the whole run.
//!
//! The picture has one lane per goroutine on the left and the heap on the right:
//!
//! * a lane shows its goroutine's stack **to scale** as a thin segment (the biggest stack
//!   of the run is [`SEG_MAX_H`] pixels tall, so a 2 KiB stack that doubles is seen to
//!   double), each frame's share of it as a band, and beside it the frames drawn legibly —
//!   outermost at the top, a row per variable — as Go's stack grows down from its top;
//! * the heap has a row per span, in the order spans are first used, and each object a
//!   box at the column of its slot among the slots of that span the run ever uses, so an
//!   object sits where its slot is and a freed slot's next object takes its place;
//! * pointers are arrows from the variable or object holding them to their target.
//!
//! [`Layout::plan`] looks at every snapshot first (lanes, spans, slots, the tallest stack
//! and frame column), so positions never depend on the step: an element that exists in two
//! steps has the same box in both.

use std::collections::BTreeMap;

use serde_json::json;

use super::{Diagnostic, Event, State};
use crate::runtime::snapshot::{FrameView, Snapshot, Target};

/// Width of a goroutine's lane.
const LANE_W: i64 = 252;
/// The stack segment's width, and the frames' offset and width in a lane.
const SEG_W: i64 = 20;
const FRAMES_X: i64 = 52;
const FRAME_W: i64 = 194;
/// Top of the lanes' and heap's contents (below their titles).
const TOP: i64 = 30;
/// A frame's title row and a variable's row.
const HEAD: i64 = 20;
const ROW: i64 = 16;
const FRAME_GAP: i64 = 6;
/// The tallest stack segment of the run.
pub const SEG_MAX_H: f64 = 180.0;
/// Frames drawn per lane: the outermost [`OUTER_FRAMES`] and the innermost rest.
const MAX_FRAMES: usize = 8;
const OUTER_FRAMES: usize = 2;
/// Heap objects' boxes, columns per span, and objects drawn per span.
const OBJ_W: i64 = 138;
const OBJ_H: i64 = 36;
const GAP: i64 = 8;
const COLS: i64 = 3;
const SPAN_HEAD: i64 = 18;
const MAX_SLOTS: usize = 24;
/// Arrows drawn from one heap object.
const MAX_OBJ_ARROWS: usize = 8;

/// Something holding pointers: its key, where its arrows start, and (offset, target) of
/// each pointer.
type PointerSource = (String, i64, i64, Vec<(u64, Target)>);

/// A span's row in the heap.
struct SpanRow {
    y: i64,
    label: String,
    /// Column order of the objects' addresses (every address the run ever used).
    slots: BTreeMap<u64, usize>,
}

/// The plan of a run's picture.
pub struct Layout {
    pub width: i64,
    pub height: i64,
    lanes: BTreeMap<u64, i64>,
    scale: f64,
    heap_x: i64,
    spans: BTreeMap<usize, SpanRow>,
    queue_y: i64,
    /// `moved to heap: x` lines by function, for the variables' `diag`.
    moved: Vec<(String, String, u32)>,
    /// Lines each function's statements are on.
    func_lines: BTreeMap<String, (u32, u32)>,
    /// Per goroutine, the height of its tallest frame (a collapsed lane's slot).
    slot_h: BTreeMap<u64, i64>,
}

impl Layout {
    /// Plans the picture of every snapshot of a run.
    pub fn plan(
        snaps: &[Snapshot],
        events: &[Event],
        funcs: &[String],
        diagnostics: &[Diagnostic],
    ) -> Layout {
        let mut lanes: BTreeMap<u64, i64> = BTreeMap::new();
        let mut biggest = 2048u64;
        let mut column = 0i64;
        let mut first_seen: Vec<usize> = Vec::new();
        let mut spans: BTreeMap<usize, (String, Vec<u64>)> = BTreeMap::new();
        let mut slot_h: BTreeMap<u64, i64> = BTreeMap::new();
        for s in snaps {
            for g in &s.goroutines {
                let tallest = g.frames.iter().map(frame_h).max().unwrap_or(HEAD);
                let h = slot_h.entry(g.id).or_insert(HEAD);
                *h = (*h).max(tallest);
            }
        }
        for s in snaps {
            for g in &s.goroutines {
                let n = lanes.len() as i64;
                lanes.entry(g.id).or_insert(n);
                biggest = biggest.max(g.stack_hi - g.stack_lo);
                column = column.max(frames_bottom(g.id, &g.frames, slot_h[&g.id]));
            }
            for o in &s.objects {
                if !spans.contains_key(&o.span) {
                    first_seen.push(o.span);
                }
                let entry = spans.entry(o.span).or_insert_with(|| {
                    (span_label(o.span, o.class, o.slot_size, o.tiny), Vec::new())
                });
                if !entry.1.contains(&o.addr) {
                    entry.1.push(o.addr);
                }
            }
        }
        for e in events {
            if e["ev"] == "stack_grow" || e["ev"] == "stack_shrink" {
                biggest = biggest.max(e["old_size"].as_u64().unwrap_or(0));
            }
        }
        if lanes.is_empty() {
            lanes.insert(1, 0);
        }
        let scale = SEG_MAX_H / biggest as f64;
        let heap_x = 10 + lanes.len() as i64 * LANE_W + 16;
        let mut y = TOP;
        let mut rows = BTreeMap::new();
        for span in first_seen {
            let (label, mut addrs) = spans.remove(&span).unwrap_or_default();
            addrs.sort_unstable();
            let shown = addrs.len().min(MAX_SLOTS) as i64;
            let label = if addrs.len() > MAX_SLOTS {
                format!("{label} · {} slots, {MAX_SLOTS} drawn", addrs.len())
            } else {
                label
            };
            let slots = addrs
                .iter()
                .take(MAX_SLOTS)
                .enumerate()
                .map(|(i, a)| (*a, i))
                .collect();
            rows.insert(span, SpanRow { y, label, slots });
            y += SPAN_HEAD + ((shown + COLS - 1) / COLS) * (OBJ_H + GAP) + GAP;
        }
        let queue_y = y;
        let lane_h = (TOP + SEG_MAX_H as i64).max(column) + 10;
        let height = lane_h.max(queue_y + 34).max(200);
        let width = heap_x + COLS * (OBJ_W + GAP) + 10;

        let mut func_lines: BTreeMap<String, (u32, u32)> = BTreeMap::new();
        for e in events {
            if e["ev"] != "step" {
                continue;
            }
            let (Some(f), Some(l)) = (e["func"].as_u64(), e["line"].as_u64()) else {
                continue;
            };
            let name = funcs.get(f as usize).cloned().unwrap_or_default();
            let r = func_lines.entry(name).or_insert((l as u32, l as u32));
            r.0 = r.0.min(l as u32);
            r.1 = r.1.max(l as u32);
        }
        let moved = diagnostics
            .iter()
            .filter_map(|d| {
                let name = d.message.strip_prefix("moved to heap: ")?;
                Some((name.to_string(), d.message.clone(), d.line))
            })
            .collect();
        Layout {
            width,
            height,
            lanes,
            scale,
            heap_x,
            spans: rows,
            queue_y,
            moved,
            func_lines,
            slot_h,
        }
    }

    fn lane_x(&self, g: u64) -> i64 {
        10 + self.lanes.get(&g).copied().unwrap_or(0) * LANE_W
    }

    /// The picture of a snapshot: `colours` during a collection (with the grey worklist
    /// `queue`), `states` the goroutines' scheduling states.
    pub fn state(
        &self,
        snap: &Snapshot,
        colours: Option<&BTreeMap<u64, &'static str>>,
        queue: &[u64],
        states: &BTreeMap<u64, String>,
    ) -> State {
        let mut st = State::new();
        // Anchors of pointer targets: variables by address range, objects by number.
        let mut var_spans: Vec<(u64, u64, String, i64, i64)> = Vec::new();
        let mut sources: Vec<PointerSource> = Vec::new();
        for g in &snap.goroutines {
            let x = self.lane_x(g.id);
            let state = if g.running {
                "running".to_string()
            } else {
                states
                    .get(&g.id)
                    .cloned()
                    .unwrap_or_else(|| "runnable".into())
            };
            let name = if g.id == 1 { " (main)" } else { "" };
            st.insert(
                format!("g:{}", g.id),
                json!({"t": "lane", "x": x, "y": 0, "w": LANE_W - 8, "h": self.height,
                       "g": g.id, "state": state,
                       "label": format!("goroutine {}{name} · {state}", g.id)}),
            );
            let size = g.stack_hi - g.stack_lo;
            st.insert(
                format!("s:{}", g.id),
                json!({"t": "seg", "x": x, "y": TOP, "w": SEG_W, "h": self.px(size),
                       "size": size, "used": g.used, "lo": format!("{:#x}", g.stack_lo),
                       "old": false}),
            );
            let innermost = g.frames.len().saturating_sub(1);
            let slot_h = self.slot_h.get(&g.id).copied().unwrap_or(HEAD);
            for (depth, key, fy, f) in shown_frames(g.id, &g.frames, slot_h) {
                let top = g.stack_hi.saturating_sub(f.addr + f.size);
                st.insert(
                    format!("b:{}:{depth}", g.id),
                    json!({"t": "band", "x": x, "y": TOP + self.px(top), "w": SEG_W,
                           "h": self.px(f.size).max(1), "frame": format!("f:{key}")}),
                );
                let fx = x + FRAMES_X;
                let short = short_name(&f.func);
                st.insert(
                    format!("f:{key}"),
                    json!({"t": "frame", "x": fx, "y": fy, "w": FRAME_W, "h": frame_h(f),
                           "func": f.func, "size": f.size,
                           "cur": g.running && depth == innermost,
                           "label": format!("{short} · {} B", f.size)}),
                );
                let mut ry = fy + HEAD;
                for (i, v) in f.vars.iter().enumerate() {
                    let vkey = format!("v:{key}:{i}");
                    let mut el = json!({"t": "var", "x": fx, "y": ry, "w": FRAME_W, "h": ROW,
                        "name": v.name, "ty": v.ty, "val": v.value, "moved": v.moved});
                    if v.moved
                        && let Some(d) = self.moved_diag(&f.func, &v.name)
                    {
                        el["diag"] = json!(d);
                    }
                    st.insert(vkey.clone(), el);
                    var_spans.push((
                        v.addr,
                        v.addr + v.size.max(1),
                        vkey.clone(),
                        fx + FRAME_W,
                        ry + ROW / 2,
                    ));
                    if !v.pointers.is_empty() {
                        sources.push((vkey, fx + FRAME_W, ry + ROW / 2, v.pointers.clone()));
                    }
                    ry += ROW;
                }
                if let Some((addr, bytes)) = f.objects {
                    let vkey = format!("v:{key}:objects");
                    st.insert(
                        vkey.clone(),
                        json!({"t": "var", "x": fx, "y": ry, "w": FRAME_W, "h": ROW,
                               "name": "stack objects", "ty": "", "val": format!("{bytes} B"),
                               "moved": false}),
                    );
                    var_spans.push((addr, addr + bytes, vkey, fx + FRAME_W, ry + ROW / 2));
                }
            }
            if g.frames.len() > MAX_FRAMES {
                let hidden = g.frames.len() - MAX_FRAMES;
                let y = more_y(slot_h);
                st.insert(
                    format!("f:{}:more", g.id),
                    json!({"t": "frame", "x": x + FRAMES_X, "y": y, "w": FRAME_W, "h": HEAD,
                           "func": "", "size": 0, "cur": false,
                           "label": format!("… {hidden} more frame{} …", if hidden == 1 { "" } else { "s" })}),
                );
            }
        }
        // The heap.
        let mut objects: BTreeMap<u64, (i64, i64)> = BTreeMap::new();
        for o in &snap.objects {
            let Some(row) = self.spans.get(&o.span) else {
                continue;
            };
            let Some(&slot) = row.slots.get(&o.addr) else {
                continue;
            };
            let (col, line) = (slot as i64 % COLS, slot as i64 / COLS);
            let ox = self.heap_x + col * (OBJ_W + GAP);
            let oy = row.y + SPAN_HEAD + line * (OBJ_H + GAP);
            st.entry(format!("p:{}", o.span)).or_insert_with(|| {
                let rows = (row.slots.len() as i64 + COLS - 1) / COLS;
                json!({"t": "span", "x": self.heap_x - 4, "y": row.y, "w": COLS * (OBJ_W + GAP),
                       "h": SPAN_HEAD + rows * (OBJ_H + GAP), "label": row.label})
            });
            let mut el = json!({"t": "obj", "x": ox, "y": oy, "w": OBJ_W, "h": OBJ_H,
                "id": o.id, "ty": o.ty, "size": o.size, "class": o.class, "slot": o.slot_size,
                "tiny": o.tiny, "label": format!("#{} {}", o.id, o.ty)});
            if let Some(c) = colours.and_then(|c| c.get(&o.id)) {
                el["gc"] = json!(c);
            }
            st.insert(format!("o:{}", o.id), el);
            objects.insert(o.id, (ox, oy));
            if !o.pointers.is_empty() {
                let ptrs = o.pointers.iter().take(MAX_OBJ_ARROWS).copied().collect();
                sources.push((format!("o:{}", o.id), ox + OBJ_W, oy + OBJ_H / 2, ptrs));
            }
        }
        // Pointers.
        for (from, x1, y1, ptrs) in sources {
            for (off, target) in ptrs {
                let (to, d, label) = match target {
                    Target::Object { id, off: into } => {
                        let Some(&(ox, oy)) = objects.get(&id) else {
                            continue;
                        };
                        let label = if into == 0 {
                            format!("#{id}")
                        } else {
                            format!("#{id}+{into}")
                        };
                        (format!("o:{id}"), curve(x1, y1, ox, oy + OBJ_H / 2), label)
                    }
                    Target::Stack { addr } => {
                        let Some((_, _, key, tx, ty)) = var_spans
                            .iter()
                            .find(|(lo, hi, ..)| (*lo..*hi).contains(&addr))
                        else {
                            continue;
                        };
                        let label = st
                            .get(key)
                            .and_then(|v| v["name"].as_str())
                            .map(|n| format!("&{n}"))
                            .unwrap_or_else(|| "stack".into());
                        (key.clone(), back_curve(x1, y1, *tx, *ty), label)
                    }
                    Target::Other { .. } => continue,
                };
                st.insert(
                    format!("a:{from}:{off}"),
                    json!({"t": "arrow", "from": from, "to": to, "d": d, "label": label}),
                );
            }
        }
        if colours.is_some() {
            let items: Vec<String> = queue.iter().map(|q| format!("#{q}")).collect();
            let label = if items.is_empty() {
                "grey worklist: empty".to_string()
            } else {
                format!("grey worklist: {}", items.join(" "))
            };
            st.insert(
                "q".into(),
                json!({"t": "queue", "x": self.heap_x - 4, "y": self.queue_y,
                       "w": COLS * (OBJ_W + GAP), "h": 24, "items": queue, "label": label}),
            );
        }
        st
    }

    /// The picture after a statement that copied stacks (`copies`: its `stack_grow` and
    /// `stack_shrink` events): the new segments with the old ones beside them, and the
    /// keys of the variables whose pointers the copy adjusted.
    pub fn state_with_copies(
        &self,
        snap: &Snapshot,
        copies: &[&Event],
        states: &BTreeMap<u64, String>,
    ) -> (State, Vec<String>) {
        let mut st = self.state(snap, None, &[], states);
        let mut flash = Vec::new();
        for c in copies {
            let g = c["g"].as_u64().unwrap_or(1);
            let old = c["old_size"].as_u64().unwrap_or(0);
            let x = self.lane_x(g) + SEG_W + 4;
            st.insert(
                format!("s:{g}:old"),
                json!({"t": "seg", "x": x, "y": TOP, "w": SEG_W, "h": self.px(old),
                       "size": old, "used": c["copied"], "lo": c["old_lo"], "old": true}),
            );
            for a in c["adjusted"].as_array().into_iter().flatten() {
                let Some(at) = a["at"].as_str().and_then(parse_hex) else {
                    continue;
                };
                if let Some(key) = var_at(snap, at, &self.slot_h) {
                    let key = format!("v:{key}");
                    if st.contains_key(&key) && !flash.contains(&key) {
                        flash.push(key);
                    }
                }
            }
        }
        (st, flash)
    }

    fn px(&self, bytes: u64) -> i64 {
        (bytes as f64 * self.scale).round() as i64
    }

    /// The `moved to heap` line about variable `name` of function `func`.
    fn moved_diag(&self, func: &str, name: &str) -> Option<String> {
        let range = self.func_lines.get(func);
        let mut candidates = self.moved.iter().filter(|(n, ..)| n == name);
        let all: Vec<_> = candidates.by_ref().collect();
        let pick = all
            .iter()
            .find(|(_, _, l)| range.is_some_and(|(lo, hi)| *l + 1 >= *lo && *l <= *hi))
            .or(all.first())?;
        Some(format!("line {}: {}", pick.2, pick.1))
    }
}

/// The frames a lane draws: (depth, key suffix `G:…`, top, frame). All of them while
/// there are at most [`MAX_FRAMES`]; past that the outermost [`OUTER_FRAMES`], a "more
/// frames" row, and the innermost rest, each in a slot of the lane's tallest frame's
/// height (`slot_h`), keyed by the slot — so a slot stays where it is while the recursion
/// deepens and only its contents change.
fn shown_frames(
    g: u64,
    frames: &[FrameView],
    slot_h: i64,
) -> Vec<(usize, String, i64, &FrameView)> {
    let n = frames.len();
    let mut out = Vec::new();
    if n <= MAX_FRAMES {
        let mut y = TOP;
        for (depth, f) in frames.iter().enumerate() {
            out.push((depth, format!("{g}:{depth}"), y, f));
            y += frame_h(f) + FRAME_GAP;
        }
        return out;
    }
    let inner = MAX_FRAMES - OUTER_FRAMES;
    for (depth, f) in frames.iter().enumerate() {
        if depth < OUTER_FRAMES {
            let y = TOP + depth as i64 * (slot_h + FRAME_GAP);
            out.push((depth, format!("{g}:c{depth}"), y, f));
        } else if depth >= n - inner {
            let slot = depth - (n - inner);
            let y = more_y(slot_h) + HEAD + FRAME_GAP + slot as i64 * (slot_h + FRAME_GAP);
            out.push((depth, format!("{g}:s{slot}"), y, f));
        }
    }
    out
}

/// The top of the "more frames" row of a collapsed lane.
fn more_y(slot_h: i64) -> i64 {
    TOP + OUTER_FRAMES as i64 * (slot_h + FRAME_GAP)
}

/// The bottom of a lane's frame column.
fn frames_bottom(g: u64, frames: &[FrameView], slot_h: i64) -> i64 {
    shown_frames(g, frames, slot_h)
        .last()
        .map_or(TOP, |(_, _, y, f)| y + frame_h(f))
}

fn frame_h(f: &FrameView) -> i64 {
    let rows = f.vars.len() + usize::from(f.objects.is_some());
    HEAD + ROW * rows as i64 + 4
}

/// The key suffix (`G:…:INDEX`) of the drawn variable holding stack address `addr`.
fn var_at(snap: &Snapshot, addr: u64, slot_h: &BTreeMap<u64, i64>) -> Option<String> {
    for g in &snap.goroutines {
        let h = slot_h.get(&g.id).copied().unwrap_or(HEAD);
        for (_, key, _, f) in shown_frames(g.id, &g.frames, h) {
            for (i, v) in f.vars.iter().enumerate() {
                if (v.addr..v.addr + v.size.max(1)).contains(&addr) {
                    return Some(format!("{key}:{i}"));
                }
            }
            if let Some((a, n)) = f.objects
                && (a..a + n).contains(&addr)
            {
                return Some(format!("{key}:objects"));
            }
        }
    }
    None
}

fn parse_hex(s: &str) -> Option<u64> {
    u64::from_str_radix(s.strip_prefix("0x")?, 16).ok()
}

/// `main.(*T).M` → `(*T).M`, `main.f` → `f`.
pub fn short_name(func: &str) -> &str {
    func.strip_prefix("main.").unwrap_or(func)
}

fn span_label(span: usize, class: u8, slot: u64, tiny: bool) -> String {
    if tiny {
        format!("span {span} · tiny blocks of 16 B")
    } else if class == 0 {
        format!("span {span} · a large object's own {slot} B")
    } else {
        format!("span {span} · size class {class} · {slot} B slots")
    }
}

/// An arrow rightwards (or curving back when the target is to the left).
fn curve(x1: i64, y1: i64, x2: i64, y2: i64) -> String {
    let dx = ((x2 - x1) / 2).max(40);
    format!("M{x1} {y1}C{} {y1} {} {y2} {x2} {y2}", x1 + dx, x2 - dx)
}

/// An arrow into the right edge of a stack variable.
fn back_curve(x1: i64, y1: i64, x2: i64, y2: i64) -> String {
    let out = x1.max(x2) + 36;
    format!("M{x1} {y1}C{out} {y1} {out} {y2} {x2} {y2}")
}
