//! Grades exercise 45 (return by value): the learner's program must compile and run (its
//! `main` checks the results), without `Box`, `'static` or `unsafe`.

mod common;

#[test]
fn without_box_static_or_unsafe() {
    common::refuse("45_return_by_value", &["Box", "'static", "unsafe", "leak"]);
}

#[test]
fn compiles_and_runs() {
    trybuild::TestCases::new().pass(common::exercise("45_return_by_value"));
}
