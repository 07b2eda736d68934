//! memsim in the browser: the WebAssembly module behind the memory viewer's live editing.
//!
//! A reader edits a book example; `book/viewer/live.js` hands the new source to
//! [`memsim_view`], which analyses it, runs it on the simulated memory and returns the same
//! `memsim-viewer` document (`simulator/VIEWER.md`) the book's preprocessor produced at
//! build time — diagnostics with their explanations, every step's memory, narration, output
//! — or the first error line of an invalid program, as `go build` prints it. No server: the
//! book stays static files.
//!
//! The interface is plain C ABI functions over the module's linear memory, so no glue
//! generator is needed (the JavaScript side is a few lines):
//!
//! 1. `memsim_alloc(n)` reserves `n` bytes and returns their address; JavaScript copies the
//!    UTF-8 source (and the file name) there.
//! 2. `memsim_view(src, src_len, name, name_len, keys, keys_len, max_steps)` takes
//!    ownership of the three buffers (it frees them), does the work, and returns the length
//!    of its answer, a JSON object: `{"ok":true,"doc":{…}}` or
//!    `{"ok":false,"error":"x.go:4:2: …","line":4,"col":2}`.
//! 3. `memsim_result()` is the answer's address (valid until the next `memsim_view`).
//!
//! [`view_json`] is the same work as a Rust function, tested natively.

use memsim::runtime::RunOptions;
use memsim::source::SourceFile;
use memsim::viewer::{KeyMark, ViewerOptions, build};
use std::cell::RefCell;

/// Instructions a live run may execute: an edited program that loops forever stops here,
/// in well under a second (a book example runs a few thousand).
pub const LIVE_RUN_INSTRUCTIONS: u64 = 2_000_000;

/// Bytes a live run's heap may span (the browser's memory is the reader's).
pub const LIVE_HEAP_LIMIT: u64 = 256 << 20;

/// Statement steps recorded when the caller asks for 0 (the viewer's default budget).
pub const DEFAULT_STEPS: u64 = memsim::viewer::DEFAULT_MAX_STEPS;

/// The most steps a caller may ask for.
pub const MAX_STEPS: u64 = 2_000;

/// Analyses and runs `source` (named `name` in messages) and returns the answer JSON
/// described in the module doc. `keys` are the viewer's key steps (`13,16,gc`); ones that
/// do not parse are ignored, since an edit may have moved the lines they named.
pub fn view_json(name: &str, source: &str, keys: &str, max_steps: u64) -> String {
    let key_lines: Vec<KeyMark> = keys
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .filter_map(|k| k.parse().ok())
        .collect();
    let opts = ViewerOptions {
        run: RunOptions {
            max_steps: LIVE_RUN_INSTRUCTIONS,
            heap_limit: LIVE_HEAP_LIMIT,
            ..ViewerOptions::default().run
        },
        max_steps: match max_steps {
            0 => DEFAULT_STEPS,
            n => n.min(MAX_STEPS),
        },
        key_lines,
        title: Some(name.rsplit('/').next().unwrap_or(name).to_string()),
        static_id: "memsim-live-static".to_string(),
    };
    let file = SourceFile::new(name, source);
    match build(&file, &opts) {
        Ok(doc) => {
            let mut out = String::from("{\"ok\":true,\"doc\":");
            out.push_str(&doc.to_json().to_string());
            out.push('}');
            out
        }
        Err(e) => error_json(name, &e.0),
    }
}

/// `{"ok":false,"error":…,"line":…,"col":…}` for an error line `NAME:LINE:COL: message`
/// (line and col are 0 when the message has no position).
fn error_json(name: &str, message: &str) -> String {
    let position = message
        .strip_prefix(name)
        .and_then(|rest| rest.strip_prefix(':'))
        .and_then(|rest| {
            let mut parts = rest.splitn(3, ':');
            let line = parts.next()?.parse::<u32>().ok()?;
            let col = parts.next()?.parse::<u32>().ok()?;
            Some((line, col))
        });
    let (line, col) = position.unwrap_or((0, 0));
    serde_json::json!({ "ok": false, "error": message, "line": line, "col": col }).to_string()
}

thread_local! {
    /// The last answer of [`memsim_view`], kept until the next call.
    static RESULT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Reserves `len` bytes for the caller to fill; they belong to the next call that takes
/// them (or to [`memsim_free`]).
#[unsafe(no_mangle)]
pub extern "C" fn memsim_alloc(len: usize) -> *mut u8 {
    let mut buf = Vec::<u8>::with_capacity(len.max(1));
    let ptr = buf.as_mut_ptr();
    std::mem::forget(buf);
    ptr
}

/// Gives back bytes from [`memsim_alloc`] that no call took.
///
/// # Safety
/// `ptr` and `len` must be exactly an unused [`memsim_alloc`] result and its length.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn memsim_free(ptr: *mut u8, len: usize) {
    // SAFETY: the caller passes back a buffer memsim_alloc made with this capacity.
    drop(unsafe { Vec::from_raw_parts(ptr, 0, len.max(1)) });
}

