//! Exercise 45 — return by value: what Rust does where Go moves a variable to the heap.
//!
//! Book: *What Rust does instead* (book/src/rust.md), "The case Go solves with the heap".
//!
//! In Go, a constructor may return the address of its local variable:
//!
//! ```go
//! func newPoint(x, y int) *Point {
//!     p := Point{x, y} // moved to heap: p
//!     return &p
//! }
//! ```
//!
//! and the compiler quietly moves `p` to the heap: one allocation per call. The same
//! program in Rust does not compile: `p` is dropped when `new_point` returns, so no
//! reference to it may leave (rustc's error E0515). Make this file compile and run, the way
//! you would fix the Go program that allocates too much: `new_point` returns the `Point`
//! itself (16 bytes, copied into — or built directly in — the caller's frame), and
//! `main` borrows it. No `Box`, no `'static`, no `unsafe` (the grader checks).
//!
//! Reference solution: the value itself is returned; `main` keeps it in its frame.

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i64,
    y: i64,
}

fn new_point(x: i64, y: i64) -> Point {
    Point { x, y }
}

/// The sum of the coordinates, read through a reference: the point stays where it is.
fn sum(p: &Point) -> i64 {
    p.x + p.y
}

fn main() {
    let p = new_point(1, 2);
    let q = new_point(30, 40);
    assert_eq!(sum(&p) + sum(&q), 73);
    println!("{p:?} and {q:?}: sum {}", sum(&p) + sum(&q));
}
