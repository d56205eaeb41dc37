//! One file per model type, from the `model_*.rs` templates.

use std::collections::BTreeSet;

use askama::Template;

use super::doc::doc_lines;
use super::types::{expand_aliases, field_type_in, rust_type};
use crate::error::{Error, Result};
use crate::location::Location;
use crate::model::{Api, Enum, Field, Struct, TypeDef, TypeId, TypeKind, TypeRef, Union, Widening};

#[derive(Template)]
#[template(path = "rust/model_file.rs", escape = "none")]
struct ModelFile<'a> {
    name: &'a str,
    origin: &'a Location,
    imports: Vec<String>,
    item: String,
}

#[derive(Template)]
#[template(path = "rust/model_struct.rs", escape = "none")]
struct StructView<'a> {
    doc: Vec<String>,
    name: &'a str,
    derives: &'static str,
    fields: Vec<FieldView>,
    /// The `additional_properties` field, which takes the members the others do not.
    undeclared: FieldView,
    args: Vec<Arg>,
}

struct FieldView {
    doc: Vec<String>,
    attrs: Vec<String>,
    name: String,
    /// The member's name in JSON.
    json_name: String,
    /// How the member is read: by this `DeserializeSeed`, or else as its type.
    seed: Option<&'static str>,
    ty: String,
    init: String,
    /// The field's value when its member is absent.
    empty: &'static str,
}

struct Arg {
    name: String,
    ty: String,
}

#[derive(Template)]
#[template(path = "rust/model_enum.rs", escape = "none")]
struct EnumView<'a> {
    doc: Vec<String>,
    name: &'a str,
    variants: Vec<VariantView>,
}

struct VariantView {
    name: String,
    value_doc: String,
    value_literal: String,
    /// The match patterns that read as this variant.
    patterns: String,
}

#[derive(Template)]
#[template(path = "rust/model_union.rs", escape = "none")]
struct UnionView<'a> {
    doc: Vec<String>,
    name: &'a str,
    variants: Vec<UnionVariantView>,
    catch_all: Option<&'a str>,
    /// The member whose value names the alternative, where one does.
    naming_member: Option<&'a str>,
}

struct UnionVariantView {
    name: String,
    ty: String,
    /// Whether a `From` impl is written (not for `serde_json::Value`, which would be ambiguous).
    from: bool,
    inner: String,
    wrap: String,
    /// The `crate::union::Alternative` that says what the variant takes.
    evidence: String,
    /// What makes the variant of a decoded alternative.
    constructor: String,
}

#[derive(Template)]
#[template(path = "rust/model_alias.rs", escape = "none")]
struct AliasView<'a> {
    doc: Vec<String>,
    name: &'a str,
    target: String,
}

/// The source of the model file for type `id` (unformatted).
pub fn model_source(api: &Api, id: TypeId) -> Result<String> {
    let def = api.type_def(id);
    let doc = type_doc(def);
    let name = def.name.as_str();
    let item = match &def.kind {
        TypeKind::Struct(s) => StructView::new(api, doc, name, s).render(),
        TypeKind::Enum(e) => EnumView::new(doc, name, e).render(),
        TypeKind::Union(u) => UnionView::new(api, doc, name, u).render(),
        TypeKind::Alias(target) => AliasView {
            doc,
            name,
            target: rust_type(api, target),
        }
        .render(),
    }
    .map_err(|e| template_error(name, e))?;
    let imports = imports(api, id);
    ModelFile {
        name,
        origin: &def.origin,
        imports,
        item,
    }
    .render()
    .map_err(|e| template_error(name, e))
}

fn template_error(item: &str, error: askama::Error) -> Error {
    Error::Template {
        item: format!("models::{item}"),
        message: error.to_string(),
    }
}

fn type_doc(def: &TypeDef) -> Vec<String> {
    let mut doc = def
        .description
        .as_deref()
        .map(doc_lines)
        .unwrap_or_default();
    if doc.is_empty() {
        doc.push(format!("`{}` as the spec defines it.", def.name));
    }
    if def.deprecated {
        doc.extend(["".into(), "**Deprecated** in the spec.".into()]);
    }
    doc
}

