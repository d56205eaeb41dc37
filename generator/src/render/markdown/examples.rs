//! The example program of each operation: a complete `main` that reads the configuration from
//! the environment, binds every argument and optional parameter to a value from the spec
//! (its example, else its default, else a plain value of the type), makes the call and prints
//! the answer.
//!
//! Values are Rust literals of the type the method or setter takes; request bodies and other
//! structured values are decoded from JSON that [`samples::fits`] the type.

use askama::Template;
use serde_json::Value;

use super::mdx::first_sentence;
use crate::model::samples::{self, Purpose, example_or_sample, string_for};
use crate::model::{Api, BodyKind, Operation, Param, RequestBody, ResponseKind, TypeKind, TypeRef};
use crate::render::rust::types::rust_type_in;

/// Longest `let response = …;` line written on one line; longer calls are chained a line a step.
const ONE_LINE: usize = 96;
/// Names of the program's own variables, which an argument must not take.
const TAKEN: &[&str] = &["client", "response", "config", "main"];

#[derive(Template)]
#[template(path = "markdown/example.rs", escape = "none")]
struct Program<'a> {
    lib: &'a str,
    uses_models: bool,
    deprecated: bool,
    /// The statements before the call, each indented and possibly spanning lines.
    bindings: Vec<String>,
    call: String,
    print: Option<&'static str>,
}

/// The example program of `operation`, for the crate whose library is `lib`.
pub fn example_program(
    api: &Api,
    operation: &Operation,
    lib: &str,
) -> Result<String, askama::Error> {
    let mut bindings = Vec::new();
    let mut args = Vec::new();
    let mut setters = Vec::new();
    let local = |name: &str| {
        if TAKEN.contains(&crate::model::names::bare(name)) {
            format!("{}_value", crate::model::names::bare(name))
        } else {
            name.to_string()
        }
    };
    // A required value is an argument of the method, an optional one a setter's.
    let mut pass = |name: &str, required: bool, variable: String| {
        if required {
            args.push(variable);
        } else {
            setters.push(format!(".{name}({variable})"));
        }
    };
    for param in operation.params.iter().filter(|p| !p.is_fixed()) {
        let variable = local(&param.name);
        bindings.push(param_binding(api, param, &variable));
        pass(&param.name, param.required, variable);
    }
    if let Some(body) = &operation.body {
        let variable = local(&body.name);
        bindings.push(body_binding(api, body, &variable));
        pass(&body.name, body.required, variable);
    }
    let steps: Vec<String> = [
        format!("{}()", api.tag_of(operation).names.module),
        format!("{}({})", operation.names.method, args.join(", ")),
    ]
    .into_iter()
    .map(|step| format!(".{step}"))
    .chain(setters)
    .chain([".send()".to_string(), ".await?".to_string()])
    .collect();
    let (assign, print) = match operation.response_kind() {
        ResponseKind::Empty => ("", None),
        ResponseKind::Bytes(_) => (
            "let response = ",
            Some("println!(\"{} bytes\", response.len());"),
        ),
        ResponseKind::Json { .. } => ("let response = ", Some("println!(\"{response:#?}\");")),
    };
    let one_line = format!("{assign}client{};", steps.concat());
    let call = if one_line.len() + 4 <= ONE_LINE {
        one_line
    } else {
        format!("{assign}client\n        {};", steps.join("\n        "))
    };
    let uses_models = bindings.iter().any(|b| b.contains("models::"));
    Program {
        lib,
        uses_models,
        deprecated: operation.deprecated,
        bindings,
        call,
        print,
    }
    .render()
}

fn param_binding(api: &Api, param: &Param, variable: &str) -> String {
    let given = [&param.example, &param.default]
        .into_iter()
        .flatten()
        .find_map(|v| literal(api, &param.ty, v, Context::Argument));
    let value =
        given.unwrap_or_else(|| placeholder(api, &param.ty, param.format.as_deref(), &param.name));
    let mut comment = param
        .description
        .as_deref()
        .map(first_sentence)
        .unwrap_or_default();
    if !param.required {
        let optional = match &param.default {
            Some(default) => format!("(optional, default {default})"),
            None => "(optional)".to_string(),
        };
        comment = if comment.is_empty() {
            optional
        } else {
            format!("{comment} {optional}")
        };
    }
    let comment = if comment.is_empty() {
        String::new()
    } else {
        format!(" // {comment}")
    };
    format!("let {variable} = {value};{comment}")
}

