//! Prints syntax trees the way the Go compiler's `syntax.String` does (its "short form").
//!
//! Some syntax errors quote source constructs, e.g. `cannot use x := 1 as value`; Go
//! builds that text by printing the tree, not by copying the source, so spacing and elisions
//! follow its printer: operators inside binary expressions are surrounded by blanks, function
//! and composite literal bodies print as `{…}`, and nothing else gets a blank.

use super::ast::{AssignOp, ChanDir, Expr, ExprKind, Field, FuncType, Stmt, StmtKind};

/// `syntax.String(x)` for an expression.
pub fn expr_string(x: &Expr) -> String {
    let mut out = String::new();
    print_expr(&mut out, x);
    out
}

/// `syntax.String(s)` for a simple statement (other statements print as their keyword).
pub fn stmt_string(s: &Stmt) -> String {
    let mut out = String::new();
    match &s.kind {
        StmtKind::Empty => {}
        StmtKind::Expr(x) => print_expr(&mut out, x),
        StmtKind::Send { chan, value } => {
            print_expr(&mut out, chan);
            out.push_str(" <- ");
            print_expr(&mut out, value);
        }
        StmtKind::Assign { op, lhs, rhs } => {
            print_list(&mut out, lhs);
            match op {
                AssignOp::Op(o) if rhs.is_empty() => {
                    out.push_str(o.as_str());
                    out.push_str(o.as_str());
                }
                _ => {
                    out.push(' ');
                    out.push_str(assign_op_str(*op).as_str());
                    out.push(' ');
                    print_list(&mut out, rhs);
                }
            }
        }
        _ => out.push_str("<stmt>"),
    }
    out
}

/// The text of an assignment operator: `=`, `:=`, `+=`, ...
pub fn assign_op_str(op: AssignOp) -> String {
    match op {
        AssignOp::Assign => "=".to_string(),
        AssignOp::Define => ":=".to_string(),
        AssignOp::Op(o) => format!("{}=", o.as_str()),
    }
}

fn print_list(out: &mut String, list: &[Expr]) {
    for (i, x) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        print_expr(out, x);
    }
}

fn print_expr(out: &mut String, x: &Expr) {
    match &x.kind {
        ExprKind::Bad => out.push_str("<bad expr>"),
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::BasicLit { value, .. } => out.push_str(value),
        ExprKind::CompositeLit { typ, elems, .. } => {
            if let Some(t) = typ {
                print_expr(out, t);
            }
            out.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::KeyValue { key, value } => {
            print_expr(out, key);
            out.push_str(": ");
            print_expr(out, value);
        }
        ExprKind::FuncLit { typ, body } => {
            print_func_type(out, typ);
            out.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(inner) => {
            out.push('(');
            print_expr(out, inner);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            print_expr(out, x);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, index } => {
            print_expr(out, x);
            out.push('[');
            print_expr(out, index);
            out.push(']');
        }
        ExprKind::Slice {
            x, low, high, max, ..
        } => {
            print_expr(out, x);
            out.push('[');
            if let Some(l) = low {
                print_expr(out, l);
            }
            out.push(':');
            if let Some(h) = high {
                print_expr(out, h);
            }
            if let Some(m) = max {
                out.push(':');
                print_expr(out, m);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, typ } => {
            print_expr(out, x);
            out.push_str(".(");
            print_expr(out, typ);
            out.push(')');
        }
        ExprKind::TypeSwitchGuard { lhs, x } => {
            if let Some(l) = lhs {
                out.push_str(&l.name);
                out.push_str(" := ");
            }
            print_expr(out, x);
            out.push_str(".(type)");
        }
        ExprKind::Unary { op, x } => {
            out.push_str(op.as_str());
            print_expr(out, x);
        }
        ExprKind::Binary { op, x, y } => {
            print_expr(out, x);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            print_expr(out, y);
        }
        ExprKind::Call {
            fun,
            args,
            has_dots,
        } => {
            print_expr(out, fun);
            out.push('(');
            print_list(out, args);
            if *has_dots {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::ListExpr(list) => print_list(out, list),
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(l) => print_expr(out, l),
                None => out.push_str("..."),
            }
            out.push(']');
            print_expr(out, elem);
        }
        ExprKind::SliceType { elem } => {
            out.push_str("[]");
            print_expr(out, elem);
        }
        ExprKind::DotsType { elem } => {
            out.push_str("...");
            print_expr(out, elem);
        }
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            print_fields(out, fields, "; ");
            out.push('}');
        }
        ExprKind::InterfaceType { elems } => {
            out.push_str("interface{");
            for (i, m) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match (&m.name, &m.typ.kind) {
                    (Some(name), ExprKind::FuncType(sig)) => {
                        out.push_str(&name.name);
                        print_signature(out, sig);
                    }
                    _ => print_expr(out, &m.typ),
                }
            }
            out.push('}');
        }
        ExprKind::FuncType(sig) => print_func_type(out, sig),
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            print_expr(out, key);
            out.push(']');
            print_expr(out, value);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            let elem_is_recv_chan = matches!(
                elem.kind,
                ExprKind::ChanType {
                    dir: ChanDir::Recv,
                    ..
                }
            );
            if *dir == ChanDir::Both && elem_is_recv_chan {
                out.push('(');
                print_expr(out, elem);
                out.push(')');
            } else {
                print_expr(out, elem);
            }
        }
    }
}

