//! `examples/every_operation.rs`: a program that calls every operation once with sample
//! arguments, for the end-to-end run against a mock of the spec.

use askama::Template;

use crate::model::conformance::fits;
use crate::model::samples::{self, Constraints, minimal, minimal_argument, minimal_form_fields};
use crate::model::{Api, BodyKind, Operation, TypeKind, TypeRef};

#[derive(Template)]
#[template(path = "rust/every_operation.rs", escape = "none")]
struct EveryOperation<'a> {
    lib_name: &'a str,
    total: usize,
    from_schema: usize,
    areas: Vec<Area>,
}

struct Area {
    name: String,
    calls: Vec<Call>,
    /// Some call needs the client that asks for responses made from the schema.
    from_schema: bool,
}

struct Call {
    operation_id: String,
    /// The spec's examples contradict the response's type: the mock is asked for a response
    /// made from the schema instead.
    from_schema: bool,
    method: String,
    args: Vec<Arg>,
    arg_names: String,
}

struct Arg {
    name: String,
    value: String,
}

pub fn every_operation_source(api: &Api, lib_name: &str) -> Result<String, askama::Error> {
    let areas = api
        .tags
        .iter()
        .map(|tag| {
            let calls: Vec<Call> = tag
                .operations
                .iter()
                .map(|&i| call(api, &api.operations[i]))
                .collect();
            Area {
                name: tag.names.module.clone(),
                from_schema: calls.iter().any(|c| c.from_schema),
                calls,
            }
        })
        .collect();
    let from_schema = api
        .operations
        .iter()
        .filter(|o| o.example_contradicts_response)
        .count();
    EveryOperation {
        lib_name,
        total: api.operations.len(),
        from_schema,
        areas,
    }
    .render()
}

fn call(api: &Api, operation: &Operation) -> Call {
    let mut args: Vec<Arg> = operation
        .required_params()
        .map(|p| Arg {
            name: p.name.clone(),
            value: rust_value(
                &p.ty,
                &minimal_argument(
                    api,
                    &p.ty,
                    Constraints {
                        format: p.format.as_deref(),
                        pattern: p.pattern.as_deref(),
                    },
                    p.example.as_ref().or(p.default.as_ref()),
                ),
            ),
        })
        .collect();
    if let Some(body) = operation.body.as_ref().filter(|b| b.required) {
        let content = body.sent();
        let made_up = match content.kind {
            BodyKind::Multipart | BodyKind::Form => minimal_form_fields(api, &content.ty),
            _ => minimal(api, &content.ty),
        };
        // Made up from the schema rather than the spec's example of the whole body, which does
        // not always satisfy its own schema; the example where the schema gives nothing to make
        // one from (a union whose alternatives each require what the others do not).
        let is_union = api
            .resolve(&content.ty)
            .named()
            .is_some_and(|id| matches!(api.type_def(id).kind, TypeKind::Union(_)));
        let made_up = match &content.example {
            Some(example)
                if is_union && !samples::useful(&made_up) && fits(api, example, &content.ty) =>
            {
                example.clone()
            }
            _ => made_up,
        };
        let value = rust_value(&content.ty, &made_up);
        args.push(Arg {
            name: body.name.clone(),
            value,
        });
    }
    let arg_names = args
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    Call {
        operation_id: operation.operation_id.clone(),
        from_schema: operation.example_contradicts_response,
        method: operation.names.method.clone(),
        args,
        arg_names,
    }
}

/// A Rust expression for `value` as an argument of type `ty`: strings are literals (the
/// methods take `impl Into<String>`), anything else is parsed from its JSON.
fn rust_value(ty: &TypeRef, value: &serde_json::Value) -> String {
    match (ty, value) {
        (TypeRef::String, serde_json::Value::String(text)) => format!("{text:?}"),
        (TypeRef::String, other) => format!("{:?}", other.to_string()),
        _ => format!("parse({})?", raw_string(value)),
    }
}

/// `value` as JSON in a raw string literal.
fn raw_string(value: &serde_json::Value) -> String {
    super::raw_string_literal(&value.to_string())
}
