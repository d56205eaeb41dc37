//! Follows every `$ref` of a multi-file spec and gathers it into one tree.
//!
//! Schemas keep their identity: each schema node that a `$ref` reaches (a whole file, or a
//! pointer into one) is collected once, and references to it become `#/components/schemas/<id>`.
//! Everything else a `$ref` reaches (path items, responses, parameters, examples, ...) is inlined.
//! What a node is comes from where it stands in the OpenAPI structure, so refs inside literal
//! values (examples, defaults, enums) are left alone.
//!
//! No crate does this for OpenAPI 3.0 in Rust (openapiv3 models single documents only), hence
//! this module.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::documents::{Documents, lookup};
use super::reference::resolve;
use super::schema_ref::reference_to;
use crate::error::{Error, Result, Warnings};
use crate::location::Location;

/// The extension that records where an inline schema or an inlined response stands in the
/// tree: inlining copies a shared file into each place that refers to it, and the copies must
/// stay one type.
pub const ORIGIN_KEY: &str = "x-origin";

/// Where the node whose extensions these are stands, as its `x-origin` extension recorded it.
pub fn origin_of(extensions: &indexmap::IndexMap<String, Value>) -> Option<Location> {
    extensions
        .get(ORIGIN_KEY)
        .and_then(Value::as_str)
        .map(Location::parse)
}

pub struct Bundle {
    /// The root document with every path item inlined, `components.schemas` and `x-webhooks` removed.
    pub document: Map<String, Value>,
    /// Where each path item was read from.
    pub path_origins: Vec<Location>,
    /// The `x-webhooks` entries, walked like path items: the calls SailPoint makes to a
    /// subscriber, whose payload schemas are types users need.
    pub webhooks: Vec<(String, Value, Location)>,
    pub schemas: Vec<BundledSchema>,
    pub files: Vec<String>,
}

pub struct BundledSchema {
    /// Where the schema is, `$ref` aliases followed: its identity.
    pub location: Location,
    /// The key under the root's `components.schemas`, when the schema has one.
    pub component_name: Option<String>,
    pub value: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Response,
    MediaType,
    Schema,
    /// An Example Object: it may be a `$ref`, but its `value` is literal.
    Example,
    /// An `example` value: literal, but SailPoint's spec sometimes puts a `$ref` to a file there.
    ExampleValue,
    Literal,
}

enum Child {
    One(Kind),
    MapOf(Kind),
    ListOf(Kind),
}

/// What the member `key` of a node of kind `kind` is.
fn child(kind: Kind, key: &str) -> Child {
    use Kind::*;
    match (kind, key) {
        (PathItem, "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace") => {
            Child::One(Operation)
        }
        (PathItem | Operation, "parameters") => Child::ListOf(Parameter),
        (Operation, "requestBody") => Child::One(RequestBody),
        (Operation, "responses") => Child::MapOf(Response),
        (Parameter, "schema") | (MediaType, "schema") => Child::One(Schema),
        (Parameter | RequestBody | Response, "content") => Child::MapOf(MediaType),
        // Response headers have the shape of parameters.
        (Response, "headers") => Child::MapOf(Parameter),
        (Parameter | MediaType, "examples") => Child::MapOf(Example),
        (Parameter | MediaType, "example") => Child::One(ExampleValue),
        (Schema, "properties") => Child::MapOf(Schema),
        (Schema, "items" | "not" | "additionalProperties") => Child::One(Schema),
        (Schema, "allOf" | "oneOf" | "anyOf") => Child::ListOf(Schema),
        _ => Child::One(Literal),
    }
}

pub fn bundle(
    documents: &mut Documents,
    root_file: &str,
    warnings: &mut Warnings,
) -> Result<Bundle> {
    let mut bundler = Bundler {
        documents,
        warnings,
        schema_ids: HashMap::new(),
        schemas: Vec::new(),
        inlining: Vec::new(),
    };
    let root_location = Location::new(root_file, "");
    let root = bundler.documents.get(root_file, &root_location)?;
    let Value::Object(root) = &*root else {
        return Err(Error::InvalidSpec {
            location: root_location,
            message: "the root document is not an object".into(),
        });
    };

    bundler.register_components(root, root_file)?;
    let mut document = root.clone();
    let mut path_origins = Vec::new();
    if let Some(paths) = root.get("paths") {
        let paths_location = Location::new(root_file, "/paths");
        let Value::Object(paths) = paths else {
            return Err(Error::InvalidSpec {
                location: paths_location,
                message: "`paths` is not an object".into(),
            });
        };
        let mut bundled = Map::new();
        for (path, item) in paths {
            let location = paths_location.child(path);
            path_origins.push(
                match item
                    .get("$ref")
                    .and_then(Value::as_str)
                    .map(|r| resolve(r, root_file))
                {
                    Some(Ok(target)) => target,
                    _ => location.clone(),
                },
            );
            bundled.insert(path.clone(), bundler.walk(item, Kind::PathItem, &location)?);
        }
        document.insert("paths".into(), Value::Object(bundled));
    }
    let mut webhooks = Vec::new();
    if let Some(Value::Object(entries)) = document.remove("x-webhooks") {
        let webhooks_location = Location::new(root_file, "/x-webhooks");
        bundler.warnings.push(
            &webhooks_location,
            "`x-webhooks` is not part of OpenAPI 3.0; its entries are read as path items for their payload types only",
        );
        for (name, entry) in &entries {
            let location = webhooks_location.child(name);
            match bundler.walk(entry, Kind::PathItem, &location) {
                Ok(walked) => webhooks.push((name.clone(), walked, location)),
                // A vendor extension's broken reference costs its entry, not the whole run.
                Err(Error::UnresolvedRef {
                    location: at,
                    reference,
                    reason,
                }) => bundler.warnings.push(
                    &at,
                    format!(
                        "$ref `{reference}` does not resolve ({reason}); the `x-webhooks` entry `{name}` is skipped"
                    ),
                ),
                Err(other) => return Err(other),
            }
        }
    }
    if let Some(Value::Object(components)) = document.get_mut("components") {
        components.remove("schemas");
    }
    bundler.bundle_schemas()?;
    let files = bundler.documents.files();
    Ok(Bundle {
        document,
        path_origins,
        webhooks,
        schemas: bundler.schemas,
        files,
    })
}

