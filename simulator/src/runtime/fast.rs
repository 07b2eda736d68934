//! Fast forms of instructions: what the machine's inner loop executes.
//!
//! [`specialise`] gives every instruction of a function a [`Fast`] form, kept beside the
//! code in [`FuncCode::fast`](super::code::FuncCode::fast) (`fast[pc]` stands for
//! `code[pc]`, so program counters, jump targets and the epilogue mean the same in both;
//! one more `Fast::Slow` closes the list, where the code falls off its end).
//! A fast form is either
//!
//! * [`Fast::Slow`]: the instruction has no fast form; the machine's general loop runs
//!   `code[pc]` (calls, allocations, maps, channels, `fmt`, ...);
//! * a specialised form of `code[pc]` alone: 8-byte integer arithmetic and comparisons on
//!   frame slots, copies, constants, jumps, loads and stores that hit the heap, ...;
//! * a *fused* form of `code[pc..pc + n]` (a superinstruction): a constant operand folded
//!   into the operation that uses it (`Const` + `IntBin`/`Shift`/`Cmp`), a comparison with
//!   the conditional jump that tests it, an operation with the `Copy` that assigns its
//!   result, `x += k` (`Copy`, `Const`, `IntBin`, `Copy`), two integer operations in a
//!   row, a statement boundary with the statement's first copy or its `x += k`. A fused
//!   form is only made when no jump lands inside the run. One fused form is not a run: a
//!   `Jump` to a loop condition (a compare-and-branch) runs the condition at once.
//!
//! Every frame slot a fast form names lies inside the frame, and every pc it may continue
//! at is at most the code's length ([`Fast::within`], [`Fast::lands_within`]; forms for
//! which that does not hold stay [`Fast::Slow`]), so the inner loop reads and writes
//! slots and fetches forms without bounds checks.
//!
//! Every fast form has exactly the effect of the instructions it stands for, one after
//! the other, including their writes to temporaries (so the frame holds the same bytes
//! whichever loop ran it), and counts the same number of steps ([`Fast::weight`]). When a
//! fast form cannot finish the way its instructions would without help (a nil or non-heap
//! pointer, a negative shift count, a deferred call to run, a collection due at a
//! statement boundary, the step limit within reach), the inner loop hands `code[pc]` to
//! the general loop instead, which then runs it alone.

use super::code::{FuncCode, Ins, Scalar, Slot};
use crate::ir::BinOp;
use crate::source::Pos;

/// "No slot" in the optional slot fields of [`Fast`].
pub const NONE: u32 = u32::MAX;

/// The most steps one fast form counts ([`Fast::weight`]).
pub const MAX_WEIGHT: u32 = 5;

/// An 8-byte integer operation (the result does not depend on signedness).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
    AndNot,
}

impl IntOp {
    fn of(op: BinOp) -> Option<IntOp> {
        Some(match op {
            BinOp::Add => IntOp::Add,
            BinOp::Sub => IntOp::Sub,
            BinOp::Mul => IntOp::Mul,
            BinOp::And => IntOp::And,
            BinOp::Or => IntOp::Or,
            BinOp::Xor => IntOp::Xor,
            BinOp::AndNot => IntOp::AndNot,
            _ => return None,
        })
    }

    #[inline(always)]
    pub fn apply(self, x: u64, y: u64) -> u64 {
        match self {
            IntOp::Add => x.wrapping_add(y),
            IntOp::Sub => x.wrapping_sub(y),
            IntOp::Mul => x.wrapping_mul(y),
            IntOp::And => x & y,
            IntOp::Or => x | y,
            IntOp::Xor => x ^ y,
            IntOp::AndNot => x & !y,
        }
    }
}

/// A shift of an 8-byte integer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftOp {
    Shl,
    /// `>>` of an unsigned integer.
    Shr,
    /// `>>` of a signed integer (keeps the sign).
    Sar,
}

