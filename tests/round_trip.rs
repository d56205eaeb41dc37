//! Decoding never loses data, over the spec's own examples: every example that its schema
//! accepts (the strict reading of `model::conformance::fits`) is decoded into the generated
//! type it illustrates, encoded again, and compared with what it was ([`compare`]: a `null`
//! member is an absent one, date-times are instants, `1` is `1.0`).
//!
//! The examples are those of named schemas, of struct fields, and of JSON request and response
//! bodies. They go into one program under target/round-trip (a line per example in a table),
//! which `cargo run` builds against the generated crate, in a debug build with its own target
//! folder (the outer cargo holds the workspace's), and runs; it prints a line per example that
//! does not come back as it went in. Those are compared with the reviewed list
//! tests/round-trip-exceptions.txt (location, a tab, the difference, a tab, the reviewer's
//! explanation): the test fails when the list differs, naming what is new and what is gone, or
//! when an exception is not explained. `ROUND_TRIP_BLESS=1` rewrites the list, keeping the
//! explanations of the exceptions that stay.
//!
//! The first run builds the generated crate and its dependencies (about four minutes on two
//! cores); later runs take seconds, or a minute or so when the generated crate has changed.

#[path = "round_trip/compare.rs"]
mod compare;

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use integration_tests::family::{BETA, Member, VERSIONED};
use integration_tests::{
    real_spec_of, repository_root, scratch_crate, tests_dir, write_if_changed,
};
use sailpoint_codegen::model::{Api, TypeKind, TypeRef, conformance};
use sailpoint_codegen::render::rust::raw_string_literal;
use sailpoint_codegen::render::rust::types::rust_type_in;
use serde_json::{Value, json};

/// The reviewed list of `member`'s examples that do not come back as they went in.
fn exceptions_file(member: Member) -> &'static str {
    match member.name {
        "sailpoint-beta" => "round-trip-exceptions.txt",
        _ => "round-trip-exceptions-sailpoint.txt",
    }
}
/// The third column of an exception a reviewer has still to explain.
const UNEXPLAINED: &str = "UNEXPLAINED: say why";

/// An example and the type it illustrates.
struct Case {
    /// Where the example is: a schema's origin and JSON pointer, or an operation's body.
    location: String,
    ty: TypeRef,
    value: Value,
}

/// Every example of the model with the type it illustrates, whether it fits or not; sorted by
/// location.
fn examples(api: &Api) -> Vec<Case> {
    let mut cases = Vec::new();
    for (index, def) in api.types.iter().enumerate() {
        let id = sailpoint_codegen::model::TypeId(index);
        // `beta/schemas/Source.yaml#/…`, field names as written (the exceptions list them so).
        let origin = format!("{}#{}", def.origin.file, def.origin.pointer);
        if let Some(value) = &def.example {
            cases.push(Case {
                location: format!("{origin}/example"),
                ty: TypeRef::Named(id),
                value: value.clone(),
            });
        }
        if let TypeKind::Struct(s) = &def.kind {
            for field in &s.fields {
                if let Some(value) = &field.example {
                    cases.push(Case {
                        location: format!("{origin}/properties/{}/example", field.json_name),
                        ty: field.ty.clone(),
                        value: value.clone(),
                    });
                }
            }
        }
    }
    let json = |kind: sailpoint_codegen::model::BodyKind, ty: &TypeRef| {
        kind.is_json() && *ty != TypeRef::Binary
    };
    for operation in &api.operations {
        for content in operation.body.iter().flat_map(|b| &b.contents) {
            if let Some(value) = &content.example
                && json(content.kind, &content.ty)
            {
                let location = format!(
                    "{} request body {}",
                    operation.operation_id, content.media_type
                );
                cases.push(Case {
                    location,
                    ty: content.ty.clone(),
                    value: value.clone(),
                });
            }
        }
        for response in &operation.responses {
            for content in &response.contents {
                if let Some(value) = &content.example
                    && json(content.kind, &content.ty)
                {
                    let location = format!(
                        "{} response {} {}",
                        operation.operation_id,
                        response.status.label(),
                        content.media_type
                    );
                    cases.push(Case {
                        location,
                        ty: content.ty.clone(),
                        value: value.clone(),
                    });
                }
            }
        }
    }
    cases.sort_by_cached_key(|c| (c.location.clone(), c.value.to_string()));
    // One schema can be the origin of more than one type, and so one example be there twice:
    // where the same location has another example or type, the second is numbered `#2`, ….
    cases.dedup_by(|later, earlier| {
        later.location == earlier.location && later.ty == earlier.ty && later.value == earlier.value
    });
    let mut count = 1;
    for i in 1..cases.len() {
        count = if cases[i].location == cases[i - 1].location.split(" #").next().unwrap_or_default()
        {
            count + 1
        } else {
            1
        };
        if count > 1 {
            cases[i].location = format!("{} #{count}", cases[i].location);
        }
    }
    cases
}

