//! Memory diagrams: a [`Snapshot`] drawn as SVG.
//!
//! The picture has two columns. On the left, every goroutine's stack: its frames from the
//! outermost (top) to the innermost, each a box listing the frame's named variables with
//! their types and values; a variable moved to the heap shows the pointer its frame keeps.
//! On the right, the live heap: objects grouped by the span that holds them, each labelled
//! with its number (the trace's `#N`), type and size, the span with its size class. Arrows
//! are pointers: from a variable to the object it points to, from an object to another
//! (drawn round the right-hand side), from a variable to another stack variable (round the
//! left-hand side). In a collection's snapshot, objects are black (reached) or white (about
//! to be freed), with a legend.
//!
//! The SVG is self-contained and meant to be inlined in HTML: boxes carry their own fill
//! colours, so they read the same on light and dark pages and on paper; loose text uses
//! `currentColor`, the surrounding page's text colour. It has a `<title>` and a `<desc>`
//! (the snapshot's [`Snapshot::describe`] text) for screen readers. Everything taken from
//! the program (names, string values) is XML-escaped. Output is deterministic.

use crate::runtime::snapshot::{Colour, Moment, Snapshot, Target};
use std::fmt::Write;

const WIDTH: u32 = 720;
const STACK_X: u32 = 24;
const STACK_W: u32 = 300;
const HEAP_X: u32 = 388;
const HEAP_W: u32 = 290;
const ROW: u32 = 20;
const CHAR_W: f64 = 7.0;
/// Innermost frames drawn per goroutine, and objects drawn: a deep recursion or a big
/// heap would make a picture nobody can read.
const MAX_FRAMES: usize = 10;
const MAX_OBJECTS: usize = 40;

const FRAME_FILL: &str = "#e7effa";
const FRAME_STROKE: &str = "#3f6aa1";
const HEAD_FILL: &str = "#c9daf2";
const OBJ_FILL: &str = "#fff1d6";
const OBJ_STROKE: &str = "#b86e00";
const INK: &str = "#1b1b1b";
const ARROW: &str = "#d9480f";
const MOVED: &str = "#8a3ffc";

