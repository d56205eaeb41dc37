//! Spec text made safe for MDX (Docusaurus 3): HTML entities decoded, and outside code the
//! characters MDX would read as JSX or expressions (`<`, `{`, `}`) escaped with a backslash.
//!
//! Fenced code is left as it is; code spans too, but for their entities. MDX has no indented
//! code blocks and no autolinks (`<https://…>` is JSX to it), so neither is special here.

use crate::render::markdown_text::{
    Fence, Fences, code_span_content, decode_entities, fence_marker,
};

/// A block of spec Markdown (a description), escaped line by line.
pub fn block(text: &str) -> String {
    let mut out = Vec::new();
    let mut fences = Fences::default();
    for line in text.trim().lines() {
        let line = line.trim_end();
        out.push(match fences.line(line) {
            Fence::Prose => prose_line(line),
            _ => line.to_string(),
        });
    }
    if let Some(marker) = fences.unclosed() {
        out.push(marker.to_string());
    }
    out.join("\n")
}

/// Spec text on one line (a table cell, a list item): lines joined with spaces, `|` escaped.
/// Code fences lose their meaning on one line, so their content is escaped like prose.
pub fn inline(text: &str) -> String {
    let joined = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && fence_marker(line).is_none())
        .collect::<Vec<_>>()
        .join(" ");
    escape_pipes(&prose_line(&joined))
}

/// The first sentence of spec text, as plain text for a comment in code: entities decoded,
/// links reduced to their text, on one line.
pub fn first_sentence(text: &str) -> String {
    let decoded = decode_entities(text.trim());
    let line = decoded
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    let mut plain = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find('[') {
        let Some((text, after)) = rest[start + 1..].split_once("](") else {
            break;
        };
        let Some(close) = after.find(')') else { break };
        plain.push_str(&rest[..start]);
        plain.push_str(text);
        rest = &after[close + 1..];
    }
    plain.push_str(rest);
    let plain = without_emphasis(&plain);
    // A full stop before a space ends it, unless it ends an abbreviation.
    let end = plain
        .char_indices()
        .find(|&(i, c)| {
            c == '.'
                && plain[i + 1..].starts_with(' ')
                && !["e.g", "i.e"].iter().any(|a| plain[..i].ends_with(a))
        })
        .map(|(i, _)| i + 1);
    match end {
        Some(end) => plain[..end].to_string(),
        None => plain,
    }
}

/// `text` without the `*` of emphasis (`*true*`, `**count=true**`); a `*` standing alone (a
/// wildcard) stays.
fn without_emphasis(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let word = |c: Option<&char>| c.is_some_and(|c| !c.is_whitespace() && *c != '*');
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '*' {
            let before = i
                .checked_sub(1)
                .and_then(|j| chars[..=j].iter().rev().find(|c| **c != '*'));
            let after = chars[i + 1..].iter().find(|c| **c != '*');
            let alphanumeric = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
            let opens = word(after) && !alphanumeric(before);
            let closes = word(before) && !alphanumeric(after);
            if opens || closes {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// One line of prose: entities decoded, code spans kept, the rest escaped. A line MDX would
/// read as an `import`/`export` statement is indented by a space, which makes it a paragraph.
fn prose_line(line: &str) -> String {
    let decoded = decode_entities(line);
    let mut out = String::with_capacity(decoded.len() + 8);
    if decoded.starts_with("import ") || decoded.starts_with("export ") {
        out.push(' ');
    }
    for (c, in_code) in code_span_content(&decoded) {
        match c {
            '<' | '{' | '}' if !in_code => {
                // Already escaped in the spec when an odd number of backslashes precede it.
                let backslashes = out.chars().rev().take_while(|&b| b == '\\').count();
                if backslashes.is_multiple_of(2) {
                    out.push('\\');
                }
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// `text` as a code span inside a table cell: fenced with more backticks than it contains,
/// padded where it starts or ends with one, `|` escaped (GFM reads it as a cell break even in
/// code).
pub fn code_span_in_cell(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    escape_pipes(&format!("{fence}{pad}{text}{pad}{fence}"))
}

fn escape_pipes(text: &str) -> String {
    text.replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsx_and_expressions_are_escaped_outside_code() {
        assert_eq!(block("use {id} or <id>"), "use \\{id\\} or \\<id>");
        assert_eq!(block("code `{id} <id>` stays"), "code `{id} <id>` stays");
        assert_eq!(
            block("workgroup:&lt;workgroupId&gt;"),
            "workgroup:\\<workgroupId>"
        );
        assert_eq!(block("a ` lone tick {x}"), "a ` lone tick \\{x\\}");
        assert_eq!(block("see <https://x.y>"), "see \\<https://x.y>");
        assert_eq!(block("already \\{escaped\\}"), "already \\{escaped\\}");
    }

    #[test]
    fn fenced_code_is_left_alone() {
        assert_eq!(
            block("a\n```java\nimport x;\nif (a < b) { }\n```   \nafter {x}"),
            "a\n```java\nimport x;\nif (a < b) { }\n```\nafter \\{x\\}"
        );
        assert_eq!(block("```\nunclosed {"), "```\nunclosed {\n```");
    }

    #[test]
    fn esm_lines_become_paragraphs() {
        assert_eq!(
            block("import the file\nexport it"),
            " import the file\n export it"
        );
    }

    #[test]
    fn inline_text_fits_in_a_table_cell() {
        assert_eq!(
            inline("first\n\nsecond | third\n```\n{x}\n```"),
            "first second \\| third \\{x\\}"
        );
    }

    #[test]
    fn code_spans_hold_any_text() {
        assert_eq!(code_span_in_cell("IN PROGRESS"), "`IN PROGRESS`");
        assert_eq!(code_span_in_cell("a`b"), "``a`b``");
        assert_eq!(code_span_in_cell("`x"), "`` `x ``");
        assert_eq!(code_span_in_cell("a|b"), "`a\\|b`");
    }

    #[test]
    fn first_sentences_are_plain() {
        assert_eq!(
            first_sentence("Max number of results. See [V3 API](https://x.y) for more."),
            "Max number of results."
        );
        assert_eq!(
            first_sentence("See [V3 API](https://x.y) for more"),
            "See V3 API for more"
        );
        assert_eq!(first_sentence("Identity&#39;s Id\nmore"), "Identity's Id");
        assert_eq!(
            first_sentence("Version 1.2 is it. Then"),
            "Version 1.2 is it."
        );
        assert_eq!(
            first_sentence("Such as x, e.g. y. Then"),
            "Such as x, e.g. y."
        );
        assert_eq!(
            first_sentence("If *true* it sets **count=true**, * for all"),
            "If true it sets count=true, * for all"
        );
    }
}
