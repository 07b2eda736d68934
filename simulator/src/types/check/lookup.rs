//! Fields and methods: selector lookup through embedded fields, method sets, interface
//! satisfaction, and assignability.

use super::*;
use crate::types::Type;

/// One step through an embedded field on the way to a selected field or method.
#[derive(Clone, Copy, Debug)]
pub(super) struct EmbedStep {
    /// Index of the embedded field in its struct.
    pub index: usize,
    /// Type of the embedded field.
    pub field_ty: TypeId,
}

/// What `x.name` selects.
#[derive(Clone, Debug)]
pub(super) enum Selection {
    Field {
        path: Vec<EmbedStep>,
        index: usize,
        through_pointer: bool,
        ty: TypeId,
    },
    /// A method declared on a named type (possibly promoted through embedded fields).
    Method {
        path: Vec<EmbedStep>,
        func: FuncId,
        pointer_receiver: bool,
    },
    /// A method of an interface (possibly an embedded interface field).
    InterfaceMethod {
        path: Vec<EmbedStep>,
        sig: TypeId,
    },
    NotFound,
    Ambiguous,
}

impl Checker<'_> {
    /// Looks `name` up in type `ty` (Go's LookupFieldOrMethod), breadth-first by embedding
    /// depth.
    pub(super) fn lookup_field_or_method(&self, ty: TypeId, name: &str) -> Selection {
        let t = &self.prog.types;
        // Start: if ty is a pointer to a named type, look in the named type through a pointer.
        let (start, start_ptr) = match t.get(ty) {
            Type::Pointer(e) if t.is_named(*e) || matches!(t.under(*e), Type::Struct(_)) => {
                (*e, true)
            }
            Type::Named(_) => match t.under(ty) {
                // A named pointer type has no methods and selects fields of its element.
                Type::Pointer(e) => (*e, true),
                _ => (ty, false),
            },
            Type::Pointer(e) => (*e, true),
            _ => (ty, false),
        };
        if start_ptr && t.is_named(ty) && t.is_pointer(t.underlying(ty)) {
            // Fields only (no methods on named pointer types).
        }
        // Depth 0, the common case, answered without allocating; with embedded fields and
        // no direct hit, the breadth-first search below goes deeper.
        if t.is_named(start)
            && let Some(info) = t.named_info(start)
            && let Some(m) = info.method(name)
        {
            return Selection::Method {
                path: Vec::new(),
                func: FuncId(m.func),
                pointer_receiver: m.pointer_receiver,
            };
        }
        match t.under(start) {
            Type::Struct(fields) => {
                let mut hit = None;
                let mut hits = 0;
                for (i, f) in fields.iter().enumerate() {
                    if f.name == name {
                        hits += 1;
                        hit = hit.or(Some((i, f.ty)));
                    }
                }
                match (hits, hit) {
                    (1, Some((index, ty))) => {
                        return Selection::Field {
                            path: Vec::new(),
                            index,
                            through_pointer: start_ptr,
                            ty,
                        };
                    }
                    (0, _) if !fields.iter().any(|f| f.embedded) => return Selection::NotFound,
                    (0, _) => {}
                    _ => return Selection::Ambiguous,
                }
            }
            Type::Interface { methods, .. } => {
                return match methods.iter().find(|m| m.name == name) {
                    Some(m) => Selection::InterfaceMethod {
                        path: Vec::new(),
                        sig: m.sig,
                    },
                    None => Selection::NotFound,
                };
            }
            _ => return Selection::NotFound,
        }
        struct Cand {
            ty: TypeId,
            via_ptr: bool,
            path: Vec<EmbedStep>,
        }
        let mut current = vec![Cand {
            ty: start,
            via_ptr: start_ptr,
            path: Vec::new(),
        }];
        let mut seen: Vec<TypeId> = Vec::new();
        for _depth in 0..32 {
            let mut found: Vec<Selection> = Vec::new();
            let mut next = Vec::new();
            for c in &current {
                if t.is_named(c.ty) {
                    if seen.contains(&c.ty) {
                        continue;
                    }
                    seen.push(c.ty);
                    if let Some(info) = t.named_info(c.ty)
                        && let Some(m) = info.method(name)
                    {
                        found.push(Selection::Method {
                            path: c.path.clone(),
                            func: FuncId(m.func),
                            pointer_receiver: m.pointer_receiver,
                        });
                        continue;
                    }
                }
                match t.under(c.ty) {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if f.name == name {
                                found.push(Selection::Field {
                                    path: c.path.clone(),
                                    index: i,
                                    through_pointer: c.via_ptr,
                                    ty: f.ty,
                                });
                            }
                            if f.embedded {
                                let (fty, fptr) = match t.get(f.ty) {
                                    Type::Pointer(e) => (*e, true),
                                    _ => (f.ty, false),
                                };
                                let mut path = c.path.clone();
                                path.push(EmbedStep {
                                    index: i,
                                    field_ty: f.ty,
                                });
                                next.push(Cand {
                                    ty: fty,
                                    via_ptr: fptr,
                                    path,
                                });
                            }
                        }
                    }
                    Type::Interface { methods, .. } => {
                        if let Some(m) = methods.iter().find(|m| m.name == name) {
                            found.push(Selection::InterfaceMethod {
                                path: c.path.clone(),
                                sig: m.sig,
                            });
                        }
                    }
                    _ => {}
                }
            }
            match found.len() {
                0 => {}
                1 => return found.pop().unwrap_or(Selection::NotFound),
                _ => return Selection::Ambiguous,
            }
            if next.is_empty() {
                return Selection::NotFound;
            }
            current = next;
        }
        Selection::NotFound
    }

    /// Finds method `name` in the method set of `ty` for interface satisfaction: returns the
    /// method's signature and whether it is only in the method set of `*ty` (pointer receiver
    /// reached without a pointer).
    pub(super) fn method_in_set(&self, ty: TypeId, name: &str) -> Option<(TypeId, bool)> {
        let t = &self.prog.types;
        if t.is_interface(ty) {
            return t
                .interface_methods(ty)
                .iter()
                .find(|m| m.name == name)
                .map(|m| (m.sig, false));
        }
        match self.lookup_field_or_method(ty, name) {
            Selection::Method {
                path,
                func,
                pointer_receiver,
                ..
            } => {
                let sig = self.prog.funcs[func.0 as usize].sig;
                // Addressability through the path: a pointer receiver is in the method set of a
                // value type only if some step goes through a pointer.
                let is_ptr = t.is_pointer(ty) && !t.is_named(ty);
                let via_ptr = is_ptr || path.iter().any(|s| t.is_pointer(s.field_ty));
                Some((sig, pointer_receiver && !via_ptr))
            }
            Selection::InterfaceMethod { sig, .. } => Some((sig, false)),
            _ => None,
        }
    }

    /// Why `ty` does not implement interface `iface` (types2's `missingMethod` cause, in
    /// parentheses), or `None` when it does.
    pub(super) fn missing_method(&self, ty: TypeId, iface: TypeId) -> Option<String> {
        let t = &self.prog.types;
        let methods = t.interface_methods(iface).to_vec();
        for m in &methods {
            if !t.is_interface(ty) {
                match self.lookup_field_or_method(ty, &m.name) {
                    Selection::Field { .. } => {
                        return Some(format!(
                            "({}.{} is a field, not a method)",
                            self.tstr(ty),
                            m.name
                        ));
                    }
                    Selection::Ambiguous => {
                        return Some(format!("(ambiguous selector {}.{})", self.tstr(ty), m.name));
                    }
                    _ => {}
                }
            }
            match self.method_in_set(ty, &m.name) {
                None => {
                    // Wrong case?
                    let lower = m.name.to_lowercase();
                    if let Some(other) = self
                        .all_method_names(ty)
                        .into_iter()
                        .find(|n| n.to_lowercase() == lower && *n != m.name)
                    {
                        return Some(format!(
                            "(missing method {})\n\t\thave {}{}\n\t\twant {}{}",
                            m.name,
                            other,
                            self.sig_string(
                                self.method_in_set(ty, &other).map(|x| x.0).unwrap_or(m.sig)
                            ),
                            m.name,
                            self.sig_string(m.sig)
                        ));
                    }
                    return Some(format!("(missing method {})", m.name));
                }
                Some((sig, pointer_only)) => {
                    // A method only in the method set of *T is reported before its signature.
                    if pointer_only {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                    if !t.identical(sig, m.sig) {
                        return Some(format!(
                            "(wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}",
                            m.name,
                            m.name,
                            self.sig_string(sig),
                            m.name,
                            self.sig_string(m.sig)
                        ));
                    }
                }
            }
        }
        None
    }

    /// Why a value of type `v` is not assignable to `t`, as types2 words it after
    /// `cannot use x as T value in ...: ` (empty when it has nothing specific to say).
    pub(super) fn assignability_cause(&self, v: TypeId, t: TypeId) -> Option<String> {
        let tt = &self.prog.types;
        if tt.is_interface(t) {
            return self
                .missing_method(v, t)
                .map(|why| format!("{} does not implement {} {why}", self.tstr(v), self.tstr(t)));
        }
        if tt.is_pointer(t) && tt.is_interface(tt.elem(t)) {
            let (vs, ts) = (self.tstr(v), self.tstr(t));
            return Some(format!(
                "{vs} does not implement {ts} (type {ts} is pointer to interface, not interface)"
            ));
        }
        if tt.is_interface(v) && self.implements(t, v) {
            return Some("need type assertion".to_string());
        }
        None
    }

    fn all_method_names(&self, ty: TypeId) -> Vec<Name> {
        let t = &self.prog.types;
        let base = if t.is_pointer(ty) && !t.is_named(ty) {
            t.elem(ty)
        } else {
            ty
        };
        let mut names: Vec<Name> = t
            .named_info(base)
            .map(|i| i.methods.iter().map(|m| m.name.clone()).collect())
            .unwrap_or_default();
        names.extend(t.interface_methods(ty).iter().map(|m| m.name.clone()));
        names
    }

    /// `(int) string` — a signature without `func`.
    pub(super) fn sig_string(&self, sig: TypeId) -> String {
        let s = self.tstr(sig);
        s.strip_prefix("func").unwrap_or(&s).to_string()
    }

    /// Whether a value of type `v` implements interface `t`.
    pub(super) fn implements(&self, v: TypeId, t: TypeId) -> bool {
        self.missing_method(v, t).is_none()
    }

    /// Go's assignability of a (non-constant or typed) value of type `v` to type `t`.
    pub(super) fn assignable_type(&self, v: TypeId, t: TypeId) -> bool {
        let tt = &self.prog.types;
        if tt.identical(v, t) {
            return true;
        }
        let (vu, tu) = (tt.underlying(v), tt.underlying(t));
        // Basic types have names too (types2's hasName): `type B bool` does not mix with bool.
        let has_name = |ty: TypeId| tt.is_named(ty) || matches!(tt.get(ty), Type::Basic(_));
        if tt.identical(vu, tu) && (!has_name(v) || !has_name(t)) && !tt.is_untyped(v) {
            return true;
        }
        if tt.is_interface(t) && !tt.is_untyped(v) {
            return self.implements(v, t);
        }
        if let (
            Type::Chan {
                dir: crate::syntax::ast::ChanDir::Both,
                elem: ve,
            },
            Type::Chan { elem: te, .. },
        ) = (tt.get(vu), tt.get(tu))
            && tt.identical(*ve, *te)
            && (!has_name(v) || !has_name(t))
        {
            return true;
        }
        if v == P::UNTYPED_NIL {
            return matches!(
                tt.get(tu),
                Type::Pointer(_)
                    | Type::Func(_)
                    | Type::Slice(_)
                    | Type::Map { .. }
                    | Type::Chan { .. }
                    | Type::Interface { .. }
            );
        }
        false
    }
}
