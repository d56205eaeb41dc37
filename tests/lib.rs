//! What the integration tests and `cargo xtask` share: where the fixtures are and how their
//! golden crates are named, the spec pin, and the checked-in crate's options.

pub mod family;
pub mod spec_pin;

use std::path::{Path, PathBuf};

use sailpoint_codegen::{CrateOptions, RuntimeSource, SpecOrigin};

/// The changelog of each checked-in crate, which `cargo xtask spec-update` writes.
pub const CHANGELOG: &str = "CHANGELOG.md";

/// Where the checked-in crates find the runtime: `runtime/`, from `generated/<crate>/`.
pub const RUNTIME_PATH: &str = "../../runtime";

/// A checked-in crate's options, for the project at `root`: its version and spec commit from
/// its pin, and the changelog spec-update wrote, kept as it is.
pub fn project_options(root: &Path, member: family::Member) -> Result<CrateOptions, String> {
    let changelog_path = member.folder(root).join(CHANGELOG);
    let changelog = match std::fs::read_to_string(&changelog_path) {
        Ok(text) => Some(text),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => return Err(format!("{}: {error}", changelog_path.display())),
    };
    let pin = spec_pin::read(root, member)?;
    Ok(CrateOptions {
        name: Some(member.name.to_string()),
        version: pin.crate_version,
        changelog,
        spec_origin: Some(SpecOrigin {
            repository: pin.repository,
            commit: pin.commit,
        }),
        runtime: RuntimeSource {
            path: Some(RUNTIME_PATH.to_string()),
        },
        ..CrateOptions::default()
    })
}

/// The folder of this crate: `tests/` at the top of the repository.
pub fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fixtures that generate a golden crate: every folder of tests/fixtures but `broken`,
/// sorted.
pub fn golden_fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(tests_dir().join("fixtures"))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name != "broken")
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

pub fn fixture_spec(fixture: &str) -> PathBuf {
    tests_dir()
        .join("fixtures")
        .join(fixture)
        .join("openapi.yaml")
}

pub fn golden_dir(fixture: &str) -> PathBuf {
    tests_dir().join("golden").join(fixture)
}

/// Each golden crate is a workspace member of its own name, with the workspace's runtime.
pub fn golden_options(fixture: &str) -> CrateOptions {
    CrateOptions {
        name: Some(format!("golden-{}", fixture.replace('_', "-"))),
        runtime: RuntimeSource {
            path: Some("../../../runtime".to_string()),
        },
        ..CrateOptions::default()
    }
}

/// Options for a crate generated into `folder` outside the checked-in ones (a scratch copy, a
/// check of another spec): the runtime by its absolute path, this checkout's.
pub fn scratch_options(name: Option<String>) -> CrateOptions {
    CrateOptions {
        name,
        runtime: RuntimeSource {
            path: Some(repository_root().join("runtime").display().to_string()),
        },
        ..CrateOptions::default()
    }
}

/// The real spec's beta root: `SAILPOINT_SPEC`, else the pinned tree fetched into spec/.
pub fn real_spec() -> PathBuf {
    match std::env::var_os("SAILPOINT_SPEC") {
        Some(path) => PathBuf::from(path),
        None => repository_root()
            .join("spec/idn")
            .join(family::BETA.root_file),
    }
}

/// The real spec's root document of `member`, beside [`real_spec`].
pub fn real_spec_of(member: family::Member) -> PathBuf {
    member.root_beside(&real_spec())
}

pub fn repository_root() -> PathBuf {
    tests_dir()
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Writes `contents` unless the file already holds it, so cargo sees unchanged files as such.
pub fn write_if_changed(path: &Path, contents: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(contents) {
        std::fs::write(path, contents).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

/// A crate a test writes and builds outside the workspace, under target/`name`: its manifest
/// (`manifest`, to which an empty `[workspace]` is added) and the workspace's lock file, so it
/// resolves the same dependency versions and downloads nothing. Gives the crate's folder.
pub fn scratch_crate(name: &str, manifest: &str) -> PathBuf {
    let krate = repository_root().join("target").join(name).join("crate");
    std::fs::create_dir_all(krate.join("src"))
        .unwrap_or_else(|e| panic!("{}: {e}", krate.display()));
    write_if_changed(
        &krate.join("Cargo.toml"),
        &format!("{manifest}\n# Not a member of the repository's workspace.\n[workspace]\n"),
    );
    let lock = std::fs::read_to_string(repository_root().join("Cargo.lock"))
        .expect("the workspace's Cargo.lock");
    write_if_changed(&krate.join("Cargo.lock"), &lock);
    krate
}
