//! Which frame variables the collector may ignore: Go's stack liveness, at statement
//! granularity.
//!
//! Go's compiler records, for every point where a goroutine can stop for the collector,
//! which pointer slots of the frame are still *live* — read again later. A variable past
//! its last use is not a root: `runtime.GC()` after `for _, p := range big { … }` frees
//! what only `p` still points to. memsim computes the same from the typed program:
//!
//! * a variable is live at a statement if it is referred to on that statement's line or a
//!   later one (function literals included: a closure made later reads it), or anywhere in
//!   a loop that encloses the statement (the next iteration may read it);
//! * variables whose address is taken, variables captured by closures, results, and
//!   compiler temporaries are always live (Go keeps the first two as *stack objects*,
//!   reachable through live pointers, and reads results at return).
//!
//! The result is, per `Line` instruction of the compiled code, the pointer words of the
//! frame's variable area that are dead there ([`FuncCode::dead_at`]); the collector looks
//! up the statement a frame is stopped in and skips those words. Line granularity is
//! coarser than Go's instruction granularity, so memsim may keep an object alive for the
//! rest of a line where Go would not — never the other way round.
//!
//! [`FuncCode::dead_at`]: super::code::FuncCode::dead_at

use super::code::{FuncCode, Ins, Slot};
use super::compile::CodeProgram;
use crate::ir::visit::{Node, Shallow, walk_func, walk_stmt, walk_stmt_shallow};
use crate::ir::{ExprKind, FuncId, FuncKind, Program, Stmt, StmtKind, VarClass, VarId};
use crate::source::Pos;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Fills `fc.dead_at` for function `f` (compiled into `fc`).
pub fn compute(prog: &Program, cp: &CodeProgram, f: FuncId, fc: &mut FuncCode) {
    let func = prog.func(f);
    if !matches!(
        func.kind,
        FuncKind::TopLevel | FuncKind::Method { .. } | FuncKind::Closure
    ) {
        return;
    }
    // The last line each variable is referred to on.
    let mut last_line: HashMap<VarId, u32> = HashMap::new();
    walk_func(prog, f, true, &mut |n| {
        if let Node::Expr(e) = n
            && let ExprKind::Var(v) = e.kind
        {
            let l = last_line.entry(v).or_insert(0);
            *l = (*l).max(e.pos.line);
        }
    });
    let captured: HashSet<VarId> = prog
        .funcs
        .iter()
        .flat_map(|g| g.captures.iter().map(|c| c.var))
        .collect();
    // Candidates: the pointer words of each variable liveness applies to.
    let mut candidates: Vec<(VarId, Vec<Slot>)> = Vec::new();
    for (i, v) in prog.vars.iter().enumerate() {
        let id = VarId(i as u32);
        if v.func != f
            || v.addrtaken
            || matches!(v.class, VarClass::Result | VarClass::Temp)
            || captured.contains(&id)
        {
            continue;
        }
        let Some(loc) = cp.var_locs.get(&id) else {
            continue;
        };
        let size = if loc.heap {
            8
        } else {
            prog.types.size(v.ty) as u32
        };
        let words: Vec<Slot> = fc
            .pointer_words
            .iter()
            .copied()
            .filter(|w| (loc.slot..loc.slot + size).contains(w))
            .collect();
        if !words.is_empty() {
            candidates.push((id, words));
        }
    }
    if candidates.is_empty() {
        return;
    }
    // The variables of the loops enclosing each statement.
    let mut loops_at: HashMap<Pos, Rc<HashSet<VarId>>> = HashMap::new();
    let mut stack: Vec<Rc<HashSet<VarId>>> = vec![Rc::new(HashSet::new())];
    for s in &func.body {
        enclosing_loops(prog, s, &mut stack, &mut loops_at);
    }
    for (pc, ins) in fc.code.iter().enumerate() {
        let Ins::Line { pos } = ins else { continue };
        let Some(loops) = loops_at.get(pos) else {
            fc.dead_at.push((pc as u32, Box::default()));
            continue;
        };
        let dead: Vec<Slot> = candidates
            .iter()
            .filter(|(v, _)| {
                last_line.get(v).copied().unwrap_or(0) < pos.line && !loops.contains(v)
            })
            .flat_map(|(_, w)| w.iter().copied())
            .collect();
        // One entry per statement, empty ones too: a lookup finds the statement itself.
        fc.dead_at.push((pc as u32, dead.into()));
    }
}

fn enclosing_loops(
    prog: &Program,
    s: &Stmt,
    stack: &mut Vec<Rc<HashSet<VarId>>>,
    out: &mut HashMap<Pos, Rc<HashSet<VarId>>>,
) {
    let is_loop = matches!(s.kind, StmtKind::For { .. } | StmtKind::Range { .. });
    if is_loop {
        let mut set = (**stack.last().expect("outer set")).clone();
        walk_stmt(prog, s, true, &mut |n| {
            if let Node::Expr(e) = n
                && let ExprKind::Var(v) = e.kind
            {
                set.insert(v);
            }
        });
        stack.push(Rc::new(set));
    }
    let here = stack.last().expect("a set").clone();
    out.entry(s.pos)
        .and_modify(|e| {
            if !Rc::ptr_eq(e, &here) {
                let mut u = (**e).clone();
                u.extend(here.iter().copied());
                *e = Rc::new(u);
            }
        })
        .or_insert(here);
    walk_stmt_shallow(s, &mut |c| {
        if let Shallow::Stmt(c) = c {
            enclosing_loops(prog, c, stack, out);
        }
    });
    if is_loop {
        stack.pop();
    }
}

/// The pointer words dead in a frame of `fc` stopped at `pc` (the next instruction to run
/// is `pc`): those of the statement whose `Line` is the last at or before `pc − 1`.
pub fn dead_words(fc: &FuncCode, pc: u32) -> &[Slot] {
    if fc.dead_at.is_empty() {
        return &[];
    }
    let at = pc.saturating_sub(1);
    let i = fc.dead_at.partition_point(|(p, _)| *p <= at);
    if i == 0 {
        return &[];
    }
    &fc.dead_at[i - 1].1
}
