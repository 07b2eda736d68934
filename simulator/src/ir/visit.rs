//! Walking the IR: every statement and expression of a function body in source order,
//! optionally descending into the bodies of function literals.

use super::{Callee, CompLitKind, Expr, ExprKind, FuncId, Program, Stmt, StmtKind};

/// A node met by [`walk_func`].
pub enum Node<'p> {
    Stmt(&'p Stmt),
    Expr(&'p Expr),
}

/// Visits the body of `f` (pre-order). With `into_closures`, bodies of function literals
/// are visited where the literal appears.
pub fn walk_func<'p, F: FnMut(Node<'p>) + ?Sized>(
    prog: &'p Program,
    f: FuncId,
    into_closures: bool,
    visit: &mut F,
) {
    for s in &prog.func(f).body {
        walk_stmt(prog, s, into_closures, visit);
    }
}

pub fn walk_stmts<'p, F: FnMut(Node<'p>) + ?Sized>(
    prog: &'p Program,
    stmts: &'p [Stmt],
    into_closures: bool,
    visit: &mut F,
) {
    for s in stmts {
        walk_stmt(prog, s, into_closures, visit);
    }
}

pub fn walk_stmt<'p, F: FnMut(Node<'p>) + ?Sized>(
    prog: &'p Program,
    s: &'p Stmt,
    into_closures: bool,
    visit: &mut F,
) {
    visit(Node::Stmt(s));
    let e = |x: &'p Expr, v: &mut F| walk_expr(prog, x, into_closures, v);
    match &s.kind {
        StmtKind::Decl(_) | StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Fallthrough => {}
        StmtKind::Assign { lhs, rhs, .. } => {
            e(lhs, visit);
            if let Some(r) = rhs {
                e(r, visit);
            }
        }
        StmtKind::AssignOp { lhs, rhs, .. } => {
            e(lhs, visit);
            e(rhs, visit);
        }
        StmtKind::AssignList { lhs, rhs, .. } => {
            for x in lhs.iter().chain(rhs) {
                e(x, visit);
            }
        }
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => e(x, visit),
        StmtKind::Block(b) => walk_stmts(prog, b, into_closures, visit),
        StmtKind::If { cond, then, els } => {
            e(cond, visit);
            walk_stmts(prog, then, into_closures, visit);
            walk_stmts(prog, els, into_closures, visit);
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
            ..
        } => {
            walk_stmts(prog, init, into_closures, visit);
            if let Some(c) = cond {
                e(c, visit);
            }
            if let Some(p) = post {
                walk_stmt(prog, p, into_closures, visit);
            }
            walk_stmts(prog, body, into_closures, visit);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            if let Some(k) = key {
                e(k, visit);
            }
            if let Some(v) = value {
                e(v, visit);
            }
            e(x, visit);
            walk_stmts(prog, body, into_closures, visit);
        }
        StmtKind::Switch { tag, cases, .. } => {
            if let Some(t) = tag {
                e(t, visit);
            }
            for c in cases {
                for x in &c.exprs {
                    e(x, visit);
                }
                walk_stmts(prog, &c.body, into_closures, visit);
            }
        }
        StmtKind::TypeSwitch { x, cases, .. } => {
            e(x, visit);
            for c in cases {
                walk_stmts(prog, &c.body, into_closures, visit);
            }
        }
        StmtKind::Select { cases, .. } => {
            for c in cases {
                if let Some(comm) = &c.comm {
                    walk_stmt(prog, comm, into_closures, visit);
                }
                walk_stmts(prog, &c.body, into_closures, visit);
            }
        }
        StmtKind::Send { chan, value } => {
            e(chan, visit);
            e(value, visit);
        }
        StmtKind::Return(rs) => {
            for x in rs {
                e(x, visit);
            }
        }
    }
}

pub fn walk_expr<'p, F: FnMut(Node<'p>) + ?Sized>(
    prog: &'p Program,
    x: &'p Expr,
    into_closures: bool,
    visit: &mut F,
) {
    visit(Node::Expr(x));
    let e = |y: &'p Expr, v: &mut F| walk_expr(prog, y, into_closures, v);
    match &x.kind {
        ExprKind::Var(_)
        | ExprKind::Global(_)
        | ExprKind::Func(_)
        | ExprKind::Const(_)
        | ExprKind::Nil
        | ExprKind::New
        | ExprKind::MethodExpr { .. }
        | ExprKind::Type
        | ExprKind::ImportedFunc(_)
        | ExprKind::Blank => {}
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
        | ExprKind::Recv(x) => e(x, visit),
        ExprKind::MethodValue { recv, .. } => e(recv, visit),
        ExprKind::Binary { x, y, .. } | ExprKind::Logical { x, y, .. } => {
            e(x, visit);
            e(y, visit);
        }
        ExprKind::Index { x, index, .. } => {
            e(x, visit);
            e(index, visit);
        }
        ExprKind::MapIndex { m, key } => {
            e(m, visit);
            e(key, visit);
        }
        ExprKind::Slice {
            x, low, high, max, ..
        } => {
            e(x, visit);
            for b in [low, high, max].into_iter().flatten() {
                e(b, visit);
            }
        }
        ExprKind::Call { callee, args, .. } => {
            match &**callee {
                Callee::Value(f) => e(f, visit),
                Callee::Interface { recv, .. } => e(recv, visit),
                Callee::Static(_) | Callee::Imported(_) => {}
            }
            for a in args {
                e(a, visit);
            }
        }
        ExprKind::Builtin { args, .. } => {
            for a in args {
                e(a, visit);
            }
        }
        ExprKind::MakeSlice { len, cap } => {
            e(len, visit);
            if let Some(c) = cap {
                e(c, visit);
            }
        }
        ExprKind::MakeMap { hint: s } | ExprKind::MakeChan { size: s } => {
            if let Some(s) = s {
                e(s, visit);
            }
        }
        ExprKind::CompLit { kind, .. } => match kind {
            CompLitKind::Struct(fs) => fs.iter().for_each(|(_, v)| e(v, visit)),
            CompLitKind::Array(es) | CompLitKind::Slice { elems: es, .. } => {
                es.iter().for_each(|(_, v)| e(v, visit))
            }
            CompLitKind::Map(kv) => kv.iter().for_each(|(k, v)| {
                e(k, visit);
                e(v, visit);
            }),
        },
        ExprKind::Closure(f) => {
            if into_closures {
                walk_func(prog, *f, true, visit);
            }
        }
        ExprKind::AddStr(list) => list.iter().for_each(|y| e(y, visit)),
        ExprKind::Init { stmts, x } => {
            walk_stmts(prog, stmts, into_closures, visit);
            e(x, visit);
        }
    }
}

