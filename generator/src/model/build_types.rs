//! Builds the model's types from the spec's schemas.

use std::collections::HashMap;

use openapiv3::{AdditionalProperties, Schema};

use super::conformance::is_rfc3339;
use super::names::{Scope, camel_ident, snake_ident};
use super::schema_names::name_schemas;
use super::shape::{Properties, Shape, declared_format, declared_pattern, shape};
use super::types::{
    Enum, EnumVariant, Field, Struct, TypeDef, TypeId, TypeKind, TypeRef, Union, UnionVariant,
};
use crate::error::Warnings;
use crate::load::{SchemaId, SchemaRef, SpecSchema, origin_of};
use crate::location::Location;

/// Names a model type may not take: they would shadow what generated code uses unqualified.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "Option",
    "Result",
    "Some",
    "None",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "Default",
    "Serialize",
    "Deserialize",
];

/// How a schema is used where it stands: its type, and whether `null` is allowed there.
#[derive(Debug, Clone)]
pub struct Use {
    pub ty: TypeRef,
    pub nullable: bool,
}

pub struct TypeBuilder<'s> {
    schemas: &'s [SpecSchema],
    pub types: Vec<TypeDef>,
    scope: Scope,
    /// Inline schemas already turned into types, by where they stand in the spec tree: one
    /// schema node is one type, however often inlining copied it.
    inline: HashMap<Location, Use>,
    pub warnings: &'s mut Warnings,
}

/// The members an object contributes to a struct, and whose they are (to name inline types).
struct ObjectPart<'s> {
    owner: String,
    origin: Location,
    properties: &'s Properties,
    required: &'s [String],
    additional: Option<&'s AdditionalProperties>,
}

impl<'s> TypeBuilder<'s> {
    /// Names every named schema; type `i` is schema `i`.
    pub fn new(schemas: &'s [SpecSchema], warnings: &'s mut Warnings) -> Self {
        let mut scope = Scope::with_reserved(RESERVED_TYPE_NAMES);
        let names = name_schemas(schemas, &mut scope);
        let types = schemas
            .iter()
            .zip(names)
            .map(|(schema, name)| placeholder(name, schema.location.clone(), &schema.schema))
            .collect();
        TypeBuilder {
            schemas,
            types,
            scope,
            inline: HashMap::new(),
            warnings,
        }
    }

    /// Defines every named schema's type.
    pub fn define_named(&mut self) {
        for (index, spec) in self.schemas.iter().enumerate() {
            let name = self.types[index].name.clone();
            let origin = self.types[index].origin.clone();
            self.types[index].kind = self.kind_of(&spec.schema, &name, &origin);
        }
    }

    pub fn is_name_taken(&self, name: &str) -> bool {
        self.scope.is_taken(name)
    }

    /// The type of a schema where it is used; inline schemas that need a type get one named `hint`.
    pub fn use_of(&mut self, schema: SchemaRef<'s>, hint: &str, origin: &Location) -> Use {
        let schema = match schema {
            SchemaRef::Named(id) => {
                return Use {
                    ty: TypeRef::Named(named_type(id)),
                    nullable: self.schemas[id.0].schema.schema_data.nullable,
                };
            }
            SchemaRef::Inline(schema) => schema,
        };
        let key = place_of(schema, origin);
        if let Some(known) = self.inline.get(&key) {
            return known.clone();
        }
        let nullable = schema.schema_data.nullable;
        let found = match self.shape(schema, origin) {
            Shape::Scalar(ty) => Use { ty, nullable },
            Shape::StringEnum { values, .. } if values.is_empty() => Use {
                ty: TypeRef::String,
                nullable: true,
            },
            Shape::StringEnum { has_null, .. } => Use {
                ty: self.inline_type(schema, hint, &key),
                nullable: nullable || has_null,
            },
            Shape::Object {
                properties,
                additional,
                ..
            } if properties.is_empty() => Use {
                ty: self.map_of(additional, hint, origin),
                nullable,
            },
            Shape::Object { .. } => Use {
                ty: self.inline_type(schema, hint, &key),
                nullable,
            },
            Shape::Array(items) => Use {
                ty: self.array_of(items, hint, origin),
                nullable,
            },
            Shape::Union { variants, .. } if variants.len() == 1 => {
                let inner = self.use_of(SchemaRef::from(&variants[0]), hint, origin);
                Use {
                    nullable: nullable || inner.nullable,
                    ..inner
                }
            }
            Shape::Union { .. } => Use {
                ty: self.inline_type(schema, hint, &key),
                nullable,
            },
            Shape::AllOf { parts, own } => match self.single_part(parts, own) {
                Some((part, part_nullable)) => {
                    let inner = self.use_of(part, hint, origin);
                    Use {
                        nullable: nullable || part_nullable || inner.nullable,
                        ..inner
                    }
                }
                None => Use {
                    ty: self.inline_type(schema, hint, &key),
                    nullable,
                },
            },
            Shape::Any => Use {
                ty: TypeRef::Json,
                nullable: true,
            },
        };
        self.inline.insert(key, found.clone());
        found
    }

