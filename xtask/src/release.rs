//! `cargo xtask release --check [--crate NAME]`: the gates a release of a generated crate must
//! pass, in the order that fails cheapest first. Publishing itself is `cargo publish -p NAME`,
//! which the release workflow runs once these pass (after the runtime's, where crates.io lacks
//! its version).

use std::path::Path;

use integration_tests::family::{BETA, Member};
use integration_tests::{CHANGELOG, spec_pin};

/// The runtime every crate depends on, packaged and verified with it: cargo resolves the crate's
/// dependency on the runtime's version against the runtime packaged beside it, so the gates
/// pass before that version is on crates.io.
const RUNTIME: &str = "sailpoint-runtime";
/// crates.io refuses a `.crate` file larger than this.
const CRATES_IO_LIMIT: u64 = 10 * 1024 * 1024;

pub struct Request<'a> {
    /// The crate the gates are for.
    pub member: Member,
    pub spec: &'a Path,
    /// The git tag being released (`v0.4.1`): it must name the crate's version.
    pub tag: Option<&'a str>,
    /// Package uncommitted files too, to try the gates before committing.
    pub allow_dirty: bool,
}

pub fn check(root: &Path, request: &Request) -> Result<(), String> {
    let member = request.member;
    let package = member.name;
    let pin = spec_pin::read(root, member)?;
    gate(
        "generated/ is what the spec and the generator produce",
        || {
            crate::codegen::run(
                root,
                request.spec,
                true,
                crate::codegen::Target::Members(vec![member]),
            )
        },
    )?;
    gate(
        "the changelog has the version's section, from the pinned commit",
        || changelog_agrees(root, member, &pin),
    )?;
    if let Some(tag) = request.tag {
        gate("the tag names the crate's version", || {
            tag_agrees(tag, member, &pin.crate_version)
        })?;
    }
    let dirty = request.allow_dirty.then_some("--allow-dirty");
    gate("cargo package, with its verify build", || {
        let mut args = vec!["package", "-p", RUNTIME, "-p", package];
        args.extend(dirty);
        crate::test::cargo(root, request.spec, &args, None)
    })?;
    gate("the packaged crate fits crates.io", || {
        packaged_size(root, package, &pin.crate_version)
    })?;
    // The verify build has just run; a second one would build the same files again.
    gate("cargo publish --dry-run", || {
        let mut args = vec![
            "publish",
            "--dry-run",
            "--no-verify",
            "-p",
            RUNTIME,
            "-p",
            package,
        ];
        args.extend(dirty);
        crate::test::cargo(root, request.spec, &args, None)
    })?;
    println!("{package} {} is ready to publish", pin.crate_version);
    Ok(())
}

/// Runs one gate, saying which it is and whether it passed; a failure names the gate.
fn gate(name: &str, run: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
    println!("release gate: {name}");
    run().map_err(|error| format!("release gate \"{name}\" failed: {error}"))?;
    println!("release gate: {name}: ok");
    Ok(())
}

/// The changelog's newest section is the pinned version's, and names the pinned commit.
fn changelog_agrees(root: &Path, member: Member, pin: &spec_pin::Pin) -> Result<(), String> {
    let path = member.folder(root).join(CHANGELOG);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    newest_section_agrees(&text, &pin.crate_version, &pin.commit)
        .map_err(|problem| format!("{}: {problem}", path.display()))
}

fn newest_section_agrees(changelog: &str, version: &str, commit: &str) -> Result<(), String> {
    let newest = crate::changelog::newest_version(changelog)
        .ok_or("no release section (`## [VERSION] - DATE`)")?;
    if newest != version {
        return Err(format!(
            "the newest section is {newest}, but the pin's crate_version is {version}"
        ));
    }
    let section = crate::changelog::section_of(changelog, version).unwrap_or_default();
    let short = &commit[..commit.len().min(8)];
    if !section.contains(short) {
        return Err(format!(
            "the section of {version} does not name the pinned commit {short}"
        ));
    }
    Ok(())
}

