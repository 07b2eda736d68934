//! Exercise 47 — a reference kept past a loop iteration.
//!
//! Book: *What Rust does instead* (book/src/rust.md), "A pointer kept past a loop
//! iteration".
//!
//! Go's escape analysis moves a variable declared inside a loop to the heap — one
//! allocation per iteration — when its address is kept in a variable declared outside:
//!
//! ```go
//! var longest *string
//! for n := 1; n <= 4; n++ {
//!     line := strings.Repeat("ab", n) // moved to heap: line
//!     if longest == nil || len(line) > len(*longest) {
//!         longest = &line
//!     }
//! }
//! ```
//!
//! In Rust, `line` is dropped at the end of each iteration, and the borrow checker refuses
//! a reference that is used after that (rustc's error E0597). Make the program compile
//! and run by saying what you mean: the loop's result must *own* its string. `longest`
//! becomes a `String` declared before the loop, and the longest line is *moved* into it
//! (a move copies the 24-byte `String` handle; the text stays where it is on the heap).
//! No `clone`, `'static` or `unsafe` (the grader checks).
//!
//! Reference solution: `longest` owns the line moved into it.

fn main() {
    let mut longest = String::new();
    for n in 1..=4 {
        let line = "ab".repeat(n);
        if line.len() > longest.len() {
            longest = line;
        }
    }
    assert_eq!(longest, "abababab");
    println!("the longest line: {longest}");
}
