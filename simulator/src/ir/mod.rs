//! The typed program: what the checker produces and every later stage consumes.
//!
//! It is shaped like the Go compiler's IR after type checking (`cmd/compile/internal/ir`), on
//! purpose: escape analysis must see the program exactly as Go's escape analysis sees it to
//! print the same diagnostics. So the typed program already has
//!
//! * every name resolved (locals to [`VarId`], package variables to [`GlobalId`], functions,
//!   methods and closures to [`FuncId`]), every constant expression folded to a value;
//! * implicit operations made explicit and flagged `implicit` (interface conversions, `&x`
//!   for pointer-receiver calls, `*p` for auto-dereference, embedded-field paths), which the
//!   printer skips exactly as Go's does;
//! * variadic arguments packed into a slice literal flagged as the `... argument`;
//! * Go's node positions on every node (call at `(`, selector at `.`, ...), and Go's
//!   declaration lists (`Func::dcl`) in Go's order, so `.autotmp_N` get Go's numbers.
//!
//! Rewrites Go performs while building its IR (dead code removal, go/defer wrappers,
//! devirtualization, compiler-generated wrappers and equality functions) are done by the
//! checker (`types::check`); those that run later (per-iteration loop variables, dead
//! locals, node numbering) live in [`passes`].

pub mod fmt;
pub mod passes;
pub mod visit;

use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::Operator;
use crate::types::constant::Value;
use crate::types::{TypeId, TypeTable};

/// A function, method, closure or compiler-generated wrapper.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);

/// A local variable, parameter, result or compiler temporary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VarId(pub u32);

/// A package-level variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(pub u32);

/// Identity of an assignment statement (Go's `Name.Defn` points at one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StmtId(pub u32);

/// The whole typed program.
#[derive(Debug)]
pub struct Program {
    pub types: TypeTable,
    pub funcs: Vec<Func>,
    pub vars: Vec<Var>,
    pub globals: Vec<Global>,
    /// Go's `Target.Funcs`: the package initialisation function first when package-level
    /// initialisers need code, then top-level functions and methods in source order.
    /// Closures and wrappers are not listed (they are reached through their parents).
    pub func_order: Vec<FuncId>,
    /// `func main`.
    pub main: Option<FuncId>,
    /// The synthesized package initialisation function, when there is one.
    pub package_init: Option<FuncId>,
    /// User `func init()` functions in source order.
    pub user_inits: Vec<FuncId>,
    /// Package-level variables in initialisation order (Go's dependency order).
    pub global_init_order: Vec<GlobalId>,
    /// Package variable initialisations Go lays out statically (no code, no diagnostics);
    /// the runtime performs them before the package initialisation function.
    pub static_inits: Vec<Stmt>,
    /// Compiler-generated functions Go appends after everything else (method wrappers,
    /// method-value wrappers, equality functions of types read in function bodies), in
    /// Go's order. Equality functions needed by package initialisers are in `func_order`.
    pub generated: Vec<FuncId>,
    /// `devirtualizing x.M to T` lines, in Go's order (printed before escape lines).
    pub devirtualized: Vec<(Pos, String)>,
    /// Next statement id.
    pub next_stmt_id: u32,
    /// What the checker's last sweep over the bodies found for [`passes::run`] (which
    /// takes it); `None` before the sweep and after the passes.
    pub prepared: Option<passes::Prepared>,
}

impl Program {
    pub fn func(&self, id: FuncId) -> &Func {
        &self.funcs[id.0 as usize]
    }
    pub fn func_mut(&mut self, id: FuncId) -> &mut Func {
        &mut self.funcs[id.0 as usize]
    }
    pub fn var(&self, id: VarId) -> &Var {
        &self.vars[id.0 as usize]
    }
    pub fn var_mut(&mut self, id: VarId) -> &mut Var {
        &mut self.vars[id.0 as usize]
    }
    pub fn global(&self, id: GlobalId) -> &Global {
        &self.globals[id.0 as usize]
    }

    pub fn new_stmt_id(&mut self) -> StmtId {
        self.next_stmt_id += 1;
        StmtId(self.next_stmt_id)
    }

