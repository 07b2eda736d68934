//! The syntax tree of one Go source file, shaped like the Go compiler's own `syntax` package.
//!
//! Nothing here is resolved or typed: a name is just a string, `T(x)` is a call, `*p` is a
//! unary operation whether it turns out to be a dereference or a pointer type. The checker
//! (`crate::types`) decides. Types are expressions too ([`ExprKind::ArrayType`] etc.) because
//! Go's grammar cannot tell them apart from values before name resolution.
//!
//! **Positions are Go's node positions**, which are not always where a node starts:
//!
//! | node | `pos` |
//! |---|---|
//! | name, literal, func literal, paren | first byte (`func`, `(`) |
//! | composite literal | the `{` |
//! | key: value | the `:` |
//! | selector `x.f`, type assertion `x.(T)` | the `.` |
//! | index, slice | the `[` |
//! | call | the `(` |
//! | unary operation | the operator |
//! | binary operation | the operator |
//! | function type, signature | its `(` (or the `[` of type parameters), not `func` |
//! | `<-chan T` in an expression | the `chan` (in a type context: the `<-`) |
//! | statement | see [`Stmt`] |
//!
//! A literal the lexer reported as malformed (`08`, `'ab'`, an unterminated string) is an
//! [`ExprKind::Bad`] at the literal's position, as Go marks it bad and its type checker then
//! stays silent about it.
//!
//! [`Expr::start_pos`] gives the leftmost position, which is where Go's type checker reports
//! most errors (`syntax.StartPos`).

use crate::name::Name;
use crate::source::Pos;

/// A whole file: `package main`, its imports and its top-level declarations.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportDecl>,
    pub decls: Vec<Decl>,
    /// Position just past the last token (Go reports some errors "at EOF").
    pub eof: Pos,
}

/// An identifier with its position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    pub name: Name,
    pub pos: Pos,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

/// `import "fmt"` or `import f "fmt"`.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDecl {
    /// The local name, if given (`f` in `import f "fmt"`, also `.` and `_`).
    pub local_name: Option<Ident>,
    /// The unquoted import path.
    pub path: String,
    /// Position of the path literal.
    pub path_pos: Pos,
}

/// A top-level or statement-level declaration.
#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    /// One `const` spec. Specs of one parenthesized group share `group`; `iota` is the
    /// spec's index within its group.
    Const(ConstSpec),
    /// One `var` spec.
    Var(VarSpec),
    /// One `type` spec.
    Type(TypeSpec),
    /// A function or method declaration (top level only).
    Func(FuncDecl),
}

/// `a, b T = x, y` inside `const`. `values` is empty when the spec repeats the previous one.
#[derive(Clone, Debug, PartialEq)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
    /// Value of `iota` for this spec.
    pub iota: u32,
    /// Index of the declaration group (unique per `const (...)` or single `const`).
    pub group: u32,
}

/// `a, b T = x, y` inside `var`.
#[derive(Clone, Debug, PartialEq)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
}

/// `type Name T` or `type Name = T`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    /// `type A = B`.
    pub alias: bool,
    /// Type parameters (`type L[T any] ...`); memsim rejects them, the parser records them.
    pub type_params: Vec<Field>,
    pub typ: Expr,
}

/// `func (r T) Name(params) results { body }`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub typ: FuncType,
    /// `None` for a declaration without body.
    pub body: Option<Block>,
    /// Position of the `func` keyword. (Go's own `FuncDecl` node sits at the token after
    /// `func`; no Go error message uses it.)
    pub pos: Pos,
}

/// A parameter, result, struct field, or interface element.
///
/// In a struct, `name == None` means an embedded field. In an interface, `name == None`
/// means an embedded interface and `Some` a method whose `typ` is a [`ExprKind::FuncType`].
/// Fields declared in one list (`a, b int`) are separate `Field`s with equal `typ`.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: Option<Ident>,
    pub typ: Expr,
    /// Struct tag, if any (raw literal text).
    pub tag: Option<String>,
}

/// The signature part of a function: `(params) results`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    /// Go's position of a signature: the `(` of the parameters, or the `[` of a type
    /// parameter list (`func F[T any](...)`); never the `func` keyword. Go reports e.g.
    /// `invalid map key type func()` there.
    pub pos: Pos,
}

/// An expression (or a type written where an expression may appear).
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    /// Go's node position (see the module doc).
    pub pos: Pos,
}

/// Kinds of literal tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

