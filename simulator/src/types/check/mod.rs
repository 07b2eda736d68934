//! The type checker: syntax tree → typed program ([`crate::ir::Program`]).
//!
//! It follows Go's `types2` (the compiler's type checker) in what it accepts and how it words
//! errors, and the compiler's "noder" in what it builds: resolved names, folded constants,
//! explicit implicit conversions, Go's positions. One pass over each function body does both,
//! like a compiler front end: every expression is checked into an [`Operand`] that carries the
//! typed IR for it.
//!
//! Structure:
//! * [`decl`]: package-level declarations (resolved lazily, in dependency order), function
//!   signatures, methods, package variables and their initialisation function;
//! * [`typexpr`]: type expressions;
//! * [`lookup`]: fields and methods (with embedding), method sets, interface satisfaction,
//!   assignability;
//! * [`expr`], [`call`], [`stmt`]: expressions, calls/builtins/conversions, statements.
//!
//! Programs outside memsim's subset get a positioned `memsim does not support …` error, never
//! a guess.

mod call;
mod decl;
mod devirt;
mod expr;
mod generated;
mod lookup;
mod stmt;
mod typexpr;

use crate::diag::{Diagnostic, Diagnostics};
use crate::fxhash::HashMap;
use crate::ir::{self, Expr, ExprKind, FuncId, GlobalId, Program, VarId};
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast;
use crate::types::constant::Value;
use crate::types::{TypeId, TypeTable, predeclared as P};

/// Checks a parsed file and builds its typed program. The file is consumed: each function
/// body's syntax tree is freed as soon as the body is checked, so that the tree and the typed
/// program it becomes are never both in memory whole (the memory is reused right away).
pub fn check_file(mut file: ast::File) -> Result<Program, Diagnostics> {
    let bodies = file
        .decls
        .iter_mut()
        .map(|d| match d {
            ast::Decl::Func(f) => f.body.take(),
            _ => None,
        })
        .collect();
    check_with(&file, Bodies::Parsed(bodies))
}

/// [`check_file`] for a file whose function declarations have no bodies yet: `bodies`
/// yields them as (declaration index, body) in declaration order, typically while they are
/// being parsed on another thread (`crate::syntax::split`). A function whose body does not
/// come is one declared without a body. Each body is given to `done` once checked (to be
/// freed where that costs the checker nothing, e.g. on the thread that parsed it).
pub fn check_file_with_bodies<'a>(
    file: ast::File,
    bodies: impl Iterator<Item = (usize, ast::Block)> + 'a,
    done: impl FnMut(ast::Block) + 'a,
) -> Result<Program, Diagnostics> {
    check_with(
        &file,
        Bodies::Streamed {
            next: (Box::new(bodies) as Box<dyn Iterator<Item = _>>).peekable(),
            done: Box::new(done),
        },
    )
}

/// How [`Checker::make_generated_functions`] replays Go's reading of the function bodies
/// (`generated::ReadOrder`): the result is the same either way.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadBodies {
    /// Walk each body when the replay reaches it.
    Walk,
    /// Record what each body asks for first, in one pass over the functions in program
    /// order (on two threads from `parallel_min` functions on), then replay the records.
    Recorded { parallel_min: usize },
}

/// Below this many functions, the bodies' reads are recorded on one thread.
const READS_PARALLEL_MIN: usize = 1024;

/// [`check_file`] with the bodies' reads replayed as `read` says: what tests use to check
/// that recording them, on one thread or two, changes nothing.
#[doc(hidden)]
pub fn check_file_reading(mut file: ast::File, read: ReadBodies) -> Result<Program, Diagnostics> {
    let bodies = file
        .decls
        .iter_mut()
        .map(|d| match d {
            ast::Decl::Func(f) => f.body.take(),
            _ => None,
        })
        .collect();
    let mut c = Checker::new(&file, Bodies::Parsed(bodies));
    c.read_bodies = read;
    c.check_package();
    if c.diags.is_empty() {
        Ok(c.finish())
    } else {
        Err(as_gc_reports(c.diags))
    }
}

fn check_with<'a>(file: &'a ast::File, bodies: Bodies<'a>) -> Result<Program, Diagnostics> {
    let mut c = Checker::new(file, bodies);
    c.check_package();
    if c.diags.is_empty() {
        Ok(c.finish())
    } else {
        Err(as_gc_reports(c.diags))
    }
}