    /// Declares a compiler temporary `.autotmp_N` in `func`, N being the length of its
    /// declaration list (Go's `typecheck.TempAt`).
    pub fn new_temp(&mut self, func: FuncId, pos: Pos, ty: TypeId) -> VarId {
        let n = self.funcs[func.0 as usize].dcl.len();
        let id = VarId(self.vars.len() as u32);
        self.vars.push(Var {
            name: Name::from(format!(".autotmp_{n}")),
            pos,
            ty,
            class: VarClass::Temp,
            func,
            defn: Defn::None,
            addrtaken: false,
            used: true,
        });
        self.funcs[func.0 as usize].dcl.push(id);
        id
    }

    /// Whether `inner` is a closure nested (at any depth) inside `outer` (Go's
    /// `ir.ContainsClosure`; false when they are the same function).
    pub fn contains_closure(&self, outer: FuncId, inner: FuncId) -> bool {
        if outer == inner {
            return false;
        }
        let mut f = self.func(inner).parent;
        while let Some(id) = f {
            if id == outer {
                return true;
            }
            f = self.func(id).parent;
        }
        false
    }

    /// For each function, the closures and wrappers nested directly in it, in [`FuncId`]
    /// order (one pass over the functions; use it instead of scanning for `parent`).
    pub fn children(&self) -> Vec<Vec<FuncId>> {
        let mut out = vec![Vec::new(); self.funcs.len()];
        for (i, f) in self.funcs.iter().enumerate() {
            if let Some(p) = f.parent {
                out[p.0 as usize].push(FuncId(i as u32));
            }
        }
        out
    }

    /// The outermost function enclosing `f` (itself if it is not a closure).
    pub fn outermost(&self, mut f: FuncId) -> FuncId {
        while let Some(p) = self.func(f).parent {
            f = p;
        }
        f
    }
}

/// What kind of function a [`Func`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FuncKind {
    /// `func f()` at top level.
    TopLevel,
    /// `func (r T) M()` or `func (r *T) M()`.
    Method { recv_type: TypeId, pointer: bool },
    /// A function literal.
    Closure,
    /// The compiler-generated wrapper of a `go`/`defer` statement.
    GoDeferWrapper,
    /// The synthesized package initialisation function.
    PackageInit,
    /// Code the compiler generates beside the program (Go marks it DUPOK and prints no
    /// `-m` diagnostics for it, only `-m=2` flow explanations at `<autogenerated>:1`):
    /// method wrappers (`(*T).M`, promoted `S.M`, interface `I.M`), method-value wrappers
    /// (`T.M-fm`) and type equality functions (`.eq.M8S`).
    Autogenerated,
}

/// A function body with its signature and declarations.
#[derive(Clone, Debug)]
pub struct Func {
    /// The name Go prints in diagnostics: `f`, `(*T).M`, `T.M`, `f.func1`, `f.func1.1`, `init`.
    pub name: Name,
    pub kind: FuncKind,
    /// Position of the function's name (declarations) or `func` keyword (literals).
    pub pos: Pos,
    /// The function type (without receiver).
    pub sig: TypeId,
    pub recv: Option<VarId>,
    pub params: Vec<VarId>,
    pub results: Vec<VarId>,
    /// Go's declaration list: receiver, parameters, results, then locals and temporaries in
    /// the order they are declared.
    pub dcl: Vec<VarId>,
    /// Variables of enclosing functions this closure uses, in order of first use.
    pub captures: Vec<Capture>,
    pub body: Vec<Stmt>,
    /// The function this closure or wrapper is nested in.
    pub parent: Option<FuncId>,
    /// Whether the closure refers to any variable of an enclosing function.
    pub is_capturing: bool,
    /// Parameters that are not part of the signature nor of `dcl` (Go's hidden parameters:
    /// the receiver `.this` of a method-value wrapper).
    pub hidden_params: Vec<VarId>,
    /// The body indexes an array or a string with a non-constant index: it may need an
    /// `index bounds check elided` line. Set when the body is numbered ([`passes::sweep`], [`passes::run`]).
    pub indexes_fixed: bool,
    /// The functions the body refers to (called statically, used as values, function
    /// literals; not inside nested literals), in the order of the body's nodes, repeats
    /// included: the edges of escape analysis's call graph. Set when the body is numbered.
    pub refs: Vec<FuncId>,
}

/// A variable captured by a closure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capture {
    /// The captured variable, as declared in the outermost function that declares it.
    pub var: VarId,
    /// Position of the first use inside the closure.
    pub pos: Pos,
}

