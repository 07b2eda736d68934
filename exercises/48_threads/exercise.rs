//! Exercise 48 — threads that borrow from a frame.
//!
//! Book: *What Rust does instead* (book/src/rust.md), "A variable shared with a goroutine
//! or a thread".
//!
//! A goroutine may outlive the function that started it, so Go moves every variable a
//! `go` closure captures by reference to the heap — even when the function waits for the
//! goroutine before it returns:
//!
//! ```go
//! count := 0 // moved to heap: count
//! go func() { // func literal escapes to heap
//!     count++
//!     done <- true
//! }()
//! <-done
//! ```
//!
//! `std::thread::spawn` makes the same assumption and accepts only closures that borrow
//! nothing from the caller's frame (rustc's errors E0373 and E0597 below). But this
//! program does wait for its threads: tell the compiler so with a *scoped* thread,
//! `std::thread::scope`, which does not return before every thread spawned in it has
//! finished. Then both threads may borrow `numbers` and write the sums that stay in
//! `main`'s frame. No `Arc`, `Mutex`, `clone`, `'static` or `unsafe` (the grader checks).
//!
//! Check your work: `cargo run -p memsim -- exercises check 48_threads`

fn main() {
    let numbers: Vec<u64> = (1..=1000).collect();
    let (left, right) = numbers.split_at(numbers.len() / 2);
    let mut left_sum = 0;
    let mut right_sum = 0;
    let a = std::thread::spawn(|| left_sum = left.iter().sum());
    let b = std::thread::spawn(|| right_sum = right.iter().sum());
    a.join().unwrap();
    b.join().unwrap();
    assert_eq!(left_sum + right_sum, 500_500);
    println!("{left_sum} + {right_sum} = {}", left_sum + right_sum);
}
