//! Renders one ```` ```go,memsim ```` block: the Go source as a plain ```` ```go ```` block,
//! then, for each output the block asks for, a caption and what memsim produces, in a
//! ```` ```text ```` block.
//!
//! Everything shown comes from the memsim library at build time: `escape_report` and
//! `explain_report` for the analysis, `runtime::run` and `runtime::allocs_per_run` for
//! runs. Nothing is escaped here: program text only ever goes inside fenced code blocks,
//! which mdBook HTML-escapes, and each fence is made longer than any backtick run in what
//! it holds, so no output can close its block early and turn into Markdown or HTML.
//!
//! Runs are bounded: a step limit (`steps=N`, default [`crate::options::DEFAULT_STEPS`]) and
//! a heap limit ([`HEAP_LIMIT`]). A run that reaches either fails the build instead of
//! showing a truncated output.

use crate::fence::Fence;
use crate::options::{BlockOptions, Show};
use memsim::diagram::escape_xml;
use memsim::runtime::snapshot::{Moment, Snapshot, snapshots};
use memsim::runtime::{self, Exit, RunOptions, RunOutcome};
use memsim::source::SourceFile;
use memsim::viewer::{KeyMark, ViewerOptions};

/// Bytes the simulated heap of a book run may span.
pub const HEAP_LIMIT: u64 = 256 << 20;

/// Why a block could not be rendered: a sentence, and memsim's own error line if memsim
/// gave one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderError {
    pub message: String,
    pub memsim: Option<String>,
}

impl RenderError {
    fn new(message: impl Into<String>, memsim: Option<String>) -> RenderError {
        RenderError {
            message: message.into(),
            memsim,
        }
    }
}

