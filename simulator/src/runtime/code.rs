//! The compact instruction form the runtime executes: what `compile` makes of each function.
//!
//! A function runs in a *frame* on its goroutine's stack: a block of bytes laid out like a
//! Go frame on amd64 — parameters, results, locals and temporaries, each at an offset with
//! its type's size and alignment. Instructions name their operands by frame offset
//! ([`Slot`]), so every value the program computes sits in simulated memory where the
//! garbage collector and the stack copier can see it, typed by [`FuncCode::slots`].

use crate::ir::{BinOp, Builtin, FuncId, ImportedFunc};
use crate::source::Pos;
use crate::types::TypeId;

/// A byte offset in the current frame.
pub type Slot = u32;

/// How integer arithmetic treats its operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntKind {
    /// 1, 2, 4 or 8.
    pub size: u8,
    pub signed: bool,
}

/// Scalar kinds for comparisons and conversions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar {
    Int(IntKind),
    F32,
    F64,
    /// complex64 (two float32) and complex128 (two float64).
    C64,
    C128,
    Bool,
    String,
    /// Pointers, channels, maps, funcs (compared as addresses).
    Word,
    /// Interfaces (type word and data).
    Iface,
    /// Arrays and structs: compared field by field with the given type.
    Composite(TypeId),
}