fn body_binding(api: &Api, body: &RequestBody, variable: &str) -> String {
    let content = body.sent();
    let comment = body
        .description
        .as_deref()
        .map(first_sentence)
        .filter(|c| !c.is_empty());
    let comment = comment.map(|c| format!("// {c}\n    ")).unwrap_or_default();
    let statement = match (&content.ty, content.kind) {
        (TypeRef::Binary, _) => {
            format!("let {variable} = std::fs::read(\"file\").expect(\"a file to upload\");")
        }
        (ty, BodyKind::Multipart) if multipart_struct(api, ty).is_some() => {
            multipart_binding(api, ty, variable)
        }
        (ty, _) => {
            let value = content
                .example
                .as_ref()
                .and_then(|e| literal(api, ty, e, Context::Argument));
            let value = value.unwrap_or_else(|| placeholder(api, ty, None, &body.name));
            match ty {
                TypeRef::String
                | TypeRef::Bool
                | TypeRef::Int32
                | TypeRef::Int64
                | TypeRef::Float32
                | TypeRef::Float64 => {
                    format!("let {variable} = {value};")
                }
                _ => format!(
                    "let {variable}: {} = {value};",
                    rust_type_in(api, ty, "models::")
                ),
            }
        }
    };
    format!("{comment}{statement}")
}

fn multipart_struct<'a>(api: &'a Api, ty: &TypeRef) -> Option<&'a crate::model::Struct> {
    match &api.type_def(ty.named()?).kind {
        TypeKind::Struct(s) => Some(s),
        _ => None,
    }
}

/// A multipart body: built with `new` from its required fields, the optional ones set after;
/// files are read from disk.
fn multipart_binding(api: &Api, ty: &TypeRef, variable: &str) -> String {
    let s = multipart_struct(api, ty).expect("checked by the caller");
    let name = rust_type_in(api, ty, "models::");
    let value_of = |field: &crate::model::Field, context: Context| match &field.ty {
        TypeRef::Binary => format!(
            "std::fs::read({:?}).expect(\"a file to upload\")",
            field.json_name
        ),
        ty => [&field.example, &field.default]
            .into_iter()
            .flatten()
            .find_map(|v| literal(api, ty, v, context))
            .unwrap_or_else(|| {
                placeholder_in(api, ty, field.format.as_deref(), &field.json_name, context)
            }),
    };
    let required: Vec<String> = s
        .fields
        .iter()
        .filter(|f| f.is_constructor_arg())
        .map(|f| value_of(f, Context::Argument))
        .collect();
    let optional: Vec<String> = s
        .fields
        .iter()
        .filter(|f| !f.is_constructor_arg())
        .map(|f| {
            let value = value_of(f, Context::Owned);
            let value = if f.boxed {
                format!("Box::new({value})")
            } else {
                value
            };
            format!("\n    {variable}.{} = Some({value});", f.name)
        })
        .collect();
    let mutable = if optional.is_empty() { "" } else { "mut " };
    format!(
        "let {mutable}{variable} = {name}::new({});{}",
        required.join(", "),
        optional.concat()
    )
}

/// Where a value goes: an argument taking `impl Into<String>` for strings, or a place of
/// exactly the type (an item of a `Vec`, a field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    Argument,
    Owned,
}