impl ShiftOp {
    /// `x` shifted by `c` bits, as Go does it (counts of 64 and more shift everything out).
    #[inline(always)]
    pub fn apply(self, x: u64, c: u64) -> u64 {
        match self {
            ShiftOp::Shl => {
                if c >= 64 {
                    0
                } else {
                    x << c
                }
            }
            ShiftOp::Shr => {
                if c >= 64 {
                    0
                } else {
                    x >> c
                }
            }
            ShiftOp::Sar => (x as i64 >> c.min(63)) as u64,
        }
    }
}

/// An integer comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    fn of(op: BinOp) -> Option<CmpOp> {
        Some(match op {
            BinOp::Eql => CmpOp::Eq,
            BinOp::Neq => CmpOp::Ne,
            BinOp::Lss => CmpOp::Lt,
            BinOp::Leq => CmpOp::Le,
            BinOp::Gtr => CmpOp::Gt,
            BinOp::Geq => CmpOp::Ge,
            _ => return None,
        })
    }

    /// `x op y` on 8-byte integers.
    #[inline(always)]
    pub fn apply(self, signed: bool, x: u64, y: u64) -> bool {
        let ord = if signed {
            (x as i64).cmp(&(y as i64))
        } else {
            x.cmp(&y)
        };
        match self {
            CmpOp::Eq => ord.is_eq(),
            CmpOp::Ne => ord.is_ne(),
            CmpOp::Lt => ord.is_lt(),
            CmpOp::Le => ord.is_le(),
            CmpOp::Gt => ord.is_gt(),
            CmpOp::Ge => ord.is_ge(),
        }
    }
}

/// The fast form of an instruction (see the module doc). Slots are frame offsets, as in
/// [`Ins`]; a `kslot` other than [`NONE`] means "first store the constant `k` (sign-extended
/// to 8 bytes) there", a `copy` other than [`NONE`] "then copy the 8-byte result there".
#[derive(Clone, Copy, Debug)]
pub enum Fast {
    /// Run `code[pc]` in the general loop.
    Slow,
    /// `Ins::Line`.
    Line {
        pos: Pos,
    },
    /// `Ins::Nop`.
    Nop,
    Copy8 {
        dst: Slot,
        src: Slot,
    },
    Copy {
        dst: Slot,
        src: Slot,
        size: u32,
    },
    Zero {
        dst: Slot,
        size: u32,
    },
    /// An 8-byte constant `lo | hi << 32`.
    Const8 {
        dst: Slot,
        lo: u32,
        hi: u32,
    },
    /// A constant of `size` (at most 4) bytes.
    Const {
        dst: Slot,
        val: u32,
        size: u8,
    },
    AddrOfSlot {
        dst: Slot,
        slot: Slot,
    },
    /// `dst = a op b` on 8-byte integers.
    Bin {
        op: IntOp,
        w: u8,
        dst: Slot,
        a: Slot,
        b: Slot,
        kslot: Slot,
        k: i32,
        copy: Slot,
    },
    /// Two 8-byte integer operations in a row (`d1 = a1 op1 b1`, then `d2 = a2 op2 b2`),
    /// then `copy = d2` if `copy` is not [`NONE`]: an expression's last two steps.
    Bin2 {
        op1: IntOp,
        op2: IntOp,
        d1: Slot,
        a1: Slot,
        b1: Slot,
        d2: Slot,
        a2: Slot,
        b2: Slot,
        copy: Slot,
    },
    /// An 8-byte shift by an 8-byte count (`signed`: of the count; `arith`: `>>` keeps
    /// the sign of `a`).
    Shift {
        left: bool,
        arith: bool,
        signed: bool,
        w: u8,
        dst: Slot,
        a: Slot,
        b: Slot,
        kslot: Slot,
        k: i32,
        copy: Slot,
    },
    /// `Shift` by a constant count `k >= 0` stored to `kslot` first (`Const` + `Shift`,
    /// then the copy of the result if `copy` is not [`NONE`]).
    ShiftK {
        op: ShiftOp,
        w: u8,
        dst: Slot,
        a: Slot,
        kslot: Slot,
        k: i32,
        copy: Slot,
    },
    /// `dst = a op b` on 8-byte integers as a bool; then, if `to` is not [`NONE`], jump to
    /// `to` when the result equals `jump_if`.
    Cmp {
        op: CmpOp,
        signed: bool,
        jump_if: bool,
        w: u8,
        dst: Slot,
        a: Slot,
        b: Slot,
        kslot: Slot,
        k: i32,
        to: u32,
    },
    /// `x += k` (or `-=`) as Go's compiler lowers it: `t = x; u = k; d = t ± u; x = d`.
    Inc {
        sub: bool,
        x: Slot,
        t: Slot,
        u: Slot,
        d: Slot,
        k: i32,
    },
    Jump {
        to: u32,
    },
    /// A `Jump` to a compare-and-branch (`Fast::Cmp` with a jump), run at once; `next`
    /// is where the compare falls through.
    JumpCmp {
        op: CmpOp,
        signed: bool,
        jump_if: bool,
        dst: Slot,
        a: Slot,
        b: Slot,
        kslot: Slot,
        k: i32,
        to: u32,
        next: u32,
    },
    /// A statement boundary and the 8-byte copy that starts the statement.
    LineCopy8 {
        pos: Pos,
        dst: Slot,
        src: Slot,
    },
    /// A statement boundary and the `x += k` that is the statement.
    LineInc {
        pos: Pos,
        sub: bool,
        x: Slot,
        t: Slot,
        u: Slot,
        d: Slot,
        k: i32,
    },
    JumpIf {
        cond: Slot,
        to: u32,
    },
    JumpIfNot {
        cond: Slot,
        to: u32,
    },
    Not {
        dst: Slot,
        a: Slot,
    },
    /// `Ins::Load` from the heap.
    Load {
        dst: Slot,
        ptr: Slot,
        off: u32,
        size: u32,
    },
    /// `Ins::Store` to the heap.
    Store {
        ptr: Slot,
        off: u32,
        src: Slot,
        size: u32,
    },
    /// `Ins::AddOff` of a non-nil pointer.
    AddOff {
        dst: Slot,
        ptr: Slot,
        off: u32,
    },
    /// `Ins::RunDefers` in a frame with nothing deferred.
    RunDefers,
}

