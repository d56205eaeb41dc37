//! The runtime every generated crate depends on: the crate `runtime/` (`sailpoint-runtime`),
//! read from its manifest, so that a generated crate asks for the version it was generated
//! against, forwards its features and names the same versions of the crates its code calls.

/// The runtime's package name.
pub const NAME: &str = "sailpoint-runtime";

/// The crates generated code names directly (derives, request builders, streams, dates), with
/// the runtime's requirements on them.
const DIRECT: &[&str] = &["chrono", "futures-util", "reqwest", "serde", "serde_json"];

const MANIFEST: &str = include_str!("../../../../runtime/Cargo.toml");

/// Where a generated crate finds the runtime besides crates.io: a path from the crate's folder,
/// for a crate inside this workspace (or generated beside a checkout of it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuntimeSource {
    pub path: Option<String>,
}

/// The runtime's version: the `version` of its `[package]`.
pub fn version() -> &'static str {
    table("package")
        .lines()
        .find_map(|line| line.strip_prefix("version = "))
        .map(|v| v.trim_matches('"'))
        .expect("the runtime's Cargo.toml has a version")
}

/// The generated crate's `[dependencies]` table: the runtime by version (and path), without its
/// default features (the crate forwards them), and the crates generated code names directly.
pub fn dependencies(source: &RuntimeSource) -> String {
    let path = source
        .path
        .as_ref()
        .map_or(String::new(), |path| format!(", path = {path:?}"));
    let mut table = format!(
        "[dependencies]\n{NAME} = {{ version = \"{}\"{path}, default-features = false }}\n",
        version()
    );
    for line in table_entries("dependencies") {
        let name = line.split_once(" = ").map_or("", |(name, _)| name);
        if DIRECT.contains(&name) {
            table.push_str(line);
            table.push('\n');
        }
    }
    table.trim_end().to_string()
}

/// The runtime's cargo features (TLS backends): which are on by default, and each feature's name,
/// for the generated crate to forward one to one.
pub fn features() -> (Vec<&'static str>, Vec<&'static str>) {
    let mut defaults = Vec::new();
    let mut names = Vec::new();
    for line in table_entries("features") {
        let Some((name, value)) = line.split_once(" = ") else {
            continue;
        };
        if name == "default" {
            defaults.extend(
                value
                    .trim_matches(|c| c == '[' || c == ']')
                    .split(',')
                    .map(|f| f.trim().trim_matches('"')),
            );
        } else {
            names.push(name);
        }
    }
    (defaults, names)
}

/// The entries of the table `[name]` of the runtime's manifest, comments left out.
fn table_entries(name: &str) -> impl Iterator<Item = &'static str> {
    table(name)
        .lines()
        .skip(1)
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
}

/// The table `[name]` of the runtime's manifest, its header and entries as written.
fn table(name: &str) -> &'static str {
    let header = format!("[{name}]\n");
    let start = if MANIFEST.starts_with(&header) {
        0
    } else {
        MANIFEST
            .find(&format!("\n{header}"))
            .map(|i| i + 1)
            .unwrap_or_else(|| panic!("the runtime's Cargo.toml has [{name}]"))
    };
    let table = &MANIFEST[start..];
    let end = table[1..].find("\n[").map_or(table.len(), |i| i + 2);
    table[..end].trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_is_the_runtime_package_version() {
        let version = version();
        assert!(
            version.split('.').count() == 3 && version.split('.').all(|n| n.parse::<u32>().is_ok()),
            "{version}"
        );
    }

    #[test]
    fn the_dependencies_are_the_runtime_and_the_direct_ones() {
        let table = dependencies(&RuntimeSource {
            path: Some("../../runtime".into()),
        });
        assert!(table.starts_with("[dependencies]\nsailpoint-runtime = { version = \""));
        assert!(table.contains("path = \"../../runtime\", default-features = false }"));
        for name in DIRECT {
            assert!(table.contains(&format!("\n{name} = ")), "{name} in {table}");
        }
        assert!(!table.contains("tokio"), "{table}");
        assert!(!table.contains("[dev-dependencies]"), "{table}");
        let published = dependencies(&RuntimeSource::default());
        assert!(!published.contains("path"), "{published}");
    }

    #[test]
    fn the_features_are_split_into_defaults_and_names() {
        let (defaults, names) = features();
        assert_eq!(defaults, ["rustls"]);
        assert_eq!(names, ["rustls", "native-tls"]);
    }
}
