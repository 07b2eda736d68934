//! Tokens of Go source text.
