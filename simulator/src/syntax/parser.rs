//! The parser: tokens → [`ast::File`](super::ast::File).
//!
//! A port of the Go compiler's recursive-descent parser (`cmd/compile/internal/syntax/
//! parser.go`): the same grammar decisions (composite literal vs. block in statement headers,
//! type parameter lists vs. array lengths, ...), the same node positions, and the same error
//! messages and recovery, so that the first error memsim reports is the one `go build` prints.
//!
//! Recursion is bounded: every nested construct (expression operand, type, statement,
//! composite literal, and every link of an operator or selector chain) takes one level of a
//! budget of [`MAX_NESTING`]; crossing it reports `memsim does not support nesting deeper
//! than 1000 levels` and ends parsing. This also bounds the height of the tree, so later
//! stages can walk it recursively.

use super::MAX_NESTING;
use super::ast::*;
use super::branches::check_body;
use super::chars::unquote_string;
use super::lexer::{Lexer, SemiKind};
use super::printer::{expr_string, stmt_string};
use super::split::{BODY_CONST_GROUPS, SkippedBody, matching_brace};
use super::token::{Token, TokenSet};
use crate::diag::{Diagnostic, Diagnostics};
use crate::name::{Interner, Name};
use crate::scratch::Scratch;
use crate::source::Pos;

/// The result of parsing, including what Go does after non-fatal errors.
#[derive(Debug)]
pub struct ParseOutcome {
    /// The tree, unless the package clause was unusable (Go then stops).
    pub file: Option<File>,
    /// Every error kept under Go's reporting rules (see [`super::report`]).
    pub diagnostics: Diagnostics,
    /// Whether Go stops after parsing. It does so after any `syntax error ...`; errors such
    /// as `invalid digit '8' in octal literal` or `label L defined and not used` are printed
    /// together with the type checker's errors instead.
    pub fatal: bool,
}

/// Parses `src`; any error makes the result `Err`.
pub fn parse(src: &str) -> Result<File, Diagnostics> {
    parse_bytes(src.as_bytes())
}

/// Parses raw bytes (which may be invalid UTF-8, reported as Go reports it).
pub fn parse_bytes(src: &[u8]) -> Result<File, Diagnostics> {
    let outcome = parse_outcome(src);
    match outcome.file {
        Some(file) if outcome.diagnostics.is_empty() => Ok(file),
        _ => Err(outcome.diagnostics),
    }
}

/// Nesting that is always parsed on the caller's thread. Recursive descent in a debug build
/// takes up to ~15 KiB of stack per nesting level, so this stays well within any thread's
/// stack; deeper input is parsed again on a dedicated thread.
const SHALLOW_NESTING: usize = 40;

/// Stack size of the thread for deeply nested input: [`MAX_NESTING`] levels need about
/// 15 MiB in a debug build. Untouched stack pages cost no memory.
const PARSER_STACK_SIZE: usize = 64 << 20;

/// Parses `src` and reports everything, including whether Go would go on type checking.
///
/// Input nested deeper than [`SHALLOW_NESTING`] levels (rare in real code) is parsed on a
/// dedicated thread with a large stack, so that the nesting limit, not the caller's stack
/// size, bounds what can be parsed.
pub fn parse_outcome(src: &[u8]) -> ParseOutcome {
    if let Some(outcome) = parse_here(src, SHALLOW_NESTING) {
        return outcome;
    }
    std::thread::scope(|scope| {
        let deep = || parse_here(src, MAX_NESTING).unwrap_or_else(unreachable_outcome);
        let worker = std::thread::Builder::new()
            .name("memsim-parser".to_string())
            .stack_size(PARSER_STACK_SIZE)
            .spawn_scoped(scope, deep);
        match worker {
            Ok(handle) => match handle.join() {
                Ok(outcome) => outcome,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            // No thread available: parse on the caller's stack.
            Err(_) => deep(),
        }
    })
}

/// `parse_here` with the full limit always finishes; this keeps the types total.
fn unreachable_outcome() -> ParseOutcome {
    let mut diagnostics = Diagnostics::new();
    diagnostics.push(Diagnostic::unsupported(Pos::new(1, 1), "this input"));
    ParseOutcome {
        file: None,
        diagnostics,
        fatal: true,
    }
}

/// Parses `src` on the current thread, nesting at most `max_depth` levels. Returns `None`
/// if the input is nested deeper and `max_depth` is below [`MAX_NESTING`] (the caller then
/// parses again with a larger stack).
fn parse_here(src: &[u8], max_depth: usize) -> Option<ParseOutcome> {
    let mut p = Parser::new(src, max_depth);
    p.next();
    let file = p.file();
    if p.too_deep_for_this_stack {
        return None;
    }
    let abandoned = p.lx.errors.is_abandoned();
    let fatal = file.is_none() || abandoned || p.lx.errors.has_syntax_error();
    Some(ParseOutcome {
        file,
        diagnostics: p.lx.errors.into_diagnostics(),
        fatal,
    })
}

/// Keywords that start a statement: good points to resynchronize after an error.
const STOPSET: TokenSet = TokenSet::of(&[
    Token::Break,
    Token::Const,
    Token::Continue,
    Token::Defer,
    Token::Fallthrough,
    Token::For,
    Token::Go,
    Token::Goto,
    Token::If,
    Token::Return,
    Token::Select,
    Token::Switch,
    Token::Type,
    Token::Var,
]);

const TOP_LEVEL_FOLLOW: TokenSet = TokenSet::of(&[
    Token::Import,
    Token::Const,
    Token::Type,
    Token::Var,
    Token::Func,
]);

/// A simple statement, or the range clause a `for` header may hold instead.
enum Simple {
    Stmt(Stmt),
    Range {
        pos: Pos,
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
    },
}

impl Simple {
    fn pos(&self) -> Pos {
        match self {
            Simple::Stmt(s) => s.pos,
            Simple::Range { pos, .. } => *pos,
        }
    }

    /// The statement, turning a (misplaced) range clause into an expression statement.
    fn into_stmt(self) -> Stmt {
        match self {
            Simple::Stmt(s) => s,
            Simple::Range { x, .. } => Stmt {
                pos: x.pos,
                kind: StmtKind::Expr(x),
            },
        }
    }
}

/// A parameter while its list is being parsed: names and types are completed afterwards.
struct Param {
    pos: Pos,
    name: Option<Ident>,
    typ: Option<Expr>,
}

/// What `x [` ... `]` turned out to be in a field or parameter.
enum ArrayOrTypeArgs {
    /// `[n]E` or `[]E`.
    Type(Expr),
    /// `[A, B]`: type arguments of the preceding name, with the `[` position.
    TypeArgs(Pos, Expr),
}

/// The result of Go's `extractName`.
enum Extracted {
    /// The expression was `name` or `name type-expression`.
    Split(Ident, Option<Expr>),
    /// The expression could not be split.
    Whole(Expr),
}

pub(super) struct Parser<'a> {
    pub(super) lx: Lexer<'a>,
    /// Function nesting (error recovery stops at statement keywords inside functions).
    fnest: u32,
    /// Expression nesting for the composite-literal ambiguity: -1 inside statement headers.
    xnest: i32,
    /// Current nesting depth, bounded by [`MAX_NESTING`].
    depth: usize,
    /// Number of `const` declarations seen, to number their groups.
    const_groups: u32,
    /// The nesting this parse may reach: [`MAX_NESTING`], or less on a small stack.
    max_depth: usize,
    /// Set when `max_depth` (below [`MAX_NESTING`]) was exceeded: parsing stopped early.
    too_deep_for_this_stack: bool,
    /// One shared [`Name`] per distinct identifier and literal text.
    names: Interner,
    /// Vectors for statement lists being parsed.
    stmt_scratch: Scratch<Stmt>,
    /// In a skeleton parse ([`super::split`]): the function bodies skipped so far (the
    /// last one's declaration index is filled in by `file`); `None` when the skeleton
    /// cannot be parsed (an unmatched `{`).
    skipped: Option<Vec<SkippedBody>>,
    /// Whether this is a skeleton parse.
    skipping_bodies: bool,
}

