//! The built course in a real browser: the book is built, served on an ephemeral localhost
//! port, and `book/site/browser/check.mjs` drives Debian's headless Chromium through it with
//! playwright-core — every page opens with no console error, no uncaught exception and no
//! failed request; every memory diagram is laid out with its boxes and text, readable in the
//! light theme and in the navy one; the search box finds "escape analysis" in escape/.
//! Then `book/viewer/browser-check.mjs` drives the memory viewer of gc.html (keys, controls,
//! text view, deep links, timings) and scans it with axe-core (WCAG 2.0/2.1 A and AA rules
//! and best practices, scoped to the viewer): at its first step (also 380 px wide),
//! mid-trace, during the collector's marking and in the text view, each in every mdBook
//! theme (light, rust, coal, navy, ayu), and stack.html's first viewer at its first step;
//! any serious or critical violation, or text of the viewer's picture under 4.5:1 contrast,
//! fails the test (moderate and minor ones are printed as warnings).
//! Last, `book/viewer/live-check.mjs` edits escape/pointers.html's viewer: memsim.wasm
//! re-analyses and re-runs the edit in a Web Worker (new -m lines and memory; Go's error
//! line for a broken edit; an endless loop cut while the page's timers keep firing; a new
//! edit stopping the run in progress; restore), with every request outside the local
//! server refused, and the module's compressed size under 1 MB. A book built without
//! memsim.wasm skips that part loudly, unless `MEMSIM_REQUIRE_WASM=1` (CI).
//!
//! It needs `/usr/bin/chromium` (`apt-get install chromium`), `node`, and playwright-core
//! and axe-core (`npm ci --prefix book/site/browser`). Without them the test says SKIPPED
//! loudly and passes, unless `MEMSIM_REQUIRE_BROWSER=1` (CI sets it), when it fails.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const TIMEOUT: Duration = Duration::from_secs(5 * 60);
const HOW: &str = "install chromium (apt-get install chromium) and run \
                   `npm ci --prefix book/site/browser`";

/// What the check needs and this machine lacks.
fn missing(browser_dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if !Path::new(CHROMIUM).is_file() {
        out.push(format!("{CHROMIUM} (no such file)"));
    }
    let node = Command::new("node")
        .arg("--version")
        .stdin(Stdio::null())
        .output();
    if !node.is_ok_and(|o| o.status.success()) {
        out.push("node (not on PATH, or `node --version` fails)".to_string());
    }
    for package in ["playwright-core", "axe-core"] {
        let manifest = browser_dir
            .join("node_modules")
            .join(package)
            .join("package.json");
        if !manifest.is_file() {
            out.push(format!("{package} ({} is missing)", manifest.display()));
        }
    }
    out
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let dest = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &dest)?;
        } else {
            std::fs::copy(e.path(), &dest)?;
        }
    }
    Ok(())
}

/// Runs `cmd` with its output in files under `dir`; ends it after `timeout`.
/// Returns (exit success, stdout, stderr, timed out).
fn run_with_timeout(
    mut cmd: Command,
    dir: &Path,
    timeout: Duration,
) -> (bool, String, String, bool) {
    let out_path = dir.join("check.stdout");
    let err_path = dir.join("check.stderr");
    let out = std::fs::File::create(&out_path).expect("a file for the check's stdout");
    let err = std::fs::File::create(&err_path).expect("a file for the check's stderr");
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start node: {e}"));
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for node") {
            break status;
        }
        if start.elapsed() > timeout {
            timed_out = true;
            // SIGTERM first, so that playwright closes the Chromium it started.
            let _ = Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status();
            std::thread::sleep(Duration::from_secs(5));
            let _ = child.kill();
            break child.wait().expect("waiting for node");
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    let read = |p: &PathBuf| std::fs::read_to_string(p).unwrap_or_default();
    (
        status.success(),
        read(&out_path),
        read(&err_path),
        timed_out,
    )
}

