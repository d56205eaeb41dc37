//! The crate's next version, from the worst change a spec update makes (semver; in 0.x the
//! minor number plays the major's part, as cargo reads it).

use sailpoint_codegen::diff::Impact;

/// `version` bumped for a change of `impact`: breaking → 0.(y+1).0 (or (x+1).0.0 from 1.0);
/// additive or docs → 0.y.(z+1) (additive from 1.0: x.(y+1).0).
pub fn bump(version: &str, impact: Impact) -> Result<String, String> {
    let parts: Vec<u64> = version
        .split('.')
        .map(str::parse)
        .collect::<Result<_, _>>()
        .map_err(|_| format!("crate_version `{version}` is not MAJOR.MINOR.PATCH"))?;
    let [major, minor, patch] = parts[..] else {
        return Err(format!(
            "crate_version `{version}` is not MAJOR.MINOR.PATCH"
        ));
    };
    Ok(match (major, impact) {
        (0, Impact::Breaking) => format!("0.{}.0", minor + 1),
        (0, _) | (_, Impact::Docs) => format!("{major}.{minor}.{}", patch + 1),
        (_, Impact::Breaking) => format!("{}.0.0", major + 1),
        (_, Impact::Additive) => format!("{major}.{}.0", minor + 1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaking_changes_move_the_leftmost_nonzero_number() {
        assert_eq!(bump("0.4.2", Impact::Breaking).unwrap(), "0.5.0");
        assert_eq!(bump("1.4.2", Impact::Breaking).unwrap(), "2.0.0");
    }

    #[test]
    fn other_changes_are_patches_in_0x() {
        assert_eq!(bump("0.4.2", Impact::Additive).unwrap(), "0.4.3");
        assert_eq!(bump("0.4.2", Impact::Docs).unwrap(), "0.4.3");
        assert_eq!(bump("1.4.2", Impact::Additive).unwrap(), "1.5.0");
        assert_eq!(bump("1.4.2", Impact::Docs).unwrap(), "1.4.3");
    }

    #[test]
    fn a_version_that_is_not_semver_is_an_error() {
        assert!(bump("0.4", Impact::Docs).unwrap_err().contains("`0.4`"));
        assert!(bump("0.x.1", Impact::Docs).is_err());
    }
}
