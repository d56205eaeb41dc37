//! The model of data types: what each schema becomes, independent of how it is printed.

use serde_json::Value;

/// Index into [`crate::model::Api::types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub usize);

/// How a value is typed where it is used (a field, a parameter, a body).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeRef {
    String,
    Bool,
    Int32,
    Int64,
    Float32,
    Float64,
    DateTime,
    Date,
    /// Raw bytes: a file upload or a binary download.
    Binary,
    /// Any JSON value: the spec really leaves it open.
    Json,
    /// A JSON object with no declared properties.
    JsonObject,
    Named(TypeId),
    Array(Box<TypeRef>),
    /// A JSON object whose values all have this type (`additionalProperties`).
    Map(Box<TypeRef>),
}

impl TypeRef {
    pub fn named(&self) -> Option<TypeId> {
        match self {
            TypeRef::Named(id) => Some(*id),
            _ => None,
        }
    }

    /// The named type this refers to, directly or inside arrays and maps.
    pub fn innermost_named(&self) -> Option<TypeId> {
        match self {
            TypeRef::Named(id) => Some(*id),
            TypeRef::Array(inner) | TypeRef::Map(inner) => inner.innermost_named(),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct TypeDef {
    /// The type's name, unique in the crate (UpperCamelCase).
    pub name: String,
    /// Where the schema stands in the spec tree, for readers and error messages.
    pub origin: String,
    pub description: Option<String>,
    pub deprecated: bool,
    pub example: Option<Value>,
    pub kind: TypeKind,
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    Struct(Struct),
    Enum(Enum),
    Union(Union),
    /// A named schema that is just another type (`type: string`, an array, a map, ...).
    Alias(TypeRef),
}

#[derive(Debug, Clone, Default)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// The type of undeclared members, when `additionalProperties` allows them.
    pub additional: Option<TypeRef>,
}

#[derive(Debug, Clone)]
pub struct Field {
    /// The JSON member name.
    pub json_name: String,
    /// The Rust field name (snake_case, keywords raw).
    pub name: String,
    pub ty: TypeRef,
    pub required: bool,
    pub nullable: bool,
    /// Set where the field's type refers back to its own struct and must be boxed.
    pub boxed: bool,
    pub read_only: bool,
    pub write_only: bool,
    pub deprecated: bool,
    pub description: Option<String>,
    pub format: Option<String>,
    pub default: Option<Value>,
    pub example: Option<Value>,
}

impl Field {
    /// A field is optional in Rust when it may be absent or null, or when one direction never
    /// carries it (read-only fields are not sent, write-only ones not returned).
    pub fn is_option(&self) -> bool {
        !self.required || self.nullable || self.read_only || self.write_only
    }

    /// Whether a request must carry the field, even as `null`.
    pub fn must_send(&self) -> bool {
        self.required && !self.read_only && !self.write_only
    }
}

#[derive(Debug, Clone)]
pub struct Enum {
    pub variants: Vec<EnumVariant>,
    /// The name of the variant that carries values the spec doesn't list.
    pub unknown_variant: String,
}

#[derive(Debug, Clone)]
pub struct EnumVariant {
    /// The value sent on the wire.
    pub value: String,
    /// Other spellings read as this variant (the spec's own, where it has a typo).
    pub aliases: Vec<String>,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct Union {
    pub variants: Vec<UnionVariant>,
    /// `anyOf` rather than `oneOf`.
    pub any_of: bool,
}

#[derive(Debug, Clone)]
pub struct UnionVariant {
    pub name: String,
    pub ty: TypeRef,
    pub boxed: bool,
}
