//! The options of a ```` ```go,memsim ```` block: what to show, and how to run.
//!
//! The info string is `go,memsim` followed by options separated by spaces:
//!
//! | option | shows |
//! | --- | --- |
//! | `escape` | what `go build -gcflags='-m -l'` prints (the default when no output is named) |
//! | `m2` | what `go build -gcflags='-m=2 -l'` prints: each decision with its flow |
//! | `explain` | `memsim escape --explain`: each decision in plain words |
//! | `run` | what `go run` prints (stdout, then stderr, then `exit status N` if not 0) |
//! | `stats` | `runtime.MemStats` counters after the run |
//! | `gctrace` | the `GODEBUG=gctrace=1` line of every collection |
//! | `allocs=F` | `testing.AllocsPerRun(100, F)` and bytes per call, as `memsim allocs --bytes` |
//! | `diagram=LINE` | an SVG picture of the memory just before line LINE of the block first runs: every goroutine's frames and variables, the heap by span, pointers (`memsim diagram --at LINE`) |
//! | `diagram=gc`, `diagram=gcN` | the picture at the end of marking in the first (Nth) collection: reached objects black, the rest white |
//! | `viewer`, `viewer=KEYS` | the step-through memory viewer (`memsim view`): every step's stacks, heap, pointers and collector colours, narrated; KEYS marks key steps, comma-separated: a line (the first time it is about to run) or `gc` (the first collection's result) |
//!
//! Settings change the program or its runs without adding output: `file=NAME.go` names the
//! file in diagnostics (default `main.go`, printed `./main.go` as `go build` does next to
//! it), `gogc=N|off` sets GOGC for runs, `memlimit=SIZE|off` GOMEMLIMIT (`64MiB`),
//! `steps=N` the run's step limit (default
//! [`DEFAULT_STEPS`]). Outputs appear in the order written; each may appear once, except
//! `allocs=F` with different functions.

/// Steps a run may execute before the build fails: far above what a book example needs
/// (a tenth of a second or so of simulation), far below a hang.
pub const DEFAULT_STEPS: u64 = 50_000_000;

/// One output of a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Show {
    /// `-m -l` diagnostics.
    Escape,
    /// `-m=2 -l` diagnostics.
    M2,
    /// `memsim escape --explain`.
    Explain,
    /// The program's output.
    Run,
    /// MemStats after the run.
    Stats,
    /// gctrace lines.
    Gctrace,
    /// Allocations per call of the named function.
    Allocs(String),
    /// A memory picture at a moment of the run.
    Diagram(Moment),
    /// The step-through viewer, with the author's key steps.
    Viewer(Vec<KeyMark>),
}

impl Show {
    /// Whether this output needs the program to run.
    pub fn runs(&self) -> bool {
        matches!(
            self,
            Show::Run | Show::Stats | Show::Gctrace | Show::Diagram(_) | Show::Viewer(_)
        )
    }
}

/// Everything the info string of a block asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockOptions {
    /// Outputs, in the order written.
    pub shows: Vec<Show>,
    /// The Go file's name (`main.go`).
    pub file: String,
    /// GOGC for runs (`None`: off).
    pub gogc: Option<u64>,
    /// GOMEMLIMIT for runs, bytes (`None`: off).
    pub memlimit: Option<u64>,
    /// The step limit of runs.
    pub steps: u64,
}

impl Default for BlockOptions {
    fn default() -> BlockOptions {
        BlockOptions {
            shows: Vec::new(),
            file: "main.go".to_string(),
            gogc: Some(100),
            memlimit: None,
            steps: DEFAULT_STEPS,
        }
    }
}

use memsim::runtime::gc::parse_memlimit;
use memsim::runtime::snapshot::Moment;
use memsim::viewer::KeyMark;

/// The language tag that marks a memsim block.
pub const TAG: &str = "go,memsim";

/// If `info` is a memsim block's info string, the options after the tag (possibly empty).
/// `go,memsimx` or `go` are not memsim blocks.
pub fn memsim_options(info: &str) -> Option<&str> {
    let rest = info.strip_prefix(TAG)?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then(|| rest.trim())
}

