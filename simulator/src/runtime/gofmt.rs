//! Go's `fmt` formatting of values read from simulated memory: `Println` spacing, `Printf`
//! verbs with widths, precision and flags, how structs, pointers, slices, nil values and
//! errors print, plus the texts of `panic` values and of the `print`/`println` builtins.
//!
//! Values are read by type from [`Memory`]; methods a value may have (`Error`, `String`)
//! are called back through [`Host`], because running Go code is the machine's business.

use super::memory::{Memory, STATIC_BASE, TYPE_BASE, TYPE_DESC_SIZE};
use crate::ir::Program;
use crate::types::{Basic, Type, TypeId};

/// Type word of `*errors.errorString` (what `errors.New` and `fmt.Errorf` return): a
/// runtime-internal type, below the program's type descriptors.
pub const ERROR_STRING_TYPE_WORD: u64 = TYPE_BASE - TYPE_DESC_SIZE;
/// `*fmt.wrapError` (`fmt.Errorf` with one `%w`).
pub const WRAP_ERROR_TYPE_WORD: u64 = TYPE_BASE - 2 * TYPE_DESC_SIZE;
/// `*fmt.wrapErrors` (`fmt.Errorf` with several `%w`).
pub const WRAP_ERRORS_TYPE_WORD: u64 = TYPE_BASE - 3 * TYPE_DESC_SIZE;
/// A runtime error recovered from a panic (its data word points at the message).
pub const RUNTIME_ERROR_TYPE_WORD: u64 = TYPE_BASE - 4 * TYPE_DESC_SIZE;

/// The name of a runtime-internal error type; all of them point at an object that
/// starts with the message's string header, and have an `Error` method returning it.
pub fn internal_error_name(tw: u64) -> Option<&'static str> {
    match tw {
        ERROR_STRING_TYPE_WORD => Some("*errors.errorString"),
        WRAP_ERROR_TYPE_WORD => Some("*fmt.wrapError"),
        WRAP_ERRORS_TYPE_WORD => Some("*fmt.wrapErrors"),
        RUNTIME_ERROR_TYPE_WORD => Some("runtime.Error"),
        _ => None,
    }
}

/// What the formatter needs from the machine.
pub trait Host {
    fn prog(&self) -> &Program;
    fn mem(&self) -> &Memory;
    /// Calls method `name` (`Error` or `String`, no arguments, one string result) of the
    /// dynamic value (type word, data word), if its type has it.
    fn call_string_method(&mut self, type_word: u64, data_word: u64, name: &str)
    -> Option<Vec<u8>>;
    /// The (key, element) bytes of the map at `m`.
    fn map_entries(&self, m: u64) -> Option<Vec<(Vec<u8>, Vec<u8>)>>;
    /// The same for a value of type `ty` whose bytes are `value`.
    fn call_string_method_value(&mut self, ty: TypeId, value: &[u8], name: &str)
    -> Option<Vec<u8>>;
    /// fmt's reflection copied an addressable value of type `ty` into a new interface
    /// (`reflect.Value.Interface` → `packEface`): one heap allocation of its size.
    fn reflect_copy(&mut self, _ty: TypeId) {}
    /// fmt sorting a map's entries (`internal/fmtsort`) made its `[]KeyValue` of `size`
    /// bytes (48 per entry: two `reflect.Value`s).
    fn reflect_sorted_map(&mut self, _size: u64) {}
}

/// Whether reflect stores values of `ty` directly in an interface word (Go's
/// `!IfaceIndir`: pointer-shaped types), so that `Value.Interface` never copies them.
fn pointer_shaped(prog: &Program, ty: TypeId) -> bool {
    let t = &prog.types;
    match t.get(t.underlying(ty)) {
        Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_) => true,
        Type::Basic(b) => *b == Basic::UnsafePointer,
        Type::Struct(fields) => fields.len() == 1 && pointer_shaped(prog, fields[0].ty),
        Type::Array { len, elem } => *len == 1 && pointer_shaped(prog, *elem),
        _ => false,
    }
}

/// Whether values of `ty` may have methods (named types and pointers to them).
fn has_methods(prog: &Program, ty: TypeId) -> bool {
    let t = &prog.types;
    t.is_named(ty) || matches!(t.get(ty), Type::Pointer(e) if t.is_named(*e))
}

/// The program type of an interface type word.
pub fn type_of_word(w: u64) -> Option<TypeId> {
    if (TYPE_BASE..STATIC_BASE).contains(&w) {
        Some(TypeId(((w - TYPE_BASE) / TYPE_DESC_SIZE) as u32))
    } else {
        None
    }
}

/// The bytes of the value an interface holds.
fn iface_value(prog: &Program, mem: &Memory, ty: TypeId, data: u64) -> Vec<u8> {
    let t = &prog.types;
    if t.is_direct_iface(ty) {
        return data.to_le_bytes().to_vec();
    }
    let size = t.size(ty);
    if size == 0 {
        return Vec::new();
    }
    mem.read(data, size).map(|b| b.to_vec()).unwrap_or_default()
}

fn u64_at(b: &[u8], off: usize) -> u64 {
    let mut buf = [0u8; 8];
    let end = (off + 8).min(b.len());
    if off < end {
        buf[..end - off].copy_from_slice(&b[off..end]);
    }
    u64::from_le_bytes(buf)
}

fn read_string(mem: &Memory, ptr: u64, len: u64) -> Vec<u8> {
    if len == 0 {
        return Vec::new();
    }
    mem.read(ptr, len).map(|b| b.to_vec()).unwrap_or_default()
}

