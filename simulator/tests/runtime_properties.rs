//! Property tests of the runtime's memory model, on generated Go programs.
//!
//! Each property generates Go programs from a seeded random generator, computes in Rust what
//! the program must print (or which identities its output must satisfy), runs it with
//! `memsim::runtime::run` and compares:
//!
//! * `stack_growth_preserves_behaviour`: deep recursion (up to a few thousand frames) through
//!   functions of random frame sizes, each frame keeping a stack-allocated `link` to its
//!   parent's and passing pointers to its own locals down; deeper frames write and read
//!   through pointers into ancestors' frames. The output must equal the Rust model's, the
//!   stack must have grown by power-of-two multiples, each copy moving less than the old
//!   stack and adjusting pointers.
//! * `gc_frees_exactly_the_unreachable`: random object graphs (nodes of a random size class
//!   with slices of pointers and of data, some large), rooted in package variables, a
//!   slice, an interface and a local; phases drop roots and cut edges, then call
//!   `runtime.GC()`. `HeapObjects` and `HeapAlloc` above a baseline measured in the same
//!   program must equal the Rust-computed reachable set's objects and bytes, a checksum of
//!   the graph walked after the collection (and after fresh garbage reused the freed slots)
//!   must match, and once every root is dropped nothing may remain.
//! * `tiny_blocks_live_while_any_object_does`: tiny (< 16 B, pointer-free) objects packed in
//!   16-byte blocks; after dropping a random subset, `HeapObjects` above the baseline must be
//!   the number of blocks that still hold a kept object (block membership read from `%p`).
//! * `memstats_accounting_identities`: random allocation-heavy programs (new, make, append,
//!   maps, string building, conversions) under random GOGC values print `runtime.MemStats`
//!   (with `println`, which does not allocate) after each `runtime.GC()` and elsewhere; the
//!   identities `HeapObjects = Mallocs − Frees`, monotonic counters, `HeapAlloc ≤ TotalAlloc`,
//!   `HeapAlloc ≤ HeapInuse ≤ HeapSys`, `NumForcedGC` = calls made, … must hold, and the
//!   `RunOutcome` counters must equal the last read (the program's last statement).
//! * `gc_ignores_dead_variables`: objects that only dead local variables point to must be
//!   freed, as Go's liveness maps allow (memsim's `runtime::liveness`).
//!
//! Cases per run: 40 stack, 100 GC, 60 tiny, 80 accounting (10–15 s in a debug build on a
//! busy 2-core machine).
//!
//! A failure prints the seed and the generated Go program. To rerun one case:
//!
//! ```sh
//! MEMSIM_PROPS_SEED=<seed> cargo test -p memsim --test runtime_properties <property>
//! ```
//!
//! `MEMSIM_PROPS_CASES=<n>` runs `n` cases of each property instead of the default, and
//! `MEMSIM_PROPS_DUMP=<dir>` writes every generated program to `<dir>` (to run them with
//! real Go: each prints what the model expects, except for the heap counters, which vary
//! from run to run in Go). `MEMSIM_PROPS_TIME=1` prints each run's steps and time on
//! stderr (with `-- --nocapture`).

use memsim::runtime::sizeclass;
use memsim::runtime::{self, Exit, RunOptions, RunOutcome};
use memsim::source::SourceFile;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::fmt::Write as _;

// ---------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------

/// Runs `cases` seeded cases of a property (or the one seed of `MEMSIM_PROPS_SEED`).
/// `case` generates a program from the seed and checks it; on failure it returns the
/// program and what went wrong. Runs on a thread with a big stack (the Rust models recurse
/// as deep as the Go programs).
fn for_each_seed(
    property: &str,
    base: u64,
    cases: u64,
    case: fn(u64) -> Result<(), (String, String)>,
) {
    let seeds: Vec<u64> = match std::env::var("MEMSIM_PROPS_SEED") {
        Ok(s) => vec![s.trim().parse().expect("MEMSIM_PROPS_SEED is a number")],
        Err(_) => {
            let n = std::env::var("MEMSIM_PROPS_CASES")
                .ok()
                .and_then(|s| s.trim().parse().ok())
                .unwrap_or(cases);
            (0..n).map(|i| base + i).collect()
        }
    };
    let property = property.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            for seed in seeds {
                if let Err((program, why)) = case(seed) {
                    panic!(
                        "property {property} failed for seed {seed}: {why}\n\
                         rerun: MEMSIM_PROPS_SEED={seed} cargo test -p memsim --test runtime_properties {property}\n\
                         --- the generated program ---\n{program}--- end of program ---"
                    );
                }
            }
        })
        .expect("spawn")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
}

