//! Expressions: names, literals, operators, selectors, indexing, composite literals, function
//! literals, type assertions; constant folding and the conversion of untyped values.

use super::lookup::Selection;
use super::*;
use crate::ir::{CompLitKind, IndexKind, SliceKind, UnOp};
use crate::syntax::ast::{ExprKind as AK, LitKind, Operator};
use crate::syntax::printer::expr_string;
use crate::types::constant::{self, ConstError};
use crate::types::{Basic, Type};

impl Checker<'_> {
    /// Builds an operand from its parts.
    pub(super) fn operand(
        &self,
        mode: Mode,
        ty: TypeId,
        kind: ExprKind,
        pos: Pos,
        e: &ast::Expr,
    ) -> Operand {
        Operand {
            mode,
            ty,
            expr: Expr::new(kind, ty, pos),
            syntax_pos: e.pos,
            start: e.go_start(),
            text: OpText::of(e),
            type_text: None,
        }
    }

    /// Checks an expression that may be a value, a type, a builtin or a package name.
    pub(super) fn expr(&mut self, e: &ast::Expr, hint: Option<TypeId>) -> Operand {
        if !self.enter(e.pos) {
            self.leave();
            return Operand::invalid(e.pos, e.go_start());
        }
        let x = self.expr_inner(e, hint);
        if let Mode::Constant(Value::Bool(b)) = x.mode {
            self.const_bools.insert(e as *const ast::Expr, b);
        }
        self.leave();
        x
    }

    /// Checks an expression that must be a single value.
    pub(super) fn value(&mut self, e: &ast::Expr, hint: Option<TypeId>) -> Operand {
        let x = self.expr(e, hint);
        self.single_value(x)
    }

    /// Reports operands that are not values (types, builtins, packages, no-value calls,
    /// multi-value calls). Inlined: almost every operand is a value and passes through
    /// without being copied; the reports are [`Self::not_single_value`].
    #[inline]
    pub(super) fn single_value(&mut self, x: Operand) -> Operand {
        match x.mode {
            Mode::TypeExpr | Mode::Builtin(_) | Mode::Package(_) | Mode::NoValue => {
                self.not_single_value(x)
            }
            _ if self.prog.types.tuple_types(x.ty).is_some() => self.not_single_value(x),
            _ => x,
        }
    }

    #[cold]
    #[inline(never)]
    fn not_single_value(&mut self, x: Operand) -> Operand {
        match &x.mode {
            Mode::TypeExpr => {
                self.error(x.start, format!("{} (type) is not an expression", x.text));
                Operand::invalid(x.syntax_pos, x.start)
            }
            Mode::Builtin(b) => {
                self.error(x.start, format!("{} (built-in) must be called", b.name()));
                Operand::invalid(x.syntax_pos, x.start)
            }
            Mode::Package(i) => {
                let name = self
                    .imports
                    .get(*i)
                    .map_or(x.text.clone(), |imp| OpText::Owned(imp.name.clone()));
                self.error(x.start, format!("use of package {name} not in selector"));
                Operand::invalid(x.syntax_pos, x.start)
            }
            Mode::NoValue => {
                self.error(x.start, format!("{} (no value) used as value", x.text));
                Operand::invalid(x.syntax_pos, x.start)
            }
            _ if self.prog.types.tuple_types(x.ty).is_some() => {
                self.error(
                    x.start,
                    format!(
                        "multiple-value {} (value of type {}) in single-value context",
                        x.text,
                        self.tstr(x.ty)
                    ),
                );
                Operand::invalid(x.syntax_pos, x.start)
            }
            _ => x,
        }
    }

    fn expr_inner(&mut self, e: &ast::Expr, hint: Option<TypeId>) -> Operand {
        match &e.kind {
            AK::Bad => Operand::invalid(e.pos, e.go_start()),
            AK::Name(name) => self.name_expr(e, name, true),
            AK::BasicLit { kind, value } => self.basic_lit(e, *kind, value),
            AK::CompositeLit { typ, elems, .. } => {
                self.composite_lit(e, typ.as_deref(), elems, hint)
            }
            AK::FuncLit { typ, body } => self.func_lit(e, typ, body),
            AK::Paren(inner) => {
                let mut x = self.expr(inner, hint);
                x.syntax_pos = e.pos;
                x.start = e.go_start();
                x.text = OpText::of(e);
                x
            }
            AK::Selector { x, sel } => self.selector(e, x, sel),
            AK::Index { x, index } => self.index_expr(e, x, index),
            AK::Slice {
                x,
                low,
                high,
                max,
                full,
            } => self.slice_expr(e, x, low.as_deref(), high.as_deref(), max.as_deref(), *full),
            AK::TypeAssert { x, typ } => self.type_assert(e, x, typ),
            AK::TypeSwitchGuard { x, .. } => {
                self.error(
                    e.go_start(),
                    "invalid syntax tree: use of .(type) outside type switch",
                );
                let _ = self.expr(x, None);
                Operand::invalid(e.pos, e.go_start())
            }
            AK::Unary { op, x } => self.unary(e, *op, x, hint),
            AK::Binary { op, x, y } => self.binary(e, *op, x, y, false),
            AK::Call {
                fun,
                args,
                has_dots,
            } => self.call(e, fun, args, *has_dots, hint),
            AK::KeyValue { .. } => {
                self.error(e.go_start(), "unexpected key:value expression");
                Operand::invalid(e.pos, e.go_start())
            }
            AK::ListExpr(_) => {
                self.unsupported(e.go_start(), "type argument lists");
                Operand::invalid(e.pos, e.go_start())
            }
            AK::ArrayType { .. }
            | AK::SliceType { .. }
            | AK::DotsType { .. }
            | AK::StructType { .. }
            | AK::InterfaceType { .. }
            | AK::FuncType(_)
            | AK::MapType { .. }
            | AK::ChanType { .. } => {
                let t = self.resolve_type(e);
                if t == P::INVALID {
                    return Operand::invalid(e.pos, e.go_start());
                }
                self.operand(Mode::TypeExpr, t, ExprKind::Type, e.pos, e)
            }
        }
    }

    /// A name. `is_use` is false for the left side of an assignment (which does not count
    /// as a use of a local variable).
    pub(super) fn name_expr(&mut self, e: &ast::Expr, name: &str, is_use: bool) -> Operand {
        if name == "_" {
            self.error(e.pos, "cannot use _ as value or type");
            return Operand::invalid(e.pos, e.pos);
        }
        let Some(obj) = self.lookup(name, e.pos) else {
            self.error(e.pos, format!("undefined: {name}"));
            return Operand::invalid(e.pos, e.pos);
        };
        match obj {
            Object::Var(v) => {
                if is_use {
                    self.mark_used(v);
                }
                let ty = self.prog.vars[v.0 as usize].ty;
                // A variable whose declaration failed is used silently (types2).
                if ty == P::INVALID {
                    return Operand::invalid(e.pos, e.pos);
                }
                let mut x = self.operand(Mode::Variable, ty, ExprKind::Var(v), e.pos, e);
                x.type_text = self.var_type_text.get(&v).cloned().map(TypeText::Text);
                x
            }
            Object::Global(g) => {
                self.global_reads.push(g);
                let ty = self.prog.globals[g.0 as usize].ty;
                if ty == P::INVALID {
                    return Operand::invalid(e.pos, e.pos);
                }
                let mut x = self.operand(Mode::Variable, ty, ExprKind::Global(g), e.pos, e);
                x.type_text = self.global_type_text.get(&g).cloned().map(TypeText::Text);
                x
            }
            Object::Func(f) => {
                self.func_refs.push(f);
                let ty = self.prog.funcs[f.0 as usize].sig;
                let mut x = self.operand(Mode::Value, ty, ExprKind::Func(f), e.pos, e);
                x.type_text = Some(TypeText::Declared(f));
                x
            }
            Object::Const { ty, val } => self.operand(
                Mode::Constant(val.clone()),
                ty,
                ExprKind::Const(Box::new(val)),
                e.pos,
                e,
            ),
            Object::TypeName(t) => self.operand(Mode::TypeExpr, t, ExprKind::Type, e.pos, e),
            Object::Builtin(b) => {
                self.operand(Mode::Builtin(b), P::INVALID, ExprKind::Type, e.pos, e)
            }
            Object::Package(i) => {
                self.operand(Mode::Package(i), P::INVALID, ExprKind::Type, e.pos, e)
            }
            Object::Nil => self.operand(Mode::Value, P::UNTYPED_NIL, ExprKind::Nil, e.pos, e),
            Object::Iota => match self.iota {
                Some(i) => self.operand(
                    Mode::Constant(Value::Int(i)),
                    P::UNTYPED_INT,
                    ExprKind::Const(Box::new(Value::Int(i))),
                    e.pos,
                    e,
                ),
                None => {
                    self.error(e.pos, "cannot use iota outside constant declaration");
                    Operand::invalid(e.pos, e.pos)
                }
            },
            Object::Unsupported(what) => {
                self.unsupported(e.pos, what);
                Operand::invalid(e.pos, e.pos)
            }
            Object::Invalid => Operand::invalid(e.pos, e.pos),
        }
    }

    fn basic_lit(&mut self, e: &ast::Expr, kind: LitKind, text: &str) -> Operand {
        let (ty, val) = match kind {
            LitKind::Int => (P::UNTYPED_INT, constant::parse_int_literal(text)),
            LitKind::Float => (P::UNTYPED_FLOAT, constant::parse_float_literal(text)),
            LitKind::Rune => (P::UNTYPED_RUNE, constant::parse_rune_literal(text)),
            LitKind::String => (P::UNTYPED_STRING, constant::parse_string_literal(text)),
            LitKind::Imag => (P::UNTYPED_COMPLEX, constant::parse_imag_literal(text)),
        };
        let infinite = match &val {
            Ok(Value::Float(f)) | Ok(Value::Complex(_, f)) => f.is_infinite(),
            _ => false,
        };
        if infinite {
            // Go's constants are exact; memsim's floats are float64. A decimal exponent
            // whose binary exponent does not fit 32 bits is malformed for Go too.
            let exp: i64 = text
                .rsplit(['e', 'E', 'p', 'P'])
                .next()
                .map(|x| x.trim_end_matches('i').replace('_', ""))
                .and_then(|x| x.parse().ok())
                .unwrap_or(0);
            if exp.unsigned_abs() > 646_456_992 {
                self.error(e.pos, format!("malformed constant: {text}"));
            } else {
                self.unsupported(
                    e.pos,
                    format!("the constant {text} (beyond the range of float64)"),
                );
            }
            return Operand::invalid(e.pos, e.pos);
        }
        match val {
            Ok(v) => {
                // A float literal with an integral value stays a float constant.
                self.operand(
                    Mode::Constant(v.clone()),
                    ty,
                    ExprKind::Const(Box::new(v)),
                    e.pos,
                    e,
                )
            }
            Err(ConstError::Overflow) => {
                self.unsupported(e.pos, format!("the constant {text} (larger than 128 bits)"));
                Operand::invalid(e.pos, e.pos)
            }
            Err(_) => {
                // The lexer already reported malformed literals.
                Operand::invalid(e.pos, e.pos)
            }
        }
    }

    // ---- operand descriptions for error messages (types2's operandString) ----

    /// `x (variable of type int)`, `42 (untyped int constant)`, `nil`, ...
    pub(super) fn operand_desc(&self, x: &Operand) -> String {
        if x.is_nil() && matches!(x.mode, Mode::Value) {
            return "nil".into();
        }
        let mut s = String::new();
        let expr = x.text.to_string();
        if !expr.is_empty() {
            s.push_str(&expr);
            s.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr => {}
            _ => {
                if self.prog.types.is_untyped(x.ty) {
                    s.push_str(self.prog.types.basic(x.ty).map(|b| b.name()).unwrap_or(""));
                    s.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        s.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant(_) => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
            Mode::Package(_) => "package",
        });
        if let Mode::Constant(v) = &x.mode {
            let vs = v.go_string();
            if vs != expr {
                s.push(' ');
                s.push_str(&vs);
            }
        }
        if has_type {
            let t = &self.prog.types;
            let mut desc = String::new();
            let aliased = matches!(t.get(x.ty), Type::Named(_)) || x.ty == P::ANY;
            if aliased {
                let what = match t.under(x.ty) {
                    Type::Basic(b) => b.name().to_string(),
                    Type::Array { .. } => "array".into(),
                    Type::Slice(_) => "slice".into(),
                    Type::Struct(_) => "struct".into(),
                    Type::Pointer(_) => "pointer".into(),
                    Type::Func(_) => "func".into(),
                    Type::Interface { .. } => "interface".into(),
                    Type::Map { .. } => "map".into(),
                    Type::Chan { .. } => "chan".into(),
                    Type::Tuple(_) => "tuple".into(),
                    Type::Named(_) => String::new(),
                };
                desc = format!("{what} ");
            }
            let ty = self.op_type(x);
            s.push_str(&format!(" of {desc}type {ty}"));
        }
        if !expr.is_empty() {
            s.push(')');
        }
        s
    }

    /// The type of an operand as types2 prints it (see [`Operand::type_text`]).
    pub(super) fn op_type(&self, x: &Operand) -> String {
        self.type_text_string(&x.type_text)
            .unwrap_or_else(|| self.tstr(x.ty))
    }

    /// The text of an [`Operand::type_text`], if it differs from the type's own.
    pub(super) fn type_text_string(&self, t: &Option<TypeText>) -> Option<String> {
        match t.as_ref()? {
            TypeText::Text(s) => Some(s.clone()),
            TypeText::Static(s) => Some(s.to_string()),
            TypeText::Declared(f) => self.declared_signature_text(*f),
        }
    }

    // ---- untyped conversion ----

    /// The default type of an untyped type (`untyped int` → `int`).
    pub(super) fn default_type(&self, t: TypeId) -> TypeId {
        match t {
            P::UNTYPED_BOOL => P::BOOL,
            P::UNTYPED_INT => P::INT,
            P::UNTYPED_RUNE => P::RUNE,
            P::UNTYPED_FLOAT => P::FLOAT64,
            P::UNTYPED_COMPLEX => P::COMPLEX128,
            P::UNTYPED_STRING => P::STRING,
            _ => t,
        }
    }

    /// Gives an untyped operand its default type (for `:=`, interface targets, ...).
    pub(super) fn default_convert(&mut self, x: &mut Operand) {
        if x.is_invalid() || !self.prog.types.is_untyped(x.ty) || x.is_nil() {
            return;
        }
        let t = self.default_type(x.ty);
        self.convert_untyped(x, t);
    }

    /// Converts an untyped operand to `target` (which may itself be untyped, or an
    /// interface: then the default type is used). Reports values that do not fit.
    pub(super) fn convert_untyped(&mut self, x: &mut Operand, target: TypeId) {
        if x.is_invalid() || !self.prog.types.is_untyped(x.ty) || target == P::INVALID {
            return;
        }
        let tt = &self.prog.types;
        if tt.is_untyped(target) {
            // Both untyped: the larger kind wins (int < rune < float).
            if x.is_nil() || target == P::UNTYPED_NIL {
                return;
            }
            let rank = |t: TypeId| match t {
                P::UNTYPED_INT => 1,
                P::UNTYPED_RUNE => 2,
                P::UNTYPED_FLOAT => 3,
                P::UNTYPED_COMPLEX => 4,
                _ => 0,
            };
            if rank(x.ty) > 0 && rank(target) > rank(x.ty) {
                x.ty = target;
                self.retype(&mut x.expr, target);
                if let Mode::Constant(v) = &x.mode
                    && target == P::UNTYPED_FLOAT
                    && let Some(f) = v.as_f64()
                {
                    let _ = f;
                }
            }
            return;
        }
        if x.is_nil() {
            // nil converts to pointer, func, slice, map, chan, interface types.
            let ok = matches!(
                tt.under(target),
                Type::Pointer(_)
                    | Type::Func(_)
                    | Type::Slice(_)
                    | Type::Map { .. }
                    | Type::Chan { .. }
                    | Type::Interface { .. }
            );
            if !ok {
                self.invalid_conversion(x, target, ConversionFailure::Incompatible);
                return;
            }
            x.ty = target;
            x.expr.ty = target;
            return;
        }
        if tt.is_interface(target) {
            // Untyped values only convert to empty interfaces (through their default type).
            if !tt.is_empty_interface(target) {
                self.invalid_conversion(x, target, ConversionFailure::Incompatible);
                return;
            }
            let d = self.default_type(x.ty);
            self.convert_untyped(x, d);
            return;
        }
        let Some(tb) = tt.basic(target) else {
            self.invalid_conversion(x, target, ConversionFailure::Incompatible);
            return;
        };
        // The target must be of the same general kind.
        let xb = tt.basic(x.ty).unwrap_or(Basic::Invalid);
        let compatible = match xb {
            Basic::UntypedBool => tb.is_boolean(),
            Basic::UntypedString => tb.is_string(),
            Basic::UntypedInt
            | Basic::UntypedRune
            | Basic::UntypedFloat
            | Basic::UntypedComplex => tb.is_numeric(),
            _ => false,
        };
        if !compatible {
            self.invalid_conversion(x, target, ConversionFailure::Incompatible);
            return;
        }
        // The untyped left operand of a non-constant shift takes the type the context gives
        // it (types2 delays checking it): that must be an integer type.
        if !tb.is_integer()
            && let Some(operand) = untyped_shift_operand(&self.prog.types, &x.expr)
        {
            let text = match &operand.kind {
                ExprKind::Const(v) => v.go_string(),
                _ => x.text.to_string(),
            };
            let pos = operand.pos;
            self.error(
                pos,
                format!(
                    "invalid operation: shifted operand {text} (type {}) must be integer",
                    self.tstr(target)
                ),
            );
            x.mode = Mode::Invalid;
            return;
        }
        if let Mode::Constant(v) = x.mode.clone() {
            match self.represent(&v, tb) {
                Ok(nv) => {
                    x.mode = Mode::Constant(nv.clone());
                    x.expr.kind = ExprKind::Const(Box::new(nv));
                }
                Err(truncated) => {
                    let failure = if truncated {
                        ConversionFailure::Truncated
                    } else {
                        ConversionFailure::Overflow
                    };
                    self.invalid_conversion(x, target, failure);
                    return;
                }
            }
        }
        x.ty = target;
        self.retype(&mut x.expr, target);
    }

    /// Reports an untyped operand that cannot become a value of `target` (types2's
    /// `invalidConversion`, which names the target's underlying type) and invalidates it.
    fn invalid_conversion(&mut self, x: &mut Operand, target: TypeId, failure: ConversionFailure) {
        let target = self.tstr(self.prog.types.underlying(target));
        let desc = self.operand_desc(x);
        let msg = match failure {
            ConversionFailure::Incompatible => format!("cannot convert {desc} to type {target}"),
            ConversionFailure::Truncated => format!("{desc} truncated to {target}"),
            ConversionFailure::Overflow => format!("{desc} overflows {target}"),
        };
        self.error(x.start, msg);
        x.mode = Mode::Invalid;
    }

    /// Sets the type of an untyped expression tree to `target` (types2's updateExprType).
    pub(super) fn retype(&self, e: &mut Expr, target: TypeId) {
        if !self.prog.types.is_untyped(e.ty) {
            return;
        }
        e.ty = target;
        match &mut e.kind {
            ExprKind::Unary { x, .. } => self.retype(x, target),
            ExprKind::Binary { op, x, y } => {
                if matches!(op, Operator::Shl | Operator::Shr) {
                    self.retype(x, target);
                } else if !matches!(
                    op,
                    Operator::Eql
                        | Operator::Neq
                        | Operator::Lss
                        | Operator::Leq
                        | Operator::Gtr
                        | Operator::Geq
                ) {
                    self.retype(x, target);
                    self.retype(y, target);
                }
            }
            ExprKind::Logical { x, y, .. } => {
                self.retype(x, target);
                self.retype(y, target);
            }
            _ => {}
        }
    }

    /// The value of a constant in basic type `b`, rounded as Go rounds it; `Err(true)` when a
    /// float would be truncated to an integer, `Err(false)` on overflow.
    pub(super) fn represent(&self, v: &Value, b: Basic) -> Result<Value, bool> {
        if b.is_complex() {
            let Some((re, im)) = v.as_complex() else {
                return Err(false);
            };
            if b == Basic::Complex64 {
                return Ok(Value::Complex(
                    constant::round_f32(re),
                    constant::round_f32(im),
                ));
            }
            return Ok(Value::Complex(re, im));
        }
        if let Value::Complex(_, im) = v
            && *im != 0.0
        {
            return Err(!b.is_float());
        }
        if b.is_integer() {
            let Some(i) = v.as_int() else {
                return Err(matches!(v, Value::Float(_) | Value::Rat(_)));
            };
            let (lo, hi) = b.int_range().unwrap_or((i128::MIN, i128::MAX));
            if i < lo || i > hi {
                return Err(false);
            }
            return Ok(Value::Int(i));
        }
        if b.is_float() {
            let Some(f) = v.as_f64() else {
                return Err(false);
            };
            if b == Basic::Float32 {
                if f.is_finite() && f.abs() > f32::MAX as f64 {
                    return Err(false);
                }
                return Ok(Value::Float(constant::round_f32(f)));
            }
            if !f.is_finite() {
                return Err(false);
            }
            return Ok(Value::Float(f));
        }
        Ok(v.clone())
    }

    // ---- selectors ----

    fn selector(&mut self, e: &ast::Expr, xe: &ast::Expr, sel: &ast::Ident) -> Operand {
        // Package-qualified identifiers.
        if let AK::Name(pkgname) = &xe.kind
            && let Some(i) = self.imports.iter().position(|imp| &imp.name == pkgname)
            && !self.shadowed_locally(pkgname)
        {
            self.imports[i].used = true;
            return self.package_member(e, i, sel);
        }
        let x = self.expr(xe, None);
        if x.is_invalid() {
            return Operand::invalid(e.pos, e.go_start());
        }
        if let Mode::TypeExpr = x.mode {
            return self.method_expr(e, &x, sel);
        }
        if let Mode::Builtin(_) = x.mode {
            let desc = self.operand_desc(&x);
            self.error(
                e.pos,
                format!("invalid use of {desc} in selector expression"),
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        let x = self.single_value(x);
        if x.is_invalid() {
            return Operand::invalid(e.pos, e.go_start());
        }
        self.select_on_value(e, x, sel)
    }

    /// Whether a local declaration hides a package name.
    pub(super) fn shadowed_locally(&self, name: &str) -> bool {
        self.fstack
            .iter()
            .any(|f| f.scopes.iter().any(|s| s.contains(name)))
            || self.pkg_scope.contains_key(name)
    }

    fn package_member(&mut self, e: &ast::Expr, import: usize, sel: &ast::Ident) -> Operand {
        let pkg = self.imports[import].package;
        let pkg_name = self.imports[import].name.clone();
        let name = sel.name.as_str();
        let Some(pkg) = pkg else {
            return Operand::invalid(e.pos, e.go_start());
        };
        if let Some(t) = self.package_type(pkg, name) {
            return self.operand(Mode::TypeExpr, t, ExprKind::Type, e.pos, e);
        }
        let f = match (pkg, name) {
            (Package::Fmt, "Println") => Some(ir::ImportedFunc::FmtPrintln),
            (Package::Fmt, "Printf") => Some(ir::ImportedFunc::FmtPrintf),
            (Package::Fmt, "Print") => Some(ir::ImportedFunc::FmtPrint),
            (Package::Fmt, "Sprintf") => Some(ir::ImportedFunc::FmtSprintf),
            (Package::Fmt, "Sprint") => Some(ir::ImportedFunc::FmtSprint),
            (Package::Fmt, "Sprintln") => Some(ir::ImportedFunc::FmtSprintln),
            (Package::Fmt, "Errorf") => Some(ir::ImportedFunc::FmtErrorf),
            (Package::Errors, "New") => Some(ir::ImportedFunc::ErrorsNew),
            (Package::Runtime, "GC") => Some(ir::ImportedFunc::RuntimeGC),
            (Package::Runtime, "Gosched") => Some(ir::ImportedFunc::RuntimeGosched),
            (Package::Runtime, "NumGoroutine") => Some(ir::ImportedFunc::RuntimeNumGoroutine),
            (Package::Runtime, "ReadMemStats") => Some(ir::ImportedFunc::RuntimeReadMemStats),
            (Package::Debug, "SetMaxStack") => Some(ir::ImportedFunc::DebugSetMaxStack),
            _ => None,
        };
        let Some(f) = f else {
            match self.undefined_in_package(import, e, name) {
                Some(msg) => self.error(sel.pos, msg),
                None => self.unsupported(e.go_start(), format!("{pkg_name}.{name}")),
            }
            return Operand::invalid(e.pos, e.go_start());
        };
        let ty = self.imported_signature(f);
        let mut x = self.operand(Mode::Value, ty, ExprKind::ImportedFunc(f), e.pos, e);
        x.type_text = Some(TypeText::Static(imported_signature_text(f)));
        x
    }

    /// `undefined: fmt.x` when package `import` has no exported `name` (`e` is the
    /// selector); `None` when it has (memsim may not model it). Export data holds mostly
    /// exported names, so `fmt.println` is undefined too, with a hint at `Println`; an
    /// unexported name it does hold is `name x not exported by package p` instead.
    pub(super) fn undefined_in_package(
        &self,
        import: usize,
        e: &ast::Expr,
        name: &str,
    ) -> Option<String> {
        let package = self.imports.get(import)?.package?;
        let (exports, unexported) = match package {
            Package::Fmt => (FMT_EXPORTS, &[][..]),
            Package::Errors => (ERRORS_EXPORTS, &[][..]),
            Package::Runtime => (RUNTIME_EXPORTS, &[][..]),
            Package::Debug => (DEBUG_EXPORTS, DEBUG_UNEXPORTED),
        };
        if exports.contains(&name) {
            return None;
        }
        if unexported.contains(&name) {
            return Some(format!(
                "name {name} not exported by package {}",
                package.name()
            ));
        }
        Some(
            match exports.iter().find(|x| x.eq_ignore_ascii_case(name)) {
                Some(alt) => format!("undefined: {} (but have {alt})", expr_string(e)),
                None => format!("undefined: {}", expr_string(e)),
            },
        )
    }

    /// Types exported by the imported packages memsim knows (`fmt.Stringer`), created on
    /// first use.
    pub(super) fn package_type(&mut self, pkg: Package, name: &str) -> Option<TypeId> {
        if (pkg, name) == (Package::Runtime, "MemStats") {
            return Some(self.runtime_memstats());
        }
        if (pkg, name) != (Package::Fmt, "Stringer") {
            return None;
        }
        if let Some(t) = self.fmt_stringer {
            return Some(t);
        }
        let named = self.prog.types.new_named("fmt.Stringer", Pos::NONE, false);
        let sig = self.types().func(vec![], vec![P::STRING], false);
        let iface = self.types().intern(Type::Interface {
            methods: vec![crate::types::IMethod {
                name: "String".into(),
                sig,
            }],
            any: false,
        });
        self.prog.types.set_underlying(named, iface);
        self.fmt_stringer = Some(named);
        Some(named)
    }

    /// `runtime.MemStats`, with Go 1.27's fields in Go's order (5776 bytes on amd64).
    pub(super) fn runtime_memstats(&mut self) -> TypeId {
        if let Some(t) = self.runtime_memstats {
            return t;
        }
        let named = self
            .prog
            .types
            .new_named("runtime.MemStats", Pos::NONE, false);
        let field = |name: &str, ty: TypeId| crate::types::Field {
            name: name.into(),
            ty,
            embedded: false,
            pos: crate::types::PosIgnored(Pos::NONE),
        };
        let mut fields: Vec<crate::types::Field> = [
            "Alloc",
            "TotalAlloc",
            "Sys",
            "Lookups",
            "Mallocs",
            "Frees",
            "HeapAlloc",
            "HeapSys",
            "HeapIdle",
            "HeapInuse",
            "HeapReleased",
            "HeapObjects",
            "StackInuse",
            "StackSys",
            "MSpanInuse",
            "MSpanSys",
            "MCacheInuse",
            "MCacheSys",
            "BuckHashSys",
            "GCSys",
            "OtherSys",
            "NextGC",
            "LastGC",
            "PauseTotalNs",
        ]
        .iter()
        .map(|n| field(n, P::UINT64))
        .collect();
        let ring = self.types().array(256, P::UINT64);
        fields.push(field("PauseNs", ring));
        fields.push(field("PauseEnd", ring));
        fields.push(field("NumGC", P::UINT32));
        fields.push(field("NumForcedGC", P::UINT32));
        fields.push(field("GCCPUFraction", P::FLOAT64));
        fields.push(field("EnableGC", P::BOOL));
        fields.push(field("DebugGC", P::BOOL));
        let class = self.types().intern(Type::Struct(vec![
            field("Size", P::UINT32),
            field("Mallocs", P::UINT64),
            field("Frees", P::UINT64),
        ]));
        let by_size = self.types().array(61, class);
        fields.push(field("BySize", by_size));
        let st = self.types().intern(Type::Struct(fields));
        self.prog.types.set_underlying(named, st);
        self.runtime_memstats = Some(named);
        named
    }

    /// The signature of an imported function.
    pub(super) fn imported_signature(&mut self, f: ir::ImportedFunc) -> TypeId {
        use ir::ImportedFunc::*;
        let any_slice = self.types().slice(P::ANY);
        match f {
            FmtPrintln | FmtPrint => {
                self.types()
                    .func(vec![any_slice], vec![P::INT, P::ERROR], true)
            }
            FmtPrintf => {
                self.types()
                    .func(vec![P::STRING, any_slice], vec![P::INT, P::ERROR], true)
            }
            FmtSprint | FmtSprintln => self.types().func(vec![any_slice], vec![P::STRING], true),
            FmtSprintf => self
                .types()
                .func(vec![P::STRING, any_slice], vec![P::STRING], true),
            FmtErrorf => self
                .types()
                .func(vec![P::STRING, any_slice], vec![P::ERROR], true),
            ErrorsNew => self.types().func(vec![P::STRING], vec![P::ERROR], false),
            RuntimeGC | RuntimeGosched => self.types().func(vec![], vec![], false),
            RuntimeNumGoroutine => self.types().func(vec![], vec![P::INT], false),
            DebugSetMaxStack => self.types().func(vec![P::INT], vec![P::INT], false),
            RuntimeReadMemStats => {
                let ms = self.runtime_memstats();
                let p = self.types().pointer(ms);
                self.types().func(vec![p], vec![], false)
            }
            RuntimeMemequal => self.types().func(
                vec![P::UNSAFE_POINTER, P::UNSAFE_POINTER, P::UINTPTR],
                vec![P::BOOL],
                false,
            ),
            RuntimeEfaceeq | RuntimeIfaceeq => {
                let word = self.types().pointer(P::UINTPTR);
                self.types().func(
                    vec![word, P::UNSAFE_POINTER, P::UNSAFE_POINTER],
                    vec![P::BOOL],
                    false,
                )
            }
        }
    }

    /// `x.f` / `x.M` on a value.
    fn select_on_value(&mut self, e: &ast::Expr, x: Operand, sel: &ast::Ident) -> Operand {
        let name = sel.name.as_str();
        let t = &self.prog.types;
        // Pointer to interface / pointer to pointer have no fields or methods.
        if t.is_pointer(x.ty) && t.is_interface(t.elem(x.ty)) && !t.is_named(x.ty) {
            self.error(
                sel.pos,
                format!(
                    "{}.{} undefined (type {} is pointer to interface, not interface)",
                    x.text,
                    name,
                    self.tstr(x.ty)
                ),
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        match self.lookup_field_or_method(x.ty, name) {
            Selection::Field {
                path,
                index,
                through_pointer,
                ty,
            } => {
                let mut mode = x.mode.clone();
                let mut base = self.walk_embed_path(x.expr.clone(), &path, e.pos);
                let through = through_pointer
                    || self.prog.types.is_pointer(base.ty) && !self.prog.types.is_struct(base.ty);
                if through
                    || path.iter().any(|s| self.prog.types.is_pointer(s.field_ty))
                    || self.prog.types.is_pointer(x.ty)
                {
                    mode = Mode::Variable;
                } else if !matches!(mode, Mode::Variable) {
                    mode = Mode::Value;
                }
                let through_ptr = self.prog.types.is_pointer(base.ty);
                if through_ptr && self.prog.types.is_named(base.ty) {
                    // A named pointer type: dereference explicitly.
                    let elem = self.prog.types.elem(base.ty);
                    base = Expr::new(ExprKind::Deref(Box::new(base)), elem, e.pos).implicit();
                }
                let through_ptr = self.prog.types.is_pointer(base.ty);
                let kind = ExprKind::Field {
                    x: Box::new(base),
                    index: index as u32,
                    name: sel.name.clone(),
                    through_pointer: through_ptr,
                };
                let mut op = self.operand(mode, ty, kind, e.pos, e);
                op.start = x.start;
                op
            }
            Selection::Method {
                path,
                func,
                pointer_receiver,
                ..
            } => {
                self.func_refs.push(func);
                let recv = self.walk_embed_path(x.expr.clone(), &path, e.pos);
                let Some(recv) =
                    self.adjust_receiver(recv, pointer_receiver, &x, &path, sel, e.pos)
                else {
                    return Operand::invalid(e.pos, e.go_start());
                };
                let sig = self.prog.funcs[func.0 as usize].sig;
                let kind = ExprKind::MethodValue {
                    recv: Box::new(recv),
                    method: Some(func),
                    name: sel.name.clone(),
                };
                let mut x = self.operand(Mode::Value, sig, kind, e.pos, e);
                x.type_text = Some(TypeText::Declared(func));
                x
            }
            Selection::InterfaceMethod { path, sig } => {
                let mut recv = self.walk_embed_path(x.expr.clone(), &path, e.pos);
                if self.prog.types.is_pointer(recv.ty) {
                    let elem = self.prog.types.elem(recv.ty);
                    recv = Expr::new(ExprKind::Deref(Box::new(recv)), elem, e.pos).implicit();
                }
                let kind = ExprKind::MethodValue {
                    recv: Box::new(recv),
                    method: None,
                    name: sel.name.clone(),
                };
                self.operand(Mode::Value, sig, kind, e.pos, e)
            }
            Selection::Ambiguous => {
                self.error(sel.pos, format!("ambiguous selector {}.{}", x.text, name));
                Operand::invalid(e.pos, e.go_start())
            }
            Selection::NotFound => {
                let what = self.missing_member_hint(x.ty, name);
                self.error(
                    sel.pos,
                    format!(
                        "{}.{} undefined (type {} {})",
                        x.text,
                        name,
                        self.op_type(&x),
                        what
                    ),
                );
                Operand::invalid(e.pos, e.go_start())
            }
        }
    }

    /// The parenthesised part of types2's "x.f undefined (type T ...)".
    fn missing_member_hint(&self, ty: TypeId, name: &str) -> String {
        let lower = name.to_lowercase();
        let t = &self.prog.types;
        let base = if t.is_pointer(ty) { t.elem(ty) } else { ty };
        for f in t.struct_fields(base) {
            if f.name.to_lowercase() == lower && f.name != name {
                return format!(
                    "has no field or method {name}, but does have field {}",
                    f.name
                );
            }
        }
        if let Some(info) = t.named_info(base) {
            for m in &info.methods {
                if m.name.to_lowercase() == lower && m.name != name {
                    return format!(
                        "has no field or method {name}, but does have method {}",
                        m.name
                    );
                }
            }
        }
        for m in t.interface_methods(base) {
            if m.name.to_lowercase() == lower && m.name != name {
                return format!(
                    "has no field or method {name}, but does have method {}",
                    m.name
                );
            }
        }
        format!("has no field or method {name}")
    }

    /// Applies implicit embedded-field selections.
    pub(super) fn walk_embed_path(
        &self,
        mut x: Expr,
        path: &[lookup::EmbedStep],
        pos: Pos,
    ) -> Expr {
        for step in path {
            let mut base = x;
            if self.prog.types.is_pointer(base.ty) && self.prog.types.is_named(base.ty) {
                let elem = self.prog.types.elem(base.ty);
                base = Expr::new(ExprKind::Deref(Box::new(base)), elem, pos).implicit();
            }
            let through = self.prog.types.is_pointer(base.ty);
            let sty = if through {
                self.prog.types.elem(base.ty)
            } else {
                base.ty
            };
            let name = self
                .prog
                .types
                .struct_fields(sty)
                .get(step.index)
                .map(|f| f.name.clone())
                .unwrap_or_default();
            x = Expr::new(
                ExprKind::Field {
                    x: Box::new(base),
                    index: step.index as u32,
                    name,
                    through_pointer: through,
                },
                step.field_ty,
                pos,
            )
            .implicit();
        }
        x
    }

    /// Takes the address of or dereferences a method receiver as the method requires.
    pub(super) fn adjust_receiver(
        &mut self,
        recv: Expr,
        pointer_receiver: bool,
        x: &Operand,
        path: &[lookup::EmbedStep],
        sel: &ast::Ident,
        dot: Pos,
    ) -> Option<Expr> {
        let is_ptr = self.prog.types.is_pointer(recv.ty);
        if pointer_receiver && !is_ptr {
            // Needs &recv: the receiver must be addressable.
            let addressable = matches!(x.mode, Mode::Variable)
                || path.iter().any(|s| self.prog.types.is_pointer(s.field_ty))
                || self.prog.types.is_pointer(x.ty);
            if !addressable {
                self.error(
                    sel.pos,
                    format!(
                        "cannot call pointer method {} on {}",
                        sel.name,
                        self.tstr(x.ty)
                    ),
                );
                return None;
            }
            self.mark_addrtaken(&recv);
            let pty = self.prog.types.pointer(recv.ty);
            // The implicit `&x` is at the selector (Go's NodAddr at the current position).
            return Some(Expr::new(ExprKind::Addr(Box::new(recv)), pty, dot).implicit());
        }
        if !pointer_receiver && is_ptr {
            let elem = self.prog.types.elem(recv.ty);
            return Some(Expr::new(ExprKind::Deref(Box::new(recv)), elem, dot).implicit());
        }
        Some(recv)
    }

    /// Marks the variable at the root of an addressable expression as address-taken (Go's
    /// `ir.OuterValue`: through value fields and array elements).
    pub(super) fn mark_addrtaken(&mut self, e: &Expr) {
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
                ExprKind::Var(v) => {
                    self.prog.vars[v.0 as usize].addrtaken = true;
                    return;
                }
                _ => return,
            }
        }
    }

    /// `T.M` or `(*T).M` as a function value.
    fn method_expr(&mut self, e: &ast::Expr, x: &Operand, sel: &ast::Ident) -> Operand {
        let name = sel.name.as_str();
        let t = x.ty;
        match self.lookup_field_or_method(t, name) {
            Selection::Method {
                path,
                func,
                pointer_receiver,
                ..
            } if path.is_empty() => {
                self.func_refs.push(func);
                let is_ptr = self.prog.types.is_pointer(t);
                if pointer_receiver && !is_ptr {
                    let base = self.tstr(t);
                    self.error(
                        sel.pos,
                        format!("invalid method expression {base}.{name} (needs pointer receiver (*{base}).{name})"),
                    );
                    return Operand::invalid(e.pos, e.go_start());
                }
                let msig = self
                    .prog
                    .types
                    .signature(self.prog.funcs[func.0 as usize].sig)
                    .cloned();
                let Some(msig) = msig else {
                    return Operand::invalid(e.pos, e.go_start());
                };
                let mut params = vec![t];
                params.extend(msig.params.iter().copied());
                let fty = self
                    .types()
                    .func(params, msig.results.clone(), msig.variadic);
                let kind = ExprKind::MethodExpr {
                    method: func,
                    recv_type: t,
                    name: sel.name.clone(),
                };
                self.operand(Mode::Value, fty, kind, e.pos, e)
            }
            Selection::Method { .. } | Selection::InterfaceMethod { .. } => {
                self.unsupported(
                    e.go_start(),
                    "method expressions of promoted or interface methods",
                );
                Operand::invalid(e.pos, e.go_start())
            }
            _ => {
                let what = self.missing_member_hint(t, name);
                self.error(
                    sel.pos,
                    format!(
                        "{}.{} undefined (type {} {})",
                        x.text,
                        name,
                        self.tstr(t),
                        what
                    ),
                );
                Operand::invalid(e.pos, e.go_start())
            }
        }
    }

    // ---- index and slice ----

    fn index_expr(&mut self, e: &ast::Expr, xe: &ast::Expr, ie: &ast::Expr) -> Operand {
        let x = self.expr(xe, None);
        if x.is_invalid() {
            let _ = self.expr(ie, None);
            return Operand::invalid(e.pos, e.go_start());
        }
        if matches!(x.mode, Mode::TypeExpr) {
            // memsim's programs have no generic types (their declarations are unsupported).
            let msg = self.not_generic_message(&x.text.to_string(), ie, x.ty);
            self.error(x.start, msg);
            return Operand::invalid(e.pos, e.go_start());
        }
        let x = self.single_value(x);
        if x.is_invalid() {
            return Operand::invalid(e.pos, e.go_start());
        }
        let t = &self.prog.types;
        let ut = t.under(x.ty).clone();
        match ut {
            Type::Basic(b) if b.is_string() => {
                let mut xe2 = x.clone();
                self.default_convert(&mut xe2);
                let len = x
                    .const_value()
                    .and_then(|v| v.as_bytes())
                    .map(|b| b.len() as u64);
                let Some(idx) = self.index_value(ie, len) else {
                    return Operand::invalid(e.pos, e.go_start());
                };
                let kind = ExprKind::Index {
                    x: Box::new(xe2.expr),
                    index: Box::new(idx),
                    kind: IndexKind::String,
                };
                let mut op = self.operand(Mode::Value, P::BYTE, kind, e.pos, e);
                op.start = x.start;
                op
            }
            Type::Slice(elem) => {
                let Some(idx) = self.index_value(ie, None) else {
                    return Operand::invalid(e.pos, e.go_start());
                };
                let kind = ExprKind::Index {
                    x: Box::new(x.expr.clone()),
                    index: Box::new(idx),
                    kind: IndexKind::Slice,
                };
                self.operand(Mode::Variable, elem, kind, e.pos, e)
            }
            Type::Array { len, elem } => {
                let Some(idx) = self.index_value(ie, Some(len)) else {
                    return Operand::invalid(e.pos, e.go_start());
                };
                let mode = if matches!(x.mode, Mode::Variable) {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                let kind = ExprKind::Index {
                    x: Box::new(x.expr.clone()),
                    index: Box::new(idx),
                    kind: IndexKind::Array,
                };
                self.operand(mode, elem, kind, e.pos, e)
            }
            Type::Pointer(p) if matches!(t.under(p), Type::Array { .. }) => {
                let (len, elem) = match t.under(p) {
                    Type::Array { len, elem } => (*len, *elem),
                    _ => (0, P::INVALID),
                };
                let Some(idx) = self.index_value(ie, Some(len)) else {
                    return Operand::invalid(e.pos, e.go_start());
                };
                let deref =
                    Expr::new(ExprKind::Deref(Box::new(x.expr.clone())), p, e.pos).implicit();
                let kind = ExprKind::Index {
                    x: Box::new(deref),
                    index: Box::new(idx),
                    kind: IndexKind::Array,
                };
                self.operand(Mode::Variable, elem, kind, e.pos, e)
            }
            Type::Map { key, value } => {
                let mut k = self.value(ie, Some(key));
                if k.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                self.assignment(&mut k, key, "map index");
                if k.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                let kind = ExprKind::MapIndex {
                    m: Box::new(x.expr.clone()),
                    key: Box::new(k.expr),
                };
                self.operand(Mode::MapIndex, value, kind, e.pos, e)
            }
            _ => {
                // types2 reports this at the `[`.
                self.error(e.pos, format!("cannot index {}", self.operand_desc(&x)));
                let _ = self.expr(ie, None);
                Operand::invalid(e.pos, e.go_start())
            }
        }
    }

    /// types2's error for `T[args]` with `T` (written `x`, resolved to `ty`) not generic.
    pub(super) fn not_generic_message(&self, x: &str, index: &ast::Expr, ty: TypeId) -> String {
        let args = match &index.kind {
            AK::ListExpr(list) => list.iter().map(expr_string).collect::<Vec<_>>().join(", "),
            _ => expr_string(index),
        };
        format!(
            "invalid operation: {x}[{args}] ({} is not a generic type)",
            self.tstr(ty)
        )
    }

    /// An index operand: an integer, non-negative if constant, and below `len` if known.
    fn index_value(&mut self, ie: &ast::Expr, len: Option<u64>) -> Option<Expr> {
        let mut i = self.value(ie, None);
        if i.is_invalid() {
            return None;
        }
        self.check_index(&mut i, len, false)
    }

    /// Validates an index or slice bound (types2's `index` / `isValidIndex`): untyped
    /// constants become `int`; the value must be an integer, and a constant must be
    /// non-negative and below `len` (or at most `len` when `allow_len`, for slice bounds).
    pub(super) fn check_index(
        &mut self,
        i: &mut Operand,
        len: Option<u64>,
        allow_len: bool,
    ) -> Option<Expr> {
        if matches!(i.mode, Mode::Constant(_)) || i.is_nil() {
            self.convert_untyped(i, P::INT);
            if i.is_invalid() {
                return None;
            }
        }
        if !self.prog.types.is_integer(i.ty) {
            self.error(
                i.start,
                format!(
                    "invalid argument: index {} must be integer",
                    self.operand_desc(i)
                ),
            );
            return None;
        }
        if let Some(n) = i.const_value().and_then(Value::as_int) {
            if n < 0 {
                self.error(
                    i.start,
                    format!(
                        "invalid argument: index {} must not be negative",
                        self.operand_desc(i)
                    ),
                );
                return None;
            }
            if let Some(len) = len {
                let max = if allow_len {
                    len as i128 + 1
                } else {
                    len as i128
                };
                if n >= max {
                    self.error(
                        i.start,
                        format!("invalid argument: index {n} out of bounds [0:{max}]"),
                    );
                    return None;
                }
            }
        }
        Some(i.expr.clone())
    }

    fn slice_expr(
        &mut self,
        e: &ast::Expr,
        xe: &ast::Expr,
        low: Option<&ast::Expr>,
        high: Option<&ast::Expr>,
        max: Option<&ast::Expr>,
        full: bool,
    ) -> Operand {
        let x = self.value(xe, None);
        if x.is_invalid() {
            return Operand::invalid(e.pos, e.go_start());
        }
        let t = &self.prog.types;
        let (kind, result_ty, len, base) = match t.under(x.ty).clone() {
            Type::Basic(b) if b.is_string() => {
                if full {
                    self.error(
                        max.map(GoStart::go_start).unwrap_or(e.pos),
                        "invalid operation: 3-index slice of string",
                    );
                    return Operand::invalid(e.pos, e.go_start());
                }
                let len = x
                    .const_value()
                    .and_then(|v| v.as_bytes())
                    .map(|b| b.len() as u64);
                let mut xs = x.clone();
                self.default_convert(&mut xs);
                let rt = if xs.ty == P::UNTYPED_STRING {
                    P::STRING
                } else {
                    xs.ty
                };
                (SliceKind::String, rt, len, xs.expr)
            }
            Type::Slice(_) => (SliceKind::Slice, x.ty, None, x.expr.clone()),
            Type::Array { len, elem } => {
                if !matches!(x.mode, Mode::Variable) {
                    self.error(
                        x.start,
                        format!("cannot slice unaddressable value {}", self.operand_desc(&x)),
                    );
                    return Operand::invalid(e.pos, e.go_start());
                }
                self.mark_addrtaken(&x.expr);
                let pty = self.types().pointer(x.ty);
                // Go's implicit `&a` takes the position of the slice expression.
                let addr =
                    Expr::new(ExprKind::Addr(Box::new(x.expr.clone())), pty, e.pos).implicit();
                let st = self.types().slice(elem);
                (SliceKind::Array, st, Some(len), addr)
            }
            Type::Pointer(p) if matches!(t.under(p), Type::Array { .. }) => {
                let (len, elem) = match t.under(p) {
                    Type::Array { len, elem } => (*len, *elem),
                    _ => (0, P::INVALID),
                };
                let st = self.types().slice(elem);
                (SliceKind::Array, st, Some(len), x.expr.clone())
            }
            _ => {
                self.error(x.start, format!("cannot slice {}", self.operand_desc(&x)));
                return Operand::invalid(e.pos, e.go_start());
            }
        };
        let bound = |c: &mut Self, b: Option<&ast::Expr>| -> Result<Option<Box<Expr>>, ()> {
            match b {
                None => Ok(None),
                Some(be) => {
                    let mut i = c.value(be, None);
                    if i.is_invalid() {
                        return Err(());
                    }
                    c.check_index(&mut i, len, true)
                        .map(|x| Some(Box::new(x)))
                        .ok_or(())
                }
            }
        };
        let Ok(lo) = bound(self, low) else {
            return Operand::invalid(e.pos, e.go_start());
        };
        let Ok(hi) = bound(self, high) else {
            return Operand::invalid(e.pos, e.go_start());
        };
        let Ok(mx) = bound(self, max) else {
            return Operand::invalid(e.pos, e.go_start());
        };
        // Constant bounds must be ordered (a missing low bound is 0, a missing high or max
        // bound is the length when known); reported at the smaller, later bound.
        let cv = |b: &Option<Box<Expr>>| {
            b.as_ref()
                .and_then(|x| x.const_value())
                .and_then(Value::as_int)
        };
        let known_len = len.map(|l| l as i128);
        let vals = [
            cv(&lo).or(if low.is_none() { Some(0) } else { None }),
            cv(&hi).or(known_len.filter(|_| high.is_none())),
            cv(&mx).or(known_len.filter(|_| max.is_none())),
        ];
        let exprs = [low, high, max];
        for i in 0..2 {
            let Some(x) = vals[i].filter(|&x| x > 0) else {
                continue;
            };
            for j in i + 1..3 {
                if let Some(y) = vals[j]
                    && y < x
                {
                    let at = exprs[j].map(GoStart::go_start).unwrap_or(e.pos);
                    self.error(at, format!("invalid slice indices: {y} < {x}"));
                    return Operand::invalid(e.pos, e.go_start());
                }
            }
        }
        let kind = ExprKind::Slice {
            x: Box::new(base),
            low: lo,
            high: hi,
            max: mx,
            kind,
        };
        // types2 reports errors about a slice expression at its `[` (see `GoStart`).
        self.operand(Mode::Value, result_ty, kind, e.pos, e)
    }

    // ---- type assertions ----

    fn type_assert(&mut self, e: &ast::Expr, xe: &ast::Expr, te: &ast::Expr) -> Operand {
        let x = self.value(xe, None);
        let t = self.resolve_type(te);
        if x.is_invalid() || t == P::INVALID {
            return Operand::invalid(e.pos, e.go_start());
        }
        if !self.prog.types.is_interface(x.ty) {
            self.error(
                x.start,
                format!(
                    "invalid operation: {} is not an interface",
                    self.operand_desc(&x)
                ),
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        if !self.prog.types.is_interface(t)
            && let Some(why) = self.missing_method(t, x.ty)
        {
            self.error(
                e.go_start(),
                format!(
                    "impossible type assertion: {}\n\t{} does not implement {} {}",
                    expr_string(e),
                    self.tstr(t),
                    self.tstr(x.ty),
                    why
                ),
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        self.operand(
            Mode::CommaOk,
            t,
            ExprKind::TypeAssert {
                x: Box::new(x.expr),
            },
            e.pos,
            e,
        )
    }

    // ---- unary ----

    fn unary(
        &mut self,
        e: &ast::Expr,
        op: Operator,
        xe: &ast::Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        match op {
            Operator::And => {
                if let AK::CompositeLit { .. } = &xe.unparen().kind {
                    let elem_hint = hint.and_then(|h| {
                        if self.prog.types.is_pointer(h) {
                            Some(self.prog.types.elem(h))
                        } else {
                            None
                        }
                    });
                    let x = self.value(xe, elem_hint);
                    if x.is_invalid() {
                        return Operand::invalid(e.pos, e.go_start());
                    }
                    let pty = self.types().pointer(x.ty);
                    return self.operand(
                        Mode::Value,
                        pty,
                        ExprKind::PtrLit(Box::new(x.expr)),
                        e.pos,
                        e,
                    );
                }
                let x = self.value(xe, None);
                if x.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                if !matches!(x.mode, Mode::Variable) {
                    self.error(
                        x.start,
                        format!(
                            "invalid operation: cannot take address of {}",
                            self.operand_desc(&x)
                        ),
                    );
                    return Operand::invalid(e.pos, e.go_start());
                }
                self.mark_addrtaken(&x.expr);
                let pty = self.types().pointer(x.ty);
                self.operand(Mode::Value, pty, ExprKind::Addr(Box::new(x.expr)), e.pos, e)
            }
            Operator::Mul => {
                let x = self.expr(xe, None);
                if x.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                if let Mode::TypeExpr = x.mode {
                    let pty = self.types().pointer(x.ty);
                    return self.operand(Mode::TypeExpr, pty, ExprKind::Type, e.pos, e);
                }
                let x = self.single_value(x);
                if x.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                if x.is_nil() {
                    self.error(x.start, "invalid operation: cannot indirect nil");
                    return Operand::invalid(e.pos, e.go_start());
                }
                if !self.prog.types.is_pointer(x.ty) {
                    self.error(
                        x.start,
                        format!(
                            "invalid operation: cannot indirect {}",
                            self.operand_desc(&x)
                        ),
                    );
                    return Operand::invalid(e.pos, e.go_start());
                }
                let elem = self.prog.types.elem(x.ty);
                self.operand(
                    Mode::Variable,
                    elem,
                    ExprKind::Deref(Box::new(x.expr)),
                    e.pos,
                    e,
                )
            }
            Operator::Recv => {
                let x = self.value(xe, None);
                if x.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                match self.prog.types.under(x.ty).clone() {
                    Type::Chan { dir, elem } => {
                        if dir == ast::ChanDir::Send {
                            self.error(
                                x.start,
                                format!("invalid operation: cannot receive from send-only channel {} {}", self.tstr(x.ty), self.operand_desc(&x)),
                            );
                            return Operand::invalid(e.pos, e.go_start());
                        }
                        self.operand(
                            Mode::CommaOk,
                            elem,
                            ExprKind::Recv(Box::new(x.expr)),
                            e.pos,
                            e,
                        )
                    }
                    _ => {
                        self.error(
                            x.start,
                            format!(
                                "invalid operation: cannot receive from non-channel {} {}",
                                self.tstr(x.ty),
                                self.operand_desc(&x)
                            ),
                        );
                        Operand::invalid(e.pos, e.go_start())
                    }
                }
            }
            Operator::Tilde => {
                self.unsupported(e.pos, "type constraints");
                Operand::invalid(e.pos, e.go_start())
            }
            Operator::Add | Operator::Sub | Operator::Xor | Operator::Not => {
                let x = self.value(xe, None);
                if x.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
                let t = &self.prog.types;
                let ok = match op {
                    Operator::Add | Operator::Sub => t.is_numeric(x.ty),
                    Operator::Xor => t.is_integer(x.ty),
                    _ => t.is_boolean(x.ty),
                };
                if !ok {
                    self.error(
                        x.start,
                        format!(
                            "invalid operation: operator {} not defined on {}",
                            op.as_str(),
                            self.operand_desc(&x)
                        ),
                    );
                    return Operand::invalid(e.pos, e.go_start());
                }
                let uop = match op {
                    Operator::Add => UnOp::Plus,
                    Operator::Sub => UnOp::Neg,
                    Operator::Xor => UnOp::BitNot,
                    _ => UnOp::Not,
                };
                if let Mode::Constant(v) = &x.mode {
                    let r = match (uop, v) {
                        (UnOp::Plus, v) => Ok(v.clone()),
                        (UnOp::Neg, Value::Int(i)) => {
                            i.checked_neg().map(Value::Int).ok_or(ConstError::Overflow)
                        }
                        (UnOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
                        (UnOp::Neg, Value::Rat(r)) => {
                            Ok(Value::Rat(std::sync::Arc::new(-(**r).clone())))
                        }
                        (UnOp::BitNot, Value::Int(i)) => {
                            let b = self.prog.types.basic(x.ty).unwrap_or(Basic::UntypedInt);
                            if b.is_unsigned() {
                                let range = b.int_range().unwrap_or((0, u64::MAX as i128));
                                Ok(Value::Int(constant::wrap_to_range(!i, range)))
                            } else {
                                Ok(Value::Int(!i))
                            }
                        }
                        (UnOp::Not, Value::Bool(b)) => Ok(Value::Bool(!b)),
                        _ => Err(ConstError::Invalid),
                    };
                    return match r {
                        Ok(v) => {
                            let mut op = self.operand(
                                Mode::Constant(v.clone()),
                                x.ty,
                                ExprKind::Const(Box::new(v)),
                                e.pos,
                                e,
                            );
                            self.check_typed_overflow(&mut op);
                            op
                        }
                        Err(_) => {
                            self.unsupported(e.pos, "this constant expression");
                            Operand::invalid(e.pos, e.go_start())
                        }
                    };
                }
                self.operand(
                    Mode::Value,
                    x.ty,
                    ExprKind::Unary {
                        op: uop,
                        x: Box::new(x.expr),
                    },
                    e.pos,
                    e,
                )
            }
            _ => {
                self.error(e.pos, format!("unknown operator {}", op.as_str()));
                Operand::invalid(e.pos, e.go_start())
            }
        }
    }

    /// Typed constants must stay representable after every operation.
    fn check_typed_overflow(&mut self, x: &mut Operand) {
        if self.prog.types.is_untyped(x.ty) {
            return;
        }
        let Some(b) = self.prog.types.basic(x.ty) else {
            return;
        };
        if let Mode::Constant(v) = x.mode.clone() {
            match self.represent(&v, b) {
                Ok(nv) => {
                    x.mode = Mode::Constant(nv.clone());
                    x.expr.kind = ExprKind::Const(Box::new(nv));
                }
                Err(truncated) => {
                    let what = if truncated {
                        "truncated to"
                    } else {
                        "overflows"
                    };
                    self.error(
                        x.start,
                        format!("{} {what} {}", self.operand_desc(x), self.tstr(x.ty)),
                    );
                    x.mode = Mode::Invalid;
                }
            }
        }
    }

    // ---- binary ----

    /// A binary operation; `assign_op` when it is the operation of `x op= y` (types2 then
    /// quotes the statement, not the operation, in messages).
    pub(super) fn binary(
        &mut self,
        e: &ast::Expr,
        op: Operator,
        xe: &ast::Expr,
        ye: &ast::Expr,
        assign_op: bool,
    ) -> Operand {
        let x = self.value(xe, None);
        let y = self.value(ye, None);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e.pos, e.go_start());
        }
        let shown = || format!("{} {}= {}", expr_string(xe), op.as_str(), expr_string(ye));
        let shown: Option<&dyn Fn() -> String> = if assign_op { Some(&shown) } else { None };
        self.binary_operands(e, op, x, y, shown)
    }

    /// A binary operation on checked operands (`e` is the operation's syntax, for
    /// positions and messages; `shown` replaces its text in messages, for `x op= y`).
    pub(super) fn binary_operands(
        &mut self,
        e: &ast::Expr,
        op: Operator,
        mut x: Operand,
        mut y: Operand,
        shown: Option<&dyn Fn() -> String>,
    ) -> Operand {
        if matches!(op, Operator::Shl | Operator::Shr) {
            return self.shift(e, op, x, y);
        }
        // Bring untyped operands to the other operand's type.
        let nils = (x.is_nil(), y.is_nil());
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            let (lt, rt) = (self.tstr(x.ty), self.tstr(y.ty));
            if !x.is_invalid() || !y.is_invalid() {
                let _ = (lt, rt);
            }
            return Operand::invalid(e.pos, e.go_start());
        }
        let t = &self.prog.types;
        let is_cmp = matches!(
            op,
            Operator::Eql
                | Operator::Neq
                | Operator::Lss
                | Operator::Leq
                | Operator::Gtr
                | Operator::Geq
        );
        if is_cmp {
            return self.comparison(e, op, x, y, nils);
        }
        if !t.identical(x.ty, y.ty) {
            let shown = shown.map_or_else(|| expr_string(e), |f| f());
            let msg = format!(
                "invalid operation: {shown} (mismatched types {} and {})",
                self.op_type(&x),
                self.op_type(&y)
            );
            self.error(x.start, msg);
            return Operand::invalid(e.pos, e.go_start());
        }
        let ok = match op {
            Operator::AndAnd | Operator::OrOr => t.is_boolean(x.ty),
            Operator::Add => t.is_numeric(x.ty) || t.is_string(x.ty),
            Operator::Sub | Operator::Mul | Operator::Div => t.is_numeric(x.ty),
            Operator::Rem | Operator::And | Operator::Or | Operator::Xor | Operator::AndNot => {
                t.is_integer(x.ty)
            }
            _ => false,
        };
        if !ok {
            self.error(
                x.start,
                format!(
                    "invalid operation: operator {} not defined on {}",
                    op.as_str(),
                    self.operand_desc(&x)
                ),
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        // Division by a constant zero.
        if matches!(op, Operator::Div | Operator::Rem)
            && let Some(v) = y.const_value()
            && v.is_zero()
            && (x.const_value().is_some() || t.is_integer(x.ty))
        {
            self.error(y.start, "invalid operation: division by zero");
            return Operand::invalid(e.pos, e.go_start());
        }
        if let (Mode::Constant(a), Mode::Constant(b)) = (&x.mode, &y.mode) {
            let int_div = t.is_integer(x.ty) || (x.ty == P::UNTYPED_INT || x.ty == P::UNTYPED_RUNE);
            let finite = |v: &Value| !matches!(v, Value::Float(f) if !f.is_finite());
            let (a_finite, b_finite) = (finite(a), finite(b));
            return match constant::binary_op(op, a, b, int_div) {
                Ok(v) if a_finite && b_finite && !finite(&v) => {
                    // Go computes untyped constants exactly; memsim's are float64.
                    self.unsupported(
                        e.go_start(),
                        "constant arithmetic beyond the range of float64".to_string(),
                    );
                    Operand::invalid(e.pos, e.go_start())
                }
                Ok(v) => {
                    let mut r = self.operand(
                        Mode::Constant(v.clone()),
                        x.ty,
                        ExprKind::Const(Box::new(v)),
                        e.pos,
                        e,
                    );
                    self.check_typed_overflow(&mut r);
                    r
                }
                Err(ConstError::DivisionByZero) => {
                    self.error(y.start, "invalid operation: division by zero");
                    Operand::invalid(e.pos, e.go_start())
                }
                Err(_) => {
                    self.error(e.pos, format!("constant {} overflow", op_name(op)));
                    Operand::invalid(e.pos, e.go_start())
                }
            };
        }
        let ty = x.ty;
        let kind = match op {
            Operator::AndAnd | Operator::OrOr => ExprKind::Logical {
                and: op == Operator::AndAnd,
                x: Box::new(x.expr),
                y: Box::new(y.expr),
            },
            Operator::Add if self.prog.types.is_string(ty) => {
                // Go merges both operands' concatenations into one list: a + (b + c)
                // is one `a + b + c` at the outer operator.
                let mut list = match x.expr.kind {
                    ExprKind::AddStr(l) => l,
                    _ => vec![x.expr],
                };
                match y.expr.kind {
                    ExprKind::AddStr(l) => list.extend(l),
                    _ => list.push(y.expr),
                }
                ExprKind::AddStr(list)
            }
            _ => ExprKind::Binary {
                op,
                x: Box::new(x.expr),
                y: Box::new(y.expr),
            },
        };
        self.operand(Mode::Value, ty, kind, e.pos, e)
    }

    /// Converts the untyped operand of a binary operation to the other's type (types2's
    /// `matchTypes`) when that may succeed (`may_convert`); a conversion that then fails is
    /// reported. Operands left with different types are reported by the caller.
    pub(super) fn match_types(&mut self, x: &mut Operand, y: &mut Operand) {
        if !self.may_convert(x, y) {
            return;
        }
        let yt = y.ty;
        self.convert_untyped(x, yt);
        if x.is_invalid() {
            return;
        }
        let xt = x.ty;
        self.convert_untyped(y, xt);
        if y.is_invalid() {
            x.mode = Mode::Invalid;
        }
    }

    /// types2's `mayConvert`: whether the operands of a binary operation may have matching
    /// types after converting an untyped one to the other's type.
    fn may_convert(&self, x: &Operand, y: &Operand) -> bool {
        let t = &self.prog.types;
        if !t.is_untyped(x.ty) && !t.is_untyped(y.ty) {
            return false;
        }
        // A numeric type only converts to another numeric type.
        if t.is_numeric(x.ty) != t.is_numeric(y.ty) {
            return false;
        }
        // An untyped value may take its default type for an interface.
        if t.is_interface(x.ty) || t.is_interface(y.ty) {
            return true;
        }
        if t.is_boolean(x.ty) != t.is_boolean(y.ty) || t.is_string(x.ty) != t.is_string(y.ty) {
            return false;
        }
        // nil only converts to a type that has nil.
        if x.is_nil() {
            return self.assignable_type(P::UNTYPED_NIL, y.ty) && !y.is_nil();
        }
        if y.is_nil() {
            return self.assignable_type(P::UNTYPED_NIL, x.ty);
        }
        // An untyped operand does not convert to a pointer.
        !(t.is_pointer(x.ty) || t.is_pointer(y.ty))
    }

    /// A comparison (types2's `comparison`). `nils` says which operands were the untyped
    /// `nil` before `match_types` gave it the other operand's type.
    fn comparison(
        &mut self,
        e: &ast::Expr,
        op: Operator,
        mut x: Operand,
        mut y: Operand,
        nils: (bool, bool),
    ) -> Operand {
        if let Some((on_y, cause)) = self.comparison_fault(&x, &y, op, nils) {
            let culprit = if on_y { &y } else { &x };
            self.error(
                culprit.start,
                format!("invalid operation: {} ({cause})", expr_string(e)),
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        if let (Mode::Constant(a), Mode::Constant(b)) = (&x.mode, &y.mode)
            && let Ok(v) = constant::binary_op(op, a, b, true)
        {
            return self.operand(
                Mode::Constant(v.clone()),
                P::UNTYPED_BOOL,
                ExprKind::Const(Box::new(v)),
                e.pos,
                e,
            );
        }
        // Operands of a comparison get their default types; comparing an interface with a
        // concrete value converts the value to the interface type (an allocation site).
        self.default_convert(&mut x);
        self.default_convert(&mut y);
        let (xi, yi) = (
            self.prog.types.is_interface(x.ty),
            self.prog.types.is_interface(y.ty),
        );
        if xi && !yi && !y.is_nil() {
            let t = x.ty;
            self.implicit_convert(&mut y, t);
        } else if yi && !xi && !x.is_nil() {
            let t = y.ty;
            self.implicit_convert(&mut x, t);
        }
        let kind = ExprKind::Binary {
            op,
            x: Box::new(x.expr),
            y: Box::new(y.expr),
        };
        self.operand(Mode::Value, P::UNTYPED_BOOL, kind, e.pos, e)
    }

    /// Why `x op y` is not a valid comparison: whether the fault is with `y` (types2 reports
    /// there, e.g. for mismatched types: only the second operand shows the mismatch) and the
    /// cause. `nils` says which operands were the untyped `nil` before `match_types`.
    pub(super) fn comparison_fault(
        &self,
        x: &Operand,
        y: &Operand,
        op: Operator,
        nils: (bool, bool),
    ) -> Option<(bool, String)> {
        let (x_nil, y_nil) = nils;
        let ordered = matches!(
            op,
            Operator::Lss | Operator::Leq | Operator::Gtr | Operator::Geq
        );
        let assignable = self.comparison_assignable(x, x_nil, y.ty)
            || self.comparison_assignable(y, y_nil, x.ty);
        let (on_y, cause) = if !assignable {
            (
                true,
                Some(format!(
                    "mismatched types {} and {}",
                    self.op_type(x),
                    self.op_type(y)
                )),
            )
        } else if ordered {
            let t = &self.prog.types;
            let is_ordered =
                |ty: TypeId| (t.is_numeric(ty) && !t.is_complex(ty)) || t.is_string(ty);
            if !is_ordered(x.ty) {
                (false, None)
            } else if !is_ordered(y.ty) {
                (true, None)
            } else {
                return None;
            }
        } else if x_nil || y_nil {
            // Comparison against nil requires that the other operand's type has nil.
            let other = if x_nil { y.ty } else { x.ty };
            if (x_nil && y_nil) || !self.assignable_type(P::UNTYPED_NIL, other) {
                (true, None)
            } else {
                return None;
            }
        } else if !self.prog.types.comparable(x.ty) {
            (false, self.incomparable_cause(x.ty))
        } else if !self.prog.types.comparable(y.ty) {
            (true, self.incomparable_cause(y.ty))
        } else {
            return None;
        };
        let cause = cause.unwrap_or_else(|| {
            let ty = match (on_y, x_nil, y_nil) {
                (true, _, true) | (false, true, _) => P::UNTYPED_NIL,
                (true, _, _) => y.ty,
                (false, _, _) => x.ty,
            };
            let what = composite_kind(&self.prog.types, ty)
                .map(str::to_string)
                .unwrap_or_else(|| self.tstr(ty));
            format!("operator {} not defined on {what}", op.as_str())
        });
        Some((on_y, cause))
    }

    /// Whether operand `x` of a comparison is assignable to the other operand's type `t`.
    fn comparison_assignable(&self, x: &Operand, was_nil: bool, t: TypeId) -> bool {
        if was_nil {
            return t == P::UNTYPED_NIL || self.assignable_type(P::UNTYPED_NIL, t);
        }
        let tt = &self.prog.types;
        if !tt.is_untyped(x.ty) || tt.identical(x.ty, t) {
            return self.assignable_type(x.ty, t);
        }
        // An untyped value (types2's implicitTypeAndValue): to another untyped kind only
        // between numbers, to an interface only through its default type (so only to an
        // empty one), to a basic type when it fits.
        if tt.is_untyped(t) {
            return tt.is_numeric(x.ty) && tt.is_numeric(t);
        }
        if tt.is_interface(t) {
            return tt.is_empty_interface(t);
        }
        self.untyped_fits(x, t)
    }

    /// Why values of a type cannot be compared with `==` (types2's `incomparableCause`);
    /// `None` when there is nothing more specific than "operator == not defined".
    fn incomparable_cause(&self, ty: TypeId) -> Option<String> {
        let t = &self.prog.types;
        match t.under(ty) {
            Type::Slice(_) | Type::Map { .. } | Type::Func(_) => Some(format!(
                "{} can only be compared to nil",
                composite_kind(t, ty).unwrap_or("")
            )),
            _ => self.incomparable_reason(ty),
        }
    }

    /// types2's `comparableType(...).format()`: the reason a struct or array type is not
    /// comparable.
    fn incomparable_reason(&self, ty: TypeId) -> Option<String> {
        let t = &self.prog.types;
        match t.under(ty) {
            Type::Struct(fields) => fields
                .iter()
                .find(|f| !t.comparable(f.ty))
                .map(|f| format!("struct containing {} cannot be compared", self.tstr(f.ty))),
            Type::Array { elem, .. } if !t.comparable(*elem) => {
                Some(format!("{} cannot be compared", self.tstr(ty)))
            }
            _ => None,
        }
    }

    fn shift(&mut self, e: &ast::Expr, op: Operator, mut x: Operand, mut y: Operand) -> Operand {
        let t = &self.prog.types;
        // The shifted operand (types2 checks it first): an integer, or an untyped constant
        // representable as one.
        let integral_const = x
            .const_value()
            .is_some_and(|v| v.is_numeric() && v.is_integral());
        if !(t.is_integer(x.ty) || t.is_untyped(x.ty) && integral_const) {
            self.error(
                x.start,
                format!(
                    "invalid operation: shifted operand {} must be integer",
                    self.operand_desc(&x)
                ),
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        // The shift count.
        if let Mode::Constant(v) = &y.mode {
            if v.is_numeric() && v.is_integral() && v.as_int().unwrap_or(0) < 0 {
                self.error(
                    y.start,
                    format!(
                        "invalid operation: negative shift count {}",
                        self.operand_desc(&y)
                    ),
                );
                return Operand::invalid(e.pos, e.go_start());
            }
            if t.is_untyped(y.ty) {
                // Must be representable as a uint.
                self.convert_untyped(&mut y, P::UINT);
                if y.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
            }
        } else if !t.is_integer(y.ty) {
            if t.is_untyped(y.ty) {
                self.convert_untyped(&mut y, P::UINT);
                if y.is_invalid() {
                    return Operand::invalid(e.pos, e.go_start());
                }
            } else {
                self.error(
                    y.start,
                    format!(
                        "invalid operation: shift count {} must be integer",
                        self.operand_desc(&y)
                    ),
                );
                return Operand::invalid(e.pos, e.go_start());
            }
        }
        let t = &self.prog.types;
        // The shifted operand.
        if let Mode::Constant(v) = &x.mode {
            if t.is_untyped(x.ty) && !v.is_integral() {
                self.error(
                    x.start,
                    format!(
                        "invalid operation: shifted operand {} must be integer",
                        self.operand_desc(&x)
                    ),
                );
                return Operand::invalid(e.pos, e.go_start());
            }
            if let Mode::Constant(s) = &y.mode {
                let xi = v.as_int().unwrap_or(0);
                let s = s.as_int().unwrap_or(0) as u64;
                let ty = if x.ty == P::UNTYPED_FLOAT {
                    P::UNTYPED_INT
                } else {
                    x.ty
                };
                return match constant::shift(op == Operator::Shl, xi, s) {
                    Ok(r) => {
                        let v = Value::Int(r);
                        let mut o = self.operand(
                            Mode::Constant(v.clone()),
                            ty,
                            ExprKind::Const(Box::new(v)),
                            e.pos,
                            e,
                        );
                        self.check_typed_overflow(&mut o);
                        o
                    }
                    Err(_) => {
                        self.unsupported(e.pos, "shifted constants beyond 128 bits");
                        Operand::invalid(e.pos, e.go_start())
                    }
                };
            }
            if t.is_untyped(x.ty) {
                // Non-constant shift of an untyped constant: the constant takes the type the
                // context gives (types2 delays this); memsim uses int unless retyped later.
                if x.ty == P::UNTYPED_FLOAT {
                    x.ty = P::UNTYPED_INT;
                    x.expr.ty = P::UNTYPED_INT;
                }
                let kind = ExprKind::Binary {
                    op,
                    x: Box::new(x.expr),
                    y: Box::new(y.expr),
                };
                return self.operand(Mode::Value, P::UNTYPED_INT, kind, e.pos, e);
            }
        }
        if !t.is_integer(x.ty) {
            self.error(
                x.start,
                format!(
                    "invalid operation: shifted operand {} must be integer",
                    self.operand_desc(&x)
                ),
            );
            return Operand::invalid(e.pos, e.go_start());
        }
        let ty = x.ty;
        let kind = ExprKind::Binary {
            op,
            x: Box::new(x.expr),
            y: Box::new(y.expr),
        };
        self.operand(Mode::Value, ty, kind, e.pos, e)
    }

    // ---- composite literals ----

    fn composite_lit(
        &mut self,
        e: &ast::Expr,
        typ: Option<&ast::Expr>,
        elems: &[ast::Expr],
        hint: Option<TypeId>,
    ) -> Operand {
        let (ty, open_array_elem) = match typ {
            Some(ast::Expr {
                kind: AK::ArrayType { len: None, elem },
                ..
            }) => {
                let el = self.resolve_type(elem);
                (el, true)
            }
            Some(t) => (self.resolve_type(t), false),
            None => match hint {
                Some(h) => (h, false),
                None => {
                    self.error(e.go_start(), "missing type in composite literal");
                    for el in elems {
                        let v = match &el.kind {
                            AK::KeyValue { value, .. } => value,
                            _ => el,
                        };
                        let _ = self.expr(v, None);
                    }
                    return Operand::invalid(e.pos, e.go_start());
                }
            },
        };
        if ty == P::INVALID {
            for el in elems {
                let v = match &el.kind {
                    AK::KeyValue { value, .. } => value,
                    _ => el,
                };
                let _ = self.expr(v, None);
            }
            return Operand::invalid(e.pos, e.go_start());
        }
        // An elided `&T` in `[]*T{{...}}`.
        if typ.is_none() && self.prog.types.is_pointer(ty) && !self.prog.types.is_named(ty) {
            let base = self.prog.types.elem(ty);
            let inner = self.composite_lit(e, None, elems, Some(base));
            if inner.is_invalid() {
                return inner;
            }
            let kind = ExprKind::PtrLit(Box::new(inner.expr));
            let mut op = self.operand(Mode::Value, ty, kind, e.pos, e);
            op.expr.implicit = true;
            return op;
        }
        if open_array_elem {
            // Like types2, a literal with bad elements still has its type (the program is
            // invalid, so its IR does not matter).
            let (lit, len) = self.array_elems(elems, ty, None);
            let lit = lit.unwrap_or_default();
            let aty = self.types().array(len, ty);
            return self.operand(
                Mode::Value,
                aty,
                ExprKind::CompLit {
                    kind: CompLitKind::Array(lit),
                    implicit_ddd: false,
                },
                e.pos,
                e,
            );
        }
        let under = self.prog.types.under(ty).clone();
        let kind = match under {
            // A literal with bad elements still has its type (see above).
            Type::Struct(fields) => self
                .struct_elems(e, ty, &fields, elems)
                .unwrap_or(CompLitKind::Struct(Vec::new())),
            Type::Array { len, elem } => {
                let (lit, _) = self.array_elems(elems, elem, Some(len));
                CompLitKind::Array(lit.unwrap_or_default())
            }
            Type::Slice(elem) => {
                let (lit, len) = self.array_elems(elems, elem, None);
                CompLitKind::Slice {
                    elems: lit.unwrap_or_default(),
                    len,
                }
            }
            Type::Map { key, value } => {
                CompLitKind::Map(self.map_elems(elems, key, value).unwrap_or_default())
            }
            _ => {
                // A type used inside its own declaration (`type T [len(T{})]int`).
                if self.report_cycle_through(ty) {
                    return Operand::invalid(e.pos, e.go_start());
                }
                // An element literal with its type elided names the element type.
                let what = if typ.is_some() { "" } else { " element" };
                self.error(
                    e.go_start(),
                    format!("invalid composite literal{what} type {}", self.tstr(ty)),
                );
                return Operand::invalid(e.pos, e.go_start());
            }
        };
        self.operand(
            Mode::Value,
            ty,
            ExprKind::CompLit {
                kind,
                implicit_ddd: false,
            },
            e.pos,
            e,
        )
    }

    fn struct_elems(
        &mut self,
        e: &ast::Expr,
        ty: TypeId,
        fields: &[crate::types::Field],
        elems: &[ast::Expr],
    ) -> Option<CompLitKind> {
        let mut out = Vec::new();
        if elems.is_empty() {
            return Some(CompLitKind::Struct(out));
        }
        let keyed = matches!(elems[0].kind, AK::KeyValue { .. });
        let mut ok = true;
        if keyed {
            let mut seen: Vec<usize> = Vec::new();
            for el in elems {
                let AK::KeyValue { key, value } = &el.kind else {
                    self.error(
                        el.go_start(),
                        "mixture of field:value and value elements in struct literal",
                    );
                    ok = false;
                    let _ = self.expr(el, None);
                    continue;
                };
                let AK::Name(fname) = &key.kind else {
                    self.error(
                        key.go_start(),
                        format!("invalid field name {} in struct literal", expr_string(key)),
                    );
                    ok = false;
                    let _ = self.expr(value, None);
                    continue;
                };
                let Some(fi) = fields.iter().position(|f| &f.name == fname) else {
                    let _ = self.expr(value, None);
                    match self.lookup_field_or_method(ty, fname) {
                        // Go 1.27 accepts promoted fields in struct literals.
                        Selection::Field { .. } => {
                            self.unsupported(key.pos, "promoted fields in struct literals")
                        }
                        _ => {
                            let msg = self.unknown_field_message(ty, fields, fname);
                            self.error(key.pos, msg);
                        }
                    }
                    ok = false;
                    continue;
                };
                if seen.contains(&fi) {
                    self.error(
                        key.pos,
                        format!("duplicate field name {fname} in struct literal"),
                    );
                    ok = false;
                    continue;
                }
                seen.push(fi);
                let fty = fields[fi].ty;
                let mut v = self.value(value, Some(fty));
                self.assignment(&mut v, fty, "struct literal");
                if v.is_invalid() {
                    ok = false;
                    continue;
                }
                out.push((fi, v.expr));
            }
        } else {
            for (i, el) in elems.iter().enumerate() {
                if let AK::KeyValue { value, .. } = &el.kind {
                    self.error(
                        el.go_start(),
                        "mixture of field:value and value elements in struct literal",
                    );
                    ok = false;
                    let _ = self.expr(value, None);
                    continue;
                }
                if i >= fields.len() {
                    self.error(
                        el.go_start(),
                        format!(
                            "too many values in struct literal of type {}",
                            self.tstr(ty)
                        ),
                    );
                    ok = false;
                    break;
                }
                let fty = fields[i].ty;
                let mut v = self.value(el, Some(fty));
                self.assignment(&mut v, fty, "struct literal");
                if v.is_invalid() {
                    ok = false;
                    continue;
                }
                out.push((i, v.expr));
            }
            if ok && elems.len() < fields.len() {
                let rbrace = match &e.kind {
                    AK::CompositeLit { rbrace, .. } => *rbrace,
                    _ => e.pos,
                };
                self.error(
                    rbrace,
                    format!("too few values in struct literal of type {}", self.tstr(ty)),
                );
                ok = false;
            }
        }
        ok.then_some(CompLitKind::Struct(out))
    }

    /// types2's `lookupError` for a struct literal key naming no field of `ty`.
    fn unknown_field_message(
        &self,
        ty: TypeId,
        fields: &[crate::types::Field],
        name: &str,
    ) -> String {
        let base = format!(
            "unknown field {name} in struct literal of type {}",
            self.tstr(ty)
        );
        let lower = name.to_lowercase();
        match fields.iter().find(|f| f.name.to_lowercase() == lower) {
            Some(f) => format!("{base}, but does have {}", f.name),
            None => base,
        }
    }

    /// Elements of an array or slice literal; returns them with the literal's length.
    fn array_elems(
        &mut self,
        elems: &[ast::Expr],
        elem_ty: TypeId,
        len: Option<u64>,
    ) -> (Option<Vec<(u64, Expr)>>, u64) {
        let mut out = Vec::new();
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut ok = true;
        let mut seen = crate::fxhash::HashSet::default();
        for el in elems {
            let value = match &el.kind {
                AK::KeyValue { key, value } => {
                    // types2's `index(key, len)`: a non-negative integer constant below the
                    // length.
                    let mut k = self.value(key, None);
                    if !k.is_invalid() && self.check_index(&mut k, len, false).is_some() {
                        match k.const_value().and_then(Value::as_int) {
                            Some(i) => {
                                index = u64::try_from(i).unwrap_or(u64::MAX);
                                if !seen.insert(index) {
                                    self.error(
                                        el.go_start(),
                                        format!(
                                            "duplicate index {index} in array or slice literal"
                                        ),
                                    );
                                    ok = false;
                                }
                            }
                            None => {
                                self.error(
                                    el.go_start(),
                                    format!("index {} must be integer constant", k.text),
                                );
                                ok = false;
                            }
                        }
                    } else {
                        ok = false;
                    }
                    value.as_ref()
                }
                _ => {
                    if let Some(n) = len
                        && index >= n
                    {
                        self.error(
                            el.go_start(),
                            format!("index {index} is out of bounds (>= {n})"),
                        );
                        ok = false;
                    } else if !seen.insert(index) {
                        self.error(
                            el.go_start(),
                            format!("duplicate index {index} in array or slice literal"),
                        );
                        ok = false;
                    }
                    el
                }
            };
            let mut v = self.value(value, Some(elem_ty));
            self.assignment(&mut v, elem_ty, "array or slice literal");
            if v.is_invalid() {
                ok = false;
            } else {
                out.push((index, v.expr));
            }
            index += 1;
            max = max.max(index);
        }
        (ok.then_some(out), max)
    }

    fn map_elems(
        &mut self,
        elems: &[ast::Expr],
        key_ty: TypeId,
        value_ty: TypeId,
    ) -> Option<Vec<(Expr, Expr)>> {
        let mut out = Vec::new();
        let mut ok = true;
        let mut seen: Vec<(Value, TypeId)> = Vec::new();
        for el in elems {
            let AK::KeyValue { key, value } = &el.kind else {
                self.error(el.go_start(), "missing key in map literal");
                ok = false;
                let _ = self.expr(el, None);
                continue;
            };
            let mut k = self.value(key, Some(key_ty));
            self.assignment(&mut k, key_ty, "map literal");
            if let Some(v) = k.const_value().cloned() {
                // With an interface key type, equal values of different types differ.
                let key_is_iface = self.prog.types.is_interface(key_ty);
                let kty = k.expr.ty;
                let dup = seen.iter().any(|(sv, st)| {
                    same_constant(sv, &v) && (!key_is_iface || self.prog.types.identical(*st, kty))
                });
                if dup {
                    self.error(
                        k.start,
                        format!("duplicate key {} in map literal", v.go_string()),
                    );
                    ok = false;
                    continue;
                }
                seen.push((v, kty));
            }
            let mut v = self.value(value, Some(value_ty));
            self.assignment(&mut v, value_ty, "map literal");
            if k.is_invalid() || v.is_invalid() {
                ok = false;
                continue;
            }
            out.push((k.expr, v.expr));
        }
        ok.then_some(out)
    }

    // ---- function literals ----

    fn func_lit(&mut self, e: &ast::Expr, ft: &ast::FuncType, body: &ast::Block) -> Operand {
        let Some(parent) = self.current_func() else {
            self.error(e.pos, "function literal outside a function");
            return Operand::invalid(e.pos, e.pos);
        };
        let name = self.closure_name(parent);
        let id = self.new_func(name, ir::FuncKind::Closure, e.pos, Some(parent));
        self.declare_signature(id, None, ft);
        let (results, vars): (Vec<TypeId>, Vec<VarId>) = {
            let f = &self.prog.funcs[id.0 as usize];
            (
                f.results
                    .iter()
                    .map(|&v| self.prog.vars[v.0 as usize].ty)
                    .collect(),
                f.params.iter().chain(&f.results).copied().collect(),
            )
        };
        self.fstack.push(FuncCtx {
            func: id,
            scopes: vec![Scope::default()],
            results,
            declared: Vec::new(),
            captured: HashMap::default(),
        });
        for v in vars {
            let (name, pos) = (
                self.prog.vars[v.0 as usize].name.clone(),
                self.prog.vars[v.0 as usize].pos,
            );
            if !name.is_empty() && !name.starts_with('~') {
                self.declare_local(&name, pos, Object::Var(v));
            }
        }
        let stmts = self.block_stmts(&body.stmts);
        if !self.prog.funcs[id.0 as usize].results.is_empty()
            && !self.is_terminating_list(&body.stmts)
        {
            self.error(body.rbrace, "missing return");
        }
        self.report_unused();
        self.fstack.pop();
        self.prog.funcs[id.0 as usize].body = stmts;
        // The enclosing closure uses what this one captures from further out.
        let captures = self.prog.funcs[id.0 as usize].captures.clone();
        for cv in captures {
            let owner = self.prog.vars[cv.var.0 as usize].func;
            if owner != parent
                && let Some(depth) = self.fstack.iter().position(|f| f.func == owner)
            {
                self.record_capture(cv.var, cv.pos, depth);
            }
        }
        let is_capturing = !self.prog.funcs[id.0 as usize].captures.is_empty();
        self.prog.funcs[id.0 as usize].is_capturing = is_capturing;
        let sig = self.prog.funcs[id.0 as usize].sig;
        let mut x = self.operand(Mode::Value, sig, ExprKind::Closure(id), e.pos, e);
        x.type_text = self.signature_text(id, ft).map(TypeText::Text);
        x
    }

    /// Go's closure names: `f.func1` inside a declared function, `f.func1.1` inside a
    /// closure, `glob..func1` at package level.
    pub(super) fn closure_name(&mut self, parent: FuncId) -> String {
        let counter = self.closure_gen.entry(parent).or_insert(0);
        *counter += 1;
        let n = *counter;
        let pf = &self.prog.funcs[parent.0 as usize];
        match pf.kind {
            ir::FuncKind::Closure => format!("{}.{n}", pf.name),
            ir::FuncKind::PackageInit => format!("init.func{n}"),
            _ => format!("{}.func{n}", pf.name),
        }
    }
}

/// The left operand of a non-constant shift inside an untyped expression, which takes the
/// type the expression gets (following types2's `updateExprType`).
fn untyped_shift_operand<'e>(types: &crate::types::TypeTable, e: &'e Expr) -> Option<&'e Expr> {
    if !types.is_untyped(e.ty) || matches!(e.kind, ExprKind::Const(_)) {
        return None;
    }
    match &e.kind {
        ExprKind::Binary {
            op: Operator::Shl | Operator::Shr,
            x,
            ..
        } => Some(x),
        ExprKind::Binary { op, x, y }
            if !matches!(
                op,
                Operator::Eql
                    | Operator::Neq
                    | Operator::Lss
                    | Operator::Leq
                    | Operator::Gtr
                    | Operator::Geq
            ) =>
        {
            untyped_shift_operand(types, x).or_else(|| untyped_shift_operand(types, y))
        }
        ExprKind::Unary { x, .. } => untyped_shift_operand(types, x),
        _ => None,
    }
}

/// Why an untyped constant does not convert to a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ConversionFailure {
    /// Not the same kind of value (a string to a number, nil to an int, ...).
    Incompatible,
    /// A float constant with a fractional part to an integer type.
    Truncated,
    /// A numeric constant outside the type's range.
    Overflow,
}

/// types2's `compositeKind`: `slice`, `map`, ... for composite types, `None` for basic ones.
pub(super) fn composite_kind(types: &crate::types::TypeTable, ty: TypeId) -> Option<&'static str> {
    Some(match types.under(ty) {
        Type::Basic(_) | Type::Named(_) => return None,
        Type::Array { .. } => "array",
        Type::Slice(_) => "slice",
        Type::Struct(_) => "struct",
        Type::Pointer(_) => "pointer",
        Type::Func(_) => "func",
        Type::Interface { .. } => "interface",
        Type::Map { .. } => "map",
        Type::Chan { .. } => "chan",
        Type::Tuple(_) => "tuple",
    })
}

/// Names of an operator for "constant X overflow" messages.
fn op_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "addition",
        Operator::Sub => "subtraction",
        Operator::Mul => "multiplication",
        Operator::Xor => "bitwise XOR",
        Operator::Shl => "shift",
        _ => "operation",
    }
}

/// The signature of an imported function as types2 prints it (with parameter names).
fn imported_signature_text(f: ir::ImportedFunc) -> &'static str {
    use ir::ImportedFunc::*;
    match f {
        FmtPrintln | FmtPrint => "func(a ...any) (n int, err error)",
        FmtPrintf => "func(format string, a ...any) (n int, err error)",
        FmtSprint | FmtSprintln => "func(a ...any) string",
        FmtSprintf => "func(format string, a ...any) string",
        FmtErrorf => "func(format string, a ...any) error",
        ErrorsNew => "func(text string) error",
        RuntimeGC | RuntimeGosched => "func()",
        RuntimeNumGoroutine => "func() int",
        RuntimeReadMemStats => "func(m *runtime.MemStats)",
        DebugSetMaxStack => "func(bytes int) int",
        RuntimeMemequal => "func(x unsafe.Pointer, y unsafe.Pointer, size uintptr) bool",
        RuntimeEfaceeq => "func(typ *uintptr, x unsafe.Pointer, y unsafe.Pointer) (ret bool)",
        RuntimeIfaceeq => "func(tab *uintptr, x unsafe.Pointer, y unsafe.Pointer) (ret bool)",
    }
}

/// Exported names of package fmt (for "memsim does not support" vs "undefined").
const FMT_EXPORTS: &[&str] = &[
    "Append",
    "Appendf",
    "Appendln",
    "Errorf",
    "FormatString",
    "Formatter",
    "Fprint",
    "Fprintf",
    "Fprintln",
    "Fscan",
    "Fscanf",
    "Fscanln",
    "GoStringer",
    "Print",
    "Printf",
    "Println",
    "Scan",
    "ScanState",
    "Scanf",
    "Scanln",
    "Scanner",
    "Sprint",
    "Sprintf",
    "Sprintln",
    "Sscan",
    "Sscanf",
    "Sscanln",
    "State",
    "Stringer",
];

/// Exported names of package errors.
const ERRORS_EXPORTS: &[&str] = &[
    "As",
    "AsType",
    "ErrUnsupported",
    "Is",
    "Join",
    "New",
    "Unwrap",
];

/// Exported names of package runtime/debug (Go 1.27.3's export data).
const DEBUG_EXPORTS: &[&str] = &[
    "BuildInfo",
    "BuildSetting",
    "CrashOptions",
    "FreeOSMemory",
    "GCStats",
    "Module",
    "ParseBuildInfo",
    "PrintStack",
    "ReadBuildInfo",
    "ReadGCStats",
    "SetCrashOutput",
    "SetGCPercent",
    "SetMaxStack",
    "SetMaxThreads",
    "SetMemoryLimit",
    "SetPanicOnFault",
    "SetTraceback",
    "Stack",
    "WriteHeapDump",
];

/// Unexported names that runtime/debug's export data holds all the same (its body-less
/// functions, implemented in package runtime): `debug.setMaxStack` is "not exported", not
/// "undefined".
const DEBUG_UNEXPORTED: &[&str] = &[
    "freeOSMemory",
    "setGCPercent",
    "setMaxStack",
    "setMaxThreads",
    "setMemoryLimit",
    "setPanicOnFault",
];

/// Exported names of package runtime (for "memsim does not support" vs "undefined").
const RUNTIME_EXPORTS: &[&str] = &[
    "AddCleanup",
    "BlockProfile",
    "BlockProfileRecord",
    "Breakpoint",
    "CPUProfile",
    "Caller",
    "Callers",
    "CallersFrames",
    "Cleanup",
    "Compiler",
    "Error",
    "Frame",
    "Frames",
    "Func",
    "FuncForPC",
    "GC",
    "GOARCH",
    "GOMAXPROCS",
    "GOOS",
    "GOROOT",
    "Goexit",
    "GoroutineProfile",
    "Gosched",
    "KeepAlive",
    "LockOSThread",
    "MemProfile",
    "MemProfileRate",
    "MemProfileRecord",
    "MemStats",
    "MutexProfile",
    "NumCPU",
    "NumCgoCall",
    "NumGoroutine",
    "PanicNilError",
    "Pinner",
    "ReadMemStats",
    "ReadTrace",
    "SetBlockProfileRate",
    "SetCPUProfileRate",
    "SetDefaultGOMAXPROCS",
    "SetFinalizer",
    "SetMutexProfileFraction",
    "Stack",
    "StackRecord",
    "StartTrace",
    "StopTrace",
    "ThreadCreateProfile",
    "TypeAssertionError",
    "UnlockOSThread",
    "Version",
];