/// Takes a buffer from [`memsim_alloc`] back as a string (invalid UTF-8 is replaced).
///
/// # Safety
/// As [`memsim_free`], with the first `len` bytes written.
unsafe fn take_string(ptr: *mut u8, len: usize) -> String {
    // SAFETY: see the function's contract.
    let bytes = unsafe { Vec::from_raw_parts(ptr, len, len.max(1)) };
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// [`view_json`] over the module's memory: takes (and frees) the three buffers, keeps the
/// answer for [`memsim_result`] and returns its length in bytes.
///
/// # Safety
/// Each pointer/length pair must be a [`memsim_alloc`] buffer of that length, filled.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn memsim_view(
    source: *mut u8,
    source_len: usize,
    name: *mut u8,
    name_len: usize,
    keys: *mut u8,
    keys_len: usize,
    max_steps: u32,
) -> usize {
    // SAFETY: the caller hands over three memsim_alloc buffers (see the contract).
    let (source, name, keys) = unsafe {
        (
            take_string(source, source_len),
            take_string(name, name_len),
            take_string(keys, keys_len),
        )
    };
    let answer = view_json(&name, &source, &keys, u64::from(max_steps));
    RESULT.with(|r| {
        let mut r = r.borrow_mut();
        *r = answer.into_bytes();
        r.len()
    })
}

/// The address of the last answer of [`memsim_view`].
#[unsafe(no_mangle)]
pub extern "C" fn memsim_result() -> *const u8 {
    RESULT.with(|r| r.borrow().as_ptr())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    const ESCAPE: &str = "package main\n\nimport \"fmt\"\n\ntype point struct{ x, y int }\n\nfunc newPoint(x, y int) *point {\n\tp := point{x, y}\n\treturn &p\n}\n\nfunc main() {\n\ta := newPoint(1, 2)\n\tfmt.Println(a.x + a.y)\n}\n";

    fn answer(src: &str, keys: &str) -> Value {
        serde_json::from_str(&view_json("./live.go", src, keys, 0)).expect("the answer is JSON")
    }

    #[test]
    fn a_valid_program_gives_the_viewer_document() {
        let a = answer(ESCAPE, "9,14");
        assert_eq!(a["ok"], true);
        let doc = &a["doc"];
        assert_eq!(doc["schema"], "memsim-viewer");
        assert_eq!(doc["stdout"], "3\n");
        assert_eq!(doc["title"], "live.go");
        assert_eq!(doc["diagnostics"][0]["message"], "moved to heap: p");
        assert_eq!(doc["key_steps"].as_array().map(Vec::len), Some(2));
    }

    #[test]
    fn the_document_is_the_one_memsim_view_makes() {
        let doc = answer(ESCAPE, "")["doc"].clone();
        let file = SourceFile::new("./live.go", ESCAPE);
        let opts = ViewerOptions {
            run: RunOptions {
                max_steps: LIVE_RUN_INSTRUCTIONS,
                heap_limit: LIVE_HEAP_LIMIT,
                ..ViewerOptions::default().run
            },
            title: Some("live.go".to_string()),
            static_id: "memsim-live-static".to_string(),
            ..ViewerOptions::default()
        };
        let direct: Value = build(&file, &opts).unwrap().to_json();
        assert_eq!(doc, direct);
    }

    #[test]
    fn an_invalid_program_gives_go_s_error_line_with_its_position() {
        let src = "package main\n\nfunc main() {\n\tx := 1\n}\n";
        let a = answer(src, "");
        assert_eq!(a["ok"], false);
        assert_eq!(a["error"], "./live.go:4:2: declared and not used: x");
        assert_eq!((a["line"].as_u64(), a["col"].as_u64()), (Some(4), Some(2)));
    }

    #[test]
    fn keys_that_do_not_parse_are_ignored() {
        let a = answer(ESCAPE, "x, 0, gc,,14");
        assert_eq!(a["ok"], true);
    }

    #[test]
    fn an_endless_loop_stops_at_the_live_limit() {
        let src = "package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n";
        let a = answer(src, "");
        assert_eq!(a["ok"], true, "{a}");
        assert_eq!(a["doc"]["truncated"], true);
    }

    #[test]
    fn the_c_interface_round_trips() {
        fn buffer(s: &str) -> (*mut u8, usize) {
            let p = memsim_alloc(s.len());
            // SAFETY: p has room for s.len() bytes.
            unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len()) };
            (p, s.len())
        }
        let (s, sl) = buffer(ESCAPE);
        let (n, nl) = buffer("./live.go");
        let (k, kl) = buffer("");
        // SAFETY: three filled memsim_alloc buffers.
        let len = unsafe { memsim_view(s, sl, n, nl, k, kl, 0) };
        // SAFETY: the answer lives until the next call.
        let text = unsafe { std::slice::from_raw_parts(memsim_result(), len) };
        let a: Value = serde_json::from_slice(text).unwrap();
        assert_eq!(a["ok"], true);
        let p = memsim_alloc(10);
        // SAFETY: unused buffer of that length.
        unsafe { memsim_free(p, 10) };
    }
}