/// How a variable is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VarClass {
    Local,
    Param,
    /// A result parameter (named or `~rN`).
    Result,
    /// A compiler temporary (`.autotmp_N`).
    Temp,
}

/// Which statement defines a variable (Go's `Name.Defn`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Defn {
    /// Declared without a defining statement (`var x T`, parameters).
    None,
    /// Defined by the single assignment `id` (`x := e`, `var x = e`, `a, b := 1, 2`).
    Assign(StmtId),
    /// Defined by a statement whose right side is not a plain expression per variable
    /// (`a, b := f()`, `v, ok := m[k]`, range, type switch).
    Other(StmtId),
}

impl Defn {
    pub fn stmt(self) -> Option<StmtId> {
        match self {
            Defn::None => None,
            Defn::Assign(s) | Defn::Other(s) => Some(s),
        }
    }
}

/// A local variable, parameter, result or temporary.
#[derive(Clone, Debug)]
pub struct Var {
    /// Source name; `_` for blank, `~r0`.. for unnamed results, `.autotmp_N` for temps,
    /// empty for unnamed parameters.
    pub name: Name,
    pub pos: Pos,
    pub ty: TypeId,
    pub class: VarClass,
    pub func: FuncId,
    pub defn: Defn,
    /// Its address is taken somewhere (`&x`, `x.M()` with a pointer receiver, slicing an
    /// array variable).
    pub addrtaken: bool,
    /// Read somewhere (for "declared and not used").
    pub used: bool,
}

impl Var {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
    pub fn is_param(&self) -> bool {
        self.class == VarClass::Param
    }
    pub fn is_result(&self) -> bool {
        self.class == VarClass::Result
    }
}

/// A package-level variable.
#[derive(Clone, Debug)]
pub struct Global {
    pub name: Name,
    pub pos: Pos,
    pub ty: TypeId,
}

/// An expression with its type and Go IR position.
#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: TypeId,
    pub pos: Pos,
    /// Inserted by the compiler (conversion, `&`, `*`, embedded path): not printed.
    pub implicit: bool,
    /// Unique node number, assigned when the checker's last sweep or [`passes::run`] numbers
    /// the body (0 before that): the key of per-node facts such as escape decisions.
    pub id: NodeId,
    /// Laid out at compile time in the program's static data (parts of package variable
    /// initialisers): never a stack or heap allocation.
    pub static_data: bool,
}

/// An expression's node number ([`Expr::id`]). It can be set through a shared reference
/// (a relaxed atomic, a plain load and store on every target) so that bodies are numbered
/// in the same walk-per-function sweep as the read-only passes, on two threads
/// ([`passes::sweep`]); nothing else ever writes it concurrently.
#[derive(Default)]
pub struct NodeId(std::sync::atomic::AtomicU32);

impl NodeId {
    pub fn get(&self) -> u32 {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
    pub fn set(&self, id: u32) {
        self.0.store(id, std::sync::atomic::Ordering::Relaxed)
    }
}

impl Clone for NodeId {
    fn clone(&self) -> NodeId {
        NodeId(std::sync::atomic::AtomicU32::new(self.get()))
    }
}

impl std::fmt::Debug for NodeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// Arithmetic and comparison operators.
pub type BinOp = Operator;

/// Unary operators on values (`-x`, `+x`, `^x`, `!x`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Neg,
    Plus,
    BitNot,
    Not,
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Neg => "-",
            UnOp::Plus => "+",
            UnOp::BitNot => "^",
            UnOp::Not => "!",
        }
    }
}

/// What is indexed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IndexKind {
    /// An array value (no dereference).
    Array,
    /// A slice (the element is behind the slice's pointer).
    Slice,
    /// A string byte.
    String,
}

/// What is sliced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SliceKind {
    Slice,
    /// An array, through an implicit `&a` (or a pointer to an array).
    Array,
    String,
}

/// Conversions between string and byte/rune slices, which allocate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StrConvKind {
    /// `string(b)`, b a `[]byte`.
    BytesToString,
    /// `string(r)`, r a `[]rune`.
    RunesToString,
    /// `[]byte(s)`.
    StringToBytes,
    /// `[]rune(s)`.
    StringToRunes,
    /// `string(r)`, r an integer (a rune).
    RuneToString,
}