impl<'a> Parser<'a> {
    pub(super) fn new(src: &'a [u8], max_depth: usize) -> Parser<'a> {
        Parser {
            lx: Lexer::new(src),
            fnest: 0,
            xnest: 0,
            depth: 0,
            const_groups: 0,
            max_depth: max_depth.min(MAX_NESTING),
            too_deep_for_this_stack: false,
            names: Interner::default(),
            stmt_scratch: Scratch::default(),
            skipped: Some(Vec::new()),
            skipping_bodies: false,
        }
    }

    /// Makes this a skeleton parse: function declarations' bodies are skipped (see
    /// [`super::split`]).
    pub(super) fn skip_bodies(&mut self) {
        self.skipping_bodies = true;
    }

    /// The bodies a skeleton parse skipped, unless one of them could not be skipped.
    pub(super) fn skipped_bodies(self) -> Option<Vec<SkippedBody>> {
        self.skipped
    }

    /// A parser for the bodies a skeleton parse skipped: in the state the whole-file parse
    /// is in at a function body, except for the numbers of constant groups.
    pub(super) fn for_bodies(src: &'a [u8]) -> Parser<'a> {
        let mut p = Parser::new(&src[..0], MAX_NESTING);
        p.lx = Lexer::unstarted(src);
        p.const_groups = BODY_CONST_GROUPS;
        p
    }

    /// Parses one skipped body; `None` unless it parses without any error and ends where
    /// the skeleton parse found its end.
    pub(super) fn skipped_body(&mut self, b: &SkippedBody) -> Option<Block> {
        self.lx
            .reposition(b.lbrace_offset, b.lbrace.line - 1, b.lbrace.col - 1);
        self.next();
        let body = self.func_body();
        let clean = self.lx.errors.reported() == 0
            && self.lx.errors.is_empty()
            && !self.lx.any_error
            && self.depth == 0
            && body.lbrace == b.lbrace
            && body.rbrace == b.rbrace;
        clean.then_some(body)
    }

    /// Steps over a function declaration's body at its `{` (a skeleton parse), recording
    /// it in `skipped` with a declaration index yet to be filled in.
    fn skip_body(&mut self) {
        let lbrace = self.pos();
        let offset = self.lx.token_offset();
        let found = matching_brace(self.lx.source(), offset, lbrace.line - 1, lbrace.col - 1);
        let (Some((end, line, col)), Some(skipped)) = (found, self.skipped.as_mut()) else {
            self.skipped = None;
            self.lx.any_error = true;
            self.lx.stop();
            return;
        };
        skipped.push(SkippedBody {
            decl: usize::MAX,
            lbrace_offset: offset,
            lbrace,
            rbrace: Pos::new(line + 1, col + 1),
        });
        self.lx.reposition(end, line, col);
        self.next(); // the `}`
        self.next(); // what follows it
    }

    // ---- tokens -----------------------------------------------------------------------

    fn tok(&self) -> Token {
        self.lx.tok
    }

    fn pos(&self) -> Pos {
        self.lx.pos
    }

    pub(super) fn next(&mut self) {
        self.lx.next();
    }

    fn got(&mut self, tok: Token) -> bool {
        if self.tok() == tok {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, tok: Token) {
        if !self.got(tok) {
            self.syntax_error(&format!("expected {}", tok.describe()));
            self.advance(TokenSet::EMPTY);
        }
    }

    /// Like `got(Assign)`, but also accepts `:=` with an error.
    fn got_assign(&mut self) -> bool {
        match self.tok() {
            Token::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            Token::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    fn is_op(&self, op: Operator) -> bool {
        self.tok() == Token::Operator && self.lx.op == op
    }

    // ---- errors -----------------------------------------------------------------------

    fn error_at(&mut self, pos: Pos, msg: impl Into<String>) {
        self.lx.error_at(pos, msg.into());
    }

    fn error(&mut self, msg: &str) {
        let pos = self.pos();
        self.error_at(pos, msg);
    }

    fn syntax_error(&mut self, msg: &str) {
        let pos = self.pos();
        self.syntax_error_at(pos, msg);
    }

    /// Reports a syntax error, naming the current token as Go does
    /// (`syntax error: unexpected X, expected Y`).
    fn syntax_error_at(&mut self, pos: Pos, msg: &str) {
        if self.tok() == Token::Eof && self.lx.any_error {
            return; // avoid meaningless follow-up errors
        }
        let suffix = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {msg}")
        } else if msg.starts_with("expected ") {
            format!(", {msg}")
        } else {
            self.error_at(pos, format!("syntax error: {msg}"));
            return;
        };
        let tok = self.describe_current();
        self.error_at(pos, format!("syntax error: unexpected {tok}{suffix}"));
    }

    /// The current token as Go's messages describe it.
    fn describe_current(&self) -> String {
        match self.tok() {
            Token::Name => format!("name {}", self.lx.lit()),
            Token::Semi => self.lx.semi.as_str().to_string(),
            Token::Literal => format!("literal {}", self.lx.lit()),
            Token::Operator => self.lx.op.as_str().to_string(),
            Token::AssignOp => format!("{}=", self.lx.op.as_str()),
            Token::IncOp => format!("{0}{0}", self.lx.op.as_str()),
            t => t.describe(),
        }
    }

    /// Skips tokens until one of `follow` (or, inside functions, a statement keyword).
    /// With an empty `follow`, skips exactly one token.
    fn advance(&mut self, follow: TokenSet) {
        let mut set = TokenSet::of(&[Token::Eof]);
        if !follow.is_empty() {
            if self.fnest > 0 {
                set = set.union(STOPSET);
            }
            set = set.union(follow);
        }
        while !set.contains(self.tok()) {
            self.next();
            if follow.is_empty() {
                break;
            }
        }
    }

    /// Enters one nesting level; false (after reporting once and stopping the lexer) when the
    /// limit is crossed. Every `enter` must be matched by a `leave`.
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth <= self.max_depth {
            return true;
        }
        if self.max_depth < MAX_NESTING {
            // give up; the input is parsed again on a larger stack
            self.too_deep_for_this_stack = true;
            self.lx.any_error = true;
            self.lx.stop();
        } else if !self.lx.errors.is_abandoned() {
            let pos = self.pos();
            self.lx.errors.abandon(Diagnostic::unsupported(
                pos,
                format!("nesting deeper than {MAX_NESTING} levels"),
            ));
            self.lx.any_error = true;
            self.lx.stop();
        }
        false
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn bad_expr(&self) -> Expr {
        Expr::new(ExprKind::Bad, self.pos())
    }

    // ---- files and declarations -------------------------------------------------------

    pub(super) fn file(&mut self) -> Option<File> {
        if !self.got(Token::Package) {
            self.syntax_error("package statement must be first");
            return None;
        }
        let package = self.name();
        self.want(Token::Semi);
        if self.lx.any_error {
            return None;
        }

        let mut imports = Vec::new();
        let mut decls = Vec::new();
        self.top_level_decls(Token::Import, &mut decls, &mut imports);
        let eof = self.pos();
        Some(File {
            package,
            imports: exact(imports),
            decls: exact(decls),
            eof,
        })
    }

    /// The declarations of a skeleton parse's second half, which starts at a `func` at the
    /// start of a line ([`super::split`]); constant groups are numbered from `const_groups`.
    pub(super) fn decls_from(
        src: &'a [u8],
        offset: usize,
        line: u32,
        const_groups: u32,
    ) -> (Parser<'a>, Vec<Decl>, Pos) {
        let mut p = Parser::new(&src[..0], MAX_NESTING);
        p.lx = Lexer::unstarted(src);
        p.skip_bodies();
        p.const_groups = const_groups;
        p.lx.reposition(offset, line, 0);
        p.next();
        let mut decls = Vec::new();
        let mut imports = Vec::new();
        // An import here comes after other declarations: an error, which ends the split.
        p.top_level_decls(Token::Func, &mut decls, &mut imports);
        if !imports.is_empty() {
            p.lx.any_error = true;
        }
        let eof = p.pos();
        (p, decls, eof)
    }

    /// Top-level declarations up to the end of the input; `prev` is the kind of the
    /// declaration before the first (`import` at the start of a file).
    fn top_level_decls(
        &mut self,
        mut prev: Token,
        decls: &mut Vec<Decl>,
        imports: &mut Vec<ImportDecl>,
    ) {
        let mut last_was_bodyless_func = false;
        while self.tok() != Token::Eof {
            if self.tok() == Token::Import && prev != Token::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok();
            match self.tok() {
                Token::Import | Token::Const | Token::Type | Token::Var => {
                    let kind = self.tok();
                    self.next();
                    let before = decls.len() + imports.len();
                    self.decl_group(kind, decls, imports);
                    if decls.len() + imports.len() > before {
                        last_was_bodyless_func = false;
                    }
                }
                Token::Func => {
                    let pos = self.pos();
                    self.next();
                    let f = self.func_decl(pos);
                    let skipped = match self.skipped.as_mut().and_then(|s| s.last_mut()) {
                        Some(b) if b.decl == usize::MAX => {
                            b.decl = decls.len();
                            true
                        }
                        _ => false,
                    };
                    last_was_bodyless_func = f.body.is_none() && !skipped;
                    decls.push(Decl::Func(f));
                }
                _ => {
                    if self.tok() == Token::Lbrace && last_was_bodyless_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(TOP_LEVEL_FOLLOW);
                    continue;
                }
            }
            if self.tok() != Token::Eof && !self.got(Token::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(TOP_LEVEL_FOLLOW);
            }
        }
    }

    /// `spec` or `( { spec ";" } )` after `import`, `const`, `type` or `var`.
    fn decl_group(&mut self, kind: Token, decls: &mut Vec<Decl>, imports: &mut Vec<ImportDecl>) {
        let group = if kind == Token::Const {
            self.const_groups += 1;
            self.const_groups
        } else {
            0
        };
        if self.tok() == Token::Lparen {
            self.next();
            let mut index = 0u32;
            self.list("grouped declaration", Token::Semi, Token::Rparen, |p| {
                p.spec(kind, index, group, decls, imports);
                index += 1;
                false
            });
        } else {
            self.spec(kind, 0, group, decls, imports);
        }
    }

    fn spec(
        &mut self,
        kind: Token,
        index: u32,
        group: u32,
        decls: &mut Vec<Decl>,
        imports: &mut Vec<ImportDecl>,
    ) {
        match kind {
            Token::Import => {
                if let Some(d) = self.import_spec() {
                    imports.push(d);
                }
            }
            Token::Const => decls.push(Decl::Const(self.const_spec(index, group))),
            Token::Type => decls.push(Decl::Type(self.type_spec())),
            _ => decls.push(Decl::Var(self.var_spec())),
        }
    }

    fn import_spec(&mut self) -> Option<ImportDecl> {
        let local_name = match self.tok() {
            Token::Name => Some(self.name()),
            Token::Dot => {
                let id = Ident {
                    name: Name::from("."),
                    pos: self.pos(),
                };
                self.next();
                Some(id)
            }
            _ => None,
        };
        if self.tok() != Token::Literal {
            self.syntax_error("missing import path");
            self.advance(TokenSet::of(&[Token::Semi, Token::Rparen]));
            return None;
        }
        let path_pos = self.pos();
        let (kind, bad, text) = (self.lx.kind, self.lx.bad, self.lx.lit().into_owned());
        self.next();
        if !bad && kind != LitKind::String {
            self.syntax_error_at(path_pos, "import path must be a string");
        }
        let path = if bad {
            String::new()
        } else {
            unquote_string(&text).unwrap_or_default()
        };
        Some(ImportDecl {
            local_name,
            path,
            path_pos,
        })
    }

    fn const_spec(&mut self, iota: u32, group: u32) -> ConstSpec {
        let first = self.name();
        let names = self.name_list(first);
        let mut typ = None;
        let mut values = Vec::new();
        if !matches!(self.tok(), Token::Eof | Token::Semi | Token::Rparen) {
            typ = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ConstSpec {
            names,
            typ,
            values,
            iota,
            group,
        }
    }

    fn var_spec(&mut self) -> VarSpec {
        let first = self.name();
        let names = self.name_list(first);
        let mut typ = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            typ = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        VarSpec { names, typ, values }
    }

    fn type_spec(&mut self) -> TypeSpec {
        let name = self.name();
        let mut alias = false;
        let mut type_params = Vec::new();
        let typ = if self.tok() == Token::Lbrack {
            // array or slice type, or type parameter list
            let lbrack = self.pos();
            self.next();
            match self.tok() {
                Token::Name => {
                    let first = self.name();
                    let mut x = name_expr(first);
                    if self.tok() != Token::Lbrack {
                        self.xnest += 1;
                        let primary = self.pexpr(Some(x), false);
                        x = self.binary_expr(Some(primary), 0);
                        self.xnest -= 1;
                    }
                    let force = self.tok() == Token::Comma;
                    match extract_name(x, force) {
                        Extracted::Split(pname, ptype)
                            if ptype.is_some() || self.tok() != Token::Rbrack =>
                        {
                            type_params =
                                self.param_list(Some(pname), ptype, Token::Rbrack, true, false);
                            alias = self.got_assign();
                            self.type_or_nil()
                        }
                        Extracted::Split(pname, _) => {
                            Some(self.array_type(lbrack, Some(name_expr(pname))))
                        }
                        Extracted::Whole(x) => Some(self.array_type(lbrack, Some(x))),
                    }
                }
                Token::Rbrack => {
                    self.next();
                    Some(self.slice_type(lbrack))
                }
                _ => Some(self.array_type(lbrack, None)),
            }
        } else {
            alias = self.got_assign();
            self.type_or_nil()
        };
        let typ = match typ {
            Some(t) => t,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("in type declaration");
                self.advance(TokenSet::of(&[Token::Semi, Token::Rparen]));
                bad
            }
        };
        TypeSpec {
            name,
            alias,
            type_params,
            typ,
        }
    }

    /// A function declaration after `func` (at `func_pos`).
    fn func_decl(&mut self, func_pos: Pos) -> FuncDecl {
        let mut recv = None;
        let mut has_recv = false;
        if self.got(Token::Lparen) {
            has_recv = true;
            let mut list = self.param_list(None, None, Token::Rparen, false, false);
            match list.len() {
                0 => self.error("method has no receiver"),
                1 => recv = list.pop(),
                _ => {
                    self.error("method has multiple receivers");
                    list.truncate(1);
                    recv = list.pop();
                }
            }
        }

        let (name, type_params, typ) = if self.tok() == Token::Name {
            let name = self.name();
            let (tparams, typ) = self.func_type("");
            (name, tparams, typ)
        } else {
            let pos = self.pos();
            let name = Ident {
                name: self.names.intern("_"),
                pos,
            };
            let typ = FuncType {
                params: Vec::new(),
                results: Vec::new(),
                pos,
            };
            self.syntax_error(if has_recv {
                "expected name"
            } else {
                "expected name or ("
            });
            self.advance(TokenSet::of(&[Token::Lbrace, Token::Semi]));
            (name, Vec::new(), typ)
        };

        let body = if self.tok() == Token::Lbrace {
            if self.skipping_bodies {
                self.skip_body();
                None
            } else {
                Some(self.func_body())
            }
        } else {
            None
        };
        FuncDecl {
            recv,
            name,
            type_params,
            typ,
            body,
            pos: func_pos,
        }
    }

    /// A function body; its labels and branches are checked if it had no errors.
    fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let errors_before = self.lx.errors.reported();
        let body = self.block("");
        self.fnest -= 1;
        if self.lx.errors.reported() == errors_before && !self.lx.errors.is_abandoned() {
            for (pos, msg) in check_body(&body) {
                self.lx.errors.error_uncounted(pos, msg);
            }
        }
        body
    }

    /// `list = [ f { sep f } [sep] ] close`; returns the position of `close`.
    fn list(
        &mut self,
        context: &str,
        sep: Token,
        close: Token,
        mut f: impl FnMut(&mut Self) -> bool,
    ) -> Pos {
        let mut done = false;
        while self.tok() != Token::Eof && self.tok() != close && !done {
            done = f(self);
            if !self.got(sep) && self.tok() != close {
                let msg = format!(
                    "in {context}; possibly missing {} or {}",
                    sep.describe(),
                    close.describe()
                );
                self.syntax_error(&msg);
                self.advance(TokenSet::of(&[Token::Rparen, Token::Rbrack, Token::Rbrace]));
                if self.tok() != close {
                    return self.pos();
                }
            }
        }
        let pos = self.pos();
        self.want(close);
        pos
    }

    // ---- expressions ------------------------------------------------------------------

    fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        let mut levels = 0;
        while matches!(self.tok(), Token::Operator | Token::Star) && self.lx.prec > prec {
            levels += 1;
            if !self.enter() {
                break;
            }
            let pos = self.pos();
            let op = self.lx.op;
            let tprec = self.lx.prec;
            self.next();
            let y = self.binary_expr(None, tprec);
            x = Expr::new(
                ExprKind::Binary {
                    op,
                    x: Box::new(x),
                    y: Box::new(y),
                },
                pos,
            );
        }
        self.depth -= levels;
        x
    }

    fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad_expr();
        }
        let x = self.unary_expr_inner();
        self.leave();
        x
    }

