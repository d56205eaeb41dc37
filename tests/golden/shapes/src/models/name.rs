//! `Name`, from `openapi.yaml#/components/schemas/Name`.

/// A named schema that is just a string.
pub type Name = String;