/// A type as the runtime (reflection) spells it: `main.Point`, `[]int`, `interface {}`.
pub fn runtime_type_string(prog: &Program, ty: TypeId) -> String {
    let t = &prog.types;
    match t.get(ty) {
        Type::Named(_) => {
            let name = t.compiler_string(ty);
            if ty == crate::types::predeclared::ERROR || name.contains('.') {
                name
            } else {
                format!("main.{name}")
            }
        }
        Type::Basic(Basic::Byte) => "uint8".to_string(),
        Type::Basic(Basic::Rune) => "int32".to_string(),
        Type::Basic(b) => b.name().to_string(),
        Type::Pointer(e) => format!("*{}", runtime_type_string(prog, *e)),
        Type::Slice(e) => format!("[]{}", runtime_type_string(prog, *e)),
        Type::Array { len, elem } => format!("[{len}]{}", runtime_type_string(prog, *elem)),
        Type::Map { key, value } => format!(
            "map[{}]{}",
            runtime_type_string(prog, *key),
            runtime_type_string(prog, *value)
        ),
        Type::Interface { any: true, .. } => "interface {}".to_string(),
        Type::Struct(fields) => {
            if fields.is_empty() {
                return "struct {}".to_string();
            }
            let parts: Vec<String> = fields
                .iter()
                .map(|f| {
                    if f.embedded {
                        runtime_type_string(prog, f.ty)
                    } else {
                        format!("{} {}", f.name, runtime_type_string(prog, f.ty))
                    }
                })
                .collect();
            format!("struct {{ {} }}", parts.join("; "))
        }
        _ => t.compiler_string(ty),
    }
}

/// Formatting flags and sizes of one verb.
#[derive(Clone, Copy, Debug, Default)]
struct Spec {
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
    verb: char,
    /// `%+v`: field names in structs.
    plus_v: bool,
}

struct Printer<'h> {
    host: &'h mut dyn Host,
    out: Vec<u8>,
    /// The value being formatted (type and bytes), for `%!verb(type=value)`.
    cur: Option<(TypeId, Vec<u8>)>,
    /// Whether the value being printed is addressable for reflect (reached through a
    /// pointer or a slice) and reached only through exported fields: fmt's `printValue`
    /// then copies it to the heap when it takes its interface (see [`Host::reflect_copy`]).
    addressable: bool,
    read_only: bool,
}

/// `fmt.Sprint` (`ln`: `fmt.Sprintln`) of interface values.
pub fn sprint(host: &mut dyn Host, items: &[(u64, u64)], ln: bool) -> Vec<u8> {
    let mut p = Printer {
        host,
        out: Vec::new(),
        cur: None,
        addressable: false,
        read_only: false,
    };
    let mut prev_string = false;
    for (i, &(t, d)) in items.iter().enumerate() {
        let is_string = type_of_word(t)
            .map(|ty| {
                p.host.prog().types.is_string(ty) && !p.host.prog().types.is_named(ty)
                    || p.host.prog().types.is_string(ty)
            })
            .unwrap_or(false);
        if i > 0 && (ln || (!is_string && !prev_string)) {
            p.out.push(b' ');
        }
        p.print_arg(
            t,
            d,
            Spec {
                verb: 'v',
                ..Spec::default()
            },
        );
        prev_string = is_string;
    }
    if ln {
        p.out.push(b'\n');
    }
    p.out
}

/// `fmt.Sprintf`.
pub fn sprintf(host: &mut dyn Host, format: &[u8], items: &[(u64, u64)]) -> Vec<u8> {
    let mut p = Printer {
        host,
        out: Vec::new(),
        cur: None,
        addressable: false,
        read_only: false,
    };
    let mut argi = 0;
    let mut i = 0;
    let f = format;
    while i < f.len() {
        if f[i] != b'%' {
            let start = i;
            while i < f.len() && f[i] != b'%' {
                i += 1;
            }
            p.out.extend_from_slice(&f[start..i]);
            continue;
        }
        i += 1;
        let mut spec = Spec::default();
        while i < f.len() {
            match f[i] {
                b'-' => {
                    spec.minus = true;
                    spec.zero = false;
                }
                b'+' => spec.plus = true,
                b'#' => spec.sharp = true,
                b' ' => spec.space = true,
                b'0' => spec.zero = !spec.minus,
                _ => break,
            }
            i += 1;
        }
        // Width.
        if i < f.len() && f[i] == b'*' {
            i += 1;
            if let Some(&(t, d)) = items.get(argi) {
                argi += 1;
                if let Some(n) = int_arg(p.host, t, d) {
                    if n < 0 {
                        spec.minus = true;
                        spec.width = Some((-n) as usize);
                    } else {
                        spec.width = Some(n as usize);
                    }
                }
            }
        } else {
            let start = i;
            while i < f.len() && f[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                spec.width = std::str::from_utf8(&f[start..i])
                    .ok()
                    .and_then(|s| s.parse().ok());
            }
        }
        if i < f.len() && f[i] == b'.' {
            i += 1;
            if i < f.len() && f[i] == b'*' {
                i += 1;
                if let Some(&(t, d)) = items.get(argi) {
                    argi += 1;
                    spec.prec = int_arg(p.host, t, d).map(|n| n.max(0) as usize);
                }
            } else {
                let start = i;
                while i < f.len() && f[i].is_ascii_digit() {
                    i += 1;
                }
                spec.prec = Some(
                    std::str::from_utf8(&f[start..i])
                        .ok()
                        .and_then(|s| s.parse().ok())
                        .unwrap_or(0),
                );
            }
        }
        if i >= f.len() {
            p.out.extend_from_slice(b"%!(NOVERB)");
            break;
        }
        let (verb, w) = decode_rune(&f[i..]);
        i += w;
        let verb = char::from_u32(verb).unwrap_or('\u{FFFD}');
        if verb == '%' {
            p.out.push(b'%');
            continue;
        }
        spec.verb = verb;
        // %w formats like %v (Errorf also records the wrapped error).
        let verb = if verb == 'w' { 'v' } else { verb };
        spec.verb = verb;
        if verb == 'v' && spec.plus {
            spec.plus_v = true;
            spec.plus = false;
        }
        match items.get(argi) {
            Some(&(t, d)) => {
                argi += 1;
                p.print_arg(t, d, spec);
            }
            None => {
                p.out
                    .extend_from_slice(format!("%!{verb}(MISSING)").as_bytes());
            }
        }
    }
    if argi < items.len() {
        p.out.extend_from_slice(b"%!(EXTRA ");
        for (k, &(t, d)) in items[argi..].iter().enumerate() {
            if k > 0 {
                p.out.extend_from_slice(b", ");
            }
            let name = match type_of_word(t) {
                Some(ty) => runtime_type_string(p.host.prog(), ty),
                None if t == 0 => "<nil>".to_string(),
                None => internal_error_name(t).unwrap_or("?").to_string(),
            };
            p.out.extend_from_slice(name.as_bytes());
            if t == 0 {
                continue;
            }
            p.out.push(b'=');
            p.print_arg(
                t,
                d,
                Spec {
                    verb: 'v',
                    ..Spec::default()
                },
            );
        }
        p.out.push(b')');
    }
    p.out
}

