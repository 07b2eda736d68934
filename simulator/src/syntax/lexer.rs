//! The lexer: bytes → tokens, with Go's automatic semicolon insertion.