/// The type errors `go build` keeps from those types2 reported, in report order: types2
/// drops messages about "invalid operand"/"invalid type" (not at their start) once an error
/// was reported; the compiler drops an error equal to the previous one on the same line, and
/// stops after ten errors ("too many errors"), so later ones are never printed.
fn as_gc_reports(diags: Diagnostics) -> Diagnostics {
    const MAX_ERRORS: usize = 10;
    let mut kept = Diagnostics::new();
    let mut any_error = false;
    let mut count = 0;
    let mut last: Option<(u32, String)> = None;
    for d in diags.into_vec() {
        if d.kind == crate::diag::DiagnosticKind::Type {
            if count == MAX_ERRORS {
                continue;
            }
            let follow_on = ["invalid operand", "invalid type"]
                .iter()
                .any(|w| d.message.find(w).is_some_and(|i| i > 0));
            if any_error && follow_on {
                continue;
            }
            let key = (d.pos.line, d.message.clone());
            if last.as_ref() == Some(&key) {
                continue;
            }
            last = Some(key);
            any_error = true;
            count += 1;
        }
        kept.push(d);
    }
    kept
}

/// Packages memsim can import.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Package {
    Fmt,
    Errors,
    /// `runtime`: GC, Gosched, NumGoroutine, ReadMemStats and MemStats.
    Runtime,
    /// `runtime/debug` (named `debug`): SetMaxStack.
    Debug,
}

impl Package {
    fn from_path(path: &str) -> Option<Package> {
        match path {
            "fmt" => Some(Package::Fmt),
            "errors" => Some(Package::Errors),
            "runtime" => Some(Package::Runtime),
            "runtime/debug" => Some(Package::Debug),
            _ => None,
        }
    }
    fn name(self) -> &'static str {
        match self {
            Package::Fmt => "fmt",
            Package::Errors => "errors",
            Package::Runtime => "runtime",
            Package::Debug => "debug",
        }
    }
}

/// Builtin functions that are used like calls (including `new` and `make`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum BuiltinFn {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

impl BuiltinFn {
    /// Whether a call of this builtin yields a value that must be used (types2's
    /// `predeclaredFuncs[id].kind`).
    fn call_kind(self) -> CallKind {
        use BuiltinFn::*;
        match self {
            Append | Cap | Complex | Imag | Len | Make | Max | Min | New | Real => {
                CallKind::Expression
            }
            Clear | Close | Copy | Delete | Panic | Print | Println | Recover => {
                CallKind::Statement
            }
        }
    }

    fn name(self) -> &'static str {
        use BuiltinFn::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
        }
    }
}

/// What a name denotes.
#[derive(Clone, Debug)]
pub(crate) enum Object {
    Const {
        ty: TypeId,
        val: Value,
    },
    TypeName(TypeId),
    Var(VarId),
    Global(GlobalId),
    Func(FuncId),
    Builtin(BuiltinFn),
    Package(usize),
    Nil,
    /// `iota` inside a constant declaration.
    Iota,
    /// A package-level name whose declaration failed to check.
    Invalid,
    /// A predeclared name of Go that memsim does not support (`complex128`, ...).
    Unsupported(&'static str),
}

/// How an operand may be used (types2's operand modes).
#[derive(Clone, Debug)]
pub(crate) enum Mode {
    Invalid,
    /// A call without results.
    NoValue,
    Builtin(BuiltinFn),
    TypeExpr,
    Constant(Value),
    /// Addressable.
    Variable,
    /// `m[k]`: assignable, not addressable, comma-ok capable.
    MapIndex,
    Value,
    /// A type assertion or receive: may yield `(v, ok)`.
    CommaOk,
    Package(usize),
}

/// A checked expression: its mode, type and typed IR.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub expr: Expr,
    /// Go's position of the outermost syntax node (parentheses included): implicit
    /// conversions wrapping this operand take it.
    pub syntax_pos: Pos,
    /// Leftmost position, where types2 reports errors about the operand.
    pub start: Pos,
    /// Source-like text of the expression for error messages (printed only when needed).
    pub text: OpText,
    /// How types2 prints the operand's type when that differs from the type's own text: a
    /// function's signature keeps its parameter names (`func(s string) int`).
    pub type_text: Option<TypeText>,
}

/// [`Operand::type_text`]: the text, or where to find it when a message needs it (most
/// operands never appear in one, and a declared function is referred to at every call).
#[derive(Clone, Debug)]
pub(crate) enum TypeText {
    Text(String),
    Static(&'static str),
    /// The signature of a declared function or method, as written
    /// ([`Checker::declared_signature_text`]; `None` there means the type's own text).
    Declared(FuncId),
}

/// The text of an operand in error messages: the syntax node it was checked from, printed
/// only when a message needs it (most operands never appear in one), or a fixed text.
#[derive(Clone, Debug)]
pub(crate) enum OpText {
    /// `syntax::printer::expr_string` of this node.
    ///
    /// SAFETY: the node outlives the operand. Operands live only inside the checker's
    /// methods (they are never stored in the checker or the program), and every syntax
    /// node they are made from is borrowed for longer: from the file being checked, or
    /// from a copy of a constant spec that the caller holds while it checks it.
    Syntax(std::ptr::NonNull<ast::Expr>),
    Owned(String),
}

impl Default for OpText {
    fn default() -> OpText {
        OpText::Owned(String::new())
    }
}

impl OpText {
    pub(crate) fn of(e: &ast::Expr) -> OpText {
        OpText::Syntax(std::ptr::NonNull::from(e))
    }
}

impl From<String> for OpText {
    fn from(s: String) -> OpText {
        OpText::Owned(s)
    }
}

impl std::fmt::Display for OpText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // SAFETY: see `OpText::Syntax`.
            OpText::Syntax(e) => {
                f.write_str(&crate::syntax::printer::expr_string(unsafe { e.as_ref() }))
            }
            OpText::Owned(s) => f.write_str(s),
        }
    }
}

