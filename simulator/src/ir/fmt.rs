//! Printing IR expressions and statements as the Go compiler prints its nodes in `-m`
//! diagnostics (`cmd/compile/internal/ir/fmt.go`): implicit conversions, `&` and `*` are
//! skipped, composite literals print as `T{...}`, the variadic slice as `... argument`,
//! parentheses come from operator precedence, constants print their (typed) value.

use super::{Builtin, Callee, CompLitKind, Expr, ExprKind, Program, Stmt, StmtKind};
use crate::fxhash::HashMap;
use crate::types::constant::{Value, go_quote_rune};
use crate::types::{Type, TypeId, predeclared as P};
use std::fmt::Write as _;

/// Replacement texts for particular expressions (by node id), used for the literals escape
/// analysis substitutes before printing (`1 escapes to heap` for a boxed `x`).
pub type Overrides = HashMap<u32, String>;

/// Prints expressions and statements of one program.
pub struct Printer<'p> {
    prog: &'p Program,
    overrides: Option<&'p Overrides>,
}

impl<'p> Printer<'p> {
    pub fn new(prog: &'p Program) -> Printer<'p> {
        Printer {
            prog,
            overrides: None,
        }
    }

    pub fn with_overrides(prog: &'p Program, overrides: &'p Overrides) -> Printer<'p> {
        Printer {
            prog,
            overrides: Some(overrides),
        }
    }

    /// `%v` of an expression node.
    pub fn expr(&self, e: &Expr) -> String {
        let mut s = String::new();
        self.write_expr(&mut s, e, 0, 0);
        s
    }

    /// `%v` of a statement node.
    pub fn stmt(&self, s: &Stmt) -> String {
        let mut out = String::new();
        self.write_stmt(&mut out, s);
        out
    }

    /// A type as the compiler prints it.
    pub fn ty(&self, t: TypeId) -> String {
        self.prog.types.compiler_string(t)
    }

    /// Go's operator precedence of a node (`ir.OpPrec`).
    fn prec(&self, e: &Expr) -> i32 {
        use crate::syntax::ast::Operator as O;
        match &e.kind {
            ExprKind::Unary { .. } | ExprKind::Addr(_) | ExprKind::Deref(_) | ExprKind::Recv(_) => {
                7
            }
            ExprKind::Binary { op, .. } => match op {
                O::Mul | O::Div | O::Rem | O::Shl | O::Shr | O::And | O::AndNot => 6,
                O::Add | O::Sub | O::Or | O::Xor => 5,
                O::Eql | O::Neq | O::Lss | O::Leq | O::Gtr | O::Geq => 4,
                _ => 0,
            },
            ExprKind::Logical { and: true, .. } => 2,
            ExprKind::Logical { and: false, .. } => 1,
            ExprKind::PtrLit(_) | ExprKind::Closure(_) | ExprKind::AddStr(_) => 0,
            ExprKind::MakeMap { .. } | ExprKind::MakeChan { .. } => 0,
            ExprKind::Builtin {
                which: Builtin::Recover,
                ..
            } => 0,
            _ => 8,
        }
    }

