//! Stage 1: read the multi-file spec and type it with `openapiv3`.

mod bundle;
mod documents;
mod reference;
mod schema_ref;

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::Value;

pub use bundle::origin_of;
pub use schema_ref::{SchemaId, SchemaRef};

use crate::error::{Error, Result, Warnings};
use crate::location::Location;
use crate::parallel::in_parallel;

/// The spec, every `$ref` followed: a schema's is read as a [`SchemaRef`], every other one is
/// replaced by what it points to.
pub struct Spec {
    pub info: openapiv3::Info,
    pub servers: Vec<openapiv3::Server>,
    pub tags: Vec<openapiv3::Tag>,
    pub paths: Vec<SpecPath>,
    /// The payloads of the `x-webhooks` entries.
    pub webhooks: Vec<SpecWebhook>,
    pub schemas: Vec<SpecSchema>,
    /// The files read, relative to the root document's folder, sorted.
    pub files: Vec<String>,
}

pub struct SpecPath {
    pub path: String,
    pub item: openapiv3::PathItem,
    pub origin: Location,
}

/// A call SailPoint makes to a subscriber. Only its payload is read: the entries are not
/// standard OpenAPI and most lack what an operation needs (`responses`).
pub struct SpecWebhook {
    pub name: String,
    pub summary: Option<String>,
    pub payload: openapiv3::ReferenceOr<openapiv3::Schema>,
    /// What the subscriber answers, for triggers that wait for an answer.
    pub response: Option<openapiv3::ReferenceOr<openapiv3::Schema>>,
    pub origin: Location,
}

pub struct SpecSchema {
    /// Where the schema is, `$ref` aliases followed: its identity.
    pub location: Location,
    pub component_name: Option<String>,
    pub schema: openapiv3::Schema,
}

/// Reads the spec whose root document is `root`.
pub fn load(root: &Path, warnings: &mut Warnings) -> Result<Spec> {
    let root_dir = root.parent().unwrap_or(Path::new("."));
    let root_file = root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut documents = documents::Documents::new(root_dir);
    documents.prefetch(&root_file);
    let bundle = bundle::bundle(&mut documents, &root_file, warnings)?;

    let document = &bundle.document;
    let at_root = |pointer: &str| Location::new(root_file.clone(), pointer);
    let info = typed(
        document.get("info").unwrap_or(&Value::Null),
        &at_root("/info"),
    )?;
    let servers = optional(document.get("servers"), &at_root("/servers"))?;
    let tags = optional(document.get("tags"), &at_root("/tags"))?;

    let mut paths = Vec::new();
    if let Some(Value::Object(items)) = document.get("paths") {
        for ((path, item), origin) in items.iter().zip(bundle.path_origins) {
            let item = typed(item, &origin)?;
            paths.push(SpecPath {
                path: path.clone(),
                item,
                origin,
            });
        }
    }
    let mut webhooks = Vec::new();
    for (name, entry, origin) in bundle.webhooks {
        let Some(Value::Object(methods)) = Some(entry) else {
            continue;
        };
        for operation in methods.values() {
            let Some(schema) = operation.pointer("/requestBody/content/application~1json/schema")
            else {
                warnings.push(&origin, "webhook without a JSON payload schema; skipped");
                continue;
            };
            let summary = operation
                .get("summary")
                .and_then(Value::as_str)
                .map(String::from);
            let payload = typed(schema, &origin)?;
            let response =
                match operation.pointer("/responses/200/content/application~1json/schema") {
                    Some(schema) => Some(typed(schema, &origin)?),
                    None => None,
                };
            webhooks.push(SpecWebhook {
                name: name.clone(),
                summary,
                payload,
                response,
                origin: origin.clone(),
            });
        }
    }
    // Typing the schemas is a third of the loading, and each is on its own.
    let typed_schemas = in_parallel(&bundle.schemas, |s| typed(&s.value, &s.location))?;
    let schemas = bundle
        .schemas
        .into_iter()
        .zip(typed_schemas)
        .map(|(s, schema)| SpecSchema {
            location: s.location,
            component_name: s.component_name,
            schema,
        })
        .collect();
    Ok(Spec {
        info,
        servers,
        tags,
        paths,
        webhooks,
        schemas,
        files: bundle.files,
    })
}

fn optional<T: DeserializeOwned + Default>(
    value: Option<&Value>,
    location: &Location,
) -> Result<T> {
    value.map_or_else(|| Ok(T::default()), |v| typed(v, location))
}

/// Deserializes `value` into an `openapiv3` type; an error names where in it the problem is.
fn typed<T: DeserializeOwned>(value: &Value, location: &Location) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let inner = error.path().to_string();
        let message = error.into_inner().to_string();
        let message = if inner == "." {
            message
        } else {
            format!("at `{inner}`: {message}")
        };
        Error::InvalidSpec {
            location: location.clone(),
            message,
        }
    })
}