impl Fast {
    /// Whether every frame slot this form reads or writes lies inside a frame of `size`
    /// bytes. The machine's inner loop relies on it: it accesses slots without bounds
    /// checks, so [`specialise`] only keeps forms for which this holds.
    pub fn within(&self, size: u32) -> bool {
        let ok = |slot: Slot, n: u32| slot as u64 + n as u64 <= size as u64;
        let opt = |slot: Slot| slot == NONE || ok(slot, 8);
        match *self {
            Fast::Slow | Fast::Line { .. } | Fast::Nop | Fast::Jump { .. } | Fast::RunDefers => {
                true
            }
            Fast::Copy8 { dst, src } => ok(dst, 8) && ok(src, 8),
            Fast::Copy { dst, src, size } => ok(dst, size) && ok(src, size),
            Fast::Zero { dst, size } => ok(dst, size),
            Fast::Const8 { dst, .. } | Fast::AddrOfSlot { dst, .. } => ok(dst, 8),
            Fast::Const { dst, size, .. } => ok(dst, size as u32),
            Fast::Bin {
                dst,
                a,
                b,
                kslot,
                copy,
                ..
            }
            | Fast::Shift {
                dst,
                a,
                b,
                kslot,
                copy,
                ..
            } => ok(dst, 8) && ok(a, 8) && ok(b, 8) && opt(kslot) && opt(copy),
            Fast::Cmp {
                dst, a, b, kslot, ..
            } => ok(dst, 1) && ok(a, 8) && ok(b, 8) && opt(kslot),
            Fast::ShiftK {
                dst,
                a,
                kslot,
                copy,
                ..
            } => ok(dst, 8) && ok(a, 8) && ok(kslot, 8) && opt(copy),
            Fast::Bin2 {
                d1,
                a1,
                b1,
                d2,
                a2,
                b2,
                copy,
                ..
            } => {
                ok(d1, 8)
                    && ok(a1, 8)
                    && ok(b1, 8)
                    && ok(d2, 8)
                    && ok(a2, 8)
                    && ok(b2, 8)
                    && opt(copy)
            }
            Fast::Inc { x, t, u, d, .. } | Fast::LineInc { x, t, u, d, .. } => {
                ok(x, 8) && ok(t, 8) && ok(u, 8) && ok(d, 8)
            }
            Fast::JumpCmp {
                dst, a, b, kslot, ..
            } => ok(dst, 1) && ok(a, 8) && ok(b, 8) && opt(kslot),
            Fast::LineCopy8 { dst, src, .. } => ok(dst, 8) && ok(src, 8),
            Fast::JumpIf { cond, .. } | Fast::JumpIfNot { cond, .. } => ok(cond, 1),
            Fast::Not { dst, a } => ok(dst, 1) && ok(a, 1),
            Fast::Load { dst, ptr, size, .. } => ok(dst, size) && ok(ptr, 8),
            Fast::Store { ptr, src, size, .. } => ok(src, size) && ok(ptr, 8),
            Fast::AddOff { dst, ptr, .. } => ok(dst, 8) && ok(ptr, 8),
        }
    }

