//! Exercise 46 — `Box`: a linked list, as Go builds it with pointers.
//!
//! Book: *What Rust does instead* (book/src/rust.md), "Values live where you put them" and
//! "Ownership and moves".
//!
//! In Go, a list node holds a pointer to the next node, and each `&node{...}` the
//! compiler cannot keep in a frame goes to the heap:
//!
//! ```go
//! type node struct {
//!     value int
//!     next  *node
//! }
//! ```
//!
//! The direct Rust translation below does not compile (rustc's error E0072): a `Node` that
//! contains a whole `Node` would be infinitely large. In Rust a value is on the heap only
//! when a type says so: make `next` an owning pointer to a heap node, `Option<Box<Node>>`
//! (`None` is the end of the list — and costs no space: it is the null pointer), and fix
//! `push` to match. `main` checks the list's sum and the size of the link.
//!
//! Reference solution.

struct Node {
    value: i64,
    next: Option<Box<Node>>,
}

/// A new list: `value`, then the old list `head` (moved into the new node).
fn push(head: Option<Box<Node>>, value: i64) -> Option<Box<Node>> {
    Some(Box::new(Node { value, next: head }))
}

/// The sum of the values, following the links without taking the list apart.
fn sum(list: &Option<Box<Node>>) -> i64 {
    let mut total = 0;
    let mut cur = list;
    while let Some(node) = cur {
        total += node.value;
        cur = &node.next;
    }
    total
}

fn main() {
    let mut list = None;
    for v in 1..=10 {
        list = push(list, v);
    }
    assert_eq!(sum(&list), 55);
    // A link is one pointer: 8 bytes in the node, the next node on the heap.
    assert_eq!(std::mem::size_of::<Option<Box<Node>>>(), 8);
    println!(
        "sum {}, each link {} bytes",
        sum(&list),
        std::mem::size_of_val(&list)
    );
    // When `list` goes out of scope here, the first node is dropped, which drops its
    // `next`, and so on: every node is freed now, with no collector.
}
