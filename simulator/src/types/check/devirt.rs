//! Devirtualization: an interface method call whose receiver can only hold one concrete
//! type becomes a static call of that type's method (Go's `devirtualize.StaticCall`, which
//! runs even with `-l` and prints `devirtualizing s.M to T`).
//!
//! The receiver's concrete type is found as Go 1.26+ finds it: through conversions and
//! type assertions to a local interface variable whose every assignment (in its function,
//! closures included) yields the same concrete type.

use super::lookup::Selection;
use super::*;
use crate::fxhash::HashSet;
use crate::ir::fmt::Printer;
use crate::ir::visit::{Node, walk_func};
use crate::ir::{AssignListKind, Callee, RangeKind, Stmt, StmtKind};

/// How one interface call is devirtualized.
struct Devirt {
    /// The concrete type the receiver always holds.
    t: TypeId,
    /// The method called (`None`: a method of an embedded interface field).
    method: Option<FuncId>,
    pointer_receiver: bool,
    /// Embedded fields from `t` to the method's receiver.
    path: Vec<super::lookup::EmbedStep>,
}

/// What one assignment tells about a variable's dynamic type.
#[derive(Clone, Copy)]
enum Assigned<'p> {
    /// A value of this static type (an interface type means "unknown").
    Type(TypeId),
    /// This expression.
    Expr(&'p Expr),
    /// Nothing useful (a bool, an int).
    Nothing,
}