/// The other model types a type's file names.
fn imports(api: &Api, id: TypeId) -> Vec<String> {
    let names: BTreeSet<String> = super::features::members(api, id)
        .into_iter()
        .filter(|&member| member != id)
        .map(|member| api.type_def(member).name.clone())
        .collect();
    names.into_iter().collect()
}

impl<'a> StructView<'a> {
    fn new(api: &Api, doc: Vec<String>, name: &'a str, s: &Struct) -> Self {
        let fields: Vec<FieldView> = s.fields.iter().map(|f| field_view(api, f)).collect();
        let undeclared = super::types::undeclared_members(api, s);
        let undeclared = FieldView {
            doc: vec![undeclared.description.into()],
            attrs: vec!["serde(flatten)".into()],
            name: "additional_properties".into(),
            json_name: String::new(),
            seed: None,
            ty: undeclared.ty,
            init: "Default::default()".into(),
            empty: "Default::default()",
        };
        let args = s
            .fields
            .iter()
            .filter(|f| f.is_constructor_arg())
            .map(|f| Arg {
                name: f.name.clone(),
                ty: arg_type(api, f),
            })
            .collect::<Vec<_>>();
        let derives = if args.is_empty() {
            "Debug, Clone, Default, PartialEq, serde::Serialize"
        } else {
            "Debug, Clone, PartialEq, serde::Serialize"
        };
        StructView {
            doc,
            name,
            derives,
            fields,
            undeclared,
            args,
        }
    }
}

fn field_view(api: &Api, field: &Field) -> FieldView {
    let mut doc = field
        .description
        .as_deref()
        .map(doc_lines)
        .unwrap_or_default();
    let mut notes = Vec::new();
    if field.read_only {
        notes.push("Read-only: set by the server, ignored in requests.");
    }
    if field.write_only {
        notes.push("Write-only: sent, never returned.");
    }
    if field.deprecated {
        notes.push("**Deprecated** in the spec.");
    }
    notes.extend(
        field
            .widenings
            .iter()
            .map(|widening| widening.explanation()),
    );
    let absent = absent_note(api, field);
    notes.extend(absent.as_deref());
    if !notes.is_empty() {
        if !doc.is_empty() {
            doc.push(String::new());
        }
        doc.extend(notes.into_iter().map(String::from));
    }
    let mut attrs = Vec::new();
    let bare = crate::model::names::bare(&field.name);
    let mut serde = Vec::new();
    if bare != field.json_name {
        serde.push(format!("rename = {:?}", field.json_name));
    }
    if field.is_option() && !field.must_send() {
        serde.push("skip_serializing_if = \"Option::is_none\"".into());
    }
    let suffix = if field.is_option() { "_option" } else { "" };
    if field.widenings.contains(&Widening::List) {
        serde.push(format!(
            "serialize_with = \"crate::lenient::one_as_item{suffix}\""
        ));
    }
    if !serde.is_empty() {
        attrs.push(format!("serde({})", serde.join(", ")));
    }
    let ty = field_type_in(api, field, "");
    let init = match (field.is_option(), field.boxed, &field.ty) {
        (true, true, _) if field.absent_as_none => format!("Some(Box::new({}))", field.name),
        (true, false, _) if field.absent_as_none => format!("Some({})", field.name),
        (true, _, _) => "None".into(),
        (false, true, _) => format!("Box::new({})", field.name),
        (false, false, TypeRef::String) => format!("{}.into()", field.name),
        (false, false, _) => field.name.clone(),
    };
    FieldView {
        doc,
        attrs,
        name: field.name.clone(),
        json_name: field.json_name.clone(),
        seed: member_seed(api, field),
        ty,
        init,
        empty: if field.is_option() {
            "None"
        } else {
            "Default::default()"
        },
    }
}