    fn write_expr(&self, out: &mut String, e: &Expr, prec: i32, depth: u32) {
        if depth > 100 {
            out.push('…');
            return;
        }
        let d = depth + 1;
        if let Some(o) = self.overrides.and_then(|m| m.get(&e.id.get()))
            && e.id.get() != 0
        {
            out.push_str(o);
            return;
        }
        // Skip implicit operations introduced during type checking.
        if e.implicit {
            match &e.kind {
                ExprKind::Addr(x)
                | ExprKind::Deref(x)
                | ExprKind::Conv(x)
                | ExprKind::ToInterface(x) => {
                    return self.write_expr(out, x, prec, d);
                }
                _ => {}
            }
        }
        let nprec = self.prec(e);
        if prec > nprec {
            out.push('(');
            self.write_expr(out, e, 0, d);
            out.push(')');
            return;
        }
        match &e.kind {
            ExprKind::Nil => out.push_str("nil"),
            ExprKind::Const(v) => out.push_str(&self.constant(v, e.ty)),
            ExprKind::Var(v) => {
                let name = &self.prog.var(*v).name;
                out.push_str(if name.is_empty() { "_" } else { name });
            }
            ExprKind::Global(g) => out.push_str(&self.prog.global(*g).name),
            ExprKind::Func(f) => out.push_str(&self.prog.func(*f).name),
            ExprKind::ImportedFunc(f) => out.push_str(f.qualified_name()),
            ExprKind::Blank => out.push('_'),
            ExprKind::Type => out.push_str(&self.ty(e.ty)),
            ExprKind::Closure(_) => out.push_str("func literal"),
            ExprKind::PtrLit(x) => {
                out.push('&');
                self.write_expr(out, x, 0, d);
            }
            ExprKind::CompLit { kind, implicit_ddd } => {
                if *implicit_ddd {
                    out.push_str("... argument");
                    return;
                }
                let empty = match kind {
                    CompLitKind::Struct(f) => f.is_empty(),
                    CompLitKind::Array(a) => a.is_empty(),
                    CompLitKind::Slice { elems, .. } => elems.is_empty(),
                    CompLitKind::Map(m) => m.is_empty(),
                };
                let _ = write!(
                    out,
                    "{}{{{}}}",
                    self.ty(e.ty),
                    if empty { "" } else { "..." }
                );
            }
            ExprKind::Field { x, name, .. } => {
                self.write_expr(out, x, nprec, d);
                out.push('.');
                out.push_str(name);
            }
            ExprKind::MethodValue { recv, name, .. } => {
                self.write_expr(out, recv, nprec, d);
                out.push('.');
                out.push_str(name);
            }
            ExprKind::MethodExpr {
                recv_type, name, ..
            } => {
                self.write_type_operand(out, *recv_type, nprec);
                out.push('.');
                out.push_str(name);
            }
            ExprKind::TypeAssert { x } => {
                self.write_expr(out, x, nprec, d);
                let _ = write!(out, ".({})", self.ty(e.ty));
            }
            ExprKind::Index { x, index, .. } => {
                self.write_expr(out, x, nprec, d);
                out.push('[');
                self.write_expr(out, index, 0, d);
                out.push(']');
            }
            ExprKind::MapIndex { m, key } => {
                self.write_expr(out, m, nprec, d);
                out.push('[');
                self.write_expr(out, key, 0, d);
                out.push(']');
            }
            ExprKind::Slice {
                x,
                low,
                high,
                max,
                kind: _,
            } => {
                self.write_expr(out, x, nprec, d);
                out.push('[');
                if let Some(l) = low {
                    self.write_expr(out, l, 0, d);
                }
                out.push(':');
                if let Some(h) = high {
                    self.write_expr(out, h, 0, d);
                }
                if max.is_some() {
                    out.push(':');
                    if let Some(m) = max {
                        self.write_expr(out, m, 0, d);
                    }
                }
                out.push(']');
            }
            ExprKind::Conv(x)
            | ExprKind::SliceToArrayPtr(x)
            | ExprKind::ToInterface(x)
            | ExprKind::StrConv { x, .. } => {
                if self.has_sym(e.ty) {
                    out.push_str(&self.ty(e.ty));
                } else {
                    let _ = write!(out, "({})", self.ty(e.ty));
                }
                out.push('(');
                self.write_expr(out, x, 0, d);
                out.push(')');
            }
            ExprKind::Builtin { which, args, ddd } => {
                let name = which.name();
                match which {
                    Builtin::Copy if args.len() == 2 => {
                        out.push_str("copy(");
                        self.write_expr(out, &args[0], 0, d);
                        out.push_str(", ");
                        self.write_expr(out, &args[1], 0, d);
                        out.push(')');
                    }
                    _ => {
                        out.push_str(name);
                        out.push('(');
                        self.write_list(out, args, d);
                        if *ddd {
                            out.push_str("...");
                        }
                        out.push(')');
                    }
                }
            }
            ExprKind::New => {
                let _ = write!(out, "new({})", self.ty(self.prog.types.elem(e.ty)));
            }
            ExprKind::MakeSlice { len, cap } => {
                let _ = write!(out, "make({}, ", self.ty(e.ty));
                self.write_expr(out, len, 0, d);
                if let Some(c) = cap {
                    out.push_str(", ");
                    self.write_expr(out, c, 0, d);
                }
                out.push(')');
            }
            ExprKind::MakeMap { hint } | ExprKind::MakeChan { size: hint } => match hint {
                Some(h) if !self.prog.types.is_untyped(h.ty) => {
                    let _ = write!(out, "make({}, ", self.ty(e.ty));
                    self.write_expr(out, h, 0, d);
                    out.push(')');
                }
                _ => {
                    let _ = write!(out, "make({})", self.ty(e.ty));
                }
            },
            ExprKind::Call { callee, args, ddd } => {
                match &**callee {
                    Callee::Static(f) => {
                        let func = self.prog.func(*f);
                        match &func.kind {
                            super::FuncKind::Method { recv_type, pointer } => {
                                // Method calls print as method expressions: T.M(recv, args).
                                let rt = if *pointer {
                                    format!("(*{})", self.ty(*recv_type))
                                } else {
                                    self.ty(*recv_type)
                                };
                                let mname = func.name.rsplit('.').next().unwrap_or("");
                                let _ = write!(out, "{rt}.{mname}");
                            }
                            // An equality function is named by its type symbol.
                            super::FuncKind::Autogenerated if func.name.starts_with(".eq.") => {
                                let _ = write!(out, "type.{}", func.name);
                            }
                            _ => out.push_str(&func.name),
                        }
                    }
                    Callee::Value(f) => self.write_expr(out, f, nprec, d),
                    Callee::Interface { recv, method, .. } => {
                        self.write_expr(out, recv, nprec, d);
                        out.push('.');
                        out.push_str(method);
                    }
                    Callee::Imported(f) => out.push_str(f.qualified_name()),
                }
                out.push('(');
                self.write_list(out, args, d);
                if *ddd {
                    out.push_str("...");
                }
                out.push(')');
            }
            ExprKind::Unary { op, x } => {
                out.push_str(op.as_str());
                if matches!(&x.kind, ExprKind::Unary { op: o, .. } if o == op) && !x.implicit {
                    out.push(' ');
                }
                self.write_expr(out, x, nprec + 1, d);
            }
            ExprKind::Addr(x) => {
                out.push('&');
                if matches!(x.kind, ExprKind::Addr(_)) && !x.implicit {
                    out.push(' ');
                }
                self.write_expr(out, x, nprec + 1, d);
            }
            ExprKind::Deref(x) => {
                out.push('*');
                self.write_expr(out, x, nprec + 1, d);
            }
            ExprKind::Recv(x) => {
                out.push_str("<-");
                if matches!(x.kind, ExprKind::Recv(_)) {
                    out.push(' ');
                }
                self.write_expr(out, x, nprec + 1, d);
            }
            ExprKind::Binary { op, x, y } => {
                self.write_expr(out, x, nprec, d);
                let _ = write!(out, " {} ", op.as_str());
                self.write_expr(out, y, nprec + 1, d);
            }
            ExprKind::Logical { and, x, y } => {
                self.write_expr(out, x, nprec, d);
                out.push_str(if *and { " && " } else { " || " });
                self.write_expr(out, y, nprec + 1, d);
            }
            ExprKind::AddStr(list) => {
                for (i, x) in list.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" + ");
                    }
                    self.write_expr(out, x, nprec, d);
                }
            }
            ExprKind::Init { x, .. } => self.write_expr(out, x, prec, d),
        }
    }

    fn write_list(&self, out: &mut String, list: &[Expr], d: u32) {
        for (i, a) in list.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_expr(out, a, 0, d);
        }
    }

    /// A type used as an expression operand (`(*T)` needs parentheses before `.M`).
    fn write_type_operand(&self, out: &mut String, t: TypeId, prec: i32) {
        let s = self.ty(t);
        if self.prog.types.is_pointer(t) && !self.prog.types.is_named(t) && prec > 7 {
            let _ = write!(out, "({s})");
        } else {
            out.push_str(&s);
        }
    }

    /// Whether a type has a name of its own (Go's `Type.Sym() != nil`): named and predeclared
    /// types, `any`, `error`.
    fn has_sym(&self, t: TypeId) -> bool {
        match self.prog.types.get(t) {
            Type::Named(_) | Type::Basic(_) => true,
            Type::Interface { any, .. } => *any,
            _ => false,
        }
    }

    /// A constant as `ir.fmt` prints an OLITERAL: `'x'` for runes, the value alone for
    /// untyped constants and constants of their kind's default type, `T(v)` otherwise.
    pub fn constant(&self, v: &Value, ty: TypeId) -> String {
        if (ty == P::RUNE || ty == P::UNTYPED_RUNE)
            && let Value::Int(i) = v
            && (0..=0x10FFFF).contains(i)
        {
            return go_quote_rune(*i as u32);
        }
        let default = match v {
            Value::Bool(_) => P::BOOL,
            Value::Int(_) => P::INT,
            Value::Float(_) | Value::Rat(_) => P::FLOAT64,
            Value::Complex(..) => P::COMPLEX128,
            Value::String(_) => P::STRING,
        };
        let untyped = match v {
            Value::Bool(_) => P::UNTYPED_BOOL,
            Value::Int(_) => P::UNTYPED_INT,
            Value::Float(_) | Value::Rat(_) => P::UNTYPED_FLOAT,
            Value::Complex(..) => P::UNTYPED_COMPLEX,
            Value::String(_) => P::UNTYPED_STRING,
        };
        if ty == default || ty == untyped || ty == P::INVALID {
            v.go_string()
        } else {
            format!("{}({})", self.ty(ty), v.go_string())
        }
    }

    /// A type switch clause as Go's OCASE prints: `case int, string: body` / `default: body`.
    pub fn type_case(&self, c: &super::TypeSwitchCase) -> String {
        let mut out = String::new();
        if c.is_default && c.types.is_empty() {
            out.push_str("default");
        } else {
            out.push_str("case ");
            let list: Vec<String> = c
                .types
                .iter()
                .map(|t| t.map(|t| self.ty(t)).unwrap_or_else(|| "nil".into()))
                .collect();
            out.push_str(&list.join(", "));
        }
        out.push_str(": ");
        for (i, s) in c.body.iter().enumerate() {
            if i > 0 {
                out.push_str("; ");
            }
            self.write_stmt(&mut out, s);
        }
        out
    }

    fn write_stmt(&self, out: &mut String, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(v) => {
                let var = self.prog.var(*v);
                let _ = write!(out, "var {} {}", var.name, self.ty(var.ty));
            }
            StmtKind::Assign {
                lhs, rhs, define, ..
            } => {
                self.write_expr(out, lhs, 0, 0);
                out.push_str(if *define { " := " } else { " = " });
                match rhs {
                    Some(r) => self.write_expr(out, r, 0, 0),
                    None => out.push_str("<nil>"),
                }
            }
            StmtKind::AssignOp {
                op,
                lhs,
                rhs,
                inc_dec,
            } => {
                self.write_expr(out, lhs, 0, 0);
                if *inc_dec {
                    out.push_str(if op.as_str() == "+" { "++" } else { "--" });
                } else {
                    let _ = write!(out, " {}= ", op.as_str());
                    self.write_expr(out, rhs, 0, 0);
                }
            }
            StmtKind::AssignList {
                lhs, rhs, define, ..
            } => {
                self.write_list(out, lhs, 0);
                out.push_str(if *define { " := " } else { " = " });
                self.write_list(out, rhs, 0);
            }
            StmtKind::Return(results) => {
                out.push_str("return ");
                self.write_list(out, results, 0);
            }
            StmtKind::Go(c) => {
                out.push_str("go ");
                self.write_expr(out, c, 0, 0);
            }
            StmtKind::Defer(c) => {
                out.push_str("defer ");
                self.write_expr(out, c, 0, 0);
            }
            StmtKind::For { .. } | StmtKind::Range { .. } => out.push_str("for loop"),
            StmtKind::Select { .. } => out.push_str("select statement"),
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } => {
                out.push_str("switch statement")
            }
            StmtKind::Send { chan, value } => {
                self.write_expr(out, chan, 3, 0);
                out.push_str(" <- ");
                self.write_expr(out, value, 4, 0);
            }
            StmtKind::Expr(e) => self.write_expr(out, e, 0, 0),
            StmtKind::Block(list) => {
                for (i, s) in list.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    self.write_stmt(out, s);
                }
            }
            StmtKind::If { cond, .. } => {
                out.push_str("if ");
                self.write_expr(out, cond, 0, 0);
                out.push_str(" { ... }");
            }
            StmtKind::Break(l) => {
                out.push_str("break");
                if let Some(l) = l {
                    let _ = write!(out, " {l}");
                }
            }
            StmtKind::Continue(l) => {
                out.push_str("continue");
                if let Some(l) = l {
                    let _ = write!(out, " {l}");
                }
            }
            StmtKind::Fallthrough => out.push_str("fallthrough"),
        }
    }
}

/// Prints one expression (convenience).
pub fn expr_string(prog: &Program, e: &Expr) -> String {
    Printer::new(prog).expr(e)
}