/// A Rust expression of type `ty` for `value`, if `value` is one.
fn literal(api: &Api, ty: &TypeRef, value: &Value, context: Context) -> Option<String> {
    let string = |s: &str| {
        if context == Context::Owned {
            format!("{s:?}.to_string()")
        } else {
            format!("{s:?}")
        }
    };
    match ty {
        TypeRef::String => match value {
            Value::String(s) => Some(string(s)),
            Value::Number(_) | Value::Bool(_) => Some(string(&value.to_string())),
            _ => None,
        },
        TypeRef::Bool => value
            .as_bool()
            .or_else(|| value.as_str().and_then(|s| s.parse().ok()))
            .map(|b| b.to_string()),
        TypeRef::Int32 => integer(value)
            .filter(|n| i32::try_from(*n).is_ok())
            .map(|n| n.to_string()),
        TypeRef::Int64 => integer(value).map(|n| n.to_string()),
        TypeRef::Float32 | TypeRef::Float64 => value
            .as_f64()
            .or_else(|| value.as_str().and_then(|s| s.parse().ok()))
            .filter(|f: &f64| f.is_finite())
            .map(|f| format!("{f:?}")),
        TypeRef::DateTime | TypeRef::Date if samples::fits(api, value, ty) => Some(format!(
            "{:?}.parse().expect(\"a valid date\")",
            value.as_str()?
        )),
        TypeRef::Array(inner) if is_literal_item(api, inner) => {
            let items = value.as_array()?;
            let items: Option<Vec<String>> = items
                .iter()
                .map(|item| literal(api, inner, item, Context::Owned))
                .collect();
            Some(format!("vec![{}]", items?.join(", ")))
        }
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Enum(e) => {
                let text = value.as_str()?;
                let name = &api.type_def(*id).name;
                Some(
                    match e
                        .variants
                        .iter()
                        .find(|v| v.value == text || v.aliases.iter().any(|a| a == text))
                    {
                        Some(variant) => format!("models::{name}::{}", variant.name),
                        None => format!("models::{name}::from({text:?})"),
                    },
                )
            }
            TypeKind::Alias(target) => literal(api, target, value, context),
            _ => json_value(api, ty, value),
        },
        _ => json_value(api, ty, value),
    }
}

/// Whether items of type `ty` are written as literals (else a whole array is read from JSON).
fn is_literal_item(api: &Api, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::String
        | TypeRef::Bool
        | TypeRef::Int32
        | TypeRef::Int64
        | TypeRef::Float32
        | TypeRef::Float64 => true,
        TypeRef::Named(id) => match &api.type_def(*id).kind {
            TypeKind::Enum(_) => true,
            TypeKind::Alias(target) => is_literal_item(api, target),
            _ => false,
        },
        _ => false,
    }
}

fn integer(value: &Value) -> Option<i64> {
    value
        .as_i64()
        .or_else(|| value.as_str().and_then(|s| s.parse().ok()))
}

/// `value` decoded from JSON, if the crate decodes it as `ty`.
fn json_value(api: &Api, ty: &TypeRef, value: &Value) -> Option<String> {
    if !samples::fits(api, value, ty) {
        return None;
    }
    let pretty = serde_json::to_string_pretty(value)
        .ok()?
        .replace('\n', "\n    ");
    let literal = crate::render::rust::raw_string_literal(&pretty);
    Some(format!(
        "serde_json::from_str({literal}).expect(\"valid JSON for {}\")",
        rust_type_in(api, ty, "")
    ))
}

/// A value of `ty` when the spec gives none that fits: built from the parts' examples.
fn placeholder(api: &Api, ty: &TypeRef, format: Option<&str>, name: &str) -> String {
    placeholder_in(api, ty, format, name, Context::Argument)
}

fn placeholder_in(
    api: &Api,
    ty: &TypeRef,
    format: Option<&str>,
    name: &str,
    context: Context,
) -> String {
    let named = || match string_for(format) {
        "string" => format!("{}_example", crate::model::names::bare(name)),
        special => special.to_string(),
    };
    let plain = match ty {
        TypeRef::String => Some(Value::String(named())),
        TypeRef::Array(inner) if **inner == TypeRef::String => {
            Some(Value::Array(vec![Value::String(named())]))
        }
        _ => example_or_sample(api, ty, None, Purpose::Send),
    };
    plain
        .and_then(|value| literal(api, ty, &value, context))
        .unwrap_or_else(|| {
            format!(
                "serde_json::from_str(\"{{}}\").expect(\"valid JSON for {}\")",
                rust_type_in(api, ty, "")
            )
        })
}
