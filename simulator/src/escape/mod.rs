//! Stage 4 of the pipeline: escape analysis, as Go 1.27's compiler does it.
//!
//! The problem: a Go value may live in its function's stack frame only if no pointer to it
//! can outlive the frame or be stored in the heap. Two invariants must hold: (1) no heap
//! object points to a stack object, (2) no pointer to a stack object outlives it (its frame
//! returns, or its loop iteration ends and the slot is reused).
//!
//! The method (Go's `cmd/compile/internal/escape`, modelled here on memsim's IR):
//!
//! 1. Functions are analysed in **batches**: strongly connected components of the static
//!    call graph, callees first ([`batches`]). A function literal that captures variables is
//!    analysed together with the function that contains it.
//! 2. In a batch, every variable and every allocating expression becomes a **location**;
//!    every assignment, explicit or implied (arguments, results, sends, captures,
//!    conversions), becomes an **edge** weighted by its dereference count
//!    (`p = &q` −1, `p = q` 0, `p = *q` +1) — see [`graph`] and [`walk`].
//! 3. The graph is **solved** ([`solve`]): from every location, walk edges backwards computing
//!    the fewest dereferences to each reachable location. If a location's address reaches
//!    something that outlives it (the heap, a result, a variable declared outside its loop),
//!    it must live on the heap. Repeat until nothing changes.
//! 4. Each parameter gets a **leak tag** — to the heap, to result *i*, with how many
//!    dereferences ([`leaks`]) — which callers analysed later use instead of the body.
//!
//! Results are kept as data ([`EscapeFacts`]) for the runtime, the book and the exercises,
//! and printed as Go prints them ([`EscapeFacts::lines`], `-m` and `-m=2`).

mod bounds;
mod graph;
pub mod leaks;
mod oracle;
mod solve;
mod walk;

pub use graph::Where;
use graph::*;
pub use leaks::Leaks;
pub use oracle::Oracle;
pub use oracle::is_nop_conversion;
pub use oracle::outer_var as outer_var_of;

use crate::fxhash::{HashMap, HashSet};
use crate::ir::fmt::{Overrides, Printer};
use crate::ir::visit::{Node, walk_func};
use crate::ir::{Callee, Expr, ExprKind, FuncId, FuncKind, Program, StrConvKind, VarClass, VarId};
use crate::source::Pos;
use crate::types::constant::Value;
use std::rc::Rc;

/// What to produce.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// 1 for `-m`, 2 for `-m=2` (flow explanations). 0 collects facts only.
    pub level: u8,
    /// Record the flow path behind every decision (for `--explain`).
    pub explain: bool,
}

/// One diagnostic line: `FILE:POS: text`, plus ` at FILE:AT` for `-m=2` notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub pos: Pos,
    pub text: String,
    pub at: Option<Pos>,
}

impl Line {
    /// The line as Go prints it, with `file` as the file name.
    pub fn render(&self, file: &str) -> String {
        let mut out = String::new();
        self.render_into(&mut out, file);
        out
    }

    /// [`Line::render`], appended to `out`.
    pub fn render_into(&self, out: &mut String, file: &str) {
        use std::fmt::Write;
        out.push_str(file);
        out.push(':');
        let _ = write!(out, "{}", self.pos);
        out.push_str(": ");
        out.push_str(&self.text);
        if let Some(at) = self.at {
            out.push_str(" at ");
            out.push_str(file);
            out.push(':');
            let _ = write!(out, "{at}");
        }
    }
}

