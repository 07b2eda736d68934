//! From the typed program to [`code`](super::code): frames laid out, values placed where
//! the escape analysis decided, expressions flattened into instructions over frame slots.
//!
//! Placement follows the escape facts and nothing else — the runtime never second-guesses
//! the analysis:
//!
//! * a variable the analysis **moved to the heap** gets a heap cell when its declaration
//!   runs (each loop iteration gets a new one, as in Go); its frame slot holds the
//!   pointer, and every use goes through it;
//! * an allocation site (`new`, `&T{}`, `make`, a composite literal, an interface box, a
//!   string built at run time, `append`'s backing array) allocates on the heap when the
//!   analysis says it escapes, otherwise in a frame slot of the function that runs it.
//!
//! Temporaries are frame slots too, reused statement by statement, so the frame is a
//! faithful picture of what a Go frame holds.

use super::code::{FuncCode, Ins, IntKind, Scalar, SliceWhat, Slot, Synth};
use super::memory::Memory;
use crate::escape::EscapeFacts;
use crate::ir::{
    BinOp, Builtin, Callee, CompLitKind, Expr, ExprKind, Func, FuncId, FuncKind, IndexKind,
    Program, RangeKind, SliceKind, Stmt, StmtKind, UnOp, VarId,
};
use crate::source::Pos;
use crate::types::constant::Value;
use crate::types::{Basic, Type, TypeId, predeclared};
use std::collections::HashMap;

/// Where a variable lives in its function's frame.
#[derive(Clone, Copy, Debug)]
pub struct VarLoc {
    pub slot: Slot,
    /// The slot holds a pointer to the variable's heap cell.
    pub heap: bool,
}

/// The compiled program.
pub struct CodeProgram {
    /// One per program function, then the static initialisers' code.
    pub funcs: Vec<FuncCode>,
    /// Index in `funcs` of the code of `Program::static_inits`.
    pub static_init_func: u32,
    /// Address of each package variable.
    pub globals: Vec<u64>,
    /// Addresses of the words of package variables that may hold pointers (GC roots).
    pub global_pointer_words: Vec<u64>,
    /// Bytes of package variables that contain pointers (gctrace's "globals").
    pub global_scan_bytes: u64,
    pub var_locs: HashMap<VarId, VarLoc>,
    /// Layouts made up by the runtime (closure objects); an allocation of one is typed
    /// `TypeId(synth_base + index)`.
    pub synth: Vec<Synth>,
    /// First type id of `synth` (the program's type count).
    pub synth_base: u32,
    /// Closure object layout of each closure and wrapper: (layout, captures).
    pub closures: HashMap<FuncId, ClosureLayout>,
    /// Methods by (receiver type, method name), wrappers included: interface dispatch.
    pub methods: HashMap<(TypeId, crate::name::Name), FuncId>,
    /// Method value wrappers `T.M-fm` by (receiver type, method name).
    pub method_value_wrappers: HashMap<(TypeId, crate::name::Name), FuncId>,
}

/// How a closure object is laid out: the code pointer, then each capture.
#[derive(Clone, Debug, Default)]
pub struct ClosureLayout {
    pub synth: u32,
    /// (captured variable, offset in the object, captured by value).
    pub captures: Vec<(VarId, u32, bool)>,
}

impl CodeProgram {
    /// Size of a type or synthesized layout.
    pub fn size_of(&self, prog: &Program, ty: TypeId) -> u64 {
        if ty.0 >= self.synth_base {
            self.synth[(ty.0 - self.synth_base) as usize].size
        } else {
            prog.types.size(ty)
        }
    }
    /// Pointer-word offsets of a type or synthesized layout.
    pub fn pointer_words_of(&self, prog: &Program, ty: TypeId) -> Vec<u64> {
        if ty.0 >= self.synth_base {
            return self.synth[(ty.0 - self.synth_base) as usize]
                .pointer_words
                .clone();
        }
        let mut out = Vec::new();
        ptr_words_of(prog, ty, 0, &mut out);
        out
    }
}

/// Why a program cannot run (yet).
#[derive(Clone, Debug)]
pub struct CompileError {
    pub pos: Pos,
    pub message: String,
}

/// Compiles every function; static data (string literals, package variables) is laid out
/// in `mem`.
pub fn compile(prog: &Program, facts: &EscapeFacts, mem: &mut Memory) -> CodeProgram {
    let mut globals = Vec::with_capacity(prog.globals.len());
    for g in &prog.globals {
        let l = prog.types.layout(g.ty);
        globals.push(mem.add_static_zeroed(l.size, l.align));
    }
    let mut global_pointer_words = Vec::new();
    let mut global_scan_bytes = 0;
    for (g, addr) in prog.globals.iter().zip(&globals) {
        let mut words = Vec::new();
        ptr_words_of(prog, g.ty, 0, &mut words);
        if !words.is_empty() {
            global_scan_bytes += prog.types.layout(g.ty).ptr_data;
        }
        global_pointer_words.extend(words.into_iter().map(|w| addr + w));
    }
    let mut cp = CodeProgram {
        synth: Vec::new(),
        synth_base: prog.types.len() as u32,
        closures: HashMap::new(),
        methods: HashMap::new(),
        method_value_wrappers: HashMap::new(),
        funcs: vec![FuncCode::default(); prog.funcs.len()],
        static_init_func: prog.funcs.len() as u32,
        globals,
        global_pointer_words,
        global_scan_bytes,
        var_locs: HashMap::new(),
    };
    // Frames first: calls need their callees' parameter and result layouts.
    let mut vars_of: Vec<Vec<VarId>> = vec![Vec::new(); prog.funcs.len()];
    for (i, v) in prog.vars.iter().enumerate() {
        if let Some(list) = vars_of.get_mut(v.func.0 as usize) {
            list.push(VarId(i as u32));
        }
    }
    for (i, f) in prog.funcs.iter().enumerate() {
        layout_frame(
            prog,
            facts,
            f,
            &vars_of[i],
            &mut cp.funcs[i],
            &mut cp.var_locs,
        );
    }
    index_methods(prog, &mut cp);
    for (i, f) in prog.funcs.iter().enumerate() {
        if !f.captures.is_empty()
            || f.kind == FuncKind::Closure
            || f.kind == FuncKind::GoDeferWrapper
            || !f.hidden_params.is_empty()
        {
            let layout = closure_layout(prog, facts, FuncId(i as u32), &mut cp);
            cp.closures.insert(FuncId(i as u32), layout);
        }
    }
    for (i, f) in prog.funcs.iter().enumerate() {
        let frame = std::mem::take(&mut cp.funcs[i]);
        let mut plan = super::move2heap::plan(prog, facts, FuncId(i as u32));
        let mut fc = loop {
            let planned: usize = plan.moves.values().map(Vec::len).sum();
            let mut c = FnCompiler {
                prog,
                facts,
                mem: &mut *mem,
                cp: &cp,
                func: FuncId(i as u32),
                fc: frame.clone(),
                temp_top: 0,
                temp_base: 0,
                loops: Vec::new(),
                captures: HashMap::new(),
                returns: Vec::new(),
                backing_stores: Default::default(),
                obj_top: 0,
                obj_slots: Vec::new(),
                slices: std::mem::take(&mut plan),
                moves_emitted: 0,
                buf_stores: HashMap::new(),
                cell_groups: HashMap::new(),
                grouped_cells: Default::default(),
            };
            c.temp_base = c.fc.frame_size;
            c.fc.temps_start = c.fc.frame_size;
            c.temp_top = c.temp_base;
            if let Some(l) = cp.closures.get(&FuncId(i as u32)) {
                for &(v, off, by_value) in &l.captures {
                    c.captures.insert(v, (off, by_value));
                }
            }
            if holds_huge_values(prog, FuncId(i as u32)) {
                // Frames are laid out with 32-bit offsets: a function handling a value of
                // more than 1 GiB by value only refuses to run, when it is called.
                c.fc.frame_size = 0;
                c.fc.params_size = 0;
                c.fc.results_size = 0;
                c.fc.results_off = 0;
                c.fc.slots.clear();
                c.fc.param_slots.clear();
                c.fc.ctx_slot = None;
                c.unsupported("values larger than 1 GiB", f.pos);
                c.emit(Ins::Return);
                break c.finish();
            }
            c.body(f);
            // Every planned move must sit before its statement; if one could not be
            // placed, compile the function as escape analysis alone decided.
            if c.moves_emitted == planned {
                break c.finish();
            }
        };
        fc.pointer_words = pointer_words(prog, &cp, &fc.slots);
        super::liveness::compute(prog, &cp, FuncId(i as u32), &mut fc);
        fc.fast = super::fast::specialise(&fc);
        cp.funcs[i] = fc;
    }
    let mut c = FnCompiler {
        prog,
        facts,
        mem,
        cp: &cp,
        func: FuncId(u32::MAX),
        fc: FuncCode::default(),
        temp_top: 0,
        temp_base: 0,
        loops: Vec::new(),
        captures: HashMap::new(),
        returns: Vec::new(),
        backing_stores: Default::default(),
        obj_top: 0,
        obj_slots: Vec::new(),
        slices: Default::default(),
        moves_emitted: 0,
        buf_stores: HashMap::new(),
        cell_groups: HashMap::new(),
        grouped_cells: Default::default(),
    };
    c.stmts(&prog.static_inits);
    c.emit(Ins::Return);
    let mut fc = c.finish();
    fc.pointer_words = pointer_words(prog, &cp, &fc.slots);
    fc.fast = super::fast::specialise(&fc);
    cp.funcs.push(fc);
    cp
}

