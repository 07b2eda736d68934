//! Character classes and rune formatting exactly as Go computes them.
//!
//! The scanner accepts identifier characters by Go's `unicode.IsLetter` / `unicode.IsDigit`,
//! and its messages format runes with `%#U` (`U+0040 '@'`) and `%q` (`'\n'`), which depend on
//! `strconv.IsPrint`. Rust's own Unicode predicates differ in places, so these use Go's tables.

use super::unicode_tables::{
    DIGIT, IS_NOT_PRINT16, IS_NOT_PRINT32, IS_PRINT16, IS_PRINT32, LETTER,
};
use std::fmt::Write;

/// The largest valid Unicode code point.
pub const MAX_RUNE: u32 = 0x10FFFF;

fn in_table(table: &[(u32, u32, u32)], c: u32) -> bool {
    // Find the last range starting at or before c.
    let idx = table.partition_point(|&(lo, _, _)| lo <= c);
    if idx == 0 {
        return false;
    }
    let (lo, hi, stride) = table[idx - 1];
    c <= hi && (stride <= 1 || (c - lo).is_multiple_of(stride))
}

/// Go's `unicode.IsLetter`.
pub fn is_letter(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphabetic();
    }
    in_table(LETTER, c)
}

/// Go's `unicode.IsDigit`.
pub fn is_digit(c: u32) -> bool {
    if c < 0x80 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    in_table(DIGIT, c)
}

/// Go's `strconv.IsPrint`.
pub fn is_print(c: u32) -> bool {
    if c <= 0xFF {
        if (0x20..=0x7E).contains(&c) {
            return true;
        }
        if (0xA1..=0xFF).contains(&c) {
            return c != 0xAD;
        }
        return false;
    }
    if c < 0x10000 {
        let rr = c as u16;
        let i = IS_PRINT16.partition_point(|&x| x < rr);
        if i >= IS_PRINT16.len() || rr < IS_PRINT16[i & !1] || IS_PRINT16[i | 1] < rr {
            return false;
        }
        let j = IS_NOT_PRINT16.partition_point(|&x| x < rr);
        return j >= IS_NOT_PRINT16.len() || IS_NOT_PRINT16[j] != rr;
    }
    if c > MAX_RUNE {
        return false;
    }
    let i = IS_PRINT32.partition_point(|&x| x < c);
    if i >= IS_PRINT32.len() || c < IS_PRINT32[i & !1] || IS_PRINT32[i | 1] < c {
        return false;
    }
    if c >= 0x20000 {
        return true;
    }
    let rr = (c - 0x10000) as u16;
    let j = IS_NOT_PRINT32.partition_point(|&x| x < rr);
    j >= IS_NOT_PRINT32.len() || IS_NOT_PRINT32[j] != rr
}

/// Go's `fmt.Sprintf("%#U", c)`: `U+0040 '@'`, or `U+0007` for a rune that is not printable.
pub fn format_sharp_u(c: u32) -> String {
    let mut s = format!("U+{c:04X}");
    if c <= MAX_RUNE
        && is_print(c)
        && let Some(ch) = char::from_u32(c)
    {
        let _ = write!(s, " '{ch}'");
    }
    s
}

/// Go's `strconv.QuoteRune` (what `%q` prints for a rune): `'a'`, `'\n'`, `'\x00'`.
pub fn quote_rune(c: u32) -> String {
    let c = if c > MAX_RUNE || (0xD800..0xE000).contains(&c) {
        0xFFFD
    } else {
        c
    };
    let mut s = String::from("'");
    match c {
        0x27 => s.push_str("\\'"),
        0x5C => s.push_str("\\\\"),
        0x07 => s.push_str("\\a"),
        0x08 => s.push_str("\\b"),
        0x0C => s.push_str("\\f"),
        0x0A => s.push_str("\\n"),
        0x0D => s.push_str("\\r"),
        0x09 => s.push_str("\\t"),
        0x0B => s.push_str("\\v"),
        _ if is_print(c) => s.push(char::from_u32(c).unwrap_or('\u{FFFD}')),
        _ if c < 0x20 || c == 0x7F => {
            let _ = write!(s, "\\x{c:02x}");
        }
        _ if c < 0x10000 => {
            let _ = write!(s, "\\u{c:04x}");
        }
        _ => {
            let _ = write!(s, "\\U{c:08x}");
        }
    }
    s.push('\'');
    s
}