/// One instruction.
#[derive(Clone, Debug)]
pub enum Ins {
    /// `dst[..size] = src[..size]`.
    Copy {
        dst: Slot,
        src: Slot,
        size: u32,
    },
    Zero {
        dst: Slot,
        size: u32,
    },
    /// An integer constant of `size` bytes.
    Const {
        dst: Slot,
        val: u64,
        size: u8,
    },
    /// A string constant: its header points at static data.
    ConstStr {
        dst: Slot,
        addr: u64,
        len: u64,
    },
    /// `dst = *(ptr + off)` (nil check on `ptr`).
    Load {
        dst: Slot,
        ptr: Slot,
        off: u32,
        size: u32,
    },
    /// `*(ptr + off) = src`.
    Store {
        ptr: Slot,
        off: u32,
        src: Slot,
        size: u32,
    },
    /// `dst = ptr + off` (nil check on `ptr`, as Go's field address does).
    AddOff {
        dst: Slot,
        ptr: Slot,
        off: u32,
    },
    /// `dst = &frame[slot]`.
    AddrOfSlot {
        dst: Slot,
        slot: Slot,
    },
    /// `dst = addr` (a package variable or static object).
    AddrConst {
        dst: Slot,
        addr: u64,
    },
    IntBin {
        op: BinOp,
        kind: IntKind,
        dst: Slot,
        a: Slot,
        b: Slot,
        pos: Pos,
    },
    /// Shifts: `a` of kind `kind`, count of kind `count`.
    Shift {
        left: bool,
        kind: IntKind,
        count: IntKind,
        dst: Slot,
        a: Slot,
        b: Slot,
        pos: Pos,
    },
    IntNeg {
        kind: IntKind,
        dst: Slot,
        a: Slot,
    },
    IntNot {
        kind: IntKind,
        dst: Slot,
        a: Slot,
    },
    FloatBin {
        op: BinOp,
        f32: bool,
        dst: Slot,
        a: Slot,
        b: Slot,
    },
    FloatNeg {
        f32: bool,
        dst: Slot,
        a: Slot,
    },
    /// Complex arithmetic (`c64`: complex64) for `+ - * /`.
    ComplexBin {
        op: BinOp,
        c64: bool,
        dst: Slot,
        a: Slot,
        b: Slot,
    },
    /// `complex(re, im)` from two floats (`c64`: float32 parts).
    MakeComplex {
        c64: bool,
        dst: Slot,
        re: Slot,
        im: Slot,
    },
    Not {
        dst: Slot,
        a: Slot,
    },
    /// `dst = a OP b` as a bool, for `==`, `!=`, `<`, `<=`, `>`, `>=`.
    Cmp {
        op: BinOp,
        kind: Scalar,
        dst: Slot,
        a: Slot,
        b: Slot,
    },
    /// Numeric conversion.
    Convert {
        from: Scalar,
        to: Scalar,
        dst: Slot,
        src: Slot,
    },
    Jump {
        to: u32,
    },
    JumpIf {
        cond: Slot,
        to: u32,
    },
    JumpIfNot {
        cond: Slot,
        to: u32,
    },
    /// Calls `func` with the arguments laid out at `args` (copied into its parameter
    /// block); its results block is copied to `ret` on return.
    Call {
        func: FuncId,
        args: Slot,
        ret: Slot,
        pos: Pos,
    },
    /// Calls the function value in `fv` (a pointer to a closure object).
    CallValue {
        fv: Slot,
        args: Slot,
        ret: Slot,
        sig: TypeId,
        pos: Pos,
    },
    Return,
    /// Runs the frame's next deferred call, if any, and comes back to this instruction;
    /// falls through when no deferred call is left.
    RunDefers,
    /// Where a panicking frame resumes after each deferred call (see `vm`).
    Unwind,
    /// `defer f()`: `fv` holds the function value to call at exit.
    Defer {
        fv: Slot,
    },
    /// `recover()`: the interface value goes to `dst`.
    Recover {
        dst: Slot,
    },
    /// A closure object of synthesized layout `layout`: heap or `stack` frame slot.
    NewClosure {
        dst: Slot,
        layout: u32,
        stack: Option<Slot>,
        pos: Pos,
    },
    /// An interface method call: the dynamic type picks the method. The caller's block
    /// holds an 8-byte receiver placeholder, then the parameters at `param_offs`.
    CallIface {
        iface: Slot,
        method: crate::name::Name,
        args: Slot,
        param_offs: Vec<(Slot, u32)>,
        ret: Slot,
        pos: Pos,
    },
    /// `panic(v)` with `v` an interface value.
    Panic {
        val: Slot,
        pos: Pos,
    },
    /// A heap allocation of `count` values of `elem` (the escape analysis said heap); the
    /// pointer goes to `dst`.
    New {
        dst: Slot,
        elem: TypeId,
        count_slot: Option<Slot>,
        count: u64,
        pos: Pos,
    },
    /// `dst = &frame[slot]` after zeroing `size` bytes there (a non-escaping `new`).
    NewStack {
        dst: Slot,
        slot: Slot,
        size: u32,
    },
    /// `make([]T, len, cap)`: a slice header at `dst`. `stack` is a frame buffer usable
    /// when the backing array fits it (`stack_cap` elements), else the heap.
    MakeSlice {
        dst: Slot,
        elem: TypeId,
        len: Slot,
        cap: Option<Slot>,
        stack: Option<(Slot, u64)>,
        pos: Pos,
    },
    /// `append(s, vals[0..n]...)`: `s` slice header, `vals` a slice header of the values.
    Append {
        dst: Slot,
        s: Slot,
        vals: Slot,
        elem: TypeId,
        /// A 32-byte frame buffer (object slot, elements it holds) the append may use.
        stack: Option<(Slot, u64)>,
        /// `growsliceBuf`: reuse the buffer at every growth that fits, the capacity
        /// walking up the size classes (else: only the first append, only from empty).
        grow_in_buffer: bool,
        pos: Pos,
    },
    /// `(*[n]T)(s)`: the slice's pointer, after checking it has at least `n` elements.
    SliceToArrayPtr {
        dst: Slot,
        src: Slot,
        n: u64,
        pos: Pos,
    },
    /// Go's `move2heap(s)` for the slice variable at `slot`: if its backing store is in
    /// this frame, copy it to the heap (keeping the capacity, or rounding it to the
    /// length's size class).
    MoveToHeap {
        slot: Slot,
        elem: TypeId,
        keep_cap: bool,
    },
    /// `&x[i]` for slices (`kind` Slice), arrays behind a pointer (Array), strings (String).
    IndexAddr {
        dst: Slot,
        base: Slot,
        index: Slot,
        index_kind: IntKind,
        elem_size: u32,
        len: Option<u64>,
        string: bool,
        pos: Pos,
    },
    /// `x[low:high:max]`.
    SliceOp {
        dst: Slot,
        base: Slot,
        low: Option<(Slot, IntKind)>,
        high: Option<(Slot, IntKind)>,
        max: Option<(Slot, IntKind)>,
        elem_size: u32,
        what: SliceWhat,
        pos: Pos,
    },
    /// String concatenation of the strings at `parts`; `buf` is a frame buffer (object
    /// slot, bytes) for a result that does not escape, else the result goes to the heap.
    Concat {
        dst: Slot,
        parts: Vec<Slot>,
        buf: Option<(Slot, u32)>,
        pos: Pos,
    },
    /// Conversion to an interface: `dst` gets (type word, data word).
    ToIface {
        dst: Slot,
        src: Slot,
        ty: TypeId,
        heap: bool,
        stack_box: Option<Slot>,
        pos: Pos,
    },
    /// Conversions between strings and byte or rune slices; `buf` as for `Concat`, and
    /// `exact` when the buffer has exactly the source's size (a constant string).
    StrConv {
        dst: Slot,
        src: Slot,
        kind: crate::ir::StrConvKind,
        buf: Option<(Slot, u32)>,
        exact: bool,
        pos: Pos,
    },
    /// `copy(dst, src)` for slices (`from_string`: src is a string); count to `n`.
    CopySlice {
        n: Option<Slot>,
        dst_s: Slot,
        src_s: Slot,
        elem_size: u32,
        from_string: bool,
    },
    /// `x.(T)`: `ok` is `Some` for the comma-ok form.
    TypeAssert {
        dst: Slot,
        src: Slot,
        ty: TypeId,
        ok: Option<Slot>,
        src_ty: TypeId,
        pos: Pos,
    },
    /// A call of an imported function (fmt, errors) with its arguments laid out at `args`.
    Imported {
        which: ImportedFunc,
        args: Slot,
        ret: Slot,
        pos: Pos,
    },
    /// `print`/`println` (to stderr).
    PrintBuiltin {
        args: Vec<(Slot, TypeId)>,
        newline: bool,
    },
    /// A builtin the runtime does with typed operands (`min`, `max` on numbers/strings).
    MinMax {
        max: bool,
        kind: Scalar,
        dst: Slot,
        args: Vec<Slot>,
    },
    /// Not yet supported at run time: stop with this message.
    Unsupported {
        what: &'static str,
        pos: Pos,
    },
    /// Decodes the UTF-8 rune of string `s` at byte `index` (Go's range over a string):
    /// the rune (U+FFFD for invalid bytes) and its width in bytes.
    DecodeRune {
        rune: Slot,
        width: Slot,
        s: Slot,
        index: Slot,
    },
    /// Whether the interface at `src` holds a `ty` (`None`: is nil; an interface type:
    /// implements it): a type switch case.
    TypeMatch {
        dst: Slot,
        src: Slot,
        ty: Option<TypeId>,
    },
    /// `make(map[K]V, hint)`: `ty` is the map type; `stack` an object slot for the
    /// header and first group of a map that does not escape.
    MakeMap {
        dst: Slot,
        ty: TypeId,
        hint: Option<Slot>,
        stack: Option<Slot>,
        pos: Pos,
    },
    /// `dst, ok = m[key]` (zero value and false when absent or `m` is nil).
    MapGet {
        m: Slot,
        key: Slot,
        dst: Slot,
        ok: Option<Slot>,
        ty: TypeId,
        pos: Pos,
    },
    /// `m[key] = val`.
    MapSet {
        m: Slot,
        key: Slot,
        val: Slot,
        ty: TypeId,
        pos: Pos,
    },
    /// `delete(m, key)`.
    MapDelete {
        m: Slot,
        key: Slot,
        ty: TypeId,
        pos: Pos,
    },
    /// `len(m)`.
    MapLen {
        dst: Slot,
        m: Slot,
    },
    /// `clear(m)`.
    MapClear {
        m: Slot,
    },
    /// Starts a `range` over map `m`: the iterator's id goes to `iter`.
    MapIterInit {
        m: Slot,
        iter: Slot,
    },
    /// The next entry of iterator `iter` into `key`/`val`; `ok` false when done.
    MapIterNext {
        iter: Slot,
        key: Option<Slot>,
        val: Option<Slot>,
        ok: Slot,
        ty: TypeId,
    },
    /// `make(chan T, size)`.
    MakeChan {
        dst: Slot,
        elem: TypeId,
        size: Option<Slot>,
        pos: Pos,
    },
    /// `ch <- val` (`size` bytes).
    Send {
        ch: Slot,
        val: Slot,
        size: u32,
        pos: Pos,
    },
    /// `dst, ok = <-ch`.
    Recv {
        ch: Slot,
        dst: Slot,
        ok: Option<Slot>,
        size: u32,
        pos: Pos,
    },
    /// `close(ch)`.
    Close {
        ch: Slot,
        pos: Pos,
    },
    /// `len(ch)` or `cap(ch)`.
    ChanLenCap {
        dst: Slot,
        ch: Slot,
        cap: bool,
    },
    /// `select`: the index of the case that ran goes to `chosen` (-1: default).
    Select {
        cases: Vec<SelectArm>,
        default: bool,
        chosen: Slot,
        pos: Pos,
    },
    /// `go f()`: `fv` holds the function value the new goroutine calls.
    Go {
        fv: Slot,
        pos: Pos,
    },
    /// `runtime.Gosched()`.
    Gosched,
    /// Marks a statement boundary (for traces and step limits).
    Line {
        pos: Pos,
    },
    /// `_ = builtin` placeholder for builtins with no effect here.
    Nop {
        which: Builtin,
    },
}

