//! The built course as a site: every internal link and anchor resolves, no go,memsim block
//! is left unrendered, every Rust block's output and every diagram is in place, and program
//! text reaches the HTML escaped (a fixture book whose Go program prints `<script>`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            html_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "html") {
            out.push(p);
        }
    }
}

/// Values of `attr="..."` in `html`.
fn attr_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let pat = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&pat) {
        rest = &rest[i + pat.len()..];
        if let Some(end) = rest.find('"') {
            out.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
    out
}

/// Builds the real book once for all tests of this file.
fn site() -> &'static PathBuf {
    static SITE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    SITE.get_or_init(|| {
        let (dir, _) =
            memsim_book::build(&memsim_book::repo_root()).unwrap_or_else(|e| panic!("{e}"));
        dir
    })
}

#[test]
fn internal_links_and_anchors_resolve() {
    let site = site();
    let mut pages = Vec::new();
    html_files(site, &mut pages);
    let mut ids: BTreeMap<PathBuf, BTreeSet<String>> = BTreeMap::new();
    let mut texts = BTreeMap::new();
    for p in &pages {
        let text = std::fs::read_to_string(p).unwrap();
        ids.insert(
            p.canonicalize().unwrap(),
            attr_values(&text, "id")
                .into_iter()
                .map(str::to_string)
                .collect(),
        );
        texts.insert(p.clone(), text);
    }
    let mut broken = Vec::new();
    let mut checked = 0;
    for (page, text) in &texts {
        // The 404 page's links are relative to wherever it is served from.
        if page.file_name().is_some_and(|n| n == "404.html") {
            continue;
        }
        for href in attr_values(text, "href") {
            if href.contains("://")
                || href.starts_with("mailto:")
                || href.starts_with("javascript:")
            {
                continue;
            }
            let (path, anchor) = href.split_once('#').unwrap_or((href, ""));
            let target = if path.is_empty() {
                page.clone()
            } else {
                page.parent().unwrap().join(path)
            };
            let Ok(target) = target.canonicalize() else {
                broken.push(format!(
                    "{}: {href} (no such file)",
                    page.strip_prefix(site).unwrap().display()
                ));
                continue;
            };
            checked += 1;
            if !anchor.is_empty()
                && target.extension().is_some_and(|e| e == "html")
                && !ids.get(&target).is_some_and(|ids| ids.contains(anchor))
            {
                broken.push(format!(
                    "{}: {href} (no element with id {anchor})",
                    page.strip_prefix(site).unwrap().display()
                ));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "{} broken links:\n{}",
        broken.len(),
        broken.join("\n")
    );
    assert!(checked > 100, "only {checked} links checked");
}

#[test]
fn every_block_is_rendered() {
    let site = site();
    let mut pages = Vec::new();
    html_files(site, &mut pages);
    let mut diagrams = 0;
    let mut rust_outputs = 0;
    for p in &pages {
        let text = std::fs::read_to_string(p).unwrap();
        let name = p.strip_prefix(site).unwrap().display().to_string();
        assert!(
            !text.contains("language-go,memsim"),
            "{name}: a raw go,memsim block"
        );
        // A fence may appear only as text inside a code block (the reference shows authors
        // the syntax); anywhere else it is a block the preprocessor left raw.
        for (i, _) in text.match_indices("```go,memsim") {
            let open = text[..i].rfind("<pre");
            let close = text[..i].rfind("</pre>");
            assert!(
                open.is_some_and(|o| close.is_none_or(|c| c < o)),
                "{name}: a raw go,memsim fence outside a code block"
            );
        }
        if name != "print.html" {
            diagrams += text
                .matches("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"memsim-diagram\"")
                .count();
            rust_outputs += text.matches("captured by <code>cargo test</code>").count()
                + text.matches("(run by <code>cargo test</code>)").count();
        }
    }
    assert!(diagrams >= 10, "only {diagrams} diagrams in the book");
    assert!(
        rust_outputs >= 10,
        "only {rust_outputs} Rust outputs in the book"
    );
    println!(
        "site: {} pages, {diagrams} diagrams, {rust_outputs} Rust outputs",
        pages.len()
    );
}

#[test]
fn program_text_is_escaped_in_html() {
    let dir = std::env::temp_dir().join(format!("memsim-book-fixture-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("book.toml"),
        "[book]\ntitle = \"fixture\"\nsrc = \"src\"\n\n[build]\ncreate-missing = false\n\n[preprocessor.memsim]\ncommand = \"false\"\nbefore = [\"links\"]\n",
    )
    .unwrap();
    std::fs::write(dir.join("src/SUMMARY.md"), "# Summary\n\n- [X](x.md)\n").unwrap();
    std::fs::write(
        dir.join("src/x.md"),
        "# X\n\n```go,memsim run diagram=8 file=x.go\npackage main\n\nimport \"fmt\"\n\nvar s = \"<script>alert(1)</script>\"\n\nfunc main() {\n\tfmt.Println(s, \"</pre><b>&amp;\")\n}\n```\n",
    )
    .unwrap();
    let (site, _) = memsim_book::build(&dir).unwrap_or_else(|e| panic!("{e}"));
    let html = std::fs::read_to_string(site.join("x.html")).unwrap();
    assert!(
        !html.contains("<script>alert"),
        "raw <script> in the page:\n{html}"
    );
    assert!(
        !html.contains("</pre><b>"),
        "raw markup from the program:\n{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.contains("class=\"memsim-diagram\""), "{html}");
    let _ = std::fs::remove_dir_all(&dir);
}
