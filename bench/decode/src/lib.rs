//! What `cargo xtask bench --decode` measures: a page of identities as `listIdentities` returns
//! it, read by serde_json into the generated `Identity` and into a plain derived struct of the
//! same fields, the practical limit for the typed decode.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Items on the page: the most `listIdentities` returns at once (`limit` is at most 250).
pub const PAGE_ITEMS: usize = 250;

/// The spec's example of an `Identity` (`beta/schemas/Identity.yaml`), made from its properties'
/// examples (the schema has no `example` of its own) and, for `lifecycleState`, those of
/// `v3/schemas/LifecycleStateDto.yaml`; the reference page `generated/sailpoint-beta/docs/models/identity.md`
/// shows the same. `tests::the_example_is_the_specs` checks it against the spec.
pub const EXAMPLE: &str = r#"{
  "id": "01f04e428c484542a241dc89c303b178",
  "name": "Walter White",
  "created": "2023-01-03T21:16:22.432Z",
  "modified": "2023-01-03T21:16:22.432Z",
  "alias": "walter.white",
  "emailAddress": "walter.white@example.com",
  "processingState": "ERROR",
  "identityStatus": "LOCKED",
  "managerRef": {
    "type": "IDENTITY",
    "id": "2c4180a46faadee4016fb4e018c20626",
    "name": "Robert Robinson"
  },
  "isManager": true,
  "lastRefresh": "2020-11-22T15:42:31.123Z",
  "attributes": {
    "uid": "86754",
    "firstname": "Walter",
    "cloudStatus": "UNREGISTERED",
    "displayName": "Walter White",
    "identificationNumber": "86754",
    "lastSyncDate": 1470348809380,
    "email": "walter.white@example.com",
    "lastname": "White"
  },
  "lifecycleState": {
    "stateName": "active",
    "manuallyUpdated": true
  }
}"#;

/// The id of the page's item `index`: as long as the example's, and different for each item.
pub fn item_id(index: usize) -> String {
    format!("01f04e428c484542a241dc89{index:08x}")
}

/// The JSON text of a page of `items` identities: the example over and over, each with its own
/// id, written compactly as a server sends it.
pub fn page_json(items: usize) -> String {
    let example: Map<String, Value> =
        serde_json::from_str(EXAMPLE).expect("the example is a JSON object");
    let page: Vec<Value> = (0..items)
        .map(|index| {
            let mut item = example.clone();
            item.insert("id".into(), Value::String(item_id(index)));
            Value::Object(item)
        })
        .collect();
    serde_json::to_string(&page).expect("a JSON value serializes")
}

/// The page into the generated type.
pub fn decode_typed(json: &str) -> serde_json::Result<Vec<sailpoint_beta::models::Identity>> {
    serde_json::from_str(json)
}

/// The page into the plain type.
pub fn decode_plain(json: &str) -> serde_json::Result<Vec<PlainIdentity>> {
    serde_json::from_str(json)
}

/// `Identity` as one would write it by hand: the schema's fields with plain serde (enums as
/// strings, no lenient readers). `Serialize` is only for the tests.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainIdentity {
    pub id: Option<String>,
    pub name: String,
    pub created: Option<DateTime<Utc>>,
    pub modified: Option<DateTime<Utc>>,
    pub alias: Option<String>,
    pub email_address: Option<String>,
    pub processing_state: Option<String>,
    pub identity_status: Option<String>,
    pub manager_ref: Option<PlainManagerRef>,
    pub is_manager: Option<bool>,
    pub last_refresh: Option<DateTime<Utc>>,
    pub attributes: Option<Map<String, Value>>,
    pub lifecycle_state: Option<PlainLifecycleState>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct PlainManagerRef {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub id: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainLifecycleState {
    pub state_name: String,
    pub manually_updated: bool,
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeSet, HashSet};
    use std::path::{Path, PathBuf};

    use super::*;

    #[test]
    fn both_decodes_read_every_item_of_the_page_with_its_own_id() {
        let json = page_json(PAGE_ITEMS);
        let typed = decode_typed(&json).expect("the generated type reads the page");
        let plain = decode_plain(&json).expect("the plain type reads the page");
        let expected: Vec<String> = (0..PAGE_ITEMS).map(item_id).collect();
        assert_eq!(
            expected.iter().collect::<HashSet<_>>().len(),
            PAGE_ITEMS,
            "ids repeat"
        );
        // The generated type is read through serde only: its fields are the generator's.
        let typed_ids: Vec<String> = typed
            .iter()
            .map(
                |identity| match serde_json::to_value(identity).expect("an Identity serializes") {
                    Value::Object(mut members) => match members.remove("id") {
                        Some(Value::String(id)) => id,
                        other => panic!("the typed item's id is {other:?}"),
                    },
                    other => panic!("an Identity serializes as {other}"),
                },
            )
            .collect();
        let plain_ids: Vec<String> = plain
            .iter()
            .map(|identity| identity.id.clone().expect("an id"))
            .collect();
        assert_eq!(plain_ids, expected);
        assert_eq!(typed_ids, expected);
    }

    /// The plain type skips nothing the page holds, so its figure is a fair limit.
    #[test]
    fn the_plain_type_reads_every_member_of_the_example() {
        let example: Value = serde_json::from_str(EXAMPLE).unwrap();
        let plain: PlainIdentity = serde_json::from_str(EXAMPLE).unwrap();
        assert_eq!(serde_json::to_value(&plain).unwrap(), example);
    }

    #[test]
    fn the_example_is_the_specs() {
        let dir = spec_dir();
        let schema = dir.join("beta/schemas/Identity.yaml");
        let from_spec = example_from_schema(&yaml(&schema), schema.parent().unwrap());
        let example: Value = serde_json::from_str(EXAMPLE).unwrap();
        let names = |value: &Value| {
            value
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect::<BTreeSet<_>>()
        };
        assert_eq!(
            names(&example),
            names(&from_spec),
            "the members differ from the properties"
        );
        for (name, value) in from_spec.as_object().unwrap() {
            assert_eq!(
                &example[name], value,
                "`{name}` differs from the spec's example"
            );
        }
    }

    /// The folder of the spec's root document: `SAILPOINT_SPEC` (relative to the workspace root)
    /// or the pinned tree in spec/.
    fn spec_dir() -> PathBuf {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
            .ancestors()
            .nth(2)
            .unwrap();
        let root = match std::env::var_os("SAILPOINT_SPEC") {
            Some(path) => workspace.join(path),
            None => workspace.join("spec/idn/sailpoint-api.beta.yaml"),
        };
        assert!(
            root.exists(),
            "the spec is not at {}: set SAILPOINT_SPEC or run `cargo xtask fetch-spec`",
            root.display()
        );
        root.parent().unwrap().to_path_buf()
    }

    fn yaml(path: &Path) -> Value {
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// A schema's `example`, else one made from its properties' examples, following `$ref`
    /// (to whole files, relative to `dir`) and `allOf`.
    fn example_from_schema(schema: &Value, dir: &Path) -> Value {
        if let Some(example) = schema.get("example") {
            return example.clone();
        }
        if let Some(Value::String(reference)) = schema.get("$ref") {
            let path = dir.join(reference);
            return example_from_schema(&yaml(&path), path.parent().unwrap());
        }
        let mut example = Map::new();
        for part in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Value::Object(members) = example_from_schema(part, dir) {
                example.extend(members);
            }
        }
        for (name, property) in schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            example.insert(name.clone(), example_from_schema(property, dir));
        }
        Value::Object(example)
    }
}
