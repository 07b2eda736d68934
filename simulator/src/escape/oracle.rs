//! Which local variables are assigned exactly once, and to what (Go's `ir.ReassignOracle`).
//!
//! Escape analysis asks two questions of it: "what is the static value of this expression"
//! (to print `1 escapes to heap` for a boxed `x := 1`, to fold `make([]T, n)` sizes, and to
//! find the callee of `f := g; f()`), and "which functions may this func variable hold".
//! One oracle serves a whole outermost function, closures included.

use crate::fxhash::HashMap;
use crate::ir::visit::{Node, walk_func};
use crate::ir::{
    AssignListKind, Defn, Expr, ExprKind, FuncId, IndexKind, Program, Stmt, StmtId, StmtKind,
    VarClass, VarId,
};

/// The single definition of a variable.
#[derive(Clone, Copy, Debug, PartialEq)]
enum SingleDef {
    /// A parameter (defined by the call).
    Param,
    /// Defined by statement `StmtId`.
    Stmt(StmtId),
}

pub struct Oracle<'p> {
    prog: &'p Program,
    single_def: HashMap<VarId, SingleDef>,
    /// Right sides of the plain assignments to never-address-taken func variables; `None`
    /// when some other kind of assignment makes the set unknowable.
    func_assigns: HashMap<VarId, Option<Vec<&'p Expr>>>,
    /// Defining statements by id.
    stmts: HashMap<StmtId, &'p Stmt>,
}