impl Checker<'_> {
    /// Devirtualizes interface calls in every function, in Go's order.
    pub(super) fn devirtualize(&mut self) {
        let order = self.devirt_order();
        for f in order {
            if !self.iface_call_elsewhere
                && !self
                    .iface_call_roots
                    .contains(self.prog.outermost(f).0 as usize)
            {
                continue; // no interface call in this function
            }
            let mut body = std::mem::take(&mut self.prog.funcs[f.0 as usize].body);
            let mut calls: Vec<(Pos, String, TypeId, bool)> = Vec::new();
            // Find candidate calls (post-order: inner calls first).
            let mut sites: Vec<u32> = Vec::new();
            collect_interface_calls(&body, &mut sites);
            let mut decisions: HashMap<u32, Devirt> = HashMap::default();
            for site in sites {
                if let Some(d) = self.devirt_decision(f, &body, site) {
                    decisions.insert(site, d);
                }
            }
            if !decisions.is_empty() {
                rewrite_calls(self, &mut body, &decisions, &mut calls);
            }
            self.prog.funcs[f.0 as usize].body = body;
            for (pos, sel, t, partial) in calls {
                let ts = self.prog.types.compiler_string(t);
                let what = if partial {
                    "partially devirtualizing"
                } else {
                    "devirtualizing"
                };
                self.prog
                    .devirtualized
                    .push((pos, format!("{what} {sel} to {ts}")));
            }
        }
    }

    /// Functions in declaration order, each followed by the closures created in it.
    fn devirt_order(&self) -> Vec<FuncId> {
        let n = self.prog.funcs.len();
        let mut declared = vec![false; n];
        for &f in &self.prog.func_order {
            declared[f.0 as usize] = true;
        }
        // the closures created in each function, in creation order
        let mut children: Vec<Vec<FuncId>> = vec![Vec::new(); n];
        for (i, func) in self.prog.funcs.iter().enumerate() {
            if let Some(p) = func.parent
                && !declared[i]
                && let Some(c) = children.get_mut(p.0 as usize)
            {
                c.push(FuncId(i as u32));
            }
        }
        let mut out = Vec::new();
        for &f in &self.prog.func_order {
            // depth first, children in order, without recursion
            let mut todo = vec![f];
            while let Some(g) = todo.pop() {
                out.push(g);
                todo.extend(children[g.0 as usize].iter().rev());
            }
        }
        out
    }

    /// Whether the interface call with temporary id `site` in function `f` can be
    /// devirtualized: (concrete type, method, pointer receiver).
    fn devirt_decision(&self, f: FuncId, body: &[Stmt], site: u32) -> Option<Devirt> {
        let call = find_call(body, site)?;
        let ExprKind::Call { callee, .. } = &call.kind else {
            return None;
        };
        let Callee::Interface { recv, method, .. } = &**callee else {
            return None;
        };
        let mut seen = HashSet::default();
        let t = match self.concrete_type(f, body, recv, &mut seen) {
            Concrete::Type(t) => t,
            _ => return None,
        };
        if !self.implements(t, recv.ty) {
            return None;
        }
        match self.lookup_field_or_method(t, method) {
            Selection::Method {
                path,
                func,
                pointer_receiver,
                ..
            } => Some(Devirt {
                t,
                method: Some(func),
                pointer_receiver,
                path,
            }),
            // A method promoted from an embedded interface field: the call stays an
            // interface call, on the field (Go's "partially devirtualizing").
            Selection::InterfaceMethod { path, .. } if !path.is_empty() => Some(Devirt {
                t,
                method: None,
                pointer_receiver: false,
                path,
            }),
            _ => None,
        }
    }

    /// The single concrete type an interface-typed expression can hold.
    fn concrete_type(
        &self,
        f: FuncId,
        body: &[Stmt],
        e: &Expr,
        seen: &mut HashSet<VarId>,
    ) -> Concrete {
        let t = &self.prog.types;
        let mut n = e;
        loop {
            if !t.is_interface(n.ty) {
                return Concrete::Type(n.ty);
            }
            match &n.kind {
                ExprKind::Conv(x) | ExprKind::ToInterface(x) | ExprKind::TypeAssert { x } => n = x,
                ExprKind::Init { x, .. } => n = x,
                _ => break,
            }
        }
        let ExprKind::Var(v) = n.kind else {
            return Concrete::Unknown;
        };
        let var = self.prog.var(v);
        if !matches!(var.class, ir::VarClass::Local | ir::VarClass::Temp) || var.addrtaken {
            return Concrete::Unknown;
        }
        if !seen.insert(v) {
            return Concrete::NoType;
        }
        let owner = var.func;
        let assigns = self.assignments_to(owner, if owner == f { Some(body) } else { None }, v);
        let mut typ: Option<TypeId> = None;
        for a in assigns {
            let r = match a {
                Assigned::Type(t) => {
                    if self.prog.types.is_interface(t) {
                        Concrete::Unknown
                    } else {
                        Concrete::Type(t)
                    }
                }
                Assigned::Expr(x) => self.concrete_type(f, body, x, seen),
                Assigned::Nothing => continue,
            };
            match r {
                Concrete::NoType => continue,
                Concrete::Unknown => return Concrete::Unknown,
                Concrete::Type(t) => {
                    if let Some(prev) = typ
                        && !self.prog.types.identical(prev, t)
                    {
                        return Concrete::Unknown;
                    }
                    typ = Some(t);
                }
            }
        }
        match typ {
            Some(t) => Concrete::Type(t),
            None => Concrete::NoType,
        }
    }

    /// Every assignment to `v` in function `owner` and its closures.
    fn assignments_to<'p>(
        &'p self,
        owner: FuncId,
        owner_body: Option<&'p [Stmt]>,
        v: VarId,
    ) -> Vec<Assigned<'p>> {
        let mut out = Vec::new();
        let t = &self.prog.types;
        let mut visit = |node: Node<'p>| {
            let Node::Stmt(s) = node else { return };
            let lhs_is = |e: &Expr| crate::escape::outer_var_of(e) == Some(v);
            match &s.kind {
                StmtKind::Assign {
                    lhs, rhs: Some(r), ..
                } if lhs_is(lhs) => {
                    if r.is_nil() || matches!(r.kind, ExprKind::Conv(ref x) if x.is_nil()) {
                        return;
                    }
                    match &r.kind {
                        ExprKind::Call { .. } => {
                            let rt = t
                                .tuple_types(r.ty)
                                .and_then(|ts| ts.first().copied())
                                .unwrap_or(r.ty);
                            out.push(Assigned::Type(rt));
                        }
                        _ => out.push(Assigned::Expr(r)),
                    }
                }
                StmtKind::AssignList { kind, lhs, rhs, .. } => {
                    for (i, l) in lhs.iter().enumerate() {
                        if !lhs_is(l) {
                            continue;
                        }
                        match kind {
                            AssignListKind::Pair => {
                                if let Some(r) = rhs.get(i)
                                    && !r.is_nil()
                                {
                                    out.push(Assigned::Expr(r));
                                }
                            }
                            AssignListKind::DotType => {
                                out.push(if i == 0 {
                                    Assigned::Expr(&rhs[0])
                                } else {
                                    Assigned::Nothing
                                });
                            }
                            AssignListKind::MapIndex | AssignListKind::Recv => {
                                out.push(if i == 0 {
                                    Assigned::Type(rhs[0].ty)
                                } else {
                                    Assigned::Nothing
                                });
                            }
                            AssignListKind::Call => {
                                let rt = t
                                    .tuple_types(rhs[0].ty)
                                    .and_then(|ts| ts.get(i).copied())
                                    .unwrap_or(P::INVALID);
                                out.push(Assigned::Type(rt));
                            }
                        }
                    }
                }
                StmtKind::Range {
                    key,
                    value,
                    x,
                    kind,
                    ..
                } => {
                    let (kt, vt) = match kind {
                        RangeKind::Slice | RangeKind::Array | RangeKind::ArrayPtr => {
                            (None, Some(t.elem(x.ty)))
                        }
                        RangeKind::Chan => (Some(t.elem(x.ty)), None),
                        RangeKind::Map => match t.under(x.ty) {
                            crate::types::Type::Map { key, value } => (Some(*key), Some(*value)),
                            _ => (None, None),
                        },
                        _ => (None, None),
                    };
                    if key.as_deref().is_some_and(&lhs_is) {
                        out.push(kt.map(Assigned::Type).unwrap_or(Assigned::Nothing));
                    }
                    if value.as_deref().is_some_and(&lhs_is) {
                        out.push(vt.map(Assigned::Type).unwrap_or(Assigned::Nothing));
                    }
                }
                StmtKind::TypeSwitch { x, cases, .. } if cases.iter().any(|c| c.var == Some(v)) => {
                    out.push(Assigned::Expr(x));
                }
                _ => {}
            }
        };
        match owner_body {
            Some(b) => crate::ir::visit::walk_stmts(&self.prog, b, true, &mut visit),
            None => walk_func(&self.prog, owner, true, &mut visit),
        }
        out
    }
}

