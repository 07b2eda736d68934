//! Writes the benchmark's generated Go program of N small functions to stdout (the program
//! `cargo bench -p memsim --bench escape_speed` times, for N = 2,000 and 10,000):
//!
//! ```text
//! cargo run --release --example generate_program -- 10000 > gen_10000.go
//! ```

#[path = "../benches/support/generated_program.rs"]
mod generated_program;

fn main() {
    let arg = std::env::args().nth(1);
    let Some(n) = arg.as_deref().and_then(|a| a.parse::<usize>().ok()) else {
        eprintln!(
            "usage: generate_program FUNCTIONS (a count, e.g. 10000); got {}",
            arg.as_deref()
                .map_or("nothing".to_string(), |a| format!("{a:?}"))
        );
        std::process::exit(2);
    };
    print!("{}", generated_program::generate(n));
}
