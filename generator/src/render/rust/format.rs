//! Rendered Rust goes through `syn` and `prettyplease`: the output is valid and canonically
//! formatted, and text that does not parse is a generator bug, reported with its item.

use crate::error::{Error, Result};

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
        Error::RenderedRust { item: item.to_string(), message: format!("line {line}: {error}"), excerpt }
    })?;
    Ok(prettyplease::unparse(&file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_rust_is_reported_with_the_item_and_line() {
        let error = format_rust("models::Broken", "pub struct Broken {\n    a: ,\n}\n").unwrap_err().to_string();
        assert!(error.contains("models::Broken"), "{error}");
        assert!(error.contains("line 2"), "{error}");
        assert!(error.contains("a: ,"), "{error}");
    }

    #[test]
    fn valid_rust_is_formatted() {
        assert_eq!(format_rust("x", "pub  fn   f( ) { }").unwrap(), "pub fn f() {}\n");
    }
}