fn int_arg(host: &dyn Host, t: u64, d: u64) -> Option<i64> {
    let ty = type_of_word(t)?;
    let prog = host.prog();
    let b = prog.types.basic(prog.types.underlying(ty))?;
    if !b.is_integer() {
        return None;
    }
    let bytes = iface_value(prog, host.mem(), ty, d);
    Some(int_value(b, &bytes) as i64)
}

fn int_value(b: Basic, bytes: &[u8]) -> i128 {
    let size = (b.size() as usize).clamp(1, 8);
    let mut buf = [0u8; 8];
    let n = size.min(bytes.len());
    buf[..n].copy_from_slice(&bytes[..n]);
    let u = u64::from_le_bytes(buf);
    if b.is_unsigned() {
        u as i128
    } else {
        let shift = 64 - 8 * size as u32;
        (((u << shift) as i64) >> shift) as i128
    }
}

impl Printer<'_> {
    fn prog(&self) -> &Program {
        self.host.prog()
    }

    fn pad(&mut self, s: &[u8], spec: Spec) {
        let n = std::str::from_utf8(s)
            .map(|s| s.chars().count())
            .unwrap_or(s.len());
        let w = spec.width.unwrap_or(0);
        if n >= w {
            self.out.extend_from_slice(s);
            return;
        }
        let fill = w - n;
        if spec.minus {
            self.out.extend_from_slice(s);
            self.out.extend(std::iter::repeat_n(b' ', fill));
        } else if spec.zero {
            // Zero padding goes after a number's sign.
            let numeric = !matches!(spec.verb, 's' | 'q' | 'c' | 'U' | 't');
            let (sign, rest) =
                if numeric && !s.is_empty() && (s[0] == b'-' || s[0] == b'+' || s[0] == b' ') {
                    (&s[..1], &s[1..])
                } else {
                    (&s[..0], s)
                };
            self.out.extend_from_slice(sign);
            self.out.extend(std::iter::repeat_n(b'0', fill));
            self.out.extend_from_slice(rest);
        } else {
            self.out.extend(std::iter::repeat_n(b' ', fill));
            self.out.extend_from_slice(s);
        }
    }

    fn bad_verb(&mut self, t: u64, d: u64, spec: Spec) {
        self.out
            .extend_from_slice(format!("%!{}(", spec.verb).as_bytes());
        if let Some((ty, b)) = self.cur.take() {
            let name = runtime_type_string(self.prog(), ty);
            self.out.extend_from_slice(name.as_bytes());
            self.out.push(b'=');
            let tw = TYPE_BASE + ty.0 as u64 * TYPE_DESC_SIZE;
            self.value(
                ty,
                &b,
                Spec {
                    verb: 'v',
                    ..Spec::default()
                },
                1,
                tw,
                0,
            );
            self.out.push(b')');
            return;
        }
        match type_of_word(t) {
            Some(ty) => {
                let name = runtime_type_string(self.prog(), ty);
                self.out.extend_from_slice(name.as_bytes());
                self.out.push(b'=');
                self.print_arg(
                    t,
                    d,
                    Spec {
                        verb: 'v',
                        ..Spec::default()
                    },
                );
            }
            None => self.out.extend_from_slice(b"<nil>"),
        }
        self.out.push(b')');
    }

    /// Prints an interface value (an argument, or an interface inside a composite): what
    /// it holds is a copy, never addressable.
    fn print_arg(&mut self, t: u64, d: u64, spec: Spec) {
        let saved = (self.addressable, self.read_only);
        (self.addressable, self.read_only) = (false, false);
        self.print_arg_inner(t, d, spec);
        (self.addressable, self.read_only) = saved;
    }

    fn print_arg_inner(&mut self, t: u64, d: u64, spec: Spec) {
        if t == 0 {
            match spec.verb {
                'T' | 'v' => self.pad(b"<nil>", spec),
                _ => self.bad_verb(t, d, spec),
            }
            return;
        }
        if spec.verb == 'T' {
            let s = match type_of_word(t) {
                Some(ty) => runtime_type_string(self.prog(), ty),
                None => internal_error_name(t).unwrap_or("?").to_string(),
            };
            self.pad(s.as_bytes(), spec);
            return;
        }
        if internal_error_name(t).is_some() {
            let mem = self.host.mem();
            let (p, n) = (
                mem.read_u64(d).unwrap_or(0),
                mem.read_u64(d + 8).unwrap_or(0),
            );
            let s = read_string(mem, p, n);
            self.fmt_string(&s, spec, t, d);
            return;
        }
        let Some(ty) = type_of_word(t) else {
            return;
        };
        // Error and String methods win for %v %s %q and friends.
        if matches!(spec.verb, 'v' | 's' | 'q' | 'x' | 'X') {
            for m in ["Error", "String"] {
                if let Some(s) = self.host.call_string_method(t, d, m) {
                    self.fmt_string(&s, spec, t, d);
                    return;
                }
            }
        }
        let bytes = iface_value(self.prog(), self.host.mem(), ty, d);
        self.value(ty, &bytes, spec, 0, t, d);
    }

    fn fmt_string(&mut self, s: &[u8], spec: Spec, t: u64, d: u64) {
        match spec.verb {
            'v' | 's' => {
                let s = match spec.prec {
                    Some(p) => truncate_runes(s, p),
                    None => s.to_vec(),
                };
                self.pad(&s, spec)
            }
            'q' => {
                let q = if spec.sharp && !s.contains(&b'`') {
                    let mut v = vec![b'`'];
                    v.extend_from_slice(s);
                    v.push(b'`');
                    v
                } else if spec.plus {
                    quote_ascii(s).into_bytes()
                } else {
                    quote(s).into_bytes()
                };
                self.pad(&q, spec)
            }
            'x' | 'X' => {
                let mut h = String::new();
                let prefix = if spec.verb == 'x' { "0x" } else { "0X" };
                for (i, b) in s.iter().enumerate() {
                    if spec.space && i > 0 {
                        h.push(' ');
                    }
                    if spec.sharp && (i == 0 || spec.space) {
                        h.push_str(prefix);
                    }
                    if spec.verb == 'x' {
                        h.push_str(&format!("{b:02x}"));
                    } else {
                        h.push_str(&format!("{b:02X}"));
                    }
                }
                self.pad(h.as_bytes(), spec)
            }
            _ => self.bad_verb(t, d, spec),
        }
    }

    /// Formats a value of type `ty` whose bytes are `b`; `depth` 0 is a top-level operand.
    fn value(&mut self, ty: TypeId, b: &[u8], spec: Spec, depth: u32, t: u64, d: u64) {
        if depth > 32 {
            self.out.extend_from_slice(b"...");
            return;
        }
        self.cur = Some((ty, b.to_vec()));
        let prog = self.host.prog();
        let types = &prog.types;
        let under = types.underlying(ty);
        match types.get(under).clone() {
            Type::Basic(basic) => {
                let basic = basic.canonical();
                if basic.is_integer() {
                    let v = int_value(basic, b);
                    self.int(v, basic.size(), spec, t, d);
                } else if basic.is_complex() {
                    let c64 = basic == Basic::Complex64;
                    let (re, im) = if c64 {
                        (
                            f32::from_bits(u64_at(b, 0) as u32) as f64,
                            f32::from_bits((u64_at(b, 0) >> 32) as u32) as f64,
                        )
                    } else {
                        (f64::from_bits(u64_at(b, 0)), f64::from_bits(u64_at(b, 8)))
                    };
                    // fmt prints (re+imi): the imaginary part always with its sign.
                    self.out.push(b'(');
                    self.float(
                        re,
                        c64,
                        Spec {
                            width: None,
                            ..spec
                        },
                        t,
                        d,
                    );
                    let mut ispec = spec;
                    ispec.plus = true;
                    ispec.width = None;
                    self.float(im, c64, ispec, t, d);
                    self.out.extend_from_slice(b"i)");
                } else if basic.is_float() {
                    let f = if basic == Basic::Float32 {
                        f32::from_bits(u64_at(b, 0) as u32) as f64
                    } else {
                        f64::from_bits(u64_at(b, 0))
                    };
                    self.float(f, basic == Basic::Float32, spec, t, d);
                } else if basic.is_boolean() {
                    match spec.verb {
                        'v' | 't' => {
                            let s: &[u8] = if b.first() == Some(&1) {
                                b"true"
                            } else {
                                b"false"
                            };
                            self.pad(s, spec)
                        }
                        _ => self.bad_verb(t, d, spec),
                    }
                } else if basic.is_string() {
                    let s = read_string(self.host.mem(), u64_at(b, 0), u64_at(b, 8));
                    self.fmt_string(&s, spec, t, d);
                } else {
                    let s = format!("{:#x}", u64_at(b, 0));
                    self.pad(s.as_bytes(), spec);
                }
            }
            Type::Pointer(elem) => {
                let p = u64_at(b, 0);
                if spec.verb == 'p' {
                    self.pad(format!("{p:#x}").as_bytes(), spec);
                    return;
                }
                if p == 0 {
                    if spec.verb == 'v' {
                        self.pad(b"<nil>", spec);
                    } else {
                        self.pad(b"0x0", spec);
                    }
                    return;
                }
                let elem_under = types.get(types.underlying(elem)).clone();
                if depth == 0
                    && matches!(
                        elem_under,
                        Type::Struct(_) | Type::Array { .. } | Type::Slice(_) | Type::Map { .. }
                    )
                    && spec.verb == 'v'
                {
                    self.out.push(b'&');
                    let size = types.size(elem);
                    let vb = self
                        .host
                        .mem()
                        .read(p, size)
                        .map(|x| x.to_vec())
                        .unwrap_or_default();
                    let saved = (self.addressable, self.read_only);
                    self.addressable = true;
                    self.reflect_copy(elem, depth + 1);
                    self.value(elem, &vb, spec, depth + 1, t, d);
                    (self.addressable, self.read_only) = saved;
                    return;
                }
                match spec.verb {
                    'v' | 'x' | 'X' => self.pad(format!("{p:#x}").as_bytes(), spec),
                    'd' => self.pad(p.to_string().as_bytes(), spec),
                    _ => self.bad_verb(t, d, spec),
                }
            }
            Type::Struct(fields) => {
                if spec.verb != 'v'
                    && depth == 0
                    && !matches!(
                        spec.verb,
                        'd' | 's' | 'x' | 'X' | 'q' | 'f' | 'g' | 'e' | 't'
                    )
                {
                    self.bad_verb(t, d, spec);
                    return;
                }
                self.out.push(b'{');
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.out.push(b' ');
                    }
                    if spec.plus_v {
                        self.out.extend_from_slice(f.name.as_bytes());
                        self.out.push(b':');
                    }
                    let off = self.prog().types.field_offset(ty, i) as usize;
                    let size = self.prog().types.size(f.ty) as usize;
                    let fb = b[off..off + size].to_vec();
                    let saved = self.read_only;
                    self.read_only |= !f.name.as_str().starts_with(|c: char| c.is_uppercase());
                    self.elem(f.ty, &fb, spec, depth + 1);
                    self.read_only = saved;
                }
                self.out.push(b'}');
            }
            Type::Array { len, elem } => {
                let esize = types.size(elem) as usize;
                self.out.push(b'[');
                for i in 0..len as usize {
                    if i > 0 {
                        self.out.push(b' ');
                    }
                    let eb = b[i * esize..(i + 1) * esize].to_vec();
                    self.elem(elem, &eb, spec, depth + 1);
                }
                self.out.push(b']');
            }
            Type::Slice(elem) => {
                let (p, n) = (u64_at(b, 0), u64_at(b, 8));
                if spec.verb == 'p' {
                    self.pad(format!("{p:#x}").as_bytes(), spec);
                    return;
                }
                let esize = types.size(elem);
                let is_bytes = types
                    .basic(types.underlying(elem))
                    .map(|b| b.canonical() == Basic::Uint8 || b == Basic::Byte)
                    .unwrap_or(false);
                let all = if n == 0 || esize == 0 {
                    vec![0; (n * esize) as usize]
                } else {
                    self.host
                        .mem()
                        .read(p, n * esize)
                        .map(|x| x.to_vec())
                        .unwrap_or_default()
                };
                if is_bytes && matches!(spec.verb, 's' | 'q' | 'x' | 'X') {
                    self.fmt_string(&all, spec, t, d);
                    return;
                }
                self.out.push(b'[');
                let saved = self.addressable;
                // A byte slice prints through fmtBytes, element values without reflect.
                self.addressable = !is_bytes;
                for i in 0..n as usize {
                    if i > 0 {
                        self.out.push(b' ');
                    }
                    let eb = all[i * esize as usize..(i + 1) * esize as usize].to_vec();
                    self.elem(elem, &eb, spec, depth + 1);
                }
                self.addressable = saved;
                self.out.push(b']');
            }
            Type::Interface { .. } => {
                let (it, id) = (u64_at(b, 0), u64_at(b, 8));
                if it == 0 {
                    self.pad(b"<nil>", spec);
                } else {
                    self.print_arg(it, id, spec);
                }
            }
            Type::Map { key, value } if spec.verb != 'p' => {
                let m = u64_at(b, 0);
                let mut entries = self.host.map_entries(m).unwrap_or_default();
                // fmtsort.Sort: a []KeyValue of the map's length, then a copy of every
                // key and element the iterator hands out (reflect's `copyVal`).
                if !entries.is_empty() {
                    self.host.reflect_sorted_map(48 * entries.len() as u64);
                    let prog = self.host.prog();
                    let copies = |t: TypeId| !pointer_shaped(prog, t) && prog.types.size(t) > 0;
                    let (ck, cv) = (copies(key), copies(value));
                    for _ in 0..entries.len() {
                        if ck {
                            self.host.reflect_copy(key);
                        }
                        if cv {
                            self.host.reflect_copy(value);
                        }
                    }
                }
                let prog = self.host.prog();
                entries.sort_by(|x, y| compare_keys(prog, self.host.mem(), key, &x.0, &y.0));
                self.out.extend_from_slice(b"map[");
                let saved = self.addressable;
                self.addressable = false;
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        self.out.push(b' ');
                    }
                    self.elem(key, k, spec, depth + 1);
                    self.out.push(b':');
                    self.elem(value, v, spec, depth + 1);
                }
                self.addressable = saved;
                self.out.push(b']');
            }
            Type::Map { .. } | Type::Chan { .. } | Type::Func(_) => {
                let p = u64_at(b, 0);
                if p == 0 && matches!(types.get(under), Type::Map { .. }) {
                    self.out.extend_from_slice(b"map[]");
                } else if p == 0 && spec.verb == 'v' {
                    self.pad(b"<nil>", spec);
                } else {
                    self.pad(format!("{p:#x}").as_bytes(), spec);
                }
            }
            _ => self.out.extend_from_slice(b"?"),
        }
    }

    /// An element inside a composite value: interfaces and types with methods are
    /// printed through their dynamic value and methods, like fmt's `printValue`.
    fn elem(&mut self, ty: TypeId, b: &[u8], spec: Spec, depth: u32) {
        self.reflect_copy(ty, depth);
        let types = &self.prog().types;
        if types.is_interface(ty) {
            let (t, d) = (u64_at(b, 0), u64_at(b, 8));
            if t == 0 {
                self.pad(b"<nil>", spec);
            } else {
                self.print_arg(t, d, spec);
            }
            return;
        }
        let tw = TYPE_BASE + ty.0 as u64 * TYPE_DESC_SIZE;
        if matches!(spec.verb, 'v' | 's' | 'q') && has_methods(self.prog(), ty) {
            // A value with an Error or String method prints through it.
            for m in ["Error", "String"] {
                if let Some(s) = self.host.call_string_method_value(ty, b, m) {
                    self.fmt_string(&s, spec, tw, 0);
                    return;
                }
            }
        }
        self.value(ty, b, spec, depth, tw, 0);
    }

    /// fmt's `printValue` at depth > 0 takes `value.Interface()`, which copies an
    /// addressable, exported, non-pointer-shaped value to the heap.
    fn reflect_copy(&mut self, ty: TypeId, depth: u32) {
        let prog = self.prog();
        if depth > 0
            && self.addressable
            && !self.read_only
            && !prog.types.is_interface(ty)
            && !pointer_shaped(prog, ty)
            && prog.types.size(ty) > 0
        {
            self.host.reflect_copy(ty);
        }
    }

    fn int(&mut self, v: i128, size: u64, spec: Spec, t: u64, d: u64) {
        let neg = v < 0;
        let mag = v.unsigned_abs();
        let mut digits = match spec.verb {
            'v' | 'd' => mag.to_string(),
            'x' => format!("{mag:x}"),
            'X' => format!("{mag:X}"),
            'o' | 'O' => format!("{mag:o}"),
            'b' => format!("{mag:b}"),
            'c' => {
                let c = u32::try_from(v)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                self.pad(c.to_string().as_bytes(), spec);
                return;
            }
            'q' => {
                let c = u32::try_from(v)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                self.pad(quote_rune(c).as_bytes(), spec);
                return;
            }
            'U' => {
                let mut s = format!("U+{:04X}", mag);
                if spec.sharp
                    && let Some(c) = u32::try_from(v).ok().and_then(char::from_u32)
                    && !c.is_control()
                {
                    s.push_str(&format!(" '{c}'"));
                }
                self.pad(s.as_bytes(), spec);
                return;
            }
            'f' | 'e' | 'g' | 's' | 't' | 'p' => {
                self.bad_verb(t, d, spec);
                return;
            }
            _ => {
                self.bad_verb(t, d, spec);
                return;
            }
        };
        let _ = size;
        if let Some(p) = spec.prec {
            if p == 0 && mag == 0 {
                digits.clear();
            }
            while digits.len() < p {
                digits.insert(0, '0');
            }
        }
        if spec.sharp {
            match spec.verb {
                'x' => digits.insert_str(0, "0x"),
                'X' => digits.insert_str(0, "0X"),
                'o' => digits.insert(0, '0'),
                'b' => digits.insert_str(0, "0b"),
                _ => {}
            }
        }
        if spec.verb == 'O' {
            digits.insert_str(0, "0o");
        }
        let sign = if neg {
            "-"
        } else if spec.plus {
            "+"
        } else if spec.space {
            " "
        } else {
            ""
        };
        let s = format!("{sign}{digits}");
        let mut spec = spec;
        if spec.prec.is_some() {
            spec.zero = false;
        }
        self.pad(s.as_bytes(), spec);
    }

    fn float(&mut self, f: f64, f32: bool, spec: Spec, t: u64, d: u64) {
        let body = match spec.verb {
            'v' | 'g' | 'G' => format_g(f, spec.prec, f32, spec.sharp),
            'f' | 'F' => format_f(f, spec.prec.unwrap_or(6)),
            'e' | 'E' => format_e(f, spec.prec.unwrap_or(6)),
            'x' | 'X' if spec.prec.is_none() => format_hex_float(f, f32),
            _ => {
                self.bad_verb(t, d, spec);
                return;
            }
        };
        let body = if matches!(spec.verb, 'E' | 'G' | 'X') {
            body.to_uppercase()
        } else {
            body
        };
        let s = if body.starts_with('-') || body.starts_with('+') {
            body
        } else if spec.plus {
            format!("+{body}")
        } else if spec.space {
            format!(" {body}")
        } else {
            body
        };
        let mut spec = spec;
        if f.is_infinite() || f.is_nan() {
            spec.zero = false;
        }
        self.pad(s.as_bytes(), spec);
    }
}

