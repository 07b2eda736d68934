//! Compile-time constant values and their arithmetic, as Go's `go/constant` does it.
//!
//! Go's untyped constants have arbitrary precision. memsim keeps integers in `i128`
//! (reporting a clean error when one leaves that range) and untyped floating-point
//! constants as exact rationals ([`Value::Rat`]), so `0.1 + 0.2` is exactly `0.3` and
//! `1e300 * 1e300 / 1e300` is `1e300`, as in Go; they are rounded to `f64` when they get a
//! type ([`Value::Float`]). A rational that would grow past [`MAX_RAT_BITS`] (Go switches
//! to a 512-bit float there) is rounded to `f64` instead. Strings are byte strings (Go strings may hold
//! any bytes: `"\xff"`).

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};
use std::fmt::Write as _;
use std::sync::Arc;

/// Bits of numerator plus denominator beyond which an exact constant is rounded to `f64`.
pub const MAX_RAT_BITS: u64 = 8192;

/// `r` as a constant: exact while it stays small, else rounded to `f64`.
pub fn rat_value(r: BigRational) -> Value {
    if r.numer().bits() + r.denom().bits() > MAX_RAT_BITS {
        return Value::Float(rat_to_f64(&r));
    }
    Value::Rat(Arc::new(r))
}

/// The `f64` nearest to `r` (infinite beyond the range).
pub fn rat_to_f64(r: &BigRational) -> f64 {
    match r.to_f64() {
        Some(f) => f,
        None => {
            if r.is_negative() {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }
        }
    }
}

/// The exact value of a finite `f64`.
fn f64_to_rat(f: f64) -> Option<BigRational> {
    BigRational::from_float(f)
}

/// A constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    Int(i128),
    Float(f64),
    /// An untyped floating-point constant, exactly.
    Rat(Arc<BigRational>),
    /// A complex constant (real, imaginary).
    Complex(f64, f64),
    String(Arc<[u8]>),
}

/// Why a constant operation has no result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConstError {
    DivisionByZero,
    /// The result does not fit memsim's constant representation.
    Overflow,
    /// The operation does not apply to these operands.
    Invalid,
}

impl Value {
    pub fn string(s: &str) -> Value {
        Value::String(Arc::from(s.as_bytes()))
    }

    pub fn as_int(&self) -> Option<i128> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Float(f) | Value::Complex(f, 0.0) if f.fract() == 0.0 && f.abs() < 1.7e38 => {
                Some(*f as i128)
            }
            Value::Rat(r) if r.is_integer() => r.to_integer().to_i128(),
            _ => None,
        }
    }

    /// The value with an exact float rounded to `f64` (what a typed value holds).
    pub fn rounded(&self) -> Value {
        match self {
            Value::Rat(r) => Value::Float(rat_to_f64(r)),
            v => v.clone(),
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            Value::Rat(r) => Some(rat_to_f64(r)),
            Value::Complex(re, 0.0) => Some(*re),
            _ => None,
        }
    }

    /// The value as a complex number (real numbers have a zero imaginary part).
    pub fn as_complex(&self) -> Option<(f64, f64)> {
        match self {
            Value::Complex(re, im) => Some((*re, *im)),
            v => v.as_f64().map(|f| (f, 0.0)),
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            Value::Int(_) | Value::Float(_) | Value::Rat(_) | Value::Complex(..)
        )
    }

    /// Go's `constant.Sign`-style test for zero.
    pub fn is_zero(&self) -> bool {
        match self {
            Value::Int(i) => *i == 0,
            Value::Float(f) => *f == 0.0,
            Value::Rat(r) => r.is_zero(),
            Value::Complex(re, im) => *re == 0.0 && *im == 0.0,
            _ => false,
        }
    }

    /// The value as `go/constant` prints it (`%v` of a `constant.Value`): decimal integers,
    /// `%.6g` floats, Go-quoted strings cut to 72 runes.
    pub fn go_string(&self) -> String {
        match self {
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format_float_6g(*f),
            Value::Rat(r) => format_float_6g(rat_to_f64(r)),
            Value::Complex(re, im) => {
                format!("({} + {}i)", format_float_6g(*re), format_float_6g(*im))
            }
            Value::String(s) => {
                let q = go_quote(s);
                const MAX_LEN: usize = 72;
                if q.chars().count() > MAX_LEN {
                    let cut: String = q.chars().take(MAX_LEN - 3).collect();
                    format!("{cut}...")
                } else {
                    q
                }
            }
        }
    }

    /// Whether the value is a mathematically integral number.
    pub fn is_integral(&self) -> bool {
        match self {
            Value::Int(_) => true,
            Value::Float(f) => f.is_finite() && f.fract() == 0.0,
            Value::Rat(r) => r.is_integer(),
            Value::Complex(re, im) => *im == 0.0 && re.is_finite() && re.fract() == 0.0,
            _ => false,
        }
    }
}

