//! Prints the typed IR of a Go file (debugging aid): `cargo run --example dump_ir -- FILE.go`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dump_ir FILE.go");
    let text = std::fs::read_to_string(&path).expect("read");
    let file = memsim::source::SourceFile::new(path, text);
    match memsim::compile(&file) {
        Ok(p) => {
            for (i, f) in p.funcs.iter().enumerate() {
                println!(
                    "func #{i} {} kind={:?} capturing={} dcl={:?}",
                    f.name,
                    f.kind,
                    f.is_capturing,
                    f.dcl.iter().map(|v| &p.var(*v).name).collect::<Vec<_>>()
                );
                for s in &f.body {
                    println!("  {:?}", s);
                }
            }
        }
        Err(d) => println!("{:?}", d.sorted()),
    }
}