#[test]
fn every_page_opens_cleanly_in_chromium() {
    let root = memsim_book::repo_root();
    let root = root.canonicalize().unwrap_or(root);
    let browser_dir = root.join("book/site/browser");
    let lacking = missing(&browser_dir);
    if !lacking.is_empty() {
        let msg = format!(
            "SKIPPED: the headless-Chromium check of the book did not run: missing {}.\n\
             To run it, {HOW}.",
            lacking.join(", ")
        );
        if std::env::var("MEMSIM_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
            panic!("{msg}\nMEMSIM_REQUIRE_BROWSER=1, so this is a failure, not a skip.");
        }
        let bar = "!".repeat(78);
        eprintln!("{bar}\n{msg}\n{bar}");
        println!("{msg}");
        return;
    }

    let start = Instant::now();
    let (built, took) = memsim_book::build(&root).unwrap_or_else(|e| panic!("{e}"));
    // Serve a copy: a concurrent build (`memsim-book serve`, another test) rewrites target/book.
    let dir = std::env::temp_dir().join(format!("memsim-browser-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let site = dir.join("site");
    copy_dir(&built, &site).unwrap_or_else(|e| panic!("cannot copy {}: {e}", built.display()));

    let (server, port) = memsim_book::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let served = site.clone();
    std::thread::spawn(move || memsim_book::serve_requests(&server, &served));
    let base = format!("http://127.0.0.1:{port}");
    println!(
        "browser: built the book in {:.1} s; serving it on {base}",
        took.as_secs_f64()
    );

    let mut cmd = Command::new("node");
    cmd.arg(browser_dir.join("check.mjs")).arg(&base);
    let check_start = Instant::now();
    let (ok, stdout, stderr, timed_out) = run_with_timeout(cmd, &dir, TIMEOUT);
    // The memory viewer on a chapter with a collection: keys kept from mdBook (the URL
    // never changes), every control, the text view, step timings, and axe-core's scans of
    // it (and of stack.html's first viewer, the second argument).
    let mut viewer = Command::new("node");
    viewer
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../viewer/browser-check.mjs"))
        .arg(format!("{base}/gc.html"))
        .arg(format!("{base}/stack.html"));
    let viewer_dir = dir.join("viewer");
    std::fs::create_dir_all(&viewer_dir).expect("temp dir");
    let (viewer_ok, viewer_out, viewer_err, viewer_timed_out) =
        run_with_timeout(viewer, &viewer_dir, TIMEOUT);
    // Live editing: escape/pointers.html's viewer edited, re-analysed and re-run by
    // memsim.wasm in the page, with every request outside the local server refused.
    let wasm = site.join(mdbook_memsim::wasm::WASM_FILE);
    let live = if wasm.is_file() {
        let mut live = Command::new("node");
        live.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../viewer/live-check.mjs"))
            .arg(format!("{base}/escape/pointers.html"))
            .arg(&wasm);
        let live_dir = dir.join("live");
        std::fs::create_dir_all(&live_dir).expect("temp dir");
        Some(run_with_timeout(live, &live_dir, TIMEOUT))
    } else {
        let why = format!(
            "the book was built without {} (rustup target add wasm32-unknown-unknown)",
            mdbook_memsim::wasm::WASM_FILE
        );
        assert!(
            std::env::var_os("MEMSIM_REQUIRE_WASM").is_none_or(|v| v != "1"),
            "{why}, and MEMSIM_REQUIRE_WASM=1"
        );
        eprintln!("\n*** browser: live editing check SKIPPED: {why} ***\n");
        None
    };
    let _ = std::fs::remove_dir_all(&dir);
    if let Some((live_ok, live_out, live_err, live_timed_out)) = live {
        println!("browser: the live-editing check says {live_out}");
        assert!(
            live_ok && !live_timed_out,
            "the live-editing check failed on escape/pointers.html:\n{live_out}\n{live_err}"
        );
    }
    println!("browser: the viewer check says {viewer_out}");
    if viewer_ok && !viewer_err.trim().is_empty() {
        // Moderate and minor accessibility findings: warnings, not failures.
        eprintln!("{viewer_err}");
    }
    assert!(
        viewer_ok && !viewer_timed_out,
        "the viewer's browser check failed on gc.html and stack.html:\n{viewer_out}\n{viewer_err}"
    );
    println!("{stdout}");
    eprintln!("{stderr}");
    println!(
        "browser: check.mjs took {:.1} s; the whole test {:.1} s",
        check_start.elapsed().as_secs_f64(),
        start.elapsed().as_secs_f64()
    );
    assert!(
        !timed_out,
        "check.mjs did not finish within {} s\n{stderr}",
        TIMEOUT.as_secs()
    );
    assert!(ok, "the browser check failed:\n{stderr}");
}