/// A fence of backticks longer than any run of backticks in `content` (at least three).
fn fence_for(content: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for b in content.bytes() {
        if b == b'`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    "`".repeat((longest + 1).max(3))
}

/// A fenced block around `content`, which ends in a newline unless empty.
fn code_block(out: &mut String, fence: &str, lang: &str, content: &str) {
    out.push_str(fence);
    out.push_str(lang);
    out.push('\n');
    out.push_str(content);
    if !content.is_empty() && !content.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(fence);
    out.push_str("\n\n");
}

/// A caption paragraph, then `content` in a `text` block; or, when `content` is empty,
/// the caption `empty` alone.
fn output(out: &mut String, caption: &str, empty: &str, content: &str) {
    if content.is_empty() {
        out.push_str(empty);
        out.push_str("\n\n");
    } else {
        out.push_str(caption);
        out.push_str("\n\n");
        code_block(out, &fence_for(content), "text", content);
    }
}

/// Whether a stderr line is a gctrace line (`gc N @…s …%: …`).
fn is_gctrace_line(line: &str) -> bool {
    line.strip_prefix("gc ").is_some_and(|rest| {
        rest.split_once(' ')
            .is_some_and(|(n, at)| n.bytes().all(|b| b.is_ascii_digit()) && at.starts_with('@'))
    })
}

/// Runs the program once for every output that needs a run, taking the snapshots the
/// block's diagrams draw.
fn run_program(
    file: &SourceFile,
    o: &BlockOptions,
) -> Result<(RunOutcome, Vec<Snapshot>), RenderError> {
    let opts = RunOptions {
        max_steps: o.steps,
        heap_limit: HEAP_LIMIT,
        gogc: o.gogc,
        memlimit: o.memlimit,
        gctrace: o.shows.contains(&Show::Gctrace),
        ..RunOptions::default()
    };
    let moments: Vec<Moment> = o
        .shows
        .iter()
        .filter_map(|s| match s {
            Show::Diagram(m) => Some(*m),
            _ => None,
        })
        .collect();
    let cannot_run =
        |e: runtime::NotRunnable| RenderError::new("memsim cannot run this program", Some(e.0));
    let (out, taken) = if moments.is_empty() {
        (runtime::run(file, opts).map_err(cannot_run)?, Vec::new())
    } else {
        snapshots(file, opts, &moments).map_err(cannot_run)?
    };
    if out.exit == Exit::Limit {
        let why = String::from_utf8_lossy(&out.stderr)
            .lines()
            .rfind(|l| !l.trim().is_empty() && !is_gctrace_line(l))
            .map(str::to_string);
        return Err(RenderError::new(
            format!(
                "the program did not finish within memsim's limits ({} steps, a {} MiB heap); \
                 if it should, raise them with steps=N",
                o.steps,
                HEAP_LIMIT >> 20
            ),
            why,
        ));
    }
    Ok((out, taken))
}

/// A memory picture: the SVG, a caption, and the picture in words for readers who cannot
/// see it. One HTML block without blank lines, so Markdown leaves it as it is.
fn figure(out: &mut String, snap: &Snapshot, id: &str, file: &str) {
    let at = match snap.moment {
        Moment::Line(l) => l.to_string(),
        Moment::Gc(1) => "gc".to_string(),
        Moment::Gc(n) => format!("gc{n}"),
    };
    let svg = memsim::diagram::svg(snap, id);
    out.push_str("<figure class=\"memsim-figure\">\n");
    out.push_str(&svg);
    out.push_str(&format!(
        "\n<figcaption>Memory {}, drawn by memsim (<code>memsim diagram --at {at} {}</code>).</figcaption>\n",
        escape_xml(&snap.moment.to_string()),
        escape_xml(file)
    ));
    out.push_str(
        "<details class=\"memsim-figure-text\"><summary>The picture in words</summary><pre>",
    );
    out.push_str(&escape_xml(snap.describe().trim_end()).replace("\n\n", "\n"));
    out.push_str("</pre></details>\n</figure>\n\n");
}

/// The step-through memory viewer: a `div` the viewer script (`book/viewer/viewer.js`)
/// fills, holding the last picture as a static SVG for readers without JavaScript and for
/// print, and the viewer document in a JSON `script` element.
fn viewer(
    out: &mut String,
    file: &SourceFile,
    o: &BlockOptions,
    keys: &[KeyMark],
    id: &str,
) -> Result<(), RenderError> {
    let opts = ViewerOptions {
        run: RunOptions {
            max_steps: o.steps,
            heap_limit: HEAP_LIMIT,
            gogc: o.gogc,
            memlimit: o.memlimit,
            ..RunOptions::default()
        },
        key_lines: keys.to_vec(),
        title: Some(o.file.clone()),
        static_id: format!("{id}-viewer-static"),
        ..ViewerOptions::default()
    };
    let doc = memsim::viewer::build(file, &opts)
        .map_err(|e| RenderError::new("memsim cannot run this program", Some(e.0)))?;
    for k in keys {
        let found = doc.key_steps.iter().any(|(step, _)| match k {
            KeyMark::Line(l) => doc.steps[*step].line == *l,
            KeyMark::Gc => doc.steps[*step].phase.is_some(),
        });
        if !found {
            let why = match k {
                KeyMark::Line(l) => {
                    format!("`viewer`: key line {l} never runs in the recorded steps")
                }
                KeyMark::Gc => {
                    "`viewer`: key `gc`, but no collection ran in the recorded steps".to_string()
                }
            };
            return Err(RenderError::new(why, None));
        }
    }
    let json = doc.to_json().to_string();
    // Inside <script>, `</script` or `<!--` in a string would end or confuse the element:
    // JSON may escape `/` and `<` as it likes.
    let json = json.replace("</", "<\\/").replace("<!--", "\\u003c!--");
    let doc_id = format!("{id}-viewer");
    out.push_str(&format!(
        "<div class=\"memsim-viewer\" data-doc=\"{doc_id}\">\n<figure class=\"memsim-viewer-static memsim-figure\">\n{}\n<figcaption>The end of the run, drawn by memsim; with JavaScript, a step-through viewer replaces this picture (<code>memsim view {}</code>).</figcaption>\n</figure>\n</div>\n\n",
        doc.static_svg,
        escape_xml(&o.file)
    ));
    out.push_str(&format!(
        "<script type=\"application/json\" id=\"{doc_id}\">{json}</script>\n\n"
    ));
    Ok(())
}

/// The Markdown that replaces a block whose opening fence was `fence` and whose content
/// is `source`.
/// `id` is unique in the page (it prefixes the ids inside diagrams).
pub fn render_block(
    fence: &Fence,
    source: &str,
    o: &BlockOptions,
    id: &str,
) -> Result<String, RenderError> {
    let display = format!("./{}", o.file);
    let file = SourceFile::new(display, source);
    let mut out = String::new();
    // The author's fence already fits the source (it closed after it).
    code_block(&mut out, &fence.text(), "go", source);

    let run_and_snapshots = if o.shows.iter().any(Show::runs) {
        // An invalid program is rejected as such, not as one memsim cannot run.
        memsim::escape_report(&file, 1)
            .map_err(|e| RenderError::new("memsim rejects the program", Some(e)))?;
        Some(run_program(&file, o)?)
    } else {
        None
    };
    let (run, snaps) = match run_and_snapshots {
        Some((r, s)) => (Some(r), s),
        None => (None, Vec::new()),
    };
    let mut pictures = 0;
    let rejected =
        |what: &str, e: String| RenderError::new(format!("memsim rejects {what}"), Some(e));
    for show in &o.shows {
        match show {
            Show::Escape | Show::M2 => {
                let (level, flags) = if *show == Show::Escape {
                    (1, "-m -l")
                } else {
                    (2, "-m=2 -l")
                };
                let report =
                    memsim::escape_report(&file, level).map_err(|e| rejected("the program", e))?;
                output(
                    &mut out,
                    &format!("`go build -gcflags='{flags}'` prints:"),
                    &format!("`go build -gcflags='{flags}'` prints nothing."),
                    &report,
                );
            }
            Show::Explain => {
                let report =
                    memsim::explain_report(&file).map_err(|e| rejected("the program", e))?;
                output(
                    &mut out,
                    "memsim explains:",
                    "memsim has nothing to explain.",
                    &report,
                );
            }
            Show::Run => {
                let r = run.as_ref().expect("ran");
                let mut text = String::from_utf8_lossy(&r.stdout).into_owned();
                for line in String::from_utf8_lossy(&r.stderr).lines() {
                    if !is_gctrace_line(line) {
                        text.push_str(line);
                        text.push('\n');
                    }
                }
                if r.exit_code != 0 {
                    if !text.is_empty() && !text.ends_with('\n') {
                        text.push('\n');
                    }
                    text.push_str(&format!("exit status {}\n", r.exit_code));
                }
                output(
                    &mut out,
                    "`go run` prints:",
                    "`go run` prints nothing.",
                    &text,
                );
            }
            Show::Stats => {
                let r = run.as_ref().expect("ran");
                output(&mut out, "`memsim run --stats`:", "", &r.stats_text());
            }
            Show::Gctrace => {
                let r = run.as_ref().expect("ran");
                let lines: String = String::from_utf8_lossy(&r.stderr)
                    .lines()
                    .filter(|l| is_gctrace_line(l))
                    .map(|l| format!("{l}\n"))
                    .collect();
                output(
                    &mut out,
                    "With `GODEBUG=gctrace=1`, the runtime prints on stderr:",
                    "With `GODEBUG=gctrace=1`, the runtime prints nothing: no collection ran.",
                    &lines,
                );
            }
            Show::Diagram(m) => {
                let Some(snap) = snaps.iter().find(|s| s.moment == *m) else {
                    let why = match m {
                        Moment::Line(l) => {
                            format!("`diagram={l}`: no statement on line {l} of the program ran")
                        }
                        Moment::Gc(n) => format!(
                            "`diagram=gc{n}`: the run has no collection {n} (call runtime.GC(), or allocate more)"
                        ),
                    };
                    return Err(RenderError::new(why, None));
                };
                pictures += 1;
                figure(&mut out, snap, &format!("{id}-{pictures}"), &o.file);
            }
            Show::Viewer(keys) => viewer(&mut out, &file, o, keys, id)?,
            Show::Allocs(f) => {
                let opts = RunOptions {
                    max_steps: o.steps,
                    heap_limit: HEAP_LIMIT,
                    gogc: o.gogc,
                    memlimit: o.memlimit,
                    ..RunOptions::default()
                };
                let r = runtime::allocs_per_run(&file, f, opts).map_err(|e| {
                    RenderError::new(format!("memsim cannot measure allocs={f}"), Some(e.0))
                })?;
                output(
                    &mut out,
                    &format!("`memsim allocs --bytes {} {f}`:", o.file),
                    "",
                    &format!("{} allocs/op {} B/op\n", r.allocs_per_op, r.bytes_per_op),
                );
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_outgrow_backticks() {
        assert_eq!(fence_for("plain"), "```");
        assert_eq!(fence_for("a ``` b"), "````");
        assert_eq!(fence_for("`````"), "``````");
    }

    #[test]
    fn gctrace_lines() {
        assert!(is_gctrace_line(
            "gc 1 @0.001s 2%: 0.010+0.10+0.010 ms clock, 0.010+0/0.10/0+0.010 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P"
        ));
        assert!(!is_gctrace_line("gc done"));
        assert!(!is_gctrace_line("panic: gc 1 @"));
    }
}