/// One step of a flow path: `dst ← src` with dereferences and the notes explaining it.
#[derive(Clone, Debug)]
pub struct FlowStep {
    /// Destination location, described (`{heap}`, a name, `{storage for …}`).
    pub dst: String,
    pub src: String,
    pub derefs: i32,
    /// (node text, reason, position) from the innermost to the outermost.
    pub notes: Vec<(String, &'static str, Pos)>,
}

/// Why something ended up where it did: the flow path from it to what outlives it.
#[derive(Clone, Debug)]
pub struct FlowPath {
    pub steps: Vec<FlowStep>,
}

/// What escape analysis decided for one variable or allocation.
#[derive(Clone, Debug)]
pub struct Decision {
    pub pos: Pos,
    /// The variable's name, or the allocating expression as Go prints it.
    pub what: String,
    pub kind: DecisionKind,
    /// The function it belongs to, as Go names it.
    pub func: String,
    /// On the heap (moved or escaping).
    pub heap: bool,
    /// The flow that forced the heap (when recorded).
    pub path: Option<FlowPath>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecisionKind {
    /// A variable (`moved to heap: x` when on the heap).
    Variable { var: VarId },
    /// An allocation site (`new(T)`, `&T{}`, `make`, a literal, a box, a closure, ...).
    Allocation {
        expr_id: u32,
        size_reason: Option<&'static str>,
    },
    /// A parameter's leak summary.
    Parameter { var: VarId, leaks: Leaks },
}

/// Everything escape analysis found: per-variable and per-allocation decisions (the
/// runtime places values by them), parameter tags, and the diagnostic lines.
#[derive(Clone, Debug, Default)]
pub struct EscapeFacts {
    pub lines: Vec<Line>,
    pub moved_to_heap: HashSet<VarId>,
    /// Allocation sites by IR node id: `true` when heap allocated.
    pub alloc_escapes: HashMap<u32, bool>,
    pub param_leaks: HashMap<VarId, Leaks>,
    /// For each closure and captured variable: captured by value (else by reference).
    pub capture_by_value: HashMap<(FuncId, VarId), bool>,
    pub decisions: Vec<Decision>,
}

/// Runs escape analysis over the whole program.
pub fn analyze(prog: &Program, opts: Options) -> EscapeFacts {
    let mut st = State {
        prog,
        opts,
        tagged: HashSet::default(),
        facts: EscapeFacts::default(),
        oracles: HashMap::default(),
        paths: HashMap::default(),
    };
    for (pos, text) in &prog.devirtualized {
        if opts.level > 0 {
            st.facts.lines.push(Line {
                pos: *pos,
                text: text.clone(),
                at: None,
            });
        }
    }
    for batch in batches(prog) {
        let mut b = Batch::new(prog, &mut st, &batch);
        b.run();
    }
    if opts.level > 0 {
        st.facts.lines.extend(bounds::elided_lines(prog));
    }
    st.facts
}

/// State shared by all batches.
pub(crate) struct State<'p> {
    prog: &'p Program,
    opts: Options,
    /// Functions whose analysis is finished (their tags are final).
    tagged: HashSet<FuncId>,
    facts: EscapeFacts,
    oracles: HashMap<FuncId, Rc<Oracle<'p>>>,
    /// Flow paths recorded for the current batch's locations.
    paths: HashMap<u32, FlowPath>,
}

impl State<'_> {
    fn param_leak(&self, v: VarId) -> Option<Leaks> {
        self.facts.param_leaks.get(&v).copied()
    }
}

