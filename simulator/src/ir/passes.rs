//! Rewrites Go applies between type checking and escape analysis, and node numbering.
//!
//! The checker ends with one [`sweep`] over the bodies, which does what can be done before
//! the rewrites while each function is in cache (walks over the whole typed program are
//! bound by memory latency); [`run`] then rewrites and numbers what is left.

use super::{Callee, CompLitKind, Expr, ExprKind, Program, Stmt, StmtKind, VarId};
use crate::fxhash::HashMap;

/// Runs the rewrites Go performs between type checking and escape analysis, then numbers
/// the nodes still unnumbered.
///
/// Most of the work was done in advance by the checker's last [`sweep`] (kept in
/// [`Program::prepared`]): which functions [`loopvar`] may rewrite, and the functions whose
/// *unit* (the outermost function enclosing them, with every closure inside it) no pass
/// rewrites at all, numbered for good. Only the other units, and the functions generated
/// after the sweep, are searched, rewritten and numbered here. A program without that
/// record is swept first: the result is the same.
pub fn run(prog: &mut Program) {
    let prepared = match prog.prepared.take() {
        Some(p) => p,
        None => {
            let (swept, _) = sweep(prog, PARALLEL_MIN, |_| ());
            swept.keep(prog);
            prog.prepared.take().expect("kept by the sweep")
        }
    };
    let n = prog.funcs.len();
    let settled = |i: usize| prepared.settled.get(i).copied().unwrap_or(false);
    // 1. Per-iteration loop variables: every search before any rewrite.
    let needed: Vec<bool> = (0..n)
        .map(|i| match prepared.needs_loopvar.get(i) {
            Some(&needed) => needed,
            None => may_need_loopvar(prog, &prog.funcs[i].body),
        })
        .collect();
    for (i, needed) in needed.into_iter().enumerate() {
        if needed {
            loopvar(prog, super::FuncId(i as u32));
        }
    }
    // 2. Dead locals where some may be, each function numbered once its body is final
    // (the functions enclosing it come before it).
    let mut known_dead = prepared.known_dead.into_iter().peekable();
    let mut pass = DeadLocalsPass::default();
    let mut numbering = Numbering::from(RENUMBERED_IDS);
    for i in 0..n {
        if settled(i) {
            continue;
        }
        let known = known_dead
            .next_if(|(f, _)| f.0 as usize == i)
            .map(|(_, d)| d);
        pass.function(prog, super::FuncId(i as u32), known);
        numbering.func(&mut prog.funcs[i]);
    }
    for s in &prog.static_inits {
        number_stmt(s, &mut numbering);
    }
}

/// Below this many functions, the sweep runs on one thread.
const PARALLEL_MIN: usize = 1024;

/// What the checker's last [`sweep`] found for [`run`], kept in [`Program::prepared`].
#[derive(Debug)]
pub struct Prepared {
    /// Per function swept (those that existed then): [`loopvar`] may rewrite it.
    needs_loopvar: Vec<bool>,
    /// Per function swept: no pass rewrites anything in its unit (no loop needs
    /// per-iteration variables, no assignment is dead), so its numbering is final.
    settled: Vec<bool>,
    /// The dead assignments of the outermost functions of units without loops to rewrite
    /// (which nothing changes before [`deadlocals`] reaches them), when there are some; in
    /// function order.
    known_dead: Vec<(super::FuncId, DeadList)>,
}

/// Something a [`sweep`] calls on each function of a range, in order, just before it walks
/// the function itself (while its body is in cache): the checker records what each body
/// reads this way.
pub trait SweepVisitor {
    fn visit(&mut self, f: super::FuncId);
}

impl SweepVisitor for () {
    fn visit(&mut self, _: super::FuncId) {}
}

/// What a [`sweep`] found, to be [kept](Swept::keep) in the program.
pub struct Swept {
    funcs: Vec<SweptFunc>,
}

/// One function as the sweep found it.
struct SweptFunc {
    f: super::FuncId,
    needs_loopvar: bool,
    /// Its unit is untouched by the passes ([`Prepared::settled`]).
    settled: bool,
    /// Its dead assignments, for the outermost function of a unit without loops to
    /// rewrite ([`Prepared::known_dead`]); empty otherwise.
    dead: DeadList,
    refs: Box<[super::FuncId]>,
    indexes_fixed: bool,
}

/// The first node id of the second half of a sweep; the first half's stay below it (2³⁰
/// nodes would need far more memory than a machine has).
pub const SECOND_HALF_IDS: u32 = 1 << 30;

/// The first node id [`run`] gives to what the sweep did not number for good.
pub const RENUMBERED_IDS: u32 = 1 << 31;

