//! Strings for a `pattern`: whether one matches, and a short one that does, for sample values
//! a validator accepts. The spec's patterns are ECMA-262 regexes; the ones it uses are within
//! what the `regex` crate reads. A pattern it cannot read is treated as matching anything.

use std::cell::RefCell;
use std::collections::HashMap;

use regex_syntax::hir::{Class, Hir, HirKind};

thread_local! {
    /// Compiled patterns: the spec repeats a few patterns on many fields, and compiling one
    /// costs far more than matching it.
    static COMPILED: RefCell<HashMap<String, Option<regex::Regex>>> = RefCell::new(HashMap::new());
}

/// Whether `text` matches `pattern` (searched for, as JSON Schema does, not anchored).
pub fn matches(pattern: &str, text: &str) -> bool {
    COMPILED.with_borrow_mut(|compiled| {
        let regex = compiled
            .entry(pattern.to_string())
            .or_insert_with(|| regex::Regex::new(pattern).ok());
        regex.as_ref().is_none_or(|regex| regex.is_match(text))
    })
}

/// A short string that matches `pattern`, when it can be read.
pub fn string_matching(pattern: &str) -> Option<String> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let mut text = String::new();
    write_shortest(&hir, &mut text);
    matches(pattern, &text).then_some(text)
}

/// Appends the shortest string `hir` matches, taking the first way where there is a choice.
fn write_shortest(hir: &Hir, text: &mut String) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(literal) => text.push_str(&String::from_utf8_lossy(&literal.0)),
        HirKind::Class(Class::Unicode(class)) => {
            text.extend(class.ranges().first().map(|r| r.start()))
        }
        HirKind::Class(Class::Bytes(class)) => {
            text.extend(class.ranges().first().map(|r| char::from(r.start())))
        }
        HirKind::Repetition(repetition) => {
            for _ in 0..repetition.min {
                write_shortest(&repetition.sub, text);
            }
        }
        HirKind::Capture(capture) => write_shortest(&capture.sub, text),
        HirKind::Concat(parts) => parts.iter().for_each(|part| write_shortest(part, text)),
        HirKind::Alternation(choices) => choices
            .iter()
            .take(1)
            .for_each(|choice| write_shortest(choice, text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shortest_match_is_made() {
        assert_eq!(string_matching(r"^\{\}$").as_deref(), Some("{}"));
        assert_eq!(string_matching(r"^[a-z]{3}-\d+$").as_deref(), Some("aaa-0"));
        assert_eq!(string_matching(r"^(foo|bar)$").as_deref(), Some("foo"));
        assert!(matches(r"^\{\}$", "{}"));
        assert!(!matches(r"^\{\}$", r#"{"a": 1}"#));
        assert!(matches("(unreadable", "anything"));
    }
}
