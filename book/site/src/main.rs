//! `memsim-book`: the course's front door — the book served locally and the exercise loop —
//! or only building or serving the book.
//!
//! ```text
//! cargo run -p memsim-book                     the course: the book on http://127.0.0.1:3000
//!                                              (or the next free port) and the exercise loop
//! cargo run -p memsim-book -- learn [--dir DIR] [--port N] [--no-serve] [--poll]
//! cargo run -p memsim-book -- serve [--port 3000]   build, serve, rebuild on change
//! cargo run -p memsim-book -- build                 build into target/book
//! ```

use memsim_book::learn;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "usage: memsim-book [learn [--dir DIR] [--port N] [--no-serve] [--poll] | build | serve [--port N]]\n\
    learn   (the default) the course: build the book and serve it on http://127.0.0.1:PORT (default 3000,\n\
    \x20       else the next free one) while the exercise loop runs in the terminal: the current exercise,\n\
    \x20       graded again each time you save it. Without a terminal it prints the status and exits.\n\
    \x20       --dir DIR    the exercise folder (default: the repository's exercises/)\n\
    \x20       --no-serve   do not build or serve the book\n\
    \x20       --poll       check the file every second instead of watching it\n\
    build   build the course (book.toml, book/src) into target/book, with memsim's output\n\
    serve   build it, serve it on http://127.0.0.1:PORT (default 3000) and rebuild when a page changes";

enum Command {
    Learn(learn::Options),
    Build,
    Serve(u16),
    Help,
}

fn port(s: &str) -> Result<u16, String> {
    s.parse()
        .map_err(|_| format!("--port needs a port number, not {s:?}"))
}

fn parse(args: &[String]) -> Result<Command, String> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["-h" | "--help" | "help"] => return Ok(Command::Help),
        ["build"] => return Ok(Command::Build),
        ["serve"] => return Ok(Command::Serve(3000)),
        ["serve", "--port", p] | ["serve", p] => return port(p).map(Command::Serve),
        _ => {}
    }
    let rest = match args.first() {
        Some(&"learn") => &args[1..],
        _ => &args[..],
    };
    let mut opts = learn::Options::default();
    let mut it = rest.iter();
    while let Some(&a) = it.next() {
        match a {
            "--dir" => {
                let d = it.next().ok_or("--dir needs a folder")?;
                opts.dir = Some(PathBuf::from(d));
            }
            "--port" => opts.port = port(it.next().ok_or("--port needs a port number")?)?,
            "--no-serve" => opts.serve = false,
            "--poll" => opts.poll = true,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(Command::Learn(opts))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (serve, port) = match parse(&args) {
        Ok(Command::Learn(opts)) => return ExitCode::from(learn::run(&opts)),
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Build) => (false, 0),
        Ok(Command::Serve(p)) => (true, p),
        Err(e) => {
            eprintln!("memsim-book: {e}\n{USAGE}");
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