/// The program: a table of the cases, each with its decoding function.
fn program(api: &Api, cases: &[Case], member: Member) -> String {
    let mut text = String::from(PROGRAM_HEAD);
    let models = format!("{}::models::", member.lib_name());
    for case in cases {
        let ty = rust_type_in(api, &case.ty, &models);
        text.push_str(&format!(
            "    ({:?}, check::<{ty}>, {}),\n",
            case.location,
            raw_string_literal(&case.value.to_string())
        ));
    }
    text.push_str(PROGRAM_TAIL);
    text
}

const PROGRAM_HEAD: &str = r#"//! Written by tests/round_trip.rs: each spec example decoded into its type and encoded again.

mod compare;

/// What happened to an example: `Err` says how it changed or why it did not decode.
type Check = fn(&[u8]) -> Result<(), String>;

fn check<T: serde::de::DeserializeOwned + serde::Serialize>(json: &[u8]) -> Result<(), String> {
    let input: serde_json::Value = serde_json::from_slice(json).map_err(|e| format!("the example is not JSON: {e}"))?;
    // As the client decodes a response body (and so with the code it has for that).
    let decoded: T = serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_slice(json)).map_err(|error| {
        let path = error.path().to_string();
        let path = if path.starts_with('.') { path } else { format!(".{path}") };
        let inner = error.into_inner();
        let message = inner.to_string();
        let position = format!(" at line {} column {}", inner.line(), inner.column());
        format!("does not decode: at {path}: {}", message.strip_suffix(&position).unwrap_or(&message))
    })?;
    // As the client encodes a request body.
    let bytes = serde_json::to_vec(&decoded).map_err(|e| format!("does not encode: {e}"))?;
    let output: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| format!("encodes as no JSON: {e}"))?;
    compare::first_difference(&input, &output).map_or(Ok(()), Err)
}

/// Each example: where it is in the spec, how it is checked (its type), its JSON text.
const CASES: &[(&str, Check, &str)] = &[
"#;

const PROGRAM_TAIL: &str = r#"];

fn main() {
    std::panic::set_hook(Box::new(|_| {}));
    for (location, check, json) in CASES {
        let outcome = std::panic::catch_unwind(|| check(json.as_bytes())).unwrap_or_else(|panic| {
            let message = panic.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| panic.downcast_ref::<String>().cloned());
            Err(format!("panics: {}", message.unwrap_or_default()))
        });
        if let Err(reason) = outcome {
            println!("FAIL {location}\t{}", reason.replace(['\t', '\n', '\r'], " "));
        }
    }
    println!("checked {}", CASES.len());
}
"#;

/// Writes the program under target/round-trip, runs it, and gives the lines of the examples
/// that failed (location, a tab, the reason), sorted.
fn run_program(api: &Api, cases: &[Case], member: Member) -> Vec<String> {
    let root = repository_root();
    let name = format!("round-trip-{}", member.name);
    let krate = scratch_crate(
        &name,
        &format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\n{} = {{ path = {:?} }}\n\
             serde = \"1\"\nserde_json = {{ version = \"1\", features = [\"preserve_order\"] }}\n\
             serde_path_to_error = \"0.1\"\nchrono = {{ version = \"0.4\", default-features = false, features = [\"serde\"] }}\n\n\
             # A debug build, without debug information: the generated crate is large.\n\
             [profile.dev]\ndebug = false\n",
            member.name,
            member.folder(&root).display().to_string()
        ),
    );
    // One target folder for the family's programs, so that the dependencies build once.
    let folder = root.join("target/round-trip");
    let src = krate.join("src");
    write_if_changed(
        &src.join("compare.rs"),
        &std::fs::read_to_string(tests_dir().join("round_trip/compare.rs")).unwrap(),
    );
    write_if_changed(&src.join("main.rs"), &program(api, cases, member));

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["run", "--quiet", "--manifest-path"])
        .arg(krate.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(folder.join("target"))
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the round-trip program (target/{name}/crate) failed ({}):\n{stderr}",
        output.status
    );
    let checked = format!("checked {}", cases.len());
    assert!(
        stdout.lines().any(|l| l == checked),
        "the round-trip program did not check all {} examples:\n{stdout}\n{stderr}",
        cases.len()
    );
    let mut failures: Vec<String> = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("FAIL "))
        .map(str::to_string)
        .collect();
    failures.sort();
    failures
}

#[test]
fn every_beta_example_comes_back_as_it_went_in() {
    every_example_comes_back_as_it_went_in(BETA);
}