/// Result of the concrete-type search.
enum Concrete {
    Type(TypeId),
    /// No assignment says anything (Go's `noType`).
    NoType,
    Unknown,
}

/// The temporary ids of the interface calls of a body: `1..=n` for its `n` interface calls
/// (numbered in post-order, inner calls first, by [`find_call`] and `rewrite_calls`).
fn collect_interface_calls(body: &[Stmt], out: &mut Vec<u32>) {
    fn count_stmts<'a>(list: &'a [Stmt], stack: &mut Vec<&'a Expr>, n: &mut u32) {
        for s in list {
            stack.extend(stmt_exprs(s));
            while let Some(e) = stack.pop() {
                if is_interface_call(e) {
                    *n += 1;
                }
                expr_children(e, stack);
            }
            for b in stmt_blocks(s) {
                count_stmts(b, stack, n);
            }
        }
    }
    let mut n = 0;
    count_stmts(body, &mut Vec::new(), &mut n);
    out.extend(1..=n);
}

/// The `n`-th interface call (1-based, post-order).
fn find_call(body: &[Stmt], n: u32) -> Option<&Expr> {
    fn in_expr<'a>(e: &'a Expr, n: u32, k: &mut u32) -> Option<&'a Expr> {
        let mut children: Vec<&Expr> = Vec::new();
        expr_children(e, &mut children);
        for c in children {
            if let Some(x) = in_expr(c, n, k) {
                return Some(x);
            }
        }
        if is_interface_call(e) {
            *k += 1;
            if *k == n {
                return Some(e);
            }
        }
        None
    }
    fn in_stmts<'a>(list: &'a [Stmt], n: u32, k: &mut u32) -> Option<&'a Expr> {
        for s in list {
            for e in stmt_exprs(s) {
                if let Some(x) = in_expr(e, n, k) {
                    return Some(x);
                }
            }
            for b in stmt_blocks(s) {
                if let Some(x) = in_stmts(b, n, k) {
                    return Some(x);
                }
            }
        }
        None
    }
    let mut k = 0;
    in_stmts(body, n, &mut k)
}

