//! The memory viewer's state reducer (`book/viewer/viewer.js`), tested with Node's built-in
//! runner: `node --test book/viewer/test/` on the hand-written fixtures and on every
//! document memsim writes for `simulator/tests/viewer/` (its goldens): keyframes equal the
//! changes before them, jumping equals stepping, a step forward then back returns the same
//! state, nothing moves while it exists.
//!
//! Needs `node`. Without it the test says SKIPPED loudly and passes, unless
//! `MEMSIM_REQUIRE_BROWSER=1` (CI sets it), when it fails.

use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn reducer_tests_pass_on_fixtures_and_memsim_documents() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let node_ok = Command::new("node")
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success());
    if !node_ok {
        if std::env::var_os("MEMSIM_REQUIRE_BROWSER").is_some() {
            panic!("node is required (MEMSIM_REQUIRE_BROWSER is set) but `node --version` fails");
        }
        eprintln!("\n*** SKIPPED: the viewer's Node tests need `node` on PATH ***\n");
        return;
    }
    let mut docs: Vec<String> = std::fs::read_dir(root.join("simulator/tests/viewer"))
        .expect("simulator/tests/viewer")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".view.json"))
        .map(|p| p.display().to_string())
        .collect();
    docs.sort();
    assert!(!docs.is_empty(), "no viewer goldens");
    let out = Command::new("node")
        .arg("--test")
        .arg("book/viewer/test/")
        .current_dir(&root)
        .env("MEMSIM_VIEWER_DOCS", docs.join(":"))
        .stdin(Stdio::null())
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "node --test book/viewer/test/ failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let passed = stdout
        .lines()
        .find_map(|l| l.strip_prefix("# pass "))
        .and_then(|n| n.trim().parse::<u32>().ok())
        .unwrap_or(0);
    assert!(
        passed >= 50,
        "expected the fixtures' and documents' tests, {passed} passed"
    );
}
