// Exercise 49: a program that keeps a reference to the top item across a push, which may
// move the items to a new buffer and free the old one. With an honest signature for
// `Stack::top`, rustc refuses it (E0502), as 49_top_across_push.stderr says.

#[allow(warnings)]
#[path = "../../../49_borrow_rules/exercise.rs"]
mod exercise;

use exercise::Stack;

fn main() {
    let mut s = Stack::new();
    s.push(1);
    let top = s.top().unwrap();
    s.push(2);
    println!("{top}");
}
