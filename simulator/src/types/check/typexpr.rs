//! Type expressions: `[]*T`, `map[string]int`, `struct{ ... }`, `func(int) error`, ...

use super::*;
use crate::syntax::ast::ExprKind as AK;
use crate::types::{Field, IMethod, PosIgnored, Type};

impl Checker<'_> {
    /// Resolves a type expression; reports and returns `INVALID` on error.
    pub(super) fn resolve_type(&mut self, e: &ast::Expr) -> TypeId {
        if !self.enter(e.pos) {
            self.leave();
            return P::INVALID;
        }
        let t = self.resolve_type_inner(e);
        self.leave();
        t
    }

    fn resolve_type_inner(&mut self, e: &ast::Expr) -> TypeId {
        match &e.kind {
            AK::Name(name) if name == "_" => {
                self.error(e.pos, "cannot use _ as value or type");
                P::INVALID
            }
            AK::Name(name) => match self.lookup(name, e.pos) {
                Some(Object::TypeName(t)) => t,
                Some(Object::Invalid) => P::INVALID,
                Some(Object::Unsupported(what)) => {
                    self.unsupported(e.pos, what);
                    P::INVALID
                }
                Some(obj) => {
                    if let Object::Var(v) = obj {
                        self.mark_used(v);
                    }
                    let kind = self.object_kind(&obj);
                    self.error(e.pos, format!("{name} ({kind}) is not a type"));
                    P::INVALID
                }
                None => {
                    self.error(e.pos, format!("undefined: {name}"));
                    P::INVALID
                }
            },
            AK::Paren(x) => self.resolve_type(x),
            AK::Unary {
                op: ast::Operator::Mul,
                x,
            } => {
                let elem = self.resolve_type(x);
                if elem == P::INVALID {
                    return P::INVALID;
                }
                self.types().pointer(elem)
            }
            AK::SliceType { elem } => {
                let elem = self.resolve_type(elem);
                if elem == P::INVALID {
                    return P::INVALID;
                }
                self.types().slice(elem)
            }
            AK::ArrayType { len, elem } => {
                let Some(len) = len else {
                    self.error(
                        e.pos,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    return P::INVALID;
                };
                let n = self.array_length(len);
                let elem = self.resolve_type(elem);
                match n {
                    Some(n) if elem != P::INVALID => self.types().array(n, elem),
                    _ => P::INVALID,
                }
            }
            AK::MapType { key, value } => {
                let k = self.resolve_type(key);
                let v = self.resolve_type(value);
                if k == P::INVALID || v == P::INVALID {
                    return P::INVALID;
                }
                // Comparability of a named key type may not be known yet: it is checked once
                // the package's types are resolved.
                if self
                    .prog
                    .types
                    .named_info(k)
                    .is_some_and(|i| i.underlying.is_none())
                {
                    self.deferred_map_keys.push((k, key.go_start()));
                } else if self.prog.types.underlying(k) != P::INVALID
                    && !self.prog.types.comparable(k)
                {
                    self.error(
                        key.go_start(),
                        format!("invalid map key type {}", self.tstr(k)),
                    );
                    return P::INVALID;
                }
                self.types().map(k, v)
            }
            AK::ChanType { dir, elem } => {
                let elem = self.resolve_type(elem);
                if elem == P::INVALID {
                    return P::INVALID;
                }
                self.types().chan(*dir, elem)
            }
            AK::FuncType(ft) => self.func_type(ft),
            AK::StructType { fields } => self.struct_type(fields),
            AK::InterfaceType { elems } => self.interface_type(elems),
            AK::Selector { x, sel } => {
                if let AK::Name(pkg) = &x.kind
                    && let Some(i) = self.imports.iter().position(|imp| &imp.name == pkg)
                    && !self.shadowed_locally(pkg)
                {
                    self.imports[i].used = true;
                    if let Some(p) = self.imports[i].package
                        && let Some(t) = self.package_type(p, &sel.name)
                    {
                        return t;
                    }
                    // Names the package does not export are undefined; the others are types
                    // (or values) memsim does not model.
                    if let Some(msg) = self.undefined_in_package(i, e, &sel.name) {
                        self.error(sel.pos, msg);
                    } else {
                        self.unsupported(e.go_start(), format!("the type {pkg}.{}", sel.name));
                    }
                    return P::INVALID;
                }
                let x = self.expr(x, None);
                if !x.is_invalid() {
                    self.error(
                        sel.pos,
                        format!("{} is not a type", crate::syntax::printer::expr_string(e)),
                    );
                }
                P::INVALID
            }
            AK::Index { x, index } => {
                // memsim's programs have no generic types (their declarations are unsupported).
                let t = self.resolve_type(x);
                if t != P::INVALID {
                    let msg =
                        self.not_generic_message(&crate::syntax::printer::expr_string(x), index, t);
                    self.error(x.go_start(), msg);
                }
                P::INVALID
            }
            AK::DotsType { .. } => {
                self.error(e.pos, "invalid use of ...");
                P::INVALID
            }
            AK::Bad => P::INVALID,
            _ => {
                self.error(
                    e.go_start(),
                    format!("{} is not a type", crate::syntax::printer::expr_string(e)),
                );
                P::INVALID
            }
        }
    }

    /// The constant length of an array type.
    fn array_length(&mut self, len: &ast::Expr) -> Option<u64> {
        // A name must denote a constant (types2 suspects a missing type constraint otherwise).
        if let AK::Name(name) = &len.kind {
            match self.lookup_quietly(name) {
                None => {
                    self.error(
                        len.pos,
                        format!("undefined array length {name} or missing type constraint"),
                    );
                    return None;
                }
                Some(Object::Const { .. } | Object::Iota) => {}
                Some(_) => {
                    self.error(len.pos, format!("invalid array length {name}"));
                    return None;
                }
            }
        }
        let x = self.expr(len, None);
        if x.is_invalid() {
            return None;
        }
        let Mode::Constant(v) = &x.mode else {
            self.error(
                x.start,
                format!("array length {} must be constant", self.operand_desc(&x)),
            );
            return None;
        };
        let t = &self.prog.types;
        if (t.is_untyped(x.ty) || t.is_integer(x.ty))
            && let Some(n) = v.as_int().filter(|_| v.is_integral())
            && n >= 0
            && n <= i64::MAX as i128
        {
            return Some(n as u64);
        }
        let msg = if t.is_integer(x.ty) {
            "invalid array length"
        } else {
            "array length"
        };
        let tail = if t.is_integer(x.ty) {
            ""
        } else {
            " must be integer"
        };
        self.error(x.start, format!("{msg} {}{tail}", self.operand_desc(&x)));
        None
    }

    /// What kind of object a name denotes, as types2's `objectKind` says it.
    pub(super) fn object_kind(&self, obj: &Object) -> &'static str {
        match obj {
            Object::Const { .. } | Object::Iota => "constant",
            Object::TypeName(_) => "defined type",
            Object::Var(v) => {
                let var = &self.prog.vars[v.0 as usize];
                let is_recv = self
                    .prog
                    .funcs
                    .get(var.func.0 as usize)
                    .is_some_and(|f| f.recv == Some(*v));
                match var.class {
                    _ if is_recv => "receiver",
                    ir::VarClass::Param => "parameter",
                    ir::VarClass::Result => "result variable",
                    _ => "local variable",
                }
            }
            Object::Global(_) => "package-level variable",
            Object::Func(_) => "function",
            Object::Builtin(_) => "built-in function",
            Object::Package(_) => "package name",
            Object::Nil => "untyped nil",
            Object::Invalid | Object::Unsupported(_) => "unknown symbol",
        }
    }

    /// `func(params) results` as a type.
    pub(super) fn func_type(&mut self, ft: &ast::FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        let n = ft.params.len();
        for (i, p) in ft.params.iter().enumerate() {
            let t = match &p.typ.kind {
                AK::DotsType { elem } => {
                    if i + 1 != n {
                        self.error(p.typ.pos, "can only use ... with final parameter in list");
                    }
                    variadic = true;
                    let e = self.resolve_type(elem);
                    self.types().slice(e)
                }
                _ => self.resolve_type(&p.typ),
            };
            params.push(t);
        }
        let results: Vec<TypeId> = ft
            .results
            .iter()
            .map(|r| self.resolve_type(&r.typ))
            .collect();
        self.types().func(params, results, variadic)
    }

    fn struct_type(&mut self, fields: &[ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: HashMap<Name, Pos> = HashMap::default();
        for f in fields {
            let ty = self.resolve_type(&f.typ);
            let (name, pos, embedded) = match &f.name {
                Some(n) => (n.name.clone(), n.pos, false),
                None => {
                    // Embedded field: T or *T; the field name is the type name.
                    let base = match &f.typ.unparen().kind {
                        AK::Unary {
                            op: ast::Operator::Mul,
                            x,
                        } => x.unparen(),
                        _ => f.typ.unparen(),
                    };
                    let name = match &base.kind {
                        AK::Name(n) => n.clone(),
                        AK::Selector { sel, .. } => sel.name.clone(),
                        _ => {
                            self.error(f.typ.go_start(), "invalid embedded field type");
                            continue;
                        }
                    };
                    if ty != P::INVALID {
                        let t = &self.prog.types;
                        let elem = if t.is_pointer(ty) && !t.is_named(ty) {
                            t.elem(ty)
                        } else {
                            ty
                        };
                        if (t.is_pointer(elem) && !t.is_named(elem))
                            || (t.is_named(elem) && t.is_pointer(t.underlying(elem)))
                        {
                            self.error(f.typ.go_start(), "embedded field type cannot be a pointer");
                        } else if t.is_pointer(ty) && t.is_interface(elem) {
                            self.error(
                                f.typ.go_start(),
                                "embedded field type cannot be a pointer to an interface",
                            );
                        }
                    }
                    (name, base.pos, true)
                }
            };
            if name != "_" {
                if let Some(&prev) = seen.get(&name) {
                    self.error(
                        pos,
                        format!("{name} redeclared\n\t{prev}: other declaration of {name}"),
                    );
                    continue;
                }
                seen.insert(name.clone(), pos);
            }
            out.push(Field {
                name,
                ty,
                embedded,
                pos: PosIgnored(pos),
            });
        }
        if out.iter().any(|f| f.ty == P::INVALID) {
            return P::INVALID;
        }
        self.types().intern(Type::Struct(out))
    }

    fn interface_type(&mut self, elems: &[ast::Field]) -> TypeId {
        let mut methods: Vec<IMethod> = Vec::new();
        let mut positions: HashMap<Name, Pos> = HashMap::default();
        for el in elems {
            match &el.name {
                Some(n) => {
                    let AK::FuncType(ft) = &el.typ.kind else {
                        continue;
                    };
                    let sig = self.func_type(ft);
                    let field_names = |fields: &[ast::Field]| -> Vec<(Name, Pos)> {
                        fields
                            .iter()
                            .map(|f| match &f.name {
                                Some(n) => (n.name.clone(), n.pos),
                                None => (Name::default(), f.typ.start_pos()),
                            })
                            .collect()
                    };
                    let names = generated::ParamNames {
                        params: field_names(&ft.params),
                        results: field_names(&ft.results),
                    };
                    self.imethod_params
                        .entry((sig, n.name.clone()))
                        .or_insert(names);
                    if let Some(prev) = positions.get(&n.name) {
                        self.error(
                            n.pos,
                            format!(
                                "duplicate method {}\n\t{}: other declaration of method {}",
                                n.name, prev, n.name
                            ),
                        );
                        continue;
                    }
                    positions.insert(n.name.clone(), n.pos);
                    methods.push(IMethod {
                        name: n.name.clone(),
                        sig,
                    });
                }
                None => {
                    if matches!(
                        el.typ.kind,
                        AK::Binary {
                            op: ast::Operator::Or,
                            ..
                        } | AK::Unary {
                            op: ast::Operator::Tilde,
                            ..
                        }
                    ) {
                        self.unsupported(el.typ.go_start(), "type constraints");
                        continue;
                    }
                    let t = self.resolve_type(&el.typ);
                    if t == P::INVALID {
                        continue;
                    }
                    if self.report_cycle_through(t) {
                        continue;
                    }
                    if !self.prog.types.is_interface(t) {
                        if self.prog.types.underlying(t) == P::INVALID {
                            continue;
                        }
                        self.unsupported(el.typ.go_start(), "type constraints");
                        continue;
                    }
                    for m in self.prog.types.interface_methods(t).to_vec() {
                        if let Some(existing) = methods.iter().find(|x| x.name == m.name) {
                            if !self.prog.types.identical(existing.sig, m.sig) {
                                self.error(
                                    el.typ.go_start(),
                                    format!("duplicate method {}", m.name),
                                );
                            }
                            continue;
                        }
                        methods.push(m);
                    }
                }
            }
        }
        sort_methods(&mut methods);
        self.types().intern(Type::Interface {
            methods,
            any: false,
        })
    }

    /// How types2 prints the type of function `func` declared with signature `ft` when its
    /// parameters or results are named (`func(s string) (n int)`); `None` when unnamed (the
    /// type's own text is then the same).
    pub(super) fn signature_text(&self, func: FuncId, ft: &ast::FuncType) -> Option<String> {
        self.func_type_text(ft, self.prog.funcs.get(func.0 as usize)?.sig)
    }

    /// How types2 prints the type written as `te` (resolved to `ty`) when that differs from
    /// the type's own text: function types keep their parameter names. `None` otherwise.
    pub(super) fn type_expr_text(&self, te: &ast::Expr, ty: TypeId) -> Option<String> {
        match &te.unparen().kind {
            AK::FuncType(ft) => self.func_type_text(ft, ty),
            _ => None,
        }
    }

    /// [`Checker::type_expr_text`] of a function type `ft` resolved to signature `sig`.
    fn func_type_text(&self, ft: &ast::FuncType, sig_ty: TypeId) -> Option<String> {
        let t = &self.prog.types;
        let sig = t.signature(sig_ty)?;
        let item = |field: &ast::Field, ty: TypeId, dots: bool| {
            let ty = if dots {
                format!("...{}", self.tstr(t.elem(ty)))
            } else {
                self.type_expr_text(&field.typ, ty)
                    .unwrap_or_else(|| self.tstr(ty))
            };
            match &field.name {
                Some(n) => format!("{} {ty}", n.name),
                None => ty,
            }
        };
        let n = sig.params.len();
        let params: Vec<String> = ft
            .params
            .iter()
            .zip(&sig.params)
            .enumerate()
            .map(|(i, (f, &ty))| item(f, ty, sig.variadic && i + 1 == n))
            .collect();
        let mut text = format!("func({})", params.join(", "));
        match (ft.results.as_slice(), sig.results.as_slice()) {
            ([], _) => {}
            ([r], [ty]) if r.name.is_none() => {
                text.push_str(&format!(" {}", item(r, *ty, false)));
            }
            (rs, tys) => {
                let results: Vec<String> = rs
                    .iter()
                    .zip(tys)
                    .map(|(f, &ty)| item(f, ty, false))
                    .collect();
                text.push_str(&format!(" ({})", results.join(", ")));
            }
        }
        (text != self.tstr(sig_ty)).then_some(text)
    }

    /// [`Checker::signature_text`] of a declared function or method.
    pub(super) fn declared_signature_text(&self, func: FuncId) -> Option<String> {
        let decl = *self.func_decl_of.get(&func)?;
        match self.file.decls.get(decl)? {
            ast::Decl::Func(f) => self.signature_text(func, &f.typ),
            _ => None,
        }
    }

    /// Whether constants may have type `t` (booleans, numbers, strings).
    pub(super) fn is_const_type(&self, t: TypeId) -> bool {
        matches!(self.prog.types.under(t), Type::Basic(b) if *b != crate::types::Basic::UntypedNil && *b != crate::types::Basic::Invalid)
    }
}

/// Go's method order: exported names first, then by name.
pub(crate) fn sort_methods(methods: &mut [IMethod]) {
    methods.sort_by(|a, b| {
        let ea = a.name.chars().next().is_some_and(char::is_uppercase);
        let eb = b.name.chars().next().is_some_and(char::is_uppercase);
        eb.cmp(&ea).then_with(|| a.name.cmp(&b.name))
    });
}
