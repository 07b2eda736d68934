//! Rewrites Go applies between type checking and escape analysis, and node numbering.

use super::{Callee, CompLitKind, Expr, ExprKind, Program, Stmt, StmtKind};

/// Runs the rewrites Go performs between type checking and escape analysis, then numbers
/// the nodes.
pub fn run(prog: &mut Program) {
    number_nodes(prog);
}

/// Gives every expression node a unique, deterministic id (in function order).
pub fn number_nodes(prog: &mut Program) {
    let mut next = 1u32;
    for f in &mut prog.funcs {
        for s in &mut f.body {
            number_stmt(s, &mut next);
        }
    }
    for s in &mut prog.static_inits {
        number_stmt(s, &mut next);
    }
}

fn number_stmts(list: &mut [Stmt], next: &mut u32) {
    for s in list {
        number_stmt(s, next);
    }
}

fn number_stmt(s: &mut Stmt, next: &mut u32) {
    match &mut s.kind {
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
            for e in lhs.iter_mut().chain(rhs.iter_mut()) {
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
        StmtKind::For { cond, post, body, .. } => {
            if let Some(c) = cond {
                number_expr(c, next);
            }
            if let Some(p) = post {
                number_stmt(p, next);
            }
            number_stmts(body, next);
        }
        StmtKind::Range { key, value, x, body, .. } => {
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
                for e in &mut c.exprs {
                    number_expr(e, next);
                }
                number_stmts(&mut c.body, next);
            }
        }
        StmtKind::TypeSwitch { x, cases, .. } => {
            number_expr(x, next);
            for c in cases {
                number_stmts(&mut c.body, next);
            }
        }
        StmtKind::Select { cases, .. } => {
            for c in cases {
                if let Some(comm) = &mut c.comm {
                    number_stmt(comm, next);
                }
                number_stmts(&mut c.body, next);
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

fn number_expr(e: &mut Expr, next: &mut u32) {
    e.id = *next;
    *next += 1;
    match &mut e.kind {
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
        ExprKind::Index { x, index, .. } => {
            number_expr(x, next);
            number_expr(index, next);
        }
        ExprKind::MapIndex { m, key } => {
            number_expr(m, next);
            number_expr(key, next);
        }
        ExprKind::Slice { x, low, high, max, .. } => {
            number_expr(x, next);
            for b in [low, high, max].into_iter().flatten() {
                number_expr(b, next);
            }
        }
        ExprKind::Call { callee, args, .. } => {
            match callee {
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
            CompLitKind::Struct(fs) => fs.iter_mut().for_each(|(_, v)| number_expr(v, next)),
            CompLitKind::Array(es) | CompLitKind::Slice { elems: es, .. } => es.iter_mut().for_each(|(_, v)| number_expr(v, next)),
            CompLitKind::Map(kv) => kv.iter_mut().for_each(|(k, v)| {
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
