//! Rendered Rust goes through `syn` and `prettyplease`: the output is valid and canonically
//! formatted, and text that does not parse is a generator bug, reported with its item.

use crate::error::{Error, Result};
use crate::parallel::in_parallel;
use crate::render::GeneratedFile;

/// A Rust file to render and format: the item it renders (for errors), its path, and how its
/// unformatted text is rendered.
pub struct Job<'a> {
    pub item: String,
    pub path: String,
    pub render: Box<dyn Fn() -> Result<String> + Sync + 'a>,
}

/// Renders and formats every file, in parallel ([`in_parallel`]), in input order. A file is
/// rendered on the thread that formats it, so no thread waits for all of them to be rendered.
pub fn render_all(jobs: Vec<Job<'_>>) -> Result<Vec<GeneratedFile>> {
    in_parallel(&jobs, |job| {
        Ok(GeneratedFile {
            path: job.path.clone(),
            contents: format_rust(&job.item, &(job.render)()?)?,
        })
    })
}

pub fn format_rust(item: &str, source: &str) -> Result<String> {
    let file = syn::parse_file(source).map_err(|error| {
        let line = error.span().start().line;
        let excerpt = source
            .lines()
            .enumerate()
            .skip(line.saturating_sub(3))
            .take(5)
            .map(|(i, text)| format!("{:>5} | {text}", i + 1))
            .collect::<Vec<_>>()
            .join("\n");
        Error::RenderedRust {
            item: item.to_string(),
            message: format!("line {line}: {error}"),
            excerpt,
        }
    })?;
    Ok(space_items(&prettyplease::unparse(&file)))
}

/// Starts of lines that begin an item (or a member of an `impl`).
const ITEM_STARTS: &[&str] = &[
    "///",
    "#[",
    "pub ",
    "pub(crate) ",
    "fn ",
    "async fn ",
    "impl",
    "mod ",
    "use ",
    "const ",
    "struct ",
    "enum ",
    "type ",
    "crate::",
    "macro_rules!",
];

/// prettyplease prints items back to back; a blank line between them is how people write Rust.
fn space_items(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + source.len() / 16);
    let mut previous: Option<&str> = None;
    for line in source.lines() {
        if previous.is_some_and(|before| starts_item(before, line)) {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

fn starts_item(before: &str, line: &str) -> bool {
    let (before, trimmed) = (before.trim(), line.trim_start());
    if before.starts_with("//!") || before.starts_with("#![") {
        return !trimmed.starts_with("//!") && !trimmed.starts_with("#![");
    }
    let indent = line.len() - trimmed.len();
    let after_item = (before.ends_with('}') || before.ends_with(';'))
        && !before.starts_with("//")
        && !before.starts_with("#[");
    let same_group = (before.starts_with("use ") && trimmed.starts_with("use "))
        || before.starts_with("mod ")
        || before.starts_with("pub mod ");
    after_item
        && !same_group
        && indent <= 4
        && ITEM_STARTS.iter().any(|start| trimmed.starts_with(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_rust_is_reported_with_the_item_and_line() {
        let error = format_rust("models::Broken", "pub struct Broken {\n    a: ,\n}\n")
            .unwrap_err()
            .to_string();
        assert!(error.contains("models::Broken"), "{error}");
        assert!(error.contains("line 2"), "{error}");
        assert!(error.contains("a: ,"), "{error}");
    }

    #[test]
    fn valid_rust_is_formatted() {
        assert_eq!(
            format_rust("x", "pub  fn   f( ) { }").unwrap(),
            "pub fn f() {}\n"
        );
    }

    #[test]
    fn items_are_separated_by_blank_lines() {
        let source = "//! Doc.\nuse a::b;\nuse c::d;\n/// S.\npub struct S { pub a: i32, }\nimpl S { fn f() {} fn g() {} }\n";
        let expected = "//! Doc.\n\nuse a::b;\nuse c::d;\n\n/// S.\npub struct S {\n    pub a: i32,\n}\n\nimpl S {\n    fn f() {}\n\n    fn g() {}\n}\n";
        assert_eq!(format_rust("x", source).unwrap(), expected);
    }
}
