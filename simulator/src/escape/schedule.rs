//! Analysing independent batches on two threads, with the result one thread gives.
//!
//! Go analyses batches one after the other, callees first ([`super::batches`]); a batch
//! reads only the leak tags of the functions it refers to, which earlier batches computed.
//! Batches are therefore put in **levels**: a batch that refers to no other batch is in
//! level 0, any other in one more than the highest level it refers to. The batches of a
//! level do not read each other's tags, so the level is shared between this thread and one
//! more, and the next level starts when both are done.
//!
//! The result must not depend on this:
//!
//! * a batch sees exactly the tags it would see in Go's order: those of functions in
//!   earlier batches ([`Levels::earlier`]). A tag from a later batch that a lower level
//!   already computed is ignored, as it would not exist yet;
//! * each thread records which batch produced which lines and decisions, and they are put
//!   back in Go's batch order at the end (maps are only ever looked up, so their insertion
//!   order does not matter);
//! * if a batch ever asks for the tag of a function analysed in its own level or a later
//!   one — the reference graph missed a dependency — the levels are not trusted and the
//!   caller analyses the program again in order.
//!
//! Small programs, and builds without threads (the browser), run in order.

use super::{Batch, Decision, EscapeFacts, Leaks, Line, Options, State};
use crate::fxhash::HashMap;
use crate::ir::{FuncId, Program, VarId};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Below this many batches in a level, the level runs on this thread only.
pub(super) const MIN_PARALLEL_LEVEL: usize = 256;

/// Batches a thread takes from its level at a time.
const CHUNK: usize = 32;

/// Stack size of the second analysis thread: the analysis recurses over the program's
/// nesting like the pipeline thread (untouched pages cost nothing).
const WORKER_STACK: usize = 512 * 1024 * 1024;

/// The batches' levels, and the tags of the levels finished so far.
pub(super) struct Levels {
    /// The batch of each function (`u32::MAX`: in none).
    batch_of: Vec<u32>,
    /// The level of each batch.
    level_of: Vec<u32>,
    /// Tags computed by finished levels.
    pub(super) leaks: HashMap<VarId, Leaks>,
}

/// Whether a function's tags are visible to a batch.
pub(super) enum Earlier {
    /// Its batch comes at or after this one in Go's order: no tag yet.
    No,
    /// Its batch comes before, in a finished level.
    Done,
    /// Its batch comes before, in this level or a later one: the levels are wrong.
    SameLevel,
}

impl Levels {
    pub(super) fn earlier(&self, f: FuncId, batch: u32) -> Earlier {
        let b = self.batch_of.get(f.0 as usize).copied().unwrap_or(u32::MAX);
        if b >= batch {
            Earlier::No
        } else if self.level_of[b as usize] < self.level_of[batch as usize] {
            Earlier::Done
        } else {
            Earlier::SameLevel
        }
    }
}

/// Where one batch's lines and decisions are: `count` of each, next in `part`.
struct Segment {
    batch: u32,
    part: usize,
    lines: usize,
    decisions: usize,
}

/// What one thread produced for one level.
struct Part {
    lines: Vec<Line>,
    decisions: Vec<Decision>,
}

/// The batches' level numbers and the batch indices of each level (`None` if a batch refers
/// to a later one, which Go's order never does).
fn plan(prog: &Program, batches: &[Vec<FuncId>]) -> Option<(Levels, Vec<Vec<u32>>)> {
    let mut batch_of = vec![u32::MAX; prog.funcs.len()];
    for (i, b) in batches.iter().enumerate() {
        for &f in b {
            batch_of[f.0 as usize] = i as u32;
        }
    }
    let mut level_of = vec![0u32; batches.len()];
    let mut by_level: Vec<Vec<u32>> = Vec::new();
    for (i, b) in batches.iter().enumerate() {
        let mut level = 0;
        for &f in b {
            for &r in &prog.func(f).refs {
                let rb = batch_of[r.0 as usize];
                if rb == i as u32 || rb == u32::MAX {
                    continue;
                }
                if rb > i as u32 {
                    return None;
                }
                level = level.max(level_of[rb as usize] + 1);
            }
        }
        level_of[i] = level;
        let level = level as usize;
        if by_level.len() <= level {
            by_level.resize_with(level + 1, Vec::new);
        }
        by_level[level].push(i as u32);
    }
    let levels = Levels {
        batch_of,
        level_of,
        leaks: HashMap::default(),
    };
    Some((levels, by_level))
}