    fn unary_expr_inner(&mut self) -> Expr {
        match self.tok() {
            Token::Operator | Token::Star => match self.lx.op {
                Operator::Mul
                | Operator::Add
                | Operator::Sub
                | Operator::Not
                | Operator::Xor
                | Operator::Tilde => {
                    let pos = self.pos();
                    let op = self.lx.op;
                    self.next();
                    let x = self.unary_expr();
                    return Expr::new(ExprKind::Unary { op, x: Box::new(x) }, pos);
                }
                Operator::And => {
                    let pos = self.pos();
                    self.next();
                    // a parenthesized composite literal loses its parentheses
                    let x = unparen(self.unary_expr());
                    return Expr::new(
                        ExprKind::Unary {
                            op: Operator::And,
                            x: Box::new(x),
                        },
                        pos,
                    );
                }
                _ => {}
            },
            Token::Arrow => {
                let pos = self.pos();
                self.next();
                let mut x = self.unary_expr();
                if matches!(x.kind, ExprKind::ChanType { .. }) {
                    self.reassociate_recv_chan(&mut x);
                    return x;
                }
                return Expr::new(
                    ExprKind::Unary {
                        op: Operator::Recv,
                        x: Box::new(x),
                    },
                    pos,
                );
            }
            _ => {}
        }
        self.pexpr(None, true)
    }

    /// `<-chan E` parsed as `<-(chan E)`: moves the `<-` onto the channel type.
    fn reassociate_recv_chan(&mut self, x: &mut Expr) {
        // Find how many channel types the `<-` applies to.
        let mut dir = ChanDir::Send;
        let mut levels = 0;
        let mut double_recv = false;
        let mut t: &Expr = x;
        while dir == ChanDir::Send {
            let ExprKind::ChanType { dir: d, elem } = &t.kind else {
                break;
            };
            dir = *d;
            // <-<-chan E is not permitted
            double_recv |= dir == ChanDir::Recv;
            levels += 1;
            t = elem;
        }
        let not_a_chan = (dir == ChanDir::Send).then(|| expr_string(t));
        let mut t: &mut Expr = x;
        for _ in 0..levels {
            let ExprKind::ChanType { dir, elem } = &mut t.kind else {
                break;
            };
            *dir = ChanDir::Recv;
            t = elem;
        }
        if double_recv {
            self.syntax_error("unexpected <-, expected chan");
        }
        if let Some(elem) = not_a_chan {
            self.syntax_error(&format!("unexpected {elem}, expected chan"));
        }
    }