/// Go's `strconv.Unquote` for a string literal (interpreted or raw), or `None` if invalid.
/// Invalid UTF-8 in the literal is kept as U+FFFD.
pub fn unquote_string(lit: &str) -> Option<String> {
    let bytes = lit.as_bytes();
    if bytes.len() < 2 {
        return None;
    }
    let (first, last) = (bytes[0], bytes[bytes.len() - 1]);
    if !matches!((first, last), (b'`', b'`') | (b'"', b'"')) {
        // also keeps the slice below on char boundaries: both ends are ASCII quotes
        return None;
    }
    let body = &lit[1..lit.len() - 1];
    if first == b'`' {
        if body.contains('`') {
            return None;
        }
        return Some(body.replace('\r', ""));
    }
    let mut out: Vec<u8> = Vec::with_capacity(body.len());
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' | b'\n' => return None,
            b'\\' => {
                i += 1;
                let esc = *b.get(i)?;
                i += 1;
                match esc {
                    b'a' => out.push(7),
                    b'b' => out.push(8),
                    b'f' => out.push(12),
                    b'n' => out.push(b'\n'),
                    b'r' => out.push(b'\r'),
                    b't' => out.push(b'\t'),
                    b'v' => out.push(11),
                    b'\\' => out.push(b'\\'),
                    b'"' => out.push(b'"'),
                    b'0'..=b'7' => {
                        let digits = b.get(i - 1..i + 2)?;
                        let mut v: u32 = 0;
                        for &d in digits {
                            if !(b'0'..=b'7').contains(&d) {
                                return None;
                            }
                            v = v * 8 + u32::from(d - b'0');
                        }
                        if v > 255 {
                            return None;
                        }
                        out.push(v as u8);
                        i += 2;
                    }
                    b'x' | b'u' | b'U' => {
                        let n = match esc {
                            b'x' => 2,
                            b'u' => 4,
                            _ => 8,
                        };
                        let digits = b.get(i..i + n)?;
                        let text = std::str::from_utf8(digits).ok()?;
                        let v = u32::from_str_radix(text, 16).ok()?;
                        if !text.bytes().all(|d| d.is_ascii_hexdigit()) {
                            return None;
                        }
                        i += n;
                        if esc == b'x' {
                            out.push(v as u8);
                        } else {
                            let ch = char::from_u32(v)?;
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                    }
                    _ => return None,
                }
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_digits_follow_go() {
        assert!(is_letter('a' as u32) && is_letter('é' as u32) && is_letter('Ж' as u32));
        assert!(!is_letter('1' as u32) && !is_letter('€' as u32));
        // An Indic vowel sign is Alphabetic in Rust but not a letter in Go.
        assert!(!is_letter(0x093E));
        assert!(is_digit('٣' as u32) && !is_digit('a' as u32));
    }

    #[test]
    fn sharp_u_formatting() {
        assert_eq!(format_sharp_u('@' as u32), "U+0040 '@'");
        assert_eq!(format_sharp_u(7), "U+0007");
        assert_eq!(format_sharp_u(0x1F600), "U+1F600 '😀'");
        assert_eq!(format_sharp_u(0xD800), "U+D800");
        assert_eq!(format_sharp_u(0x110000), "U+110000");
    }

    #[test]
    fn rune_quoting() {
        assert_eq!(quote_rune('a' as u32), "'a'");
        assert_eq!(quote_rune('\n' as u32), "'\\n'");
        assert_eq!(quote_rune(0), "'\\x00'");
        assert_eq!(quote_rune(0xAD), "'\\u00ad'");
        assert_eq!(quote_rune('\'' as u32), "'\\''");
    }

    #[test]
    fn unquoting() {
        assert_eq!(unquote_string("\"fmt\"").as_deref(), Some("fmt"));
        assert_eq!(unquote_string("`a\\b`").as_deref(), Some("a\\b"));
        assert_eq!(
            unquote_string("\"a\\n\\x41\\u00e9\\101\"").as_deref(),
            Some("a\nAéA")
        );
        assert_eq!(unquote_string("\"abc"), None);
        assert_eq!(unquote_string("\"\\q\""), None);
    }
}