impl Operand {
    fn invalid(pos: Pos, start: Pos) -> Operand {
        Operand {
            mode: Mode::Invalid,
            ty: P::INVALID,
            expr: Expr::new(ExprKind::Nil, P::INVALID, pos),
            syntax_pos: pos,
            start,
            text: OpText::default(),
            type_text: None,
        }
    }

    fn is_invalid(&self) -> bool {
        matches!(self.mode, Mode::Invalid)
    }

    fn const_value(&self) -> Option<&Value> {
        match &self.mode {
            Mode::Constant(v) => Some(v),
            _ => None,
        }
    }

    fn is_nil(&self) -> bool {
        self.ty == P::UNTYPED_NIL
    }
}

/// A package-level declaration, resolved on first use.
#[derive(Clone, Debug)]
struct PkgEntry {
    name: Name,
    pos: Pos,
    decl: PkgDecl,
    state: ResolveState,
}

#[derive(Clone, Debug)]
enum PkgDecl {
    /// Spec index into the file's decls and index of the name inside the spec.
    Const {
        decl: usize,
        name_index: usize,
    },
    Var {
        decl: usize,
        name_index: usize,
    },
    Type {
        decl: usize,
    },
    Func {
        decl: usize,
    },
}

#[derive(Clone, Debug)]
enum ResolveState {
    Unresolved,
    Resolving,
    Resolved(Object),
}

/// Block scope inside a function: names in declaration order, searched linearly (scopes
/// are small), with a hash index once a scope grows large.
#[derive(Default, Debug)]
struct Scope {
    names: Vec<(Name, Object)>,
    /// Name → index into `names`, built once the scope has [`Scope::INDEX_FROM`] names.
    index: Option<HashMap<Name, usize>>,
}

impl Scope {
    const INDEX_FROM: usize = 16;

    fn get(&self, name: &str) -> Option<&Object> {
        match &self.index {
            Some(ix) => ix.get(name).map(|&i| &self.names[i].1),
            None => self.names.iter().find(|(n, _)| n == name).map(|(_, o)| o),
        }
    }

    fn contains(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Adds a name not yet in the scope.
    fn insert(&mut self, name: &Name, obj: Object) {
        if let Some(ix) = &mut self.index {
            ix.insert(name.clone(), self.names.len());
        }
        self.names.push((name.clone(), obj));
        if self.index.is_none() && self.names.len() >= Self::INDEX_FROM {
            self.index = Some(
                self.names
                    .iter()
                    .enumerate()
                    .map(|(i, (n, _))| (n.clone(), i))
                    .collect(),
            );
        }
    }
}

/// State of the function being checked.
#[derive(Debug)]
struct FuncCtx {
    func: FuncId,
    scopes: Vec<Scope>,
    /// Result types of the function.
    results: Vec<TypeId>,
    /// Variables declared in this function, in declaration order (for unused checks).
    declared: Vec<VarId>,
    /// Captured variables already recorded (index into `Func::captures`).
    captured: HashMap<VarId, usize>,
}

pub(crate) struct ImportInfo {
    package: Option<Package>,
    name: String,
    path: String,
    pos: Pos,
    used: bool,
}

/// Where the checker takes function bodies from, by declaration index, in increasing order.
enum Bodies<'a> {
    /// The body of each function declaration, by declaration index, until it is checked.
    Parsed(Vec<Option<ast::Block>>),
    /// Bodies in declaration order as (declaration index, body), as they are parsed, and
    /// where checked bodies go.
    Streamed {
        next: std::iter::Peekable<Box<dyn Iterator<Item = (usize, ast::Block)> + 'a>>,
        done: Box<dyn FnMut(ast::Block) + 'a>,
    },
}

impl Bodies<'_> {
    /// The body of declaration `decl`, if it has one that was not taken yet. Declarations
    /// must be asked for in increasing order.
    fn take(&mut self, decl: usize) -> Option<ast::Block> {
        match self {
            Bodies::Parsed(v) => v.get_mut(decl).and_then(Option::take),
            Bodies::Streamed { next, .. } => {
                // Bodies of declarations never asked for are dropped on the way.
                while next.next_if(|(d, _)| *d < decl).is_some() {}
                next.next_if(|(d, _)| *d == decl).map(|(_, body)| body)
            }
        }
    }

    /// Disposes of a checked body.
    fn done_with(&mut self, body: ast::Block) {
        match self {
            Bodies::Parsed(_) => drop(body),
            Bodies::Streamed { done, .. } => done(body),
        }
    }
}

