//! `generated/sailpoint-beta/CHANGELOG.md`: a section per release, newest first, in Keep a Changelog's style,
//! each saying what the spec change means for the crate's users.

/// What one release is made from.
pub struct Release<'a> {
    pub version: &'a str,
    /// The upstream commit's date, `YYYY-MM-DD`.
    pub date: &'a str,
    pub repository: &'a str,
    pub commit: &'a str,
    /// The commit released before, if any.
    pub previous_commit: Option<&'a str>,
    /// The API diff's Markdown (`### …` sections); empty for the first release.
    pub changes: &'a str,
}

const HEADER: &str = "# Changelog\n\n\
Every release of this crate follows a change of SailPoint's spec. Each section says what the\n\
change means for code using the crate; ⚠ marks what breaks it. Versions follow semver as cargo\n\
reads it: in 0.x, a breaking change moves the minor number.\n\n";

/// `changelog` (the file as it is, or `None` when there is none yet) with `release`'s section
/// first; the file ends with one newline.
pub fn prepend(changelog: Option<&str>, release: &Release) -> String {
    let earlier = changelog
        .and_then(|text| text.find("\n## ").map(|at| &text[at + 1..]))
        .unwrap_or_default();
    let text = format!("{HEADER}{}{earlier}", section(release));
    format!("{}\n", text.trim_end())
}

/// The section of `version`, from its heading line to the next section.
pub fn section_of<'a>(changelog: &'a str, version: &str) -> Option<&'a str> {
    let heading = format!("## [{version}]");
    let start = changelog.find(&heading)?;
    let body = &changelog[start..];
    let end = body[heading.len()..]
        .find("\n## ")
        .map_or(body.len(), |at| at + heading.len() + 1);
    Some(&body[..end])
}

/// The version of the newest section: the first `## [VERSION] - DATE` heading.
pub fn newest_version(changelog: &str) -> Option<&str> {
    changelog
        .lines()
        .find_map(|line| line.strip_prefix("## ["))
        .and_then(|rest| rest.split_once(']'))
        .map(|(version, _)| version)
}

/// `cargo xtask changelog [--crate NAME] [--version V]`: prints a release's section of a
/// checked-in crate's changelog (the newest by default), the notes of a pull request or a
/// release.
pub fn print_section(
    root: &std::path::Path,
    member: integration_tests::family::Member,
    version: Option<&str>,
) -> Result<(), String> {
    let path = member.folder(root).join(integration_tests::CHANGELOG);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let version = version
        .or_else(|| newest_version(&text))
        .ok_or_else(|| format!("{}: no release section", path.display()))?;
    let section = section_of(&text, version)
        .ok_or_else(|| format!("{}: no section for {version}", path.display()))?;
    println!("{}", section.trim_end());
    Ok(())
}

fn section(release: &Release) -> String {
    let commit = link(
        release.repository,
        "commit",
        release.commit,
        short(release.commit),
    );
    let source = match release.previous_commit {
        Some(previous) => {
            let range = format!("{}...{}", previous, release.commit);
            let compare = link(
                release.repository,
                "compare",
                &range,
                "changes since the previous release",
            );
            format!("Generated from upstream commit {commit} ({compare}).")
        }
        None => format!("Generated from upstream commit {commit}: the first release."),
    };
    let changes = if release.changes.is_empty() && release.previous_commit.is_some() {
        "No change to the crate's API.\n\n"
    } else {
        release.changes
    };
    format!(
        "## [{}] - {}\n\n{source}\n\n{changes}",
        release.version, release.date
    )
}

fn short(commit: &str) -> &str {
    &commit[..commit.len().min(8)]
}

/// `[text](repository/kind/target)` on GitHub; elsewhere the bare text (`target` for a commit).
fn link(repository: &str, kind: &str, target: &str, text: &str) -> String {
    match repository.strip_suffix(".git").unwrap_or(repository) {
        web if web.starts_with("https://github.com/") => format!("[{text}]({web}/{kind}/{target})"),
        _ if kind == "commit" => format!("`{text}`"),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn release<'a>(version: &'a str, previous: Option<&'a str>, changes: &'a str) -> Release<'a> {
        Release {
            version,
            date: "2026-03-20",
            repository: "https://github.com/sailpoint-oss/api-specs",
            commit: "18b9cbd3ddeceb20e4569cf3d01e97e4620ee7ca",
            previous_commit: previous,
            changes,
        }
    }

    #[test]
    fn a_section_links_the_commit_and_the_comparison() {
        let text = prepend(None, &release("0.1.0", None, ""));
        assert!(text.starts_with("# Changelog\n\n"));
        assert!(text.ends_with(
            "## [0.1.0] - 2026-03-20\n\nGenerated from upstream commit \
             [18b9cbd3](https://github.com/sailpoint-oss/api-specs/commit/18b9cbd3ddeceb20e4569cf3d01e97e4620ee7ca): the first release.\n"
        ));
        let next = prepend(
            Some(&text),
            &release("0.2.0", Some("d242a0f6"), "### Added\n\n- x\n\n"),
        );
        let newest = section_of(&next, "0.2.0").unwrap();
        assert!(newest.contains("([changes since the previous release](https://github.com/sailpoint-oss/api-specs/compare/d242a0f6...18b9cbd3ddeceb20e4569cf3d01e97e4620ee7ca))"), "{newest}");
        assert!(newest.ends_with("### Added\n\n- x\n\n"));
        // The older section follows, once.
        assert_eq!(next.matches("## [0.1.0]").count(), 1);
        assert!(next.find("## [0.2.0]") < next.find("## [0.1.0]"));
        assert_eq!(newest_version(&next), Some("0.2.0"));
        assert_eq!(
            section_of(&next, "0.1.0").unwrap(),
            section_of(&text, "0.1.0").unwrap()
        );
    }

    #[test]
    fn a_local_repository_gets_no_links() {
        let mut local = release("0.1.1", Some("d242a0f6"), "");
        local.repository = "../shared/spec-history/api-specs.git";
        let text = prepend(None, &local);
        assert!(text.contains("Generated from upstream commit `18b9cbd3` (changes since the previous release).\n\nNo change to the crate's API.\n"), "{text}");
    }
}
