//! The `mdbook-memsim` binary on small in-memory books, through mdBook's protocol: the
//! `[context, book]` JSON on stdin, the book on stdout, errors on stderr with the exit status.

use mdbook_memsim::fence;
use mdbook_preprocessor::PreprocessorContext;
use mdbook_preprocessor::book::{Book, BookItem, Chapter};
use mdbook_preprocessor::config::Config;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Runs the preprocessor on a book of `(file name, content)` chapters under `book/src`.
fn preprocess(chapters: &[(&str, &str)]) -> Output {
    let mut config = Config::default();
    config.book.src = PathBuf::from("book/src");
    let ctx = PreprocessorContext::new(PathBuf::from("."), config, "html".to_string());
    let mut book = Book::new();
    for (file, content) in chapters {
        book.push_item(Chapter::new(file, content.to_string(), file, Vec::new()));
    }
    let input = serde_json::to_vec(&(&ctx, &book)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_mdbook-memsim"))
        // The books here are in memory: nothing to cache, and no target/ to put it in.
        .env("MEMSIM_BOOK_CACHE", "off")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    child.wait_with_output().unwrap()
}

/// The chapters' content from the preprocessor's output.
fn contents(out: &Output) -> Vec<String> {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let book: Book = serde_json::from_slice(&out.stdout).unwrap();
    book.items
        .into_iter()
        .map(|item| match item {
            BookItem::Chapter(ch) => ch.content,
            other => panic!("unexpected item {other:?}"),
        })
        .collect()
}

const POINT: &str = r#"# Points

Before.

```go,memsim escape run allocs=Alloc stats explain
package main

import "fmt"

type point struct{ x, y int }

var sink *point

func newPoint() *point {
	p := point{1, 2}
	return &p
}

func Alloc() {
	sink = newPoint()
}

func main() {
	fmt.Println(newPoint().x)
}
```

After.
"#;

#[test]
fn renders_memsim_output_under_captions() {
    let out = preprocess(&[("point.md", POINT)]);
    let md = &contents(&out)[0];
    // The source, as a plain go block, and the text around the block, untouched.
    assert!(
        md.starts_with("# Points\n\nBefore.\n\n```go\npackage main\n"),
        "{md}"
    );
    assert!(md.ends_with("\nAfter.\n"), "{md}");
    assert!(!md.contains("go,memsim"), "{md}");
    // Go's own diagnostics, as memsim reproduces them.
    assert!(
        md.contains(
            "`go build -gcflags='-m -l'` prints:\n\n```text\n./main.go:10:2: moved to heap: p\n"
        ),
        "{md}"
    );
    assert!(
        md.contains("./main.go:19:13: ... argument does not escape\n"),
        "{md}"
    );
    // The run's output, the allocations of Alloc, the counters and the explanation.
    assert!(md.contains("`go run` prints:\n\n```text\n1\n```\n"), "{md}");
    assert!(
        md.contains("`memsim allocs --bytes main.go Alloc`:\n\n```text\n1 allocs/op 16 B/op\n```"),
        "{md}"
    );
    assert!(
        md.contains("`memsim run --stats`:\n\n```text\nmemsim: runtime.MemStats at exit\n"),
        "{md}"
    );
    assert!(md.contains("memsim explains:\n\n```text\n"), "{md}");
    // The outputs come in the order the options name them.
    let order = [
        "-m -l",
        "`go run`",
        "memsim allocs",
        "--stats",
        "memsim explains",
    ];
    let at: Vec<usize> = order.iter().map(|s| md.find(s).unwrap()).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
}

#[test]
fn program_text_stays_inside_code_blocks() {
    let chapter = "```go,memsim run file=x.go\npackage main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"<script>alert(1)</script> ```\")\n}\n```\n";
    let md = &contents(&preprocess(&[("x.md", chapter)]))[0];
    let blocks = fence::scan(md);
    let mut found = 0;
    let mut at = 0;
    while let Some(i) = md[at..].find("<script>") {
        let pos = at + i;
        assert!(
            blocks
                .iter()
                .any(|b| b.closed && pos > b.start && pos < b.end),
            "<script> outside a code block at {pos}:\n{md}"
        );
        found += 1;
        at = pos + 1;
    }
    // In the source and in the run's output; the output's fence outgrows its backticks.
    assert_eq!(found, 2, "{md}");
    assert!(
        md.contains("````text\n<script>alert(1)</script> ```\n````\n"),
        "{md}"
    );
}

#[test]
fn default_is_escape_and_other_blocks_are_left_alone() {
    let chapter = "````markdown\n```go,memsim\nnot go\n```\n````\n\n```go\npackage main\n```\n\n```go,memsim\npackage main\n\nfunc main() {}\n```\n";
    let md = &contents(&preprocess(&[("a.md", chapter)]))[0];
    assert!(
        md.starts_with(
            "````markdown\n```go,memsim\nnot go\n```\n````\n\n```go\npackage main\n```\n\n"
        ),
        "{md}"
    );
    assert!(md.ends_with("```go\npackage main\n\nfunc main() {}\n```\n\n`go build -gcflags='-m -l'` prints nothing.\n\n"), "{md}");
}

#[test]
fn rejected_blocks_fail_with_chapter_line_and_memsim_error() {
    let good = "```go,memsim\npackage main\n\nfunc main() {}\n```\n";
    let bad = "# Bad\n\ntext\n\n```go,memsim escape\npackage main\n\nfunc main() {\n\tx := 1\n}\n```\n\n```go,memsim escpae\npackage main\n```\n\n```go,memsim allocs=Missing\npackage main\n\nfunc main() {}\n```\n\n```go,memsim run\npackage main\n\nfunc main() {\n\ty := 1\n}\n```\n";
    let out = preprocess(&[("good.md", good), ("bad.md", bad)]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "book/src/bad.md:5: memsim rejects the program (at chapter line 9)\n    ./main.go:4:2: declared and not used: x\n"
        ),
        "{err}"
    );
    assert!(
        err.contains("book/src/bad.md:13: unknown go,memsim option `escpae`"),
        "{err}"
    );
    // A run of an invalid program is rejected as invalid, not as unrunnable.
    assert!(
        err.contains(
            "book/src/bad.md:23: memsim rejects the program (at chapter line 27)\n    ./main.go:4:2: declared and not used: y\n"
        ),
        "{err}"
    );
    assert!(
        err.contains("book/src/bad.md:17: memsim cannot measure allocs=Missing\n    ./main.go: no function Missing\n"),
        "{err}"
    );
    assert!(
        err.contains("mdbook-memsim: 4 go,memsim blocks failed"),
        "{err}"
    );
    assert!(!err.contains("good.md"), "{err}");
}

