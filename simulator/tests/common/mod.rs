//! Helpers shared by the robustness tests: a deterministic random generator, the Go
//! programs to mutate (the golden and syntax corpora plus a built-in sample), a rough
//! tokenizer and the Go fragments that token-level mutations insert.

#![allow(dead_code)] // each test binary uses its own subset

use std::path::{Path, PathBuf};

/// A tiny deterministic xorshift generator (no dependencies).
pub struct XorShift(pub u64);

impl XorShift {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Every `.go` file of the golden corpus (`tests/golden/*/`) and of `tests/syntax/`, sorted
/// by path, with its path relative to the crate.
pub fn corpus() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = Vec::new();
    for dir in [
        "tests/golden/reference",
        "tests/golden/escape",
        "tests/golden/errors",
        "tests/golden/unsupported",
        "tests/syntax",
    ] {
        paths.extend(go_files(&root.join(dir)));
    }
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            let rel = p.strip_prefix(root).unwrap_or(&p).display().to_string();
            Some((rel, bytes))
        })
        .collect()
}

/// The `.go` files directly in `dir` (none if it cannot be read).
pub fn go_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    out.sort();
    out
}

/// Valid programs to mutate: the built-in sample and the escape corpus.
pub fn seed_programs() -> Vec<String> {
    let mut seeds = vec![SAMPLE.to_string()];
    for (name, bytes) in corpus() {
        if (name.contains("/reference/") || name.contains("/escape/"))
            && let Ok(text) = String::from_utf8(bytes)
        {
            seeds.push(text);
        }
    }
    seeds
}

pub const SAMPLE: &str = r#"package main

import (
	"fmt"
	e "errors"
)

type List[T any] struct {
	head *node[T]
	n    int `json:"n"`
}

type node[T any] struct{ v T; next *node[T] }

type Number interface{ ~int | ~float64 }

const (
	A = iota
	B
	C = "x"
)

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.n++ }

func main() {
	ch := make(chan int, 1)
	var m = map[string][]int{"a": {1, 2}, "b": nil}
	if x := len(m); x > 0 && m["a"] != nil {
		fmt.Println(x, m)
	} else if x == (List[int]{}).n {
	} else {
		goto end
	}
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 1:
	default:
	}
	switch v := any(1).(type) {
	case int, string:
		_ = v
	}
	for i := range 10 {
		defer func() { _ = i }()
	}
	s := []byte("héllo")[1:3:4]
	_ = s
	_ = e.New(`raw`)
	_ = 0x1p-2 + 1_000 + 0o17 + 'x' + 1i
end:
	fmt.Println(Sum(1, 2, 3))
}
"#;

/// Splits source text into rough tokens (words, runs of spaces, single other bytes).
pub fn rough_tokens(src: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let c = bytes[i];
        if c.is_ascii_alphanumeric() || c == b'_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
        } else if c.is_ascii_whitespace() {
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
        } else {
            i += 1;
            while i < bytes.len() && !src.is_char_boundary(i) {
                i += 1;
            }
        }
        out.push(&src[start..i]);
    }
    out
}

pub const INSERTS: &[&str] = &[
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    ":",
    ".",
    "...",
    "=",
    ":=",
    "\n",
    "func",
    "if",
    "else",
    "for",
    "range",
    "return",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map",
    "chan",
    "<-",
    "*",
    "&",
    "x",
    "1",
    "\"s",
    "'c'",
    "go",
    "switch",
    "case",
    "default",
    "select",
    "goto",
    "L:",
    "0x",
    "08",
    "`",
    "/*",
    "@",
    "~",
    "|",
    "import",
    "package",
    "\u{feff}",
    "é",
    "\0",
    "[T any]",
    "x.(type)",
    "1e",
    "0b2",
];