    /// Whether every pc this form at `pc` may continue at is at most `n` (the code's
    /// length: `fast[n]` is the closing `Slow`). The inner loop relies on it: it reads
    /// `fast[pc]` without bounds checks.
    pub fn lands_within(&self, pc: usize, n: usize) -> bool {
        let ok = |to: u32| to as usize <= n;
        match *self {
            // The jump, then the compare at its target.
            Fast::JumpCmp { to, next, .. } => pc < n && ok(to) && ok(next),
            _ => {
                pc + self.weight() as usize <= n
                    && match *self {
                        Fast::Jump { to }
                        | Fast::JumpIf { to, .. }
                        | Fast::JumpIfNot { to, .. } => ok(to),
                        Fast::Cmp { to, .. } => to == NONE || ok(to),
                        _ => true,
                    }
            }
        }
    }

    /// How many instructions of `code` this form stands for (the steps it counts; at
    /// most [`MAX_WEIGHT`]).
    pub fn weight(&self) -> u32 {
        match self {
            Fast::Bin { w, .. }
            | Fast::Shift { w, .. }
            | Fast::ShiftK { w, .. }
            | Fast::Cmp { w, .. } => *w as u32,
            Fast::Inc { .. } => 4,
            Fast::LineInc { .. } => 5,
            Fast::LineCopy8 { .. } => 2,
            Fast::Bin2 { copy, .. } => 2 + (*copy != NONE) as u32,
            Fast::JumpCmp { kslot, .. } => 3 + (*kslot != NONE) as u32,
            _ => 1,
        }
    }
}

