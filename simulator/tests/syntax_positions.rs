//! Valid Go parses without error, and nodes carry the Go compiler's positions: a call at its
//! `(`, a selector at its `.`, a binary operation at its operator, an assignment at its
//! operator, a composite literal at its `{`, and so on.

use memsim::source::Pos;
use memsim::syntax::ast::*;
use memsim::syntax::parse_file;
use std::path::{Path, PathBuf};

/// The shared reference cases: beside the repository (CI) or in the workspace.
fn escape_cases_dir() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        manifest.join("../../shared/reference/escape-cases"),
        PathBuf::from("/work/shared/reference/escape-cases"),
    ]
    .into_iter()
    .find(|p| p.is_dir())
}

fn parse_ok(src: &str) -> File {
    match parse_file(src) {
        Ok(f) => f,
        Err(d) => panic!("unexpected errors: {:?}", d.sorted()),
    }
}

/// Position of the `nth` (0-based) occurrence of `needle` in `src`, plus `offset` bytes.
fn pos_of(src: &str, needle: &str, nth: usize, offset: usize) -> Pos {
    let at = src.match_indices(needle).nth(nth).map(|(i, _)| i + offset);
    let Some(at) = at else {
        panic!("{needle:?} #{nth} not in source")
    };
    let line = src[..at].matches('\n').count() + 1;
    let col = at - src[..at].rfind('\n').map_or(0, |i| i + 1) + 1;
    Pos::new(line as u32, col as u32)
}

