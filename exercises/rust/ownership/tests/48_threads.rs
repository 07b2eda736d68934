//! Grades exercise 48 (threads that borrow from a frame): the learner's program must
//! compile and run, its threads borrowing from `main`'s frame.

mod common;

#[test]
fn without_arc_mutex_clone_static_or_unsafe() {
    common::refuse(
        "48_threads",
        &[
            "Arc", "Mutex", "clone", "to_vec", "'static", "unsafe", "leak",
        ],
    );
}

#[test]
fn compiles_and_runs() {
    trybuild::TestCases::new().pass(common::exercise("48_threads"));
}