    /// `go f()` or `defer f()`.
    fn call_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let kind = if self.tok() == Token::Go {
            CallStmtKind::Go
        } else {
            CallStmtKind::Defer
        };
        self.next();
        let keep_parens = self.tok() == Token::Lparen;
        let x = self.pexpr(None, keep_parens);
        let call = if matches!(x.kind, ExprKind::Paren(_)) {
            let word = if kind == CallStmtKind::Go {
                "go"
            } else {
                "defer"
            };
            self.error_at(
                x.pos,
                format!("expression in {word} must not be parenthesized"),
            );
            unparen(x)
        } else {
            x
        };
        Stmt {
            kind: StmtKind::Call { kind, call },
            pos,
        }
    }

    fn operand(&mut self, keep_parens: bool) -> Expr {
        match self.tok() {
            Token::Name => {
                let id = self.name();
                name_expr(id)
            }
            Token::Literal => self.literal(),
            Token::Lparen => {
                let pos = self.pos();
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(Token::Rparen);
                // Parentheses around a composite literal type are kept to report them.
                if keep_parens || self.tok() == Token::Lbrace {
                    Expr::new(ExprKind::Paren(Box::new(x)), pos)
                } else {
                    x
                }
            }
            Token::Func => {
                let pos = self.pos();
                self.next();
                let (_, typ) = self.func_type("function type");
                if self.tok() == Token::Lbrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    Expr::new(
                        ExprKind::FuncLit {
                            typ: Box::new(typ),
                            body: Box::new(body),
                        },
                        pos,
                    )
                } else {
                    let pos = typ.pos;
                    Expr::new(ExprKind::FuncType(Box::new(typ)), pos)
                }
            }
            Token::Lbrack | Token::Chan | Token::Map | Token::Struct | Token::Interface => {
                self.type_()
            }
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(TokenSet::of(&[Token::Rparen, Token::Rbrack, Token::Rbrace]));
                x
            }
        }
    }

    /// The current literal token as an expression (`Bad` if the lexer reported it).
    fn literal(&mut self) -> Expr {
        let pos = self.pos();
        let kind = if self.lx.bad {
            ExprKind::Bad
        } else {
            ExprKind::BasicLit {
                kind: self.lx.kind,
                value: self.names.intern_bytes(self.lx.lit_bytes()),
            }
        };
        self.next();
        Expr::new(kind, pos)
    }

    /// PrimaryExpr: an operand followed by selectors, indices, slices, assertions, calls
    /// and composite literal bodies.
    fn pexpr(&mut self, x: Option<Expr>, keep_parens: bool) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(keep_parens),
        };
        let mut levels = 0;
        loop {
            if !matches!(
                self.tok(),
                Token::Dot | Token::Lbrack | Token::Lparen | Token::Lbrace
            ) {
                break;
            }
            levels += 1;
            if !self.enter() {
                break;
            }
            let pos = self.pos();
            match self.tok() {
                Token::Dot => {
                    self.next();
                    match self.tok() {
                        Token::Name => {
                            let sel = self.name();
                            x = Expr::new(
                                ExprKind::Selector {
                                    x: Box::new(x),
                                    sel,
                                },
                                pos,
                            );
                        }
                        Token::Lparen => {
                            self.next();
                            if self.got(Token::Type) {
                                x = Expr::new(
                                    ExprKind::TypeSwitchGuard {
                                        lhs: None,
                                        x: Box::new(x),
                                    },
                                    pos,
                                );
                            } else {
                                let typ = self.type_();
                                x = Expr::new(
                                    ExprKind::TypeAssert {
                                        x: Box::new(x),
                                        typ: Box::new(typ),
                                    },
                                    pos,
                                );
                            }
                            self.want(Token::Rparen);
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(TokenSet::of(&[Token::Semi, Token::Rparen]));
                        }
                    }
                }
                Token::Lbrack => {
                    self.next();
                    x = self.index_or_slice(x, pos);
                }
                Token::Lparen => {
                    self.next();
                    let (args, has_dots) = self.arg_list();
                    x = Expr::new(
                        ExprKind::Call {
                            fun: Box::new(x),
                            args,
                            has_dots,
                        },
                        pos,
                    );
                }
                _ => {
                    // '{': a composite literal, or the block after a statement header
                    let t = x.unparen();
                    let complit_ok = match &t.kind {
                        ExprKind::Name(_) | ExprKind::Selector { .. } => self.xnest >= 0,
                        ExprKind::Index { .. } => self.xnest >= 0 && !is_value(t),
                        ExprKind::ArrayType { .. }
                        | ExprKind::SliceType { .. }
                        | ExprKind::StructType { .. }
                        | ExprKind::MapType { .. } => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if matches!(x.kind, ExprKind::Paren(_)) {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    let mut lit = self.complit_expr();
                    if let ExprKind::CompositeLit { typ, .. } = &mut lit.kind {
                        *typ = Some(Box::new(x));
                    }
                    x = lit;
                }
            }
        }
        self.depth -= levels;
        x
    }

    /// After `x[`: an index, instantiation or slice expression.
    fn index_or_slice(&mut self, x: Expr, pos: Pos) -> Expr {
        let mut low = None;
        if self.tok() != Token::Colon {
            let (index, comma) = if self.tok() == Token::Rbrack {
                // invalid empty instance, slice or index expression; accept but complain
                self.syntax_error("expected operand");
                (self.bad_expr(), false)
            } else {
                self.type_list(false)
            };
            if comma || self.tok() == Token::Rbrack {
                self.want(Token::Rbrack);
                return Expr::new(
                    ExprKind::Index {
                        x: Box::new(x),
                        index: Box::new(index),
                    },
                    pos,
                );
            }
            low = Some(Box::new(index));
        }

        // x[i:...
        if !self.got(Token::Colon) {
            self.syntax_error("expected comma, : or ]");
            self.advance(TokenSet::of(&[Token::Comma, Token::Colon, Token::Rbrack]));
        }
        self.xnest += 1;
        let mut high = None;
        let mut max = None;
        let mut full = false;
        if self.tok() != Token::Colon && self.tok() != Token::Rbrack {
            high = Some(Box::new(self.expr()));
        }
        if self.tok() == Token::Colon {
            full = true;
            if high.is_none() {
                self.error("middle index required in 3-index slice");
                high = Some(Box::new(self.bad_expr()));
            }
            self.next();
            if self.tok() != Token::Rbrack {
                max = Some(Box::new(self.expr()));
            } else {
                self.error("final index required in 3-index slice");
                max = Some(Box::new(self.bad_expr()));
            }
        }
        self.xnest -= 1;
        self.want(Token::Rbrack);
        Expr::new(
            ExprKind::Slice {
                x: Box::new(x),
                low,
                high,
                max,
                full,
            },
            pos,
        )
    }

    /// An element of a composite literal: an expression or an elided `{...}`.
    fn bare_complit_expr(&mut self) -> Expr {
        if self.tok() == Token::Lbrace {
            return self.complit_expr();
        }
        self.expr()
    }

    /// `{ [ elem { , elem } [ , ] ] }` (the type, if any, is filled in by the caller).
    fn complit_expr(&mut self) -> Expr {
        let pos = self.pos();
        if !self.enter() {
            self.leave();
            return self.bad_expr();
        }
        self.xnest += 1;
        self.want(Token::Lbrace);
        let mut elems = Vec::new();
        let rbrace = self.list("composite literal", Token::Comma, Token::Rbrace, |p| {
            let mut e = p.bare_complit_expr();
            if p.tok() == Token::Colon {
                let colon = p.pos();
                p.next();
                let value = p.bare_complit_expr();
                e = Expr::new(
                    ExprKind::KeyValue {
                        key: Box::new(e),
                        value: Box::new(value),
                    },
                    colon,
                );
            }
            elems.push(e);
            false
        });
        self.xnest -= 1;
        self.leave();
        Expr::new(
            ExprKind::CompositeLit {
                typ: None,
                elems: exact(elems),
                rbrace,
            },
            pos,
        )
    }

    // ---- types ------------------------------------------------------------------------

    fn type_(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(TokenSet::of(&[
                    Token::Comma,
                    Token::Colon,
                    Token::Semi,
                    Token::Rparen,
                    Token::Rbrack,
                    Token::Rbrace,
                ]));
                bad
            }
        }
    }

    fn type_or_nil(&mut self) -> Option<Expr> {
        if !self.enter() {
            self.leave();
            return Some(self.bad_expr());
        }
        let t = self.type_or_nil_inner();
        self.leave();
        t
    }

    fn type_or_nil_inner(&mut self) -> Option<Expr> {
        let pos = self.pos();
        let kind = match self.tok() {
            Token::Star => {
                self.next();
                ExprKind::Unary {
                    op: Operator::Mul,
                    x: Box::new(self.type_()),
                }
            }
            Token::Arrow => {
                self.next();
                self.want(Token::Chan);
                ExprKind::ChanType {
                    dir: ChanDir::Recv,
                    elem: Box::new(self.chan_elem()),
                }
            }
            Token::Func => {
                self.next();
                let (_, t) = self.func_type("function type");
                let pos = t.pos;
                return Some(Expr::new(ExprKind::FuncType(Box::new(t)), pos));
            }
            Token::Lbrack => {
                self.next();
                if self.got(Token::Rbrack) {
                    return Some(self.slice_type(pos));
                }
                return Some(self.array_type(pos, None));
            }
            Token::Chan => {
                self.next();
                let dir = if self.got(Token::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                ExprKind::ChanType {
                    dir,
                    elem: Box::new(self.chan_elem()),
                }
            }
            Token::Map => {
                self.next();
                self.want(Token::Lbrack);
                let key = self.type_();
                self.want(Token::Rbrack);
                let value = self.type_();
                ExprKind::MapType {
                    key: Box::new(key),
                    value: Box::new(value),
                }
            }
            Token::Struct => return Some(self.struct_type()),
            Token::Interface => return Some(self.interface_type()),
            Token::Name => return Some(self.qualified_name(None)),
            Token::Lparen => {
                self.next();
                let t = self.type_();
                self.want(Token::Rparen);
                return Some(t);
            }
            _ => return None,
        };
        Some(Expr::new(kind, pos))
    }

    /// `typ[A, B]`.
    fn type_instance(&mut self, typ: Expr) -> Expr {
        let pos = self.pos();
        self.want(Token::Lbrack);
        let index = if self.tok() == Token::Rbrack {
            self.syntax_error("expected type argument list");
            self.bad_expr()
        } else {
            self.type_list(true).0
        };
        self.want(Token::Rbrack);
        Expr::new(
            ExprKind::Index {
                x: Box::new(typ),
                index: Box::new(index),
            },
            pos,
        )
    }

    /// `[ typeparams ] ( params ) results`. A non-empty `context` forbids type parameters.
    fn func_type(&mut self, context: &str) -> (Vec<Field>, FuncType) {
        let pos = self.pos();
        let mut tparams = Vec::new();
        if self.got(Token::Lbrack) {
            if !context.is_empty() {
                self.syntax_error_at(pos, &format!("{context} must have no type parameters"));
            }
            if self.tok() == Token::Rbrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                tparams = self.param_list(None, None, Token::Rbrack, true, false);
            }
        }
        self.want(Token::Lparen);
        let params = self.param_list(None, None, Token::Rparen, false, true);
        let results = self.func_result();
        (
            tparams,
            FuncType {
                params,
                results,
                pos,
            },
        )
    }

    /// After `[`: `[N]E` or `[...]E`; `len` is an already parsed length.
    fn array_type(&mut self, pos: Pos, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(l) => Some(l),
            None if self.got(Token::DotDotDot) => None,
            None => {
                self.xnest += 1;
                let l = self.expr();
                self.xnest -= 1;
                Some(l)
            }
        };
        if self.tok() == Token::Comma {
            // trailing commas are accepted in type parameter lists, not in array types
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(Token::Rbrack);
        let elem = self.type_();
        Expr::new(
            ExprKind::ArrayType {
                len: len.map(Box::new),
                elem: Box::new(elem),
            },
            pos,
        )
    }

    /// After `[]`.
    fn slice_type(&mut self, pos: Pos) -> Expr {
        let elem = self.type_();
        Expr::new(
            ExprKind::SliceType {
                elem: Box::new(elem),
            },
            pos,
        )
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("missing channel element type");
                bad
            }
        }
    }

    fn struct_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Token::Struct);
        self.want(Token::Lbrace);
        let mut fields = Vec::new();
        self.list("struct type", Token::Semi, Token::Rbrace, |p| {
            p.field_decl(&mut fields);
            false
        });
        Expr::new(
            ExprKind::StructType {
                fields: exact(fields),
            },
            pos,
        )
    }

    fn interface_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Token::Interface);
        self.want(Token::Lbrace);
        let mut elems = Vec::new();
        self.list("interface type", Token::Semi, Token::Rbrace, |p| {
            let f = if p.tok() == Token::Name {
                Some(p.method_decl())
            } else {
                None
            };
            let f = match f {
                Some(f) if f.name.is_some() => f,
                Some(mut f) => {
                    f.typ = p.embedded_union(f.typ);
                    f
                }
                None => {
                    let term = p.embedded_term();
                    Field {
                        name: None,
                        typ: p.embedded_union(term),
                        tag: None,
                    }
                }
            };
            elems.push(f);
            false
        });
        Expr::new(
            ExprKind::InterfaceType {
                elems: exact(elems),
            },
            pos,
        )
    }

    /// Result = Parameters | Type.
    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Token::Lparen) {
            return self.param_list(None, None, Token::Rparen, false, false);
        }
        match self.type_or_nil() {
            Some(typ) => vec![Field {
                name: None,
                typ,
                tag: None,
            }],
            None => Vec::new(),
        }
    }

    /// A struct field declaration: `a, b T tag`, `T tag`, `*T tag`, `p.T[A] tag`.
    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        let pos = self.pos();
        match self.tok() {
            Token::Name => {
                let name = self.name();
                if matches!(
                    self.tok(),
                    Token::Dot | Token::Literal | Token::Semi | Token::Rbrace
                ) {
                    // embedded type
                    let typ = self.qualified_name(Some(name));
                    let tag = self.tag();
                    fields.push(Field {
                        name: None,
                        typ,
                        tag,
                    });
                    return;
                }
                let names = self.name_list(name);
                let typ = if names.len() == 1 && self.tok() == Token::Lbrack {
                    match self.array_or_type_args() {
                        ArrayOrTypeArgs::Type(t) => t,
                        ArrayOrTypeArgs::TypeArgs(lbrack, index) => {
                            // embedded instantiated type T[A, B]
                            let x = name_expr(names[0].clone());
                            let typ = Expr::new(
                                ExprKind::Index {
                                    x: Box::new(x),
                                    index: Box::new(index),
                                },
                                lbrack,
                            );
                            let tag = self.tag();
                            fields.push(Field {
                                name: None,
                                typ,
                                tag,
                            });
                            return;
                        }
                    }
                } else {
                    self.type_()
                };
                let tag = self.tag();
                for name in names {
                    fields.push(Field {
                        name: Some(name),
                        typ: typ.clone(),
                        tag: tag.clone(),
                    });
                }
            }
            Token::Star => {
                self.next();
                let typ = if self.tok() == Token::Lparen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let t = self.qualified_name(None);
                    self.got(Token::Rparen);
                    t
                } else {
                    self.qualified_name(None)
                };
                let tag = self.tag();
                let typ = Expr::new(
                    ExprKind::Unary {
                        op: Operator::Mul,
                        x: Box::new(typ),
                    },
                    pos,
                );
                fields.push(Field {
                    name: None,
                    typ,
                    tag,
                });
            }
            Token::Lparen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let typ = if self.tok() == Token::Star {
                    let star = self.pos();
                    self.next();
                    let t = self.qualified_name(None);
                    Expr::new(
                        ExprKind::Unary {
                            op: Operator::Mul,
                            x: Box::new(t),
                        },
                        star,
                    )
                } else {
                    self.qualified_name(None)
                };
                self.got(Token::Rparen);
                let tag = self.tag();
                fields.push(Field {
                    name: None,
                    typ,
                    tag,
                });
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(TokenSet::of(&[Token::Semi, Token::Rbrace]));
            }
        }
    }

    /// An optional struct tag (any literal is accepted here, as Go does).
    fn tag(&mut self) -> Option<String> {
        if self.tok() != Token::Literal {
            return None;
        }
        let text = self.lx.lit().into_owned();
        self.next();
        Some(text)
    }

    /// After a name in a field or parameter: `[n]E`, `[]E` or type arguments `[A, B]`.
    fn array_or_type_args(&mut self) -> ArrayOrTypeArgs {
        let pos = self.pos();
        self.want(Token::Lbrack);
        if self.got(Token::Rbrack) {
            return ArrayOrTypeArgs::Type(self.slice_type(pos));
        }
        let (n, comma) = self.type_list(false);
        self.want(Token::Rbrack);
        if !comma && let Some(elem) = self.type_or_nil() {
            let kind = ExprKind::ArrayType {
                len: Some(Box::new(n)),
                elem: Box::new(elem),
            };
            return ArrayOrTypeArgs::Type(Expr::new(kind, pos));
        }
        ArrayOrTypeArgs::TypeArgs(pos, n)
    }

    /// An interface element starting with a name: a method or an embedded type.
    fn method_decl(&mut self) -> Field {
        let name = self.name();
        const CONTEXT: &str = "interface method";
        match self.tok() {
            Token::Lparen => self.method(name, CONTEXT),
            Token::Lbrack => {
                // a generic method m[T C](x T), or an embedded instance T[A, B]
                let lbrack = self.pos();
                self.next();
                if self.tok() == Token::Rbrack {
                    let rbrack = self.pos();
                    self.next();
                    if self.tok() == Token::Lparen {
                        self.error_at(rbrack, "empty type parameter list");
                        return self.method(name, CONTEXT);
                    }
                    self.error_at(rbrack, "empty type argument list");
                    return Field {
                        name: None,
                        typ: name_expr(name),
                        tag: None,
                    };
                }
                let list = self.param_list(None, None, Token::Rbrack, false, false);
                if list.is_empty() {
                    if self.tok() == Token::Lparen {
                        return self.method(name, CONTEXT);
                    }
                    return Field {
                        name: None,
                        typ: name_expr(name),
                        tag: None,
                    };
                }
                if list[0].name.is_some() {
                    let f = self.method(name, CONTEXT);
                    self.error_at(lbrack, "interface method must have no type parameters");
                    return f;
                }
                let index = if list.len() == 1 {
                    list.into_iter()
                        .next()
                        .map(|f| f.typ)
                        .unwrap_or_else(|| Expr::new(ExprKind::Bad, lbrack))
                } else {
                    let pos = list[0].typ.pos;
                    Expr::new(
                        ExprKind::ListExpr(list.into_iter().map(|f| f.typ).collect()),
                        pos,
                    )
                };
                let x = name_expr(name);
                let typ = Expr::new(
                    ExprKind::Index {
                        x: Box::new(x),
                        index: Box::new(index),
                    },
                    lbrack,
                );
                Field {
                    name: None,
                    typ,
                    tag: None,
                }
            }
            _ => {
                let typ = self.qualified_name(Some(name));
                Field {
                    name: None,
                    typ,
                    tag: None,
                }
            }
        }
    }

    fn method(&mut self, name: Ident, context: &str) -> Field {
        let (_, sig) = self.func_type(context);
        let pos = sig.pos;
        Field {
            name: Some(name),
            typ: Expr::new(ExprKind::FuncType(Box::new(sig)), pos),
            tag: None,
        }
    }

    /// `first { "|" term }`.
    fn embedded_union(&mut self, first: Expr) -> Expr {
        let mut x = first;
        let mut levels = 0;
        while self.is_op(Operator::Or) {
            levels += 1;
            if !self.enter() {
                break;
            }
            let pos = self.pos();
            self.next();
            let y = self.embedded_term();
            x = Expr::new(
                ExprKind::Binary {
                    op: Operator::Or,
                    x: Box::new(x),
                    y: Box::new(y),
                },
                pos,
            );
        }
        self.depth -= levels;
        x
    }

    /// `[ "~" ] Type`.
    fn embedded_term(&mut self) -> Expr {
        if self.is_op(Operator::Tilde) {
            let pos = self.pos();
            self.next();
            let t = self.type_();
            return Expr::new(
                ExprKind::Unary {
                    op: Operator::Tilde,
                    x: Box::new(t),
                },
                pos,
            );
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let bad = self.bad_expr();
                self.syntax_error("expected ~ term or type");
                self.advance(TokenSet::of(&[
                    Token::Operator,
                    Token::Semi,
                    Token::Rparen,
                    Token::Rbrack,
                    Token::Rbrace,
                ]));
                bad
            }
        }
    }

    /// ParameterDecl = [ IdentifierList ] [ "..." ] Type (one name at a time).
    fn param_decl(&mut self, name: Option<Ident>, follow: Token) -> Option<Param> {
        // type set notation is allowed in type parameter lists
        let type_sets_ok = follow == Token::Rbrack;
        let mut pos = self.pos();
        if let Some(n) = &name {
            pos = n.pos;
        } else if type_sets_ok && self.is_op(Operator::Tilde) {
            let term = self.embedded_term();
            let typ = self.embedded_union(term);
            return Some(Param {
                pos,
                name: None,
                typ: Some(typ),
            });
        }

        let mut f = Param {
            pos,
            name: None,
            typ: None,
        };
        if self.tok() == Token::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };
            if self.tok() == Token::Lbrack {
                match self.array_or_type_args() {
                    ArrayOrTypeArgs::TypeArgs(lbrack, index) => {
                        let x = name_expr(name);
                        f.typ = Some(Expr::new(
                            ExprKind::Index {
                                x: Box::new(x),
                                index: Box::new(index),
                            },
                            lbrack,
                        ));
                    }
                    ArrayOrTypeArgs::Type(t) => {
                        f.typ = Some(t);
                        f.name = Some(name);
                    }
                }
                if type_sets_ok && self.is_op(Operator::Or) {
                    f.typ = f.typ.map(|t| self.embedded_union(t));
                }
                return Some(f);
            }
            if self.tok() == Token::Dot {
                let t = self.qualified_name(Some(name));
                f.typ = Some(if type_sets_ok && self.is_op(Operator::Or) {
                    self.embedded_union(t)
                } else {
                    t
                });
                return Some(f);
            }
            if type_sets_ok && self.is_op(Operator::Or) {
                f.typ = Some(self.embedded_union(name_expr(name)));
                return Some(f);
            }
            f.name = Some(name);
        }

        if self.tok() == Token::DotDotDot {
            let dots = self.pos();
            self.next();
            match self.type_or_nil() {
                Some(elem) => {
                    f.typ = Some(Expr::new(
                        ExprKind::DotsType {
                            elem: Box::new(elem),
                        },
                        dots,
                    ))
                }
                None => {
                    f.typ = Some(self.bad_expr());
                    self.syntax_error("... is missing type");
                }
            }
            return Some(f);
        }

        if type_sets_ok && self.is_op(Operator::Tilde) {
            let term = self.embedded_term();
            f.typ = Some(self.embedded_union(term));
            return Some(f);
        }

        f.typ = self.type_or_nil();
        if type_sets_ok
            && self.is_op(Operator::Or)
            && let Some(t) = f.typ.take()
        {
            f.typ = Some(self.embedded_union(t));
        }
        if f.name.is_some() || f.typ.is_some() {
            return Some(f);
        }

        self.syntax_error(&format!("expected {}", follow.describe()));
        self.advance(TokenSet::of(&[Token::Comma, follow]));
        None
    }

    /// A parameter list after `(` or `[`. `name` (and `typ`) may hold an already parsed
    /// first parameter. Names and types are distributed as Go does (`a, b int`), and
    /// missing names or types are reported.
    fn param_list(
        &mut self,
        name: Option<Ident>,
        typ: Option<Expr>,
        close: Token,
        require_names: bool,
        dots_ok: bool,
    ) -> Vec<Field> {
        if let (Some(n), Some(t)) = (&name, &typ)
            && self.tok() == close
        {
            self.next();
            return vec![Field {
                name: Some(n.clone()),
                typ: t.clone(),
                tag: None,
            }];
        }

        let mut first_name = name;
        let mut first_type = typ;
        let mut list: Vec<Param> = Vec::new();
        let mut named = 0;
        let mut typed = 0;
        let end = self.list("parameter list", Token::Comma, close, |p| {
            let par = if first_type.is_some() {
                let n = first_name.take();
                Some(Param {
                    pos: n.as_ref().map_or(p.pos(), |n| n.pos),
                    name: n,
                    typ: first_type.take(),
                })
            } else {
                p.param_decl(first_name.take(), close)
            };
            if let Some(par) = par {
                if par.name.is_some() && par.typ.is_some() {
                    named += 1;
                }
                if par.typ.is_some() {
                    typed += 1;
                }
                list.push(par);
            }
            false
        });

        if list.is_empty() {
            return Vec::new();
        }

        if named == 0 && !require_names {
            // all unnamed: the names found are type names
            for par in &mut list {
                if let Some(n) = par.name.take() {
                    par.typ = Some(name_expr(n));
                }
            }
        } else if named != list.len() {
            // some named, or a type parameter list: all must be named
            let mut err_pos: Option<Pos> = None;
            let mut typ: Option<Expr> = None;
            for par in list.iter_mut().rev() {
                if let Some(t) = &par.typ {
                    typ = Some(t.clone());
                    if par.name.is_none() {
                        let p = t.start_pos();
                        err_pos = Some(p);
                        par.name = Some(Ident {
                            name: self.names.intern("_"),
                            pos: p,
                        });
                    }
                } else if let Some(t) = &typ {
                    par.typ = Some(t.clone());
                } else {
                    let p = par.name.as_ref().map_or(par.pos, |n| n.pos);
                    err_pos = Some(p);
                    par.typ = Some(Expr::new(ExprKind::Bad, p));
                }
            }
            if let Some(mut pos) = err_pos {
                let msg = if named == typed {
                    pos = end;
                    if require_names {
                        "missing type constraint".to_string()
                    } else {
                        "missing parameter type".to_string()
                    }
                } else if require_names {
                    if list.len() == 1 {
                        "missing type parameter name or invalid array length".to_string()
                    } else {
                        "missing type parameter name".to_string()
                    }
                } else {
                    "missing parameter name".to_string()
                };
                self.syntax_error_at(pos, &msg);
            }
        }

        // check the use of ...
        let count = list.len();
        let mut first = true;
        let mut fields = Vec::with_capacity(count);
        for (i, par) in list.into_iter().enumerate() {
            let mut typ = par.typ.unwrap_or_else(|| Expr::new(ExprKind::Bad, par.pos));
            if (!dots_ok || i + 1 < count)
                && let ExprKind::DotsType { .. } = typ.kind
            {
                if first {
                    first = false;
                    let msg = if dots_ok {
                        "can only use ... with final parameter"
                    } else {
                        "invalid use of ..."
                    };
                    self.error_at(typ.pos, msg);
                }
                if let ExprKind::DotsType { elem } = typ.kind {
                    typ = *elem;
                }
            }
            fields.push(Field {
                name: par.name,
                typ,
                tag: None,
            });
        }
        exact(fields)
    }

    // ---- statements -------------------------------------------------------------------

    /// SimpleStmt, or a range clause when `keyword` is `for`. `lhs` may be already parsed.
    fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<Token>) -> Simple {
        if keyword == Some(Token::For) && self.tok() == Token::Range {
            return self.range_clause(Vec::new(), false);
        }
        let mut lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };

        if lhs.len() == 1 && self.tok() != Token::Assign && self.tok() != Token::Define {
            let pos = self.pos();
            let x = lhs.pop().unwrap_or_else(|| Expr::new(ExprKind::Bad, pos));
            let kind = match self.tok() {
                Token::AssignOp => {
                    let op = self.lx.op;
                    self.next();
                    let rhs = self.expr();
                    StmtKind::Assign {
                        op: AssignOp::Op(op),
                        lhs: vec![x],
                        rhs: vec![rhs],
                    }
                }
                Token::IncOp => {
                    let op = self.lx.op;
                    self.next();
                    StmtKind::Assign {
                        op: AssignOp::Op(op),
                        lhs: vec![x],
                        rhs: Vec::new(),
                    }
                }
                Token::Arrow => {
                    self.next();
                    let value = self.expr();
                    StmtKind::Send { chan: x, value }
                }
                _ => {
                    let pos = x.pos;
                    return Simple::Stmt(Stmt {
                        kind: StmtKind::Expr(x),
                        pos,
                    });
                }
            };
            return Simple::Stmt(Stmt { kind, pos });
        }

        match self.tok() {
            Token::Assign | Token::Define => {
                let pos = self.pos();
                let define = self.tok() == Token::Define;
                self.next();
                if keyword == Some(Token::For) && self.tok() == Token::Range {
                    return self.range_clause(lhs, define);
                }
                let mut rhs = self.expr_list();
                if keyword == Some(Token::Switch)
                    && define
                    && rhs.len() == 1
                    && lhs.len() == 1
                    && matches!(rhs[0].kind, ExprKind::TypeSwitchGuard { .. })
                    && let ExprKind::Name(name) = &lhs[0].kind
                {
                    // switch … v := x.(type)
                    let ident = Ident {
                        name: name.clone(),
                        pos: lhs[0].pos,
                    };
                    let mut guard = rhs.remove(0);
                    if let ExprKind::TypeSwitchGuard { lhs, .. } = &mut guard.kind {
                        *lhs = Some(ident);
                    }
                    let pos = guard.pos;
                    return Simple::Stmt(Stmt {
                        kind: StmtKind::Expr(guard),
                        pos,
                    });
                }
                let op = if define {
                    AssignOp::Define
                } else {
                    AssignOp::Assign
                };
                Simple::Stmt(Stmt {
                    kind: StmtKind::Assign { op, lhs, rhs },
                    pos,
                })
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(TokenSet::of(&[Token::Semi, Token::Rbrace]));
                let x = lhs.into_iter().next().unwrap_or_else(|| self.bad_expr());
                let pos = x.pos;
                Simple::Stmt(Stmt {
                    kind: StmtKind::Expr(x),
                    pos,
                })
            }
        }
    }

    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> Simple {
        let pos = self.pos();
        self.next(); // range
        let x = self.expr();
        Simple::Range {
            pos,
            lhs,
            define,
            x,
        }
    }

    /// After a label name, at the `:`.
    fn labeled_stmt(&mut self, label: Ident) -> Option<Stmt> {
        let pos = self.pos();
        self.want(Token::Colon);
        if self.tok() == Token::Rbrace {
            // a label before `}` labels an empty statement
            let empty = Stmt {
                kind: StmtKind::Empty,
                pos: self.pos(),
            };
            return Some(Stmt {
                kind: StmtKind::Labeled {
                    label,
                    stmt: Box::new(empty),
                },
                pos,
            });
        }
        match self.stmt_or_nil() {
            Some(s) => Some(Stmt {
                kind: StmtKind::Labeled {
                    label,
                    stmt: Box::new(s),
                },
                pos,
            }),
            None => {
                self.syntax_error_at(pos, "missing statement after label");
                None
            }
        }
    }

    /// `{ stmts }`; `context` names what the block belongs to in errors.
    fn block(&mut self, context: &str) -> Block {
        let lbrace = self.pos();
        if !self.got(Token::Lbrace) {
            self.syntax_error(&format!("expected {{ after {context}"));
            self.advance(TokenSet::of(&[Token::Name, Token::Rbrace]));
            let rbrace = self.pos();
            if self.got(Token::Rbrace) {
                return Block {
                    stmts: Vec::new(),
                    lbrace,
                    rbrace,
                };
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.pos();
        self.want(Token::Rbrace);
        Block {
            stmts,
            lbrace,
            rbrace,
        }
    }

    fn decl_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let kind = self.tok();
        self.next();
        let mut decls = Vec::new();
        let mut imports = Vec::new();
        self.decl_group(kind, &mut decls, &mut imports);
        Stmt {
            kind: StmtKind::Decl(decls),
            pos,
        }
    }

    fn for_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let (init, cond, post) = self.header(Token::For);
        let body = self.block("for clause");
        let kind = match init {
            Some(Simple::Range {
                pos: range_pos,
                lhs,
                define,
                x,
            }) => StmtKind::Range {
                lhs,
                define,
                x,
                body,
                range_pos,
            },
            init => StmtKind::For {
                init: init.map(|s| Box::new(s.into_stmt())),
                cond,
                post: post.map(Box::new),
                body,
            },
        };
        Stmt { kind, pos }
    }

    /// The header of `if`, `for` or `switch`: `[init ;] cond`, or `init; cond; post` for
    /// `for`, or a range clause. Composite literals are not allowed at the top level here.
    fn header(&mut self, keyword: Token) -> (Option<Simple>, Option<Expr>, Option<Stmt>) {
        self.want(keyword);
        if self.tok() == Token::Lbrace {
            if keyword == Token::If {
                self.syntax_error("missing condition in if statement");
                return (None, Some(self.bad_expr()), None);
            }
            return (None, None, None);
        }

        let outer = self.xnest;
        self.xnest = -1;

        let mut init = None;
        if self.tok() != Token::Semi {
            // accept a var declaration but complain
            if self.got(Token::Var) {
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    keyword.as_str()
                ));
            }
            let s = self.simple_stmt(None, Some(keyword));
            if matches!(s, Simple::Range { .. }) {
                self.xnest = outer;
                return (Some(s), None, None);
            }
            init = Some(s);
        }

        let mut cond_stmt: Option<Simple> = None;
        let mut post = None;
        let mut semi: Option<(Pos, SemiKind)> = None;
        if self.tok() != Token::Lbrace {
            if self.tok() == Token::Semi {
                semi = Some((self.pos(), self.lx.semi));
                self.next();
            } else {
                // asking for a '{' rather than a ';' here gives a better error message
                self.want(Token::Lbrace);
                if self.tok() != Token::Lbrace {
                    self.advance(TokenSet::of(&[Token::Lbrace, Token::Rbrace]));
                }
            }
            if keyword == Token::For {
                let mut missing_cond = false;
                if self.tok() != Token::Semi {
                    if self.tok() == Token::Lbrace {
                        self.syntax_error("expected for loop condition");
                        missing_cond = true;
                    } else {
                        cond_stmt = Some(self.simple_stmt(None, None));
                    }
                }
                if !missing_cond {
                    self.want(Token::Semi);
                    if self.tok() != Token::Lbrace {
                        let s = self.simple_stmt(None, None).into_stmt();
                        if let StmtKind::Assign {
                            op: AssignOp::Define,
                            ..
                        } = s.kind
                        {
                            self.syntax_error_at(
                                s.pos,
                                "cannot declare in post statement of for loop",
                            );
                        }
                        post = Some(s);
                    }
                }
            } else if self.tok() != Token::Lbrace {
                cond_stmt = Some(self.simple_stmt(None, Some(keyword)));
            }
        } else {
            cond_stmt = init.take();
        }

        let cond = match cond_stmt {
            None => {
                if keyword == Token::If
                    && let Some((pos, kind)) = semi
                {
                    if kind != SemiKind::Semicolon {
                        let msg =
                            format!("unexpected {}, expected {{ after if clause", kind.as_str());
                        self.syntax_error_at(pos, &msg);
                    } else {
                        self.syntax_error_at(pos, "missing condition in if statement");
                    }
                    Some(Expr::new(ExprKind::Bad, pos))
                } else {
                    None
                }
            }
            Some(Simple::Stmt(Stmt {
                kind: StmtKind::Expr(x),
                ..
            })) => Some(x),
            Some(other) => {
                let pos = other.pos();
                let text = match &other {
                    Simple::Stmt(Stmt {
                        kind:
                            StmtKind::Assign {
                                op: AssignOp::Assign,
                                lhs,
                                rhs,
                            },
                        ..
                    }) => {
                        format!("assignment {} = {}", emphasize(lhs), emphasize(rhs))
                    }
                    Simple::Stmt(s) => stmt_string(s),
                    Simple::Range { lhs, define, x, .. } => {
                        let mut t = String::new();
                        if !lhs.is_empty() {
                            t = format!(
                                "{} {} ",
                                list_string(lhs),
                                if *define { ":=" } else { "=" }
                            );
                        }
                        format!("{t}range {}", expr_string(x))
                    }
                };
                self.syntax_error_at(pos, &format!("cannot use {text} as value"));
                None
            }
        };

        self.xnest = outer;
        (init, cond, post)
    }

    fn if_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let (init, cond, _) = self.header(Token::If);
        let then = self.block("if clause");
        let mut els = None;
        if self.got(Token::Else) {
            match self.tok() {
                Token::If => {
                    // an else-if chain nests in the tree: it counts as nesting
                    if self.enter() {
                        els = Some(Box::new(self.if_stmt()));
                    }
                    self.leave();
                }
                Token::Lbrace => {
                    let b = self.block("");
                    els = Some(Box::new(Stmt {
                        pos: b.lbrace,
                        kind: StmtKind::Block(b),
                    }));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(TokenSet::of(&[Token::Name, Token::Rbrace]));
                }
            }
        }
        let cond = cond.unwrap_or_else(|| Expr::new(ExprKind::Bad, pos));
        let init = init.map(|s| Box::new(s.into_stmt()));
        Stmt {
            kind: StmtKind::If {
                init,
                cond,
                then,
                els,
            },
            pos,
        }
    }

    fn switch_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let (init, tag, _) = self.header(Token::Switch);
        if !self.got(Token::Lbrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(TokenSet::of(&[Token::Case, Token::Default, Token::Rbrace]));
        }
        let mut clauses = Vec::new();
        while self.tok() != Token::Eof && self.tok() != Token::Rbrace {
            clauses.push(self.case_clause());
        }
        let rbrace = self.pos();
        self.want(Token::Rbrace);
        let init = init.map(|s| Box::new(s.into_stmt()));
        Stmt {
            kind: StmtKind::Switch {
                init,
                tag,
                clauses: exact(clauses),
                rbrace,
            },
            pos,
        }
    }

    fn select_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        self.want(Token::Select);
        if !self.got(Token::Lbrace) {
            self.syntax_error("missing { after select clause");
            self.advance(TokenSet::of(&[Token::Case, Token::Default, Token::Rbrace]));
        }
        let mut clauses = Vec::new();
        while self.tok() != Token::Eof && self.tok() != Token::Rbrace {
            clauses.push(self.comm_clause());
        }
        let rbrace = self.pos();
        self.want(Token::Rbrace);
        Stmt {
            kind: StmtKind::Select { clauses, rbrace },
            pos,
        }
    }

    fn case_clause(&mut self) -> CaseClause {
        let pos = self.pos();
        let mut cases = Vec::new();
        let mut is_default = false;
        match self.tok() {
            Token::Case => {
                self.next();
                cases = self.expr_list();
            }
            Token::Default => {
                self.next();
                is_default = true;
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(TokenSet::of(&[
                    Token::Colon,
                    Token::Case,
                    Token::Default,
                    Token::Rbrace,
                ]));
            }
        }
        let colon = self.pos();
        self.want(Token::Colon);
        let body = self.stmt_list();
        CaseClause {
            cases,
            is_default,
            body,
            pos,
            colon,
        }
    }

    fn comm_clause(&mut self) -> CommClause {
        let pos = self.pos();
        let mut comm = None;
        match self.tok() {
            Token::Case => {
                self.next();
                comm = Some(Box::new(self.simple_stmt(None, None).into_stmt()));
            }
            Token::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(TokenSet::of(&[
                    Token::Colon,
                    Token::Case,
                    Token::Default,
                    Token::Rbrace,
                ]));
            }
        }
        let colon = self.pos();
        self.want(Token::Colon);
        let body = self.stmt_list();
        CommClause {
            comm,
            body,
            pos,
            colon,
        }
    }

    /// A statement, or `None` if none starts here.
    fn stmt_or_nil(&mut self) -> Option<Stmt> {
        if !self.enter() {
            self.leave();
            return None;
        }
        let s = self.stmt_or_nil_inner();
        self.leave();
        s
    }

    fn stmt_or_nil_inner(&mut self) -> Option<Stmt> {
        // most statements start with a name; look for it first
        if self.tok() == Token::Name {
            let lhs = self.expr_list();
            if self.tok() == Token::Colon
                && lhs.len() == 1
                && let ExprKind::Name(name) = &lhs[0].kind
            {
                let label = Ident {
                    name: name.clone(),
                    pos: lhs[0].pos,
                };
                return self.labeled_stmt(label);
            }
            return Some(self.simple_stmt(Some(lhs), None).into_stmt());
        }

        let pos = self.pos();
        match self.tok() {
            Token::Var | Token::Const | Token::Type => Some(self.decl_stmt()),
            Token::Lbrace => {
                let b = self.block("");
                Some(Stmt {
                    pos: b.lbrace,
                    kind: StmtKind::Block(b),
                })
            }
            Token::Operator | Token::Star => match self.lx.op {
                Operator::Add
                | Operator::Sub
                | Operator::Mul
                | Operator::And
                | Operator::Xor
                | Operator::Not => Some(self.simple_stmt(None, None).into_stmt()),
                _ => None,
            },
            Token::Literal
            | Token::Func
            | Token::Lparen
            | Token::Lbrack
            | Token::Struct
            | Token::Map
            | Token::Chan
            | Token::Interface
            | Token::Arrow => Some(self.simple_stmt(None, None).into_stmt()),
            Token::For => Some(self.for_stmt()),
            Token::Switch => Some(self.switch_stmt()),
            Token::Select => Some(self.select_stmt()),
            Token::If => Some(self.if_stmt()),
            Token::Fallthrough => {
                self.next();
                Some(Stmt {
                    kind: StmtKind::Branch {
                        kind: BranchKind::Fallthrough,
                        label: None,
                    },
                    pos,
                })
            }
            Token::Break | Token::Continue => {
                let kind = if self.tok() == Token::Break {
                    BranchKind::Break
                } else {
                    BranchKind::Continue
                };
                self.next();
                let label = if self.tok() == Token::Name {
                    Some(self.name())
                } else {
                    None
                };
                Some(Stmt {
                    kind: StmtKind::Branch { kind, label },
                    pos,
                })
            }
            Token::Go | Token::Defer => Some(self.call_stmt()),
            Token::Goto => {
                self.next();
                let label = Some(self.name());
                Some(Stmt {
                    kind: StmtKind::Branch {
                        kind: BranchKind::Goto,
                        label,
                    },
                    pos,
                })
            }
            Token::Return => {
                self.next();
                let mut results = Vec::new();
                if self.tok() != Token::Semi && self.tok() != Token::Rbrace {
                    results = self.expr_list();
                }
                Some(Stmt {
                    kind: StmtKind::Return { results },
                    pos,
                })
            }
            Token::Semi => Some(Stmt {
                kind: StmtKind::Empty,
                pos,
            }),
            _ => None,
        }
    }

    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut list = self.stmt_scratch.take();
        while !matches!(
            self.tok(),
            Token::Eof | Token::Rbrace | Token::Case | Token::Default
        ) {
            let Some(s) = self.stmt_or_nil() else {
                break;
            };
            list.push(s);
            // ";" is optional before "}"
            if !self.got(Token::Semi) && self.tok() != Token::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(TokenSet::of(&[
                    Token::Semi,
                    Token::Rbrace,
                    Token::Case,
                    Token::Default,
                ]));
                self.got(Token::Semi);
            }
        }
        self.stmt_scratch.finish(list)
    }

    /// Call arguments after `(`, up to and including `)`.
    fn arg_list(&mut self) -> (Vec<Expr>, bool) {
        let mut list = Vec::new();
        let mut has_dots = false;
        self.xnest += 1;
        self.list("argument list", Token::Comma, Token::Rparen, |p| {
            list.push(p.expr());
            has_dots = p.got(Token::DotDotDot);
            has_dots
        });
        self.xnest -= 1;
        (exact(list), has_dots)
    }

    // ---- common productions -----------------------------------------------------------

    fn name(&mut self) -> Ident {
        if self.tok() == Token::Name {
            let id = Ident {
                name: self.names.intern_bytes(self.lx.lit_bytes()),
                pos: self.pos(),
            };
            self.next();
            return id;
        }
        let id = Ident {
            name: self.names.intern("_"),
            pos: self.pos(),
        };
        self.syntax_error("expected name");
        self.advance(TokenSet::EMPTY);
        id
    }

    fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut list = vec![first];
        while self.got(Token::Comma) {
            list.push(self.name());
        }
        exact(list)
    }

    /// `name`, `pkg.name`, optionally instantiated: `name[A, B]`.
    fn qualified_name(&mut self, name: Option<Ident>) -> Expr {
        let mut x = match name {
            Some(n) => name_expr(n),
            None if self.tok() == Token::Name => {
                let n = self.name();
                name_expr(n)
            }
            None => {
                let x = Expr::new(ExprKind::Name(self.names.intern("_")), self.pos());
                self.syntax_error("expected name");
                self.advance(TokenSet::of(&[Token::Dot, Token::Semi, Token::Rbrace]));
                x
            }
        };
        if self.tok() == Token::Dot {
            let pos = self.pos();
            self.next();
            let sel = self.name();
            x = Expr::new(
                ExprKind::Selector {
                    x: Box::new(x),
                    sel,
                },
                pos,
            );
        }
        if self.tok() == Token::Lbrack {
            x = self.type_instance(x);
        }
        x
    }

    fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.got(Token::Comma) {
            list.push(self.expr());
        }
        exact(list)
    }

    /// A non-empty list of types (or, unless `strict`, an expression first), with an
    /// optional trailing comma. Several elements form a [`ExprKind::ListExpr`].
    fn type_list(&mut self, strict: bool) -> (Expr, bool) {
        self.xnest += 1;
        let mut x = if strict { self.type_() } else { self.expr() };
        let mut comma = false;
        if self.got(Token::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                let pos = x.pos;
                let mut list = vec![x, t];
                while self.got(Token::Comma) {
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
                x = Expr::new(ExprKind::ListExpr(list), pos);
            }
        }
        self.xnest -= 1;
        (x, comma)
    }
}

