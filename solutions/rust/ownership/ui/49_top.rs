// Exercise 49: a program that uses the learner's Stack as it may be used. It must compile
// and run.

#[allow(warnings)]
#[path = "../../../49_borrow_rules/exercise.rs"]
mod exercise;

use exercise::Stack;

fn main() {
    let mut s = Stack::new();
    assert_eq!(s.top(), None);
    s.push(1);
    s.push(2);
    let top: Option<&i64> = s.top(); // a reference to the item, not a copy
    assert_eq!(top, Some(&2));
    s.push(3); // `top` is no longer used: the stack may be borrowed mutably again
    assert_eq!(s.top(), Some(&3));
}
