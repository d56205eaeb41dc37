//! Builds the model's operations from the spec's path items.
//!
//! The loader replaces every `$ref` but a schema's by what it points to (see [`Spec`]), so the
//! parameters, request bodies, responses and headers here are all read as items.
//!
//! [`Spec`]: crate::load::Spec

use openapiv3::{Parameter, ParameterSchemaOrContent, ReferenceOr, StatusCode};

use super::build_types::TypeBuilder;
use super::names::{Scope, camel_ident, snake_ident};
use super::operation_ids::OperationId;
use super::operations::{
    BodyContent, BodyKind, Operation, Param, ParamLocation, RequestBody, Response, ResponseContent,
    ResponseHeader, SecurityRequirement, Status,
};
use super::path_template::PathTemplate;
use super::rust_names::OperationNames;
use super::shape::{declared_format, declared_pattern};
use super::types::TypeRef;
use crate::load::{SchemaRef, SpecPath, origin_of};
use crate::location::Location;

/// The header SailPoint uses to mark experimental operations; the client sends it itself.
const EXPERIMENTAL_HEADER: &str = "X-SailPoint-Experimental";

/// What a request builder holds or offers besides its parameters: a parameter never takes these
/// names.
const BUILDER_MEMBERS: &[&str] = &[
    "client",
    "options",
    "upload",
    "listing",
    "max_items",
    "pages_ahead",
    "timeout",
    "deadline",
    "file_name",
    "file_content_type",
    "send",
    "send_page",
    "send_with_metadata",
    "send_streaming",
    "items",
    "response",
];

pub fn build_operation<'s>(
    types: &mut TypeBuilder<'s>,
    path: &'s SpecPath,
    template: &PathTemplate,
    http_method: &str,
    operation: &'s openapiv3::Operation,
    id: OperationId,
) -> Operation {
    let origin = path.origin.child(http_method);
    let operation_id = id.id;
    let names = OperationNames::of(&operation_id);
    let type_prefix = names.builder.as_str();
    let params = params(types, path, template, operation, type_prefix, &origin);
    let mut members = Scope::with_reserved(BUILDER_MEMBERS);
    let params: Vec<Param> = params
        .into_iter()
        .map(|p| Param {
            name: members.claim(&p.name),
            ..p
        })
        .collect();
    let body = operation
        .request_body
        .as_ref()
        .and_then(ReferenceOr::as_item)
        .map(|body| request_body(types, body, type_prefix, &origin, &mut members));
    let responses = responses(types, operation, type_prefix, &origin);
    let query = |name: &str| {
        params
            .iter()
            .any(|p| p.location == ParamLocation::Query && p.wire_name == name)
    };
    let paginated = query("limit") && query("offset");
    let experimental = params.iter().any(|p| p.fixed_value.is_some());
    Operation {
        names,
        operation_id,
        shared_operation_id: id.shared,
        tag: operation
            .tags
            .first()
            .cloned()
            .unwrap_or_else(|| "Default".into()),
        http_method: http_method.to_uppercase(),
        path: template.clone(),
        summary: operation.summary.clone(),
        description: operation.description.clone(),
        deprecated: operation.deprecated,
        params,
        body,
        responses,
        security: security(operation),
        anonymous: anonymous(operation),
        paginated,
        experimental,
        // Known once every type is built: see `example_conflicts`.
        example_contradicts_response: false,
    }
}