/// `v` without spare capacity. Syntax trees are large and long-lived; lists are short, and
/// a vector's first allocation holds 4 elements, so trimming saves about a third of the
/// tree's memory (and the time to fault it in).
fn exact<T>(mut v: Vec<T>) -> Vec<T> {
    v.shrink_to_fit();
    v
}

fn name_expr(id: Ident) -> Expr {
    Expr::new(ExprKind::Name(id.name), id.pos)
}

/// `x` without enclosing parentheses.
fn unparen(mut x: Expr) -> Expr {
    while let ExprKind::Paren(inner) = x.kind {
        x = *inner;
    }
    x
}

/// Whether `x` must be a value, not a type (Go's `isValue`).
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit { .. }
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::TypeSwitchGuard { .. }
        | ExprKind::Call { .. } => true,
        ExprKind::Unary { op, .. } => *op != Operator::Mul,
        ExprKind::Binary { .. } => true,
        ExprKind::Paren(inner) => is_value(inner),
        ExprKind::Index { x, index } => is_value(x) || is_value(index),
        _ => false,
    }
}

/// Whether `x` is syntactically a type element, not possibly a value (Go's `isTypeElem`).
fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType { .. }
        | ExprKind::SliceType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => true,
        ExprKind::Unary { op, x } => *op == Operator::Tilde || is_type_elem(x),
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        ExprKind::Paren(inner) => is_type_elem(inner),
        _ => false,
    }
}

