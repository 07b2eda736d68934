//! Exercise 48 — threads that borrow from a frame.
//!
//! Book: *What Rust does instead* (book/src/rust.md), "A variable shared with a goroutine
//! or a thread".
//!
//! Reference solution: the scope ends after both threads have finished, so they may
//! borrow from `main`'s frame; nothing goes to the heap but the vector.

fn main() {
    let numbers: Vec<u64> = (1..=1000).collect();
    let (left, right) = numbers.split_at(numbers.len() / 2);
    let mut left_sum = 0;
    let mut right_sum = 0;
    std::thread::scope(|s| {
        s.spawn(|| left_sum = left.iter().sum());
        s.spawn(|| right_sum = right.iter().sum());
    });
    assert_eq!(left_sum + right_sum, 500_500);
    println!("{left_sum} + {right_sum} = {}", left_sum + right_sum);
}