/// What a call calls.
#[derive(Clone, Debug)]
pub enum Callee {
    /// A package function or a method called statically (`x.M()` on a concrete type, `T.M(x)`);
    /// for methods the receiver is the first argument.
    Static(FuncId),
    /// A function value: a local or global func variable, a parameter, a field, a call
    /// result, or a function literal called directly.
    Value(Box<Expr>),
    /// An interface method call `i.M(args)`: `recv` is the interface value.
    /// `dot` is the position of the selector (`i.M`), where Go puts the nodes it derives
    /// from the call (devirtualization).
    Interface {
        recv: Box<Expr>,
        method: Name,
        dot: Pos,
    },
    /// A function of an imported package (`fmt.Println`).
    Imported(ImportedFunc),
}

/// Functions of the imported packages memsim knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ImportedFunc {
    FmtPrintln,
    FmtPrintf,
    FmtPrint,
    FmtSprintf,
    FmtSprint,
    FmtSprintln,
    FmtErrorf,
    ErrorsNew,
    /// `runtime.GC()`.
    RuntimeGC,
    /// `runtime.Gosched()`.
    RuntimeGosched,
    /// `runtime.NumGoroutine() int`.
    RuntimeNumGoroutine,
    /// `runtime.ReadMemStats(m *runtime.MemStats)`.
    RuntimeReadMemStats,
    /// `runtime.memequal(x, y unsafe.Pointer, size uintptr) bool`, called by generated
    /// equality functions (as the other `Runtime*`); these have no escape tags.
    RuntimeMemequal,
    /// `runtime.efaceeq(typ *uintptr, x, y unsafe.Pointer) bool`.
    RuntimeEfaceeq,
    /// `runtime.ifaceeq(tab *uintptr, x, y unsafe.Pointer) bool`.
    RuntimeIfaceeq,
    /// `debug.SetMaxStack(bytes int) int` of package `runtime/debug`: sets the running
    /// program's stack limit, returns the previous one.
    DebugSetMaxStack,
}

impl ImportedFunc {
    /// As Go prints it: `fmt.Println`.
    pub fn qualified_name(self) -> &'static str {
        match self {
            ImportedFunc::FmtPrintln => "fmt.Println",
            ImportedFunc::FmtPrintf => "fmt.Printf",
            ImportedFunc::FmtPrint => "fmt.Print",
            ImportedFunc::FmtSprintf => "fmt.Sprintf",
            ImportedFunc::FmtSprint => "fmt.Sprint",
            ImportedFunc::FmtSprintln => "fmt.Sprintln",
            ImportedFunc::FmtErrorf => "fmt.Errorf",
            ImportedFunc::ErrorsNew => "errors.New",
            ImportedFunc::RuntimeGC => "runtime.GC",
            ImportedFunc::RuntimeGosched => "runtime.Gosched",
            ImportedFunc::RuntimeNumGoroutine => "runtime.NumGoroutine",
            ImportedFunc::RuntimeReadMemStats => "runtime.ReadMemStats",
            ImportedFunc::RuntimeMemequal => "runtime.memequal",
            ImportedFunc::RuntimeEfaceeq => "runtime.efaceeq",
            ImportedFunc::RuntimeIfaceeq => "runtime.ifaceeq",
            ImportedFunc::DebugSetMaxStack => "debug.SetMaxStack",
        }
    }
}

/// A builtin function call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Max,
    Min,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    /// `unsafe.Add(p, n)`: only in generated equality functions.
    UnsafeAdd,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Append => "append",
            Builtin::Cap => "cap",
            Builtin::Clear => "clear",
            Builtin::Close => "close",
            Builtin::Complex => "complex",
            Builtin::Imag => "imag",
            Builtin::Real => "real",
            Builtin::Copy => "copy",
            Builtin::Delete => "delete",
            Builtin::Len => "len",
            Builtin::Max => "max",
            Builtin::Min => "min",
            Builtin::Panic => "panic",
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Recover => "recover",
            Builtin::UnsafeAdd => "unsafe.Add",
        }
    }
}

