//! The model of data types: what each schema becomes, independent of how it is printed.

use serde_json::Value;

use crate::location::Location;

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
    pub origin: Location,
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
    /// `additionalProperties: false`: the spec says no other member is ever there. (The crate
    /// keeps undeclared members all the same; this is evidence for choosing a union's
    /// alternative.)
    pub closed: bool,
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
    /// The regex a string value must match.
    pub pattern: Option<String>,
    pub default: Option<Value>,
    pub example: Option<Value>,
    /// How the field's type was widened to take what the spec's example shows.
    pub widenings: Vec<Widening>,
    /// The spec's example or default for the field is not of its type (reported as a warning),
    /// so a mock serving it serves what the type cannot read.
    pub contradicted: bool,
    /// Required, but of a type with no default value to read an absent or `null` member as:
    /// an `Option` in Rust all the same, `None` when a server leaves it out.
    pub absent_as_none: bool,
}

/// A change to a field's declared type, made because the spec's own example contradicts it
/// and shows a reading the type can take without losing anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widening {
    /// The example is a lone item where a list is declared: a lone item is read as a list of one.
    LoneItem,
    /// The example is a list where one item is declared: the field is a list (and still reads
    /// a lone item).
    List,
    /// The example does not fit the declared 32 bits: the field is 64-bit.
    Int64,
    /// The example is not the declared untyped object: any JSON value is read there (the field,
    /// or its items or values).
    AnyJson,
}

impl Widening {
    /// Why the field's type is not quite the one the spec declares, for its documentation.
    pub fn explanation(self) -> &'static str {
        match self {
            Widening::LoneItem => {
                "The spec's example has a lone item here, not a list: a lone item is read as a list of one."
            }
            Widening::List => {
                "The spec declares one item here, but its example is a list, so this is a list; a lone item is read as a list of one."
            }
            Widening::Int64 => {
                "The spec declares a 32-bit integer, but its example does not fit in 32 bits, so this is 64-bit."
            }
            Widening::AnyJson => {
                "The spec declares an object, but its example is not one, so any JSON value is read there."
            }
        }
    }

    /// The same, as a short note for a table cell.
    pub fn note(self) -> &'static str {
        match self {
            Widening::LoneItem => {
                "a lone item is read as a list of one (the spec's example is one)"
            }
            Widening::List => "a list, though the spec declares one item (its example is a list)",
            Widening::Int64 => "64-bit, though the spec says 32 (its example needs 64)",
            Widening::AnyJson => {
                "any JSON where the spec declares an object (its example is not one)"
            }
        }
    }
}

impl Field {
    /// Whether a lone item is read as a list of one.
    pub fn reads_lone_item(&self) -> bool {
        self.widenings
            .iter()
            .any(|w| matches!(w, Widening::LoneItem | Widening::List))
    }

    /// Whether the value's constructor takes the field: the spec requires it, never `null`, in
    /// both directions.
    pub fn is_constructor_arg(&self) -> bool {
        self.required && !self.nullable && !self.read_only && !self.write_only
    }

    /// A field is optional in Rust when it may be absent or null, when one direction never
    /// carries it (read-only fields are not sent, write-only ones not returned), or when a
    /// missing value has no default to stand for it.
    pub fn is_option(&self) -> bool {
        !self.is_constructor_arg() || self.absent_as_none
    }

    /// Whether a request must carry the field, even as `null`: the spec requires it and allows
    /// `null`.
    pub fn must_send(&self) -> bool {
        self.required && self.nullable && !self.read_only && !self.write_only
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
    /// The variant that keeps, as JSON, a value no alternative fits; `None` where one
    /// alternative takes any JSON.
    pub catch_all: Option<String>,
    /// The member whose value names the alternative: the spec's `discriminator`, or a member
    /// the spec makes plain (see `union_naming`).
    pub naming_member: Option<String>,
}

#[derive(Debug, Clone)]
pub struct UnionVariant {
    pub name: String,
    pub ty: TypeRef,
    pub boxed: bool,
    /// The values of the union's naming member that name this alternative.
    pub tags: Vec<String>,
}