/// The functions of the program in Go's bottom-up batch order (Go's `VisitFuncsBottomUp`):
/// strongly connected components of the reference graph, callees first. A function
/// literal that captures variables never forms a batch of its own.
pub fn batches(prog: &Program) -> Vec<Vec<FuncId>> {
    struct V<'p> {
        prog: &'p Program,
        visitgen: u32,
        node_id: HashMap<FuncId, u32>,
        stack: Vec<FuncId>,
        out: Vec<Vec<FuncId>>,
    }
    impl V<'_> {
        fn visit(&mut self, n: FuncId) -> u32 {
            if let Some(&id) = self.node_id.get(&n) {
                return id;
            }
            self.visitgen += 1;
            let id = self.visitgen;
            self.node_id.insert(n, id);
            self.visitgen += 1;
            let mut min = self.visitgen;
            self.stack.push(n);
            let mut refs = Vec::new();
            walk_func(self.prog, n, false, &mut |node| {
                if let Node::Expr(e) = node {
                    match &e.kind {
                        ExprKind::Func(f) | ExprKind::Closure(f) => refs.push(*f),
                        ExprKind::MethodExpr { method, .. } => refs.push(*method),
                        ExprKind::MethodValue {
                            method: Some(f), ..
                        } => refs.push(*f),
                        ExprKind::Call {
                            callee: Callee::Static(f),
                            ..
                        } => refs.push(*f),
                        _ => {}
                    }
                }
            });
            for f in refs {
                let m = self.visit(f);
                if m < min {
                    min = m;
                }
            }
            let is_closure = self.prog.func(n).is_capturing;
            if (min == id || min == id + 1) && !is_closure {
                let i = self.stack.iter().rposition(|&x| x == n).unwrap_or(0);
                for &x in &self.stack[i..] {
                    self.node_id.insert(x, u32::MAX);
                }
                let block = self.stack.split_off(i);
                self.out.push(block);
            }
            min
        }
    }
    let mut v = V {
        prog,
        visitgen: 0,
        node_id: HashMap::default(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    for &f in &prog.func_order {
        if !prog.func(f).is_capturing {
            v.visit(f);
        }
    }
    // Function literals no function refers to any more (removed as dead assignments)
    // are still compiled: Go lists them after the declared functions.
    for (i, f) in prog.funcs.iter().enumerate() {
        if f.kind == FuncKind::Closure
            && !f.is_capturing
            && !v.node_id.contains_key(&FuncId(i as u32))
        {
            v.visit(FuncId(i as u32));
        }
    }
    v.out
}

/// The analysis of one batch.
pub(crate) struct Batch<'p, 's> {
    prog: &'p Program,
    st: &'s mut State<'p>,
    level: u8,
    locs: Vec<Location<'p>>,
    var_locs: HashMap<VarId, LocId>,
    notes: Vec<Note<'p>>,
    closures: Vec<(Hole, FuncId, &'p Expr)>,
    fns: Vec<FuncId>,
    closure_results_lost: HashSet<FuncId>,
    curfn: FuncId,
    loop_depth: i32,
    depth: u32,
    /// Literal substitutions for printing (`x` shown as `1`).
    overrides: Overrides,
}

impl<'p, 's> Batch<'p, 's> {
    fn new(prog: &'p Program, st: &'s mut State<'p>, fns: &[FuncId]) -> Batch<'p, 's> {
        let level = st.opts.level;
        let f0 = fns[0];
        let mut locs = Vec::with_capacity(64);
        for attrs in [ATTR_ALL, ATTR_MUTATES, ATTR_CALLS, 0] {
            let mut l = Location::new(LocNode::None, f0, 0);
            l.attrs = attrs;
            locs.push(l);
        }
        st.paths.clear();
        Batch {
            prog,
            st,
            level,
            locs,
            var_locs: HashMap::default(),
            notes: Vec::new(),
            closures: Vec::new(),
            fns: fns.to_vec(),
            closure_results_lost: HashSet::default(),
            curfn: f0,
            loop_depth: 1,
            depth: 0,
            overrides: Overrides::default(),
        }
    }

    fn run(&mut self) {
        let fns = self.fns.clone();
        for &f in &fns {
            self.init_func(f);
        }
        for &f in &fns {
            if !self.prog.func(f).is_capturing {
                self.walk_func(f);
            }
        }
        // Now that every reassignment and address-of is known, decide how closures capture.
        let closures = std::mem::take(&mut self.closures);
        for (k, f, _) in closures {
            self.flow_closure(k, f);
        }
        let n = self.locs.len();
        for i in (FIRST_REAL as usize)..n {
            let l = LocId(i as u32);
            self.rewrite_with_literals(l);
            if let Some(why) = self.heap_alloc_reason(l) {
                let at = self.loc_where(l);
                let k = self.note(Hole::to(HEAP).shift(-1), at, why);
                self.flow(k, l);
            }
        }
        self.walk_all();
        self.finish(&fns);
    }

    fn init_func(&mut self, f: FuncId) {
        self.curfn = f;
        self.loop_depth = 1;
        let func = self.prog.func(f);
        for &v in &func.dcl {
            let l = self.new_loc(LocNode::Var(v), true);
            self.var_locs.insert(v, l);
        }
        for (i, &r) in func.results.iter().enumerate() {
            if let Some(&l) = self.var_locs.get(&r) {
                self.locs[l.0 as usize].result_index = i + 1;
            }
        }
    }

    /// The location of a variable (created on first use for variables of enclosing
    /// functions outside the batch, which cannot happen in valid IR).
    pub(super) fn var_loc(&mut self, v: VarId) -> LocId {
        if let Some(&l) = self.var_locs.get(&v) {
            return l;
        }
        let saved = self.curfn;
        self.curfn = self.prog.var(v).func;
        let l = self.new_loc(LocNode::Var(v), true);
        self.curfn = saved;
        self.var_locs.insert(v, l);
        l
    }

    pub(super) fn new_loc(&mut self, node: LocNode<'p>, persists: bool) -> LocId {
        let mut loc = Location::new(node, self.curfn, self.loop_depth);
        if let LocNode::Var(v) = node {
            let var = self.prog.var(v);
            loc.func = var.func;
            loc.param = var.class == VarClass::Param;
            loc.param_out = var.class == VarClass::Result;
        }
        if persists {
            loc.attrs |= ATTR_PERSISTS;
        }
        let id = LocId(self.locs.len() as u32);
        self.locs.push(loc);
        id
    }

    /// Adds a note (only when explanations are wanted).
    pub(super) fn note(&mut self, mut k: Hole, at: Where<'p>, why: &'static str) -> Hole {
        if self.want_explanations() {
            let id = NoteId(self.notes.len() as u32);
            self.notes.push(Note {
                next: k.notes,
                at,
                why,
            });
            k.notes = Some(id);
        }
        k
    }

    pub(super) fn want_explanations(&self) -> bool {
        self.level >= 2 || self.st.opts.explain
    }

    /// Records the assignment edge `k.dst = src` (Go's `flow`).
    pub(super) fn flow(&mut self, k: Hole, src: LocId) {
        if k.addrtaken {
            self.locs[src.0 as usize].addrtaken = true;
        }
        let dst = k.dst;
        if dst == BLANK {
            return;
        }
        if dst == src && k.derefs >= 0 {
            return;
        }
        if self.locs[dst.0 as usize].has(ATTR_ESCAPES) && k.derefs < 0 {
            if self.want_explanations() && !self.locs[src.0 as usize].has(ATTR_ESCAPES) {
                let (pos, what, fname) = self.describe(src);
                if self.level >= 2 {
                    self.line(pos, format!("{what} escapes to heap in {fname}:"));
                }
                self.explain_flow(pos, dst, src, k.derefs, k.notes);
                let step = self.flow_step(dst, src, k.derefs, k.notes);
                self.st
                    .paths
                    .entry(src.0)
                    .or_insert(FlowPath { steps: vec![step] });
            }
            self.locs[src.0 as usize].attrs |= ATTR_ALL;
            return;
        }
        self.locs[dst.0 as usize].edges.push(Edge {
            src,
            derefs: k.derefs,
            notes: k.notes,
        });
    }

    /// Decides how a closure captures each variable, and flows them into it.
    fn flow_closure(&mut self, k: Hole, f: FuncId) {
        let captures = self.prog.func(f).captures.clone();
        for cv in captures {
            let loc = self.var_loc(cv.var);
            let var = self.prog.var(cv.var);
            let width = self.prog.types.size(var.ty);
            let l = &self.locs[loc.0 as usize];
            let byval = !l.addrtaken && !l.reassigned && width <= 128;
            if self.level >= 2 {
                let owner = self.prog.func(var.func).name.clone();
                let how = if byval { "value" } else { "ref" };
                let (addr, assign) = (l.addrtaken, l.reassigned);
                self.line(var.pos, format!("{owner} capturing by {how}: {} (addr={addr} assign={assign} width={width})", var.name));
            }
            self.st.facts.capture_by_value.insert((f, cv.var), byval);
            let mut kk = k;
            let at = Where::Var(cv.var, cv.pos);
            if !byval {
                kk = self.note(kk.shift(-1), at, "reference");
            }
            let kk = self.note(kk, at, "captured by a closure");
            self.flow(kk, loc);
        }
    }

    /// Replaces a boxed local or a `make` size by the constant it always holds (Go 1.25+),
    /// for printing and for the size rules.
    fn rewrite_with_literals(&mut self, l: LocId) {
        let LocNode::Expr(e) = self.locs[l.0 as usize].node else {
            return;
        };
        let func = self.locs[l.0 as usize].func;
        match &e.kind {
            ExprKind::MakeSlice { len, cap } => {
                let r: &'p Expr = cap.as_deref().unwrap_or(len);
                if matches!(r.kind, ExprKind::Const(_)) {
                    return;
                }
                let oracle = self.oracle_for(func);
                let s = oracle.static_value(r);
                let folded = match &s.kind {
                    ExprKind::Const(Value::Int(i)) if *i >= 0 => Some(*i),
                    ExprKind::Builtin {
                        which: crate::ir::Builtin::Len,
                        args,
                        ..
                    } if args.len() == 1 => {
                        let x = oracle.static_value(&args[0]);
                        match &x.kind {
                            ExprKind::CompLit {
                                kind: crate::ir::CompLitKind::Slice { len, .. },
                                implicit_ddd: false,
                            } => Some(*len as i128),
                            _ => None,
                        }
                    }
                    _ => None,
                };
                if let Some(n) = folded {
                    self.locs[l.0 as usize].folded_size = Some(n);
                    self.overrides.insert(r.id, n.to_string());
                    let text = Printer::with_overrides(self.prog, &self.overrides).expr(e);
                    self.locs[l.0 as usize].display = Some(text);
                }
            }
            ExprKind::ToInterface(x) => {
                if matches!(x.kind, ExprKind::Const(_)) || self.prog.types.is_interface(x.ty) {
                    return;
                }
                let oracle = self.oracle_for(func);
                let v = oracle.static_value(x);
                if let ExprKind::Const(val) = &v.kind
                    && valid_type_for_const(self.prog, x.ty, val)
                {
                    let lit = Printer::new(self.prog).constant(val, x.ty);
                    self.overrides.insert(x.id, lit);
                    let text = Printer::with_overrides(self.prog, &self.overrides).expr(e);
                    self.locs[l.0 as usize].display = Some(text);
                }
            }
            _ => {}
        }
    }

    /// Why a location must be on the heap regardless of flows (Go's `HeapAllocReason`).
    fn heap_alloc_reason(&self, l: LocId) -> Option<&'static str> {
        const MAX_STACK_VAR_SIZE: u64 = 128 * 1024;
        const MAX_IMPLICIT_STACK_VAR_SIZE: u64 = 64 * 1024;
        let loc = &self.locs[l.0 as usize];
        let t = &self.prog.types;
        match loc.node {
            LocNode::None => None,
            LocNode::Var(v) => {
                let var = self.prog.var(v);
                if matches!(var.class, VarClass::Param | VarClass::Result) {
                    return None;
                }
                (t.size(var.ty) > MAX_STACK_VAR_SIZE).then_some("too large for stack")
            }
            LocNode::Expr(e) => {
                if t.size(e.ty) > MAX_STACK_VAR_SIZE {
                    return Some("too large for stack");
                }
                match &e.kind {
                    ExprKind::New | ExprKind::PtrLit(_) => (t.size(t.elem(e.ty))
                        > MAX_IMPLICIT_STACK_VAR_SIZE)
                        .then_some("too large for stack"),
                    ExprKind::Closure(f) => {
                        let size = 8 + self
                            .prog
                            .func(*f)
                            .captures
                            .iter()
                            .map(|c| {
                                let byval = self
                                    .st
                                    .facts
                                    .capture_by_value
                                    .get(&(*f, c.var))
                                    .copied()
                                    .unwrap_or(false);
                                if byval {
                                    t.size(self.prog.var(c.var).ty)
                                } else {
                                    8
                                }
                            })
                            .sum::<u64>();
                        (size > MAX_IMPLICIT_STACK_VAR_SIZE).then_some("too large for stack")
                    }
                    ExprKind::MakeSlice { len, cap } => {
                        let elem = t.size(t.elem(e.ty));
                        if elem == 0 {
                            return Some("zero-sized element");
                        }
                        let r = cap.as_deref().unwrap_or(len);
                        let n = match (&r.kind, loc.folded_size) {
                            (_, Some(n)) => n,
                            (ExprKind::Const(Value::Int(i)), _) => *i,
                            _ => return None,
                        };
                        if n != n as i32 as i128 {
                            return None;
                        }
                        (n > (MAX_IMPLICIT_STACK_VAR_SIZE / elem) as i128)
                            .then_some("too large for stack")
                    }
                    _ => None,
                }
            }
        }
    }

    /// Records tags and decisions, and prints them (Go's `finish`).
    fn finish(&mut self, fns: &[FuncId]) {
        for &f in fns {
            self.st.tagged.insert(f);
        }
        for &f in fns {
            let func = self.prog.func(f);
            let params: Vec<VarId> = func.recv.iter().chain(&func.params).copied().collect();
            for p in params {
                self.param_tag(f, p);
            }
        }
        let printer_overrides = std::mem::take(&mut self.overrides);
        for i in (FIRST_REAL as usize)..self.locs.len() {
            let loc = &self.locs[i];
            let escapes = loc.has(ATTR_ESCAPES);
            match loc.node {
                LocNode::None => {}
                LocNode::Var(v) => {
                    let var = self.prog.var(v);
                    if escapes {
                        self.st.facts.moved_to_heap.insert(v);
                        if self.level > 0 {
                            self.line(var.pos, format!("moved to heap: {}", var.name));
                        }
                    }
                    let (pos, func) = (var.pos, self.prog.func(var.func).name.clone());
                    let path = self.st.paths.remove(&(i as u32));
                    let size_reason = None::<&str>;
                    let _ = size_reason;
                    self.st.facts.decisions.push(Decision {
                        pos,
                        what: var.name.clone(),
                        kind: DecisionKind::Variable { var: v },
                        func,
                        heap: escapes,
                        path,
                    });
                }
                LocNode::Expr(e) => {
                    let is_wrapper = matches!(&e.kind, ExprKind::Closure(f) if self.prog.func(*f).kind == FuncKind::GoDeferWrapper);
                    let mutates = loc.has(ATTR_MUTATES);
                    let text = loc
                        .display
                        .clone()
                        .unwrap_or_else(|| Printer::new(self.prog).expr(e));
                    let is_append = matches!(
                        e.kind,
                        ExprKind::Builtin {
                            which: crate::ir::Builtin::Append,
                            ..
                        }
                    );
                    self.st.facts.alloc_escapes.insert(e.id, escapes);
                    if self.level > 0 && !is_wrapper {
                        let msg = match (is_append, escapes) {
                            (true, true) => "append escapes to heap".to_string(),
                            (true, false) => "append does not escape".to_string(),
                            (false, true) => format!("{text} escapes to heap"),
                            (false, false) => format!("{text} does not escape"),
                        };
                        self.line(e.pos, msg);
                    }
                    if let ExprKind::StrConv {
                        kind: StrConvKind::StringToBytes,
                        ..
                    } = e.kind
                        && !mutates
                        && self.level > 0
                    {
                        self.line(e.pos, "zero-copy string->[]byte conversion".to_string());
                    }
                    let func = self.prog.func(self.locs[i].func).name.clone();
                    let path = self.st.paths.remove(&(i as u32));
                    let reason = self.heap_alloc_reason(LocId(i as u32));
                    self.st.facts.decisions.push(Decision {
                        pos: e.pos,
                        what: if is_append { "append".into() } else { text },
                        kind: DecisionKind::Allocation {
                            expr_id: e.id,
                            size_reason: reason,
                        },
                        func,
                        heap: escapes,
                        path,
                    });
                }
            }
        }
        self.overrides = printer_overrides;
    }

    /// Computes, records and prints the leak tag of parameter `p` of `f`.
    fn param_tag(&mut self, f: FuncId, p: VarId) {
        let var = self.prog.var(p);
        if !self.prog.types.has_pointers(var.ty) {
            return;
        }
        if var.name.is_empty() || var.is_blank() {
            self.st.facts.param_leaks.insert(p, Leaks::default());
            return;
        }
        let Some(&l) = self.var_locs.get(&p) else {
            return;
        };
        let mut esc = self.locs[l.0 as usize].param_esc;
        esc.optimize();
        self.st.facts.param_leaks.insert(p, esc);
        let diagnose = self.level > 0 && self.prog.func(f).kind != FuncKind::GoDeferWrapper;
        let escapes = self.locs[l.0 as usize].has(ATTR_ESCAPES);
        if !escapes {
            let func_name = self.prog.func(f).name.clone();
            self.st.facts.decisions.push(Decision {
                pos: var.pos,
                what: var.name.clone(),
                kind: DecisionKind::Parameter { var: p, leaks: esc },
                func: func_name,
                heap: false,
                path: self.st.paths.remove(&l.0),
            });
        }
        if !diagnose || escapes {
            return;
        }
        let name = var.name.clone();
        let pos = var.pos;
        let mut warned = false;
        if let Some(x) = esc.heap {
            if x == 0 {
                self.line(pos, format!("leaking param: {name}"));
            } else {
                self.line(pos, format!("leaking param content: {name}"));
            }
            warned = true;
        }
        let results = self.prog.func(f).results.clone();
        for (i, r) in esc.results.iter().enumerate() {
            if let Some(x) = r {
                let rname = results
                    .get(i)
                    .map(|&rv| self.prog.var(rv).name.clone())
                    .unwrap_or_default();
                self.line(
                    pos,
                    format!("leaking param: {name} to result {rname} level={x}"),
                );
                warned = true;
            }
        }
        if !warned {
            self.line(pos, format!("{name} does not escape"));
        }
    }

    // ---- helpers ----

    pub(super) fn in_mutual_batch(&self, f: FuncId) -> bool {
        self.fns.contains(&f) && !self.st.tagged.contains(&f)
    }

    pub(super) fn oracle(&mut self) -> Rc<Oracle<'p>> {
        self.oracle_for(self.curfn)
    }

    fn oracle_for(&mut self, f: FuncId) -> Rc<Oracle<'p>> {
        // Closures share the oracle of their outermost function (not past the package
        // initialisation function).
        let mut root = f;
        while let Some(p) = self.prog.func(root).parent {
            if self.prog.func(p).kind == FuncKind::PackageInit {
                break;
            }
            root = p;
        }
        if let Some(o) = self.st.oracles.get(&root) {
            return o.clone();
        }
        let o = Rc::new(Oracle::new(self.prog, root));
        self.st.oracles.insert(root, o.clone());
        o
    }

    /// Prints IR nodes, with the literals substituted so far (as Go mutates its IR).
    pub(super) fn printer(&self) -> Printer<'_> {
        Printer::with_overrides(self.prog, &self.overrides)
    }

    pub(super) fn line(&mut self, pos: Pos, text: String) {
        self.st.facts.lines.push(Line {
            pos,
            text,
            at: None,
        });
    }

    pub(super) fn line_at(&mut self, pos: Pos, text: String, at: Pos) {
        self.st.facts.lines.push(Line {
            pos,
            text,
            at: Some(at),
        });
    }

    /// Position, printed form and function name of a location (for explanations).
    pub(super) fn describe(&self, l: LocId) -> (Pos, String, String) {
        let loc = &self.locs[l.0 as usize];
        let fname = self.prog.func(loc.func).name.clone();
        match loc.node {
            LocNode::Var(v) => (self.prog.var(v).pos, self.prog.var(v).name.clone(), fname),
            LocNode::Expr(e) => (e.pos, self.printer().expr(e), fname),
            LocNode::None => (Pos::NONE, "{temp}".into(), fname),
        }
    }

    /// The note target for a location's own node.
    fn loc_where(&self, l: LocId) -> Where<'p> {
        match self.locs[l.0 as usize].node {
            LocNode::Expr(e) => Where::Expr(e),
            LocNode::Var(v) => Where::Var(v, self.prog.var(v).pos),
            LocNode::None => Where::Var(VarId(0), Pos::NONE),
        }
    }

    /// A note's node, printed, and its position.
    pub(super) fn where_text(&self, w: Where<'p>) -> (String, Pos) {
        match w {
            Where::Expr(e) => (self.printer().expr(e), e.pos),
            Where::Stmt(s) => (self.printer().stmt(s), s.pos),
            Where::Var(v, pos) => (self.prog.var(v).name.clone(), pos),
            Where::Case(c) => (self.printer().type_case(c), c.pos),
        }
    }

    fn flow_step(&self, dst: LocId, src: LocId, derefs: i32, notes: Option<NoteId>) -> FlowStep {
        let mut ns = Vec::new();
        let mut n = notes;
        while let Some(id) = n {
            let note = self.notes[id.0 as usize];
            let (text, at) = self.where_text(note.at);
            ns.push((text, note.why, at));
            n = note.next;
        }
        FlowStep {
            dst: self.explain_loc(dst),
            src: self.explain_loc(src),
            derefs,
            notes: ns,
        }
    }

    /// Keeps the first recorded path of a location (for `--explain`).
    pub(super) fn record_path(
        &mut self,
        src: LocId,
        _root: LocId,
        steps: Vec<(LocId, LocId, i32, Option<NoteId>)>,
    ) {
        if !self.st.opts.explain && self.level < 2 {
            return;
        }
        let steps: Vec<FlowStep> = steps
            .into_iter()
            .map(|(d, s, derefs, notes)| self.flow_step(d, s, derefs, notes))
            .collect();
        self.st.paths.entry(src.0).or_insert(FlowPath { steps });
    }

    /// Recursion guard for deeply nested expressions.
    pub(super) fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > 5000 {
            self.depth -= 1;
            return false;
        }
        true
    }

    pub(super) fn leave(&mut self) {
        self.depth -= 1;
    }
}

/// Go's `ValidTypeForConst`: whether a constant of this kind may have type `t`.
fn valid_type_for_const(prog: &Program, t: crate::types::TypeId, v: &Value) -> bool {
    let tt = &prog.types;
    match v {
        Value::Int(_) => tt.is_integer(t) || tt.is_float(t) || tt.is_complex(t),
        Value::Float(_) => tt.is_float(t) || tt.is_complex(t),
        Value::Complex(..) => tt.is_complex(t),
        Value::String(_) => tt.is_string(t),
        Value::Bool(_) => tt.is_boolean(t),
    }
}

#[allow(dead_code)]
fn unused(_: &Expr) {}