/// A composite literal's elements.
#[derive(Clone, Debug)]
pub enum CompLitKind {
    /// Struct fields: (field index, value), in source order; omitted fields are zero.
    Struct(Vec<(usize, Expr)>),
    /// Array elements: (index, value).
    Array(Vec<(u64, Expr)>),
    /// Slice elements: (index, value) and the slice length.
    Slice { elems: Vec<(u64, Expr)>, len: u64 },
    /// Map entries.
    Map(Vec<(Expr, Expr)>),
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A local variable, parameter, result or temporary (possibly of an enclosing function).
    Var(VarId),
    Global(GlobalId),
    /// A package function or method used as a value.
    Func(FuncId),
    /// A constant (Go's OLITERAL). The type may be untyped only where Go keeps it so.
    /// (Boxed: a `Value` is twice the size of every other kind.)
    Const(Box<Value>),
    Nil,
    Unary {
        op: UnOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `&&` (`and`) or `||`.
    Logical {
        and: bool,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `&x`.
    Addr(Box<Expr>),
    /// `*p`.
    Deref(Box<Expr>),
    /// `x.f` (x a struct value: Go's ODOT) or `p.f` (p a pointer: ODOTPTR).
    Field {
        x: Box<Expr>,
        index: u32,
        name: Name,
        through_pointer: bool,
    },
    Index {
        x: Box<Expr>,
        index: Box<Expr>,
        kind: IndexKind,
    },
    /// `m[k]`, one value.
    MapIndex {
        m: Box<Expr>,
        key: Box<Expr>,
    },
    Slice {
        x: Box<Expr>,
        low: Option<Box<Expr>>,
        high: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        kind: SliceKind,
    },
    /// A conversion that does not change representation or converts numbers (Go's OCONV,
    /// OCONVNOP).
    Conv(Box<Expr>),
    /// `(*[N]T)(s)`: the slice's array, checked to hold at least N elements (Go 1.17's
    /// OSLICE2ARRPTR). `[N]T(s)` (Go 1.20) is its dereference.
    SliceToArrayPtr(Box<Expr>),
    /// Conversion of a concrete value (or another interface) to an interface type.
    ToInterface(Box<Expr>),
    StrConv {
        x: Box<Expr>,
        kind: StrConvKind,
    },
    Call {
        /// (Boxed: it is the largest part of the largest kind.)
        callee: Box<Callee>,
        args: Vec<Expr>,
        ddd: bool,
    },
    Builtin {
        which: Builtin,
        args: Vec<Expr>,
        ddd: bool,
    },
    /// `new(T)`: `ty` is `*T`.
    New,
    /// `make([]T, len)` / `make([]T, len, cap)`.
    MakeSlice {
        len: Box<Expr>,
        cap: Option<Box<Expr>>,
    },
    MakeMap {
        hint: Option<Box<Expr>>,
    },
    MakeChan {
        size: Option<Box<Expr>>,
    },
    /// A composite literal. `implicit_ddd` marks the `... argument` slice of a variadic call.
    CompLit {
        kind: CompLitKind,
        implicit_ddd: bool,
    },
    /// `&T{...}`: the operand is the composite literal.
    PtrLit(Box<Expr>),
    /// A function literal.
    Closure(FuncId),
    /// `x.M` not called. `method` is the static method, or `None` for an interface method.
    MethodValue {
        recv: Box<Expr>,
        method: Option<FuncId>,
        name: Name,
    },
    /// `T.M` / `(*T).M` as a value.
    MethodExpr {
        method: FuncId,
        recv_type: TypeId,
        name: Name,
    },
    /// `x.(T)`.
    TypeAssert {
        x: Box<Expr>,
    },
    /// `<-ch`.
    Recv(Box<Expr>),
    /// String concatenation `a + b + c` (flattened).
    AddStr(Vec<Expr>),
    /// A type used as an operand (only inside a few builtins' arguments).
    Type,
    /// A function of an imported package used as a value.
    ImportedFunc(ImportedFunc),
    /// The blank identifier `_` on the left of an assignment.
    Blank,
    /// `x` evaluated after the statements `stmts` (Go's `Node.Init()`): compiler
    /// temporaries for `new(expr)` and multi-value call arguments.
    Init {
        stmts: Vec<Stmt>,
        x: Box<Expr>,
    },
}

impl Expr {
    pub fn new(kind: ExprKind, ty: TypeId, pos: Pos) -> Expr {
        Expr {
            kind,
            ty,
            pos,
            implicit: false,
            id: NodeId::default(),
            static_data: false,
        }
    }

    pub fn implicit(mut self) -> Expr {
        self.implicit = true;
        self
    }

    pub fn is_nil(&self) -> bool {
        matches!(self.kind, ExprKind::Nil)
    }

    pub fn as_var(&self) -> Option<VarId> {
        match self.kind {
            ExprKind::Var(v) => Some(v),
            _ => None,
        }
    }

    pub fn const_value(&self) -> Option<&Value> {
        match &self.kind {
            ExprKind::Const(v) => Some(v),
            _ => None,
        }
    }
}

/// Kinds of multi-value assignment (Go's OAS2*).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignListKind {
    /// `a, b = x, y`.
    Pair,
    /// `a, b = f()`: one call on the right.
    Call,
    /// `v, ok = x.(T)`.
    DotType,
    /// `v, ok = m[k]`.
    MapIndex,
    /// `v, ok = <-ch`.
    Recv,
}

/// A statement with Go's statement position.
#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub pos: Pos,
}

