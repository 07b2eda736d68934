//! Calls: function and method calls (with variadic packing and multi-value arguments),
//! conversions, builtins, and the assignability check shared by every assignment context.

use super::*;
use crate::ir::{Builtin, Callee, CompLitKind, Defn, StmtKind, StrConvKind};
use crate::syntax::printer::expr_string;
use crate::types::constant;
use crate::types::{Basic, Type, TypeId};

impl Checker<'_> {
    pub(super) fn call(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        has_dots: bool,
        hint: Option<TypeId>,
    ) -> Operand {
        let (x, kind) = self.call_inner(e, fun, args, has_dots, hint);
        // Set after the arguments (which may contain calls) were checked.
        self.last_call_kind = kind;
        x
    }

    fn call_inner(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        has_dots: bool,
        _hint: Option<TypeId>,
    ) -> (Operand, CallKind) {
        let f = self.expr(fun, None);
        let kind = match f.mode {
            Mode::TypeExpr => CallKind::Conversion,
            Mode::Builtin(b) => b.call_kind(),
            _ => CallKind::Statement,
        };
        let x = match f.mode.clone() {
            Mode::Invalid => {
                for a in args {
                    let _ = self.expr(a, None);
                }
                Operand::invalid(e.pos, e.go_start())
            }
            Mode::TypeExpr => self.conversion(e, f.ty, args, has_dots),
            Mode::Builtin(b) => self.builtin(e, b, args, has_dots),
            Mode::Package(i) => {
                let name = self
                    .imports
                    .get(i)
                    .map_or(f.text.clone(), |imp| OpText::Owned(imp.name.clone()));
                self.error(f.start, format!("use of package {name} not in selector"));
                Operand::invalid(e.pos, e.go_start())
            }
            _ => {
                let f = self.single_value(f);
                if f.is_invalid() {
                    return (Operand::invalid(e.pos, e.go_start()), kind);
                }
                self.func_call(e, f, args, has_dots)
            }
        };
        (x, kind)
    }

    fn func_call(
        &mut self,
        e: &ast::Expr,
        f: Operand,
        args: &[ast::Expr],
        has_dots: bool,
    ) -> Operand {
        let Some(sig) = self.prog.types.signature(f.ty).cloned() else {
            // types2 does not look at the arguments of something that is not a function.
            self.error(
                f.start,
                format!(
                    "invalid operation: cannot call {}: {} is not a function",
                    self.operand_desc(&f),
                    self.tstr(f.ty)
                ),
            );
            return Operand::invalid(e.pos, e.go_start());
        };
        let fun_text = f.text.clone();
        let param_texts = self.param_type_texts(&f);
        let arg_exprs = self.call_arguments(e, &fun_text, &sig, &param_texts, args, has_dots);
        // Like types2, a call with bad arguments still has its results (the program is
        // invalid, so the call's IR does not matter): `x := f(bad)` still declares `x`.
        let mut arg_exprs = arg_exprs.unwrap_or_default();
        let method_call = matches!(
            f.expr.kind,
            ExprKind::MethodValue {
                method: Some(_),
                ..
            }
        );
        let dot = f.expr.pos;
        let callee = match f.expr.kind {
            ExprKind::Func(id) => Callee::Static(id),
            ExprKind::MethodValue {
                recv,
                method: Some(id),
                ..
            } => {
                arg_exprs.insert(0, *recv);
                Callee::Static(id)
            }
            ExprKind::MethodValue {
                recv,
                method: None,
                name,
            } => {
                self.note_interface_call();
                Callee::Interface {
                    recv,
                    method: name,
                    dot,
                }
            }
            ExprKind::MethodExpr { method, .. } => Callee::Static(method),
            ExprKind::ImportedFunc(imp) => Callee::Imported(imp),
            _ => Callee::Value(Box::new(f.expr)),
        };
        // Go's RewriteNonNameCall: a callee (or method receiver) expression containing a
        // call or a receive is evaluated first into a temporary.
        let mut callee = callee;
        let mut call_init: Vec<ir::Stmt> = Vec::new();
        {
            let target: Option<&mut Expr> = match &mut callee {
                Callee::Value(f) => Some(&mut **f),
                Callee::Interface { recv, .. } => Some(&mut **recv),
                Callee::Static(f)
                    if self.prog.funcs[f.0 as usize].recv.is_some() && method_call =>
                {
                    arg_exprs.first_mut()
                }
                _ => None,
            };
            if let Some(x) = target
                && contains_call_or_chan(x)
            {
                let func = self.current_func().unwrap_or(FuncId(0));
                let tmp = self.prog.new_temp(func, e.pos, x.ty);
                let ty = x.ty;
                let value = std::mem::replace(x, Expr::new(ExprKind::Var(tmp), ty, e.pos));
                let id = self.prog.new_stmt_id();
                call_init.push(ir::Stmt::new(StmtKind::Decl(tmp), e.pos));
                call_init.push(ir::Stmt::new(
                    StmtKind::Assign {
                        id,
                        lhs: Expr::new(ExprKind::Var(tmp), ty, e.pos),
                        rhs: Some(Box::new(value)),
                        define: false,
                    },
                    e.pos,
                ));
            }
        }
        let (mode, ty) = match sig.results.len() {
            0 => (Mode::NoValue, self.types().tuple(vec![])),
            1 => (Mode::Value, sig.results[0]),
            _ => (Mode::Value, self.types().tuple(sig.results.clone())),
        };
        // After Go's variadic rewriting the call always passes its last argument as a slice.
        let ddd = has_dots || sig.variadic;
        arg_exprs.shrink_to_fit();
        let mut op = self.operand(
            mode,
            ty,
            ExprKind::Call {
                callee: Box::new(callee),
                args: arg_exprs,
                ddd,
            },
            e.pos,
            e,
        );
        if !call_init.is_empty() {
            let call = std::mem::replace(&mut op.expr, Expr::new(ExprKind::Nil, ty, e.pos));
            op.expr = Expr::new(
                ExprKind::Init {
                    stmts: call_init,
                    x: Box::new(call),
                },
                ty,
                e.pos,
            );
        }
        op.start = f.start;
        op
    }

    /// Checks call arguments against a signature; packs variadic arguments into the
    /// `... argument` slice and spreads a multi-value call argument through temporaries.
    fn call_arguments(
        &mut self,
        e: &ast::Expr,
        fun_text: &OpText,
        sig: &crate::types::Signature,
        param_texts: &[Option<String>],
        args: &[ast::Expr],
        has_dots: bool,
    ) -> Option<Vec<Expr>> {
        // Evaluate arguments (a single multi-value call spreads).
        let mut ops: Vec<Operand> = Vec::new();
        if args.len() == 1 {
            let x = self.expr(&args[0], None);
            if let Some(types) = self.prog.types.tuple_types(x.ty).map(<[TypeId]>::to_vec)
                && !matches!(x.mode, Mode::NoValue)
            {
                if has_dots {
                    let msg = if sig.variadic {
                        format!(
                            "cannot use ... with {}-valued {}",
                            types.len(),
                            expr_string(&args[0])
                        )
                    } else {
                        format!("cannot use ... in call to non-variadic {fun_text}")
                    };
                    self.error(e.go_start(), msg);
                    return None;
                }
                // f(g()) with g returning several values: temps := g(); f(temps...), each
                // temporary converted to its parameter's type at the call (Go's multiExpr).
                let targets: Vec<Option<TypeId>> = (0..types.len())
                    .map(|i| {
                        if sig.variadic && i + 1 >= sig.params.len() {
                            sig.params.last().map(|&t| self.prog.types.elem(t))
                        } else {
                            sig.params.get(i).copied()
                        }
                    })
                    .map(|t| t.filter(|&t| t != P::INVALID))
                    .collect();
                let fits = types.len() == targets.len()
                    && types
                        .iter()
                        .zip(&targets)
                        .all(|(&t, target)| target.is_none_or(|tt| self.assignable_type(t, tt)));
                if fits
                    && (types.len() >= sig.params.len().saturating_sub(usize::from(sig.variadic)))
                {
                    let values = self.stmt_spread(e.pos, x.expr, types.clone(), &targets);
                    for v in values {
                        let ty = v.ty;
                        ops.push(Operand {
                            mode: Mode::Value,
                            ty,
                            expr: v,
                            syntax_pos: e.pos,
                            start: x.start,
                            text: x.text.clone(),
                            type_text: None,
                        });
                    }
                } else {
                    for &t in &types {
                        let mut o = x.clone();
                        o.mode = Mode::Value;
                        o.ty = t;
                        ops.push(o);
                    }
                }
            } else {
                ops.push(self.single_value(x));
            }
        } else {
            for a in args {
                let x = self.value(a, None);
                ops.push(x);
            }
        }
        if ops.iter().any(Operand::is_invalid) {
            return None;
        }
        let nparams = sig.params.len();
        let nargs = ops.len();
        let variadic = sig.variadic && !has_dots;
        if has_dots && !sig.variadic {
            self.error(
                e.go_start(),
                format!("cannot use ... in call to non-variadic {fun_text}"),
            );
            return None;
        }
        let count_ok = if variadic {
            nargs + 1 >= nparams
        } else {
            nargs == nparams
        };
        if !count_ok {
            let too_many = nargs > nparams;
            let at = if too_many {
                ops[nparams].start
            } else if nargs > 0 {
                ops[nargs - 1].start
            } else {
                e.go_start()
            };
            let have = self.types_summary(
                &ops.iter().map(|o| o.ty).collect::<Vec<_>>(),
                false,
                has_dots,
            );
            let want = self.types_summary(&sig.params, sig.variadic, false);
            let q = if too_many { "too many" } else { "not enough" };
            self.error(
                at,
                format!("{q} arguments in call to {fun_text}\n\thave {have}\n\twant {want}"),
            );
            return None;
        }
        let context = Context::ArgumentTo(fun_text);
        let mut out = Vec::new();
        let fixed = if variadic { nparams - 1 } else { nparams };
        for (i, mut x) in ops.drain(..fixed.min(nargs)).enumerate() {
            let t = sig.params[i];
            let t_text = param_texts.get(i).and_then(|t| t.as_deref());
            self.assignment_to(&mut x, t, t_text, context);
            if x.is_invalid() {
                return None;
            }
            out.push(x.expr);
        }
        if variadic {
            let slice_ty = sig.params[nparams - 1];
            let elem = self.prog.types.elem(slice_ty);
            if ops.is_empty() {
                // No variadic arguments: Go passes nil.
                out.push(Expr::new(ExprKind::Nil, slice_ty, e.pos).implicit());
            } else {
                let mut elems = Vec::new();
                for (i, mut x) in ops.into_iter().enumerate() {
                    self.assignment(&mut x, elem, context);
                    if x.is_invalid() {
                        return None;
                    }
                    elems.push((i as u64, x.expr));
                }
                let len = elems.len() as u64;
                let lit = Expr::new(
                    ExprKind::CompLit {
                        kind: CompLitKind::Slice { elems, len },
                        implicit_ddd: true,
                    },
                    slice_ty,
                    e.pos,
                )
                .implicit();
                out.push(lit);
            }
        }
        Some(out)
    }

    /// How types2 prints the parameter types of the called function (see
    /// [`Operand::type_text`]), when it is a declared function or method.
    fn param_type_texts(&self, f: &Operand) -> Vec<Option<String>> {
        let func = match &f.expr.kind {
            ExprKind::Func(id)
            | ExprKind::MethodValue {
                method: Some(id), ..
            } => *id,
            _ => return Vec::new(),
        };
        let Some(ast::Decl::Func(decl)) = self
            .func_decl_of
            .get(&func)
            .and_then(|&d| self.file.decls.get(d))
        else {
            return Vec::new();
        };
        let Some(sig) = self
            .prog
            .types
            .signature(self.prog.funcs[func.0 as usize].sig)
        else {
            return Vec::new();
        };
        decl.typ
            .params
            .iter()
            .zip(&sig.params)
            .map(|(p, &ty)| self.type_expr_text(&p.typ, ty))
            .collect()
    }

    /// `(int, string)`, `(number, ...any)` as types2 summarises argument lists.
    pub(super) fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let mut res = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let mut s = if t == P::INVALID {
                "unknown type".to_string()
            } else if self.prog.types.is_untyped(t) {
                if self.prog.types.is_numeric(t) {
                    "number".to_string()
                } else {
                    self.tstr(t).replace("untyped ", "")
                }
            } else {
                self.tstr(t)
            };
            if i + 1 == list.len() {
                if variadic {
                    s = format!("...{}", self.tstr(self.prog.types.elem(t)));
                } else if has_dots {
                    s.push_str("...");
                }
            }
            res.push(s);
        }
        format!("({})", res.join(", "))
    }

    // ---- assignability ----

    /// Converts `x` for assignment to a variable of type `t` (types2's `assignment`):
    /// untyped values get `t` (or their default type for interfaces), concrete values
    /// assigned to interfaces get an implicit conversion. Reports `cannot use ...`.
    pub(super) fn assignment<'c>(
        &mut self,
        x: &mut Operand,
        t: TypeId,
        context: impl Into<Context<'c>>,
    ) {
        self.assignment_to(x, t, None, context);
    }

    /// [`Checker::assignment`] to a target whose type types2 prints as `t_text` (a
    /// function type with parameter names, taken from a declaration).
    pub(super) fn assignment_to<'c>(
        &mut self,
        x: &mut Operand,
        t: TypeId,
        t_text: Option<&str>,
        context: impl Into<Context<'c>>,
    ) {
        let context = context.into();
        if x.is_invalid() || t == P::INVALID {
            x.mode = Mode::Invalid;
            return;
        }
        if self.prog.types.is_untyped(x.ty) {
            let target = if self.prog.types.is_interface(t) && !x.is_nil() {
                self.default_type(x.ty)
            } else {
                t
            };
            if x.is_nil() && !self.assignable_type(P::UNTYPED_NIL, t) {
                self.error(
                    x.start,
                    format!("cannot use nil as {} value in {context}", self.tstr(t)),
                );
                x.mode = Mode::Invalid;
                return;
            }
            if !x.is_nil() && !self.untyped_fits(x, target) {
                // types2 names the type it tried: the default type for an interface.
                let why = self.untyped_failure(x, target);
                let shown = match t_text {
                    Some(text) if target == t => text.to_string(),
                    _ => self.tstr(target),
                };
                self.error(
                    x.start,
                    format!(
                        "cannot use {} as {shown} value in {context}{why}",
                        self.operand_desc(x)
                    ),
                );
                x.mode = Mode::Invalid;
                return;
            }
            self.convert_untyped(x, target);
            if x.is_invalid() {
                return;
            }
        }
        if !self.assignable_type(x.ty, t) {
            let why = self
                .assignability_cause(x.ty, t)
                .map(|c| format!(": {c}"))
                .unwrap_or_default();
            let shown = t_text.map_or_else(|| self.tstr(t), str::to_string);
            self.error(
                x.start,
                format!(
                    "cannot use {} as {shown} value in {context}{why}",
                    self.operand_desc(x)
                ),
            );
            x.mode = Mode::Invalid;
            return;
        }
        self.implicit_convert(x, t);
    }

    /// types2's `assignment(x, nil, context)`: a value assigned to a blank or yet untyped
    /// target. Untyped `nil` is an error; other untyped values take their default type
    /// (and must fit it).
    pub(super) fn assign_untyped_default<'c>(
        &mut self,
        x: &mut Operand,
        context: impl Into<Context<'c>>,
    ) {
        let context = context.into();
        if x.is_invalid() {
            return;
        }
        if x.is_nil() {
            self.error(x.start, format!("use of untyped nil in {context}"));
            x.mode = Mode::Invalid;
            return;
        }
        if self.prog.types.is_untyped(x.ty) {
            let t = self.default_type(x.ty);
            self.assignment(x, t, context);
        }
    }

    /// Wraps an assignable operand in the implicit conversion Go inserts.
    pub(super) fn implicit_convert(&mut self, x: &mut Operand, t: TypeId) {
        if x.ty != t {
            x.type_text = None;
        }
        let tt = &self.prog.types;
        if x.ty == t || x.is_nil() {
            if x.is_nil() {
                x.ty = t;
                x.expr.ty = t;
            }
            return;
        }
        if tt.is_interface(t) {
            if tt.identical(x.ty, t) && !tt.is_interface(x.ty) {
                return;
            }
            if tt.identical(x.ty, t) {
                x.ty = t;
                return;
            }
            let inner = std::mem::replace(&mut x.expr, Expr::new(ExprKind::Nil, t, x.syntax_pos));
            x.expr = Expr::new(ExprKind::ToInterface(Box::new(inner)), t, x.syntax_pos).implicit();
            x.ty = t;
            return;
        }
        if !tt.identical(x.ty, t) {
            let inner = std::mem::replace(&mut x.expr, Expr::new(ExprKind::Nil, t, x.syntax_pos));
            x.expr = Expr::new(ExprKind::Conv(Box::new(inner)), t, x.syntax_pos).implicit();
        }
        x.ty = t;
    }

    /// Whether an untyped operand can become a value of `target`.
    pub(super) fn untyped_fits(&self, x: &Operand, target: TypeId) -> bool {
        let t = &self.prog.types;
        let Some(tb) = t.basic(target) else {
            return false;
        };
        let xb = t.basic(x.ty).unwrap_or(Basic::Invalid);
        let kind_ok = match xb {
            Basic::UntypedBool => tb.is_boolean(),
            Basic::UntypedString => tb.is_string(),
            Basic::UntypedInt
            | Basic::UntypedRune
            | Basic::UntypedFloat
            | Basic::UntypedComplex => tb.is_numeric(),
            _ => false,
        };
        if !kind_ok {
            return false;
        }
        match &x.mode {
            Mode::Constant(v) => self.represent(v, tb).is_ok(),
            _ => true,
        }
    }

    /// `[N]T(s)` or `(*[N]T)(s)` with `s` a `[]T` (Go 1.20's slice-to-array conversions).
    fn is_slice_to_array(&self, from: TypeId, to: TypeId) -> bool {
        let t = &self.prog.types;
        let Type::Slice(elem) = t.under(from) else {
            return false;
        };
        let target = match t.under(to) {
            Type::Pointer(p) => *p,
            _ => to,
        };
        matches!(t.under(target), Type::Array { elem: e, .. } if t.identical(*e, *elem))
    }

    /// The ` (overflows)` / ` (truncated)` suffix for a constant that does not fit.
    fn untyped_failure(&self, x: &Operand, target: TypeId) -> String {
        let t = &self.prog.types;
        if let (Mode::Constant(v), Some(tb)) = (&x.mode, t.basic(target))
            && t.is_numeric(x.ty)
            && tb.is_numeric()
        {
            return match self.represent(v, tb) {
                Err(true) => " (truncated)".into(),
                Err(false) => " (overflows)".into(),
                Ok(_) => String::new(),
            };
        }
        String::new()
    }

    // ---- conversions ----

    fn conversion(
        &mut self,
        e: &ast::Expr,
        t: TypeId,
        args: &[ast::Expr],
        has_dots: bool,
    ) -> Operand {
        if args.len() != 1 {
            match args.last() {
                None => self.error(
                    e.go_start(),
                    format!("missing argument in conversion to {}", self.tstr(t)),
                ),
                Some(last) => {
                    for a in args {
                        let _ = self.expr(a, None);
                    }
                    self.error(
                        last.go_start(),
                        format!("too many arguments in conversion to {}", self.tstr(t)),
                    );
                }
            }
            return Operand::invalid(e.pos, e.go_start());
        }
        if has_dots {
            self.error(
                args[0].go_start(),
                format!("invalid use of ... in conversion to {}", self.tstr(t)),
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        let x = self.value(&args[0], None);
        if x.is_invalid() {
            return Operand::invalid(e.pos, e.go_start());
        }
        let tt = &self.prog.types;
        let mut result_text = expr_string(e);
        let _ = &mut result_text;
        // Constant conversions.
        if let Mode::Constant(v) = &x.mode
            && self.is_const_type(t)
        {
            let tb = tt.basic(t).unwrap_or(Basic::Invalid);
            let xb = tt.basic(x.ty).unwrap_or(Basic::Invalid);
            let v = v.clone();
            // integer → string
            if tb.is_string() && xb.is_integer() {
                let r = v.as_int().unwrap_or(0xFFFD);
                let c = u32::try_from(r)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                let s = Value::string(&c.to_string());
                return self.operand(
                    Mode::Constant(s.clone()),
                    t,
                    ExprKind::Const(Box::new(s)),
                    e.pos,
                    e,
                );
            }
            let same_kind = (tb.is_numeric() && xb.is_numeric())
                || (tb.is_string() && xb.is_string())
                || (tb.is_boolean() && xb.is_boolean());
            if same_kind {
                match self.represent(&v, tb) {
                    Ok(nv) => {
                        return self.operand(
                            Mode::Constant(nv.clone()),
                            t,
                            ExprKind::Const(Box::new(nv)),
                            e.pos,
                            e,
                        );
                    }
                    Err(_) => {
                        // An integer constant only fails to convert to an integer type by
                        // overflowing: types2 says just that.
                        if xb.is_integer() && tb.is_integer() {
                            self.error(
                                x.start,
                                format!("constant {} overflows {}", v.go_string(), self.tstr(t)),
                            );
                        } else {
                            self.error(
                                x.start,
                                format!(
                                    "cannot convert {} to type {}",
                                    self.operand_desc(&x),
                                    self.tstr(t)
                                ),
                            );
                        }
                        return Operand::invalid(e.pos, e.go_start());
                    }
                }
            }
        }
        let mut x = x;
        // Non-constant conversion: an untyped operand takes its default type first (a
        // constant converted to a non-constant type such as an interface or []byte).
        // types2 describes the operand as written (still untyped) when the conversion fails.
        let original = self.operand_desc(&x);
        if self.prog.types.is_untyped(x.ty) && !x.is_nil() {
            let tt = &self.prog.types;
            let target = if tt.is_interface(t) || !self.is_const_type(t) {
                self.default_type(x.ty)
            } else {
                t
            };
            if target == t && !self.untyped_fits(&x, t) {
                self.error(
                    x.start,
                    format!("cannot convert {original} to type {}", self.tstr(t)),
                );
                return Operand::invalid(e.pos, e.go_start());
            }
            self.convert_untyped(&mut x, target);
            if x.is_invalid() {
                return Operand::invalid(e.pos, e.go_start());
            }
        }
        let Some(kind) = self.conversion_kind(&x, t) else {
            if self.is_slice_to_array(x.ty, t) {
                // `(*[N]T)(s)` (Go 1.17) and `[N]T(s)` (Go 1.20), the latter as the
                // dereference of the former (Go's escape analysis treats it so).
                let pos = x.syntax_pos;
                let to_ptr = matches!(self.prog.types.under(t), Type::Pointer(_));
                let ptr_ty = if to_ptr {
                    t
                } else {
                    self.prog.types.intern(Type::Pointer(t))
                };
                let ptr = Expr::new(ExprKind::SliceToArrayPtr(Box::new(x.expr)), ptr_ty, pos);
                let expr = if to_ptr {
                    ptr
                } else {
                    Expr::new(ExprKind::Deref(Box::new(ptr.implicit())), t, pos)
                };
                return Operand {
                    mode: Mode::Value,
                    ty: t,
                    expr,
                    syntax_pos: e.pos,
                    start: e.go_start(),
                    text: OpText::of(e),
                    type_text: None,
                };
            }
            self.error(
                x.start,
                format!("cannot convert {original} to type {}", self.tstr(t)),
            );
            return Operand::invalid(e.pos, e.go_start());
        };
        // Go positions an explicit conversion at its operand.
        let pos = x.syntax_pos;
        let expr = match kind {
            // Go keeps the conversion around the nil (`([]byte)(nil)` in diagnostics).
            ConvKind::Nil => Expr::new(
                ExprKind::Conv(Box::new(Expr::new(ExprKind::Nil, t, pos))),
                t,
                pos,
            ),
            ConvKind::Plain => Expr::new(ExprKind::Conv(Box::new(x.expr)), t, pos),
            ConvKind::Iface => Expr::new(ExprKind::ToInterface(Box::new(x.expr)), t, pos),
            ConvKind::Str(k) => Expr::new(
                ExprKind::StrConv {
                    x: Box::new(x.expr),
                    kind: k,
                },
                t,
                pos,
            ),
        };
        Operand {
            mode: Mode::Value,
            ty: t,
            expr,
            syntax_pos: e.pos,
            start: e.go_start(),
            text: OpText::of(e),
            type_text: None,
        }
    }

    fn conversion_kind(&self, x: &Operand, t: TypeId) -> Option<ConvKind> {
        let tt = &self.prog.types;
        if x.is_nil() {
            return self
                .assignable_type(P::UNTYPED_NIL, t)
                .then_some(ConvKind::Nil);
        }
        let v = x.ty;
        if tt.is_interface(t) {
            return (self.assignable_type(v, t)).then_some(ConvKind::Iface);
        }
        if self.assignable_type(v, t) {
            return Some(ConvKind::Plain);
        }
        let (vu, tu) = (tt.underlying(v), tt.underlying(t));
        if tt.identical(vu, tu) {
            return Some(ConvKind::Plain);
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (tt.get(vu), tt.get(tu))
            && tt.identical(tt.underlying(*a), tt.underlying(*b))
        {
            return Some(ConvKind::Plain);
        }
        if tt.is_numeric(v) && tt.is_numeric(t) {
            return Some(ConvKind::Plain);
        }
        let is_bytes = |ty: TypeId| matches!(tt.under(ty), Type::Slice(e) if tt.identical(tt.underlying(*e), P::UINT8));
        let is_runes = |ty: TypeId| matches!(tt.under(ty), Type::Slice(e) if tt.identical(tt.underlying(*e), P::INT32));
        if tt.is_string(t) {
            if tt.is_integer(v) {
                return Some(ConvKind::Str(StrConvKind::RuneToString));
            }
            if is_bytes(v) {
                return Some(ConvKind::Str(StrConvKind::BytesToString));
            }
            if is_runes(v) {
                return Some(ConvKind::Str(StrConvKind::RunesToString));
            }
        }
        if tt.is_string(v) {
            if is_bytes(t) {
                return Some(ConvKind::Str(StrConvKind::StringToBytes));
            }
            if is_runes(t) {
                return Some(ConvKind::Str(StrConvKind::StringToRunes));
            }
        }
        if let (Type::Slice(_), Type::Array { .. } | Type::Pointer(_)) = (tt.get(vu), tt.get(tu)) {
            return None;
        }
        None
    }

    // ---- builtins ----

    fn builtin(
        &mut self,
        e: &ast::Expr,
        b: BuiltinFn,
        args: &[ast::Expr],
        has_dots: bool,
    ) -> Operand {
        use BuiltinFn as B;
        let name = b.name();
        let nargs = args.len();
        // types2's argument counts: the minimum, and whether more are allowed.
        let (min, variadic): (usize, bool) = match b {
            B::Append | B::Make | B::Max | B::Min => (1, true),
            B::Cap | B::Len | B::Close | B::Clear | B::Panic | B::Real | B::Imag | B::New => {
                (1, false)
            }
            B::Complex | B::Copy | B::Delete => (2, false),
            B::Print | B::Println => (0, true),
            B::Recover => (0, false),
        };
        if has_dots && b != B::Append {
            self.error(
                e.go_start(),
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            for a in args {
                let _ = self.expr(a, None);
            }
            return Operand::invalid(e.pos, e.go_start());
        }
        if nargs < min || (!variadic && nargs > min) {
            // types2 evaluates ordinary arguments first: an invalid one hides the count.
            if !matches!(b, B::Make | B::New) && !self.builtin_args_valid(args) {
                return Operand::invalid(e.pos, e.go_start());
            }
            let msg = if nargs < min {
                "not enough"
            } else {
                "too many"
            };
            self.error(
                e.go_start(),
                format!(
                    "invalid operation: {msg} arguments for {} (expected {min}, found {nargs})",
                    expr_string(e)
                ),
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        match b {
            B::Complex => self.builtin_complex(e, args),
            B::Real | B::Imag => self.builtin_real_imag(e, b, &args[0]),
            B::Len | B::Cap => self.builtin_len_cap(e, b, &args[0]),
            B::Append => self.builtin_append(e, args, has_dots),
            B::Copy => {
                let dst = self.value(&args[0], None);
                let mut src = self.value(&args[1], None);
                if dst.is_invalid() || src.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                if !self.copy_arguments_ok(&dst, &src) {
                    return Operand::invalid(e.pos, e.go_start());
                }
                self.default_convert(&mut src);
                let kind = ExprKind::Builtin {
                    which: Builtin::Copy,
                    args: vec![dst.expr, src.expr],
                    ddd: false,
                };
                self.operand(Mode::Value, P::INT, kind, e.pos, e)
            }
            B::Delete => {
                let m = self.value(&args[0], None);
                if m.is_invalid() {
                    let _ = self.expr(&args[1], None);
                    return Operand::invalid(e.pos, e.go_start());
                }
                let Type::Map { key, .. } = self.prog.types.under(m.ty).clone() else {
                    let _ = self.expr(&args[1], None);
                    self.error(
                        m.start,
                        format!("invalid argument: {} is not a map", self.operand_desc(&m)),
                    );
                    return Operand::invalid(e.pos, e.go_start());
                };
                let mut k = self.value(&args[1], None);
                self.assignment(&mut k, key, "argument to delete");
                if k.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                let kind = ExprKind::Builtin {
                    which: Builtin::Delete,
                    args: vec![m.expr, k.expr],
                    ddd: false,
                };
                let nv = self.types().tuple(vec![]);
                self.operand(Mode::NoValue, nv, kind, e.pos, e)
            }
            B::Close => {
                let c = self.value(&args[0], None);
                if c.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                match self.prog.types.under(c.ty) {
                    Type::Chan { dir, .. } if *dir != ast::ChanDir::Recv => {}
                    Type::Chan { .. } => {
                        self.error(
                            c.start,
                            format!(
                                "invalid operation: cannot close receive-only channel {}",
                                self.operand_desc(&c)
                            ),
                        );
                        return Operand::invalid(e.pos, e.go_start());
                    }
                    _ => {
                        self.error(
                            c.start,
                            format!(
                                "invalid operation: cannot close non-channel {}",
                                self.operand_desc(&c)
                            ),
                        );
                        return Operand::invalid(e.pos, e.go_start());
                    }
                }
                let kind = ExprKind::Builtin {
                    which: Builtin::Close,
                    args: vec![c.expr],
                    ddd: false,
                };
                let nv = self.types().tuple(vec![]);
                self.operand(Mode::NoValue, nv, kind, e.pos, e)
            }
            B::Clear => {
                let c = self.value(&args[0], None);
                if c.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                if !matches!(
                    self.prog.types.under(c.ty),
                    Type::Map { .. } | Type::Slice(_)
                ) {
                    self.error(c.start, format!("invalid argument: cannot clear {}: argument must be (or constrained by) map or slice", self.operand_desc(&c)));
                    return Operand::invalid(e.pos, e.go_start());
                }
                let kind = ExprKind::Builtin {
                    which: Builtin::Clear,
                    args: vec![c.expr],
                    ddd: false,
                };
                let nv = self.types().tuple(vec![]);
                self.operand(Mode::NoValue, nv, kind, e.pos, e)
            }
            B::Max | B::Min => self.builtin_min_max(e, b, args),
            B::New => self.builtin_new(e, &args[0]),
            B::Make => self.builtin_make(e, args),
            B::Panic => {
                let mut x = self.value(&args[0], None);
                self.assignment(&mut x, P::ANY, "argument to panic");
                if x.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                let kind = ExprKind::Builtin {
                    which: Builtin::Panic,
                    args: vec![x.expr],
                    ddd: false,
                };
                let nv = self.types().tuple(vec![]);
                self.operand(Mode::NoValue, nv, kind, e.pos, e)
            }
            B::Print | B::Println => {
                let mut out = Vec::new();
                for a in args {
                    let mut x = self.value(a, None);
                    if x.is_invalid() {
                        return Operand::invalid(e.pos, e.go_start());
                    }
                    self.assign_untyped_default(&mut x, &format!("argument to built-in {name}"));
                    if x.is_invalid() {
                        return Operand::invalid(e.pos, e.go_start());
                    }
                    out.push(x.expr);
                }
                let which = if b == B::Print {
                    Builtin::Print
                } else {
                    Builtin::Println
                };
                let nv = self.types().tuple(vec![]);
                self.operand(
                    Mode::NoValue,
                    nv,
                    ExprKind::Builtin {
                        which,
                        args: out,
                        ddd: false,
                    },
                    e.pos,
                    e,
                )
            }
            B::Recover => self.operand(
                Mode::Value,
                P::ANY,
                ExprKind::Builtin {
                    which: Builtin::Recover,
                    args: vec![],
                    ddd: false,
                },
                e.pos,
                e,
            ),
        }
    }

    /// `complex(re, im)`.
    fn builtin_complex(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> Operand {
        let mut x = self.value(&args[0], None);
        let mut y = self.value(&args[1], None);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e.pos, e.start_pos());
        }
        self.match_types(&mut x, &mut y);
        let t = &self.prog.types;
        let both_untyped = t.is_untyped(x.ty) && t.is_untyped(y.ty);
        if !both_untyped {
            // An untyped operand takes the other's float type.
            if t.is_untyped(x.ty) {
                let ty = y.ty;
                self.convert_untyped(&mut x, ty);
            }
            if self.prog.types.is_untyped(y.ty) {
                let ty = x.ty;
                self.convert_untyped(&mut y, ty);
            }
        }
        let t = &self.prog.types;
        let result = if both_untyped {
            P::UNTYPED_COMPLEX
        } else if t.identical(t.underlying(x.ty), P::FLOAT32) && t.identical(x.ty, y.ty) {
            P::COMPLEX64
        } else if t.identical(t.underlying(x.ty), P::FLOAT64) && t.identical(x.ty, y.ty) {
            P::COMPLEX128
        } else {
            self.error(
                x.start,
                format!(
                    "invalid operation: complex({}, {}) (mismatched types {} and {})",
                    x.text,
                    y.text,
                    self.tstr(x.ty),
                    self.tstr(y.ty)
                ),
            );
            return Operand::invalid(e.pos, e.start_pos());
        };
        if let (Some(a), Some(b)) = (
            x.const_value().and_then(Value::as_f64),
            y.const_value().and_then(Value::as_f64),
        ) {
            let v = Value::Complex(a, b);
            return self.operand(
                Mode::Constant(v.clone()),
                result,
                ExprKind::Const(Box::new(v)),
                e.pos,
                e,
            );
        }
        let kind = ExprKind::Builtin {
            which: Builtin::Complex,
            args: vec![x.expr, y.expr],
            ddd: false,
        };
        self.operand(Mode::Value, result, kind, e.pos, e)
    }

    /// `real(c)` / `imag(c)`.
    fn builtin_real_imag(&mut self, e: &ast::Expr, b: BuiltinFn, arg: &ast::Expr) -> Operand {
        let mut x = self.value(arg, None);
        if x.is_invalid() {
            return Operand::invalid(e.pos, e.start_pos());
        }
        let t = &self.prog.types;
        if t.is_untyped(x.ty) && t.is_numeric(x.ty) {
            self.convert_untyped(&mut x, P::UNTYPED_COMPLEX);
        }
        let t = &self.prog.types;
        let result = if x.ty == P::UNTYPED_COMPLEX {
            P::UNTYPED_FLOAT
        } else if t.identical(t.underlying(x.ty), P::COMPLEX64) {
            P::FLOAT32
        } else if t.identical(t.underlying(x.ty), P::COMPLEX128) {
            P::FLOAT64
        } else {
            self.error(
                x.start,
                format!(
                    "invalid argument: {} must be of complex type",
                    self.operand_desc(&x)
                ),
            );
            return Operand::invalid(e.pos, e.start_pos());
        };
        if let Some((re, im)) = x.const_value().and_then(Value::as_complex) {
            let v = Value::Float(if b == BuiltinFn::Real { re } else { im });
            return self.operand(
                Mode::Constant(v.clone()),
                result,
                ExprKind::Const(Box::new(v)),
                e.pos,
                e,
            );
        }
        let which = if b == BuiltinFn::Real {
            Builtin::Real
        } else {
            Builtin::Imag
        };
        self.operand(
            Mode::Value,
            result,
            ExprKind::Builtin {
                which,
                args: vec![x.expr],
                ddd: false,
            },
            e.pos,
            e,
        )
    }

    /// types2's checks of `copy(dst, src)`: both slices of identical element types, or a
    /// byte slice and a string.
    fn copy_arguments_ok(&mut self, dst: &Operand, src: &Operand) -> bool {
        let Some(dst_elem) = self.slice_elem(dst, "copy") else {
            return false;
        };
        let byte_slice = self.types().slice(P::BYTE);
        let tt = &self.prog.types;
        let src_is_bytes_or_string = tt.is_string(src.ty)
            || matches!(tt.under(src.ty), Type::Slice(e) if tt.identical(*e, P::BYTE));
        if self.assignable_type(dst.ty, byte_slice) && src_is_bytes_or_string {
            return true;
        }
        let src_elem = if self.prog.types.is_string(src.ty) {
            P::BYTE
        } else {
            match self.slice_elem(src, "copy") {
                Some(t) => t,
                None => return false,
            }
        };
        if !self.prog.types.identical(dst_elem, src_elem) {
            self.error(
                dst.start,
                format!(
                    "invalid copy: arguments {} and {} have different element types {} and {}",
                    self.operand_desc(dst),
                    self.operand_desc(src),
                    self.tstr(dst_elem),
                    self.tstr(src_elem)
                ),
            );
            return false;
        }
        true
    }

    /// The element type of a slice argument of `append` or `copy` (`what`), or an
    /// `invalid append: argument must be a slice; have ...` error.
    fn slice_elem(&mut self, x: &Operand, what: &str) -> Option<TypeId> {
        if let Type::Slice(elem) = self.prog.types.under(x.ty)
            && !x.is_nil()
        {
            return Some(*elem);
        }
        let have = if x.is_nil() {
            "untyped nil".to_string()
        } else {
            self.operand_desc(x)
        };
        self.error(
            x.start,
            format!("invalid {what}: argument must be a slice; have {have}"),
        );
        None
    }

    /// Evaluates builtin arguments only to report their errors; whether all are valid.
    fn builtin_args_valid(&mut self, args: &[ast::Expr]) -> bool {
        let mut ok = true;
        for a in args {
            let x = self.expr(a, None);
            let spread = args.len() == 1
                && self.prog.types.tuple_types(x.ty).is_some()
                && !matches!(x.mode, Mode::NoValue);
            if !spread {
                ok &= !self.single_value(x).is_invalid();
            }
        }
        ok
    }

    fn builtin_len_cap(&mut self, e: &ast::Expr, b: BuiltinFn, arg: &ast::Expr) -> Operand {
        let mut x = self.value(arg, None);
        if x.is_invalid() {
            return Operand::invalid(e.pos, e.go_start());
        }
        let tt = &self.prog.types;
        let under = tt.under(x.ty).clone();
        let (ok, const_len) = match (&under, b) {
            (Type::Basic(bb), BuiltinFn::Len) if bb.is_string() => (
                true,
                x.const_value()
                    .and_then(|v| v.as_bytes())
                    .map(|s| s.len() as i128),
            ),
            (Type::Array { len, .. }, _) => (
                true,
                (!ir_contains_call_or_recv(&x.expr)).then_some(*len as i128),
            ),
            (Type::Pointer(p), _) if matches!(tt.under(*p), Type::Array { .. }) => {
                let len = match tt.under(*p) {
                    Type::Array { len, .. } => *len,
                    _ => 0,
                };
                (
                    true,
                    (!ir_contains_call_or_recv(&x.expr)).then_some(len as i128),
                )
            }
            (Type::Slice(_) | Type::Chan { .. }, _) => (true, None),
            (Type::Map { .. }, BuiltinFn::Len) => (true, None),
            _ => (false, None),
        };
        if !ok {
            self.error(
                x.start,
                format!(
                    "invalid argument: {} for built-in {}",
                    self.operand_desc(&x),
                    b.name()
                ),
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        if let Some(n) = const_len {
            let v = Value::Int(n);
            return self.operand(
                Mode::Constant(v.clone()),
                P::INT,
                ExprKind::Const(Box::new(v)),
                e.pos,
                e,
            );
        }
        self.default_convert(&mut x);
        let which = if b == BuiltinFn::Len {
            Builtin::Len
        } else {
            Builtin::Cap
        };
        self.operand(
            Mode::Value,
            P::INT,
            ExprKind::Builtin {
                which,
                args: vec![x.expr],
                ddd: false,
            },
            e.pos,
            e,
        )
    }

    fn builtin_append(&mut self, e: &ast::Expr, args: &[ast::Expr], has_dots: bool) -> Operand {
        let s = self.value(&args[0], None);
        if s.is_invalid() {
            for a in &args[1..] {
                let _ = self.expr(a, None);
            }
            return Operand::invalid(e.pos, e.go_start());
        }
        let Some(elem) = self.slice_elem(&s, "append") else {
            for a in &args[1..] {
                let _ = self.expr(a, None);
            }
            return Operand::invalid(e.pos, e.go_start());
        };
        let mut out = vec![s.expr.clone()];
        let context = "argument to append";
        if has_dots {
            if args.len() != 2 {
                // append(s, x...) is checked as a call of func(S, ...E) with `...`.
                let mut ops = vec![s.clone()];
                for a in &args[1..] {
                    ops.push(self.value(a, None));
                }
                if ops.iter().any(Operand::is_invalid) {
                    return Operand::invalid(e.pos, e.go_start());
                }
                let (q, at) = if ops.len() > 2 {
                    ("too many", ops[2].start)
                } else {
                    ("not enough", ops[ops.len() - 1].start)
                };
                let have =
                    self.types_summary(&ops.iter().map(|o| o.ty).collect::<Vec<_>>(), false, true);
                let elems = self.types().slice(elem);
                let want = self.types_summary(&[s.ty, elems], true, false);
                self.error(
                    at,
                    format!("{q} arguments in call to append\n\thave {have}\n\twant {want}"),
                );
                return Operand::invalid(e.pos, e.go_start());
            }
            let mut x = self.value(&args[1], None);
            if x.is_invalid() {
                return Operand::invalid(e.pos, e.go_start());
            }
            let tt = &self.prog.types;
            // append([]byte, string...) is allowed.
            if tt.is_string(x.ty) && tt.identical(tt.underlying(elem), P::UINT8) {
                self.default_convert(&mut x);
                out.push(x.expr);
            } else {
                let st = s.ty;
                let slice_of_elem = self.types().slice(elem);
                let target = if self.prog.types.is_named(st) {
                    slice_of_elem
                } else {
                    st
                };
                self.assignment(&mut x, target, context);
                if x.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                out.push(x.expr);
            }
        } else {
            // types2 evaluates every argument before checking them.
            let values: Vec<Operand> = args[1..].iter().map(|a| self.value(a, None)).collect();
            let mut ok = true;
            for mut x in values {
                self.assignment(&mut x, elem, context);
                ok &= !x.is_invalid();
                out.push(x.expr);
            }
            if !ok {
                return Operand::invalid(e.pos, e.go_start());
            }
        }
        let ty = s.ty;
        self.operand(
            Mode::Value,
            ty,
            ExprKind::Builtin {
                which: Builtin::Append,
                args: out,
                ddd: has_dots,
            },
            e.pos,
            e,
        )
    }

    fn builtin_min_max(&mut self, e: &ast::Expr, b: BuiltinFn, args: &[ast::Expr]) -> Operand {
        let mut ops: Vec<Operand> = args.iter().map(|a| self.value(a, None)).collect();
        if ops.iter().any(Operand::is_invalid) {
            return Operand::invalid(e.pos, e.go_start());
        }
        // Every operand must be ordered, and all must have one type (untyped ones adapt);
        // types2 checks them left to right.
        for i in 0..ops.len() {
            let tt = &self.prog.types;
            if !(tt.is_numeric(ops[i].ty) || tt.is_string(ops[i].ty)) {
                self.error(
                    ops[i].start,
                    format!(
                        "invalid argument: {} cannot be ordered",
                        self.operand_desc(&ops[i])
                    ),
                );
                return Operand::invalid(e.pos, e.go_start());
            }
            if i == 0 {
                continue;
            }
            let (l, r) = ops.split_at_mut(i);
            self.match_types(&mut l[0], &mut r[0]);
            if ops[0].is_invalid() || ops[i].is_invalid() {
                return Operand::invalid(e.pos, e.go_start());
            }
            let (t0, ti) = (ops[0].ty, ops[i].ty);
            if !self.prog.types.identical(t0, ti) {
                self.error(
                    ops[i].start,
                    format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", self.tstr(t0), self.tstr(ti), ops[i].text),
                );
                return Operand::invalid(e.pos, e.go_start());
            }
        }
        let t0 = ops[0].ty;
        if ops.iter().all(|o| matches!(o.mode, Mode::Constant(_))) {
            let mut best = ops[0].const_value().cloned().unwrap_or(Value::Int(0));
            for o in &ops[1..] {
                let v = o.const_value().cloned().unwrap_or(Value::Int(0));
                let less = matches!(
                    constant::binary_op(ast::Operator::Lss, &v, &best, true),
                    Ok(Value::Bool(true))
                );
                let greater = matches!(
                    constant::binary_op(ast::Operator::Gtr, &v, &best, true),
                    Ok(Value::Bool(true))
                );
                if (b == BuiltinFn::Min && less) || (b == BuiltinFn::Max && greater) {
                    best = v;
                }
            }
            return self.operand(
                Mode::Constant(best.clone()),
                t0,
                ExprKind::Const(Box::new(best)),
                e.pos,
                e,
            );
        }
        for o in &mut ops {
            self.default_convert(o);
        }
        let ty = ops[0].ty;
        let which = if b == BuiltinFn::Min {
            Builtin::Min
        } else {
            Builtin::Max
        };
        let args = ops.into_iter().map(|o| o.expr).collect();
        self.operand(
            Mode::Value,
            ty,
            ExprKind::Builtin {
                which,
                args,
                ddd: false,
            },
            e.pos,
            e,
        )
    }

    fn builtin_new(&mut self, e: &ast::Expr, arg: &ast::Expr) -> Operand {
        let x = self.expr(arg, None);
        if x.is_invalid() {
            return Operand::invalid(e.pos, e.go_start());
        }
        if let Mode::TypeExpr = x.mode {
            let pty = self.types().pointer(x.ty);
            return self.operand(Mode::Value, pty, ExprKind::New, e.pos, e);
        }
        // Go 1.26: new(expr) allocates a copy of expr's value.
        let mut x = self.single_value(x);
        if x.is_invalid() {
            return Operand::invalid(e.pos, e.go_start());
        }
        self.assign_untyped_default(&mut x, "argument to new");
        if x.is_invalid() {
            return Operand::invalid(e.pos, e.go_start());
        }
        let func = self.current_func().unwrap_or(FuncId(0));
        let tmp = self.prog.new_temp(func, e.pos, x.ty);
        let id = self.prog.new_stmt_id();
        self.prog.vars[tmp.0 as usize].defn = Defn::Assign(id);
        self.prog.vars[tmp.0 as usize].addrtaken = true;
        let tmp_expr = Expr::new(ExprKind::Var(tmp), x.ty, e.pos);
        let stmts = vec![
            ir::Stmt::new(StmtKind::Decl(tmp), e.pos),
            ir::Stmt::new(
                StmtKind::Assign {
                    id,
                    lhs: tmp_expr.clone(),
                    rhs: Some(Box::new(x.expr)),
                    define: true,
                },
                e.pos,
            ),
        ];
        let pty = self.types().pointer(x.ty);
        let addr = Expr::new(ExprKind::Addr(Box::new(tmp_expr)), pty, e.pos);
        let kind = ExprKind::Init {
            stmts,
            x: Box::new(addr),
        };
        self.operand(Mode::Value, pty, kind, e.pos, e)
    }

    fn builtin_make(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> Operand {
        let t = self.resolve_type(&args[0]);
        if t == P::INVALID {
            for a in &args[1..] {
                let _ = self.expr(a, None);
            }
            return Operand::invalid(e.pos, e.go_start());
        }
        let under = self.prog.types.under(t).clone();
        let (min, max) = match under {
            Type::Slice(_) => (2, 3),
            Type::Map { .. } | Type::Chan { .. } => (1, 2),
            _ => {
                self.error(
                    args[0].go_start(),
                    format!(
                        "invalid argument: cannot make {}: type must be slice, map, or channel",
                        expr_string(&args[0])
                    ),
                );
                for a in &args[1..] {
                    let _ = self.expr(a, None);
                }
                return Operand::invalid(e.pos, e.go_start());
            }
        };
        if args.len() < min || args.len() > max {
            self.error(
                e.go_start(),
                format!(
                    "invalid operation: {} expects {} or {} arguments; found {}",
                    expr_string(e),
                    min,
                    max,
                    args.len()
                ),
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        let mut sizes = Vec::new();
        for a in &args[1..] {
            let mut x = self.value(a, None);
            if x.is_invalid() || self.check_index(&mut x, None, false).is_none() {
                return Operand::invalid(e.pos, e.go_start());
            }
            sizes.push(x);
        }
        if sizes.len() == 2
            && let (Some(l), Some(c)) = (
                sizes[0].const_value().and_then(Value::as_int),
                sizes[1].const_value().and_then(Value::as_int),
            )
            && l > c
        {
            self.error(
                sizes[0].start,
                "invalid argument: length and capacity swapped",
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        let mut it = sizes.into_iter().map(|o| Box::new(o.expr));
        let kind = match under {
            Type::Slice(_) => {
                let len = it.next().unwrap_or_else(|| {
                    Box::new(Expr::new(
                        ExprKind::Const(Box::new(Value::Int(0))),
                        P::INT,
                        e.pos,
                    ))
                });
                ExprKind::MakeSlice {
                    len,
                    cap: it.next(),
                }
            }
            Type::Map { .. } => ExprKind::MakeMap { hint: it.next() },
            _ => ExprKind::MakeChan { size: it.next() },
        };
        self.operand(Mode::Value, t, kind, e.pos, e)
    }
}

/// How an explicit conversion is represented.
enum ConvKind {
    Nil,
    Plain,
    Iface,
    Str(StrConvKind),
}

/// Whether a checked expression contains a (non-constant) call or receive: then `len` of
/// an array is not a constant (types2's `hasCallOrRecv`; conversions are not calls, and
/// function literals' bodies are not looked into).
fn ir_contains_call_or_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } | ExprKind::Builtin { .. } | ExprKind::Recv(_) => return true,
        ExprKind::Closure(_) => return false,
        _ => {}
    }
    let mut children: Vec<&Expr> = Vec::new();
    ir::visit::children(e, &mut children);
    children.into_iter().any(ir_contains_call_or_recv)
}

/// Whether an expression contains a call or a channel operation (Go's `callOrChan`, over
/// the whole tree but not into function literals; `new` does not count).
fn contains_call_or_chan(e: &Expr) -> bool {
    let mut found = false;
    fn walk(e: &Expr, found: &mut bool) {
        if *found {
            return;
        }
        match &e.kind {
            ExprKind::Call { .. } | ExprKind::Builtin { .. } | ExprKind::Recv(_) => {
                *found = true;
                return;
            }
            ExprKind::Closure(_) => return,
            _ => {}
        }
        let mut children: Vec<&Expr> = Vec::new();
        ir::visit::children(e, &mut children);
        for c in children {
            walk(c, found);
        }
    }
    walk(e, &mut found);
    found
}

/// What a value is assigned in, as types2's messages name it (`assignment`, `argument to
/// f`...): fixed words, or an argument of a call whose function is printed only when a
/// message needs it.
#[derive(Clone, Copy)]
pub(super) enum Context<'a> {
    Words(&'a str),
    ArgumentTo(&'a OpText),
}

impl std::fmt::Display for Context<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Context::Words(w) => f.write_str(w),
            Context::ArgumentTo(fun) => write!(f, "argument to {fun}"),
        }
    }
}

impl<'a> From<&'a str> for Context<'a> {
    fn from(w: &'a str) -> Context<'a> {
        Context::Words(w)
    }
}

impl<'a> From<&'a String> for Context<'a> {
    fn from(w: &'a String) -> Context<'a> {
        Context::Words(w)
    }
}
