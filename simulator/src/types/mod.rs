//! Stage 3 of the pipeline: Go types, and the checker that turns a syntax tree into a typed
//! program ([`crate::ir::Program`]).
//!
//! This module holds the type representation shared by every later stage: a [`TypeTable`]
//! interning every type of the program, with Go's amd64 sizes and alignments, pointer layout
//! ([`TypeTable::ptr_data_size`]) and the predicates escape analysis and the runtime need
//! (`has_pointers`, `is_direct_iface`, ...). The checker lives in [`check`].
//!
//! Type identity: structurally equal types are interned to the same [`TypeId`], with two
//! exceptions kept apart only for printing — `byte`/`uint8`, `rune`/`int32`, and `any`/
//! `interface {}` are different ids that [`TypeTable::identical`] treats as the same type.
//! Each named type declaration creates a fresh [`TypeId`].

pub mod check;
pub mod constant;
mod fmt;

pub use fmt::TypeStyle;

use crate::fxhash::HashMap;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::ChanDir;
use std::sync::OnceLock;

/// A type of the program: an index into its [`TypeTable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Predeclared non-composite types, typed and untyped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Basic {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    /// `byte`: identical to `uint8`, printed `byte`.
    Byte,
    /// `rune`: identical to `int32`, printed `rune`.
    Rune,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
    UntypedComplex,
    /// `unsafe.Pointer`: only in compiler-generated code (equality functions); programs
    /// cannot import `unsafe`.
    UnsafePointer,
}

impl Basic {
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            Byte => "byte",
            Rune => "rune",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
            UntypedComplex => "untyped complex",
            UnsafePointer => "unsafe.Pointer",
        }
    }

    /// `byte` → `uint8`, `rune` → `int32`, others unchanged.
    pub fn canonical(self) -> Basic {
        match self {
            Basic::Byte => Basic::Uint8,
            Basic::Rune => Basic::Int32,
            b => b,
        }
    }

    pub fn is_untyped(self) -> bool {
        use Basic::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedString
                | UntypedNil
                | UntypedComplex
        )
    }

    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | Byte
                | Rune
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(
            self,
            Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr | Byte
        )
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(
            self,
            Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex
        )
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    /// Size in bytes on amd64.
    pub fn size(self) -> u64 {
        use Basic::*;
        match self {
            Bool | Int8 | Uint8 | Byte => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 | Rune => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 => 8,
            String | Complex128 => 16,
            _ => 8,
        }
    }

    /// The (inclusive) range of an integer type, `None` for non-integers.
    pub fn int_range(self) -> Option<(i128, i128)> {
        use Basic::*;
        Some(match self.canonical() {
            Int8 => (i8::MIN as i128, i8::MAX as i128),
            Int16 => (i16::MIN as i128, i16::MAX as i128),
            Int32 => (i32::MIN as i128, i32::MAX as i128),
            Int | Int64 => (i64::MIN as i128, i64::MAX as i128),
            Uint8 => (0, u8::MAX as i128),
            Uint16 => (0, u16::MAX as i128),
            Uint32 => (0, u32::MAX as i128),
            Uint | Uint64 | Uintptr => (0, u64::MAX as i128),
            _ => return None,
        })
    }
}

/// A struct field.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: Name,
    pub ty: TypeId,
    /// Embedded field (`struct { T }`); `name` is then the type's name.
    pub embedded: bool,
    /// Declaration position (not part of identity).
    pub pos: PosIgnored,
}

/// A position that takes no part in equality or hashing (so that identical struct types
/// declared in two places intern to one type).
#[derive(Clone, Copy, Debug, Default)]
pub struct PosIgnored(pub Pos);

impl PartialEq for PosIgnored {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl Eq for PosIgnored {}
impl std::hash::Hash for PosIgnored {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

/// A function signature (without receiver).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T` (its type in `params` is `[]T`).
    pub variadic: bool,
}

/// An interface method.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IMethod {
    pub name: Name,
    /// A [`Type::Func`].
    pub sig: TypeId,
}

