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
mod branches;
mod chars;
pub mod lexer;
pub mod parser;
pub mod printer;
mod report;
pub mod split;
pub mod token;
#[rustfmt::skip]
mod unicode_tables;

use crate::diag::Diagnostics;

pub use parser::ParseOutcome;
pub use split::{Skeleton, SkippedBody, parse_bodies, parse_skeleton};

/// The deepest nesting of expressions, types, blocks and statements memsim accepts.
pub const MAX_NESTING: usize = 1000;

/// Parses a whole Go source file. On error, returns every syntax error found (at least one).
pub fn parse_file(src: &str) -> Result<ast::File, Diagnostics> {
    parser::parse(src)
}

/// Parses a file given as raw bytes (invalid UTF-8 is reported as Go reports it).
pub fn parse_bytes(src: &[u8]) -> Result<ast::File, Diagnostics> {
    parser::parse_bytes(src)
}

/// Parses and also tells whether `go build` would go on to type check despite the errors:
/// Go stops after a `syntax error`, but errors such as `invalid digit '8' in octal literal`
/// or `label L defined and not used` are printed together with the type checker's errors.
/// A later stage that wants Go's exact first error checks `outcome.file` when
/// `!outcome.fatal` and merges its own diagnostics with `outcome.diagnostics`.
pub fn parse_with_recovery(src: &[u8]) -> ParseOutcome {
    parser::parse_outcome(src)
}