pub(crate) struct Checker<'a> {
    /// The file, without its function bodies (they are in `bodies`).
    file: &'a ast::File,
    /// The function bodies, until each is checked.
    bodies: Bodies<'a>,
    pub(crate) prog: Program,
    pub(crate) diags: Diagnostics,
    universe: HashMap<&'static str, Object>,
    pkg_entries: Vec<PkgEntry>,
    pkg_scope: HashMap<Name, usize>,
    imports: Vec<ImportInfo>,
    /// Function contexts, innermost last (closures push).
    fstack: Vec<FuncCtx>,
    /// Block scopes closed, empty, kept to reuse their memory.
    spare_scopes: Vec<Scope>,
    /// Value of `iota` while checking a constant spec.
    iota: Option<i128>,
    /// Local type declarations per scope are stored as TypeName objects in scopes.
    /// Methods per named type: name → FuncId, for lookup.
    method_funcs: HashMap<(TypeId, Name), FuncId>,
    /// Package-level var initialisers collected for the init function.
    global_inits: Vec<decl::GlobalInit>,
    /// Number of statements nested (to bound recursion).
    depth: u32,
    /// Closures numbered so far per enclosing function (`f.func1`, `f.func2`).
    closure_gen: HashMap<FuncId, u32>,
    /// Boolean constant expressions met so far, by syntax node (for Go's `staticBool`).
    const_bools: HashMap<*const ast::Expr, bool>,
    /// Generic functions (not declared; their uses are reported as unsupported).

    /// Function literals of package-level initialisers, with their declaration index.
    pkg_closures: Vec<(usize, FuncId)>,
    /// `fmt.Stringer`, once used.
    fmt_stringer: Option<TypeId>,
    /// `runtime.MemStats`, once used.
    runtime_memstats: Option<TypeId>,
    /// go/defer wrappers numbered so far per enclosing function and kind (`f.gowrap1`).
    go_defer_gen: HashMap<(FuncId, bool), u32>,
    /// Package entries being resolved whose object already exists (recursive types and
    /// functions).
    pending: HashMap<usize, Object>,
    /// The declaration index of each declared function and method.
    func_decl_of: HashMap<FuncId, usize>,
    /// The last local const spec with values: (group, type, values).
    last_local_const: Option<(u32, Option<ast::Expr>, Vec<ast::Expr>)>,
    /// Package variables read while checking an initialiser (dependency order).
    global_reads: Vec<GlobalId>,
    /// What the call expression checked last was (types2's `exprKind`): decides whether a
    /// call may stand as a statement or follow `go`/`defer`.
    last_call_kind: CallKind,
    /// While an inherited constant initialiser is checked, the constant's own position:
    /// types2 reports every error there (its `errpos`).
    errpos: Option<Pos>,
    /// Package initialisation statements in initialisation order, static ones included
    /// (the order Go's front end reads them in).
    init_stmts: Vec<ir::Stmt>,
    /// Map key types met before they were resolved, with the key's position: their
    /// comparability is checked when the package's types are (types2's `check.later`).
    deferred_map_keys: Vec<(TypeId, Pos)>,
    /// Declared parameter and result names of interface methods, by (signature, name).
    imethod_params: HashMap<(TypeId, Name), generated::ParamNames>,
    /// Package entries being resolved, innermost last (to tell self-references in cycles).
    resolving: Vec<usize>,
    /// How types2 prints the types of variables whose type is a function type with named
    /// parameters (see [`Operand::type_text`]).
    var_type_text: HashMap<VarId, String>,
    global_type_text: HashMap<GlobalId, String>,
    /// Functions and methods referred to since checking began (see `global_reads`).
    func_refs: Vec<FuncId>,
    /// What each package variable's initialiser and each function body refers to.
    init_deps: HashMap<InitDep, Vec<InitDep>>,
    /// Outermost functions whose code (closures and go/defer wrappers included) has an
    /// interface method call: the only ones devirtualization must look at.
    iface_call_roots: crate::idset::IdSet,
    /// An interface call was made outside any function (no function may be skipped).
    iface_call_elsewhere: bool,
    /// Vectors for the statement lists of blocks being checked.
    stmt_scratch: crate::scratch::Scratch<ir::Stmt>,
    /// How Go's reading of the bodies is replayed (see [`ReadBodies`]).
    read_bodies: ReadBodies,
}

/// A node of the initialization dependency graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum InitDep {
    Var(GlobalId),
    Func(FuncId),
}

/// types2's `exprKind` of a call: a conversion, a call whose value must be used (builtins
/// such as `len` or `append`), or one that may stand as a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CallKind {
    Conversion,
    Expression,
    Statement,
}