/// One communication of a `select`.
#[derive(Clone, Debug)]
pub struct SelectArm {
    pub send: bool,
    pub ch: Slot,
    /// The value to send, or where a received value goes.
    pub val: Slot,
    pub ok: Option<Slot>,
    pub size: u32,
}

/// What a slice expression slices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SliceWhat {
    Slice,
    /// An array of `len` elements behind the pointer at `base`.
    ArrayPtr {
        len: u64,
    },
    String,
}

/// One compiled function.
#[derive(Clone, Debug, Default)]
pub struct FuncCode {
    pub code: Vec<Ins>,
    /// The fast form of each instruction (`fast[pc]` for `code[pc]`), made by
    /// [`specialise`](super::fast::specialise) once the code is final.
    pub fast: Vec<super::fast::Fast>,
    /// Frame size in bytes (without the 16 bytes of return address and saved BP).
    pub frame_size: u32,
    /// Bytes of the parameter block at offset 0 (receiver and parameters).
    pub params_size: u32,
    /// Offset and size of the results block.
    pub results_off: u32,
    pub results_size: u32,
    /// Every typed slot of the frame (variables and temporaries): what the collector scans
    /// and the stack copier adjusts.
    /// Each is (offset, element type, count): `count` consecutive values.
    pub slots: Vec<(Slot, TypeId, u32)>,
    /// Offsets of frame words that may hold pointers (from `slots`).
    pub pointer_words: Vec<Slot>,
    /// The slot receiving the closure context pointer (closures and wrappers).
    pub ctx_slot: Option<Slot>,
    /// Offset and size of the receiver and each parameter, in order.
    pub param_slots: Vec<(Slot, u32)>,
    /// Where `return` goes: run deferred calls, copy heap-moved results, return.
    pub epilogue_pc: u32,
    /// The `Unwind` instruction.
    pub unwind_pc: u32,
    /// Offset of the first temporary: slots below are parameters, results and locals.
    pub temps_start: u32,
    /// Offset of the object area: the `slot` of `NewStack`, `NewClosure`, a `ToIface`
    /// box and the stack buffers of `MakeSlice` and `Append` are relative to it.
    pub objects_base: u32,
    /// Per `Line` instruction (by pc, ascending): the pointer words of variables dead
    /// from that statement on (see [`super::liveness`]); empty when liveness does not
    /// apply to the function.
    pub dead_at: Vec<(u32, Box<[Slot]>)>,
}

/// A layout the runtime makes up (closure objects): size and pointer words.
#[derive(Clone, Debug, Default)]
pub struct Synth {
    pub size: u64,
    pub pointer_words: Vec<u64>,
}
