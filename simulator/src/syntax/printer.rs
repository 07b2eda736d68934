//! Printing syntax back as Go's `syntax.String` does (the short form used in the type
//! checker's error messages: `T{…}`, `func() {…}`).

use super::ast::{ChanDir, Expr, ExprKind, Field, FuncType, Operator};

/// The expression as types2 quotes it in error messages.
pub fn expr_string(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e, 0);
    out
}

fn write_expr(out: &mut String, e: &Expr, depth: u32) {
    if depth > 200 {
        out.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Bad => out.push_str("<bad expr>"),
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::BasicLit { value, .. } => out.push_str(value),
        ExprKind::CompositeLit { typ, elems, .. } => {
            if let Some(t) = typ {
                write_expr(out, t, d);
            }
            out.push('{');
            if !elems.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
        ExprKind::KeyValue { key, value } => {
            write_expr(out, key, d);
            out.push_str(": ");
            write_expr(out, value, d);
        }
        ExprKind::FuncLit { typ, body } => {
            write_func_type(out, typ, d);
            out.push_str(" {");
            if !body.stmts.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(out, x, d);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(out, x, d);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            write_expr(out, x, d);
            out.push('[');
            write_expr(out, index, d);
            out.push(']');
        }
        ExprKind::Slice { x, low, high, max, .. } => {
            write_expr(out, x, d);
            out.push('[');
            if let Some(l) = low {
                write_expr(out, l, d);
            }
            out.push(':');
            if let Some(h) = high {
                write_expr(out, h, d);
            }
            if let Some(m) = max {
                out.push(':');
                write_expr(out, m, d);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, typ } => {
            write_expr(out, x, d);
            out.push_str(".(");
            write_expr(out, typ, d);
            out.push(')');
        }
        ExprKind::TypeSwitchGuard { lhs, x } => {
            if let Some(l) = lhs {
                out.push_str(&l.name);
                out.push_str(" := ");
            }
            write_expr(out, x, d);
            out.push_str(".(type)");
        }
        ExprKind::Unary { op, x } => {
            out.push_str(op.as_str());
            // Keep `- -x` and `<-<-c` readable as Go's printer does.
            if let ExprKind::Unary { op: inner, .. } = &x.kind
                && (*inner == *op || matches!((op, inner), (Operator::Add, Operator::Add) | (Operator::Sub, Operator::Sub)))
            {
                out.push(' ');
            }
            write_expr(out, x, d);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(out, x, d);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(out, y, d);
        }
        ExprKind::Call { fun, args, has_dots } => {
            write_expr(out, fun, d);
            out.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(out, a, d);
            }
            if *has_dots {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::ListExpr(list) => {
            for (i, a) in list.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(out, a, d);
            }
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(l) => write_expr(out, l, d),
                None => out.push_str("..."),
            }
            out.push(']');
            write_expr(out, elem, d);
        }
        ExprKind::SliceType { elem } => {
            out.push_str("[]");
            write_expr(out, elem, d);
        }
        ExprKind::DotsType { elem } => {
            out.push_str("...");
            write_expr(out, elem, d);
        }
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            write_fields(out, fields, "; ", d);
            out.push('}');
        }
        ExprKind::InterfaceType { elems } => {
            out.push_str("interface{");
            for (i, f) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match (&f.name, &f.typ.kind) {
                    (Some(n), ExprKind::FuncType(ft)) => {
                        out.push_str(&n.name);
                        write_signature(out, ft, d);
                    }
                    _ => write_expr(out, &f.typ, d),
                }
            }
            out.push('}');
        }
        ExprKind::FuncType(ft) => write_func_type(out, ft, d),
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write_expr(out, key, d);
            out.push(']');
            write_expr(out, value, d);
        }
        ExprKind::ChanType { dir, elem } => {
            match dir {
                ChanDir::Recv => out.push_str("<-chan "),
                ChanDir::Send => out.push_str("chan<- "),
                ChanDir::Both => out.push_str("chan "),
            }
            let parens = *dir == ChanDir::Both && matches!(elem.kind, ExprKind::ChanType { dir: ChanDir::Recv, .. });
            if parens {
                out.push('(');
            }
            write_expr(out, elem, d);
            if parens {
                out.push(')');
            }
        }
    }
}

fn write_func_type(out: &mut String, ft: &FuncType, d: u32) {
    out.push_str("func");
    write_signature(out, ft, d);
}

fn write_signature(out: &mut String, ft: &FuncType, d: u32) {
    out.push('(');
    write_fields(out, &ft.params, ", ", d);
    out.push(')');
    match ft.results.as_slice() {
        [] => {}
        [r] if r.name.is_none() => {
            out.push(' ');
            write_expr(out, &r.typ, d);
        }
        rs => {
            out.push_str(" (");
            write_fields(out, rs, ", ", d);
            out.push(')');
        }
    }
}

/// Fields with consecutive names of one type grouped: `a, b int`.
fn write_fields(out: &mut String, fields: &[Field], sep: &str, d: u32) {
    let mut i = 0;
    let mut first = true;
    while i < fields.len() {
        if !first {
            out.push_str(sep);
        }
        first = false;
        let f = &fields[i];
        match &f.name {
            Some(n) => {
                out.push_str(&n.name);
                let mut j = i + 1;
                while j < fields.len() && fields[j].name.is_some() && fields[j].typ == f.typ {
                    out.push_str(", ");
                    out.push_str(&fields[j].name.as_ref().map(|n| n.name.as_str()).unwrap_or(""));
                    j += 1;
                }
                out.push(' ');
                write_expr(out, &f.typ, d);
                i = j;
            }
            None => {
                write_expr(out, &f.typ, d);
                i += 1;
            }
        }
    }
}
