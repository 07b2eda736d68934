//! Collects the lexer's and parser's errors with the Go compiler's filtering rules.
//!
//! The compiler funnels every error through `base.ErrorfAt`, which
//! - keeps only the first `syntax error` of a line (in reporting order, not position order),
//! - drops a non-syntax error equal to the previous one on the same line,
//! - stops the compilation once 10 errors have been kept.
//!
//! `go build` then prints the kept errors sorted by position. Because the filter depends on the
//! order in which errors are found, memsim applies the same rules while parsing, so that the
//! smallest kept position is the line Go prints first.

use crate::diag::{Diagnostic, Diagnostics};
use crate::source::Pos;

/// How many errors Go reports before giving up with "too many errors".
pub const MAX_ERRORS: usize = 10;

#[derive(Debug, Default)]
pub struct Reporter {
    kept: Diagnostics,
    /// Line of the last kept `syntax error`.
    last_syntax_line: Option<u32>,
    /// Line and text of the last kept other error.
    last_other: Option<(u32, String)>,
    /// Errors reported, kept or not (the parser's `errcnt`).
    reported: usize,
    /// Whether any kept error is a `syntax error` (Go then stops before type checking).
    has_syntax_error: bool,
    /// Set once parsing was abandoned (nesting limit); later errors are ignored.
    abandoned: bool,
}

impl Reporter {
    pub fn new() -> Reporter {
        Reporter::default()
    }

    /// Reports `message` at `pos`, as the compiler's `base.ErrorfAt` would.
    pub fn error(&mut self, pos: Pos, message: String) {
        self.reported += 1;
        if self.abandoned || self.kept.len() >= MAX_ERRORS {
            return;
        }
        if message.starts_with("syntax error") {
            if self.last_syntax_line == Some(pos.line) {
                return;
            }
            self.last_syntax_line = Some(pos.line);
            self.has_syntax_error = true;
        } else {
            if let Some((line, msg)) = &self.last_other
                && *line == pos.line
                && *msg == message
            {
                return;
            }
            self.last_other = Some((pos.line, message.clone()));
        }
        self.kept.push(Diagnostic::syntax(pos, message));
    }

    /// Reports an error that does not count as a parser error (Go's branch checks call the
    /// error handler directly, so they do not stop later bodies from being checked).
    pub fn error_uncounted(&mut self, pos: Pos, message: String) {
        let before = self.reported;
        self.error(pos, message);
        self.reported = before;
    }

    /// Records a diagnostic that ends parsing (e.g. the nesting limit). Errors reported
    /// afterwards are ignored.
    pub fn abandon(&mut self, d: Diagnostic) {
        self.reported += 1;
        if !self.abandoned && self.kept.len() < MAX_ERRORS {
            self.kept.push(d);
        }
        self.abandoned = true;
    }

    pub fn is_abandoned(&self) -> bool {
        self.abandoned
    }

    /// Number of errors reported so far, including filtered ones.
    pub fn reported(&self) -> usize {
        self.reported
    }

    pub fn has_syntax_error(&self) -> bool {
        self.has_syntax_error
    }

    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    pub fn into_diagnostics(self) -> Diagnostics {
        self.kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_syntax_error_per_line() {
        let mut r = Reporter::new();
        r.error(Pos::new(3, 10), "syntax error: a".into());
        r.error(Pos::new(3, 2), "syntax error: b".into());
        r.error(Pos::new(4, 1), "syntax error: c".into());
        let d = r.into_diagnostics();
        assert_eq!(d.len(), 2);
        assert_eq!(d.first().map(|d| d.pos), Some(Pos::new(3, 10)));
    }

    #[test]
    fn equal_other_errors_on_a_line_are_merged() {
        let mut r = Reporter::new();
        r.error(Pos::new(1, 5), "invalid character".into());
        r.error(Pos::new(1, 7), "invalid character".into());
        r.error(Pos::new(1, 9), "other".into());
        assert_eq!(r.into_diagnostics().len(), 2);
    }

    #[test]
    fn at_most_ten_errors() {
        let mut r = Reporter::new();
        for line in 1..=20 {
            r.error(Pos::new(line, 1), "syntax error: x".into());
        }
        assert_eq!(r.reported(), 20);
        assert_eq!(r.into_diagnostics().len(), MAX_ERRORS);
    }
}