/// Go's `%.6g` (with the extra-digits rule of `constant.floatVal.String`).
pub fn format_float_6g(f: f64) -> String {
    let s = format_g(f, Some(6));
    if f.fract() != 0.0 && !s.contains('.') && !s.contains('e') {
        return format_g(f, None);
    }
    if f.fract() != 0.0 && !s.contains('.') {
        // e.g. 1e-07: Go keeps %.6g unless the representation hides the fraction.
        return s;
    }
    s
}

/// Go's `%g` with an optional precision (`None` = shortest representation that round-trips).
pub fn format_g(f: f64, precision: Option<usize>) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    // Digits and decimal exponent.
    let (digits, exp) = match precision {
        Some(p) => {
            let p = p.max(1);
            let s = format!("{:.*e}", p - 1, f.abs());
            split_exp(&s)
        }
        None => {
            let s = format!("{:e}", f.abs());
            split_exp(&s)
        }
    };
    let digits = digits.trim_end_matches('0').to_string();
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    // Go's %g switches to exponent form at the precision (6 for the shortest form).
    let eprec = match precision {
        Some(p) => p as i32,
        None => 6,
    };
    let neg = if f < 0.0 { "-" } else { "" };
    if exp < -4 || exp >= eprec {
        // Exponent form d.ddde±XX
        let mut m = String::new();
        m.push_str(&digits[..1]);
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{neg}{m}e{sign}{:02}", exp.abs())
    } else if exp < 0 {
        format!("{neg}0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else {
        let e = exp as usize;
        if digits.len() > e + 1 {
            format!("{neg}{}.{}", &digits[..=e], &digits[e + 1..])
        } else {
            format!("{neg}{}{}", digits, "0".repeat(e + 1 - digits.len()))
        }
    }
}

/// Splits Rust's `d.ddde±x` into its digits (without the dot) and exponent.
fn split_exp(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    (mant.replace('.', ""), exp.parse().unwrap_or(0))
}

/// Go's `strconv.Quote` of a byte string.
pub fn go_quote(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    let mut i = 0;
    while i < bytes.len() {
        let (ch, size) = decode_utf8(&bytes[i..]);
        match ch {
            None => {
                let _ = write!(out, "\\x{:02x}", bytes[i]);
            }
            Some(c) => push_quoted_char(&mut out, c, '"'),
        }
        i += size.max(1);
    }
    out.push('"');
    out
}

/// Go's `%q` of a rune: `'x'`, `'\n'`, `'\u00a0'`.
pub fn go_quote_rune(r: u32) -> String {
    let mut out = String::from("'");
    match char::from_u32(r) {
        Some(c) => push_quoted_char(&mut out, c, '\''),
        None => out.push_str("\\ufffd"),
    }
    out.push('\'');
    out
}

fn push_quoted_char(out: &mut String, c: char, quote: char) {
    match c {
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        '\\' => out.push_str("\\\\"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if is_go_printable(c) => out.push(c),
        c if (c as u32) < 0x80 => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        c if (c as u32) < 0x10000 => {
            let _ = write!(out, "\\u{:04x}", c as u32);
        }
        c => {
            let _ = write!(out, "\\U{:08x}", c as u32);
        }
    }
}

/// An approximation of Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols
/// and the ASCII space.
pub fn is_go_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let u = c as u32;
    // Format characters, surrogates, private use and noncharacters are not printable.
    !matches!(u, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xFFFE | 0xFFFF
        | 0xF0000..=0x10FFFF | 0xE0000..=0xE007F)
}

/// Decodes one UTF-8 character; `None` with size 1 for an invalid byte.
pub fn decode_utf8(b: &[u8]) -> (Option<char>, usize) {
    let len = match b.first() {
        None => return (None, 0),
        Some(&x) if x < 0x80 => 1,
        Some(&x) if x & 0xE0 == 0xC0 => 2,
        Some(&x) if x & 0xF0 == 0xE0 => 3,
        Some(&x) if x & 0xF8 == 0xF0 => 4,
        _ => return (None, 1),
    };
    if b.len() < len {
        return (None, 1);
    }
    match std::str::from_utf8(&b[..len]) {
        Ok(s) => (s.chars().next(), len),
        Err(_) => (None, 1),
    }
}

