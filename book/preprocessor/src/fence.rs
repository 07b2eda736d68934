//! A line-based scanner for CommonMark fenced code blocks.
//!
//! The preprocessor must find every ```` ```go,memsim ```` block of a chapter, and nothing
//! that only looks like one: an example of the syntax shown inside a longer fence
//! (`````` ````markdown ``````) is text, not a block. The scanner follows the CommonMark rules
//! that decide this, line by line:
//!
//! - an opening fence is a run of at least three backticks or tildes, indented by at most
//!   three spaces; a backtick fence's info string may not contain a backtick;
//! - the block ends at the first line indented by at most three spaces that holds a run of
//!   the *same* character at least as long as the opener, and nothing else but spaces; an
//!   unclosed block runs to the end of the chapter;
//! - the opener's indentation is removed from each content line (as far as it is spaces).
//!
//! Fences inside list items or block quotes (indented four spaces or more, or after `>`)
//! are not recognised; [`stray_openers`] finds such lines that look like a memsim block so
//! that the preprocessor can refuse them rather than leave them unrendered.
//!
//! Line ends may be `\n` or `\r\n`; lines are numbered from 1, as editors and mdBook do.

/// An opening or closing fence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fence {
    /// Spaces before the fence (0 to 3).
    pub indent: usize,
    /// `` ` `` or `~`.
    pub ch: u8,
    /// Number of fence characters (3 or more).
    pub len: usize,
}

impl Fence {
    /// The fence as text, without indentation: e.g. ```` ``` ```` or `~~~~`.
    pub fn text(&self) -> String {
        (self.ch as char).to_string().repeat(self.len)
    }
}

/// One fenced code block of a chapter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeBlock {
    /// Line of the opening fence, from 1.
    pub line: usize,
    /// The opening fence.
    pub fence: Fence,
    /// The info string, trimmed (`go,memsim escape run` for ```` ```go,memsim escape run ````).
    pub info: String,
    /// The content, with the opener's indentation removed; every line ends in `\n`.
    pub body: String,
    /// Byte offset of the start of the opening fence's line.
    pub start: usize,
    /// Byte offset just after the closing fence's line (its line end included), or the
    /// end of the text for an unclosed block.
    pub end: usize,
    /// Whether a closing fence was found.
    pub closed: bool,
}

/// The line without its line end.
fn strip_eol(line: &str) -> &str {
    let line = line.strip_suffix('\n').unwrap_or(line);
    line.strip_suffix('\r').unwrap_or(line)
}

/// Leading spaces, if they are at most three and not followed by a tab (a tab there makes
/// the indentation four columns or more).
fn small_indent(line: &str) -> Option<usize> {
    let n = line.bytes().take_while(|&b| b == b' ').count();
    (n <= 3 && line.as_bytes().get(n) != Some(&b'\t')).then_some(n)
}

/// Parses an opening fence: the fence and its (trimmed) info string.
pub fn opening_fence(line: &str) -> Option<(Fence, &str)> {
    let line = strip_eol(line);
    let indent = small_indent(line)?;
    let rest = &line[indent..];
    let ch = *rest.as_bytes().first()?;
    if ch != b'`' && ch != b'~' {
        return None;
    }
    let len = rest.bytes().take_while(|&b| b == ch).count();
    if len < 3 {
        return None;
    }
    let info = rest[len..].trim();
    if ch == b'`' && info.contains('`') {
        return None;
    }
    Some((Fence { indent, ch, len }, info))
}

/// Whether `line` closes a block opened by `open`.
pub fn closes(open: &Fence, line: &str) -> bool {
    let line = strip_eol(line);
    let Some(indent) = small_indent(line) else {
        return false;
    };
    let rest = &line[indent..];
    let len = rest.bytes().take_while(|&b| b == open.ch).count();
    len >= open.len && rest[len..].bytes().all(|b| b == b' ' || b == b'\t')
}

/// Removes up to `n` leading spaces.
fn dedent(line: &str, n: usize) -> &str {
    let k = line.bytes().take(n).take_while(|&b| b == b' ').count();
    &line[k..]
}

/// Every fenced code block of `text`, in order. Blocks never nest: a fence-like line inside
/// a block is content.
pub fn scan(text: &str) -> Vec<CodeBlock> {
    let mut blocks = Vec::new();
    let mut open: Option<CodeBlock> = None;
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let next = offset + line.len();
        match &mut open {
            Some(block) => {
                if closes(&block.fence, line) {
                    let mut block = open.take().expect("open block");
                    block.end = next;
                    block.closed = true;
                    blocks.push(block);
                } else {
                    block
                        .body
                        .push_str(strip_eol(dedent(line, block.fence.indent)));
                    block.body.push('\n');
                }
            }
            None => {
                if let Some((fence, info)) = opening_fence(line) {
                    open = Some(CodeBlock {
                        line: i + 1,
                        fence,
                        info: info.to_string(),
                        body: String::new(),
                        start: offset,
                        end: text.len(),
                        closed: false,
                    });
                }
            }
        }
        offset = next;
    }
    blocks.extend(open);
    blocks
}