fn truncate_runes(s: &[u8], n: usize) -> Vec<u8> {
    match std::str::from_utf8(s) {
        Ok(st) => st.chars().take(n).collect::<String>().into_bytes(),
        Err(_) => s[..n.min(s.len())].to_vec(),
    }
}

/// Shortest decimal digits and decimal-point position of `f` (`f` finite, non-zero).
fn shortest_digits(f: f64, f32: bool) -> (String, i32) {
    let s = if f32 {
        format!("{:e}", f.abs() as f32)
    } else {
        format!("{:e}", f.abs())
    };
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

fn special(f: f64) -> Option<String> {
    if f.is_nan() {
        Some("NaN".to_string())
    } else if f.is_infinite() {
        Some(if f > 0.0 { "+Inf" } else { "-Inf" }.to_string())
    } else {
        None
    }
}

/// `strconv.FormatFloat(f, 'g', prec, 64)` (prec `None`: shortest).
pub fn format_g(f: f64, prec: Option<usize>, f32: bool, sharp: bool) -> String {
    if let Some(s) = special(f) {
        return s;
    }
    let neg = f.is_sign_negative();
    let sign = if neg { "-" } else { "" };
    if f == 0.0 {
        return match prec {
            Some(p) if sharp => format!("{sign}0.{}", "0".repeat(p.max(1) - 1)),
            _ => format!("{sign}0"),
        };
    }
    let (mut digits, dp, eprec) = match prec {
        None => {
            let (d, dp) = shortest_digits(f, f32);
            (d, dp, 6usize)
        }
        Some(p) => {
            let p = p.max(1);
            let s = format!("{:.*e}", p - 1, f.abs());
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let mut d: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
            while d.len() > 1 && d.ends_with('0') {
                d.pop();
            }
            let dp = exp.parse::<i32>().unwrap_or(0) + 1;
            let mut eprec = p;
            if eprec > d.len() && d.len() as i32 >= dp {
                eprec = d.len();
            }
            (d, dp, eprec)
        }
    };
    let exp = dp - 1;
    if exp < -4 || exp >= eprec as i32 {
        // %e with len(digits)-1 decimals.
        let mut s = String::from(sign);
        s.push_str(&digits[..1]);
        if digits.len() > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        s.push('e');
        s.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            s.push('0');
        }
        s.push_str(&e.to_string());
        return s;
    }
    // %f with max(len(digits)-dp, 0) decimals.
    let mut s = String::from(sign);
    if dp <= 0 {
        s.push_str("0.");
        s.push_str(&"0".repeat((-dp) as usize));
        s.push_str(&digits);
    } else if dp as usize >= digits.len() {
        while digits.len() < dp as usize {
            digits.push('0');
        }
        s.push_str(&digits);
    } else {
        s.push_str(&digits[..dp as usize]);
        s.push('.');
        s.push_str(&digits[dp as usize..]);
    }
    s
}