    /// A type for the inline schema at `place` (its [`place_of`]).
    fn inline_type(&mut self, schema: &'s Schema, hint: &str, place: &Location) -> TypeRef {
        let name = self.scope.claim(&camel_ident(hint));
        let id = TypeId(self.types.len());
        self.types
            .push(placeholder(name.clone(), place.clone(), schema));
        // Known before its kind is built, so that a schema containing itself refers to itself.
        self.inline.insert(
            place.clone(),
            Use {
                ty: TypeRef::Named(id),
                nullable: schema.schema_data.nullable,
            },
        );
        self.types[id.0].kind = self.kind_of(schema, &name, place);
        TypeRef::Named(id)
    }

    /// What a schema that must be a type named `name` becomes.
    fn kind_of(&mut self, schema: &'s Schema, name: &str, origin: &Location) -> TypeKind {
        match self.shape(schema, origin) {
            Shape::Scalar(ty) => TypeKind::Alias(ty),
            Shape::StringEnum { values, .. } => TypeKind::Enum(self.enum_of(&values, origin)),
            Shape::Object {
                properties,
                additional,
                ..
            } if properties.is_empty() => TypeKind::Alias(self.map_of(additional, name, origin)),
            Shape::Object {
                properties,
                required,
                additional,
            } => {
                let part = ObjectPart {
                    owner: name.to_string(),
                    origin: origin.clone(),
                    properties,
                    required,
                    additional,
                };
                TypeKind::Struct(self.struct_of(vec![part], origin))
            }
            Shape::Array(items) => TypeKind::Alias(self.array_of(items, name, origin)),
            Shape::Union { variants, any_of } => {
                let mut union = self.union_of(variants, any_of, name, origin);
                if let Some(discriminator) = &schema.schema_data.discriminator {
                    self.apply_discriminator(&mut union, discriminator);
                }
                TypeKind::Union(union)
            }
            Shape::AllOf { parts, own } => match self.single_part(parts, own) {
                Some((part, _)) => TypeKind::Alias(self.use_of(part, name, origin).ty),
                None => {
                    let mut objects = Vec::new();
                    self.object_parts(parts, own, name, origin, &mut objects);
                    TypeKind::Struct(self.struct_of(objects, origin))
                }
            },
            Shape::Any => TypeKind::Alias(TypeRef::Json),
        }
    }