#[test]
fn a_runaway_program_fails_at_the_step_limit() {
    let chapter =
        "```go,memsim run steps=100000\npackage main\n\nfunc main() {\n\tfor {\n\t}\n}\n```\n";
    let out = preprocess(&[("loop.md", chapter)]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "book/src/loop.md:1: the program did not finish within memsim's limits (100000 steps"
        ),
        "{err}"
    );
}

#[test]
fn stray_and_unclosed_blocks_fail() {
    let chapter =
        "- a list\n\n    ```go,memsim\n    package main\n    ```\n\n```go,memsim\npackage main\n";
    let out = preprocess(&[("s.md", chapter)]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("book/src/s.md:3: a go,memsim block must start at the top level"),
        "{err}"
    );
    assert!(
        err.contains("book/src/s.md:7: unclosed go,memsim block: no closing ```"),
        "{err}"
    );
}

#[test]
fn supports_every_renderer() {
    for r in ["html", "markdown"] {
        let status = Command::new(env!("CARGO_BIN_EXE_mdbook-memsim"))
            .args(["supports", r])
            .status()
            .unwrap();
        assert!(status.success());
    }
}

#[test]
fn diagrams_are_inline_svg_with_a_text_version() {
    let chapter = "# Lists\n\n```go,memsim run diagram=16 diagram=gc file=list.go\npackage main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\ntype node struct {\n\tnext *node\n\tname string\n}\n\nvar l *node\n\nfunc main() {\n\tl = &node{&node{nil, \"<b>\"}, \"a\"}\n\tl.next = nil\n\truntime.GC()\n\tfmt.Println(l.name)\n}\n```\n";
    let md = &contents(&preprocess(&[("list.md", chapter)]))[0];
    // Two figures, after the run's output, each one HTML block (no blank line inside).
    assert_eq!(
        md.matches("<figure class=\"memsim-figure\">").count(),
        2,
        "{md}"
    );
    for fig in md.split("<figure").skip(1) {
        let fig = &fig[..fig.find("</figure>").expect("closed")];
        assert!(!fig.contains("\n\n"), "blank line in a figure:\n{fig}");
        assert!(
            fig.contains("<svg") && fig.contains("role=\"img\""),
            "{fig}"
        );
        assert!(
            fig.contains("<title id=") && fig.contains("<desc id="),
            "{fig}"
        );
        assert!(fig.contains("The picture in words"), "{fig}");
    }
    assert!(md.find("`go run` prints:").unwrap() < md.find("<figure").unwrap());
    // Ids differ between the two pictures.
    assert!(
        md.contains("id=\"memsim-3-1-title\"") && md.contains("id=\"memsim-3-2-title\""),
        "{md}"
    );
    // Before line 14: main's frame, no object yet. At the collection: the first node is
    // reachable (black), the one cut off is white.
    assert!(md.contains("Memory just before line 16 runs"), "{md}");
    assert!(md.contains("white (unreached, freed by the sweep)"), "{md}");
    assert!(md.contains("black (reached, survives)"), "{md}");
    assert!(
        md.contains("<figcaption>Memory at the end of marking in collection 1"),
        "{md}"
    );
    // Program text inside the SVG is escaped: no raw <b> outside code blocks.
    assert!(!md.contains("\"<b>\"</text>"), "{md}");
}