fn pointer_words(prog: &Program, cp: &CodeProgram, slots: &[(Slot, TypeId, u32)]) -> Vec<Slot> {
    let mut out = Vec::new();
    for &(off, ty, count) in slots {
        let mut words = Vec::new();
        let size = cp.size_of(prog, ty);
        let base = cp.pointer_words_of(prog, ty);
        for i in 0..count as u64 {
            words.extend(base.iter().map(|w| i * size + w));
        }
        out.extend(words.into_iter().map(|w| off + w as u32));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The largest value memsim handles by value in a frame (see [`holds_huge_values`]).
const MAX_VALUE_SIZE: u64 = 1 << 30;

/// Whether function `f` declares a variable or computes a value of more than
/// [`MAX_VALUE_SIZE`] bytes (pointers to such values are fine).
fn holds_huge_values(prog: &Program, f: FuncId) -> bool {
    let huge = |ty: TypeId| prog.types.size(ty) > MAX_VALUE_SIZE;
    let func = prog.func(f);
    if func
        .recv
        .iter()
        .chain(&func.params)
        .chain(&func.results)
        .chain(&func.dcl)
        .any(|v| huge(prog.var(*v).ty))
    {
        return true;
    }
    let mut found = false;
    crate::ir::visit::walk_func(prog, f, false, &mut |n| {
        if let crate::ir::visit::Node::Expr(e) = n {
            found |= huge(e.ty);
        }
    });
    found
}

/// Bytes under which pointer-free heap cells are allocated together (Go's
/// `maxAggregatedHeapAllocation`).
const MAX_AGGREGATED_CELLS: u64 = 16;

/// Go's aggregated heap cells (ssagen's `newHeapaddr`): moved variables of pointer-free
/// types smaller than 16 bytes, declared in one basic block, share one allocation as
/// long as the total stays within 16 bytes. memsim approximates the basic block by the
/// statements of one list with only straight-line statements between the declarations
/// (anything that may branch — bounds checks, `&&`, interface conversions, ... — ends
/// it), so it may make separate cells where Go shares one, never the reverse.
fn cell_groups(
    prog: &Program,
    cp: &CodeProgram,
    prefix: &[VarId],
    list: &[Stmt],
) -> Vec<Vec<VarId>> {
    struct Acc {
        groups: Vec<Vec<VarId>>,
        pending: Vec<VarId>,
        used: u64,
    }
    impl Acc {
        fn flush(&mut self) {
            if self.pending.len() > 1 {
                self.groups.push(std::mem::take(&mut self.pending));
            }
            self.pending.clear();
            self.used = 0;
        }
        fn decl(&mut self, prog: &Program, v: VarId) {
            let ty = prog.var(v).ty;
            let size = prog.types.size(ty);
            if prog.types.has_pointers(ty) || size == 0 || size >= MAX_AGGREGATED_CELLS {
                return;
            }
            if self.used + size > MAX_AGGREGATED_CELLS {
                self.flush();
            }
            self.pending.push(v);
            self.used += size;
        }
    }
    let mut acc = Acc {
        groups: Vec::new(),
        pending: Vec::new(),
        used: 0,
    };
    for &v in prefix {
        acc.decl(prog, v);
    }
    for s in list {
        match &s.kind {
            StmtKind::Decl(v) if cp.var_locs.get(v).is_some_and(|l| l.heap) => acc.decl(prog, *v),
            StmtKind::Decl(_) => {}
            _ if straight_line(s) => {}
            _ => acc.flush(),
        }
    }
    acc.flush();
    acc.groups
}

/// Whether a statement surely runs without branching (see [`cell_groups`]).
fn straight_line(s: &Stmt) -> bool {
    fn expr(e: &Expr) -> bool {
        let own = match &e.kind {
            ExprKind::Const(_)
            | ExprKind::Var(_)
            | ExprKind::Global(_)
            | ExprKind::Func(_)
            | ExprKind::Nil
            | ExprKind::Field { .. }
            | ExprKind::Deref(_)
            | ExprKind::Addr(_)
            | ExprKind::New
            | ExprKind::Closure(_) => true,
            ExprKind::CompLit {
                kind: CompLitKind::Struct(_) | CompLitKind::Array(_),
                ..
            } => true,
            ExprKind::Unary { .. } => true,
            ExprKind::Binary { op, .. } => matches!(
                op,
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor
            ),
            ExprKind::Call { callee, ddd, .. } => {
                !ddd && matches!(**callee, Callee::Static(_) | Callee::Value(_))
            }
            _ => false,
        };
        if !own {
            return false;
        }
        let mut ok = true;
        crate::ir::visit::for_each_child(e, &mut |c| ok &= expr(c));
        ok
    }
    match &s.kind {
        StmtKind::Assign { lhs, rhs, .. } => expr(lhs) && rhs.as_deref().is_none_or(expr),
        StmtKind::AssignList {
            kind: crate::ir::AssignListKind::Pair,
            lhs,
            rhs,
            ..
        } => lhs.iter().chain(rhs).all(expr),
        StmtKind::Expr(e) => expr(e),
        _ => false,
    }
}

/// Offsets of the words of a value of type `ty` that may hold pointers into memory.
pub fn ptr_words_of(prog: &Program, ty: TypeId, base: u64, out: &mut Vec<u64>) {
    let t = &prog.types;
    if !t.has_pointers(ty) {
        return;
    }
    match t.under(ty) {
        Type::Basic(Basic::String | Basic::UntypedString | Basic::UnsafePointer) => out.push(base),
        Type::Basic(_) => {}
        Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_) => out.push(base),
        Type::Slice(_) => out.push(base),
        Type::Interface { .. } => out.push(base + 8),
        Type::Array { len, elem } => {
            let (len, elem) = (*len, *elem);
            let size = t.size(elem);
            for i in 0..len.min(1 << 16) {
                ptr_words_of(prog, elem, base + i * size, out);
            }
        }
        Type::Struct(fields) => {
            for (i, f) in fields.iter().enumerate() {
                ptr_words_of(prog, f.ty, base + t.field_offset(ty, i), out);
            }
        }
        _ => {}
    }
}

/// The closure object of `f`: the code pointer, then each captured variable, by value
/// (its value) or by reference (a pointer to it), as the escape analysis decided. A
/// method value wrapper's object holds the receiver instead.
fn closure_layout(
    prog: &Program,
    facts: &EscapeFacts,
    f: FuncId,
    cp: &mut CodeProgram,
) -> ClosureLayout {
    let func = prog.func(f);
    let mut off = 8u64;
    let mut captures = Vec::new();
    let mut pointer_words = Vec::new();
    for &this in &func.hidden_params {
        let ty = prog.var(this).ty;
        off = off.next_multiple_of(prog.types.align(ty).max(1));
        let mut w = Vec::new();
        ptr_words_of(prog, ty, off, &mut w);
        pointer_words.extend(w);
        off += prog.types.size(ty);
    }
    for c in &func.captures {
        let ty = prog.var(c.var).ty;
        let by_value = facts
            .capture_by_value
            .get(&(f, c.var))
            .copied()
            .unwrap_or(false);
        if by_value {
            off = off.next_multiple_of(prog.types.align(ty).max(1));
            let mut w = Vec::new();
            ptr_words_of(prog, ty, off, &mut w);
            pointer_words.extend(w);
            captures.push((c.var, off as u32, true));
            off += prog.types.size(ty);
        } else {
            off = off.next_multiple_of(8);
            pointer_words.push(off);
            captures.push((c.var, off as u32, false));
            off += 8;
        }
    }
    let synth = cp.synth.len() as u32;
    cp.synth.push(Synth {
        size: off.next_multiple_of(8),
        pointer_words,
    });
    ClosureLayout { synth, captures }
}

/// Fills the method tables used by interface calls and method values.
fn index_methods(prog: &Program, cp: &mut CodeProgram) {
    for (i, f) in prog.funcs.iter().enumerate() {
        let id = FuncId(i as u32);
        let method = f.name.rsplit('.').next().unwrap_or("");
        match f.kind {
            FuncKind::Method { .. } => {
                if let Some(r) = f.recv {
                    cp.methods
                        .insert((prog.types.canonical(prog.var(r).ty), method.into()), id);
                }
            }
            FuncKind::Autogenerated => {
                if let Some(name) = method.strip_suffix("-fm") {
                    if let Some(&this) = f.hidden_params.first() {
                        cp.method_value_wrappers
                            .insert((prog.types.canonical(prog.var(this).ty), name.into()), id);
                    }
                } else if let Some(r) = f.recv {
                    cp.methods
                        .entry((prog.types.canonical(prog.var(r).ty), method.into()))
                        .or_insert(id);
                }
            }
            _ => {}
        }
    }
}

/// Gives variable `v` a frame slot at the next offset its alignment allows.
fn place_var(
    prog: &Program,
    locs: &mut HashMap<VarId, VarLoc>,
    fc: &mut FuncCode,
    off: &mut u64,
    v: VarId,
) {
    if locs.contains_key(&v) {
        return;
    }
    let ty = prog.var(v).ty;
    let (size, align) = (prog.types.size(ty), prog.types.align(ty).max(1));
    *off = off.next_multiple_of(align);
    locs.insert(
        v,
        VarLoc {
            slot: *off as Slot,
            heap: false,
        },
    );
    fc.slots.push((*off as Slot, ty, 1));
    *off += size;
}

fn layout_frame(
    prog: &Program,
    facts: &EscapeFacts,
    f: &Func,
    own_vars: &[VarId],
    fc: &mut FuncCode,
    locs: &mut HashMap<VarId, VarLoc>,
) {
    let mut off = 0u64;
    for v in f.recv.iter().chain(&f.params).chain(&f.hidden_params) {
        place_var(prog, locs, fc, &mut off, *v);
    }

    for v in f.recv.iter().chain(&f.params) {
        let slot = locs[v].slot;
        fc.param_slots
            .push((slot, prog.types.size(prog.var(*v).ty) as u32));
    }
    off = off.next_multiple_of(8);
    fc.params_size = off as u32;
    fc.results_off = off as u32;
    for v in &f.results {
        place_var(prog, locs, fc, &mut off, *v);
    }
    off = off.next_multiple_of(8);
    fc.results_size = off as u32 - fc.results_off;
    // Go's declaration list, then any variable of the function it does not list.
    for v in f.dcl.iter().chain(own_vars) {
        place_var(prog, locs, fc, &mut off, *v);
    }
    if matches!(f.kind, FuncKind::Closure | FuncKind::GoDeferWrapper) || !f.hidden_params.is_empty()
    {
        off = off.next_multiple_of(8);
        fc.ctx_slot = Some(off as Slot);
        fc.slots.push((off as Slot, predeclared::UNSAFE_POINTER, 1));
        off += 8;
    }
    // Variables moved to the heap keep a pointer slot of their own.
    for v in f
        .recv
        .iter()
        .chain(&f.params)
        .chain(&f.results)
        .chain(&f.dcl)
        .chain(own_vars)
    {
        if facts.moved_to_heap.contains(v) && !locs[v].heap {
            off = off.next_multiple_of(8);
            locs.insert(
                *v,
                VarLoc {
                    slot: off as Slot,
                    heap: true,
                },
            );
            fc.slots.push((off as Slot, predeclared::UNSAFE_POINTER, 1));
            off += 8;
        }
    }
    fc.frame_size = off.next_multiple_of(8) as u32;
}

struct LoopCtx {
    label: Option<crate::name::Name>,
    breaks: Vec<usize>,
    continues: Vec<usize>,
    /// A `switch`/`select` (only `break` applies).
    switch: bool,
}

struct FnCompiler<'a> {
    prog: &'a Program,
    facts: &'a EscapeFacts,
    mem: &'a mut Memory,
    cp: &'a CodeProgram,
    func: FuncId,
    fc: FuncCode,
    temp_base: u32,
    temp_top: u32,
    loops: Vec<LoopCtx>,
    /// Variables of enclosing functions this closure reaches through its context:
    /// (offset in the closure object, captured by value).
    captures: HashMap<VarId, (u32, bool)>,
    /// `return` jumps to patch to the epilogue.
    returns: Vec<usize>,
    /// Slice variables whose first `append` got a backing store.
    backing_stores: std::collections::HashSet<VarId>,
    /// Bytes of the object area so far, and its typed slots.
    obj_top: u32,
    obj_slots: Vec<(Slot, TypeId, u32)>,
    /// Go 1.26's slice pass for this function (see [`super::move2heap`]), the moves
    /// placed so far, and the 32-byte buffer of each slice growing with `growsliceBuf`.
    slices: super::move2heap::SlicePlan,
    moves_emitted: usize,
    buf_stores: HashMap<VarId, Slot>,
    /// Heap cells allocated together (see [`cell_groups`]): the members and offsets of
    /// each group by its first variable, and every later member.
    cell_groups: HashMap<VarId, Vec<(VarId, u32)>>,
    grouped_cells: std::collections::HashSet<VarId>,
}

impl FnCompiler<'_> {
    /// Places the object area after the temporaries and returns the finished code.
    fn finish(mut self) -> FuncCode {
        let base = self.fc.frame_size.next_multiple_of(8);
        self.fc.objects_base = base;
        self.fc.frame_size = (base + self.obj_top).next_multiple_of(8);
        for (at, ty, count) in std::mem::take(&mut self.obj_slots) {
            self.fc.slots.push((base + at, ty, count));
        }
        self.fc
    }
}

/// Where an assignment stores.
enum Place {
    Slot(Slot),
    Mem {
        ptr: Slot,
        off: u32,
    },
    /// `m[key]`.
    MapEntry {
        m: Slot,
        key: Slot,
        ty: TypeId,
        pos: Pos,
    },
    Discard,
}

/// The call of a compiler-generated wrapper whose body is a tail call (Go's `ORETJMP`):
/// `Expr(call)` in a function with results.
fn tail_call(f: &Func) -> Option<&Expr> {
    if f.kind != FuncKind::Autogenerated || f.results.is_empty() || f.body.len() != 1 {
        return None;
    }
    match &f.body[0].kind {
        StmtKind::Expr(
            call @ Expr {
                kind: ExprKind::Call { .. },
                ..
            },
        ) => Some(call),
        _ => None,
    }
}

/// Size of a map group of `map_ty` (8 control bytes and 8 slots; keys and elements over
/// 128 bytes stored behind pointers), and whether it holds pointers.
pub fn group_size(prog: &Program, map_ty: TypeId) -> (u64, bool) {
    let t = &prog.types;
    let (k, v) = match t.under(map_ty) {
        Type::Map { key, value } => (*key, *value),
        _ => return (8, false),
    };
    let slot_of = |ty: TypeId| -> (u64, u64, bool) {
        let l = t.layout(ty);
        if l.size > super::maps::MAX_INLINE {
            (8, 8, true)
        } else {
            (l.size, l.align.max(1), l.ptr_data > 0)
        }
    };
    let (ks, ka, kp) = slot_of(k);
    let (vs, va, vp) = slot_of(v);
    let align = ka.max(va).max(1);
    let elem_off = ks.next_multiple_of(va);
    let slot = (elem_off + vs).next_multiple_of(align);
    (8 + super::maps::GROUP_SLOTS * slot, kp || vp)
}

/// Replaces every `Init { stmts, x }` on the right of an assignment by `x`, collecting
/// the statements.
fn strip_inits(st: &mut Stmt, out: &mut Vec<Stmt>) {
    let strip = |e: &mut Expr, out: &mut Vec<Stmt>| {
        if let ExprKind::Init { stmts, x } = &mut e.kind {
            out.append(stmts);
            let inner = std::mem::replace(&mut **x, Expr::new(ExprKind::Blank, e.ty, e.pos));
            *e = inner;
        }
    };
    match &mut st.kind {
        StmtKind::Assign { rhs: Some(r), .. } => strip(r, out),
        StmtKind::AssignList { rhs, .. } => {
            for r in rhs.iter_mut() {
                strip(r, out);
            }
        }
        _ => {}
    }
}

/// The channel a select case receives from (`<-ch`, `v := <-ch`, `v, ok = <-ch`).
fn select_recv(comm: &Stmt) -> Option<&Expr> {
    fn recv_of(e: &Expr) -> Option<&Expr> {
        match &e.kind {
            ExprKind::Recv(ch) => Some(&**ch),
            // Go's lowering of `v, ok := <-ch`: temporaries assigned first.
            ExprKind::Init { stmts, x } => {
                stmts.iter().find_map(select_recv).or_else(|| recv_of(x))
            }
            _ => None,
        }
    }
    match &comm.kind {
        StmtKind::Expr(e) => recv_of(e),
        StmtKind::Assign { rhs: Some(r), .. } => recv_of(r),
        StmtKind::AssignList { rhs, .. } => rhs.iter().find_map(recv_of),
        // `v := <-ch` declares v first.
        StmtKind::Block(stmts) => stmts.iter().find_map(select_recv),
        _ => None,
    }
}

/// The signature of interface method `name` of interface type `iface`.
fn callee_sig(prog: &Program, iface: TypeId, name: &str) -> TypeId {
    prog.types
        .interface_methods(iface)
        .iter()
        .find(|m| m.name == name)
        .map(|m| m.sig)
        .unwrap_or(predeclared::INVALID)
}

fn int_kind_of(prog: &Program, ty: TypeId) -> Option<IntKind> {
    match prog.types.under(ty) {
        Type::Basic(b) => {
            let b = b.canonical();
            if !b.is_integer() {
                return None;
            }
            let size = match b {
                Basic::UntypedInt | Basic::UntypedRune => 8,
                _ => b.size() as u8,
            };
            Some(IntKind {
                size,
                signed: !b.is_unsigned(),
            })
        }
        _ => None,
    }
}

pub fn scalar_of(prog: &Program, ty: TypeId) -> Scalar {
    if let Some(k) = int_kind_of(prog, ty) {
        return Scalar::Int(k);
    }
    match prog.types.under(ty) {
        Type::Basic(b) => match b.canonical() {
            Basic::Float32 => Scalar::F32,
            Basic::Float64 | Basic::UntypedFloat => Scalar::F64,
            Basic::Complex64 => Scalar::C64,
            Basic::Complex128 | Basic::UntypedComplex => Scalar::C128,
            Basic::Bool | Basic::UntypedBool => Scalar::Bool,
            Basic::String | Basic::UntypedString => Scalar::String,
            _ => Scalar::Word,
        },
        Type::Interface { .. } => Scalar::Iface,
        Type::Struct(_) | Type::Array { .. } => Scalar::Composite(ty),
        _ => Scalar::Word,
    }
}

impl<'a> FnCompiler<'a> {
    fn emit(&mut self, i: Ins) -> usize {
        self.fc.code.push(i);
        self.fc.code.len() - 1
    }
    fn here(&self) -> u32 {
        self.fc.code.len() as u32
    }
    fn patch(&mut self, at: usize, to: u32) {
        match &mut self.fc.code[at] {
            Ins::Jump { to: t } | Ins::JumpIf { to: t, .. } | Ins::JumpIfNot { to: t, .. } => {
                *t = to
            }
            _ => unreachable!("patching a non-jump"),
        }
    }
    fn size(&self, ty: TypeId) -> u32 {
        self.prog.types.size(ty) as u32
    }
    fn temp(&mut self, ty: TypeId) -> Slot {
        let l = self.prog.types.layout(ty);
        self.temp_raw(l.size.max(1) as u32, l.align.max(1) as u32, ty, 1)
    }
    /// A temporary of `size` bytes holding `count` values of `ty`.
    fn temp_raw(&mut self, size: u32, align: u32, ty: TypeId, count: u32) -> Slot {
        let at = self.temp_top.next_multiple_of(align.max(1));
        self.temp_top = at + size;
        self.fc.frame_size = self.fc.frame_size.max(self.temp_top.next_multiple_of(8));
        self.note_slot(at, ty, count);
        at
    }
    /// A frame slot for a stack-allocated object (`new`, a composite literal, a box, a
    /// closure, a slice's stack buffer): unlike temporaries it is never reused, since the
    /// object may be used until the function returns. Object slots are offsets from the
    /// frame's object area, which follows the temporaries (`FuncCode::objects_base`).
    fn object_slot(&mut self, size: u32, align: u32, ty: TypeId, count: u32) -> Slot {
        let at = self.obj_top.next_multiple_of(align.max(1));
        self.obj_top = at + size;
        self.obj_slots.push((at, ty, count));
        at
    }

    /// The frame buffer a string operation may build its result in when the result
    /// does not escape (Go's `tmpBuf`), else `None` (the heap).
    fn string_buffer(&mut self, e: &Expr, size: u32) -> Option<(Slot, u32)> {
        if self.escapes(e) {
            return None;
        }
        let slot = self.object_slot(size.max(1), 8, predeclared::UINT8, size.max(1));
        Some((slot, size))
    }

    fn note_slot(&mut self, at: Slot, ty: TypeId, count: u32) {
        if self.prog.types.has_pointers(ty) && !self.fc.slots.contains(&(at, ty, count)) {
            self.fc.slots.push((at, ty, count));
        }
    }
    fn unsupported(&mut self, what: &'static str, pos: Pos) {
        self.emit(Ins::Unsupported { what, pos });
    }
    /// Records the heap-cell groups of a statement list (and the moved parameters
    /// allocated just before it).
    fn note_cell_groups(&mut self, prefix: &[VarId], list: &[Stmt]) {
        for group in cell_groups(self.prog, self.cp, prefix, list) {
            let leader = group[0];
            let mut members = group.clone();
            let align = |v: &VarId| self.prog.types.align(self.prog.var(*v).ty).max(1);
            members.sort_by_key(|v| std::cmp::Reverse(align(v)));
            let mut off = 0u32;
            let mut placed = Vec::new();
            for v in members {
                placed.push((v, off));
                off += self.prog.types.size(self.prog.var(v).ty) as u32;
            }
            for &v in &group[1..] {
                self.grouped_cells.insert(v);
            }
            self.cell_groups.insert(leader, placed);
        }
    }

