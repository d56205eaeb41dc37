//! One file per tag, from the `api.rs` template.

use askama::Template;

use super::doc::doc_lines;
use super::errors::{ErrorEnum, SharedErrors, alias_doc, own_error};
use super::send::{
    BodyEncoding, Decode, HeaderValue, MultipartForm, PartContent, PathPiece, QueryValue, Request,
    output, request,
};
use super::types::rust_type_in;
use crate::error::{Error, Result};
use crate::model::{Api, Operation, Param, ResponseKind, Tag, TypeRef};

#[derive(Template)]
#[template(path = "rust/api.rs", escape = "none")]
struct ApiView<'a> {
    doc: Vec<String>,
    tag: &'a str,
    api_name: String,
    accessor: String,
    operations: Vec<OperationView>,
    /// Whether some type in the module is a model: an operation whose errors are shared
    /// and whose parameters and output are plain may leave `models` unused.
    uses_models: bool,
}

struct OperationView {
    doc: Vec<String>,
    deprecated: bool,
    /// Sent without credentials.
    anonymous: bool,
    method: String,
    /// The method's name without `r#`, for doc links.
    method_bare: String,
    builder: String,
    http_method: String,
    path: String,
    args: Vec<Arg>,
    fields: Vec<BuilderField>,
    setters: Vec<Setter>,
    output: String,
    decode: Decode,
    request: Request,
    /// The builder names the uploaded file and says its type.
    uploads_file: bool,
    /// The operation returns a file, which can be streamed.
    downloads_file: bool,
    operation_id: String,
    /// The error type's name in this module: its own enum's, or its alias of a shared one.
    error_name: String,
    error: OperationErrorView,
    paged: Option<Paged>,
}

/// The operation's error type: an enum of its own, or an alias of the type it shares with the
/// operations that declare the same statuses and bodies.
enum OperationErrorView {
    Own(ErrorEnum),
    Shared { doc: Vec<String>, shared: String },
}

impl OperationView {
    /// Every type the module writes for the operation.
    fn types(&self) -> impl Iterator<Item = &str> {
        let own_error = match &self.error {
            OperationErrorView::Own(own) => own.variants.as_slice(),
            OperationErrorView::Shared { .. } => &[],
        };
        self.args
            .iter()
            .map(|a| a.ty.as_str())
            .chain(self.fields.iter().map(|f| f.ty.as_str()))
            .chain(self.setters.iter().map(|s| s.ty.as_str()))
            .chain([self.output.as_str()])
            .chain(self.paged.iter().map(|p| p.item.as_str()))
            .chain(own_error.iter().filter_map(|v| v.payload.as_deref()))
    }
}

/// For operations that page with `limit` and `offset` and return an array.
struct Paged {
    item: String,
    /// The page size when `limit` is not set: the spec's default, within its maximum.
    page_size: i64,
    /// `i32::try_from(..)` or nothing, to store an `i64` in the `limit`/`offset` fields.
    to_limit: String,
    to_offset: String,
    /// The builder field of the operation's `count` parameter, which asks for the list's total.
    count: Option<String>,
    /// For a search (a body with `sort` and `searchAfter`): the stream of hits paged with
    /// `searchAfter`.
    search_after: Option<SearchAfter>,
}

/// Where a search's body keeps its sort and its `searchAfter`: the body's builder field and the
/// two fields of its struct.
struct SearchAfter {
    body: String,
    sort: String,
    search_after: String,
}

struct Arg {
    name: String,
    ty: String,
}

struct BuilderField {
    name: String,
    ty: String,
    init: String,
}

struct Setter {
    doc: Vec<String>,
    name: String,
    ty: String,
    value: String,
}

pub fn api_source(api: &Api, tag: &Tag, shared: &SharedErrors) -> Result<String> {
    let api_name = &tag.names.api;
    let operations: Vec<OperationView> = tag
        .operations
        .iter()
        .map(|&i| {
            let operation = &api.operations[i];
            let link = format!(
                "[`{api_name}::{method}`]({api_name}::{method})",
                method = crate::model::names::bare(&operation.names.method)
            );
            let error = match shared.of(i) {
                Some(shared) => OperationErrorView::Shared {
                    doc: alias_doc(api, operation, &link, shared),
                    shared: shared.to_string(),
                },
                None => OperationErrorView::Own(own_error(api, operation, &link)),
            };
            operation_view(api, operation, error)
        })
        .collect();
    let uses_models = operations
        .iter()
        .flat_map(OperationView::types)
        .any(|ty| ty.contains("models::"));
    let view = ApiView {
        uses_models,
        doc: tag
            .description
            .as_deref()
            .map(doc_lines)
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| vec![format!("The {} API.", tag.name)]),
        tag: &tag.name,
        api_name: api_name.clone(),
        accessor: tag.names.module.clone(),
        operations,
    };
    view.render().map_err(|e| Error::Template {
        item: format!("apis::{}", tag.names.module),
        message: e.to_string(),
    })
}

