//! `index bounds check elided`: the one `-m` diagnostic Go prints after escape analysis,
//! from its "walk" phase. Indexing an array (or a constant string) with a non-constant index
//! whose range provably fits (`a[i&7]`, `a[u%8]` with `u` unsigned, `a[b]` with `b` a byte
//! and 256 elements) needs no run-time check.

use super::Line;
use crate::ir::visit::{Node, walk_func};
use crate::ir::{Expr, ExprKind, FuncId, FuncKind, IndexKind, Program};
use crate::syntax::ast::Operator;
use crate::types::constant::Value;

/// The walk-phase lines, in Go's function order: each declared function, then the
/// closures that capture variables from it (last created first), then the other function
/// literals.
pub fn elided_lines(prog: &Program) -> Vec<Line> {
    let mut out = Vec::new();
    let mut walked = vec![false; prog.funcs.len()];
    let mut is_root = vec![false; prog.funcs.len()];
    let mut roots: Vec<FuncId> = prog
        .func_order
        .iter()
        .copied()
        .filter(|&f| !prog.func(f).is_capturing)
        .collect();
    for &r in &roots {
        is_root[r.0 as usize] = true;
    }
    for (i, f) in prog.funcs.iter().enumerate() {
        if matches!(f.kind, FuncKind::Closure | FuncKind::GoDeferWrapper)
            && !f.is_capturing
            && !is_root[i]
        {
            is_root[i] = true;
            roots.push(FuncId(i as u32));
        }
    }
    let children = prog.children();
    let mut todo = Vec::new();
    for root in roots {
        todo.push(root);
        while let Some(f) = todo.pop() {
            if walked[f.0 as usize] {
                continue;
            }
            walked[f.0 as usize] = true;
            if prog.func(f).indexes_fixed {
                func_lines(prog, f, &mut out);
            }
            todo.extend(
                children[f.0 as usize]
                    .iter()
                    .copied()
                    .filter(|&c| prog.func(c).is_capturing),
            );
        }
    }
    out
}

fn func_lines(prog: &Program, f: FuncId, out: &mut Vec<Line>) {
    walk_func(prog, f, false, &mut |n| {
        let Node::Expr(e) = n else { return };
        let ExprKind::Index { x, index, kind } = &e.kind else {
            return;
        };
        if matches!(index.kind, ExprKind::Const(_)) {
            return;
        }
        let len = match kind {
            IndexKind::Array => match prog.types.under(x.ty) {
                crate::types::Type::Array { len, .. } => *len as i64,
                _ => return,
            },
            IndexKind::String => match x.const_value() {
                Some(Value::String(s)) => s.len() as i64,
                _ => return,
            },
            IndexKind::Slice => return,
        };
        if bounded(prog, index, len) {
            out.push(Line {
                pos: e.pos,
                text: "index bounds check elided".into(),
                at: None,
            });
        }
    });
}

/// Whether integer expression `n` is always in `[0, max)` (Go's `walk.bounded`).
fn bounded(prog: &Program, n: &Expr, max: i64) -> bool {
    let t = &prog.types;
    if !t.is_integer(n.ty) {
        return false;
    }
    let sign = !t.is_unsigned(n.ty);
    let mut bits = 8 * t.size(n.ty) as i32;
    let small = |e: &Expr| match e.const_value() {
        Some(Value::Int(v)) if *v == (*v as i32) as i128 => Some(*v as i64),
        _ => None,
    };
    if let Some(v) = small(n) {
        return 0 <= v && v < max;
    }
    if let ExprKind::Binary { op, x, y } = &n.kind {
        match op {
            Operator::And | Operator::AndNot => {
                let mut v = -1i64;
                if let Some(c) = small(x) {
                    v = c;
                } else if let Some(c) = small(y) {
                    v = c;
                    if *op == Operator::AndNot {
                        v = !v;
                        if !sign {
                            v &= (1i64 << bits.min(63)) - 1;
                        }
                    }
                }
                if 0 <= v && v < max {
                    return true;
                }
            }
            Operator::Rem => {
                if !sign
                    && let Some(v) = small(y)
                    && 0 <= v
                    && v <= max
                {
                    return true;
                }
            }
            Operator::Div => {
                if !sign && let Some(mut v) = small(y) {
                    while bits > 0 && v >= 2 {
                        bits -= 1;
                        v >>= 1;
                    }
                }
            }
            Operator::Shr => {
                if !sign && let Some(v) = small(y) {
                    if v > bits as i64 {
                        return max > 0;
                    }
                    bits -= v as i32;
                }
            }
            _ => {}
        }
    }
    !sign && bits <= 62 && (1i64 << bits) <= max
}