#[test]
fn every_versioned_api_example_comes_back_as_it_went_in() {
    every_example_comes_back_as_it_went_in(VERSIONED);
}

/// Every example of `member`'s spec that fits its schema is decoded, encoded and compared; the
/// ones that change are those the member's exceptions list, each explained.
fn every_example_comes_back_as_it_went_in(member: Member) {
    let spec = real_spec_of(member);
    assert!(
        spec.exists(),
        "the spec is not at {}: set SAILPOINT_SPEC to the root document or run `cargo xtask fetch-spec`",
        spec.display()
    );
    let (api, _warnings) = sailpoint_codegen::build_model(&spec).unwrap();
    let all = examples(&api);
    let count = all.len();
    let cases: Vec<Case> = all
        .into_iter()
        .filter(|c| conformance::fits(&api, &c.value, &c.ty))
        .collect();
    assert!(
        cases.len() > 1000,
        "only {} examples fit their schemas: are they still collected?",
        cases.len()
    );

    let started = std::time::Instant::now();
    let failures = run_program(&api, &cases, member);
    println!(
        "built and ran target/round-trip-{} in {:.1?}",
        member.name,
        started.elapsed()
    );
    let locations: BTreeSet<&str> = cases.iter().map(|c| c.location.as_str()).collect();
    for failure in &failures {
        let location = failure.split('\t').next().unwrap_or_default();
        assert!(
            locations.contains(location),
            "the program reports an example it was not given: {failure}"
        );
    }
    // Straight to stderr, past the test harness's capture: the count is for every run to show.
    let summary = format!(
        "round-trip ({}): {}/{} examples ({} of the spec's {count} do not fit their schemas and are not checked)\n",
        member.name,
        cases.len() - failures.len(),
        cases.len(),
        count - cases.len()
    );
    std::io::Write::write_all(&mut std::io::stderr(), summary.as_bytes()).unwrap();

    let exceptions = exceptions_file(member);
    let path = tests_dir().join(exceptions);
    let bless = std::env::var("ROUND_TRIP_BLESS").ok();
    assert!(
        matches!(bless.as_deref(), None | Some("1")),
        "ROUND_TRIP_BLESS is {bless:?}: 1 rewrites tests/{exceptions}"
    );
    let expected_text = std::fs::read_to_string(&path).unwrap_or_default();
    // Each line: location, the difference, and (a third column) the reviewer's explanation.
    let explanations: BTreeMap<&str, &str> = expected_text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| match l.match_indices('\t').nth(1) {
            Some((at, _)) => (&l[..at], &l[at + 1..]),
            None => (l, ""),
        })
        .collect();
    if bless.is_some() {
        let text: String = failures
            .iter()
            .map(|f| {
                format!(
                    "{f}\t{}\n",
                    explanations
                        .get(f.as_str())
                        .copied()
                        .filter(|e| !e.is_empty())
                        .unwrap_or(UNEXPLAINED)
                )
            })
            .collect();
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        println!(
            "wrote {} exceptions to tests/{exceptions}: review them, and explain each new one",
            failures.len()
        );
        return;
    }
    assert!(
        !expected_text.is_empty(),
        "{} is missing or empty; run with ROUND_TRIP_BLESS=1 to write it, and review it",
        path.display()
    );
    let expected: BTreeSet<&str> = explanations.keys().copied().collect();
    let actual: BTreeSet<&str> = failures.iter().map(String::as_str).collect();
    let added: Vec<&&str> = actual.difference(&expected).collect();
    let removed: Vec<&&str> = expected.difference(&actual).collect();
    let list = |lines: &[&&str]| lines.iter().map(|l| format!("  {l}\n")).collect::<String>();
    assert!(
        added.is_empty() && removed.is_empty(),
        "the examples that do not round-trip are not those listed in tests/{exceptions}: fix them, or \
         rewrite the list with ROUND_TRIP_BLESS=1 and review it\n\
         {} added (they fail, and are not listed so):\n{}\
         {} removed (listed, but they pass or fail otherwise):\n{}",
        added.len(),
        list(&added),
        removed.len(),
        list(&removed)
    );
    let unexplained: Vec<&&str> = explanations
        .iter()
        .filter(|(_, why)| why.is_empty() || **why == UNEXPLAINED)
        .map(|(key, _)| key)
        .collect();
    assert!(
        unexplained.is_empty(),
        "exceptions in tests/{exceptions} without an explanation in their third column:\n{}",
        list(&unexplained)
    );
}