/// Unary and binary operators, with Go's spelling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    /// `!`
    Not,
    /// `<-` (unary receive)
    Recv,
    /// `~` (only in constraints; memsim rejects it)
    Tilde,
    /// `||`
    OrOr,
    /// `&&`
    AndAnd,
    /// `==`
    Eql,
    /// `!=`
    Neq,
    /// `<`
    Lss,
    /// `<=`
    Leq,
    /// `>`
    Gtr,
    /// `>=`
    Geq,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `*` (multiplication, dereference, or pointer type)
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `&` (bitwise and, or address-of when unary)
    And,
    /// `&^`
    AndNot,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
}

impl Operator {
    /// The operator as Go writes it.
    pub fn as_str(self) -> &'static str {
        use Operator::*;
        match self {
            Not => "!",
            Recv => "<-",
            Tilde => "~",
            OrOr => "||",
            AndAnd => "&&",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            AndNot => "&^",
            Shl => "<<",
            Shr => ">>",
        }
    }

    /// Binary precedence as in the Go spec (5 binds tightest, 1 loosest); 0 for unary-only.
    pub fn precedence(self) -> u8 {
        use Operator::*;
        match self {
            OrOr => 1,
            AndAnd => 2,
            Eql | Neq | Lss | Leq | Gtr | Geq => 3,
            Add | Sub | Or | Xor => 4,
            Mul | Div | Rem | And | AndNot | Shl | Shr => 5,
            Not | Recv | Tilde => 0,
        }
    }
}

/// Channel direction of a channel type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// Produced after a syntax error so parsing can go on.
    Bad,
    Name(Name),
    /// A literal; `value` is the raw source text (`0x1F`, `"a\n"`, `'x'`, `` `raw` ``).
    BasicLit {
        kind: LitKind,
        value: Name,
    },
    /// `T{elems}` or, nested inside another literal, `{elems}` (`typ == None`).
    CompositeLit {
        typ: Option<Box<Expr>>,
        elems: Vec<Expr>,
        rbrace: Pos,
    },
    /// `key: value` inside a composite literal.
    KeyValue {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    /// `func(params) results { body }` (boxed: keeps [`Expr`] small).
    FuncLit {
        typ: Box<FuncType>,
        body: Box<Block>,
    },
    Paren(Box<Expr>),
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// `x[index]`. Generic instantiations `f[int]` also parse as this (or as
    /// [`ExprKind::ListExpr`] inside the index for several type arguments).
    Index {
        x: Box<Expr>,
        index: Box<Expr>,
    },
    /// `x[low:high]` or `x[low:high:max]` (`full`).
    Slice {
        x: Box<Expr>,
        low: Option<Box<Expr>>,
        high: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        full: bool,
    },
    /// `x.(T)`.
    TypeAssert {
        x: Box<Expr>,
        typ: Box<Expr>,
    },
    /// `x.(type)` or `v := x.(type)` (only as a type switch tag). `pos` is the `.`.
    TypeSwitchGuard {
        lhs: Option<Ident>,
        x: Box<Expr>,
    },
    Unary {
        op: Operator,
        x: Box<Expr>,
    },
    Binary {
        op: Operator,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `fun(args)` or `fun(args...)` (`has_dots`). Also conversions `T(x)`.
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        has_dots: bool,
    },
    /// `a, b` where a list is allowed (type arguments). Position of the first element.
    ListExpr(Vec<Expr>),

    // ---- types ----
    /// `[N]T`; `len == None` for `[...]T`. Position of `[`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    /// `[]T`. Position of `[`.
    SliceType {
        elem: Box<Expr>,
    },
    /// `...T` as the type of a final parameter. Position of `...`.
    DotsType {
        elem: Box<Expr>,
    },
    /// `struct { fields }`. Position of `struct`.
    StructType {
        fields: Vec<Field>,
    },
    /// `interface { elems }`. Position of `interface`.
    InterfaceType {
        elems: Vec<Field>,
    },
    /// `func(params) results`. Position of its `(` (see [`FuncType::pos`]). Boxed: keeps
    /// [`Expr`] small.
    FuncType(Box<FuncType>),
    /// `map[K]V`. Position of `map`.
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    /// `chan T`, `chan<- T`, `<-chan T`. Position of `chan`, or of `<-` when `<-chan T` is
    /// parsed as a type; inside an expression Go re-associates `<-(chan T)` and keeps the
    /// position of `chan`.
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
}