/// A declared (defined) type: `type T U`, or the predeclared `error`.
#[derive(Clone, Debug)]
pub struct NamedType {
    pub name: Name,
    pub pos: Pos,
    /// Set once the declaration is resolved; `None` while resolving (cycle detection).
    pub underlying: Option<TypeId>,
    /// Declared methods in declaration order (add them with [`NamedType::add_method`]).
    pub methods: Vec<Method>,
    /// Declared inside a function.
    pub local: bool,
    /// Method name → index of its first declaration in `methods` (a type may have
    /// thousands of methods: selectors must not scan them).
    method_index: HashMap<Name, u32>,
}

impl NamedType {
    /// Appends a declared method.
    pub fn add_method(&mut self, m: Method) {
        let i = self.methods.len() as u32;
        self.method_index.entry(m.name.clone()).or_insert(i);
        self.methods.push(m);
    }

    /// The first declared method called `name`.
    pub fn method(&self, name: &str) -> Option<&Method> {
        self.method_index
            .get(name)
            .map(|&i| &self.methods[i as usize])
    }
}

/// A method declared on a named type.
#[derive(Clone, Debug)]
pub struct Method {
    pub name: Name,
    /// The method's function in the program (`ir::FuncId` index).
    pub func: u32,
    /// `func (p *T) M()`.
    pub pointer_receiver: bool,
    /// The signature, without receiver.
    pub sig: TypeId,
    pub pos: Pos,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(Basic),
    Pointer(TypeId),
    Array {
        len: u64,
        elem: TypeId,
    },
    Slice(TypeId),
    Map {
        key: TypeId,
        value: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct(Vec<Field>),
    Func(Signature),
    /// An interface; `methods` is the full method set sorted as Go sorts it (exported
    /// names first, then by name). `any` marks the predeclared alias `any`.
    Interface {
        methods: Vec<IMethod>,
        any: bool,
    },
    /// A named type; the payload indexes [`TypeTable::named`].
    Named(u32),
    /// The results of a multi-value call.
    Tuple(Vec<TypeId>),
}

/// Every type of one program, interned.
#[derive(Debug)]
pub struct TypeTable {
    types: Vec<Type>,
    /// The identity representative of each type (`byte` → `uint8`, ...).
    canon: Vec<TypeId>,
    intern: HashMap<Type, TypeId>,
    named: Vec<NamedType>,
    /// Layouts computed so far, by type id.
    /// Each type's layout once asked for (one entry per type; shared by threads).
    layout_cache: Vec<OnceLock<Layout>>,
}

/// Size, alignment and pointer-data size of a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
    /// Bytes from the start of the value up to the end of its last pointer word (0: no pointers).
    pub ptr_data: u64,
}

/// Pointer size on amd64.
pub const PTR_SIZE: u64 = 8;

/// Ids of the predeclared types, valid in every table.
pub mod predeclared {
    use super::TypeId;
    pub const INVALID: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const INT8: TypeId = TypeId(3);
    pub const INT16: TypeId = TypeId(4);
    pub const INT32: TypeId = TypeId(5);
    pub const INT64: TypeId = TypeId(6);
    pub const UINT: TypeId = TypeId(7);
    pub const UINT8: TypeId = TypeId(8);
    pub const UINT16: TypeId = TypeId(9);
    pub const UINT32: TypeId = TypeId(10);
    pub const UINT64: TypeId = TypeId(11);
    pub const UINTPTR: TypeId = TypeId(12);
    pub const FLOAT32: TypeId = TypeId(13);
    pub const FLOAT64: TypeId = TypeId(14);
    pub const STRING: TypeId = TypeId(15);
    pub const BYTE: TypeId = TypeId(16);
    pub const RUNE: TypeId = TypeId(17);
    pub const UNTYPED_BOOL: TypeId = TypeId(18);
    pub const UNTYPED_INT: TypeId = TypeId(19);
    pub const UNTYPED_RUNE: TypeId = TypeId(20);
    pub const UNTYPED_FLOAT: TypeId = TypeId(21);
    pub const UNTYPED_STRING: TypeId = TypeId(22);
    pub const UNTYPED_NIL: TypeId = TypeId(23);
    pub const COMPLEX64: TypeId = TypeId(24);
    pub const COMPLEX128: TypeId = TypeId(25);
    pub const UNTYPED_COMPLEX: TypeId = TypeId(26);
    /// `interface {}`
    pub const EMPTY_INTERFACE: TypeId = TypeId(27);
    /// `any`
    pub const ANY: TypeId = TypeId(28);
    /// `error`
    pub const ERROR: TypeId = TypeId(29);
    /// `unsafe.Pointer` (after `error`'s signature and interface, ids 30 and 31).
    pub const UNSAFE_POINTER: TypeId = TypeId(32);
}

