//! The book's Rust blocks (shared with the preprocessor, which shows their captured output):
//! see `book/preprocessor/src/snippets.rs`.

#[path = "../../preprocessor/src/fence.rs"]
#[allow(dead_code)]
mod fence;
#[path = "../../preprocessor/src/snippets.rs"]
mod shared;

pub use shared::*;

/// The book's source folder (`book/src`).
pub fn book_src() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../src")
}
