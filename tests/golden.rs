//! The golden crates under tests/golden are exactly what the fixture specs generate; they are
//! workspace members, so the build and clippy compile them too. Regenerate with
//! `cargo xtask golden` and review the diff.

use integration_tests::{fixture_spec, golden_dir, golden_fixtures, golden_options};
use sailpoint_codegen::{Mode, codegen, generate};

#[test]
fn golden_crates_are_what_the_fixtures_generate() {
    let fixtures = golden_fixtures();
    assert_eq!(
        fixtures,
        ["defects", "multi_file", "operations", "shapes"],
        "the fixture set changed: update this test"
    );
    let mut problems = Vec::new();
    for fixture in &fixtures {
        match codegen(
            &fixture_spec(fixture),
            &golden_dir(fixture),
            &golden_options(fixture),
            Mode::Check,
        ) {
            Ok((_, stale)) => problems.extend(stale.iter().map(|s| format!("{fixture}: {s}"))),
            Err(error) => problems.push(format!("{fixture}: {error}")),
        }
    }
    assert!(
        problems.is_empty(),
        "golden files are stale; run `cargo xtask golden` and review:\n{}",
        problems.join("\n")
    );
}

#[test]
fn generation_is_deterministic() {
    for fixture in golden_fixtures() {
        let first = generate(&fixture_spec(&fixture), &golden_options(&fixture))
            .unwrap()
            .files;
        let second = generate(&fixture_spec(&fixture), &golden_options(&fixture))
            .unwrap()
            .files;
        assert!(first == second, "{fixture}: two runs differ");
    }
}

fn warnings_of(fixture: &str) -> Vec<String> {
    generate(&fixture_spec(fixture), &golden_options(fixture))
        .unwrap()
        .warnings
        .iter()
        .map(|w| w.to_string())
        .collect()
}

#[test]
fn every_defect_is_warned_about_and_read_past() {
    let warnings = warnings_of("defects");
    let expected = [
        "`type: date-time` is not an OpenAPI type",
        "`items` without `type: array`",
        "`required` names",
        "boolean default",
        "does not appear in the path",
        "string format `comma-separated` is not a standard format",
        "string format `UUID` is not a standard format",
        "string format `uuid (if user is Org Admin)` is not a standard format",
        "`$ref` has sibling keys",
        "ends with a comma",
        "`x-webhooks` is not part of OpenAPI 3.0",
        "date-time default",
    ];
    let missing: Vec<&str> = expected
        .iter()
        .copied()
        .filter(|e| !warnings.iter().any(|w| w.contains(e)))
        .collect();
    assert!(
        missing.is_empty(),
        "no warning for {missing:?}; warnings were:\n{}",
        warnings.join("\n")
    );
    assert!(
        warnings
            .iter()
            .all(|w| w.starts_with("warning: ") && w.contains(".yaml")),
        "every warning names its file:\n{}",
        warnings.join("\n")
    );
}

#[test]
fn well_formed_fixtures_warn_about_nothing() {
    for fixture in ["shapes", "operations", "multi_file"] {
        let warnings = warnings_of(fixture);
        assert!(warnings.is_empty(), "{fixture}:\n{}", warnings.join("\n"));
    }
}