/// The path item's parameters overridden by the operation's, path parameters first in the
/// order the template names them, then the rest in spec order.
fn params<'s>(
    types: &mut TypeBuilder<'s>,
    path: &'s SpecPath,
    template: &PathTemplate,
    operation: &'s openapiv3::Operation,
    prefix: &str,
    origin: &Location,
) -> Vec<Param> {
    let listed_at = |owner: &Location, index| owner.child("parameters").index(index);
    let path_level = (path.item.parameters.iter().enumerate()).filter_map(|(index, parameter)| {
        Some((parameter.as_item()?, listed_at(&path.origin, index)))
    });
    let operation_level = (operation.parameters.iter().enumerate())
        .filter_map(|(index, parameter)| Some((parameter.as_item()?, listed_at(origin, index))));
    let mut declared: Vec<(&'s Parameter, Location)> = Vec::new();
    for (parameter, at) in path_level.chain(operation_level) {
        let data = parameter.parameter_data_ref();
        match declared
            .iter_mut()
            .find(|(p, _)| p.parameter_data_ref().name == data.name && same_location(p, parameter))
        {
            Some(existing) => *existing = (parameter, at),
            None => declared.push((parameter, at)),
        }
    }
    let template_names: Vec<&str> = template.param_names().collect();
    let mut params = Vec::new();
    for &name in &template_names {
        match declared.iter().find(|(p, _)| {
            matches!(p, Parameter::Path { .. }) && p.parameter_data_ref().name == name
        }) {
            Some((parameter, at)) => params.push(param(types, parameter, prefix, at)),
            None => {
                types.warnings.push(origin, format!("path template variable `{{{name}}}` has no parameter; taken as a required string"));
                params.push(undeclared_path_param(name));
            }
        }
    }
    for (parameter, at) in declared {
        let name = &parameter.parameter_data_ref().name;
        if matches!(parameter, Parameter::Path { .. }) {
            if !template_names.contains(&name.as_str()) {
                types.warnings.push(origin, format!("path parameter `{name}` does not appear in the path `{template}`; it cannot be sent and is left out"));
            }
            continue;
        }
        params.push(param(types, parameter, prefix, &at));
    }
    params
}

fn same_location(a: &Parameter, b: &Parameter) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

fn undeclared_path_param(name: &str) -> Param {
    Param {
        wire_name: name.to_string(),
        name: snake_ident(name),
        location: ParamLocation::Path,
        ty: TypeRef::String,
        required: true,
        deprecated: false,
        description: None,
        format: None,
        pattern: None,
        default: None,
        example: None,
        maximum: None,
        explode: false,
        fixed_value: None,
    }
}

fn param<'s>(
    types: &mut TypeBuilder<'s>,
    parameter: &'s Parameter,
    prefix: &str,
    origin: &Location,
) -> Param {
    let data = parameter.parameter_data_ref();
    let (location, explode) = match parameter {
        Parameter::Path { .. } => (ParamLocation::Path, false),
        Parameter::Query { .. } => (ParamLocation::Query, data.explode.unwrap_or(true)),
        Parameter::Header { .. } => (ParamLocation::Header, false),
        Parameter::Cookie { .. } => (ParamLocation::Cookie, false),
    };
    let hint = format!("{prefix}{}", camel_ident(&data.name));
    let (ty, schema) = match &data.format {
        ParameterSchemaOrContent::Schema(schema) => {
            let schema = SchemaRef::from(schema);
            (
                types.use_of(schema, &hint, origin).ty,
                match schema {
                    SchemaRef::Inline(item) => Some(item),
                    SchemaRef::Named(_) => None,
                },
            )
        }
        ParameterSchemaOrContent::Content(_) => (TypeRef::String, None),
    };
    let schema_data = schema.map(|s| &s.schema_data);
    let default = schema_data
        .and_then(|d| d.default.as_ref())
        .and_then(|d| types.checked_default(&ty, d, origin));
    let fixed_value = (location == ParamLocation::Header
        && data.name.eq_ignore_ascii_case(EXPERIMENTAL_HEADER))
    .then(|| {
        default
            .as_ref()
            .and_then(|d| d.as_str().map(String::from))
            .unwrap_or_else(|| "true".into())
    });
    Param {
        wire_name: data.name.clone(),
        name: snake_ident(&data.name),
        location,
        ty,
        required: data.required || location == ParamLocation::Path,
        deprecated: data.deprecated.unwrap_or(false),
        description: data.description.clone(),
        format: schema.and_then(declared_format),
        pattern: schema.and_then(declared_pattern),
        default,
        example: data
            .example
            .clone()
            .or_else(|| schema_data.and_then(|d| d.example.clone())),
        maximum: schema.and_then(maximum),
        explode,
        fixed_value,
    }
}

fn maximum(schema: &openapiv3::Schema) -> Option<f64> {
    match &schema.schema_kind {
        openapiv3::SchemaKind::Type(openapiv3::Type::Integer(integer)) => {
            integer.maximum.map(|m| m as f64)
        }
        openapiv3::SchemaKind::Type(openapiv3::Type::Number(number)) => number.maximum,
        openapiv3::SchemaKind::Any(any) => any.maximum,
        _ => None,
    }
}

fn request_body<'s>(
    types: &mut TypeBuilder<'s>,
    body: &'s openapiv3::RequestBody,
    prefix: &str,
    origin: &Location,
    names: &mut Scope,
) -> RequestBody {
    let hint = format!("{prefix}Request");
    let contents: Vec<BodyContent> = body
        .content
        .iter()
        .map(|(media_type, media)| {
            let (kind, ty) = content_type(types, media_type, media, &hint, origin);
            BodyContent {
                media_type: media_type.clone(),
                kind,
                ty,
                example: media_example(media),
            }
        })
        .collect();
    let contents = if contents.is_empty() {
        types
            .warnings
            .push(origin, "request body without content; sent as raw bytes");
        vec![BodyContent {
            media_type: "application/octet-stream".into(),
            kind: BodyKind::Binary,
            ty: TypeRef::Binary,
            example: None,
        }]
    } else {
        contents
    };
    let name = match &contents[0].ty.innermost_named() {
        Some(id) => snake_ident(&types.types[id.0].name),
        None => "body".to_string(),
    };
    RequestBody {
        name: names.claim(&name),
        required: body.required,
        description: body.description.clone(),
        contents,
    }
}

