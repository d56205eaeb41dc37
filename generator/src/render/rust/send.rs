//! The statements of a request builder's `send`: build the URL, query, headers and body, send,
//! and decode what comes back.

use super::types::{array_item, rust_type_in, to_str, to_text};
use crate::model::{
    Api, BodyKind, Field, Operation, ParamLocation, PathSegment, ResponseContent, ResponseKind,
    TypeKind, TypeRef,
};

/// What `send` returns, and the expression that produces it from the response.
pub struct Output {
    pub ty: String,
    pub decode: String,
    pub accept: Option<String>,
    /// The item type, when the operation returns a JSON array: it can be read as pages.
    pub item: Option<String>,
}

pub fn output(api: &Api, operation: &Operation) -> Output {
    let id = &operation.operation_id;
    let preferred = operation
        .success_responses()
        .filter_map(|r| r.preferred_content());
    match operation.response_kind() {
        ResponseKind::Empty => Output {
            ty: "()".into(),
            decode: format!("crate::request::empty({id:?}, response).await"),
            accept: None,
            item: None,
        },
        ResponseKind::Bytes(_) => Output {
            ty: "Vec<u8>".into(),
            decode: format!("crate::request::bytes({id:?}, response).await"),
            accept: media_types(operation.success_responses().flat_map(|r| &r.contents)),
            item: None,
        },
        ResponseKind::Json {
            content,
            optional: true,
        } => Output {
            ty: format!("Option<{}>", rust_type_in(api, &content.ty, "models::")),
            decode: format!("crate::request::json_or_empty({id:?}, response).await"),
            accept: media_types(preferred),
            item: None,
        },
        ResponseKind::Json {
            content,
            optional: false,
        } => Output {
            ty: rust_type_in(api, &content.ty, "models::"),
            decode: format!("crate::request::json({id:?}, response).await"),
            accept: media_types(preferred),
            item: array_item(api, &content.ty).map(|item| rust_type_in(api, item, "models::")),
        },
    }
}

/// An `Accept` value listing each of these contents' media types once, in order.
fn media_types<'a>(contents: impl Iterator<Item = &'a ResponseContent>) -> Option<String> {
    let mut listed: Vec<&str> = Vec::new();
    for content in contents {
        if !listed.contains(&content.media_type.as_str()) {
            listed.push(&content.media_type);
        }
    }
    (!listed.is_empty()).then(|| listed.join(", "))
}

/// The statements that build the request, ending with it in `request`: run for each attempt,
/// so they read the builder's fields without moving them.
pub fn send_statements(api: &Api, operation: &Operation, output: &Output) -> Vec<String> {
    let id = &operation.operation_id;
    let (path, formatted) = path_statement(api, operation);
    let mut lines = vec![path];
    let path = if formatted { "&path" } else { "path" };
    lines.push(format!(
        "let mut request = self.client.request(reqwest::Method::{}, {path});",
        operation.http_method
    ));
    lines.extend(query_statements(api, operation));
    for param in operation
        .params
        .iter()
        .filter(|p| p.location == ParamLocation::Header)
    {
        let statement = match &param.fixed_value {
            Some(value) => format!(
                "request = request.header({:?}, {value:?});",
                param.wire_name
            ),
            None => with_value(
                &param.name,
                param.required,
                &format!(
                    "request = request.header({:?}, {});",
                    param.wire_name,
                    to_text(api, &param.ty, "value")
                ),
            ),
        };
        lines.push(statement);
    }
    if let Some(accept) = &output.accept {
        lines.push(format!(
            "request = request.header(reqwest::header::ACCEPT, {accept:?});"
        ));
    }
    if let Some(body) = &operation.body {
        let content = body.sent();
        let attach = match content.kind {
            BodyKind::Json | BodyKind::JsonPatch => {
                format!(
                    "request = crate::request::with_json({id:?}, request, {:?}, &value)?;",
                    content.media_type
                )
            }
            BodyKind::Form => "request = request.form(&value);".into(),
            BodyKind::Multipart => format!(
                "request = request.multipart({});",
                multipart_form(api, &content.ty)
            ),
            BodyKind::Text | BodyKind::Binary => {
                format!(
                    "request = request.header(reqwest::header::CONTENT_TYPE, {:?}).body(value.clone());",
                    content.media_type
                )
            }
        };
        lines.push(with_value(&body.name, body.required, &attach));
    }
    if !lines[2..].iter().any(|line| line.contains("request = ")) {
        lines[1] = lines[1].replacen("let mut request", "let request", 1);
    }
    lines
}

/// `statement` run with `value` bound to the field: always when required, else when set.
fn with_value(field: &str, required: bool, statement: &str) -> String {
    if required {
        format!("{{ let value = &self.{field}; {statement} }}")
    } else {
        format!("if let Some(value) = &self.{field} {{ {statement} }}")
    }
}

