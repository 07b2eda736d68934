//! Helpers for the tests that grade the "Build the machine" exercises (`tests/NAME.rs`,
//! each of which includes the learner's `NAME/exercise.rs` as a module).
//!
//! * [`within`] runs a learner's code on a thread of its own and gives up after
//!   [`LIMIT`], so an endless loop ends in a message instead of a hung grader;
//! * [`rng`] is the seeded generator of the property tests: the same cases on every run,
//!   and a failing case names its seed and inputs.

use rand::SeedableRng;
use rand::rngs::StdRng;
use std::sync::mpsc;
use std::time::Duration;

/// How long one call into a learner's code may run (far more than any solution needs).
pub const LIMIT: Duration = Duration::from_secs(10);

/// Runs `f` (which calls the learner's code) and returns its result. A panic in `f` is the
/// test's panic (with the learner's message and line); when `f` has not finished after
/// [`LIMIT`] the test fails, naming `what`.
pub fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    // The test's name, so that a panic message names the test that failed.
    let name = std::thread::current()
        .name()
        .unwrap_or("exercise")
        .to_string();
    let handle = std::thread::Builder::new()
        .name(name)
        .spawn(move || {
            let _ = tx.send(f());
        })
        .expect("a thread for the exercise");
    match rx.recv_timeout(LIMIT) {
        Ok(v) => {
            let _ = handle.join();
            v
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => match handle.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            Ok(()) => unreachable!("the thread sent its result or panicked"),
        },
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "{what} did not finish within {} s — an endless loop?",
            LIMIT.as_secs()
        ),
    }
}

/// The generator of a property test: seeded, so every run checks the same cases.
pub fn rng(seed: u64) -> StdRng {
    StdRng::seed_from_u64(seed)
}
