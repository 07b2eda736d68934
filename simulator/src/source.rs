//! Source files and positions as the Go toolchain counts them.
//!
//! Go reports a position as `FILE:LINE:COL`, where LINE is 1-based and COL is the 1-based
//! *byte* offset within the line: a tab is one column and `é` is two. The compiler cannot
//! represent columns of 255 or more; it then prints `FILE:LINE` without a column. The file
//! name is printed the way the `go` command prints it (see [`go_display_path`]).

use std::fmt;
use std::path::{Component, Path, PathBuf};

/// A position in the one source file memsim reads. `line == 0` means "no position".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based byte column.
    pub col: u32,
}

impl Pos {
    /// The "no position" value, used for compiler-generated nodes.
    pub const NONE: Pos = Pos { line: 0, col: 0 };

    pub const fn new(line: u32, col: u32) -> Pos {
        Pos { line, col }
    }

    pub fn is_known(self) -> bool {
        self.line > 0
    }
}

/// The largest column the Go compiler prints; from 255 on it prints only the line.
pub const MAX_PRINTED_COLUMN: u32 = 254;

impl fmt::Display for Pos {
    /// `LINE:COL`, or `LINE` alone when the column is too large for Go to print.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.col == 0 || self.col > MAX_PRINTED_COLUMN {
            write!(f, "{}", self.line)
        } else {
            write!(f, "{}:{}", self.line, self.col)
        }
    }
}

/// One Go source file: its text and the name diagnostics print for it.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The name printed in diagnostics, e.g. `./x.go`.
    pub display_name: String,
    pub text: String,
}

impl SourceFile {
    /// A file whose diagnostics print `display_name` verbatim.
    pub fn new(display_name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        SourceFile {
            display_name: display_name.into(),
            text: text.into(),
        }
    }

    /// A file read from `path`, named in diagnostics as `go build` names it when run from
    /// the current directory.
    pub fn from_path_text(path: &Path, text: String) -> SourceFile {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        SourceFile::new(go_display_path(path, &cwd), text)
    }

    /// `display_name:line:col` for a position, as Go prints it.
    pub fn locate(&self, pos: Pos) -> String {
        format!("{}:{}", self.display_name, pos)
    }
}

/// The file name the `go` command prints for `path` when run in `cwd`.
///
/// `go build` compiles in the package directory and rewrites that directory to its shortest
/// form relative to the working directory: `./x.go` for a file in `cwd`, `sub/x.go` or
/// `../x.go` when the relative form is shorter than the absolute one, and the absolute path
/// otherwise (`/tmp/a/x.go` seen from `/tmp/pt/sub`). Verified with go1.27.3.
pub fn go_display_path(path: &Path, cwd: &Path) -> String {
    let abs = normalize(&if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    });
    let file_name = abs
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir = abs
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("/"));
    let cwd = normalize(cwd);
    let rel = relative_path(&cwd, &dir);
    let dir_str = dir.to_string_lossy().into_owned();
    let shown_dir = if rel == "." {
        ".".to_string()
    } else if rel.len() < dir_str.len() {
        rel
    } else {
        dir_str
    };
    if shown_dir == "/" {
        format!("/{file_name}")
    } else {
        format!("{shown_dir}/{file_name}")
    }
}

/// Removes `.` and resolves `..` lexically, as Go's `filepath.Clean` does.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `filepath.Rel(base, target)` for two absolute, normalized paths.
fn relative_path(base: &Path, target: &Path) -> String {
    let b: Vec<_> = base.components().collect();
    let t: Vec<_> = target.components().collect();
    let common = b.iter().zip(&t).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = Vec::new();
    for _ in common..b.len() {
        parts.push("..".into());
    }
    for c in &t[common..] {
        parts.push(c.as_os_str().to_string_lossy().into_owned());
    }
    if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_paths_follow_the_go_command() {
        let cwd = Path::new("/tmp/pt");
        assert_eq!(go_display_path(Path::new("x.go"), cwd), "./x.go");
        assert_eq!(go_display_path(Path::new("./x.go"), cwd), "./x.go");
        assert_eq!(go_display_path(Path::new("sub/y.go"), cwd), "sub/y.go");
        assert_eq!(go_display_path(Path::new("./sub/y.go"), cwd), "sub/y.go");
        assert_eq!(go_display_path(Path::new("/tmp/pt/x.go"), cwd), "./x.go");
        assert_eq!(go_display_path(Path::new("../pt/x.go"), cwd), "./x.go");
        assert_eq!(
            go_display_path(Path::new("../x.go"), Path::new("/tmp/pt/sub")),
            "../x.go"
        );
        assert_eq!(
            go_display_path(Path::new("/tmp/a/x.go"), Path::new("/tmp/pt/sub")),
            "/tmp/a/x.go"
        );
        assert_eq!(
            go_display_path(Path::new("pt/x.go"), Path::new("/tmp")),
            "pt/x.go"
        );
    }

    #[test]
    fn wide_columns_are_omitted() {
        assert_eq!(Pos::new(7, 254).to_string(), "7:254");
        assert_eq!(Pos::new(7, 255).to_string(), "7");
    }
}
