//! Every example program of the method pages under each generated crate's docs compiles against
//! that crate, without warnings; so do those of the golden crates' pages (tests/golden/*/docs),
//! against their crates.
//!
//! The examples go into one crate under target/doc-examples, each as a module of its own file
//! (`src/example_0001.rs`, …), which `cargo check` type-checks with its own target folder (the
//! outer cargo holds the workspace's). A failure names the page and operation of the example.
//! The first run builds the dependencies (about two minutes on two cores); later runs take
//! seconds.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use integration_tests::family::{BETA, VERSIONED};
use integration_tests::{
    golden_dir, golden_fixtures, golden_options, repository_root, scratch_crate, write_if_changed,
};

/// An example: the page it is on, the operation (its section), its code.
struct Example {
    page: String,
    operation: String,
    code: String,
}

/// The ```` ```rust ```` blocks of every method page, in page order; pages are named
/// `{prefix}{file}`.
fn read_examples(methods: &Path, prefix: &str) -> Vec<Example> {
    let mut pages: Vec<_> = std::fs::read_dir(methods)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    let mut examples = Vec::new();
    for path in pages {
        let page = format!("{prefix}{}", path.file_name().unwrap().to_string_lossy());
        let text = std::fs::read_to_string(&path).unwrap();
        let mut operation = String::new();
        let mut code: Option<Vec<&str>> = None;
        for line in text.lines() {
            match &mut code {
                Some(lines) if line == "```" => {
                    examples.push(Example {
                        page: page.clone(),
                        operation: operation.clone(),
                        code: lines.join("\n"),
                    });
                    code = None;
                }
                Some(lines) => lines.push(line),
                None if line == "```rust" => code = Some(Vec::new()),
                None => {
                    if let Some(heading) = line.strip_prefix("## ") {
                        operation = heading.to_string();
                    }
                }
            }
        }
    }
    examples
}

#[test]
fn every_example_compiles() {
    let root = repository_root();
    let mut examples = Vec::new();
    let mut dependencies = String::new();
    for (member, operations) in [(BETA, 559), (VERSIONED, 917)] {
        let folder = member.folder(&root);
        let real = read_examples(
            &folder.join("docs/methods"),
            &format!("generated/{}/docs/methods/", member.name),
        );
        assert!(
            real.len() >= operations,
            "{}: {} examples: one per operation expected",
            member.name,
            real.len()
        );
        examples.extend(real);
        dependencies.push_str(&format!(
            "{} = {{ path = {:?} }}\n",
            member.name,
            folder.display().to_string()
        ));
    }
    for fixture in golden_fixtures() {
        let dir = golden_dir(&fixture);
        examples.extend(read_examples(
            &dir.join("docs/methods"),
            &format!("tests/golden/{fixture}/docs/methods/"),
        ));
        dependencies.push_str(&format!(
            "{} = {{ path = {:?} }}\n",
            golden_options(&fixture)
                .name
                .expect("each golden crate is given its name"),
            dir.display().to_string()
        ));
    }
    let pages: std::collections::BTreeSet<&str> =
        examples.iter().map(|e| e.page.as_str()).collect();

    let krate = scratch_crate(
        "doc-examples",
        &format!(
            "[package]\nname = \"doc-examples\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\n{dependencies}serde_json = \"1\"\n\
             tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n"
        ),
    );
    let folder = root.join("target/doc-examples");
    let src = krate.join("src");
    let mut lib = String::from(
        "#![deny(warnings)]\n// Each example's `main` is the program's, not called here.\n#![allow(dead_code)]\n\n",
    );
    let mut names = BTreeMap::new();
    for (index, example) in examples.iter().enumerate() {
        let module = format!("example_{:04}", index + 1);
        write_if_changed(
            &src.join(format!("{module}.rs")),
            &format!(
                "// {} ## {}\n{}\n",
                example.page, example.operation, example.code
            ),
        );
        lib.push_str(&format!("mod {module};\n"));
        names.insert(format!("src/{module}.rs"), example);
    }
    write_if_changed(&src.join("lib.rs"), &lib);

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "check",
            "--quiet",
            "--message-format",
            "short",
            "--manifest-path",
        ])
        .arg(krate.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(folder.join("target"))
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    // `src/example_0042.rs:12:5: error[E0308]: …` names the example.
    let mut failures: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in stderr.lines() {
        if let Some((file, _)) = line.split_once(':')
            && let Some(example) = names.get(file)
        {
            failures
                .entry(format!(
                    "{} ## {} ({file})",
                    example.page, example.operation
                ))
                .or_default()
                .push(line.to_string());
        }
    }
    let report: Vec<String> = failures
        .iter()
        .map(|(example, lines)| format!("{example}:\n  {}", lines.join("\n  ")))
        .collect();
    assert!(
        output.status.success() && failures.is_empty(),
        "{} of {} examples do not compile:\n{}\n{}",
        failures.len(),
        examples.len(),
        report.join("\n"),
        if failures.is_empty() {
            stderr.to_string()
        } else {
            String::new()
        }
    );
    println!(
        "{} examples from {} method pages compile",
        examples.len(),
        pages.len()
    );
}
