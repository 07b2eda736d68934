//! `book-snippets CHAPTER NUMBER`: runs one of the book's Rust blocks (`rust.md 3`);
//! `book-snippets` alone lists them. Used by `tests/outputs.rs` to capture what each prints.

include!(concat!(env!("OUT_DIR"), "/snippets.rs"));

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => {
            for (chapter, number, _) in SNIPPETS {
                println!("{chapter} {number}");
            }
            std::process::ExitCode::SUCCESS
        }
        [chapter, number] => match SNIPPETS
            .iter()
            .find(|(c, n, _)| c == chapter && n.to_string() == *number)
        {
            Some((_, _, run)) => run(),
            None => {
                eprintln!("book-snippets: no runnable Rust block {number} in {chapter}");
                std::process::ExitCode::from(2)
            }
        },
        _ => {
            eprintln!("usage: book-snippets [CHAPTER NUMBER]");
            std::process::ExitCode::from(2)
        }
    }
}