/// `strconv.FormatFloat(f, 'x', -1, bits)`: `-0x1.8p+01`, the shortest hexadecimal
/// mantissa and a binary exponent of at least two digits.
pub fn format_hex_float(f: f64, f32: bool) -> String {
    if let Some(s) = special(f) {
        return s;
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0p+00");
    }
    let bits = f.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    let mut exp = raw_exp - 1023;
    if raw_exp == 0 {
        // Subnormal: normalise so the leading digit is 1.
        let shift = mant.leading_zeros() as i64 - 11;
        mant = (mant << shift) & ((1u64 << 52) - 1);
        exp = -1022 - shift;
    }
    // A float32's mantissa has 23 bits; its shortest form never needs more.
    let _ = f32;
    let mut digits = format!("{mant:013x}");
    while digits.ends_with('0') {
        digits.pop();
    }
    let frac = if digits.is_empty() {
        String::new()
    } else {
        format!(".{digits}")
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x1{frac}p{esign}{:02}", exp.unsigned_abs())
}

/// `%.Nf`.
pub fn format_f(f: f64, prec: usize) -> String {
    if let Some(s) = special(f) {
        return s;
    }
    format!("{f:.prec$}")
}

/// `%.Ne`.
pub fn format_e(f: f64, prec: usize) -> String {
    if let Some(s) = special(f) {
        return s;
    }
    let s = format!("{f:.prec$e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    format!(
        "{mant}e{}{:02}",
        if e < 0 { '-' } else { '+' },
        e.unsigned_abs()
    )
}

/// `strconv.Quote`.
pub fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        if r == 0xFFFD && w == 1 && s[i] != 0xEF {
            out.push_str(&format!("\\x{:02x}", s[i]));
            i += 1;
            continue;
        }
        let c = char::from_u32(r).unwrap_or('\u{FFFD}');
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
        i += w;
    }
    out.push('"');
    out
}