/// Walks every function of the program once, unit by unit (a function that is not a
/// closure, then the closures inside it, while they are in cache): calls `visitor`'s
/// [`SweepVisitor::visit`], then finds what [`run`] needs ([`may_need_loopvar`], the dead
/// assignments) and numbers the nodes. The functions are cut in two halves by index (the
/// closures going with their unit), swept on two threads for a program of `parallel_min`
/// functions or more, one after the other otherwise; each half numbers from its own first
/// id ([`SECOND_HALF_IDS`]), so the result never depends on the number of threads. Node
/// ids are only ever keys (of escape decisions and other per-node facts): gaps never show.
///
/// Returns what was found (see [`Swept::keep`]) and the visitors of the two halves.
pub fn sweep<V: SweepVisitor + Send>(
    prog: &Program,
    parallel_min: usize,
    visitor: impl Fn(std::ops::Range<usize>) -> V + Sync,
) -> (Swept, Vec<V>) {
    let n = prog.funcs.len();
    let mid = n / 2;
    let children = prog.children();
    let half = |range: std::ops::Range<usize>, first_id: u32| {
        let mut v = visitor(range.clone());
        let found = sweep_range(prog, &children, range, first_id, &mut v);
        (found, v)
    };
    let two_threads = !cfg!(all(target_family = "wasm", target_os = "unknown"))
        && n >= parallel_min
        && std::thread::available_parallelism().map_or(1, |c| c.get()) >= 2;
    let second = if two_threads {
        std::thread::scope(|scope| {
            let other = std::thread::Builder::new()
                .name("memsim-sweep".into())
                .stack_size(PASS_STACK)
                .spawn_scoped(scope, || half(mid..n, SECOND_HALF_IDS))
                .ok()?;
            let first = half(0..mid, 1);
            match other.join() {
                Ok(second) => Some((first, second)),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    } else {
        None
    };
    let ((mut funcs, v1), (more, v2)) =
        second.unwrap_or_else(|| (half(0..mid, 1), half(mid..n, SECOND_HALF_IDS)));
    funcs.extend(more);
    (Swept { funcs }, vec![v1, v2])
}

impl Swept {
    /// Stores what the sweep found: each function's references and fixed indexes (from its
    /// numbering), and in [`Program::prepared`] the rest, for [`run`].
    pub fn keep(self, prog: &mut Program) {
        let n = prog.funcs.len();
        let mut prepared = Prepared {
            needs_loopvar: vec![false; n],
            settled: vec![false; n],
            known_dead: Vec::new(),
        };
        for sf in self.funcs {
            let i = sf.f.0 as usize;
            if !sf.dead.is_empty() {
                prepared.known_dead.push((sf.f, sf.dead));
            }
            prepared.needs_loopvar[i] = sf.needs_loopvar;
            prepared.settled[i] = sf.settled;
            let func = &mut prog.funcs[i];
            func.refs = sf.refs.into_vec();
            func.indexes_fixed = sf.indexes_fixed;
        }
        prog.prepared = Some(prepared);
    }
}

/// [`sweep`] over the units whose outermost function is in `range`.
fn sweep_range(
    prog: &Program,
    children: &[Vec<super::FuncId>],
    range: std::ops::Range<usize>,
    first_id: u32,
    visitor: &mut impl SweepVisitor,
) -> Vec<SweptFunc> {
    let mut slots = vec![UNMET; prog.vars.len() + 1];
    let mut tails = vec![0u32; prog.vars.len() + 1];
    let mut numbering = Numbering::from(first_id);
    let mut out = Vec::with_capacity(range.len());
    let mut unit = Vec::new();
    for i in range {
        let f = super::FuncId(i as u32);
        visitor.visit(f);
        if prog.func(f).parent.is_some() {
            continue; // swept with its unit
        }
        unit.clear();
        unit.push(f);
        let mut k = 0;
        while k < unit.len() {
            unit.extend_from_slice(&children[unit[k].0 as usize]);
            k += 1;
        }
        let first = out.len();
        let mut settled = true;
        let mut loopvar_free = true;
        for &g in &unit {
            let func = prog.func(g);
            let needs_loopvar = may_need_loopvar(prog, &func.body);
            loopvar_free &= !needs_loopvar;
            let mut dead = Vec::new();
            if loopvar_free && settled && !func.is_capturing {
                dead = find_dead(prog, g, &mut slots, &mut tails);
            }
            settled &= loopvar_free && dead.is_empty();
            let (refs, indexes_fixed) = numbering.body(&func.body);
            out.push(SweptFunc {
                f: g,
                needs_loopvar,
                settled: false,
                dead,
                refs,
                indexes_fixed,
            });
        }
        // Only the outermost function's dead assignments are found before any rewrite,
        // and only when no loop of the unit is rewritten first.
        out[first + 1..].iter_mut().for_each(|sf| sf.dead.clear());
        if !loopvar_free {
            out[first].dead.clear();
        }
        assert!(
            numbering.next < first_id.saturating_add(SECOND_HALF_IDS),
            "too many nodes to number"
        );
        for sf in &mut out[first..] {
            sf.settled = settled;
        }
    }
    out
}

/// [`run`] as if the checker had found nothing in advance: every function searched for
/// loops to rewrite and for dead assignments, every node numbered again (for tests of the
/// sweep's [`Prepared::settled`]).
#[doc(hidden)]
pub fn run_searching_everywhere(prog: &mut Program) {
    prog.prepared = None;
    let needed: Vec<bool> = (prog.funcs.iter())
        .map(|f| may_need_loopvar(prog, &f.body))
        .collect();
    for (i, needed) in needed.into_iter().enumerate() {
        if needed {
            loopvar(prog, super::FuncId(i as u32));
        }
    }
    deadlocals(prog);
    number_nodes(prog);
}

/// [`run`] with [`loopvar`] applied to every function, as if none could be skipped (for
/// tests of [`may_need_loopvar`]); every node is numbered again.
#[doc(hidden)]
pub fn run_with_loopvar_everywhere(prog: &mut Program) {
    prog.prepared = None;
    for i in 0..prog.funcs.len() {
        loopvar(prog, super::FuncId(i as u32));
    }
    deadlocals(prog);
    number_nodes(prog);
}

/// Whether [`loopvar`] may rewrite something in a body: it has a loop in which an address
/// is taken or a function literal appears (without one, no loop variable can leak). The
/// other bodies need not be walked by [`loopvar`] at all.
fn may_need_loopvar(prog: &Program, list: &[Stmt]) -> bool {
    list.iter().any(|s| match &s.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => {
            let mut found = false;
            super::visit::walk_stmt(prog, s, false, &mut |n| {
                if let super::visit::Node::Expr(e) = n
                    && matches!(e.kind, ExprKind::Addr(_) | ExprKind::Closure(_))
                {
                    found = true;
                }
            });
            found
        }
        StmtKind::Block(b) => may_need_loopvar(prog, b),
        StmtKind::If { then, els, .. } => {
            may_need_loopvar(prog, then) || may_need_loopvar(prog, els)
        }
        StmtKind::Switch { cases, .. } => cases.iter().any(|c| may_need_loopvar(prog, &c.body)),
        StmtKind::TypeSwitch { cases, .. } => cases.iter().any(|c| may_need_loopvar(prog, &c.body)),
        StmtKind::Select { cases, .. } => cases.iter().any(|c| may_need_loopvar(prog, &c.body)),
        _ => false,
    })
}

/// Removes assignments to locals that are never read, when the right side has no effects
/// (a name, a constant, `nil`, a function literal): Go's `deadlocals`. The assignment
/// becomes `_ = 0`, so a removed function literal is never seen by escape analysis in its
/// parent (it is still compiled, and analysed, as a function of its own).
///
/// Functions are handled in order, each with the closures inside it (whose bodies are
/// visited with it); closures see what their enclosing function's rewrite left.
pub fn deadlocals(prog: &mut Program) {
    deadlocals_where(prog, |_| true);
}

/// Assignments to locals never read: (statement, lhs index, the local).
type DeadList = Vec<(super::StmtId, usize, Option<VarId>)>;

/// [`deadlocals`] on the functions `i` for which `search(i)` holds.
fn deadlocals_where(prog: &mut Program, search: impl Fn(usize) -> bool) {
    let mut pass = DeadLocalsPass::default();
    for i in 0..prog.funcs.len() {
        if search(i) {
            pass.function(prog, super::FuncId(i as u32), None);
        }
    }
}

/// [`deadlocals`] one function at a time, in order.
#[derive(Default)]
struct DeadLocalsPass {
    /// [`Program::children`], once needed.
    children: Option<Vec<Vec<super::FuncId>>>,
    /// Per-variable state, reused from function to function (see `DeadLocals`).
    slots: Vec<u32>,
    tails: Vec<u32>,
}

impl DeadLocalsPass {
    /// Rewrites the dead assignments of `f` and the closures inside it (`dead`, when they
    /// are known already). Every function before `f` has had its turn.
    fn function(&mut self, prog: &mut Program, f: super::FuncId, dead: Option<DeadList>) {
        if prog.func(f).is_capturing {
            return;
        }
        let dead = match dead {
            Some(dead) => dead,
            None => {
                if self.slots.is_empty() {
                    self.slots = vec![UNMET; prog.vars.len() + 1];
                    self.tails = vec![0u32; prog.vars.len() + 1];
                }
                find_dead(prog, f, &mut self.slots, &mut self.tails)
            }
        };
        if dead.is_empty() {
            return;
        }
        let children = self.children.get_or_insert_with(|| prog.children());
        let stmt_ids: crate::fxhash::HashSet<(super::StmtId, usize)> =
            dead.iter().map(|&(id, i, _)| (id, i)).collect();
        for &(_, _, v) in &dead {
            if let Some(v) = v {
                prog.var_mut(v).defn = super::Defn::None;
            }
        }
        // The function and the closures inside it (whose bodies were visited with it).
        let mut nested = vec![f];
        let mut k = 0;
        while k < nested.len() {
            nested.extend_from_slice(&children[nested[k].0 as usize]);
            k += 1;
        }
        nested.sort_unstable();
        for g in nested {
            let j = g.0 as usize;
            let mut body = std::mem::take(&mut prog.funcs[j].body);
            rewrite_dead(prog, &mut body, &stmt_ids);
            prog.funcs[j].body = body;
        }
    }
}

/// Stack size of the second thread of a pass: passes recurse over the program's nesting
/// like the pipeline thread (untouched pages cost nothing).
const PASS_STACK: usize = 512 * 1024 * 1024;

/// The dead assignments of `f` and the closures inside it. `slots` and `tails` hold one
/// entry per variable and one more, all [`UNMET`] and 0, and are left so.
fn find_dead(prog: &Program, f: super::FuncId, slots: &mut [u32], tails: &mut [u32]) -> DeadList {
    let mut v = DeadLocals {
        prog,
        slots,
        tails,
        order: Vec::new(),
        deferred: Vec::new(),
    };
    for s in &prog.func(f).body {
        v.stmt(s);
    }
    let dead = v.dead_assignments();
    v.reset();
    dead
}

/// A local (or the blank identifier) for dead-assignment tracking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum DeadKey {
    Var(VarId),
    Blank,
}

/// A local's state ([`DeadLocals::slots`]): not met yet.
const UNMET: u32 = 0;
/// A local's state: read (its assignments are live).
const READ: u32 = 1;

/// An assignment whose liveness waits for a read of its local.
struct Deferred<'p> {
    id: super::StmtId,
    /// Index of the assigned value in the statement's left side.
    index: usize,
    rhs: Option<&'p Expr>,
    /// The local's next deferred assignment (index + 1 into `DeadLocals::deferred`, 0: none).
    next: u32,
}