#[test]
fn a_null_member_is_an_absent_one() {
    assert_eq!(
        compare::first_difference(&json!({"a": 1, "b": null}), &json!({"a": 1})),
        None
    );
    assert_eq!(
        compare::first_difference(&json!({"a": 1}), &json!({"a": 1, "b": null})),
        None
    );
    assert_eq!(
        compare::first_difference(&json!([{"b": null}]), &json!([{}])),
        None
    );
    // Not an item: a list keeps its length.
    assert_eq!(
        compare::first_difference(&json!([null]), &json!([])).as_deref(),
        Some("at .[0]: input null, output absent")
    );
}

#[test]
fn date_times_are_instants() {
    assert_eq!(
        compare::first_difference(
            &json!("2024-01-01T10:00:00+02:00"),
            &json!("2024-01-01T08:00:00Z")
        ),
        None
    );
    assert_eq!(
        compare::first_difference(
            &json!({"at": "2020-02-29T23:30:00.500-01:00"}),
            &json!({"at": "2020-03-01T00:30:00.5Z"})
        ),
        None
    );
    assert_eq!(
        compare::first_difference(
            &json!("2024-01-01T10:00:00Z"),
            &json!("2024-01-01T10:00:01Z")
        )
        .as_deref(),
        Some(r#"at .: input "2024-01-01T10:00:00Z", output "2024-01-01T10:00:01Z""#)
    );
    // Every digit of the fraction counts.
    assert!(
        compare::first_difference(
            &json!("2024-01-01T10:00:00.1234567891Z"),
            &json!("2024-01-01T10:00:00.123456789Z")
        )
        .is_some()
    );
    // Only date-times: a date and a date-time are different text.
    assert!(
        compare::first_difference(&json!("2024-01-01"), &json!("2024-01-01T00:00:00Z")).is_some()
    );
    assert_eq!(
        compare::instant("1970-01-01T00:00:00Z"),
        Some((0, String::new()))
    );
    assert_eq!(
        compare::instant("2000-03-01T00:00:00Z"),
        Some((951_868_800, String::new()))
    );
    assert_eq!(compare::instant("2023-02-29T00:00:00Z"), None);
    assert_eq!(compare::instant("2024-01-01T10:00:00"), None);
}

#[test]
fn numbers_are_values() {
    assert_eq!(
        compare::first_difference(&json!({"n": 1}), &json!({"n": 1.0})),
        None
    );
    assert_eq!(compare::first_difference(&json!(1.5), &json!(1.5)), None);
    assert_eq!(
        compare::first_difference(&json!(u64::MAX), &json!(u64::MAX)),
        None
    );
    assert_eq!(
        compare::first_difference(&json!({"n": 1}), &json!({"n": 1.5})).as_deref(),
        Some("at .n: input 1, output 1.5")
    );
    assert_eq!(
        compare::first_difference(&json!({"n": 1}), &json!({"n": "1"})).as_deref(),
        Some(r#"at .n: input 1, output "1""#)
    );
}

#[test]
fn objects_are_member_sets_and_arrays_are_in_order() {
    assert_eq!(
        compare::first_difference(&json!({"a": 1, "b": [1, 2]}), &json!({"b": [1, 2], "a": 1})),
        None
    );
    assert_eq!(
        compare::first_difference(&json!([1, 2]), &json!([2, 1])).as_deref(),
        Some("at .[0]: input 1, output 2")
    );
}

#[test]
fn a_dropped_member_is_found() {
    assert_eq!(
        compare::first_difference(
            &json!({"type": "SCHEDULED", "attributes": {"frequency": "daily", "timeZone": "UTC"}}),
            &json!({"type": "SCHEDULED", "attributes": {"timeZone": "UTC"}})
        )
        .as_deref(),
        Some(r#"at .attributes.frequency: input "daily", output absent"#)
    );
    assert_eq!(
        compare::first_difference(
            &json!({"items": [{"id": "a"}, {"id": "b"}]}),
            &json!({"items": [{"id": "a"}]})
        )
        .as_deref(),
        Some(r#"at .items[1]: input {"id":"b"}, output absent"#)
    );
}

#[test]
fn a_changed_or_invented_value_is_found() {
    assert_eq!(
        compare::first_difference(&json!({"a": {"b": "x"}}), &json!({"a": {"b": "y"}})).as_deref(),
        Some(r#"at .a.b: input "x", output "y""#)
    );
    assert_eq!(
        compare::first_difference(&json!({"a": 1}), &json!({"a": 1, "b": []})).as_deref(),
        Some("at .b: input absent, output []")
    );
    assert_eq!(
        compare::first_difference(&json!({"a": true}), &json!({"a": null})).as_deref(),
        Some("at .a: input true, output null")
    );
}

#[test]
fn long_values_are_cut_short() {
    let long = "x".repeat(100);
    let difference = compare::first_difference(&json!(long), &json!("y")).unwrap();
    assert!(
        difference.starts_with(&format!("at .: input \"{}…, output", "x".repeat(59))),
        "{difference}"
    );
}
