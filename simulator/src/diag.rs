//! Errors in a Go program, reported as the Go toolchain reports them.
//!
//! Every stage (lexer, parser, checker) reports problems as [`Diagnostic`]s: a position and a
//! message. Like `go build`, memsim sorts them by position and prints the first as
//! `FILE:LINE:COL: message`. Go that is valid but outside memsim's subset is reported the same
//! way with a message starting `memsim does not support`, so memsim never prints a wrong answer
//! for a program it does not understand.

use crate::source::{Pos, SourceFile};
use std::fmt;

/// Stands for the file name inside a message. Some Go errors quote another position as
/// `FILE:LINE:COL` (`label L already defined at ./x.go:4:1`); the stage that finds them does
/// not know the display name, so it writes this marker and [`Diagnostic::render`] replaces it.
pub const FILE_NAME_MARKER: &str = "\u{1}file\u{1}";

/// One problem found in the program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub pos: Pos,
    pub message: String,
    pub kind: DiagnosticKind,
}

/// Where a diagnostic comes from. The kind decides ordering ties and whether later stages run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DiagnosticKind {
    /// A lexical or syntax error (`syntax error: ...`).
    Syntax,
    /// A type-checking error, worded as Go's types2 words it.
    Type,
    /// Valid Go that memsim does not handle.
    Unsupported,
}

impl Diagnostic {
    pub fn syntax(pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            pos,
            message: message.into(),
            kind: DiagnosticKind::Syntax,
        }
    }

    pub fn type_error(pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            pos,
            message: message.into(),
            kind: DiagnosticKind::Type,
        }
    }

    /// "memsim does not support WHAT".
    pub fn unsupported(pos: Pos, what: impl fmt::Display) -> Diagnostic {
        Diagnostic {
            pos,
            message: format!("memsim does not support {what}"),
            kind: DiagnosticKind::Unsupported,
        }
    }

    /// The line Go prints: `FILE:LINE:COL: message`.
    pub fn render(&self, file: &SourceFile) -> String {
        let message = self.message.replace(FILE_NAME_MARKER, &file.display_name);
        format!("{}: {}", file.locate(self.pos), message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}",
            self.pos,
            self.message.replace(FILE_NAME_MARKER, "<file>")
        )
    }
}

impl std::error::Error for Diagnostic {}

/// The diagnostics of one stage, kept in the order they were found.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Diagnostics {
        Diagnostics::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter()
    }

    /// All diagnostics sorted by position (stable), as `go build` prints them.
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut v = self.list.clone();
        v.sort_by_key(|d| d.pos);
        v
    }

    /// The diagnostic `go build` would print first.
    pub fn first(&self) -> Option<Diagnostic> {
        self.list.iter().min_by_key(|d| d.pos).cloned()
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}

impl Extend<Diagnostic> for Diagnostics {
    fn extend<T: IntoIterator<Item = Diagnostic>>(&mut self, iter: T) {
        self.list.extend(iter);
    }
}
