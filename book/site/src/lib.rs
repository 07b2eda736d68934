//! Building and serving the course: the mdBook at the repository root (`book.toml`,
//! `book/src/`), built in-process by mdBook's library (`mdbook-driver`) with the memsim
//! preprocessor linked in rather than spawned, so nothing needs installing.
//!
//! [`build`] loads `book.toml` exactly as the `mdbook` command does (so `mdbook build` and
//! this agree) and swaps the `[preprocessor.memsim]` command for the in-process
//! [`MemsimPreprocessor`]. [`serve`] builds, serves the HTML on localhost and rebuilds when
//! a page changes; a build that fails leaves the last good site up and prints why. [`bind`]
//! and [`serve_requests`] are its two halves without the rebuilding, for a test that serves
//! a built site on a free port (`tests/browser.rs`).
//!
//! [`learn`] is the course's front door: the book built and served in the background and
//! the exercise loop in the terminal; [`state`] keeps the learner's progress, the original
//! exercise files and the backups beside the exercises (`.memsim/`).

pub mod learn;
pub mod state;

use mdbook_driver::MDBook;
use mdbook_memsim::MemsimPreprocessor;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// The repository root: the folder holding `book.toml` (this crate is `book/site`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Builds the book under `root`; returns the HTML folder and how long the build took.
pub fn build(root: &Path) -> Result<(PathBuf, Duration), String> {
    let start = Instant::now();
    let mut book = MDBook::load(root).map_err(|e| format!("cannot load the book: {e:#}"))?;
    book.with_preprocessor(MemsimPreprocessor);
    book.build()
        .map_err(|e| format!("the book does not build: {e:#}"))?;
    Ok((book.build_dir_for("html"), start.elapsed()))
}

/// The newest modification time of the files the book is built from.
pub fn sources_stamp(root: &Path) -> SystemTime {
    fn walk(dir: &Path, newest: &mut SystemTime) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, newest);
            } else if p
                .file_name()
                .is_some_and(|n| n == mdbook_memsim::wasm::WASM_FILE)
            {
                // Written by the build itself (when memsim changed), not by an author.
            } else if let Ok(m) = e.metadata().and_then(|m| m.modified()) {
                *newest = (*newest).max(m);
            }
        }
    }
    let mut newest = SystemTime::UNIX_EPOCH;
    walk(&root.join("book/src"), &mut newest);
    if let Ok(m) = std::fs::metadata(root.join("book.toml")).and_then(|m| m.modified()) {
        newest = newest.max(m);
    }
    newest
}

/// The content type of a file served from the site.
pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The file a request path names under `site`: `/` and folders get their `index.html`;
/// a path that climbs out of `site` (`..`) or names nothing is `None`.
pub fn resolve(site: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let mut out = site.to_path_buf();
    for part in path.split('/') {
        let part = percent_decode(part)?;
        match part.as_str() {
            "" | "." => {}
            ".." => return None,
            p if p.contains(['\\', '\0']) => return None,
            p => out.push(p),
        }
    }
    if out.is_dir() {
        out.push("index.html");
    }
    out.is_file().then_some(out)
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Listens on `addr` (`127.0.0.1:0` picks a free port); returns the server and its port.
pub fn bind(addr: &str) -> Result<(tiny_http::Server, u16), String> {
    let server =
        tiny_http::Server::http(addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let port = server
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .ok_or_else(|| format!("{addr} is not an IP address"))?;
    Ok((server, port))
}

/// Answers `server`'s requests with the files of `site` (the 404 page for anything else),
/// until the server is dropped or unblocked.
///
/// Every response closes its connection (`Connection: close`). tiny_http 0.12 reads each
/// connection on a thread of a pool that can lose a wake-up: when a browser opens more
/// connections at once than there are idle threads, one can stay queued while every thread
/// waits on a kept-alive connection, and its requests are never answered. Seen with
/// Chromium: the first page of a fresh server hung (two of its stylesheets never came) in
/// 3 loads in 10. A closed connection frees its thread for the queued one.
pub fn serve_requests(server: &tiny_http::Server, site: &Path) {
    for request in server.incoming_requests() {
        let found = resolve(site, request.url())
            .and_then(|file| Some((std::fs::read(&file).ok()?, content_type(&file))));
        let (status, body, kind) = match found {
            Some((bytes, kind)) => ("200 OK", bytes, kind),
            None => (
                "404 Not Found",
                std::fs::read(site.join("404.html")).unwrap_or_else(|_| b"not found".to_vec()),
                "text/html; charset=utf-8",
            ),
        };
        let mut reply = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n",
            body.len()
        )
        .into_bytes();
        if *request.method() != tiny_http::Method::Head {
            reply.extend_from_slice(&body);
        }
        let mut out = request.into_writer();
        let _ = out.write_all(&reply).and_then(|()| out.flush());
    }
}

/// Serves `site` on `addr` until the process ends, rebuilding the book under `root` when
/// its sources change (checked every `poll`).
pub fn serve(root: &Path, site: &Path, addr: &str, poll: Duration) -> Result<(), String> {
    let (server, _) = bind(addr)?;
    let root = root.to_path_buf();
    std::thread::spawn(move || {
        let mut stamp = sources_stamp(&root);
        loop {
            std::thread::sleep(poll);
            let now = sources_stamp(&root);
            if now != stamp {
                stamp = now;
                match build(&root) {
                    Ok((_, took)) => {
                        eprintln!("memsim-book: rebuilt in {:.2} s", took.as_secs_f64())
                    }
                    Err(e) => eprintln!("memsim-book: {e}\n(the last good build is still served)"),
                }
            }
        }
    });
    serve_requests(&server, site);
    Ok(())
}
