//! Grades exercise 49 (the borrowing rules): two programs use the learner's `Stack`
//! (`ui/49_*.rs`); one must compile and run, the other must be refused with the error in
//! `ui/49_top_across_push.stderr` (written by trybuild from the reference solution).

mod common;

#[test]
fn without_unsafe_or_static() {
    common::refuse("49_borrow_rules", &["unsafe", "'static"]);
}

#[test]
fn the_borrow_checker_protects_the_stack() {
    let t = trybuild::TestCases::new();
    t.pass("ui/49_top.rs");
    t.compile_fail("ui/49_top_across_push.rs");
}
