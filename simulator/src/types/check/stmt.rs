//! Statements: declarations, assignments, control flow, go/defer, return; and the
//! terminating-statement analysis behind "missing return".
//!
//! Dead code (statements after a terminating statement, branches of constant conditions)
//! is type-checked like the rest but produces no IR, as in Go's front end: whatever it
//! declared or captured is rolled back (see [`Checker::checked_without_ir`]).

use super::*;
use crate::ir::{
    AssignListKind, Defn, RangeKind, SelectCase, Stmt, StmtKind, SwitchCase, TypeSwitchCase,
    VarClass,
};
use crate::syntax::ast::{AssignOp, BranchKind, CallStmtKind, ExprKind as AK, StmtKind as SK};
use crate::syntax::printer::expr_string;
use crate::types::Type;
use smallvec::SmallVec;

/// What can be undone after checking dead code.
struct Snapshot {
    funcs_len: usize,
    dcl_lens: Vec<(FuncId, usize)>,
    capture_lens: Vec<(usize, usize, HashMap<VarId, usize>)>,
    closure_gen: HashMap<FuncId, u32>,
}

impl Checker<'_> {
    /// Checks a statement list in the current scope.
    pub(super) fn block_stmts(&mut self, stmts: &[ast::Stmt]) -> Vec<Stmt> {
        let mut out = self.stmt_scratch.take();
        let mut dead = false;
        let last_label = stmts
            .iter()
            .rposition(|s| matches!(s.kind, SK::Labeled { .. }));
        for (i, s) in stmts.iter().enumerate() {
            if dead && last_label.is_none_or(|l| i > l) {
                // Go's front end drops statements after a terminating statement.
                self.checked_without_ir(|c| {
                    let mut sink = Vec::new();
                    c.stmt(s, &mut sink);
                });
                continue;
            }
            self.stmt(s, &mut out);
            dead = self.writer_terminates(s);
        }
        // The block stays in the program: exactly as long as it is.
        self.stmt_scratch.finish(out)
    }

    /// Runs `f` (type checking) and then removes every IR effect it had: closures,
    /// declarations, captures and closure numbers. Errors stay.
    pub(super) fn checked_without_ir(&mut self, f: impl FnOnce(&mut Self)) {
        let snap = self.snapshot();
        f(self);
        self.rollback(snap);
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            funcs_len: self.prog.funcs.len(),
            dcl_lens: self
                .fstack
                .iter()
                .map(|f| (f.func, self.prog.funcs[f.func.0 as usize].dcl.len()))
                .collect(),
            capture_lens: self
                .fstack
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    (
                        i,
                        self.prog.funcs[f.func.0 as usize].captures.len(),
                        f.captured.clone(),
                    )
                })
                .collect(),
            closure_gen: self.closure_gen.clone(),
        }
    }

    fn rollback(&mut self, s: Snapshot) {
        self.prog.funcs.truncate(s.funcs_len);
        for (f, len) in s.dcl_lens {
            self.prog.funcs[f.0 as usize].dcl.truncate(len);
        }
        for (i, len, captured) in s.capture_lens {
            let f = self.fstack[i].func;
            self.prog.funcs[f.0 as usize].captures.truncate(len);
            self.fstack[i].captured = captured;
        }
        self.closure_gen = s.closure_gen;
    }

    fn new_stmt_id(&mut self) -> ir::StmtId {
        self.prog.new_stmt_id()
    }

    /// Checks one statement, appending its IR to `out`.
    pub(super) fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<Stmt>) {
        if !self.enter(s.pos) {
            self.leave();
            return;
        }
        self.stmt_inner(s, out, None);
        self.leave();
    }

    fn stmt_inner(&mut self, s: &ast::Stmt, out: &mut Vec<Stmt>, label: Option<Name>) {
        match &s.kind {
            SK::Empty => {}
            SK::Expr(e) => self.expr_stmt(s, e, out),
            SK::Send { chan, value } => {
                let c = self.value(chan, None);
                let mut v = self.value(value, None);
                if c.is_invalid() || v.is_invalid() {
                    return;
                }
                // types2 reports bad channels at the statement, naming the channel's type.
                let Type::Chan { dir, elem } = self.prog.types.under(c.ty).clone() else {
                    self.error(
                        c.start,
                        format!(
                            "invalid operation: cannot send to non-channel {} {}",
                            self.tstr(c.ty),
                            self.operand_desc(&c)
                        ),
                    );
                    return;
                };
                if dir == ast::ChanDir::Recv {
                    self.error(
                        c.start,
                        format!(
                            "invalid operation: cannot send to receive-only channel {} {}",
                            self.tstr(c.ty),
                            self.operand_desc(&c)
                        ),
                    );
                    return;
                }
                self.assignment(&mut v, elem, "send");
                if v.is_invalid() {
                    return;
                }
                out.push(Stmt::new(
                    StmtKind::Send {
                        chan: Box::new(c.expr),
                        value: Box::new(v.expr),
                    },
                    s.pos,
                ));
            }
            SK::Assign { op, lhs, rhs } => match op {
                AssignOp::Define => self.define_stmt(s, lhs, rhs, out),
                AssignOp::Assign => self.assign_stmt(s, lhs, rhs, out),
                AssignOp::Op(bop) => self.op_assign_stmt(s, *bop, lhs, rhs, out),
            },
            SK::Decl(decls) => {
                for d in decls {
                    self.local_decl(d, out);
                }
            }
            SK::Block(b) => {
                self.push_scope();
                let stmts = self.block_stmts(&b.stmts);
                self.pop_scope();
                out.push(Stmt::new(StmtKind::Block(stmts), s.pos));
            }
            SK::Labeled { label, stmt } => {
                let name = (!label.is_blank()).then(|| label.name.clone());
                match &stmt.kind {
                    SK::For { .. } | SK::Range { .. } | SK::Switch { .. } | SK::Select { .. } => {
                        self.stmt_inner(stmt, out, name)
                    }
                    _ => self.stmt_inner(stmt, out, None),
                }
            }
            SK::Branch { kind, label } => {
                let l = label.as_ref().map(|l| l.name.clone());
                match kind {
                    BranchKind::Break => out.push(Stmt::new(StmtKind::Break(l), s.pos)),
                    BranchKind::Continue => out.push(Stmt::new(StmtKind::Continue(l), s.pos)),
                    BranchKind::Fallthrough => out.push(Stmt::new(StmtKind::Fallthrough, s.pos)),
                    BranchKind::Goto => self.unsupported(s.pos, "goto"),
                }
            }
            SK::Call { kind, call } => self.go_defer(s, *kind, call, out),
            SK::Return { results } => self.return_stmt(s, results, out),
            SK::If {
                init,
                cond,
                then,
                els,
            } => self.if_stmt(s, init.as_deref(), cond, then, els.as_deref(), out),
            SK::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(
                s,
                init.as_deref(),
                cond.as_ref(),
                post.as_deref(),
                body,
                label,
                out,
            ),
            SK::Range {
                lhs,
                define,
                x,
                body,
                range_pos,
            } => self.range_stmt(s, lhs, *define, x, body, *range_pos, label, out),
            SK::Switch {
                init, tag, clauses, ..
            } => {
                self.push_scope();
                let mut inner = Vec::new();
                if let Some(init) = init {
                    self.stmt(init, &mut inner);
                }
                match tag {
                    Some(ast::Expr {
                        kind: AK::TypeSwitchGuard { lhs, x },
                        pos,
                    }) => self.type_switch(s, *pos, lhs.as_ref(), x, clauses, label, &mut inner),
                    _ => self.expr_switch(s, tag.as_ref(), clauses, label, &mut inner),
                }
                self.pop_scope();
                push_with_init(out, inner, s.pos);
            }
            SK::Select { clauses, .. } => self.select_stmt(s, clauses, label, out),
        }
    }

    fn expr_stmt(&mut self, s: &ast::Stmt, e: &ast::Expr, out: &mut Vec<Stmt>) {
        let x = self.expr(e, None);
        if x.is_invalid() {
            return;
        }
        let inner = e.unparen();
        let is_call = matches!(inner.kind, AK::Call { .. });
        let is_recv = matches!(
            inner.kind,
            AK::Unary {
                op: ast::Operator::Recv,
                ..
            }
        );
        match &x.mode {
            Mode::TypeExpr => {
                self.error(x.start, format!("{} (type) is not an expression", x.text));
                return;
            }
            Mode::Builtin(b) => {
                self.error(x.start, format!("{} (built-in) must be called", b.name()));
                return;
            }
            _ => {}
        }
        // Function calls, receives and some builtins may stand alone (types2's
        // `statement` kind); any other value must be used.
        let statement = (is_call
            && self.last_call_kind == CallKind::Statement
            && !matches!(x.mode, Mode::Constant(_)))
            || is_recv;
        if !statement {
            self.error(x.start, format!("{} is not used", self.operand_desc(&x)));
            return;
        }
        out.push(Stmt::new(StmtKind::Expr(x.expr), s.pos));
    }

    // ---- assignments ----

    /// Evaluates the left side of an assignment: an addressable variable, a map index or
    /// `_` (`None`).
    fn lhs_expr(&mut self, e: &ast::Expr) -> Option<Option<Operand>> {
        if let AK::Name(n) = &e.unparen().kind
            && n == "_"
        {
            return Some(None);
        }
        let x = match &e.unparen().kind {
            AK::Name(n) => self.name_expr(e.unparen(), n, false),
            _ => self.expr(e, None),
        };
        if x.is_invalid() {
            return None;
        }
        let x = self.single_value(x);
        if x.is_invalid() {
            return None;
        }
        match x.mode {
            Mode::Variable | Mode::MapIndex => Some(Some(x)),
            _ => {
                self.unassignable(e, &x);
                None
            }
        }
    }

    /// types2's `lhsVar` error for an operand that cannot be assigned to.
    fn unassignable(&mut self, e: &ast::Expr, x: &Operand) {
        // A struct field of a map element gets a specific message.
        if let AK::Selector { .. } = &e.kind
            && let ExprKind::Field { x: fx, .. } = &x.expr.kind
            && matches!(fx.kind, ExprKind::MapIndex { .. })
        {
            self.error(
                x.start,
                format!("cannot assign to struct field {} in map", x.text),
            );
            return;
        }
        self.error(
            x.start,
            format!(
                "cannot assign to {} (neither addressable nor a map index expression)",
                x.text
            ),
        );
    }

    fn assign_stmt(
        &mut self,
        s: &ast::Stmt,
        lhs: &[ast::Expr],
        rhs: &[ast::Expr],
        out: &mut Vec<Stmt>,
    ) {
        // Left sides first (Go's writer order), then right sides.
        let lhs_errors_from = self.diags.len();
        let mut lhs_ops = Vec::new();
        let mut ok = true;
        for l in lhs {
            match self.lhs_expr(l) {
                Some(x) => lhs_ops.push(x),
                None => {
                    ok = false;
                    lhs_ops.push(None);
                }
            }
        }
        let lhs_errors_to = self.diags.len();
        let targets: Vec<Option<TypeId>> =
            lhs_ops.iter().map(|o| o.as_ref().map(|x| x.ty)).collect();
        let target_texts: Vec<Option<String>> = lhs_ops
            .iter()
            .map(|o| o.as_ref().and_then(|x| self.type_text_string(&x.type_text)))
            .collect();
        let rhs_result =
            self.assignment_rhs(s.pos, lhs.len(), &targets, &target_texts, rhs, false, lhs);
        // types2 checks a single call on the right before the left sides.
        if rhs.len() == 1 && matches!(rhs[0].unparen().kind, AK::Call { .. }) {
            self.report_later(lhs_errors_from, lhs_errors_to);
        }
        let Some((kind, rhs_exprs, _)) = rhs_result else {
            return;
        };
        if !ok {
            return;
        }
        let lhs_exprs: Vec<Expr> = lhs_ops
            .into_iter()
            .zip(lhs)
            .map(|(o, l)| match o {
                Some(x) => x.expr,
                None => Expr::new(ExprKind::Blank, P::INVALID, l.pos),
            })
            .collect();
        self.push_assign(s.pos, kind, lhs_exprs, rhs_exprs, false, out);
    }

    /// Emits Go's OAS / OAS2* for an assignment.
    fn push_assign(
        &mut self,
        pos: Pos,
        kind: Option<AssignListKind>,
        lhs: Vec<Expr>,
        rhs: Vec<Expr>,
        define: bool,
        out: &mut Vec<Stmt>,
    ) -> ir::StmtId {
        let id = self.new_stmt_id();
        match kind {
            None => {
                let l = lhs
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| Expr::new(ExprKind::Blank, P::INVALID, pos));
                let r = rhs.into_iter().next();
                out.push(Stmt::new(
                    StmtKind::Assign {
                        id,
                        lhs: l,
                        rhs: r.map(Box::new),
                        define,
                    },
                    pos,
                ));
            }
            Some(k) => out.push(Stmt::new(
                StmtKind::AssignList {
                    id,
                    kind: k,
                    lhs,
                    rhs,
                    define,
                },
                pos,
            )),
        }
        id
    }

    /// Checks the right side of an assignment of `n` values to targets of the given types
    /// (`None` for `_` or not-yet-typed new variables; `define` tells which). Returns the
    /// assignment kind (`None` for a single `x = y`) and the converted right-side expressions.
    /// Follows types2's `assignVars` / `initVars`: a single call on the right is always
    /// checked as a possibly multi-valued expression.
    #[allow(clippy::type_complexity, clippy::too_many_arguments)]
    fn assignment_rhs(
        &mut self,
        pos: Pos,
        n: usize,
        targets: &[Option<TypeId>],
        target_texts: &[Option<String>],
        rhs: &[ast::Expr],
        define: bool,
        lhs: &[ast::Expr],
    ) -> Option<(Option<AssignListKind>, Vec<Expr>, Vec<Option<String>>)> {
        let context = if n > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let single_call = rhs.len() == 1 && matches!(rhs[0].unparen().kind, AK::Call { .. });
        let text_of = |i: usize| target_texts.get(i).and_then(|t| t.as_deref());
        if n == rhs.len() && !single_call {
            let mut exprs = Vec::with_capacity(rhs.len());
            let mut texts = Vec::new();
            let mut ok = true;
            for (i, r) in rhs.iter().enumerate() {
                let x = self.value(r, targets[i]);
                texts.push(self.type_text_string(&x.type_text));
                match self.assign_value(x, targets[i], text_of(i), context, define) {
                    Some(e) => exprs.push(e),
                    None => ok = false,
                }
            }
            if !ok {
                return None;
            }
            let kind = if n == 1 {
                None
            } else {
                Some(AssignListKind::Pair)
            };
            return Some((kind, exprs, texts));
        }
        if rhs.len() == 1 {
            let x = self.expr(&rhs[0], None);
            if x.is_invalid() {
                return None;
            }
            // Multi-value call.
            if let Some(types) = self.prog.types.tuple_types(x.ty).map(<[TypeId]>::to_vec)
                && !matches!(x.mode, Mode::NoValue)
            {
                if types.len() != n {
                    self.assign_mismatch(lhs, rhs, n, types.len());
                    return None;
                }
                if !self.tuple_assignable(&x, &types, targets, context) {
                    return None;
                }
                let values = self.spread_tuple(pos, x.expr, AssignListKind::Call, types, targets);
                return Some((Some(AssignListKind::Pair), values, vec![None; n]));
            }
            if n == 2 {
                let kind = match (&x.mode, &x.expr.kind) {
                    (Mode::MapIndex, _) => Some(AssignListKind::MapIndex),
                    (Mode::CommaOk, ExprKind::TypeAssert { .. }) => Some(AssignListKind::DotType),
                    (Mode::CommaOk, ExprKind::Recv(_)) => Some(AssignListKind::Recv),
                    _ => None,
                };
                if let Some(kind) = kind {
                    if !self.comma_ok_assignable(&x, [targets[0], targets[1]], context) {
                        return None;
                    }
                    let ok_ty = targets[1]
                        .filter(|t| self.prog.types.is_boolean(*t))
                        .unwrap_or(P::BOOL);
                    let value_ty = x.ty;
                    let values =
                        self.spread_tuple(pos, x.expr, kind, vec![value_ty, ok_ty], targets);
                    return Some((Some(AssignListKind::Pair), values, vec![None; n]));
                }
            }
            let x = self.single_value(x);
            if x.is_invalid() {
                return None;
            }
            if n == 1 {
                // `v = f()` with f returning one value.
                let text = self.type_text_string(&x.type_text);
                let e = self.assign_value(x, targets[0], text_of(0), context, define)?;
                return Some((None, vec![e], vec![text]));
            }
            self.assign_mismatch(lhs, rhs, n, 1);
            return None;
        }
        // Mismatch: evaluate the right side for errors first.
        let mut ok = true;
        for r in rhs {
            ok &= !self.expr(r, None).is_invalid();
        }
        if ok {
            self.assign_mismatch(lhs, rhs, n, rhs.len());
        }
        None
    }

    /// Go's N:1 assignment: `tmp1, tmp2 := expr` evaluated first (a multi-value call or a
    /// comma-ok expression), then the temporaries, converted to their targets' types. The
    /// inner assignment rides in the first value's init, as Go's `multiExpr` builds it.
    /// [`Checker::spread_tuple`] for a multi-value call used as arguments.
    pub(super) fn stmt_spread(
        &mut self,
        pos: Pos,
        x: Expr,
        types: Vec<TypeId>,
        targets: &[Option<TypeId>],
    ) -> Vec<Expr> {
        self.spread_tuple(pos, x, AssignListKind::Call, types, targets)
    }

    pub(super) fn spread_tuple(
        &mut self,
        pos: Pos,
        x: Expr,
        kind: AssignListKind,
        types: Vec<TypeId>,
        targets: &[Option<TypeId>],
    ) -> Vec<Expr> {
        let func = self.current_func().unwrap_or(FuncId(0));
        let id = self.new_stmt_id();
        let mut stmts = Vec::new();
        let mut lhs = Vec::new();
        let mut values = Vec::new();
        for (i, &t) in types.iter().enumerate() {
            let tmp = self.prog.new_temp(func, pos, t);
            self.prog.vars[tmp.0 as usize].defn = Defn::Other(id);
            stmts.push(Stmt::new(StmtKind::Decl(tmp), pos));
            let v = Expr::new(ExprKind::Var(tmp), t, pos);
            lhs.push(v.clone());
            let mut op = Operand {
                mode: Mode::Value,
                ty: t,
                expr: v,
                syntax_pos: pos,
                start: pos,
                text: OpText::default(),
                type_text: None,
            };
            if let Some(Some(target)) = targets.get(i)
                && !self.prog.types.identical(t, *target)
            {
                self.implicit_convert(&mut op, *target);
            }
            values.push(op.expr);
        }
        stmts.push(Stmt::new(
            StmtKind::AssignList {
                id,
                kind,
                lhs,
                rhs: vec![x],
                define: true,
            },
            pos,
        ));
        if let Some(first) = values.first_mut() {
            let mut inner = std::mem::replace(first, Expr::new(ExprKind::Nil, P::INVALID, pos));
            // A bare name cannot hold an init list: Go wraps it in an explicit no-op
            // conversion (ir.InitExpr), which then prints as `T(.autotmp_N)`.
            if matches!(inner.kind, ExprKind::Var(_)) {
                let ty = inner.ty;
                inner = Expr::new(ExprKind::Conv(Box::new(inner)), ty, pos);
            }
            let (ty, ipos, implicit) = (inner.ty, inner.pos, inner.implicit);
            let mut w = Expr::new(
                ExprKind::Init {
                    stmts,
                    x: Box::new(inner),
                },
                ty,
                ipos,
            );
            w.implicit = implicit;
            *first = w;
        }
        values
    }

    /// Assigns one checked value to a target of type `target` (types2's `assignVar` /
    /// `initVar`): `None` is `_` (or, when `define`, a new variable taking the value's
    /// default type). Returns the converted expression.
    fn assign_value(
        &mut self,
        mut x: Operand,
        target: Option<TypeId>,
        target_text: Option<&str>,
        context: &str,
        define: bool,
    ) -> Option<Expr> {
        if x.is_invalid() {
            return None;
        }
        match target {
            Some(t) => self.assignment_to(&mut x, t, target_text, context),
            None => {
                let context = if !define && context == "assignment" {
                    "assignment to _ identifier"
                } else {
                    context
                };
                self.assign_untyped_default(&mut x, context);
            }
        }
        (!x.is_invalid()).then_some(x.expr)
    }

    /// "assignment mismatch: 2 variables but f returns 1 value" (types2's `assignError`),
    /// reported at the first value.
    fn assign_mismatch(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], n: usize, m: usize) {
        let Some(at) = rhs
            .first()
            .map(GoStart::go_start)
            .or_else(|| lhs.first().map(GoStart::go_start))
        else {
            return;
        };
        let msg = assign_mismatch_message(n, m, rhs);
        self.error(at, msg);
    }

    fn define_stmt(
        &mut self,
        s: &ast::Stmt,
        lhs: &[ast::Expr],
        rhs: &[ast::Expr],
        out: &mut Vec<Stmt>,
    ) {
        // Which names are new?
        // Most `:=` have one or two names: these lists live on the stack.
        let mut names: SmallVec<[Option<&ast::Expr>; 4]> = SmallVec::new();
        let mut ok = true;
        for l in lhs {
            match &l.kind {
                AK::Name(_) => names.push(Some(l)),
                _ => {
                    // types2 evaluates it anyway (its variables count as used).
                    let _ = self.expr(l, None);
                    self.error(
                        l.go_start(),
                        format!("non-name {} on left side of :=", expr_string(l)),
                    );
                    ok = false;
                    names.push(None);
                }
            }
        }
        // Existing variables in the innermost scope are assigned; others are declared.
        let mut targets: SmallVec<[Option<TypeId>; 4]> = SmallVec::new();
        let mut existing: SmallVec<[Option<Operand>; 2]> = SmallVec::new();
        let mut any_new = false;
        let mut seen: SmallVec<[&str; 4]> = SmallVec::new();
        for l in &names {
            let Some(l) = l else {
                targets.push(None);
                existing.push(None);
                continue;
            };
            let AK::Name(n) = &l.kind else { continue };
            if n != "_" && seen.contains(&n.as_str()) {
                self.error(l.pos, format!("{n} repeated on left side of :="));
                ok = false;
            }
            seen.push(n);
            if n == "_" {
                targets.push(None);
                existing.push(None);
                continue;
            }
            match self.declared_in_innermost(n) {
                Some(Object::Var(v)) => {
                    let ty = self.prog.vars[v.0 as usize].ty;
                    targets.push(Some(ty));
                    let mut op = self.operand(Mode::Variable, ty, ExprKind::Var(v), l.pos, l);
                    op.start = l.pos;
                    existing.push(Some(op));
                }
                Some(_) => {
                    self.error(l.pos, format!("cannot assign to {n}"));
                    ok = false;
                    targets.push(None);
                    existing.push(None);
                }
                None => {
                    any_new = true;
                    targets.push(None);
                    existing.push(None);
                }
            }
        }
        if !any_new && ok {
            self.error(s.pos, "no new variables on left side of :=");
        }
        // The new variables are declared (in Go's declaration list) before the right side is
        // evaluated, but come into scope after it; their types come from the right side.
        let mut fresh: SmallVec<[Option<VarId>; 4]> = SmallVec::new();
        for (l, e) in names.iter().zip(&existing) {
            match (l, e) {
                (Some(l), None) if matches!(&l.kind, AK::Name(n) if n != "_") => {
                    let AK::Name(n) = &l.kind else { unreachable!() };
                    fresh.push(Some(self.new_local(n, l.pos, P::INVALID, VarClass::Local)));
                }
                _ => fresh.push(None),
            }
        }
        let target_texts: SmallVec<[Option<String>; 4]> = existing
            .iter()
            .map(|o| o.as_ref().and_then(|x| self.type_text_string(&x.type_text)))
            .collect();
        let rhs_result =
            self.assignment_rhs(s.pos, lhs.len(), &targets, &target_texts, rhs, true, lhs);
        let Some((kind, rhs_exprs, rhs_texts)) = rhs_result else {
            // Declare the new names anyway (as invalid) to avoid follow-on errors.
            for (l, v) in names.iter().zip(&fresh) {
                if let (Some(l), Some(v)) = (l, v)
                    && let AK::Name(n) = &l.kind
                {
                    // Like types2, the variables exist (and must be used) even so.
                    self.declare_local(n, l.pos, Object::Var(*v));
                }
            }
            return;
        };
        // Types of new variables come from the right side.
        let rhs_types: SmallVec<[TypeId; 4]> = rhs_exprs.iter().map(|e| e.ty).collect();
        let stmt_id_placeholder = self.prog.next_stmt_id + 1;
        let mut lhs_exprs = Vec::with_capacity(lhs.len());
        let mut decls: SmallVec<[(Name, Pos, VarId); 2]> = SmallVec::new();
        for (i, l) in lhs.iter().enumerate() {
            match (&names[i], existing[i].take()) {
                (_, Some(op)) => lhs_exprs.push(op.expr),
                (Some(le), None) => {
                    let AK::Name(n) = &le.kind else { continue };
                    if n == "_" {
                        lhs_exprs.push(Expr::new(ExprKind::Blank, P::INVALID, l.pos));
                        continue;
                    }
                    let mut ty = rhs_types.get(i).copied().unwrap_or(P::INVALID);
                    if ty == P::UNTYPED_BOOL {
                        ty = P::BOOL;
                    }
                    if ty == P::UNTYPED_NIL {
                        self.error(
                            rhs.get(i).map(|r| r.go_start()).unwrap_or(l.pos),
                            "use of untyped nil in assignment",
                        );
                        ty = P::INVALID;
                    }
                    let Some(v) = fresh[i] else { continue };
                    self.prog.vars[v.0 as usize].ty = ty;
                    if let Some(Some(text)) = rhs_texts.get(i) {
                        self.var_type_text.insert(v, text.clone());
                    }
                    let defn = match kind {
                        None | Some(AssignListKind::Pair) => {
                            Defn::Assign(ir::StmtId(stmt_id_placeholder))
                        }
                        _ => Defn::Other(ir::StmtId(stmt_id_placeholder)),
                    };
                    self.prog.vars[v.0 as usize].defn = defn;
                    decls.push((n.clone(), le.pos, v));
                    out.push(Stmt::new(StmtKind::Decl(v), le.pos));
                    lhs_exprs.push(Expr::new(ExprKind::Var(v), ty, le.pos));
                }
                (None, None) => lhs_exprs.push(Expr::new(ExprKind::Blank, P::INVALID, l.pos)),
            }
        }
        if !ok {
            for (n, pos, v) in decls {
                self.declare_local(&n, pos, Object::Var(v));
            }
            return;
        }
        // Retype untyped-bool comparisons assigned to new bool variables.
        let mut rhs_exprs = rhs_exprs;
        for (i, r) in rhs_exprs.iter_mut().enumerate() {
            if r.ty == P::UNTYPED_BOOL
                && let Some(l) = lhs_exprs.get(i)
            {
                let t = if l.ty == P::INVALID { P::BOOL } else { l.ty };
                self.retype(r, t);
            }
        }
        let id = self.push_assign(s.pos, kind, lhs_exprs, rhs_exprs, true, out);
        debug_assert_eq!(id.0, stmt_id_placeholder);
        for (n, pos, v) in decls {
            self.declare_local(&n, pos, Object::Var(v));
        }
    }

    fn op_assign_stmt(
        &mut self,
        s: &ast::Stmt,
        op: ast::Operator,
        lhs: &[ast::Expr],
        rhs: &[ast::Expr],
        out: &mut Vec<Stmt>,
    ) {
        let Some(le) = lhs.first() else { return };
        if lhs.len() != 1 || rhs.len() > 1 {
            self.error(
                s.pos,
                format!(
                    "assignment operation {}= requires single-valued expressions",
                    op.as_str()
                ),
            );
            return;
        }
        // x op= y is checked as x = x op y; x itself counts as used.
        let x = self.value(le, None);
        if x.is_invalid() {
            if let Some(r) = rhs.first() {
                let _ = self.expr(r, None);
            }
            return;
        }
        let inc_dec = rhs.is_empty();
        if inc_dec && !self.prog.types.is_numeric(x.ty) {
            let op = op.as_str();
            self.error(
                le.go_start(),
                format!(
                    "invalid operation: {}{op}{op} (non-numeric type {})",
                    expr_string(le),
                    self.tstr(x.ty)
                ),
            );
            return;
        }
        let y_expr = match rhs.first() {
            Some(r) => r.clone(),
            None => ast::Expr::new(
                AK::BasicLit {
                    kind: ast::LitKind::Int,
                    value: "1".into(),
                },
                s.pos,
            ),
        };
        let mut y = self.value(&y_expr, None);
        if y.is_invalid() {
            return;
        }
        // The operation is checked as `x op y` (each operand evaluated once); messages quote
        // the statement.
        let bin = ast::Expr::new(
            AK::Binary {
                op,
                x: Box::new(le.clone()),
                y: Box::new(y_expr),
            },
            s.pos,
        );
        let shown = || match &bin.kind {
            AK::Binary { x, y, .. } => {
                format!("{} {}= {}", expr_string(x), op.as_str(), expr_string(y))
            }
            _ => expr_string(&bin),
        };
        let result = self.binary_operands(&bin, op, x.clone(), y.clone(), Some(&shown));
        if result.is_invalid() {
            return;
        }
        if matches!(op, ast::Operator::Shl | ast::Operator::Shr) {
            if self.prog.types.is_untyped(y.ty) {
                self.convert_untyped(&mut y, P::UINT);
            }
        } else {
            let mut xc = x.clone();
            self.match_types(&mut xc, &mut y);
        }
        if !matches!(x.mode, Mode::Variable | Mode::MapIndex) {
            self.unassignable(le, &x);
            return;
        }
        let mut rhs_expr = y.expr;
        if inc_dec {
            rhs_expr.pos = s.pos;
        }
        out.push(Stmt::new(
            StmtKind::AssignOp {
                op,
                lhs: x.expr,
                rhs: Box::new(rhs_expr),
                inc_dec,
            },
            s.pos,
        ));
    }

    // ---- declarations ----

    fn local_decl(&mut self, d: &ast::Decl, out: &mut Vec<Stmt>) {
        match d {
            ast::Decl::Var(spec) => {
                let declared = spec.typ.as_ref().map(|t| self.resolve_type(t));
                // Declared before the values are evaluated (Go's declaration order), in scope
                // after them.
                let fresh: Vec<VarId> = spec
                    .names
                    .iter()
                    .map(|n| self.new_local(&n.name, n.pos, P::INVALID, VarClass::Local))
                    .collect();
                let values =
                    self.check_var_values(&spec.names, spec.typ.as_ref(), declared, &spec.values);
                let mut vars = Vec::new();
                for (i, n) in spec.names.iter().enumerate() {
                    let ty = values.types.get(i).copied().unwrap_or(P::INVALID);
                    let v = fresh[i];
                    self.prog.vars[v.0 as usize].ty = ty;
                    if let Some(Some(text)) = values.type_texts.get(i) {
                        self.var_type_text.insert(v, text.clone());
                    }
                    vars.push(v);
                    out.push(Stmt::new(StmtKind::Decl(v), n.pos));
                }
                let lhs: Vec<Expr> = vars
                    .iter()
                    .zip(&spec.names)
                    .map(|(&v, n)| {
                        if n.is_blank() {
                            Expr::new(ExprKind::Blank, P::INVALID, n.pos)
                        } else {
                            Expr::new(ExprKind::Var(v), self.prog.vars[v.0 as usize].ty, n.pos)
                        }
                    })
                    .collect();
                let pos = spec.names.first().map(|n| n.pos).unwrap_or_default();
                if values.values.is_empty() {
                    // var x T: each variable is assigned its zero value.
                    for l in lhs {
                        let id = self.new_stmt_id();
                        out.push(Stmt::new(
                            StmtKind::Assign {
                                id,
                                lhs: l,
                                rhs: None,
                                define: false,
                            },
                            pos,
                        ));
                    }
                } else {
                    let kind = if values.call {
                        Some(AssignListKind::Call)
                    } else if vars.len() == 1 {
                        None
                    } else {
                        Some(AssignListKind::Pair)
                    };
                    let id = self.push_assign(values.pos, kind, lhs, values.values, true, out);
                    for &v in &vars {
                        self.prog.vars[v.0 as usize].defn = if values.call {
                            Defn::Other(id)
                        } else {
                            Defn::Assign(id)
                        };
                    }
                }
                for (&v, n) in vars.iter().zip(&spec.names) {
                    self.declare_local(&n.name, n.pos, Object::Var(v));
                }
            }
            ast::Decl::Const(spec) => {
                let (typ, values) = self.local_const_source(spec);
                let mut objs = Vec::new();
                for i in 0..spec.names.len() {
                    objs.push(self.const_value_of(spec, i, typ.clone(), values.clone()));
                }
                for (n, o) in spec.names.iter().zip(objs) {
                    self.declare_local(&n.name, n.pos, o);
                }
            }
            ast::Decl::Type(spec) => {
                if !spec.type_params.is_empty() {
                    self.unsupported(spec.name.pos, "generic types");
                    return;
                }
                if spec.alias {
                    let t = self.resolve_type(&spec.typ);
                    self.declare_local(&spec.name.name, spec.name.pos, Object::TypeName(t));
                    return;
                }
                let named = self
                    .prog
                    .types
                    .new_named(&spec.name.name, spec.name.pos, true);
                // The name is in scope in its own definition (recursive types).
                self.declare_local(&spec.name.name, spec.name.pos, Object::TypeName(named));
                let u = self.resolve_type(&spec.typ);
                self.prog.types.set_underlying(named, u);
                self.check_type_cycle(named, spec.name.pos);
            }
            ast::Decl::Func(f) => self.error(f.pos, "function declaration inside a function"),
        }
    }

    /// Type and values of a local const spec (inheriting from the previous spec in its
    /// group).
    fn local_const_source(&mut self, spec: &ast::ConstSpec) -> (Option<ast::Expr>, Vec<ast::Expr>) {
        if !spec.values.is_empty() || spec.typ.is_some() {
            self.last_local_const = Some((spec.group, spec.typ.clone(), spec.values.clone()));
            return (spec.typ.clone(), spec.values.clone());
        }
        match &self.last_local_const {
            Some((g, t, v)) if *g == spec.group => (t.clone(), v.clone()),
            _ => (None, Vec::new()),
        }
    }

    /// Checks the values of a `var` spec against its names and optional declared type
    /// (types2's `varDecl` per name, `initVars` for one multi-valued value, `arity`).
    pub(super) fn check_var_values(
        &mut self,
        names: &[ast::Ident],
        declared_expr: Option<&ast::Expr>,
        declared: Option<TypeId>,
        values: &[ast::Expr],
    ) -> decl::VarValues {
        let n = names.len();
        let pos = names.first().map(|n| n.pos).unwrap_or_default();
        let declared_text = declared_expr
            .zip(declared)
            .and_then(|(e, t)| self.type_expr_text(e, t));
        let mut out = decl::VarValues {
            types: vec![declared.unwrap_or(P::INVALID); n],
            type_texts: vec![declared_text.clone(); n],
            values: Vec::new(),
            call: false,
            deps: Vec::new(),
            func_deps: Vec::new(),
            pos,
        };
        if values.is_empty() {
            return out;
        }
        let globals_before = self.global_reads.len();
        let funcs_before = self.func_refs.len();
        if n == values.len() || values.len() > 1 {
            // One value per name (`var x T = v`); extra names or values are arity errors.
            for (i, v) in values.iter().enumerate().take(n) {
                let x = self.value(v, declared);
                if declared.is_none() {
                    out.type_texts[i] = self.type_text_string(&x.type_text);
                }
                let x = self.init_var(
                    x,
                    declared,
                    declared_text.as_deref(),
                    "variable declaration",
                );
                out.types[i] = if x.is_invalid() {
                    declared.unwrap_or(P::INVALID)
                } else {
                    x.ty
                };
                out.values.push(if x.is_invalid() {
                    Expr::new(ExprKind::Nil, P::INVALID, v.pos)
                } else {
                    x.expr
                });
            }
            if values.len() > n {
                let extra = &values[n];
                self.error(
                    extra.go_start(),
                    format!("extra init expr {}", expr_string(extra)),
                );
            } else if values.len() < n {
                let missing = &names[values.len()];
                self.error(
                    missing.pos,
                    format!("missing init expr for {}", missing.name),
                );
            }
        } else {
            // Several names, one value: a multi-valued call or a comma-ok expression.
            let context = "multiple assignment";
            let x = self.expr(&values[0], None);
            if !x.is_invalid() {
                if let Some(types) = self.prog.types.tuple_types(x.ty).map(<[TypeId]>::to_vec)
                    && !matches!(x.mode, Mode::NoValue)
                {
                    if types.len() != n {
                        self.error(x.start, assign_mismatch_message(n, types.len(), values));
                    } else if self.tuple_assignable(&x, &types, &vec![declared; n], context) {
                        for (i, &t) in types.iter().enumerate() {
                            out.types[i] = declared.unwrap_or(t);
                        }
                        out.values.push(x.expr);
                        out.call = true;
                    }
                } else if n == 2 && matches!(x.mode, Mode::MapIndex | Mode::CommaOk) {
                    if self.comma_ok_assignable(&x, [declared, declared], context) {
                        out.types[0] = declared.unwrap_or(x.ty);
                        out.types[1] = declared.unwrap_or(P::BOOL);
                        out.values.push(x.expr);
                        out.call = true;
                    }
                } else {
                    let x = self.single_value(x);
                    if !x.is_invalid() {
                        self.error(x.start, assign_mismatch_message(n, 1, values));
                    }
                }
            }
        }
        out.deps = self.global_reads.drain(globals_before..).collect();
        out.func_deps = self.func_refs.drain(funcs_before..).collect();
        out
    }

    /// types2's `initVar`: a variable declared with type `declared` (or taking the value's
    /// default type) initialised with `x`.
    pub(super) fn init_var(
        &mut self,
        mut x: Operand,
        declared: Option<TypeId>,
        declared_text: Option<&str>,
        context: &str,
    ) -> Operand {
        if x.is_invalid() {
            return x;
        }
        let target = match declared {
            Some(t) => t,
            None if x.is_nil() => {
                self.error(x.start, format!("use of untyped nil in {context}"));
                x.mode = Mode::Invalid;
                return x;
            }
            None => self.default_type(x.ty),
        };
        self.assignment_to(&mut x, target, declared_text, context);
        x
    }

    /// Checks the values of a multi-valued call against the targets they are assigned to
    /// (`None`: `_` or a new variable). types2 describes each value as `1st function result`,
    /// `2nd function result`, ...
    pub(super) fn tuple_assignable(
        &mut self,
        call: &Operand,
        types: &[TypeId],
        targets: &[Option<TypeId>],
        context: &str,
    ) -> bool {
        for (i, (&t, target)) in types.iter().zip(targets).enumerate() {
            let Some(target) = *target else { continue };
            let mut value = call.clone();
            value.mode = Mode::Value;
            value.ty = t;
            value.text = nth(i + 1, "function result").into();
            self.assignment(&mut value, target, context);
            if value.is_invalid() {
                return false;
            }
        }
        true
    }

    /// Checks the two values of a comma-ok expression (`v, ok = m[k]`) against their targets;
    /// types2 describes the second as `ok value of (comma, ok) expression`.
    pub(super) fn comma_ok_assignable(
        &mut self,
        x: &Operand,
        targets: [Option<TypeId>; 2],
        context: &str,
    ) -> bool {
        if let Some(t) = targets[0] {
            let mut value = x.clone();
            self.assignment(&mut value, t, context);
            if value.is_invalid() {
                return false;
            }
        }
        if let Some(t) = targets[1] {
            let mut ok = x.clone();
            ok.mode = Mode::Value;
            ok.ty = P::UNTYPED_BOOL;
            ok.text = "ok value of (comma, ok) expression".to_string().into();
            self.assignment(&mut ok, t, context);
            if ok.is_invalid() {
                return false;
            }
        }
        true
    }

    // ---- control flow ----

    fn if_stmt(
        &mut self,
        s: &ast::Stmt,
        init: Option<&ast::Stmt>,
        cond: &ast::Expr,
        then: &ast::Block,
        els: Option<&ast::Stmt>,
        out: &mut Vec<Stmt>,
    ) {
        self.push_scope();
        let mut inner = Vec::new();
        if let Some(init) = init {
            self.stmt(init, &mut inner);
        }
        let c = self.value(cond, None);
        let mut c_ok = !c.is_invalid();
        if c_ok && !self.prog.types.is_boolean(c.ty) {
            self.error(c.start, "non-boolean condition in if statement");
            c_ok = false;
        }
        let mut c = c;
        let constant = if c_ok {
            match self.static_bool(cond, Some(&mut c.expr)) {
                1 => Some(true),
                -1 => Some(false),
                _ => None,
            }
        } else {
            None
        };
        if c_ok {
            self.retype(&mut c.expr, P::BOOL);
            if c.expr.ty == P::UNTYPED_BOOL {
                c.expr.ty = P::BOOL;
            }
        }
        let then_ir = if constant == Some(false) {
            self.checked_without_ir(|ch| {
                ch.push_scope();
                let _ = ch.block_stmts(&then.stmts);
                ch.pop_scope();
            });
            Vec::new()
        } else {
            self.push_scope();
            let v = self.block_stmts(&then.stmts);
            self.pop_scope();
            v
        };
        let mut else_ir = Vec::new();
        if let Some(e) = els {
            if constant == Some(true) {
                self.checked_without_ir(|ch| {
                    let mut sink = Vec::new();
                    ch.stmt(e, &mut sink);
                });
            } else {
                match &e.kind {
                    SK::Block(b) => {
                        self.push_scope();
                        else_ir = self.block_stmts(&b.stmts);
                        self.pop_scope();
                    }
                    _ => self.stmt(e, &mut else_ir),
                }
            }
        }
        self.pop_scope();
        if !c_ok {
            return;
        }
        // Go keeps the statement but with only the live branch.
        let (then, els) = match constant {
            Some(true) => (then_ir, Vec::new()),
            Some(false) => (Vec::new(), else_ir),
            None => (then_ir, else_ir),
        };
        let stmt = Stmt::new(
            StmtKind::If {
                cond: Box::new(c.expr),
                then,
                els,
            },
            s.pos,
        );
        if inner.is_empty() {
            // (Most `if`s have no init: no list to build and take apart.)
            out.push(stmt);
        } else {
            inner.push(stmt);
            push_with_init(out, inner, s.pos);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn for_stmt(
        &mut self,
        s: &ast::Stmt,
        init: Option<&ast::Stmt>,
        cond: Option<&ast::Expr>,
        post: Option<&ast::Stmt>,
        body: &ast::Block,
        label: Option<Name>,
        out: &mut Vec<Stmt>,
    ) {
        self.push_scope();
        let mut inner = Vec::new();
        if let Some(init) = init {
            self.stmt(init, &mut inner);
        }
        let mut cond_ir = None;
        let mut always_false = false;
        if let Some(c) = cond {
            let mut x = self.value(c, None);
            if !x.is_invalid() {
                if !self.prog.types.is_boolean(x.ty) {
                    self.error(x.start, "non-boolean condition in for statement");
                } else {
                    always_false = self.static_bool(c, Some(&mut x.expr)) < 0;
                    self.retype(&mut x.expr, P::BOOL);
                    cond_ir = Some(x.expr);
                }
            }
        }
        let mut post_ir = Vec::new();
        if let Some(p) = post {
            if let SK::Assign {
                op: AssignOp::Define,
                ..
            } = p.kind
            {
                self.error(p.pos, "cannot declare in post statement of for loop");
            } else if always_false {
                self.checked_without_ir(|c| {
                    let mut sink = Vec::new();
                    c.stmt(p, &mut sink)
                });
            } else {
                self.stmt(p, &mut post_ir);
            }
        }
        let body_ir = if always_false {
            self.checked_without_ir(|c| {
                c.push_scope();
                let _ = c.block_stmts(&body.stmts);
                c.pop_scope();
            });
            Vec::new()
        } else {
            self.push_scope();
            let b = self.block_stmts(&body.stmts);
            self.pop_scope();
            b
        };
        self.pop_scope();
        let post_stmt = match post_ir.len() {
            0 => None,
            1 => post_ir.pop().map(Box::new),
            _ => Some(Box::new(Stmt::new(StmtKind::Block(post_ir), s.pos))),
        };
        out.push(Stmt::new(
            StmtKind::For {
                label,
                init: inner,
                cond: cond_ir.map(Box::new),
                post: post_stmt,
                body: body_ir,
            },
            s.pos,
        ));
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        s: &ast::Stmt,
        lhs: &[ast::Expr],
        define: bool,
        xe: &ast::Expr,
        body: &ast::Block,
        range_pos: Pos,
        label: Option<Name>,
        out: &mut Vec<Stmt>,
    ) {
        self.push_scope();
        // With `=`, the left side is evaluated first (Go's writer order).
        let mut assigned: Vec<Option<Option<Operand>>> = Vec::new();
        let lhs_errors_from = self.diags.len();
        if !define {
            for l in lhs {
                assigned.push(self.lhs_expr(l));
            }
        }
        let lhs_errors_to = self.diags.len();
        // Range variables are declared before the range expression is evaluated (Go's
        // declaration order), in scope for the body only.
        let fresh: Vec<Option<VarId>> = if define {
            lhs.iter()
                .map(|l| match &l.kind {
                    AK::Name(n) if n != "_" => {
                        Some(self.new_local(n, l.pos, P::INVALID, VarClass::Local))
                    }
                    _ => None,
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut x = self.value(xe, None);
        // types2 checks the range expression before the variables.
        self.report_later(lhs_errors_from, lhs_errors_to);
        if x.is_invalid() {
            for v in fresh.iter().flatten() {
                self.prog.vars[v.0 as usize].used = true;
            }
            self.checked_without_ir(|c| {
                c.push_scope();
                for l in lhs {
                    if define
                        && let AK::Name(n) = &l.kind
                        && n != "_"
                    {
                        let v = c.new_local(n, l.pos, P::INVALID, VarClass::Local);
                        c.prog.vars[v.0 as usize].used = true;
                        c.declare_local(n, l.pos, Object::Var(v));
                    }
                }
                let _ = c.block_stmts(&body.stmts);
                c.pop_scope();
            });
            self.pop_scope();
            return;
        }
        let t = &self.prog.types;
        let ranged = match t.under(x.ty).clone() {
            Type::Basic(b) if b.is_string() => Some((RangeKind::String, P::INT, P::RUNE)),
            Type::Basic(b) if b.is_integer() => {
                let kt = if t.is_untyped(x.ty) { P::INT } else { x.ty };
                Some((RangeKind::Int, kt, P::INVALID))
            }
            Type::Slice(e) => Some((RangeKind::Slice, P::INT, e)),
            Type::Array { elem, .. } => Some((RangeKind::Array, P::INT, elem)),
            Type::Pointer(p) if matches!(t.under(p), Type::Array { .. }) => {
                Some((RangeKind::ArrayPtr, P::INT, t.elem(p)))
            }
            Type::Map { key, value } => Some((RangeKind::Map, key, value)),
            Type::Chan {
                dir: ast::ChanDir::Send,
                ..
            } => {
                let ty = self.tstr(x.ty);
                self.error(
                    x.start,
                    format!(
                        "cannot range over {}: receive from send-only channel {ty}",
                        self.operand_desc(&x)
                    ),
                );
                None
            }
            Type::Chan { elem, .. } => Some((RangeKind::Chan, elem, P::INVALID)),
            Type::Func(sig) => {
                // Range over a function: types2 checks the iterator's form; memsim does not
                // run iterators, but checks the loop body for errors that come earlier.
                match self.iterator_yield_types(&sig) {
                    Err(cause) => self.error(
                        x.start,
                        format!("cannot range over {}: {cause}", self.operand_desc(&x)),
                    ),
                    Ok(()) => self.unsupported(range_pos, "range over functions (iterators)"),
                }
                None
            }
            _ => {
                self.error(
                    x.start,
                    format!("cannot range over {}", self.operand_desc(&x)),
                );
                None
            }
        };
        let Some((kind, key_ty, val_ty)) = ranged else {
            self.mark_fresh_used(&fresh);
            // Like types2, the iteration variables exist (with invalid types, counting as used).
            self.checked_without_ir(|c| {
                c.push_scope();
                for l in lhs {
                    if define
                        && let AK::Name(n) = &l.kind
                        && n != "_"
                    {
                        let v = c.new_local(n, l.pos, P::INVALID, VarClass::Local);
                        c.prog.vars[v.0 as usize].used = true;
                        c.declare_local(n, l.pos, Object::Var(v));
                    }
                }
                let _ = c.block_stmts(&body.stmts);
                c.pop_scope();
            });
            self.pop_scope();
            return;
        };
        // Too many iteration variables: reported, then checked as far as they go.
        let one_var = matches!(kind, RangeKind::Int | RangeKind::Chan);
        if one_var && let Some(extra) = lhs.get(1) {
            self.error(
                extra.go_start(),
                format!(
                    "range over {} permits only one iteration variable",
                    self.operand_desc(&x)
                ),
            );
        } else if let Some(extra) = lhs.get(2) {
            self.error(
                extra.go_start(),
                "range clause permits at most two iteration variables",
            );
        }
        if kind == RangeKind::String || kind == RangeKind::Int {
            self.default_convert(&mut x);
        }
        let id = self.new_stmt_id();
        let types = [key_ty, val_ty];
        let mut ir_lhs: Vec<Option<Expr>> = Vec::new();
        let mut new_vars = Vec::new();
        if define {
            for (i, (l, &ty)) in lhs.iter().zip(&types).enumerate() {
                let AK::Name(n) = &l.kind else {
                    self.error(
                        l.go_start(),
                        format!("non-name {} on left side of :=", expr_string(l)),
                    );
                    ir_lhs.push(None);
                    continue;
                };
                if n == "_" {
                    ir_lhs.push(None);
                    continue;
                }
                let Some(v) = fresh.get(i).copied().flatten() else {
                    continue;
                };
                self.prog.vars[v.0 as usize].ty = ty;
                if ty == P::INVALID {
                    // A variable the range does not produce (`for i, v := range 10`).
                    self.prog.vars[v.0 as usize].used = true;
                }
                self.prog.vars[v.0 as usize].defn = Defn::Other(id);
                new_vars.push((n.clone(), l.pos, v));
                ir_lhs.push(Some(Expr::new(ExprKind::Var(v), ty, l.pos)));
            }
            if new_vars.is_empty() {
                self.error(s.pos, "no new variables on left side of :=");
            }
        } else {
            for (a, &ty) in assigned.into_iter().zip(&types) {
                match a {
                    Some(Some(op)) => {
                        if ty != P::INVALID && !self.assignable_type(ty, op.ty) {
                            // types2 describes the value by the variable it goes to, except
                            // for a range over an integer (the integer itself).
                            let (value, context) = if kind == RangeKind::Int {
                                (self.operand_desc(&x), "range clause")
                            } else {
                                (
                                    format!("{} (value of type {})", op.text, self.tstr(ty)),
                                    "assignment",
                                )
                            };
                            self.error(
                                op.start,
                                format!(
                                    "cannot use {value} as {} value in {context}",
                                    self.tstr(op.ty)
                                ),
                            );
                        }
                        ir_lhs.push(Some(op.expr));
                    }
                    _ => ir_lhs.push(None),
                }
            }
        }
        for (n, pos, v) in &new_vars {
            self.declare_local(n, *pos, Object::Var(*v));
        }
        self.push_scope();
        let body_ir = self.block_stmts(&body.stmts);
        self.pop_scope();
        self.pop_scope();
        let mut it = ir_lhs.into_iter();
        let key = it.next().flatten();
        let value = it.next().flatten();
        out.push(Stmt::new(
            StmtKind::Range {
                id,
                label,
                key: key.map(Box::new),
                value: value.map(Box::new),
                define,
                x: Box::new(x.expr),
                kind,
                body: body_ir,
            },
            range_pos,
        ));
        let _ = s;
    }

    /// Variables of a failed statement are not reported as unused.
    fn mark_fresh_used(&mut self, fresh: &[Option<VarId>]) {
        for v in fresh.iter().flatten() {
            self.prog.vars[v.0 as usize].used = true;
        }
    }

    /// Why a range over a function of signature `sig` is not a range over an iterator
    /// (types2's `rangeKeyVal`), if it is not.
    fn iterator_yield_types(&self, sig: &crate::types::Signature) -> Result<(), String> {
        const FORM: &str = "func must be func(yield func(...) bool)";
        if sig.params.len() != 1 {
            return Err(format!("{FORM}: wrong argument count"));
        }
        if !sig.results.is_empty() {
            return Err(format!("{FORM}: unexpected results"));
        }
        let Some(cb) = self.prog.types.signature(sig.params[0]) else {
            return Err(format!("{FORM}: argument is not func"));
        };
        if cb.params.len() > 2 {
            return Err(format!("{FORM}: yield func has too many parameters"));
        }
        match cb.results.as_slice() {
            [r] if self.prog.types.identical(*r, P::BOOL) => {}
            [r] if self.prog.types.is_boolean(*r) => {
                return Err(format!(
                    "{FORM}: yield func returns user-defined boolean, not bool"
                ));
            }
            _ => return Err(format!("{FORM}: yield func does not return bool")),
        }
        if cb.variadic {
            return Err(format!(
                "yield func of type {} cannot be variadic",
                self.tstr(sig.params[0])
            ));
        }
        Ok(())
    }

    fn expr_switch(
        &mut self,
        s: &ast::Stmt,
        tag: Option<&ast::Expr>,
        clauses: &[ast::CaseClause],
        label: Option<Name>,
        out: &mut Vec<Stmt>,
    ) {
        let tag_op = match tag {
            Some(t) => {
                let mut x = self.value(t, None);
                if !x.is_invalid() {
                    self.default_convert(&mut x);
                    if x.is_nil() {
                        self.error(x.start, "use of untyped nil in switch expression");
                        x.mode = Mode::Invalid;
                    } else if !self.prog.types.comparable(x.ty)
                        && !self.assignable_type(P::UNTYPED_NIL, x.ty)
                    {
                        self.error(
                            x.start,
                            format!(
                                "cannot switch on {} ({} is not comparable)",
                                self.operand_desc(&x),
                                self.tstr(x.ty)
                            ),
                        );
                        x.mode = Mode::Invalid;
                    }
                }
                Some(x)
            }
            None => None,
        };
        self.multiple_defaults(clauses.iter().filter(|c| c.is_default).map(|c| c.pos));
        // A missing tag is the constant `true` (types2 compares the cases against it).
        let implicit_true = || Operand {
            mode: Mode::Constant(Value::Bool(true)),
            ty: P::BOOL,
            expr: Expr::new(ExprKind::Const(Box::new(Value::Bool(true))), P::BOOL, s.pos),
            syntax_pos: s.pos,
            start: s.pos,
            text: "true".to_string().into(),
            type_text: None,
        };
        let mut cases = Vec::new();
        let mut seen_consts: Vec<(Value, TypeId, Pos)> = Vec::new();
        for cl in clauses {
            let mut exprs = Vec::new();
            for ce in &cl.cases {
                let mut c = self.value(ce, None);
                let against = match &tag_op {
                    Some(t) => t.clone(),
                    None => implicit_true(),
                };
                if c.is_invalid() || against.is_invalid() {
                    continue;
                }
                let was_nil = c.is_nil();
                self.convert_untyped(&mut c, against.ty);
                if c.is_invalid() {
                    continue;
                }
                if let Some((_, cause)) =
                    self.comparison_fault(&c, &against, ast::Operator::Eql, (was_nil, false))
                {
                    self.error(
                        c.start,
                        format!(
                            "invalid case {} in switch on {} ({cause})",
                            c.text, against.text
                        ),
                    );
                    continue;
                }
                if let Some(v) = c.const_value()
                    && is_duplicate_checked(v)
                {
                    let prev = seen_consts.iter().find(|(pv, pt, _)| {
                        same_constant(pv, v) && self.prog.types.identical(*pt, c.ty)
                    });
                    if let Some(&(_, _, prev)) = prev {
                        self.error(
                            c.start,
                            format!(
                                "duplicate case {} in expression switch\n\t{}: previous case",
                                self.operand_desc(&c),
                                pos_ref(prev)
                            ),
                        );
                        continue;
                    }
                    seen_consts.push((v.clone(), c.ty, c.start));
                }
                if tag_op.is_some() {
                    self.default_convert(&mut c);
                    // A concrete case value compared with an interface tag is boxed.
                    if self.prog.types.is_interface(against.ty)
                        && !self.prog.types.is_interface(c.ty)
                        && !c.is_nil()
                    {
                        let tt = against.ty;
                        self.implicit_convert(&mut c, tt);
                    }
                } else {
                    self.retype(&mut c.expr, P::BOOL);
                }
                exprs.push(c.expr);
            }
            self.push_scope();
            let body = self.block_stmts(&cl.body);
            self.pop_scope();
            let falls_through = matches!(
                cl.body.last().map(|s| &s.kind),
                Some(SK::Branch {
                    kind: BranchKind::Fallthrough,
                    ..
                })
            );
            cases.push(SwitchCase {
                exprs,
                is_default: cl.is_default,
                body,
                pos: cl.pos,
                falls_through,
            });
        }
        let tag_expr = match tag_op {
            Some(t) if t.is_invalid() => return,
            Some(t) => Some(t.expr),
            None => None,
        };
        out.push(Stmt::new(
            StmtKind::Switch {
                label,
                tag: tag_expr.map(Box::new),
                cases,
            },
            s.pos,
        ));
    }

    /// `multiple defaults (first at FILE:L:C)` for every `default` clause after the first.
    pub(super) fn multiple_defaults(&mut self, mut positions: impl Iterator<Item = Pos>) {
        let Some(first) = positions.next() else {
            return;
        };
        for pos in positions {
            self.error(
                pos,
                format!("multiple defaults (first at {})", pos_ref(first)),
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn type_switch(
        &mut self,
        s: &ast::Stmt,
        _guard_pos: Pos,
        bind: Option<&ast::Ident>,
        xe: &ast::Expr,
        clauses: &[ast::CaseClause],
        label: Option<Name>,
        out: &mut Vec<Stmt>,
    ) {
        let x = self.value(xe, None);
        if x.is_invalid() {
            return;
        }
        if !self.prog.types.is_interface(x.ty) {
            self.error(
                x.start,
                format!("{} is not an interface", self.operand_desc(&x)),
            );
            return;
        }
        if let Some(b) = bind
            && b.is_blank()
        {
            self.error(b.pos, "no new variable on left side of :=");
        }
        let id = self.new_stmt_id();
        let mut cases = Vec::new();
        let mut bind_used = false;
        let mut case_vars = Vec::new();
        let mut seen: Vec<(Option<TypeId>, Pos)> = Vec::new();
        self.multiple_defaults(clauses.iter().filter(|c| c.is_default).map(|c| c.pos));
        for cl in clauses {
            let mut types = Vec::new();
            for ce in &cl.cases {
                // nil or a type
                if let AK::Name(n) = &ce.kind
                    && n == "nil"
                    && matches!(self.lookup("nil", ce.pos), Some(Object::Nil))
                {
                    if seen.iter().any(|(t, _)| t.is_none()) {
                        self.error(ce.pos, "duplicate case nil in type switch");
                        continue;
                    }
                    seen.push((None, ce.pos));
                    types.push(None);
                    continue;
                }
                let t = self.resolve_type(ce);
                if t == P::INVALID {
                    continue;
                }
                if !self.prog.types.is_interface(t)
                    && let Some(why) = self.missing_method(t, x.ty)
                {
                    self.error(
                        ce.go_start(),
                        format!("impossible type switch case: {}\n\t{} cannot have dynamic type {} {why}", expr_string(ce), self.operand_desc(&x), self.tstr(t)),
                    );
                    continue;
                }
                if let Some((_, prev)) = seen
                    .iter()
                    .find(|(st, _)| st.is_some_and(|st| self.prog.types.identical(st, t)))
                {
                    self.error(
                        ce.go_start(),
                        format!(
                            "duplicate case {} in type switch\n\t{prev}: previous case",
                            expr_string(ce)
                        ),
                    );
                    continue;
                }
                seen.push((Some(t), ce.go_start()));
                types.push(Some(t));
            }
            self.push_scope();
            let mut var = None;
            if let Some(b) = bind
                && !b.is_blank()
            {
                let vt = match types.as_slice() {
                    [Some(t)] if cl.cases.len() == 1 => *t,
                    _ => x.ty,
                };
                // Go positions each clause's variable at the clause's last type (or `default`).
                let vpos = cl.cases.last().map(|c| c.go_start()).unwrap_or(cl.pos);
                let v = self.new_local(&b.name, vpos, vt, VarClass::Local);
                self.prog.vars[v.0 as usize].defn = Defn::Other(id);
                self.declare_local(&b.name, b.pos, Object::Var(v));
                var = Some(v);
                case_vars.push(v);
            }
            let body = self.block_stmts(&cl.body);
            if let Some(v) = var {
                bind_used |= self.prog.vars[v.0 as usize].used;
            }
            self.pop_scope();
            cases.push(TypeSwitchCase {
                types,
                is_default: cl.is_default,
                var,
                body,
                pos: cl.pos,
            });
        }
        // The bound variable is reported once, at the guard, when no clause uses it.
        for &v in &case_vars {
            self.prog.vars[v.0 as usize].used = true;
        }
        if let Some(b) = bind
            && !b.is_blank()
            && !bind_used
        {
            self.error(b.pos, format!("{} declared and not used", b.name));
        }
        out.push(Stmt::new(
            StmtKind::TypeSwitch {
                id,
                label,
                x: Box::new(x.expr),
                cases,
            },
            s.pos,
        ));
    }

    fn select_stmt(
        &mut self,
        s: &ast::Stmt,
        clauses: &[ast::CommClause],
        label: Option<Name>,
        out: &mut Vec<Stmt>,
    ) {
        let mut cases = Vec::new();
        self.multiple_defaults(clauses.iter().filter(|c| c.comm.is_none()).map(|c| c.pos));
        for cl in clauses {
            self.push_scope();
            let mut comm_ir = Vec::new();
            match &cl.comm {
                None => {}
                Some(c) => {
                    let valid = match &c.kind {
                        SK::Send { .. } => true,
                        SK::Expr(e) => matches!(
                            e.unparen().kind,
                            AK::Unary {
                                op: ast::Operator::Recv,
                                ..
                            }
                        ),
                        SK::Assign {
                            op: AssignOp::Assign | AssignOp::Define,
                            rhs,
                            ..
                        } => {
                            rhs.len() == 1
                                && matches!(
                                    rhs[0].unparen().kind,
                                    AK::Unary {
                                        op: ast::Operator::Recv,
                                        ..
                                    }
                                )
                        }
                        _ => false,
                    };
                    if !valid {
                        self.error(
                            stmt_start(c),
                            "select case must be send or receive (possibly with assignment)",
                        );
                    } else {
                        self.stmt(c, &mut comm_ir);
                    }
                }
            }
            let body = self.block_stmts(&cl.body);
            self.pop_scope();
            // A receive assignment with := produces Decl statements first; keep them with
            // the communication as a block.
            let comm = match comm_ir.len() {
                0 => None,
                1 => comm_ir.pop().map(Box::new),
                _ => Some(Box::new(Stmt::new(StmtKind::Block(comm_ir), cl.pos))),
            };
            cases.push(SelectCase {
                comm,
                body,
                pos: cl.pos,
            });
        }
        out.push(Stmt::new(StmtKind::Select { label, cases }, s.pos));
    }

    fn go_defer(
        &mut self,
        s: &ast::Stmt,
        kind: CallStmtKind,
        call: &ast::Expr,
        out: &mut Vec<Stmt>,
    ) {
        let what = if kind == CallStmtKind::Go {
            "go"
        } else {
            "defer"
        };
        let inner = call.unparen();
        let AK::Call { .. } = inner.kind else {
            let _ = self.expr(call, None);
            self.error(
                call.go_start(),
                format!("expression in {what} must be function call"),
            );
            return;
        };
        if !matches!(call.kind, AK::Call { .. }) {
            let _ = self.expr(call, None);
            self.error(
                call.go_start(),
                format!("expression in {what} must not be parenthesized"),
            );
            return;
        }
        let x = self.expr(call, None);
        if x.is_invalid() {
            return;
        }
        let why = match self.last_call_kind {
            CallKind::Statement => None,
            CallKind::Conversion => Some("requires function call, not conversion"),
            CallKind::Expression => Some("discards result of"),
        };
        if let Some(why) = why {
            self.error(x.start, format!("{what} {why} {}", self.operand_desc(&x)));
            return;
        }
        let call = self.normalize_go_defer(s.pos, kind, x.expr, out);
        let st = if kind == CallStmtKind::Go {
            StmtKind::Go(call)
        } else {
            StmtKind::Defer(call)
        };
        out.push(Stmt::new(st, s.pos));
    }

    /// Go's `normalizeGoDeferCall`: a call that is not already `f()` of a function without
    /// parameters and results becomes a call of a compiler-generated wrapper closure; every
    /// operand that is not a constant, `nil`, `new(T)`, a function name or a method
    /// expression is evaluated at the statement into a temporary the wrapper captures.
    /// Temporaries and their assignment are appended to `out` before the statement.
    fn normalize_go_defer(
        &mut self,
        pos: Pos,
        kind: CallStmtKind,
        call: Expr,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        if let ExprKind::Call { callee, args, .. } = &call.kind
            && args.is_empty()
        {
            let sig = match &**callee {
                ir::Callee::Static(f) => {
                    let func = &self.prog.funcs[f.0 as usize];
                    (func.recv.is_none()).then_some(func.sig)
                }
                ir::Callee::Value(fe) => Some(fe.ty),
                _ => None,
            };
            if let Some(sig) = sig
                && let Some(s) = self.prog.types.signature(sig)
                && s.params.is_empty()
                && s.results.is_empty()
            {
                return call;
            }
        }
        let Some(parent) = self.current_func() else {
            return call;
        };
        let wrapper_name = {
            let suffix = if kind == CallStmtKind::Go {
                "gowrap"
            } else {
                "deferwrap"
            };
            let counter = self
                .go_defer_gen
                .entry((parent, kind == CallStmtKind::Go))
                .or_insert(0);
            *counter += 1;
            format!(
                "{}.{suffix}{}",
                self.prog.funcs[parent.0 as usize].name, *counter
            )
        };
        let wrapper = self.new_func(
            wrapper_name,
            ir::FuncKind::GoDeferWrapper,
            pos,
            Some(parent),
        );
        let sig = self.types().func(vec![], vec![], false);
        self.prog.funcs[wrapper.0 as usize].sig = sig;
        let mut call = call;
        let mut sp = Spiller {
            parent,
            pos,
            spilled: Vec::new(),
            temps: Vec::new(),
        };
        match &mut call.kind {
            ExprKind::Call { callee, args, .. } => {
                match &mut **callee {
                    ir::Callee::Value(fe) => sp.visit(&mut self.prog, fe),
                    ir::Callee::Interface { recv, .. } => sp.spill(&mut self.prog, recv),
                    _ => {}
                }
                for a in args.iter_mut() {
                    sp.visit(&mut self.prog, a);
                }
            }
            ExprKind::Builtin { args, .. } => {
                for a in args.iter_mut() {
                    sp.visit(&mut self.prog, a);
                }
            }
            _ => {}
        }
        let Spiller { spilled, temps, .. } = sp;
        if !temps.is_empty() {
            let id = self.new_stmt_id();
            let mut lhs = Vec::new();
            for &(tmp, tpos) in &temps {
                out.push(Stmt::new(StmtKind::Decl(tmp), tpos));
                self.prog.vars[tmp.0 as usize].defn = Defn::Assign(id);
                lhs.push(Expr::new(
                    ExprKind::Var(tmp),
                    self.prog.vars[tmp.0 as usize].ty,
                    tpos,
                ));
                self.prog.funcs[wrapper.0 as usize]
                    .captures
                    .push(ir::Capture {
                        var: tmp,
                        pos: tpos,
                    });
            }
            out.push(Stmt::new(
                StmtKind::AssignList {
                    id,
                    kind: AssignListKind::Pair,
                    lhs,
                    rhs: spilled,
                    define: false,
                },
                pos,
            ));
        }
        self.prog.funcs[wrapper.0 as usize].is_capturing = !temps.is_empty();
        let call_pos = call.pos;
        self.prog.funcs[wrapper.0 as usize].body = vec![Stmt::new(StmtKind::Expr(call), call_pos)];
        let clo = Expr::new(ExprKind::Closure(wrapper), sig, pos);
        let nv = self.types().tuple(vec![]);
        Expr::new(
            ExprKind::Call {
                callee: Box::new(ir::Callee::Value(Box::new(clo))),
                args: vec![],
                ddd: false,
            },
            nv,
            call_pos,
        )
    }

    fn return_stmt(&mut self, s: &ast::Stmt, results: &[ast::Expr], out: &mut Vec<Stmt>) {
        let Some(f) = self.fstack.last() else { return };
        let want: SmallVec<[TypeId; 4]> = f.results.iter().copied().collect();
        let func = f.func;
        let named = self.prog.funcs[func.0 as usize]
            .results
            .iter()
            .any(|&r| !self.prog.vars[r.0 as usize].name.starts_with('~'));
        if results.is_empty() {
            if !want.is_empty() && !named {
                self.error(
                    s.pos,
                    format!(
                        "not enough return values\n\thave ()\n\twant {}",
                        self.types_summary(&want, false, false)
                    ),
                );
                return;
            }
            // A bare return needs the named results in scope.
            let result_vars = self.prog.funcs[func.0 as usize].results.clone();
            for r in result_vars {
                let name = self.prog.vars[r.0 as usize].name.clone();
                if name.starts_with('~') {
                    continue;
                }
                match self.lookup(&name, s.pos) {
                    Some(Object::Var(v)) if v == r => {}
                    Some(_) => {
                        self.error(
                            s.pos,
                            format!("result parameter {name} not in scope at return"),
                        );
                        return;
                    }
                    None => {}
                }
            }
            out.push(Stmt::new(StmtKind::Return(Vec::new()), s.pos));
            return;
        }
        let context = "return statement";
        let result_texts: SmallVec<[Option<String>; 4]> = self.prog.funcs[func.0 as usize]
            .results
            .iter()
            .map(|r| self.var_type_text.get(r).cloned())
            .collect();
        let single_call =
            results.len() == 1 && matches!(results[0].unparen().kind, AK::Call { .. });
        if results.len() == want.len() && !single_call {
            let mut exprs = Vec::with_capacity(results.len());
            let mut ok = true;
            for (i, r) in results.iter().enumerate() {
                let mut x = self.value(r, Some(want[i]));
                let t_text = result_texts.get(i).and_then(|t| t.as_deref());
                self.assignment_to(&mut x, want[i], t_text, context);
                if x.is_invalid() {
                    ok = false;
                    continue;
                }
                exprs.push(x.expr);
            }
            if ok {
                out.push(Stmt::new(StmtKind::Return(exprs), s.pos));
            }
            return;
        }
        if results.len() == 1 {
            let x = self.expr(&results[0], None);
            if x.is_invalid() {
                return;
            }
            let have = match self.prog.types.tuple_types(x.ty) {
                Some(ts) if !matches!(x.mode, Mode::NoValue) => ts.to_vec(),
                _ => {
                    let x = self.single_value(x.clone());
                    if x.is_invalid() {
                        return;
                    }
                    if want.len() == 1 {
                        // `return f()` with f returning one value.
                        let mut x = x;
                        self.assignment(&mut x, want[0], context);
                        if !x.is_invalid() {
                            out.push(Stmt::new(StmtKind::Return(vec![x.expr]), s.pos));
                        }
                        return;
                    }
                    vec![x.ty]
                }
            };
            if have.len() == want.len() {
                let targets: Vec<Option<TypeId>> = want.iter().map(|&t| Some(t)).collect();
                if self.tuple_assignable(&x, &have, &targets, context) {
                    let values =
                        self.spread_tuple(s.pos, x.expr, AssignListKind::Call, have, &targets);
                    out.push(Stmt::new(StmtKind::Return(values), s.pos));
                }
                return;
            }
            // Every value of the call is reported at the call.
            self.return_count_error(x.start, x.start, &have, &want);
            return;
        }
        let mut have = Vec::new();
        let mut starts = Vec::new();
        let mut ok = true;
        for r in results {
            let x = self.value(r, None);
            ok &= !x.is_invalid();
            have.push(x.ty);
            starts.push(x.start);
        }
        if ok {
            let (first_extra, last) = (
                starts.get(want.len()).copied().unwrap_or(s.pos),
                starts.last().copied().unwrap_or(s.pos),
            );
            self.return_count_error(first_extra, last, &have, &want);
        }
    }

    /// "too many return values" (at the first extra value) or "not enough return values" (at
    /// the last value), with types2's `have`/`want` summary lines.
    fn return_count_error(
        &mut self,
        first_extra: Pos,
        last: Pos,
        have: &[TypeId],
        want: &[TypeId],
    ) {
        let (q, at) = if have.len() > want.len() {
            ("too many", first_extra)
        } else {
            ("not enough", last)
        };
        self.error(
            at,
            format!(
                "{q} return values\n\thave {}\n\twant {}",
                self.types_summary(have, false, false),
                self.types_summary(want, false, false)
            ),
        );
    }

    // ---- dead code (Go's writer) ----

    /// Go's front-end `staticBool`: +1/-1 when a condition is statically true/false
    /// (looking through `&&`, `||` and — as Go does — `!` without negating), 0 otherwise.
    /// Like Go, it narrows the condition to the operand that decides it.
    pub(super) fn static_bool(&self, e: &ast::Expr, ir: Option<&mut Expr>) -> i32 {
        if let Some(&b) = self.const_bools.get(&(e as *const ast::Expr)) {
            return if b { 1 } else { -1 };
        }
        let (op, x, y) = match &e.kind {
            AK::Unary {
                op: ast::Operator::Not,
                x,
            } => {
                let inner = match ir {
                    Some(Expr {
                        kind: ExprKind::Unary { x: ix, .. },
                        ..
                    }) => Some(&mut **ix),
                    _ => None,
                };
                return self.static_bool(x, inner);
            }
            AK::Binary {
                op: op @ (ast::Operator::AndAnd | ast::Operator::OrOr),
                x,
                y,
            } => (*op, x, y),
            _ => return 0,
        };
        let is_logical = matches!(
            ir.as_deref(),
            Some(Expr {
                kind: ExprKind::Logical { .. },
                ..
            })
        );
        let xr = self.static_bool(x, None);
        let x_const = self.const_bools.contains_key(&(&**x as *const ast::Expr));
        let and = op == ast::Operator::AndAnd;
        let decided_by_x = if and { xr < 0 } else { xr > 0 };
        if decided_by_x {
            if let Some(slot) = ir.filter(|_| is_logical) {
                narrow(slot, true);
            }
            return xr;
        }
        let yr = self.static_bool(y, None);
        let decided_by_y = if and {
            xr > 0 || yr < 0
        } else {
            xr < 0 || yr > 0
        };
        if decided_by_y {
            if x_const && let Some(slot) = ir.filter(|_| is_logical) {
                narrow(slot, false);
            }
            return yr;
        }
        0
    }

    /// Go's front-end `terminates`: what ends a statement list for dead-code removal
    /// (return, goto, panic, an if whose live branches terminate, a block ending so) — not
    /// the spec's terminating statements.
    pub(super) fn writer_terminates(&self, s: &ast::Stmt) -> bool {
        match &s.kind {
            SK::Branch {
                kind: BranchKind::Goto,
                ..
            }
            | SK::Return { .. } => true,
            SK::Expr(e) => {
                matches!(&e.unparen().kind, AK::Call { fun, .. } if matches!(&fun.unparen().kind, AK::Name(n) if n == "panic" && !self.name_shadowed(n)))
            }
            SK::If {
                cond, then, els, ..
            } => {
                let c = self.static_bool(cond, None);
                let then_t = then
                    .stmts
                    .iter()
                    .rev()
                    .find(|s| !matches!(s.kind, SK::Empty))
                    .is_some_and(|s| self.writer_terminates(s));
                let else_t = els.as_ref().is_some_and(|e| self.writer_terminates(e));
                (c < 0 || then_t) && (c > 0 || else_t)
            }
            SK::Block(b) => b
                .stmts
                .iter()
                .rev()
                .find(|s| !matches!(s.kind, SK::Empty))
                .is_some_and(|s| self.writer_terminates(s)),
            _ => false,
        }
    }

    // ---- terminating statements (Go spec) ----

    pub(super) fn is_terminating_list(&self, stmts: &[ast::Stmt]) -> bool {
        // Trailing empty statements do not count.
        let mut it = stmts
            .iter()
            .rev()
            .skip_while(|s| matches!(s.kind, SK::Empty));
        it.next().is_some_and(|s| self.is_terminating(s))
    }

    pub(super) fn is_terminating(&self, s: &ast::Stmt) -> bool {
        match &s.kind {
            SK::Return { .. } => true,
            SK::Branch {
                kind: BranchKind::Goto,
                ..
            } => true,
            SK::Expr(e) => {
                if let AK::Call { fun, .. } = &e.unparen().kind
                    && let AK::Name(n) = &fun.unparen().kind
                    && n == "panic"
                {
                    return !self.name_shadowed(n);
                }
                false
            }
            SK::Block(b) => self.is_terminating_list(&b.stmts),
            SK::If { then, els, .. } => {
                els.as_ref().is_some_and(|e| self.is_terminating(e))
                    && self.is_terminating_list(&then.stmts)
            }
            SK::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, None, true),
            SK::Labeled { label, stmt } => match &stmt.kind {
                SK::For { cond, body, .. } => {
                    cond.is_none() && !has_break(&body.stmts, Some(&label.name), true)
                }
                SK::Switch { clauses, .. } => self.switch_terminates(clauses, Some(&label.name)),
                SK::Select { clauses, .. } => self.select_terminates(clauses, Some(&label.name)),
                _ => self.is_terminating(stmt),
            },
            SK::Switch { clauses, .. } => self.switch_terminates(clauses, None),
            SK::Select { clauses, .. } => self.select_terminates(clauses, None),
            _ => false,
        }
    }

    fn switch_terminates(&self, clauses: &[ast::CaseClause], label: Option<&str>) -> bool {
        clauses.iter().any(|c| c.is_default)
            && clauses.iter().all(|c| {
                !has_break(&c.body, label, true)
                    && (self.is_terminating_list(&c.body)
                        || matches!(
                            c.body.last().map(|s| &s.kind),
                            Some(SK::Branch {
                                kind: BranchKind::Fallthrough,
                                ..
                            })
                        ))
            })
    }

    fn select_terminates(&self, clauses: &[ast::CommClause], label: Option<&str>) -> bool {
        clauses
            .iter()
            .all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body))
    }

    fn name_shadowed(&self, name: &str) -> bool {
        self.fstack
            .iter()
            .any(|f| f.scopes.iter().any(|s| s.contains(name)))
            || self.pkg_scope.contains_key(name)
    }
}

/// "assignment mismatch: N variables but M values", naming the function when the only value
/// is a call (`... but f returns 2 values`).
pub(super) fn assign_mismatch_message(n: usize, m: usize, rhs: &[ast::Expr]) -> String {
    let vars = plural(n, "variable");
    let vals = plural(m, "value");
    match rhs {
        [one] => match &one.unparen().kind {
            AK::Call { fun, .. } => format!(
                "assignment mismatch: {vars} but {} returns {vals}",
                expr_string(fun)
            ),
            _ => format!("assignment mismatch: {vars} but {vals}"),
        },
        _ => format!("assignment mismatch: {vars} but {vals}"),
    }
}

/// `1st function result`, `2nd ...`, `11th ...` (types2's `nth`).
pub(super) fn nth(n: usize, what: &str) -> String {
    let ext = match n {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };
    format!("{n}{ext} {what}")
}

/// `1 variable`, `2 variables` (types2's `measure`).
pub(super) fn plural(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// The leftmost position of a simple statement (types2's `syntax.StartPos`).
fn stmt_start(s: &ast::Stmt) -> Pos {
    match &s.kind {
        SK::Expr(e) => e.go_start(),
        SK::Send { chan, .. } => chan.go_start(),
        SK::Assign { lhs, .. } => lhs.first().map_or(s.pos, GoStart::go_start),
        _ => s.pos,
    }
}

/// Whether types2 looks for duplicates of this case value: like gc, only for integer,
/// floating-point and string constants.
fn is_duplicate_checked(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Float(_) | Value::Rat(_) | Value::String(_)
    )
}

/// Appends `inner` to `out`, wrapped in a block when an init statement introduced a scope.
fn push_with_init(out: &mut Vec<Stmt>, mut inner: Vec<Stmt>, pos: Pos) {
    if inner.len() == 1 {
        out.extend(inner.pop());
    } else if !inner.is_empty() {
        out.push(Stmt::new(StmtKind::Block(inner), pos));
    }
}

/// Whether a statement list contains a `break` that targets the enclosing statement
/// (unlabeled at this level, or labeled with `label`).
fn has_break(stmts: &[ast::Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &ast::Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        SK::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => top,
            Some(l) => Some(l.name.as_str()) == label,
        },
        SK::Block(b) => has_break(&b.stmts, label, top),
        SK::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top))
        }
        SK::Labeled { stmt, .. } => stmt_has_break(stmt, label, top),
        // Nested breakable statements capture unlabeled breaks.
        SK::For { body, .. } | SK::Range { body, .. } => has_break(&body.stmts, label, false),
        SK::Switch { clauses, .. } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        SK::Select { clauses, .. } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

/// Collects the operands of a go/defer call that are evaluated at the statement.
struct Spiller {
    parent: FuncId,
    pos: Pos,
    spilled: Vec<Expr>,
    temps: Vec<(VarId, Pos)>,
}

impl Spiller {
    /// Operands evaluated inside the wrapper stay; composite literals are looked into.
    fn visit(&mut self, prog: &mut ir::Program, arg: &mut Expr) {
        match &mut arg.kind {
            ExprKind::Const(_)
            | ExprKind::Nil
            | ExprKind::MethodExpr { .. }
            | ExprKind::New
            | ExprKind::Func(_)
            | ExprKind::ImportedFunc(_) => {}
            ExprKind::CompLit {
                kind: ir::CompLitKind::Struct(fs),
                ..
            } => {
                for (_, v) in fs {
                    self.visit(prog, v);
                }
            }
            ExprKind::CompLit {
                kind: ir::CompLitKind::Array(es) | ir::CompLitKind::Slice { elems: es, .. },
                ..
            } => {
                for (_, v) in es {
                    self.visit(prog, v);
                }
            }
            _ => self.spill(prog, arg),
        }
    }

    /// Moves `arg` into a new temporary and leaves a reference to it.
    fn spill(&mut self, prog: &mut ir::Program, arg: &mut Expr) {
        // A unique position is the operand's own, unless it is a name.
        let unique = !matches!(
            arg.kind,
            ExprKind::Var(_) | ExprKind::Global(_) | ExprKind::Func(_)
        ) && arg.pos.is_known();
        let tpos = if unique { arg.pos } else { self.pos };
        let tmp = prog.new_temp(self.parent, tpos, arg.ty);
        let ty = arg.ty;
        let original = std::mem::replace(arg, Expr::new(ExprKind::Var(tmp), ty, tpos));
        self.spilled.push(original);
        self.temps.push((tmp, tpos));
    }
}

/// Replaces a `&&`/`||` expression by its left (`left`) or right operand.
fn narrow(slot: &mut Expr, left: bool) {
    let taken = std::mem::replace(slot, Expr::new(ExprKind::Nil, P::INVALID, slot.pos));
    *slot = match taken.kind {
        ExprKind::Logical { x, y, .. } => {
            if left {
                *x
            } else {
                *y
            }
        }
        other => Expr {
            kind: other,
            ..taken
        },
    };
}
