//! Stage 2: the intermediate model of the API, shared by every renderer.

mod absence;
mod build_operations;
mod build_types;
pub mod conformance;
mod example_conflicts;
pub mod names;
mod operation_ids;
mod operations;
mod path_template;
mod patterns;
mod recursion;
mod response_kind;
mod rust_names;
pub mod samples;
mod schema_names;
mod shape;
#[cfg(test)]
mod test_support;
mod types;
mod union_naming;

pub use absence::absent_value;
pub use operations::*;
pub use path_template::{PathSegment, PathTemplate};
pub use response_kind::ResponseKind;
pub use rust_names::{ApiNames, OperationNames};
pub use types::*;

use crate::error::Warnings;
use crate::load::{Spec, SpecPath};

pub struct Api {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    /// The default server's URL with its variables at their defaults.
    pub base_url: String,
    pub tags: Vec<Tag>,
    pub operations: Vec<Operation>,
    pub types: Vec<TypeDef>,
    /// The event payloads SailPoint sends to webhook subscribers (`x-webhooks`).
    pub webhooks: Vec<Webhook>,
}

/// [`Api::api_version`] of SailPoint's versioned API, whose server has no version path.
pub const VERSIONED_API: &str = "versioned";

/// The name of the versioned API's crate, and of its pages' place on SailPoint's site.
pub const VERSIONED_CRATE: &str = "sailpoint";

pub struct Webhook {
    pub name: String,
    pub summary: Option<String>,
    pub payload: TypeRef,
    /// What the subscriber answers, for triggers that wait for an answer.
    pub response: Option<TypeRef>,
}

pub struct Tag {
    pub name: String,
    pub names: ApiNames,
    pub description: Option<String>,
    /// Indexes into [`Api::operations`], in spec order.
    pub operations: Vec<usize>,
}

impl Api {
    /// The API version as SailPoint names it, from the server URL's path: `beta`, `v3`,
    /// `v2025` (the spec's `version` is its document's version, `3.1.0-beta`). The crate's
    /// name, the pages' slugs and ids and the links to the API reference all carry it; a spec
    /// whose server has no path is SailPoint's versioned API ([`VERSIONED_API`]), whose
    /// operations' paths carry their own versions (`/identities/v1`).
    pub fn api_version(&self) -> &str {
        let after_scheme = self.base_url.find("://").map_or(0, |at| at + 3);
        let path = self.base_url[after_scheme..]
            .find('/')
            .map_or("", |slash| &self.base_url[after_scheme + slash..]);
        path.rsplit('/')
            .find(|segment| !segment.is_empty())
            .unwrap_or(VERSIONED_API)
    }

    /// Whether this is SailPoint's versioned API: no version in the server's path.
    pub fn is_versioned(&self) -> bool {
        self.api_version() == VERSIONED_API
    }

    pub fn type_def(&self, id: TypeId) -> &TypeDef {
        &self.types[id.0]
    }

    /// The tag `operation` is listed under.
    pub fn tag_of(&self, operation: &Operation) -> &Tag {
        self.tags
            .iter()
            .find(|t| t.name == operation.tag)
            .expect("every operation's tag is in the API's tags")
    }

    /// `ty` through aliases (a bounded walk: a broken spec can make aliases loop).
    pub fn resolve<'a>(&'a self, mut ty: &'a TypeRef) -> &'a TypeRef {
        for _ in 0..self.types.len() {
            match ty {
                TypeRef::Named(id) => match &self.type_def(*id).kind {
                    TypeKind::Alias(inner) => ty = inner,
                    _ => return ty,
                },
                _ => return ty,
            }
        }
        ty
    }

    /// The struct `ty` is, through aliases.
    pub fn struct_of(&self, ty: &TypeRef) -> Option<&Struct> {
        match &self.type_def(self.resolve(ty).named()?).kind {
            TypeKind::Struct(s) => Some(s),
            _ => None,
        }
    }