/// The statement binding `path`, and whether it is a `String` (rather than a literal).
fn path_statement(api: &Api, operation: &Operation) -> (String, bool) {
    let pieces: Vec<String> = operation
        .path
        .segments()
        .iter()
        .map(|segment| match segment {
            PathSegment::Literal(text) => format!("{text:?}"),
            PathSegment::Param(name) => {
                let param = operation
                    .params
                    .iter()
                    .find(|p| p.location == ParamLocation::Path && p.wire_name == *name)
                    .expect("every template variable has a path parameter");
                let value = to_str(api, &param.ty, &format!("self.{}", param.name));
                format!("&crate::request::path_segment({value})")
            }
        })
        .collect();
    if operation.path.param_names().next().is_none() {
        return (format!("let path = {:?};", operation.path.as_str()), false);
    }
    // Concatenation rather than `format!`, whose arguments prettyplease cannot lay out.
    (
        format!("let path = [{}].concat();", pieces.join(", ")),
        true,
    )
}

fn query_statements(api: &Api, operation: &Operation) -> Vec<String> {
    let params: Vec<_> = operation
        .params
        .iter()
        .filter(|p| p.location == ParamLocation::Query)
        .collect();
    if params.is_empty() {
        return Vec::new();
    }
    let mut lines = vec!["let mut query: Vec<(&str, String)> = Vec::new();".to_string()];
    for param in params {
        let push = match array_item(api, &param.ty) {
            Some(item) if param.explode => {
                format!(
                    "for item in value {{ query.push(({:?}, {})); }}",
                    param.wire_name,
                    to_text(api, item, "item")
                )
            }
            Some(TypeRef::String) => {
                format!("query.push(({:?}, value.join(\",\")));", param.wire_name)
            }
            Some(item) => format!(
                "query.push(({:?}, value.iter().map(|item| {}).collect::<Vec<_>>().join(\",\")));",
                param.wire_name,
                to_text(api, item, "item")
            ),
            None => format!(
                "query.push(({:?}, {}));",
                param.wire_name,
                to_text(api, &param.ty, "value")
            ),
        };
        lines.push(with_value(&param.name, param.required, &push));
    }
    lines.push("request = request.query(&query);".into());
    lines
}

/// Whether the operation uploads a file in a multipart form: its builder then lets the caller
/// name the file and say its content type.
pub fn uploads_file(api: &Api, operation: &Operation) -> bool {
    let Some(content) = operation.body.as_ref().map(|body| body.sent()) else {
        return false;
    };
    content.kind == BodyKind::Multipart
        && form_fields(api, &content.ty)
            .is_some_and(|fields| fields.iter().any(|field| field.ty == TypeRef::Binary))
}

/// The fields a multipart body of type `ty` is sent as, one part each, when it is a struct.
fn form_fields<'a>(api: &'a Api, ty: &TypeRef) -> Option<&'a [Field]> {
    match &api.type_def(ty.named()?).kind {
        TypeKind::Struct(s) => Some(&s.fields),
        _ => None,
    }
}

/// An expression building the multipart form from the body struct `value` (borrowed, as the
/// form is built anew for each attempt): files as parts, everything else as text.
fn multipart_form(api: &Api, ty: &TypeRef) -> String {
    let Some(fields) = form_fields(api, ty) else {
        return "reqwest::multipart::Form::new().text(\"body\", serde_json::to_string(&value).unwrap_or_default())".into();
    };
    let mut parts = vec!["{ let mut form = reqwest::multipart::Form::new();".to_string()];
    for field in fields {
        // Every part says its content type: some servers (and Prism) reject parts without one.
        let add = match &field.ty {
            TypeRef::Binary => format!(
                "form = form.part({name:?}, crate::request::file_part(part.clone(), {name:?}, &self.upload)?);",
                name = field.json_name
            ),
            TypeRef::String => format!(
                "form = form.part({:?}, crate::request::text_part(part.clone()));",
                field.json_name
            ),
            ty if api.is_object(ty) => format!(
                "form = form.part({:?}, crate::request::json_part(serde_json::to_string(part).unwrap_or_default()));",
                field.json_name
            ),
            ty => format!(
                "form = form.part({:?}, crate::request::text_part({}));",
                field.json_name,
                to_text(api, ty, "part")
            ),
        };
        // A boxed field is read through its box: every use of `part` takes a reference.
        parts.push(if field.is_option() {
            format!("if let Some(part) = &value.{} {{ {add} }}", field.name)
        } else {
            format!("{{ let part = &value.{}; {add} }}", field.name)
        });
    }
    parts.push("form }".into());
    parts.join(" ")
}