/// Runs a generated program; `Err` when memsim refuses it or it does not exit normally.
fn run_go(name: &str, seed: u64, src: &str, opts: RunOptions) -> Result<RunOutcome, String> {
    if let Ok(dir) = std::env::var("MEMSIM_PROPS_DUMP") {
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(format!("{dir}/{name}_{seed}.go"), src);
    }
    let file = SourceFile::new("./x.go", src);
    let t0 = std::time::Instant::now();
    let out = runtime::run(&file, opts).map_err(|e| format!("memsim cannot run it: {}", e.0))?;
    if std::env::var_os("MEMSIM_PROPS_TIME").is_some() {
        eprintln!(
            "{name} {seed}: {} steps in {:?}, {} stack growths, {} collections",
            out.steps,
            t0.elapsed(),
            out.stack_growths.len(),
            out.num_gc
        );
    }
    if out.exit != Exit::Ok {
        return Err(format!(
            "the run ended with {:?} (exit {}); stderr:\n{}",
            out.exit,
            out.exit_code,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(out)
}

/// Fails the case with `why` unless `cond`.
macro_rules! ensure {
    ($cond:expr, $($why:tt)+) => {
        if !$cond {
            return Err(format!($($why)+));
        }
    };
}

// ---------------------------------------------------------------------------------------
// Property 1: stack growth preserves behaviour and rewrites pointers into the stack
// ---------------------------------------------------------------------------------------

/// One generated recursive function `f<k>` (see `StackCase::go`).
struct StackFn {
    /// Length of the local `pad [pad]int` (0: none): the frame size.
    pad: usize,
    /// How many `prev` links to follow up from the parent before writing.
    hops: u32,
    /// The function it calls for the next level.
    next: usize,
    /// Index of `pad` whose address is held in `q` across the call (`None`: `&me.val`).
    q: Option<usize>,
    c: [i64; 8],
}

struct StackCase {
    funcs: Vec<StackFn>,
    /// Length of `link.data`.
    data_len: usize,
    depth: i64,
    start: usize,
    in_goroutine: bool,
}

struct Link {
    prev: Option<usize>,
    val: i64,
    data: Vec<i64>,
}

impl StackCase {
    fn generate(rng: &mut StdRng) -> StackCase {
        let nfuncs = rng.random_range(1..=4);
        let depth = match rng.random_range(0..10) {
            0 => rng.random_range(0..20),
            1..=3 => rng.random_range(20..400),
            4..=8 => rng.random_range(400..1500),
            _ => rng.random_range(1500..3500),
        };
        let funcs = (0..nfuncs)
            .map(|_| {
                // Keep the work (about depth × pad instructions) near 40k per case.
                let most = (40_000 / (depth as usize + 1)).clamp(4, 2500);
                let pad = match rng.random_range(0..10) {
                    0 => 0,
                    1 | 2 => rng.random_range(most / 2..=most), // up to frames of 20 KB
                    _ => rng.random_range(1..=most.min(48)),
                };
                StackFn {
                    pad,
                    hops: rng.random_range(0..5),
                    next: rng.random_range(0..nfuncs),
                    q: (pad > 0 && rng.random_bool(0.8)).then(|| rng.random_range(0..pad)),
                    c: std::array::from_fn(|_| rng.random_range(1..100)),
                }
            })
            .collect();
        StackCase {
            funcs,
            data_len: rng.random_range(1..8),
            depth,
            start: rng.random_range(0..nfuncs),
            in_goroutine: rng.random_bool(0.3),
        }
    }

    fn go(&self) -> String {
        let mut s = String::new();
        let a = self.data_len;
        let _ = writeln!(
            s,
            "package main\n\nimport \"fmt\"\n\ntype link struct {{\n\tprev *link\n\tval  int\n\tdata [{a}]int\n}}\n"
        );
        for (k, f) in self.funcs.iter().enumerate() {
            let c = f.c;
            let _ = writeln!(s, "func f{k}(d int, root *int, parent *link) int {{");
            if f.pad > 0 {
                let _ = writeln!(s, "\tvar pad [{}]int", f.pad);
            }
            let _ = writeln!(
                s,
                "\tvar me link\n\tme.prev = parent\n\tme.val = d*{} + {}",
                c[0], c[1]
            );
            if f.pad > 0 {
                let _ = writeln!(
                    s,
                    "\tfor i := range pad {{\n\t\tpad[i] = d*{} + i*{}\n\t}}",
                    c[2], c[3]
                );
            }
            let _ = writeln!(
                s,
                "\tfor i := range me.data {{\n\t\tme.data[i] = d*{} + i\n\t}}\n\t*root += d*{} + 1",
                c[4], c[5]
            );
            let _ = writeln!(
                s,
                "\tp := parent\n\tfor i := 0; i < {} && p != nil; i++ {{\n\t\tp = p.prev\n\t}}\n\tr := 0\n\tif p != nil {{\n\t\tp.val += d + {}\n\t\tr += p.data[(d+{})%{a}]\n\t}}",
                f.hops, c[6], c[7]
            );
            match f.q {
                Some(i) => {
                    let _ = writeln!(s, "\tq := &pad[{i}]");
                }
                None => {
                    let _ = writeln!(s, "\tq := &me.val");
                }
            }
            let _ = writeln!(
                s,
                "\tif d < {} {{\n\t\tr += f{}(d+1, root, &me)\n\t}}\n\t*q += d\n\ts := 0",
                self.depth, f.next
            );
            if f.pad > 0 {
                let _ = writeln!(s, "\tfor _, v := range pad {{\n\t\ts += v\n\t}}");
            }
            let _ = writeln!(s, "\treturn r*{} + s + me.val\n}}\n", 1 + c[0] % 3);
        }
        let start = self.start;
        if self.in_goroutine {
            let _ = writeln!(
                s,
                "func main() {{\n\tch := make(chan int)\n\tgo func() {{\n\t\tacc := 0\n\t\tr := f{start}(0, &acc, nil)\n\t\tch <- r\n\t\tch <- acc\n\t}}()\n\tr := <-ch\n\tacc := <-ch\n\tfmt.Println(r, acc)\n}}"
            );
        } else {
            let _ = writeln!(
                s,
                "func main() {{\n\tacc := 0\n\tr := f{start}(0, &acc, nil)\n\tfmt.Println(r, acc)\n}}"
            );
        }
        s
    }

    /// What `f<k>(d, root, parent)` returns (the Go code above, in Rust).
    fn model(
        &self,
        k: usize,
        d: i64,
        root: &mut i64,
        links: &mut Vec<Link>,
        parent: Option<usize>,
    ) -> i64 {
        let f = &self.funcs[k];
        let c = f.c;
        let me = links.len();
        links.push(Link {
            prev: parent,
            val: d.wrapping_mul(c[0]).wrapping_add(c[1]),
            data: (0..self.data_len as i64)
                .map(|i| d.wrapping_mul(c[4]).wrapping_add(i))
                .collect(),
        });
        let mut pad: Vec<i64> = (0..f.pad as i64)
            .map(|i| d.wrapping_mul(c[2]).wrapping_add(i * c[3]))
            .collect();
        *root = root.wrapping_add(d.wrapping_mul(c[5]).wrapping_add(1));
        let mut p = parent;
        for _ in 0..f.hops {
            match p {
                Some(x) => p = links[x].prev,
                None => break,
            }
        }
        let mut r: i64 = 0;
        if let Some(x) = p {
            links[x].val = links[x].val.wrapping_add(d + c[6]);
            r = r.wrapping_add(links[x].data[((d + c[7]) % self.data_len as i64) as usize]);
        }
        if d < self.depth {
            r = r.wrapping_add(self.model(f.next, d + 1, root, links, Some(me)));
        }
        match f.q {
            Some(i) => pad[i] = pad[i].wrapping_add(d),
            None => links[me].val = links[me].val.wrapping_add(d),
        }
        let s = pad.iter().fold(0i64, |a, &v| a.wrapping_add(v));
        let val = links[me].val;
        links.truncate(me + 1);
        r.wrapping_mul(1 + c[0] % 3)
            .wrapping_add(s)
            .wrapping_add(val)
    }

    fn expected_stdout(&self) -> String {
        let mut acc = 0;
        let r = self.model(self.start, 0, &mut acc, &mut Vec::new(), None);
        format!("{r} {acc}\n")
    }
}

fn stack_case(seed: u64) -> Result<(), (String, String)> {
    let mut rng = StdRng::seed_from_u64(seed);
    let case = StackCase::generate(&mut rng);
    let src = case.go();
    check_stack_case(&case, &src, seed).map_err(|why| (src, why))
}

fn check_stack_case(case: &StackCase, src: &str, seed: u64) -> Result<(), String> {
    let out = run_go("stack", seed, src, RunOptions::default())?;
    let want = case.expected_stdout();
    let got = String::from_utf8_lossy(&out.stdout);
    ensure!(got == want, "stdout {got:?}, the model says {want:?}");
    let g = &out.stack_growths;
    // The recursion alone needs more than a 2 KiB stack well before 64 levels.
    if case.depth >= 64 {
        ensure!(
            !g.is_empty(),
            "{} levels deep and the stack never grew",
            case.depth
        );
        ensure!(
            g.iter().any(|x| x.pointers_adjusted > 0),
            "no stack copy adjusted a pointer, yet every frame holds pointers into the stack: {g:?}"
        );
    }
    // A generous bound on a frame's size: its arrays, ten more words of variables, and
    // 50 words of temporaries and call linkage.
    let frame_max = case
        .funcs
        .iter()
        .map(|f| 8 * (f.pad + case.data_len + 60) as u64)
        .max()
        .unwrap_or(0);
    for (i, x) in g.iter().enumerate() {
        ensure!(
            x.new_size > x.old_size
                && x.new_size.is_multiple_of(x.old_size)
                && (x.new_size / x.old_size).is_power_of_two(),
            "growth {i} is not by a power-of-two factor: {x:?}"
        );
        ensure!(
            x.bytes_copied < x.old_size,
            "growth {i} copied more than the old stack: {x:?}"
        );
        ensure!(
            x.old_size.is_power_of_two() && x.old_size >= 2048,
            "growth {i} started from a stack that is no power of two ≥ 2 KiB: {x:?}"
        );
        // The recursion runs on one goroutine, whose stack grows step by step.
        if i > 0 {
            ensure!(
                x.old_size == g[i - 1].new_size,
                "growth {i} starts from {} bytes, the previous one ended at {}",
                x.old_size,
                g[i - 1].new_size
            );
        } else {
            ensure!(
                x.old_size == 2048,
                "the first growth is from {x:?}, not 2 KiB"
            );
        }
        // Every copied frame of `f<k>` but the first holds at least three pointers into
        // the stack (`root`, `parent`, `me.prev`, `q`); a frame is at most `frame_max`.
        let frames = x.bytes_copied / frame_max;
        ensure!(
            x.pointers_adjusted >= 3 * frames.saturating_sub(2),
            "growth {i} copied {} bytes (at least {frames} frames) but adjusted only {} pointers",
            x.bytes_copied,
            x.pointers_adjusted
        );
    }
    if let Some(last) = g.last() {
        ensure!(
            out.stack_inuse >= last.new_size,
            "StackInuse {} below the last stack size {}",
            out.stack_inuse,
            last.new_size
        );
    }
    Ok(())
}

#[test]
fn stack_growth_preserves_behaviour() {
    for_each_seed("stack_growth_preserves_behaviour", 1_000, 40, stack_case);
}

// ---------------------------------------------------------------------------------------
// Property 2: the collector frees exactly the unreachable objects
// ---------------------------------------------------------------------------------------

struct GNode {
    /// `out[j]`: the node edge `j` points to (`None` once cut).
    out: Vec<Option<usize>>,
    /// `len(data)` (never 1: an 8-byte pointer-free object would be a tiny one).
    dlen: usize,
}

#[derive(Clone, Copy, Debug)]
enum GcAction {
    ClearGlobal(usize),
    ClearRoot(usize),
    ClearBox,
    ClearLocal,
    /// `roots[j].out[e] = nil`, if there is such an edge.
    Cut {
        root: usize,
        edge: usize,
    },
    /// `roots[j].out[e] = g<g>`, if there is such an edge.
    Relink {
        root: usize,
        edge: usize,
        global: usize,
    },
    /// `g<g> = roots[j]`.
    GlobalFromRoot {
        global: usize,
        root: usize,
    },
}

struct GcCase {
    /// Length of `Node.pad` (the node's size class).
    pad: usize,
    nodes: Vec<GNode>,
    globals: Vec<Option<usize>>,
    /// `roots`: `None` for no slice at all (length 0).
    roots: Vec<Option<usize>>,
    boxed: Option<usize>,
    local: Option<usize>,
    phases: Vec<Vec<GcAction>>,
    /// Garbage nodes allocated after each collection, before the walk.
    junk: usize,
    gogc: Option<u64>,
}

/// The roots and edges as the program has them at one point.
#[derive(Clone)]
struct GcState {
    out: Vec<Vec<Option<usize>>>,
    globals: Vec<Option<usize>>,
    roots: Vec<Option<usize>>,
    roots_slice: bool,
    boxed: Option<usize>,
    local: Option<usize>,
}

impl GcCase {
    fn generate(rng: &mut StdRng) -> GcCase {
        let n = match rng.random_range(0..4) {
            0 => rng.random_range(1..10),
            _ => rng.random_range(10..150),
        };
        let nodes = (0..n)
            .map(|_| {
                let deg = match rng.random_range(0..10) {
                    0..=2 => 0,
                    3..=8 => rng.random_range(1..4),
                    _ => rng.random_range(4..40),
                };
                let dlen = match rng.random_range(0..40) {
                    0..=9 => 0,
                    10..=33 => rng.random_range(2..40),
                    34..=38 => rng.random_range(40..700),
                    _ => rng.random_range(4096..6000), // a large object
                };
                GNode {
                    out: (0..deg).map(|_| Some(rng.random_range(0..n))).collect(),
                    dlen,
                }
            })
            .collect();
        let some = |rng: &mut StdRng, p: f64| rng.random_bool(p).then(|| rng.random_range(0..n));
        let globals = (0..rng.random_range(0..4))
            .map(|_| some(rng, 0.8))
            .collect::<Vec<_>>();
        let roots = (0..rng.random_range(0..6))
            .map(|_| some(rng, 0.7))
            .collect::<Vec<_>>();
        let boxed = some(rng, 0.5);
        let local = some(rng, 0.6);
        let phases = (0..rng.random_range(1..4))
            .map(|_| {
                (0..rng.random_range(0..4))
                    .filter_map(|_| {
                        let g = globals.len();
                        let r = roots.len();
                        Some(match rng.random_range(0..7) {
                            0 if g > 0 => GcAction::ClearGlobal(rng.random_range(0..g)),
                            1 if r > 0 => GcAction::ClearRoot(rng.random_range(0..r)),
                            2 => GcAction::ClearBox,
                            3 => GcAction::ClearLocal,
                            4 if r > 0 => GcAction::Cut {
                                root: rng.random_range(0..r),
                                edge: rng.random_range(0..4),
                            },
                            5 if r > 0 && g > 0 => GcAction::Relink {
                                root: rng.random_range(0..r),
                                edge: rng.random_range(0..4),
                                global: rng.random_range(0..g),
                            },
                            6 if r > 0 && g > 0 => GcAction::GlobalFromRoot {
                                global: rng.random_range(0..g),
                                root: rng.random_range(0..r),
                            },
                            _ => return None,
                        })
                    })
                    .collect()
            })
            .collect();
        GcCase {
            pad: match rng.random_range(0..4) {
                0 => 0,
                1 => rng.random_range(60..200),
                _ => rng.random_range(1..20),
            },
            nodes,
            globals,
            roots,
            boxed,
            local,
            phases,
            junk: rng.random_range(0..60),
            gogc: match rng.random_range(0..4) {
                0 => None,
                1 => Some(rng.random_range(1..20)),
                _ => Some(100),
            },
        }
    }

    fn go(&self) -> String {
        let n = self.nodes.len();
        let list = |v: Vec<usize>| {
            v.iter()
                .map(|x| x.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let degs = list(self.nodes.iter().map(|x| x.out.len()).collect());
        let dlens = list(self.nodes.iter().map(|x| x.dlen).collect());
        let edges: Vec<usize> = self
            .nodes
            .iter()
            .flat_map(|x| x.out.iter().map(|e| e.expect("edges start set")))
            .collect();
        let ne = edges.len();
        let edges = list(edges);
        let mut s = String::new();
        let pad = if self.pad > 0 {
            format!("\tpad  [{}]int\n", self.pad)
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\ntype Node struct {{\n\tid   int\n\tseen int\n\tout  []*Node\n\tdata []int\n{pad}}}\n\nvar degs = [{n}]int{{{degs}}}\nvar dlens = [{n}]int{{{dlens}}}\nvar edges = [{ne}]int{{{edges}}}\n"
        );
        for g in 0..self.globals.len() {
            let _ = writeln!(s, "var g{g} *Node");
        }
        let _ = writeln!(
            s,
            "var roots []*Node\nvar box any\nvar epoch int\nvar sink *Node\n\n\
             func build() *Node {{\n\tnodes := make([]*Node, {n})\n\tfor i := range nodes {{\n\t\tnodes[i] = &Node{{id: i}}\n\t}}\n\
             \tk := 0\n\tfor i, n := range nodes {{\n\t\tif degs[i] > 0 {{\n\t\t\tn.out = make([]*Node, degs[i])\n\t\t\tfor j := range n.out {{\n\t\t\t\tn.out[j] = nodes[edges[k]]\n\t\t\t\tk++\n\t\t\t}}\n\t\t}}\n\
             \t\tif dlens[i] > 0 {{\n\t\t\tn.data = make([]int, dlens[i])\n\t\t\tfor j := 0; j < len(n.data); j += 1 + len(n.data)/32 {{\n\t\t\t\tn.data[j] = i*1000 + j*7\n\t\t\t}}\n\t\t}}\n\t}}"
        );
        for (g, v) in self.globals.iter().enumerate() {
            if let Some(v) = v {
                let _ = writeln!(s, "\tg{g} = nodes[{v}]");
            }
        }
        if !self.roots.is_empty() {
            let _ = writeln!(s, "\troots = make([]*Node, {})", self.roots.len());
            for (j, v) in self.roots.iter().enumerate() {
                if let Some(v) = v {
                    let _ = writeln!(s, "\troots[{j}] = nodes[{v}]");
                }
            }
        }
        if let Some(v) = self.boxed {
            let _ = writeln!(s, "\tbox = nodes[{v}]");
        }
        match self.local {
            Some(v) => {
                let _ = writeln!(s, "\treturn nodes[{v}]\n}}\n");
            }
            None => {
                let _ = writeln!(s, "\treturn nil\n}}\n");
            }
        }
        let _ = writeln!(
            s,
            "func walk(n *Node) int {{\n\tif n == nil || n.seen == epoch {{\n\t\treturn 0\n\t}}\n\tn.seen = epoch\n\
             \ts := n.id*7919 + len(n.out)*31 + len(n.data)*17\n\tfor j := 0; j < len(n.data); j += 1 + len(n.data)/32 {{\n\t\ts += n.data[j]\n\t}}\n\
             \tfor _, m := range n.out {{\n\t\tif m != nil {{\n\t\t\ts += m.id*3 + walk(m)\n\t\t}}\n\t}}\n\treturn s\n}}\n\n\
             func walkAll(local *Node) int {{\n\tepoch++\n\ts := walk(local)"
        );
        for g in 0..self.globals.len() {
            let _ = writeln!(s, "\ts += walk(g{g})");
        }
        let _ = writeln!(
            s,
            "\tfor _, r := range roots {{\n\t\ts += walk(r)\n\t}}\n\tif b, ok := box.(*Node); ok {{\n\t\ts += walk(b)\n\t}}\n\treturn s\n}}\n\n\
             // junk makes garbage that reuses freed slots (and overwrites them).\n\
             func junk(n int) {{\n\tfor i := 0; i < n; i++ {{\n\t\tj := &Node{{id: -1}}\n\t\tj.data = make([]int, i%50+2)\n\t\tfor k := range j.data {{\n\t\t\tj.data[k] = -1\n\t\t}}\n\t\tj.out = make([]*Node, i%5+1)\n\t\tsink = j\n\t}}\n\tsink = nil\n}}\n\n\
             func main() {{\n\tvar ms runtime.MemStats\n\tvar objs, bytes int64\n\truntime.GC()\n\truntime.ReadMemStats(&ms)\n\
             \tbase, baseBytes := int64(ms.HeapObjects), int64(ms.HeapAlloc)\n\tlocal := build()"
        );
        let measure = "\truntime.GC()\n\truntime.ReadMemStats(&ms)\n\tobjs, bytes = int64(ms.HeapObjects)-base, int64(ms.HeapAlloc)-baseBytes";
        for (p, actions) in self.phases.iter().enumerate() {
            let _ = writeln!(s, "\t// phase {p}");
            for a in actions {
                let line = match *a {
                    GcAction::ClearGlobal(g) => format!("g{g} = nil"),
                    GcAction::ClearRoot(j) => format!("roots[{j}] = nil"),
                    GcAction::ClearBox => "box = nil".to_string(),
                    GcAction::ClearLocal => "local = nil".to_string(),
                    GcAction::Cut { root, edge } => format!(
                        "if roots[{root}] != nil && len(roots[{root}].out) > {edge} {{\n\t\troots[{root}].out[{edge}] = nil\n\t}}"
                    ),
                    GcAction::Relink { root, edge, global } => format!(
                        "if roots[{root}] != nil && len(roots[{root}].out) > {edge} {{\n\t\troots[{root}].out[{edge}] = g{global}\n\t}}"
                    ),
                    GcAction::GlobalFromRoot { global, root } => {
                        format!("g{global} = roots[{root}]")
                    }
                };
                let _ = writeln!(s, "\t{line}");
            }
            let _ = writeln!(
                s,
                "{measure}\n\tjunk({})\n\tfmt.Println(objs, bytes, walkAll(local))",
                self.junk
            );
        }
        let _ = writeln!(s, "\t// drop every root");
        for g in 0..self.globals.len() {
            let _ = writeln!(s, "\tg{g} = nil");
        }
        let _ = writeln!(
            s,
            "\troots = nil\n\tbox = nil\n\tlocal = nil\n{measure}\n\tfmt.Println(objs, bytes, walkAll(local))\n}}"
        );
        s
    }

    fn apply(&self, st: &mut GcState, a: GcAction) {
        let edge_of = |st: &GcState, root: usize, edge: usize| {
            st.roots[root].filter(|&r| st.out[r].len() > edge)
        };
        match a {
            GcAction::ClearGlobal(g) => st.globals[g] = None,
            GcAction::ClearRoot(j) => st.roots[j] = None,
            GcAction::ClearBox => st.boxed = None,
            GcAction::ClearLocal => st.local = None,
            GcAction::Cut { root, edge } => {
                if let Some(r) = edge_of(st, root, edge) {
                    st.out[r][edge] = None;
                }
            }
            GcAction::Relink { root, edge, global } => {
                if let Some(r) = edge_of(st, root, edge) {
                    st.out[r][edge] = st.globals[global];
                }
            }
            GcAction::GlobalFromRoot { global, root } => st.globals[global] = st.roots[root],
        }
    }

    /// (objects, bytes, walk checksum) of what is reachable in `st`.
    fn reachable(&self, st: &GcState) -> (i64, i64, i64) {
        let node_bytes = 8 * (8 + self.pad as u64);
        let bytes_of = |size: u64, ptrs: bool| sizeclass::place(size, ptrs).footprint() as i64;
        let mut seen = vec![false; self.nodes.len()];
        let mut work: Vec<usize> = st
            .globals
            .iter()
            .chain(&st.roots)
            .chain([&st.boxed, &st.local])
            .flatten()
            .copied()
            .collect();
        let (mut objs, mut bytes, mut sum) = (0i64, 0i64, 0i64);
        if st.roots_slice && !st.roots.is_empty() {
            objs += 1;
            bytes += bytes_of(8 * st.roots.len() as u64, true);
        }
        while let Some(i) = work.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            let (deg, dlen) = (st.out[i].len(), self.nodes[i].dlen);
            objs += 1 + (deg > 0) as i64 + (dlen > 0) as i64;
            bytes += bytes_of(node_bytes, true);
            if deg > 0 {
                bytes += bytes_of(8 * deg as u64, true);
            }
            if dlen > 0 {
                bytes += bytes_of(8 * dlen as u64, false);
            }
            let id = i as i64;
            sum += id * 7919 + deg as i64 * 31 + dlen as i64 * 17;
            sum += (0..dlen as i64)
                .step_by(1 + dlen / 32)
                .map(|j| id * 1000 + j * 7)
                .sum::<i64>();
            for &m in st.out[i].iter().flatten() {
                sum += m as i64 * 3;
                work.push(m);
            }
        }
        (objs, bytes, sum)
    }

    fn expected_stdout(&self) -> String {
        let mut st = GcState {
            out: self.nodes.iter().map(|x| x.out.clone()).collect(),
            globals: self.globals.clone(),
            roots: self.roots.clone(),
            roots_slice: true,
            boxed: self.boxed,
            local: self.local,
        };
        let mut s = String::new();
        for actions in &self.phases {
            for &a in actions {
                self.apply(&mut st, a);
            }
            let (o, b, sum) = self.reachable(&st);
            let _ = writeln!(s, "{o} {b} {sum}");
        }
        st.globals.iter_mut().for_each(|g| *g = None);
        st.roots_slice = false;
        st.roots.clear();
        st.boxed = None;
        st.local = None;
        let (o, b, sum) = self.reachable(&st);
        let _ = writeln!(s, "{o} {b} {sum}");
        s
    }
}

fn gc_case(seed: u64) -> Result<(), (String, String)> {
    let mut rng = StdRng::seed_from_u64(seed);
    let case = GcCase::generate(&mut rng);
    let src = case.go();
    let check = || -> Result<(), String> {
        let opts = RunOptions {
            gogc: case.gogc,
            ..RunOptions::default()
        };
        let out = run_go("gc", seed, &src, opts)?;
        let want = case.expected_stdout();
        let got = String::from_utf8_lossy(&out.stdout);
        ensure!(
            got == want,
            "GOGC={:?}: each line is `objects bytes checksum` above the baseline after a runtime.GC()\n\
             memsim printed:\n{got}the reachable set is:\n{want}",
            case.gogc
        );
        Ok(())
    };
    check().map_err(|why| (src.clone(), why))
}

#[test]
fn gc_frees_exactly_the_unreachable() {
    for_each_seed("gc_frees_exactly_the_unreachable", 2_000, 100, gc_case);
}

// ---------------------------------------------------------------------------------------
// Property 3: a tiny block lives while any object packed in it does
// ---------------------------------------------------------------------------------------

/// Pointer-free types under 16 bytes (served by the tiny allocator): Go name, size, and how
/// to store and load an int through a pointer `p` to one.
const TINY_TYPES: [(&str, u64, &str); 10] = [
    ("int8", 1, "*{p} = int8({v})"),
    ("int16", 2, "*{p} = int16({v})"),
    ("int32", 4, "*{p} = int32({v})"),
    ("int64", 8, "*{p} = int64({v})"),
    ("b3", 3, "{p}[2] = byte({v})"),
    ("b5", 5, "{p}[4] = byte({v})"),
    ("b7", 7, "{p}[6] = byte({v})"),
    ("b12", 12, "{p}[11] = byte({v})"),
    ("w6", 6, "{p}[2] = int16({v})"),
    ("w12", 12, "{p}[2] = int32({v})"),
];

/// How to read back the value stored by `TINY_TYPES`' store (`{p}` a non-nil pointer).
fn tiny_load(t: usize) -> &'static str {
    match t {
        0..=3 => "int(*{p})",
        4 => "int({p}[2])",
        5 => "int({p}[4])",
        6 => "int({p}[6])",
        7 => "int({p}[11])",
        _ => "int({p}[2])",
    }
}

struct TinyCase {
    /// Each allocation: its type (index into `TINY_TYPES`) and the value stored in it.
    allocs: Vec<(usize, u8)>,
    /// Whether allocation `i` is kept alive.
    kept: Vec<bool>,
}

impl TinyCase {
    fn generate(rng: &mut StdRng) -> TinyCase {
        let n = rng.random_range(1..160);
        // A few types per case, so that some cases pack many equal objects.
        let types: Vec<usize> = (0..rng.random_range(1..=4))
            .map(|_| rng.random_range(0..TINY_TYPES.len()))
            .collect();
        let keep = rng.random_range(0.0..1.0);
        TinyCase {
            allocs: (0..n)
                .map(|_| {
                    (
                        types[rng.random_range(0..types.len())],
                        rng.random_range(1..100),
                    )
                })
                .collect(),
            kept: (0..n).map(|_| rng.random_bool(keep)).collect(),
        }
    }

    /// Per type, the allocations of that type in order (their index in the type's holder).
    fn by_type(&self) -> Vec<Vec<usize>> {
        let mut v = vec![Vec::new(); TINY_TYPES.len()];
        for (i, &(t, _)) in self.allocs.iter().enumerate() {
            v[t].push(i);
        }
        v
    }

    fn go(&self) -> String {
        let by_type = self.by_type();
        let used: Vec<usize> = (0..TINY_TYPES.len())
            .filter(|&t| !by_type[t].is_empty())
            .collect();
        let mut s = String::from(
            "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\n\
             type b3 [3]byte\ntype b5 [5]byte\ntype b7 [7]byte\ntype b12 [12]byte\ntype w6 [3]int16\ntype w12 [3]int32\ntype b8 [8]byte\n\n\
             var junkSink *b8\n",
        );
        for &t in &used {
            let _ = writeln!(s, "var h{t} []*{}", TINY_TYPES[t].0);
        }
        // The program reaches the objects only through the holders.
        let _ = writeln!(s, "\nfunc main() {{");
        for &t in &used {
            let _ = writeln!(
                s,
                "\th{t} = make([]*{}, {})",
                TINY_TYPES[t].0,
                by_type[t].len()
            );
        }
        let _ = writeln!(
            s,
            "\tvar ms runtime.MemStats\n\truntime.GC()\n\truntime.ReadMemStats(&ms)\n\tbase := int64(ms.HeapObjects)"
        );
        let mut slot = vec![0; TINY_TYPES.len()];
        for &(t, v) in &self.allocs {
            let p = format!("h{t}[{}]", slot[t]);
            slot[t] += 1;
            let _ = writeln!(s, "\t{p} = new({})", TINY_TYPES[t].0);
            let store = TINY_TYPES[t]
                .2
                .replace("{p}", &p)
                .replace("{v}", &v.to_string());
            let _ = writeln!(s, "\t{store}");
        }
        let _ = writeln!(
            s,
            "\truntime.ReadMemStats(&ms)\n\tallocated := int64(ms.HeapObjects) - base"
        );
        for &t in &used {
            let _ = writeln!(
                s,
                "\tfor i := range h{t} {{\n\t\tfmt.Printf(\"{t} %p\\n\", h{t}[i])\n\t}}"
            );
        }
        let mut slot = vec![0; TINY_TYPES.len()];
        for (i, &(t, _)) in self.allocs.iter().enumerate() {
            if !self.kept[i] {
                let _ = writeln!(s, "\th{t}[{}] = nil", slot[t]);
            }
            slot[t] += 1;
        }
        let _ = writeln!(
            s,
            "\truntime.GC()\n\truntime.ReadMemStats(&ms)\n\tlive := int64(ms.HeapObjects) - base\n\
             \t// Fresh tiny garbage takes any slot the collector freed.\n\
             \tfor i := 0; i < 64; i++ {{\n\t\tjunkSink = new(b8)\n\t\tfor j := range junkSink {{\n\t\t\tjunkSink[j] = 0xff\n\t\t}}\n\t}}\n\tjunkSink = nil\n\tsum := 0"
        );
        for &t in &used {
            let _ = writeln!(
                s,
                "\tfor i := range h{t} {{\n\t\tif h{t}[i] != nil {{\n\t\t\tsum += {}\n\t\t}}\n\t}}",
                tiny_load(t).replace("{p}", &format!("h{t}[i]"))
            );
        }
        let _ = writeln!(s, "\tfmt.Println(allocated, live, sum)");
        for &t in &used {
            let _ = writeln!(s, "\tclear(h{t})");
        }
        let _ = writeln!(
            s,
            "\truntime.GC()\n\truntime.ReadMemStats(&ms)\n\tfmt.Println(int64(ms.HeapObjects) - base)\n}}"
        );
        s
    }

    /// Checks the output: the addresses printed, then `allocated live sum`, then the count
    /// after dropping everything.
    fn check(&self, out: &str) -> Result<(), String> {
        let by_type = self.by_type();
        let mut lines = out.lines();
        let mut addr = vec![0u64; self.allocs.len()];
        for (t, allocs) in by_type.iter().enumerate() {
            for &i in allocs {
                let line = lines.next().unwrap_or_default();
                let (tt, a) = line.split_once(' ').unwrap_or_default();
                ensure!(
                    tt == t.to_string(),
                    "expected an address of type {t}, got {line:?}"
                );
                addr[i] = u64::from_str_radix(a.trim_start_matches("0x"), 16)
                    .map_err(|_| format!("not an address: {line:?}"))?;
            }
        }
        // The packing: each object aligned as its size asks, inside one 16-byte block, and
        // no two objects overlapping (they were all alive together).
        let mut spans: Vec<(u64, u64)> = Vec::new();
        for (i, &(t, _)) in self.allocs.iter().enumerate() {
            let size = TINY_TYPES[t].1;
            let align = if size.is_multiple_of(8) {
                8
            } else if size.is_multiple_of(4) {
                4
            } else if size.is_multiple_of(2) {
                2
            } else {
                1
            };
            let a = addr[i];
            ensure!(
                a.is_multiple_of(align),
                "object {i} ({size} B) at {a:#x} is not {align}-aligned"
            );
            ensure!(
                a / 16 == (a + size - 1) / 16,
                "object {i} ({size} B) at {a:#x} straddles two tiny blocks"
            );
            spans.push((a, a + size));
        }
        spans.sort_unstable();
        for w in spans.windows(2) {
            ensure!(
                w[0].1 <= w[1].0,
                "tiny objects overlap: {:#x?} and {:#x?}",
                w[0],
                w[1]
            );
        }
        let blocks = |keep: &dyn Fn(usize) -> bool| {
            (0..self.allocs.len())
                .filter(|&i| keep(i))
                .map(|i| addr[i] / 16)
                .collect::<std::collections::HashSet<_>>()
                .len()
        };
        let all = blocks(&|_| true);
        let live = blocks(&|i| self.kept[i]);
        let sum: u64 = (0..self.allocs.len())
            .filter(|&i| self.kept[i])
            .map(|i| self.allocs[i].1 as u64)
            .sum();
        let want = format!("{all} {live} {sum}");
        let got = lines.next().unwrap_or_default();
        ensure!(
            got == want,
            "`allocated live sum` is {got:?}; the {} objects sit in {all} blocks, {live} of which hold a kept object, whose values sum to {sum}",
            self.allocs.len()
        );
        let got = lines.next().unwrap_or_default();
        ensure!(
            got == "0",
            "after dropping every object {got} objects remain"
        );
        Ok(())
    }
}

fn tiny_case(seed: u64) -> Result<(), (String, String)> {
    let mut rng = StdRng::seed_from_u64(seed);
    let case = TinyCase::generate(&mut rng);
    let src = case.go();
    let check = || -> Result<(), String> {
        let out = run_go("tiny", seed, &src, RunOptions::default())?;
        case.check(&String::from_utf8_lossy(&out.stdout))
    };
    check().map_err(|why| (src.clone(), why))
}

#[test]
fn tiny_blocks_live_while_any_object_does() {
    for_each_seed(
        "tiny_blocks_live_while_any_object_does",
        3_000,
        60,
        tiny_case,
    );
}

// ---------------------------------------------------------------------------------------
// Liveness: dead pointer variables do not keep their objects alive
// ---------------------------------------------------------------------------------------

/// Objects reached only through local variables that are dead at `runtime.GC()` (used for
/// the last time before it, or range variables of a finished loop) must be freed: Go's
/// stack maps carry liveness, so the collector skips dead slots, and so does memsim's
/// (`runtime::liveness`, per statement).
fn dead_vars_case(seed: u64) -> Result<(), (String, String)> {
    let mut rng = StdRng::seed_from_u64(seed);
    let n = rng.random_range(1..8);
    let kept: Vec<bool> = (0..n).map(|_| rng.random_bool(0.5)).collect();
    let sizes: Vec<u64> = (0..n).map(|_| rng.random_range(4..600)).collect();
    let mut s = String::from(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nvar sink []int\nvar keep [][]int\n\nfunc main() {\n\tvar ms runtime.MemStats\n\truntime.GC()\n\truntime.ReadMemStats(&ms)\n\tbase := int64(ms.HeapObjects)\n\ttotal := 0\n",
    );
    let _ = writeln!(s, "\tkeep = make([][]int, {n})");
    for i in 0..n {
        let _ = writeln!(
            s,
            "\tp{i} := make([]int, {})\n\tp{i}[0] = {i}\n\ttotal += p{i}[0]",
            sizes[i]
        );
        if kept[i] {
            let _ = writeln!(s, "\tkeep[{i}] = p{i}");
        } else {
            let _ = writeln!(s, "\tsink = p{i}\n\tsink = nil");
        }
    }
    let _ = writeln!(
        s,
        "\tfor _, p := range keep {{\n\t\tif p != nil {{\n\t\t\ttotal += len(p)\n\t\t}}\n\t}}\n\
         \truntime.GC()\n\truntime.ReadMemStats(&ms)\n\tfmt.Println(int64(ms.HeapObjects)-base, total)\n}}"
    );
    let total: u64 =
        (0..n as u64).sum::<u64>() + (0..n).filter(|&i| kept[i]).map(|i| sizes[i]).sum::<u64>();
    let want = format!("{} {total}\n", 1 + kept.iter().filter(|&&k| k).count());
    let check = || -> Result<(), String> {
        let out = run_go("deadvars", seed, &s, RunOptions::default())?;
        let got = String::from_utf8_lossy(&out.stdout);
        ensure!(
            got == want,
            "`objects total` is {got:?}, Go frees what only dead variables point to: {want:?}"
        );
        Ok(())
    };
    check().map_err(|why| (s.clone(), why))
}

#[test]
fn gc_ignores_dead_variables() {
    for_each_seed("gc_ignores_dead_variables", 4_000, 20, dead_vars_case);
}

// ---------------------------------------------------------------------------------------
// Property 4: MemStats accounting identities
// ---------------------------------------------------------------------------------------

/// Types the accounting programs allocate with `&T{}`: Go declaration, size, has pointers.
const ACC_TYPES: [(&str, u64, bool); 4] = [
    ("struct {\n\ta int\n\tp *int\n}", 16, true),
    ("struct {\n\ta int\n\tb [5]int\n}", 48, false),
    ("struct {\n\ta int\n\tb [70]int\n\tp *T2\n}", 576, true),
    ("struct {\n\ta int\n\tb [5000]int\n}", 40_008, false),
];

#[derive(Clone, Copy, Debug)]
enum AccStmt {
    /// `sinkK = &TK{a: i}`.
    New(usize),
    /// `sinkS = make([]int, i%n+1)`.
    MakeSlice(u64),
    /// `acc = append(acc, i)`, and `acc = nil` every `n` iterations.
    Append(u64),
    /// `m[i%n] = i`.
    MapSet(u64),
    /// `str += "ab"`, emptied past 1000 bytes.
    StrBuild,
    /// `str2 = fmt.Sprint(i)`.
    Sprint,
    /// `bs = []byte(str)` and `str2 = string(bs)`.
    Bytes,
    /// `keep = append(keep, make([]byte, n))`.
    Keep(u64),
    /// `keep = nil`.
    Release,
    /// `sinkB = new([5]byte)`.
    Tiny,
    /// `if i%n == 0 { runtime.GC() }`.
    GcEvery(u64),
}

#[derive(Clone, Debug)]
enum AccBlock {
    Loop {
        n: u64,
        body: Vec<AccStmt>,
    },
    /// `runtime.GC()` then a report.
    Gc,
    Report,
    /// `m = make(map[int]int)`.
    NewMap,
}

struct AccCase {
    blocks: Vec<AccBlock>,
    gogc: Option<u64>,
}

/// One `report` line: the tag and the `MemStats` fields in `ACC_FIELDS` order.
const ACC_FIELDS: [&str; 11] = [
    "Mallocs",
    "Frees",
    "HeapObjects",
    "HeapAlloc",
    "TotalAlloc",
    "HeapSys",
    "HeapInuse",
    "NumGC",
    "NumForcedGC",
    "StackInuse",
    "NextGC",
];

#[derive(Clone, Copy, Debug, Default)]
struct Stats {
    mallocs: u64,
    frees: u64,
    heap_objects: u64,
    heap_alloc: u64,
    total_alloc: u64,
    heap_sys: u64,
    heap_inuse: u64,
    num_gc: u64,
    num_forced_gc: u64,
    stack_inuse: u64,
    next_gc: u64,
}

impl Stats {
    fn parse(v: &[u64]) -> Stats {
        Stats {
            mallocs: v[0],
            frees: v[1],
            heap_objects: v[2],
            heap_alloc: v[3],
            total_alloc: v[4],
            heap_sys: v[5],
            heap_inuse: v[6],
            num_gc: v[7],
            num_forced_gc: v[8],
            stack_inuse: v[9],
            next_gc: v[10],
        }
    }
}

impl AccCase {
    fn generate(rng: &mut StdRng) -> AccCase {
        let blocks = (0..rng.random_range(2..10))
            .map(|_| match rng.random_range(0..8) {
                0 => AccBlock::Gc,
                1 => AccBlock::Report,
                2 => AccBlock::NewMap,
                _ => AccBlock::Loop {
                    n: rng.random_range(1..300),
                    body: (0..rng.random_range(1..5))
                        .map(|_| match rng.random_range(0..12) {
                            0 | 1 => AccStmt::New(rng.random_range(0..ACC_TYPES.len())),
                            2 => AccStmt::MakeSlice(rng.random_range(1..3000)),
                            3 => AccStmt::Append(rng.random_range(1..500)),
                            4 => AccStmt::MapSet(rng.random_range(1..300)),
                            5 => AccStmt::StrBuild,
                            6 => AccStmt::Sprint,
                            7 => AccStmt::Bytes,
                            8 => AccStmt::Keep(rng.random_range(1..40_000)),
                            9 => AccStmt::Release,
                            10 => AccStmt::Tiny,
                            _ => AccStmt::GcEvery(rng.random_range(1..60)),
                        })
                        .collect(),
                },
            })
            .collect();
        AccCase {
            blocks,
            gogc: match rng.random_range(0..5) {
                0 => None,
                1 => Some(rng.random_range(1..20)),
                2 => Some(rng.random_range(200..500)),
                _ => Some(100),
            },
        }
    }

    fn go(&self) -> String {
        let mut s = String::from("package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\n");
        for (k, (decl, _, _)) in ACC_TYPES.iter().enumerate() {
            let _ = writeln!(s, "type T{k} {decl}\n\nvar sink{k} *T{k}");
        }
        let fields: Vec<String> = ACC_FIELDS.iter().map(|f| format!("ms.{f}")).collect();
        let _ = writeln!(
            s,
            "func unused() string {{\n\treturn fmt.Sprint(0)\n}}\n\nvar sinkS []int\nvar sinkB *[5]byte\nvar acc []int\nvar m map[int]int\nvar str, str2 string\nvar bs []byte\nvar keep [][]byte\nvar ms runtime.MemStats\n\n\
             // report prints with println (stderr), which allocates nothing.\n\
             func report(tag int) {{\n\truntime.ReadMemStats(&ms)\n\tprintln(tag, {})\n}}\n\nfunc main() {{\n\tm = make(map[int]int)",
            fields.join(", ")
        );
        let mut tag = 0;
        for b in &self.blocks {
            match b {
                AccBlock::Gc => {
                    let _ = writeln!(s, "\truntime.GC()\n\treport({tag})");
                    tag += 1;
                }
                AccBlock::Report => {
                    let _ = writeln!(s, "\treport({tag})");
                    tag += 1;
                }
                AccBlock::NewMap => {
                    let _ = writeln!(s, "\tm = make(map[int]int)");
                }
                AccBlock::Loop { n, body } => {
                    let _ = writeln!(s, "\tfor i := 0; i < {n}; i++ {{");
                    for st in body {
                        let line = match *st {
                            AccStmt::New(k) => format!("sink{k} = &T{k}{{a: i}}"),
                            AccStmt::MakeSlice(n) => format!("sinkS = make([]int, i%{n}+1)"),
                            AccStmt::Append(n) => format!(
                                "acc = append(acc, i)\n\t\tif i%{n} == 0 {{\n\t\t\tacc = nil\n\t\t}}"
                            ),
                            AccStmt::MapSet(n) => format!("m[i%{n}] = i"),
                            AccStmt::StrBuild => {
                                "str += \"ab\"\n\t\tif len(str) > 1000 {\n\t\t\tstr = \"\"\n\t\t}"
                                    .to_string()
                            }
                            AccStmt::Sprint => "str2 = fmt.Sprint(i)".to_string(),
                            AccStmt::Bytes => "bs = []byte(str)\n\t\tstr2 = string(bs)".to_string(),
                            AccStmt::Keep(n) => format!("keep = append(keep, make([]byte, {n}))"),
                            AccStmt::Release => "keep = nil".to_string(),
                            AccStmt::Tiny => "sinkB = new([5]byte)".to_string(),
                            AccStmt::GcEvery(n) => {
                                format!("if i%{n} == 0 {{\n\t\t\truntime.GC()\n\t\t}}")
                            }
                        };
                        let _ = writeln!(s, "\t\t{line}");
                    }
                    let _ = writeln!(s, "\t}}");
                }
            }
        }
        let _ = writeln!(s, "\treport({tag})\n}}");
        s
    }

    /// For each report, in order: `runtime.GC()` calls made before it, and the mallocs
    /// and bytes (lower bounds) that statements certain to allocate made since the
    /// previous report.
    fn expectations(&self) -> Vec<(u64, u64, u64)> {
        let mut out = Vec::new();
        let (mut gcs, mut mallocs, mut bytes) = (0, 0, 0);
        let mut report = |gcs: u64, mallocs: &mut u64, bytes: &mut u64| {
            out.push((gcs, *mallocs, *bytes));
            *mallocs = 0;
            *bytes = 0;
        };
        for b in &self.blocks {
            match b {
                AccBlock::Gc => {
                    gcs += 1;
                    report(gcs, &mut mallocs, &mut bytes);
                }
                AccBlock::Report => report(gcs, &mut mallocs, &mut bytes),
                AccBlock::NewMap => {}
                AccBlock::Loop { n, body } => {
                    for st in body {
                        match *st {
                            AccStmt::New(k) => {
                                let (_, size, ptrs) = ACC_TYPES[k];
                                mallocs += n;
                                bytes += n * sizeclass::place(size, ptrs).footprint();
                            }
                            AccStmt::Keep(len) => {
                                mallocs += n;
                                bytes += n * sizeclass::place(len, false).footprint();
                            }
                            AccStmt::MakeSlice(_) | AccStmt::Tiny => mallocs += n,
                            AccStmt::GcEvery(k) => gcs += n.div_ceil(k),
                            _ => {}
                        }
                    }
                }
            }
        }
        report(gcs, &mut mallocs, &mut bytes);
        out
    }

    fn check(&self, out: &RunOutcome) -> Result<(), String> {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let expect = self.expectations();
        let mut prev: Option<Stats> = None;
        let mut last = Stats::default();
        let mut lines = stderr.lines();
        for (tag, &(gcs, min_mallocs, min_bytes)) in expect.iter().enumerate() {
            let line = lines.next().unwrap_or_default();
            let nums: Vec<u64> = line
                .split(' ')
                .map(|w| w.parse().unwrap_or(u64::MAX))
                .collect();
            ensure!(
                nums.len() == 1 + ACC_FIELDS.len() && nums[0] == tag as u64,
                "report {tag}: expected `{tag} {}`, got {line:?}",
                ACC_FIELDS.join(" ")
            );
            let m = Stats::parse(&nums[1..]);
            let at = format!("report {tag} ({line})");
            ensure!(
                m.heap_objects == m.mallocs.wrapping_sub(m.frees),
                "{at}: HeapObjects ≠ Mallocs − Frees"
            );
            ensure!(m.frees <= m.mallocs, "{at}: Frees > Mallocs");
            ensure!(
                m.heap_alloc <= m.total_alloc,
                "{at}: HeapAlloc > TotalAlloc"
            );
            ensure!(
                m.heap_alloc <= m.heap_inuse && m.heap_inuse <= m.heap_sys,
                "{at}: not HeapAlloc ≤ HeapInuse ≤ HeapSys"
            );
            ensure!(
                m.heap_inuse.is_multiple_of(8192) && m.heap_sys.is_multiple_of(8192),
                "{at}: HeapInuse or HeapSys is not a whole number of pages"
            );
            ensure!(
                m.heap_alloc >= 8 * m.heap_objects,
                "{at}: fewer than 8 bytes per heap object"
            );
            ensure!(
                m.num_forced_gc == gcs,
                "{at}: NumForcedGC {} but the program called runtime.GC() {gcs} times",
                m.num_forced_gc
            );
            ensure!(m.num_gc >= m.num_forced_gc, "{at}: NumGC < NumForcedGC");
            ensure!(
                m.stack_inuse >= 2048 && m.stack_inuse.is_multiple_of(2048),
                "{at}: StackInuse is not a sum of stacks of 2 KiB or more"
            );
            if let Some(g) = self.gogc {
                ensure!(
                    m.next_gc >= gc_floor(g),
                    "{at}: NextGC below the 4 MiB × GOGC/100 floor"
                );
                if matches!(
                    self.blocks
                        .iter()
                        .filter(|b| matches!(b, AccBlock::Gc | AccBlock::Report))
                        .nth(tag),
                    Some(AccBlock::Gc)
                ) {
                    ensure!(
                        m.next_gc > m.heap_alloc,
                        "{at}: right after a collection the heap is past its goal"
                    );
                }
            }
            if let Some(p) = prev {
                for (name, a, b) in [
                    ("Mallocs", p.mallocs, m.mallocs),
                    ("Frees", p.frees, m.frees),
                    ("TotalAlloc", p.total_alloc, m.total_alloc),
                    ("NumGC", p.num_gc, m.num_gc),
                    ("HeapSys", p.heap_sys, m.heap_sys),
                    (
                        "TotalAlloc − HeapAlloc (bytes freed)",
                        p.total_alloc - p.heap_alloc,
                        m.total_alloc - m.heap_alloc,
                    ),
                ] {
                    ensure!(b >= a, "{at}: {name} went down from {a} to {b}");
                }
            }
            let (p_mallocs, p_total) = prev.map_or((0, 0), |p| (p.mallocs, p.total_alloc));
            ensure!(
                m.mallocs - p_mallocs >= min_mallocs,
                "{at}: {} mallocs since the last report, the program made at least {min_mallocs}",
                m.mallocs - p_mallocs
            );
            ensure!(
                m.total_alloc - p_total >= min_bytes,
                "{at}: TotalAlloc grew by {}, the program allocated at least {min_bytes} bytes",
                m.total_alloc - p_total
            );
            prev = Some(m);
            last = m;
        }
        ensure!(
            lines.next().is_none(),
            "more stderr than the reports:\n{stderr}"
        );
        // The last report is the program's last statement: the run's counters agree.
        let h = &out.heap;
        let outcome = [
            ("Mallocs", h.mallocs, last.mallocs),
            ("Frees", h.frees, last.frees),
            ("HeapObjects", h.heap_objects(), last.heap_objects),
            ("HeapAlloc", h.heap_alloc, last.heap_alloc),
            ("TotalAlloc", h.total_alloc, last.total_alloc),
            ("HeapSys", h.heap_sys.max(h.heap_inuse), last.heap_sys),
            ("HeapInuse", h.heap_inuse, last.heap_inuse),
            ("NumGC", out.num_gc as u64, last.num_gc),
            ("NumForcedGC", out.num_forced_gc as u64, last.num_forced_gc),
            ("StackInuse", out.stack_inuse, last.stack_inuse),
            ("NextGC", out.next_gc, last.next_gc),
        ];
        for (name, run, read) in outcome {
            ensure!(
                run == read,
                "RunOutcome says {name} {run}, the program's last ReadMemStats {read}"
            );
        }
        Ok(())
    }
}

/// The heap goal's floor for a GOGC value (Go's `heapMinimum`).
fn gc_floor(gogc: u64) -> u64 {
    (4 << 20) * gogc / 100
}

fn acc_case(seed: u64) -> Result<(), (String, String)> {
    let mut rng = StdRng::seed_from_u64(seed);
    let case = AccCase::generate(&mut rng);
    let src = case.go();
    let check = || -> Result<(), String> {
        let opts = RunOptions {
            gogc: case.gogc,
            ..RunOptions::default()
        };
        let out = run_go("accounting", seed, &src, opts)?;
        AUTOMATIC_GCS.fetch_add(
            (out.num_gc - out.num_forced_gc) as u64,
            std::sync::atomic::Ordering::Relaxed,
        );
        case.check(&out)
            .map_err(|e| format!("GOGC={:?}: {e}", case.gogc))
    };
    check().map_err(|why| (src.clone(), why))
}

/// Collections the pacer started in the accounting runs (the generator must make some).
static AUTOMATIC_GCS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

#[test]
fn memstats_accounting_identities() {
    for_each_seed("memstats_accounting_identities", 5_000, 80, acc_case);
    if std::env::var_os("MEMSIM_PROPS_SEED").is_none() {
        assert!(
            AUTOMATIC_GCS.load(std::sync::atomic::Ordering::Relaxed) > 0,
            "no accounting program ran long enough for the pacer to start a collection"
        );
    }
}