// ---- literals ----

/// The value of an integer literal (`0x1F`, `0o17`, `017`, `1_000`).
pub fn parse_int_literal(text: &str) -> Result<Value, ConstError> {
    let overflow_or_invalid = |e: std::num::ParseIntError| match e.kind() {
        std::num::IntErrorKind::PosOverflow => ConstError::Overflow,
        _ => ConstError::Invalid,
    };
    // The common case, a plain decimal literal, needs no copy.
    if text.bytes().all(|b| b.is_ascii_digit()) && (text.len() == 1 || !text.starts_with('0')) {
        return text
            .parse::<i128>()
            .map(Value::Int)
            .map_err(overflow_or_invalid);
    }
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if t.len() > 1 && t.starts_with('0') {
        (t[1..].to_string(), 8)
    } else {
        (t, 10)
    };
    if digits.is_empty() {
        return Err(ConstError::Invalid);
    }
    i128::from_str_radix(&digits, radix)
        .map(Value::Int)
        .map_err(overflow_or_invalid)
}

/// The value of an imaginary literal (`3i`, `1.5i`, `0x1p2i`).
pub fn parse_imag_literal(text: &str) -> Result<Value, ConstError> {
    let body = text.strip_suffix('i').ok_or(ConstError::Invalid)?;
    // A decimal integer literal with a leading 0 is decimal here (Go spec).
    let im = match parse_float_literal(body) {
        Ok(v @ (Value::Float(_) | Value::Rat(_))) => v.as_f64().unwrap_or(0.0),
        _ => parse_int_literal(body)?
            .as_f64()
            .ok_or(ConstError::Invalid)?,
    };
    Ok(Value::Complex(0.0, im))
}

/// The value of a floating-point literal (decimal or hexadecimal). Integral values stay
/// floats; the caller decides the kind from the literal's token.
pub fn parse_float_literal(text: &str) -> Result<Value, ConstError> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    if let Some(hex) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        let f = parse_hex_float(hex)?;
        return Ok(f64_to_rat(f).map_or(Value::Float(f), rat_value));
    }
    let f = t.parse::<f64>().map_err(|_| ConstError::Invalid)?;
    Ok(parse_decimal_exact(&t).map_or(Value::Float(f), rat_value))
}

/// A decimal literal (`12.5e-3`) as an exact rational; `None` when its exponent is too
/// large to hold exactly (the caller keeps the `f64`).
fn parse_decimal_exact(t: &str) -> Option<BigRational> {
    let (mant, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], t[i + 1..].parse::<i64>().ok()?),
        None => (t, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac_part}");
    let exp = exp - frac_part.len() as i64;
    if exp.unsigned_abs() > 2000 || digits.len() > 2000 {
        return None;
    }
    let n: BigInt = if digits.is_empty() {
        BigInt::zero()
    } else {
        digits.parse().ok()?
    };
    let ten = BigInt::from(10u32);
    let scale = num_traits::pow(ten, exp.unsigned_abs() as usize);
    Some(if exp >= 0 {
        BigRational::from_integer(n * scale)
    } else {
        BigRational::new(n, scale)
    })
}

