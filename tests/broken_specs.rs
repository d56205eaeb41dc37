//! A broken spec gives an error that names the file and the JSON pointer, and the output
//! folder is left exactly as it was.

use std::fs;

use integration_tests::{golden_options, tests_dir};
use sailpoint_codegen::{Mode, codegen};

/// Runs the generator on `tests/fixtures/broken/<name>` into a folder holding one file, and
/// returns the error; checks that the folder is untouched.
fn error_of(name: &str) -> String {
    let spec = tests_dir()
        .join("fixtures/broken")
        .join(name)
        .join("openapi.yaml");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("generated");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("kept.rs"), "// written before").unwrap();
    let error = match codegen(&spec, &out, &golden_options("broken"), Mode::Write) {
        Ok(_) => panic!("{name}: the broken spec was accepted"),
        Err(error) => error.to_string(),
    };
    let entries: Vec<_> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(entries, ["kept.rs"], "{name}: the output folder changed");
    assert_eq!(
        fs::read_to_string(out.join("kept.rs")).unwrap(),
        "// written before"
    );
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "{name}: a staging folder was left behind"
    );
    error
}

fn assert_mentions(error: &str, parts: &[&str]) {
    for part in parts {
        assert!(
            error.contains(part),
            "the error does not mention `{part}`:\n{error}"
        );
    }
}

#[test]
fn a_missing_file_is_named_with_the_ref_that_wants_it() {
    let error = error_of("missing-file");
    assert_mentions(
        &error,
        &["openapi.yaml#/paths/", "cannot read", "nope.yaml"],
    );
}

#[test]
fn bad_yaml_names_the_file_and_the_line() {
    let error = error_of("bad-yaml");
    assert_mentions(
        &error,
        &["paths/bad.yaml", "not valid YAML or JSON", "line"],
    );
}

#[test]
fn a_pointer_to_nothing_names_the_ref_and_the_pointer() {
    let error = error_of("bad-pointer");
    assert_mentions(
        &error,
        &["$ref", "does not resolve", "/Missing", "schemas/s.yaml"],
    );
}

#[test]
fn a_cycle_of_refs_is_reported_with_its_chain() {
    let error = error_of("cycle");
    assert_mentions(&error, &["cycle", "responses/a.yaml", "responses/b.yaml"]);
}

#[test]
fn a_structure_that_is_not_openapi_is_located() {
    let error = error_of("not-openapi");
    assert_mentions(&error, &["not valid OpenAPI 3.0", "parameters"]);
}
