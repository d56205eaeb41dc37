//! One page per model type: its description, its properties (structs), values (enums),
//! alternatives (unions) or target (aliases), and a JSON example.

use askama::Template;

use super::doc_types::{On, doc_type, linked};
use super::mdx;
use super::naming::{Site, page_name};
use crate::model::names::bare;
use crate::model::samples::{Purpose, example_or_sample};
use crate::model::{Api, Enum, Field, Struct, TypeId, TypeKind, TypeRef, Union};
use crate::render::rust::types::{field_type_in, rust_type};

#[derive(Template)]
#[template(path = "markdown/model_page.md", escape = "none")]
struct ModelPage<'a> {
    front_matter: String,
    name: &'a str,
    rust_path: String,
    deprecated: bool,
    description: Option<String>,
    body: Body,
    example: Option<String>,
}

enum Body {
    Struct {
        constructor: String,
        properties: Vec<PropertyRow>,
    },
    Enum {
        values: Vec<ValueRow>,
    },
    Union {
        keyword: &'static str,
        variants: Vec<VariantRow>,
        catch_all: Option<String>,
        naming_member: Option<String>,
    },
    Alias {
        target: String,
    },
}

struct PropertyRow {
    name: String,
    ty: String,
    description: String,
    notes: String,
}

struct ValueRow {
    value: String,
    variant: String,
}

struct VariantRow {
    variant: String,
    ty: String,
}

/// The page of type `id`: its file (under `docs/`), its slug and its text.
pub fn model_page(
    api: &Api,
    id: TypeId,
    lib: &str,
    site: &Site,
) -> Result<(String, String, String), askama::Error> {
    let def = api.type_def(id);
    let name = def.name.as_str();
    let front_matter = site.page(name, &site.models_slug());
    let body = match &def.kind {
        TypeKind::Struct(s) => struct_body(api, name, s),
        TypeKind::Enum(e) => enum_body(name, e),
        TypeKind::Union(u) => union_body(api, name, u),
        TypeKind::Alias(target) => Body::Alias {
            target: doc_type(api, target, On::ModelPage),
        },
    };
    let example = example_or_sample(
        api,
        &TypeRef::Named(id),
        def.example.as_ref(),
        Purpose::Show,
    )
    .and_then(|value| serde_json::to_string_pretty(&value).ok());
    let page = ModelPage {
        front_matter: front_matter.render()?,
        name,
        rust_path: format!("{lib}::models::{name}"),
        deprecated: def.deprecated,
        description: def
            .description
            .as_deref()
            .map(mdx::block)
            .filter(|d| !d.is_empty()),
        body,
        example,
    };
    Ok((
        format!("models/{}.md", page_name(name)),
        front_matter.slug,
        page.render()?,
    ))
}

fn struct_body(api: &Api, name: &str, s: &Struct) -> Body {
    let required: Vec<&str> = s
        .fields
        .iter()
        .filter(|f| f.is_constructor_arg())
        .map(|f| f.name.as_str())
        .collect();
    let constructor = format!("{name}::new({})", required.join(", "));
    let mut properties: Vec<PropertyRow> = s.fields.iter().map(|f| property_row(api, f)).collect();
    let undeclared = crate::render::rust::types::undeclared_members(api, s);
    properties.push(PropertyRow {
        name: "additional_properties".into(),
        ty: linked(api, &undeclared.ty, undeclared.named, On::ModelPage),
        description: undeclared.description.into(),
        notes: "flattened into the object".into(),
    });
    Body::Struct {
        constructor,
        properties,
    }
}

fn property_row(api: &Api, field: &Field) -> PropertyRow {
    let ty = field_type_in(api, field, "");
    let mut notes = Vec::new();
    if !field.required {
        notes.push("optional".to_string());
    }
    if field.nullable {
        notes.push("nullable".into());
    }
    if field.absent_as_none {
        notes.push("`None` when a server leaves it out or sends `null`".into());
    } else if let Some(value) = crate::model::absent_value(api, field) {
        notes.push(format!("absent or `null` reads as {value}"));
    }
    if field.read_only {
        notes.push("read-only".into());
    }
    if field.write_only {
        notes.push("write-only".into());
    }
    if field.deprecated {
        notes.push("deprecated".into());
    }
    notes.extend(
        field
            .widenings
            .iter()
            .map(|widening| widening.note().to_string()),
    );
    if bare(&field.name) != field.json_name {
        notes.push(format!("JSON {}", mdx::code_span_in_cell(&field.json_name)));
    }
    if let Some(default) = &field.default {
        notes.push(format!(
            "default: {}",
            mdx::code_span_in_cell(&default.to_string())
        ));
    }
    if let Some(TypeKind::Enum(e)) = field.ty.innermost_named().map(|id| &api.type_def(id).kind) {
        let values: Vec<String> = e.variants.iter().map(|v| enum_value(&v.value)).collect();
        notes.push(format!("one of {}", values.join(", ")));
    }
    PropertyRow {
        name: field.name.clone(),
        ty: linked(api, &ty, field.ty.innermost_named(), On::ModelPage),
        description: field
            .description
            .as_deref()
            .map(mdx::inline)
            .unwrap_or_default(),
        notes: notes.join("; "),
    }
}

/// An enum value in a table cell: as a code span, quoted when it is empty or has spaces at its ends.
fn enum_value(value: &str) -> String {
    if value.is_empty() || value.trim() != value {
        mdx::code_span_in_cell(&format!("{value:?}"))
    } else {
        mdx::code_span_in_cell(value)
    }
}

fn enum_body(name: &str, e: &Enum) -> Body {
    let values = e
        .variants
        .iter()
        .map(|v| {
            let mut value = enum_value(&v.value);
            if !v.aliases.is_empty() {
                let aliases: Vec<String> = v.aliases.iter().map(|a| enum_value(a)).collect();
                value = format!("{value} (also read from {})", aliases.join(", "));
            }
            ValueRow {
                value,
                variant: format!("`{name}::{}`", v.name),
            }
        })
        .chain(std::iter::once(ValueRow {
            value: "any other value".into(),
            variant: format!("`{name}::{}(String)`", e.unknown_variant),
        }))
        .collect();
    Body::Enum { values }
}

fn union_body(api: &Api, name: &str, u: &Union) -> Body {
    let variants = u
        .variants
        .iter()
        .map(|v| {
            let inner = rust_type(api, &v.ty);
            let inner = if v.boxed {
                format!("Box<{inner}>")
            } else {
                inner
            };
            VariantRow {
                variant: format!("`{name}::{}`", v.name),
                ty: linked(api, &inner, v.ty.innermost_named(), On::ModelPage),
            }
        })
        .collect::<Vec<_>>();
    let catch_all = u.catch_all.as_ref().map(|other| format!("{name}::{other}"));
    let json = "serde_json::Value";
    let variants = variants
        .into_iter()
        .chain(catch_all.iter().map(|other| VariantRow {
            variant: format!("`{other}`"),
            ty: linked(api, json, None, On::ModelPage),
        }))
        .collect();
    let naming_member = u.naming_member.clone();
    Body::Union {
        keyword: if u.any_of { "anyOf" } else { "oneOf" },
        variants,
        catch_all,
        naming_member,
    }
}