/// The fast forms of `fc.code` (see the module doc).
pub fn specialise(fc: &FuncCode) -> Vec<Fast> {
    let code = &fc.code;
    let mut target = vec![false; code.len() + 1];
    let mut mark = |pc: u32| {
        if let Some(t) = target.get_mut(pc as usize) {
            *t = true;
        }
    };
    for ins in code {
        match ins {
            Ins::Jump { to } | Ins::JumpIf { to, .. } | Ins::JumpIfNot { to, .. } => mark(*to),
            _ => {}
        }
    }
    mark(fc.epilogue_pc);
    mark(fc.unwind_pc);
    let n = code.len();
    let single: Vec<Fast> = (0..n).map(|pc| fast_at(code, &target, pc)).collect();
    let mut fast = single.clone();
    for pc in 0..n {
        match single[pc] {
            // A statement boundary joins the statement's first instruction.
            Fast::Line { pos } if pc + 1 < n && !target[pc + 1] => match single[pc + 1] {
                Fast::Copy8 { dst, src } => fast[pc] = Fast::LineCopy8 { pos, dst, src },
                Fast::Inc { sub, x, t, u, d, k } => {
                    fast[pc] = Fast::LineInc {
                        pos,
                        sub,
                        x,
                        t,
                        u,
                        d,
                        k,
                    }
                }
                _ => {}
            },
            // Two integer operations in a row.
            Fast::Bin {
                op: op1,
                dst: d1,
                a: a1,
                b: b1,
                kslot: NONE,
                copy: NONE,
                ..
            } if pc + 1 < n && !target[pc + 1] => {
                if let Fast::Bin {
                    op: op2,
                    dst: d2,
                    a: a2,
                    b: b2,
                    kslot: NONE,
                    copy,
                    ..
                } = single[pc + 1]
                {
                    fast[pc] = Fast::Bin2 {
                        op1,
                        op2,
                        d1,
                        a1,
                        b1,
                        d2,
                        a2,
                        b2,
                        copy,
                    };
                }
            }
            // A jump to a loop's condition runs the condition at once.
            Fast::Jump { to } => {
                if let Some(&Fast::Cmp {
                    op,
                    signed,
                    jump_if,
                    w,
                    dst,
                    a,
                    b,
                    kslot,
                    k,
                    to: cmp_to,
                }) = single.get(to as usize)
                    && cmp_to != NONE
                {
                    fast[pc] = Fast::JumpCmp {
                        op,
                        signed,
                        jump_if,
                        dst,
                        a,
                        b,
                        kslot,
                        k,
                        to: cmp_to,
                        next: to + w as u32,
                    };
                }
            }
            _ => {}
        }
    }
    for (pc, f) in fast.iter_mut().enumerate() {
        if !f.within(fc.frame_size) || !f.lands_within(pc, n) {
            *f = Fast::Slow;
        }
    }
    // Falling off the end: the general loop returns.
    fast.push(Fast::Slow);
    fast
}

/// `code[pc]` when no jump lands on it (so it may join a fused run).
fn joinable<'a>(code: &'a [Ins], target: &[bool], pc: usize) -> Option<&'a Ins> {
    code.get(pc).filter(|_| !target[pc])
}

/// An 8-byte integer constant that fits an `i32` (sign-extended): `(dst, k)`.
fn small_const8(ins: &Ins) -> Option<(Slot, i32)> {
    match ins {
        Ins::Const { dst, val, size: 8 } => i32::try_from(*val as i64).ok().map(|k| (*dst, k)),
        _ => None,
    }
}

/// An 8-byte `Copy` from `src`: its destination.
fn copy8_from(ins: Option<&Ins>, src: Slot) -> Option<Slot> {
    match ins {
        Some(Ins::Copy {
            dst,
            src: s,
            size: 8,
        }) if *s == src => Some(*dst),
        _ => None,
    }
}

