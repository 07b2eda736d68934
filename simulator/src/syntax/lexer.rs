//! The lexer: bytes → tokens, with Go's automatic semicolon insertion.
//!
//! A port of the Go compiler's scanner (`cmd/compile/internal/syntax/scanner.go` and
//! `source.go`). It reads one character at a time the way Go does, so that every position
//! and every lexical error matches `go build`:
//!
//! - positions are 1-based lines and 1-based byte columns;
//! - NUL bytes, invalid UTF-8 and a BOM after the start are reported and skipped;
//! - a newline (or EOF, or a block comment spanning lines) after an identifier, literal,
//!   `break continue fallthrough return`, `++ -- ) ] }` becomes a [`Token::Semi`] whose
//!   description is `newline` (or `EOF`);
//! - literals are scanned with Go's checks (`invalid digit '8' in octal literal`,
//!   `'_' must separate successive digits`, `newline in string`, `unknown escape`, ...).
//!
//! The lexer works on the fly: the parser reads the current token's fields and calls
//! [`Lexer::next`]. Names and literals are byte ranges into the source, so scanning allocates
//! nothing.

use super::ast::{LitKind, Operator};
use super::chars::{MAX_RUNE, format_sharp_u, is_digit, is_letter, quote_rune};
use super::report::Reporter;
use super::token::Token;
use crate::source::Pos;

/// The current character when the end of the input is reached.
const EOF_CH: i32 = -1;
const BOM: i32 = 0xFEFF;
const RUNE_ERROR: i32 = 0xFFFD;

/// What a [`Token::Semi`] stands for; Go's messages name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// An explicit `;`.
    Semicolon,
    /// A newline (or a multi-line block comment).
    Newline,
    /// The end of the file.
    Eof,
}

impl SemiKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SemiKind::Semicolon => "semicolon",
            SemiKind::Newline => "newline",
            SemiKind::Eof => "EOF",
        }
    }
}

