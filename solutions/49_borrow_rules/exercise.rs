//! Exercise 49 — the borrowing rules: why a reference into a vector blocks a `push`.
//!
//! Book: *What Rust does instead* (book/src/rust.md), "Ownership and moves" and "Why Rust
//! needs no escape analysis".
//!
//! Reference solution: the returned reference borrows from `self` (the elided lifetime of
//! `&self`), so a caller cannot `push` while it holds it.

/// A stack of numbers on a growable heap buffer.
pub struct Stack {
    items: Vec<i64>,
}

impl Stack {
    pub fn new() -> Stack {
        Stack { items: Vec::new() }
    }

    /// Pushes `value`; the items may move to a bigger buffer, and the old one is freed.
    pub fn push(&mut self, value: i64) {
        self.items.push(value);
    }

    /// The top item, by reference, or `None` when the stack is empty.
    pub fn top(&self) -> Option<&i64> {
        self.items.last()
    }
}
