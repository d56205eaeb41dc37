//! `cargo xtask spec-update [--repository URL|PATH] [--commit SHA | --ref NAME]`: moves the
//! project to another upstream commit, each crate of the family on its own. Where the tree a
//! crate reads is its pinned one, nothing of it changes. Otherwise its pin, its folder under
//! generated/ (with its version bumped by its API diff's worst change) and its CHANGELOG.md move
//! together; on any failure before the writes, nothing changes.

use std::path::{Path, PathBuf};

use sailpoint_codegen::{CrateOptions, RuntimeSource, SpecOrigin, diff};

use crate::changelog::{self, Release};
use crate::spec_source::{self, SpecTree};
use crate::version;
use integration_tests::family::{MEMBERS, Member};
use integration_tests::spec_pin::{self, Pin};

pub struct Request {
    /// The repository to fetch from; the pin's when not given.
    pub repository: Option<String>,
    /// A commit SHA or a ref; the repository's `HEAD` when not given.
    pub revision: Option<String>,
    /// The pinned tree, when it is already on disk (`--spec`); fetched otherwise.
    pub pinned_spec: Option<PathBuf>,
}

/// What an update did, for its callers and tests.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    Unchanged {
        commit: String,
    },
    Updated {
        version: String,
        commit: String,
        section: String,
    },
}

pub fn run(root: &Path, request: Request) -> Result<(), String> {
    for (member, outcome) in update(root, request)? {
        match outcome {
            Outcome::Unchanged { commit } => {
                println!(
                    "{}: no API change: {commit} has the pinned tree; nothing changed",
                    member.name
                )
            }
            Outcome::Updated {
                version,
                commit,
                section,
            } => {
                println!(
                    "updated to {commit}: {} {version}\n\n{section}",
                    member.name
                )
            }
        }
    }
    Ok(())
}

/// Moves every crate of the family whose root is in the fetched tree (and every pinned one,
/// which must be); gives each one's outcome. Nothing is written unless every crate's update is
/// ready: the fetch, the diffs and the generation come first.
pub fn update(root: &Path, request: Request) -> Result<Vec<(Member, Outcome)>, String> {
    let mut pins = Vec::new();
    for member in MEMBERS {
        let pin = match spec_pin::path(root, member).exists() {
            true => Some(spec_pin::read(root, member)?),
            false => None,
        };
        pins.push((member, pin));
    }
    let repository = request
        .repository
        .or_else(|| {
            pins.iter()
                .find_map(|(_, pin)| Some(pin.as_ref()?.repository.clone()))
        })
        .ok_or("no --repository, and no pin under spec/ to take it from")?;
    let revision = request.revision.unwrap_or_else(|| "HEAD".into());

    // Fetched beside spec/idn, so that it can take its place with a rename.
    let spec_folder = root.join("spec");
    std::fs::create_dir_all(&spec_folder).map_err(|e| format!("{}: {e}", spec_folder.display()))?;
    let scratch = tempfile::Builder::new()
        .prefix(".update")
        .tempdir_in(&spec_folder)
        .map_err(|e| {
            format!(
                "cannot make a scratch folder in {}: {e}",
                spec_folder.display()
            )
        })?;
    spec_source::checkout(&repository, &revision, scratch.path())
        .map_err(|e| format!("cannot fetch {revision} from {repository}: {e}"))?;
    let fetched = Fetched {
        commit: spec_source::git(scratch.path(), &["rev-parse", "HEAD"])?,
        date: spec_source::git(scratch.path(), &["log", "-1", "--format=%cs", "HEAD"])?,
        repository,
        tree: scratch.path().to_path_buf(),
    };

    let mut outcomes = Vec::new();
    let mut plans = Vec::new();
    for (member, pin) in pins {
        let root_in_tree = pin
            .as_ref()
            .map_or_else(|| format!("idn/{}", member.root_file), |p| p.root.clone());
        if !fetched.tree.join(&root_in_tree).is_file() {
            if pin.is_some() {
                return Err(format!(
                    "{} at {} has no {root_in_tree}, which {} is generated from",
                    fetched.repository, fetched.commit, member.name
                ));
            }
            continue;
        }
        let pinned_spec = request
            .pinned_spec
            .as_ref()
            .map(|beta| member.root_beside(beta));
        match plan(root, member, pin, root_in_tree, &fetched, pinned_spec)? {
            None => outcomes.push((
                member,
                Outcome::Unchanged {
                    commit: fetched.commit.clone(),
                },
            )),
            Some(plan) => {
                outcomes.push((member, plan.outcome(&fetched.commit)));
                plans.push(plan);
            }
        }
    }
    if outcomes.is_empty() {
        return Err(format!(
            "{} at {} has none of the family's root documents",
            fetched.repository, fetched.commit
        ));
    }
    if plans.is_empty() {
        return Ok(outcomes);
    }

    // Everything is ready: now the writes, the pins last, each one whole or not at all.
    let staged = |member: Member| spec_folder.join(format!(".{}.pin.toml.new", member.name));
    let unstage = || {
        for plan in &plans {
            let _ = std::fs::remove_file(staged(plan.member));
        }
    };
    for plan in &plans {
        if let Err(error) = std::fs::write(staged(plan.member), plan.pin.to_toml()) {
            unstage();
            return Err(format!("{}: {error}", staged(plan.member).display()));
        }
    }
    for plan in &plans {
        if let Err(error) =
            sailpoint_codegen::write::write_folder(&plan.member.folder(root), &plan.files)
        {
            unstage();
            return Err(error.to_string());
        }
    }
    spec_source::replace_tree(&spec_folder, &fetched.tree, &plans[0].pin.root)?;
    for plan in &plans {
        let pin_path = spec_pin::path(root, plan.member);
        std::fs::rename(staged(plan.member), &pin_path)
            .map_err(|e| format!("{}: {e}", pin_path.display()))?;
    }
    Ok(outcomes)
}