struct Bundler<'a> {
    documents: &'a mut Documents,
    warnings: &'a mut Warnings,
    schema_ids: HashMap<Location, usize>,
    schemas: Vec<BundledSchema>,
    /// The non-schema refs being inlined, innermost last: a repeat is a cycle.
    inlining: Vec<Location>,
}

impl Bundler<'_> {
    fn register_components(&mut self, root: &Map<String, Value>, root_file: &str) -> Result<()> {
        let Some(Value::Object(schemas)) = root.get("components").and_then(|c| c.get("schemas"))
        else {
            return Ok(());
        };
        for (name, schema) in schemas {
            let location = Location::new(root_file, "/components/schemas").child(name);
            let target = match ref_of(schema) {
                Some(reference) => self.resolve(reference, &location)?,
                None => location.clone(),
            };
            self.register(target, Some(name), &location)?;
        }
        Ok(())
    }

    /// Walks every collected schema; walking one may collect more.
    fn bundle_schemas(&mut self) -> Result<()> {
        let mut next = 0;
        while next < self.schemas.len() {
            let location = self.schemas[next].location.clone();
            let document = self.documents.get(&location.file, &location)?;
            let node =
                lookup(&document, &location.pointer).expect("registered targets were looked up");
            self.schemas[next].value = self.walk(node, Kind::Schema, &location)?;
            next += 1;
        }
        Ok(())
    }

    fn walk(&mut self, value: &Value, kind: Kind, location: &Location) -> Result<Value> {
        if kind == Kind::Literal {
            return Ok(value.clone());
        }
        if let (Some(reference), Value::Object(node)) = (ref_of(value), value) {
            return match kind {
                Kind::Schema => self.schema_ref(node, reference, location),
                Kind::ExampleValue => {
                    self.warnings.push(location, "`example` is a `$ref`, which OpenAPI reads literally; read as the value it points to");
                    self.inline_ref(reference, Kind::Literal, location)
                }
                _ => self.inline_ref(reference, kind, location),
            };
        }
        if kind == Kind::ExampleValue {
            return Ok(value.clone());
        }
        match value {
            Value::Object(node) => {
                let mut walked = self.walk_members(node, kind, location)?;
                if kind == Kind::Schema {
                    walked.insert(ORIGIN_KEY.into(), Value::String(location.to_string()));
                }
                Ok(Value::Object(walked))
            }
            other => Ok(other.clone()),
        }
    }

    fn walk_members(
        &mut self,
        node: &Map<String, Value>,
        kind: Kind,
        location: &Location,
    ) -> Result<Map<String, Value>> {
        let mut out = Map::new();
        for (key, value) in node {
            let location = location.child(key);
            let repaired = self.repair_responses(kind, key, value, &location);
            let value = repaired.as_ref().unwrap_or(value);
            let walked = match (child(kind, key), value) {
                (Child::One(kind), value) => self.walk(value, kind, &location)?,
                (Child::MapOf(kind), Value::Object(members)) => {
                    let mut walked = Map::new();
                    for (name, member) in members {
                        walked.insert(
                            name.clone(),
                            self.walk(member, kind, &location.child(name))?,
                        );
                    }
                    Value::Object(walked)
                }
                (Child::ListOf(kind), Value::Array(items)) => {
                    let walked: Result<Vec<Value>> = items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| self.walk(item, kind, &location.index(i)))
                        .collect();
                    Value::Array(walked?)
                }
                (_, other) => other.clone(),
            };
            out.insert(key.clone(), walked);
        }
        Ok(out)
    }

    /// `responses` written as one Response (with `content`) rather than a map of them by
    /// status, as two of SailPoint's webhooks have it: read as the `200` response.
    fn repair_responses(
        &mut self,
        kind: Kind,
        key: &str,
        value: &Value,
        location: &Location,
    ) -> Option<Value> {
        if kind != Kind::Operation || key != "responses" || value.get("content").is_none() {
            return None;
        }
        self.warnings.push(
            location,
            "`responses` is one response, not a map by status; read as the `200` response",
        );
        Some(Value::Object(Map::from_iter([(
            "200".to_string(),
            value.clone(),
        )])))
    }

    /// A reference to a schema: collected once; sibling keys (which OpenAPI 3.0 ignores, but
    /// which this spec uses for `nullable` and `description`) are kept around an `allOf`.
    fn schema_ref(
        &mut self,
        node: &Map<String, Value>,
        reference: &str,
        location: &Location,
    ) -> Result<Value> {
        let target = self.resolve(reference, location)?;
        let id = self.register(target, None, location)?;
        let reference = Value::Object(Map::from_iter([(
            "$ref".to_string(),
            Value::String(reference_to(id)),
        )]));
        if node.len() == 1 {
            return Ok(reference);
        }
        let siblings: Map<String, Value> = node
            .iter()
            .filter(|(k, _)| *k != "$ref")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let keys: Vec<&str> = siblings.keys().map(String::as_str).collect();
        self.warnings.push(
            location,
            format!("`$ref` has sibling keys ({}), which OpenAPI 3.0 ignores; read as `allOf: [$ref]` with them", keys.join(", ")),
        );
        let mut wrapped = self.walk_members(&siblings, Kind::Schema, location)?;
        wrapped.insert("allOf".into(), Value::Array(vec![reference]));
        wrapped.insert(ORIGIN_KEY.into(), Value::String(location.to_string()));
        Ok(Value::Object(wrapped))
    }

    fn inline_ref(&mut self, reference: &str, kind: Kind, location: &Location) -> Result<Value> {
        let target = self.resolve(reference, location)?;
        if let Some(start) = self.inlining.iter().position(|t| *t == target) {
            return Err(ref_cycle(&self.inlining[start..], &target, location));
        }
        let document = self.documents.get(&target.file, location)?;
        let node = self.lookup(&document, &target, reference, location)?;
        self.inlining.push(target.clone());
        let walked = self.walk(node, kind, &target);
        self.inlining.pop();
        match walked? {
            Value::Object(mut response) if kind == Kind::Response => {
                response.insert(ORIGIN_KEY.into(), Value::String(target.to_string()));
                Ok(Value::Object(response))
            }
            other => Ok(other),
        }
    }

    /// Collects the schema at `target` (after following pure aliases) and returns its index.
    fn register(
        &mut self,
        target: Location,
        component_name: Option<&str>,
        location: &Location,
    ) -> Result<usize> {
        let target = self.follow_aliases(target, location)?;
        let id = match self.schema_ids.get(&target) {
            Some(&id) => id,
            None => {
                let id = self.schemas.len();
                self.schema_ids.insert(target.clone(), id);
                self.schemas.push(BundledSchema {
                    location: target,
                    component_name: None,
                    value: Value::Null,
                });
                id
            }
        };
        if let (Some(name), None) = (component_name, &self.schemas[id].component_name) {
            self.schemas[id].component_name = Some(name.to_string());
        }
        Ok(id)
    }

    /// A schema that is nothing but a `$ref` is the schema it points to: one file is one type.
    fn follow_aliases(&mut self, mut target: Location, location: &Location) -> Result<Location> {
        let mut seen = vec![target.clone()];
        loop {
            let document = self.documents.get(&target.file, location)?;
            let node = self.lookup(&document, &target, &target.to_string(), location)?;
            let Some(reference) =
                ref_of(node).filter(|_| node.as_object().is_some_and(|o| o.len() == 1))
            else {
                return Ok(target);
            };
            let here = target.child("$ref");
            target = self.resolve(reference, &here)?;
            if seen.contains(&target) {
                return Err(ref_cycle(&seen, &target, location));
            }
            seen.push(target.clone());
        }
    }

    fn resolve(&self, reference: &str, location: &Location) -> Result<Location> {
        resolve(reference, &location.file).map_err(|reason| Error::UnresolvedRef {
            location: location.child("$ref"),
            reference: reference.to_string(),
            reason,
        })
    }

    fn lookup<'d>(
        &self,
        document: &'d Value,
        target: &Location,
        reference: &str,
        location: &Location,
    ) -> Result<&'d Value> {
        lookup(document, &target.pointer).ok_or_else(|| Error::UnresolvedRef {
            location: location.child("$ref"),
            reference: reference.to_string(),
            reason: format!("`{}` has nothing at `{}`", target.file, target.pointer),
        })
    }
}

fn ref_of(value: &Value) -> Option<&str> {
    value.as_object()?.get("$ref")?.as_str()
}

/// The error for a `$ref` at `location` that leads back to `target`, which `followed` (the
/// references followed to get there) already holds.
fn ref_cycle(followed: &[Location], target: &Location, location: &Location) -> Error {
    let chain: Vec<String> = (followed.iter().chain([target]))
        .map(Location::to_string)
        .collect();
    Error::RefCycle {
        location: location.clone(),
        chain: chain.join(" -> "),
    }
}
