//! Every API version and every past spec makes a crate that compiles without a warning and pages
//! whose links resolve: the v3 and v2025 roots beside the beta one, and each state of the spec
//! history. The crates are generated into `target/versions/` as one scratch workspace, checked
//! with one `cargo check` that shares the project's target folder, so dependencies build once.

use std::path::Path;
use std::process::Command;

use sailpoint_codegen::GeneratedFile;
use sailpoint_codegen::render::markdown::links;

use crate::spec_source::{self, SpecTree};

/// The other API versions' root documents, beside the beta one.
const OTHER_VERSIONS: [&str; 2] = ["sailpoint-api.v3.yaml", "sailpoint-api.v2025.yaml"];

/// One crate to generate: its name and where its spec is.
struct Case {
    name: String,
    tree: SpecTree,
    /// The API version its pages and name must carry.
    version: &'static str,
}

pub fn check(root: &Path, beta_spec: &Path) -> Result<(), String> {
    let mut cases = Vec::new();
    let folder = beta_spec.parent().unwrap_or(Path::new("."));
    for (file, version) in OTHER_VERSIONS.into_iter().zip(["v3", "v2025"]) {
        let spec = folder.join(file);
        if !spec.is_file() {
            return Err(format!(
                "{}: no such spec (the {version} root)",
                spec.display()
            ));
        }
        cases.push(Case {
            name: format!("sailpoint-{version}"),
            tree: SpecTree::on_disk(spec),
            version,
        });
    }
    let history = crate::history::repository(root);
    for commit in history_commits(&history)? {
        let short = &commit[..8];
        let repository = history.display().to_string();
        cases.push(Case {
            // Each is a workspace member, so each needs a name of its own.
            name: format!("sailpoint-beta-{short}"),
            tree: SpecTree::at_commit(&repository, &commit, "idn/sailpoint-api.beta.yaml")?,
            version: "beta",
        });
    }

    let scratch = root.join("target/versions");
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let mut members = Vec::new();
    for case in &cases {
        let options = integration_tests::scratch_options(Some(case.name.clone()));
        let generated =
            sailpoint_codegen::generate(&case.tree.root, &options).map_err(|e| e.to_string())?;
        check_pages(&case.name, case.version, &generated.files)?;
        sailpoint_codegen::write::write_folder(&scratch.join(&case.name), &generated.files)
            .map_err(|e| e.to_string())?;
        println!(
            "{}: {} operations, {} types, {} warnings about its spec",
            case.name,
            generated.operation_count,
            generated.type_count,
            generated.warnings.len()
        );
        members.push(format!("{:?}", case.name));
    }
    let manifest = format!(
        "# Written by `cargo xtask test`: every other API version and past spec, checked at once.\n\
         [workspace]\nresolver = \"3\"\nmembers = [{}]\n",
        members.join(", ")
    );
    write(&scratch.join("Cargo.toml"), &manifest)?;
    // The project's lock: the same dependency versions as the checked-in crate.
    std::fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    cargo_check(root, &scratch)
}

fn history_commits(repository: &Path) -> Result<Vec<String>, String> {
    let log = spec_source::git(repository, &["rev-list", "--reverse", "HEAD"])?;
    Ok(log.lines().map(str::to_owned).collect())
}

/// The pages link only to each other, and name the version in their slugs, ids and links to
/// the API reference.
fn check_pages(name: &str, version: &str, files: &[GeneratedFile]) -> Result<(), String> {
    let pages: Vec<(&str, &str)> = files
        .iter()
        .filter_map(|file| {
            let page = file.path.strip_prefix("docs/")?;
            Some((page, file.contents.as_str()))
        })
        .filter(|(page, _)| page.ends_with(".md"))
        .collect();
    let report = links::check(pages.iter().copied());
    if let Some(broken) = report.broken.first() {
        return Err(format!(
            "{name}: {} broken links in its pages, the first: {broken}",
            report.broken.len()
        ));
    }
    let slug_prefix = format!("/tools/sdk/rust/{version}/");
    let id_prefix = format!("\nid: {version}-");
    for (page, text) in &pages {
        let slug = links::slug(text).unwrap_or_default();
        if !slug.starts_with(&slug_prefix) || !text.contains(&id_prefix) {
            return Err(format!(
                "{name}: docs/{page} is not a {version} page (slug {slug})"
            ));
        }
        if ["&#39;", "&quot;", "&lt;"]
            .iter()
            .any(|entity| text.contains(entity))
        {
            return Err(format!(
                "{name}: docs/{page} has an HTML entity, which MDX shows"
            ));
        }
        // The spec's own prose may link to another version's reference; our links may not.
        let spec_link = format!("[API Spec](https://developer.sailpoint.com/docs/api/{version}/");
        if text.contains("[API Spec](") && !text.contains(&spec_link) {
            return Err(format!(
                "{name}: docs/{page} links to another version's API reference"
            ));
        }
    }
    Ok(())
}

/// `cargo check --workspace --all-features` of the scratch workspace, failing on any warning
/// in the generated code (dependencies' warnings are capped by cargo).
fn cargo_check(root: &Path, scratch: &Path) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "check",
            "--workspace",
            "--all-features",
            "--message-format",
            "short",
        ])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", crate::target_dir(root))
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let messages = String::from_utf8_lossy(&output.stderr);
    let warnings: Vec<&str> = messages
        .lines()
        .filter(|line| line.contains("warning") && !line.contains("Compiling"))
        .collect();
    if !output.status.success() || !warnings.is_empty() {
        return Err(format!(
            "the other versions' crates (in {}) do not check cleanly:\n{}",
            scratch.display(),
            if warnings.is_empty() {
                messages.to_string()
            } else {
                warnings.join("\n")
            }
        ));
    }
    println!("{} crates check without a warning", scratch.display());
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