/// The upstream tree an update moves to.
struct Fetched {
    repository: String,
    commit: String,
    date: String,
    /// The checkout, with `idn/` at its top.
    tree: PathBuf,
}

/// One crate's update, ready to write.
struct Plan {
    member: Member,
    pin: Pin,
    files: Vec<sailpoint_codegen::GeneratedFile>,
    changelog: String,
}

impl Plan {
    fn outcome(&self, commit: &str) -> Outcome {
        let version = &self.pin.crate_version;
        Outcome::Updated {
            version: version.clone(),
            commit: commit.to_owned(),
            section: changelog::section_of(&self.changelog, version)
                .unwrap_or_default()
                .to_owned(),
        }
    }
}

/// `member`'s update to the fetched tree, or `None` when the tree it reads is the pinned one:
/// its version moved by the API diff's worst change, its changelog, its crate regenerated.
fn plan(
    root: &Path,
    member: Member,
    pin: Option<Pin>,
    root_in_tree: String,
    fetched: &Fetched,
    pinned_spec: Option<PathBuf>,
) -> Result<Option<Plan>, String> {
    let new_root = fetched.tree.join(&root_in_tree);
    let (files, sha256) = tree(&new_root)?;
    if pin.as_ref().is_some_and(|pin| pin.is_tree(files, &sha256)) {
        return Ok(None);
    }
    let new_api = model(&new_root)?;
    let (version, changes) = match &pin {
        None => ("0.1.0".to_owned(), String::new()),
        Some(pin) => {
            let old_tree = pinned_tree(root, pin, pinned_spec)?;
            let api_diff = diff::diff(&model(&old_tree.root)?, &new_api);
            // A tree that changed but not the crate's API (an example, say) is still a release.
            let impact = api_diff.impact().unwrap_or(diff::Impact::Docs);
            let version = version::bump(&pin.crate_version, impact)?;
            (version, diff::markdown(&api_diff))
        }
    };
    let old_changelog =
        std::fs::read_to_string(member.folder(root).join(integration_tests::CHANGELOG)).ok();
    let changelog = changelog::prepend(
        old_changelog.as_deref(),
        &Release {
            version: &version,
            date: &fetched.date,
            repository: &fetched.repository,
            commit: &fetched.commit,
            previous_commit: pin.as_ref().map(|p| p.commit.as_str()),
            changes: &changes,
        },
    );
    let options = CrateOptions {
        name: Some(member.name.to_string()),
        version: version.clone(),
        changelog: Some(changelog.clone()),
        spec_origin: Some(SpecOrigin {
            repository: fetched.repository.clone(),
            commit: fetched.commit.clone(),
        }),
        runtime: RuntimeSource {
            path: Some(integration_tests::RUNTIME_PATH.to_string()),
        },
        ..CrateOptions::default()
    };
    let generated = sailpoint_codegen::generate(&new_root, &options)
        .map_err(|e| e.to_string())?
        .files;
    Ok(Some(Plan {
        member,
        pin: Pin {
            repository: fetched.repository.clone(),
            commit: fetched.commit.clone(),
            root: root_in_tree,
            files,
            sha256,
            crate_version: version,
        },
        files: generated,
        changelog,
    }))
}