/// Rewrites the chosen calls into static method calls on a type assertion of the receiver.
fn rewrite_calls(
    c: &mut Checker<'_>,
    body: &mut [Stmt],
    decisions: &HashMap<u32, Devirt>,
    lines: &mut Vec<(Pos, String, TypeId, bool)>,
) {
    fn in_expr(
        c: &mut Checker<'_>,
        e: &mut Expr,
        d: &HashMap<u32, Devirt>,
        k: &mut u32,
        lines: &mut Vec<(Pos, String, TypeId, bool)>,
    ) {
        for_each_child_mut(e, &mut |x| in_expr(c, x, d, k, lines));
        if is_interface_call(e) {
            *k += 1;
            if let Some(dv) = d.get(k) {
                let pos = e.pos;
                let t = dv.t;
                if let ExprKind::Call { callee, args, .. } = &mut e.kind
                    && let Callee::Interface {
                        recv,
                        method: mname,
                        dot,
                    } = *std::mem::replace(callee, Box::new(Callee::Static(FuncId(0))))
                {
                    let sel = format!("{}.{}", Printer::new(&c.prog).expr(&recv), mname);
                    lines.push((pos, sel, t, dv.method.is_none()));
                    let r = Expr::new(ExprKind::TypeAssert { x: recv }, t, pos);
                    let mut r = c.walk_embed_path(r, &dv.path, dot);
                    let is_ptr = c.prog.types.is_pointer(r.ty);
                    match dv.method {
                        Some(method) => {
                            if !dv.pointer_receiver && is_ptr {
                                let elem = c.prog.types.elem(r.ty);
                                r = Expr::new(ExprKind::Deref(Box::new(r)), elem, pos).implicit();
                            } else if dv.pointer_receiver && !is_ptr {
                                let pt = c.types().pointer(r.ty);
                                r = Expr::new(ExprKind::Addr(Box::new(r)), pt, pos).implicit();
                            }
                            **callee = Callee::Static(method);
                            args.insert(0, r);
                        }
                        None => {
                            if is_ptr {
                                let elem = c.prog.types.elem(r.ty);
                                r = Expr::new(ExprKind::Deref(Box::new(r)), elem, pos).implicit();
                            }
                            **callee = Callee::Interface {
                                recv: Box::new(r),
                                method: mname,
                                dot,
                            };
                        }
                    }
                }
            }
        }
    }
    fn in_stmts(
        c: &mut Checker<'_>,
        list: &mut [Stmt],
        d: &HashMap<u32, Devirt>,
        k: &mut u32,
        lines: &mut Vec<(Pos, String, TypeId, bool)>,
    ) {
        for s in list {
            for_each_stmt_part_mut(s, &mut |part| match part {
                PartMut::Expr(e) => in_expr(c, e, d, k, lines),
                PartMut::Block(b) => in_stmts(c, b, d, k, lines),
            });
        }
    }
    let mut k = 0;
    in_stmts(c, body, decisions, &mut k, lines);
}

/// Direct sub-expressions of an expression (not into closures), in evaluation order.
fn expr_children<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match &e.kind {
        ExprKind::Unary { x, .. }
        | ExprKind::Addr(x)
        | ExprKind::Deref(x)
        | ExprKind::Field { x, .. }
        | ExprKind::Conv(x)
        | ExprKind::ToInterface(x)
        | ExprKind::StrConv { x, .. }
        | ExprKind::PtrLit(x)
        | ExprKind::TypeAssert { x }
        | ExprKind::Recv(x) => out.push(x),
        ExprKind::MethodValue { recv, .. } => out.push(recv),
        ExprKind::Binary { x, y, .. } | ExprKind::Logical { x, y, .. } => {
            out.push(x);
            out.push(y);
        }
        ExprKind::Index { x, index, .. } => {
            out.push(x);
            out.push(index);
        }
        ExprKind::MapIndex { m, key } => {
            out.push(m);
            out.push(key);
        }
        ExprKind::Slice {
            x, low, high, max, ..
        } => {
            out.push(x);
            out.extend([low, high, max].into_iter().flatten().map(|b| &**b));
        }
        ExprKind::Call { callee, args, .. } => {
            match &**callee {
                Callee::Value(f) => out.push(f),
                Callee::Interface { recv, .. } => out.push(recv),
                _ => {}
            }
            out.extend(args.iter());
        }
        ExprKind::Builtin { args, .. } | ExprKind::AddStr(args) => out.extend(args.iter()),
        ExprKind::MakeSlice { len, cap } => {
            out.push(len);
            out.extend(cap.iter().map(|b| &**b));
        }
        ExprKind::MakeMap { hint: s } | ExprKind::MakeChan { size: s } => {
            out.extend(s.iter().map(|b| &**b))
        }
        ExprKind::CompLit { kind, .. } => match kind {
            ir::CompLitKind::Struct(fs) => out.extend(fs.iter().map(|(_, v)| v)),
            ir::CompLitKind::Array(es) | ir::CompLitKind::Slice { elems: es, .. } => {
                out.extend(es.iter().map(|(_, v)| v))
            }
            ir::CompLitKind::Map(kv) => {
                for (k, v) in kv {
                    out.push(k);
                    out.push(v);
                }
            }
        },
        ExprKind::Init { x, .. } => out.push(x),
        _ => {}
    }
}