impl<'p> Oracle<'p> {
    /// Builds the oracle of outermost function `f` (with its closures).
    pub fn new(prog: &'p Program, f: FuncId) -> Oracle<'p> {
        let mut o = Oracle {
            prog,
            single_def: HashMap::default(),
            func_assigns: HashMap::default(),
            stmts: HashMap::default(),
        };
        let func = prog.func(f);
        for &p in func.recv.iter().chain(&func.params) {
            let v = prog.var(p);
            if !v.is_blank() && !v.name.is_empty() {
                o.single_def.insert(p, SingleDef::Param);
            }
        }
        // Locals (of the function and its closures) that are never address-taken.
        let mut locals: Vec<VarId> = Vec::new();
        let mut assigns: Vec<&'p Stmt> = Vec::new();
        walk_func(prog, f, true, &mut |n| match n {
            Node::Stmt(s) => {
                match &s.kind {
                    StmtKind::Decl(v) => locals.push(*v),
                    StmtKind::Assign { id, .. }
                    | StmtKind::AssignList { id, .. }
                    | StmtKind::Range { id, .. } => {
                        o.stmts.insert(*id, s);
                    }
                    _ => {}
                }
                if matches!(
                    s.kind,
                    StmtKind::Assign { .. }
                        | StmtKind::AssignList { .. }
                        | StmtKind::AssignOp { .. }
                        | StmtKind::Range { .. }
                ) {
                    assigns.push(s);
                }
            }
            Node::Expr(e) => {
                if let ExprKind::Var(v) = e.kind {
                    locals.push(v);
                }
            }
        });
        for v in locals {
            let var = prog.var(v);
            if !matches!(var.class, VarClass::Local | VarClass::Temp)
                || var.addrtaken
                || o.single_def.contains_key(&v)
            {
                continue;
            }
            let is_func = prog.types.is_func(var.ty);
            match var.defn {
                Defn::None => {
                    if is_func {
                        o.func_assigns.entry(v).or_insert_with(|| Some(Vec::new()));
                    }
                }
                Defn::Assign(id) | Defn::Other(id) => {
                    let is_oas = o
                        .stmts
                        .get(&id)
                        .is_some_and(|s| matches!(s.kind, StmtKind::Assign { .. }));
                    o.single_def.insert(v, SingleDef::Stmt(id));
                    if is_oas && is_func {
                        o.func_assigns.entry(v).or_insert_with(|| Some(Vec::new()));
                    }
                }
            }
        }
        for s in assigns {
            match &s.kind {
                StmtKind::Assign { id, lhs, rhs, .. } => {
                    o.prune(lhs, Some(*id), Some(rhs.as_deref()), true)
                }
                StmtKind::AssignList { id, lhs, .. } => {
                    for l in lhs {
                        o.prune(l, Some(*id), None, false);
                    }
                }
                StmtKind::AssignOp { lhs, .. } => o.prune(lhs, None, None, false),
                StmtKind::Range { id, key, value, .. } => {
                    for l in [key, value].into_iter().flatten() {
                        o.prune(l, Some(*id), None, false);
                    }
                }
                _ => {}
            }
        }
        o
    }

    /// Records an assignment to `lhs` by statement `id` (Go's `pruneIfNeeded`).
    fn prune(
        &mut self,
        lhs: &'p Expr,
        id: Option<StmtId>,
        rhs: Option<Option<&'p Expr>>,
        is_oas: bool,
    ) {
        let Some(v) = outer_var(lhs) else { return };
        if let Some(def) = self.single_def.get(&v) {
            let class = self.prog.var(v).class;
            let param_assigned = class == VarClass::Param;
            let local_assigned = matches!(class, VarClass::Local | VarClass::Temp)
                && Some(*def) != id.map(SingleDef::Stmt);
            if param_assigned || local_assigned {
                self.single_def.remove(&v);
            }
        }
        if let Some(entry) = self.func_assigns.get_mut(&v) {
            match (is_oas, rhs) {
                (true, Some(r)) => {
                    let is_nil =
                        r.is_none_or(|r| matches!(strip_nop(self.prog, r).kind, ExprKind::Nil));
                    if !is_nil && let (Some(list), Some(r)) = (entry.as_mut(), r) {
                        list.push(r);
                    }
                }
                _ => {
                    self.func_assigns.remove(&v);
                }
            }
        }
    }

    /// Whether `v` is assigned only by its definition.
    pub fn is_single_def(&self, v: VarId) -> bool {
        self.single_def.contains_key(&v)
    }

    /// The expression `e` stands for, following single-definition locals (Go's
    /// `StaticValue`).
    pub fn static_value(&self, mut e: &'p Expr) -> &'p Expr {
        for _ in 0..1000 {
            e = strip_nop(self.prog, e);
            match self.static_value1(e) {
                Some(n) => e = n,
                None => return e,
            }
        }
        e
    }

    fn static_value1(&self, e: &'p Expr) -> Option<&'p Expr> {
        let ExprKind::Var(v) = e.kind else {
            return None;
        };
        let var = self.prog.var(v);
        if !matches!(var.class, VarClass::Local | VarClass::Temp) {
            return None;
        }
        let Defn::Assign(id) = var.defn else {
            return None;
        };
        let stmt = self.stmts.get(&id)?;
        let rhs = match &stmt.kind {
            StmtKind::Assign { rhs, .. } => rhs.as_ref()?,
            StmtKind::AssignList {
                kind: AssignListKind::Pair,
                lhs,
                rhs,
                ..
            } => {
                let i = lhs.iter().position(|l| l.as_var() == Some(v))?;
                rhs.get(i)?
            }
            _ => return None,
        };
        if !self.single_def.contains_key(&v) {
            return None;
        }
        Some(rhs)
    }

    /// The right sides of the assignments of a func variable, or `None` if unknowable.
    pub fn func_assignments(&self, v: VarId) -> Option<&[&'p Expr]> {
        self.func_assigns.get(&v).and_then(|l| l.as_deref())
    }
}

/// Strips conversions that do not change the representation (Go's OCONVNOP).
pub fn strip_nop<'p>(prog: &Program, mut e: &'p Expr) -> &'p Expr {
    while let ExprKind::Conv(x) = &e.kind {
        if !is_nop_conversion(prog, x.ty, e.ty) {
            break;
        }
        e = x;
    }
    e
}

/// Whether converting `from` to `to` keeps the representation (Go's OCONVNOP).
pub fn is_nop_conversion(
    prog: &Program,
    from: crate::types::TypeId,
    to: crate::types::TypeId,
) -> bool {
    let t = &prog.types;
    if t.identical(t.underlying(from), t.underlying(to)) {
        return true;
    }
    if t.is_pointer(from) && t.is_pointer(to) {
        return true;
    }
    // Numeric conversions between types of the same size and kind of representation.
    false
}

/// The variable at the root of an assignable expression (Go's `ir.OuterValue`): through
/// value fields, array elements and nop conversions.
pub fn outer_var(e: &Expr) -> Option<VarId> {
    let mut cur = e;
    loop {
        match &cur.kind {
            ExprKind::Field {
                x,
                through_pointer: false,
                ..
            } => cur = x,
            ExprKind::Index {
                x,
                kind: IndexKind::Array,
                ..
            } => cur = x,
            ExprKind::Conv(x) if cur.implicit => cur = x,
            ExprKind::Var(v) => return Some(*v),
            _ => return None,
        }
    }
}