/// `strconv.QuoteToASCII` (`%+q`).
pub fn quote_ascii(s: &[u8]) -> String {
    let q = quote(s);
    let mut out = String::new();
    for c in q.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if (c as u32) < 0x10000 {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    out
}

fn quote_rune(c: char) -> String {
    match c {
        '\'' => "'\\''".to_string(),
        '\\' => "'\\\\'".to_string(),
        '\n' => "'\\n'".to_string(),
        '\t' => "'\\t'".to_string(),
        c if (c as u32) < 0x20 => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

/// Decodes one UTF-8 rune: (rune, width); invalid bytes give (U+FFFD, 1).
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    if b.is_empty() {
        return (0xFFFD, 0);
    }
    let n = match b[0] {
        0x00..=0x7F => return (b[0] as u32, 1),
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (0xFFFD, 1),
    };
    if b.len() < n {
        return (0xFFFD, 1);
    }
    match std::str::from_utf8(&b[..n]) {
        Ok(s) => (s.chars().next().map(|c| c as u32).unwrap_or(0xFFFD), n),
        Err(_) => (0xFFFD, 1),
    }
}

/// The text after `panic: ` for a panic value (Go's `printpanicval`).
pub fn panic_value(host: &mut dyn Host, t: u64, d: u64) -> String {
    if internal_error_name(t).is_some() {
        let mem = host.mem();
        let (p, n) = (
            mem.read_u64(d).unwrap_or(0),
            mem.read_u64(d + 8).unwrap_or(0),
        );
        return String::from_utf8_lossy(&read_string(mem, p, n)).into_owned();
    }
    let Some(ty) = type_of_word(t) else {
        return String::new();
    };
    for m in ["Error", "String"] {
        if let Some(s) = host.call_string_method(t, d, m) {
            return String::from_utf8_lossy(&s).into_owned();
        }
    }
    let prog = host.prog();
    let bytes = iface_value(prog, host.mem(), ty, d);
    let under = prog.types.underlying(ty);
    let named = prog.types.is_named(ty);
    let text = match prog.types.basic(under).map(|b| b.canonical()) {
        Some(b) if b.is_integer() => int_value(b, &bytes).to_string(),
        Some(b) if b.is_float() => {
            let f32 = b == Basic::Float32;
            let f = if f32 {
                f32::from_bits(u64_at(&bytes, 0) as u32) as f64
            } else {
                f64::from_bits(u64_at(&bytes, 0))
            };
            format_g(f, None, f32, false)
        }
        Some(Basic::Bool) => if bytes.first() == Some(&1) {
            "true"
        } else {
            "false"
        }
        .to_string(),
        Some(Basic::String) => {
            let s = read_string(host.mem(), u64_at(&bytes, 0), u64_at(&bytes, 8));
            let s = String::from_utf8_lossy(&s).into_owned();
            if named {
                return format!("{}({})", runtime_type_string(prog, ty), quote(s.as_bytes()));
            }
            return s;
        }
        _ => {
            return format!("({}) {:#x}", runtime_type_string(prog, ty), d);
        }
    };
    if named {
        format!("{}({text})", runtime_type_string(prog, ty))
    } else {
        text
    }
}

/// How the `print`/`println` builtins print a float: `+1.500000e+000`.
pub fn print_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf" } else { "-Inf" }.to_string();
    }
    let s = format!("{:.6e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    format!(
        "{}{mant}e{}{:03}",
        if f.is_sign_negative() { '-' } else { '+' },
        if e < 0 { '-' } else { '+' },
        e.unsigned_abs()
    )
}