/// How a body in this media type is carried, and its type. A JSON body without a schema is any
/// JSON; a `format: binary` string is a file whatever media type it is labelled with.
fn content_type<'s>(
    types: &mut TypeBuilder<'s>,
    media_type: &str,
    media: &'s openapiv3::MediaType,
    hint: &str,
    origin: &Location,
) -> (BodyKind, TypeRef) {
    let kind = BodyKind::of(media_type);
    let ty = match &media.schema {
        Some(schema) => types.use_of(SchemaRef::from(schema), hint, origin).ty,
        None if kind.is_json() => TypeRef::Json,
        None => TypeRef::Binary,
    };
    let kind = if ty == TypeRef::Binary && kind.is_json() {
        BodyKind::Binary
    } else {
        kind
    };
    (kind, ty)
}

/// The media type's example: `example`, else the first of `examples` (as mock servers pick).
fn media_example(media: &openapiv3::MediaType) -> Option<serde_json::Value> {
    media.example.clone().or_else(|| {
        media.examples.values().find_map(|e| match e {
            ReferenceOr::Item(example) => example.value.clone(),
            ReferenceOr::Reference { .. } => None,
        })
    })
}

fn responses<'s>(
    types: &mut TypeBuilder<'s>,
    operation: &'s openapiv3::Operation,
    prefix: &str,
    origin: &Location,
) -> Vec<Response> {
    let declared = operation
        .responses
        .responses
        .iter()
        .filter_map(|(code, r)| Some((status(code), r.as_item()?)));
    let default =
        (operation.responses.default.iter()).filter_map(|r| Some((Status::Default, r.as_item()?)));
    declared
        .chain(default)
        .map(|(status, response)| {
            // A response shared from its own file is one type for every operation: named by
            // its status, not by the first operation that uses it.
            let shared_from =
                origin_of(&response.extensions).filter(|shared| shared.file != origin.file);
            let hint = match (&status, shared_from) {
                (Status::Code(code), Some(shared)) => {
                    shared_response_name(types, *code, &shared.file)
                }
                _ => format!("{prefix}{}Response", status.label()),
            };
            let contents: Vec<ResponseContent> = response
                .content
                .iter()
                .map(|(media_type, media)| {
                    let (kind, ty) = content_type(types, media_type, media, &hint, origin);
                    ResponseContent {
                        media_type: media_type.clone(),
                        kind,
                        ty,
                        example: media_example(media),
                    }
                })
                .collect();
            // A 204 has no body, whatever the spec says it contains.
            let contents: Vec<ResponseContent> =
                if status == Status::Code(204) && !contents.is_empty() {
                    types.warnings.push(
                        origin,
                        "a 204 response declares content; a 204 has no body, so it is ignored",
                    );
                    Vec::new()
                } else {
                    contents
                };
            let headers = response
                .headers
                .iter()
                .filter_map(|(name, header)| Some((name, header.as_item()?)))
                .map(|(name, header)| ResponseHeader {
                    name: name.clone(),
                    ty: match &header.format {
                        ParameterSchemaOrContent::Schema(schema) => {
                            let hint = format!("{hint}{}", camel_ident(name));
                            types.use_of(SchemaRef::from(schema), &hint, origin).ty
                        }
                        ParameterSchemaOrContent::Content(_) => TypeRef::String,
                    },
                    description: header.description.clone(),
                })
                .collect();
            Response {
                status,
                description: response.description.clone(),
                contents,
                headers,
            }
        })
        .collect()
}

/// `Error401Response`; a second shared file with the same status gets its top folder in
/// front (`V2024Error401Response`).
fn shared_response_name(types: &TypeBuilder, code: u16, file: &str) -> String {
    let name = format!("Error{code}Response");
    if !types.is_name_taken(&name) {
        return name;
    }
    let folder = file.split('/').next().unwrap_or_default();
    format!("{}{name}", camel_ident(folder))
}

fn status(code: &StatusCode) -> Status {
    match code {
        StatusCode::Code(code) => Status::Code(*code),
        StatusCode::Range(digit) => Status::Range(*digit),
    }
}

/// Whether the operation declares that it needs no credentials: `security` with only empty
/// requirements (`[{}]`). One empty requirement beside others makes credentials optional, and
/// they are sent.
fn anonymous(operation: &openapiv3::Operation) -> bool {
    operation.security.as_ref().is_some_and(|requirements| {
        !requirements.is_empty() && requirements.iter().all(|r| r.is_empty())
    })
}

fn security(operation: &openapiv3::Operation) -> Vec<SecurityRequirement> {
    operation
        .security
        .iter()
        .flatten()
        .flat_map(|requirement| {
            requirement
                .iter()
                .map(|(scheme, scopes)| SecurityRequirement {
                    scheme: scheme.clone(),
                    scopes: scopes.clone(),
                })
        })
        .collect()
}
