//! What a schema is, whichever way the spec spells it.
//!
//! `openapiv3` reads well-formed schemas into `Type` and everything else (mixed keywords, typos
//! such as `type: date-time`, `items` without `type: array`) into `AnySchema`; this module
//! folds both into one set of shapes and reports the defects it reads past.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::types::TypeRef;

pub type Properties = IndexMap<String, ReferenceOr<Box<Schema>>>;

pub enum Shape<'s> {
    Scalar(TypeRef),
    StringEnum {
        values: Vec<String>,
        has_null: bool,
    },
    Object {
        properties: &'s Properties,
        required: &'s [String],
        additional: Option<&'s AdditionalProperties>,
    },
    Array(Option<&'s ReferenceOr<Box<Schema>>>),
    Union {
        variants: &'s [ReferenceOr<Schema>],
        any_of: bool,
    },
    /// `allOf`, with the properties the schema declares beside it.
    AllOf {
        parts: &'s [ReferenceOr<Schema>],
        own: Option<(&'s Properties, &'s [String])>,
    },
    Any,
}

/// Formats the OpenAPI 3.0 registry knows; others are read as plain strings with a warning.
const KNOWN_STRING_FORMATS: &[&str] = &[
    "date-time",
    "date",
    "uuid",
    "email",
    "uri",
    "url",
    "byte",
    "binary",
    "password",
    "hostname",
    "ipv4",
    "ipv6",
    "uri-reference",
    "time",
];

/// Classifies `schema`; `warn` hears of the defects read past.
pub fn shape<'s>(schema: &'s Schema, warn: &mut dyn FnMut(String)) -> Shape<'s> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) => {
            let format = format_name(&string.format);
            if !string.enumeration.is_empty() {
                let values = string.enumeration.iter().flatten().cloned().collect();
                return Shape::StringEnum {
                    values,
                    has_null: string.enumeration.iter().any(Option::is_none),
                };
            }
            Shape::Scalar(string_type(format.as_deref(), warn))
        }
        SchemaKind::Type(Type::Integer(integer)) => {
            Shape::Scalar(integer_type(format_name(&integer.format).as_deref()))
        }
        SchemaKind::Type(Type::Number(number)) => {
            Shape::Scalar(number_type(format_name(&number.format).as_deref()))
        }
        SchemaKind::Type(Type::Boolean(_)) => Shape::Scalar(TypeRef::Bool),
        SchemaKind::Type(Type::Object(object)) => Shape::Object {
            properties: &object.properties,
            required: &object.required,
            additional: object.additional_properties.as_ref(),
        },
        SchemaKind::Type(Type::Array(array)) => Shape::Array(array.items.as_ref()),
        SchemaKind::OneOf { one_of } => Shape::Union {
            variants: one_of,
            any_of: false,
        },
        SchemaKind::AnyOf { any_of } => Shape::Union {
            variants: any_of,
            any_of: true,
        },
        SchemaKind::AllOf { all_of } => Shape::AllOf {
            parts: all_of,
            own: None,
        },
        SchemaKind::Not { .. } => Shape::Any,
        SchemaKind::Any(any) => any_shape(any, warn),
    }
}

fn any_shape<'s>(any: &'s openapiv3::AnySchema, warn: &mut dyn FnMut(String)) -> Shape<'s> {
    let typ = any.typ.as_deref();
    if !any.all_of.is_empty() {
        let own =
            (!any.properties.is_empty()).then_some((&any.properties, any.required.as_slice()));
        return Shape::AllOf {
            parts: &any.all_of,
            own,
        };
    }
    if !any.one_of.is_empty() || !any.any_of.is_empty() {
        let any_of = any.one_of.is_empty();
        let variants = if any_of { &any.any_of } else { &any.one_of };
        if !any.properties.is_empty() {
            warn("properties beside `oneOf`/`anyOf` are ignored; the alternatives describe the value".into());
        }
        return Shape::Union { variants, any_of };
    }
    match typ {
        Some("date-time") => {
            warn("`type: date-time` is not an OpenAPI type; read as `type: string, format: date-time`".into());
            Shape::Scalar(TypeRef::DateTime)
        }
        Some("array") => Shape::Array(any.items.as_ref()),
        None if any.items.is_some() => {
            warn("`items` without `type: array`; read as an array".into());
            Shape::Array(any.items.as_ref())
        }
        Some("object") | None
            if !any.properties.is_empty() || any.additional_properties.is_some() =>
        {
            Shape::Object {
                properties: &any.properties,
                required: &any.required,
                additional: any.additional_properties.as_ref(),
            }
        }
        Some("string") | None if !any.enumeration.is_empty() => {
            let values = any
                .enumeration
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect();
            Shape::StringEnum {
                values,
                has_null: any.enumeration.iter().any(Value::is_null),
            }
        }
        Some("string") => Shape::Scalar(string_type(any.format.as_deref(), warn)),
        Some("integer") => Shape::Scalar(integer_type(any.format.as_deref())),
        Some("number") => Shape::Scalar(number_type(any.format.as_deref())),
        Some("boolean") => Shape::Scalar(TypeRef::Bool),
        Some("object") => Shape::Object {
            properties: &any.properties,
            required: &any.required,
            additional: None,
        },
        Some(other) => {
            warn(format!(
                "`type: {other}` is not an OpenAPI type; read as any JSON value"
            ));
            Shape::Any
        }
        None => Shape::Any,
    }
}

fn format_name<T: serde::Serialize>(format: &VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(item) => {
            serde_json::to_value(item).ok()?.as_str().map(String::from)
        }
        VariantOrUnknownOrEmpty::Unknown(name) => Some(name.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

/// The format as a reader should see it (for docs), or `None` when it adds nothing; for an
/// array of inline items, the items' format.
pub fn declared_format(schema: &Schema) -> Option<String> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => format_name(&s.format),
        SchemaKind::Type(Type::Integer(i)) => format_name(&i.format),
        SchemaKind::Type(Type::Number(n)) => format_name(&n.format),
        SchemaKind::Type(Type::Array(a)) => match &a.items {
            Some(ReferenceOr::Item(items)) => declared_format(items),
            _ => None,
        },
        SchemaKind::Any(any) => any.format.clone(),
        _ => None,
    }
}

/// The `pattern` a string (or a string array's items) must match.
pub fn declared_pattern(schema: &Schema) -> Option<String> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => s.pattern.clone(),
        SchemaKind::Type(Type::Array(a)) => match &a.items {
            Some(ReferenceOr::Item(items)) => declared_pattern(items),
            _ => None,
        },
        SchemaKind::Any(any) => any.pattern.clone(),
        _ => None,
    }
}

fn string_type(format: Option<&str>, warn: &mut dyn FnMut(String)) -> TypeRef {
    match format {
        Some("date-time") => TypeRef::DateTime,
        Some("date") => TypeRef::Date,
        Some("binary") => TypeRef::Binary,
        Some(known) if KNOWN_STRING_FORMATS.contains(&known) => TypeRef::String,
        Some(other) => {
            warn(format!(
                "string format `{other}` is not a standard format; read as a plain string"
            ));
            TypeRef::String
        }
        None => TypeRef::String,
    }
}

fn integer_type(format: Option<&str>) -> TypeRef {
    match format {
        Some("int32") => TypeRef::Int32,
        _ => TypeRef::Int64,
    }
}

fn number_type(format: Option<&str>) -> TypeRef {
    match format {
        Some("float") => TypeRef::Float32,
        _ => TypeRef::Float64,
    }
}
