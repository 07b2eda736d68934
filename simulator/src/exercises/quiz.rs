//! Per-learner quizzes: predict exercises generated from a seed, so that neighbours in a
//! class get different programs and the same seed always gives the same quiz.
//!
//! `memsim exercises quiz --seed NAME` hashes NAME (the bytes of the string, exactly as
//! given) with 64-bit FNV-1a ([`seed_of`]) and seeds a [`StdRng`] with it; everything after
//! that is drawn from the generator in a fixed order, so one memsim build prints the same
//! quiz, byte for byte, for the same NAME and count. (`rand` does not promise the same
//! stream across its own versions; the version is pinned by `Cargo.lock`.)
//!
//! A quiz program is composed from **situations** ([`Situation`]), the cases the course
//! teaches: a returned pointer, a store into a global, a pointer passed to a helper that
//! keeps it or not, a closure returned or called, `make` with a constant, non-constant or
//! too large size, a conversion to an interface stored in a global, `fmt.Println` of a
//! value, `new(T)` against `&T{}`, a slice literal passed to a function, arrays too large
//! for a frame. Each situation has a few variants, and the generator picks the variant,
//! the names (from pools of ordinary Go names, every identifier unique in its program, so
//! no declaration shadows another), the numbers (which Go prints back in messages such as
//! `17 escapes to heap`), the order of the functions and the order of `main`'s blocks.
//!
//! **Only programs memsim analyses exactly like Go.** Every situation is self-contained:
//! its own globals, functions and statements in `main`, sharing nothing with the others
//! but the program's one struct type and the `fmt` import. Escape analysis works function
//! by function (callees first), so a situation's diagnostics do not depend on its
//! neighbours; the variants are small cases of the course's chapters, whose diagnostics
//! memsim matches byte for byte. That is the argument; the proof is
//! `exercises/quiz-check.sh`, run by CI, which generates the quizzes of a fixed sample of
//! seeds and compares `memsim escape` with real Go's `go build -gcflags='-m -l'` on each
//! program (and checks that gofmt leaves it unchanged). Add a variant only with that
//! script passing on many more seeds than CI's sample.
//!
//! The answers of a quiz are memsim's report: [`annotate`] writes it as `// want`
//! comments, exactly as `exercises/regen.sh` writes the course's predict solutions from
//! real Go. [`write_folder`] writes a quiz as a folder of exercises with its own
//! `info.toml`, which `memsim exercises verify --dir DIR` and the loop grade like the
//! course's.

use crate::source::SourceFile;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// The most exercises one quiz may have.
pub const MAX_COUNT: usize = 20;

/// How many situations one quiz program combines.
const SITUATIONS_PER_PROGRAM: usize = 3;

/// One generated predict exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizExercise {
    /// Its folder name: `quiz01`, `quiz02`, ...
    pub name: String,
    /// The book page of its first situation (under `book/src/`).
    pub chapter: String,
    /// The situations it combines, in the order their functions appear.
    pub situations: Vec<Situation>,
    pub hints: Vec<String>,
    /// The Go program, without `// want` comments.
    pub source: String,
}

/// A learner's quiz.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    /// The seed as the learner gave it (their name).
    pub seed: String,
    pub exercises: Vec<QuizExercise>,
}

/// The cases the course teaches that a quiz program is composed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Situation {
    /// A function returns the address of a local, an `&T{}` or a `new(T)`.
    ReturnedPointer,
    /// A function stores the address of a local, an `&T{}` or a `new(T)` into a global.
    StoredInGlobal,
    /// A pointer passed to a helper that reads it, keeps it, returns it or is a method.
    PointerParameter,
    /// A closure returned, stored, passed to a function, or called where it is written.
    Closure,
    /// `make` with a constant, a non-constant or a too large size; kept, returned or not.
    Make,
    /// A value converted to an interface and stored into a global.
    InterfaceToGlobal,
    /// `fmt.Println`, `fmt.Printf` and `fmt.Sprint` of values, constants and fields.
    FmtPrint,
    /// `new(T)` and `&T{}` side by side, one of them returned or neither.
    NewVsLiteral,
    /// A slice literal or variadic arguments passed to a function that keeps them or not.
    SliceArgument,
    /// Arrays, `new` and `make` just under or over the stack's size limits.
    TooLarge,
}

impl Situation {
    pub const ALL: [Situation; 10] = [
        Situation::ReturnedPointer,
        Situation::StoredInGlobal,
        Situation::PointerParameter,
        Situation::Closure,
        Situation::Make,
        Situation::InterfaceToGlobal,
        Situation::FmtPrint,
        Situation::NewVsLiteral,
        Situation::SliceArgument,
        Situation::TooLarge,
    ];

