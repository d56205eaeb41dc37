//! The golden crates under tests/golden are what the fixture specs generate, as `cargo xtask
//! golden --check` (a first step of `cargo xtask test`) checks; they are workspace members, so
//! the build and clippy compile them too. Regenerate with `cargo xtask golden` and review the
//! diff. The tests here: generation is deterministic and says what it reads past.

use integration_tests::{fixture_spec, golden_fixtures, golden_options};
use sailpoint_codegen::generate;

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
