//! memsim: where a Go value lives in memory, why, and what it costs.
//!
//! The library reads one Go source file of memsim's subset and takes it through a one-way
//! pipeline (see ARCHITECTURE.md at the repository root):
//!
//! ```text
//! source → tokens → syntax tree → typed program → escape facts → output
//!          syntax::lexer  syntax::parser  types  escape    escape::report, explain
//! ```
//!
//! The [`runtime`] then runs the typed program on a simulated Go 1.27 memory, placing every
//! value where the escape facts put it:
//!
//! ```text
//! typed program + escape facts → compiled frames and code → a run (output, counters)
//!                 runtime::compile                 runtime::vm
//! ```
//!
//! Every stage reports problems as [`diag::Diagnostic`]s positioned exactly where the Go
//! toolchain reports them.

#[cfg(not(target_family = "wasm"))]
pub mod allocator;
pub mod diag;
pub mod diagram;
pub mod escape;
pub mod exercises;
pub mod fxhash;
pub mod idset;
pub mod ir;
pub mod lab;
pub mod machine;
pub mod name;
pub mod pipeline;
pub mod runtime;
pub mod scratch;
pub mod source;
pub mod syntax;
pub mod types;
pub mod viewer;

pub use pipeline::{Analysis, analyze, compile, escape_report, explain_report};

/// The book's chapter "What Rust does instead" (`book/src/rust.md`): rustdoc compiles and
/// runs its Rust blocks as doctests of this crate, so `use memsim::...` works in them and
/// `compile_fail` blocks must fail with the error code they name. (What each block prints
/// is captured for the book by `book/snippets`.)
/// (The chapter's `go,memsim file=…` blocks are Go, not Rust: rustdoc skips them, and
/// their `=` settings are not attributes it knows.)
#[cfg(doctest)]
#[allow(rustdoc::invalid_codeblock_attributes)]
#[doc = include_str!("../../book/src/rust.md")]
pub struct BookChapterRust;
