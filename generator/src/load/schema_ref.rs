//! How bundled schema references are spelled, and the typed handle the model reads them as.
//!
//! The bundler collects every schema a `$ref` reaches into [`Spec::schemas`](super::Spec) and
//! rewrites the `$ref` to `#/components/schemas/<index>`; `openapiv3` keeps it as that string.
//! Only this file knows the spelling.

use openapiv3::{ReferenceOr, Schema};

const PREFIX: &str = "#/components/schemas/";

/// One of the spec's named schemas: an index into [`Spec::schemas`](super::Spec).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SchemaId(pub usize);

/// A schema where it is used: a named one, or one written in place.
#[derive(Clone, Copy)]
pub enum SchemaRef<'s> {
    Named(SchemaId),
    Inline(&'s Schema),
}

/// The `$ref` the bundler writes for schema `index`.
pub(super) fn reference_to(index: usize) -> String {
    format!("{PREFIX}{index}")
}

fn named(reference: &str) -> SchemaRef<'_> {
    let index = reference.strip_prefix(PREFIX).and_then(|i| i.parse().ok());
    // The bundler rewrites every `$ref` that stands where a schema does; `openapiv3` reads no
    // schema from anywhere else the model looks.
    SchemaRef::Named(SchemaId(
        index.expect("the bundler rewrites every schema `$ref`"),
    ))
}

impl<'s> From<&'s ReferenceOr<Schema>> for SchemaRef<'s> {
    fn from(value: &'s ReferenceOr<Schema>) -> Self {
        match value {
            ReferenceOr::Reference { reference } => named(reference),
            ReferenceOr::Item(schema) => SchemaRef::Inline(schema),
        }
    }
}

impl<'s> From<&'s ReferenceOr<Box<Schema>>> for SchemaRef<'s> {
    fn from(value: &'s ReferenceOr<Box<Schema>>) -> Self {
        match value {
            ReferenceOr::Reference { reference } => named(reference),
            ReferenceOr::Item(schema) => SchemaRef::Inline(schema),
        }
    }
}