/// A `case` of an expression switch.
#[derive(Clone, Debug)]
pub struct SwitchCase {
    /// Empty for `default`.
    pub exprs: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    pub pos: Pos,
    /// Ends with `fallthrough`.
    pub falls_through: bool,
}

/// A `case` of a type switch.
#[derive(Clone, Debug)]
pub struct TypeSwitchCase {
    /// The listed types; `None` stands for `nil`.
    pub types: Vec<Option<TypeId>>,
    pub is_default: bool,
    /// The clause's own copy of the bound variable, if the switch binds one.
    pub var: Option<VarId>,
    pub body: Vec<Stmt>,
    pub pos: Pos,
}

/// A `case` of a `select`.
#[derive(Clone, Debug)]
pub struct SelectCase {
    /// A send, a receive expression statement or a receive assignment; `None` for default.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub pos: Pos,
}

/// What a range loop ranges over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RangeKind {
    Slice,
    Array,
    /// A pointer to an array.
    ArrayPtr,
    String,
    Map,
    Chan,
    Int,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// Declares a local (Go's ODCL); marks where its loop depth is recorded.
    Decl(VarId),
    /// `lhs = rhs` (Go's OAS). `rhs == None` assigns the zero value. `define` for `:=`.
    Assign {
        id: StmtId,
        lhs: Expr,
        rhs: Option<Box<Expr>>,
        define: bool,
    },
    /// `lhs op= rhs`, also `x++`/`x--` (`inc_dec`; Go's OASOP).
    AssignOp {
        op: BinOp,
        lhs: Expr,
        rhs: Box<Expr>,
        inc_dec: bool,
    },
    /// Multi-value assignment (Go's OAS2*). For `Call` the right side is one call.
    AssignList {
        id: StmtId,
        kind: AssignListKind,
        lhs: Vec<Expr>,
        rhs: Vec<Expr>,
        define: bool,
    },
    /// An expression evaluated for its effects (calls, receives, builtins).
    Expr(Expr),
    Block(Vec<Stmt>),
    If {
        cond: Box<Expr>,
        then: Vec<Stmt>,
        els: Vec<Stmt>,
    },
    /// `for init; cond; post { body }` (Go's OFOR with its init statements).
    For {
        label: Option<Name>,
        init: Vec<Stmt>,
        cond: Option<Box<Expr>>,
        post: Option<Box<Stmt>>,
        body: Vec<Stmt>,
    },
    Range {
        id: StmtId,
        label: Option<Name>,
        key: Option<Box<Expr>>,
        value: Option<Box<Expr>>,
        define: bool,
        x: Box<Expr>,
        kind: RangeKind,
        body: Vec<Stmt>,
    },
    Switch {
        label: Option<Name>,
        tag: Option<Box<Expr>>,
        cases: Vec<SwitchCase>,
    },
    TypeSwitch {
        id: StmtId,
        label: Option<Name>,
        x: Box<Expr>,
        cases: Vec<TypeSwitchCase>,
    },
    Select {
        label: Option<Name>,
        cases: Vec<SelectCase>,
    },
    Send {
        chan: Box<Expr>,
        value: Box<Expr>,
    },
    /// `return results` (results already converted to the result types).
    Return(Vec<Expr>),
    /// `go call` / `defer call`; after [`passes`] the call takes no arguments.
    Go(Expr),
    Defer(Expr),
    Break(Option<Name>),
    Continue(Option<Name>),
    Fallthrough,
}

impl Stmt {
    pub fn new(kind: StmtKind, pos: Pos) -> Stmt {
        Stmt { kind, pos }
    }
}
