//! Tokens of Go source text, as the Go compiler's scanner classifies them.
//!
//! The set mirrors `cmd/compile/internal/syntax/tokens.go`: operators are grouped into a few
//! token kinds (`Operator`, `AssignOp`, `IncOp`, `Star`) that carry an
//! [`Operator`](super::ast::Operator) and its
//! precedence, so that the parser's decisions and its error messages (`unexpected +=`,
//! `expected comma or )`) are the compiler's.

/// A token kind. Values are small so that sets of tokens fit in a `u64` ([`TokenSet`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Token {
    Eof,

    // names and literals
    Name,
    Literal,

    // operators and operations
    /// Any operator except `*` (the lexer sets `op` and `prec`).
    Operator,
    /// `op=`
    AssignOp,
    /// `++` or `--`
    IncOp,
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `<-`
    Arrow,
    /// `*`
    Star,

    // delimiters
    Lparen,
    Lbrack,
    Lbrace,
    Rparen,
    Rbrack,
    Rbrace,
    Comma,
    /// `;`, or a newline / EOF turned into a semicolon.
    Semi,
    Colon,
    Dot,
    DotDotDot,

    // keywords
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

impl Token {
    /// The token's spelling as Go's `token.String()` gives it.
    pub fn as_str(self) -> &'static str {
        use Token::*;
        match self {
            Eof => "EOF",
            Name => "name",
            Literal => "literal",
            Operator => "op",
            AssignOp => "op=",
            IncOp => "opop",
            Assign => "=",
            Define => ":=",
            Arrow => "<-",
            Star => "*",
            Lparen => "(",
            Lbrack => "[",
            Lbrace => "{",
            Rparen => ")",
            Rbrack => "]",
            Rbrace => "}",
            Comma => ",",
            Semi => ";",
            Colon => ":",
            Dot => ".",
            DotDotDot => "...",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
        }
    }

    pub fn is_keyword(self) -> bool {
        (self as u8) >= (Token::Break as u8)
    }

    /// The words Go's error messages use for an expected token (`tokstring`):
    /// `comma`, `semicolon or newline`, `keyword func`, or the token's text.
    pub fn describe(self) -> String {
        match self {
            Token::Comma => "comma".to_string(),
            Token::Semi => "semicolon or newline".to_string(),
            t if t.is_keyword() => format!("keyword {}", t.as_str()),
            t => t.as_str().to_string(),
        }
    }

    /// The keyword spelled `word`, if it is one.
    pub fn keyword(word: &[u8]) -> Option<Token> {
        use Token::*;
        // Cheap rejection first: keywords are 2 to 11 lowercase letters starting with one
        // of these letters.
        let first = *word.first()?;
        if word.len() < 2 || word.len() > 11 || !b"bcdefgimprstv".contains(&first) {
            return None;
        }
        Some(match word {
            b"break" => Break,
            b"case" => Case,
            b"chan" => Chan,
            b"const" => Const,
            b"continue" => Continue,
            b"default" => Default,
            b"defer" => Defer,
            b"else" => Else,
            b"fallthrough" => Fallthrough,
            b"for" => For,
            b"func" => Func,
            b"go" => Go,
            b"goto" => Goto,
            b"if" => If,
            b"import" => Import,
            b"interface" => Interface,
            b"map" => Map,
            b"package" => Package,
            b"range" => Range,
            b"return" => Return,
            b"select" => Select,
            b"struct" => Struct,
            b"switch" => Switch,
            b"type" => Type,
            b"var" => Var,
            _ => return None,
        })
    }
}

/// A set of tokens (Go's `uint64` token sets).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TokenSet(u64);

impl TokenSet {
    pub const EMPTY: TokenSet = TokenSet(0);

    pub const fn of(tokens: &[Token]) -> TokenSet {
        let mut bits = 0u64;
        let mut i = 0;
        while i < tokens.len() {
            bits |= 1u64 << (tokens[i] as u8);
            i += 1;
        }
        TokenSet(bits)
    }

    pub const fn union(self, other: TokenSet) -> TokenSet {
        TokenSet(self.0 | other.0)
    }

    pub const fn contains(self, tok: Token) -> bool {
        self.0 & (1u64 << (tok as u8)) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_KEYWORDS: [&str; 25] = [
        "break",
        "case",
        "chan",
        "const",
        "continue",
        "default",
        "defer",
        "else",
        "fallthrough",
        "for",
        "func",
        "go",
        "goto",
        "if",
        "import",
        "interface",
        "map",
        "package",
        "range",
        "return",
        "select",
        "struct",
        "switch",
        "type",
        "var",
    ];

    #[test]
    fn keywords_round_trip() {
        for t in [
            Token::Break,
            Token::Var,
            Token::Fallthrough,
            Token::Interface,
        ] {
            assert_eq!(Token::keyword(t.as_str().as_bytes()), Some(t));
            assert!(t.is_keyword());
        }
        assert_eq!(Token::keyword(b"main"), None);
        let mut count = 0;
        for b in (Token::Break as u8)..=(Token::Var as u8) {
            let word = ALL_KEYWORDS[(b - Token::Break as u8) as usize];
            let tok = Token::keyword(word.as_bytes());
            assert_eq!(tok.map(|t| t as u8), Some(b), "{word}");
            count += 1;
        }
        assert_eq!(count, 25);
        assert!(!Token::DotDotDot.is_keyword());
    }

    #[test]
    fn token_descriptions_follow_go() {
        assert_eq!(Token::Comma.describe(), "comma");
        assert_eq!(Token::Semi.describe(), "semicolon or newline");
        assert_eq!(Token::Func.describe(), "keyword func");
        assert_eq!(Token::Rparen.describe(), ")");
    }

    #[test]
    fn token_sets() {
        let s = TokenSet::of(&[Token::Eof, Token::Var]);
        assert!(s.contains(Token::Eof) && s.contains(Token::Var));
        assert!(!s.contains(Token::Rparen));
        assert!(TokenSet::EMPTY.is_empty());
    }
}
