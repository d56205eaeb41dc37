//! `cargo xtask spec-update [--repository URL|PATH] [--commit SHA | --ref NAME]`: moves the
//! project to another upstream commit. When the tree the generator reads is the pinned one,
//! nothing changes. Otherwise the pin, generated/ (with the version bumped by the API diff's
//! worst change) and its CHANGELOG.md move together, or, on any failure, not at all.

use std::path::{Path, PathBuf};

use sailpoint_codegen::{CrateOptions, RuntimeSource, SpecOrigin, diff};

use crate::changelog::{self, Release};
use crate::spec_source::{self, SpecTree};
use crate::version;
use integration_tests::family::BETA;
use integration_tests::spec_pin::{self, Pin};

/// The spec's root document in a tree, when there is no pin to say.
const DEFAULT_ROOT: &str = "idn/sailpoint-api.beta.yaml";

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
    match update(root, request)? {
        Outcome::Unchanged { commit } => {
            println!("no API change: {commit} has the pinned tree; nothing changed")
        }
        Outcome::Updated {
            version,
            commit,
            section,
        } => {
            println!("updated to {commit}: sailpoint-beta {version}\n\n{section}")
        }
    }
    Ok(())
}

pub fn update(root: &Path, request: Request) -> Result<Outcome, String> {
    let pin = if spec_pin::path(root, BETA).exists() {
        Some(spec_pin::read(root, BETA)?)
    } else {
        None
    };
    let repository = request
        .repository
        .or_else(|| pin.as_ref().map(|p| p.repository.clone()))
        .ok_or("no --repository, and no spec/sailpoint-beta.pin.toml to take it from")?;
    let revision = request.revision.unwrap_or_else(|| "HEAD".into());
    let root_in_tree = pin
        .as_ref()
        .map_or(DEFAULT_ROOT, |p| p.root.as_str())
        .to_owned();

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
    let commit = spec_source::git(scratch.path(), &["rev-parse", "HEAD"])?;
    let date = spec_source::git(scratch.path(), &["log", "-1", "--format=%cs", "HEAD"])?;
    let new_root = scratch.path().join(&root_in_tree);
    if !new_root.is_file() {
        return Err(format!("{repository} at {commit} has no {root_in_tree}"));
    }
    let (files, sha256) = tree(&new_root)?;
    if pin.as_ref().is_some_and(|pin| pin.is_tree(files, &sha256)) {
        return Ok(Outcome::Unchanged { commit });
    }

    let new_api = model(&new_root)?;
    let (version, changes) = match &pin {
        None => ("0.1.0".to_owned(), String::new()),
        Some(pin) => {
            let old_tree = pinned_tree(root, pin, request.pinned_spec)?;
            let api_diff = diff::diff(&model(&old_tree.root)?, &new_api);
            // A tree that changed but not the crate's API (an example, say) is still a release.
            let impact = api_diff.impact().unwrap_or(diff::Impact::Docs);
            let version = version::bump(&pin.crate_version, impact)?;
            (version, diff::markdown(&api_diff))
        }
    };
    let generated_folder = BETA.folder(root);
    let old_changelog =
        std::fs::read_to_string(generated_folder.join(integration_tests::CHANGELOG)).ok();
    let changelog = changelog::prepend(
        old_changelog.as_deref(),
        &Release {
            version: &version,
            date: &date,
            repository: &repository,
            commit: &commit,
            previous_commit: pin.as_ref().map(|p| p.commit.as_str()),
            changes: &changes,
        },
    );
    let options = CrateOptions {
        name: Some(BETA.name.to_string()),
        version: version.clone(),
        changelog: Some(changelog.clone()),
        spec_origin: Some(SpecOrigin {
            repository: repository.clone(),
            commit: commit.clone(),
        }),
        runtime: RuntimeSource {
            path: Some(integration_tests::RUNTIME_PATH.to_string()),
        },
        ..CrateOptions::default()
    };
    let generated = sailpoint_codegen::generate(&new_root, &options)
        .map_err(|e| e.to_string())?
        .files;
    let new_pin = Pin {
        repository,
        commit: commit.clone(),
        root: root_in_tree.clone(),
        files,
        sha256,
        crate_version: version.clone(),
    };

    // Everything is ready: now the writes, the pin last, each one whole or not at all.
    let staged_pin = spec_folder.join(".pin.toml.new");
    std::fs::write(&staged_pin, new_pin.to_toml())
        .map_err(|e| format!("{}: {e}", staged_pin.display()))?;
    if let Err(error) = sailpoint_codegen::write::write_folder(&generated_folder, &generated) {
        let _ = std::fs::remove_file(&staged_pin);
        return Err(error.to_string());
    }
    spec_source::replace_tree(&spec_folder, scratch.path(), &root_in_tree)?;
    std::fs::rename(&staged_pin, spec_pin::path(root, BETA))
        .map_err(|e| format!("{}: {e}", spec_pin::path(root, BETA).display()))?;
    let section = changelog::section_of(&changelog, &version)
        .unwrap_or_default()
        .to_owned();
    Ok(Outcome::Updated {
        version,
        commit,
        section,
    })
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