/// Splits `name type-expr` (Go's `extractName`), deciding between a type parameter list and
/// an array length in `type T[...]`.
fn extract_name(x: Expr, force: bool) -> Extracted {
    let pos = x.pos;
    match x.kind {
        ExprKind::Name(n) => Extracted::Split(Ident { name: n, pos }, None),
        ExprKind::Binary {
            op: Operator::Mul,
            x: lhs,
            y,
        } if matches!(lhs.kind, ExprKind::Name(_)) && (force || is_type_elem(&y)) => {
            let name = match lhs.kind {
                ExprKind::Name(n) => Ident {
                    name: n,
                    pos: lhs.pos,
                },
                _ => Ident {
                    name: Name::from("_"),
                    pos: lhs.pos,
                },
            };
            Extracted::Split(
                name,
                Some(Expr::new(
                    ExprKind::Unary {
                        op: Operator::Mul,
                        x: y,
                    },
                    pos,
                )),
            )
        }
        ExprKind::Binary {
            op: Operator::Or,
            x: lhs,
            y,
        } => {
            let force_lhs = force || is_type_elem(&y);
            match extract_name(*lhs, force_lhs) {
                Extracted::Split(name, Some(l)) => {
                    let kind = ExprKind::Binary {
                        op: Operator::Or,
                        x: Box::new(l),
                        y,
                    };
                    Extracted::Split(name, Some(Expr::new(kind, pos)))
                }
                Extracted::Split(name, None) => {
                    let kind = ExprKind::Binary {
                        op: Operator::Or,
                        x: Box::new(name_expr(name)),
                        y,
                    };
                    Extracted::Whole(Expr::new(kind, pos))
                }
                Extracted::Whole(l) => Extracted::Whole(Expr::new(
                    ExprKind::Binary {
                        op: Operator::Or,
                        x: Box::new(l),
                        y,
                    },
                    pos,
                )),
            }
        }
        ExprKind::Call {
            fun,
            mut args,
            has_dots,
        } if matches!(fun.kind, ExprKind::Name(_))
            && args.len() == 1
            && !has_dots
            && (force || args.first().is_some_and(is_type_elem)) =>
        {
            let name = match fun.kind {
                ExprKind::Name(n) => Ident {
                    name: n,
                    pos: fun.pos,
                },
                _ => Ident {
                    name: Name::from("_"),
                    pos: fun.pos,
                },
            };
            let arg = args.pop().map(unparen);
            Extracted::Split(name, arg)
        }
        kind => Extracted::Whole(Expr::new(kind, pos)),
    }
}