/// Parses the options after `go,memsim`. With no output named, shows `escape`.
pub fn parse(options: &str) -> Result<BlockOptions, String> {
    let mut o = BlockOptions::default();
    for word in options.split_whitespace() {
        let show = match word.split_once('=') {
            None => match word {
                "escape" => Show::Escape,
                "m2" => Show::M2,
                "explain" => Show::Explain,
                "run" => Show::Run,
                "stats" => Show::Stats,
                "gctrace" => Show::Gctrace,
                "viewer" => Show::Viewer(Vec::new()),
                "allocs" => return Err("`allocs` needs a function: allocs=FUNC".to_string()),
                _ => return Err(unknown(word)),
            },
            Some(("allocs", f)) => {
                if !is_go_identifier(f) {
                    return Err(format!("`allocs={f}`: not a Go function name"));
                }
                Show::Allocs(f.to_string())
            }
            Some(("diagram", at)) => {
                let moment = at.parse::<Moment>().map_err(|e| {
                    let why = e.split_once(": ").map_or(e.as_str(), |(_, why)| why);
                    format!("`diagram={at}`: {why}")
                })?;
                Show::Diagram(moment)
            }
            Some(("viewer", keys)) => Show::Viewer(
                keys.split(',')
                    .map(|k| k.parse::<KeyMark>())
                    .collect::<Result<_, _>>()
                    .map_err(|e| format!("`viewer={keys}`: {e}"))?,
            ),
            Some(("memlimit", v)) => {
                o.memlimit = parse_memlimit(v).map_err(|e| format!("`memlimit={v}`: {e}"))?;
                continue;
            }
            Some(("file", f)) => {
                if !f.ends_with(".go") || f.contains('/') || f.len() <= 3 {
                    return Err(format!("`file={f}`: expected a file name like point.go"));
                }
                o.file = f.to_string();
                continue;
            }
            Some(("gogc", v)) => {
                o.gogc = match v {
                    "off" => None,
                    _ => Some(
                        v.parse()
                            .map_err(|_| format!("`gogc={v}`: expected a percentage or off"))?,
                    ),
                };
                continue;
            }
            Some(("steps", v)) => {
                o.steps = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("`steps={v}`: expected a positive number"))?;
                continue;
            }
            Some(_) => return Err(unknown(word)),
        };
        if o.shows.contains(&show)
            || (matches!(show, Show::Viewer(_))
                && o.shows.iter().any(|s| matches!(s, Show::Viewer(_))))
        {
            return Err(format!("`{word}` is given twice"));
        }
        o.shows.push(show);
    }
    if o.shows.is_empty() {
        o.shows.push(Show::Escape);
    }
    Ok(o)
}

fn unknown(word: &str) -> String {
    format!(
        "unknown go,memsim option `{word}` (expected escape, m2, explain, run, stats, gctrace, \
         allocs=FUNC, diagram=LINE|gc, viewer[=KEYS], file=NAME.go, gogc=N|off, \
         memlimit=SIZE|off, steps=N)"
    )
}

/// A Go identifier (ASCII letters, digits and `_`, not starting with a digit; memsim's
/// subset names functions in ASCII).
fn is_go_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_the_tag() {
        assert_eq!(memsim_options("go,memsim"), Some(""));
        assert_eq!(memsim_options("go,memsim  escape run"), Some("escape run"));
        assert_eq!(memsim_options("go,memsimx"), None);
        assert_eq!(memsim_options("go"), None);
        assert_eq!(memsim_options("text"), None);
    }

    #[test]
    fn default_is_escape() {
        let o = parse("").unwrap();
        assert_eq!(o.shows, vec![Show::Escape]);
        assert_eq!(o.file, "main.go");
        assert_eq!(o.steps, DEFAULT_STEPS);
        // Settings alone still show escape.
        assert_eq!(parse("file=p.go").unwrap().shows, vec![Show::Escape]);
    }

    #[test]
    fn outputs_keep_their_order() {
        let o = parse("run escape allocs=F stats explain m2 gctrace allocs=G").unwrap();
        assert_eq!(
            o.shows,
            vec![
                Show::Run,
                Show::Escape,
                Show::Allocs("F".into()),
                Show::Stats,
                Show::Explain,
                Show::M2,
                Show::Gctrace,
                Show::Allocs("G".into()),
            ]
        );
    }

    #[test]
    fn settings() {
        let o = parse("run file=point.go gogc=50 steps=1000").unwrap();
        assert_eq!(o.file, "point.go");
        assert_eq!(o.gogc, Some(50));
        assert_eq!(o.steps, 1000);
        assert_eq!(parse("gogc=off").unwrap().gogc, None);
    }

    #[test]
    fn rejects_what_it_does_not_know() {
        assert!(
            parse("escpae")
                .unwrap_err()
                .contains("unknown go,memsim option `escpae`")
        );
        assert!(parse("colour=red").unwrap_err().contains("unknown"));
        assert!(parse("allocs").unwrap_err().contains("allocs=FUNC"));
        assert!(
            parse("allocs=")
                .unwrap_err()
                .contains("not a Go function name")
        );
        assert!(parse("allocs=1F").is_err());
        assert!(parse("run run").unwrap_err().contains("twice"));
        assert!(parse("gogc=lots").is_err());
        assert!(parse("steps=0").is_err());
        assert!(parse("file=../x.go").is_err());
        assert!(parse("file=x.txt").is_err());
    }
}
