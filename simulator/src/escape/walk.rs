//! Building the location graph from the IR: every statement and expression of a batch's
//! functions is visited once, and each assignment (explicit, or implied by calls, returns,
//! sends, closures, conversions...) becomes edges. A direct port of the model of Go's
//! `escape/{stmt,expr,assign,call}.go`, over memsim's IR.

use super::Batch;
use super::graph::Where;
use super::graph::*;
use super::leaks::{Leaks, NUM_ESC_RESULTS};
use crate::ir::{
    AssignListKind, Builtin, Callee, CompLitKind, Expr, ExprKind, FuncId, FuncKind, IndexKind,
    RangeKind, Stmt, StmtKind, VarId,
};

impl<'p> Batch<'p, '_> {
    // ---- statements ----

    pub(super) fn stmts(&mut self, list: &'p [Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    /// Like `stmts`, but restores the loop depth afterwards.
    pub(super) fn block(&mut self, list: &'p [Stmt]) {
        let old = self.loop_depth;
        self.stmts(list);
        self.loop_depth = old;
    }

    fn stmt(&mut self, s: &'p Stmt) {
        match &s.kind {
            StmtKind::Fallthrough | StmtKind::Break(_) | StmtKind::Continue(_) => {}
            StmtKind::Block(list) => self.stmts(list),
            StmtKind::Decl(v) => {
                self.dcl(*v);
            }
            StmtKind::If { cond, then, els } => {
                self.discard(cond);
                self.block(then);
                self.block(els);
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
                ..
            } => {
                self.stmts(init);
                self.loop_depth += 1;
                if let Some(c) = cond {
                    self.discard(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
                self.loop_depth -= 1;
            }
            StmtKind::Range {
                x,
                key,
                value,
                kind,
                body,
                ..
            } => {
                // X is evaluated outside the loop and persists until it ends.
                let tmp = self.new_loc(LocNode::None, true);
                self.expr(Hole::to(tmp), x);
                self.loop_depth += 1;
                let ks = [
                    self.addr_opt(key.as_deref()),
                    self.addr_opt(value.as_deref()),
                ];
                let elem_has_pointers = value.is_some();
                if elem_has_pointers {
                    let k = if matches!(kind, RangeKind::Array) {
                        self.note(ks[1], Where::Stmt(s), "range")
                    } else {
                        let h = ks[1].shift(1);
                        self.note(h, Where::Stmt(s), "range-deref")
                    };
                    self.flow(k, tmp);
                }
                self.reassigned(&ks, s);
                self.block(body);
                self.loop_depth -= 1;
            }
            StmtKind::Switch { tag, cases, .. } => {
                if let Some(t) = tag {
                    self.discard(t);
                }
                for c in cases {
                    for e in &c.exprs {
                        self.discard(e);
                    }
                    self.block(&c.body);
                }
            }
            StmtKind::TypeSwitch { x, cases, .. } => {
                let mut ks = Vec::new();
                for c in cases {
                    if let Some(v) = c.var {
                        let k = self.dcl(v);
                        let ty = self.prog.var(v).ty;
                        if self.prog.types.has_pointers(ty) {
                            let k = self.dot_type(k, ty);
                            ks.push(self.note(k, Where::Case(c), "switch case"));
                        }
                    }
                }
                let k = self.tee_hole(&ks);
                self.expr(k, x);
                for c in cases {
                    self.block(&c.body);
                }
            }
            StmtKind::Select { cases, .. } => {
                for c in cases {
                    if let Some(comm) = &c.comm {
                        self.stmt(comm);
                    }
                    self.block(&c.body);
                }
            }
            StmtKind::Send { chan, value } => {
                self.discard(chan);
                self.assign_heap(value, "send", Where::Stmt(s));
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                self.assign_list(
                    &[Dst::Expr(lhs)],
                    rhs.as_deref().map(std::slice::from_ref).unwrap_or(&[]),
                    "assign",
                    s,
                );
            }
            StmtKind::AssignOp { lhs, rhs, .. } => {
                self.assign_list(&[Dst::Expr(lhs)], std::slice::from_ref(rhs), "assign", s);
            }
            StmtKind::AssignList { kind, lhs, rhs, .. } => match kind {
                AssignListKind::Pair
                | AssignListKind::DotType
                | AssignListKind::MapIndex
                | AssignListKind::Recv => {
                    let why = match kind {
                        AssignListKind::Pair => "assign-pair",
                        AssignListKind::DotType => "assign-pair-dot-type",
                        AssignListKind::MapIndex => "assign-pair-mapr",
                        _ => "assign-pair-receive",
                    };
                    let dsts: Vec<Dst<'p>> = lhs.iter().map(Dst::Expr).collect();
                    self.assign_list(&dsts, rhs, why, s)
                }
                AssignListKind::Call => {
                    let call = &rhs[0];
                    let call = self.skip_init(call);
                    let ks: Vec<Hole> = lhs.iter().map(|l| self.addr(l)).collect();
                    self.call(Some(&ks), call);
                    self.reassigned(&ks, s);
                }
            },
            StmtKind::Return(results) => {
                let dsts: Vec<Dst<'p>> = self
                    .prog
                    .func(self.curfn)
                    .results
                    .iter()
                    .map(|&r| Dst::Var(r))
                    .collect();
                self.assign_list(&dsts, results, "return", s);
            }
            StmtKind::Expr(e) => {
                let e = self.skip_init(e);
                match &e.kind {
                    ExprKind::Call { .. } | ExprKind::Builtin { .. } => self.call(None, e),
                    ExprKind::Recv(x) => self.discard(x),
                    _ => self.discard(e),
                }
            }
            StmtKind::Go(call) | StmtKind::Defer(call) => {
                let is_defer = matches!(s.kind, StmtKind::Defer(_));
                let mut k = Hole::to(HEAP);
                // Not a note Go prints: it tells `--explain` why the heap.
                k = self.note(
                    k,
                    Where::Stmt(s),
                    if is_defer {
                        super::DEFER_IN_LOOP_NOTE
                    } else {
                        super::GO_STATEMENT_NOTE
                    },
                );
                if is_defer && self.loop_depth == 1 {
                    // Top-level defer arguments don't escape, but must last until invoked.
                    let d = Hole::to(BLANK);
                    k = self.later(d);
                }
                let call = self.skip_init(call);
                match &call.kind {
                    ExprKind::Call { callee, .. } => match &**callee {
                        Callee::Value(f) => self.expr(k, f),
                        Callee::Static(_) => {}
                        _ => self.call(None, call),
                    },
                    _ => self.call(None, call),
                }
            }
        }
    }

    /// Evaluates the init statements of an expression and returns the expression proper.
    fn skip_init(&mut self, mut e: &'p Expr) -> &'p Expr {
        while let ExprKind::Init { stmts, x } = &e.kind {
            self.stmts(stmts);
            e = x;
        }
        e
    }

    /// Records the loop depth at a variable's declaration.
    pub(super) fn dcl(&mut self, v: VarId) -> Hole {
        let loc = self.var_loc(v);
        self.locs[loc.0 as usize].loop_depth = self.loop_depth;
        Hole::to(loc)
    }

    // ---- assignments ----

    fn addr_opt(&mut self, e: Option<&'p Expr>) -> Hole {
        match e {
            Some(e) => self.addr(e),
            None => Hole::to(BLANK),
        }
    }

    /// Evaluates an addressable expression and returns the hole that stores into it.
    pub(super) fn addr(&mut self, e: &'p Expr) -> Hole {
        match &e.kind {
            ExprKind::Blank => Hole::to(BLANK),
            ExprKind::Var(v) => Hole::to(self.var_loc(*v)),
            ExprKind::Global(_) => Hole::to(HEAP),
            ExprKind::Field {
                x,
                through_pointer: false,
                ..
            } => self.addr(x),
            ExprKind::Field {
                x,
                through_pointer: true,
                ..
            } => {
                self.mutate(x);
                Hole::to(HEAP)
            }
            ExprKind::Index { x, index, kind } => {
                self.discard(index);
                if *kind == IndexKind::Array {
                    self.addr(x)
                } else {
                    self.mutate(x);
                    Hole::to(HEAP)
                }
            }
            ExprKind::Deref(x) => {
                self.mutate(x);
                Hole::to(HEAP)
            }
            ExprKind::MapIndex { m, key } => {
                self.discard(m);
                self.assign_heap(key, "key of map put", Where::Expr(e));
                Hole::to(HEAP)
            }
            ExprKind::Conv(x) if e.implicit => self.addr(x),
            _ => Hole::to(HEAP),
        }
    }

    fn mutate(&mut self, e: &'p Expr) {
        self.expr(Hole::to(MUTATOR), e);
    }

    pub(super) fn assign_heap(&mut self, src: &'p Expr, why: &'static str, at: Where<'p>) {
        let k = self.note(Hole::to(HEAP), at, why);
        self.expr(k, src);
    }

    /// `dsts... = srcs...`.
    fn assign_list(&mut self, dsts: &[Dst<'p>], srcs: &'p [Expr], why: &'static str, at: &'p Stmt) {
        let dst_hole = |b: &mut Self, d: &Dst<'p>| match d {
            Dst::Expr(e) => b.addr(e),
            Dst::Var(v) => Hole::to(b.var_loc(*v)),
        };
        // One destination (the common case) needs no vector.
        let mut one = [Hole::to(BLANK)];
        let many: Vec<Hole>;
        let ks: &[Hole] = if let [d] = dsts {
            one[0] = dst_hole(self, d);
            &one
        } else {
            many = dsts.iter().map(|d| dst_hole(self, d)).collect();
            &many
        };
        for (i, &k) in ks.iter().enumerate() {
            let src = srcs.get(i);
            let mut k = k;
            if let (Some(Dst::Expr(dst)), Some(src)) = (dsts.get(i), src)
                && is_self_assign(dst, src)
            {
                if self.level > 0 {
                    let fname = self.prog.func(self.curfn).name.clone();
                    let stmt = self.printer().stmt(at);
                    self.line(
                        at.pos,
                        format!("{fname} ignoring self-assignment in {stmt}"),
                    );
                }
                k = Hole::to(BLANK);
            }
            let k = self.note(k, Where::Stmt(at), why);
            if let Some(src) = src {
                self.expr(k, src);
            }
        }
        // Extra sources (never in valid programs) are still evaluated.
        for src in srcs.iter().skip(ks.len()) {
            self.discard(src);
        }
        self.reassigned(ks, at);
    }

    /// Marks the locations of `ks` as reassigned, except a variable assigned exactly once
    /// by its own defining statement.
    fn reassigned(&mut self, ks: &[Hole], at: &'p Stmt) {
        if let StmtKind::Assign { lhs, rhs: None, .. } = &at.kind
            && let ExprKind::Var(v) = lhs.kind
            && self.prog.var(v).defn == crate::ir::Defn::None
        {
            // Zero-value initialisation of `var x T`.
            return;
        }
        let at_id = stmt_id(at);
        let is_range = matches!(at.kind, StmtKind::Range { .. });
        for k in ks {
            let loc = &self.locs[k.dst.0 as usize];
            if let LocNode::Var(v) = loc.node
                && !is_range
                && at_id.is_some()
                && self.prog.var(v).defn.stmt() == at_id
            {
                continue;
            }
            self.locs[k.dst.0 as usize].reassigned = true;
        }
    }

    // ---- expressions ----

    pub(super) fn discard(&mut self, e: &'p Expr) {
        self.expr(Hole::to(BLANK), e);
    }

    /// Evaluates `e` and flows its value into `k`.
    pub(super) fn expr(&mut self, mut k: Hole, e: &'p Expr) {
        if !self.enter() {
            return;
        }
        let t = &self.prog.types;
        if k.derefs >= 0 && !t.is_untyped(e.ty) && !t.has_pointers(e.ty) {
            k.dst = BLANK;
        }
        if e.static_data {
            // Static data is global storage: what it holds is in the heap's reach.
            self.static_expr(e);
            self.leave();
            return;
        }
        use Where as W;
        match &e.kind {
            ExprKind::Const(_)
            | ExprKind::Nil
            | ExprKind::Global(_)
            | ExprKind::Func(_)
            | ExprKind::MethodExpr { .. }
            | ExprKind::Type
            | ExprKind::ImportedFunc(_)
            | ExprKind::Blank => {}
            ExprKind::Var(v) => {
                let loc = self.var_loc(*v);
                self.flow(k, loc);
            }
            ExprKind::Unary { x, .. } | ExprKind::Recv(x) => self.discard(x),
            ExprKind::Binary { x, y, .. } | ExprKind::Logical { x, y, .. } => {
                self.discard(x);
                self.discard(y);
            }
            ExprKind::Addr(x) => {
                let k = self.note(k.shift(-1), W::Expr(e), "address-of");
                self.expr(k, x);
            }
            ExprKind::Deref(x) => {
                let k = self.note(k.shift(1), W::Expr(e), "indirection");
                self.expr(k, x);
            }
            ExprKind::Field {
                x, through_pointer, ..
            } => {
                let k = if *through_pointer {
                    self.note(k.shift(1), W::Expr(e), "dot of pointer")
                } else {
                    self.note(k, W::Expr(e), "dot")
                };
                self.expr(k, x);
            }
            ExprKind::TypeAssert { x } => {
                let k = self.dot_type(k, e.ty);
                let k = self.note(k, W::Expr(e), "dot");
                self.expr(k, x);
            }
            ExprKind::Index { x, index, kind } => {
                if *kind == IndexKind::Array {
                    let k = self.note(k, W::Expr(e), "fixed-array-index-of");
                    self.expr(k, x);
                } else {
                    let k = self.note(k.shift(1), W::Expr(e), "dot of pointer");
                    self.expr(k, x);
                }
                self.discard(index);
            }
            ExprKind::MapIndex { m, key } => {
                self.discard(m);
                self.discard(key);
            }
            ExprKind::Slice {
                x, low, high, max, ..
            } => {
                let k = self.note(k, W::Expr(e), "slice");
                self.expr(k, x);
                for b in [low, high, max].into_iter().flatten() {
                    self.discard(b);
                }
            }
            // The slice's pointer flows to the result (Go's OSLICE2ARRPTR).
            ExprKind::Conv(x) | ExprKind::SliceToArrayPtr(x) => self.expr(k, x),
            ExprKind::ToInterface(x) => {
                let mut k = k;
                let t = &self.prog.types;
                if !t.is_interface(x.ty) && !t.is_direct_iface(x.ty) {
                    k = self.spill(k, e);
                }
                let k = self.note(k, W::Expr(e), "interface-converted");
                self.expr(k, x);
            }
            ExprKind::Call { .. } | ExprKind::Builtin { .. } => self.call(Some(&[k]), e),
            ExprKind::New => {
                self.spill(k, e);
            }
            ExprKind::MakeSlice { len, cap } => {
                self.spill(k, e);
                self.discard(len);
                if let Some(c) = cap {
                    self.discard(c);
                }
            }
            ExprKind::MakeChan { size } => {
                if let Some(s) = size {
                    self.discard(s);
                }
            }
            ExprKind::MakeMap { hint } => {
                self.spill(k, e);
                if let Some(h) = hint {
                    self.discard(h);
                }
            }
            ExprKind::MethodValue { recv, method, .. } => {
                // The receiver flows both into the closure and to the method's receiver
                // parameter; results of the method value are assumed to reach the heap.
                let closure_k = self.spill(k, e);
                let nresults = self
                    .prog
                    .types
                    .signature(e.ty)
                    .map(|s| s.results.len())
                    .unwrap_or(0);
                let ks: Vec<Hole> = (0..nresults).map(|_| Hole::to(HEAP)).collect();
                let param_k = match method {
                    Some(f) => self.tag_hole(Some(&ks), Some(*f), ParamRef::Recv),
                    None => Hole::to(HEAP),
                };
                let k = self.tee_hole(&[param_k, closure_k]);
                self.expr(k, recv);
            }
            ExprKind::PtrLit(x) => {
                let k = self.spill(k, e);
                self.expr(k, x);
            }
            ExprKind::CompLit { kind, .. } => match kind {
                CompLitKind::Array(elems) => {
                    for (_, v) in elems {
                        let k = self.note(k, W::Expr(e), "array literal element");
                        self.expr(k, v);
                    }
                }
                CompLitKind::Slice { elems, .. } => {
                    let k = self.spill(k, e);
                    for (_, v) in elems {
                        let k = self.note(k, W::Expr(e), "slice-literal-element");
                        self.expr(k, v);
                    }
                }
                CompLitKind::Struct(fields) => {
                    for (_, v) in fields {
                        let k = self.note(k, W::Expr(e), "struct literal element");
                        self.expr(k, v);
                    }
                }
                CompLitKind::Map(entries) => {
                    self.spill(k, e);
                    for (key, v) in entries {
                        self.assign_heap(key, "map literal key", W::Expr(e));
                        self.assign_heap(v, "map literal value", W::Expr(e));
                    }
                }
            },
            ExprKind::Closure(f) => {
                let k = self.spill(k, e);
                self.closures.push((k, *f, e));
                let func = self.prog.func(*f);
                if func.is_capturing {
                    for cv in &func.captures {
                        let loc = self.var_loc(cv.var);
                        let l = &mut self.locs[loc.0 as usize];
                        if !l.captured {
                            l.captured = true;
                            // Reassignments in straight-line code before the first capture
                            // do not count.
                            if l.loop_depth == self.loop_depth {
                                l.reassigned = false;
                            }
                        }
                    }
                    self.walk_func(*f);
                }
            }
            ExprKind::StrConv { x, .. } => {
                self.spill(k, e);
                self.discard(x);
            }
            ExprKind::AddStr(list) => {
                self.spill(k, e);
                for x in list {
                    self.discard(x);
                }
            }
            ExprKind::Init { stmts, x } => {
                self.stmts(stmts);
                self.expr(k, x);
            }
        }
        self.leave();
    }

    /// The operands of a statically laid out value flow into global storage.
    fn static_expr(&mut self, e: &'p Expr) {
        let heap = Hole::to(HEAP);
        match &e.kind {
            ExprKind::PtrLit(x) | ExprKind::ToInterface(x) => self.expr(heap, x),
            ExprKind::StrConv { x, .. } => self.discard(x),
            ExprKind::CompLit { kind, .. } => match kind {
                CompLitKind::Struct(fs) => fs.iter().for_each(|(_, v)| self.expr(heap, v)),
                CompLitKind::Array(es) | CompLitKind::Slice { elems: es, .. } => {
                    es.iter().for_each(|(_, v)| self.expr(heap, v))
                }
                CompLitKind::Map(kv) => kv.iter().for_each(|(k, v)| {
                    self.expr(heap, k);
                    self.expr(heap, v);
                }),
            },
            _ => {}
        }
    }

    /// `k` for the value inside an interface asserted to type `t`: one dereference unless
    /// the value is stored directly in the interface word.
    fn dot_type(&self, k: Hole, t: crate::types::TypeId) -> Hole {
        let tt = &self.prog.types;
        if !tt.is_interface(t) && !tt.is_direct_iface(t) {
            k.shift(1)
        } else {
            k
        }
    }

    /// A new location for allocating expression `e`, whose address flows to `k`; returns
    /// the hole that stores into the allocation.
    pub(super) fn spill(&mut self, k: Hole, e: &'p Expr) -> Hole {
        let loc = self.new_loc(LocNode::Expr(e), false);
        let k = self.note(k.shift(-1), Where::Expr(e), "spill");
        self.flow(k, loc);
        Hole::to(loc)
    }

    // ---- calls ----

    /// Evaluates a call (or builtin call); `ks` are the holes its results flow into.
    pub(super) fn call(&mut self, ks: Option<&[Hole]>, call: &'p Expr) {
        use Where as W;
        let argument = |b: &mut Self, k: Hole, arg: &'p Expr| {
            let k = b.note(k, W::Expr(call), "call parameter");
            b.expr(k, arg);
        };
        match &call.kind {
            ExprKind::Call { callee, args, .. } => {
                // Statically known callees.
                let (fns, imported): (Vec<FuncId>, Option<crate::ir::ImportedFunc>) =
                    match &**callee {
                        Callee::Static(f) => (vec![*f], None),
                        Callee::Imported(f) => (Vec::new(), Some(*f)),
                        Callee::Interface { .. } => (Vec::new(), None),
                        Callee::Value(fexpr) => {
                            let oracle = self.oracle();
                            let v = oracle.static_value(fexpr);
                            match static_callee(v) {
                                Some(f) => (vec![f], None),
                                None => match v.kind {
                                    ExprKind::Var(name) => {
                                        (self.resolve_assigned_callees(name), None)
                                    }
                                    _ => (Vec::new(), None),
                                },
                            }
                        }
                    };
                // Wire result flows for callees of this batch.
                if let Some(ks) = ks {
                    for &f in &fns {
                        if self.in_mutual_batch(f) {
                            let results = self.prog.func(f).results.clone();
                            for (i, r) in results.into_iter().enumerate() {
                                if let Some(&k) = ks.get(i) {
                                    let loc = self.var_loc(r);
                                    self.flow(k, loc);
                                }
                            }
                        }
                    }
                }
                let mut recv_arg: Option<&'p Expr> = None;
                match &**callee {
                    Callee::Interface { recv, .. } => recv_arg = Some(recv),
                    Callee::Value(fexpr) => {
                        let mut callee_k = Hole::to(BLANK);
                        if fns.is_empty()
                            && let Some(ks) = ks
                            && ks.iter().any(|k| k.dst != BLANK)
                        {
                            callee_k = self.note(Hole::to(CALLEE), W::Expr(call), "callee operand");
                        }
                        self.expr(callee_k, fexpr);
                    }
                    _ => {}
                }
                let mut args: &'p [Expr] = args;
                // A method called through a value whose static value is a method
                // expression takes its receiver as the first argument too.
                let has_recv = !matches!(&**callee, Callee::Interface { .. })
                    && fns.len() == 1
                    && self.prog.func(fns[0]).recv.is_some();
                if has_recv && recv_arg.is_none() && !args.is_empty() {
                    recv_arg = Some(&args[0]);
                    args = &args[1..];
                }
                if let Some(imp) = imported {
                    let tags = imported_tags(imp);
                    for (i, arg) in args.iter().enumerate() {
                        let leaks = tags.get(i).copied().unwrap_or_default();
                        let k = self.leaks_hole(ks, leaks);
                        argument(self, k, arg);
                    }
                    return;
                }
                let nparams = args.len();
                if let Some(r) = recv_arg {
                    let k = self.merged_tag_hole(ks, &fns, ParamRef::Recv);
                    argument(self, k, r);
                }
                for (i, arg) in args.iter().enumerate().take(nparams) {
                    let k = self.merged_tag_hole(ks, &fns, ParamRef::Param(i));
                    argument(self, k, arg);
                }
            }
            ExprKind::Builtin { which, args, ddd } => match which {
                Builtin::Append => {
                    let k0 = ks
                        .and_then(|k| k.first().copied())
                        .unwrap_or(Hole::to(BLANK));
                    let mut appendee_k = self.tee_hole(&[k0, Hole::to(MUTATOR)]);
                    let elem_ptr = self
                        .prog
                        .types
                        .has_pointers(self.prog.types.elem(args[0].ty));
                    if elem_ptr {
                        let h = self.note(Hole::to(HEAP).shift(1), W::Expr(call), "appendee slice");
                        appendee_k = self.tee_hole(&[appendee_k, h]);
                    }
                    argument(self, appendee_k, &args[0]);
                    if *ddd {
                        let mut appended_k = Hole::to(BLANK);
                        if args.len() > 1 {
                            let t = &self.prog.types;
                            if t.is_slice(args[1].ty) && t.has_pointers(t.elem(args[1].ty)) {
                                appended_k = self.note(
                                    Hole::to(HEAP).shift(1),
                                    W::Expr(call),
                                    "appended slice...",
                                );
                            }
                            argument(self, appended_k, &args[1]);
                        }
                    } else {
                        for a in &args[1..] {
                            argument(self, Hole::to(HEAP), a);
                        }
                    }
                    // The backing store append may allocate; its address flows to the result.
                    let backing = self.spill(k0, call);
                    self.locs[backing.dst.0 as usize].loop_depth = 0;
                }
                Builtin::Copy => {
                    argument(self, Hole::to(MUTATOR), &args[0]);
                    let t = &self.prog.types;
                    let copied_k = if t.is_slice(args[1].ty) && t.has_pointers(t.elem(args[1].ty)) {
                        self.note(Hole::to(HEAP).shift(1), W::Expr(call), "copied slice")
                    } else {
                        Hole::to(BLANK)
                    };
                    argument(self, copied_k, &args[1]);
                }
                Builtin::Panic => argument(self, Hole::to(HEAP), &args[0]),
                Builtin::Delete | Builtin::Print | Builtin::Println | Builtin::Recover => {
                    for a in args {
                        self.discard(a);
                    }
                }
                Builtin::Min | Builtin::Max => {
                    let k0 = ks
                        .and_then(|k| k.first().copied())
                        .unwrap_or(Hole::to(BLANK));
                    for a in args {
                        argument(self, k0, a);
                    }
                }
                Builtin::Len
                | Builtin::Cap
                | Builtin::Close
                | Builtin::Complex
                | Builtin::Real
                | Builtin::Imag => {
                    for a in args {
                        self.discard(a);
                    }
                }
                Builtin::Clear => argument(self, Hole::to(MUTATOR), &args[0]),
                Builtin::UnsafeAdd => {
                    let k0 = ks
                        .and_then(|k| k.first().copied())
                        .unwrap_or(Hole::to(BLANK));
                    argument(self, k0, &args[0]);
                    self.discard(&args[1]);
                }
            },
            _ => {
                let k = ks
                    .and_then(|k| k.first().copied())
                    .unwrap_or(Hole::to(BLANK));
                self.expr(k, call);
            }
        }
    }

    /// Candidate callees of a func variable assigned several static functions (Go 1.27).
    fn resolve_assigned_callees(&mut self, v: VarId) -> Vec<FuncId> {
        let oracle = self.oracle();
        let Some(assigns) = oracle.func_assignments(v) else {
            return Vec::new();
        };
        let mut fns = Vec::new();
        for rhs in assigns {
            match static_callee(rhs) {
                Some(f) => fns.push(f),
                None => return Vec::new(),
            }
        }
        fns
    }

    /// A hole for an argument passed to parameter `p` of every candidate callee.
    fn merged_tag_hole(&mut self, ks: Option<&[Hole]>, fns: &[FuncId], p: ParamRef) -> Hole {
        if fns.is_empty() {
            return Hole::to(HEAP);
        }
        let holes: Vec<Hole> = fns.iter().map(|&f| self.tag_hole(ks, Some(f), p)).collect();
        self.tee_hole(&holes)
    }

    /// A hole for an argument passed to parameter `p` of `f`, following `f`'s leak tag (or
    /// wiring the parameter directly when `f` is in this batch).
    fn tag_hole(&mut self, ks: Option<&[Hole]>, f: Option<FuncId>, p: ParamRef) -> Hole {
        let Some(f) = f else { return Hole::to(HEAP) };
        let func = self.prog.func(f);
        let param = match p {
            ParamRef::Recv => func.recv,
            ParamRef::Param(i) => func.params.get(i).copied(),
        };
        if self.in_mutual_batch(f) {
            let Some(param) = param else {
                return Hole::to(BLANK);
            };
            let var = self.prog.var(param);
            if var.name.is_empty() || var.is_blank() {
                return Hole::to(BLANK);
            }
            return Hole::to(self.var_loc(param));
        }
        let leaks = param
            .and_then(|v| self.param_leak(v))
            .unwrap_or_else(|| Leaks::heap(0));
        self.leaks_hole(ks, leaks)
    }

    /// The holes a tagged parameter's value flows into.
    fn leaks_hole(&mut self, ks: Option<&[Hole]>, leaks: Leaks) -> Hole {
        let mut tag_ks = Vec::new();
        if let Some(x) = leaks.heap {
            tag_ks.push(Hole::to(HEAP).shift(x as i32));
        }
        if let Some(x) = leaks.mutator {
            tag_ks.push(Hole::to(MUTATOR).shift(x as i32));
        }
        if let Some(x) = leaks.callee {
            tag_ks.push(Hole::to(CALLEE).shift(x as i32));
        }
        if let Some(ks) = ks {
            for i in 0..NUM_ESC_RESULTS {
                if let (Some(x), Some(&k)) = (leaks.results[i], ks.get(i)) {
                    tag_ks.push(k.shift(x as i32));
                }
            }
        }
        self.tee_hole(&tag_ks)
    }

    /// A hole that flows into each of `ks` (through a temporary location when several).
    pub(super) fn tee_hole(&mut self, ks: &[Hole]) -> Hole {
        match ks {
            [] => Hole::to(BLANK),
            [k] => *k,
            _ => {
                let loc = self.new_loc(LocNode::None, false);
                for &k in ks {
                    self.flow(k, loc);
                }
                Hole::to(loc)
            }
        }
    }

    /// A hole that flows into `k` "some time later" (keeps temporaries alive).
    fn later(&mut self, k: Hole) -> Hole {
        let loc = self.new_loc(LocNode::None, true);
        self.flow(k, loc);
        Hole::to(loc)
    }

    /// Walks the body of `f` (with a fresh loop depth).
    pub(super) fn walk_func(&mut self, f: FuncId) {
        let saved = (self.curfn, self.loop_depth);
        self.curfn = f;
        self.loop_depth = 1;
        let body: &'p [Stmt] = &self.prog.func(f).body;
        self.block(body);
        self.curfn = saved.0;
        self.loop_depth = saved.1;
    }
}

/// The destination of an assignment.
#[derive(Clone, Copy, Debug)]
pub(super) enum Dst<'p> {
    Expr(&'p Expr),
    /// A result parameter (`return x` assigns to it).
    Var(VarId),
}

/// A parameter slot: the receiver or the i-th parameter.
#[derive(Clone, Copy, Debug)]
pub(super) enum ParamRef {
    Recv,
    Param(usize),
}

/// The static callee an expression denotes (Go's `StaticCalleeName`).
fn static_callee(e: &Expr) -> Option<FuncId> {
    match &e.kind {
        ExprKind::Func(f) | ExprKind::Closure(f) => Some(*f),
        ExprKind::MethodExpr { method, .. } => Some(*method),
        _ => None,
    }
}

/// Whether a statement can be the definition of a variable, and its id.
fn stmt_id(s: &Stmt) -> Option<crate::ir::StmtId> {
    match &s.kind {
        StmtKind::Assign { id, .. }
        | StmtKind::AssignList { id, .. }
        | StmtKind::Range { id, .. }
        | StmtKind::TypeSwitch { id, .. } => Some(*id),
        _ => None,
    }
}

/// Leak tags of the imported functions, as Go 1.27's export data has them.
fn imported_tags(f: crate::ir::ImportedFunc) -> Vec<Leaks> {
    use crate::ir::ImportedFunc::*;
    let none = Leaks::default();
    match f {
        FmtPrintln | FmtPrint | FmtSprint | FmtSprintln => vec![Leaks::heap(1)],
        FmtPrintf | FmtSprintf => vec![none, Leaks::heap(1)],
        FmtErrorf => vec![Leaks::heap(0), Leaks::heap(1)],
        ErrorsNew => vec![Leaks::heap(0)],
        RuntimeGC | RuntimeGosched | RuntimeNumGoroutine => vec![],
        // ReadMemStats copies into *m and keeps nothing.
        RuntimeReadMemStats => vec![none],
        // An int in, an int out: nothing to leak.
        DebugSetMaxStack => vec![none],
        // Runtime functions have no tag: every parameter leaks to the heap.
        RuntimeMemequal | RuntimeEfaceeq | RuntimeIfaceeq => vec![Leaks::heap(0); 3],
    }
}

/// Go's `isSelfAssign`: assignments that only move pointers within one object.
fn is_self_assign(dst: &Expr, src: &Expr) -> bool {
    if is_slice_self_assign(dst, src) {
        return true;
    }
    match (&dst.kind, &src.kind) {
        (
            ExprKind::Field {
                x: dx,
                through_pointer: dp,
                ..
            },
            ExprKind::Field {
                x: sx,
                through_pointer: sp,
                ..
            },
        ) if dp == sp => same_safe_expr(dx, sx),
        (
            ExprKind::Index {
                x: dx,
                index: di,
                kind: IndexKind::Array,
            },
            ExprKind::Index {
                x: sx,
                index: si,
                kind: IndexKind::Array,
            },
        ) => !may_affect_memory(di) && !may_affect_memory(si) && same_safe_expr(dx, sx),
        (
            ExprKind::Index {
                x: dx,
                index: di,
                kind: dk,
            },
            ExprKind::Index {
                x: sx,
                index: si,
                kind: sk,
            },
        ) if dk == sk => !may_affect_memory(di) && !may_affect_memory(si) && same_safe_expr(dx, sx),
        _ => false,
    }
}

/// `b.buf = b.buf[i:j]` with `b` a pointer variable.
fn is_slice_self_assign(dst: &Expr, src: &Expr) -> bool {
    let dst_x = match &dst.kind {
        ExprKind::Deref(x) => x,
        ExprKind::Field {
            x,
            through_pointer: true,
            ..
        } => x,
        _ => return false,
    };
    let ExprKind::Var(dv) = dst_x.kind else {
        return false;
    };
    let ExprKind::Slice { x: sx, kind, .. } = &src.kind else {
        return false;
    };
    if *kind == crate::ir::SliceKind::Array && matches!(sx.kind, ExprKind::Addr(_)) {
        return false;
    }
    let base_x = match &sx.kind {
        ExprKind::Deref(x) => x,
        ExprKind::Field {
            x,
            through_pointer: true,
            ..
        } => x,
        _ => return false,
    };
    matches!(base_x.kind, ExprKind::Var(bv) if bv == dv)
}

/// Go's `ir.SameSafeExpr`: the same side-effect-free expression.
fn same_safe_expr(a: &Expr, b: &Expr) -> bool {
    match (&a.kind, &b.kind) {
        (ExprKind::Var(x), ExprKind::Var(y)) => x == y,
        (ExprKind::Global(x), ExprKind::Global(y)) => x == y,
        (
            ExprKind::Field {
                x: ax,
                index: ai,
                through_pointer: ap,
                ..
            },
            ExprKind::Field {
                x: bx,
                index: bi,
                through_pointer: bp,
                ..
            },
        ) => ai == bi && ap == bp && same_safe_expr(ax, bx),
        (ExprKind::Deref(x), ExprKind::Deref(y)) => same_safe_expr(x, y),
        (ExprKind::Conv(x), ExprKind::Conv(y)) => a.ty == b.ty && same_safe_expr(x, y),
        (
            ExprKind::Index {
                x: ax, index: ai, ..
            },
            ExprKind::Index {
                x: bx, index: bi, ..
            },
        ) => same_safe_expr(ax, bx) && same_safe_expr(ai, bi),
        (ExprKind::Const(x), ExprKind::Const(y)) => x == y,
        _ => false,
    }
}

/// Whether evaluating `e` may change memory (Go's `mayAffectMemory`).
fn may_affect_memory(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Var(_) | ExprKind::Global(_) | ExprKind::Const(_) | ExprKind::Nil => false,
        ExprKind::Binary { x, y, .. } => may_affect_memory(x) || may_affect_memory(y),
        ExprKind::Index { x, index, .. } => may_affect_memory(x) || may_affect_memory(index),
        ExprKind::Conv(x)
        | ExprKind::Unary { x, .. }
        | ExprKind::Field { x, .. }
        | ExprKind::Deref(x) => may_affect_memory(x),
        ExprKind::Builtin {
            which: Builtin::Len | Builtin::Cap,
            args,
            ..
        } => args.iter().any(may_affect_memory),
        _ => true,
    }
}

/// Whether `f` is a method (for printing).
#[allow(dead_code)]
fn is_method(k: &FuncKind) -> bool {
    matches!(k, FuncKind::Method { .. })
}