const BASICS: [Basic; 27] = [
    Basic::Invalid,
    Basic::Bool,
    Basic::Int,
    Basic::Int8,
    Basic::Int16,
    Basic::Int32,
    Basic::Int64,
    Basic::Uint,
    Basic::Uint8,
    Basic::Uint16,
    Basic::Uint32,
    Basic::Uint64,
    Basic::Uintptr,
    Basic::Float32,
    Basic::Float64,
    Basic::String,
    Basic::Byte,
    Basic::Rune,
    Basic::UntypedBool,
    Basic::UntypedInt,
    Basic::UntypedRune,
    Basic::UntypedFloat,
    Basic::UntypedString,
    Basic::UntypedNil,
    Basic::Complex64,
    Basic::Complex128,
    Basic::UntypedComplex,
];

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    /// A table holding the predeclared types (see [`predeclared`]).
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            types: Vec::new(),
            canon: Vec::new(),
            intern: HashMap::default(),
            named: Vec::new(),
            layout_cache: Vec::new(),
        };
        for b in BASICS {
            t.intern(Type::Basic(b));
        }
        let empty = t.intern(Type::Interface {
            methods: vec![],
            any: false,
        });
        debug_assert_eq!(empty, predeclared::EMPTY_INTERFACE);
        let any = t.intern(Type::Interface {
            methods: vec![],
            any: true,
        });
        debug_assert_eq!(any, predeclared::ANY);
        let error = t.new_named("error", Pos::NONE, false);
        debug_assert_eq!(error, predeclared::ERROR);
        let error_sig = t.intern(Type::Func(Signature {
            params: vec![],
            results: vec![predeclared::STRING],
            variadic: false,
        }));
        let error_iface = t.intern(Type::Interface {
            methods: vec![IMethod {
                name: "Error".into(),
                sig: error_sig,
            }],
            any: false,
        });
        t.set_underlying(error, error_iface);
        let unsafe_pointer = t.intern(Type::Basic(Basic::UnsafePointer));
        debug_assert_eq!(unsafe_pointer, predeclared::UNSAFE_POINTER);
        t
    }

    /// Interns a structural type (not `Named`: use [`TypeTable::new_named`]).
    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.intern.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.layout_cache.push(OnceLock::new());
        self.canon.push(id);
        self.intern.insert(ty.clone(), id);
        let canon_ty = self.canonical_form(&ty);
        if canon_ty != ty {
            let c = self.intern(canon_ty);
            self.canon[id.0 as usize] = c;
        }
        id
    }

    /// The same type with `byte`, `rune` and `any` replaced by what they stand for.
    fn canonical_form(&self, ty: &Type) -> Type {
        let c = |id: &TypeId| self.canon[id.0 as usize];
        match ty {
            Type::Basic(b) => Type::Basic(b.canonical()),
            Type::Pointer(e) => Type::Pointer(c(e)),
            Type::Array { len, elem } => Type::Array {
                len: *len,
                elem: c(elem),
            },
            Type::Slice(e) => Type::Slice(c(e)),
            Type::Map { key, value } => Type::Map {
                key: c(key),
                value: c(value),
            },
            Type::Chan { dir, elem } => Type::Chan {
                dir: *dir,
                elem: c(elem),
            },
            Type::Struct(fields) => Type::Struct(
                fields
                    .iter()
                    .map(|f| Field {
                        ty: c(&f.ty),
                        ..f.clone()
                    })
                    .collect(),
            ),
            Type::Func(sig) => Type::Func(Signature {
                params: sig.params.iter().map(c).collect(),
                results: sig.results.iter().map(c).collect(),
                variadic: sig.variadic,
            }),
            Type::Interface { methods, .. } => Type::Interface {
                methods: methods
                    .iter()
                    .map(|m| IMethod {
                        name: m.name.clone(),
                        sig: c(&m.sig),
                    })
                    .collect(),
                any: false,
            },
            Type::Named(n) => Type::Named(*n),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(c).collect()),
        }
    }

    /// Declares a new named type whose underlying type is set later.
    pub fn new_named(&mut self, name: impl Into<Name>, pos: Pos, local: bool) -> TypeId {
        let index = self.named.len() as u32;
        self.named.push(NamedType {
            name: name.into(),
            pos,
            underlying: None,
            methods: Vec::new(),
            local,
            method_index: HashMap::default(),
        });
        let id = TypeId(self.types.len() as u32);
        self.types.push(Type::Named(index));
        self.layout_cache.push(OnceLock::new());
        self.canon.push(id);
        id
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let u = self.underlying(underlying);
        if let Type::Named(i) = self.types[named.0 as usize] {
            self.named[i as usize].underlying = Some(u);
        }
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    pub fn named_info(&self, id: TypeId) -> Option<&NamedType> {
        match self.get(id) {
            Type::Named(i) => Some(&self.named[*i as usize]),
            _ => None,
        }
    }

    pub fn named_info_mut(&mut self, id: TypeId) -> Option<&mut NamedType> {
        match self.types[id.0 as usize] {
            Type::Named(i) => Some(&mut self.named[i as usize]),
            _ => None,
        }
    }

    /// The underlying type (Go's `under`); `INVALID` for a named type still being resolved.
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Named(i) => self.named[*i as usize]
                .underlying
                .unwrap_or(predeclared::INVALID),
            _ => id,
        }
    }

    /// The structure of the underlying type.
    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    /// Go's type identity.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.canon[a.0 as usize] == self.canon[b.0 as usize]
    }

    /// The identity representative of a type.
    pub fn canonical(&self, id: TypeId) -> TypeId {
        self.canon[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    // ---- constructors ----

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }
    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }
    pub fn array(&mut self, len: u64, elem: TypeId) -> TypeId {
        self.intern(Type::Array { len, elem })
    }
    pub fn map(&mut self, key: TypeId, value: TypeId) -> TypeId {
        self.intern(Type::Map { key, value })
    }
    pub fn chan(&mut self, dir: ChanDir, elem: TypeId) -> TypeId {
        self.intern(Type::Chan { dir, elem })
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(ts))
    }

    // ---- predicates ----

    pub fn basic(&self, id: TypeId) -> Option<Basic> {
        match self.under(id) {
            Type::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Basic(b) if b.is_untyped())
    }
    pub fn is_integer(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(Basic::is_integer)
    }
    pub fn is_unsigned(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(Basic::is_unsigned)
    }
    pub fn is_float(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(Basic::is_float)
    }
    pub fn is_complex(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(Basic::is_complex)
    }
    pub fn is_numeric(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(Basic::is_numeric)
    }
    pub fn is_string(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(Basic::is_string)
    }
    pub fn is_boolean(&self, id: TypeId) -> bool {
        self.basic(id).is_some_and(Basic::is_boolean)
    }
    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Interface { .. })
    }
    pub fn is_empty_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Interface { methods, .. } if methods.is_empty())
    }
    pub fn is_pointer(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Pointer(_))
    }
    pub fn is_slice(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Slice(_))
    }
    pub fn is_array(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Array { .. })
    }
    pub fn is_map(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Map { .. })
    }
    pub fn is_chan(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Chan { .. })
    }
    pub fn is_func(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Func(_))
    }
    pub fn is_struct(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Struct(_))
    }
    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Named(_))
    }
    pub fn is_nil(&self, id: TypeId) -> bool {
        id == predeclared::UNTYPED_NIL
    }

    /// The element type of a pointer, slice, array, map (value), or channel.
    pub fn elem(&self, id: TypeId) -> TypeId {
        match self.under(id) {
            Type::Pointer(e) | Type::Slice(e) => *e,
            Type::Array { elem, .. } | Type::Chan { elem, .. } => *elem,
            Type::Map { value, .. } => *value,
            Type::Basic(b) if b.is_string() => predeclared::BYTE,
            _ => predeclared::INVALID,
        }
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.under(id) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn struct_fields(&self, id: TypeId) -> &[Field] {
        match self.under(id) {
            Type::Struct(f) => f,
            _ => &[],
        }
    }

    pub fn interface_methods(&self, id: TypeId) -> &[IMethod] {
        match self.under(id) {
            Type::Interface { methods, .. } => methods,
            _ => &[],
        }
    }

    pub fn tuple_types(&self, id: TypeId) -> Option<&[TypeId]> {
        match self.get(id) {
            Type::Tuple(ts) => Some(ts),
            _ => None,
        }
    }

    /// Go's comparability (`==` is defined).
    pub fn comparable(&self, id: TypeId) -> bool {
        match self.under(id) {
            Type::Basic(b) => *b != Basic::UntypedNil,
            Type::Pointer(_) | Type::Chan { .. } | Type::Interface { .. } => true,
            Type::Struct(fields) => fields.iter().all(|f| self.comparable(f.ty)),
            Type::Array { elem, .. } => self.comparable(*elem),
            _ => false,
        }
    }

    // ---- layout (amd64) ----

    /// Size, alignment and pointer data of a type, as Go lays it out on amd64.
    pub fn layout(&self, id: TypeId) -> Layout {
        match self.layout_cache.get(id.0 as usize) {
            Some(cached) => *cached.get_or_init(|| self.compute_layout(id, 0)),
            None => self.compute_layout(id, 0),
        }
    }

    fn compute_layout(&self, id: TypeId, depth: u32) -> Layout {
        if depth > 200 {
            return Layout {
                size: 0,
                align: 1,
                ptr_data: 0,
            };
        }
        let word = Layout {
            size: 8,
            align: 8,
            ptr_data: 8,
        };
        match self.under(id) {
            Type::Basic(b) => match b {
                Basic::String | Basic::UntypedString => Layout {
                    size: 16,
                    align: 8,
                    ptr_data: 8,
                },
                Basic::Complex64 => Layout {
                    size: 8,
                    align: 4,
                    ptr_data: 0,
                },
                Basic::Complex128 | Basic::UntypedComplex => Layout {
                    size: 16,
                    align: 8,
                    ptr_data: 0,
                },
                Basic::UntypedNil | Basic::UnsafePointer => word,
                Basic::Invalid => Layout {
                    size: 0,
                    align: 1,
                    ptr_data: 0,
                },
                _ => {
                    let s = b.size();
                    Layout {
                        size: s,
                        align: s,
                        ptr_data: 0,
                    }
                }
            },
            Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_) => word,
            Type::Slice(_) => Layout {
                size: 24,
                align: 8,
                ptr_data: 8,
            },
            Type::Interface { .. } => Layout {
                size: 16,
                align: 8,
                ptr_data: 16,
            },
            Type::Array { len, elem } => {
                let e = self.compute_layout(*elem, depth + 1);
                let size = e.size.saturating_mul(*len);
                let ptr_data = if e.ptr_data == 0 || *len == 0 {
                    0
                } else {
                    e.size.saturating_mul(len - 1).saturating_add(e.ptr_data)
                };
                Layout {
                    size,
                    align: e.align,
                    ptr_data,
                }
            }
            Type::Struct(fields) => {
                let mut off = 0u64;
                let mut align = 1u64;
                let mut ptr_data = 0u64;
                let mut last_size = 1u64;
                for f in fields {
                    let l = self.compute_layout(f.ty, depth + 1);
                    off = round_up(off, l.align);
                    if l.ptr_data > 0 {
                        ptr_data = off.saturating_add(l.ptr_data);
                    }
                    off = off.saturating_add(l.size);
                    align = align.max(l.align);
                    last_size = l.size;
                }
                // A trailing zero-size field gets one byte of padding so that a pointer to
                // it does not point past the object (Go's types.CalcStructSize).
                if !fields.is_empty() && last_size == 0 && off > 0 {
                    off = off.saturating_add(1);
                }
                Layout {
                    size: round_up(off, align),
                    align,
                    ptr_data,
                }
            }
            Type::Named(_) => Layout {
                size: 0,
                align: 1,
                ptr_data: 0,
            },
            Type::Tuple(ts) => {
                let mut off = 0;
                for t in ts {
                    let l = self.compute_layout(*t, depth + 1);
                    off = round_up(off, l.align).saturating_add(l.size);
                }
                Layout {
                    size: off,
                    align: 8,
                    ptr_data: 0,
                }
            }
        }
    }

    pub fn size(&self, id: TypeId) -> u64 {
        self.layout(id).size
    }
    pub fn align(&self, id: TypeId) -> u64 {
        self.layout(id).align
    }
    pub fn ptr_data_size(&self, id: TypeId) -> u64 {
        self.layout(id).ptr_data
    }
    pub fn has_pointers(&self, id: TypeId) -> bool {
        self.layout(id).ptr_data > 0
    }

    /// Whether a value of this type is stored directly in an interface's data word
    /// (pointer-shaped: one word that is a pointer), so converting it allocates nothing.
    pub fn is_direct_iface(&self, id: TypeId) -> bool {
        let l = self.layout(id);
        l.size == PTR_SIZE && l.ptr_data == PTR_SIZE
    }

    /// Byte offset of field `index` in a struct type.
    pub fn field_offset(&self, struct_ty: TypeId, index: usize) -> u64 {
        let mut off = 0u64;
        for (i, f) in self.struct_fields(struct_ty).iter().enumerate() {
            let l = self.layout(f.ty);
            off = round_up(off, l.align);
            if i == index {
                return off;
            }
            off = off.saturating_add(l.size);
        }
        off
    }

    // ---- printing ----

    /// The type as Go's type checker prints it in error messages.
    pub fn type_string(&self, id: TypeId) -> String {
        self.display(id, TypeStyle::Checker)
    }

    /// The type as the compiler prints it in `-m` diagnostics.
    pub fn compiler_string(&self, id: TypeId) -> String {
        self.display(id, TypeStyle::Compiler)
    }
}