    /// The heap cell of moved variable `v` at its declaration: its own allocation, the
    /// shared allocation of its group (when it leads one), or nothing (a later member:
    /// its pointer was set by the leader).
    fn heap_cell(&mut self, v: VarId, pos: Pos) {
        if self.grouped_cells.contains(&v) {
            return;
        }
        let loc = self.cp.var_locs[&v];
        let Some(group) = self.cell_groups.get(&v).cloned() else {
            let ty = self.prog.var(v).ty;
            self.emit(Ins::New {
                dst: loc.slot,
                elem: ty,
                count_slot: None,
                count: 1,
                pos,
            });
            return;
        };
        let align = self.prog.types.align(self.prog.var(group[0].0).ty).max(1) as u32;
        let total = group
            .iter()
            .map(|(m, off)| off + self.prog.types.size(self.prog.var(*m).ty) as u32)
            .max()
            .unwrap_or(0)
            .next_multiple_of(align);
        self.emit(Ins::New {
            dst: loc.slot,
            elem: predeclared::UINT8,
            count_slot: None,
            count: total as u64,
            pos,
        });
        let mut own = 0;
        for (m, off) in group {
            if m == v {
                own = off;
                continue;
            }
            self.emit(Ins::AddOff {
                dst: self.cp.var_locs[&m].slot,
                ptr: loc.slot,
                off,
            });
        }
        if own != 0 {
            self.emit(Ins::AddOff {
                dst: loc.slot,
                ptr: loc.slot,
                off: own,
            });
        }
    }

    fn escapes(&self, e: &Expr) -> bool {
        self.facts
            .alloc_escapes
            .get(&e.id.get())
            .copied()
            .unwrap_or(true)
    }

    fn body(&mut self, f: &Func) {
        // Parameters moved to the heap are copied into their cells on entry; small
        // pointer-free cells share allocations with each other and with the first
        // declarations of the body (Go's entry block).
        let heap_params: Vec<VarId> = f
            .recv
            .iter()
            .chain(&f.params)
            .chain(&f.results)
            .copied()
            .filter(|v| self.cp.var_locs[v].heap)
            .collect();
        if tail_call(f).is_none() {
            self.note_cell_groups(&heap_params, &f.body);
        }
        for v in &heap_params {
            self.heap_cell(*v, f.pos);
        }
        for v in f.recv.iter().chain(&f.params).chain(&f.results) {
            let loc = self.cp.var_locs[v];
            if loc.heap {
                let ty = self.prog.var(*v).ty;
                let value_slot = self.value_slot_of(*v);
                let size = self.size(ty);
                if size > 0 {
                    self.emit(Ins::Store {
                        ptr: loc.slot,
                        off: 0,
                        src: value_slot,
                        size,
                    });
                }
            }
        }
        // A method value wrapper reads its receiver from the closure object.
        if let (Some(ctx), Some(&this)) = (self.fc.ctx_slot, f.hidden_params.first()) {
            let loc = self.cp.var_locs[&this];
            let ty = self.prog.var(this).ty;
            let size = self.size(ty);
            let off = 8u32.next_multiple_of(self.prog.types.align(ty).max(1) as u32);
            if size > 0 {
                self.emit(Ins::Load {
                    dst: loc.slot,
                    ptr: ctx,
                    off,
                    size,
                });
            }
        }
        match tail_call(f) {
            // A wrapper that tail-calls the method it wraps returns its results.
            Some(call) => {
                let ret = Stmt::new(StmtKind::Return(vec![call.clone()]), call.pos);
                self.stmts(std::slice::from_ref(&ret));
            }
            None => self.stmts(&f.body),
        }
        self.ret_epilogue(f);
        self.fc.unwind_pc = self.here();
        self.emit(Ins::Unwind);
    }

    /// The parameter slot itself for a heap-moved parameter (its incoming value).
    fn value_slot_of(&self, v: VarId) -> Slot {
        // Parameters were laid out before the heap pointer slots were added: the first
        // slot registered for the variable's position is its value.
        let var = self.prog.var(v);
        let f = self.prog.func(self.func);
        let mut off = 0u64;
        for p in f.recv.iter().chain(&f.params).chain(&f.hidden_params) {
            let pv = self.prog.var(*p);
            off = off.next_multiple_of(self.prog.types.align(pv.ty).max(1));
            if *p == v {
                return off as Slot;
            }
            off += self.prog.types.size(pv.ty);
        }
        off = off.next_multiple_of(8);
        for r in &f.results {
            let rv = self.prog.var(*r);
            off = off.next_multiple_of(self.prog.types.align(rv.ty).max(1));
            if *r == v {
                return off as Slot;
            }
            off += self.prog.types.size(rv.ty);
        }
        let _ = var;
        0
    }