    fn shape(&mut self, schema: &'s Schema, origin: &Location) -> Shape<'s> {
        let warnings = &mut *self.warnings;
        shape(schema, &mut |message| warnings.push(origin, message))
    }

    /// The named schema type `id` was made of; none for an inline schema's type.
    fn named_schema(&self, id: TypeId) -> Option<SchemaId> {
        (id.0 < self.schemas.len()).then_some(SchemaId(id.0))
    }

    /// The schema itself, with its type if it is a named one.
    fn target(&self, schema: SchemaRef<'s>) -> (&'s Schema, Option<TypeId>) {
        match schema {
            SchemaRef::Named(id) => (&self.schemas[id.0].schema, Some(named_type(id))),
            SchemaRef::Inline(schema) => (schema, None),
        }
    }

    fn array_of(
        &mut self,
        items: Option<&'s openapiv3::ReferenceOr<Box<Schema>>>,
        hint: &str,
        origin: &Location,
    ) -> TypeRef {
        match items {
            Some(items) => TypeRef::Array(Box::new(
                self.use_of(SchemaRef::from(items), &format!("{hint}Inner"), origin)
                    .ty,
            )),
            None => {
                self.warnings.push(
                    origin,
                    "array without `items`; its items are read as any JSON value",
                );
                TypeRef::Array(Box::new(TypeRef::Json))
            }
        }
    }

    fn map_of(
        &mut self,
        additional: Option<&'s AdditionalProperties>,
        hint: &str,
        origin: &Location,
    ) -> TypeRef {
        match additional {
            Some(AdditionalProperties::Schema(values)) => {
                let values = SchemaRef::from(&**values);
                TypeRef::Map(Box::new(
                    self.use_of(values, &format!("{hint}Value"), origin).ty,
                ))
            }
            _ => TypeRef::JsonObject,
        }
    }

    /// For `allOf`: the one part that carries a type, when the others only add `nullable` or
    /// documentation (the "nullable ref" pattern), with whether one of them said `nullable`.
    fn single_part(
        &self,
        parts: &'s [openapiv3::ReferenceOr<openapiv3::Schema>],
        own: Option<(&'s Properties, &'s [String])>,
    ) -> Option<(SchemaRef<'s>, bool)> {
        if own.is_some() {
            return None;
        }
        let mut typed = None;
        let mut nullable = false;
        for part in parts.iter().map(SchemaRef::from) {
            match part {
                SchemaRef::Inline(schema) if is_annotation_only(schema) => {
                    nullable |= schema.schema_data.nullable
                }
                part if typed.is_none() => typed = Some(part),
                _ => return None,
            }
        }
        typed.map(|part| (part, nullable))
    }

    /// Gathers the objects an `allOf` merges, following references and nested `allOf`s.
    fn object_parts(
        &mut self,
        parts: &'s [openapiv3::ReferenceOr<openapiv3::Schema>],
        own: Option<(&'s Properties, &'s [String])>,
        owner: &str,
        origin: &Location,
        out: &mut Vec<ObjectPart<'s>>,
    ) {
        for part in parts.iter().map(SchemaRef::from) {
            let (schema, index) = self.target(part);
            let (owner, origin) = match index {
                Some(index) => (
                    self.types[index.0].name.clone(),
                    self.types[index.0].origin.clone(),
                ),
                None => (owner.to_string(), origin.clone()),
            };
            match self.shape(schema, &origin) {
                Shape::Object {
                    properties,
                    required,
                    additional,
                } => out.push(ObjectPart {
                    owner,
                    origin,
                    properties,
                    required,
                    additional,
                }),
                Shape::AllOf { parts, own } => self.object_parts(parts, own, &owner, &origin, out),
                Shape::Any if is_annotation_only(schema) => {}
                _ => self.warnings.push(
                    &origin,
                    "`allOf` part is not an object; it cannot be merged and is ignored",
                ),
            }
        }
        if let Some((properties, required)) = own {
            out.push(ObjectPart {
                owner: owner.to_string(),
                origin: origin.clone(),
                properties,
                required,
                additional: None,
            });
        }
    }

    fn struct_of(&mut self, parts: Vec<ObjectPart<'s>>, origin: &Location) -> Struct {
        let required: Vec<&str> = parts
            .iter()
            .flat_map(|p| p.required.iter().map(String::as_str))
            .collect();
        for name in &required {
            if !parts.iter().any(|p| p.properties.contains_key(*name)) {
                self.warnings.push(
                    origin,
                    format!(
                        "`required` names `{name}`, which is not among the properties; ignored"
                    ),
                );
            }
        }
        let mut fields: Vec<Field> = Vec::new();
        let mut additional = None;
        let mut closed = false;
        for part in &parts {
            for (json_name, property) in part.properties {
                let hint = format!("{}{}", part.owner, camel_ident(json_name));
                let origin = part.origin.child("properties").child(json_name);
                let field = self.field(
                    json_name,
                    SchemaRef::from(property),
                    &hint,
                    &origin,
                    required.contains(&json_name.as_str()),
                );
                match fields.iter_mut().find(|f| f.json_name == *json_name) {
                    Some(existing) => *existing = field,
                    None => fields.push(field),
                }
            }
            if let Some(extra) = part.additional {
                if let AdditionalProperties::Any(false) = extra {
                    closed = true;
                    continue;
                }
                additional = Some(match self.map_of(Some(extra), &part.owner, &part.origin) {
                    TypeRef::Map(values) => *values,
                    _ => TypeRef::Json,
                });
            }
        }
        let mut scope = Scope::with_reserved(&["additional_properties"]);
        for field in &mut fields {
            field.name = scope.claim(&field.name);
        }
        let closed = closed && additional.is_none();
        Struct {
            fields,
            additional,
            closed,
        }
    }

    fn field(
        &mut self,
        json_name: &str,
        property: SchemaRef<'s>,
        hint: &str,
        origin: &Location,
        required: bool,
    ) -> Field {
        let used = self.use_of(property, hint, origin);
        let data = match property {
            SchemaRef::Inline(schema) => Some(schema),
            SchemaRef::Named(_) => None,
        };
        let annotation = data.map(|s| &s.schema_data);
        let declared_default = annotation.and_then(|d| d.default.as_ref());
        let default = declared_default.and_then(|d| self.checked_default(&used.ty, d, origin));
        let contradicted = declared_default.is_some() && default.is_none();
        Field {
            json_name: json_name.to_string(),
            name: snake_ident(json_name),
            ty: used.ty,
            required,
            nullable: used.nullable,
            boxed: false,
            read_only: annotation.is_some_and(|d| d.read_only),
            write_only: annotation.is_some_and(|d| d.write_only),
            deprecated: annotation.is_some_and(|d| d.deprecated),
            description: annotation.and_then(|d| d.description.clone()),
            format: data.and_then(declared_format),
            pattern: data.and_then(declared_pattern),
            default,
            example: annotation.and_then(|d| d.example.clone()),
            widenings: Vec::new(),
            contradicted,
            absent_as_none: false,
        }
    }

    /// A default that fits its type; a string spelling a boolean is read as one, and one that
    /// cannot be a value of the type is dropped. Either is warned about.
    pub fn checked_default(
        &mut self,
        ty: &TypeRef,
        default: &serde_json::Value,
        origin: &Location,
    ) -> Option<serde_json::Value> {
        use serde_json::Value;
        match (ty, default) {
            (TypeRef::Bool, Value::String(text)) if text == "true" || text == "false" => {
                self.warnings.push(
                    origin,
                    format!("string `'{text}'` as a boolean default; read as {text}"),
                );
                Some(Value::Bool(text == "true"))
            }
            (TypeRef::Bool, Value::Bool(_)) | (TypeRef::Bool, Value::Null) => Some(default.clone()),
            (TypeRef::Bool, other) => {
                self.warnings.push(
                    origin,
                    format!("boolean default `{other}` is not a boolean; ignored"),
                );
                None
            }
            (TypeRef::DateTime, Value::String(text)) if !is_rfc3339(text) => {
                self.warnings.push(
                    origin,
                    format!("date-time default `{text}` is not a date-time; ignored"),
                );
                None
            }
            _ => Some(default.clone()),
        }
    }

    fn enum_of(&mut self, values: &[String], origin: &Location) -> Enum {
        let mut scope = Scope::with_reserved(&["Unknown"]);
        let mut variants: Vec<EnumVariant> = Vec::new();
        for spelled in values {
            // `- A,` in a YAML list is a typo for `- A`: send `A`, and read both.
            let value = spelled
                .strip_suffix(',')
                .filter(|v| !v.is_empty())
                .unwrap_or(spelled);
            let aliases = if value == spelled {
                Vec::new()
            } else {
                vec![spelled.clone()]
            };
            if !aliases.is_empty() {
                self.warnings.push(
                    origin,
                    format!(
                        "enum value `{spelled}` ends with a comma; sent as `{value}`, both read"
                    ),
                );
            }
            if variants.iter().any(|v| v.value == value) {
                continue;
            }
            let name = scope.claim(&variant_name(value, variants.len()));
            variants.push(EnumVariant {
                value: value.to_string(),
                aliases,
                name,
            });
        }
        Enum {
            variants,
            unknown_variant: "Unknown".into(),
        }
    }

    fn union_of(
        &mut self,
        alternatives: &'s [openapiv3::ReferenceOr<Schema>],
        any_of: bool,
        name: &str,
        origin: &Location,
    ) -> Union {
        let mut scope = Scope::default();
        let mut variants: Vec<UnionVariant> = Vec::new();
        for (index, alternative) in alternatives.iter().enumerate() {
            let alternative = SchemaRef::from(alternative);
            let hint = match alternative {
                SchemaRef::Inline(schema) => format!(
                    "{name}{}",
                    schema
                        .schema_data
                        .title
                        .as_deref()
                        .map_or_else(|| format!("Variant{}", index + 1), camel_ident)
                ),
                SchemaRef::Named(_) => name.to_string(),
            };
            let ty = self.use_of(alternative, &hint, origin).ty;
            if variants.iter().any(|v| v.ty == ty) {
                self.warnings.push(
                    origin,
                    format!(
                        "alternative {} repeats the type of an earlier one; dropped",
                        index + 1
                    ),
                );
                continue;
            }
            let variant_name = scope.claim(&self.variant_name_of(&ty));
            variants.push(UnionVariant {
                name: variant_name,
                ty,
                boxed: false,
                tags: Vec::new(),
            });
        }
        let catch_all =
            (!variants.iter().any(|v| v.ty == TypeRef::Json)).then(|| scope.claim("Other"));
        Union {
            variants,
            any_of,
            catch_all,
            naming_member: None,
        }
    }

    /// The spec's `discriminator`: the member that names each alternative, with the values that
    /// name it (the `mapping` keys whose target is the alternative's schema, else its name).
    fn apply_discriminator(&self, union: &mut Union, discriminator: &openapiv3::Discriminator) {
        for variant in &mut union.variants {
            let Some(id) = variant.ty.named() else {
                continue;
            };
            let name = self.types[id.0].origin.stem();
            // A mapping's target is a reference; what it ends in names the schema.
            let mapped: Vec<String> = discriminator
                .mapping
                .iter()
                .filter(|(_, target)| Location::parse(target).stem() == name)
                .map(|(key, _)| key.clone())
                .collect();
            variant.tags = if mapped.is_empty() {
                vec![name]
            } else {
                mapped
            };
        }
        if union.variants.iter().any(|v| !v.tags.is_empty()) {
            union.naming_member = Some(discriminator.property_name.clone());
        }
    }

    fn variant_name_of(&self, ty: &TypeRef) -> String {
        match ty {
            TypeRef::String => "String".into(),
            TypeRef::Bool => "Bool".into(),
            TypeRef::Int32 | TypeRef::Int64 => "Integer".into(),
            TypeRef::Float32 | TypeRef::Float64 => "Number".into(),
            TypeRef::DateTime => "DateTime".into(),
            TypeRef::Date => "Date".into(),
            TypeRef::Binary => "Binary".into(),
            TypeRef::Json => "Json".into(),
            TypeRef::JsonObject => "Object".into(),
            TypeRef::Named(id) => self.types[id.0].name.clone(),
            // An array of a named schema says what it holds; of anything else, that it is one.
            TypeRef::Array(inner) => match **inner {
                TypeRef::Named(id) if self.named_schema(id).is_some() => {
                    format!("{}List", self.types[id.0].name)
                }
                _ => "Array".into(),
            },
            TypeRef::Map(inner) => format!("{}Map", self.variant_name_of(inner)),
        }
    }
}

/// The type of named schema `id`: [`TypeBuilder::new`] makes type `i` of schema `i`.
fn named_type(id: SchemaId) -> TypeId {
    TypeId(id.0)
}

/// Where an inline schema stands in the spec tree, as the loader recorded it: what makes it the
/// same schema however often inlining copied it. The loader records it for every schema; `used_at`
/// (where the schema is used) stands in for one it did not see.
fn place_of(schema: &Schema, used_at: &Location) -> Location {
    origin_of(&schema.schema_data.extensions).unwrap_or_else(|| used_at.clone())
}

fn placeholder(name: String, origin: Location, schema: &Schema) -> TypeDef {
    TypeDef {
        name,
        origin,
        description: schema.schema_data.description.clone(),
        deprecated: schema.schema_data.deprecated,
        example: schema.schema_data.example.clone(),
        kind: TypeKind::Alias(TypeRef::Json),
    }
}

/// A schema that only annotates (`nullable`, `description`, ...) and carries no type.
fn is_annotation_only(schema: &Schema) -> bool {
    match &schema.schema_kind {
        openapiv3::SchemaKind::Any(any) => {
            any.typ.is_none()
                && any.properties.is_empty()
                && any.items.is_none()
                && any.enumeration.is_empty()
                && any.additional_properties.is_none()
                && any.one_of.is_empty()
                && any.any_of.is_empty()
                && any.all_of.is_empty()
                && any.not.is_none()
        }
        _ => false,
    }
}

/// A variant name for an enum value that reads well whatever the value's spelling.
fn variant_name(value: &str, index: usize) -> String {
    let symbolic = match value {
        "" => Some("Empty"),
        "*" => Some("Asterisk"),
        _ => None,
    };
    let name = symbolic
        .map(String::from)
        .unwrap_or_else(|| camel_ident(value));
    match name.as_str() {
        "" => format!("Value{}", index + 1),
        "Unknown" => "UnknownValue".into(),
        _ => name,
    }
}