/// XML-escapes text for an element's content or an attribute value.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// `s` cut to fit `width` pixels of the monospace font.
fn fit(s: &str, width: u32) -> String {
    let max = (width as f64 / CHAR_W) as usize;
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// Where an arrow may start or end: the row's vertical centre.
#[derive(Clone, Copy)]
struct Anchor {
    y: u32,
}

/// Draws `snap`. `id` makes the SVG's element ids unique in a page holding several.
pub fn svg(snap: &Snapshot, id: &str) -> String {
    let id = escape_xml(id);
    let mut body = String::new();
    let mut arrows = String::new();
    let gc = matches!(snap.moment, Moment::Gc(_));

    // Left column: stacks.
    let mut y = 28;
    let _ = write!(
        body,
        r#"<text x="{STACK_X}" y="18" class="h l">goroutine stacks (grow ↓)</text>"#
    );
    let _ = write!(
        body,
        r#"<text x="{HEAP_X}" y="18" class="h l">heap (by span)</text>"#
    );
    // Variable rows by address, for pointers into a stack.
    let mut var_rows: Vec<(u64, u64, u32)> = Vec::new();
    // (row y, targets) of variables holding pointers.
    let mut var_ptrs: Vec<(u32, Vec<Target>)> = Vec::new();
    for g in &snap.goroutines {
        let _ = write!(
            body,
            r#"<text x="{STACK_X}" y="{}" class="s l">goroutine {}{} · {} B stack, {} B used</text>"#,
            y + 12,
            g.id,
            if g.running { " (running)" } else { "" },
            g.stack_hi - g.stack_lo,
            g.used
        );
        y += 20;
        let skip = g.frames.len().saturating_sub(MAX_FRAMES);
        if skip > 0 {
            let _ = write!(
                body,
                r#"<text x="{}" y="{}" class="s l">… {skip} outer frames</text>"#,
                STACK_X + 8,
                y + 12
            );
            y += 18;
        }
        for f in &g.frames[skip..] {
            let rows = (f.vars.len() + usize::from(f.objects.is_some())).max(1) as u32;
            let h = ROW + rows * ROW + 4;
            let _ = write!(
                body,
                r#"<rect x="{STACK_X}" y="{y}" width="{STACK_W}" height="{h}" rx="4" fill="{FRAME_FILL}" stroke="{FRAME_STROKE}"/><rect x="{STACK_X}" y="{y}" width="{STACK_W}" height="{ROW}" rx="4" fill="{HEAD_FILL}" stroke="{FRAME_STROKE}"/><text x="{}" y="{}" fill="{INK}" class="b">{}</text><text x="{}" y="{}" fill="{INK}" class="s" text-anchor="end">frame {} B</text>"#,
                STACK_X + 6,
                y + 14,
                escape_xml(&fit(&f.func, STACK_W - 90)),
                STACK_X + STACK_W - 6,
                y + 14,
                f.size
            );
            let mut ry = y + ROW;
            if f.vars.is_empty() && f.objects.is_none() {
                let _ = write!(
                    body,
                    r#"<text x="{}" y="{}" fill="{INK}" class="s">(no named variables)</text>"#,
                    STACK_X + 8,
                    ry + 14
                );
            }
            for v in &f.vars {
                let mut label = format!("{} {} = {}", v.name, v.ty, v.value);
                if v.moved {
                    label = format!("{} *{} (moved to heap)", v.name, v.ty);
                }
                let colour = if v.moved { MOVED } else { INK };
                let _ = write!(
                    body,
                    r#"<text x="{}" y="{}" fill="{colour}" class="m">{}</text>"#,
                    STACK_X + 8,
                    ry + 14,
                    escape_xml(&fit(&label, STACK_W - 20))
                );
                var_rows.push((v.addr, v.size, ry + ROW / 2));
                if !v.pointers.is_empty() {
                    var_ptrs.push((ry + ROW / 2, v.pointers.iter().map(|p| p.1).collect()));
                }
                ry += ROW;
            }
            if let Some((addr, bytes)) = f.objects {
                let _ = write!(
                    body,
                    r#"<text x="{}" y="{}" fill="{INK}" class="m i">[stack objects: {bytes} B]</text>"#,
                    STACK_X + 8,
                    ry + 14,
                );
                var_rows.push((addr, bytes, ry + ROW / 2));
            }
            y += h + 6;
        }
        y += 10;
    }
    let stack_bottom = y;

    // Right column: the heap, span by span.
    let mut y = 28;
    let mut obj_rows: Vec<(u64, Anchor)> = Vec::new();
    let shown = &snap.objects[..snap.objects.len().min(MAX_OBJECTS)];
    if shown.is_empty() {
        let _ = write!(
            body,
            r#"<text x="{HEAP_X}" y="{}" class="s l">no objects of the program</text>"#,
            y + 12
        );
        y += 20;
    }
    let mut i = 0;
    while i < shown.len() {
        let span = shown[i].span;
        let group: Vec<_> = shown[i..].iter().take_while(|o| o.span == span).collect();
        let o0 = group[0];
        let what = if o0.class == 0 {
            format!("large object span · {} B", o0.slot_size)
        } else {
            format!(
                "span · class {} ({} B slots){}",
                o0.class,
                o0.slot_size,
                if o0.noscan { " · noscan" } else { "" }
            )
        };
        let _ = write!(
            body,
            r#"<text x="{HEAP_X}" y="{}" class="s l">{}</text>"#,
            y + 12,
            escape_xml(&what)
        );
        y += 18;
        for o in &group {
            let (fill, ink, stroke) = match o.colour {
                Some(Colour::Black) => ("#1b1b1b", "#ffffff", "#1b1b1b"),
                Some(Colour::White) => ("#ffffff", "#1b1b1b", "#6b6b6b"),
                None => (OBJ_FILL, INK, OBJ_STROKE),
            };
            let mut label = format!("#{} {} · {} B", o.id, o.ty, o.size);
            if o.tiny {
                label.push_str(" · tiny");
            }
            let _ = write!(
                body,
                r#"<rect x="{HEAP_X}" y="{y}" width="{HEAP_W}" height="{}" rx="3" fill="{fill}" stroke="{stroke}"/><text x="{}" y="{}" fill="{ink}" class="m">{}</text>"#,
                ROW + 2,
                HEAP_X + 6,
                y + 15,
                escape_xml(&fit(&label, HEAP_W - 12))
            );
            obj_rows.push((o.id, Anchor { y: y + ROW / 2 + 1 }));
            y += ROW + 6;
        }
        y += 6;
        i += group.len();
    }
    if snap.objects.len() > shown.len() {
        let _ = write!(
            body,
            r#"<text x="{HEAP_X}" y="{}" class="s l">… {} more objects</text>"#,
            y + 12,
            snap.objects.len() - shown.len()
        );
        y += 20;
    }
    if gc {
        let _ = write!(
            body,
            r##"<rect x="{HEAP_X}" y="{}" width="12" height="12" fill="#1b1b1b" stroke="#1b1b1b"/><text x="{}" y="{}" class="s l">black: reached, survives</text><rect x="{HEAP_X}" y="{}" width="12" height="12" fill="#ffffff" stroke="#6b6b6b"/><text x="{}" y="{}" class="s l">white: unreached, swept</text>"##,
            y + 4,
            HEAP_X + 18,
            y + 14,
            y + 22,
            HEAP_X + 18,
            y + 32
        );
        y += 40;
    }
    let heap_bottom = y;

    let object_y = |id: u64| obj_rows.iter().find(|(o, _)| *o == id).map(|(_, a)| a.y);
    let stack_y = |addr: u64| {
        var_rows
            .iter()
            .find(|(a, size, _)| (*a..*a + (*size).max(1)).contains(&addr))
            .map(|r| r.2)
    };
    // Arrows from variables.
    for (y1, targets) in &var_ptrs {
        for t in targets {
            match *t {
                Target::Object { id, .. } => {
                    if let Some(y2) = object_y(id) {
                        let (x1, x2) = (STACK_X + STACK_W, HEAP_X);
                        let _ = write!(
                            arrows,
                            r#"<path d="M{x1} {y1} C{} {y1} {} {y2} {} {y2}" class="a"/>"#,
                            x1 + 32,
                            x2 - 32,
                            x2 - 2
                        );
                    }
                }
                Target::Stack { addr } => {
                    if let Some(y2) = stack_y(addr).filter(|y2| y2 != y1) {
                        let x = STACK_X;
                        let _ = write!(
                            arrows,
                            r#"<path d="M{x} {y1} C{} {y1} {} {y2} {} {y2}" class="a"/>"#,
                            x - 20,
                            x - 20,
                            x - 2
                        );
                    }
                }
                Target::Other { .. } => {}
            }
        }
    }
    // Arrows between objects, round the right-hand side.
    for o in shown {
        let Some(y1) = object_y(o.id) else { continue };
        for (_, t) in &o.pointers {
            if let Target::Object { id, .. } = *t
                && let Some(y2) = object_y(id)
            {
                let x = HEAP_X + HEAP_W;
                let bulge = 26 + (y1.abs_diff(y2) / 8).min(30);
                let _ = write!(
                    arrows,
                    r#"<path d="M{x} {y1} C{} {y1} {} {y2} {} {y2}" class="a"/>"#,
                    x + bulge,
                    x + bulge,
                    x + 2
                );
            }
        }
    }

    let height = stack_bottom.max(heap_bottom) + 8;
    let title = format!("Memory {} (line {})", snap.moment, snap.line);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="memsim-diagram" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" style="max-width:100%;height:auto" role="img" aria-labelledby="{id}-title {id}-desc"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc><defs><marker id="{id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="{ARROW}"/></marker><style>#{id} text{{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}} #{id} .h{{font-weight:bold;font-size:13px}} #{id} .s{{font-size:11px}} #{id} .l{{fill:currentColor}} #{id} .b{{font-weight:bold}} #{id} .i{{font-style:italic}} #{id} .a{{fill:none;stroke:{ARROW};stroke-width:1.6;marker-end:url(#{id}-arrow)}}</style></defs><g id="{id}">"#,
        escape_xml(&title),
        escape_xml(&snap.describe()),
    );
    out.push_str(&body);
    out.push_str(&arrows);
    out.push_str("</g></svg>");
    out
}
