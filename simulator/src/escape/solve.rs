//! Solving the graph: walk backwards from every location ("root") computing the fewest
//! dereferences from each reachable location to it (Bellman-Ford with a work queue, since
//! `&` edges are negative). A location whose *address* reaches a root that outlives it must
//! be heap allocated; a parameter whose value reaches the heap or a result gets a leak.
//! Newly escaping locations are walked again until nothing changes.

use super::Batch;
use super::graph::*;
use std::collections::VecDeque;

impl<'p> Batch<'p, '_> {
    /// Computes the minimal dereferences between all pairs of locations, to a fixed point.
    pub(super) fn walk_all(&mut self) {
        let mut todo: VecDeque<LocId> = VecDeque::with_capacity(self.locs.len());
        for i in (FIRST_REAL as usize)..self.locs.len() {
            todo.push_front(LocId(i as u32));
            self.locs[i].queued_walk_all = true;
        }
        for special in [MUTATOR, CALLEE, HEAP] {
            todo.push_front(special);
            self.locs[special.0 as usize].queued_walk_all = true;
        }
        let mut walkgen: u32 = 0;
        while let Some(root) = todo.pop_front() {
            self.locs[root.0 as usize].queued_walk_all = false;
            walkgen += 1;
            self.walk_one(root, walkgen, &mut todo);
        }
    }

    fn enqueue(&mut self, l: LocId, todo: &mut VecDeque<LocId>) {
        let loc = &mut self.locs[l.0 as usize];
        if !loc.queued_walk_all {
            loc.queued_walk_all = true;
            if loc.has(ATTR_ESCAPES) {
                // Escaping locations first: attrEscapes then propagates faster.
                todo.push_front(l);
            } else {
                todo.push_back(l);
            }
        }
    }

    /// Walks backwards from `root`.
    fn walk_one(&mut self, root: LocId, walkgen: u32, todo_all: &mut VecDeque<LocId>) {
        {
            let r = &mut self.locs[root.0 as usize];
            r.walkgen = walkgen;
            r.derefs = 0;
            r.dst = None;
        }
        // A closure called without tracking its results: its results are now lost.
        if self.locs[root.0 as usize].has(ATTR_CALLS)
            && let LocNode::Expr(e) = self.locs[root.0 as usize].node
            && let crate::ir::ExprKind::Closure(f) = e.kind
            && self.in_mutual_batch(f)
            && !self.closure_results_lost.contains(&f)
        {
            self.closure_results_lost.insert(f);
            let results = self.prog.func(f).results.clone();
            for r in results {
                let loc = self.var_loc(r);
                self.enqueue(loc, todo_all);
            }
        }
        // The queue is reused from walk to walk (one walk per location of every batch).
        let mut todo = std::mem::take(&mut self.st.walk_queue);
        todo.clear();
        todo.push_front(root);
        while let Some(l) = todo.pop_front() {
            self.locs[l.0 as usize].queued_walk_one = 0;
            let mut derefs = self.locs[l.0 as usize].derefs;
            let mut new_attrs: u8 = 0;
            // If l.derefs < 0, l's address flows to root.
            let address_of = derefs < 0;
            if address_of {
                // For "root = &l; l = x", x's address does not flow to root.
                derefs = 0;
                if self.outlives(root, l) {
                    if !self.locs[l.0 as usize].has(ATTR_ESCAPES) && self.want_explanations() {
                        let (pos, what, fname) = self.describe(l);
                        if self.level >= 2 {
                            self.line(pos, format!("{what} escapes to heap in {fname}:"));
                        }
                        self.explain_path(root, l);
                    }
                    new_attrs |= ATTR_ALL;
                } else if self.locs[root.0 as usize].has(ATTR_PERSISTS) {
                    new_attrs |= ATTR_PERSISTS;
                }
            }
            if derefs == 0 {
                new_attrs |= self.locs[root.0 as usize].attrs & (ATTR_MUTATES | ATTR_CALLS);
            }
            // l's value flows to root: record parameter leaks.
            if self.locs[l.0 as usize].param {
                if self.outlives(root, l) {
                    if !self.locs[l.0 as usize].has(ATTR_ESCAPES) && self.want_explanations() {
                        let (pos, what, fname) = self.describe(l);
                        let root_name = self.explain_loc(root);
                        if self.level >= 2 {
                            self.line(pos, format!("parameter {what} leaks to {root_name} for {fname} with derefs={derefs}:"));
                        }
                        self.explain_path(root, l);
                    }
                    self.leak_to(l, root, derefs);
                }
                if self.locs[root.0 as usize].has(ATTR_MUTATES) {
                    self.locs[l.0 as usize].param_esc.add_mutator(derefs);
                }
                if self.locs[root.0 as usize].has(ATTR_CALLS) {
                    self.locs[l.0 as usize].param_esc.add_callee(derefs);
                }
            }
            let loc_attrs = self.locs[l.0 as usize].attrs;
            if new_attrs & !loc_attrs != 0 {
                self.locs[l.0 as usize].attrs |= new_attrs;
                self.enqueue(l, todo_all);
                if self.locs[l.0 as usize].has(ATTR_ESCAPES) {
                    continue;
                }
            }
            let nedges = self.locs[l.0 as usize].edges.len();
            for i in 0..nedges {
                let edge = self.locs[l.0 as usize].edges[i];
                let src = &mut self.locs[edge.src.0 as usize];
                if src.has(ATTR_ESCAPES) {
                    continue;
                }
                let d = derefs + edge.derefs;
                if src.walkgen != walkgen || src.derefs > d {
                    src.walkgen = walkgen;
                    src.derefs = d;
                    src.dst = Some(l);
                    src.dst_edge_idx = i;
                    if src.queued_walk_one != walkgen {
                        src.queued_walk_one = walkgen;
                        todo.push_back(edge.src);
                    }
                }
            }
        }
        self.st.walk_queue = todo;
    }

    /// Records that parameter `l` leaks to `sink` with `derefs` dereferences.
    fn leak_to(&mut self, l: LocId, sink: LocId, derefs: i32) {
        let s = &self.locs[sink.0 as usize];
        if !s.has(ATTR_ESCAPES) && s.param_out && s.func == self.locs[l.0 as usize].func {
            let ri = s.result_index - 1;
            if ri < super::leaks::NUM_ESC_RESULTS {
                self.locs[l.0 as usize].param_esc.add_result(ri, derefs);
                return;
            }
        }
        self.locs[l.0 as usize].param_esc.add_heap(derefs);
    }

    /// Whether values stored in `l` may outlive `other` if `other` were on the stack.
    pub(super) fn outlives(&self, l: LocId, other: LocId) -> bool {
        let lo = &self.locs[l.0 as usize];
        let oo = &self.locs[other.0 as usize];
        // The heap outlives everything.
        if lo.has(ATTR_ESCAPES) {
            return true;
        }
        if l == MUTATOR || l == CALLEE {
            return false;
        }
        // Callers may do anything with results — except closures whose every call site is
        // known.
        if lo.param_out {
            if self.prog.contains_closure(oo.func, lo.func)
                && !self.closure_results_lost.contains(&lo.func)
            {
                return false;
            }
            return true;
        }
        // Same function: declared outside the other's loop.
        if lo.func == oo.func && lo.loop_depth < oo.loop_depth {
            return true;
        }
        // other is declared in a closure nested in l's function.
        if self.prog.contains_closure(lo.func, oo.func) {
            return true;
        }
        false
    }

    /// Prints how `src` flows to `root` (`-m=2`), and records the path for explanations.
    pub(super) fn explain_path(&mut self, root: LocId, src: LocId) {
        let (pos, _, _) = self.describe(src);
        let mut visited = crate::fxhash::HashSet::default();
        let mut cur = src;
        let mut steps = Vec::new();
        loop {
            if !visited.insert(cur) {
                if self.level >= 2 {
                    self.line(pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518".to_string());
                }
                break;
            }
            let Some(dst) = self.locs[cur.0 as usize].dst else {
                break;
            };
            let idx = self.locs[cur.0 as usize].dst_edge_idx;
            let Some(edge) = self.locs[dst.0 as usize].edges.get(idx).copied() else {
                break;
            };
            self.explain_flow(pos, dst, cur, edge.derefs, edge.notes);
            steps.push((dst, cur, edge.derefs, edge.notes));
            if dst == root {
                break;
            }
            cur = dst;
        }
        self.record_path(src, root, steps);
    }

    /// One `flow:` line and its `from` notes.
    pub(super) fn explain_flow(
        &mut self,
        pos: crate::source::Pos,
        dst: LocId,
        src: LocId,
        derefs: i32,
        notes: Option<NoteId>,
    ) {
        if self.level < 2 {
            return;
        }
        let ops = if derefs >= 0 {
            "*".repeat(derefs as usize)
        } else {
            "&".to_string()
        };
        let flow = format!(
            "  flow: {} ← {}{}:",
            self.explain_loc(dst),
            ops,
            self.explain_loc(src)
        );
        self.line(pos, flow);
        let mut n = notes;
        while let Some(id) = n {
            let note = self.notes[id.0 as usize];
            n = note.next;
            if note.why == super::GO_STATEMENT_NOTE || note.why == super::DEFER_IN_LOOP_NOTE {
                continue;
            }
            let (text, at) = self.where_text(note.at);
            self.line_at(pos, format!("    from {text} ({})", note.why), at);
        }
    }

    /// `{heap}`, `{temp}`, a variable's name, or `{storage for EXPR}`.
    pub(super) fn explain_loc(&self, l: LocId) -> String {
        if l == HEAP {
            return "{heap}".into();
        }
        match self.locs[l.0 as usize].node {
            LocNode::None => "{temp}".into(),
            LocNode::Var(v) => self.prog.var(v).name.to_string(),
            LocNode::Expr(e) => format!("{{storage for {}}}", self.printer().expr(e)),
        }
    }
}