fn for_each_child_mut(e: &mut Expr, f: &mut dyn FnMut(&mut Expr)) {
    match &mut e.kind {
        ExprKind::Unary { x, .. }
        | ExprKind::Addr(x)
        | ExprKind::Deref(x)
        | ExprKind::Field { x, .. }
        | ExprKind::Conv(x)
        | ExprKind::ToInterface(x)
        | ExprKind::StrConv { x, .. }
        | ExprKind::PtrLit(x)
        | ExprKind::TypeAssert { x }
        | ExprKind::Recv(x) => f(x),
        ExprKind::MethodValue { recv, .. } => f(recv),
        ExprKind::Binary { x, y, .. } | ExprKind::Logical { x, y, .. } => {
            f(x);
            f(y);
        }
        ExprKind::Index { x, index, .. } => {
            f(x);
            f(index);
        }
        ExprKind::MapIndex { m, key } => {
            f(m);
            f(key);
        }
        ExprKind::Slice {
            x, low, high, max, ..
        } => {
            f(x);
            for b in [low, high, max].into_iter().flatten() {
                f(b);
            }
        }
        ExprKind::Call { callee, args, .. } => {
            match &mut **callee {
                Callee::Value(x) => f(x),
                Callee::Interface { recv, .. } => f(recv),
                _ => {}
            }
            for a in args {
                f(a);
            }
        }
        ExprKind::Builtin { args, .. } | ExprKind::AddStr(args) => {
            for a in args.iter_mut() {
                f(a);
            }
        }
        ExprKind::MakeSlice { len, cap } => {
            f(len);
            if let Some(c) = cap {
                f(c);
            }
        }
        ExprKind::MakeMap { hint: s } | ExprKind::MakeChan { size: s } => {
            if let Some(s) = s {
                f(s);
            }
        }
        ExprKind::CompLit { kind, .. } => match kind {
            ir::CompLitKind::Struct(fs) => fs.iter_mut().for_each(|(_, v)| f(v)),
            ir::CompLitKind::Array(es) | ir::CompLitKind::Slice { elems: es, .. } => {
                es.iter_mut().for_each(|(_, v)| f(v))
            }
            ir::CompLitKind::Map(kv) => kv.iter_mut().for_each(|(k, v)| {
                f(k);
                f(v);
            }),
        },
        ExprKind::Init { x, .. } => f(x),
        _ => {}
    }
}

/// Whether `e` calls an interface method.
fn is_interface_call(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Call { callee, .. } if matches!(**callee, Callee::Interface { .. }))
}

/// The expressions directly in a statement (not in nested blocks).
fn stmt_exprs(s: &Stmt) -> Vec<&Expr> {
    match &s.kind {
        StmtKind::Assign { lhs, rhs, .. } => std::iter::once(lhs).chain(rhs.as_deref()).collect(),
        StmtKind::AssignOp { lhs, rhs, .. } => vec![lhs, rhs],
        StmtKind::AssignList { lhs, rhs, .. } => lhs.iter().chain(rhs.iter()).collect(),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => vec![e],
        StmtKind::If { cond, .. } => vec![cond],
        StmtKind::For { cond, .. } => cond.as_deref().into_iter().collect(),
        StmtKind::Range { key, value, x, .. } => key
            .as_deref()
            .into_iter()
            .chain(value.as_deref())
            .chain(std::iter::once(&**x))
            .collect(),
        StmtKind::Switch { tag, cases, .. } => tag
            .as_deref()
            .into_iter()
            .chain(cases.iter().flat_map(|c| c.exprs.iter()))
            .collect(),
        StmtKind::TypeSwitch { x, .. } => vec![x],
        StmtKind::Send { chan, value } => vec![chan, value],
        StmtKind::Return(rs) => rs.iter().collect(),
        _ => Vec::new(),
    }
}