/// Whether two constants (already converted to one type) are equal: `1` and `1.0` are.
pub(crate) fn same_constant(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Rat(x), Value::Rat(y)) => x == y,
        (
            Value::Int(_) | Value::Float(_) | Value::Rat(_),
            Value::Int(_) | Value::Float(_) | Value::Rat(_),
        ) => a.as_f64() == b.as_f64(),
        _ => a == b,
    }
}

/// Go's `syntax.StartPos` of an expression, where types2 reports errors about it: its
/// leftmost position, except that (as in Go) a slice expression `s[i:j]` starts at its `[`.
pub(crate) trait GoStart {
    fn go_start(&self) -> Pos;
}

impl GoStart for ast::Expr {
    fn go_start(&self) -> Pos {
        use ast::ExprKind as AK;
        let mut e = self;
        loop {
            e = match &e.kind {
                AK::CompositeLit { typ: Some(t), .. } => t,
                AK::KeyValue { key, .. } => key,
                AK::Selector { x, .. } | AK::Index { x, .. } | AK::TypeAssert { x, .. } => x,
                AK::TypeSwitchGuard { lhs: Some(l), .. } => return l.pos,
                AK::TypeSwitchGuard { x, .. } => x,
                AK::Binary { x, .. } => x,
                AK::Call { fun, .. } => fun,
                AK::ListExpr(list) if !list.is_empty() => &list[0],
                _ => return e.pos,
            };
        }
    }
}

/// A position quoted inside a message, as types2 prints it: `FILE:LINE:COL` (the file name
/// is filled in when the diagnostic is rendered).
pub(crate) fn pos_ref(pos: Pos) -> String {
    format!("{}:{}:{}", crate::diag::FILE_NAME_MARKER, pos.line, pos.col)
}

/// The deepest expression/statement nesting the checker walks.
const MAX_DEPTH: u32 = 2_000;