/// The tag is `<crate>-v<version>`; for the beta crate `v<version>` too, as before the family.
fn tag_agrees(tag: &str, member: Member, version: &str) -> Result<(), String> {
    let named = tag
        .strip_prefix(member.name)
        .and_then(|rest| rest.strip_prefix("-v"));
    let bare = (member == BETA).then(|| tag.strip_prefix('v')).flatten();
    if named == Some(version) || bare == Some(version) {
        Ok(())
    } else {
        Err(format!(
            "the tag is {tag}, {} is at {version} (tag {}-v{version})",
            member.name, member.name
        ))
    }
}

/// Reports the `.crate` file's size, and fails if crates.io would refuse it.
fn packaged_size(root: &Path, package: &str, version: &str) -> Result<(), String> {
    let path = crate::target_dir(root)
        .join("package")
        .join(format!("{package}-{version}.crate"));
    let size = std::fs::metadata(&path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .len();
    println!(
        "{}: {} KiB (crates.io takes up to {} KiB)",
        path.display(),
        size / 1024,
        CRATES_IO_LIMIT / 1024
    );
    if size > CRATES_IO_LIMIT {
        return Err(format!("{} is larger than crates.io takes", path.display()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use integration_tests::family::VERSIONED;

    const COMMIT: &str = "81ef79d05e43806f9083f42015a2a359bbd76e1f";

    fn changelog(version: &str, commit: &str) -> String {
        format!(
            "# Changelog\n\nIntro.\n\n## [{version}] - 2026-08-22\n\nGenerated from upstream \
             commit [{}](https://github.com/o/r/commit/{commit}).\n\n## [0.1.0] - 2026-01-01\n\n\
             Generated from upstream commit `17fc25b9`: the first release.\n",
            &commit[..8]
        )
    }

    #[test]
    fn the_newest_section_must_be_the_pinned_version_from_the_pinned_commit() {
        assert_eq!(
            newest_section_agrees(&changelog("0.2.0", COMMIT), "0.2.0", COMMIT),
            Ok(())
        );
        let behind = newest_section_agrees(&changelog("0.2.0", COMMIT), "0.3.0", COMMIT);
        assert!(behind.unwrap_err().contains("newest section is 0.2.0"));
        let other = "17fc25b9c5edf780a2c643ae436976bd5bb2ad9f";
        let wrong_commit = newest_section_agrees(&changelog("0.2.0", other), "0.2.0", COMMIT);
        assert!(wrong_commit.unwrap_err().contains("81ef79d0"));
        let empty = newest_section_agrees("# Changelog\n", "0.1.0", COMMIT);
        assert!(empty.unwrap_err().contains("no release section"));
    }

    #[test]
    fn the_tag_must_name_the_version() {
        assert_eq!(tag_agrees("v0.4.1", BETA, "0.4.1"), Ok(()));
        assert_eq!(tag_agrees("sailpoint-beta-v0.4.1", BETA, "0.4.1"), Ok(()));
        assert_eq!(tag_agrees("sailpoint-v0.2.0", VERSIONED, "0.2.0"), Ok(()));
        assert!(tag_agrees("v0.2.0", VERSIONED, "0.2.0").is_err());
        assert!(tag_agrees("sailpoint-v0.4.1", BETA, "0.4.1").is_err());
        assert!(tag_agrees("0.4.1", BETA, "0.4.1").is_err());
        assert!(
            tag_agrees("v0.4.2", BETA, "0.4.1")
                .unwrap_err()
                .contains("tag sailpoint-beta-v0.4.1")
        );
    }

    /// The checked-in changelogs pass the gate the release workflow runs.
    #[test]
    fn the_checked_in_changelogs_agree_with_the_pins() {
        let root = crate::project_root();
        for member in integration_tests::family::MEMBERS {
            changelog_agrees(&root, member, &spec_pin::read(&root, member).unwrap()).unwrap();
        }
    }
}
