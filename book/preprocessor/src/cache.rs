//! A cache of rendered blocks, so that rebuilding the book after editing one page does not
//! run memsim again on every other page's programs (a warm rebuild stays well under the
//! two seconds a reader waits for).
//!
//! An entry is keyed by everything the rendering depends on: the block's info string, its
//! program, its id in the page, and the running executable itself (its path, size and
//! modification time), so a rebuilt memsim — whose output may have changed — never reads
//! an entry an older one wrote. Entries live in `target/memsim-book-cache/` (or
//! `$CARGO_TARGET_DIR/memsim-book-cache/`); only successful renders are stored. Any I/O
//! problem just means a miss. `MEMSIM_BOOK_CACHE=off` turns the cache off.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::PathBuf;
use std::sync::OnceLock;

static ROOT: OnceLock<PathBuf> = OnceLock::new();

/// The book's root folder, under which `target/` is (default: the current folder). Set
/// before the first lookup.
pub fn set_root(root: &std::path::Path) {
    let _ = ROOT.set(root.to_path_buf());
}

fn dir() -> Option<&'static PathBuf> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| {
        if std::env::var("MEMSIM_BOOK_CACHE").is_ok_and(|v| v == "off") {
            return None;
        }
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| ROOT.get().cloned().unwrap_or_default().join("target"));
        Some(target.join("memsim-book-cache"))
    })
    .as_ref()
}

/// Identifies the running build of memsim.
fn executable_stamp() -> &'static str {
    static STAMP: OnceLock<String> = OnceLock::new();
    STAMP.get_or_init(|| {
        let exe = std::env::current_exe().ok();
        let meta = exe.as_ref().and_then(|e| std::fs::metadata(e).ok());
        let modified = meta
            .as_ref()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        format!(
            "{:?} {} {modified} {}",
            exe,
            meta.map(|m| m.len()).unwrap_or(0),
            env!("CARGO_PKG_VERSION")
        )
    })
}

fn path(info: &str, source: &str, id: &str) -> Option<PathBuf> {
    let mut h = DefaultHasher::new();
    (executable_stamp(), info, source, id).hash(&mut h);
    Some(dir()?.join(format!("{:016x}.md", h.finish())))
}

/// The rendering stored for this block, if any.
pub fn lookup(info: &str, source: &str, id: &str) -> Option<String> {
    std::fs::read_to_string(path(info, source, id)?).ok()
}

/// Stores a rendering (best effort).
pub fn store(info: &str, source: &str, id: &str, rendered: &str) {
    let Some(p) = path(info, source, id) else {
        return;
    };
    if let Some(parent) = p.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    // Write then rename, so a concurrent build never reads half an entry.
    let tmp = p.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, rendered).is_ok() {
        let _ = std::fs::rename(&tmp, &p);
    }
}