impl Expr {
    pub fn new(kind: ExprKind, pos: Pos) -> Expr {
        Expr { kind, pos }
    }

    /// The leftmost position of the expression (Go's `syntax.StartPos`).
    pub fn start_pos(&self) -> Pos {
        let mut e = self;
        loop {
            e = match &e.kind {
                ExprKind::CompositeLit { typ: Some(t), .. } => t,
                ExprKind::KeyValue { key, .. } => key,
                ExprKind::Selector { x, .. }
                | ExprKind::Index { x, .. }
                | ExprKind::Slice { x, .. }
                | ExprKind::TypeAssert { x, .. } => x,
                ExprKind::TypeSwitchGuard { lhs: Some(l), .. } => return l.pos,
                ExprKind::TypeSwitchGuard { x, .. } => x,
                ExprKind::Binary { x, .. } => x,
                ExprKind::Call { fun, .. } => fun,
                ExprKind::ListExpr(list) if !list.is_empty() => &list[0],
                _ => return e.pos,
            };
        }
    }

    /// The expression inside any number of parentheses.
    pub fn unparen(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Paren(inner) = &e.kind {
            e = inner;
        }
        e
    }
}

/// A `{ ... }` block.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// Position of `{`.
    pub lbrace: Pos,
    /// Position of `}`.
    pub rbrace: Pos,
}

/// A statement. Positions follow Go's `syntax` package:
///
/// | statement | `pos` |
/// |---|---|
/// | expression statement | the expression's `pos` |
/// | send `ch <- v` | the `<-` |
/// | assignment, `:=`, `op=`, `++`/`--` | the operator |
/// | declaration statement | the `var`/`const`/`type` keyword |
/// | `return`, `go`, `defer`, `break`, `if`, `for`, `switch`, `select`, ... | the keyword |
/// | labeled statement | the `:` after the label (the label's own position is in `label`) |
/// | block | the `{` |
/// | `v := x.(type)` switch tag | the `.` (an expression statement holding the guard) |
/// | empty statement | the `;` (or newline) where it would be |
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub pos: Pos,
}

/// Assignment operators: `=`, `:=`, and `op=` (also used for `++`/`--`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, or `x++` (`Add` with `rhs == None`) and `x--` (`Sub`).
    Op(Operator),
}

/// `break`, `continue`, `goto`, `fallthrough`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

/// `go` or `defer`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CallStmtKind {
    Go,
    Defer,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Empty,
    Expr(Expr),
    /// `ch <- value`.
    Send {
        chan: Expr,
        value: Expr,
    },
    /// `lhs op rhs`. For `x++`/`x--`, `rhs` is empty and `op` is `Op(Add)`/`Op(Sub)`.
    Assign {
        op: AssignOp,
        lhs: Vec<Expr>,
        rhs: Vec<Expr>,
    },
    /// `var`, `const` or `type` inside a function. One statement per keyword; a grouped
    /// declaration yields several specs.
    Decl(Vec<Decl>),
    Block(Block),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    /// `go call` / `defer call`.
    Call {
        kind: CallStmtKind,
        call: Expr,
    },
    Return {
        results: Vec<Expr>,
    },
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// `else if ...` (an `If` statement) or `else { ... }` (a `Block` statement).
        els: Option<Box<Stmt>>,
    },
    /// `for init; cond; post { }`, `for cond { }`, `for { }` (all `None`).
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x { }` / `for k = range x` / `for range x`.
    Range {
        /// Key and value expressions (0, 1 or 2).
        lhs: Vec<Expr>,
        /// `:=` (true) or `=`.
        define: bool,
        x: Expr,
        body: Block,
        /// Position of the `range` keyword.
        range_pos: Pos,
    },
    /// Expression switch (`tag` may be absent) or type switch (`tag` is a
    /// [`ExprKind::TypeSwitchGuard`]).
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        rbrace: Pos,
    },
    Select {
        clauses: Vec<CommClause>,
        rbrace: Pos,
    },
}

/// `case a, b:` or `default:` with its statements.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    /// Empty for `default`.
    pub cases: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    /// Position of `case` / `default`.
    pub pos: Pos,
    /// Position of the `:`.
    pub colon: Pos,
}

/// `case comm:` or `default:` inside `select`.
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    /// A send statement, a receive expression statement, or a receive assignment; `None`
    /// for `default`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub pos: Pos,
    pub colon: Pos,
}
