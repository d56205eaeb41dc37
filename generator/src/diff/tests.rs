//! One small spec pair per rule: the base spec, and the base with one edit.

use super::{ApiDiff, Impact, diff};

const BASE: &str = r##"openapi: 3.0.3
info: {title: Test, version: "1"}
servers: [{url: "https://tenant.api.identitynow.com/beta"}]
paths:
  /things/{id}:
    get:
      operationId: getThing
      tags: [Things]
      summary: Gets a thing.
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: fields, in: query, schema: {type: string}}
      responses:
        "200":
          description: The thing.
          content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
components:
  schemas:
    Thing:
      type: object
      description: A thing.
      required: [id]
      properties:
        id: {type: string}
        name: {type: string}
        kind: {$ref: "#/components/schemas/Kind"}
    Kind:
      type: string
      enum: [SMALL, LARGE]
"##;

fn diff_of(old: &str, new: &str) -> ApiDiff {
    let folder = tempfile::tempdir().unwrap();
    let model = |name: &str, text: &str| {
        let path = folder.path().join(name);
        std::fs::write(&path, text).unwrap();
        crate::build_model(&path).unwrap().0
    };
    diff(&model("old.yaml", old), &model("new.yaml", new))
}

/// The base against the base with `from` replaced by `to`.
fn edit(from: &str, to: &str) -> ApiDiff {
    assert!(BASE.contains(from), "the base has no `{from}`");
    diff_of(BASE, &BASE.replacen(from, to, 1))
}

/// Each change as `impact item: what`.
fn lines(diff: &ApiDiff) -> Vec<String> {
    diff.changes
        .iter()
        .map(|c| format!("{} {}: {}", c.impact.label(), c.item, c.what))
        .collect()
}

#[test]
fn the_same_spec_has_no_change() {
    let diff = diff_of(BASE, BASE);
    assert_eq!(lines(&diff), Vec::<String>::new());
    assert_eq!(diff.impact(), None);
    assert_eq!(super::markdown(&diff), "");
}

#[test]
fn an_operation_removed_breaks_and_one_added_does_not() {
    let added = "  /others:\n    get:\n      operationId: listOthers\n      tags: [Things]\n      responses:\n        \"204\": {description: none}\n";
    let with_other = BASE.replacen("components:", &format!("{added}components:"), 1);
    assert_eq!(
        lines(&diff_of(BASE, &with_other)),
        ["additive client.things().list_others(): added (`GET /others`)"]
    );
    let diff = diff_of(&with_other, BASE);
    assert_eq!(
        lines(&diff),
        ["breaking client.things().list_others(): removed (it sent `GET /others`)"]
    );
    assert_eq!(diff.impact(), Some(Impact::Breaking));
}

#[test]
fn a_new_area_is_a_new_feature() {
    let diff = edit("tags: [Things]", "tags: [Stuff]");
    assert_eq!(
        lines(&diff),
        [
            "breaking feature `things`: removed",
            "breaking client.things().get_thing(): moved to `client.stuff().get_thing()`",
            "additive feature `stuff`: added",
        ]
    );
}

#[test]
fn a_moved_or_deprecated_operation_is_additive() {
    assert_eq!(
        lines(&edit(
            "  /things/{id}:\n    get:",
            "  /things/{id}:\n    post:"
        )),
        [
            "additive client.things().get_thing(): now sends `POST /things/{id}` (was `GET /things/{id}`)"
        ]
    );
    assert_eq!(
        lines(&edit(
            "summary: Gets a thing.",
            "summary: Gets a thing.\n      deprecated: true"
        )),
        ["additive client.things().get_thing(): deprecated"]
    );
}

#[test]
fn parameters_added_removed_and_made_required_or_optional() {
    let optional = "        - {name: fields, in: query, schema: {type: string}}";
    assert_eq!(
        lines(&edit(
            optional,
            &format!("{optional}\n        - {{name: count, in: query, schema: {{type: boolean}}}}")
        )),
        ["additive client.things().get_thing(): new optional `.count(bool)`"]
    );
    assert_eq!(
        lines(&edit(
            optional,
            "        - {name: fields, in: query, required: true, schema: {type: string}}"
        )),
        ["breaking client.things().get_thing(): `fields` is now required: an argument (`String`)"]
    );
    assert_eq!(
        lines(&edit(
            optional,
            "        - {name: fields, in: query, schema: {type: integer}}"
        )),
        ["breaking client.things().get_thing(): `.fields(…)` now takes `i64` (was `String`)"]
    );
    assert_eq!(
        lines(&edit(&format!("{optional}\n"), "")),
        ["breaking client.things().get_thing(): `.fields(…)` removed"]
    );
    let required = "        - {name: id, in: path, required: true, schema: {type: string}}";
    assert_eq!(
        lines(&edit(
            required,
            "        - {name: id, in: path, required: true, schema: {type: integer, format: int64}}"
        )),
        ["breaking client.things().get_thing(): argument `id` is now `i64` (was `String`)"]
    );
}

