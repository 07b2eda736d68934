//! Stage 1 and 2 of the pipeline: Go source text → tokens → syntax tree.
//!
//! The lexer inserts Go's automatic semicolons; the parser builds an [`ast::File`] whose node
//! positions are the Go compiler's (see [`ast`]). Errors are worded as the Go compiler's
//! syntax errors (`syntax error: unexpected newline, expected comma or )`), so that memsim's
//! first error line equals `go build`'s.
//!
//! Invariant: parsing never panics and never recurses without bound; input nested deeper
//! than [`MAX_NESTING`] is rejected with a clean error.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod printer;
pub mod token;

use crate::diag::Diagnostics;

/// The deepest nesting of expressions, types, blocks and statements memsim accepts.
pub const MAX_NESTING: usize = 1000;

/// Parses a whole Go source file. On error, returns every syntax error found (at least one).
pub fn parse_file(src: &str) -> Result<ast::File, Diagnostics> {
    parser::parse(src)
}

/// The result of parsing with Go's error-reporting rules (see the parser).
pub struct ParseOutcome {
    pub file: Option<ast::File>,
    pub diagnostics: Diagnostics,
    pub fatal: bool,
}

/// Parses and tells whether Go would go on to type check despite the errors.
pub fn parse_with_recovery(src: &[u8]) -> ParseOutcome {
    match std::str::from_utf8(src).map_err(|_| ()).and_then(|s| parse_file(s).map_err(|_| ())) {
        Ok(f) => ParseOutcome { file: Some(f), diagnostics: Diagnostics::new(), fatal: false },
        Err(_) => ParseOutcome { file: None, diagnostics: parse_file(&String::from_utf8_lossy(src)).err().unwrap_or_default(), fatal: true },
    }
}
