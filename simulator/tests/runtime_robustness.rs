//! The runtime never panics and never runs without a limit, whatever program it is given:
//! seeded mutations of the golden `run/` programs — integer literals replaced by edge
//! values (0, -1, 255, 256, 1<<30, …), statements deleted, duplicated or swapped — are
//! analysed and run (with the trace on for some) under a step limit and a memory limit.
//! Each must end as a run (exit 0, 2 or 3, the error on stderr) or as a positioned error
//! line; a Rust panic fails the test with the seed and the mutated program.
//!
//! `MEMSIM_RUNTIME_MUTATIONS=N` changes the number of mutations (default 1500).

mod common;

use common::XorShift;
use memsim::runtime::trace::{TraceFormat, TraceOptions};
use memsim::runtime::{RunOptions, run, run_traced};
use memsim::source::SourceFile;
use std::path::Path;

const EDGE_VALUES: &[&str] = &[
    "0", "1", "-1", "7", "255", "256", "1000000", "1 << 30", "-1 << 62", "1 << 62",
];

/// One mutation of `src`, chosen by `rng`.
fn mutate(src: &str, rng: &mut XorShift) -> String {
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    let body_start = lines
        .iter()
        .position(|l| l.starts_with("func "))
        .unwrap_or(0);
    let pick = |rng: &mut XorShift, n: usize| body_start + 1 + rng.below(n - body_start - 1);
    if lines.len() <= body_start + 2 {
        return src.to_string();
    }
    match rng.below(4) {
        0 => {
            // An integer literal replaced by an edge value.
            let candidates: Vec<usize> = (body_start..lines.len())
                .filter(|&i| lines[i].bytes().any(|b| b.is_ascii_digit()))
                .collect();
            if let Some(&i) = candidates.get(rng.below(candidates.len())) {
                let line = &lines[i];
                let bytes = line.as_bytes();
                let starts: Vec<usize> = (0..bytes.len())
                    .filter(|&j| {
                        bytes[j].is_ascii_digit()
                            && (j == 0
                                || !(bytes[j - 1].is_ascii_alphanumeric()
                                    || bytes[j - 1] == b'_'
                                    || bytes[j - 1] == b'.'))
                    })
                    .collect();
                if let Some(&s) = starts.get(rng.below(starts.len())) {
                    let e = (s..bytes.len())
                        .find(|&j| !bytes[j].is_ascii_alphanumeric())
                        .unwrap_or(bytes.len());
                    let v = EDGE_VALUES[rng.below(EDGE_VALUES.len())];
                    lines[i] = format!("{}({v}){}", &line[..s], &line[e..]);
                }
            }
        }
        1 => {
            let i = pick(rng, lines.len());
            lines.remove(i);
        }
        2 => {
            let i = pick(rng, lines.len());
            let l = lines[i].clone();
            lines.insert(i, l);
        }
        _ => {
            let i = pick(rng, lines.len() - 1);
            lines.swap(i, i + 1);
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

#[test]
fn mutated_programs_run_or_fail_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/run");
    let programs = common::go_files(&dir);
    assert!(programs.len() > 100);
    let rounds: u64 = std::env::var("MEMSIM_RUNTIME_MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1500);
    let opts = RunOptions {
        max_steps: 200_000,
        heap_limit: 256 << 20,
        ..RunOptions::default()
    };
    let (mut ran, mut refused) = (0, 0);
    for seed in 1..=rounds {
        let mut rng = XorShift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let path = &programs[rng.below(programs.len())];
        let original = std::fs::read_to_string(path).expect("program");
        let mut src = mutate(&original, &mut rng);
        if rng.below(3) == 0 {
            src = mutate(&src, &mut rng);
        }
        let file = SourceFile::new("./m.go", src.clone());
        let traced = seed % 10 == 0;
        let result = std::panic::catch_unwind(|| {
            if traced {
                let topts = TraceOptions {
                    format: if seed % 20 == 0 {
                        TraceFormat::Text
                    } else {
                        TraceFormat::Json
                    },
                    color: false,
                    max_steps: 500,
                };
                run_traced(&file, opts, topts, Box::new(std::io::sink())).map(|(o, _)| o)
            } else {
                run(&file, opts)
            }
        });
        match result {
            Err(_) => panic!(
                "seed {seed} ({}) made memsim panic; the program:\n{src}",
                path.display()
            ),
            Ok(Ok(out)) => {
                assert!(
                    [0, 2, 3].contains(&out.exit_code),
                    "seed {seed}: exit {}",
                    out.exit_code
                );
                if out.exit_code != 0 {
                    assert!(!out.stderr.is_empty(), "seed {seed}: a failed run says why");
                }
                ran += 1;
            }
            Ok(Err(e)) => {
                assert!(
                    e.0.starts_with("./m.go:"),
                    "seed {seed}: an error without a position: {}",
                    e.0
                );
                refused += 1;
            }
        }
    }
    eprintln!("runtime mutations: {ran} ran, {refused} refused with a positioned error");
    assert!(ran > rounds / 4, "too few mutants ran ({ran} of {rounds})");
}

#[test]
fn huge_values_are_refused_or_fail_like_go() {
    let opts = RunOptions::default();
    let cases: &[(&str, &str)] = &[
        // A package variable of 1 TiB (Go's linker refuses it too).
        (
            "package main\n\nvar g [1 << 40]byte\n\nfunc main() { g[3] = 1; println(g[3]) }\n",
            "./h.go:3:5: memsim does not support running package variables larger than 1 GiB yet",
        ),
        // A map keyed by an array of 2^62 ints.
        (
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(map[[1 << 62]int]int{{1, 2}: 3})\n}\n",
            "./h.go:5:6: memsim does not support running values larger than 1 GiB yet",
        ),
    ];
    for (src, want) in cases {
        let file = SourceFile::new("./h.go", *src);
        match run(&file, opts) {
            Err(e) => assert_eq!(e.0, *want),
            Ok(out) => panic!("ran: {out:?}"),
        }
    }
    // make with a length beyond any heap: Go's run-time panic, not a crash.
    let file = SourceFile::new(
        "./h.go",
        "package main\n\nfunc main() {\n\tr := make([]chan int, (1 << 62))\n\tprintln(len(r))\n}\n",
    );
    let out = run(&file, opts).expect("runs");
    assert_eq!(out.exit_code, 2);
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .starts_with("panic: runtime error: makeslice: len out of range")
    );
}
