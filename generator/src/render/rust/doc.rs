//! Spec text made into rustdoc that renders as meant and raises no rustdoc warnings.
//!
//! The spec's descriptions are CommonMark written for a web page: bare URLs, `[brackets]` that
//! are not links, HTML-looking `<placeholders>`, code fences without a language (which rustdoc
//! would compile as Rust) and indented blocks (which it would also compile).

use crate::render::markdown_text::{Fence, Fences, decode_entities_but_markup};

/// The lines of a doc comment for `text`.
pub fn doc_lines(text: &str) -> Vec<String> {
    let text = decode_entities_but_markup(text);
    let mut lines = Vec::new();
    let mut fences = Fences::default();
    let mut block = Block::Paragraph;
    for raw in text.trim().lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        match fences.line(line) {
            Fence::Prose => {}
            Fence::Open { marker, info } => {
                let language = if info.is_empty() || info.starts_with("rust") {
                    "text"
                } else {
                    info
                };
                lines.push(format!("{marker}{language}"));
                continue;
            }
            Fence::Code => {
                lines.push(line.to_string());
                continue;
            }
            Fence::Close { marker } => {
                lines.push(marker.to_string());
                continue;
            }
        }
        if trimmed.is_empty() {
            block = Block::Paragraph;
            lines.push(String::new());
            continue;
        }
        let indent = line.len() - trimmed.len();
        let text = escape_inline(trimmed);
        let line = match (list_marker_width(trimmed), block) {
            (Some(width), _) => {
                let indent = match block {
                    // Four more spaces than the list needs would start a code block.
                    Block::ListItem { content, .. } if indent >= content => indent.min(content + 3),
                    // Not nested: at its sibling's indentation, which rustdoc would otherwise
                    // read as a lazy continuation of the item before.
                    Block::ListItem { marker, .. } if indent >= marker => marker,
                    Block::ListItem { .. } => indent,
                    _ => indent.min(3),
                };
                block = Block::ListItem {
                    marker: indent,
                    content: indent + width,
                };
                format!("{}{text}", " ".repeat(indent))
            }
            // A line that continues a list item is indented to its content, as rustdoc wants.
            (None, Block::ListItem { content, .. }) => format!("{}{text}", " ".repeat(content)),
            (None, Block::Quote) if !trimmed.starts_with('>') => format!("> {text}"),
            (None, _) => {
                block = if trimmed.starts_with('>') {
                    Block::Quote
                } else {
                    Block::Paragraph
                };
                // Four spaces would start an indented code block, which rustdoc compiles as Rust.
                format!("{}{text}", " ".repeat(indent.min(3)))
            }
        };
        lines.push(line);
    }
    if let Some(marker) = fences.unclosed() {
        lines.push(marker.to_string());
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

#[derive(Clone, Copy)]
enum Block {
    Paragraph,
    /// A list item whose marker is at the column `marker` and whose content starts at `content`.
    ListItem {
        marker: usize,
        content: usize,
    },
    Quote,
}

/// The width of a list marker and its space (`- `, `* `, `12. `) at the start of `line`.
fn list_marker_width(line: &str) -> Option<usize> {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ") {
        return Some(2);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && line[digits..].starts_with(". ")).then_some(digits + 2)
}

/// Escapes what rustdoc would misread in one line of prose, leaving code spans alone.
fn escape_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for (index, segment) in line.split('`').enumerate() {
        if index > 0 {
            out.push('`');
        }
        // Odd segments sit between backticks: code, left as it is.
        if index % 2 == 1 && index < line.matches('`').count() {
            out.push_str(segment);
        } else {
            out.push_str(&escape_prose(segment));
        }
    }
    out
}

fn escape_prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let rest: String = chars[i..].iter().take(8).collect();
        if (rest.starts_with("https://") || rest.starts_with("http://"))
            && !preceded_by_link_syntax(&chars, i)
        {
            let end = (i..chars.len())
                .find(|&j| chars[j].is_whitespace() || chars[j] == '>' || chars[j] == '"')
                .unwrap_or(chars.len());
            let mut url: String = chars[i..end].iter().collect();
            let trailing: String = {
                let keep = url.trim_end_matches(['.', ',', ';', ':', ')', '\'']).len();
                url.split_off(keep)
            };
            out.push('<');
            out.push_str(&url);
            out.push('>');
            out.push_str(&trailing);
            i = end;
            continue;
        }
        match c {
            '[' if !is_markdown_link(&chars, i) => out.push_str("\\["),
            ']' if !closes_markdown_link(&chars, i) => out.push_str("\\]"),
            '<' if !rest.starts_with("<http") => out.push_str("&lt;"),
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

fn preceded_by_link_syntax(chars: &[char], i: usize) -> bool {
    i > 0 && matches!(chars[i - 1], '(' | '<' | '"' | '\'')
}

/// `[text](target)` starting at `i`.
fn is_markdown_link(chars: &[char], i: usize) -> bool {
    let mut depth = 0;
    for j in i..chars.len() {
        match chars[j] {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return chars.get(j + 1) == Some(&'(');
                }
            }
            _ => {}
        }
    }
    false
}

fn closes_markdown_link(chars: &[char], i: usize) -> bool {
    chars.get(i + 1) == Some(&'(')
        && (0..i)
            .rev()
            .any(|j| chars[j] == '[' && is_markdown_link(chars, j))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_a_little_further_in_are_siblings_not_continuations() {
        let text = "One of the following:\n   - PENDING - queued.\n    - RUNNING - running.\n      - nested.";
        assert_eq!(
            doc_lines(text),
            [
                "One of the following:",
                "   - PENDING - queued.",
                "   - RUNNING - running.",
                "      - nested."
            ]
        );
    }

    #[test]
    fn prose_is_escaped_for_rustdoc() {
        assert_eq!(
            doc_lines("See https://example.com/a."),
            ["See <https://example.com/a>."]
        );
        assert_eq!(
            doc_lines("a [link](https://x.y) and [0]"),
            ["a [link](https://x.y) and \\[0\\]"]
        );
        assert_eq!(doc_lines("use <id> or `<id>`"), ["use &lt;id> or `<id>`"]);
        assert_eq!(doc_lines("it&#39;s"), ["it's"]);
    }

    #[test]
    fn code_is_never_compiled_as_rust() {
        assert_eq!(doc_lines("```\nx\n```"), ["```text", "x", "```"]);
        assert_eq!(doc_lines("```json\n{}\n```"), ["```json", "{}", "```"]);
        assert_eq!(doc_lines("a\n\n    indented"), ["a", "", "   indented"]);
    }

    #[test]
    fn list_items_and_quotes_keep_their_continuation_lines() {
        assert_eq!(
            doc_lines("- item\nmore\n\nafter"),
            ["- item", "  more", "", "after"]
        );
        assert_eq!(doc_lines("> quoted\nmore"), ["> quoted", "> more"]);
        assert_eq!(
            doc_lines("1. one\n    - nested"),
            ["1. one", "    - nested"]
        );
    }
}