/// Analyses the batches level by level on two threads. `None` when that is not worth it or
/// not possible (the caller then analyses them in order).
///
/// A level of fewer than `min_level` batches runs on this thread only
/// ([`MIN_PARALLEL_LEVEL`]; tests pass 1 to share every level).
pub(super) fn analyze_in_levels(
    prog: &Program,
    opts: Options,
    batches: &[Vec<FuncId>],
    min_level: usize,
) -> Option<EscapeFacts> {
    if cfg!(all(target_family = "wasm", target_os = "unknown"))
        || batches.len() < 2 * min_level
        || std::thread::available_parallelism().map_or(1, |n| n.get()) < 2
    {
        return None;
    }
    let (mut levels, by_level) = plan(prog, batches)?;
    if by_level.iter().all(|l| l.len() < min_level) {
        return None;
    }
    let mut st = State::new(opts);
    let mut parts: Vec<Part> = Vec::new();
    let mut segments: Vec<Segment> = Vec::new();
    // The maps the second thread filled, merged at the end.
    let mut others: Vec<EscapeFacts> = Vec::new();
    for level in &by_level {
        let next = AtomicUsize::new(0);
        let part = parts.len();
        let other = if level.len() < min_level {
            run_chunks(
                prog,
                &mut st,
                batches,
                level,
                &next,
                &levels,
                part,
                &mut segments,
            );
            None
        } else {
            let (shared, next) = (&levels, &next);
            std::thread::scope(|scope| {
                let worker = std::thread::Builder::new()
                    .name("memsim-escape".into())
                    .stack_size(WORKER_STACK)
                    .spawn_scoped(scope, move || {
                        let mut st = State::new(opts);
                        let mut segments = Vec::new();
                        run_chunks(
                            prog,
                            &mut st,
                            batches,
                            level,
                            next,
                            shared,
                            part + 1,
                            &mut segments,
                        );
                        (st.facts, segments, st.out_of_level)
                    })
                    .ok();
                run_chunks(
                    prog,
                    &mut st,
                    batches,
                    level,
                    next,
                    shared,
                    part,
                    &mut segments,
                );
                worker.map(|w| match w.join() {
                    Ok(done) => done,
                    Err(panic) => std::panic::resume_unwind(panic),
                })
            })
        };
        parts.push(Part {
            lines: std::mem::take(&mut st.facts.lines),
            decisions: std::mem::take(&mut st.facts.decisions),
        });
        levels.leaks.extend(st.facts.param_leaks.drain());
        if let Some((mut facts, worker_segments, out_of_level)) = other {
            st.out_of_level |= out_of_level;
            parts.push(Part {
                lines: std::mem::take(&mut facts.lines),
                decisions: std::mem::take(&mut facts.decisions),
            });
            levels.leaks.extend(facts.param_leaks.drain());
            segments.extend(worker_segments);
            others.push(facts);
        }
        if st.out_of_level {
            return None;
        }
    }
    // Lines and decisions back in Go's batch order.
    segments.sort_unstable_by_key(|s| s.batch);
    let mut facts = st.facts;
    let mut part_lines: Vec<_> = Vec::with_capacity(parts.len());
    let mut part_decisions: Vec<_> = Vec::with_capacity(parts.len());
    for p in parts {
        part_lines.push(p.lines.into_iter());
        part_decisions.push(p.decisions.into_iter());
    }
    for s in &segments {
        facts
            .lines
            .extend(part_lines[s.part].by_ref().take(s.lines));
        facts
            .decisions
            .extend(part_decisions[s.part].by_ref().take(s.decisions));
    }
    facts.param_leaks = levels.leaks;
    for o in others {
        facts.moved_to_heap.extend(o.moved_to_heap);
        facts.alloc_escapes.extend(o.alloc_escapes);
        facts.zero_copy.extend(o.zero_copy);
        facts.capture_by_value.extend(o.capture_by_value);
    }
    Some(facts)
}

/// Takes chunks of `level`'s batches until none is left, analysing each and recording
/// where its lines and decisions went.
#[allow(clippy::too_many_arguments)]
fn run_chunks<'p>(
    prog: &'p Program,
    st: &mut State<'p>,
    batches: &[Vec<FuncId>],
    level: &[u32],
    next: &AtomicUsize,
    levels: &Levels,
    part: usize,
    segments: &mut Vec<Segment>,
) {
    loop {
        let start = next.fetch_add(CHUNK, Ordering::Relaxed);
        if start >= level.len() {
            return;
        }
        for &i in &level[start..(start + CHUNK).min(level.len())] {
            let (lines, decisions) = (st.facts.lines.len(), st.facts.decisions.len());
            let mut b = Batch::new(prog, st, &batches[i as usize], Some((levels, i)));
            b.run();
            b.recycle();
            segments.push(Segment {
                batch: i,
                part,
                lines: st.facts.lines.len() - lines,
                decisions: st.facts.decisions.len() - decisions,
            });
        }
    }
}
