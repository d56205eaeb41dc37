//! `$ref` strings: where they point, relative to the file they stand in.

use crate::location::Location;

/// The place `reference`, as written in `base_file`, points to. Supports `#/pointer`, `file`
/// and `file#/pointer`; remote URLs are refused with a reason.
pub fn resolve(reference: &str, base_file: &str) -> Result<Location, String> {
    if reference.contains("://") {
        return Err("remote references are not supported; the spec tree must be local".into());
    }
    let (path, fragment) = match reference.split_once('#') {
        Some((path, fragment)) => (path, fragment),
        None => (reference, ""),
    };
    if !fragment.is_empty() && !fragment.starts_with('/') {
        return Err(format!("the fragment `#{fragment}` is not a JSON pointer"));
    }
    let file = if path.is_empty() {
        base_file.to_string()
    } else {
        join(base_file, path)?
    };
    Ok(Location::new(file, fragment))
}

/// Joins `relative` to the folder of `base_file` and normalises `.` and `..` lexically.
fn join(base_file: &str, relative: &str) -> Result<String, String> {
    let mut parts: Vec<&str> = base_file.split('/').collect();
    parts.pop();
    for segment in relative.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err("the path leaves the spec's root folder".into());
                }
            }
            other => parts.push(other),
        }
    }
    Ok(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_files_resolve_against_the_referring_file() {
        let target = resolve(
            "../../v3/schemas/access/AccessProfile.yaml",
            "beta/paths/x.yaml",
        )
        .unwrap();
        assert_eq!(target.file, "v3/schemas/access/AccessProfile.yaml");
        assert_eq!(target.pointer, "");
        let target = resolve("./beta/schemas/A.yaml#/properties/b", "root.yaml").unwrap();
        assert_eq!(
            (target.file.as_str(), target.pointer.as_str()),
            ("beta/schemas/A.yaml", "/properties/b")
        );
    }

    #[test]
    fn internal_refs_stay_in_the_same_file() {
        let target = resolve("#/components/schemas/A", "dir/f.yaml").unwrap();
        assert_eq!(
            (target.file.as_str(), target.pointer.as_str()),
            ("dir/f.yaml", "/components/schemas/A")
        );
    }

    #[test]
    fn escaping_the_root_and_remote_refs_are_refused() {
        assert!(resolve("../x.yaml", "root.yaml").is_err());
        assert!(resolve("https://example.com/x.yaml", "root.yaml").is_err());
        assert!(resolve("x.yaml#name", "root.yaml").is_err());
    }
}
