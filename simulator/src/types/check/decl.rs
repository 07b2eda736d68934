//! Package-level declarations: imports, constants, types, variables, functions and methods.
//!
//! Package-level names may be used before they are declared, so they are collected first
//! and resolved on first use (types2's lazy `objDecl`); a name met again while it is being
//! resolved is a cycle. Function bodies are checked after every package-level declaration,
//! in source order. Package variables with initialisers that need code get statements in the
//! synthesized package initialisation function, which Go analyses first.

use super::*;
use crate::ir::{Defn, FuncKind, Stmt, StmtKind, VarClass};
use crate::syntax::ast::{Decl, ExprKind as AK};
use crate::syntax::printer::expr_string;
use crate::types::{Method, Type};

/// One package variable initialisation: `globals... = value`.
#[derive(Clone, Debug)]
pub(crate) struct GlobalInit {
    pub globals: Vec<GlobalId>,
    /// The assignments, each with whether Go lays it out statically (no code, no
    /// diagnostics).
    pub stmts: Vec<(Stmt, bool)>,
    /// Globals this initialiser reads (for initialisation order).
    pub deps: Vec<GlobalId>,
}

impl Checker<'_> {
    /// Checks the whole file.
    pub(super) fn check_package(&mut self) {
        if self.file.package.name != "main" {
            self.unsupported(
                self.file.package.pos,
                format!(
                    "package {} (memsim runs package main only)",
                    self.file.package.name
                ),
            );
            return;
        }
        self.collect_imports();
        self.collect_package_entries();
        // The package initialisation function exists from the start so that package-level
        // initialisers are checked inside a function context; it is dropped when unused.
        let init = self.new_func("init", FuncKind::PackageInit, Pos::NONE, None);
        self.prog.package_init = Some(init);
        // Resolve types first (as types2 does), then methods, then everything else.
        for i in 0..self.pkg_entries.len() {
            if matches!(self.pkg_entries[i].decl, PkgDecl::Type { .. }) {
                self.resolve_pkg_entry(i);
            }
        }
        for (k, pos) in std::mem::take(&mut self.deferred_map_keys) {
            if self.prog.types.underlying(k) != P::INVALID && !self.prog.types.comparable(k) {
                self.error(pos, format!("invalid map key type {}", self.tstr(k)));
            }
        }
        self.collect_methods();
        for i in 0..self.pkg_entries.len() {
            self.resolve_pkg_entry(i);
        }
        self.check_func_bodies();
        self.check_init_cycles_through_functions();
        self.finish_package_init(init);
        if self.diags.is_empty() {
            self.devirtualize();
            let recorded = self.sweep_bodies();
            self.make_generated_functions(&recorded);
        }
        self.check_unused_imports();
        if self.diags.is_empty() {
            self.check_type_sizes();
        }
        if self.prog.main.is_none() && self.diags.is_empty() {
            self.error(Pos::NONE, "function main is undeclared in the main package");
        }
    }

    fn collect_imports(&mut self) {
        for imp in &self.file.imports {
            let package = Package::from_path(&imp.path);
            let name = match (&imp.local_name, package) {
                (Some(n), _) => n.name.to_string(),
                (None, Some(p)) => p.name().to_string(),
                (None, None) => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
            };
            if package.is_none() {
                self.unsupported(
                    imp.path_pos,
                    format!(
                        "importing {:?} (only \"fmt\", \"errors\", \"runtime\" and \"runtime/debug\")",
                        imp.path
                    ),
                );
            }
            if let Some(n) = &imp.local_name
                && (n.name == "." || n.name == "_")
            {
                self.unsupported(n.pos, format!("import {} {:?}", n.name, imp.path));
                continue;
            }
            let pos = imp
                .local_name
                .as_ref()
                .map(|n| n.pos)
                .unwrap_or(imp.path_pos);
            if self.imports.iter().any(|i| i.name == name) {
                self.error(pos, format!("{name} redeclared in this block"));
                continue;
            }
            self.imports.push(ImportInfo {
                package,
                name,
                path: imp.path.clone(),
                pos,
                used: false,
            });
        }
    }

    fn collect_package_entries(&mut self) {
        // Sized once: growing tables of thousands of entries leaves their old copies behind.
        let names: usize = self
            .file
            .decls
            .iter()
            .map(|d| match d {
                Decl::Const(spec) => spec.names.len(),
                Decl::Var(spec) => spec.names.len(),
                Decl::Type(_) | Decl::Func(_) => 1,
            })
            .sum();
        self.pkg_entries.reserve(names);
        self.pkg_scope.reserve(names);
        for (di, d) in self.file.decls.iter().enumerate() {
            match d {
                Decl::Const(spec) => {
                    for (ni, n) in spec.names.iter().enumerate() {
                        self.add_pkg_entry(
                            n,
                            PkgDecl::Const {
                                decl: di,
                                name_index: ni,
                            },
                        );
                    }
                }
                Decl::Var(spec) => {
                    for (ni, n) in spec.names.iter().enumerate() {
                        self.add_pkg_entry(
                            n,
                            PkgDecl::Var {
                                decl: di,
                                name_index: ni,
                            },
                        );
                    }
                }
                Decl::Type(spec) => self.add_pkg_entry(&spec.name, PkgDecl::Type { decl: di }),
                Decl::Func(f) => {
                    if f.recv.is_some() {
                        continue;
                    }
                    if !f.type_params.is_empty() {
                        // Reported at the type parameter list; uses of the name are reported too.
                        self.unsupported(f.typ.pos, "generic functions");
                        // Uses (possibly earlier in the file) are unsupported too.
                        self.add_pkg_entry(&f.name, PkgDecl::Func { decl: di });
                        if let Some(&i) = self.pkg_scope.get(&f.name.name)
                            && self.pkg_entries[i].pos == f.name.pos
                        {
                            self.pkg_entries[i].state =
                                ResolveState::Resolved(Object::Unsupported("generic functions"));
                        }
                        continue;
                    }
                    if f.name.name == "init" {
                        if !f.typ.params.is_empty() || !f.typ.results.is_empty() {
                            self.error(
                                f.name.pos,
                                "func init must have no arguments and no return values",
                            );
                        }
                        // init functions are not declared in the package scope.
                        let id = self.new_func("init", FuncKind::TopLevel, f.name.pos, None);
                        self.declare_signature(id, None, &f.typ);
                        self.prog.user_inits.push(id);
                        self.prog.func_order.push(id);
                        continue;
                    }
                    if f.name.name == "main"
                        && (!f.typ.params.is_empty() || !f.typ.results.is_empty())
                    {
                        self.error(
                            f.name.pos,
                            "func main must have no arguments and no return values",
                        );
                    }
                    self.add_pkg_entry(&f.name, PkgDecl::Func { decl: di });
                }
            }
        }
    }

    fn add_pkg_entry(&mut self, name: &ast::Ident, decl: PkgDecl) {
        if name.is_blank() {
            // Blank package-level names are checked but never found.
            self.pkg_entries.push(PkgEntry {
                name: "_".into(),
                pos: name.pos,
                decl,
                state: ResolveState::Unresolved,
            });
            return;
        }
        if let Some(&prev) = self.pkg_scope.get(&name.name) {
            let prev_pos = self.pkg_entries[prev].pos;
            self.error(
                name.pos,
                format!(
                    "{} redeclared in this block\n\t{}: other declaration of {}",
                    name.name, prev_pos, name.name
                ),
            );
            return;
        }
        if let Some(imp) = self.imports.iter().find(|i| i.name == name.name) {
            let pkg = imp
                .package
                .map_or_else(|| imp.name.clone(), |p| p.name().to_string());
            let msg = format!(
                "{} already declared through import of package {pkg} ({:?})",
                name.name, imp.path
            );
            self.error(name.pos, msg);
            return;
        }
        let i = self.pkg_entries.len();
        self.pkg_entries.push(PkgEntry {
            name: name.name.clone(),
            pos: name.pos,
            decl,
            state: ResolveState::Unresolved,
        });
        self.pkg_scope.insert(name.name.clone(), i);
    }

    /// Resolves package entry `i` (once) and returns what it denotes.
    pub(super) fn resolve_pkg_entry(&mut self, i: usize) -> Object {
        match &self.pkg_entries[i].state {
            ResolveState::Resolved(o) => return o.clone(),
            ResolveState::Resolving => {
                let (name, pos) = (self.pkg_entries[i].name.clone(), self.pkg_entries[i].pos);
                match self.pkg_entries[i].decl {
                    PkgDecl::Type { .. } => {
                        // A named type being resolved is usable (through pointers etc.);
                        // its TypeId was stored before resolution started.
                        if let Some(t) = self.pending_named(i) {
                            return Object::TypeName(t);
                        }
                        self.error(pos, format!("invalid recursive type {name}"));
                    }
                    PkgDecl::Func { .. } => {
                        if let Some(f) = self.pending_func(i) {
                            return Object::Func(f);
                        }
                    }
                    // types2 finds these cycles when it orders initialisations.
                    _ if self.resolving.last() == Some(&i) => self.error(
                        pos,
                        format!("initialization cycle: {name} refers to itself"),
                    ),
                    _ => self.error(pos, format!("initialization cycle for {name}")),
                }
                return Object::Invalid;
            }
            ResolveState::Unresolved => {}
        }
        self.pkg_entries[i].state = ResolveState::Resolving;
        self.resolving.push(i);
        let saved_fstack = std::mem::take(&mut self.fstack);
        let saved_iota = self.iota.take();
        let saved_errpos = self.errpos.take();
        let obj = match self.pkg_entries[i].decl.clone() {
            PkgDecl::Const { decl, name_index } => self.resolve_pkg_const(decl, name_index),
            PkgDecl::Type { decl } => self.resolve_pkg_type(i, decl),
            PkgDecl::Var { decl, name_index } => self.resolve_pkg_var(i, decl, name_index),
            PkgDecl::Func { decl } => self.resolve_pkg_func(i, decl),
        };
        self.fstack = saved_fstack;
        self.iota = saved_iota;
        self.errpos = saved_errpos;
        self.resolving.pop();
        self.pkg_entries[i].state = ResolveState::Resolved(obj.clone());
        obj
    }

    /// TypeIds of named types whose declaration is being resolved.
    fn pending_named(&self, i: usize) -> Option<TypeId> {
        self.pending.get(&i).and_then(|o| {
            if let Object::TypeName(t) = o {
                Some(*t)
            } else {
                None
            }
        })
    }

    /// When `t` is a declared type still being resolved, reports the cycle through it as
    /// types2 does (at the first type of the cycle) and returns true.
    pub(super) fn report_cycle_through(&mut self, t: TypeId) -> bool {
        if self
            .prog
            .types
            .named_info(t)
            .is_none_or(|i| i.underlying.is_some())
        {
            return false;
        }
        let Some(k) = self
            .resolving
            .iter()
            .position(|&i| self.pending_named(i) == Some(t))
        else {
            return false;
        };
        let types_on_cycle = self.resolving[k..]
            .iter()
            .filter(|&&i| matches!(self.pkg_entries[i].decl, PkgDecl::Type { .. }))
            .count();
        let first = self.resolving[k];
        let (name, pos) = (
            self.pkg_entries[first].name.clone(),
            self.pkg_entries[first].pos,
        );
        if types_on_cycle <= 1 {
            self.error(
                pos,
                format!("invalid recursive type: {name} refers to itself"),
            );
        } else {
            self.error(pos, format!("invalid recursive type {name}"));
        }
        true
    }

    fn pending_func(&self, i: usize) -> Option<FuncId> {
        self.pending.get(&i).and_then(|o| {
            if let Object::Func(f) = o {
                Some(*f)
            } else {
                None
            }
        })
    }

    fn resolve_pkg_const(&mut self, decl: usize, name_index: usize) -> Object {
        let Decl::Const(spec) = &self.file.decls[decl] else {
            return Object::Invalid;
        };
        let (typ, values) = self.const_spec_source(spec, decl);
        self.const_value_of(spec, name_index, typ, values)
    }

    /// The type and values a const spec uses (its own, or those of the previous spec in its
    /// group when it omits them).
    fn const_spec_source(
        &self,
        spec: &'_ ast::ConstSpec,
        decl: usize,
    ) -> (Option<ast::Expr>, Vec<ast::Expr>) {
        if !spec.values.is_empty() || spec.typ.is_some() {
            return (spec.typ.clone(), spec.values.clone());
        }
        for d in self.file.decls[..decl].iter().rev() {
            if let Decl::Const(prev) = d {
                if prev.group != spec.group {
                    break;
                }
                if !prev.values.is_empty() {
                    return (prev.typ.clone(), prev.values.clone());
                }
            }
        }
        (None, Vec::new())
    }

    /// Evaluates name `name_index` of a const spec to an object (types2's `constDecl`),
    /// with the spec's `typ` and `values` (its own, or inherited from the previous spec of
    /// its group). The spec's arity is checked with its first name.
    pub(super) fn const_value_of(
        &mut self,
        spec: &ast::ConstSpec,
        name_index: usize,
        typ: Option<ast::Expr>,
        values: Vec<ast::Expr>,
    ) -> Object {
        let name = &spec.names[name_index];
        let inherited = spec.values.is_empty() && spec.typ.is_none() && !values.is_empty();
        if name_index == 0 {
            self.const_arity(spec, &values, inherited);
        }
        let declared = match &typ {
            Some(te) => {
                let t = self.resolve_type(te);
                if t == P::INVALID {
                    return Object::Invalid;
                }
                if !self.is_const_type(t) {
                    self.error(
                        te.go_start(),
                        format!("invalid constant type {}", self.tstr(t)),
                    );
                    return Object::Invalid;
                }
                Some(t)
            }
            None => None,
        };
        let Some(value_expr) = values.get(name_index) else {
            return Object::Invalid;
        };
        let saved = self.iota.replace(spec.iota as i128);
        // Errors in an inherited initialiser are reported at the constant (types2's errpos).
        let saved_errpos = self.errpos;
        if inherited {
            self.errpos = Some(name.pos);
        }
        let x = self.expr(value_expr, None);
        let obj = self.init_const(x, declared);
        self.errpos = saved_errpos;
        self.iota = saved;
        obj
    }

    /// types2's `initConst`: the value must be a constant representable in the declared type.
    fn init_const(&mut self, mut x: Operand, declared: Option<TypeId>) -> Object {
        if x.is_invalid() {
            return Object::Invalid;
        }
        if !matches!(x.mode, Mode::Constant(_)) {
            self.error(
                x.start,
                format!("{} is not constant", self.operand_desc(&x)),
            );
            return Object::Invalid;
        }
        if let Some(t) = declared {
            self.assignment(&mut x, t, "constant declaration");
            if x.is_invalid() {
                return Object::Invalid;
            }
        }
        match x.mode {
            Mode::Constant(val) => Object::Const { ty: x.ty, val },
            _ => Object::Invalid,
        }
    }

    /// types2's `arity` for a const spec: every name needs a value, and no value is left over.
    fn const_arity(&mut self, spec: &ast::ConstSpec, values: &[ast::Expr], inherited: bool) {
        let (l, r) = (spec.names.len(), values.len());
        if l < r {
            let extra = &values[l];
            if inherited {
                let at = spec.names.first().map(|n| n.pos).unwrap_or(extra.pos);
                self.error(at, format!("extra init expr at {}", pos_ref(extra.pos)));
            } else {
                self.error(
                    extra.go_start(),
                    format!("extra init expr {}", expr_string(extra)),
                );
            }
        } else if l > r {
            let missing = &spec.names[r];
            self.error(
                missing.pos,
                format!("missing init expr for {}", missing.name),
            );
        }
    }

    fn resolve_pkg_type(&mut self, entry: usize, decl: usize) -> Object {
        let Decl::Type(spec) = &self.file.decls[decl] else {
            return Object::Invalid;
        };
        if !spec.type_params.is_empty() {
            let bracket = Pos::new(
                spec.name.pos.line,
                spec.name.pos.col + spec.name.name.len() as u32,
            );
            self.unsupported(bracket, "generic types");
            return Object::Unsupported("generic types");
        }
        if spec.alias {
            let t = self.resolve_type(&spec.typ);
            return Object::TypeName(t);
        }
        let named = self
            .prog
            .types
            .new_named(&spec.name.name, spec.name.pos, false);
        self.pending.insert(entry, Object::TypeName(named));
        let u = self.resolve_type(&spec.typ);
        self.pending.remove(&entry);
        let u = if u == P::INVALID { P::INVALID } else { u };
        self.prog.types.set_underlying(named, u);
        self.check_type_cycle(named, spec.name.pos);
        Object::TypeName(named)
    }

    /// Go's size check (`types.CalcSize`), done as types are read after type checking: a
    /// type of 2^50 bytes or more is `larger than address space`, reported at the declaration
    /// (type, package variable or local) that needs its size.
    fn check_type_sizes(&mut self) {
        const MAX_WIDTH: u64 = 1 << 50;
        fn too_large(t: &TypeTable, ty: TypeId, depth: u32) -> Option<TypeId> {
            if depth > 100 || t.size(ty) < MAX_WIDTH {
                return None;
            }
            let inner = match t.under(ty) {
                Type::Array { elem, .. } => too_large(t, *elem, depth + 1),
                Type::Struct(fields) => fields.iter().find_map(|f| too_large(t, f.ty, depth + 1)),
                _ => None,
            };
            Some(inner.unwrap_or(t.underlying(ty)))
        }
        let mut places: Vec<(Pos, TypeId)> = Vec::new();
        for e in &self.pkg_entries {
            match &e.state {
                ResolveState::Resolved(Object::TypeName(t)) => places.push((e.pos, *t)),
                ResolveState::Resolved(Object::Global(g)) => {
                    places.push((e.pos, self.prog.global(*g).ty))
                }
                _ => {}
            }
        }
        for v in &self.prog.vars {
            if v.class == VarClass::Local {
                places.push((v.pos, v.ty));
            }
        }
        places.sort_by_key(|&(p, _)| p);
        if let Some((pos, big)) = places
            .into_iter()
            .find_map(|(p, t)| too_large(&self.prog.types, t, 0).map(|b| (p, b)))
        {
            let text = self.prog.types.compiler_string(big);
            self.error(pos, format!("type {text} larger than address space"));
        }
    }

    /// Reports `invalid recursive type` when a type contains itself by value (types2's
    /// `cycleError`: a shorter message when no other named type is on the cycle).
    pub(super) fn check_type_cycle(&mut self, named: TypeId, pos: Pos) {
        /// Whether `ty` contains `target` by value; `Some(true)` when the path passes
        /// through another named type.
        fn contains(t: &TypeTable, ty: TypeId, target: TypeId, depth: u32) -> Option<bool> {
            if depth > 100 {
                return None;
            }
            if ty == target && depth > 0 {
                return Some(false);
            }
            let via =
                |inner: Option<bool>| inner.map(|other| other || (depth > 0 && t.is_named(ty)));
            match t.under(ty) {
                Type::Array { elem, .. } => via(contains(t, *elem, target, depth + 1)),
                Type::Struct(fields) => fields
                    .iter()
                    .find_map(|f| via(contains(t, f.ty, target, depth + 1))),
                _ => None,
            }
        }
        if let Some(through_other) = contains(&self.prog.types, named, named, 0) {
            let name = self.tstr(named);
            if through_other {
                self.error(pos, format!("invalid recursive type {name}"));
            } else {
                self.error(
                    pos,
                    format!("invalid recursive type: {name} refers to itself"),
                );
            }
            self.prog.types.set_underlying(named, P::INVALID);
        }
    }

    fn resolve_pkg_var(&mut self, entry: usize, decl: usize, name_index: usize) -> Object {
        let Decl::Var(spec) = &self.file.decls[decl] else {
            return Object::Invalid;
        };
        // All names of a spec are resolved together (they may share one call).
        if name_index > 0 {
            let first = entry - name_index;
            let _ = self.resolve_pkg_entry(first);
            return match &self.pkg_entries[entry].state {
                ResolveState::Resolved(o) => o.clone(),
                _ => Object::Invalid,
            };
        }
        let init_fn = self.prog.package_init.unwrap_or(FuncId(0));
        let declared = spec.typ.as_ref().map(|t| self.resolve_type(t));
        let mut globals = Vec::new();
        // Enter the package init function to check initialisers.
        self.fstack.push(FuncCtx {
            func: init_fn,
            scopes: vec![Scope::default()],
            results: vec![],
            declared: vec![],
            captured: HashMap::default(),
        });
        let funcs_before = self.prog.funcs.len();
        let values = self.check_var_values(&spec.names, spec.typ.as_ref(), declared, &spec.values);
        self.fstack.pop();
        // Closures of package-level initialisers are compiled as functions of their own, in
        // the declaration's place.
        for i in funcs_before..self.prog.funcs.len() {
            if self.prog.funcs[i].parent == Some(init_fn) {
                self.pkg_closures.push((decl, FuncId(i as u32)));
            }
        }
        for (i, name) in spec.names.iter().enumerate() {
            let ty = values.types.get(i).copied().unwrap_or(P::INVALID);
            let g = GlobalId(self.prog.globals.len() as u32);
            if let Some(Some(text)) = values.type_texts.get(i) {
                self.global_type_text.insert(g, text.clone());
            }
            self.prog.globals.push(ir::Global {
                name: name.name.clone(),
                pos: name.pos,
                ty,
            });
            globals.push(g);
            let entry_i = entry + i;
            if entry_i < self.pkg_entries.len() && i > 0 {
                self.pkg_entries[entry_i].state = ResolveState::Resolved(Object::Global(g));
            }
        }
        for &g in &globals {
            let deps = values.deps.iter().map(|&d| InitDep::Var(d));
            let deps = deps
                .chain(values.func_deps.iter().map(|&f| InitDep::Func(f)))
                .collect();
            self.init_deps.insert(InitDep::Var(g), deps);
        }
        if let Some(stmt) = values.into_global_init(self, &globals, &spec.names) {
            self.global_inits.push(stmt);
        }
        Object::Global(globals[0])
    }

    fn resolve_pkg_func(&mut self, entry: usize, decl: usize) -> Object {
        let Decl::Func(f) = &self.file.decls[decl] else {
            return Object::Invalid;
        };
        let id = self.new_func(f.name.name.clone(), FuncKind::TopLevel, f.name.pos, None);
        self.pending.insert(entry, Object::Func(id));
        self.declare_signature(id, None, &f.typ);
        self.pending.remove(&entry);
        self.prog.func_order.push(id);
        self.func_decl_of.insert(id, decl);
        if f.name.name == "main" {
            self.prog.main = Some(id);
        }
        Object::Func(id)
    }

    /// Allocates a function.
    pub(super) fn new_func(
        &mut self,
        name: impl Into<Name>,
        kind: FuncKind,
        pos: Pos,
        parent: Option<FuncId>,
    ) -> FuncId {
        let id = FuncId(self.prog.funcs.len() as u32);
        self.prog.funcs.push(ir::Func {
            name: name.into(),
            kind,
            pos,
            sig: P::INVALID,
            recv: None,
            params: Vec::new(),
            results: Vec::new(),
            dcl: Vec::new(),
            captures: Vec::new(),
            body: Vec::new(),
            parent,
            is_capturing: false,
            hidden_params: Vec::new(),
            indexes_fixed: false,
            refs: Vec::new(),
        });
        id
    }

    /// Resolves a signature and creates the receiver, parameter and result variables of
    /// function `id` (Go's declaration order: receiver, parameters, results).
    pub(super) fn declare_signature(
        &mut self,
        id: FuncId,
        recv: Option<(&ast::Field, TypeId)>,
        ft: &ast::FuncType,
    ) {
        let (n_params, n_results) = (ft.params.len(), ft.results.len());
        let mut param_types = Vec::with_capacity(n_params);
        let mut variadic = false;
        let mut params = Vec::with_capacity(n_params);
        // Room for the receiver, parameters, results and a few locals.
        let signature_vars = usize::from(recv.is_some()) + n_params + n_results;
        self.prog.funcs[id.0 as usize]
            .dcl
            .reserve(signature_vars + 4);
        let new_var = |c: &mut Self, name: Name, pos: Pos, ty: TypeId, class: VarClass| {
            let v = VarId(c.prog.vars.len() as u32);
            c.prog.vars.push(ir::Var {
                name,
                pos,
                ty,
                class,
                func: id,
                defn: Defn::None,
                addrtaken: false,
                used: false,
            });
            c.prog.funcs[id.0 as usize].dcl.push(v);
            v
        };
        if let Some((field, ty)) = recv {
            let (name, pos) = match &field.name {
                Some(n) => (n.name.clone(), n.pos),
                None => (Name::default(), field.typ.go_start()),
            };
            let v = new_var(self, name, pos, ty, VarClass::Param);
            self.prog.funcs[id.0 as usize].recv = Some(v);
        }
        let n = ft.params.len();
        for (i, p) in ft.params.iter().enumerate() {
            let ty = match &p.typ.kind {
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
            param_types.push(ty);
            let (name, pos) = match &p.name {
                Some(n) => (n.name.clone(), n.pos),
                None => (Name::default(), p.typ.go_start()),
            };
            let v = new_var(self, name, pos, ty, VarClass::Param);
            if let Some(text) = self.type_expr_text(&p.typ, ty) {
                self.var_type_text.insert(v, text);
            }
            params.push(v);
        }
        let mut result_types = Vec::with_capacity(n_results);
        let mut results = Vec::with_capacity(n_results);
        for (i, r) in ft.results.iter().enumerate() {
            let ty = self.resolve_type(&r.typ);
            if let AK::DotsType { .. } = r.typ.kind {
                self.error(r.typ.pos, "can only use ... with final parameter in list");
            }
            result_types.push(ty);
            let (name, pos) = match &r.name {
                Some(n) if !n.is_blank() => (n.name.clone(), n.pos),
                Some(n) => (result_name(i), n.pos),
                None => (result_name(i), r.typ.go_start()),
            };
            let v = new_var(self, name, pos, ty, VarClass::Result);
            if let Some(text) = self.type_expr_text(&r.typ, ty) {
                self.var_type_text.insert(v, text);
            }
            results.push(v);
        }
        let sig = self.types().func(param_types, result_types, variadic);
        let f = &mut self.prog.funcs[id.0 as usize];
        f.sig = sig;
        f.params = params;
        f.results = results;
    }

    /// Collects method declarations onto their receiver base types.
    fn collect_methods(&mut self) {
        for (di, d) in self.file.decls.iter().enumerate() {
            let Decl::Func(f) = d else { continue };
            let Some(recv) = &f.recv else { continue };
            // Receiver: T or *T with T a named type of this package.
            let (base_expr, pointer) = match &recv.typ.unparen().kind {
                AK::Unary {
                    op: ast::Operator::Mul,
                    x,
                } => (x.unparen(), true),
                _ => (recv.typ.unparen(), false),
            };
            let base_name = match &base_expr.kind {
                AK::Name(n) => n.clone(),
                AK::Index { .. } => {
                    self.unsupported(base_expr.pos, "methods of generic types");
                    continue;
                }
                _ => {
                    // types2 reports at the base type (after one `*`).
                    self.error(
                        base_expr.go_start(),
                        format!("invalid receiver type {}", expr_string(&recv.typ)),
                    );
                    continue;
                }
            };
            let base = match self.pkg_scope.get(&base_name).copied() {
                Some(i) => self.resolve_pkg_entry(i),
                None => match self.universe.get(base_name.as_str()) {
                    Some(Object::TypeName(t)) => {
                        let t = *t;
                        self.error(
                            base_expr.pos,
                            format!(
                                "cannot define new methods on non-local type {}",
                                self.tstr(t)
                            ),
                        );
                        continue;
                    }
                    _ => {
                        self.error(base_expr.pos, format!("undefined: {base_name}"));
                        continue;
                    }
                },
            };
            let Object::TypeName(base_ty) = base else {
                if !matches!(base, Object::Invalid) {
                    let kind = self.object_kind(&base);
                    self.error(base_expr.pos, format!("{base_name} ({kind}) is not a type"));
                }
                continue;
            };
            if !self.prog.types.is_named(base_ty) {
                self.error(base_expr.pos, format!("invalid receiver type {base_name}"));
                continue;
            }
            match self.prog.types.under(base_ty) {
                Type::Pointer(_) => {
                    self.error(
                        base_expr.pos,
                        format!("invalid receiver type {base_name} (pointer or interface type)"),
                    );
                    continue;
                }
                Type::Interface { .. } => {
                    self.error(
                        base_expr.pos,
                        format!("invalid receiver type {base_name} (pointer or interface type)"),
                    );
                    continue;
                }
                _ => {}
            }
            let mname = f.name.name.clone();
            if mname != "_" {
                if let Some(&prev) = self.method_funcs.get(&(base_ty, mname.clone())) {
                    let prev_pos = pos_ref(self.prog.funcs[prev.0 as usize].pos);
                    self.error(
                        f.name.pos,
                        format!("method {base_name}.{mname} already declared at {prev_pos}"),
                    );
                    continue;
                }
                if self
                    .prog
                    .types
                    .struct_fields(base_ty)
                    .iter()
                    .any(|fl| fl.name == mname)
                {
                    self.error(
                        f.name.pos,
                        format!("field and method with the same name {mname}"),
                    );
                    continue;
                }
            }
            let display = if pointer {
                format!("(*{base_name}).{mname}")
            } else {
                format!("{base_name}.{mname}")
            };
            let recv_ty = if pointer {
                self.types().pointer(base_ty)
            } else {
                base_ty
            };
            let id = self.new_func(
                display,
                FuncKind::Method {
                    recv_type: base_ty,
                    pointer,
                },
                f.name.pos,
                None,
            );
            self.declare_signature(id, Some((recv, recv_ty)), &f.typ);
            self.prog.func_order.push(id);
            self.func_decl_of.insert(id, di);
            if mname == "_" {
                continue;
            }
            let sig = self.prog.funcs[id.0 as usize].sig;
            self.method_funcs.insert((base_ty, mname.clone()), id);
            if let Some(info) = self.prog.types.named_info_mut(base_ty) {
                info.add_method(Method {
                    name: mname,
                    func: id.0,
                    pointer_receiver: pointer,
                    sig,
                    pos: f.name.pos,
                });
            }
        }
    }

    /// Checks every function body, in source order.
    fn check_func_bodies(&mut self) {
        // func_order holds top-level functions and methods in resolution order; bodies are
        // checked in source order.
        let mut order: Vec<(usize, FuncId)> = Vec::new();
        for &id in &self.prog.func_order {
            if let Some(&d) = self.func_decl_of.get(&id) {
                order.push((d, id));
            }
        }
        for (idx, &id) in self.prog.user_inits.iter().enumerate() {
            // user inits: find their decl index by position
            let pos = self.prog.funcs[id.0 as usize].pos;
            if let Some(d) = self
                .file
                .decls
                .iter()
                .position(|d| matches!(d, Decl::Func(f) if f.name.pos == pos))
            {
                order.push((d, id));
            }
            let _ = idx;
        }
        order.extend(self.pkg_closures.iter().copied());
        order.sort();
        // Keep func_order in source order too.
        let mut func_order: Vec<FuncId> = order.iter().map(|&(_, id)| id).collect();
        func_order.dedup();
        self.prog.func_order = func_order;
        for (d, id) in order {
            let Decl::Func(f) = &self.file.decls[d] else {
                continue;
            };
            match self.bodies.take(d) {
                Some(body) => {
                    self.check_func_body(id, &body);
                    // The body's syntax tree is done with: free it now (see `check_file`).
                    // Constant conditions are remembered by node address, and freed
                    // addresses may be reused: forget them with the nodes.
                    self.bodies.done_with(body);
                    self.const_bools.clear();
                }
                None => self.unsupported(f.name.pos, "functions without a body"),
            }
        }
    }

    /// Checks the body of function `id` (a declared function or method).
    fn check_func_body(&mut self, id: FuncId, body: &ast::Block) {
        let (globals_before, funcs_before) = (self.global_reads.len(), self.func_refs.len());
        let mut ctx = FuncCtx {
            func: id,
            scopes: vec![self.spare_scopes.pop().unwrap_or_default()],
            results: Vec::new(),
            declared: Vec::new(),
            captured: HashMap::default(),
        };
        let f = &self.prog.funcs[id.0 as usize];
        ctx.results = f
            .results
            .iter()
            .map(|&v| self.prog.vars[v.0 as usize].ty)
            .collect();
        let vars: Vec<VarId> = f
            .recv
            .iter()
            .chain(&f.params)
            .chain(&f.results)
            .copied()
            .collect();
        self.fstack.push(ctx);
        for v in vars {
            let (name, pos) = (
                self.prog.vars[v.0 as usize].name.clone(),
                self.prog.vars[v.0 as usize].pos,
            );
            if !name.is_empty() && !name.starts_with('~') {
                self.declare_local(&name, pos, Object::Var(v));
            }
        }
        // The body shares the parameters' scope (Go reports `x redeclared` for a local
        // shadowing a parameter at the top level of the body).
        let stmts = self.block_stmts(&body.stmts);
        let needs_return = !self.prog.funcs[id.0 as usize].results.is_empty();
        if needs_return && !self.is_terminating_list(&body.stmts) {
            self.error(body.rbrace, "missing return");
        }
        self.report_unused();
        if let Some(ctx) = self.fstack.pop() {
            for scope in ctx.scopes {
                self.recycle_scope(scope);
            }
        }
        self.prog.funcs[id.0 as usize].body = stmts;
        // What the body refers to matters only for the initialisation order of package
        // variables (all declared by now): without any, nothing is kept.
        if self.prog.globals.is_empty() {
            self.global_reads.truncate(globals_before);
            self.func_refs.truncate(funcs_before);
            return;
        }
        let mut deps = Vec::with_capacity(
            self.global_reads.len() - globals_before + self.func_refs.len() - funcs_before,
        );
        deps.extend(self.global_reads.drain(globals_before..).map(InitDep::Var));
        deps.extend(self.func_refs.drain(funcs_before..).map(InitDep::Func));
        self.init_deps.insert(InitDep::Func(id), deps);
    }

    /// types2's `initOrder` for cycles through functions (`var a = f()` with `f` using `a`);
    /// cycles among variables alone are reported when their declarations are resolved.
    /// Functions are eliminated from the dependency graph, variables are processed by their
    /// number of remaining dependencies (then source order), and one still depending on
    /// others is reported when it lies on a cycle.
    fn check_init_cycles_through_functions(&mut self) {
        let deps = |d: &InitDep| self.init_deps.get(d).cloned().unwrap_or_default();
        let mut vars: Vec<InitDep> = self
            .init_deps
            .keys()
            .filter(|d| matches!(d, InitDep::Var(_)))
            .copied()
            .collect();
        vars.sort_by_key(|d| self.init_dep_pos(*d));
        // Variable → variables it depends on, directly or through functions.
        let mut succ: HashMap<InitDep, Vec<InitDep>> = HashMap::default();
        for &v in &vars {
            let mut out = Vec::new();
            let mut funcs_seen = Vec::new();
            let mut stack = deps(&v);
            while let Some(d) = stack.pop() {
                match d {
                    InitDep::Var(_) if !out.contains(&d) => out.push(d),
                    InitDep::Func(_) if !funcs_seen.contains(&d) => {
                        funcs_seen.push(d);
                        stack.extend(deps(&d));
                    }
                    _ => {}
                }
            }
            succ.insert(v, out);
        }
        let mut ndeps: HashMap<InitDep, usize> = succ.iter().map(|(v, s)| (*v, s.len())).collect();
        let mut left = vars.clone();
        let mut reports = Vec::new();
        while !left.is_empty() {
            let Some((i, &n)) = left
                .iter()
                .enumerate()
                .min_by_key(|(_, v)| (ndeps.get(*v).copied().unwrap_or(0), self.init_dep_pos(**v)))
            else {
                break;
            };
            left.remove(i);
            if ndeps.get(&n).copied().unwrap_or(0) > 0
                && let Some(cycle) = self.init_cycle(n)
                && cycle.iter().any(|d| matches!(d, InitDep::Func(_)))
                && let InitDep::Var(g) = n
                && let Some(global) = self.prog.globals.get(g.0 as usize)
            {
                let name = &global.name;
                let msg = if cycle.len() == 1 {
                    format!("initialization cycle: {name} refers to itself")
                } else {
                    format!("initialization cycle for {name}")
                };
                reports.push((global.pos, msg));
            }
            for (p, s) in &succ {
                if s.contains(&n)
                    && let Some(k) = ndeps.get_mut(p)
                {
                    *k = k.saturating_sub(1);
                }
            }
        }
        for (pos, msg) in reports {
            self.error(pos, msg);
        }
    }

    /// Where a variable or function of the dependency graph is declared (its source order).
    fn init_dep_pos(&self, d: InitDep) -> Option<Pos> {
        match d {
            InitDep::Var(g) => self.prog.globals.get(g.0 as usize).map(|g| g.pos),
            InitDep::Func(f) => self.prog.funcs.get(f.0 as usize).map(|f| f.pos),
        }
    }

    /// types2's `findPath` from `from` back to itself through the dependency graph (visiting
    /// dependencies in source order): the objects on the cycle, or `None`.
    fn init_cycle(&self, from: InitDep) -> Option<Vec<InitDep>> {
        fn find(
            c: &Checker<'_>,
            at: InitDep,
            to: InitDep,
            seen: &mut Vec<InitDep>,
            depth: usize,
        ) -> Option<Vec<InitDep>> {
            if seen.contains(&at) || depth > 10_000 {
                return None;
            }
            seen.push(at);
            let mut deps = c.init_deps.get(&at).cloned().unwrap_or_default();
            deps.sort_by_key(|d| c.init_dep_pos(*d));
            deps.dedup();
            for d in deps {
                if d == to {
                    return Some(vec![d]);
                }
                if let Some(mut path) = find(c, d, to, seen, depth + 1) {
                    path.push(d);
                    return Some(path);
                }
            }
            None
        }
        find(self, from, from, &mut Vec::new(), 0)
    }

    /// Reports locals of the current function that were declared and never used.
    pub(super) fn report_unused(&mut self) {
        let Some(f) = self.fstack.last() else { return };
        let mut unused: Vec<(Pos, Name)> = f
            .declared
            .iter()
            .map(|&v| &self.prog.vars[v.0 as usize])
            .filter(|v| {
                v.class == VarClass::Local && !v.used && v.name != "_" && !v.name.is_empty()
            })
            .map(|v| (v.pos, v.name.clone()))
            .collect();
        unused.sort();
        for (pos, name) in unused {
            self.error(pos, format!("declared and not used: {name}"));
        }
    }

    fn check_unused_imports(&mut self) {
        let unused: Vec<(Pos, String, String)> = self
            .imports
            .iter()
            .filter(|i| !i.used && i.package.is_some())
            .map(|i| (i.pos, i.path.clone(), i.name.clone()))
            .collect();
        for (pos, path, name) in unused {
            let elem = path.rsplit('/').next().unwrap_or(&path).to_string();
            if name == elem {
                self.error(pos, format!("{path:?} imported and not used"));
            } else {
                self.error(pos, format!("{path:?} imported as {name} and not used"));
            }
        }
    }

    /// Builds the body of the package initialisation function from the initialisers that
    /// need code, in initialisation order.
    fn finish_package_init(&mut self, init: FuncId) {
        let inits = std::mem::take(&mut self.global_inits);
        // Go initialises package variables in declaration order, except that a variable is
        // initialised after the variables its initialiser depends on.
        let mut done = vec![false; inits.len()];
        let mut order = Vec::new();
        fn visit(
            i: usize,
            inits: &[GlobalInit],
            done: &mut Vec<bool>,
            order: &mut Vec<usize>,
            depth: usize,
        ) {
            if done[i] || depth > inits.len() {
                return;
            }
            done[i] = true;
            for dep in &inits[i].deps {
                if let Some(j) = inits.iter().position(|g| g.globals.contains(dep)) {
                    visit(j, inits, done, order, depth + 1);
                }
            }
            order.push(i);
        }
        for i in 0..inits.len() {
            visit(i, &inits, &mut done, &mut order, 0);
        }
        let mut body = Vec::new();
        let mut any_code = false;
        for i in order {
            let gi = &inits[i];
            self.prog
                .global_init_order
                .extend(gi.globals.iter().copied());
            for (stmt, is_static) in &gi.stmts {
                any_code |= !is_static;
                self.init_stmts.push(stmt.clone());
                if *is_static {
                    self.prog.static_inits.push(stmt.clone());
                } else {
                    body.push(stmt.clone());
                }
            }
        }
        self.prog.funcs[init.0 as usize].body = body;
        if any_code {
            self.prog.func_order.insert(0, init);
        }
    }
}

