//! `mdbook-memsim`: the command mdBook runs for `[preprocessor.memsim]`.
//!
//! - `mdbook-memsim supports RENDERER` exits 0 (every renderer is supported);
//! - `mdbook-memsim` reads `[context, book]` as JSON on stdin (`parse_input`), renders the
//!   book's ```` ```go,memsim ```` blocks (after building `memsim.wasm` into the book's
//!   sources, `mdbook_memsim::wasm`) and writes the book as JSON on stdout. On any
//!   failed block it writes one `CHAPTER:LINE: message` report per block (with memsim's
//!   error line) on stderr and exits with status 1, which fails `mdbook build`.

use mdbook_memsim::MemsimPreprocessor;
use mdbook_preprocessor::Preprocessor;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [cmd, renderer] if cmd == "supports" => {
            return match MemsimPreprocessor.supports_renderer(renderer) {
                Ok(true) => ExitCode::SUCCESS,
                _ => ExitCode::FAILURE,
            };
        }
        [] => {}
        _ => {
            eprintln!(
                "usage: mdbook-memsim [supports RENDERER]\n\
                 an mdBook preprocessor: reads the book as JSON on stdin (see book.toml)"
            );
            return ExitCode::from(2);
        }
    }
    let (ctx, mut book) = match mdbook_preprocessor::parse_input(std::io::stdin().lock()) {
        Ok(input) => input,
        Err(e) => {
            eprintln!("mdbook-memsim: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    if !ctx.mdbook_version.starts_with(
        mdbook_preprocessor::MDBOOK_VERSION
            .rsplit_once('.')
            .map_or("", |v| v.0),
    ) {
        eprintln!(
            "mdbook-memsim: warning: built for mdBook {}, called by mdBook {}",
            mdbook_preprocessor::MDBOOK_VERSION,
            ctx.mdbook_version
        );
    }
    mdbook_memsim::cache::set_root(&ctx.root);
    if let Err(e) = mdbook_memsim::wasm::ensure(&ctx.root, &ctx.config.book.src) {
        eprintln!("mdbook-memsim: {e}");
        return ExitCode::FAILURE;
    }
    let errors = mdbook_memsim::process_book(&mut book, &ctx.root, &ctx.config.book.src);
    if !errors.is_empty() {
        for e in &errors {
            eprintln!("{e}");
        }
        eprintln!(
            "mdbook-memsim: {} go,memsim block{} failed",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        );
        return ExitCode::FAILURE;
    }
    let stdout = std::io::stdout().lock();
    let mut w = std::io::BufWriter::new(stdout);
    if let Err(e) = serde_json::to_writer(&mut w, &book)
        .map_err(std::io::Error::from)
        .and_then(|()| w.flush())
    {
        eprintln!("mdbook-memsim: cannot write the book: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