/// The direct sub-expressions of `e` in evaluation order (not into closure bodies or init
/// statements).
pub fn children<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    for_each_child(e, &mut |c| out.push(c));
}

/// Calls `out` on each direct sub-expression of `e`, in the order of [`children`].
pub fn for_each_child<'a, F: FnMut(&'a Expr) + ?Sized>(e: &'a Expr, out: &mut F) {
    match &e.kind {
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
        | ExprKind::Recv(x) => out(x),
        ExprKind::MethodValue { recv, .. } => out(recv),
        ExprKind::Binary { x, y, .. } | ExprKind::Logical { x, y, .. } => {
            out(x);
            out(y);
        }
        ExprKind::Index { x, index, .. } => {
            out(x);
            out(index);
        }
        ExprKind::MapIndex { m, key } => {
            out(m);
            out(key);
        }
        ExprKind::Slice {
            x, low, high, max, ..
        } => {
            out(x);
            [low, high, max].into_iter().flatten().for_each(|b| out(b));
        }
        ExprKind::Call { callee, args, .. } => {
            match &**callee {
                Callee::Value(f) => out(f),
                Callee::Interface { recv, .. } => out(recv),
                _ => {}
            }
            args.iter().for_each(&mut *out);
        }
        ExprKind::Builtin { args, .. } | ExprKind::AddStr(args) => args.iter().for_each(&mut *out),
        ExprKind::MakeSlice { len, cap } => {
            out(len);
            cap.iter().for_each(|b| out(b));
        }
        ExprKind::MakeMap { hint: s } | ExprKind::MakeChan { size: s } => {
            s.iter().for_each(|b| out(b))
        }
        ExprKind::CompLit { kind, .. } => match kind {
            CompLitKind::Struct(fs) => fs.iter().for_each(|(_, v)| out(v)),
            CompLitKind::Array(es) | CompLitKind::Slice { elems: es, .. } => {
                es.iter().for_each(|(_, v)| out(v))
            }
            CompLitKind::Map(kv) => {
                for (k, v) in kv {
                    out(k);
                    out(v);
                }
            }
        },
        ExprKind::Init { x, .. } => out(x),
        _ => {}
    }
}

/// A direct child of a statement.
pub enum Shallow<'a> {
    Expr(&'a Expr),
    Stmt(&'a Stmt),
}

/// Visits the direct expressions and statements of `s` (not deeper).
pub fn walk_stmt_shallow<'a, F: FnMut(Shallow<'a>) + ?Sized>(s: &'a Stmt, f: &mut F) {
    let stmts = |list: &'a [Stmt], f: &mut F| list.iter().for_each(|x| f(Shallow::Stmt(x)));
    match &s.kind {
        StmtKind::Decl(_) | StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Fallthrough => {}
        StmtKind::Assign { lhs, rhs, .. } => {
            f(Shallow::Expr(lhs));
            if let Some(r) = rhs {
                f(Shallow::Expr(r));
            }
        }
        StmtKind::AssignOp { lhs, rhs, .. } => {
            f(Shallow::Expr(lhs));
            f(Shallow::Expr(rhs));
        }
        StmtKind::AssignList { lhs, rhs, .. } => {
            lhs.iter().chain(rhs).for_each(|e| f(Shallow::Expr(e)))
        }
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => f(Shallow::Expr(e)),
        StmtKind::Block(b) => stmts(b, f),
        StmtKind::If { cond, then, els } => {
            f(Shallow::Expr(cond));
            stmts(then, f);
            stmts(els, f);
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
            ..
        } => {
            stmts(init, f);
            if let Some(c) = cond {
                f(Shallow::Expr(c));
            }
            if let Some(p) = post {
                f(Shallow::Stmt(p));
            }
            stmts(body, f);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                f(Shallow::Expr(e));
            }
            f(Shallow::Expr(x));
            stmts(body, f);
        }
        StmtKind::Switch { tag, cases, .. } => {
            if let Some(t) = tag {
                f(Shallow::Expr(t));
            }
            for c in cases {
                c.exprs.iter().for_each(|e| f(Shallow::Expr(e)));
                stmts(&c.body, f);
            }
        }
        StmtKind::TypeSwitch { x, cases, .. } => {
            f(Shallow::Expr(x));
            for c in cases {
                stmts(&c.body, f);
            }
        }
        StmtKind::Select { cases, .. } => {
            for c in cases {
                if let Some(comm) = &c.comm {
                    f(Shallow::Stmt(comm));
                }
                stmts(&c.body, f);
            }
        }
        StmtKind::Send { chan, value } => {
            f(Shallow::Expr(chan));
            f(Shallow::Expr(value));
        }
        StmtKind::Return(rs) => rs.iter().for_each(|e| f(Shallow::Expr(e))),
    }
}
