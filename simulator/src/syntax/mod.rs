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
pub mod token;

use crate::diag::Diagnostics;

/// The deepest nesting of expressions, types, blocks and statements memsim accepts.
pub const MAX_NESTING: usize = 1000;

/// Parses a whole Go source file. On error, returns every syntax error found (at least one).
pub fn parse_file(src: &str) -> Result<ast::File, Diagnostics> {
    parser::parse(src)
}
