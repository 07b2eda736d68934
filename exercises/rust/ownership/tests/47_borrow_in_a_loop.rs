//! Grades exercise 47 (a reference kept past a loop iteration): the learner's program
//! must compile and run, moving the longest line rather than copying it.

mod common;

#[test]
fn without_clone_static_or_unsafe() {
    common::refuse(
        "47_borrow_in_a_loop",
        &[
            "clone",
            "to_string",
            "to_owned",
            "'static",
            "unsafe",
            "leak",
        ],
    );
}

#[test]
fn compiles_and_runs() {
    trybuild::TestCases::new().pass(common::exercise("47_borrow_in_a_loop"));
}