/// The `print`/`println` builtins' text for one operand.
pub fn print_builtin(prog: &Program, mem: &Memory, ty: TypeId, b: &[u8]) -> String {
    let t = &prog.types;
    match t.get(t.underlying(ty)) {
        Type::Basic(basic) => {
            let basic = basic.canonical();
            if basic.is_integer() {
                int_value(basic, b).to_string()
            } else if basic.is_float() {
                let f = if basic == Basic::Float32 {
                    f32::from_bits(u64_at(b, 0) as u32) as f64
                } else {
                    f64::from_bits(u64_at(b, 0))
                };
                print_float(f)
            } else if basic.is_boolean() {
                if b.first() == Some(&1) {
                    "true"
                } else {
                    "false"
                }
                .to_string()
            } else if basic.is_string() {
                String::from_utf8_lossy(&read_string(mem, u64_at(b, 0), u64_at(b, 8))).into_owned()
            } else {
                format!("{:#x}", u64_at(b, 0))
            }
        }
        Type::Interface { .. } => format!("({:#x},{:#x})", u64_at(b, 0), u64_at(b, 8)),
        Type::Slice(_) => format!("[{}/{}]{:#x}", u64_at(b, 8), u64_at(b, 16), u64_at(b, 0)),
        _ => format!("{:#x}", u64_at(b, 0)),
    }
}