fn fast_at(code: &[Ins], target: &[bool], pc: usize) -> Fast {
    let next = |i: usize| joinable(code, target, pc + i);
    // `x += k`: Copy t ← x; Const u ← k; IntBin d ← t ± u; Copy x ← d.
    if let Ins::Copy {
        dst: t,
        src: x,
        size: 8,
    } = &code[pc]
        && let Some((u, k)) = next(1).and_then(small_const8)
        && let Some(Ins::IntBin {
            op: op @ (BinOp::Add | BinOp::Sub),
            kind,
            dst: d,
            a,
            b,
            ..
        }) = next(2)
        && kind.size == 8
        && *a == *t
        && *b == u
        && copy8_from(next(3), *d) == Some(*x)
    {
        return Fast::Inc {
            sub: *op == BinOp::Sub,
            x: *x,
            t: *t,
            u,
            d: *d,
            k,
        };
    }
    // A constant operand: fold it into the operation that follows.
    let (first, kslot, k) = match small_const8(&code[pc]) {
        Some((kslot, k)) if next(1).is_some_and(is_int_op8) => (1, kslot, k),
        _ => (0, NONE, 0),
    };
    let ins = &code[pc + first];
    let w0 = first as u8 + 1;
    match ins {
        Ins::IntBin {
            op,
            kind,
            dst,
            a,
            b,
            ..
        } if kind.size == 8 && IntOp::of(*op).is_some() => {
            let copy = copy8_from(next(first + 1), *dst);
            Fast::Bin {
                op: IntOp::of(*op).expect("checked"),
                w: w0 + copy.is_some() as u8,
                dst: *dst,
                a: *a,
                b: *b,
                kslot,
                k,
                copy: copy.unwrap_or(NONE),
            }
        }
        Ins::Shift {
            left,
            kind,
            count,
            dst,
            a,
            b,
            ..
        } if kind.size == 8 && count.size == 8 => {
            let copy = copy8_from(next(first + 1), *dst);
            if kslot != NONE && *b == kslot && k >= 0 {
                return Fast::ShiftK {
                    op: match (*left, kind.signed) {
                        (true, _) => ShiftOp::Shl,
                        (false, false) => ShiftOp::Shr,
                        (false, true) => ShiftOp::Sar,
                    },
                    w: w0 + copy.is_some() as u8,
                    dst: *dst,
                    a: *a,
                    kslot,
                    k,
                    copy: copy.unwrap_or(NONE),
                };
            }
            Fast::Shift {
                left: *left,
                arith: kind.signed,
                signed: count.signed,
                w: w0 + copy.is_some() as u8,
                dst: *dst,
                a: *a,
                b: *b,
                kslot,
                k,
                copy: copy.unwrap_or(NONE),
            }
        }
        Ins::Cmp {
            op,
            kind,
            dst,
            a,
            b,
        } if let Some(signed) = int8_cmp(kind)
            && CmpOp::of(*op).is_some() =>
        {
            let (to, jump_if) = match next(first + 1) {
                Some(Ins::JumpIf { cond, to }) if cond == dst => (*to, true),
                Some(Ins::JumpIfNot { cond, to }) if cond == dst => (*to, false),
                _ => (NONE, false),
            };
            Fast::Cmp {
                op: CmpOp::of(*op).expect("checked"),
                signed,
                jump_if,
                w: w0 + (to != NONE) as u8,
                dst: *dst,
                a: *a,
                b: *b,
                kslot,
                k,
                to,
            }
        }
        _ => single(ins),
    }
}

/// Whether `ins` has a fast form that can take a folded constant.
fn is_int_op8(ins: &Ins) -> bool {
    match ins {
        Ins::IntBin { op, kind, .. } => kind.size == 8 && IntOp::of(*op).is_some(),
        Ins::Shift { kind, count, .. } => kind.size == 8 && count.size == 8,
        Ins::Cmp { op, kind, .. } => int8_cmp(kind).is_some() && CmpOp::of(*op).is_some(),
        _ => false,
    }
}

/// Whether a comparison of `kind` is one of 8-byte integers (pointers, channels, maps
/// and funcs compare as unsigned words): `Some(signed)`.
fn int8_cmp(kind: &Scalar) -> Option<bool> {
    match kind {
        Scalar::Int(k) if k.size == 8 => Some(k.signed),
        Scalar::Word => Some(false),
        _ => None,
    }
}