#[test]
fn diagram_options_are_checked() {
    let chapter = "```go,memsim diagram=40\npackage main\n\nfunc main() {}\n```\n\n```go,memsim diagram=gc\npackage main\n\nfunc main() {}\n```\n\n```go,memsim diagram=x memlimit=lots\npackage main\n\nfunc main() {}\n```\n";
    let out = preprocess(&[("d.md", chapter)]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("book/src/d.md:1: `diagram=40`: no statement on line 40 of the program ran"),
        "{err}"
    );
    assert!(
        err.contains("book/src/d.md:7: `diagram=gc1`: the run has no collection 1"),
        "{err}"
    );
    assert!(
        err.contains("book/src/d.md:13: `diagram=x`: expected a line number from 1"),
        "{err}"
    );
}

#[test]
fn rendered_blocks_are_cached_by_program_and_options() {
    let target = std::env::temp_dir().join(format!("memsim-cache-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&target);
    let run = |chapter: &str| {
        let mut config = Config::default();
        config.book.src = PathBuf::from("book/src");
        let ctx = PreprocessorContext::new(PathBuf::from("."), config, "html".to_string());
        let mut book = Book::new();
        book.push_item(Chapter::new(
            "c.md",
            chapter.to_string(),
            "c.md",
            Vec::new(),
        ));
        let input = serde_json::to_vec(&(&ctx, &book)).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_mdbook-memsim"))
            .env("CARGO_TARGET_DIR", &target)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(&input).unwrap();
        contents(&child.wait_with_output().unwrap()).remove(0)
    };
    let a = "```go,memsim run\npackage main\n\nfunc main() { println(1) }\n```\n";
    let b = "```go,memsim run\npackage main\n\nfunc main() { println(2) }\n```\n";
    let first = run(a);
    let entries = || std::fs::read_dir(target.join("memsim-book-cache")).map_or(0, |d| d.count());
    assert_eq!(entries(), 1);
    assert_eq!(run(a), first, "a cached render is the render");
    assert_eq!(entries(), 1);
    // Another program is another entry, with its own output.
    assert!(run(b).contains("\n2\n"));
    assert_eq!(entries(), 2);
    let _ = std::fs::remove_dir_all(&target);
}
