//! Reading spec Markdown, for both of its renderings (rustdoc and MDX) and the link checker:
//! HTML entities, code spans and code fences.

/// Each character of a line of prose, and whether it is the content of a code span (the
/// backticks around one are not). A backtick with no partner left is a plain character.
pub fn code_span_content(line: &str) -> impl Iterator<Item = (char, bool)> + '_ {
    let ticks = line.matches('`').count();
    let mut seen = 0;
    let mut in_code = false;
    line.chars().map(move |c| {
        if c != '`' {
            return (c, in_code);
        }
        seen += 1;
        if in_code || seen < ticks || ticks.is_multiple_of(2) {
            in_code = !in_code;
        }
        (c, false)
    })
}

/// Decodes the HTML character references the spec uses (`&#39;`, `&lt;`, `&#x27;`, …).
pub fn decode_entities(text: &str) -> String {
    decode(text, false)
}

/// [`decode_entities`] for text read as HTML (rustdoc): the references to `<`, `>` and `&`
/// stay as they are, since they show as meant there and decoded would need escaping again.
pub fn decode_entities_but_markup(text: &str) -> String {
    decode(text, true)
}

fn decode(text: &str, keep_markup: bool) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let decoded = after
            .find(';')
            .filter(|&end| end <= 10)
            .and_then(|end| entity(&after[..end]).map(|c| (c, end)))
            .filter(|(c, _)| !(keep_markup && matches!(c, '<' | '>' | '&')));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => return None,
    })
}

/// Where a line of Markdown stands with respect to code fences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fence<'a> {
    /// Outside code.
    Prose,
    /// Opens a fence: its marker (```` ``` ````, `~~~~`, …) and its info string (the language).
    Open { marker: &'a str, info: &'a str },
    /// Code inside a fence.
    Code,
    /// Closes the fence opened by `marker`.
    Close { marker: &'a str },
}

/// The code fences of a text, followed line by line: [`Fences::line`] tells each line's place.
#[derive(Debug, Default)]
pub struct Fences<'a> {
    open: Option<&'a str>,
}

impl<'a> Fences<'a> {
    /// The place of the next line. A fence closes with a line of at least its marker (the same
    /// character) and nothing else.
    pub fn line(&mut self, line: &'a str) -> Fence<'a> {
        let trimmed = line.trim_start();
        match self.open {
            Some(marker) => {
                let closes = trimmed
                    .strip_prefix(marker)
                    .is_some_and(|rest| rest.trim_start_matches(&marker[..1]).trim().is_empty());
                if closes {
                    self.open = None;
                    Fence::Close { marker }
                } else {
                    Fence::Code
                }
            }
            None => match fence_marker(trimmed) {
                Some(marker) => {
                    self.open = Some(marker);
                    Fence::Open {
                        marker,
                        info: trimmed[marker.len()..].trim(),
                    }
                }
                None => Fence::Prose,
            },
        }
    }

    /// The marker of the fence still open after the last line: the line that closes it.
    pub fn unclosed(&self) -> Option<&'a str> {
        self.open
    }
}

/// The opening of a code fence (```` ``` ```` or `~~~`, three or more) at the start of `line`.
pub fn fence_marker(line: &str) -> Option<&str> {
    let first = line.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let marker = &line[..line.len() - line.trim_start_matches(first).len()];
    (marker.len() >= 3).then_some(marker)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            decode_entities("doesn&#39;t &amp; &lt;id&gt; &#x27;x&#x27; &quot;q&quot;"),
            "doesn't & <id> 'x' \"q\""
        );
        assert_eq!(
            decode_entities("a & b &unknown; &#39"),
            "a & b &unknown; &#39"
        );
        assert_eq!(
            decode_entities_but_markup("it&#39;s &lt;id&gt; &amp; &#60;"),
            "it's &lt;id&gt; &amp; &#60;"
        );
    }

    #[test]
    fn fences_open_and_close() {
        let mut fences = Fences::default();
        let places: Vec<Fence> = ["a", " ```json ", "x", "```json", "````  ", "~~~", "b"]
            .into_iter()
            .map(|line| fences.line(line))
            .collect();
        assert_eq!(
            places,
            [
                Fence::Prose,
                Fence::Open {
                    marker: "```",
                    info: "json"
                },
                Fence::Code,
                Fence::Code,
                Fence::Close { marker: "```" },
                Fence::Open {
                    marker: "~~~",
                    info: ""
                },
                Fence::Code,
            ]
        );
        assert_eq!(fences.unclosed(), Some("~~~"));
        assert_eq!(fence_marker("``x"), None);
    }
}