impl<'a> Checker<'a> {
    fn new(file: &'a ast::File, bodies: Bodies<'a>) -> Checker<'a> {
        // Room for the declared functions and their closures and wrappers, and for their
        // parameters and locals, so that these long vectors are rarely copied as they grow.
        let decls = file.decls.len();
        let prog = Program {
            types: TypeTable::new(),
            funcs: Vec::with_capacity(decls + decls / 2),
            vars: Vec::with_capacity(decls * 8),
            globals: Vec::new(),
            func_order: Vec::new(),
            main: None,
            package_init: None,
            user_inits: Vec::new(),
            global_init_order: Vec::new(),
            static_inits: Vec::new(),
            generated: Vec::new(),
            devirtualized: Vec::new(),
            next_stmt_id: 0,
            prepared: None,
        };
        Checker {
            file,
            bodies,
            prog,
            diags: Diagnostics::new(),
            universe: universe(),
            pkg_entries: Vec::new(),
            pkg_scope: HashMap::default(),
            imports: Vec::new(),
            fstack: Vec::new(),
            spare_scopes: Vec::new(),
            iota: None,
            method_funcs: HashMap::default(),
            global_inits: Vec::new(),
            depth: 0,
            closure_gen: HashMap::default(),
            go_defer_gen: HashMap::default(),
            fmt_stringer: None,
            runtime_memstats: None,
            pkg_closures: Vec::new(),
            const_bools: HashMap::default(),
            pending: HashMap::default(),
            func_decl_of: HashMap::default(),
            last_local_const: None,
            global_reads: Vec::new(),
            last_call_kind: CallKind::Statement,
            errpos: None,
            init_stmts: Vec::new(),
            deferred_map_keys: Vec::new(),
            imethod_params: HashMap::default(),
            resolving: Vec::new(),
            var_type_text: HashMap::default(),
            global_type_text: HashMap::default(),
            func_refs: Vec::new(),
            init_deps: HashMap::default(),
            iface_call_roots: crate::idset::IdSet::new(),
            iface_call_elsewhere: false,
            stmt_scratch: crate::scratch::Scratch::default(),
            read_bodies: ReadBodies::Recorded {
                parallel_min: READS_PARALLEL_MIN,
            },
        }
    }

    fn finish(self) -> Program {
        self.prog
    }

    fn types(&mut self) -> &mut TypeTable {
        &mut self.prog.types
    }

    // ---- errors ----

    pub(crate) fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let pos = self.errpos.unwrap_or(pos);
        self.diags.push(Diagnostic::type_error(pos, msg));
    }

    pub(crate) fn unsupported(&mut self, pos: Pos, what: impl std::fmt::Display) {
        self.diags.push(Diagnostic::unsupported(pos, what));
    }

    /// A type as types2 prints it.
    pub(crate) fn tstr(&self, t: TypeId) -> String {
        self.prog.types.type_string(t)
    }

    /// Moves the diagnostics reported since `from` (up to `mid`) after those reported since
    /// `mid`: memsim checked something earlier than types2 does, and the report order
    /// decides which of two equal errors on a line `go build` keeps.
    pub(crate) fn report_later(&mut self, from: usize, mid: usize) {
        let mut all = std::mem::take(&mut self.diags).into_vec();
        if from <= mid && mid <= all.len() {
            all[from..].rotate_left(mid - from);
        }
        self.diags.extend(all);
    }

    // ---- scopes ----

    fn push_scope(&mut self) {
        if let Some(f) = self.fstack.last_mut() {
            f.scopes.push(self.spare_scopes.pop().unwrap_or_default());
        }
    }

    fn pop_scope(&mut self) {
        if let Some(f) = self.fstack.last_mut()
            && let Some(scope) = f.scopes.pop()
        {
            self.recycle_scope(scope);
        }
    }

    /// Keeps a closed scope, emptied, to reuse its memory for the next block.
    fn recycle_scope(&mut self, mut scope: Scope) {
        scope.names.clear();
        scope.index = None;
        self.spare_scopes.push(scope);
    }

    /// Declares a local name in the innermost scope; reports redeclaration.
    fn declare_local(&mut self, name: &Name, pos: Pos, obj: Object) {
        if name == "_" {
            return;
        }
        let Some(f) = self.fstack.last_mut() else {
            return;
        };
        let Some(scope) = f.scopes.last_mut() else {
            return;
        };
        if scope.contains(name) {
            let msg = format!("{name} redeclared in this block");
            self.error(pos, msg);
            return;
        }
        scope.insert(name, obj);
    }

    /// Whether `name` is declared in the innermost scope.
    fn declared_in_innermost(&self, name: &str) -> Option<Object> {
        self.fstack
            .last()
            .and_then(|f| f.scopes.last())
            .and_then(|s| s.get(name).cloned())
    }

    /// Resolves a name: function scopes (innermost first, through enclosing closures), then
    /// the package, then the universe. Records captures for closures.
    fn lookup(&mut self, name: &str, pos: Pos) -> Option<Object> {
        for depth in (0..self.fstack.len()).rev() {
            let found = self.fstack[depth]
                .scopes
                .iter()
                .rev()
                .find_map(|s| s.get(name).cloned());
            if let Some(obj) = found {
                if let Object::Var(v) = obj
                    && depth + 1 < self.fstack.len()
                {
                    self.record_capture(v, pos, depth);
                }
                return Some(obj);
            }
        }
        if let Some(&i) = self.pkg_scope.get(name) {
            return Some(self.resolve_pkg_entry(i));
        }
        // A package name alone is not a use of the import (types2 counts selectors only).
        if let Some(i) = self.imports.iter().position(|imp| imp.name == name) {
            return Some(Object::Package(i));
        }
        self.universe.get(name).cloned()
    }

    /// What a name denotes, without recording captures or resolving package declarations
    /// (types2's plain `lookup`, used where a name is only inspected).
    fn lookup_quietly(&self, name: &str) -> Option<Object> {
        for f in self.fstack.iter().rev() {
            if let Some(obj) = f.scopes.iter().rev().find_map(|s| s.get(name)) {
                return Some(obj.clone());
            }
        }
        if let Some(&i) = self.pkg_scope.get(name) {
            return Some(match &self.pkg_entries[i].state {
                ResolveState::Resolved(o) => o.clone(),
                _ => match self.pkg_entries[i].decl {
                    PkgDecl::Const { .. } => Object::Const {
                        ty: P::INVALID,
                        val: Value::Int(0),
                    },
                    PkgDecl::Type { .. } => Object::TypeName(P::INVALID),
                    PkgDecl::Var { .. } => Object::Global(GlobalId(0)),
                    PkgDecl::Func { .. } => Object::Func(FuncId(0)),
                },
            });
        }
        if let Some(i) = self.imports.iter().position(|imp| imp.name == name) {
            return Some(Object::Package(i));
        }
        self.universe.get(name).cloned()
    }

    /// Records that the closures between `owner_depth` and the innermost function use `v`.
    fn record_capture(&mut self, v: VarId, pos: Pos, owner_depth: usize) {
        let inner = self.fstack.len() - 1;
        if inner <= owner_depth {
            return;
        }
        // Only the innermost closure records the use now; enclosing closures record it when
        // the inner literal is finished (as Go's writer does).
        let f = &mut self.fstack[inner];
        if !f.captured.contains_key(&v) {
            let func = f.func;
            let idx = self.prog.funcs[func.0 as usize].captures.len();
            self.prog.funcs[func.0 as usize]
                .captures
                .push(ir::Capture { var: v, pos });
            self.fstack[inner].captured.insert(v, idx);
        }
    }

    fn current_func(&self) -> Option<FuncId> {
        self.fstack.last().map(|f| f.func)
    }

    /// Records that the current function makes an interface method call.
    fn note_interface_call(&mut self) {
        match self.current_func() {
            Some(f) => {
                let root = self.prog.outermost(f);
                self.iface_call_roots.insert(root.0 as usize);
            }
            None => self.iface_call_elsewhere = true,
        }
    }

    /// Marks a variable as read.
    fn mark_used(&mut self, v: VarId) {
        self.prog.vars[v.0 as usize].used = true;
    }

    /// Declares a new local variable of the current function.
    fn new_local(
        &mut self,
        name: impl Into<Name>,
        pos: Pos,
        ty: TypeId,
        class: ir::VarClass,
    ) -> VarId {
        let func = self.current_func().unwrap_or(FuncId(0));
        let id = VarId(self.prog.vars.len() as u32);
        self.prog.vars.push(ir::Var {
            name: name.into(),
            pos,
            ty,
            class,
            func,
            defn: ir::Defn::None,
            addrtaken: false,
            used: false,
        });
        if let Some(f) = self.fstack.last_mut() {
            f.declared.push(id);
        }
        if (func.0 as usize) < self.prog.funcs.len() {
            self.prog.funcs[func.0 as usize].dcl.push(id);
        }
        id
    }

    /// Nesting guard: returns false (after reporting) when too deep.
    fn enter(&mut self, pos: Pos) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            if self.depth == MAX_DEPTH + 1 {
                self.unsupported(pos, "nesting this deep");
            }
            return false;
        }
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }
}