/// The number of files the generator reads from the tree at `spec_root`, and their checksum.
pub(crate) fn tree(spec_root: &Path) -> Result<(usize, String), String> {
    let mut warnings = sailpoint_codegen::error::Warnings::default();
    let spec =
        sailpoint_codegen::load::load(spec_root, &mut warnings).map_err(|e| e.to_string())?;
    Ok((
        spec.files.len(),
        spec_pin::checksum(spec_root, &spec.files)?,
    ))
}

fn model(spec_root: &Path) -> Result<sailpoint_codegen::model::Api, String> {
    sailpoint_codegen::build_model(spec_root)
        .map(|(api, _)| api)
        .map_err(|e| e.to_string())
}

/// The pinned tree: `given` or spec/idn when it is the pinned tree, else fetched.
fn pinned_tree(root: &Path, pin: &Pin, given: Option<PathBuf>) -> Result<SpecTree, String> {
    let on_disk = root.join("spec").join(&pin.root);
    for candidate in given.into_iter().chain([on_disk]) {
        if candidate.is_file()
            && tree(&candidate).is_ok_and(|(files, sum)| pin.is_tree(files, &sum))
        {
            return Ok(SpecTree::on_disk(candidate));
        }
    }
    SpecTree::at_commit(&pin.repository, &pin.commit, &pin.root)
        .map_err(|e| format!("the pinned tree is not on disk, and {e}"))
}

#[cfg(test)]
mod tests {
    use std::process::Command;

    use super::*;
    use integration_tests::family::{BETA, VERSIONED};

    /// Runs git in `folder`, failing the test on an error.
    fn git(folder: &Path, args: &[&str]) {
        let status = Command::new("git")
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .current_dir(folder)
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    }

    fn request(repository: &Path) -> Request {
        Request {
            repository: Some(repository.display().to_string()),
            revision: None,
            pinned_spec: None,
        }
    }

    /// The real tree (every root) as an upstream repository: the first update makes both
    /// crates; a change only the versioned API reads moves that crate alone, by a patch.
    #[test]
    fn each_crate_of_the_family_moves_on_its_own() {
        let upstream = tempfile::tempdir().unwrap();
        let idn = integration_tests::real_spec()
            .parent()
            .unwrap()
            .to_path_buf();
        let copy = Command::new("cp")
            .arg("-r")
            .arg(&idn)
            .arg(upstream.path().join("idn"))
            .status()
            .unwrap();
        assert!(copy.success());
        git(upstream.path(), &["init", "--quiet"]);
        git(upstream.path(), &["add", "-A"]);
        git(upstream.path(), &["commit", "--quiet", "-m", "both roots"]);

        let project = tempfile::tempdir().unwrap();
        let first = update(project.path(), request(upstream.path())).unwrap();
        let members: Vec<&str> = first.iter().map(|(member, _)| member.name).collect();
        assert_eq!(members, [BETA.name, VERSIONED.name]);
        for (member, outcome) in &first {
            assert!(
                matches!(outcome, Outcome::Updated { version, .. } if version == "0.1.0"),
                "{}: {outcome:?}",
                member.name
            );
            assert!(member.folder(project.path()).join("Cargo.toml").is_file());
        }
        let beta_before =
            std::fs::read_to_string(BETA.folder(project.path()).join("src/lib.rs")).unwrap();

        let schema = upstream
            .path()
            .join("idn/apis/identities/schemas/taskstatus.yaml");
        let text = std::fs::read_to_string(&schema).unwrap();
        std::fs::write(
            &schema,
            text.replace(
                "description: Details and current status of a specific task",
                "description: Details and current status of one task",
            ),
        )
        .unwrap();
        git(
            upstream.path(),
            &["commit", "--quiet", "-am", "a description"],
        );

        let second = update(project.path(), request(upstream.path())).unwrap();
        assert!(
            matches!(&second[0], (m, Outcome::Unchanged { .. }) if *m == BETA),
            "{second:?}"
        );
        assert!(
            matches!(&second[1], (m, Outcome::Updated { version, .. }) if *m == VERSIONED && version == "0.1.1"),
            "{second:?}"
        );
        assert_eq!(
            spec_pin::read(project.path(), BETA).unwrap().crate_version,
            "0.1.0"
        );
        assert_eq!(
            spec_pin::read(project.path(), VERSIONED)
                .unwrap()
                .crate_version,
            "0.1.1"
        );
        let beta_after =
            std::fs::read_to_string(BETA.folder(project.path()).join("src/lib.rs")).unwrap();
        assert_eq!(beta_before, beta_after);
        let changelog = std::fs::read_to_string(
            VERSIONED
                .folder(project.path())
                .join(integration_tests::CHANGELOG),
        )
        .unwrap();
        assert!(changelog.contains("## [0.1.1]"), "{changelog}");
    }
}