fn operation_view(api: &Api, operation: &Operation, error: OperationErrorView) -> OperationView {
    let mut args = Vec::new();
    let mut fields = Vec::new();
    let mut setters = Vec::new();
    let mut add = |name: &str, ty: &TypeRef, required: bool, doc: Vec<String>| {
        let (arg_ty, value) = input(api, ty, name);
        let stored = rust_type_in(api, ty, "models::");
        if required {
            args.push(Arg {
                name: name.to_string(),
                ty: arg_ty,
            });
            fields.push(BuilderField {
                name: name.to_string(),
                ty: stored,
                init: value,
            });
        } else {
            fields.push(BuilderField {
                name: name.to_string(),
                ty: format!("Option<{stored}>"),
                init: "None".into(),
            });
            setters.push(Setter {
                doc,
                name: name.to_string(),
                ty: arg_ty,
                value,
            });
        }
    };
    for param in operation.params.iter().filter(|p| !p.is_fixed()) {
        add(&param.name, &param.ty, param.required, param_doc(param));
    }
    if let Some(body) = &operation.body {
        let doc = body
            .description
            .as_deref()
            .map(doc_lines)
            .unwrap_or_else(|| vec!["The request body.".into()]);
        add(&body.name, &body.sent().ty, body.required, doc);
    }
    let output = output(api, operation);
    let paged = paged(operation, output.item.as_deref()).map(|paged| Paged {
        search_after: search_after(api, operation),
        ..paged
    });
    if paged.is_some() {
        fields.push(BuilderField {
            name: "listing".into(),
            ty: "crate::pagination::Listing".into(),
            init: "crate::pagination::Listing::default()".into(),
        });
    }
    OperationView {
        doc: operation_doc(operation),
        deprecated: operation.deprecated,
        anonymous: operation.anonymous,
        method: operation.names.method.clone(),
        method_bare: crate::model::names::bare(&operation.names.method).to_string(),
        builder: operation.names.builder.clone(),
        http_method: operation.http_method.clone(),
        path: operation.path.to_string(),
        args,
        fields,
        setters,
        uploads_file: super::send::uploads_file(api, operation),
        downloads_file: matches!(operation.response_kind(), ResponseKind::Bytes(_)),
        request: request(api, operation, &output),
        operation_id: operation.operation_id.clone(),
        output: output.ty,
        decode: output.decode,
        error_name: operation.names.error.clone(),
        error,
        paged,
    }
}

fn paged(operation: &Operation, item: Option<&str>) -> Option<Paged> {
    let item = item.filter(|_| operation.paginated)?;
    let param = |name: &str| {
        operation
            .params
            .iter()
            .find(|p| p.wire_name == name && p.location == crate::model::ParamLocation::Query)
    };
    let (limit, offset) = (param("limit")?, param("offset")?);
    if limit.required || offset.required {
        return None;
    }
    let conversion = |p: &Param| match p.ty {
        TypeRef::Int32 => format!("i32::try_from({}).unwrap_or(i32::MAX)", p.name),
        _ => p.name.clone(),
    };
    let default = limit
        .default
        .as_ref()
        .and_then(serde_json::Value::as_i64)
        .unwrap_or(250);
    let page_size = limit.maximum.map_or(default, |max| default.min(max as i64));
    let count = param("count")
        .filter(|p| p.ty == TypeRef::Bool && !p.required)
        .map(|p| p.name.clone());
    Some(Paged {
        count,
        item: item.to_string(),
        page_size,
        to_limit: conversion(limit),
        to_offset: conversion(offset),
        search_after: None,
    })
}

/// A search's body fields, where the operation's required body is a struct with optional
/// `sort` and `searchAfter` lists of strings.
fn search_after(api: &Api, operation: &Operation) -> Option<SearchAfter> {
    let body = operation.body.as_ref().filter(|body| body.required)?;
    let fields = &api.struct_of(&body.sent().ty)?.fields;
    let list_of_strings = |json_name: &str| {
        fields
            .iter()
            .find(|f| f.json_name == json_name && !f.required && !f.boxed)
            .filter(|f| matches!(&f.ty, TypeRef::Array(item) if **item == TypeRef::String))
            .map(|f| f.name.clone())
    };
    Some(SearchAfter {
        body: body.name.clone(),
        sort: list_of_strings("sort")?,
        search_after: list_of_strings("searchAfter")?,
    })
}

/// The argument type a caller passes for `ty`, and the expression that stores it.
fn input(api: &Api, ty: &TypeRef, name: &str) -> (String, String) {
    match ty {
        TypeRef::String => ("impl Into<String>".into(), format!("{name}.into()")),
        _ => (rust_type_in(api, ty, "models::"), name.to_string()),
    }
}

fn operation_doc(operation: &Operation) -> Vec<String> {
    let mut doc = Vec::new();
    if let Some(summary) = &operation.summary {
        doc.extend(doc_lines(summary));
    }
    if let Some(description) = &operation.description {
        if !doc.is_empty() {
            doc.push(String::new());
        }
        doc.extend(doc_lines(description));
    }
    if !doc.is_empty() {
        doc.push(String::new());
    }
    doc.push(format!(
        "`{} {}` (`{}`)",
        operation.http_method,
        operation.path,
        operation.spec_operation_id()
    ));
    if let Some(shared) = &operation.shared_operation_id {
        doc.push(String::new());
        doc.push(format!(
            "The spec gives another operation the operationId `{shared}` too, so this one is \
             named `{}`, after its method and path.",
            operation.operation_id
        ));
    }
    doc
}

fn param_doc(param: &Param) -> Vec<String> {
    let mut doc = param
        .description
        .as_deref()
        .map(doc_lines)
        .unwrap_or_default();
    if doc.is_empty() {
        doc.push(format!(
            "The `{}` {} parameter.",
            param.wire_name,
            param.location.as_str()
        ));
    }
    if let Some(default) = &param.default {
        doc.push(String::new());
        doc.push(format!("The server's default: `{default}`."));
    }
    doc
}