    /// The epilogue every `return` jumps to: deferred calls, heap-moved results copied
    /// back into the results block, return.
    fn ret_epilogue(&mut self, f: &Func) {
        self.fc.epilogue_pc = self.here();
        let h = self.here();
        for j in std::mem::take(&mut self.returns) {
            self.patch(j, h);
        }
        self.emit(Ins::RunDefers);
        for r in &f.results {
            let loc = self.cp.var_locs[r];
            if loc.heap {
                let ty = self.prog.var(*r).ty;
                let size = self.size(ty);
                let dst = self.value_slot_of(*r);
                if size > 0 {
                    self.emit(Ins::Load {
                        dst,
                        ptr: loc.slot,
                        off: 0,
                        size,
                    });
                }
            }
        }
        self.emit(Ins::Return);
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        self.note_cell_groups(&[], ss);
        for s in ss {
            self.temp_top = self.temp_base;
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        if let Some(moves) = self.slices.moves.get(&(s as *const Stmt as usize)).cloned() {
            for (v, keep_cap) in moves {
                let loc = self.cp.var_locs[&v];
                let elem = self.prog.types.elem(self.prog.var(v).ty);
                self.emit(Ins::MoveToHeap {
                    slot: loc.slot,
                    elem,
                    keep_cap,
                });
                self.moves_emitted += 1;
            }
        }
        match &s.kind {
            // A declaration starts a variable's life: a variable moved to the heap gets a
            // new cell each time (each loop iteration its own). A frame variable needs
            // nothing: its initialisation is an assignment of its own.
            StmtKind::Decl(v) => {
                if self.cp.var_locs[v].heap {
                    self.heap_cell(*v, s.pos);
                }
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                self.emit(Ins::Line { pos: s.pos });
                let place = self.place(lhs);
                match rhs {
                    Some(r) => {
                        let v = self.expr(r);
                        self.store(&place, v, lhs.ty);
                    }
                    None => {
                        let size = self.size(lhs.ty);
                        let z = self.temp(lhs.ty);
                        self.emit(Ins::Zero { dst: z, size });
                        self.store(&place, z, lhs.ty);
                    }
                }
            }
            StmtKind::AssignOp { op, lhs, rhs, .. } => {
                self.emit(Ins::Line { pos: s.pos });
                let place = self.place(lhs);
                let cur = self.load_place(&place, lhs.ty);
                // Go's walk rewrites `s += a + b` to `s = s + a + b`, whose typecheck
                // flattens it into one concatenation of s, a and b: the inner `a + b` (which
                // escape analysis saw, and reported, on its own) never allocates.
                if let (BinOp::Add, ExprKind::AddStr(parts)) = (op, &rhs.kind)
                    && self.prog.types.is_string(lhs.ty)
                {
                    let mut slots = vec![cur];
                    slots.extend(parts.iter().map(|p| self.expr(p)));
                    let dst = self.temp(lhs.ty);
                    self.emit(Ins::Concat {
                        dst,
                        parts: slots,
                        buf: None,
                        pos: s.pos,
                    });
                    self.store(&place, dst, lhs.ty);
                } else {
                    let r = self.expr(rhs);
                    let dst = self.temp(lhs.ty);
                    self.binary(*op, lhs.ty, rhs.ty, dst, cur, r, s.pos);
                    self.store(&place, dst, lhs.ty);
                }
            }
            StmtKind::AssignList { kind, lhs, rhs, .. } => {
                self.emit(Ins::Line { pos: s.pos });
                use crate::ir::AssignListKind as K;
                match kind {
                    K::Pair => {
                        let places: Vec<Place> = lhs.iter().map(|l| self.place(l)).collect();
                        let vals: Vec<Slot> = rhs
                            .iter()
                            .map(|r| {
                                let v = self.expr(r);
                                let t = self.temp(r.ty);
                                let size = self.size(r.ty);
                                self.emit(Ins::Copy {
                                    dst: t,
                                    src: v,
                                    size,
                                });
                                t
                            })
                            .collect();
                        for ((p, v), l) in places.iter().zip(vals).zip(lhs) {
                            self.store(p, v, l.ty);
                        }
                    }
                    K::Call => {
                        let tuple = self.expr(&rhs[0]);
                        let tys: Vec<TypeId> = self
                            .prog
                            .types
                            .tuple_types(rhs[0].ty)
                            .map(|t| t.to_vec())
                            .unwrap_or_default();
                        let mut off = 0u64;
                        let places: Vec<Place> = lhs.iter().map(|l| self.place(l)).collect();
                        for (p, ty) in places.iter().zip(&tys) {
                            off = off.next_multiple_of(self.prog.types.align(*ty).max(1));
                            self.store(p, tuple + off as u32, *ty);
                            off += self.prog.types.size(*ty);
                        }
                    }
                    K::DotType => {
                        let dst = self.temp(lhs[0].ty);
                        let ok = self.temp(predeclared::BOOL);
                        let (x, src_ty) = match &rhs[0].kind {
                            ExprKind::TypeAssert { x } => (self.expr(x), x.ty),
                            _ => unreachable!("v, ok = x.(T) has a type assertion"),
                        };
                        self.emit(Ins::TypeAssert {
                            dst,
                            src: x,
                            ty: lhs[0].ty,
                            ok: Some(ok),
                            src_ty,
                            pos: rhs[0].pos,
                        });
                        let p0 = self.place(&lhs[0]);
                        self.store(&p0, dst, lhs[0].ty);
                        let p1 = self.place(&lhs[1]);
                        self.store(&p1, ok, lhs[1].ty);
                    }
                    K::Recv => {
                        let ExprKind::Recv(chan) = &rhs[0].kind else {
                            unreachable!("v, ok = <-ch has a receive");
                        };
                        let ch = self.expr(chan);
                        let vty = lhs[0].ty;
                        let dst = self.temp(rhs[0].ty);
                        let ok = self.temp(predeclared::BOOL);
                        let size = self.size(rhs[0].ty);
                        self.emit(Ins::Recv {
                            ch,
                            dst,
                            ok: Some(ok),
                            size,
                            pos: rhs[0].pos,
                        });
                        let p0 = self.place(&lhs[0]);
                        self.store(&p0, dst, vty);
                        let p1 = self.place(&lhs[1]);
                        self.store(&p1, ok, lhs[1].ty);
                    }
                    K::MapIndex => {
                        let ExprKind::MapIndex { m, key } = &rhs[0].kind else {
                            unreachable!("v, ok = m[k] has a map index");
                        };
                        let mv = self.expr(m);
                        let keep = self.temp(m.ty);
                        self.emit(Ins::Copy {
                            dst: keep,
                            src: mv,
                            size: 8,
                        });
                        let k = self.expr(key);
                        let dst = self.temp(rhs[0].ty);
                        let ok = self.temp(predeclared::BOOL);
                        self.emit(Ins::MapGet {
                            m: keep,
                            key: k,
                            dst,
                            ok: Some(ok),
                            ty: m.ty,
                            pos: rhs[0].pos,
                        });
                        let p0 = self.place(&lhs[0]);
                        self.store(&p0, dst, lhs[0].ty);
                        let p1 = self.place(&lhs[1]);
                        self.store(&p1, ok, lhs[1].ty);
                    }
                }
            }
            StmtKind::Expr(e) => {
                self.emit(Ins::Line { pos: s.pos });
                self.expr(e);
            }
            StmtKind::Block(b) => self.stmts(b),
            StmtKind::If { cond, then, els } => {
                self.emit(Ins::Line { pos: s.pos });
                let c = self.expr(cond);
                let jf = self.emit(Ins::JumpIfNot { cond: c, to: 0 });
                self.stmts(then);
                if els.is_empty() {
                    let h = self.here();
                    self.patch(jf, h);
                } else {
                    let jend = self.emit(Ins::Jump { to: 0 });
                    let h = self.here();
                    self.patch(jf, h);
                    self.stmts(els);
                    let h = self.here();
                    self.patch(jend, h);
                }
            }
            StmtKind::For {
                label,
                init,
                cond,
                post,
                body,
            } => {
                self.stmts(init);
                let top = self.here();
                let mut jexit = None;
                if let Some(c) = cond {
                    self.temp_top = self.temp_base;
                    let c = self.expr(c);
                    jexit = Some(self.emit(Ins::JumpIfNot { cond: c, to: 0 }));
                }
                self.loops.push(LoopCtx {
                    label: label.clone(),
                    breaks: Vec::new(),
                    continues: Vec::new(),
                    switch: false,
                });
                self.stmts(body);
                let cont = self.here();
                if let Some(p) = post {
                    self.temp_top = self.temp_base;
                    self.stmt(p);
                }
                self.emit(Ins::Jump { to: top });
                let end = self.here();
                let ctx = self.loops.pop().expect("pushed above");
                for b in ctx.breaks {
                    self.patch(b, end);
                }
                for c in ctx.continues {
                    self.patch(c, cont);
                }
                if let Some(j) = jexit {
                    self.patch(j, end);
                }
            }
            StmtKind::Range {
                label,
                key,
                value,
                x,
                kind,
                body,
                ..
            } => self.range(
                s.pos,
                label,
                key.as_deref(),
                value.as_deref(),
                x,
                *kind,
                body,
            ),
            StmtKind::Switch { label, tag, cases } => {
                self.emit(Ins::Line { pos: s.pos });
                let tag_slot = tag.as_ref().map(|t| {
                    let v = self.expr(t);
                    let keep = self.temp(t.ty);
                    let size = self.size(t.ty);
                    self.emit(Ins::Copy {
                        dst: keep,
                        src: v,
                        size,
                    });
                    (keep, t.ty)
                });
                let saved_top = self.temp_top;
                let saved_base = self.temp_base;
                self.temp_base = self.temp_top;
                // Tests in order; each matching test jumps to its body.
                let mut body_jumps: Vec<Vec<usize>> = Vec::new();
                let mut default = None;
                for (i, c) in cases.iter().enumerate() {
                    let mut js = Vec::new();
                    if c.is_default {
                        default = Some(i);
                    }
                    for e in &c.exprs {
                        self.temp_top = self.temp_base;
                        let cond = match tag_slot {
                            Some((t, tty)) => {
                                let v = self.expr(e);
                                let d = self.temp(predeclared::BOOL);
                                let kind = scalar_of(self.prog, tty);
                                self.emit(Ins::Cmp {
                                    op: BinOp::Eql,
                                    kind,
                                    dst: d,
                                    a: t,
                                    b: v,
                                });
                                d
                            }
                            None => self.expr(e),
                        };
                        js.push(self.emit(Ins::JumpIf { cond, to: 0 }));
                    }
                    body_jumps.push(js);
                }
                let jdefault = self.emit(Ins::Jump { to: 0 });
                self.loops.push(LoopCtx {
                    label: label.clone(),
                    breaks: Vec::new(),
                    continues: Vec::new(),
                    switch: true,
                });
                let mut starts = Vec::new();
                let mut fall_jumps: Vec<Option<usize>> = Vec::new();
                let mut end_jumps = Vec::new();
                for c in cases.iter() {
                    starts.push(self.here());
                    self.stmts(&c.body);
                    if c.falls_through {
                        fall_jumps.push(Some(self.emit(Ins::Jump { to: 0 })));
                    } else {
                        fall_jumps.push(None);
                        end_jumps.push(self.emit(Ins::Jump { to: 0 }));
                    }
                }
                let end = self.here();
                for (i, js) in body_jumps.iter().enumerate() {
                    for j in js {
                        self.patch(*j, starts[i]);
                    }
                }
                for (i, f) in fall_jumps.iter().enumerate() {
                    if let Some(f) = f {
                        let to = starts.get(i + 1).copied().unwrap_or(end);
                        self.patch(*f, to);
                    }
                }
                self.patch(jdefault, default.map(|d| starts[d]).unwrap_or(end));
                for j in end_jumps {
                    self.patch(j, end);
                }
                let ctx = self.loops.pop().expect("pushed above");
                for b in ctx.breaks {
                    self.patch(b, end);
                }
                self.temp_top = saved_top;
                self.temp_base = saved_base;
            }
            StmtKind::Return(results) => {
                self.emit(Ins::Line { pos: s.pos });
                let f = self.prog.func(self.func);
                if results.len() == 1 && f.results.len() > 1 {
                    // `return f()` with f returning several values.
                    let tuple = self.expr(&results[0]);
                    let tys: Vec<TypeId> = self
                        .prog
                        .types
                        .tuple_types(results[0].ty)
                        .map(|t| t.to_vec())
                        .unwrap_or_default();
                    let res = f.results.clone();
                    let mut off = 0u64;
                    for (v, ty) in res.iter().zip(tys) {
                        off = off.next_multiple_of(self.prog.types.align(ty).max(1));
                        let loc = self.cp.var_locs[v];
                        let place = if loc.heap {
                            Place::Mem {
                                ptr: loc.slot,
                                off: 0,
                            }
                        } else {
                            Place::Slot(loc.slot)
                        };
                        self.store(&place, tuple + off as u32, ty);
                        off += self.prog.types.size(ty);
                    }
                } else if !results.is_empty() {
                    // Evaluate all results before storing any (they may read the results).
                    let vals: Vec<(Slot, TypeId)> = results
                        .iter()
                        .map(|r| {
                            let v = self.expr(r);
                            let t = self.temp(r.ty);
                            let size = self.size(r.ty);
                            self.emit(Ins::Copy {
                                dst: t,
                                src: v,
                                size,
                            });
                            (t, r.ty)
                        })
                        .collect();
                    let res = f.results.clone();
                    for (v, (slot, ty)) in res.iter().zip(vals) {
                        let loc = self.cp.var_locs[v];
                        let place = if loc.heap {
                            Place::Mem {
                                ptr: loc.slot,
                                off: 0,
                            }
                        } else {
                            Place::Slot(loc.slot)
                        };
                        self.store(&place, slot, ty);
                    }
                }
                let j = self.emit(Ins::Jump { to: 0 });
                self.returns.push(j);
            }
            StmtKind::Break(label) => {
                let j = self.emit(Ins::Jump { to: 0 });
                let ctx = match label {
                    Some(l) => self
                        .loops
                        .iter_mut()
                        .rev()
                        .find(|c| c.label.as_ref() == Some(l)),
                    None => self.loops.last_mut(),
                };
                if let Some(ctx) = ctx {
                    ctx.breaks.push(j);
                }
            }
            StmtKind::Continue(label) => {
                let j = self.emit(Ins::Jump { to: 0 });
                let ctx = match label {
                    Some(l) => self
                        .loops
                        .iter_mut()
                        .rev()
                        .find(|c| c.label.as_ref() == Some(l)),
                    None => self.loops.iter_mut().rev().find(|c| !c.switch),
                };
                if let Some(ctx) = ctx {
                    ctx.continues.push(j);
                }
            }
            StmtKind::Fallthrough => {}
            StmtKind::TypeSwitch {
                label, x, cases, ..
            } => self.type_switch(s.pos, label, x, cases),
            StmtKind::Select { label, cases } => self.select(s.pos, label, cases),
            StmtKind::Send { chan, value } => {
                self.emit(Ins::Line { pos: s.pos });
                let ch = self.expr(chan);
                let keep = self.temp(chan.ty);
                self.emit(Ins::Copy {
                    dst: keep,
                    src: ch,
                    size: 8,
                });
                let v = self.expr(value);
                let size = self.size(value.ty);
                self.emit(Ins::Send {
                    ch: keep,
                    val: v,
                    size,
                    pos: s.pos,
                });
            }
            StmtKind::Go(call) => {
                self.emit(Ins::Line { pos: s.pos });
                let fv = match &call.kind {
                    ExprKind::Call { callee, .. } => match &**callee {
                        Callee::Static(f) => {
                            let t = self.temp(predeclared::UNSAFE_POINTER);
                            let addr = self.static_funcval(*f);
                            self.emit(Ins::AddrConst { dst: t, addr });
                            t
                        }
                        Callee::Value(fe) => self.expr(fe),
                        _ => {
                            self.unsupported("this go statement", s.pos);
                            return;
                        }
                    },
                    _ => {
                        self.unsupported("this go statement", s.pos);
                        return;
                    }
                };
                self.emit(Ins::Go { fv, pos: s.pos });
            }
            StmtKind::Defer(call) => {
                self.emit(Ins::Line { pos: s.pos });
                let fv = match &call.kind {
                    ExprKind::Call { callee, .. } => match &**callee {
                        Callee::Static(f) => {
                            let t = self.temp(predeclared::UNSAFE_POINTER);
                            let addr = self.static_funcval(*f);
                            self.emit(Ins::AddrConst { dst: t, addr });
                            t
                        }
                        Callee::Value(fe) => self.expr(fe),
                        _ => {
                            self.unsupported("this deferred call", s.pos);
                            return;
                        }
                    },
                    _ => {
                        self.unsupported("this deferred call", s.pos);
                        return;
                    }
                };
                self.emit(Ins::Defer { fv });
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range(
        &mut self,
        pos: Pos,
        label: &Option<crate::name::Name>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        x: &Expr,
        kind: RangeKind,
        body: &[Stmt],
    ) {
        self.emit(Ins::Line { pos });
        let int = predeclared::INT;
        let ik = IntKind {
            size: 8,
            signed: true,
        };
        // The ranged value is evaluated once, into a temporary kept for the whole loop.
        let xv = self.expr(x);
        let keep = self.temp(x.ty);
        let xsize = self.size(x.ty);
        self.emit(Ins::Copy {
            dst: keep,
            src: xv,
            size: xsize,
        });
        let idx = self.temp(int);
        let n = self.temp(int);
        let one = self.temp(int);
        self.emit(Ins::Const {
            dst: idx,
            val: 0,
            size: 8,
        });
        self.emit(Ins::Const {
            dst: one,
            val: 1,
            size: 8,
        });
        let (elem_ty, elem_size) = match kind {
            RangeKind::Slice => {
                self.emit(Ins::Copy {
                    dst: n,
                    src: keep + 8,
                    size: 8,
                });
                let e = self.prog.types.elem(x.ty);
                (e, self.size(e))
            }
            RangeKind::Array => {
                let (len, e) = match self.prog.types.under(x.ty) {
                    Type::Array { len, elem } => (*len, *elem),
                    _ => (0, int),
                };
                self.emit(Ins::Const {
                    dst: n,
                    val: len,
                    size: 8,
                });
                (e, self.size(e))
            }
            RangeKind::ArrayPtr => {
                let arr = self.prog.types.elem(x.ty);
                let (len, e) = match self.prog.types.under(arr) {
                    Type::Array { len, elem } => (*len, *elem),
                    _ => (0, int),
                };
                self.emit(Ins::Const {
                    dst: n,
                    val: len,
                    size: 8,
                });
                (e, self.size(e))
            }
            RangeKind::Int => {
                let k = int_kind_of(self.prog, x.ty).unwrap_or(ik);
                self.emit(Ins::Convert {
                    from: Scalar::Int(k),
                    to: Scalar::Int(ik),
                    dst: n,
                    src: keep,
                });
                (x.ty, 0)
            }
            RangeKind::String => {
                self.emit(Ins::Copy {
                    dst: n,
                    src: keep + 8,
                    size: 8,
                });
                (predeclared::RUNE, 4)
            }
            RangeKind::Chan => {
                self.range_chan(pos, label, key, keep, x.ty, body);
                return;
            }
            RangeKind::Map => {
                self.range_map(pos, label, key, value, keep, x.ty, body);
                return;
            }
        };
        let saved_base = self.temp_base;
        self.temp_base = self.temp_top;
        let top = self.here();
        let cond = self.temp(predeclared::BOOL);
        self.emit(Ins::Cmp {
            op: BinOp::Lss,
            kind: Scalar::Int(ik),
            dst: cond,
            a: idx,
            b: n,
        });
        let jexit = self.emit(Ins::JumpIfNot { cond, to: 0 });
        // For strings: decode the rune at idx; its width goes to `step`.
        let step = self.temp(int);
        let rune = self.temp(predeclared::RUNE);
        if kind == RangeKind::String {
            self.emit(Ins::DecodeRune {
                rune,
                width: step,
                s: keep,
                index: idx,
            });
        }
        if let Some(k) = key
            && !matches!(k.kind, ExprKind::Blank)
        {
            {
                let p = self.place(k);
                if kind == RangeKind::Int {
                    let kk = int_kind_of(self.prog, k.ty).unwrap_or(ik);
                    let t = self.temp(k.ty);
                    self.emit(Ins::Convert {
                        from: Scalar::Int(ik),
                        to: Scalar::Int(kk),
                        dst: t,
                        src: idx,
                    });
                    self.store(&p, t, k.ty);
                } else {
                    self.store(&p, idx, int);
                }
            }
        }
        if let Some(v) = value
            && !matches!(v.kind, ExprKind::Blank)
        {
            {
                let p = self.place(v);
                match kind {
                    RangeKind::String => self.store(&p, rune, predeclared::RUNE),
                    RangeKind::Slice | RangeKind::ArrayPtr | RangeKind::Array => {
                        let addr = self.temp(predeclared::UNSAFE_POINTER);
                        let base = match kind {
                            RangeKind::Slice | RangeKind::ArrayPtr => keep,
                            _ => {
                                let a = self.temp(predeclared::UNSAFE_POINTER);
                                self.emit(Ins::AddrOfSlot { dst: a, slot: keep });
                                a
                            }
                        };
                        let len = match kind {
                            RangeKind::Slice => None,
                            _ => Some(u64::MAX),
                        };
                        self.emit(Ins::IndexAddr {
                            dst: addr,
                            base,
                            index: idx,
                            index_kind: ik,
                            elem_size,
                            len,
                            string: false,
                            pos,
                        });
                        let t = self.temp(elem_ty);
                        self.emit(Ins::Load {
                            dst: t,
                            ptr: addr,
                            off: 0,
                            size: elem_size,
                        });
                        self.store(&p, t, elem_ty);
                    }
                    _ => {}
                }
            }
        }
        self.loops.push(LoopCtx {
            label: label.clone(),
            breaks: Vec::new(),
            continues: Vec::new(),
            switch: false,
        });
        self.temp_base = self.temp_top;
        self.stmts(body);
        let cont = self.here();
        let add_to = if kind == RangeKind::String { step } else { one };
        self.emit(Ins::IntBin {
            op: BinOp::Add,
            kind: ik,
            dst: idx,
            a: idx,
            b: add_to,
            pos,
        });
        self.emit(Ins::Jump { to: top });
        let end = self.here();
        self.patch(jexit, end);
        let ctx = self.loops.pop().expect("pushed above");
        for b in ctx.breaks {
            self.patch(b, end);
        }
        for c in ctx.continues {
            self.patch(c, cont);
        }
        self.temp_base = saved_base;
    }

    /// The object slot for the header and first group of a map that does not escape
    /// (Go builds small maps on the stack), if this one qualifies.
    fn map_stack_object(&mut self, e: &Expr, hint: Option<&Expr>) -> Option<Slot> {
        if self.escapes(e) {
            return None;
        }
        let small = match hint.map(|h| h.const_value()) {
            None => true,
            Some(Some(Value::Int(n))) => *n <= 8,
            Some(_) => false,
        };
        let size = super::maps::MAP_HEADER_SIZE as u32
            + if small {
                group_size(self.prog, e.ty).0 as u32
            } else {
                0
            };
        Some(self.object_slot(size, 8, predeclared::UINT8, size))
    }

    /// `for k, v := range m`.
    #[allow(clippy::too_many_arguments)]
    fn range_map(
        &mut self,
        pos: Pos,
        label: &Option<crate::name::Name>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        m: Slot,
        map_ty: TypeId,
        body: &[Stmt],
    ) {
        let (kty, vty) = match self.prog.types.under(map_ty) {
            Type::Map { key, value } => (*key, *value),
            _ => (predeclared::INT, predeclared::INT),
        };
        self.emit(Ins::Line { pos });
        let iter = self.temp(predeclared::UINT64);
        self.emit(Ins::MapIterInit { m, iter });
        let saved_base = self.temp_base;
        self.temp_base = self.temp_top;
        let top = self.here();
        let want_key = key.is_some_and(|k| !matches!(k.kind, ExprKind::Blank));
        let want_val = value.is_some_and(|v| !matches!(v.kind, ExprKind::Blank));
        let kt = want_key.then(|| self.temp(kty));
        let vt = want_val.then(|| self.temp(vty));
        let ok = self.temp(predeclared::BOOL);
        self.emit(Ins::MapIterNext {
            iter,
            key: kt,
            val: vt,
            ok,
            ty: map_ty,
        });
        let jexit = self.emit(Ins::JumpIfNot { cond: ok, to: 0 });
        if let (Some(k), Some(kt)) = (key, kt) {
            let p = self.place(k);
            self.store(&p, kt, kty);
        }
        if let (Some(v), Some(vt)) = (value, vt) {
            let p = self.place(v);
            self.store(&p, vt, vty);
        }
        self.loops.push(LoopCtx {
            label: label.clone(),
            breaks: Vec::new(),
            continues: Vec::new(),
            switch: false,
        });
        self.temp_base = self.temp_top;
        self.stmts(body);
        self.emit(Ins::Jump { to: top });
        let end = self.here();
        self.patch(jexit, end);
        let ctx = self.loops.pop().expect("pushed above");
        for b in ctx.breaks {
            self.patch(b, end);
        }
        for c in ctx.continues {
            self.patch(c, top);
        }
        self.temp_base = saved_base;
    }

    /// A type switch: the first case listing the dynamic type (or an interface it
    /// implements, or nil) runs, with its variable bound; else the default.
    fn type_switch(
        &mut self,
        pos: Pos,
        label: &Option<crate::name::Name>,
        x: &Expr,
        cases: &[crate::ir::TypeSwitchCase],
    ) {
        self.emit(Ins::Line { pos });
        let v = self.expr(x);
        let subject = self.temp(x.ty);
        self.emit(Ins::Copy {
            dst: subject,
            src: v,
            size: 16,
        });
        let saved_base = self.temp_base;
        self.temp_base = self.temp_top;
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        let mut default = None;
        for (i, c) in cases.iter().enumerate() {
            if c.is_default {
                default = Some(i);
            }
            let mut js = Vec::new();
            for t in &c.types {
                self.temp_top = self.temp_base;
                let m = self.temp(predeclared::BOOL);
                self.emit(Ins::TypeMatch {
                    dst: m,
                    src: subject,
                    ty: *t,
                });
                js.push(self.emit(Ins::JumpIf { cond: m, to: 0 }));
            }
            body_jumps.push(js);
        }
        let jdefault = self.emit(Ins::Jump { to: 0 });
        self.loops.push(LoopCtx {
            label: label.clone(),
            breaks: Vec::new(),
            continues: Vec::new(),
            switch: true,
        });
        let mut starts = Vec::new();
        let mut ends = Vec::new();
        for c in cases {
            starts.push(self.here());
            self.temp_top = self.temp_base;
            if let Some(var) = c.var {
                let vty = self.prog.var(var).ty;
                let loc = self.var_loc(var);
                if loc.heap {
                    // The clause's variable was moved to the heap: a cell per execution.
                    self.emit(Ins::New {
                        dst: loc.slot,
                        elem: vty,
                        count_slot: None,
                        count: 1,
                        pos: c.pos,
                    });
                }
                let place = self.place(&Expr::new(ExprKind::Var(var), vty, c.pos));
                if self.prog.types.is_interface(vty) {
                    self.store(&place, subject, vty);
                } else {
                    let t = self.temp(vty);
                    self.emit(Ins::TypeAssert {
                        dst: t,
                        src: subject,
                        ty: vty,
                        ok: None,
                        src_ty: x.ty,
                        pos: c.pos,
                    });
                    self.store(&place, t, vty);
                }
            }
            self.stmts(&c.body);
            ends.push(self.emit(Ins::Jump { to: 0 }));
        }
        let end = self.here();
        for (i, js) in body_jumps.iter().enumerate() {
            for j in js {
                self.patch(*j, starts[i]);
            }
        }
        self.patch(jdefault, default.map(|d| starts[d]).unwrap_or(end));
        for j in ends {
            self.patch(j, end);
        }
        let ctx = self.loops.pop().expect("pushed above");
        for b in ctx.breaks {
            self.patch(b, end);
        }
        self.temp_base = saved_base;
    }

    /// `for v := range ch`: receive until the channel is closed and drained.
    fn range_chan(
        &mut self,
        pos: Pos,
        label: &Option<crate::name::Name>,
        key: Option<&Expr>,
        ch: Slot,
        chan_ty: TypeId,
        body: &[Stmt],
    ) {
        let elem = self.prog.types.elem(chan_ty);
        let saved_base = self.temp_base;
        self.temp_base = self.temp_top;
        let top = self.here();
        let v = self.temp(elem);
        let ok = self.temp(predeclared::BOOL);
        let size = self.size(elem);
        self.emit(Ins::Recv {
            ch,
            dst: v,
            ok: Some(ok),
            size,
            pos,
        });
        let jexit = self.emit(Ins::JumpIfNot { cond: ok, to: 0 });
        if let Some(k) = key
            && !matches!(k.kind, ExprKind::Blank)
        {
            let p = self.place(k);
            self.store(&p, v, elem);
        }
        self.loops.push(LoopCtx {
            label: label.clone(),
            breaks: Vec::new(),
            continues: Vec::new(),
            switch: false,
        });
        self.temp_base = self.temp_top;
        self.stmts(body);
        self.emit(Ins::Jump { to: top });
        let end = self.here();
        self.patch(jexit, end);
        let ctx = self.loops.pop().expect("pushed above");
        for b in ctx.breaks {
            self.patch(b, end);
        }
        for c in ctx.continues {
            self.patch(c, top);
        }
        self.temp_base = saved_base;
    }

    /// `select`: evaluate every channel and value to send, let the runtime pick a ready
    /// case (or block), then run the chosen case's assignments and body.
    fn select(
        &mut self,
        pos: Pos,
        label: &Option<crate::name::Name>,
        cases: &[crate::ir::SelectCase],
    ) {
        use super::code::SelectArm;
        self.emit(Ins::Line { pos });
        let mut arms = Vec::new();
        let mut arm_of_case = Vec::new();
        let mut default = false;
        // Per case: the receive's value/ok temporaries and the statement to finish it.
        let mut finish: Vec<Option<(&Stmt, Slot, Slot)>> = Vec::new();
        for c in cases {
            let Some(comm) = &c.comm else {
                default = true;
                arm_of_case.push(None);
                finish.push(None);
                continue;
            };
            match &comm.kind {
                StmtKind::Send { chan, value } => {
                    let ch = self.expr(chan);
                    let keep = self.temp(chan.ty);
                    self.emit(Ins::Copy {
                        dst: keep,
                        src: ch,
                        size: 8,
                    });
                    let v = self.expr(value);
                    let vk = self.temp(value.ty);
                    let size = self.size(value.ty);
                    if size > 0 {
                        self.emit(Ins::Copy {
                            dst: vk,
                            src: v,
                            size,
                        });
                    }
                    arm_of_case.push(Some(arms.len()));
                    arms.push(SelectArm {
                        send: true,
                        ch: keep,
                        val: vk,
                        ok: None,
                        size,
                    });
                    finish.push(None);
                }
                _ => {
                    let recv = select_recv(comm);
                    let Some(chan) = recv else {
                        self.unsupported("this select case", c.pos);
                        return;
                    };
                    let ch = self.expr(chan);
                    let keep = self.temp(chan.ty);
                    self.emit(Ins::Copy {
                        dst: keep,
                        src: ch,
                        size: 8,
                    });
                    let elem = self.prog.types.elem(chan.ty);
                    let v = self.temp(elem);
                    let ok = self.temp(predeclared::BOOL);
                    let size = self.size(elem);
                    arm_of_case.push(Some(arms.len()));
                    arms.push(SelectArm {
                        send: false,
                        ch: keep,
                        val: v,
                        ok: Some(ok),
                        size,
                    });
                    finish.push(Some((&**comm, v, ok)));
                }
            }
        }
        let chosen = self.temp(predeclared::INT);
        self.emit(Ins::Select {
            cases: arms,
            default,
            chosen,
            pos,
        });
        let saved_base = self.temp_base;
        self.temp_base = self.temp_top;
        self.loops.push(LoopCtx {
            label: label.clone(),
            breaks: Vec::new(),
            continues: Vec::new(),
            switch: true,
        });
        let mut ends = Vec::new();
        for (i, c) in cases.iter().enumerate() {
            self.temp_top = self.temp_base;
            let want = arm_of_case[i].map(|a| a as i64).unwrap_or(-1);
            let k = self.temp(predeclared::INT);
            self.emit(Ins::Const {
                dst: k,
                val: want as u64,
                size: 8,
            });
            let cond = self.temp(predeclared::BOOL);
            self.emit(Ins::Cmp {
                op: BinOp::Eql,
                kind: Scalar::Int(IntKind {
                    size: 8,
                    signed: true,
                }),
                dst: cond,
                a: chosen,
                b: k,
            });
            let jnext = self.emit(Ins::JumpIfNot { cond, to: 0 });
            if let Some((comm, v, ok)) = finish[i] {
                self.finish_select_recv(comm, v, ok);
            }
            self.stmts(&c.body);
            ends.push(self.emit(Ins::Jump { to: 0 }));
            let h = self.here();
            self.patch(jnext, h);
        }
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        let ctx = self.loops.pop().expect("pushed above");
        for b in ctx.breaks {
            self.patch(b, end);
        }
        self.temp_base = saved_base;
    }

    /// The assignments of a receive case (`v := <-ch`, `v, ok = <-ch`) from the value and
    /// ok the select received.
    fn finish_select_recv(&mut self, comm: &Stmt, v: Slot, ok: Slot) {
        match &comm.kind {
            StmtKind::Block(stmts) => {
                for st in stmts {
                    self.finish_select_recv(st, v, ok);
                }
            }
            StmtKind::Decl(_) => self.stmt(comm),
            // `case <-ch:` keeps nothing.
            StmtKind::Expr(_) => {}
            StmtKind::Assign {
                lhs, rhs: Some(r), ..
            } if matches!(r.kind, ExprKind::Recv(_)) => {
                let p = self.place(lhs);
                self.store(&p, v, lhs.ty);
            }
            StmtKind::AssignList { lhs, rhs, .. }
                if rhs.len() == 1 && matches!(rhs[0].kind, ExprKind::Recv(_)) =>
            {
                let p0 = self.place(&lhs[0]);
                self.store(&p0, v, lhs[0].ty);
                if let Some(l1) = lhs.get(1) {
                    let p1 = self.place(l1);
                    self.store(&p1, ok, l1.ty);
                }
            }
            _ => {
                // An assignment from temporaries Go introduced (`Init`): run their
                // statements (which hold the receive), then the assignment itself.
                let mut copy = comm.clone();
                let mut inits = Vec::new();
                strip_inits(&mut copy, &mut inits);
                for st in &inits {
                    self.finish_select_recv(st, v, ok);
                }
                self.stmt(&copy);
            }
        }
    }

    fn place(&mut self, e: &Expr) -> Place {
        match &e.kind {
            ExprKind::Blank => Place::Discard,
            ExprKind::MapIndex { m, key } => {
                let mv = self.expr(m);
                let keep = self.temp(m.ty);
                self.emit(Ins::Copy {
                    dst: keep,
                    src: mv,
                    size: 8,
                });
                let k = self.expr(key);
                let kk = self.temp(key.ty);
                let ks = self.size(key.ty);
                if ks > 0 {
                    self.emit(Ins::Copy {
                        dst: kk,
                        src: k,
                        size: ks,
                    });
                }
                Place::MapEntry {
                    m: keep,
                    key: kk,
                    ty: m.ty,
                    pos: e.pos,
                }
            }
            ExprKind::Var(v) if self.captures.contains_key(v) => {
                let p = self.captured_addr(*v);
                Place::Mem { ptr: p, off: 0 }
            }
            ExprKind::Var(v) => {
                let loc = self.var_loc(*v);
                if loc.heap {
                    Place::Mem {
                        ptr: loc.slot,
                        off: 0,
                    }
                } else {
                    Place::Slot(loc.slot)
                }
            }
            _ => {
                let p = self.addr_of(e);
                Place::Mem { ptr: p, off: 0 }
            }
        }
    }

    /// A slot holding the address of captured variable `v`: inside the closure object
    /// (by value) or the pointer stored there (by reference).
    fn captured_addr(&mut self, v: VarId) -> Slot {
        let (off, by_value) = self.captures[&v];
        let ctx = self.fc.ctx_slot.expect("a closure has a context slot");
        let t = self.temp(predeclared::UNSAFE_POINTER);
        if by_value {
            self.emit(Ins::AddOff {
                dst: t,
                ptr: ctx,
                off,
            });
        } else {
            self.emit(Ins::Load {
                dst: t,
                ptr: ctx,
                off,
                size: 8,
            });
        }
        t
    }

    /// The address of a static funcval for `f` (a function value without captures).
    fn static_funcval(&mut self, f: FuncId) -> u64 {
        self.mem.add_static(
            &(super::memory::TEXT_BASE + 32 * f.0 as u64).to_le_bytes(),
            8,
        )
    }

    /// Allocates the closure object of `f` (layout `synth`) for the site `e` into `dst`
    /// and stores its code pointer.
    fn new_closure(&mut self, e: &Expr, f: FuncId, synth: u32, dst: Slot) {
        let size = self.cp.synth[synth as usize].size as u32;
        let stack = if self.escapes(e) {
            None
        } else {
            let ty = TypeId(self.cp.synth_base + synth);
            Some(self.object_slot(size.max(8), 8, ty, 1))
        };
        self.emit(Ins::NewClosure {
            dst,
            layout: synth,
            stack,
            pos: e.pos,
        });
        let code = self.temp(predeclared::UINTPTR);
        self.emit(Ins::Const {
            dst: code,
            val: super::memory::TEXT_BASE + 32 * f.0 as u64,
            size: 8,
        });
        self.emit(Ins::Store {
            ptr: dst,
            off: 0,
            src: code,
            size: 8,
        });
    }

    /// A function literal's value: a static funcval without captures, else a closure
    /// object holding each capture.
    fn closure(&mut self, e: &Expr, f: FuncId) -> Slot {
        let t = self.temp(e.ty);
        let layout = self.cp.closures.get(&f).cloned().unwrap_or_default();
        if layout.captures.is_empty() {
            let addr = self.static_funcval(f);
            self.emit(Ins::AddrConst { dst: t, addr });
            return t;
        }
        self.new_closure(e, f, layout.synth, t);
        for (v, off, by_value) in layout.captures {
            let ty = self.prog.var(v).ty;
            let var = Expr::new(ExprKind::Var(v), ty, e.pos);
            if by_value {
                let val = self.expr(&var);
                let size = self.size(ty);
                if size > 0 {
                    self.emit(Ins::Store {
                        ptr: t,
                        off,
                        src: val,
                        size,
                    });
                }
            } else {
                let a = self.addr_of(&var);
                self.emit(Ins::Store {
                    ptr: t,
                    off,
                    src: a,
                    size: 8,
                });
            }
        }
        t
    }

    fn var_loc(&self, v: VarId) -> VarLoc {
        match self.cp.var_locs.get(&v) {
            Some(l) => *l,
            None => VarLoc {
                slot: 0,
                heap: false,
            },
        }
    }

    fn store(&mut self, p: &Place, src: Slot, ty: TypeId) {
        let size = self.size(ty);
        if size == 0 && !matches!(p, Place::MapEntry { .. }) {
            return;
        }
        match *p {
            Place::Slot(dst) => {
                if dst != src {
                    self.emit(Ins::Copy { dst, src, size });
                }
            }
            Place::Mem { ptr, off } => {
                self.emit(Ins::Store {
                    ptr,
                    off,
                    src,
                    size,
                });
            }
            Place::MapEntry {
                m,
                key,
                ty: mty,
                pos,
            } => {
                self.emit(Ins::MapSet {
                    m,
                    key,
                    val: src,
                    ty: mty,
                    pos,
                });
            }
            Place::Discard => {}
        }
    }

    fn load_place(&mut self, p: &Place, ty: TypeId) -> Slot {
        match *p {
            Place::Slot(s) => {
                let t = self.temp(ty);
                let size = self.size(ty);
                self.emit(Ins::Copy {
                    dst: t,
                    src: s,
                    size,
                });
                t
            }
            Place::Mem { ptr, off } => {
                let t = self.temp(ty);
                let size = self.size(ty);
                self.emit(Ins::Load {
                    dst: t,
                    ptr,
                    off,
                    size,
                });
                t
            }
            Place::MapEntry {
                m,
                key,
                ty: mty,
                pos,
            } => {
                let t = self.temp(ty);
                self.emit(Ins::MapGet {
                    m,
                    key,
                    dst: t,
                    ok: None,
                    ty: mty,
                    pos,
                });
                t
            }
            Place::Discard => self.temp(ty),
        }
    }

    /// A slot holding the address of the addressable expression `e`.
    fn addr_of(&mut self, e: &Expr) -> Slot {
        let dst = self.temp(predeclared::UNSAFE_POINTER);
        match &e.kind {
            ExprKind::Var(v) if self.captures.contains_key(v) => {
                let p = self.captured_addr(*v);
                self.emit(Ins::Copy {
                    dst,
                    src: p,
                    size: 8,
                });
            }
            ExprKind::Var(v) => {
                let loc = self.var_loc(*v);
                if loc.heap {
                    self.emit(Ins::Copy {
                        dst,
                        src: loc.slot,
                        size: 8,
                    });
                } else {
                    self.emit(Ins::AddrOfSlot {
                        dst,
                        slot: loc.slot,
                    });
                }
            }
            ExprKind::Global(g) => {
                let addr = self.cp.globals[g.0 as usize];
                self.emit(Ins::AddrConst { dst, addr });
            }
            ExprKind::Deref(p) => {
                let v = self.expr(p);
                self.emit(Ins::AddOff {
                    dst,
                    ptr: v,
                    off: 0,
                });
            }
            ExprKind::Field {
                x,
                index,
                through_pointer,
                ..
            } => {
                let (base, sty) = if *through_pointer {
                    (self.expr(x), self.prog.types.elem(x.ty))
                } else {
                    (self.addr_of(x), x.ty)
                };
                let off = self.prog.types.field_offset(sty, *index as usize) as u32;
                self.emit(Ins::AddOff {
                    dst,
                    ptr: base,
                    off,
                });
            }
            ExprKind::Index { x, index, kind } => {
                let ik = int_kind_of(self.prog, index.ty).unwrap_or(IntKind {
                    size: 8,
                    signed: true,
                });
                let elem_size = self.size(e.ty);
                let i = self.expr(index);
                match kind {
                    IndexKind::Slice => {
                        let s = self.expr(x);
                        self.emit(Ins::IndexAddr {
                            dst,
                            base: s,
                            index: i,
                            index_kind: ik,
                            elem_size,
                            len: None,
                            string: false,
                            pos: e.pos,
                        });
                    }
                    IndexKind::Array => {
                        let len = match self.prog.types.under(x.ty) {
                            Type::Array { len, .. } => *len,
                            _ => 0,
                        };
                        let a = self.addr_of_value(x);
                        self.emit(Ins::IndexAddr {
                            dst,
                            base: a,
                            index: i,
                            index_kind: ik,
                            elem_size,
                            len: Some(len),
                            string: false,
                            pos: e.pos,
                        });
                    }
                    IndexKind::String => {
                        let s = self.expr(x);
                        self.emit(Ins::IndexAddr {
                            dst,
                            base: s,
                            index: i,
                            index_kind: ik,
                            elem_size: 1,
                            len: None,
                            string: true,
                            pos: e.pos,
                        });
                    }
                }
            }
            _ => {
                // Not addressable in Go terms: materialise into a temporary.
                let v = self.expr(e);
                self.emit(Ins::AddrOfSlot { dst, slot: v });
            }
        }
        dst
    }

    /// The address of an array-typed operand: its own address when addressable, else a
    /// temporary copy's.
    fn addr_of_value(&mut self, x: &Expr) -> Slot {
        match &x.kind {
            ExprKind::Var(_)
            | ExprKind::Global(_)
            | ExprKind::Deref(_)
            | ExprKind::Field { .. }
            | ExprKind::Index { .. } => self.addr_of(x),
            _ => {
                let v = self.expr(x);
                let dst = self.temp(predeclared::UNSAFE_POINTER);
                self.emit(Ins::AddrOfSlot { dst, slot: v });
                dst
            }
        }
    }

    fn const_into(&mut self, v: &Value, ty: TypeId, dst: Slot) {
        let rounded = v.rounded();
        let v = &rounded;
        let ty = if self.prog.types.is_untyped(ty) {
            match v {
                Value::Bool(_) => predeclared::BOOL,
                Value::Int(_) => predeclared::INT,
                Value::Float(_) | Value::Rat(_) => predeclared::FLOAT64,
                Value::String(_) => predeclared::STRING,
                Value::Complex(..) => predeclared::COMPLEX128,
            }
        } else {
            ty
        };
        match v {
            Value::Rat(_) => unreachable!("rounded above"),
            Value::Bool(b) => {
                self.emit(Ins::Const {
                    dst,
                    val: *b as u64,
                    size: 1,
                });
            }
            Value::Int(i) => match scalar_of(self.prog, ty) {
                Scalar::F32 => {
                    self.emit(Ins::Const {
                        dst,
                        val: (*i as f32).to_bits() as u64,
                        size: 4,
                    });
                }
                Scalar::F64 => {
                    self.emit(Ins::Const {
                        dst,
                        val: (*i as f64).to_bits(),
                        size: 8,
                    });
                }
                _ => {
                    let size = self.size(ty).clamp(1, 8) as u8;
                    self.emit(Ins::Const {
                        dst,
                        val: *i as u64,
                        size,
                    });
                }
            },
            Value::Float(f) => match scalar_of(self.prog, ty) {
                Scalar::F32 => {
                    self.emit(Ins::Const {
                        dst,
                        val: (*f as f32).to_bits() as u64,
                        size: 4,
                    });
                }
                Scalar::Int(k) => {
                    self.emit(Ins::Const {
                        dst,
                        val: *f as i64 as u64,
                        size: k.size,
                    });
                }
                _ => {
                    self.emit(Ins::Const {
                        dst,
                        val: f.to_bits(),
                        size: 8,
                    });
                }
            },
            Value::String(s) => {
                let addr = if s.is_empty() {
                    0
                } else {
                    self.mem.add_static(s, 1)
                };
                self.emit(Ins::ConstStr {
                    dst,
                    addr,
                    len: s.len() as u64,
                });
            }
            Value::Complex(re, im) => {
                if scalar_of(self.prog, ty) == Scalar::C64 {
                    let bits =
                        (*re as f32).to_bits() as u64 | ((*im as f32).to_bits() as u64) << 32;
                    self.emit(Ins::Const {
                        dst,
                        val: bits,
                        size: 8,
                    });
                } else {
                    self.emit(Ins::Const {
                        dst,
                        val: re.to_bits(),
                        size: 8,
                    });
                    self.emit(Ins::Const {
                        dst: dst + 8,
                        val: im.to_bits(),
                        size: 8,
                    });
                }
            }
        }
    }

    /// The bytes of constant `c` as a value of type `ty` (strings point at static data).
    fn const_bytes(&mut self, c: &Value, ty: TypeId) -> Option<Vec<u8>> {
        let rounded = c.rounded();
        let c = &rounded;
        let size = self.prog.types.size(ty) as usize;
        Some(match (c, scalar_of(self.prog, ty)) {
            (Value::Bool(b), _) => vec![*b as u8],
            (Value::Int(i), Scalar::Int(_)) => (*i as u64).to_le_bytes()[..size].to_vec(),
            (Value::Int(i), Scalar::F64) => (*i as f64).to_bits().to_le_bytes().to_vec(),
            (Value::Int(i), Scalar::F32) => (*i as f32).to_bits().to_le_bytes().to_vec(),
            (Value::Float(f), Scalar::F64) => f.to_bits().to_le_bytes().to_vec(),
            (Value::Float(f), Scalar::F32) => (*f as f32).to_bits().to_le_bytes().to_vec(),
            (Value::Float(f), Scalar::Int(_)) => (*f as i64 as u64).to_le_bytes()[..size].to_vec(),
            (Value::String(st), _) => {
                let addr = if st.is_empty() {
                    0
                } else {
                    self.mem.add_static(st, 1)
                };
                let mut v = addr.to_le_bytes().to_vec();
                v.extend_from_slice(&(st.len() as u64).to_le_bytes());
                v
            }
            _ => return None,
        })
    }

    /// The bytes of `e` if Go can lay it out at compile time (its `isStaticCompositeLiteral`):
    /// constants, nil, and struct and array literals of those.
    fn static_literal_bytes(&mut self, e: &Expr) -> Option<Vec<u8>> {
        let size = self.prog.types.size(e.ty) as usize;
        if let Some(c) = e.const_value() {
            let mut b = self.const_bytes(c, e.ty)?;
            b.resize(size, 0);
            return Some(b);
        }
        match &e.kind {
            ExprKind::Nil => Some(vec![0; size]),
            ExprKind::Conv(x) if matches!(x.kind, ExprKind::Nil) => Some(vec![0; size]),
            ExprKind::CompLit {
                kind: CompLitKind::Struct(fields),
                ..
            } => {
                let mut out = vec![0; size];
                for (i, v) in fields {
                    let off = self.prog.types.field_offset(e.ty, *i) as usize;
                    let b = self.static_literal_bytes(v)?;
                    out.get_mut(off..off + b.len())?.copy_from_slice(&b);
                }
                Some(out)
            }
            ExprKind::CompLit {
                kind: CompLitKind::Array(elems),
                ..
            } => {
                let mut out = vec![0; size];
                let esize = self.prog.types.size(self.prog.types.elem(e.ty)) as usize;
                for (i, v) in elems {
                    let off = *i as usize * esize;
                    let b = self.static_literal_bytes(v)?;
                    out.get_mut(off..off + b.len())?.copy_from_slice(&b);
                }
                Some(out)
            }
            _ => None,
        }
    }

    /// Evaluates `e`; returns the slot holding its value.
    fn expr(&mut self, e: &Expr) -> Slot {
        match &e.kind {
            ExprKind::Var(v) if self.captures.contains_key(v) => {
                let p = self.captured_addr(*v);
                let t = self.temp(e.ty);
                let size = self.size(e.ty);
                if size > 0 {
                    self.emit(Ins::Load {
                        dst: t,
                        ptr: p,
                        off: 0,
                        size,
                    });
                }
                t
            }
            ExprKind::Var(v) => {
                let loc = self.var_loc(*v);
                if loc.heap {
                    let t = self.temp(e.ty);
                    let size = self.size(e.ty);
                    self.emit(Ins::Load {
                        dst: t,
                        ptr: loc.slot,
                        off: 0,
                        size,
                    });
                    t
                } else {
                    loc.slot
                }
            }
            ExprKind::Const(v) => {
                let t = self.temp(if self.prog.types.is_untyped(e.ty) {
                    match **v {
                        Value::String(_) => predeclared::STRING,
                        Value::Float(_) | Value::Rat(_) => predeclared::FLOAT64,
                        Value::Bool(_) => predeclared::BOOL,
                        _ => predeclared::INT,
                    }
                } else {
                    e.ty
                });
                self.const_into(v, e.ty, t);
                t
            }
            ExprKind::Nil => {
                let t = self.temp(e.ty);
                let size = self.size(e.ty).max(8);
                self.emit(Ins::Zero { dst: t, size });
                t
            }
            ExprKind::Global(_)
            | ExprKind::Deref(_)
            | ExprKind::Field { .. }
            | ExprKind::Index { .. } => {
                if let ExprKind::Field {
                    x,
                    index,
                    through_pointer: false,
                    ..
                } = &e.kind
                    && !self.is_addressable(x)
                {
                    let v = self.expr(x);
                    let off = self.prog.types.field_offset(x.ty, *index as usize) as u32;
                    return v + off;
                }
                if let ExprKind::Index {
                    x,
                    index,
                    kind: IndexKind::Array,
                } = &e.kind
                    && !self.is_addressable(x)
                {
                    let _ = (x, index);
                }
                let a = self.addr_of(e);
                let t = self.temp(e.ty);
                let size = self.size(e.ty);
                if size > 0 {
                    self.emit(Ins::Load {
                        dst: t,
                        ptr: a,
                        off: 0,
                        size,
                    });
                }
                t
            }
            ExprKind::Unary { op, x } => {
                let v = self.expr(x);
                let t = self.temp(e.ty);
                match (op, scalar_of(self.prog, e.ty)) {
                    (UnOp::Plus, _) => {
                        let size = self.size(e.ty);
                        self.emit(Ins::Copy {
                            dst: t,
                            src: v,
                            size,
                        });
                    }
                    (UnOp::Neg, Scalar::Int(k)) => {
                        self.emit(Ins::IntNeg {
                            kind: k,
                            dst: t,
                            a: v,
                        });
                    }
                    (UnOp::Neg, k @ (Scalar::C64 | Scalar::C128)) => {
                        let z = self.temp(e.ty);
                        let size = self.size(e.ty);
                        self.emit(Ins::Zero { dst: z, size });
                        self.emit(Ins::ComplexBin {
                            op: BinOp::Sub,
                            c64: k == Scalar::C64,
                            dst: t,
                            a: z,
                            b: v,
                        });
                    }
                    (UnOp::Neg, Scalar::F32) => {
                        self.emit(Ins::FloatNeg {
                            f32: true,
                            dst: t,
                            a: v,
                        });
                    }
                    (UnOp::Neg, _) => {
                        self.emit(Ins::FloatNeg {
                            f32: false,
                            dst: t,
                            a: v,
                        });
                    }
                    (UnOp::BitNot, Scalar::Int(k)) => {
                        self.emit(Ins::IntNot {
                            kind: k,
                            dst: t,
                            a: v,
                        });
                    }
                    (UnOp::Not, _) => {
                        self.emit(Ins::Not { dst: t, a: v });
                    }
                    _ => self.unsupported("this unary operator", e.pos),
                }
                t
            }
            ExprKind::Binary { op, x, y } => {
                let a = self.expr(x);
                let b = self.expr(y);
                let t = self.temp(e.ty);
                self.binary_typed(*op, x.ty, y.ty, t, a, b, e.pos);
                t
            }
            ExprKind::Logical { and, x, y } => {
                let t = self.temp(predeclared::BOOL);
                let a = self.expr(x);
                self.emit(Ins::Copy {
                    dst: t,
                    src: a,
                    size: 1,
                });
                let j = if *and {
                    self.emit(Ins::JumpIfNot { cond: t, to: 0 })
                } else {
                    self.emit(Ins::JumpIf { cond: t, to: 0 })
                };
                let b = self.expr(y);
                self.emit(Ins::Copy {
                    dst: t,
                    src: b,
                    size: 1,
                });
                let h = self.here();
                self.patch(j, h);
                t
            }
            ExprKind::Addr(x) => self.addr_of(x),
            ExprKind::SliceToArrayPtr(x) => {
                let s = self.expr(x);
                let t = self.temp(e.ty);
                let arr = self.prog.types.elem(e.ty);
                let n = match self.prog.types.under(arr) {
                    crate::types::Type::Array { len, .. } => *len,
                    _ => 0,
                };
                self.emit(Ins::SliceToArrayPtr {
                    dst: t,
                    src: s,
                    n,
                    pos: e.pos,
                });
                t
            }
            ExprKind::Conv(x) => {
                let v = self.expr(x);
                let (from, to) = (scalar_of(self.prog, x.ty), scalar_of(self.prog, e.ty));
                match (from, to) {
                    (Scalar::C64, Scalar::C128) | (Scalar::C128, Scalar::C64) => {
                        let t = self.temp(e.ty);
                        let c64 = to == Scalar::C64;
                        let (part, off) = if c64 { (8u32, 8u32) } else { (4, 4) };
                        let _ = part;
                        let (re, im) = (
                            self.temp(predeclared::FLOAT64),
                            self.temp(predeclared::FLOAT64),
                        );
                        let (from_f, to_f) = if c64 {
                            (Scalar::F64, Scalar::F32)
                        } else {
                            (Scalar::F32, Scalar::F64)
                        };
                        self.emit(Ins::Convert {
                            from: from_f,
                            to: to_f,
                            dst: re,
                            src: v,
                        });
                        self.emit(Ins::Convert {
                            from: from_f,
                            to: to_f,
                            dst: im,
                            src: v + off,
                        });
                        self.emit(Ins::MakeComplex {
                            c64,
                            dst: t,
                            re,
                            im,
                        });
                        t
                    }
                    (
                        Scalar::Int(_) | Scalar::F32 | Scalar::F64,
                        Scalar::Int(_) | Scalar::F32 | Scalar::F64,
                    ) => {
                        let t = self.temp(e.ty);
                        self.emit(Ins::Convert {
                            from,
                            to,
                            dst: t,
                            src: v,
                        });
                        t
                    }
                    _ => v,
                }
            }
            ExprKind::ToInterface(x) => {
                let static_bytes = if self.prog.types.is_direct_iface(x.ty) {
                    None
                } else if let Some(c) = x.const_value() {
                    self.const_bytes(c, x.ty)
                } else if matches!(
                    x.kind,
                    ExprKind::CompLit {
                        kind: CompLitKind::Struct(_) | CompLitKind::Array(_),
                        ..
                    }
                ) {
                    // Go's order pass puts a composite literal of constants (a "static
                    // composite literal") in read-only data, and the interface points there.
                    self.static_literal_bytes(x)
                } else {
                    None
                };
                if let Some(bytes) = static_bytes {
                    // A constant's box is read-only static data (no allocation).
                    let t = self.temp(e.ty);
                    let addr = self
                        .mem
                        .add_static(&bytes, self.prog.types.align(x.ty).max(1));
                    let tw =
                        super::memory::TYPE_BASE + x.ty.0 as u64 * super::memory::TYPE_DESC_SIZE;
                    self.emit(Ins::Const {
                        dst: t,
                        val: tw,
                        size: 8,
                    });
                    self.emit(Ins::Const {
                        dst: t + 8,
                        val: addr,
                        size: 8,
                    });
                    return t;
                }
                let v = self.expr(x);
                let t = self.temp(e.ty);
                if self.prog.types.is_interface(x.ty) {
                    self.emit(Ins::Copy {
                        dst: t,
                        src: v,
                        size: 16,
                    });
                    return t;
                }
                let heap = self.escapes(e) && !matches!(x.kind, ExprKind::Const(_));
                let stack_box = if !heap && !self.prog.types.is_direct_iface(x.ty) {
                    let l = self.prog.types.layout(x.ty);
                    Some(self.object_slot(l.size.max(1) as u32, l.align.max(1) as u32, x.ty, 1))
                } else {
                    None
                };
                self.emit(Ins::ToIface {
                    dst: t,
                    src: v,
                    ty: x.ty,
                    heap,
                    stack_box,
                    pos: e.pos,
                });
                t
            }
            ExprKind::AddStr(parts) => {
                let slots: Vec<Slot> = parts.iter().map(|p| self.expr(p)).collect();
                let t = self.temp(predeclared::STRING);
                let buf = self.string_buffer(e, 32);
                self.emit(Ins::Concat {
                    dst: t,
                    parts: slots,
                    buf,
                    pos: e.pos,
                });
                t
            }
            ExprKind::StrConv { x, kind } => {
                use crate::ir::StrConvKind as K;
                let v = if *kind == K::RuneToString {
                    self.int_operand(x)
                } else {
                    self.expr(x)
                };
                let t = self.temp(e.ty);
                // Go's tmpBuf: 32 bytes, or 32 runes for []rune; a constant string
                // converted to []byte gets a stack array of exactly its size.
                let const_len = match x.const_value() {
                    Some(Value::String(s)) if *kind == K::StringToBytes => Some(s.len() as u32),
                    _ => None,
                };
                let buf_size = match (kind, const_len) {
                    (_, Some(n)) => n,
                    (K::StringToRunes, None) => 128,
                    _ => 32,
                };
                let zero_copy =
                    *kind == K::StringToBytes && self.facts.zero_copy.contains(&e.id.get());
                let buf = if zero_copy {
                    None
                } else {
                    self.string_buffer(e, buf_size)
                };
                if zero_copy {
                    // The slice shares the string's bytes: (ptr, len, cap = len).
                    self.emit(Ins::Copy {
                        dst: t,
                        src: v,
                        size: 16,
                    });
                    self.emit(Ins::Copy {
                        dst: t + 16,
                        src: v + 8,
                        size: 8,
                    });
                    return t;
                }
                self.emit(Ins::StrConv {
                    dst: t,
                    src: v,
                    kind: *kind,
                    buf,
                    exact: const_len.is_some(),
                    pos: e.pos,
                });
                t
            }
            ExprKind::New => {
                let elem = self.prog.types.elem(e.ty);
                let t = self.temp(e.ty);
                self.alloc_into(e, elem, 1, t);
                t
            }
            ExprKind::PtrLit(lit) => {
                let t = self.temp(e.ty);
                self.alloc_into(e, lit.ty, 1, t);
                let v = self.expr(lit);
                let size = self.size(lit.ty);
                if size > 0 {
                    self.emit(Ins::Store {
                        ptr: t,
                        off: 0,
                        src: v,
                        size,
                    });
                }
                t
            }
            ExprKind::CompLit { kind, .. } => self.comp_lit(e, kind),
            ExprKind::MakeSlice { len, cap } => {
                let elem = self.prog.types.elem(e.ty);
                let l = self.int_operand(len);
                let c = cap.as_ref().map(|c| self.int_operand(c));
                let t = self.temp(e.ty);
                let stack = if self.escapes(e) {
                    None
                } else {
                    // Constant sizes get a frame array; others Go's 32-byte buffer.
                    let esize = self.prog.types.size(elem).max(1);
                    // Only a small constant (Go's IsSmallIntConst: an int32) sizes a
                    // frame array; a larger one is a run-time size (and fails there).
                    let small = |v: &Value| match v {
                        Value::Int(i) if (0..=i32::MAX as i128).contains(i) => Some(*i as u64),
                        _ => None,
                    };
                    let n = match (len.const_value(), cap.as_ref().map(|c| c.const_value())) {
                        (Some(l), None) => small(l),
                        (_, Some(Some(c))) => small(c),
                        _ => None,
                    };
                    let elems = n.unwrap_or(32 / esize);
                    let bytes = (elems * esize).max(1) as u32;
                    let buf = self.object_slot(bytes, 8, elem, elems as u32);
                    Some((buf, elems))
                };
                self.emit(Ins::MakeSlice {
                    dst: t,
                    elem,
                    len: l,
                    cap: c,
                    stack,
                    pos: e.pos,
                });
                t
            }
            ExprKind::Call { callee, args, .. } => self.call(e, callee, args),
            ExprKind::Builtin { which, args, ddd } => self.builtin(e, *which, args, *ddd),
            ExprKind::Slice {
                x,
                low,
                high,
                max,
                kind,
            } => {
                let t = self.temp(e.ty);
                let (base, what, elem_size) = match kind {
                    SliceKind::Slice => (
                        self.expr(x),
                        SliceWhat::Slice,
                        self.size(self.prog.types.elem(e.ty)),
                    ),
                    SliceKind::String => (self.expr(x), SliceWhat::String, 1),
                    SliceKind::Array => {
                        let arr = self.prog.types.elem(x.ty);
                        let len = match self.prog.types.under(arr) {
                            Type::Array { len, .. } => *len,
                            _ => 0,
                        };
                        (
                            self.expr(x),
                            SliceWhat::ArrayPtr { len },
                            self.size(self.prog.types.elem(e.ty)),
                        )
                    }
                };
                let bound = |b: &Option<Box<Expr>>, this: &mut Self| {
                    b.as_ref().map(|b| {
                        let k = int_kind_of(this.prog, b.ty).unwrap_or(IntKind {
                            size: 8,
                            signed: true,
                        });
                        (this.expr(b), k)
                    })
                };
                let low = bound(low, self);
                let high = bound(high, self);
                let max = bound(max, self);
                self.emit(Ins::SliceOp {
                    dst: t,
                    base,
                    low,
                    high,
                    max,
                    elem_size,
                    what,
                    pos: e.pos,
                });
                t
            }
            ExprKind::TypeAssert { x } => {
                let v = self.expr(x);
                let t = self.temp(e.ty);
                self.emit(Ins::TypeAssert {
                    dst: t,
                    src: v,
                    ty: e.ty,
                    ok: None,
                    src_ty: x.ty,
                    pos: e.pos,
                });
                t
            }
            ExprKind::Init { stmts, x } => {
                for s in stmts {
                    self.stmt(s);
                }
                self.expr(x)
            }
            ExprKind::Func(f) => {
                let addr = self.static_funcval(*f);
                let t = self.temp(e.ty);
                self.emit(Ins::AddrConst { dst: t, addr });
                t
            }
            ExprKind::Type | ExprKind::Blank => self.temp(predeclared::INT),
            ExprKind::MapIndex { m, key } => {
                let mv = self.expr(m);
                let keep = self.temp(m.ty);
                self.emit(Ins::Copy {
                    dst: keep,
                    src: mv,
                    size: 8,
                });
                let k = self.expr(key);
                let t = self.temp(e.ty);
                self.emit(Ins::MapGet {
                    m: keep,
                    key: k,
                    dst: t,
                    ok: None,
                    ty: m.ty,
                    pos: e.pos,
                });
                t
            }
            ExprKind::MakeMap { hint } => {
                let h = hint.as_ref().map(|h| self.int_operand(h));
                let t = self.temp(e.ty);
                let stack = self.map_stack_object(e, hint.as_deref());
                self.emit(Ins::MakeMap {
                    dst: t,
                    ty: e.ty,
                    hint: h,
                    stack,
                    pos: e.pos,
                });
                t
            }
            ExprKind::MakeChan { size } => {
                let elem = self.prog.types.elem(e.ty);
                let n = size.as_ref().map(|s| self.int_operand(s));
                let t = self.temp(e.ty);
                self.emit(Ins::MakeChan {
                    dst: t,
                    elem,
                    size: n,
                    pos: e.pos,
                });
                t
            }
            ExprKind::Recv(chan) => {
                let ch = self.expr(chan);
                let t = self.temp(e.ty);
                let size = self.size(e.ty);
                self.emit(Ins::Recv {
                    ch,
                    dst: t,
                    ok: None,
                    size,
                    pos: e.pos,
                });
                t
            }
            ExprKind::Closure(f) => self.closure(e, *f),
            ExprKind::MethodValue { recv, name, .. } => {
                let key = (self.prog.types.canonical(recv.ty), name.clone());
                let wrapper = self.cp.method_value_wrappers.get(&key).copied();
                let synth = wrapper.and_then(|w| self.cp.closures.get(&w).map(|l| l.synth));
                let (Some(wrapper), Some(synth)) = (wrapper, synth) else {
                    self.unsupported("this method value", e.pos);
                    return self.temp(e.ty);
                };
                let v = self.expr(recv);
                let keep = self.temp(recv.ty);
                let size = self.size(recv.ty);
                if size > 0 {
                    self.emit(Ins::Copy {
                        dst: keep,
                        src: v,
                        size,
                    });
                }
                let t = self.temp(e.ty);
                self.new_closure(e, wrapper, synth, t);
                if size > 0 {
                    let off = 8u32.next_multiple_of(self.prog.types.align(recv.ty).max(1) as u32);
                    self.emit(Ins::Store {
                        ptr: t,
                        off,
                        src: keep,
                        size,
                    });
                }
                t
            }
            ExprKind::MethodExpr { method, .. } => {
                let t = self.temp(e.ty);
                let addr = self.static_funcval(*method);
                self.emit(Ins::AddrConst { dst: t, addr });
                t
            }
            ExprKind::ImportedFunc(_) => {
                self.unsupported("imported functions as values", e.pos);
                self.temp(e.ty)
            }
        }
    }

    fn is_addressable(&self, x: &Expr) -> bool {
        match &x.kind {
            ExprKind::Var(_) | ExprKind::Global(_) | ExprKind::Deref(_) => true,
            ExprKind::Field {
                x, through_pointer, ..
            } => *through_pointer || self.is_addressable(x),
            ExprKind::Index { x, kind, .. } => match kind {
                IndexKind::Slice => true,
                IndexKind::Array => self.is_addressable(x),
                IndexKind::String => false,
            },
            _ => false,
        }
    }

    fn int_operand(&mut self, e: &Expr) -> Slot {
        let v = self.expr(e);
        let k = int_kind_of(self.prog, e.ty).unwrap_or(IntKind {
            size: 8,
            signed: true,
        });
        if k.size == 8 {
            return v;
        }
        let t = self.temp(predeclared::INT);
        self.emit(Ins::Convert {
            from: Scalar::Int(k),
            to: Scalar::Int(IntKind {
                size: 8,
                signed: true,
            }),
            dst: t,
            src: v,
        });
        t
    }

    /// Allocates a `ty` for the allocation site `site`: on the heap or in the frame.
    fn alloc_into(&mut self, site: &Expr, ty: TypeId, count: u64, dst: Slot) {
        if self.escapes(site) {
            self.emit(Ins::New {
                dst,
                elem: ty,
                count_slot: None,
                count,
                pos: site.pos,
            });
        } else {
            let l = self.prog.types.layout(ty);
            let size = (l.size * count) as u32;
            let slot = self.object_slot(size.max(1), l.align.max(1) as u32, ty, count as u32);
            self.emit(Ins::NewStack { dst, slot, size });
        }
    }

    fn comp_lit(&mut self, e: &Expr, kind: &CompLitKind) -> Slot {
        let t = self.temp(e.ty);
        let size = self.size(e.ty);
        match kind {
            CompLitKind::Struct(fields) => {
                self.emit(Ins::Zero { dst: t, size });
                for (i, v) in fields {
                    let off = self.prog.types.field_offset(e.ty, *i) as u32;
                    let s = self.expr(v);
                    let fsize = self.size(v.ty);
                    if fsize > 0 {
                        self.emit(Ins::Copy {
                            dst: t + off,
                            src: s,
                            size: fsize,
                        });
                    }
                }
            }
            CompLitKind::Array(elems) => {
                self.emit(Ins::Zero { dst: t, size });
                let esize = self.size(self.prog.types.elem(e.ty));
                for (i, v) in elems {
                    let s = self.expr(v);
                    if esize > 0 {
                        self.emit(Ins::Copy {
                            dst: t + *i as u32 * esize,
                            src: s,
                            size: esize,
                        });
                    }
                }
            }
            CompLitKind::Slice { elems, len } => {
                let elem = self.prog.types.elem(e.ty);
                let esize = self.size(elem);
                let ptr = self.temp(predeclared::UNSAFE_POINTER);
                if *len == 0 {
                    self.emit(Ins::AddrConst {
                        dst: ptr,
                        addr: super::memory::ZEROBASE,
                    });
                } else {
                    self.alloc_into(e, elem, *len, ptr);
                }
                for (i, v) in elems {
                    let s = self.expr(v);
                    if esize > 0 {
                        self.emit(Ins::Store {
                            ptr,
                            off: *i as u32 * esize,
                            src: s,
                            size: esize,
                        });
                    }
                }
                self.emit(Ins::Copy {
                    dst: t,
                    src: ptr,
                    size: 8,
                });
                self.emit(Ins::Const {
                    dst: t + 8,
                    val: *len,
                    size: 8,
                });
                self.emit(Ins::Const {
                    dst: t + 16,
                    val: *len,
                    size: 8,
                });
            }
            CompLitKind::Map(entries) => {
                let n = entries.len() as u64;
                let h = self.temp(predeclared::INT);
                self.emit(Ins::Const {
                    dst: h,
                    val: n,
                    size: 8,
                });
                let hint_expr = Expr::new(
                    ExprKind::Const(Box::new(Value::Int(n as i128))),
                    predeclared::INT,
                    e.pos,
                );
                let stack = self.map_stack_object(e, Some(&hint_expr));
                self.emit(Ins::MakeMap {
                    dst: t,
                    ty: e.ty,
                    hint: Some(h),
                    stack,
                    pos: e.pos,
                });
                for (k, v) in entries {
                    let kv = self.expr(k);
                    let kk = self.temp(k.ty);
                    let ks = self.size(k.ty);
                    if ks > 0 {
                        self.emit(Ins::Copy {
                            dst: kk,
                            src: kv,
                            size: ks,
                        });
                    }
                    let vv = self.expr(v);
                    self.emit(Ins::MapSet {
                        m: t,
                        key: kk,
                        val: vv,
                        ty: e.ty,
                        pos: k.pos,
                    });
                }
            }
        }
        t
    }

    /// Lays out call arguments like the callee's parameter block; returns its slot.
    fn args_block(
        &mut self,
        callee: Option<FuncId>,
        sig_params: &[TypeId],
        recv: Option<&Expr>,
        args: &[Expr],
    ) -> Slot {
        let mut tys: Vec<TypeId> = Vec::new();
        if let Some(f) = callee {
            let f = self.prog.func(f);
            for v in f.recv.iter().chain(&f.params).chain(&f.hidden_params) {
                tys.push(self.prog.var(*v).ty);
            }
        } else {
            tys.extend_from_slice(sig_params);
        }
        let mut offs = Vec::with_capacity(tys.len());
        let mut off = 0u64;
        for ty in &tys {
            off = off.next_multiple_of(self.prog.types.align(*ty).max(1));
            offs.push(off);
            off += self.prog.types.size(*ty);
        }
        let total = off.next_multiple_of(8).max(8) as u32;
        let vals: Vec<(Slot, TypeId)> = recv
            .into_iter()
            .chain(args.iter())
            .map(|a| (self.expr(a), a.ty))
            .collect();
        let block = self.temp_raw(total, 8, predeclared::INT, 1);
        // Re-register the block's typed slots so pointers in it are visible.
        for (i, (v, ty)) in vals.into_iter().enumerate() {
            let Some(&o) = offs.get(i) else { break };
            let size = self.size(ty);
            self.note_slot(block + o as u32, ty, 1);
            if size > 0 {
                self.emit(Ins::Copy {
                    dst: block + o as u32,
                    src: v,
                    size,
                });
            }
        }
        block
    }

    fn call(&mut self, e: &Expr, callee: &Callee, args: &[Expr]) -> Slot {
        let ret = self.temp_raw(self.size(e.ty).max(8).next_multiple_of(8), 8, e.ty, 1);
        match callee {
            Callee::Static(f) => {
                let block = self.args_block(Some(*f), &[], None, args);
                self.emit(Ins::Call {
                    func: *f,
                    args: block,
                    ret,
                    pos: e.pos,
                });
            }
            Callee::Value(fv) => {
                let sig = fv.ty;
                let params = self
                    .prog
                    .types
                    .signature(sig)
                    .map(|s| s.params.clone())
                    .unwrap_or_default();
                let f = self.expr(fv);
                let keep = self.temp(predeclared::UNSAFE_POINTER);
                self.emit(Ins::Copy {
                    dst: keep,
                    src: f,
                    size: 8,
                });
                let block = self.args_block(None, &params, None, args);
                self.emit(Ins::CallValue {
                    fv: keep,
                    args: block,
                    ret,
                    sig,
                    pos: e.pos,
                });
            }
            Callee::Interface { recv, method, .. } => {
                let sig = self
                    .prog
                    .types
                    .signature(callee_sig(self.prog, recv.ty, method))
                    .map(|s| s.params.clone())
                    .unwrap_or_default();
                let iv = self.expr(recv);
                let keep = self.temp(recv.ty);
                self.emit(Ins::Copy {
                    dst: keep,
                    src: iv,
                    size: 16,
                });
                let vals: Vec<(Slot, TypeId)> = args.iter().map(|a| (self.expr(a), a.ty)).collect();
                let mut off = 8u32;
                let mut param_offs = Vec::new();
                for ty in &sig {
                    off = off.next_multiple_of(self.prog.types.align(*ty).max(1) as u32);
                    let size = self.size(*ty);
                    param_offs.push((off, size));
                    off += size;
                }
                let block = self.temp_raw(off.next_multiple_of(8), 8, predeclared::INT, 1);
                for ((v, ty), &(o, size)) in vals.into_iter().zip(&param_offs) {
                    self.note_slot(block + o, ty, 1);
                    if size > 0 {
                        self.emit(Ins::Copy {
                            dst: block + o,
                            src: v,
                            size,
                        });
                    }
                }
                self.emit(Ins::CallIface {
                    iface: keep,
                    method: method.clone(),
                    args: block,
                    param_offs,
                    ret,
                    pos: e.pos,
                });
            }
            Callee::Imported(which) => {
                let vals: Vec<Slot> = args.iter().map(|a| self.expr(a)).collect();
                let mut off = 0u32;
                let tys: Vec<TypeId> = args.iter().map(|a| a.ty).collect();
                let mut offs = Vec::new();
                for ty in &tys {
                    off = off.next_multiple_of(self.prog.types.align(*ty).max(1) as u32);
                    offs.push(off);
                    off += self.size(*ty);
                }
                let block = self.temp_raw(off.max(8).next_multiple_of(8), 8, predeclared::INT, 1);
                for ((v, ty), o) in vals.into_iter().zip(tys).zip(offs) {
                    self.note_slot(block + o, ty, 1);
                    let size = self.size(ty);
                    self.emit(Ins::Copy {
                        dst: block + o,
                        src: v,
                        size,
                    });
                }
                self.emit(Ins::Imported {
                    which: *which,
                    args: block,
                    ret,
                    pos: e.pos,
                });
            }
        }
        ret
    }

    fn builtin(&mut self, e: &Expr, which: Builtin, args: &[Expr], ddd: bool) -> Slot {
        let int = predeclared::INT;
        match which {
            Builtin::Len | Builtin::Cap => {
                let x = &args[0];
                let t = self.temp(int);
                match self.prog.types.under(x.ty) {
                    Type::Array { len, .. } => {
                        self.emit(Ins::Const {
                            dst: t,
                            val: *len,
                            size: 8,
                        });
                    }
                    Type::Pointer(a) => {
                        let len = match self.prog.types.under(*a) {
                            Type::Array { len, .. } => *len,
                            _ => 0,
                        };
                        self.emit(Ins::Const {
                            dst: t,
                            val: len,
                            size: 8,
                        });
                    }
                    Type::Slice(_) | Type::Basic(_) => {
                        let v = self.expr(x);
                        let off = if which == Builtin::Cap { 16 } else { 8 };
                        self.emit(Ins::Copy {
                            dst: t,
                            src: v + off,
                            size: 8,
                        });
                    }
                    Type::Chan { .. } => {
                        let ch = self.expr(x);
                        self.emit(Ins::ChanLenCap {
                            dst: t,
                            ch,
                            cap: which == Builtin::Cap,
                        });
                    }
                    Type::Map { .. } => {
                        let m = self.expr(x);
                        self.emit(Ins::MapLen { dst: t, m });
                    }
                    _ => self.unsupported("this len/cap", e.pos),
                }
                t
            }
            Builtin::Append => {
                let elem = self.prog.types.elem(e.ty);
                let s = self.expr(&args[0]);
                let keep = self.temp(e.ty);
                self.emit(Ins::Copy {
                    dst: keep,
                    src: s,
                    size: 24,
                });
                let vals = if ddd {
                    let v = self.expr(&args[1]);
                    if self.prog.types.is_string(args[1].ty) {
                        // append([]byte, string...): a string header is (ptr, len); make it a slice.
                        let t = self.temp(e.ty);
                        self.emit(Ins::Copy {
                            dst: t,
                            src: v,
                            size: 16,
                        });
                        self.emit(Ins::Copy {
                            dst: t + 16,
                            src: v + 8,
                            size: 8,
                        });
                        t
                    } else {
                        v
                    }
                } else {
                    // The values are laid out in a frame array; `vals` is a slice of it.
                    let n = args.len() as u64 - 1;
                    let esize = self.size(elem);
                    let arr = self.temp_raw((n as u32 * esize).max(8), 8, elem, n as u32);
                    for (i, a) in args[1..].iter().enumerate() {
                        let v = self.expr(a);
                        if esize > 0 {
                            self.emit(Ins::Copy {
                                dst: arr + i as u32 * esize,
                                src: v,
                                size: esize,
                            });
                        }
                    }
                    let t = self.temp(e.ty);
                    self.emit(Ins::AddrOfSlot { dst: t, slot: arr });
                    self.emit(Ins::Const {
                        dst: t + 8,
                        val: n,
                        size: 8,
                    });
                    self.emit(Ins::Const {
                        dst: t + 16,
                        val: n,
                        size: 8,
                    });
                    t
                };
                let dst = self.temp(e.ty);
                // Go 1.26 (ssagen's backing stores): a non-escaping `append` of listed
                // values may start in a 32-byte frame buffer — only the first such append
                // of each slice variable, and only once per call (a `used` flag after
                // the buffer). `append(s, t...)` never does.
                let esize = self.prog.types.size(elem);
                let key = match &args[0].kind {
                    ExprKind::Var(v) if !self.captures.contains_key(v) => Some(*v),
                    _ => None,
                };
                // The slice pass may have made the append non-escaping; with the capacity
                // observable it grows inside one buffer per variable (`growsliceBuf`).
                let planned = self.slices.appends.get(&e.id.get()).copied();
                let escapes = planned.is_none() && self.escapes(e);
                let grow_in_buffer = planned == Some(true) && !ddd && key.is_some();
                let stack = if grow_in_buffer {
                    let elems = 32 / esize;
                    let v = key.expect("checked");
                    let slot = match self.buf_stores.get(&v) {
                        Some(&slot) => slot,
                        None => {
                            let slot = self.object_slot(40, 8, elem, elems as u32);
                            self.buf_stores.insert(v, slot);
                            slot
                        }
                    };
                    Some((slot, elems))
                } else {
                    let first_site = key.is_none_or(|v| self.backing_stores.insert(v));
                    if escapes || ddd || esize == 0 || esize > 32 || !first_site {
                        None
                    } else {
                        let elems = 32 / esize;
                        Some((self.object_slot(40, 8, elem, elems as u32), elems))
                    }
                };
                self.emit(Ins::Append {
                    dst,
                    s: keep,
                    vals,
                    elem,
                    stack,
                    grow_in_buffer,
                    pos: e.pos,
                });
                dst
            }
            Builtin::Copy => {
                let d = self.expr(&args[0]);
                let s = self.expr(&args[1]);
                let t = self.temp(int);
                let elem = self.prog.types.elem(args[0].ty);
                let from_string = self.prog.types.is_string(args[1].ty);
                let elem_size = self.size(elem);
                self.emit(Ins::CopySlice {
                    n: Some(t),
                    dst_s: d,
                    src_s: s,
                    elem_size,
                    from_string,
                });
                t
            }
            Builtin::Panic => {
                let v = self.expr(&args[0]);
                self.emit(Ins::Panic { val: v, pos: e.pos });
                self.temp(int)
            }
            Builtin::Print | Builtin::Println => {
                let vals: Vec<(Slot, TypeId)> = args.iter().map(|a| (self.expr(a), a.ty)).collect();
                self.emit(Ins::PrintBuiltin {
                    args: vals,
                    newline: which == Builtin::Println,
                });
                self.temp(int)
            }
            Builtin::Min | Builtin::Max => {
                let vals: Vec<Slot> = args.iter().map(|a| self.expr(a)).collect();
                let t = self.temp(e.ty);
                let kind = scalar_of(self.prog, e.ty);
                self.emit(Ins::MinMax {
                    max: which == Builtin::Max,
                    kind,
                    dst: t,
                    args: vals,
                });
                t
            }
            Builtin::Clear => {
                if self.prog.types.is_slice(args[0].ty) {
                    let s = self.expr(&args[0]);
                    let elem = self.prog.types.elem(args[0].ty);
                    let elem_size = self.size(elem);
                    // clear(s) zeroes len(s) elements: copy from zerobase-like zeros.
                    self.emit(Ins::CopySlice {
                        n: None,
                        dst_s: s,
                        src_s: u32::MAX,
                        elem_size,
                        from_string: false,
                    });
                } else {
                    let m = self.expr(&args[0]);
                    self.emit(Ins::MapClear { m });
                }
                self.temp(int)
            }
            Builtin::Recover => {
                let t = self.temp(e.ty);
                self.emit(Ins::Recover { dst: t });
                t
            }
            Builtin::Close => {
                let ch = self.expr(&args[0]);
                self.emit(Ins::Close { ch, pos: e.pos });
                self.temp(int)
            }
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                let keep = self.temp(args[0].ty);
                self.emit(Ins::Copy {
                    dst: keep,
                    src: m,
                    size: 8,
                });
                let k = self.expr(&args[1]);
                self.emit(Ins::MapDelete {
                    m: keep,
                    key: k,
                    ty: args[0].ty,
                    pos: e.pos,
                });
                self.temp(int)
            }
            Builtin::Complex => {
                let re = self.expr(&args[0]);
                let im = self.expr(&args[1]);
                let t = self.temp(e.ty);
                let c64 = scalar_of(self.prog, e.ty) == Scalar::C64;
                self.emit(Ins::MakeComplex {
                    c64,
                    dst: t,
                    re,
                    im,
                });
                t
            }
            Builtin::Real | Builtin::Imag => {
                let z = self.expr(&args[0]);
                let c64 = scalar_of(self.prog, args[0].ty) == Scalar::C64;
                let part = if c64 { 4 } else { 8 };
                let off = if which == Builtin::Imag { part } else { 0 };
                let t = self.temp(e.ty);
                self.emit(Ins::Copy {
                    dst: t,
                    src: z + off,
                    size: part,
                });
                t
            }
            Builtin::UnsafeAdd => {
                self.unsupported("unsafe.Add", e.pos);
                self.temp(int)
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn binary(
        &mut self,
        op: BinOp,
        xty: TypeId,
        _yty: TypeId,
        dst: Slot,
        a: Slot,
        b: Slot,
        pos: Pos,
    ) {
        self.binary_typed(op, xty, _yty, dst, a, b, pos)
    }

    #[allow(clippy::too_many_arguments)]
    fn binary_typed(
        &mut self,
        op: BinOp,
        xty: TypeId,
        yty: TypeId,
        dst: Slot,
        a: Slot,
        b: Slot,
        pos: Pos,
    ) {
        use crate::syntax::ast::Operator::*;
        let kind = scalar_of(self.prog, xty);
        match op {
            Eql | Neq | Lss | Leq | Gtr | Geq => {
                let kind = if self.prog.types.is_nil(xty) {
                    scalar_of(self.prog, yty)
                } else {
                    kind
                };
                self.emit(Ins::Cmp {
                    op,
                    kind,
                    dst,
                    a,
                    b,
                });
            }
            Shl | Shr => {
                let k = int_kind_of(self.prog, xty).unwrap_or(IntKind {
                    size: 8,
                    signed: true,
                });
                let c = int_kind_of(self.prog, yty).unwrap_or(IntKind {
                    size: 8,
                    signed: false,
                });
                self.emit(Ins::Shift {
                    left: op == Shl,
                    kind: k,
                    count: c,
                    dst,
                    a,
                    b,
                    pos,
                });
            }
            _ => match kind {
                Scalar::Int(k) => {
                    self.emit(Ins::IntBin {
                        op,
                        kind: k,
                        dst,
                        a,
                        b,
                        pos,
                    });
                }
                Scalar::C64 | Scalar::C128 => {
                    self.emit(Ins::ComplexBin {
                        op,
                        c64: kind == Scalar::C64,
                        dst,
                        a,
                        b,
                    });
                }
                Scalar::F32 | Scalar::F64 => {
                    self.emit(Ins::FloatBin {
                        op,
                        f32: kind == Scalar::F32,
                        dst,
                        a,
                        b,
                    });
                }
                Scalar::String if op == Add => {
                    self.emit(Ins::Concat {
                        dst,
                        parts: vec![a, b],
                        buf: None,
                        pos,
                    });
                }
                _ => self.unsupported("this operator", pos),
            },
        }
    }
}