struct DeadLocals<'p, 's> {
    prog: &'p Program,
    /// State of each local, by variable id (the last slot is the blank identifier):
    /// [`UNMET`], [`READ`], or the first of its deferred assignments (index + 2 into
    /// `deferred`). Shared by all functions: [`DeadLocals::reset`] restores what it set.
    slots: &'s mut [u32],
    /// Index into `deferred` of each local's last deferred assignment.
    tails: &'s mut [u32],
    /// Keys in the order they were first met.
    order: Vec<DeadKey>,
    /// Deferred assignments, chained per local.
    deferred: Vec<Deferred<'p>>,
}

impl<'p> DeadLocals<'p, '_> {
    fn slot(&self, k: DeadKey) -> usize {
        match k {
            DeadKey::Var(v) => v.0 as usize,
            DeadKey::Blank => self.slots.len() - 1,
        }
    }

    fn is_local(&self, k: DeadKey, blank_is_not_use: bool) -> bool {
        match k {
            DeadKey::Blank => blank_is_not_use,
            DeadKey::Var(v) => matches!(
                self.prog.var(v).class,
                super::VarClass::Local | super::VarClass::Temp | super::VarClass::Param
            ),
        }
    }

    fn stmt(&mut self, s: &'p Stmt) {
        match &s.kind {
            StmtKind::Decl(_) => {}
            StmtKind::Assign { id, lhs, rhs, .. } => {
                self.assign(*id, 0, lhs, rhs.as_deref(), false)
            }
            StmtKind::AssignList {
                id,
                kind: super::AssignListKind::Pair,
                lhs,
                rhs,
                ..
            } => {
                let has_non_blank = lhs.iter().any(|l| !matches!(l.kind, ExprKind::Blank));
                for (i, l) in lhs.iter().enumerate() {
                    self.assign(*id, i, l, rhs.get(i), has_non_blank);
                }
            }
            _ => {
                super::visit::walk_stmt_shallow(s, &mut |n| match n {
                    super::visit::Shallow::Expr(e) => self.expr(e),
                    super::visit::Shallow::Stmt(st) => self.stmt(st),
                });
            }
        }
    }

    fn expr(&mut self, e: &'p Expr) {
        match &e.kind {
            ExprKind::Var(v) => self.use_key(DeadKey::Var(*v)),
            ExprKind::Closure(f) => {
                let func = self.prog.func(*f);
                for cv in &func.captures {
                    self.use_key(DeadKey::Var(cv.var));
                }
                for s in &func.body {
                    self.stmt(s);
                }
            }
            _ => {
                if let ExprKind::Init { stmts, .. } = &e.kind {
                    for s in stmts {
                        self.stmt(s);
                    }
                }
                super::visit::for_each_child(e, &mut |c| self.expr(c));
            }
        }
    }

    /// A read of `k`: it is live, and so are the values of its deferred assignments.
    fn use_key(&mut self, k: DeadKey) {
        if !self.is_local(k, false) {
            return;
        }
        let slot = self.slot(k);
        let state = self.slots[slot];
        self.slots[slot] = READ;
        match state {
            UNMET => self.order.push(k),
            READ => {}
            first => {
                let mut at = first - 2;
                loop {
                    let (rhs, next) = (
                        self.deferred[at as usize].rhs,
                        self.deferred[at as usize].next,
                    );
                    if let Some(rhs) = rhs {
                        self.expr(rhs);
                    }
                    if next == 0 {
                        break;
                    }
                    at = next - 1;
                }
            }
        }
    }

    fn assign(
        &mut self,
        id: super::StmtId,
        index: usize,
        lhs: &'p Expr,
        rhs: Option<&'p Expr>,
        blank_is_not_use: bool,
    ) {
        let key = match lhs.kind {
            ExprKind::Var(v) => Some(DeadKey::Var(v)),
            ExprKind::Blank => Some(DeadKey::Blank),
            _ => None,
        };
        let Some(key) = key else {
            self.expr(lhs);
            if let Some(r) = rhs {
                self.expr(r);
            }
            return;
        };
        if self.is_local(key, blank_is_not_use) && !has_effects(rhs) {
            let slot = self.slot(key);
            let state = self.slots[slot];
            if state != READ {
                let at = self.deferred.len() as u32;
                self.deferred.push(Deferred {
                    id,
                    index,
                    rhs,
                    next: 0,
                });
                if state == UNMET {
                    self.order.push(key);
                    self.slots[slot] = at + 2;
                } else {
                    self.deferred[self.tails[slot] as usize].next = at + 1;
                }
                self.tails[slot] = at;
                return;
            }
        }
        if let Some(r) = rhs {
            self.expr(r);
        }
    }

    /// Assignments to locals never read: (statement, lhs index, the local).
    fn dead_assignments(&self) -> Vec<(super::StmtId, usize, Option<VarId>)> {
        let mut out = Vec::new();
        for &k in &self.order {
            let first = self.slots[self.slot(k)];
            if first < 2 {
                continue;
            }
            let mut at = first - 2;
            loop {
                let d = &self.deferred[at as usize];
                out.push((
                    d.id,
                    d.index,
                    match k {
                        DeadKey::Var(v) => Some(v),
                        DeadKey::Blank => None,
                    },
                ));
                if d.next == 0 {
                    break;
                }
                at = d.next - 1;
            }
        }
        out
    }

    /// Gives the shared slots back in their initial state.
    fn reset(&mut self) {
        for i in 0..self.order.len() {
            let slot = self.slot(self.order[i]);
            self.slots[slot] = UNMET;
        }
    }
}