/// The `DeserializeSeed` that reads the field's member, where it is not read as its type is.
/// Scalars are read as servers really send them (see the runtime's `datetime` and `lenient`),
/// and `null` where a required member has a default value reads as that value: a server that
/// leaves out or nulls a required member must not fail the whole call.
fn member_seed(api: &Api, field: &Field) -> Option<&'static str> {
    if field.boxed {
        return None;
    }
    let option = field.is_option();
    Some(match &field.ty {
        TypeRef::Array(_) if field.reads_lone_item() => match option {
            true => "crate::lenient::OneOrManyOption::NEW",
            false => "crate::lenient::OneOrMany::NEW",
        },
        TypeRef::DateTime => match option {
            true => "crate::datetime::Optional",
            false => "crate::datetime::Required",
        },
        TypeRef::String => match option {
            true => "crate::lenient::TextOption",
            false => "crate::lenient::Text",
        },
        TypeRef::Bool => match option {
            true => "crate::lenient::FlagOption",
            false => "crate::lenient::Flag",
        },
        _ if option || expand_aliases(api, &field.ty) == TypeRef::Json => return None,
        _ => "crate::lenient::NullAsDefault::NEW",
    })
}

/// What the field's docs say about an absent or `null` member, where the field is required.
fn absent_note(api: &Api, field: &Field) -> Option<String> {
    if field.absent_as_none {
        return Some(
            "Required by the spec, but `None` when a server leaves it out or sends `null`.".into(),
        );
    }
    let value = crate::model::absent_value(api, field)?;
    Some(format!(
        "A server's absent or `null` member reads as {value}."
    ))
}

/// The type of the `new` argument for a required field: strings take anything `Into<String>`.
fn arg_type(api: &Api, field: &Field) -> String {
    match &field.ty {
        TypeRef::String => "impl Into<String>".into(),
        ty => rust_type(api, ty),
    }
}

impl<'a> EnumView<'a> {
    fn new(doc: Vec<String>, name: &'a str, e: &Enum) -> Self {
        let variants = e
            .variants
            .iter()
            .map(|v| {
                let plain =
                    !v.value.is_empty() && !v.value.contains('`') && v.value.trim() == v.value;
                VariantView {
                    name: v.name.clone(),
                    value_doc: if plain {
                        v.value.clone()
                    } else {
                        format!("{:?}", v.value)
                    },
                    value_literal: format!("{:?}", v.value),
                    patterns: std::iter::once(&v.value)
                        .chain(&v.aliases)
                        .map(|v| format!("{v:?}"))
                        .collect::<Vec<_>>()
                        .join(" | "),
                }
            })
            .collect();
        EnumView {
            doc,
            name,
            variants,
        }
    }
}

impl<'a> UnionView<'a> {
    fn new(api: &Api, doc: Vec<String>, name: &'a str, u: &'a Union) -> Self {
        let expanded: Vec<TypeRef> = u
            .variants
            .iter()
            .map(|v| expand_aliases(api, &v.ty))
            .collect();
        let evidence = super::evidence::alternatives(api, u, &expanded);
        let variants = u
            .variants
            .iter()
            .zip(&expanded)
            .zip(evidence)
            .map(|((v, this), evidence)| {
                let inner = rust_type(api, &v.ty);
                let (ty, wrap) = if v.boxed {
                    (format!("Box<{inner}>"), "Box::new(value)".into())
                } else {
                    (inner.clone(), "value".into())
                };
                // One `From` per Rust type, and none from `serde_json::Value`, which every JSON is.
                let from = *this != TypeRef::Json
                    && expanded.iter().filter(|other| *other == this).count() == 1;
                let constructor = if v.boxed {
                    format!("|value| {name}::{}(Box::new(value))", v.name)
                } else {
                    format!("{name}::{}", v.name)
                };
                UnionVariantView {
                    name: v.name.clone(),
                    ty,
                    from,
                    inner,
                    wrap,
                    evidence,
                    constructor,
                }
            })
            .collect();
        UnionView {
            doc,
            name,
            variants,
            catch_all: u.catch_all.as_deref(),
            naming_member: u.naming_member.as_deref(),
        }
    }
}
