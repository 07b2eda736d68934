//! The WebAssembly module's stack: the pipeline runs on the caller's stack in the browser
//! (there are no threads to give it a larger one), and the parser and the escape analysis
//! recurse over the program's nesting, so the module is linked with 16 MiB of stack
//! instead of rust-lld's 1 MiB default. (Native builds are unaffected.)

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_FAMILY").as_deref() == Ok("wasm") {
        println!("cargo:rustc-link-arg=-zstack-size={}", 16 << 20);
    }
}