    /// A few words on what the situation is.
    pub fn title(self) -> &'static str {
        match self {
            Situation::ReturnedPointer => "a returned pointer",
            Situation::StoredInGlobal => "a pointer stored into a global",
            Situation::PointerParameter => "a pointer passed to a function",
            Situation::Closure => "a closure",
            Situation::Make => "make",
            Situation::InterfaceToGlobal => "a value converted to an interface",
            Situation::FmtPrint => "fmt's printing functions",
            Situation::NewVsLiteral => "new(T) and &T{}",
            Situation::SliceArgument => "a slice passed to a function",
            Situation::TooLarge => "values too large for the stack",
        }
    }

    /// The book page that teaches it (under `book/src/`).
    pub fn chapter(self) -> &'static str {
        match self {
            Situation::ReturnedPointer | Situation::StoredInGlobal | Situation::NewVsLiteral => {
                "escape/pointers.md"
            }
            Situation::PointerParameter | Situation::SliceArgument => "escape/parameters.md",
            Situation::Closure => "escape/closures.md",
            Situation::Make => "escape/containers.md",
            Situation::InterfaceToGlobal | Situation::FmtPrint => "escape/interfaces.md",
            Situation::TooLarge => "escape/size.md",
        }
    }

    /// The rule to apply, without the answer.
    fn hint(self) -> &'static str {
        match self {
            Situation::ReturnedPointer => {
                "A value whose address is returned must outlive its frame: a variable is reported as \"moved to heap: NAME\", a new(T) or &T{...} as \"... escapes to heap\"."
            }
            Situation::StoredInGlobal => {
                "A package variable lives for the whole run: whatever it points to must be on the heap."
            }
            Situation::PointerParameter => {
                "Each pointer parameter gets one report on its function's line: \"does not escape\", \"leaking param\", \"leaking param ... to result ~r0 level=0\" or \"leaking param content\"; the caller's variable moves only when the callee keeps the pointer."
            }
            Situation::Closure => {
                "A function literal is reported where it is written: it escapes when it is returned or stored, not when it is only called. A variable that an escaping closure captures by reference (because it is assigned after the capture, in the closure or after it) moves to the heap with it."
            }
            Situation::Make => {
                "A make whose slice stays in its function does not escape, if a constant size is at most 64 KiB — and since Go 1.25 with a size known only at run time too (the frame then has a 32-byte buffer for it); a slice that is returned or stored escapes."
            }
            Situation::InterfaceToGlobal => {
                "Storing into an interface-typed global converts the value: the conversion is reported as \"EXPR escapes to heap\"; a pointer parameter stored there leaks."
            }
            Situation::FmtPrint => {
                "Each fmt call reports its \"... argument does not escape\" and every argument converted to an interface. A variable set once from a constant and never changed is named by its constant (\"7 escapes to heap\"), a changed one by its name."
            }
            Situation::NewVsLiteral => {
                "new(T) and &T{...} are reported at the expression, like a variable whose address is taken: on the stack unless the pointer outlives the frame."
            }
            Situation::SliceArgument => {
                "A slice literal's backing array is reported at the literal; a variadic call builds one too (\"... argument\"). It escapes only when the callee keeps the slice."
            }
            Situation::TooLarge => {
                "A variable may take up to 128 KiB of a frame; new(T), &T{} and make with a constant size at most 64 KiB. Work out the bytes: int and float64 take 8, int32 4, byte 1."
            }
        }
    }
}

