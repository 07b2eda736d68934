//! Exercise 49 — the borrowing rules: why a reference into a vector blocks a `push`.
//!
//! Book: *What Rust does instead* (book/src/rust.md), "Ownership and moves" and "Why Rust
//! needs no escape analysis".
//!
//! In Go, a pointer into a slice survives an `append` that moves the elements to a bigger
//! backing array: the pointer keeps the *old* array alive (the collector will not free
//! what is still reachable), and writes through it no longer reach the slice:
//!
//! ```go
//! s := []int{1}
//! p := &s[0]
//! s = append(s, 2) // a new backing array; p still points into the old one
//! *p = 10
//! fmt.Println(s[0], *p) // 1 10
//! ```
//!
//! A Rust `Vec` frees its old buffer when it grows, so a reference into it would dangle.
//! The rule that prevents it: while a shared borrow (`&`) of a value is alive, the value
//! cannot be borrowed mutably (`&mut`, which `push` needs) — and a signature says what a
//! returned reference borrows.
//!
//! `Stack::top` returns the top item by reference, without copying it, but its signature
//! lies: `&'static i64` claims the item lives for ever, and `unsafe` makes the compiler
//! take that on trust. Give `top` an honest signature — the reference borrows from the
//! stack (`&self`) — and drop the `unsafe` (the grader checks). The grader then compiles
//! two programs against your `Stack` (in `exercises/rust/ownership/ui/`): `49_top.rs`
//! must compile and run, and `49_top_across_push.rs`, which keeps the top item across a
//! `push`, must be refused with rustc's error E0502, as `49_top_across_push.stderr` shows.
//!
//! Check your work: `cargo run -p memsim -- exercises check 49_borrow_rules`

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
    pub fn top(&self) -> Option<&'static i64> {
        // The lie: the item lives only as long as the buffer it is in.
        self.items
            .last()
            .map(|item| unsafe { &*(item as *const i64) })
    }
}