/// An assignment side for `cannot use assignment ... as value`: a binary expression is
/// parenthesized to highlight the `=`.
fn emphasize(list: &[Expr]) -> String {
    let s = list_string(list);
    if list.len() == 1 && matches!(list[0].kind, ExprKind::Binary { .. }) {
        format!("({s})")
    } else {
        s
    }
}

fn list_string(list: &[Expr]) -> String {
    list.iter().map(expr_string).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first error for `src`, as `LINE:COL: message`.
    fn first_error(src: &str) -> String {
        match parse(src) {
            Ok(_) => "ok".to_string(),
            Err(d) => d.first().map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    fn in_main(body: &str) -> String {
        format!("package main\nfunc main() {{\n{body}\n}}\n")
    }

    fn type_decl(src: &str) -> TypeSpec {
        let file = parse(src).unwrap_or_else(|d| panic!("{:?}", d.first()));
        match file.decls.into_iter().next() {
            Some(Decl::Type(t)) => t,
            other => panic!("not a type declaration: {other:?}"),
        }
    }

    #[test]
    fn type_parameters_versus_array_lengths() {
        // `[N]T` with a constant length stays an array type
        let t = type_decl("package p\ntype A [N]int\n");
        assert!(t.type_params.is_empty());
        assert!(matches!(t.typ.kind, ExprKind::ArrayType { .. }));
        // `[P any]` is a type parameter list
        let t = type_decl("package p\ntype L[P any] []P\n");
        assert_eq!(t.type_params.len(), 1);
        // `[P *C]` is ambiguous: Go decides for an array length `P*C`...
        let t = type_decl("package p\ntype A [P *C]int\n");
        assert!(t.type_params.is_empty());
        // ...unless a comma or a type element follows
        let t = type_decl("package p\ntype L[P *C,] struct{}\n");
        assert_eq!(t.type_params.len(), 1);
        let t = type_decl("package p\ntype L[P *[]int] struct{}\n");
        assert_eq!(t.type_params.len(), 1);
        let t = type_decl("package p\ntype L[P ~int | string] struct{}\n");
        assert!(matches!(
            t.type_params[0].typ.kind,
            ExprKind::Binary {
                op: Operator::Or,
                ..
            }
        ));
    }

    #[test]
    fn const_groups_count_iota() {
        let file = parse("package p\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n)\nconst E = 3\n")
            .unwrap_or_else(|d| panic!("{:?}", d.first()));
        let specs: Vec<(u32, u32, usize)> = file
            .decls
            .iter()
            .filter_map(|d| match d {
                Decl::Const(c) => Some((c.iota, c.group, c.values.len())),
                _ => None,
            })
            .collect();
        assert_eq!(specs, vec![(0, 1, 1), (1, 1, 0), (2, 1, 2), (0, 2, 1)]);
    }

    #[test]
    fn syntax_error_messages() {
        assert_eq!(
            first_error(&in_main("x := [")),
            "4:1: syntax error: unexpected }, expected expression"
        );
        assert_eq!(
            first_error(&in_main("if x = 1 {}")),
            "3:6: syntax error: cannot use assignment x = 1 as value"
        );
        assert_eq!(
            first_error(&in_main("if a+b = c {}")),
            "3:8: syntax error: cannot use assignment (a + b) = c as value"
        );
        assert_eq!(
            first_error(&in_main("if x++ {}")),
            "3:5: syntax error: cannot use x++ as value"
        );
        assert_eq!(
            first_error(&in_main("x := <-chan<- int")),
            "3:18: syntax error: unexpected int, expected chan"
        );
        assert_eq!(first_error(&in_main("x := <-chan<- int(nil)")), "ok");
        assert_eq!(
            first_error(&in_main("if x {\n} else {\n}\nelse {}")),
            "6:1: syntax error: unexpected keyword else, expected }"
        );
        assert_eq!(
            first_error("package main\nvar x = 1 +"),
            "2:12: syntax error: unexpected EOF, expected expression"
        );
        assert_eq!(
            first_error("pkg main"),
            "1:1: syntax error: package statement must be first"
        );
        assert_eq!(
            first_error(&in_main("L:\n")),
            "3:1: label L defined and not used"
        );
    }

    #[test]
    fn one_syntax_error_per_line_in_reporting_order() {
        // Go reports the missing `)` at the end of the line first; the later error at the
        // start of the same line... is on another line here, so both are kept.
        let d = parse(&in_main("f(1 2\ng(")).err().map(|d| d.len());
        assert!(d.is_some_and(|n| n >= 1));
    }

    #[test]
    fn lexical_errors_are_not_fatal() {
        let outcome = parse_outcome(in_main("x := 08\n_ = x").as_bytes());
        assert!(!outcome.fatal);
        assert!(outcome.file.is_some());
        assert_eq!(outcome.diagnostics.len(), 1);
        let outcome = parse_outcome(in_main("x := (").as_bytes());
        assert!(outcome.fatal);
    }

    #[test]
    fn bad_literals_become_bad_expressions() {
        let outcome = parse_outcome(b"package p\nvar x = 08\n");
        let Some(file) = outcome.file else {
            panic!("no tree")
        };
        let Some(Decl::Var(v)) = file.decls.first() else {
            panic!("no var")
        };
        assert!(matches!(v.values[0].kind, ExprKind::Bad));
        assert_eq!(v.values[0].pos, Pos::new(2, 9));
    }

    #[test]
    fn receive_channel_types_are_reassociated() {
        let file = parse("package p\nvar c = make(<-chan chan int)\n")
            .unwrap_or_else(|d| panic!("{:?}", d.first()));
        let Some(Decl::Var(v)) = file.decls.first() else {
            panic!("no var")
        };
        let ExprKind::Call { args, .. } = &v.values[0].kind else {
            panic!("no call")
        };
        let ExprKind::ChanType { dir, elem } = &args[0].kind else {
            panic!("not a channel type: {:?}", args[0].kind)
        };
        assert_eq!(*dir, ChanDir::Recv);
        assert!(matches!(
            elem.kind,
            ExprKind::ChanType {
                dir: ChanDir::Both,
                ..
            }
        ));
    }

    #[test]
    fn value_and_type_element_predicates() {
        let name = Expr::new(ExprKind::Name("T".into()), Pos::new(1, 1));
        let call = Expr::new(
            ExprKind::Call {
                fun: Box::new(name.clone()),
                args: vec![],
                has_dots: false,
            },
            Pos::new(1, 2),
        );
        assert!(!is_value(&name));
        assert!(is_value(&call));
        let star = Expr::new(
            ExprKind::Unary {
                op: Operator::Mul,
                x: Box::new(name.clone()),
            },
            Pos::new(1, 1),
        );
        assert!(!is_value(&star));
        let slice = Expr::new(
            ExprKind::SliceType {
                elem: Box::new(name.clone()),
            },
            Pos::new(1, 1),
        );
        assert!(is_type_elem(&slice));
        assert!(!is_type_elem(&name));
    }
}