/// The checked right-hand sides of a `var` spec.
pub(super) struct VarValues {
    pub types: Vec<TypeId>,
    /// How types2 prints each variable's type when that is not the type's own text.
    pub type_texts: Vec<Option<String>>,
    /// Converted values, one per name (or one multi-value call).
    pub values: Vec<Expr>,
    pub call: bool,
    pub deps: Vec<GlobalId>,
    /// Functions and methods the values refer to (for initialization cycles).
    pub func_deps: Vec<FuncId>,
    pub pos: Pos,
}

impl VarValues {
    fn into_global_init(
        self,
        c: &mut Checker<'_>,
        globals: &[GlobalId],
        names: &[ast::Ident],
    ) -> Option<GlobalInit> {
        if self.values.is_empty() {
            return None;
        }
        let lhs: Vec<Expr> = globals
            .iter()
            .zip(names)
            .map(|(&g, n)| Expr::new(ExprKind::Global(g), c.prog.globals[g.0 as usize].ty, n.pos))
            .collect();
        let mut stmts = Vec::new();
        if self.call {
            let id = c.prog.new_stmt_id();
            let stmt = Stmt::new(
                StmtKind::AssignList {
                    id,
                    kind: ir::AssignListKind::Call,
                    lhs,
                    rhs: self.values,
                    define: false,
                },
                self.pos,
            );
            stmts.push((stmt, false));
        } else {
            // Each variable is initialised on its own, statically when Go can.
            for (l, mut r) in lhs.into_iter().zip(self.values) {
                let plan = static_assign(&c.prog, &mut r);
                let id = c.prog.new_stmt_id();
                let stmt = Stmt::new(
                    StmtKind::Assign {
                        id,
                        lhs: l,
                        rhs: Some(Box::new(r)),
                        define: false,
                    },
                    self.pos,
                );
                stmts.push((stmt, plan == Some(true)));
            }
        }
        Some(GlobalInit {
            globals: globals.to_vec(),
            stmts,
            deps: self.deps,
        })
    }
}

