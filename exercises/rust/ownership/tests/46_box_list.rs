//! Grades exercise 46 (`Box`): the learner's program must compile and run (its `main`
//! checks the list's sum and the size of a link), without `unsafe`.

mod common;

#[test]
fn without_unsafe() {
    common::refuse("46_box_list", &["unsafe", "leak"]);
}

#[test]
fn compiles_and_runs() {
    trybuild::TestCases::new().pass(common::exercise("46_box_list"));
}
