//! Spelling types the way Go spells them.
//!
//! Go has two printers with small differences, and memsim needs both: the type checker's
//! (error messages: `interface{}`, `struct{x int}`) and the compiler's (`-m` diagnostics:
//! `interface {}`, `struct { x int }`).

use super::{Basic, Type, TypeId, TypeTable};
use crate::syntax::ast::ChanDir;

/// Which Go printer to imitate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeStyle {
    /// `go/types`/types2, used in error messages.
    Checker,
    /// `cmd/compile/internal/types`, used in `-m` output.
    Compiler,
}

impl TypeTable {
    /// Spells `id` in the given style.
    pub fn display(&self, id: TypeId, style: TypeStyle) -> String {
        let mut out = String::new();
        self.write_type(&mut out, id, style, 0);
        out
    }

    fn write_type(&self, out: &mut String, id: TypeId, style: TypeStyle, depth: u32) {
        if depth > 64 {
            out.push('…');
            return;
        }
        let d = depth + 1;
        match self.get(id) {
            Type::Basic(b) => out.push_str(match (style, b) {
                (TypeStyle::Compiler, Basic::UntypedNil) => "nil",
                _ => b.name(),
            }),
            Type::Named(i) => out.push_str(&self.named[*i as usize].name),
            Type::Pointer(e) => {
                out.push('*');
                self.write_type(out, *e, style, d);
            }
            Type::Array { len, elem } => {
                out.push('[');
                out.push_str(&len.to_string());
                out.push(']');
                self.write_type(out, *elem, style, d);
            }
            Type::Slice(e) => {
                out.push_str("[]");
                self.write_type(out, *e, style, d);
            }
            Type::Map { key, value } => {
                out.push_str("map[");
                self.write_type(out, *key, style, d);
                out.push(']');
                self.write_type(out, *value, style, d);
            }
            Type::Chan { dir, elem } => {
                match dir {
                    ChanDir::Both => out.push_str("chan "),
                    ChanDir::Send => out.push_str("chan<- "),
                    ChanDir::Recv => out.push_str("<-chan "),
                }
                let parens = *dir == ChanDir::Both
                    && matches!(
                        self.get(*elem),
                        Type::Chan {
                            dir: ChanDir::Recv,
                            ..
                        }
                    );
                if parens {
                    out.push('(');
                }
                self.write_type(out, *elem, style, d);
                if parens {
                    out.push(')');
                }
            }
            Type::Struct(fields) => {
                let (open, sep, close) = match style {
                    TypeStyle::Checker => ("struct{", "; ", "}"),
                    TypeStyle::Compiler => ("struct {", "; ", " }"),
                };
                out.push_str(open);
                if style == TypeStyle::Compiler && !fields.is_empty() {
                    out.push(' ');
                }
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str(sep);
                    }
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_type(out, f.ty, style, d);
                }
                if fields.is_empty() && style == TypeStyle::Compiler {
                    out.push('}');
                } else {
                    out.push_str(close);
                }
            }
            Type::Func(_) => {
                out.push_str("func");
                self.write_signature(out, id, style, d);
            }
            Type::Interface { methods, any } => {
                if *any {
                    out.push_str("any");
                    return;
                }
                match style {
                    TypeStyle::Checker => {
                        out.push_str("interface{");
                        for (i, m) in methods.iter().enumerate() {
                            if i > 0 {
                                out.push(';');
                            }
                            out.push_str(&m.name);
                            self.write_signature(out, m.sig, style, d);
                        }
                        out.push('}');
                    }
                    TypeStyle::Compiler => {
                        if methods.is_empty() {
                            out.push_str("interface {}");
                            return;
                        }
                        out.push_str("interface {");
                        for (i, m) in methods.iter().enumerate() {
                            if i > 0 {
                                out.push(';');
                            }
                            out.push(' ');
                            out.push_str(&m.name);
                            self.write_signature(out, m.sig, style, d);
                        }
                        out.push_str(" }");
                    }
                }
            }
            Type::Tuple(ts) => {
                out.push('(');
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *t, style, d);
                }
                out.push(')');
            }
        }
    }

    /// `(params) results` of a function type.
    fn write_signature(&self, out: &mut String, sig_ty: TypeId, style: TypeStyle, depth: u32) {
        let Some(sig) = self.signature(sig_ty) else {
            out.push_str("()");
            return;
        };
        out.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                out.push_str("...");
                self.write_type(out, self.elem(*p), style, depth);
            } else {
                self.write_type(out, *p, style, depth);
            }
        }
        out.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                out.push(' ');
                self.write_type(out, sig.results[0], style, depth);
            }
            _ => {
                out.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, *r, style, depth);
                }
                out.push(')');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::predeclared::*;
    use super::super::{Field, PosIgnored};
    use super::*;

    #[test]
    fn both_styles() {
        let mut t = TypeTable::new();
        let st = t.intern(Type::Struct(vec![
            Field {
                name: "x".into(),
                ty: INT,
                embedded: false,
                pos: PosIgnored::default(),
            },
            Field {
                name: "y".into(),
                ty: STRING,
                embedded: false,
                pos: PosIgnored::default(),
            },
        ]));
        assert_eq!(
            t.display(st, TypeStyle::Compiler),
            "struct { x int; y string }"
        );
        assert_eq!(t.display(st, TypeStyle::Checker), "struct{x int; y string}");
        assert_eq!(
            t.display(EMPTY_INTERFACE, TypeStyle::Compiler),
            "interface {}"
        );
        assert_eq!(
            t.display(EMPTY_INTERFACE, TypeStyle::Checker),
            "interface{}"
        );
        assert_eq!(t.display(ANY, TypeStyle::Compiler), "any");
        let f = t.func(vec![INT, STRING], vec![BOOL, ERROR], false);
        assert_eq!(
            t.display(f, TypeStyle::Compiler),
            "func(int, string) (bool, error)"
        );
        let r = t.chan(ChanDir::Recv, INT);
        let c = t.chan(ChanDir::Both, r);
        assert_eq!(t.display(c, TypeStyle::Compiler), "chan (<-chan int)");
        let e = t.intern(Type::Struct(vec![]));
        assert_eq!(t.display(e, TypeStyle::Compiler), "struct {}");
        assert_eq!(t.display(e, TypeStyle::Checker), "struct{}");
    }
}
