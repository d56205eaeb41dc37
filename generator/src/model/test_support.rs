//! Small hand-built models for unit tests.

use serde_json::Value;

use super::{Api, Field, Struct, TypeDef, TypeId, TypeKind, TypeRef};
use crate::location::Location;

/// An API with just these types, named `T0`, `T1`, ...
pub fn api_of(kinds: Vec<TypeKind>) -> Api {
    let types = kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| TypeDef {
            name: format!("T{i}"),
            origin: Location::new(format!("t{i}.yaml"), ""),
            description: None,
            deprecated: false,
            example: None,
            kind,
        })
        .collect();
    Api {
        title: "Test".into(),
        version: "1".into(),
        description: None,
        base_url: String::new(),
        tags: Vec::new(),
        operations: Vec::new(),
        types,
        webhooks: Vec::new(),
    }
}

/// A struct of these fields.
pub fn struct_of(fields: Vec<Field>) -> TypeKind {
    TypeKind::Struct(Struct {
        fields,
        additional: None,
        closed: false,
    })
}

/// An optional field, with an example when one is given.
pub fn field(name: &str, ty: TypeRef, example: Option<Value>) -> Field {
    Field {
        json_name: name.into(),
        name: name.into(),
        ty,
        required: false,
        nullable: false,
        boxed: false,
        read_only: false,
        write_only: false,
        deprecated: false,
        description: None,
        format: None,
        pattern: None,
        default: None,
        example,
        widenings: Vec::new(),
        contradicted: false,
        absent_as_none: false,
    }
}

pub fn required(field: Field) -> Field {
    Field {
        required: true,
        ..field
    }
}

pub fn named(index: usize) -> TypeRef {
    TypeRef::Named(TypeId(index))
}
