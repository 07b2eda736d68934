//! Go 1.26's slice pass (`cmd/compile/internal/slice`): append-built slices that escape
//! only at one place are built in a stack buffer and moved to the heap there, once.
//!
//! ```go
//! var s []int
//! for i := range n { s = append(s, i) }
//! return s
//! ```
//!
//! Escape analysis says the appends escape (the slice is returned). The slice pass, which
//! runs after it, sees that `s` is *exclusive* — no other variable ever refers to its
//! backing store — until `return s`, the one place where it stops being so (its
//! *transition*). It inserts `s = move2heap(s)` before that statement and marks the
//! appends non-escaping, so they may use a 32-byte frame buffer: `move2heap` copies the
//! slice to the heap only if it is still in the frame. Building 3 ints then costs one
//! 24-byte allocation instead of three growing ones.
//!
//! The rules, as Go's pass applies them to a function's slice variables (element size 1 to
//! 32 bytes, not captured by a closure):
//! * every mention of the variable must be one the pass understands: its declaration,
//!   `s = nil`, `s = []T{...}`, `s = s[i:j]`, `s = append(s, ...)`, `s[i]`, `len(s)`,
//!   `cap(s)`, passing `s` to a static call whose parameter does not leak, `x = s`,
//!   `return s`, `for ... range s`; `&s[i]` or anything else gives up;
//! * the last three are transitions; exactly one is allowed, not inside a loop deeper
//!   than the declaration;
//! * the appends must weigh at least 2 (each counts 1 plus its loop depth below the
//!   declaration): one append outside a loop gains nothing.
//!
//! When the capacity is observable (`cap(s)`, slicing, a slice literal, passing `s` to a
//! call), the appends use `growsliceBuf` — the buffer is reused, the capacity walking up
//! the size classes — and `move2heap` keeps the capacity; otherwise the first append takes
//! the whole buffer and `move2heap` may round the capacity to the length's size class.

use crate::escape::EscapeFacts;
use crate::ir::visit::for_each_child;
use crate::ir::{
    Builtin, Callee, CompLitKind, Expr, ExprKind, FuncId, IndexKind, Program, Stmt, StmtKind,
    VarClass, VarId,
};
use std::collections::{HashMap, HashSet};

/// What the pass decided for one function.
#[derive(Default, Debug)]
pub struct SlicePlan {
    /// Append calls (by IR node id) made non-escaping: `true` when they use
    /// `growsliceBuf` (the capacity is observable).
    pub appends: HashMap<u32, bool>,
    /// Statements (by address) before which `s = move2heap(s)` runs: the variable and
    /// whether the capacity is preserved.
    pub moves: HashMap<usize, Vec<(VarId, bool)>>,
}

struct Info {
    ok_uses: i32,
    all_uses: i32,
    transition: Option<usize>,
    appends: Vec<u32>,
    append_weight: i32,
    decl_depth: i32,
    cap_used: bool,
    dropped: bool,
}

struct Pass<'a> {
    prog: &'a Program,
    facts: &'a EscapeFacts,
    infos: HashMap<VarId, Info>,
    named_results: Vec<VarId>,
    loop_depth: i32,
}

/// Runs the pass over function `f`.
pub fn plan(prog: &Program, facts: &EscapeFacts, f: FuncId) -> SlicePlan {
    let func = prog.func(f);
    let captured: HashSet<VarId> = prog
        .funcs
        .iter()
        .flat_map(|g| g.captures.iter().map(|c| c.var))
        .collect();
    let mut pass = Pass {
        prog,
        facts,
        infos: HashMap::new(),
        named_results: Vec::new(),
        loop_depth: 0,
    };
    for &v in &func.dcl {
        let var = prog.var(v);
        let t = &prog.types;
        if !t.is_slice(var.ty) || captured.contains(&v) || facts.moved_to_heap.contains(&v) {
            continue;
        }
        let esize = t.size(t.elem(var.ty));
        if esize == 0 || esize > 32 {
            continue;
        }
        pass.infos.insert(
            v,
            Info {
                ok_uses: 0,
                all_uses: 0,
                transition: None,
                appends: Vec::new(),
                append_weight: 0,
                decl_depth: 0,
                cap_used: false,
                dropped: false,
            },
        );
        if var.class == VarClass::Result {
            pass.named_results.push(v);
        }
    }
    if pass.infos.is_empty() {
        return SlicePlan::default();
    }
    for s in &func.body {
        pass.stmt(s);
    }
    let mut out = SlicePlan::default();
    let mut vars: Vec<(&VarId, &Info)> = pass.infos.iter().collect();
    vars.sort_by_key(|(v, _)| **v);
    for (v, i) in vars {
        if i.dropped || i.ok_uses != i.all_uses || i.append_weight < 2 {
            continue;
        }
        let Some(at) = i.transition else { continue };
        out.moves.entry(at).or_default().push((*v, i.cap_used));
        for &a in &i.appends {
            out.appends.insert(a, i.cap_used);
        }
    }
    out
}