fn func<'f>(file: &'f File, name: &str) -> &'f FuncDecl {
    file.decls
        .iter()
        .find_map(|d| match d {
            Decl::Func(f) if f.name.name == name => Some(f),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no func {name}"))
}

fn body_of(f: &FuncDecl) -> &[Stmt] {
    f.body
        .as_ref()
        .map(|b| b.stmts.as_slice())
        .unwrap_or_default()
}

#[test]
fn every_escape_case_parses() {
    let Some(dir) = escape_cases_dir() else {
        eprintln!("reference escape cases not found; skipping");
        return;
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "go"));
    paths.sort();
    assert!(!paths.is_empty());
    let mut failures = Vec::new();
    for p in &paths {
        let text = std::fs::read_to_string(p).unwrap_or_default();
        if let Err(d) = parse_file(&text) {
            failures.push(format!("{}: {:?}", p.display(), d.first()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn escape_case_positions() {
    let Some(dir) = escape_cases_dir() else {
        return;
    };
    let Ok(src) = std::fs::read_to_string(dir.join("01_return_addr.go")) else {
        return;
    };
    let file = parse_ok(&src);
    let f = func(&file, "newInt");
    let stmts = body_of(f);
    // x := 42 is an assignment at its operator
    assert_eq!(stmts[0].pos, pos_of(&src, ":= 42", 0, 0));
    // return &x: the statement at `return`, the unary & at its operator
    let StmtKind::Return { results } = &stmts[1].kind else {
        panic!("not a return")
    };
    assert_eq!(stmts[1].pos, pos_of(&src, "return &x", 0, 0));
    assert_eq!(results[0].pos, pos_of(&src, "&x", 0, 0));
    assert!(matches!(
        results[0].kind,
        ExprKind::Unary {
            op: Operator::And,
            ..
        }
    ));
    assert_eq!(f.pos, pos_of(&src, "func newInt", 0, 0));
}

const PROGRAM: &str = r#"package main

import (
	"fmt"
	e "errors"
)

type T struct {
	a, b int `tag:"x"`
	*T
}

type G[P any, Q ~int | string] []P

const (
	A = iota
	B
)

const C = 1

func (t *T) M(xs ...int) (n int, err error) {
	for i, x := range xs {
		n += i * x
	}
	return
}

func main() {
	t := &T{a: 1}
	fmt.Println(t.a, []int{1, 2}[1:2], e.New("x"))
	v, ok := any(t).(*T)
	_, _ = v, ok
	t.a++
	ch := make(chan int)
	go func() { ch <- 1 }()
L:
	for {
		select {
		case x := <-ch:
			_ = x
			break L
		}
	}
	switch y := any(1).(type) {
	case int:
		_ = y
	}
	if z := 1 + 2*3; z > 0 {
	}
	var g G[int, int]
	_ = g
}
"#;

#[test]
fn node_positions_follow_go() {
    let src = PROGRAM;
    let file = parse_ok(src);

    // imports
    assert_eq!(file.imports.len(), 2);
    assert_eq!(file.imports[0].path, "fmt");
    assert_eq!(
        file.imports[1].local_name.as_ref().map(|n| n.name.as_str()),
        Some("e")
    );
    assert_eq!(file.imports[1].path_pos, pos_of(src, "\"errors\"", 0, 0));

    // struct fields: a, b share the type and tag; *T is embedded at the `*`
    let Some(Decl::Type(t)) = file.decls.first() else {
        panic!("first decl is not a type")
    };
    let ExprKind::StructType { fields } = &t.typ.kind else {
        panic!("not a struct")
    };
    assert_eq!(fields.len(), 3);
    assert_eq!(fields[1].name.as_ref().map(|n| n.name.as_str()), Some("b"));
    assert_eq!(fields[1].tag.as_deref(), Some("`tag:\"x\"`"));
    assert!(fields[2].name.is_none());
    assert_eq!(fields[2].typ.pos, pos_of(src, "*T\n", 0, 0));

    // type parameters with a union constraint
    let Some(Decl::Type(g)) = file.decls.get(1) else {
        panic!("second decl is not a type")
    };
    assert_eq!(g.type_params.len(), 2);
    assert!(matches!(
        g.type_params[1].typ.kind,
        ExprKind::Binary {
            op: Operator::Or,
            ..
        }
    ));

    // const groups and iota
    let consts: Vec<&ConstSpec> = file
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Const(c) => Some(c),
            _ => None,
        })
        .collect();
    assert_eq!(consts.len(), 3);
    assert_eq!((consts[0].iota, consts[1].iota, consts[2].iota), (0, 1, 0));
    assert_eq!(consts[0].group, consts[1].group);
    assert_ne!(consts[1].group, consts[2].group);
    assert!(consts[1].values.is_empty());

    // method: receiver, variadic parameter, named results
    let m = func(&file, "M");
    assert!(m.recv.is_some());
    assert!(matches!(
        m.typ.params[0].typ.kind,
        ExprKind::DotsType { .. }
    ));
    assert_eq!(m.typ.results.len(), 2);
    // a function type's position is its `(` (Go's FuncType position)
    assert_eq!(m.typ.pos, pos_of(src, "(xs ...int)", 0, 0));
    let StmtKind::Range {
        range_pos, body, ..
    } = &body_of(m)[0].kind
    else {
        panic!("not a range loop")
    };
    assert_eq!(*range_pos, pos_of(src, "range xs", 0, 0));
    // n += i * x: assignment at `+=`, multiplication at `*`
    let StmtKind::Assign { op, rhs, .. } = &body.stmts[0].kind else {
        panic!("not an assignment")
    };
    assert_eq!(*op, AssignOp::Op(Operator::Add));
    assert_eq!(body.stmts[0].pos, pos_of(src, "+= i", 0, 0));
    assert_eq!(rhs[0].pos, pos_of(src, "* x", 0, 0));

    let main = body_of(func(&file, "main"));
    // t := &T{a: 1}: composite literal at `{`, key-value at `:`
    let StmtKind::Assign { rhs, .. } = &main[0].kind else {
        panic!("not an assignment")
    };
    let ExprKind::Unary { x: lit, .. } = &rhs[0].kind else {
        panic!("not &T{{}}")
    };
    assert_eq!(lit.pos, pos_of(src, "{a: 1}", 0, 0));
    let ExprKind::CompositeLit { elems, rbrace, .. } = &lit.kind else {
        panic!("not a composite literal")
    };
    assert_eq!(elems[0].pos, pos_of(src, ": 1}", 0, 0));
    assert_eq!(*rbrace, pos_of(src, "{a: 1}", 0, 5));

    // fmt.Println(...): expression statement at the call's `(`, selector at `.`
    let StmtKind::Expr(call) = &main[1].kind else {
        panic!("not an expression statement")
    };
    assert_eq!(main[1].pos, call.pos);
    assert_eq!(call.pos, pos_of(src, "(t.a,", 0, 0));
    assert_eq!(call.start_pos(), pos_of(src, "fmt.Println(t.a", 0, 0));
    let ExprKind::Call { fun, args, .. } = &call.kind else {
        panic!("not a call")
    };
    assert_eq!(fun.pos, pos_of(src, ".Println(t.a", 0, 0));
    // []int{1, 2}[1:2]: slice expression at its `[`
    assert_eq!(args[1].pos, pos_of(src, "[1:2]", 0, 0));
    assert!(matches!(args[1].kind, ExprKind::Slice { .. }));

    // v, ok := any(t).(*T): type assertion at the `.`
    let StmtKind::Assign { rhs, lhs, op } = main[2].kind.clone() else {
        panic!("not an assignment")
    };
    assert_eq!((op, lhs.len()), (AssignOp::Define, 2));
    assert_eq!(rhs[0].pos, pos_of(src, ".(*T)", 0, 0));

    // t.a++ at the `++`
    assert_eq!(main[4].pos, pos_of(src, "++", 0, 0));
    assert!(
        matches!(main[4].kind, StmtKind::Assign { op: AssignOp::Op(Operator::Add), ref rhs, .. } if rhs.is_empty())
    );

    // go func() { ch <- 1 }(): go at its keyword, the send at `<-`
    let StmtKind::Call {
        kind: CallStmtKind::Go,
        call,
    } = &main[6].kind
    else {
        panic!("not a go statement")
    };
    assert_eq!(main[6].pos, pos_of(src, "go func", 0, 0));
    let ExprKind::Call { fun, .. } = &call.kind else {
        panic!("not a call")
    };
    let ExprKind::FuncLit { body, .. } = &fun.kind else {
        panic!("not a func literal")
    };
    assert_eq!(fun.pos, pos_of(src, "func() { ch", 0, 0));
    assert_eq!(body.stmts[0].pos, pos_of(src, "<- 1", 0, 0));

    // L: for { ... }: labeled statement at the `:` (Go's LabeledStmt position)
    let StmtKind::Labeled { label, stmt } = &main[7].kind else {
        panic!("not a labeled statement")
    };
    assert_eq!(label.pos, pos_of(src, "L:\n", 0, 0));
    assert_eq!(main[7].pos, pos_of(src, "L:\n", 0, 1));
    let StmtKind::For { body, .. } = &stmt.kind else {
        panic!("not a for loop")
    };
    let StmtKind::Select { clauses, .. } = &body.stmts[0].kind else {
        panic!("not a select")
    };
    assert_eq!(clauses[0].pos, pos_of(src, "case x := <-ch", 0, 0));
    assert_eq!(clauses[0].colon, pos_of(src, ":\n\t\t\t_ = x", 0, 0));

    // type switch: the guard at its `.`, with the bound name
    let StmtKind::Switch { tag: Some(tag), .. } = &main[8].kind else {
        panic!("not a switch with tag")
    };
    let ExprKind::TypeSwitchGuard { lhs: Some(y), .. } = &tag.kind else {
        panic!("not a type switch guard")
    };
    assert_eq!(y.name, "y");
    assert_eq!(tag.pos, pos_of(src, ".(type)", 0, 0));

    // if z := 1 + 2*3; z > 0: init assignment at `:=`, condition at `>`
    let StmtKind::If {
        init: Some(init),
        cond,
        ..
    } = &main[9].kind
    else {
        panic!("not an if with init")
    };
    assert_eq!(init.pos, pos_of(src, ":= 1 + 2", 0, 0));
    assert_eq!(cond.pos, pos_of(src, "> 0 {", 0, 0));

    // var g G[int, int]: a declaration statement at `var`, an instantiation at `[`
    let StmtKind::Decl(decls) = &main[10].kind else {
        panic!("not a declaration")
    };
    assert_eq!(main[10].pos, pos_of(src, "var g", 0, 0));
    let Some(Decl::Var(v)) = decls.first() else {
        panic!("not a var")
    };
    let typ = v.typ.as_ref().map(|t| (&t.kind, t.pos));
    assert!(matches!(typ, Some((ExprKind::Index { .. }, _))));
    assert_eq!(typ.map(|t| t.1), Some(pos_of(src, "[int, int]", 0, 0)));

    assert_eq!(
        file.eof,
        pos_of(src, "}\n", src.matches("}\n").count() - 1, 2)
    );
}

#[test]
fn composite_literal_ambiguity_in_headers() {
    // parenthesized composite literal in an if header is fine
    let ok = "package main\n\ntype T struct{}\n\nfunc main() {\n\tx := T{}\n\tif x == (T{}) {\n\t}\n\tfor _, v := range []int{1} {\n\t\t_ = v\n\t}\n}\n";
    assert!(parse_file(ok).is_ok());
    let bad =
        "package main\n\ntype T struct{}\n\nfunc main() {\n\tx := T{}\n\tif x == T{} {\n\t}\n}\n";
    assert!(parse_file(bad).is_err());
}

#[test]
fn all_go_forms_parse() {
    let src = r#"package main

import "unsafe"

type (
	Num  interface{ ~int | ~int64; String() string }
	Pair[K comparable, V any] struct{ k K; v V }
	Fn   func(int, ...string) (bool, error)
	Arr  [4][2]int
	Ch   <-chan chan<- int
	A    = map[string][]*Pair[int, string]
)

var x, y = 1, 2.5e3i

func Map[T, U any](xs []T, f func(T) U) (out []U) {
	for _, v := range xs {
		out = append(out, f(v))
	}
	return
}

func main() {
	var arr [...]int = [...]int{1, 2, 3}
	s := arr[:2:3]
	m := map[[2]int]struct{ a int }{{1, 2}: {3}}
	_ = Map[int, string](s, func(i int) string { return string(rune(i)) })
	f := (*Pair[int, int]).k
	_ = f
	for range 3 {
	}
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		} else if i > 5 {
			break
		}
	}
	goto end
end:
	_ = unsafe.Sizeof(m)
	_ = 'x' + '\n' + '\x41' + '\u00e9' + 0b1010 + 0o17 + 017 + 0x_1F + 1_000 + 0x1p-2 + .5 + 1.
	_ = "a\tb" + `raw
string`
	var iface interface{} = x
	switch v := iface.(type) {
	case nil, int:
		_ = v
	default:
		fallthrough_free()
	}
	func() {
		defer func() { recover() }()
	}()
}

func fallthrough_free() {
	switch {
	case true:
		fallthrough
	case false:
	}
}
"#;
    parse_ok(src);
}