/// The fast form of one instruction that is not an integer operation.
fn single(ins: &Ins) -> Fast {
    match *ins {
        Ins::Line { pos } => Fast::Line { pos },
        Ins::Nop { .. } => Fast::Nop,
        Ins::Copy { dst, src, size: 8 } => Fast::Copy8 { dst, src },
        Ins::Copy { dst, src, size } => Fast::Copy { dst, src, size },
        Ins::Zero { dst, size } => Fast::Zero { dst, size },
        Ins::Const { dst, val, size: 8 } => Fast::Const8 {
            dst,
            lo: val as u32,
            hi: (val >> 32) as u32,
        },
        Ins::Const { dst, val, size } if size <= 4 => Fast::Const {
            dst,
            val: val as u32,
            size,
        },
        Ins::AddrOfSlot { dst, slot } => Fast::AddrOfSlot { dst, slot },
        Ins::Jump { to } => Fast::Jump { to },
        Ins::JumpIf { cond, to } => Fast::JumpIf { cond, to },
        Ins::JumpIfNot { cond, to } => Fast::JumpIfNot { cond, to },
        Ins::Not { dst, a } => Fast::Not { dst, a },
        Ins::Load {
            dst,
            ptr,
            off,
            size,
        } => Fast::Load {
            dst,
            ptr,
            off,
            size,
        },
        Ins::Store {
            ptr,
            off,
            src,
            size,
        } => Fast::Store {
            ptr,
            off,
            src,
            size,
        },
        Ins::AddOff { dst, ptr, off } => Fast::AddOff { dst, ptr, off },
        Ins::RunDefers => Fast::RunDefers,
        _ => Fast::Slow,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::runtime::code::IntKind;

    const I64: IntKind = IntKind {
        size: 8,
        signed: true,
    };

    fn func(code: Vec<Ins>, frame_size: u32) -> FuncCode {
        FuncCode {
            code,
            frame_size,
            ..FuncCode::default()
        }
    }

    fn add(dst: Slot, a: Slot, b: Slot) -> Ins {
        Ins::IntBin {
            op: BinOp::Add,
            kind: I64,
            dst,
            a,
            b,
            pos: Pos::new(1, 1),
        }
    }

    #[test]
    fn comparisons_and_operations_agree_with_rust() {
        let vals = [
            0u64,
            1,
            2,
            7,
            u64::MAX,
            u64::MAX - 1,
            1 << 63,
            (1 << 63) - 1,
        ];
        let ops = [
            (CmpOp::Eq, BinOp::Eql),
            (CmpOp::Ne, BinOp::Neq),
            (CmpOp::Lt, BinOp::Lss),
            (CmpOp::Le, BinOp::Leq),
            (CmpOp::Gt, BinOp::Gtr),
            (CmpOp::Ge, BinOp::Geq),
        ];
        for &x in &vals {
            for &y in &vals {
                for (op, bin) in ops {
                    assert_eq!(CmpOp::of(bin), Some(op));
                    let (s, u) = ((x as i64).cmp(&(y as i64)), x.cmp(&y));
                    let want = |o: std::cmp::Ordering| match op {
                        CmpOp::Eq => o.is_eq(),
                        CmpOp::Ne => o.is_ne(),
                        CmpOp::Lt => o.is_lt(),
                        CmpOp::Le => o.is_le(),
                        CmpOp::Gt => o.is_gt(),
                        CmpOp::Ge => o.is_ge(),
                    };
                    assert_eq!(op.apply(true, x, y), want(s), "{x} {op:?} {y} signed");
                    assert_eq!(op.apply(false, x, y), want(u), "{x} {op:?} {y} unsigned");
                }
                assert_eq!(IntOp::Add.apply(x, y), x.wrapping_add(y));
                assert_eq!(IntOp::Sub.apply(x, y), x.wrapping_sub(y));
                assert_eq!(IntOp::Mul.apply(x, y), x.wrapping_mul(y));
                assert_eq!(IntOp::And.apply(x, y), x & y);
                assert_eq!(IntOp::Or.apply(x, y), x | y);
                assert_eq!(IntOp::Xor.apply(x, y), x ^ y);
                assert_eq!(IntOp::AndNot.apply(x, y), x & !y);
            }
        }
    }

    #[test]
    fn shifts_by_constants_shift_like_go() {
        let m = u64::MAX;
        assert_eq!(ShiftOp::Shl.apply(3, 2), 12);
        assert_eq!(ShiftOp::Shl.apply(3, 64), 0);
        assert_eq!(ShiftOp::Shr.apply(m, 60), 15);
        assert_eq!(ShiftOp::Shr.apply(m, 64), 0);
        assert_eq!(ShiftOp::Sar.apply(m - 15, 2), m - 3);
        assert_eq!(ShiftOp::Sar.apply(1 << 63, 100), m);
        assert_eq!(ShiftOp::Sar.apply(1 << 62, 100), 0);
    }

    #[test]
    fn fast_forms_stay_small() {
        assert!(std::mem::size_of::<Fast>() <= 32);
    }

    #[test]
    fn a_constant_operand_and_the_copy_of_the_result_fuse() {
        let f = func(
            vec![
                Ins::Const {
                    dst: 16,
                    val: 5,
                    size: 8,
                },
                add(24, 8, 16),
                Ins::Copy {
                    dst: 0,
                    src: 24,
                    size: 8,
                },
                Ins::Return,
            ],
            32,
        );
        let fast = specialise(&f);
        assert_eq!(
            fast.len(),
            5,
            "one form per instruction and the closing Slow"
        );
        assert!(matches!(
            fast[0],
            Fast::Bin {
                op: IntOp::Add,
                w: 3,
                kslot: 16,
                k: 5,
                copy: 0,
                ..
            }
        ));
        assert!(matches!(
            fast[1],
            Fast::Bin {
                w: 2,
                kslot: NONE,
                ..
            }
        ));
        assert!(matches!(fast[3], Fast::Slow));
        assert!(matches!(fast[4], Fast::Slow));
    }

    #[test]
    fn nothing_fuses_across_a_jump_target() {
        let f = func(
            vec![
                Ins::Const {
                    dst: 16,
                    val: 5,
                    size: 8,
                },
                add(24, 8, 16),
                Ins::Jump { to: 1 },
            ],
            32,
        );
        let fast = specialise(&f);
        assert!(matches!(
            fast[0],
            Fast::Const8 {
                dst: 16,
                lo: 5,
                hi: 0
            }
        ));
        assert!(matches!(fast[1], Fast::Bin { w: 1, .. }));
    }

    #[test]
    fn slots_outside_the_frame_stay_slow() {
        let f = func(vec![add(24, 8, 16)], 24);
        assert!(matches!(specialise(&f)[0], Fast::Slow));
    }

    #[test]
    fn a_counting_loop_becomes_few_forms() {
        // for i := 0; i < 10; i++ {} as compile lays it out.
        let code = vec![
            Ins::Line {
                pos: Pos::new(1, 1),
            },
            Ins::Const {
                dst: 16,
                val: 10,
                size: 8,
            },
            Ins::Cmp {
                op: BinOp::Lss,
                kind: Scalar::Int(I64),
                dst: 24,
                a: 8,
                b: 16,
            },
            Ins::JumpIfNot { cond: 24, to: 10 },
            Ins::Line {
                pos: Pos::new(1, 2),
            },
            Ins::Copy {
                dst: 16,
                src: 8,
                size: 8,
            },
            Ins::Const {
                dst: 24,
                val: 1,
                size: 8,
            },
            add(32, 16, 24),
            Ins::Copy {
                dst: 8,
                src: 32,
                size: 8,
            },
            Ins::Jump { to: 1 },
            Ins::Return,
        ];
        let fast = specialise(&func(code, 40));
        assert!(matches!(fast[1], Fast::Cmp { w: 3, to: 10, .. }));
        assert!(matches!(fast[4], Fast::LineInc { k: 1, x: 8, .. }));
        assert!(matches!(
            fast[9],
            Fast::JumpCmp {
                to: 10,
                next: 4,
                kslot: 16,
                ..
            }
        ));
        for (pc, f) in fast.iter().enumerate() {
            assert!(f.weight() <= MAX_WEIGHT);
            assert!(f.lands_within(pc, 11) || pc == 11);
        }
    }
}