/// Go's scanner over one source file.
pub struct Lexer<'a> {
    buf: &'a [u8],
    /// Index of the byte after the current character.
    read: usize,
    /// The current character, or [`EOF_CH`].
    ch: i32,
    /// Width in bytes of the current character.
    ch_width: usize,
    /// 0-based line and byte column of the current character.
    line: u32,
    col: u32,
    /// Start of the current token's text.
    seg_start: usize,
    /// Whether a newline or EOF now becomes a semicolon.
    nlsemi: bool,

    /// The current token.
    pub tok: Token,
    /// Position of the current token.
    pub pos: Pos,
    /// Byte range of a name's or literal's text.
    pub lit_start: usize,
    pub lit_end: usize,
    /// For [`Token::Semi`]: what the semicolon stands for.
    pub semi: SemiKind,
    /// For [`Token::Literal`]: its kind, and whether it had an error.
    pub kind: LitKind,
    pub bad: bool,
    /// For operator tokens: the operator and its binary precedence.
    pub op: Operator,
    pub prec: u8,

    /// Where lexical errors go (shared with the parser).
    pub errors: Reporter,
    /// Whether the parser has seen any error (lexical or syntactic).
    pub any_error: bool,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a [u8]) -> Lexer<'a> {
        let mut lx = Lexer {
            buf: src,
            read: 0,
            ch: ' ' as i32,
            ch_width: 0,
            line: 0,
            col: 0,
            seg_start: 0,
            nlsemi: false,
            tok: Token::Eof,
            pos: Pos::new(1, 1),
            lit_start: 0,
            lit_end: 0,
            semi: SemiKind::Semicolon,
            kind: LitKind::Int,
            bad: false,
            op: Operator::Add,
            prec: 0,
            errors: Reporter::new(),
            any_error: false,
        };
        lx.nextch();
        lx
    }

    /// A lexer over `src` that has not read anything yet (not even a BOM): it starts
    /// scanning after a [`Lexer::reposition`].
    pub fn unstarted(src: &'a [u8]) -> Lexer<'a> {
        let mut lx = Lexer::new(&src[..0]);
        lx.buf = src;
        lx
    }

    /// Makes the ASCII character at byte `offset` (0-based line `line`, byte column `col`)
    /// the current character, as if everything before it had just been scanned without a
    /// semicolon pending: the next token starts there. Used to skip a function body in one
    /// step, and to start parsing at one or at a declaration (`super::split`).
    pub fn reposition(&mut self, offset: usize, line: u32, col: u32) {
        debug_assert!(
            self.buf
                .get(offset)
                .is_some_and(|b| b.is_ascii() && *b != 0)
        );
        self.read = offset + 1;
        self.ch = i32::from(self.buf[offset]);
        self.ch_width = 1;
        self.line = line;
        self.col = col;
        self.nlsemi = false;
    }

    /// Byte offset of the current token's first character.
    pub fn token_offset(&self) -> usize {
        self.seg_start
    }

    /// The source being scanned.
    pub fn source(&self) -> &'a [u8] {
        self.buf
    }

    /// The current name's or literal's bytes.
    pub fn lit_bytes(&self) -> &'a [u8] {
        &self.buf[self.lit_start..self.lit_end]
    }

    /// The current name's or literal's text (lossy if the source is not UTF-8).
    pub fn lit(&self) -> std::borrow::Cow<'a, str> {
        let bytes = &self.buf[self.lit_start..self.lit_end];
        match std::str::from_utf8(bytes) {
            Ok(s) => std::borrow::Cow::Borrowed(s),
            Err(_) => String::from_utf8_lossy(bytes),
        }
    }

    /// Reports an error at `pos` through the shared reporter.
    pub fn error_at(&mut self, pos: Pos, message: String) {
        self.any_error = true;
        self.errors.error(pos, message);
    }

    /// Makes every further token EOF (used when parsing is abandoned).
    pub fn stop(&mut self) {
        self.read = self.buf.len();
        self.ch = EOF_CH;
        self.ch_width = 0;
        self.nlsemi = false;
        self.tok = Token::Eof;
    }

    // ---- characters -------------------------------------------------------------------

    /// Position of the current character.
    fn here(&self) -> Pos {
        Pos::new(self.line + 1, self.col + 1)
    }

    /// Reports an error at the current character.
    fn error_here(&mut self, message: impl Into<String>) {
        let pos = self.here();
        self.error_at(pos, message.into());
    }

    /// Reports an error `offset` bytes after the start of the current token.
    fn error_in_token(&mut self, offset: usize, message: impl Into<String>) {
        let pos = Pos::new(self.pos.line, self.pos.col.saturating_add(offset as u32));
        self.error_at(pos, message.into());
    }

    /// Advances to the next character (Go's `source.nextch`).
    #[inline]
    fn nextch(&mut self) {
        self.col = self.col.wrapping_add(self.ch_width as u32);
        if self.ch == '\n' as i32 {
            self.line = self.line.saturating_add(1);
            self.col = 0;
        }
        // fast path: an ASCII character other than NUL
        if let Some(&b) = self.buf.get(self.read)
            && b != 0
            && b < 0x80
        {
            self.read += 1;
            self.ch_width = 1;
            self.ch = i32::from(b);
            return;
        }
        self.read_char_slow();
    }

    /// Reads the character at `read` (EOF, NUL, or non-ASCII), reporting and skipping NUL
    /// bytes, invalid UTF-8 and misplaced BOMs as Go does.
    #[cold]
    fn read_char_slow(&mut self) {
        loop {
            let Some(&b) = self.buf.get(self.read) else {
                self.ch = EOF_CH;
                self.ch_width = 0;
                return;
            };
            if b < 0x80 {
                self.read += 1;
                self.ch_width = 1;
                self.ch = i32::from(b);
                if b != 0 {
                    return;
                }
                self.error_here("invalid NUL character");
            } else {
                let (ch, width) = decode_rune(&self.buf[self.read..]);
                self.read += width;
                self.ch_width = width;
                self.ch = ch;
                if ch == RUNE_ERROR && width == 1 {
                    self.error_here("invalid UTF-8 encoding");
                } else if ch == BOM {
                    if self.line > 0 || self.col > 0 {
                        self.error_here("invalid BOM in the middle of the file");
                    }
                } else {
                    return;
                }
            }
            // skip the bad character: step past it and read the next one
            self.col = self.col.wrapping_add(self.ch_width as u32);
        }
    }

    /// Consumes the current character, which must be ASCII, not NUL and not a newline, and
    /// every following byte for which `more` holds (it must hold only for such characters);
    /// the first other byte becomes the current character. Equivalent to calling `nextch`
    /// repeatedly, but much faster.
    #[inline]
    fn skip_ascii_run(&mut self, more: impl Fn(u8) -> bool) {
        let start = self.read;
        let end = start
            + self.buf[start..]
                .iter()
                .position(|&b| !more(b))
                .unwrap_or(self.buf.len() - start);
        // Pretend the last byte of the run is the current character, then step past it.
        self.col = self.col.wrapping_add((end - start) as u32);
        self.read = end;
        self.ch = i32::from(self.buf[end - 1]);
        self.ch_width = 1;
        self.nextch();
    }

    /// Moves back to the start of the current token (Go's `source.rewind`, including its
    /// quirk: if the character after `..` is a newline, the line count still advances, so Go
    /// reports later positions on the next line).
    fn rewind(&mut self) {
        self.col = self.col.wrapping_sub((self.read - self.seg_start) as u32);
        self.read = self.seg_start;
        self.nextch();
    }

    /// Starts the text of a token at the current character.
    fn start_segment(&mut self) {
        self.seg_start = self.read - self.ch_width;
    }

    /// End of the current token's text (just before the current character).
    fn segment_end(&self) -> usize {
        self.read - self.ch_width
    }

    fn at(&self, c: u8) -> bool {
        self.ch == i32::from(c)
    }

    // ---- tokens -----------------------------------------------------------------------

    /// Scans the next token (Go's `scanner.next`).
    pub fn next(&mut self) {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        loop {
            // skip white space
            loop {
                if self.at(b' ') || self.at(b'\t') || self.at(b'\r') {
                    self.skip_ascii_run(|b| b == b' ' || b == b'\t' || b == b'\r');
                } else if self.at(b'\n') && !nlsemi {
                    self.nextch();
                } else {
                    break;
                }
            }

            // token start
            self.pos = self.here();
            self.start_segment();
            if is_ascii_letter(self.ch) || (self.ch >= 0x80 && self.at_ident_char(true)) {
                self.nextch();
                self.ident();
                return;
            }

            let Ok(c) = u8::try_from(self.ch) else {
                // EOF (a non-ASCII character was handled above)
                if nlsemi {
                    self.semi = SemiKind::Eof;
                    self.tok = Token::Semi;
                } else {
                    self.tok = Token::Eof;
                }
                return;
            };
            match c {
                b'\n' => {
                    self.nextch();
                    self.semi = SemiKind::Newline;
                    self.tok = Token::Semi;
                }
                b'0'..=b'9' => self.number(false),
                b'"' => self.std_string(),
                b'`' => self.raw_string(),
                b'\'' => self.rune_lit(),
                b'(' => self.simple(Token::Lparen),
                b'[' => self.simple(Token::Lbrack),
                b'{' => self.simple(Token::Lbrace),
                b',' => self.simple(Token::Comma),
                b';' => {
                    self.nextch();
                    self.semi = SemiKind::Semicolon;
                    self.tok = Token::Semi;
                }
                b')' => {
                    self.simple(Token::Rparen);
                    self.nlsemi = true;
                }
                b']' => {
                    self.simple(Token::Rbrack);
                    self.nlsemi = true;
                }
                b'}' => {
                    self.simple(Token::Rbrace);
                    self.nlsemi = true;
                }
                b':' => {
                    self.nextch();
                    if self.at(b'=') {
                        self.nextch();
                        self.tok = Token::Define;
                    } else {
                        self.tok = Token::Colon;
                    }
                }
                b'.' => {
                    self.nextch();
                    if self.ch >= 0 && is_decimal(self.ch) {
                        self.number(true);
                    } else if self.at(b'.') {
                        self.nextch();
                        if self.at(b'.') {
                            self.nextch();
                            self.tok = Token::DotDotDot;
                        } else {
                            // ".." is two dots: go back to the second one
                            self.rewind();
                            self.nextch();
                            self.tok = Token::Dot;
                        }
                    } else {
                        self.tok = Token::Dot;
                    }
                }
                b'+' | b'-' => {
                    let op = if c == b'+' {
                        Operator::Add
                    } else {
                        Operator::Sub
                    };
                    self.nextch();
                    self.set_op(op);
                    if self.at(c) {
                        self.nextch();
                        self.nlsemi = true;
                        self.tok = Token::IncOp;
                    } else {
                        self.assign_op();
                    }
                }
                b'*' => {
                    self.nextch();
                    self.set_op(Operator::Mul);
                    if self.at(b'=') {
                        self.nextch();
                        self.tok = Token::AssignOp;
                    } else {
                        self.tok = Token::Star;
                    }
                }
                b'/' => {
                    self.nextch();
                    if self.at(b'/') {
                        self.nextch();
                        self.skip_line();
                        continue;
                    }
                    if self.at(b'*') {
                        self.nextch();
                        self.skip_comment();
                        if self.line + 1 > self.pos.line && nlsemi {
                            // A multi-line comment acts like a newline.
                            self.semi = SemiKind::Newline;
                            self.tok = Token::Semi;
                            return;
                        }
                        continue;
                    }
                    self.set_op(Operator::Div);
                    self.assign_op();
                }
                b'%' => {
                    self.nextch();
                    self.set_op(Operator::Rem);
                    self.assign_op();
                }
                b'&' => {
                    self.nextch();
                    if self.at(b'&') {
                        self.nextch();
                        self.set_op(Operator::AndAnd);
                        self.tok = Token::Operator;
                    } else {
                        self.set_op(Operator::And);
                        if self.at(b'^') {
                            self.nextch();
                            self.set_op(Operator::AndNot);
                        }
                        self.assign_op();
                    }
                }
                b'|' => {
                    self.nextch();
                    if self.at(b'|') {
                        self.nextch();
                        self.set_op(Operator::OrOr);
                        self.tok = Token::Operator;
                    } else {
                        self.set_op(Operator::Or);
                        self.assign_op();
                    }
                }
                b'^' => {
                    self.nextch();
                    self.set_op(Operator::Xor);
                    self.assign_op();
                }
                b'<' => {
                    self.nextch();
                    if self.at(b'=') {
                        self.nextch();
                        self.set_op(Operator::Leq);
                        self.tok = Token::Operator;
                    } else if self.at(b'<') {
                        self.nextch();
                        self.set_op(Operator::Shl);
                        self.assign_op();
                    } else if self.at(b'-') {
                        self.nextch();
                        self.tok = Token::Arrow;
                    } else {
                        self.set_op(Operator::Lss);
                        self.tok = Token::Operator;
                    }
                }
                b'>' => {
                    self.nextch();
                    if self.at(b'=') {
                        self.nextch();
                        self.set_op(Operator::Geq);
                        self.tok = Token::Operator;
                    } else if self.at(b'>') {
                        self.nextch();
                        self.set_op(Operator::Shr);
                        self.assign_op();
                    } else {
                        self.set_op(Operator::Gtr);
                        self.tok = Token::Operator;
                    }
                }
                b'=' => {
                    self.nextch();
                    if self.at(b'=') {
                        self.nextch();
                        self.set_op(Operator::Eql);
                        self.tok = Token::Operator;
                    } else {
                        self.tok = Token::Assign;
                    }
                }
                b'!' => {
                    self.nextch();
                    if self.at(b'=') {
                        self.nextch();
                        self.set_op(Operator::Neq);
                    } else {
                        self.set_op(Operator::Not);
                    }
                    self.tok = Token::Operator;
                }
                b'~' => {
                    self.nextch();
                    self.set_op(Operator::Tilde);
                    self.tok = Token::Operator;
                }
                _ => {
                    let msg = format!("invalid character {}", format_sharp_u(c as u32));
                    self.error_here(msg);
                    self.nextch();
                    continue;
                }
            }
            return;
        }
    }

    fn simple(&mut self, tok: Token) {
        self.nextch();
        self.tok = tok;
    }

    fn set_op(&mut self, op: Operator) {
        self.op = op;
        self.prec = op.precedence();
    }

    /// After an operator that may be followed by `=`.
    fn assign_op(&mut self) {
        if self.at(b'=') {
            self.nextch();
            self.tok = Token::AssignOp;
        } else {
            self.tok = Token::Operator;
        }
    }

    fn ident(&mut self) {
        if is_ascii_letter(self.ch) || is_decimal(self.ch) {
            self.skip_ascii_run(|b| b.is_ascii_alphanumeric() || b == b'_');
        }
        if self.ch >= 0x80 {
            while self.at_ident_char(false) {
                self.nextch();
            }
        }
        let end = self.segment_end();
        let word = &self.buf[self.seg_start..end];
        if word.len() >= 2
            && let Some(kw) = Token::keyword(word)
        {
            self.nlsemi = matches!(
                kw,
                Token::Break | Token::Continue | Token::Fallthrough | Token::Return
            );
            self.tok = kw;
            return;
        }
        self.nlsemi = true;
        self.lit_start = self.seg_start;
        self.lit_end = end;
        self.tok = Token::Name;
    }

    /// Whether the current character may continue (or, with `first`, start) an identifier;
    /// reports Go's errors for digits and other characters that are not letters.
    fn at_ident_char(&mut self, first: bool) -> bool {
        let Ok(c) = u32::try_from(self.ch) else {
            return false;
        };
        if is_letter(c) || c == '_' as u32 {
            return true;
        }
        if is_digit(c) {
            if first {
                self.error_here(format!(
                    "identifier cannot begin with digit {}",
                    format_sharp_u(c)
                ));
            }
            return true;
        }
        if c >= 0x80 {
            self.error_here(format!(
                "invalid character {} in identifier",
                format_sharp_u(c)
            ));
            return true;
        }
        false
    }

    fn set_lit(&mut self, kind: LitKind, ok: bool) {
        self.nlsemi = true;
        self.tok = Token::Literal;
        self.lit_start = self.seg_start;
        self.lit_end = self.segment_end();
        self.bad = !ok;
        self.kind = kind;
    }

    /// Accepts `{ digit | '_' }` (Go's `scanner.digits`): bit 0 of the result is set if
    /// digits were seen, bit 1 if separators were. For bases up to 10 any decimal digit is
    /// accepted, and the offset of the first one too large for `base` is recorded.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u8 {
        let mut digsep = 0;
        if base <= 10 {
            let max = '0' as i32 + base as i32;
            while is_decimal(self.ch) || self.at(b'_') {
                let mut ds = 1;
                if self.at(b'_') {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.col.saturating_sub(self.pos.col - 1) as usize);
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            while is_hex(self.ch) || self.at(b'_') {
                digsep |= if self.at(b'_') { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    fn number(&mut self, mut seen_point: bool) {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = 0u8; // 0 (decimal), b'0' (0-octal), b'x', b'o', b'b'
        let mut digsep = 0u8;
        let mut invalid: Option<usize> = None;

        if !seen_point {
            if self.at(b'0') {
                self.nextch();
                match lower(self.ch) {
                    x if x == 'x' as i32 => {
                        self.nextch();
                        (base, prefix) = (16, b'x');
                    }
                    x if x == 'o' as i32 => {
                        self.nextch();
                        (base, prefix) = (8, b'o');
                    }
                    x if x == 'b' as i32 => {
                        self.nextch();
                        (base, prefix) = (2, b'b');
                    }
                    _ => {
                        (base, prefix) = (8, b'0');
                        digsep = 1; // leading 0
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
            if self.at(b'.') {
                if prefix == b'o' || prefix == b'b' {
                    self.error_here(format!(
                        "invalid radix point in {} literal",
                        base_name(base)
                    ));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }

        if seen_point {
            kind = LitKind::Float;
            digsep |= self.digits(base, &mut invalid);
        }

        if digsep & 1 == 0 && ok {
            self.error_here(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }

        let e = lower(self.ch);
        if e == 'e' as i32 || e == 'p' as i32 {
            if ok {
                if e == 'e' as i32 && prefix != 0 && prefix != b'0' {
                    let msg = format!(
                        "{} exponent requires decimal mantissa",
                        quote_rune(self.ch as u32)
                    );
                    self.error_here(msg);
                    ok = false;
                } else if e == 'p' as i32 && prefix != b'x' {
                    let msg = format!(
                        "{} exponent requires hexadecimal mantissa",
                        quote_rune(self.ch as u32)
                    );
                    self.error_here(msg);
                    ok = false;
                }
            }
            self.nextch();
            kind = LitKind::Float;
            if self.at(b'+') || self.at(b'-') {
                self.nextch();
            }
            digsep = self.digits(10, &mut None) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                self.error_here("exponent has no digits");
                ok = false;
            }
        } else if prefix == b'x' && kind == LitKind::Float && ok {
            self.error_here("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }

        if self.at(b'i') {
            kind = LitKind::Imag;
            self.nextch();
        }

        self.set_lit(kind, ok);

        if kind == LitKind::Int
            && ok
            && let Some(at) = invalid
        {
            let digit = self.buf.get(self.lit_start + at).copied().unwrap_or(b'0');
            self.error_in_token(
                at,
                format!(
                    "invalid digit {} in {} literal",
                    quote_rune(u32::from(digit)),
                    base_name(base)
                ),
            );
            ok = false;
        }

        if digsep & 2 != 0
            && ok
            && let Some(at) = invalid_separator(&self.buf[self.lit_start..self.lit_end])
        {
            self.error_in_token(at, "'_' must separate successive digits");
            ok = false;
        }

        self.bad = !ok;
    }

    fn rune_lit(&mut self) {
        let mut ok = true;
        self.nextch();
        let mut n = 0;
        loop {
            if self.at(b'\'') {
                if ok {
                    if n == 0 {
                        self.error_here("empty rune literal or unescaped '");
                        ok = false;
                    } else if n != 1 {
                        self.error_in_token(0, "more than one character in rune literal");
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if self.at(b'\\') {
                self.nextch();
                if !self.escape(b'\'') {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if self.at(b'\n') {
                if ok {
                    self.error_here("newline in rune literal");
                    ok = false;
                }
                break;
            }
            if self.ch < 0 {
                if ok {
                    self.error_in_token(0, "rune literal not terminated");
                    ok = false;
                }
                break;
            }
            self.nextch();
            n += 1;
        }
        self.set_lit(LitKind::Rune, ok);
    }

    fn std_string(&mut self) {
        let mut ok = true;
        self.nextch();
        loop {
            if self.at(b'"') {
                self.nextch();
                break;
            }
            if self.at(b'\\') {
                self.nextch();
                if !self.escape(b'"') {
                    ok = false;
                }
                continue;
            }
            if self.at(b'\n') {
                self.error_here("newline in string");
                ok = false;
                break;
            }
            if self.ch < 0 {
                self.error_in_token(0, "string not terminated");
                ok = false;
                break;
            }
            self.nextch();
        }
        self.set_lit(LitKind::String, ok);
    }

    fn raw_string(&mut self) {
        let mut ok = true;
        self.nextch();
        loop {
            if self.at(b'`') {
                self.nextch();
                break;
            }
            if self.ch < 0 {
                self.error_in_token(0, "string not terminated");
                ok = false;
                break;
            }
            self.nextch();
        }
        self.set_lit(LitKind::String, ok);
    }

    /// Skips the rest of a `//` comment, leaving the newline for semicolon insertion.
    fn skip_line(&mut self) {
        while self.ch >= 0 && !self.at(b'\n') {
            if self.ch < 0x80 && self.ch != 0 {
                self.skip_ascii_run(|b| b != b'\n' && b != 0 && b < 0x80);
            } else {
                self.nextch();
            }
        }
    }

    /// Skips the rest of a `/* */` comment.
    fn skip_comment(&mut self) {
        while self.ch >= 0 {
            while self.at(b'*') {
                self.nextch();
                if self.at(b'/') {
                    self.nextch();
                    return;
                }
            }
            self.nextch();
        }
        self.error_in_token(0, "comment not terminated");
    }

    /// Scans an escape after `\` (Go's `scanner.escape`); false if it was invalid.
    fn escape(&mut self, quote: u8) -> bool {
        let (n, base, max): (u32, u32, u32);
        match self.ch {
            c if c == i32::from(quote) => {
                self.nextch();
                return true;
            }
            c if [b'a', b'b', b'f', b'n', b'r', b't', b'v', b'\\']
                .iter()
                .any(|&e| i32::from(e) == c) =>
            {
                self.nextch();
                return true;
            }
            c if ('0' as i32..='7' as i32).contains(&c) => (n, base, max) = (3, 8, 255),
            c if c == 'x' as i32 => {
                self.nextch();
                (n, base, max) = (2, 16, 255);
            }
            c if c == 'u' as i32 => {
                self.nextch();
                (n, base, max) = (4, 16, MAX_RUNE);
            }
            c if c == 'U' as i32 => {
                self.nextch();
                (n, base, max) = (8, 16, MAX_RUNE);
            }
            c => {
                if c < 0 {
                    return true; // the caller complains about EOF
                }
                self.error_here("unknown escape");
                return false;
            }
        }

        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch < 0 {
                return true; // the caller complains about EOF
            }
            let l = lower(self.ch);
            let d = if is_decimal(self.ch) {
                (self.ch - '0' as i32) as u32
            } else if ('a' as i32..='f' as i32).contains(&l) {
                (l - 'a' as i32) as u32 + 10
            } else {
                base
            };
            if d >= base {
                let msg = format!(
                    "invalid character {} in {} escape",
                    quote_rune(self.ch as u32),
                    base_name(base)
                );
                self.error_here(msg);
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }

        if x > max && base == 8 {
            self.error_here(format!("octal escape value {x} > 255"));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.error_here(format!(
                "escape is invalid Unicode code point {}",
                format_sharp_u(x)
            ));
            return false;
        }
        true
    }
}

/// Decodes the UTF-8 character at the start of `bytes` as Go's `utf8.DecodeRune` does:
/// an invalid encoding yields `(U+FFFD, 1)`.
fn decode_rune(bytes: &[u8]) -> (i32, usize) {
    let prefix = &bytes[..bytes.len().min(4)];
    let valid = match std::str::from_utf8(prefix) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&prefix[..e.valid_up_to()]).unwrap_or(""),
    };
    match valid.chars().next() {
        Some(c) => (c as i32, c.len_utf8()),
        None => (RUNE_ERROR, 1),
    }
}

fn lower(ch: i32) -> i32 {
    ('a' as i32 - 'A' as i32) | ch
}

fn is_ascii_letter(ch: i32) -> bool {
    let l = lower(ch);
    ('a' as i32..='z' as i32).contains(&l) || ch == '_' as i32
}

fn is_decimal(ch: i32) -> bool {
    ('0' as i32..='9' as i32).contains(&ch)
}

fn is_hex(ch: i32) -> bool {
    is_decimal(ch) || ('a' as i32..='f' as i32).contains(&lower(ch))
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// Offset of the first misplaced `_` in a number literal (Go's `invalidSep`).
fn invalid_separator(x: &[u8]) -> Option<usize> {
    let mut x1 = b' '; // prefix char; only 'x' matters
    let mut d = b'.'; // '_', '0' (a digit), or '.' (anything else)
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scans `src` and returns (token, text) pairs up to EOF.
    fn tokens(src: &str) -> Vec<(Token, String)> {
        let mut lx = Lexer::new(src.as_bytes());
        let mut out = Vec::new();
        for _ in 0..1000 {
            lx.next();
            if lx.tok == Token::Eof {
                break;
            }
            let text = match lx.tok {
                Token::Name | Token::Literal => lx.lit().into_owned(),
                Token::Semi => lx.semi.as_str().to_string(),
                Token::Operator | Token::Star | Token::AssignOp | Token::IncOp => {
                    lx.op.as_str().to_string()
                }
                t => t.as_str().to_string(),
            };
            out.push((lx.tok, text));
        }
        out
    }

    fn errors(src: &[u8]) -> Vec<String> {
        let mut lx = Lexer::new(src);
        for _ in 0..1000 {
            lx.next();
            if lx.tok == Token::Eof {
                break;
            }
        }
        lx.errors
            .into_diagnostics()
            .iter()
            .map(|d| format!("{}: {}", d.pos, d.message))
            .collect()
    }

    #[test]
    fn semicolons_are_inserted() {
        let toks = tokens("x := f(1)\nreturn\n}\n");
        let kinds: Vec<Token> = toks.iter().map(|t| t.0).collect();
        use Token::*;
        assert_eq!(
            kinds,
            vec![
                Name, Define, Name, Lparen, Literal, Rparen, Semi, Return, Semi, Rbrace, Semi
            ]
        );
        assert_eq!(toks[6].1, "newline");
        // EOF after a name is a semicolon described as EOF
        let toks = tokens("x");
        assert_eq!(toks.last().map(|t| t.1.as_str()), Some("EOF"));
        // a multi-line block comment acts as a newline
        let toks = tokens("x /*\n*/ y");
        assert_eq!(toks[1], (Token::Semi, "newline".to_string()));
        let toks = tokens("x /* */ y");
        assert_eq!(toks[1].0, Token::Name);
    }

    #[test]
    fn operators_and_literals() {
        let toks = tokens("a &^= b... <-c ++ 0x1p-2 1_000 .5i 'x' `raw` \"s\\n\"");
        let texts: Vec<&str> = toks.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "a", "&^", "b", "...", "<-", "c", "+", "0x1p-2", "1_000", ".5i", "'x'", "`raw`",
                "\"s\\n\"", "EOF"
            ]
        );
        let toks = tokens("a..b");
        assert_eq!(toks[1].0, Token::Dot);
        assert_eq!(toks[2].0, Token::Dot);
    }

    #[test]
    fn lexical_errors_are_worded_as_go() {
        assert_eq!(errors(b"x @"), vec!["1:3: invalid character U+0040 '@'"]);
        assert_eq!(
            errors(b"08"),
            vec!["1:2: invalid digit '8' in octal literal"]
        );
        assert_eq!(
            errors(b"1__2"),
            vec!["1:3: '_' must separate successive digits"]
        );
        assert_eq!(
            errors(b"0x"),
            vec!["1:3: hexadecimal literal has no digits"]
        );
        assert_eq!(errors(b"1e+"), vec!["1:4: exponent has no digits"]);
        assert_eq!(
            errors(b"\"ab\ncd\""),
            vec!["1:4: newline in string", "2:3: string not terminated"]
        );
        assert_eq!(
            errors(b"'ab'"),
            vec!["1:1: more than one character in rune literal"]
        );
        assert_eq!(errors(b"\"\\q\""), vec!["1:3: unknown escape"]);
        assert_eq!(errors(b"a\x00b"), vec!["1:2: invalid NUL character"]);
        assert_eq!(errors(b"a \xff"), vec!["1:3: invalid UTF-8 encoding"]);
        assert_eq!(errors(b"/* x"), vec!["1:1: comment not terminated"]);
        assert!(errors(b"\xef\xbb\xbfpackage").is_empty());
        assert_eq!(
            errors(b"x \xef\xbb\xbf"),
            vec!["1:3: invalid BOM in the middle of the file"]
        );
    }

    #[test]
    fn separators() {
        assert_eq!(invalid_separator(b"1_000"), None);
        assert_eq!(invalid_separator(b"0x_1"), None);
        assert_eq!(invalid_separator(b"1__0"), Some(2));
        assert_eq!(invalid_separator(b"10_"), Some(2));
        assert_eq!(invalid_separator(b"1_.5"), Some(1));
    }
}