/// Lines outside every code block that would open a block whose info string starts with
/// `info_prefix` if they were not indented too far or inside a block quote (or a list
/// item): the preprocessor cannot render those, and says so rather than leave them raw.
pub fn stray_openers(text: &str, info_prefix: &str) -> Vec<usize> {
    let blocks = scan(text);
    let mut stray = Vec::new();
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let inside = blocks.iter().any(|b| offset >= b.start && offset < b.end);
        offset += line.len();
        if inside {
            continue;
        }
        let bare = line.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
        if let Some((_, info)) = opening_fence(bare)
            && info.starts_with(info_prefix)
        {
            stray.push(i + 1);
        }
    }
    stray
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_blocks_with_lines_and_bodies() {
        let text = "# T\n\n```go,memsim run\npackage main\n```\n\ntext\n~~~text\nx\n~~~\n";
        let b = scan(text);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].line, 3);
        assert_eq!(b[0].info, "go,memsim run");
        assert_eq!(b[0].body, "package main\n");
        assert_eq!(
            &text[b[0].start..b[0].end],
            "```go,memsim run\npackage main\n```\n"
        );
        assert!(b[0].closed);
        assert_eq!(b[1].line, 8);
        assert_eq!(b[1].fence.ch, b'~');
        assert_eq!(b[1].body, "x\n");
    }

    #[test]
    fn a_longer_fence_holds_shorter_ones() {
        let text = "````markdown\n```go,memsim\npackage main\n```\n````\n```go,memsim\nx\n```\n";
        let b = scan(text);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].info, "markdown");
        assert_eq!(b[0].body, "```go,memsim\npackage main\n```\n");
        assert_eq!(b[1].line, 6);
        assert_eq!(b[1].info, "go,memsim");
    }

    #[test]
    fn closing_needs_same_char_and_enough_length() {
        // ``` does not close ````; ~~~ does not close ```; ```` (longer) closes ```.
        let text = "````go\na\n```\n````\n```go\n~~~\nb\n`````  \nafter\n";
        let b = scan(text);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].body, "a\n```\n");
        assert_eq!(b[1].body, "~~~\nb\n");
        assert_eq!(b[1].line, 5);
        assert!(b[1].closed);
    }

    #[test]
    fn a_closing_fence_has_nothing_after_it() {
        let b = scan("```go\n``` x\n```\n");
        assert_eq!(b[0].body, "``` x\n");
    }

    #[test]
    fn indentation_up_to_three_spaces_is_removed() {
        let text = "   ```go,memsim\n   package main\n  x\n      y\n   ```\n";
        let b = scan(text);
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].fence.indent, 3);
        assert_eq!(b[0].body, "package main\nx\n   y\n");
    }

    #[test]
    fn four_spaces_or_a_tab_is_not_a_fence() {
        assert!(scan("    ```go,memsim\n    x\n    ```\n").is_empty());
        assert!(scan("\t```go\nx\n```\n").len() == 1); // only the last line opens one
        assert_eq!(scan("\t```go\nx\n```\n")[0].line, 3);
    }

    #[test]
    fn backticks_in_a_backtick_info_string_make_inline_code() {
        assert!(scan("```go,memsim` x\n").is_empty());
        assert_eq!(scan("~~~go `x`\n~~~\n")[0].info, "go `x`");
        assert!(scan("``not a fence``\n").is_empty());
    }

    #[test]
    fn unclosed_block_runs_to_the_end() {
        let text = "a\n```go,memsim\npackage main\n";
        let b = scan(text);
        assert_eq!(b.len(), 1);
        assert!(!b[0].closed);
        assert_eq!(b[0].line, 2);
        assert_eq!(b[0].end, text.len());
        assert_eq!(b[0].body, "package main\n");
    }

    #[test]
    fn crlf_line_ends() {
        let b = scan("x\r\n```go,memsim escape\r\npackage main\r\n```\r\n");
        assert_eq!(b[0].line, 2);
        assert_eq!(b[0].info, "go,memsim escape");
        assert_eq!(b[0].body, "package main\n");
        assert!(b[0].closed);
    }

    #[test]
    fn stray_openers_in_lists_and_quotes() {
        let text = "- item\n\n    ```go,memsim\n    x\n    ```\n> ```go,memsim\n````md\n    ```go,memsim\n````\n";
        assert_eq!(stray_openers(text, "go,memsim"), vec![3, 6]);
    }
}