    /// The values of the enum `ty` is, through aliases (every spelling the crate reads); none
    /// for other types.
    pub fn enum_values(&self, ty: &TypeRef) -> Vec<&str> {
        match self.resolve(ty).named().map(|id| &self.type_def(id).kind) {
            Some(TypeKind::Enum(e)) => e
                .variants
                .iter()
                .flat_map(|v| std::iter::once(&v.value).chain(&v.aliases))
                .map(String::as_str)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Whether a value of `ty` is a JSON object (sent as a JSON part in a form).
    pub fn is_object(&self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::JsonObject | TypeRef::Map(_) => true,
            TypeRef::Named(id) => match &self.type_def(*id).kind {
                TypeKind::Struct(_) => true,
                TypeKind::Alias(inner) => self.is_object(inner),
                _ => false,
            },
            _ => false,
        }
    }
}

/// The path's template; one that does not parse is warned about and sent as the spec has it.
fn path_template(path: &SpecPath, warnings: &mut Warnings) -> PathTemplate {
    PathTemplate::parse(&path.path).unwrap_or_else(|problem| {
        warnings.push(
            &path.origin,
            format!("path template: {problem}; sent as it is"),
        );
        PathTemplate::literal(&path.path)
    })
}

pub fn build(spec: &Spec, warnings: &mut Warnings) -> Api {
    let mut types = build_types::TypeBuilder::new(&spec.schemas, warnings);
    types.define_named();
    let templates: Vec<PathTemplate> = spec
        .paths
        .iter()
        .map(|path| path_template(path, types.warnings))
        .collect();
    let mut ids = operation_ids::unique_ids(spec, &templates, types.warnings).into_iter();
    let mut operations = Vec::new();
    for (path, template) in spec.paths.iter().zip(&templates) {
        for (method, operation) in path.item.iter() {
            let id = ids.next().expect("one id per operation");
            operations.push(build_operations::build_operation(
                &mut types, path, template, method, operation, id,
            ));
        }
    }
    let webhooks = spec
        .webhooks
        .iter()
        .map(|hook| webhook(&mut types, hook))
        .collect();
    let mut types = types.types;
    recursion::box_recursive_fields(&mut types);
    let mut api = Api {
        title: spec.info.title.clone(),
        version: spec.info.version.clone(),
        description: spec.info.description.clone(),
        base_url: base_url(spec),
        tags: tags(spec, &operations),
        operations,
        types,
        webhooks,
    };
    absence::mark_absent_as_none(&mut api);
    example_conflicts::reconcile(&mut api, warnings);
    // Widening a field to take its example can give it a default.
    absence::mark_absent_as_none(&mut api);
    union_naming::name_alternatives(&mut api);
    api
}

fn webhook<'s>(
    types: &mut build_types::TypeBuilder<'s>,
    hook: &'s crate::load::SpecWebhook,
) -> Webhook {
    let hint = format!("{}Event", names::camel_ident(&hook.name));
    let origin = &hook.origin;
    let payload = types
        .use_of(crate::load::SchemaRef::from(&hook.payload), &hint, origin)
        .ty;
    let response_hint = format!("{}Response", names::camel_ident(&hook.name));
    let response = hook.response.as_ref().map(|schema| {
        types
            .use_of(crate::load::SchemaRef::from(schema), &response_hint, origin)
            .ty
    });
    Webhook {
        name: hook.name.clone(),
        summary: hook.summary.clone(),
        payload,
        response,
    }
}

fn base_url(spec: &Spec) -> String {
    let Some(server) = spec.servers.first() else {
        return String::new();
    };
    let mut url = server.url.clone();
    for (name, variable) in server.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &variable.default);
    }
    url
}

/// The spec's tags in its order, then any tag operations use without declaring it; tags no
/// operation uses are left out.
fn tags(spec: &Spec, operations: &[Operation]) -> Vec<Tag> {
    let mut tags: Vec<Tag> = spec
        .tags
        .iter()
        .map(|t| Tag {
            name: t.name.clone(),
            names: ApiNames::of(&t.name),
            description: t.description.clone(),
            operations: Vec::new(),
        })
        .collect();
    for (index, operation) in operations.iter().enumerate() {
        match tags.iter_mut().find(|t| t.name == operation.tag) {
            Some(tag) => tag.operations.push(index),
            None => tags.push(Tag {
                name: operation.tag.clone(),
                names: ApiNames::of(&operation.tag),
                description: None,
                operations: vec![index],
            }),
        }
    }
    tags.retain(|t| !t.operations.is_empty());
    tags
}