fn var_of(e: &Expr) -> Option<VarId> {
    match e.kind {
        ExprKind::Var(v) => Some(v),
        _ => None,
    }
}

impl Pass<'_> {
    fn tracking(&mut self, e: Option<&Expr>) -> Option<&mut Info> {
        let v = var_of(e?)?;
        self.infos.get_mut(&v).filter(|i| !i.dropped)
    }

    fn add_transition(&mut self, v: VarId, at: &Stmt) {
        let depth = self.loop_depth;
        let Some(i) = self.infos.get_mut(&v) else {
            return;
        };
        if i.transition.is_some() || depth > i.decl_depth {
            i.dropped = true;
            return;
        }
        i.transition = Some(at as *const Stmt as usize);
    }

    fn assign(&mut self, lhs: &Expr, rhs: Option<&Expr>, at: &Stmt) {
        let depth = self.loop_depth;
        let lhs_var = var_of(lhs);
        if let Some(i) = self.tracking(Some(lhs)) {
            match rhs.map(|r| &r.kind) {
                None | Some(ExprKind::Nil) => i.ok_uses += 1,
                Some(ExprKind::CompLit {
                    kind: CompLitKind::Slice { .. },
                    ..
                }) => {
                    i.ok_uses += 1;
                    i.cap_used = true;
                }
                Some(ExprKind::Slice { x, .. }) if var_of(x) == lhs_var => {
                    i.ok_uses += 2;
                    i.cap_used = true;
                }
                Some(ExprKind::Builtin {
                    which: Builtin::Append,
                    args,
                    ..
                }) if args.first().and_then(var_of) == lhs_var => {
                    i.ok_uses += 2;
                    i.appends.push(rhs.expect("append").id.get());
                    i.append_weight += 1 + (depth - i.decl_depth);
                }
                _ => {}
            }
        }
        if let Some(r) = rhs
            && let Some(v) = var_of(r)
            && let Some(i) = self.tracking(Some(r))
        {
            i.ok_uses += 1;
            self.add_transition(v, at);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let is_loop = matches!(s.kind, StmtKind::For { .. } | StmtKind::Range { .. });
        match &s.kind {
            StmtKind::Decl(v) => {
                let depth = self.loop_depth;
                if let Some(i) = self.infos.get_mut(v) {
                    i.ok_uses += 1;
                    i.all_uses += 1;
                    i.decl_depth = depth;
                }
                return;
            }
            StmtKind::Assign { lhs, rhs, .. } => self.assign(lhs, rhs.as_deref(), s),
            StmtKind::AssignList {
                kind: crate::ir::AssignListKind::Pair,
                lhs,
                rhs,
                ..
            } => {
                for (l, r) in lhs.iter().zip(rhs) {
                    self.assign(l, Some(r), s);
                }
            }
            StmtKind::Return(rs) => {
                for r in rs {
                    if let Some(v) = var_of(r)
                        && let Some(i) = self.tracking(Some(r))
                    {
                        i.ok_uses += 1;
                        self.add_transition(v, s);
                    }
                }
                if rs.is_empty() {
                    for v in self.named_results.clone() {
                        self.add_transition(v, s);
                    }
                }
            }
            StmtKind::Range { x, .. } => {
                if let Some(v) = var_of(x)
                    && let Some(i) = self.tracking(Some(x))
                {
                    i.ok_uses += 1;
                    self.add_transition(v, s);
                }
            }
            _ => {}
        }
        if is_loop {
            self.loop_depth += 1;
        }
        crate::ir::visit::walk_stmt_shallow(s, &mut |c| match c {
            crate::ir::visit::Shallow::Expr(e) => self.expr(e),
            crate::ir::visit::Shallow::Stmt(st) => self.stmt(st),
        });
        if is_loop {
            self.loop_depth -= 1;
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Var(v) => {
                if let Some(i) = self.infos.get_mut(v) {
                    i.all_uses += 1;
                }
            }
            ExprKind::Index {
                x,
                kind: IndexKind::Slice,
                ..
            } => {
                if let Some(i) = self.tracking(Some(x)) {
                    i.ok_uses += 1;
                }
            }
            ExprKind::Builtin { which, args, .. }
                if matches!(which, Builtin::Len | Builtin::Cap) && args.len() == 1 =>
            {
                let cap = matches!(which, Builtin::Cap);
                if let Some(i) = self.tracking(args.first()) {
                    i.ok_uses += 1;
                    i.cap_used |= cap;
                }
            }
            ExprKind::Addr(x) => {
                let mut x: &Expr = x;
                loop {
                    match &x.kind {
                        ExprKind::Field {
                            x: inner,
                            through_pointer: false,
                            ..
                        } => x = inner,
                        ExprKind::Index { x: inner, kind, .. } => {
                            if matches!(kind, IndexKind::Array) {
                                x = inner;
                                continue;
                            }
                            if let Some(i) = self.tracking(Some(inner)) {
                                i.dropped = true;
                            }
                            break;
                        }
                        _ => break,
                    }
                }
            }
            ExprKind::Call {
                callee, args, ddd, ..
            } => {
                if let Callee::Static(f) = &**callee {
                    for (idx, a) in args.iter().enumerate() {
                        let leaks = self.arg_leaks(*f, idx, *ddd && idx + 1 == args.len());
                        if !leaks && let Some(i) = self.tracking(Some(a)) {
                            i.ok_uses += 1;
                            i.cap_used = true;
                        }
                    }
                }
            }
            ExprKind::Init { stmts, .. } => {
                for s in stmts {
                    self.stmt(s);
                }
            }
            _ => {}
        }
        for_each_child(e, &mut |c| self.expr(c));
    }

    /// Whether argument `idx` of a static call to `f` leaks anywhere (Go's `argLeak`).
    fn arg_leaks(&self, f: FuncId, idx: usize, _ddd: bool) -> bool {
        let func = self.prog.func(f);
        let param = func.recv.iter().chain(&func.params).nth(idx);
        match param.and_then(|p| self.facts.param_leaks.get(p)) {
            Some(l) => l.any(),
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    /// The plan for function `name` of `src`: (appends with their growsliceBuf flag,
    /// moves with their preserve-capacity flag), by count.
    fn plan_of(src: &str, name: &str) -> (Vec<bool>, Vec<bool>) {
        let file = SourceFile::new("./x.go", src);
        let a = crate::analyze(
            &file,
            crate::escape::Options {
                level: 0,
                explain: false,
            },
        )
        .expect("valid program");
        let f = a
            .program
            .funcs
            .iter()
            .position(|f| f.name == name)
            .expect("function");
        let p = plan(&a.program, &a.facts, FuncId(f as u32));
        let mut appends: Vec<bool> = p.appends.values().copied().collect();
        appends.sort();
        let moves = p.moves.values().flatten().map(|m| m.1).collect();
        (appends, moves)
    }

    const HEAD: &str = "package main\n\nvar sink []int\n\n";

    #[test]
    fn a_slice_built_in_a_loop_and_returned_moves_once() {
        let src = format!(
            "{HEAD}func build(n int) []int {{\n\tvar s []int\n\tfor i := 0; i < n; i++ {{\n\t\ts = append(s, i)\n\t}}\n\treturn s\n}}\n\nfunc main() {{ sink = build(3) }}\n"
        );
        assert_eq!(plan_of(&src, "build"), (vec![false], vec![false]));
    }

    #[test]
    fn observing_the_capacity_switches_to_growslice_buf() {
        let src = format!(
            "{HEAD}func build(n int) []int {{\n\tvar s []int\n\tfor i := 0; i < n; i++ {{\n\t\ts = append(s, i)\n\t}}\n\tprintln(cap(s))\n\treturn s\n}}\n\nfunc main() {{ sink = build(3) }}\n"
        );
        assert_eq!(plan_of(&src, "build"), (vec![true], vec![true]));
    }

    #[test]
    fn what_the_pass_does_not_understand_keeps_go_s_escape_decision() {
        // &s[0] shares the backing store; one append outside a loop gains nothing; a
        // transition inside the loop is refused.
        for body in [
            "\tvar s []int\n\tfor i := 0; i < n; i++ {\n\t\ts = append(s, i)\n\t}\n\tp := &s[0]\n\t_ = p\n\treturn s\n",
            "\tvar s []int\n\ts = append(s, n)\n\treturn s\n",
            "\tvar s []int\n\tfor i := 0; i < n; i++ {\n\t\ts = append(s, i)\n\t\tsink = s\n\t}\n\treturn nil\n",
        ] {
            let src = format!(
                "{HEAD}func build(n int) []int {{\n{body}}}\n\nfunc main() {{ sink = build(3) }}\n"
            );
            assert_eq!(plan_of(&src, "build"), (vec![], vec![]), "{body}");
        }
    }

    #[test]
    fn a_store_to_a_global_is_the_transition_too() {
        let src = format!(
            "{HEAD}func keep() {{\n\tvar s []int\n\tfor i := 0; i < 1000; i++ {{\n\t\ts = append(s, i)\n\t}}\n\tif len(s) > 2000 {{\n\t\tsink = s\n\t}}\n}}\n\nfunc main() {{ keep() }}\n"
        );
        assert_eq!(plan_of(&src, "keep"), (vec![false], vec![false]));
    }
}
