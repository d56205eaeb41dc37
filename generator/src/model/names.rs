//! Identifiers: spec names turned into Rust names that compile and read well.

use std::collections::HashSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Keywords that can be written raw (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if",
    "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static",
    "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn",
    "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized",
    "virtual", "yield", "try", "gen",
];

/// Keywords that cannot be raw identifiers.
const NON_RAW_KEYWORDS: &[&str] = &["self", "Self", "super", "crate", "_"];

/// A snake_case identifier for a field, method or argument.
pub fn snake_ident(name: &str) -> String {
    let snake = words(name).to_snake_case();
    let snake = if snake.is_empty() {
        "value".to_string()
    } else {
        snake
    };
    let snake = if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{snake}")
    } else {
        snake
    };
    escape_keyword(snake)
}

/// An UpperCamelCase identifier for a type or variant.
pub fn camel_ident(name: &str) -> String {
    let camel = words(name).to_upper_camel_case();
    let camel = if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{camel}")
    } else {
        camel
    };
    escape_keyword(camel)
}

fn escape_keyword(ident: String) -> String {
    if NON_RAW_KEYWORDS.contains(&ident.as_str()) {
        format!("{ident}_")
    } else if RAW_KEYWORDS.contains(&ident.as_str()) {
        format!("r#{ident}")
    } else {
        ident
    }
}

/// The identifier without a leading `r#`, for building other names from it.
pub fn bare(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// Keeps only what can become part of an identifier; heck splits words on the rest.
fn words(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// Hands out names unique within one scope, appending a number on a clash.
#[derive(Debug, Default)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    pub fn with_reserved(names: &[&str]) -> Self {
        Scope {
            taken: names.iter().map(|n| n.to_lowercase()).collect(),
        }
    }

    /// `wanted` if free (compared case-insensitively), else `wanted2`, `wanted3`, ...
    pub fn claim(&mut self, wanted: &str) -> String {
        if self.taken.insert(bare(wanted).to_lowercase()) {
            return wanted.to_string();
        }
        let base = bare(wanted);
        let separator = if base.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        (2..)
            .map(|n| format!("{base}{separator}{n}"))
            .find(|candidate| self.taken.insert(candidate.to_lowercase()))
            .expect("an unused number exists")
    }

    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(&bare(name).to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_and_odd_names_become_identifiers() {
        assert_eq!(snake_ident("type"), "r#type");
        assert_eq!(snake_ident("self"), "self_");
        assert_eq!(snake_ident("identity-profile-id"), "identity_profile_id");
        assert_eq!(snake_ident("listIdentities"), "list_identities");
        assert_eq!(snake_ident("move"), "r#move");
        assert_eq!(camel_ident("IN PROGRESS"), "InProgress");
        assert_eq!(
            camel_ident("change-password:enter-password"),
            "ChangePasswordEnterPassword"
        );
        assert_eq!(camel_ident("zh-TW"), "ZhTw");
        assert_eq!(camel_ident("2fa"), "N2fa");
        assert_eq!(camel_ident("Self"), "Self_");
    }

    #[test]
    fn scopes_number_clashes_case_insensitively() {
        let mut scope = Scope::default();
        assert_eq!(scope.claim("Selector"), "Selector");
        assert_eq!(scope.claim("selector"), "selector2");
        assert_eq!(scope.claim("V2"), "V2");
        assert_eq!(scope.claim("V2"), "V2_2");
    }
}
