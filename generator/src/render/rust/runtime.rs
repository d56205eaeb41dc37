//! The runtime every crate holds: the crate `templates/runtime`, whose modules are copied
//! verbatim (comments and formatting intact) and whose dependencies become the crate's.

use crate::render::GeneratedFile;

/// One module of the runtime.
pub struct RuntimeModule {
    pub name: &'static str,
    source: &'static str,
    /// Called by generated code and not part of the crate's API: declared public but hidden, so
    /// that an API which calls some of its helpers does not leave the rest dead.
    pub helpers: bool,
}

macro_rules! module {
    ($name:literal, helpers: $helpers:literal) => {
        RuntimeModule {
            name: $name,
            source: include_str!(concat!("../../../../templates/runtime/src/", $name, ".rs")),
            helpers: $helpers,
        }
    };
}

/// Every module of `templates/runtime/src` but its stand-ins (`lib.rs`, `spec.rs`, `apis.rs`).
pub const MODULES: &[RuntimeModule] = &[
    module!("auth", helpers: false),
    module!("client", helpers: false),
    module!("config", helpers: false),
    module!("datetime", helpers: true),
    module!("error", helpers: false),
    module!("json_path", helpers: false),
    module!("lenient", helpers: true),
    module!("object", helpers: true),
    module!("pagination", helpers: true),
    module!("rate_limit", helpers: false),
    module!("raw", helpers: false),
    module!("request", helpers: true),
    module!("response", helpers: false),
    module!("retry", helpers: false),
    module!("string_enum", helpers: true),
    module!("transport", helpers: false),
    module!("union", helpers: true),
];

const MANIFEST: &str = include_str!("../../../../templates/runtime/Cargo.toml");

/// The runtime's source files, at their place in a crate.
pub fn files() -> impl Iterator<Item = GeneratedFile> {
    MODULES.iter().map(|module| GeneratedFile {
        path: format!("src/{}.rs", module.name),
        contents: module.source.to_string(),
    })
}

/// The runtime's `[dependencies]` table, its header and entries as written.
pub fn dependencies() -> &'static str {
    table("dependencies")
}

/// The runtime's cargo features (TLS backends): which are on by default, and the entries of its
/// `[features]` table but `default`, as written.
pub fn features() -> (Vec<&'static str>, String) {
    let table = table("features");
    let mut defaults = Vec::new();
    let mut entries = Vec::new();
    for line in table.lines().skip(1) {
        match line.strip_prefix("default = ") {
            Some(list) => defaults.extend(
                list.trim_matches(|c| c == '[' || c == ']')
                    .split(',')
                    .map(|f| f.trim().trim_matches('"')),
            ),
            None => entries.push(line),
        }
    }
    (defaults, entries.join("\n"))
}

/// The table `[name]` of the runtime's manifest, its header and entries as written.
fn table(name: &str) -> &'static str {
    let header = format!("\n[{name}]\n");
    let start = MANIFEST
        .find(&header)
        .unwrap_or_else(|| panic!("the runtime's Cargo.toml has [{name}]"));
    let table = &MANIFEST[start + 1..];
    let end = table[1..].find("\n[").map_or(table.len(), |i| i + 2);
    table[..end].trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runtime crate's own `lib.rs` declares the modules generated crates get, alike.
    #[test]
    fn the_runtime_crate_declares_the_copied_modules() {
        let lib = include_str!("../../../../templates/runtime/src/lib.rs");
        let mut declared: Vec<(String, bool)> = Vec::new();
        let mut hidden = false;
        for line in lib.lines().map(str::trim) {
            if line == "#[doc(hidden)]" {
                hidden = true;
            } else if let Some(name) = line
                .strip_prefix("pub mod ")
                .or(line.strip_prefix("mod "))
                .and_then(|n| n.strip_suffix(';'))
            {
                declared.push((name.to_string(), hidden));
                hidden = false;
            }
        }
        declared.retain(|(name, _)| name != "spec" && name != "apis");
        declared.sort();
        let copied: Vec<(String, bool)> = MODULES
            .iter()
            .map(|m| (m.name.to_string(), m.helpers))
            .collect();
        assert_eq!(declared, copied);
    }

    #[test]
    fn the_dependencies_are_the_whole_table() {
        let table = dependencies();
        assert!(table.starts_with("[dependencies]\n"));
        assert!(table.contains("reqwest = "));
        assert!(!table.contains("[dev-dependencies]"), "{table}");
    }

    #[test]
    fn the_features_are_split_into_defaults_and_entries() {
        let (defaults, entries) = features();
        assert_eq!(defaults, ["rustls"]);
        assert!(entries.contains("native-tls = "), "{entries}");
        assert!(!entries.contains("default"), "{entries}");
    }
}
