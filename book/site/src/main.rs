//! `memsim-book`: build the course, or build and serve it on localhost.
//!
//! ```text
//! cargo run -p memsim-book -- serve [--port 3000]   build, serve, rebuild on change
//! cargo run -p memsim-book -- build                 build into target/book
//! ```

use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "usage: memsim-book [build | serve [--port N]]\n\
    build   build the course (book.toml, book/src) into target/book, with memsim's output\n\
    serve   build it, serve it on http://127.0.0.1:PORT (default 3000) and rebuild when a page changes";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (serve, port) = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] | ["serve"] => (true, 3000),
        ["serve", "--port", p] | ["serve", p] if p.parse::<u16>().is_ok() => {
            (true, p.parse().unwrap_or(3000))
        }
        ["build"] => (false, 0),
        ["-h" | "--help"] => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = memsim_book::repo_root();
    let (site, took) = match memsim_book::build(&root) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("memsim-book: {e}");
            return ExitCode::FAILURE;
        }
    };
    let shown = site.canonicalize().unwrap_or(site.clone());
    eprintln!(
        "memsim-book: built the course in {:.2} s: {}",
        took.as_secs_f64(),
        shown.join("index.html").display()
    );
    if !serve {
        return ExitCode::SUCCESS;
    }
    let addr = format!("127.0.0.1:{port}");
    eprintln!(
        "memsim-book: serving on http://{addr}/ (Ctrl-C stops; pages rebuild when you edit them)"
    );
    match memsim_book::serve(&root, &site, &addr, Duration::from_millis(700)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("memsim-book: {e}");
            ExitCode::FAILURE
        }
    }
}