/// `x` rounded up to a multiple of `align`. Sizes saturate at `u64::MAX` instead of
/// overflowing: a type larger than the address space stays "too large" everywhere.
fn round_up(x: u64, align: u64) -> u64 {
    if align <= 1 {
        x
    } else {
        x.div_ceil(align).saturating_mul(align)
    }
}

#[cfg(test)]
mod tests {
    use super::predeclared::*;
    use super::*;

    #[test]
    fn byte_and_uint8_are_identical_but_distinct_ids() {
        let mut t = TypeTable::new();
        let a = t.slice(BYTE);
        let b = t.slice(UINT8);
        assert_ne!(a, b);
        assert!(t.identical(a, b));
        assert!(t.identical(ANY, EMPTY_INTERFACE));
        assert!(!t.identical(INT, INT64));
    }

    #[test]
    fn layouts_match_amd64() {
        let mut t = TypeTable::new();
        assert_eq!(t.size(STRING), 16);
        let s = t.slice(INT);
        assert_eq!(t.size(s), 24);
        assert_eq!(t.size(ANY), 16);
        let p = t.pointer(INT);
        let st = t.intern(Type::Struct(vec![
            Field {
                name: "a".into(),
                ty: BOOL,
                embedded: false,
                pos: PosIgnored::default(),
            },
            Field {
                name: "p".into(),
                ty: p,
                embedded: false,
                pos: PosIgnored::default(),
            },
            Field {
                name: "b".into(),
                ty: INT8,
                embedded: false,
                pos: PosIgnored::default(),
            },
        ]));
        assert_eq!(
            t.layout(st),
            Layout {
                size: 24,
                align: 8,
                ptr_data: 16
            }
        );
        assert!(t.is_direct_iface(p));
        let one_ptr = t.intern(Type::Struct(vec![Field {
            name: "p".into(),
            ty: p,
            embedded: false,
            pos: PosIgnored::default(),
        }]));
        assert!(t.is_direct_iface(one_ptr));
        assert!(!t.is_direct_iface(INT));
        let arr = t.array(17, INT);
        assert_eq!(t.size(arr), 136);
    }
}
