//! The `memsim` command line.
fn main() {}