/// Whether evaluating an assignment's right side may have effects (Go's `hasEffects`).
fn has_effects(rhs: Option<&Expr>) -> bool {
    match rhs {
        None => false,
        Some(e) => !matches!(
            e.kind,
            ExprKind::Var(_)
                | ExprKind::Global(_)
                | ExprKind::Func(_)
                | ExprKind::Const(_)
                | ExprKind::Nil
                | ExprKind::Closure(_)
        ),
    }
}

/// Turns the dead assignments into `_ = 0`.
fn rewrite_dead(
    prog: &Program,
    list: &mut [Stmt],
    dead: &crate::fxhash::HashSet<(super::StmtId, usize)>,
) {
    let zero = |pos| {
        Expr::new(
            ExprKind::Const(Box::new(crate::types::constant::Value::Int(0))),
            crate::types::predeclared::INT,
            pos,
        )
    };
    for s in list.iter_mut() {
        match &mut s.kind {
            StmtKind::Assign { id, lhs, rhs, .. } if dead.contains(&(*id, 0)) => {
                let pos = lhs.pos;
                *lhs = Expr::new(ExprKind::Blank, crate::types::predeclared::INVALID, pos);
                *rhs = Some(Box::new(zero(pos)));
            }
            StmtKind::AssignList { id, lhs, rhs, .. } => {
                for (i, l) in lhs.iter_mut().enumerate() {
                    if dead.contains(&(*id, i)) {
                        let pos = l.pos;
                        *l = Expr::new(ExprKind::Blank, crate::types::predeclared::INVALID, pos);
                        if let Some(r) = rhs.get_mut(i) {
                            *r = zero(pos);
                        }
                    }
                }
            }
            _ => {}
        }
        for_each_stmt_child(s, &mut |c| match c {
            Child::Stmts(b) => rewrite_dead(prog, b, dead),
            Child::Expr(e) => rewrite_dead_expr(prog, e, dead),
        });
    }
}

fn rewrite_dead_expr(
    prog: &Program,
    e: &mut Expr,
    dead: &crate::fxhash::HashSet<(super::StmtId, usize)>,
) {
    for_each_expr_child(e, &mut |c| match c {
        Child::Stmts(b) => rewrite_dead(prog, b, dead),
        Child::Expr(x) => rewrite_dead_expr(prog, x, dead),
    });
}