fn parse_hex_float(s: &str) -> Result<f64, ConstError> {
    let (mant, exp) = match s.find(['p', 'P']) {
        Some(i) => (
            &s[..i],
            s[i + 1..].parse::<i32>().map_err(|_| ConstError::Invalid)?,
        ),
        None => (s, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let mut v = 0f64;
    for c in int_part.chars() {
        v = v * 16.0 + c.to_digit(16).ok_or(ConstError::Invalid)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac_part.chars() {
        v += c.to_digit(16).ok_or(ConstError::Invalid)? as f64 * scale;
        scale /= 16.0;
    }
    Ok(v * 2f64.powi(exp))
}

/// The code point of a rune literal such as `'a'`, `'\n'`, `'\u00e9'`, `'\377'`.
pub fn parse_rune_literal(text: &str) -> Result<Value, ConstError> {
    let inner = text
        .strip_prefix('\'')
        .and_then(|t| t.strip_suffix('\''))
        .ok_or(ConstError::Invalid)?;
    let bytes = inner.as_bytes();
    let mut pos = 0;
    let r = unescape_one(bytes, &mut pos, '\'')?;
    if pos != bytes.len() {
        return Err(ConstError::Invalid);
    }
    Ok(Value::Int(match r {
        Unescaped::Char(c) => c as i128,
        Unescaped::Byte(b) => b as i128,
    }))
}

/// The bytes of a string literal, interpreted (`"..."`) or raw (`` `...` ``).
pub fn parse_string_literal(text: &str) -> Result<Value, ConstError> {
    if let Some(raw) = text.strip_prefix('`').and_then(|t| t.strip_suffix('`')) {
        let cleaned: Vec<u8> = raw.bytes().filter(|&b| b != b'\r').collect();
        return Ok(Value::String(Arc::from(cleaned)));
    }
    let inner = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .ok_or(ConstError::Invalid)?;
    let bytes = inner.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut pos = 0;
    while pos < bytes.len() {
        match unescape_one(bytes, &mut pos, '"')? {
            Unescaped::Char(c) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            Unescaped::Byte(b) => out.push(b),
        }
    }
    Ok(Value::String(Arc::from(out)))
}

enum Unescaped {
    Char(char),
    Byte(u8),
}

fn unescape_one(b: &[u8], pos: &mut usize, quote: char) -> Result<Unescaped, ConstError> {
    let Some(&first) = b.get(*pos) else {
        return Err(ConstError::Invalid);
    };
    if first != b'\\' {
        let (c, size) = decode_utf8(&b[*pos..]);
        *pos += size.max(1);
        return Ok(match c {
            Some(c) => Unescaped::Char(c),
            None => Unescaped::Byte(first),
        });
    }
    let esc = *b.get(*pos + 1).ok_or(ConstError::Invalid)?;
    *pos += 2;
    let simple = |c: char| Ok(Unescaped::Char(c));
    match esc {
        b'a' => simple('\x07'),
        b'b' => simple('\x08'),
        b'f' => simple('\x0c'),
        b'n' => simple('\n'),
        b'r' => simple('\r'),
        b't' => simple('\t'),
        b'v' => simple('\x0b'),
        b'\\' => simple('\\'),
        b'\'' if quote == '\'' => simple('\''),
        b'"' if quote == '"' => simple('"'),
        b'x' => {
            let v = hex_digits(b, pos, 2)?;
            Ok(Unescaped::Byte(v as u8))
        }
        b'u' => {
            let v = hex_digits(b, pos, 4)?;
            char::from_u32(v)
                .map(Unescaped::Char)
                .ok_or(ConstError::Invalid)
        }
        b'U' => {
            let v = hex_digits(b, pos, 8)?;
            char::from_u32(v)
                .map(Unescaped::Char)
                .ok_or(ConstError::Invalid)
        }
        b'0'..=b'7' => {
            *pos -= 1;
            let mut v = 0u32;
            for _ in 0..3 {
                let d = *b.get(*pos).ok_or(ConstError::Invalid)?;
                if !(b'0'..=b'7').contains(&d) {
                    return Err(ConstError::Invalid);
                }
                v = v * 8 + (d - b'0') as u32;
                *pos += 1;
            }
            if v > 255 {
                return Err(ConstError::Invalid);
            }
            Ok(Unescaped::Byte(v as u8))
        }
        _ => Err(ConstError::Invalid),
    }
}

fn hex_digits(b: &[u8], pos: &mut usize, n: usize) -> Result<u32, ConstError> {
    let mut v = 0u32;
    for _ in 0..n {
        let d = *b.get(*pos).ok_or(ConstError::Invalid)?;
        v = v * 16 + (d as char).to_digit(16).ok_or(ConstError::Invalid)?;
        *pos += 1;
    }
    Ok(v)
}

// ---- arithmetic ----

/// Binary arithmetic and logic on constants. `integer_division` selects truncated integer
/// division (both operands of integer kind) over float division.
pub fn binary_op(
    op: crate::syntax::ast::Operator,
    x: &Value,
    y: &Value,
    integer_division: bool,
) -> Result<Value, ConstError> {
    use crate::syntax::ast::Operator::*;
    use Value::*;
    let ovf = |o: Option<i128>| o.map(Int).ok_or(ConstError::Overflow);
    match (x, y) {
        (Bool(a), Bool(b)) => match op {
            AndAnd => Ok(Bool(*a && *b)),
            OrOr => Ok(Bool(*a || *b)),
            Eql => Ok(Bool(a == b)),
            Neq => Ok(Bool(a != b)),
            _ => Err(ConstError::Invalid),
        },
        (String(a), String(b)) => match op {
            Add => {
                let mut v = a.to_vec();
                v.extend_from_slice(b);
                Ok(String(Arc::from(v)))
            }
            Eql => Ok(Bool(a == b)),
            Neq => Ok(Bool(a != b)),
            Lss => Ok(Bool(a < b)),
            Leq => Ok(Bool(a <= b)),
            Gtr => Ok(Bool(a > b)),
            Geq => Ok(Bool(a >= b)),
            _ => Err(ConstError::Invalid),
        },
        (Int(a), Int(b)) if op != Div || integer_division => match op {
            Add => ovf(a.checked_add(*b)),
            Sub => ovf(a.checked_sub(*b)),
            Mul => ovf(a.checked_mul(*b)),
            Div => {
                if *b == 0 {
                    Err(ConstError::DivisionByZero)
                } else {
                    ovf(a.checked_div(*b))
                }
            }
            Rem => {
                if *b == 0 {
                    Err(ConstError::DivisionByZero)
                } else {
                    ovf(a.checked_rem(*b))
                }
            }
            And => Ok(Int(a & b)),
            Or => Ok(Int(a | b)),
            Xor => Ok(Int(a ^ b)),
            AndNot => Ok(Int(a & !b)),
            Eql => Ok(Bool(a == b)),
            Neq => Ok(Bool(a != b)),
            Lss => Ok(Bool(a < b)),
            Leq => Ok(Bool(a <= b)),
            Gtr => Ok(Bool(a > b)),
            Geq => Ok(Bool(a >= b)),
            _ => Err(ConstError::Invalid),
        },
        (a, b) if matches!(a, Complex(..)) || matches!(b, Complex(..)) => {
            let ((ar, ai), (br, bi)) = (
                a.as_complex().unwrap_or((0.0, 0.0)),
                b.as_complex().unwrap_or((0.0, 0.0)),
            );
            match op {
                Add => Ok(Complex(ar + br, ai + bi)),
                Sub => Ok(Complex(ar - br, ai - bi)),
                Mul => Ok(Complex(ar * br - ai * bi, ar * bi + ai * br)),
                Div => {
                    let d = br * br + bi * bi;
                    if d == 0.0 {
                        Err(ConstError::DivisionByZero)
                    } else {
                        Ok(Complex((ar * br + ai * bi) / d, (ai * br - ar * bi) / d))
                    }
                }
                Eql => Ok(Bool(ar == br && ai == bi)),
                Neq => Ok(Bool(ar != br || ai != bi)),
                _ => Err(ConstError::Invalid),
            }
        }
        // Untyped constants (integers and exact floats) combine exactly.
        (Int(_) | Rat(_), Int(_) | Rat(_)) => {
            let exact = |v: &Value| match v {
                Int(i) => BigRational::from_integer(BigInt::from(*i)),
                Rat(r) => (**r).clone(),
                _ => BigRational::zero(),
            };
            let (a, b) = (exact(x), exact(y));
            match op {
                Add => Ok(rat_value(a + b)),
                Sub => Ok(rat_value(a - b)),
                Mul => Ok(rat_value(a * b)),
                Div => {
                    if b.is_zero() {
                        Err(ConstError::DivisionByZero)
                    } else {
                        Ok(rat_value(a / b))
                    }
                }
                Eql => Ok(Bool(a == b)),
                Neq => Ok(Bool(a != b)),
                Lss => Ok(Bool(a < b)),
                Leq => Ok(Bool(a <= b)),
                Gtr => Ok(Bool(a > b)),
                Geq => Ok(Bool(a >= b)),
                _ => Err(ConstError::Invalid),
            }
        }
        (a, b) if a.is_numeric() && b.is_numeric() => {
            let (a, b) = (a.as_f64().unwrap_or(0.0), b.as_f64().unwrap_or(0.0));
            match op {
                Add => Ok(Float(a + b)),
                Sub => Ok(Float(a - b)),
                Mul => Ok(Float(a * b)),
                Div => {
                    if b == 0.0 {
                        Err(ConstError::DivisionByZero)
                    } else {
                        Ok(Float(a / b))
                    }
                }
                Eql => Ok(Bool(a == b)),
                Neq => Ok(Bool(a != b)),
                Lss => Ok(Bool(a < b)),
                Leq => Ok(Bool(a <= b)),
                Gtr => Ok(Bool(a > b)),
                Geq => Ok(Bool(a >= b)),
                _ => Err(ConstError::Invalid),
            }
        }
        _ => Err(ConstError::Invalid),
    }
}

/// `x << s` and `x >> s` on an integer constant.
pub fn shift(left: bool, x: i128, s: u64) -> Result<i128, ConstError> {
    if left {
        if x == 0 {
            return Ok(0);
        }
        if s >= 127 {
            return Err(ConstError::Overflow);
        }
        let r = x.checked_mul(1i128 << s).ok_or(ConstError::Overflow)?;
        Ok(r)
    } else if s >= 127 {
        Ok(if x < 0 { -1 } else { 0 })
    } else {
        Ok(x >> s)
    }
}

/// Wraps an integer to the width of a typed integer type (for `^x` on unsigned types).
pub fn wrap_to_range(v: i128, range: (i128, i128)) -> i128 {
    let (lo, hi) = range;
    let span = hi - lo + 1;
    ((v - lo).rem_euclid(span)) + lo
}

/// Rounds a float constant to float32 precision.
pub fn round_f32(f: f64) -> f64 {
    f as f32 as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_go() {
        assert_eq!(format_float_6g(0.1), "0.1");
        assert_eq!(format_float_6g(1e100), "1e+100");
        assert_eq!(format_float_6g(1.23456789), "1.23457");
        assert_eq!(format_float_6g(2.5), "2.5");
        assert_eq!(format_float_6g(100000.0), "100000");
        assert_eq!(format_float_6g(1234567.0), "1.23457e+06");
        assert_eq!(format_float_6g(1e-7), "1e-07");
        assert_eq!(format_g(0.000123, None), "0.000123");
        assert_eq!(format_g(1e21, None), "1e+21");
        assert_eq!(format_g(123456789.0, None), "1.23456789e+08");
    }

    #[test]
    fn literals() {
        assert_eq!(parse_int_literal("0x1F"), Ok(Value::Int(31)));
        assert_eq!(parse_int_literal("017"), Ok(Value::Int(15)));
        assert_eq!(parse_int_literal("1_000"), Ok(Value::Int(1000)));
        assert_eq!(parse_rune_literal("'\\n'"), Ok(Value::Int(10)));
        assert_eq!(parse_rune_literal("'é'"), Ok(Value::Int(0xe9)));
        assert_eq!(
            parse_string_literal("\"a\\x41\\u00e9\""),
            Ok(Value::String(Arc::from("aAé".as_bytes())))
        );
        assert_eq!(
            parse_float_literal("0x1p-2").map(|v| v.rounded()),
            Ok(Value::Float(0.25))
        );
    }

    #[test]
    fn untyped_floats_are_exact() {
        use crate::syntax::ast::Operator::{Add, Div, Eql, Mul};
        let lit = |t: &str| parse_float_literal(t).expect("literal");
        let sum = binary_op(Add, &lit("0.1"), &lit("0.2"), false).unwrap();
        assert_eq!(sum.as_f64(), Some(0.3), "0.1 + 0.2 is exactly 0.3");
        assert_eq!(
            binary_op(Eql, &sum, &lit("0.3"), false),
            Ok(Value::Bool(true))
        );
        let big = binary_op(Mul, &lit("1e300"), &lit("1e300"), false).unwrap();
        let back = binary_op(Div, &big, &lit("1e300"), false).unwrap();
        assert_eq!(back.as_f64(), Some(1e300));
        // Integers and exact floats mix exactly; 1.5 * 2 is the integer 3.
        let three = binary_op(Mul, &lit("1.5"), &Value::Int(2), false).unwrap();
        assert_eq!(three.as_int(), Some(3));
        // A huge exponent stays an f64 instead of a giant rational.
        assert!(matches!(lit("1e5000"), Value::Float(f) if f.is_infinite()));
    }

    #[test]
    fn strings_quote_and_cut() {
        assert_eq!(Value::string("a\nb").go_string(), "\"a\\nb\"");
        let long = "x".repeat(100);
        let s = Value::string(&long).go_string();
        assert_eq!(s.chars().count(), 72);
        assert!(s.ends_with("..."));
        assert_eq!(go_quote_rune('x' as u32), "'x'");
    }
}