/// The order `fmt` prints map keys in (Go's `internal/fmtsort`): numbers and strings
/// by value, false before true, pointers and channels by address, interfaces by type
/// then value, structs and arrays field by field.
pub fn compare_keys(
    prog: &Program,
    mem: &Memory,
    ty: TypeId,
    x: &[u8],
    y: &[u8],
) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let t = &prog.types;
    match t.get(t.underlying(ty)) {
        Type::Basic(b) => {
            let b = b.canonical();
            if b.is_string() {
                read_string(mem, u64_at(x, 0), u64_at(x, 8)).cmp(&read_string(
                    mem,
                    u64_at(y, 0),
                    u64_at(y, 8),
                ))
            } else if b.is_integer() {
                int_value(b, x).cmp(&int_value(b, y))
            } else if b.is_float() {
                let (a, c) = if b == Basic::Float32 {
                    (
                        f32::from_bits(u64_at(x, 0) as u32) as f64,
                        f32::from_bits(u64_at(y, 0) as u32) as f64,
                    )
                } else {
                    (f64::from_bits(u64_at(x, 0)), f64::from_bits(u64_at(y, 0)))
                };
                match (a.is_nan(), c.is_nan()) {
                    (true, true) => Ordering::Equal,
                    (true, false) => Ordering::Less,
                    (false, true) => Ordering::Greater,
                    _ => a.partial_cmp(&c).unwrap_or(Ordering::Equal),
                }
            } else {
                x.cmp(y)
            }
        }
        Type::Struct(fields) => {
            for (i, f) in fields.iter().enumerate() {
                let off = t.field_offset(ty, i) as usize;
                let size = t.size(f.ty) as usize;
                let o = compare_keys(prog, mem, f.ty, &x[off..off + size], &y[off..off + size]);
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        }
        Type::Array { len, elem } => {
            let size = t.size(*elem) as usize;
            for i in 0..*len as usize {
                let o = compare_keys(
                    prog,
                    mem,
                    *elem,
                    &x[i * size..(i + 1) * size],
                    &y[i * size..(i + 1) * size],
                );
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        }
        Type::Interface { .. } => {
            let (tx, ty_) = (u64_at(x, 0), u64_at(y, 0));
            if tx != ty_ || tx == 0 {
                return tx.cmp(&ty_);
            }
            match type_of_word(tx) {
                Some(dt) => {
                    let a = iface_value(prog, mem, dt, u64_at(x, 8));
                    let c = iface_value(prog, mem, dt, u64_at(y, 8));
                    compare_keys(prog, mem, dt, &a, &c)
                }
                None => u64_at(x, 8).cmp(&u64_at(y, 8)),
            }
        }
        _ => u64_at(x, 0).cmp(&u64_at(y, 0)),
    }
}

/// Whether two values of type `ty` are equal (Go's `==`).
pub fn values_equal(prog: &Program, mem: &Memory, ty: TypeId, x: &[u8], y: &[u8]) -> bool {
    let t = &prog.types;
    match t.get(t.underlying(ty)) {
        Type::Basic(b) if b.is_string() => {
            read_string(mem, u64_at(x, 0), u64_at(x, 8))
                == read_string(mem, u64_at(y, 0), u64_at(y, 8))
        }
        Type::Basic(b) if b.is_float() => {
            if *b == Basic::Float32 {
                f32::from_bits(u64_at(x, 0) as u32) == f32::from_bits(u64_at(y, 0) as u32)
            } else {
                f64::from_bits(u64_at(x, 0)) == f64::from_bits(u64_at(y, 0))
            }
        }
        Type::Interface { .. } => {
            let (tx, ty_) = (u64_at(x, 0), u64_at(y, 0));
            tx == ty_ && (tx == 0 || iface_data_equal(prog, mem, tx, u64_at(x, 8), u64_at(y, 8)))
        }
        Type::Struct(fields) => fields.iter().enumerate().all(|(i, f)| {
            let off = t.field_offset(ty, i) as usize;
            let size = t.size(f.ty) as usize;
            values_equal(prog, mem, f.ty, &x[off..off + size], &y[off..off + size])
        }),
        Type::Array { len, elem } => {
            let s = t.size(*elem) as usize;
            (0..*len as usize).all(|i| {
                values_equal(
                    prog,
                    mem,
                    *elem,
                    &x[i * s..(i + 1) * s],
                    &y[i * s..(i + 1) * s],
                )
            })
        }
        _ => x == y,
    }
}

/// Whether two interface data words of the same dynamic type hold equal values.
pub fn iface_data_equal(prog: &Program, mem: &Memory, t: u64, dx: u64, dy: u64) -> bool {
    if internal_error_name(t).is_some() {
        return dx == dy;
    }
    match type_of_word(t) {
        Some(ty) => {
            let x = iface_value(prog, mem, ty, dx);
            let y = iface_value(prog, mem, ty, dy);
            values_equal(prog, mem, ty, &x, &y)
        }
        None => dx == dy,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_go() {
        assert_eq!(format_g(1000000.0, None, false, false), "1e+06");
        assert_eq!(format_g(123456.0, None, false, false), "123456");
        assert_eq!(format_g(2.25, None, false, false), "2.25");
        assert_eq!(format_g(0.0001, None, false, false), "0.0001");
        assert_eq!(format_g(0.00001, None, false, false), "1e-05");
        assert_eq!(format_g(-2.5, None, false, false), "-2.5");
        assert_eq!(
            format_g(1.0 / 3.0, None, false, false),
            "0.3333333333333333"
        );
        assert_eq!(format_g(100.0, Some(2), false, false), "1e+02");
        assert_eq!(format_f(1.23456, 2), "1.23");
        assert_eq!(format_e(1234.5678, 2), "1.23e+03");
        assert_eq!(print_float(1.5), "+1.500000e+000");
    }

    #[test]
    fn strings_quote_like_strconv() {
        assert_eq!(quote(b"a\"b\n"), "\"a\\\"b\\n\"");
        assert_eq!(quote("héllo".as_bytes()), "\"héllo\"");
    }
}