/// Go 1.22 per-iteration loop variables (Go's `loopvar.ForCapture`).
///
/// A variable declared by a `for` or `range` clause whose address is taken or that a
/// closure captures inside the loop gets a fresh copy per iteration: the clause works on
/// a temporary and the body starts with `v := tmp` (so `v` is declared inside the loop and,
/// for escape analysis, at the loop's depth). Three-clause loops become
///
/// ```text
/// for tmp, first := init, true; ; tmp = v {      // `continue` runs the post part
///     v := tmp
///     if first { first = false } else { post }
///     if !cond { break }
///     body
/// }
/// ```
pub fn loopvar(prog: &mut Program, f: super::FuncId) {
    if !has_loop(&prog.funcs[f.0 as usize].body) {
        return; // nothing to rewrite (closures are rewritten as functions of their own)
    }
    let mut body = std::mem::take(&mut prog.funcs[f.0 as usize].body);
    let mut lv = LoopVar {
        prog,
        func: f,
        leaked: HashMap::default(),
        loop_depth: 0,
        return_in_loop_depth: 0,
    };
    lv.stmts(&mut body);
    prog.funcs[f.0 as usize].body = body;
}

/// Whether a statement list has a `for` or `range` loop (expressions hold no loops: a
/// function literal's body is a function of its own).
fn has_loop(list: &[Stmt]) -> bool {
    list.iter().any(|s| match &s.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => true,
        StmtKind::Block(b) => has_loop(b),
        StmtKind::If { then, els, .. } => has_loop(then) || has_loop(els),
        StmtKind::Switch { cases, .. } => cases.iter().any(|c| has_loop(&c.body)),
        StmtKind::TypeSwitch { cases, .. } => cases.iter().any(|c| has_loop(&c.body)),
        StmtKind::Select { cases, .. } => cases.iter().any(|c| has_loop(&c.body)),
        _ => false,
    })
}

struct LoopVar<'a> {
    prog: &'a mut Program,
    func: super::FuncId,
    /// Loop variables seen so far: whether their address is taken or they are captured.
    leaked: HashMap<VarId, bool>,
    loop_depth: u32,
    return_in_loop_depth: u32,
}