/// The statement lists nested directly in a statement.
fn stmt_blocks(s: &Stmt) -> Vec<&[Stmt]> {
    match &s.kind {
        StmtKind::Block(b) => vec![b],
        StmtKind::If { then, els, .. } => vec![then, els],
        StmtKind::For {
            init, post, body, ..
        } => {
            let mut v: Vec<&[Stmt]> = vec![init];
            v.extend(post.iter().map(|p| std::slice::from_ref(&**p)));
            v.push(body);
            v
        }
        StmtKind::Range { body, .. } => vec![body],
        StmtKind::Switch { cases, .. } => cases.iter().map(|c| c.body.as_slice()).collect(),
        StmtKind::TypeSwitch { cases, .. } => cases.iter().map(|c| c.body.as_slice()).collect(),
        StmtKind::Select { cases, .. } => cases
            .iter()
            .flat_map(|c| {
                c.comm
                    .iter()
                    .map(|s| std::slice::from_ref(&**s))
                    .chain(std::iter::once(c.body.as_slice()))
            })
            .collect(),
        _ => Vec::new(),
    }
}

enum PartMut<'a> {
    Expr(&'a mut Expr),
    Block(&'a mut [Stmt]),
}

/// Visits the expressions then the blocks of a statement, mutably, in the order of
/// `stmt_exprs` and `stmt_blocks`.
fn for_each_stmt_part_mut(s: &mut Stmt, f: &mut dyn FnMut(PartMut<'_>)) {
    match &mut s.kind {
        StmtKind::Assign { lhs, rhs, .. } => {
            f(PartMut::Expr(lhs));
            if let Some(r) = rhs {
                f(PartMut::Expr(r));
            }
        }
        StmtKind::AssignOp { lhs, rhs, .. } => {
            f(PartMut::Expr(lhs));
            f(PartMut::Expr(rhs));
        }
        StmtKind::AssignList { lhs, rhs, .. } => {
            for e in lhs.iter_mut().chain(rhs.iter_mut()) {
                f(PartMut::Expr(e));
            }
        }
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => f(PartMut::Expr(e)),
        StmtKind::If { cond, then, els } => {
            f(PartMut::Expr(cond));
            f(PartMut::Block(then));
            f(PartMut::Block(els));
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
            ..
        } => {
            if let Some(c) = cond {
                f(PartMut::Expr(c));
            }
            f(PartMut::Block(init));
            if let Some(p) = post {
                f(PartMut::Block(std::slice::from_mut(&mut **p)));
            }
            f(PartMut::Block(body));
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                f(PartMut::Expr(e));
            }
            f(PartMut::Expr(x));
            f(PartMut::Block(body));
        }
        StmtKind::Switch { tag, cases, .. } => {
            if let Some(t) = tag {
                f(PartMut::Expr(t));
            }
            for c in cases.iter_mut() {
                for e in &mut c.exprs {
                    f(PartMut::Expr(e));
                }
            }
            for c in cases.iter_mut() {
                f(PartMut::Block(&mut c.body));
            }
        }
        StmtKind::TypeSwitch { x, cases, .. } => {
            f(PartMut::Expr(x));
            for c in cases {
                f(PartMut::Block(&mut c.body));
            }
        }
        StmtKind::Select { cases, .. } => {
            for c in cases {
                if let Some(comm) = &mut c.comm {
                    f(PartMut::Block(std::slice::from_mut(&mut **comm)));
                }
                f(PartMut::Block(&mut c.body));
            }
        }
        StmtKind::Block(b) => f(PartMut::Block(b)),
        StmtKind::Send { chan, value } => {
            f(PartMut::Expr(chan));
            f(PartMut::Expr(value));
        }
        StmtKind::Return(rs) => {
            for e in rs {
                f(PartMut::Expr(e));
            }
        }
        _ => {}
    }
}