/// Go's static initialisation (`staticinit.StaticAssign`) of a package variable's value:
/// `Some(true)` when the value is laid out entirely at compile time (no code, no
/// diagnostics), `Some(false)` when it is laid out statically except for some operands
/// evaluated by the package initialisation function, `None` when it is all code. Nodes laid
/// out statically are marked `static_data` (escape analysis sees them as global storage).
pub(crate) fn static_assign(prog: &Program, e: &mut Expr) -> Option<bool> {
    if let ExprKind::Conv(_) = e.kind
        && let ExprKind::Conv(x) = &mut e.kind
        && crate::escape::is_nop_conversion(prog, x.ty, e.ty)
    {
        return static_assign(prog, x);
    }
    match &mut e.kind {
        ExprKind::Nil | ExprKind::Func(_) => Some(true),
        ExprKind::Const(_) => Some(true),
        // A name is copied statically or assigned by code (no allocation either way).
        ExprKind::Var(_) | ExprKind::Global(_) => Some(false),
        ExprKind::Addr(x) if matches!(x.kind, ExprKind::Global(_)) => Some(true),
        ExprKind::PtrLit(x) => {
            if !matches!(x.kind, ExprKind::CompLit { .. }) {
                return None;
            }
            e.static_data = true;
            Some(static_assign(prog, x) == Some(true))
        }
        ExprKind::CompLit { kind, .. } => {
            let elems: Vec<&mut Expr> = match kind {
                ir::CompLitKind::Map(_) => return None,
                ir::CompLitKind::Struct(fs) => fs.iter_mut().map(|(_, v)| v).collect(),
                ir::CompLitKind::Array(es) | ir::CompLitKind::Slice { elems: es, .. } => {
                    es.iter_mut().map(|(_, v)| v).collect()
                }
            };
            let mut all = true;
            for v in elems {
                if matches!(v.kind, ExprKind::Const(_) | ExprKind::Nil) {
                    continue;
                }
                if static_assign(prog, v) != Some(true) {
                    all = false;
                }
            }
            e.static_data = true;
            Some(all)
        }
        ExprKind::StrConv {
            x,
            kind: ir::StrConvKind::StringToBytes,
        } if matches!(x.kind, ExprKind::Const(_)) => {
            e.static_data = true;
            Some(true)
        }
        ExprKind::Closure(f) => prog.func(*f).captures.is_empty().then_some(true),
        ExprKind::ToInterface(x) => {
            let r = if matches!(x.kind, ExprKind::ToInterface(_)) {
                static_assign(prog, x)
            } else if prog.types.is_interface(x.ty) {
                // An interface value can be laid out only when it is nil.
                return matches!(x.kind, ExprKind::Nil).then_some(true);
            } else if matches!(x.kind, ExprKind::Nil) {
                Some(true)
            } else {
                Some(static_assign(prog, x) == Some(true))
            };
            e.static_data = true;
            r
        }
        _ => None,
    }
}

/// The name of unnamed result `i`: `~r0`, `~r1`, ... (shared: most functions have one).
pub(super) fn result_name(i: usize) -> Name {
    thread_local! {
        static NAMES: std::cell::RefCell<Vec<Name>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        while names.len() <= i {
            let n = names.len();
            names.push(Name::from(format!("~r{n}")));
        }
        names[i].clone()
    })
}