impl LoopVar<'_> {
    fn note_may_leak(&mut self, e: Option<&Expr>) {
        if let Some(Expr {
            kind: ExprKind::Var(v),
            ..
        }) = e
            && !self.prog.var(*v).is_blank()
        {
            self.leaked.entry(*v).or_insert(false);
        }
    }

    fn stmts(&mut self, list: &mut [Stmt]) {
        for s in list.iter_mut() {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        let pos = s.pos;
        match &mut s.kind {
            StmtKind::Return(rs) => {
                let saved = self.return_in_loop_depth;
                self.return_in_loop_depth = self.loop_depth;
                for e in rs {
                    self.expr(e);
                }
                self.return_in_loop_depth = saved;
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                ..
            } => {
                self.expr(x);
                if !*define {
                    for e in [key.as_mut(), value.as_mut()].into_iter().flatten() {
                        self.expr(e);
                    }
                    self.loop_depth += 1;
                    self.stmts(body);
                    self.loop_depth -= 1;
                    return;
                }
                self.note_may_leak(key.as_deref());
                self.note_may_leak(value.as_deref());
                self.loop_depth += 1;
                self.stmts(body);
                self.loop_depth -= 1;
                // Go prepends `k := tmp` for the key, then `v := tmp` for the value, in front.
                let mut preludes: Vec<Vec<Stmt>> = Vec::new();
                for slot in [key, value] {
                    let Some(Expr {
                        kind: ExprKind::Var(v),
                        ty,
                        pos: vpos,
                        ..
                    }) = slot.as_deref()
                    else {
                        continue;
                    };
                    let (v, ty, vpos) = (*v, *ty, *vpos);
                    if self.leaked.get(&v) != Some(&true) {
                        continue;
                    }
                    let tmp = self.prog.new_temp(self.func, vpos, ty);
                    *slot = Some(Box::new(Expr::new(ExprKind::Var(tmp), ty, vpos)));
                    let id = self.prog.new_stmt_id();
                    preludes.push(vec![
                        Stmt::new(StmtKind::Decl(v), pos),
                        Stmt::new(
                            StmtKind::Assign {
                                id,
                                lhs: Expr::new(ExprKind::Var(v), ty, vpos),
                                rhs: Some(Box::new(Expr::new(ExprKind::Var(tmp), ty, vpos))),
                                define: true,
                            },
                            pos,
                        ),
                    ]);
                }
                if !preludes.is_empty() {
                    let mut new_body: Vec<Stmt> = preludes.into_iter().rev().flatten().collect();
                    new_body.append(body);
                    *body = new_body;
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
                label,
            } => {
                self.stmts(init);
                let defs = init_defs(init);
                for &v in &defs {
                    if !self.prog.var(v).is_blank() {
                        self.leaked.entry(v).or_insert(false);
                    }
                }
                self.loop_depth += 1;
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.stmts(body);
                self.loop_depth -= 1;
                let leaked: Vec<VarId> = defs
                    .into_iter()
                    .filter(|v| self.leaked.get(v) == Some(&true))
                    .collect();
                if leaked.is_empty() {
                    return;
                }
                let _ = label;
                let mut pre_body = Vec::new();
                let mut post_body = Vec::new();
                let mut renames = HashMap::default();
                for &z in &leaked {
                    let (ty, zpos) = (self.prog.var(z).ty, self.prog.var(z).pos);
                    let tz = self.prog.new_temp(self.func, zpos, ty);
                    renames.insert(z, tz);
                    let id = self.prog.new_stmt_id();
                    self.prog.var_mut(z).defn = super::Defn::Assign(id);
                    pre_body.push(Stmt::new(StmtKind::Decl(z), pos));
                    pre_body.push(Stmt::new(
                        StmtKind::Assign {
                            id,
                            lhs: Expr::new(ExprKind::Var(z), ty, zpos),
                            rhs: Some(Box::new(Expr::new(ExprKind::Var(tz), ty, zpos))),
                            define: true,
                        },
                        pos,
                    ));
                    let id2 = self.prog.new_stmt_id();
                    post_body.push(Stmt::new(
                        StmtKind::Assign {
                            id: id2,
                            lhs: Expr::new(ExprKind::Var(tz), ty, zpos),
                            rhs: Some(Box::new(Expr::new(ExprKind::Var(z), ty, zpos))),
                            define: false,
                        },
                        pos,
                    ));
                }
                // The init now declares the temporaries instead of the variables, whose
                // declarations move into the body.
                rename_init(init, &renames);
                init.retain(|s| !matches!(s.kind, StmtKind::Decl(v) if renames.contains_key(&v)));
                if let Some(p) = post.take() {
                    let bool_ty = crate::types::predeclared::BOOL;
                    let first = self.prog.new_temp(self.func, pos, bool_ty);
                    let id = self.prog.new_stmt_id();
                    let t = Expr::new(
                        ExprKind::Const(Box::new(crate::types::constant::Value::Bool(true))),
                        bool_ty,
                        pos,
                    );
                    init.push(Stmt::new(
                        StmtKind::Assign {
                            id,
                            lhs: Expr::new(ExprKind::Var(first), bool_ty, pos),
                            rhs: Some(Box::new(t)),
                            define: false,
                        },
                        pos,
                    ));
                    let id2 = self.prog.new_stmt_id();
                    let f = Expr::new(
                        ExprKind::Const(Box::new(crate::types::constant::Value::Bool(false))),
                        bool_ty,
                        pos,
                    );
                    let set_false = Stmt::new(
                        StmtKind::Assign {
                            id: id2,
                            lhs: Expr::new(ExprKind::Var(first), bool_ty, pos),
                            rhs: Some(Box::new(f)),
                            define: false,
                        },
                        pos,
                    );
                    pre_body.push(Stmt::new(StmtKind::Decl(first), pos));
                    pre_body.push(Stmt::new(
                        StmtKind::If {
                            cond: Box::new(Expr::new(ExprKind::Var(first), bool_ty, pos)),
                            then: vec![set_false],
                            els: vec![*p],
                        },
                        pos,
                    ));
                }
                if let Some(c) = cond.take() {
                    let cpos = c.pos;
                    let ty = c.ty;
                    let not = Expr::new(
                        ExprKind::Unary {
                            op: super::UnOp::Not,
                            x: Box::new(*c),
                        },
                        ty,
                        cpos,
                    );
                    pre_body.push(Stmt::new(
                        StmtKind::If {
                            cond: Box::new(not),
                            then: vec![Stmt::new(StmtKind::Break(None), pos)],
                            els: vec![],
                        },
                        pos,
                    ));
                }
                pre_body.append(body);
                *body = pre_body;
                *post = Some(Box::new(Stmt::new(StmtKind::Block(post_body), pos)));
            }
            _ => {
                for_each_stmt_child(s, &mut |c| match c {
                    Child::Expr(e) => self.expr(e),
                    Child::Stmts(b) => self.stmts(b),
                });
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        match &e.kind {
            ExprKind::Closure(f) if self.return_in_loop_depth < self.loop_depth => {
                let caps: Vec<VarId> = self.prog.func(*f).captures.iter().map(|c| c.var).collect();
                for v in caps {
                    if let Some(l) = self.leaked.get_mut(&v) {
                        *l = true;
                    }
                }
            }
            ExprKind::Addr(x) => {
                if self.return_in_loop_depth < self.loop_depth
                    && let Some(v) = crate::escape::outer_var_of(x)
                    && let Some(l) = self.leaked.get_mut(&v)
                {
                    *l = true;
                }
            }
            _ => {}
        }
        for_each_expr_child(e, &mut |c| match c {
            Child::Expr(x) => self.expr(x),
            Child::Stmts(b) => self.stmts(b),
        });
    }
}

/// Variables declared with `:=` by a for loop's init statements.
fn init_defs(init: &[Stmt]) -> Vec<VarId> {
    let mut out = Vec::new();
    for s in init {
        match &s.kind {
            StmtKind::Assign {
                lhs, define: true, ..
            } => out.extend(lhs.as_var()),
            StmtKind::AssignList {
                lhs, define: true, ..
            } => out.extend(lhs.iter().filter_map(Expr::as_var)),
            _ => {}
        }
    }
    out
}

/// Replaces the declared variables of a for init by their temporaries.
fn rename_init(init: &mut [Stmt], renames: &HashMap<VarId, VarId>) {
    let fix = |e: &mut Expr| {
        if let ExprKind::Var(v) = &mut e.kind
            && let Some(&t) = renames.get(v)
        {
            *v = t;
        }
    };
    init.iter_mut().for_each(|s| match &mut s.kind {
        StmtKind::Assign { lhs, .. } => fix(lhs),
        StmtKind::AssignList { lhs, .. } => lhs.iter_mut().for_each(fix),
        _ => {}
    });
}

/// A mutable child of a node.
pub enum Child<'a> {
    Expr(&'a mut Expr),
    Stmts(&'a mut Vec<Stmt>),
}

/// Visits the direct children of a statement (expressions and nested statement lists).
pub fn for_each_stmt_child(s: &mut Stmt, f: &mut dyn FnMut(Child<'_>)) {
    match &mut s.kind {
        StmtKind::Decl(_) | StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Fallthrough => {}
        StmtKind::Assign { lhs, rhs, .. } => {
            f(Child::Expr(lhs));
            if let Some(r) = rhs {
                f(Child::Expr(r));
            }
        }
        StmtKind::AssignOp { lhs, rhs, .. } => {
            f(Child::Expr(lhs));
            f(Child::Expr(rhs));
        }
        StmtKind::AssignList { lhs, rhs, .. } => {
            for e in lhs.iter_mut().chain(rhs.iter_mut()) {
                f(Child::Expr(e));
            }
        }
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => f(Child::Expr(e)),
        StmtKind::Block(b) => f(Child::Stmts(b)),
        StmtKind::If { cond, then, els } => {
            f(Child::Expr(cond));
            f(Child::Stmts(then));
            f(Child::Stmts(els));
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
            ..
        } => {
            f(Child::Stmts(init));
            if let Some(c) = cond {
                f(Child::Expr(c));
            }
            if let Some(p) = post {
                let ppos = p.pos;
                let mut one = vec![std::mem::replace(
                    &mut **p,
                    Stmt::new(StmtKind::Fallthrough, ppos),
                )];
                f(Child::Stmts(&mut one));
                if let Some(x) = one.pop() {
                    **p = x;
                }
            }
            f(Child::Stmts(body));
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                f(Child::Expr(e));
            }
            f(Child::Expr(x));
            f(Child::Stmts(body));
        }
        StmtKind::Switch { tag, cases, .. } => {
            if let Some(t) = tag {
                f(Child::Expr(t));
            }
            for c in cases {
                for e in &mut c.exprs {
                    f(Child::Expr(e));
                }
                f(Child::Stmts(&mut c.body));
            }
        }
        StmtKind::TypeSwitch { x, cases, .. } => {
            f(Child::Expr(x));
            for c in cases {
                f(Child::Stmts(&mut c.body));
            }
        }
        StmtKind::Select { cases, .. } => {
            for c in cases {
                if let Some(comm) = &mut c.comm {
                    let cpos = comm.pos;
                    let mut one = vec![std::mem::replace(
                        &mut **comm,
                        Stmt::new(StmtKind::Fallthrough, cpos),
                    )];
                    f(Child::Stmts(&mut one));
                    if let Some(x) = one.pop() {
                        **comm = x;
                    }
                }
                f(Child::Stmts(&mut c.body));
            }
        }
        StmtKind::Send { chan, value } => {
            f(Child::Expr(chan));
            f(Child::Expr(value));
        }
        StmtKind::Return(rs) => rs.iter_mut().for_each(|e| f(Child::Expr(e))),
    }
}

/// Visits the direct children of an expression (not the bodies of closures).
pub fn for_each_expr_child(e: &mut Expr, f: &mut dyn FnMut(Child<'_>)) {
    match &mut e.kind {
        ExprKind::Unary { x, .. }
        | ExprKind::Addr(x)
        | ExprKind::Deref(x)
        | ExprKind::Field { x, .. }
        | ExprKind::Conv(x)
        | ExprKind::SliceToArrayPtr(x)
        | ExprKind::ToInterface(x)
        | ExprKind::StrConv { x, .. }
        | ExprKind::PtrLit(x)
        | ExprKind::TypeAssert { x }
        | ExprKind::Recv(x) => f(Child::Expr(x)),
        ExprKind::MethodValue { recv, .. } => f(Child::Expr(recv)),
        ExprKind::Binary { x, y, .. } | ExprKind::Logical { x, y, .. } => {
            f(Child::Expr(x));
            f(Child::Expr(y));
        }
        ExprKind::Index { x, index, .. } => {
            f(Child::Expr(x));
            f(Child::Expr(index));
        }
        ExprKind::MapIndex { m, key } => {
            f(Child::Expr(m));
            f(Child::Expr(key));
        }
        ExprKind::Slice {
            x, low, high, max, ..
        } => {
            f(Child::Expr(x));
            for b in [low, high, max].into_iter().flatten() {
                f(Child::Expr(b));
            }
        }
        ExprKind::Call { callee, args, .. } => {
            match &mut **callee {
                Callee::Value(x) => f(Child::Expr(x)),
                Callee::Interface { recv, .. } => f(Child::Expr(recv)),
                _ => {}
            }
            for a in args {
                f(Child::Expr(a));
            }
        }
        ExprKind::Builtin { args, .. } | ExprKind::AddStr(args) => {
            args.iter_mut().for_each(|a| f(Child::Expr(a)))
        }
        ExprKind::MakeSlice { len, cap } => {
            f(Child::Expr(len));
            if let Some(c) = cap {
                f(Child::Expr(c));
            }
        }
        ExprKind::MakeMap { hint: s } | ExprKind::MakeChan { size: s } => {
            if let Some(s) = s {
                f(Child::Expr(s));
            }
        }
        ExprKind::CompLit { kind, .. } => match kind {
            CompLitKind::Struct(fs) => fs.iter_mut().for_each(|(_, v)| f(Child::Expr(v))),
            CompLitKind::Array(es) | CompLitKind::Slice { elems: es, .. } => {
                es.iter_mut().for_each(|(_, v)| f(Child::Expr(v)))
            }
            CompLitKind::Map(kv) => kv.iter_mut().for_each(|(k, v)| {
                f(Child::Expr(k));
                f(Child::Expr(v));
            }),
        },
        ExprKind::Init { stmts, x } => {
            f(Child::Stmts(stmts));
            f(Child::Expr(x));
        }
        _ => {}
    }
}

/// Numbers every expression node again, from 1 in function order, and sets each
/// function's [`super::Func::refs`] and [`super::Func::indexes_fixed`] (for tests: [`run`]
/// numbers only what the checker's [`sweep`] did not).
pub fn number_nodes(prog: &mut Program) {
    let mut numbering = Numbering::from(1);
    for f in &mut prog.funcs {
        numbering.func(f);
    }
    for s in &prog.static_inits {
        number_stmt(s, &mut numbering);
    }
}

/// State of the numbering.
struct Numbering {
    /// The next node number.
    next: u32,
    /// The current body indexes an array or a string with a non-constant index
    /// ([`super::Func::indexes_fixed`]).
    indexes_fixed: bool,
    /// The functions the current body refers to ([`super::Func::refs`]).
    refs: Vec<super::FuncId>,
}

impl Numbering {
    fn from(first: u32) -> Numbering {
        Numbering {
            next: first,
            indexes_fixed: false,
            refs: Vec::new(),
        }
    }

    /// Numbers a body: returns the functions it refers to and whether it fixes indexes.
    fn body(&mut self, body: &[Stmt]) -> (Box<[super::FuncId]>, bool) {
        self.indexes_fixed = false;
        number_stmts(body, self);
        let refs = self.refs.as_slice().into();
        self.refs.clear();
        (refs, self.indexes_fixed)
    }

    /// Numbers a function's body and sets what numbering finds.
    fn func(&mut self, f: &mut super::Func) {
        let (refs, indexes_fixed) = self.body(&f.body);
        f.refs = refs.into_vec();
        f.indexes_fixed = indexes_fixed;
    }
}

fn number_stmts(list: &[Stmt], next: &mut Numbering) {
    for s in list {
        number_stmt(s, next);
    }
}

fn number_stmt(s: &Stmt, next: &mut Numbering) {
    match &s.kind {
        StmtKind::Decl(_) | StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Fallthrough => {}
        StmtKind::Assign { lhs, rhs, .. } => {
            number_expr(lhs, next);
            if let Some(r) = rhs {
                number_expr(r, next);
            }
        }
        StmtKind::AssignOp { lhs, rhs, .. } => {
            number_expr(lhs, next);
            number_expr(rhs, next);
        }
        StmtKind::AssignList { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs.iter()) {
                number_expr(e, next);
            }
        }
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => number_expr(e, next),
        StmtKind::Block(b) => number_stmts(b, next),
        StmtKind::If { cond, then, els } => {
            number_expr(cond, next);
            number_stmts(then, next);
            number_stmts(els, next);
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
            ..
        } => {
            number_stmts(init, next);
            if let Some(c) = cond {
                number_expr(c, next);
            }
            if let Some(p) = post {
                number_stmt(p, next);
            }
            number_stmts(body, next);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                number_expr(e, next);
            }
            number_expr(x, next);
            number_stmts(body, next);
        }
        StmtKind::Switch { tag, cases, .. } => {
            if let Some(t) = tag {
                number_expr(t, next);
            }
            for c in cases {
                for e in &c.exprs {
                    number_expr(e, next);
                }
                number_stmts(&c.body, next);
            }
        }
        StmtKind::TypeSwitch { x, cases, .. } => {
            number_expr(x, next);
            for c in cases {
                number_stmts(&c.body, next);
            }
        }
        StmtKind::Select { cases, .. } => {
            for c in cases {
                if let Some(comm) = &c.comm {
                    number_stmt(comm, next);
                }
                number_stmts(&c.body, next);
            }
        }
        StmtKind::Send { chan, value } => {
            number_expr(chan, next);
            number_expr(value, next);
        }
        StmtKind::Return(rs) => {
            for e in rs {
                number_expr(e, next);
            }
        }
    }
}

fn number_expr(e: &Expr, next: &mut Numbering) {
    e.id.set(next.next);
    next.next += 1;
    match &e.kind {
        ExprKind::Func(f) | ExprKind::Closure(f) => next.refs.push(*f),
        ExprKind::MethodExpr { method, .. } => next.refs.push(*method),
        ExprKind::MethodValue {
            method: Some(f), ..
        } => next.refs.push(*f),
        ExprKind::Call { callee, .. } => {
            if let Callee::Static(f) = **callee {
                next.refs.push(f);
            }
        }
        _ => {}
    }
    match &e.kind {
        ExprKind::Var(_)
        | ExprKind::Global(_)
        | ExprKind::Func(_)
        | ExprKind::Const(_)
        | ExprKind::Nil
        | ExprKind::New
        | ExprKind::MethodExpr { .. }
        | ExprKind::Type
        | ExprKind::ImportedFunc(_)
        | ExprKind::Blank
        | ExprKind::Closure(_) => {}
        ExprKind::Unary { x, .. }
        | ExprKind::Addr(x)
        | ExprKind::Deref(x)
        | ExprKind::Field { x, .. }
        | ExprKind::Conv(x)
        | ExprKind::SliceToArrayPtr(x)
        | ExprKind::ToInterface(x)
        | ExprKind::StrConv { x, .. }
        | ExprKind::PtrLit(x)
        | ExprKind::TypeAssert { x }
        | ExprKind::Recv(x) => number_expr(x, next),
        ExprKind::MethodValue { recv, .. } => number_expr(recv, next),
        ExprKind::Binary { x, y, .. } | ExprKind::Logical { x, y, .. } => {
            number_expr(x, next);
            number_expr(y, next);
        }
        ExprKind::Index { x, index, kind } => {
            if *kind != super::IndexKind::Slice && !matches!(index.kind, ExprKind::Const(_)) {
                next.indexes_fixed = true;
            }
            number_expr(x, next);
            number_expr(index, next);
        }
        ExprKind::MapIndex { m, key } => {
            number_expr(m, next);
            number_expr(key, next);
        }
        ExprKind::Slice {
            x, low, high, max, ..
        } => {
            number_expr(x, next);
            for b in [low, high, max].into_iter().flatten() {
                number_expr(b, next);
            }
        }
        ExprKind::Call { callee, args, .. } => {
            match &**callee {
                Callee::Value(f) => number_expr(f, next),
                Callee::Interface { recv, .. } => number_expr(recv, next),
                _ => {}
            }
            for a in args {
                number_expr(a, next);
            }
        }
        ExprKind::Builtin { args, .. } | ExprKind::AddStr(args) => {
            for a in args {
                number_expr(a, next);
            }
        }
        ExprKind::MakeSlice { len, cap } => {
            number_expr(len, next);
            if let Some(c) = cap {
                number_expr(c, next);
            }
        }
        ExprKind::MakeMap { hint: s } | ExprKind::MakeChan { size: s } => {
            if let Some(s) = s {
                number_expr(s, next);
            }
        }
        ExprKind::CompLit { kind, .. } => match kind {
            CompLitKind::Struct(fs) => fs.iter().for_each(|(_, v)| number_expr(v, next)),
            CompLitKind::Array(es) | CompLitKind::Slice { elems: es, .. } => {
                es.iter().for_each(|(_, v)| number_expr(v, next))
            }
            CompLitKind::Map(kv) => kv.iter().for_each(|(k, v)| {
                number_expr(k, next);
                number_expr(v, next);
            }),
        },
        ExprKind::Init { stmts, x } => {
            number_stmts(stmts, next);
            number_expr(x, next);
        }
    }
}