fn universe() -> HashMap<&'static str, Object> {
    let mut u = HashMap::default();
    let types = [
        ("bool", P::BOOL),
        ("int", P::INT),
        ("int8", P::INT8),
        ("int16", P::INT16),
        ("int32", P::INT32),
        ("int64", P::INT64),
        ("uint", P::UINT),
        ("uint8", P::UINT8),
        ("uint16", P::UINT16),
        ("uint32", P::UINT32),
        ("uint64", P::UINT64),
        ("uintptr", P::UINTPTR),
        ("float32", P::FLOAT32),
        ("float64", P::FLOAT64),
        ("string", P::STRING),
        ("byte", P::BYTE),
        ("rune", P::RUNE),
        ("any", P::ANY),
        ("error", P::ERROR),
    ];
    for (name, t) in types {
        u.insert(name, Object::TypeName(t));
    }
    u.insert(
        "true",
        Object::Const {
            ty: P::UNTYPED_BOOL,
            val: Value::Bool(true),
        },
    );
    u.insert(
        "false",
        Object::Const {
            ty: P::UNTYPED_BOOL,
            val: Value::Bool(false),
        },
    );
    u.insert("nil", Object::Nil);
    u.insert("iota", Object::Iota);
    use BuiltinFn::*;
    for b in [
        Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic,
        Print, Println, Real, Recover,
    ] {
        u.insert(b.name(), Object::Builtin(b));
    }
    u.insert("complex64", Object::TypeName(P::COMPLEX64));
    u.insert("complex128", Object::TypeName(P::COMPLEX128));
    u.insert("comparable", Object::Unsupported("type constraints"));
    u
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `LINE:COL: message` of the first error the checker reports for `body` (a program
    /// `package main` followed by `body`).
    fn first_error(body: &str) -> String {
        let src = format!("package main\n\n{body}\n");
        let outcome = crate::syntax::parse_with_recovery(src.as_bytes());
        assert!(
            outcome.diagnostics.is_empty(),
            "syntax errors in test program"
        );
        let Some(file) = outcome.file else {
            panic!("no syntax tree")
        };
        match check_file(file) {
            Ok(_) => "accepted".to_string(),
            Err(d) => {
                let e = d.first().expect("an error");
                let msg = e.message.replace(crate::diag::FILE_NAME_MARKER, "x.go");
                let first_line = msg.lines().next().unwrap_or("").to_string();
                format!("{}:{}: {first_line}", e.pos.line, e.pos.col)
            }
        }
    }

    #[test]
    fn mismatched_comparison_is_reported_at_the_second_operand() {
        let got = first_error("func main() {\n\tvar a int32\n\tvar b int64\n\t_ = a == b\n}");
        assert_eq!(
            got,
            "6:11: invalid operation: a == b (mismatched types int32 and int64)"
        );
        // Other binary operations report at the first operand.
        let got = first_error("func main() {\n\tvar a int32\n\tvar b int64\n\t_ = a + b\n}");
        assert_eq!(
            got,
            "6:6: invalid operation: a + b (mismatched types int32 and int64)"
        );
    }

    #[test]
    fn untyped_numbers_do_not_convert_to_interfaces_in_arithmetic() {
        // types2's mayConvert: a numeric and a non-numeric operand are never converted.
        let got = first_error("func main() {\n\tvar x any = 1\n\t_ = x + 1\n}");
        assert_eq!(
            got,
            "5:6: invalid operation: x + 1 (mismatched types any and untyped int)"
        );
        // ... but comparisons with an interface are fine.
        assert_eq!(
            first_error("func main() {\n\tvar x any = 1\n\t_ = x == 1\n}"),
            "accepted"
        );
    }

    #[test]
    fn values_without_expressions_are_described_like_types2() {
        let got = first_error(
            "func two() (int, string) { return 1, \"\" }\n\nfunc main() {\n\tvar a, b int = two()\n\t_, _ = a, b\n}",
        );
        assert_eq!(
            got,
            "6:17: cannot use 2nd function result (value of type string) as int value in multiple assignment"
        );
        let got = first_error(
            "func main() {\n\tm := map[int]int{}\n\tvar v, ok int\n\tv, ok = m[1]\n\t_, _ = v, ok\n}",
        );
        assert_eq!(
            got,
            "6:10: cannot use ok value of (comma, ok) expression (untyped bool value) as int value in multiple assignment"
        );
    }

    #[test]
    fn duplicate_cases_compare_values_not_spellings() {
        let got = first_error(
            "func main() {\n\tvar f float64\n\tswitch f {\n\tcase 1:\n\tcase 1.0:\n\t}\n}",
        );
        assert_eq!(
            got,
            "7:7: duplicate case 1.0 (constant 1 of type float64) in expression switch"
        );
        // Like gc, types2 does not look for duplicate booleans.
        assert_eq!(
            first_error("func main() {\n\tb := true\n\tswitch b {\n\tcase true, true:\n\t}\n}"),
            "accepted"
        );
    }

    #[test]
    fn inherited_constant_errors_are_reported_at_the_constant() {
        let got = first_error("const (\n\tA uint8 = 200 + iota*50\n\tB\n\tC\n)\n\nfunc main() {}");
        assert_eq!(
            got,
            "6:2: cannot use 200 + iota * 50 (untyped int constant 300) as uint8 value in constant declaration (overflows)"
        );
    }

    #[test]
    fn recursive_types_name_the_cycle() {
        assert_eq!(
            first_error("type T struct{ t T }\n\nfunc main() {}"),
            "3:6: invalid recursive type: T refers to itself"
        );
        assert_eq!(
            first_error("type A struct{ b B }\ntype B struct{ a A }\n\nfunc main() {}"),
            "3:6: invalid recursive type A"
        );
    }

    #[test]
    fn invalid_variables_still_count_as_declared() {
        // types2 declares `x` even though its initialiser is invalid, and reports it unused.
        assert_eq!(
            first_error("func main() {\n\tx := undefined()\n}"),
            "4:2: declared and not used: x"
        );
    }

    #[test]
    fn function_types_keep_parameter_names() {
        let got = first_error(
            "func main() {\n\tvar f func(int) int\n\tf = func(s string) int { return len(s) }\n\t_ = f\n}",
        );
        assert_eq!(
            got,
            "5:6: cannot use func(s string) int {…} (value of type func(s string) int) as func(int) int value in assignment"
        );
    }

    #[test]
    fn positions_in_messages_name_the_file() {
        let got = first_error("func main() {\n\tswitch {\n\tdefault:\n\tdefault:\n\t}\n}");
        assert_eq!(got, "6:2: multiple defaults (first at x.go:5:2)");
    }

    #[test]
    fn equal_errors_on_a_line_are_reported_once_in_types2_order() {
        // types2 checks the call before the left side: the later `undefined: out` is kept.
        assert_eq!(
            first_error("func main() {\n\tout = append(out, 1)\n}"),
            "4:15: undefined: out"
        );
    }

    #[test]
    fn only_the_first_ten_errors_are_printed() {
        let mut body = String::from("func main() {\n\tunused := 0\n\tvar s string\n");
        for i in 0..11 {
            body.push_str(&format!("\ts = {i}\n"));
        }
        body.push_str("\t_ = s\n}");
        // The unused variable (reported last) is beyond gc's limit of ten errors.
        assert_eq!(
            first_error(&body),
            "6:6: cannot use 0 (untyped int constant) as string value in assignment"
        );
    }

    #[test]
    fn initialization_cycles_through_functions_are_found() {
        let got = first_error("var a = f()\n\nfunc f() int { return a }\n\nfunc main() {}");
        assert_eq!(got, "3:5: initialization cycle for a");
        let got = first_error("var x = func() int { return x }()\n\nfunc main() {}");
        assert_eq!(got, "3:5: initialization cycle: x refers to itself");
    }

    #[test]
    fn slice_expressions_start_at_their_bracket() {
        let got =
            first_error("func f(s []int) []string {\n\treturn s[1:]\n}\n\nfunc main() { f(nil) }");
        assert_eq!(
            got,
            "4:10: cannot use s[1:] (value of type []int) as []string value in return statement"
        );
    }

    #[test]
    fn struct_types_print_like_types2() {
        let got = first_error(
            "func main() {\n\ta := struct{ x, y int }{}\n\tvar b string = a\n\t_ = b\n}",
        );
        assert_eq!(
            got,
            "5:17: cannot use a (variable of type struct{x int; y int}) as string value in variable declaration"
        );
    }
}