fn print_func_type(out: &mut String, sig: &FuncType) {
    out.push_str("func");
    print_signature(out, sig);
}

fn print_signature(out: &mut String, sig: &FuncType) {
    print_params(out, &sig.params);
    if !sig.results.is_empty() {
        out.push(' ');
        if sig.results.len() == 1 && sig.results[0].name.is_none() {
            print_expr(out, &sig.results[0].typ);
        } else {
            print_params(out, &sig.results);
        }
    }
}

fn print_params(out: &mut String, list: &[Field]) {
    out.push('(');
    for (i, f) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if let Some(name) = &f.name {
            out.push_str(&name.name);
            if let Some(next) = list.get(i + 1)
                && next.name.is_some()
                && next.typ == f.typ
            {
                continue;
            }
            out.push(' ');
        }
        print_expr(out, &f.typ);
    }
    out.push(')');
}

fn print_fields(out: &mut String, fields: &[Field], sep: &str) {
    let mut i = 0;
    while i < fields.len() {
        if i > 0 {
            out.push_str(sep);
        }
        let f = &fields[i];
        match &f.name {
            None => {
                print_expr(out, &f.typ);
                i += 1;
            }
            Some(name) => {
                out.push_str(&name.name);
                let mut j = i + 1;
                while j < fields.len()
                    && fields[j].name.is_some()
                    && fields[j].typ == f.typ
                    && fields[j].tag == f.tag
                {
                    out.push_str(", ");
                    if let Some(n) = &fields[j].name {
                        out.push_str(&n.name);
                    }
                    j += 1;
                }
                out.push(' ');
                print_expr(out, &f.typ);
                i = j;
            }
        }
        if let Some(tag) = &f.tag {
            out.push(' ');
            out.push_str(tag);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse_file;

    /// Prints the value of `var _ = EXPR`.
    fn printed(expr: &str) -> String {
        let src = format!("package p\nvar _ = {expr}\n");
        let file = parse_file(&src).unwrap_or_else(|d| panic!("{expr}: {:?}", d.first()));
        match file.decls.first() {
            Some(crate::syntax::ast::Decl::Var(v)) => expr_string(&v.values[0]),
            _ => panic!("no var"),
        }
    }

    #[test]
    fn expressions_print_in_go_short_form() {
        assert_eq!(printed("a+b*c"), "a + b * c");
        assert_eq!(printed("-x.f[i](y, z...)"), "-x.f[i](y, z...)");
        assert_eq!(printed("T{1, 2}"), "T{…}");
        assert_eq!(printed("[]int{}"), "[]int{}");
        assert_eq!(
            printed("func(a, b int) (x int) { return }"),
            "func(a, b int) (x int) {…}"
        );
        assert_eq!(printed("s[1:2:3]"), "s[1:2:3]");
        assert_eq!(
            printed("x.(map[string]chan<- int)"),
            "x.(map[string]chan<- int)"
        );
        assert_eq!(
            printed("struct{ a, b int; c string }{}"),
            "struct{a, b int; c string}{}"
        );
        assert_eq!(printed("(*T)(nil)"), "(*T)(nil)");
        assert_eq!(
            printed("make(chan (<-chan int))"),
            "make(chan (<-chan int))"
        );
    }
}