/// 64-bit FNV-1a of the string's bytes: the quiz seed of a learner's name.
pub fn seed_of(name: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The quiz of `count` exercises (1 to [`MAX_COUNT`]) for the seed `seed` (a learner's name).
pub fn generate(seed: &str, count: usize) -> Result<Quiz, String> {
    if seed.is_empty() {
        return Err("the quiz seed is empty: give the learner's name, --seed NAME".to_string());
    }
    if !(1..=MAX_COUNT).contains(&count) {
        return Err(format!(
            "a quiz has 1 to {MAX_COUNT} exercises, not {count}"
        ));
    }
    let mut rng = StdRng::seed_from_u64(seed_of(seed));
    let mut deck: Vec<Situation> = Vec::new();
    let mut exercises = Vec::new();
    for i in 0..count {
        let mut picked: Vec<Situation> = Vec::new();
        while picked.len() < SITUATIONS_PER_PROGRAM {
            if deck.is_empty() {
                deck = Situation::ALL.to_vec();
                shuffle(&mut rng, &mut deck);
            }
            let s = deck.pop().expect("refilled above");
            if picked.contains(&s) {
                // Seen in this program already: back under the deck, taken next round.
                deck.insert(0, s);
                if deck.iter().all(|d| picked.contains(d)) {
                    deck.clear();
                }
                continue;
            }
            picked.push(s);
        }
        exercises.push(program(&mut rng, seed, i + 1, count, &picked));
    }
    Ok(Quiz {
        seed: seed.to_string(),
        exercises,
    })
}

/// The want comments of a quiz program's answer: every diagnostic of memsim's `-m`
/// report (Go's, byte for byte) appended to its line as `// want "MESSAGE" ...`, in the
/// report's order — what `exercises/regen.sh` writes from real Go for the course's
/// predict solutions. Errors when memsim rejects the program.
pub fn annotate(source: &str) -> Result<String, String> {
    let display = "./main.go";
    let file = SourceFile::new(display.to_string(), source);
    let report = crate::escape_report(&file, 1)?;
    let mut wants: BTreeMap<usize, String> = BTreeMap::new();
    for l in report.lines() {
        let Some(rest) = l.strip_prefix("./main.go:") else {
            continue;
        };
        let mut parts = rest.splitn(3, ':');
        let (Some(line), Some(_col), Some(msg)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let Ok(n) = line.parse::<usize>() else {
            continue;
        };
        let msg = msg.trim_start().replace('\\', "\\\\").replace('"', "\\\"");
        let _ = write!(wants.entry(n).or_default(), " \"{msg}\"");
    }
    let mut out = String::new();
    for (i, line) in source.lines().enumerate() {
        out.push_str(line);
        if let Some(w) = wants.get(&(i + 1)) {
            out.push_str(" // want");
            out.push_str(w);
        }
        out.push('\n');
    }
    Ok(out)
}

/// The quiz as one text: every program after a `// ==== quizNN ====` line.
pub fn render(quiz: &Quiz) -> String {
    let mut out = String::new();
    for ex in &quiz.exercises {
        let _ = writeln!(out, "// ==== {} (book: {}) ====", ex.name, ex.chapter);
        out.push_str(&ex.source);
        out.push('\n');
    }
    out
}

/// The quiz's `info.toml`.
pub fn manifest(quiz: &Quiz) -> String {
    let mut out = format!(
        "# A quiz of predict exercises generated by `memsim exercises quiz --seed {} --count {}`:\n# the same seed and count give the same quiz. Grade it with\n# `memsim exercises verify --dir DIR`.\n",
        toml_string(&quiz.seed),
        quiz.exercises.len()
    );
    for ex in &quiz.exercises {
        let _ = write!(
            out,
            "\n[[exercises]]\nname = {}\nkind = \"predict\"\nchapter = {}\nhints = [\n",
            toml_string(&ex.name),
            toml_string(&ex.chapter)
        );
        for h in &ex.hints {
            let _ = writeln!(out, "    {},", toml_string(h));
        }
        out.push_str("]\n");
    }
    out
}

/// Writes the quiz into the new folder `dir`: `info.toml` and `quizNN/main.go` — with the
/// answers as `// want` comments when `answers` is set (an instructor's key). Refuses a
/// folder that exists and is not empty: a learner's files are never overwritten.
pub fn write_folder(quiz: &Quiz, dir: &Path, answers: bool) -> Result<(), String> {
    if let Ok(mut entries) = std::fs::read_dir(dir)
        && entries.next().is_some()
    {
        return Err(format!(
            "{}: the folder exists and is not empty; choose a new folder (nothing was written)",
            dir.display()
        ));
    }
    let mut files = vec![(dir.join("info.toml"), manifest(quiz))];
    for ex in &quiz.exercises {
        let text = if answers {
            annotate(&ex.source).map_err(|e| format!("{}: {e}", ex.name))?
        } else {
            ex.source.clone()
        };
        files.push((dir.join(&ex.name).join("main.go"), text));
    }
    for (path, text) in files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("{}: cannot create: {e}", parent.display()))?;
        }
        std::fs::write(&path, text)
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    }
    Ok(())
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The seed as it is shown in a Go comment: printable characters as they are, the others
/// escaped (a name cannot end the comment).
fn comment_text(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_control() {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s` as one shell word in double quotes.
fn shell_word(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if matches!(c, '"' | '\\' | '$' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// A Fisher–Yates shuffle drawing `u32`s (portable across platforms).
fn shuffle<T>(rng: &mut StdRng, v: &mut [T]) {
    for i in (1..v.len()).rev() {
        let j = rng.random_range(0..=i as u32) as usize;
        v.swap(i, j);
    }
}

// ---- program generation ------------------------------------------------------------

/// Go's keywords, predeclared names and the names the generator itself uses: never
/// chosen for an identifier.
const RESERVED: &str = "\
    break case chan const continue default defer else fallthrough for func go goto if \
    import interface map package range return select struct switch type var any bool byte \
    error float64 int int32 string true false nil iota append cap clear close copy delete \
    len make max min new panic print println recover main fmt i";

const TYPES: &[&str] = &[
    "point", "pair", "cell", "vec", "span", "coord", "pixel", "rect", "score", "reading", "tally",
    "slot", "sample", "entry",
];
const FIELDS: &[(&str, &str)] = &[
    ("x", "y"),
    ("lo", "hi"),
    ("w", "h"),
    ("left", "right"),
    ("row", "col"),
    ("num", "den"),
    ("start", "end"),
    ("on", "off"),
];
const VARS: &[&str] = &[
    "a", "b", "c", "d", "e", "m", "r", "u", "v", "z", "val", "acc", "cur", "tmp", "res", "obj",
    "item", "elem", "first", "last", "mid", "top", "got", "one", "two", "here", "there", "mine",
];
const PTRS: &[&str] = &[
    "p", "q", "ptr", "ref", "src", "dst", "pt", "at", "pp", "node", "target", "from",
];
const INTS: &[&str] = &[
    "n", "k", "size", "base", "step", "initial", "scale", "factor", "limit", "count", "delta",
    "amount", "seed", "width",
];
const SLICES: &[&str] = &[
    "xs", "ys", "vals", "nums", "items", "list", "parts", "elems", "data", "batch",
];
const GLOBALS: &[&str] = &[
    "kept", "saved", "global", "cache", "current", "latest", "shared", "stash", "held", "pinned",
    "backup", "memo",
];
const SINKS: &[&str] = &["sink", "boxed", "anything", "parked", "stored", "lastValue"];
const HOOKS: &[&str] = &["hook", "callback", "handler", "onDone", "action", "next"];
const LABELS: &[&str] = &[
    "total:", "value", "got", "result =", "n:", "sum", "count is",
];

/// The program's struct type: name and two int fields.
#[derive(Clone)]
struct Ty {
    name: String,
    cap: String,
    f1: String,
    f2: String,
}

/// What one situation adds to a program.
struct Part {
    situation: Situation,
    /// The chapter when a variant belongs to another page than the situation's.
    chapter: Option<&'static str>,
    globals: Vec<String>,
    /// Whole function declarations, tab-indented, without a trailing newline.
    funcs: Vec<String>,
    /// `main`'s statements, one line each (nested lines carry their extra tabs).
    main: Vec<String>,
}

impl Part {
    fn new(situation: Situation) -> Part {
        Part {
            situation,
            chapter: None,
            globals: Vec::new(),
            funcs: Vec::new(),
            main: Vec::new(),
        }
    }
}

/// The generator's state while one program is composed.
struct Gen<'r> {
    rng: &'r mut StdRng,
    used: BTreeSet<String>,
    ty: Ty,
    ty_used: bool,
    fmt: bool,
}

impl Gen<'_> {
    fn below(&mut self, n: usize) -> usize {
        self.rng.random_range(0..n as u32) as usize
    }

    fn int(&mut self, lo: u32, hi: u32) -> u32 {
        self.rng.random_range(lo..=hi)
    }

    fn coin(&mut self) -> bool {
        self.below(2) == 1
    }

    fn pick<'p>(&mut self, pool: &[&'p str]) -> &'p str {
        pool[self.below(pool.len())]
    }

    /// A fresh identifier from `pool`: a random unused one, else one with a number.
    fn name(&mut self, pool: &[&str]) -> String {
        let start = self.below(pool.len());
        for k in 0..pool.len() {
            let n = pool[(start + k) % pool.len()];
            if !self.used.contains(n) {
                self.used.insert(n.to_string());
                return n.to_string();
            }
        }
        let base = pool[start];
        (2..)
            .map(|i| format!("{base}{i}"))
            .find(|n| !self.used.contains(n))
            .inspect(|n| {
                self.used.insert(n.clone());
            })
            .expect("an unused numbered name")
    }

    /// A fresh function name: one of the prefixes before `noun`.
    fn func_name(&mut self, prefixes: &[&str], noun: &str) -> String {
        let pool: Vec<String> = prefixes.iter().map(|p| format!("{p}{noun}")).collect();
        let pool: Vec<&str> = pool.iter().map(String::as_str).collect();
        self.name(&pool)
    }

    /// The program's struct type (declared once it is used).
    fn ty(&mut self) -> Ty {
        self.ty_used = true;
        self.ty.clone()
    }

    fn value(&mut self) -> u32 {
        self.int(1, 99)
    }
}

/// One quiz program combining `situations`.
fn program(
    rng: &mut StdRng,
    seed: &str,
    index: usize,
    count: usize,
    situations: &[Situation],
) -> QuizExercise {
    let mut used: BTreeSet<String> = RESERVED.split_whitespace().map(str::to_string).collect();
    let name = TYPES[rng.random_range(0..TYPES.len() as u32) as usize].to_string();
    let (f1, f2) = FIELDS[rng.random_range(0..FIELDS.len() as u32) as usize];
    used.extend([name.clone(), f1.to_string(), f2.to_string()]);
    let mut cap = name.clone();
    cap[..1].make_ascii_uppercase();
    let ty = Ty {
        name,
        cap,
        f1: f1.to_string(),
        f2: f2.to_string(),
    };
    let mut g = Gen {
        rng,
        used,
        ty,
        ty_used: false,
        fmt: false,
    };
    let mut parts: Vec<Part> = situations
        .iter()
        .map(|&s| match s {
            Situation::ReturnedPointer => returned_pointer(&mut g),
            Situation::StoredInGlobal => stored_in_global(&mut g),
            Situation::PointerParameter => pointer_parameter(&mut g),
            Situation::Closure => closure(&mut g),
            Situation::Make => make(&mut g),
            Situation::InterfaceToGlobal => interface_to_global(&mut g),
            Situation::FmtPrint => fmt_print(&mut g),
            Situation::NewVsLiteral => new_vs_literal(&mut g),
            Situation::SliceArgument => slice_argument(&mut g),
            Situation::TooLarge => too_large(&mut g),
        })
        .collect();
    // The functions in one order, main's blocks in another.
    shuffle(g.rng, &mut parts);
    let mut main_order: Vec<usize> = (0..parts.len()).collect();
    shuffle(g.rng, &mut main_order);

    let name = format!("quiz{index:02}");
    let mut src = String::new();
    let _ = writeln!(
        src,
        "// Quiz {index} of {count} for {} (memsim exercises quiz --seed {}).",
        comment_text(seed),
        shell_word(&comment_text(seed))
    );
    src.push_str(concat!(
        "//\n",
        "// Predict: on every line where `go build -gcflags='-m -l'` reports something, write\n",
        "// what it reports as a comment at the end of the line, as in the course's exercises:\n",
        "//\n",
        "//\tv := point{1, 2} // want \"moved to heap: v\"\n",
        "//\n",
        "// Several reports on one line: // want \"first\" \"second\".\n",
    ));
    let _ = writeln!(
        src,
        "// Grade your answer with `memsim exercises check {index} --dir DIR`, DIR being the quiz's\n// folder; `memsim exercises hint {index} --dir DIR` gives a hint."
    );
    src.push_str("package main\n\n");
    if g.fmt {
        src.push_str("import \"fmt\"\n\n");
    }
    if g.ty_used {
        let _ = writeln!(
            src,
            "type {} struct{{ {}, {} int }}\n",
            g.ty.name, g.ty.f1, g.ty.f2
        );
    }
    let globals: Vec<&String> = parts.iter().flat_map(|p| &p.globals).collect();
    if !globals.is_empty() {
        for gl in globals {
            let _ = writeln!(src, "var {gl}");
        }
        src.push('\n');
    }
    for p in &parts {
        for f in &p.funcs {
            src.push_str(f);
            src.push_str("\n\n");
        }
    }
    src.push_str("func main() {\n");
    for (k, &i) in main_order.iter().enumerate() {
        if k > 0 {
            src.push('\n');
        }
        for l in &parts[i].main {
            let _ = writeln!(src, "\t{l}");
        }
    }
    src.push_str("}\n");

    let chapter = parts[0]
        .chapter
        .unwrap_or_else(|| parts[0].situation.chapter())
        .to_string();
    let mut topics: Vec<String> = Vec::new();
    for p in &parts {
        let t = format!(
            "{} ({})",
            p.situation.title(),
            p.chapter.unwrap_or_else(|| p.situation.chapter())
        );
        if !topics.contains(&t) {
            topics.push(t);
        }
    }
    let hints = vec![
        format!(
            "This program combines {}: the book's pages under book/src/ explain them.",
            topics.join(", ")
        ),
        parts
            .iter()
            .map(|p| p.situation.hint())
            .collect::<Vec<_>>()
            .join(" "),
        "Still stuck? Run memsim escape --explain main.go in the exercise's folder: it prints the answers, each with its reason.".to_string(),
    ];
    QuizExercise {
        name,
        chapter,
        situations: parts.iter().map(|p| p.situation).collect(),
        hints,
        source: src,
    }
}

fn returned_pointer(g: &mut Gen) -> Part {
    let mut part = Part::new(Situation::ReturnedPointer);
    let t = g.ty();
    let (name, cap, f1, f2) = (&t.name, &t.cap, &t.f1, &t.f2);
    let f = g.func_name(&["new", "make", "build", "create"], cap);
    let (a, b) = (g.name(INTS), g.name(INTS));
    let body = match g.below(3) {
        0 => {
            let v = g.name(VARS);
            format!("\t{v} := {name}{{{a}, {b}}}\n\treturn &{v}")
        }
        1 => format!("\treturn &{name}{{{f1}: {a}, {f2}: {b}}}"),
        _ => {
            let v = g.name(PTRS);
            format!("\t{v} := new({name})\n\t{v}.{f1} = {a}\n\t{v}.{f2} = {b}\n\treturn {v}")
        }
    };
    part.funcs
        .push(format!("func {f}({a}, {b} int) *{name} {{\n{body}\n}}"));
    let r = g.name(VARS);
    let (x, y) = (g.value(), g.value());
    part.main.push(format!("{r} := {f}({x}, {y})"));
    part.main.push(format!("println({r}.{f1} + {r}.{f2})"));
    if g.coin() {
        // The same value kept in its frame: its address never leaves the function.
        let s = g.func_name(&["area", "product", "combine"], "");
        let (a, b) = (g.name(INTS), g.name(INTS));
        let (v, q) = (g.name(VARS), g.name(PTRS));
        part.funcs.push(format!(
            "func {s}({a}, {b} int) int {{\n\t{v} := {name}{{{a}, {b}}}\n\t{q} := &{v}\n\treturn {q}.{f1} * {q}.{f2}\n}}"
        ));
        let (x, y) = (g.value(), g.value());
        part.main.push(format!("println({s}({x}, {y}))"));
    }
    part
}

fn stored_in_global(g: &mut Gen) -> Part {
    let mut part = Part::new(Situation::StoredInGlobal);
    let t = g.ty();
    let (name, cap, f1, f2) = (&t.name, &t.cap, &t.f1, &t.f2);
    let gl = g.name(GLOBALS);
    part.globals.push(format!("{gl} *{name}"));
    let f = g.func_name(&["save", "store", "keep", "remember"], cap);
    let a = g.name(INTS);
    let body = match g.below(3) {
        0 => {
            let v = g.name(VARS);
            format!("\t{v} := {name}{{{a}, {a} + 1}}\n\t{gl} = &{v}")
        }
        1 => format!("\t{gl} = &{name}{{{f1}: {a}}}"),
        _ => format!("\t{gl} = new({name})\n\t{gl}.{f2} = {a}"),
    };
    part.funcs.push(format!("func {f}({a} int) {{\n{body}\n}}"));
    let x = g.value();
    part.main.push(format!("{f}({x})"));
    part.main.push(format!("println({gl}.{f1}, {gl}.{f2})"));
    part
}

fn pointer_parameter(g: &mut Gen) -> Part {
    let mut part = Part::new(Situation::PointerParameter);
    let t = g.ty();
    let (name, cap, f1, f2) = (&t.name, &t.cap, &t.f1, &t.f2);
    let (x, y) = (g.value(), g.value());
    match g.below(5) {
        0 => {
            // Read only: the pointer does not escape, the caller's variable stays.
            let f = g.func_name(&["sum", "total", "measure", "weigh"], cap);
            let p = g.name(PTRS);
            part.funcs.push(format!(
                "func {f}({p} *{name}) int {{\n\treturn {p}.{f1} + {p}.{f2}\n}}"
            ));
            let v = g.name(VARS);
            part.main.push(format!("{v} := {name}{{{x}, {y}}}"));
            part.main.push(format!("println({f}(&{v}))"));
        }
        1 => {
            // Kept in a global: leaking param, the caller's variable moves.
            let gl = g.name(GLOBALS);
            part.globals.push(format!("{gl} *{name}"));
            let f = g.func_name(&["keep", "hold", "pin", "track"], cap);
            let p = g.name(PTRS);
            part.funcs
                .push(format!("func {f}({p} *{name}) {{\n\t{gl} = {p}\n}}"));
            let v = g.name(VARS);
            part.main.push(format!("{v} := {name}{{{x}, {y}}}"));
            part.main.push(format!("{f}(&{v})"));
            part.main.push(format!("println({gl}.{f2})"));
        }
        2 => {
            // Returned: leaking to the result; the caller's variables stay.
            let f = g.func_name(&["larger", "pick", "choose", "wider"], "");
            let (p, q) = (g.name(PTRS), g.name(PTRS));
            part.funcs.push(format!(
                "func {f}({p}, {q} *{name}) *{name} {{\n\tif {p}.{f1} > {q}.{f1} {{\n\t\treturn {p}\n\t}}\n\treturn {q}\n}}"
            ));
            let (v, w) = (g.name(VARS), g.name(VARS));
            let (x2, y2) = (g.value(), g.value());
            part.main.push(format!("{v} := {name}{{{x}, {y}}}"));
            part.main.push(format!("{w} := {name}{{{x2}, {y2}}}"));
            part.main.push(format!("println({f}(&{v}, &{w}).{f2})"));
        }
        3 => {
            // A pointer receiver that only changes its value.
            let m = g.func_name(&["scale", "grow", "shift", "stretch"], "");
            let (p, k) = (g.name(PTRS), g.name(INTS));
            part.funcs.push(format!(
                "func ({p} *{name}) {m}({k} int) {{\n\t{p}.{f1} *= {k}\n\t{p}.{f2} += {k}\n}}"
            ));
            let v = g.name(VARS);
            let z = g.int(2, 9);
            part.main.push(format!("{v} := {name}{{{x}, {y}}}"));
            part.main.push(format!("{v}.{m}({z})"));
            part.main.push(format!("println({v}.{f1}, {v}.{f2})"));
        }
        _ => {
            // Pointers inside a slice that is kept from: leaking param content.
            let gl = g.name(GLOBALS);
            part.globals.push(format!("{gl} *int"));
            let f = g.func_name(&["keepFirst", "holdFirst", "pinFirst"], "");
            let ps = g.name(SLICES);
            part.funcs
                .push(format!("func {f}({ps} []*int) {{\n\t{gl} = {ps}[0]\n}}"));
            let (v, w) = (g.name(VARS), g.name(VARS));
            part.main.push(format!("{v}, {w} := {x}, {y}"));
            part.main.push(format!("{f}([]*int{{&{v}, &{w}}})"));
            part.main.push(format!("println(*{gl})"));
        }
    }
    part
}

fn closure(g: &mut Gen) -> Part {
    let mut part = Part::new(Situation::Closure);
    match g.below(5) {
        0 => {
            // Returned, changing what it captured: both on the heap.
            let f = g.func_name(&["counter", "ticker", "sequence", "generator"], "");
            let n = g.name(VARS);
            let start = g.int(0, 9);
            let inc = if g.coin() {
                format!("{n}++")
            } else {
                format!("{n} += {}", g.int(2, 5))
            };
            part.funcs.push(format!(
                "func {f}() func() int {{\n\t{n} := {start}\n\treturn func() int {{\n\t\t{inc}\n\t\treturn {n}\n\t}}\n}}"
            ));
            let next = g.name(VARS);
            part.main.push(format!("{next} := {f}()"));
            part.main.push(format!("{next}()"));
            part.main.push(format!("println({next}())"));
        }
        1 => {
            // Returned, capturing a parameter it never changes.
            let f = g.func_name(&["adder", "offset", "plus"], "");
            let (k, x) = (g.name(INTS), g.name(INTS));
            part.funcs.push(format!(
                "func {f}({k} int) func(int) int {{\n\treturn func({x} int) int {{\n\t\treturn {x} + {k}\n\t}}\n}}"
            ));
            let add = g.name(VARS);
            let (a, b) = (g.value(), g.value());
            part.main.push(format!("{add} := {f}({a})"));
            part.main.push(format!("println({add}({b}))"));
        }
        2 => {
            // Passed to a function that only calls it.
            let f = g.func_name(&["twice", "apply", "run", "repeat"], "");
            let h = g.name(&["fn", "f", "op", "task"]);
            part.funcs.push(format!(
                "func {f}({h} func() int) int {{\n\treturn {h}() + {h}()\n}}"
            ));
            let k = g.name(VARS);
            let (a, b) = (g.value(), g.int(2, 9));
            part.main.push(format!("{k} := {a}"));
            part.main
                .push(format!("println({f}(func() int {{ return {k} * {b} }}))"));
        }
        3 => {
            // Called where it is written.
            let s = g.name(VARS);
            let (a, b) = (g.value(), g.value());
            part.main.push(format!("{s} := {a}"));
            part.main.push("func() {".to_string());
            part.main.push(format!("\t{s} += {b}"));
            part.main.push("}()".to_string());
            part.main.push(format!("println({s})"));
        }
        _ => {
            // Stored into a global, directly or through a parameter.
            let hook = g.name(HOOKS);
            part.globals.push(format!("{hook} func() int"));
            let a = g.value();
            if g.coin() {
                let f = g.func_name(&["setHook", "install", "prepare"], "");
                let k = g.name(INTS);
                part.funcs.push(format!(
                    "func {f}({k} int) {{\n\t{hook} = func() int {{\n\t\treturn {k} * {k}\n\t}}\n}}"
                ));
                part.main.push(format!("{f}({a})"));
            } else {
                let f = g.func_name(&["register", "subscribe", "attach"], "");
                let h = g.name(&["fn", "f", "op", "task"]);
                part.funcs
                    .push(format!("func {f}({h} func() int) {{\n\t{hook} = {h}\n}}"));
                let k = g.name(VARS);
                part.main.push(format!("{k} := {a}"));
                part.main
                    .push(format!("{f}(func() int {{ return {k} + 1 }})"));
            }
            part.main.push(format!("println({hook}())"));
        }
    }
    part
}

/// An element type and its size in bytes.
const ELEMS: &[(&str, u32)] = &[("int", 8), ("byte", 1), ("float64", 8), ("int32", 4)];

fn make(g: &mut Gen) -> Part {
    let mut part = Part::new(Situation::Make);
    let variants = [g.below(6), g.below(6)];
    let variants: &[usize] = if variants[0] == variants[1] {
        &variants[..1]
    } else {
        &variants
    };
    for &variant in variants {
        let (elem, size) = ELEMS[g.below(ELEMS.len())];
        match variant {
            0 | 1 => {
                // A constant size: small stays, over 64 KiB escapes.
                let n = if variant == 0 {
                    g.int(2, 128)
                } else {
                    part.chapter = Some("escape/size.md");
                    g.int(70_000, 300_000) / size
                };
                let f = g.func_name(&["fill", "buffer", "scratch", "work"], "");
                let s = g.name(SLICES);
                let v = g.int(1, 9);
                part.funcs.push(format!(
                    "func {f}() int {{\n\t{s} := make([]{elem}, {n})\n\t{s}[0] = {v}\n\treturn len({s}) + int({s}[0])\n}}"
                ));
                part.main.push(format!("println({f}())"));
            }
            2 => {
                // A size known only at run time, not escaping: a stack buffer (Go 1.25).
                let f = g.func_name(&["count", "prepare", "reserve", "alloc"], "");
                let (n, s) = (g.name(INTS), g.name(SLICES));
                part.funcs.push(format!(
                    "func {f}({n} int) int {{\n\t{s} := make([]{elem}, {n})\n\treturn len({s})\n}}"
                ));
                let x = g.value();
                part.main.push(format!("println({f}({x}))"));
            }
            3 => {
                // Kept in a global.
                let gl = g.name(GLOBALS);
                part.globals.push(format!("{gl} []{elem}"));
                let f = g.func_name(&["setup", "prepareAll", "allocate", "reset"], "");
                let n = g.int(2, 64);
                part.funcs
                    .push(format!("func {f}() {{\n\t{gl} = make([]{elem}, {n})\n}}"));
                part.main.push(format!("{f}()"));
                part.main.push(format!("println(len({gl}))"));
            }
            4 => {
                // Returned.
                let f = g.func_name(&["newBuffer", "newSlice", "newList"], "");
                let n = g.name(INTS);
                part.funcs.push(format!(
                    "func {f}({n} int) []{elem} {{\n\treturn make([]{elem}, {n})\n}}"
                ));
                let x = g.value();
                part.main.push(format!("println(len({f}({x})))"));
            }
            _ => {
                // A map that stays in its function.
                let f = g.func_name(&["index", "histogram", "lookup", "tabulate"], "");
                let m = g.name(&["m", "seen", "table", "byName"]);
                let x = g.value();
                part.funcs.push(format!(
                    "func {f}() int {{\n\t{m} := make(map[string]{elem})\n\t{m}[\"k\"] = {x}\n\treturn len({m})\n}}"
                ));
                part.main.push(format!("println({f}())"));
            }
        }
    }
    part
}

fn interface_to_global(g: &mut Gen) -> Part {
    let mut part = Part::new(Situation::InterfaceToGlobal);
    let sink = g.name(SINKS);
    part.globals.push(format!("{sink} any"));
    let f = g.func_name(&["remember", "record", "store", "log"], "");
    let x = g.value();
    match g.below(5) {
        0 => {
            let v = g.name(INTS);
            part.funcs
                .push(format!("func {f}({v} int) {{\n\t{sink} = {v}\n}}"));
            part.main.push(format!("{f}({x})"));
        }
        1 => {
            let s = g.name(&["s", "text", "msg", "word", "label"]);
            part.funcs
                .push(format!("func {f}({s} string) {{\n\t{sink} = {s}\n}}"));
            let w = g.pick(&["hello", "gopher", "stack", "heap", "frame"]);
            part.main.push(format!("{f}(\"{w}\")"));
        }
        2 => {
            let t = g.ty();
            let p = g.name(VARS);
            part.funcs
                .push(format!("func {f}({p} {}) {{\n\t{sink} = {p}\n}}", t.name));
            let y = g.value();
            part.main.push(format!("{f}({}{{{x}, {y}}})", t.name));
        }
        3 => {
            let t = g.ty();
            let p = g.name(PTRS);
            part.funcs
                .push(format!("func {f}({p} *{}) {{\n\t{sink} = {p}\n}}", t.name));
            let v = g.name(VARS);
            let y = g.value();
            part.main.push(format!("{v} := {}{{{x}, {y}}}", t.name));
            part.main.push(format!("{f}(&{v})"));
        }
        _ => {
            // Converted at the call: the caller reports the conversion.
            let v = g.name(&["x", "v", "val", "thing", "arg"]);
            part.funcs
                .push(format!("func {f}({v} any) {{\n\t{sink} = {v}\n}}"));
            let w = g.name(VARS);
            if g.coin() {
                part.main.push(format!("{w} := {x}"));
            } else {
                let y = g.value();
                part.main.push(format!("{w} := {x}"));
                part.main.push(format!("{w} += {y}"));
            }
            part.main.push(format!("{f}({w})"));
        }
    }
    part.main.push(format!("println({sink} != nil)"));
    part
}

fn fmt_print(g: &mut Gen) -> Part {
    let mut part = Part::new(Situation::FmtPrint);
    g.fmt = true;
    let x = g.value();
    match g.below(6) {
        0 => {
            // In a helper: the parameter is boxed.
            let f = g.func_name(&["show", "report", "display", "printValue"], "");
            let v = g.name(INTS);
            let label = g.pick(LABELS);
            part.funcs.push(format!(
                "func {f}({v} int) {{\n\tfmt.Println(\"{label}\", {v})\n}}"
            ));
            part.main.push(format!("{f}({x})"));
        }
        1 => {
            // A variable assigned once from a constant: Go names the constant.
            let v = g.name(VARS);
            part.main.push(format!("{v} := {x}"));
            part.main.push(format!("fmt.Println({v})"));
        }
        2 => {
            // The same variable changed: now Go names the variable.
            let v = g.name(VARS);
            let y = g.value();
            part.main.push(format!("{v} := {x}"));
            part.main.push(format!("{v} += {y}"));
            let label = g.pick(LABELS);
            part.main.push(format!("fmt.Println(\"{label}\", {v})"));
        }
        3 => {
            // A struct and its fields.
            let t = g.ty();
            let v = g.name(VARS);
            let y = g.value();
            part.main.push(format!("{v} := {}{{{x}, {y}}}", t.name));
            if g.coin() {
                part.main.push(format!("fmt.Println({v})"));
            } else {
                part.main.push(format!(
                    "fmt.Printf(\"%d %d\\n\", {v}.{}, {v}.{})",
                    t.f1, t.f2
                ));
            }
        }
        4 => {
            // Sprint's result is a new string.
            let (v, s) = (g.name(VARS), g.name(&["s", "text", "msg", "line"]));
            let y = g.value();
            part.main.push(format!("{v} := {x}"));
            part.main.push(format!("{v} *= {y}"));
            part.main.push(format!("{s} := fmt.Sprint({v})"));
            part.main.push(format!("println({s})"));
        }
        _ => {
            // A struct parameter printed with Printf.
            let t = g.ty();
            let f = g.func_name(&["print", "describe", "dump"], &t.cap);
            let p = g.name(VARS);
            part.funcs.push(format!(
                "func {f}({p} {}) {{\n\tfmt.Printf(\"%v\\n\", {p})\n}}",
                t.name
            ));
            let y = g.value();
            part.main.push(format!("{f}({}{{{x}, {y}}})", t.name));
        }
    }
    part
}

fn new_vs_literal(g: &mut Gen) -> Part {
    let mut part = Part::new(Situation::NewVsLiteral);
    let t = g.ty();
    let (name, f1, f2) = (&t.name, &t.f1, &t.f2);
    let (p, q) = (g.name(PTRS), g.name(PTRS));
    let (a, b) = (g.value(), g.value());
    let (p_decl, q_decl) = (
        format!("\t{p} := new({name})"),
        format!("\t{q} := &{name}{{{f1}: {a}, {f2}: {b}}}"),
    );
    let decls = if g.coin() {
        format!("{p_decl}\n{q_decl}")
    } else {
        format!("{q_decl}\n{p_decl}")
    };
    match g.below(3) {
        0 => {
            let f = g.func_name(&["combine", "merge", "mix"], "");
            part.funcs.push(format!(
                "func {f}() int {{\n{decls}\n\t{p}.{f1} = {q}.{f2}\n\treturn {p}.{f1} + {q}.{f1}\n}}"
            ));
            part.main.push(format!("println({f}())"));
        }
        variant => {
            let f = g.func_name(&["combine", "merge", "mix"], "");
            let ret = if variant == 1 { &p } else { &q };
            part.funcs.push(format!(
                "func {f}() *{name} {{\n{decls}\n\t{p}.{f1} = {q}.{f2}\n\treturn {ret}\n}}"
            ));
            part.main.push(format!("println({f}().{f1})"));
        }
    }
    part
}

fn slice_argument(g: &mut Gen) -> Part {
    let mut part = Part::new(Situation::SliceArgument);
    let xs = g.name(SLICES);
    let vals: Vec<String> = (0..g.int(2, 5)).map(|_| g.value().to_string()).collect();
    let vals = vals.join(", ");
    let sum_body = |xs: &str, t: &str, x: &str| {
        format!("\t{t} := 0\n\tfor _, {x} := range {xs} {{\n\t\t{t} += {x}\n\t}}\n\treturn {t}")
    };
    match g.below(4) {
        0 => {
            let f = g.func_name(&["total", "sum", "add"], "");
            let (t, x) = (g.name(VARS), g.name(VARS));
            part.funcs.push(format!(
                "func {f}({xs} []int) int {{\n{}\n}}",
                sum_body(&xs, &t, &x)
            ));
            part.main.push(format!("println({f}([]int{{{vals}}}))"));
        }
        1 => {
            let gl = g.name(GLOBALS);
            part.globals.push(format!("{gl} []int"));
            let f = g.func_name(&["keepAll", "saveAll", "holdAll"], "");
            part.funcs
                .push(format!("func {f}({xs} []int) {{\n\t{gl} = {xs}\n}}"));
            part.main.push(format!("{f}([]int{{{vals}}})"));
            part.main.push(format!("println(len({gl}))"));
        }
        2 => {
            let f = g.func_name(&["total", "sum", "add"], "All");
            let (t, x) = (g.name(VARS), g.name(VARS));
            part.funcs.push(format!(
                "func {f}({xs} ...int) int {{\n{}\n}}",
                sum_body(&xs, &t, &x)
            ));
            part.main.push(format!("println({f}({vals}))"));
        }
        _ => {
            let f = g.func_name(&["head", "firstTwo", "prefix"], "");
            part.funcs.push(format!(
                "func {f}({xs} []int) []int {{\n\treturn {xs}[:2]\n}}"
            ));
            part.main
                .push(format!("println(len({f}([]int{{{vals}}})))"));
        }
    }
    part
}

fn too_large(g: &mut Gen) -> Part {
    let mut part = Part::new(Situation::TooLarge);
    let f = g.func_name(&["crunch", "digest", "checksum", "process"], "");
    let mut body = Vec::new();
    let mut ret = Vec::new();
    // A variable (limit 128 KiB).
    let (elem, size) = ELEMS[g.below(ELEMS.len())];
    let bytes = if g.coin() {
        g.int(140_000, 400_000)
    } else {
        g.int(8_000, 120_000)
    };
    let buf = g.name(&["buf", "table", "grid", "block", "scratch"]);
    body.push(format!("\tvar {buf} [{}]{elem}", bytes / size));
    body.push(format!("\t{buf}[{}] = {}", g.int(0, 9), g.int(1, 9)));
    ret.push(format!("len({buf})"));
    // new or make with a constant size (limit 64 KiB).
    let (elem, size) = ELEMS[g.below(ELEMS.len())];
    let bytes = if g.coin() {
        g.int(70_000, 200_000)
    } else {
        g.int(4_000, 60_000)
    };
    let p = g.name(&["p", "area", "pool", "chunk", "region"]);
    if g.coin() {
        body.push(format!("\t{p} := new([{}]{elem})", bytes / size));
    } else {
        body.push(format!("\t{p} := make([]{elem}, {})", bytes / size));
    }
    ret.push(format!("len({p})"));
    let order = g.coin();
    if order {
        body.swap(0, 2);
        body.swap(1, 2);
    }
    part.funcs.push(format!(
        "func {f}() int {{\n{}\n\treturn {}\n}}",
        body.join("\n"),
        ret.join(" + ")
    ));
    part.main.push(format!("println({f}())"));
    part
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a() {
        // The published test vectors of 64-bit FNV-1a.
        assert_eq!(seed_of(""), 0xcbf29ce484222325);
        assert_eq!(seed_of("a"), 0xaf63dc4c8601ec8c);
        assert_eq!(seed_of("foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn same_seed_same_quiz() {
        let a = generate("alice", 4).unwrap();
        assert_eq!(a, generate("alice", 4).unwrap());
        assert_ne!(
            a.exercises[0].source,
            generate("bob", 4).unwrap().exercises[0].source
        );
        assert_eq!(a.exercises.len(), 4);
        assert!(generate("", 1).is_err());
        assert!(generate("x", 0).is_err());
        assert!(generate("x", MAX_COUNT + 1).is_err());
    }

    #[test]
    fn toml_strings() {
        assert_eq!(toml_string("a\"b\\c\n\u{1}"), "\"a\\\"b\\\\c\\n\\u0001\"");
        let q = generate("o\"dd\nname", 1).unwrap();
        let m = crate::exercises::Manifest::parse(&manifest(&q)).unwrap();
        assert_eq!(m.exercises[0].name, "quiz01");
        assert!(
            q.exercises[0]
                .source
                .starts_with("// Quiz 1 of 1 for o\"dd\\u{a}name (memsim exercises quiz --seed \"o\\\"dd\\\\u{a}name\").\n")
        );
    }
}