#[test]
fn a_response_retyped_breaks() {
    assert_eq!(
        lines(&edit(
            "schema: {$ref: \"#/components/schemas/Thing\"}",
            "schema: {type: array, items: {$ref: \"#/components/schemas/Thing\"}}"
        )),
        [
            "breaking client.things().get_thing(): `send()` now returns `200: Vec<models::Thing>` (was `200: models::Thing`)"
        ]
    );
}

#[test]
fn struct_fields_added_removed_retyped_and_made_optional() {
    assert_eq!(
        lines(&edit(
            "        name: {type: string}\n",
            "        name: {type: string}\n        size: {type: integer}\n"
        )),
        ["additive models::Thing::size: field added (`Option<i64>`)"]
    );
    assert_eq!(
        lines(&edit("        name: {type: string}\n", "")),
        ["breaking models::Thing::name: field removed"]
    );
    assert_eq!(
        lines(&edit(
            "        name: {type: string}",
            "        name: {type: boolean}"
        )),
        ["breaking models::Thing::name: now `Option<bool>` (was `Option<String>`)"]
    );
    let diff = edit("required: [id]", "required: []");
    assert_eq!(
        lines(&diff),
        [
            "breaking models::Thing::id: now `Option<String>` (was `String`)",
            "breaking models::Thing: `new` takes () (was (id))",
        ]
    );
    assert_eq!(
        diff.changes[0].migration.as_deref(),
        Some("it may now be absent: read it as an `Option`")
    );
}

#[test]
fn enum_values_removed_break_and_added_do_not() {
    assert_eq!(
        lines(&edit("enum: [SMALL, LARGE]", "enum: [SMALL, LARGE, HUGE]")),
        ["additive models::Kind::Huge: added (`HUGE`)"]
    );
    let diff = edit("enum: [SMALL, LARGE]", "enum: [SMALL]");
    assert_eq!(
        lines(&diff),
        ["breaking models::Kind::Large: removed (`LARGE`)"]
    );
    assert_eq!(
        diff.changes[0].migration.as_deref(),
        Some("the value now reads as `models::Kind::Unknown(\"LARGE\")`")
    );
}

#[test]
fn a_schema_renamed_is_one_change_with_its_new_name() {
    let renamed = BASE
        .replace("schemas/Kind", "schemas/Size")
        .replace("    Kind:\n", "    Size:\n");
    let diff = diff_of(BASE, &renamed);
    assert_eq!(
        lines(&diff),
        [
            "breaking models::Kind: renamed to `models::Size`",
            "breaking models::Thing::kind: now `Option<models::Size>` (was `Option<models::Kind>`)"
        ]
    );
}

#[test]
fn documentation_changes_are_counted_not_listed() {
    let diff = edit(
        "description: A thing.",
        "description: A thing, described better.",
    );
    assert_eq!(lines(&diff), ["docs models::Thing: documentation changed"]);
    assert_eq!(diff.impact(), Some(Impact::Docs));
    assert_eq!(
        super::markdown(&diff),
        "### Documentation\n\nThe documentation of 1 item changed.\n\n"
    );
}

#[test]
fn the_markdown_says_how_to_migrate_and_folds_long_lists() {
    let diff = edit("enum: [SMALL, LARGE]", "enum: [SMALL]");
    assert_eq!(
        super::markdown(&diff),
        "### ⚠ Breaking\n\n- `models::Kind::Large`: removed (`LARGE`) — the value now reads as `models::Kind::Unknown(\"LARGE\")`\n\n"
    );
    let many: Vec<String> = (0..25).map(|i| format!("V{i}")).collect();
    let diff = edit(
        "enum: [SMALL, LARGE]",
        &format!("enum: [SMALL, LARGE, {}]", many.join(", ")),
    );
    let text = super::markdown(&diff);
    assert!(
        text.starts_with(
            "### Added\n\n<details><summary>25 changes</summary>\n\n- `models::Kind::V0`"
        ),
        "{text}"
    );
    assert!(text.ends_with("\n\n</details>\n\n"), "{text}");
}

#[test]
fn the_json_report_names_the_worst_impact() {
    let diff = edit("enum: [SMALL, LARGE]", "enum: [SMALL]");
    let report: serde_json::Value = serde_json::from_str(&super::json(&diff)).unwrap();
    assert_eq!(report["impact"], "breaking");
    assert_eq!(report["changes"][0]["item"], "models::Kind::Large");
    assert_eq!(
        report["changes"][0]["migration"],
        "the value now reads as `models::Kind::Unknown(\"LARGE\")`"
    );
}
