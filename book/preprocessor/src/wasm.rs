//! memsim for the browser, built for the book: the memory viewer's live editing
//! (`book/viewer/live.js`) loads `memsim.wasm` from the book's root and re-analyses and
//! re-runs an edited example in the page (crate `memsim-wasm`, `simulator/wasm`).
//!
//! [`ensure`] builds that module with cargo (`--target wasm32-unknown-unknown --profile
//! wasm`, in `target/wasm` so that it never waits on the lock of the build that is running
//! the preprocessor) and copies it to the book's source folder, from where mdBook copies
//! it into the site with the other static files. The copy is written only when its bytes
//! change, so that `mdbook serve` does not see a change after every build. The file is
//! generated: `.gitignore` keeps it out of the repository.
//!
//! Without the WebAssembly target (`rustup target add wasm32-unknown-unknown`) the book
//! is built without live editing, and the viewer says so when a reader asks to edit;
//! `MEMSIM_REQUIRE_WASM=1` (CI) turns that into an error. `MEMSIM_BOOK_WASM=0` skips the
//! module on purpose (quick local builds).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The module's name in the book's source folder and in the site.
pub const WASM_FILE: &str = "memsim.wasm";

/// The target the module is built for.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// What [`ensure`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The module is in the book's source folder, this many bytes.
    Ready(u64),
    /// No module this time, and why (also printed on stderr).
    Skipped(String),
}

/// Builds `memsim.wasm` and puts it into `src_dir` (the book's source folder, under
/// `root`, the workspace holding `simulator/wasm`). An error only when the build was
/// wanted and failed, or when `MEMSIM_REQUIRE_WASM=1` and the target is missing.
pub fn ensure(root: &Path, src_dir: &Path) -> Result<Outcome, String> {
    let required = std::env::var_os("MEMSIM_REQUIRE_WASM").is_some_and(|v| v == "1");
    if std::env::var_os("MEMSIM_BOOK_WASM").is_some_and(|v| v == "0") && !required {
        return Ok(Outcome::Skipped("MEMSIM_BOOK_WASM=0".to_string()));
    }
    if !root.join("simulator/wasm/Cargo.toml").is_file() {
        // A book outside memsim's repository (the preprocessor's own tests build some).
        return Ok(Outcome::Skipped(format!(
            "{} has no simulator/wasm",
            root.display()
        )));
    }
    if !target_installed() {
        return skipped(
            required,
            format!(
                "the Rust target {WASM_TARGET} is not installed, so the book's memory \
                 viewers cannot be edited live; `rustup target add {WASM_TARGET}` and build \
                 the book again to have it"
            ),
        );
    }
    let target_dir = root.join("target/wasm");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(root)
        .args(["build", "--locked", "-q", "-p", "memsim-wasm", "--target"])
        .arg(WASM_TARGET)
        .args(["--profile", "wasm"])
        .env("CARGO_TARGET_DIR", &target_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run cargo to build {WASM_FILE}: {e}"))?;
    if !status.success() {
        return Err(format!(
            "building {WASM_FILE} failed ({status}): cargo build -p memsim-wasm --target \
             {WASM_TARGET} --profile wasm"
        ));
    }
    let built: PathBuf = target_dir.join(WASM_TARGET).join("wasm/memsim_wasm.wasm");
    let bytes = std::fs::read(&built).map_err(|e| format!("{}: {e}", built.display()))?;
    let dest = root.join(src_dir).join(WASM_FILE);
    if std::fs::read(&dest).ok().as_deref() != Some(&bytes[..]) {
        std::fs::write(&dest, &bytes).map_err(|e| format!("{}: {e}", dest.display()))?;
    }
    Ok(Outcome::Ready(bytes.len() as u64))
}

fn skipped(required: bool, why: String) -> Result<Outcome, String> {
    if required {
        return Err(format!("{why} (MEMSIM_REQUIRE_WASM=1)"));
    }
    eprintln!("mdbook-memsim: NOTE: no live editing in this build: {why}");
    Ok(Outcome::Skipped(why))
}

/// Whether the standard library for [`WASM_TARGET`] is installed.
fn target_installed() -> bool {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(rustc)
        .args(["--print", "target-libdir", "--target", WASM_TARGET])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output();
    match out {
        Ok(o) if o.status.success() => {
            let dir = String::from_utf8_lossy(&o.stdout).trim().to_string();
            std::fs::read_dir(&dir).is_ok_and(|mut d| d.next().is_some())
        }
        _ => false,
    }
}
